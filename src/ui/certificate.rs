//! Certificate screen: a preview of the learner's certificate and "Save as PDF…".

use super::Action;
use super::widgets::View;
use crate::certificate::Certificate;

pub struct CertificateScreen {
    pub course: usize,
    pub certificate: Certificate,
    /// Where the PDF was saved, once it was.
    pub saved: Option<String>,
}

impl CertificateScreen {
    pub fn ui(&mut self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let mut action = None;
        let c = &self.certificate;
        v.page(ui, "certificate", |ui| {
            if v.back(ui, &v.t("course-overview")) {
                action = Some(Action::OpenCourse { course: self.course });
            }
            v.heading(ui, &v.t("certificate-title"));
            ui.add_space(8.0);
            egui::Frame::new().stroke(egui::Stroke::new(2.0, ui.visuals().text_color())).inner_margin(24.0).show(
                ui,
                |ui| {
                    ui.set_width(ui.available_width());
                    ui.vertical_centered(|ui| {
                        v.title(ui, &v.t("certificate-heading"), 1.6);
                        v.label(ui, v.t("certificate-certifies"));
                        v.title(ui, &c.learner_name, 1.8);
                        v.label(ui, v.t("certificate-completed"));
                        v.title(ui, &c.course_title, 1.2);
                        ui.add_space(8.0);
                        v.label(ui, format!("{}: {}", v.t("certificate-completed-on"), c.date()));
                        let score = match c.passed_on_attempt {
                            Some(n) => format!(
                                "{}: {}% ({})",
                                v.t("certificate-final-score"),
                                c.final_score,
                                v.tr.ta("certificate-attempt", &[("n", n.into())])
                            ),
                            None => format!("{}: {}%", v.t("certificate-final-score"), c.final_score),
                        };
                        v.label(ui, score);
                        v.label(ui, format!("{}: {}", v.t("certificate-study-time"), c.study_time()));
                        ui.add_space(8.0);
                        v.title(ui, &format!("{}: {}", v.t("certificate-code"), c.code), 1.0);
                    });
                },
            );
            ui.add_space(12.0);
            if v.button(ui, &v.t("certificate-save")).clicked() {
                action = Some(Action::SaveCertificate);
            }
            if let Some(path) = &self.saved {
                v.label(ui, v.tr.ta("certificate-saved", &[("path", path.into())]));
            }
        });
        action
    }
}
