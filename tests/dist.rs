//! The portable bundle: built by dist/build-bundle.sh, unpacked elsewhere, it runs from its folder
//! and keeps its data there. It ships the USB guide in four languages, the licences and the
//! third-party notices. The program has no path of the build machine to fall back to: with its
//! courses folder gone it says so (nothing of the source tree is in reach of the unpacked copy).

mod common;

use std::path::Path;
use std::process::Command;

#[test]
fn the_bundle_unpacks_runs_and_keeps_its_data_inside() {
    if common::skip("bundle", "the_bundle_unpacks_runs_and_keeps_its_data_inside", "needs bash and tar") {
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let out = Command::new("bash")
        .arg(root.join("dist/build-bundle.sh"))
        .args(["--binary", env!("CARGO_BIN_EXE_cpms-player"), "--out"])
        .arg(tmp.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let archive = String::from_utf8(out.stdout).unwrap().trim().to_string();
    assert!(archive.ends_with(".tar.gz"), "{archive}");

    // "Copy to a USB stick": unpack somewhere else and run from there, from another folder.
    let stick = tmp.path().join("usb");
    std::fs::create_dir(&stick).unwrap();
    assert!(Command::new("tar").arg("-xzf").arg(&archive).arg("-C").arg(&stick).status().unwrap().success());
    let dir = std::fs::read_dir(&stick).unwrap().next().unwrap().unwrap().path();
    for part in [
        "cpms-player",
        "courses/cpms-2019/course.ron",
        "courses/cpms-2019/ar/intro.ron",
        "assets/fonts/OFL.txt",
        "TRAINER-GUIDE.md",
        "USB-GUIDE-en.txt",
        "USB-GUIDE-fr.txt",
        "USB-GUIDE-es.txt",
        "USB-GUIDE-ar.txt",
        "LICENSE-MIT",
        "LICENSE-APACHE",
        "THIRD-PARTY-NOTICES.txt",
        "data",
    ] {
        assert!(dir.join(part).exists(), "{part} missing from the bundle");
    }
    let notices = std::fs::read_to_string(dir.join("THIRD-PARTY-NOTICES.txt")).unwrap();
    for line in ["\negui 0.37", "\nrusqlite 0.", "\nkrilla 0.", "SIL OPEN FONT LICENSE", "Apache License"] {
        assert!(notices.contains(line), "the notices lack {line:?}");
    }

    let elsewhere = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(dir.join("cpms-player"))
            .args(args)
            .current_dir(elsewhere.path())
            .env("HOME", elsewhere.path())
            .env("XDG_DATA_HOME", elsewhere.path())
            .output()
            .unwrap()
    };
    let added = run(&["learners", "add", "Stick User"]);
    assert!(added.status.success(), "{}", String::from_utf8_lossy(&added.stderr));
    assert!(dir.join("data/progress.sqlite").is_file(), "portable mode keeps data beside the program");
    let demo = run(&["generate-demo", "--learners", "1"]);
    assert!(
        demo.status.success(),
        "the courses beside the program are found: {}",
        String::from_utf8_lossy(&demo.stderr)
    );
    let report = run(&["report", "--format", "csv"]);
    let text = String::from_utf8_lossy(&report.stdout);
    assert!(text.contains("Stick User") && text.contains("cpms-2019"), "{text}");
    assert!(std::fs::read_dir(elsewhere.path()).unwrap().next().is_none(), "nothing written outside the bundle");

    // No fallback: without its courses folder the copy finds no course, although the build
    // machine's courses/ still exists, and it names the folder it looked in.
    std::fs::rename(dir.join("courses"), dir.join("courses-moved")).unwrap();
    let lost = run(&["generate-demo", "--learners", "1"]);
    let stderr = String::from_utf8_lossy(&lost.stderr);
    assert!(!lost.status.success(), "the program found courses that are not beside it: {stderr}");
    assert!(stderr.contains(&dir.join("courses").display().to_string()), "{stderr}");
    assert!(!stderr.contains(root.to_str().unwrap()), "{stderr}");
}
