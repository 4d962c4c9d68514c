//! Device keys and trust through the CLI: a key pair at first run, kept owner-only and in backups;
//! an organisation enrols and revokes laptops; the trust file travels and cannot be edited.

use cpms_player::progress::Store;
use std::path::Path;
use std::process::{Command, Output};

fn cli(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cpms-player")).arg("--data-dir").arg(data).args(args).output().unwrap()
}

fn ok(out: Output) -> String {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// This laptop's public key, as `trust show` prints it.
fn public_key(data: &Path) -> String {
    let shown = ok(cli(data, &["trust", "show"]));
    shown.lines().next().unwrap().split_whitespace().nth(3).unwrap().to_string()
}

#[test]
fn a_device_key_is_created_once_kept_owner_only_and_backed_up() {
    let tmp = tempfile::tempdir().unwrap();
    let first = public_key(tmp.path());
    assert_eq!(first.len(), 43);
    assert_eq!(public_key(tmp.path()), first, "the key is kept, not made again");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(tmp.path().join("progress.sqlite")).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the database holding the key is owner-only");
    }
    let backup = tmp.path().join("backup/copy.sqlite");
    ok(cli(tmp.path(), &["backup", "--out", backup.to_str().unwrap()]));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&backup).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let original = Store::open(&tmp.path().join("progress.sqlite")).unwrap().device_key().unwrap();
    let copy = Store::open(&backup).unwrap().device_key().unwrap();
    assert_eq!(copy.to_bytes(), original.to_bytes(), "the backup carries the device key");
    let other = tempfile::tempdir().unwrap();
    assert_ne!(public_key(other.path()), first, "every installation has its own key");
}

#[test]
fn an_organisation_enrols_and_revokes_laptops_and_its_trust_file_travels() {
    let (trainer, kit, employer) =
        (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let kit_key = public_key(kit.path());
    ok(cli(trainer.path(), &["org", "create", "Child Protection Goma"]));
    let refused = cli(trainer.path(), &["org", "create", "Again"]);
    assert!(!refused.status.success(), "one organisation key per laptop");
    ok(cli(trainer.path(), &["org", "enrol", "this", "--name", "Trainer"]));
    ok(cli(trainer.path(), &["org", "enrol", &kit_key, "--name", "Kit 3"]));
    let file = trainer.path().join("trust.json");
    ok(cli(trainer.path(), &["trust", "export", "--out", file.to_str().unwrap()]));
    ok(cli(employer.path(), &["trust", "import", file.to_str().unwrap()]));
    let list = Store::open(&employer.path().join("progress.sqlite")).unwrap().trust_list().unwrap();
    assert_eq!(list.organisations.len(), 1);
    assert_eq!(list.organisations[0].name, "Child Protection Goma");
    let names: Vec<&str> = list.organisations[0].devices.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["Trainer", "Kit 3"]);
    let kit_vk = cpms_player::trust::parse_key(&kit_key).unwrap();
    assert!(matches!(list.standing(&kit_vk), cpms_player::trust::Standing::Enrolled { revoked_at: None, .. }));

    // Revoking travels the same way; importing twice adds nothing.
    ok(cli(trainer.path(), &["org", "revoke", "Kit 3"]));
    ok(cli(trainer.path(), &["trust", "export", "--out", file.to_str().unwrap()]));
    let imported = ok(cli(employer.path(), &["trust", "import", file.to_str().unwrap()]));
    assert!(imported.starts_with("1 new"), "{imported}");
    assert!(ok(cli(employer.path(), &["trust", "import", file.to_str().unwrap()])).starts_with("0 new"));
    let list = Store::open(&employer.path().join("progress.sqlite")).unwrap().trust_list().unwrap();
    assert!(matches!(list.standing(&kit_vk), cpms_player::trust::Standing::Enrolled { revoked_at: Some(_), .. }));

    // A laptop slipped into the file by hand is refused, and nothing is imported.
    let fresh = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(&file).unwrap().replace(&kit_key, &public_key(fresh.path()));
    std::fs::write(&file, text).unwrap();
    let refused = cli(fresh.path(), &["trust", "import", file.to_str().unwrap()]);
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("not signed") && stderr.contains("Nothing was imported"), "{stderr}");
    assert!(Store::open(&fresh.path().join("progress.sqlite")).unwrap().trust_list().unwrap().organisations.is_empty());
}
