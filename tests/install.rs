//! Installing course packages from folders and zips: valid ones land, broken or unsafe ones are
//! refused with a clear report and the courses folder is left as it was.

mod common;
use common::*;
use cpms_player::course::install::install_course;
use cpms_player::course::load_catalog;
use std::io::Write;

fn zip_dir(dir: &std::path::Path, zip_path: &std::path::Path, prefix: &str) {
    let file = std::fs::File::create(zip_path).unwrap();
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for entry in walk(dir) {
        let rel = entry.strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
        zip.start_file(format!("{prefix}{rel}"), options).unwrap();
        zip.write_all(&std::fs::read(&entry).unwrap()).unwrap();
    }
    zip.finish().unwrap();
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() { out.extend(walk(&p)) } else { out.push(p) }
    }
    out.sort();
    out
}

fn listing(dir: &std::path::Path) -> Vec<String> {
    walk(dir).iter().map(|p| p.strip_prefix(dir).unwrap().display().to_string()).collect()
}

#[test]
fn a_folder_and_a_zip_install_and_replace() {
    let tmp = tempfile::tempdir().unwrap();
    let courses = tmp.path().join("courses");
    let stats = install_course(&fixture("mini"), &courses).unwrap();
    assert_eq!((stats.id.as_str(), stats.lessons), ("mini", 2));
    assert_eq!(load_catalog(&courses).courses.len(), 1);
    // A zip with the course in a top-level folder replaces the installed one.
    let (_t, copy) = mini_copy();
    edit(&copy.join("course.ron"), "version: \"1.0.0\"", "version: \"1.1.0\"");
    let zip = tmp.path().join("mini.zip");
    zip_dir(&copy, &zip, "mini/");
    install_course(&zip, &courses).unwrap();
    let catalog = load_catalog(&courses);
    assert_eq!(catalog.courses.len(), 1);
    assert_eq!(catalog.courses[0].manifest.version, "1.1.0");
    assert!(listing(&courses).iter().all(|p| !p.starts_with('.')), "no leftovers: {:?}", listing(&courses));
}

#[test]
fn a_broken_package_is_refused_and_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let courses = tmp.path().join("courses");
    install_course(&fixture("mini"), &courses).unwrap();
    let before = listing(&courses);
    let (_t, copy) = mini_copy();
    edit(&copy.join("en/basics.ron"), "minutes: 3,", "minutes: three,");
    let zip = tmp.path().join("broken.zip");
    zip_dir(&copy, &zip, "");
    let problems = install_course(&zip, &courses).unwrap_err();
    assert!(problems[0].to_string().contains("basics.ron"), "{}", problems[0]);
    assert_eq!(listing(&courses), before);
    let junk = tmp.path().join("junk.zip");
    std::fs::write(&junk, b"PK not really").unwrap();
    assert!(install_course(&junk, &courses).unwrap_err()[0].message.contains("not a readable zip"));
    assert_eq!(listing(&courses), before);
}

#[test]
fn zip_slip_entries_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let zip_path = tmp.path().join("evil.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
    zip.start_file("../../evil.txt", zip::write::SimpleFileOptions::default()).unwrap();
    zip.write_all(b"owned").unwrap();
    zip.finish().unwrap();
    let courses = tmp.path().join("a/b/courses");
    let problems = install_course(&zip_path, &courses).unwrap_err();
    assert!(problems[0].message.contains("outside the package"), "{}", problems[0]);
    assert!(!tmp.path().join("a/evil.txt").exists() && !tmp.path().join("evil.txt").exists());
}

#[test]
fn an_oversized_archive_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let zip_path = tmp.path().join("bomb.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).large_file(true);
    zip.start_file("course/zeros.bin", options).unwrap();
    let block = vec![0u8; 1 << 20];
    for _ in 0..520 {
        zip.write_all(&block).unwrap();
    }
    zip.finish().unwrap();
    assert!(std::fs::metadata(&zip_path).unwrap().len() < 5 << 20, "compresses well");
    let courses = tmp.path().join("courses");
    let problems = install_course(&zip_path, &courses).unwrap_err();
    assert!(problems[0].message.contains("512 MB"), "{}", problems[0]);
    assert!(listing(&courses).is_empty());
}
