//! The command line, run as a user would: validate (text and JSON), learners, and the window
//! smoke test under Xvfb.

mod common;
use common::*;
use std::process::Command;

fn cpms() -> Command {
    Command::new(env!("CARGO_BIN_EXE_cpms-player"))
}

#[test]
fn validate_accepts_the_bundled_course_and_reports_counts_as_json() {
    let course = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("courses/cpms-2019");
    let out = cpms().args(["validate", "--json"]).arg(&course).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let c = &json["courses"][0];
    assert_eq!(c["id"], "cpms-2019");
    assert!(c["languages"].as_array().unwrap().iter().any(|l| l == "en"));
    for key in ["modules", "lessons", "items"] {
        assert!(c[key].as_u64().unwrap() > 0, "{key}");
    }
    assert!(c["words"]["en"].as_u64().unwrap() > 0);
    // Stated times per language, from the words at the reading pace reported beside them.
    assert_eq!(c["words_per_minute"], 130);
    for lang in ["en", "fr", "es", "ar"] {
        let (words, study) =
            (c["words"][lang].as_u64().unwrap(), c["study_minutes_by_language"][lang].as_u64().unwrap());
        assert!(study >= words / 130 && c["minutes_by_language"][lang].as_u64().unwrap() < study, "{lang}");
    }
    assert_eq!(json["errors"].as_array().unwrap().len(), 0);
}

#[test]
fn validate_exits_1_and_names_the_broken_file_and_line() {
    let (_tmp, dir) = mini_copy();
    let file = dir.join("en/basics.ron");
    edit(&file, "title: \"Second lesson\",", "title: \"Second lesson\" minutes: 4,");
    let out = cpms().arg("validate").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let line = line_of(&file, "Second lesson");
    assert!(stderr.contains(&format!("basics.ron:{line}:")), "{stderr}");
    assert!(stderr.contains("fix:"), "{stderr}");
}

#[test]
fn validate_json_lists_errors_with_positions() {
    let (_tmp, dir) = mini_copy();
    edit(&dir.join("en/basics.ron"), "[[child]]", "[[kid]]");
    let out = cpms().args(["validate", "--json"]).arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let e = &json["errors"][0];
    assert!(e["file"].as_str().unwrap().ends_with("basics.ron"));
    assert_eq!(e["line"].as_u64().unwrap() as usize, line_of(&dir.join("en/basics.ron"), "[[kid]]"));
    assert!(e["message"].as_str().unwrap().contains("kid"));
}

#[test]
fn validate_of_a_folder_without_a_course_says_what_to_do() {
    let tmp = tempfile::tempdir().unwrap();
    let out = cpms().arg("validate").arg(tmp.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("course.ron"));
}

#[test]
fn learners_can_be_added_and_listed() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().to_str().unwrap();
    let out = cpms().args(["--data-dir", data, "learners", "add", "Zainab Ali", "--pin", "4321"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = cpms().args(["--data-dir", data, "learners", "add", "  "]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("name is empty"));
    let out = cpms().args(["--data-dir", data, "learners", "list"]).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Zainab Ali") && stdout.contains("PIN"), "{stdout}");
    assert!(tmp.path().join("progress.sqlite").is_file());
}

#[test]
fn portable_mode_keeps_data_beside_the_program() {
    let tmp = tempfile::tempdir().unwrap();
    // cpms-player.exe on Windows, which finds programs by that suffix.
    let bin = tmp.path().join(format!("cpms-player{}", std::env::consts::EXE_SUFFIX));
    std::fs::copy(env!("CARGO_BIN_EXE_cpms-player"), &bin).unwrap();
    std::fs::create_dir(tmp.path().join("data")).unwrap();
    let out = Command::new(&bin).args(["learners", "add", "Portable"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(tmp.path().join("data/progress.sqlite").is_file());
}

#[test]
fn the_window_opens_paints_and_exits_under_xvfb() {
    if common::skip("xvfb", "the_window_opens_paints_and_exits_under_xvfb", "xvfb-run exists on Linux only") {
        return;
    }
    assert!(
        Command::new("xvfb-run").arg("--help").output().is_ok(),
        "xvfb-run is missing: run the tests with `bash tests/run-all.sh`, which installs it"
    );
    let tmp = tempfile::tempdir().unwrap();
    let out = Command::new("xvfb-run")
        .args(["-a", env!("CARGO_BIN_EXE_cpms-player"), "--data-dir"])
        .arg(tmp.path())
        .args(["--exit-after-frames", "5"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("first painted frame:") && stderr.contains(" ms"), "{stderr}");
}

/// Where OpenGL cannot start (no driver, a remote desktop, a virtual machine), the program paints
/// on the CPU instead of failing. Here the OpenGL libraries are made unloadable: empty files
/// found first on the library path.
#[test]
fn without_opengl_the_window_is_painted_on_the_cpu() {
    if common::skip("xvfb", "without_opengl_the_window_is_painted_on_the_cpu", "xvfb-run exists on Linux only") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let libs = tmp.path().join("no-gl");
    std::fs::create_dir_all(&libs).unwrap();
    for lib in ["libGL.so.1", "libGL.so", "libEGL.so.1", "libEGL.so", "libGLX.so.0", "libOpenGL.so.0"] {
        std::fs::write(libs.join(lib), b"not a library").unwrap();
    }
    let run = |extra: &[&str]| {
        // Only the program gets the library path, not the X server. CPMS_RENDERER=gl: try
        // OpenGL first even on a machine without a graphics device (as this one may be).
        let out = Command::new("xvfb-run")
            .args(["-a", "env", "CPMS_RENDERER=gl"])
            .arg(format!("LD_LIBRARY_PATH={}", libs.display()))
            .args([env!("CARGO_BIN_EXE_cpms-player"), "--data-dir"])
            .arg(tmp.path().join("data"))
            .args(["--exit-after-frames", "5"])
            .args(extra)
            .output()
            .unwrap();
        (out.status, String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let (status, stderr) = run(&[]);
    assert!(status.success(), "{stderr}");
    assert!(stderr.contains("painting on the CPU instead"), "{stderr}");
    assert!(stderr.contains("first painted frame:"), "{stderr}");
    // The session was closed cleanly by both processes: no marker of an unclean end is left.
    assert!(!tmp.path().join("data/progress.sqlite.open").exists());
    assert!(stderr.contains("renderer: opengl") && stderr.contains("renderer: cpu"), "tried, then switched: {stderr}");
    // Asked for OpenGL by name, the program says it cannot, and does not switch by itself.
    let (status, stderr) = run(&["--renderer", "gl"]);
    assert!(!status.success(), "{stderr}");
    assert!(stderr.contains("OpenGL could not be used"), "{stderr}");
}

/// Where OpenGL could only be a software renderer (here: software rendering asked for, as Mesa
/// reads it), the window is painted on the CPU from the start; a choice by name still wins.
#[test]
fn with_software_opengl_only_the_window_is_painted_on_the_cpu() {
    if common::skip(
        "xvfb",
        "with_software_opengl_only_the_window_is_painted_on_the_cpu",
        "xvfb-run exists on Linux only",
    ) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let run = |extra: &[&str]| {
        let out = Command::new("xvfb-run")
            .args(["-a", "env", "LIBGL_ALWAYS_SOFTWARE=1", "--unset=CPMS_RENDERER"])
            .args([env!("CARGO_BIN_EXE_cpms-player"), "--data-dir"])
            .arg(tmp.path().join("data"))
            .args(["--exit-after-frames", "3"])
            .args(extra)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let stderr = run(&[]);
    assert!(stderr.contains("renderer: cpu") && stderr.contains("first painted frame:"), "{stderr}");
    let stderr = run(&["--renderer", "gl"]);
    assert!(stderr.contains("renderer: opengl") && stderr.contains("first painted frame:"), "{stderr}");
}

/// An export to a place that cannot be written says so in the user's language, names the file,
/// and leaves nothing behind; a device (here `/dev/full`) is refused before anything is written,
/// not replaced by the export's file.
#[test]
fn an_export_that_cannot_be_written_says_why_in_the_users_language() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let out = cpms().arg("--data-dir").arg(&data).args(["learners", "add", "Rania"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let missing = tmp.path().join("no-such-folder").join("statements.json");
    let export = |lang: &str, to: &std::path::Path| {
        let out = cpms()
            .arg("--data-dir")
            .arg(&data)
            .args(["--lang", lang, "xapi", "export", "--out"])
            .arg(to)
            .output()
            .unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let (code, stderr) = export("fr", &missing);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("Impossible d'écrire") && stderr.contains(&missing.display().to_string()), "{stderr}");
    let (code, stderr) = export("ar", &missing);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("تعذّرت الكتابة"), "{stderr}");
    assert!(!tmp.path().join("no-such-folder").exists());
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::FileTypeExt;
        let (code, stderr) = export("en", std::path::Path::new("/dev/full"));
        assert_eq!(code, Some(2), "{stderr}");
        assert!(stderr.contains("not a regular file"), "{stderr}");
        assert!(std::fs::metadata("/dev/full").unwrap().file_type().is_char_device(), "the device is still there");
    }
}
