//! The trainer passphrase is set deliberately: in the app only on a laptop being prepared (no
//! passphrase and no learner yet), otherwise with `cpms-player trainer set-passphrase`, which is
//! also the reset for a forgotten one. Wrong passphrases make the next try wait longer and longer,
//! shown as a countdown, as for learners' PINs. Typed at a terminal, the passphrase is not shown.

mod common;
use common::fixture;
use cpms_player::course::load_catalog;
use cpms_player::progress::Store;
use cpms_player::ui::CpmsApp;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

fn harness(data: &Path) -> Harness<'static, CpmsApp> {
    let store = Store::open(&data.join("progress.sqlite")).unwrap();
    let app = CpmsApp::new(store, load_catalog(&fixture("")), "en".into());
    let mut h = Harness::builder().with_size([1100.0, 800.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    h.get_by_label("Trainer area").click();
    h.run();
    h
}

/// `cpms-player trainer set-passphrase` with `input` on standard input.
fn set_passphrase(data: &Path, input: &str) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cpms-player"))
        .arg("--data-dir")
        .arg(data)
        .args(["--lang", "en", "trainer", "set-passphrase"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn try_passphrase(h: &mut Harness<'static, CpmsApp>, pass: &str) {
    h.get_by_role_and_label(Role::PasswordInput, "Passphrase").focus();
    h.get_by_role_and_label(Role::PasswordInput, "Passphrase").type_text(pass);
    h.run();
    h.get_by_label("Unlock").click();
    h.run();
}

#[test]
fn once_learners_use_the_laptop_the_passphrase_is_set_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    Store::open(&data.join("progress.sqlite")).unwrap().add_learner("Amina", None, "en").unwrap();
    let h = harness(data);
    // A learner who opens the trainer area cannot make themselves the trainer.
    assert!(h.query_by_label("Set the passphrase").is_none());
    assert!(h.query_by_role_and_label(Role::PasswordInput, "Passphrase").is_none());
    assert!(h.query_all_by_label_contains("cpms-player trainer set-passphrase").next().is_some());
    drop(h);

    // Two different passphrases: refused, nothing set.
    let out = set_passphrase(data, "first-passphrase\nother-passphrase\n");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not the same"), "{out:?}");
    assert!(!Store::open(&data.join("progress.sqlite")).unwrap().has_trainer_passphrase().unwrap());
    let out = set_passphrase(data, "short\nshort\n");
    assert!(!out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("at least 8 characters"), "{out:?}");

    let out = set_passphrase(data, "field-trainer-2026\nfield-trainer-2026\n");
    assert!(out.status.success(), "{out:?}");
    let mut h = harness(data);
    try_passphrase(&mut h, "field-trainer-2026");
    assert!(h.query_by_label("Add learner").is_some());
}

#[test]
fn wrong_passphrases_make_the_next_try_wait_and_the_reset_clears_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    Store::open(&data.join("progress.sqlite")).unwrap().set_trainer_passphrase("field-trainer-2026").unwrap();
    let mut h = harness(data);
    for _ in 0..5 {
        try_passphrase(&mut h, "guess-guess");
    }
    // The fifth wrong try starts the wait: a countdown, and Unlock disabled.
    assert!(h.query_all_by_label_contains("Too many wrong passphrases. Try again in").next().is_some());
    assert!(h.get_by_label("Unlock").accesskit_node().is_disabled());
    // Even the right passphrase is not tried while waiting (Enter in the field).
    h.get_by_role_and_label(Role::PasswordInput, "Passphrase").focus();
    h.get_by_role_and_label(Role::PasswordInput, "Passphrase").type_text("field-trainer-2026");
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(h.query_by_label("Add learner").is_none());
    drop(h);

    // Closing the program does not reset the count.
    let mut h = harness(data);
    assert!(h.get_by_label("Unlock").accesskit_node().is_disabled());
    drop(h);

    // The documented reset: a new passphrase from the command line; the wait is gone.
    let out = set_passphrase(data, "new-trainer-2027\nnew-trainer-2027\n");
    assert!(out.status.success(), "{out:?}");
    h = harness(data);
    try_passphrase(&mut h, "field-trainer-2026");
    assert!(h.query_by_label("That passphrase is not right.").is_some());
    try_passphrase(&mut h, "new-trainer-2027");
    assert!(h.query_by_label("Add learner").is_some());
}

/// At a terminal the passphrase is read without echo. `script` (util-linux) runs the command on a
/// pseudo-terminal and copies what the terminal shows to its output; each line is typed once the
/// prompt is on screen, as a person would.
#[test]
fn a_passphrase_typed_at_a_terminal_is_not_shown() {
    if common::skip("pty", "a_passphrase_typed_at_a_terminal_is_not_shown", "script -c is util-linux (Linux)") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let command = format!(
        "'{}' --data-dir '{}' --lang en trainer set-passphrase",
        env!("CARGO_BIN_EXE_cpms-player"),
        data.display()
    );
    let mut child = Command::new("script")
        .args(["-qefc", &command, "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("script (util-linux) runs");
    let screen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let mut stdout = child.stdout.take().unwrap();
    let reader = {
        let screen = screen.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 256];
            while let Ok(n) = std::io::Read::read(&mut stdout, &mut buf) {
                if n == 0 {
                    break;
                }
                screen.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        })
    };
    let mut stdin = child.stdin.take().unwrap();
    for (prompt, typed) in
        [("New trainer passphrase", "terminal-secret-1"), ("The same passphrase again", "terminal-secret-1")]
    {
        let started = std::time::Instant::now();
        while !String::from_utf8_lossy(&screen.lock().unwrap()).contains(prompt) {
            assert!(
                started.elapsed().as_secs() < 30,
                "no prompt {prompt:?}: {:?}",
                String::from_utf8_lossy(&screen.lock().unwrap())
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        // The prompt is written just before the echo is turned off.
        std::thread::sleep(std::time::Duration::from_millis(300));
        stdin.write_all(format!("{typed}\n").as_bytes()).unwrap();
        stdin.flush().unwrap();
    }
    let status = child.wait().unwrap();
    drop(stdin);
    reader.join().unwrap();
    let shown = String::from_utf8_lossy(&screen.lock().unwrap()).to_string();
    assert!(status.success(), "{shown}");
    assert!(shown.contains("Trainer passphrase set."), "{shown}");
    assert!(!shown.contains("terminal-secret"), "the passphrase was shown: {shown}");
    assert!(Store::open(&data.join("progress.sqlite")).unwrap().check_trainer_passphrase("terminal-secret-1").unwrap());
}
