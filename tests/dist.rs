//! The portable bundle: built by dist/build-bundle.sh, unpacked elsewhere, it runs from its folder
//! and keeps its data there.

use std::path::Path;
use std::process::Command;

#[test]
fn the_bundle_unpacks_runs_and_keeps_its_data_inside() {
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
        "data",
    ] {
        assert!(dir.join(part).exists(), "{part} missing from the bundle");
    }
    let elsewhere = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(dir.join("cpms-player"))
            .args(args)
            .current_dir(elsewhere.path())
            .env("HOME", elsewhere.path())
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
}
