//! Operating-system differences in one place (docs/platforms.md lists every such place and why):
//! the console of a Windows GUI program, owner-only files for secrets, and durable writes
//! (a file written whole, flushed to the disk, renamed into place, the rename made durable).
//! Every function has a Unix and a Windows branch; other code calls these instead of `cfg`.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Windows: the release program is a GUI program (`windows_subsystem = "windows"` in main.rs), so
/// it starts without a console and whatever it prints would be lost. Attach to the console of the
/// program that started it (cmd.exe, PowerShell), if any, so subcommands print there. Started by a
/// double-click there is no parent console and nothing happens. Other systems: nothing to do.
pub fn attach_parent_console() {
    #[cfg(windows)]
    {
        use windows_sys::Win32::System::Console::{
            ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_OUTPUT_HANDLE,
        };
        // Handles given by the parent (a pipe or a file: `> out.csv`, a test harness) are kept:
        // attach only when a standard handle is missing. Rust's stdout and stderr ask Windows for
        // the handle at each write, so printing works from here on.
        // SAFETY: plain Win32 calls without pointers; failure is reported by the return value.
        unsafe {
            let missing = |which| {
                let h = GetStdHandle(which);
                h.is_null() || h == windows_sys::Win32::Foundation::INVALID_HANDLE_VALUE
            };
            if missing(STD_OUTPUT_HANDLE) || missing(STD_ERROR_HANDLE) {
                AttachConsole(ATTACH_PARENT_PROCESS);
            }
        }
    }
}

/// Create `dir` and its missing parents; folders created here are readable by their owner only
/// (Unix mode 0o700). Existing folders are left as they are (it may be a folder the user chose).
/// Windows: folders inherit the access list of their parent; under %APPDATA% that is the user,
/// SYSTEM and Administrators only.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)
    }
    #[cfg(not(unix))]
    {
        std::fs::create_dir_all(dir)
    }
}

/// Make an existing file readable and writable by its owner only (Unix mode 0o600), for files
/// holding secrets: the progress database (certificate secret, PIN and passphrase hashes) and its
/// backups. A file system without Unix permissions (FAT or exFAT on a USB stick) refuses or
/// ignores this; the caller decides whether that matters.
///
/// Windows: nothing is changed here. Files inherit the access list of their folder: under
/// %APPDATA% only the user, SYSTEM and Administrators can read them; on a USB stick (FAT/exFAT)
/// no file system can protect a file from whoever holds the stick. See docs/platforms.md.
pub fn restrict_to_owner(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)?.permissions().mode();
        if mode & 0o077 != 0 {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode & 0o700))?;
        }
        Ok(())
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(())
    }
}

/// Create (or truncate) a file readable by its owner only from the start (Unix mode 0o600), so a
/// secret is never readable by others, not even for a moment. Windows: as [`restrict_to_owner`].
pub fn create_private_file(path: &Path) -> io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(path)?;
    // An existing file keeps its mode through `open`; tighten it (best effort, see above).
    let _ = restrict_to_owner(path);
    Ok(file)
}

/// How a file written by [`write_durably`] may be read by others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// The system default (reports, PDFs, statements meant to be shared).
    Shared,
    /// Owner only: the file holds secrets or personal data.
    Private,
}

/// Write `bytes` to `path` whole or not at all, and make it survive a power cut or a USB stick
/// pulled out right after: write a temporary file beside it, flush it to the disk, rename it over
/// `path`, then make the rename itself durable ([`rename_durably`]). On failure the temporary
/// file is removed and `path` is unchanged.
pub fn write_durably(path: &Path, bytes: &[u8], access: Access) -> io::Result<()> {
    let tmp = partial_path(path);
    let result = (|| {
        let mut file = match access {
            Access::Private => create_private_file(&tmp)?,
            Access::Shared => File::create(&tmp)?,
        };
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        rename_durably(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// The temporary name used while writing `path`: `<name>.partial` in the same folder (a rename
/// is only atomic within one file system).
pub fn partial_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".partial");
    path.with_file_name(name)
}

/// Rename `from` over `to` (replacing it) and make the new name durable.
///
/// Unix: `rename(2)` is atomic; the folder entry reaches the disk only when the folder itself is
/// flushed, so the parent folder is opened and `fsync`ed after the rename.
/// Windows: a folder cannot be flushed that way. `MoveFileExW` with `MOVEFILE_WRITE_THROUGH`
/// returns only once the rename is on the disk; `MOVEFILE_REPLACE_EXISTING` replaces `to`. It fails
/// when another program holds `to` open without sharing (a report open in Excel): the error says
/// so and `to` is unchanged. Paths that `MoveFileExW` cannot take (longer than MAX_PATH) fall back to
/// `std::fs::rename`, which is atomic but not flushed.
pub fn rename_durably(from: &Path, to: &Path) -> io::Result<()> {
    #[cfg(windows)]
    {
        use std::os::windows::ffi::OsStrExt;
        use windows_sys::Win32::Storage::FileSystem::{MOVEFILE_REPLACE_EXISTING, MOVEFILE_WRITE_THROUGH, MoveFileExW};
        let wide = |p: &Path| p.as_os_str().encode_wide().chain(std::iter::once(0)).collect::<Vec<u16>>();
        let (from_w, to_w) = (wide(from), wide(to));
        // SAFETY: both buffers are NUL-terminated UTF-16 strings that outlive the call.
        let moved =
            unsafe { MoveFileExW(from_w.as_ptr(), to_w.as_ptr(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) };
        if moved != 0 {
            return Ok(());
        }
        let error = io::Error::last_os_error();
        // ERROR_FILENAME_EXCED_RANGE (206), ERROR_PATH_NOT_FOUND (3) for over-long paths.
        if matches!(error.raw_os_error(), Some(206) | Some(3)) {
            return std::fs::rename(from, to);
        }
        Err(error)
    }
    #[cfg(not(windows))]
    {
        std::fs::rename(from, to)?;
        sync_parent_dir(to)
    }
}

/// Flush the folder holding `path` so that a new or renamed entry in it survives a power cut.
/// Unix: `fsync` on the folder. Windows: no such call exists for folders (see [`rename_durably`]);
/// nothing is done.
pub fn sync_parent_dir(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        let parent = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        File::open(parent)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(())
    }
}

/// Whether OpenGL here can only be a software renderer (Mesa's llvmpipe), so the window is better
/// painted on the CPU (half the memory, faster frames: README.md, "CPU renderer"). Linux: no
/// graphics device for a driver to use (nothing in `/dev/dri`, no NVIDIA device), or software
/// rendering asked for (`LIBGL_ALWAYS_SOFTWARE`, `GALLIUM_DRIVER=llvmpipe|softpipe`). Other
/// systems: false — a Windows laptop without a driver has only "GDI Generic" OpenGL 1.1, which
/// cannot start the OpenGL painter, and the program then paints on the CPU anyway.
pub fn only_software_opengl() -> bool {
    let set = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty() && v != "0");
    if set("LIBGL_ALWAYS_SOFTWARE").is_some()
        || set("GALLIUM_DRIVER")
            .is_some_and(|d| d.eq_ignore_ascii_case("llvmpipe") || d.eq_ignore_ascii_case("softpipe"))
    {
        return true;
    }
    #[cfg(target_os = "linux")]
    {
        let dri = std::fs::read_dir("/dev/dri").map(|entries| {
            entries.flatten().any(|e| {
                let name = e.file_name();
                let name = name.to_string_lossy();
                name.starts_with("renderD") || name.starts_with("card")
            })
        });
        !dri.unwrap_or(false) && !Path::new("/dev/nvidia0").exists()
    }
    #[cfg(not(target_os = "linux"))]
    {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_durable_write_replaces_the_file_and_leaves_no_partial_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.csv");
        std::fs::write(&path, "old").unwrap();
        write_durably(&path, b"new", Access::Shared).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert!(!partial_path(&path).exists());
    }

    #[test]
    fn a_failed_durable_write_leaves_the_old_file_and_no_partial_file() {
        let dir = tempfile::tempdir().unwrap();
        // The target is a folder with something in it: the rename over it fails on every system.
        let path = dir.path().join("taken");
        std::fs::create_dir(&path).unwrap();
        std::fs::write(path.join("inside"), "x").unwrap();
        assert!(write_durably(&path, b"new", Access::Shared).is_err());
        assert!(path.join("inside").is_file());
        assert!(!partial_path(&path).exists());
    }

    #[test]
    fn partial_names_keep_the_whole_file_name() {
        assert_eq!(partial_path(Path::new("out/a.b.json")), Path::new("out/a.b.json.partial"));
    }

    #[cfg(unix)]
    #[test]
    fn private_files_and_folders_are_for_their_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("a/b");
        create_private_dir(&folder).unwrap();
        assert_eq!(std::fs::metadata(&folder).unwrap().permissions().mode() & 0o777, 0o700);
        let secret = folder.join("secret");
        write_durably(&secret, b"k", Access::Private).unwrap();
        assert_eq!(std::fs::metadata(&secret).unwrap().permissions().mode() & 0o777, 0o600);
        let open = folder.join("open");
        std::fs::write(&open, "x").unwrap();
        std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o644)).unwrap();
        restrict_to_owner(&open).unwrap();
        assert_eq!(std::fs::metadata(&open).unwrap().permissions().mode() & 0o777, 0o600);
    }
}
