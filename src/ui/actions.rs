//! Carrying out actions: the only place where the interface talks to the store, records facts
//! (each committed before the screen moves on) and builds the next screen.

use super::{Action, CpmsApp, Place, Screen, certificate, lesson, library, overview, profiles, quiz};
use crate::i18n::Tr;
use crate::ids::{ItemId, LearnerId, LessonId, ModuleId};
use crate::progress::{FactKind, StoreError};
use crate::quiz::policy::{self, shows_keys};
use crate::quiz::{Response, attempt_result, plan_attempt, score};

/// A tag of the blueprint in words: "Standard 13", "Principle 4", "The basics of the CPMS".
pub(super) fn tag_label(tr: &Tr, tag: &str) -> String {
    match crate::course::Tag::parse(tag) {
        Some(crate::course::Tag::Standard(n)) => tr.ta("tag-standard", &[("n", n.into())]),
        Some(crate::course::Tag::Principle(n)) => tr.ta("tag-principle", &[("n", n.into())]),
        Some(crate::course::Tag::Basics) => tr.t("tag-basics"),
        None => tag.to_string(),
    }
}

impl CpmsApp {
    /// Carry out an action; failures are shown to the learner, never panics.
    pub fn apply(&mut self, action: Action) {
        self.error = None;
        // Leaving a running quiz, by any way out, asks first ("leave and keep your answers?").
        if let Screen::Quiz(q) = &mut self.screen {
            let leaves = matches!(
                action,
                Action::SignOut
                    | Action::OpenLibrary
                    | Action::OpenCourse { .. }
                    | Action::OpenLesson { .. }
                    | Action::StartQuiz { .. }
                    | Action::OpenTrainer
                    | Action::OpenCertificate { .. }
            );
            if q.running() && leaves {
                q.leaving = Some(Box::new(action));
                return;
            }
        }
        let action = match action {
            Action::Confirmed(a) => *a,
            a => a,
        };
        if let Err(e) = self.try_apply(action) {
            self.error = Some(e);
        }
    }

    fn try_apply(&mut self, action: Action) -> Result<(), String> {
        let lang = self.tr.lang().to_string();
        let err = |e: StoreError| e.localized(&crate::i18n::Tr::new(&lang));
        match action {
            Action::CreateLearner { name, pin, language } => {
                let pin = (!pin.is_empty()).then_some(pin.as_str());
                let learner = self.store.add_learner(&name, pin, &language).map_err(|e| e.localized(&self.tr))?;
                self.tr = Tr::new(&learner.language);
                self.learner = Some(learner);
                self.save_prefs();
                self.open_library()?;
            }
            Action::SignIn { learner_id, pin } => {
                let learner = self.store.learner(&learner_id).map_err(err)?.ok_or(self.tr.t("error-profile-gone"))?;
                // After 5 wrong PINs in a row, each try waits longer (kept in the store).
                let wait = self.store.pin_wait_secs(&learner.id).map_err(err)?;
                if wait > 0 {
                    if let Screen::Profiles(p) = &mut self.screen {
                        p.set_wait(&learner.id, wait);
                    }
                    return Err(self.tr.ta("pin-wait", &[("seconds", wait.into())]));
                }
                if !self.store.check_pin(&learner.id, &pin).map_err(err)? {
                    self.store.record_pin_failure(&learner.id).map_err(err)?;
                    let wait = self.store.pin_wait_secs(&learner.id).map_err(err)?;
                    if let Screen::Profiles(p) = &mut self.screen {
                        p.set_wait(&learner.id, wait);
                    }
                    return Err(self.tr.t("error-wrong-pin"));
                }
                self.store.clear_pin_failures(&learner.id).map_err(err)?;
                if let Some(p) = self.store.learner_prefs(&learner.id).map_err(err)? {
                    self.text_size = p.text_size;
                    self.dark = p.dark;
                    self.styled = false;
                }
                self.tr = Tr::new(&learner.language);
                self.learner = Some(learner);
                self.open_library()?;
            }
            Action::SignOut => {
                self.learner = None;
                self.tr = Tr::new(&self.default_language);
                self.open_profiles();
            }
            Action::SetLanguage(lang) => self.set_language(&lang)?,
            Action::OpenLibrary => self.open_library()?,
            Action::OpenCourse { course } => self.open_overview(course)?,
            Action::ContinueCourse { course } => {
                let learner = self.learner_id()?;
                let c = self.catalog.courses.get(course).ok_or(self.tr.t("error-unknown-course"))?;
                let default = c.language(&c.manifest.default_language);
                let place = match self.store.resume_position(&learner, c.id()).map_err(err)? {
                    Some((m, l)) if default.lesson(&m, &l).is_some() => Some((m, l)),
                    _ => c.lesson_ids().into_iter().next(),
                };
                match place {
                    Some((module, lesson)) => self.open_lesson(course, &module, &lesson, true)?,
                    None => self.open_overview(course)?,
                }
            }
            Action::OpenLesson { course, module, lesson } => self.open_lesson(course, &module, &lesson, true)?,
            Action::StartQuiz { course, module } => self.start_quiz(course, &module)?,
            Action::Answer(response) => self.answer(response)?,
            Action::NextItem => self.next_item()?,
            Action::OpenCertificate { course } => self.open_certificate(course)?,
            Action::SaveCertificate => self.save_certificate()?,
            Action::SetTextSize(size) => {
                self.text_size = size;
                self.styled = false;
                self.save_prefs();
            }
            Action::ClearError | Action::Confirmed(_) => {}
            Action::SetTheme(dark) => {
                self.dark = dark;
                self.styled = false;
                self.save_prefs();
            }
            Action::OpenTrainer => self.open_trainer()?,
            Action::RecoverFrom(backup) => {
                let Screen::Recovery(r) = &self.screen else { return Ok(()) };
                let db = r.db.clone();
                crate::progress::backup::restore(&backup, &db).map_err(|p| self.tr.problem(&p))?;
                self.store = crate::progress::Store::open(&db).map_err(err)?;
                self.open_profiles();
            }
            Action::RecoverFresh => {
                let Screen::Recovery(r) = &self.screen else { return Ok(()) };
                let db = r.db.clone();
                let aside = db.with_extension(format!("damaged-{}.sqlite", crate::progress::now_ms()));
                crate::progress::backup::set_aside(&db, &aside).map_err(|p| self.tr.problem(&p))?;
                self.store = crate::progress::Store::open(&db).map_err(err)?;
                self.open_profiles();
            }
            Action::LeaveTrainer => match &self.learner {
                Some(_) => self.open_library()?,
                None => self.open_profiles(),
            },
            a @ (Action::OpenSearch { .. }
            | Action::OpenFound { .. }
            | Action::OpenGlossary { .. }
            | Action::OpenAbout { .. }) => self.search_action(a)?,
            other => self.trainer_action(other)?,
        }
        Ok(())
    }

    /// Keep the signed-in learner's text size and theme for next time (best effort: a failure
    /// to save a preference does not stop the learner).
    fn save_prefs(&self) {
        if let Some(l) = &self.learner {
            let prefs = crate::progress::Prefs { text_size: self.text_size, dark: self.dark };
            let _ = self.store.set_learner_prefs(&l.id, &prefs);
        }
    }

    pub(super) fn learner_id(&self) -> Result<LearnerId, String> {
        self.learner.as_ref().map(|l| l.id.clone()).ok_or_else(|| self.tr.t("error-choose-learner"))
    }

    pub(super) fn content_language(&self) -> String {
        self.tr.lang().to_string()
    }

    fn set_language(&mut self, lang: &str) -> Result<(), String> {
        if let Some(learner) = &mut self.learner {
            self.store.set_language(&learner.id, lang).map_err(|e| e.localized(&self.tr))?;
            learner.language = lang.to_string();
        } else {
            self.default_language = lang.to_string();
        }
        self.tr = Tr::new(lang);
        // Rebuild the current screen in the new language (a running quiz keeps its questions).
        match self.place.clone() {
            Place::Profiles => {}
            Place::Library => self.open_library()?,
            Place::Overview(c) => self.open_overview(c)?,
            Place::Lesson(c, m, l) => self.open_lesson(c, &m, &l, false)?,
            Place::Search(c) => self.open_search(c)?,
            Place::Glossary(c) => {
                let term = match &self.screen {
                    Screen::Glossary(g) => g.selected.clone(),
                    _ => None,
                };
                self.open_glossary(c, term)?
            }
            Place::About(c) => self.open_about(c)?,
            // The trainer area: its tables name modules in the new language.
            Place::Other if matches!(&self.screen, Screen::Trainer(t) if t.unlocked) => self.refresh_trainer()?,
            Place::Other => {}
        }
        Ok(())
    }

    pub(super) fn open_profiles(&mut self) {
        self.screen = Screen::Profiles(profiles::ProfilesScreen::new(&self.store, &self.default_language));
        self.place = Place::Profiles;
    }

    pub(super) fn open_library(&mut self) -> Result<(), String> {
        let learner = self.learner_id()?;
        let screen = library::LibraryScreen::new(&self.store, &self.catalog, &learner, &self.content_language())
            .map_err(|e| e.localized(&self.tr))?;
        self.screen = Screen::Library(screen);
        self.place = Place::Library;
        Ok(())
    }

    fn open_overview(&mut self, course: usize) -> Result<(), String> {
        let learner = self.learner_id()?;
        let c = self.catalog.courses.get(course).ok_or(self.tr.t("error-unknown-course"))?;
        let progress = self.store.progress(&learner, c).map_err(|e| e.localized(&self.tr))?;
        let mut open = std::collections::BTreeMap::new();
        for m in c.language(&c.manifest.default_language).modules.iter().filter(|m| m.quiz.is_some()) {
            if let Some(a) = self.store.open_attempt(&learner, c.id(), &m.id).map_err(|e| e.localized(&self.tr))? {
                open.insert(m.id.clone(), (a.answers.len(), a.item_ids.len()));
            }
        }
        let lang = self.content_language();
        let mut gate = None;
        if let Some(f) = c.manifest.final_assessment.as_ref() {
            let content = c.language(&lang);
            gate = match self.final_eligibility(course, &f.module, &learner)? {
                policy::Eligibility::Allowed => None,
                policy::Eligibility::ReviewFirst { lessons, .. } => Some(overview::FinalGate::Review(
                    lessons
                        .into_iter()
                        .map(|l| {
                            let title =
                                content.lesson(&l.module, &l.lesson).map_or(l.lesson.to_string(), |x| x.title.clone());
                            (l.module, l.lesson, title)
                        })
                        .collect(),
                )),
                policy::Eligibility::LimitReached { max, next_at } => Some(overview::FinalGate::Limit(self.tr.ta(
                    "final-limit-reached",
                    &[("max", max.into()), ("time", crate::time::local_date_time(next_at).into())],
                ))),
            };
        }
        self.screen =
            Screen::Overview(overview::OverviewScreen::new(course, c, progress, &open, &lang).with_final_gate(gate));
        self.place = Place::Overview(course);
        Ok(())
    }

    /// Open a lesson; `record` writes the visit (not done when only the language changed).
    pub(super) fn open_lesson(
        &mut self,
        course: usize,
        module: &ModuleId,
        lesson: &LessonId,
        record: bool,
    ) -> Result<(), String> {
        let learner = self.learner_id()?;
        let c = self.catalog.courses.get(course).ok_or(self.tr.t("error-unknown-course"))?;
        let lang = self.content_language();
        c.language(&lang).lesson(module, lesson).ok_or(self.tr.t("error-no-lesson"))?;
        if record {
            self.store
                .record(&learner, c.id(), module, FactKind::LessonVisited { lesson_id: lesson.clone() })
                .map_err(|e| self.tr.ta("error-save-place", &[("error", e.localized(&self.tr).into())]))?;
        }
        let visited = self.store.progress(&learner, c).map(|p| p.visited).unwrap_or_default();
        self.screen = Screen::Lesson(Box::new(lesson::LessonScreen::new(course, c, &lang, module, lesson, &visited)));
        self.place = Place::Lesson(course, module.clone(), lesson.clone());
        Ok(())
    }

    fn start_quiz(&mut self, course: usize, module: &ModuleId) -> Result<(), String> {
        let learner = self.learner_id()?;
        let c = self.catalog.courses.get(course).ok_or(self.tr.t("error-unknown-course"))?;
        let lang = self.content_language();
        let quiz = c.language(&lang).quiz(module).ok_or(self.tr.t("error-no-quiz"))?;
        let title = c.language(&lang).module(module).map_or(String::new(), |m| m.title.clone());
        let item_ids_of = |plan: &crate::quiz::Plan| -> Vec<ItemId> {
            plan.items.iter().filter_map(|p| quiz.items.get(p.index)).map(|i| i.id.clone()).collect()
        };
        // An unfinished attempt resumes: same draw (from its seed), answers kept.
        let open = self.store.open_attempt(&learner, c.id(), module).map_err(|e| e.localized(&self.tr))?;
        if let Some(open) = open.filter(|o| o.quiz_id == quiz.id) {
            let plan = plan_attempt(&quiz.items, c.draw(module), open.seed);
            if item_ids_of(&plan) == open.item_ids {
                let mut screen =
                    quiz::QuizScreen::new(course, module, &title, quiz, plan, open.attempt_id, c.pass_mark(module));
                if !shows_keys(c, module) {
                    screen = screen.final_assessment();
                }
                screen.resume(&open.answers);
                self.screen = Screen::Quiz(Box::new(screen));
                self.place = Place::Other;
                return Ok(());
            }
        }
        // The final: lessons to revisit after a failed attempt, and the daily limit.
        if let Some(why) = self.final_blocked(course, module, &learner)? {
            return Err(why);
        }
        // Each attempt draws afresh: a new seed, so a new blueprint draw.
        let seed: u64 = rand::random();
        let plan = plan_attempt(&quiz.items, c.draw(module), seed);
        let attempt_id = crate::ids::AttemptId::new(uuid::Uuid::new_v4().to_string());
        let item_ids = item_ids_of(&plan);
        let started =
            FactKind::AttemptStarted { quiz_id: quiz.id.clone(), attempt_id: attempt_id.clone(), seed, item_ids };
        self.store
            .record(&learner, c.id(), module, started)
            .map_err(|e| self.tr.ta("error-start-quiz", &[("error", e.localized(&self.tr).into())]))?;
        let mut screen = quiz::QuizScreen::new(course, module, &title, quiz, plan, attempt_id, c.pass_mark(module));
        if !shows_keys(c, module) {
            screen = screen.final_assessment();
        }
        self.screen = Screen::Quiz(Box::new(screen));
        self.place = Place::Other;
        Ok(())
    }

    fn answer(&mut self, response: Response) -> Result<(), String> {
        let learner = self.learner_id()?;
        let Screen::Quiz(screen) = &mut self.screen else { return Ok(()) };
        let c = self.catalog.courses.get(screen.course).ok_or(self.tr.t("error-unknown-course"))?;
        let item = screen.current_item().ok_or(self.tr.t("question-unavailable"))?.clone();
        let outcome = score(&item, &response);
        let fact = FactKind::ItemAnswered {
            quiz_id: screen.quiz_id.clone(),
            attempt_id: screen.attempt_id.clone(),
            item_id: item.id.clone(),
            response: response.clone(),
            correct: outcome.correct,
            credit: outcome.credit,
        };
        self.store
            .record(&learner, c.id(), &screen.module, fact)
            .map_err(|e| self.tr.ta("error-save-answer", &[("error", e.localized(&self.tr).into())]))?;
        screen.checked(response, outcome);
        // The final shows no verdict: the answer is saved and the next item comes.
        if screen.final_mode {
            self.next_item()?;
        }
        Ok(())
    }

    fn next_item(&mut self) -> Result<(), String> {
        let learner = self.learner_id()?;
        let lang = self.content_language();
        let Screen::Quiz(screen) = &mut self.screen else { return Ok(()) };
        if !screen.advance() {
            return Ok(());
        }
        let c = self.catalog.courses.get(screen.course).ok_or(self.tr.t("error-unknown-course"))?;
        let result = attempt_result(&screen.outcomes(), screen.pass_mark);
        let fact = FactKind::AttemptFinished {
            quiz_id: screen.quiz_id.clone(),
            attempt_id: screen.attempt_id.clone(),
            percent: result.percent,
            passed: result.passed,
        };
        self.store
            .record(&learner, c.id(), &screen.module, fact)
            .map_err(|e| self.tr.ta("error-save-result", &[("error", e.localized(&self.tr).into())]))?;
        if !screen.final_mode {
            screen.finished(result);
            return Ok(());
        }
        let (course, module) = (screen.course, screen.module.clone());
        let content = c.language(&lang);
        let lessons = policy::lessons_by_tag(c, &lang);
        let tags = policy::feedback_by_tag(&screen.answered_items(), &lessons)
            .into_iter()
            .map(|f| quiz::TagLine {
                label: tag_label(&self.tr, &f.tag),
                asked: f.asked,
                correct: f.correct,
                lessons: f
                    .review
                    .iter()
                    .map(|l| {
                        let title =
                            content.lesson(&l.module, &l.lesson).map_or(l.lesson.to_string(), |x| x.title.clone());
                        (l.module.clone(), l.lesson.clone(), title)
                    })
                    .collect(),
            })
            .collect();
        let facts = self.store.facts(&learner, c.id()).map_err(|e| e.localized(&self.tr))?;
        let bank = content.quiz(&module).map_or(&[][..], |q| q.items.as_slice());
        let attempt = policy::final_attempts(&facts, &module, bank).len().max(1);
        let passed_on = policy::passing_attempt(&facts, &module, bank);
        let next_blocked = self.final_blocked(course, &module, &learner)?;
        if let Screen::Quiz(screen) = &mut self.screen {
            screen.finished_final(result, quiz::FinalResults { tags, attempt, passed_on, next_blocked });
        }
        Ok(())
    }

    /// The final's attempt policy for this learner now (trainer's daily limit from the store).
    pub(super) fn final_eligibility(
        &self,
        course: usize,
        module: &ModuleId,
        learner: &LearnerId,
    ) -> Result<policy::Eligibility, String> {
        let c = self.catalog.courses.get(course).ok_or(self.tr.t("error-unknown-course"))?;
        if !c.is_final(module) {
            return Ok(policy::Eligibility::Allowed);
        }
        let lang = self.tr.lang().to_string();
        let err = |e: StoreError| e.localized(&crate::i18n::Tr::new(&lang));
        let facts = self.store.facts(learner, c.id()).map_err(err)?;
        let max = self.store.final_attempts_per_day().map_err(err)?;
        let rules = policy::AttemptPolicy { max_final_attempts_per_day: max };
        let now = crate::progress::now_ms();
        Ok(policy::eligibility(c, &self.content_language(), module, &facts, &rules, now))
    }

    /// Why the learner cannot start the final now, in their language; None when they can.
    fn final_blocked(&self, course: usize, module: &ModuleId, learner: &LearnerId) -> Result<Option<String>, String> {
        let c = self.catalog.courses.get(course).ok_or(self.tr.t("error-unknown-course"))?;
        let content = c.language(&self.content_language());
        Ok(match self.final_eligibility(course, module, learner)? {
            policy::Eligibility::Allowed => None,
            policy::Eligibility::ReviewFirst { lessons, .. } => {
                let titles: Vec<String> = lessons
                    .iter()
                    .map(|l| content.lesson(&l.module, &l.lesson).map_or(l.lesson.to_string(), |x| x.title.clone()))
                    .collect();
                let sep = if self.tr.rtl() { "؛ " } else { "; " };
                Some(
                    self.tr.ta(
                        "final-review-first",
                        &[("count", titles.len().into()), ("lessons", titles.join(sep).into())],
                    ),
                )
            }
            policy::Eligibility::LimitReached { max, next_at } => Some(self.tr.ta(
                "final-limit-reached",
                &[("max", max.into()), ("time", crate::time::local_date_time(next_at).into())],
            )),
        })
    }

    fn open_certificate(&mut self, course: usize) -> Result<(), String> {
        let learner = self.learner_id()?;
        let c = self.catalog.courses.get(course).ok_or(self.tr.t("error-unknown-course"))?;
        let cert = crate::certificate::issue(&self.store, c, &learner).map_err(|e| e.localized(&self.tr))?;
        self.screen =
            Screen::Certificate(Box::new(certificate::CertificateScreen { course, certificate: cert, saved: None }));
        self.place = Place::Other;
        Ok(())
    }

    /// Ask where to save (system file dialog) and write the certificate PDF there.
    fn save_certificate(&mut self) -> Result<(), String> {
        let Screen::Certificate(screen) = &mut self.screen else { return Ok(()) };
        let cert = &screen.certificate;
        let pdf = crate::certificate::render_pdf(cert, &crate::certificate::certificate_labels(self.tr.lang()))
            .map_err(|e| e.localized(&self.tr))?;
        let name = format!("certificate-{}.pdf", cert.learner_name.replace(|c: char| !c.is_alphanumeric(), "-"));
        let ask = super::tasks::Ask::Save { name: &name, kind: "PDF", extension: "pdf" };
        let path = match super::tasks::pick("", ask) {
            super::tasks::Picked::One(p) => p,
            super::tasks::Picked::Cancelled | super::tasks::Picked::Many(_) => return Ok(()),
            // No file window on this computer: keep it in the learner's Documents folder (or the
            // home folder) under its own name, and say where.
            super::tasks::Picked::NoDialog => directories::UserDirs::new()
                .and_then(|d| {
                    d.document_dir().map(std::path::PathBuf::from).or_else(|| Some(d.home_dir().to_path_buf()))
                })
                .ok_or_else(|| self.tr.t("no-file-dialog"))?
                .join(&name),
        };
        crate::platform::write_durably(&path, &pdf, crate::platform::Access::Shared).map_err(|e| {
            self.tr
                .problem(&crate::problem::Problem::new("cannot-write").path("path", &path).arg("error", e.to_string()))
        })?;
        screen.saved = Some(path.display().to_string());
        Ok(())
    }
}
