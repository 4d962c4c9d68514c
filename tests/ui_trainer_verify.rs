//! The trainer area verifies a certificate as `cpms-player verify` does: the code, the text of
//! its QR code or its PDF, with the same answer (valid and by whom, or why not).

mod common;
use common::{complete, fixture};
use cpms_player::course::{load_catalog, load_course};
use cpms_player::progress::Store;
use cpms_player::ui::CpmsApp;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn shown_containing(h: &Harness<'static, CpmsApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

#[test]
fn the_trainer_verifies_a_code_and_a_qr_text_and_refuses_an_edited_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("progress.sqlite");
    let course = load_course(&fixture("mini")).unwrap();
    let store = Store::open(&db).unwrap();
    let l = store.add_learner("Rania Haddad", None, "en").unwrap();
    complete(&store, &course, &l.id);
    let cert = cpms_player::certificate::issue(&store, &course, &l.id).unwrap();
    store.set_trainer_passphrase("trainer-pass-1").unwrap();
    let app = CpmsApp::new(store, load_catalog(&fixture("")), "en".into());
    let mut h = Harness::builder().with_size([1100.0, 800.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    common::unlock_trainer(&mut h, "en");
    h.get_by_label("Progress and backups").click();
    h.run();
    let verify = |h: &mut Harness<'static, CpmsApp>, input: &str| {
        h.get_by_role_and_label(Role::TextInput, "Code, QR text or PDF file").focus();
        for _ in 0..400 {
            h.key_press(egui::Key::Backspace);
        }
        h.run();
        h.get_by_role_and_label(Role::TextInput, "Code, QR text or PDF file").type_text(input);
        h.run();
        h.get_by_label("Verify").click();
        h.run();
    };
    verify(&mut h, cert.code.as_str());
    assert!(shown_containing(&h, "Rania Haddad"), "the code's certificate is shown with the name");
    let expected = {
        let store = Store::open(&db).unwrap();
        cpms_player::certificate::verify(&store, cert.code.as_str())
            .unwrap()
            .describe(&cpms_player::i18n::Tr::new("en"))
    };
    let first = expected.lines().next().unwrap().to_string();
    assert!(shown_containing(&h, &first), "the same answer as the command line: {first}");
    verify(&mut h, "AAAA-BBBB-CCCC-DDDD");
    assert!(!shown_containing(&h, "Rania Haddad"), "an unknown code shows no certificate");
    // The QR code's text verifies the same way; one character changed does not.
    let qr = cert.payload.clone().expect("a signed certificate");
    verify(&mut h, &qr);
    assert!(shown_containing(&h, &first), "the QR text gives the same answer");
    let mut edited: Vec<char> = qr.chars().collect();
    let i = edited.len() / 2;
    edited[i] = if edited[i] == 'A' { 'B' } else { 'A' };
    let edited: String = edited.into_iter().collect();
    let answer = {
        let store = Store::open(&db).unwrap();
        cpms_player::certificate::verify(&store, &edited).unwrap()
    };
    assert_ne!(answer.exit_code(), 0, "an edited payload is not valid");
    verify(&mut h, &edited);
    assert!(!shown_containing(&h, &first), "the edited text is not shown as valid");
}
