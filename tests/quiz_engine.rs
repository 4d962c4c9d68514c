//! The quiz engine: scoring each item kind, attempt plans with seeded shuffling, results.

mod common;
use common::fixture;
use cpms_player::course::{Item, load_course};
use cpms_player::quiz::{Outcome, Response, attempt_result, correct_response, plan_attempt, score};
use proptest::prelude::*;
use std::collections::BTreeSet;

fn items() -> Vec<Item> {
    let c = load_course(&fixture("mini")).unwrap();
    let en = c.language("en");
    en.modules.iter().filter_map(|m| m.quiz.as_ref()).flat_map(|q| q.items.clone()).collect()
}

fn item(id: &str) -> Item {
    items().into_iter().find(|i| i.id == id).unwrap()
}

#[test]
fn the_correct_response_of_every_item_scores_full_marks() {
    for i in items() {
        let o = score(&i, &correct_response(&i));
        assert!(o.correct && o.credit == 1.0, "{}", i.id);
    }
}

#[test]
fn each_kind_scores_wrong_answers_as_wrong() {
    assert!(!score(&item("b-q1"), &Response::Choice("b".into())).correct);
    assert!(!score(&item("b-q2"), &Response::Bool(false)).correct);
    let partial: BTreeSet<String> = ["a".to_string()].into();
    assert!(!score(&item("f-q1"), &Response::Choices(partial)).correct, "missing one correct option");
    let extra: BTreeSet<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
    assert!(!score(&item("f-q1"), &Response::Choices(extra)).correct, "one wrong option too many");
    assert!(!score(&item("f-q2"), &Response::Order(vec!["s2".into(), "s1".into(), "s3".into()])).correct);
    let swapped = [("p1", "p2"), ("p2", "p1")].iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    assert!(!score(&item("f-q3"), &Response::Matches(swapped)).correct);
    // The spare right-hand text matches nothing: choosing it for a line is wrong.
    let spare = [("p1", "p1"), ("p2", "x1")].iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    assert!(!score(&item("f-q3"), &Response::Matches(spare)).correct);
    assert!(!score(&item("f-q4"), &Response::Scenario(vec![Response::Bool(false)])).correct);
    assert!(!score(&item("b-q1"), &Response::Bool(true)).correct, "a response of the wrong kind scores zero");
}

#[test]
fn results_round_and_compare_with_the_pass_mark() {
    let right = Outcome { correct: true, credit: 1.0 };
    let wrong = Outcome { correct: false, credit: 0.0 };
    let r = attempt_result(&[right, right, wrong], 70);
    assert_eq!((r.percent, r.passed, r.correct, r.total), (67, false, 2, 3));
    let r = attempt_result(&[right, right, right, wrong], 70);
    assert_eq!((r.percent, r.passed), (75, true));
    assert!(!attempt_result(&[], 70).passed, "an empty attempt never passes");
}

proptest! {
    #[test]
    fn a_plan_is_a_deterministic_permutation(seed in any::<u64>(), draw in proptest::option::of(1usize..=6)) {
        let items = items();
        let a = plan_attempt(&items, draw, seed);
        let b = plan_attempt(&items, draw, seed);
        prop_assert_eq!(&a, &b);
        let n = draw.unwrap_or(items.len()).min(items.len());
        prop_assert_eq!(a.items.len(), n);
        let distinct: BTreeSet<usize> = a.items.iter().map(|p| p.index).collect();
        prop_assert_eq!(distinct.len(), n);
        for p in &a.items {
            let mut order = p.order.clone();
            order.sort();
            let parts = match &items[p.index].kind {
                cpms_player::course::ItemKind::SingleChoice { options } | cpms_player::course::ItemKind::MultipleResponse { options } => options.len(),
                cpms_player::course::ItemKind::Matching { pairs, spares } => pairs.len() + spares.len(),
                cpms_player::course::ItemKind::Ordering { steps } => steps.len(),
                _ => 0,
            };
            prop_assert_eq!(order, (0..parts).collect::<Vec<_>>());
            if matches!(items[p.index].kind, cpms_player::course::ItemKind::Ordering { .. }) {
                prop_assert!(p.order.windows(2).any(|w| w[0] > w[1]), "ordering items never start solved");
            }
        }
    }

    #[test]
    fn any_wrong_single_choice_scores_zero(choice in "[a-z]{1,3}") {
        let i = item("b-q1");
        let o = score(&i, &Response::Choice(choice.clone()));
        prop_assert_eq!(o.correct, choice == "a");
    }

    #[test]
    fn an_ordering_is_right_only_in_the_written_order(perm in Just(vec!["s1", "s2", "s3"]).prop_shuffle()) {
        let i = item("f-q2");
        let o = score(&i, &Response::Order(perm.iter().map(|s| s.to_string()).collect()));
        prop_assert_eq!(o.correct, perm == ["s1", "s2", "s3"]);
    }
}

#[test]
fn different_seeds_give_different_orders() {
    let items = items();
    let orders: BTreeSet<Vec<usize>> =
        (0..20u64).map(|s| plan_attempt(&items, None, s).items.iter().map(|p| p.index).collect()).collect();
    assert!(orders.len() > 5, "seeded shuffling varies: {}", orders.len());
}

#[test]
fn a_matching_item_offers_its_spare_among_the_right_hand_texts() {
    let item = item("f-q3");
    let cpms_player::course::ItemKind::Matching { pairs, spares } = &item.kind else {
        panic!("f-q3 is a matching item")
    };
    let rights: Vec<&str> = cpms_player::course::matching_rights(pairs, spares).into_iter().map(|(id, _)| id).collect();
    assert_eq!(rights, ["p1", "p2", "x1"]);
    // Every plan shows all three right-hand texts, the spare included, in a seeded order.
    let plan = plan_attempt(std::slice::from_ref(&item), None, 7);
    let mut order = plan.items[0].order.clone();
    order.sort();
    assert_eq!(order, [0, 1, 2]);
}
