//! The file system: reading plans, templates and logos, and writing files
//! so that they are complete or not there at all.

use std::collections::BTreeSet;
use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use sipplan::diagnostic::Diagnostic;
use sipplan::message::Message;
use sipplan::msg;
use sipplan::source::{Format, MAX_FILE_BYTES, Source};
use sipplan::template::Files;

/// Why a plan or template file could not be read.
pub(super) enum ReadError {
    /// The file system refused, or it is not a text file at all (a Word
    /// document, a folder): the command cannot go on (exit code 2).
    Unreadable(Message),
    /// A text file sipplan cannot read (too large, not UTF-8): a problem
    /// with the plan, reported like the others (exit code 1).
    NotText(Diagnostic),
}

/// Every file this run has read (plans, templates, logos), as its real
/// path: no output may replace one of them, `--force` or not.
static INPUTS: Mutex<BTreeSet<PathBuf>> = Mutex::new(BTreeSet::new());

fn remember_input(path: &Path) {
    if let (Ok(real), Ok(mut inputs)) = (fs::canonicalize(path), INPUTS.lock()) {
        inputs.insert(real);
    }
}

fn is_input(path: &Path) -> bool {
    let Ok(real) = fs::canonicalize(path) else {
        return false;
    };
    INPUTS.lock().is_ok_and(|inputs| inputs.contains(&real))
}

/// Reads at most `limit` + 1 bytes, whatever the file system says the size
/// is: files under `/proc` say 0 and can be endless.
fn read_bounded(path: &Path, limit: usize) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    fs::File::open(path)?
        .take(limit as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Reads a plan or template file as text.
pub(super) fn read_source(path: &Path) -> Result<Source, ReadError> {
    let name = sipplan::privacy::shown_path(path);
    let cannot_read = |e: io::Error| {
        ReadError::Unreadable(msg!("file-cannot-read", file = &name, why = io_reason(&e)))
    };
    let meta = fs::metadata(path).map_err(cannot_read)?;
    if meta.is_dir() {
        return Err(ReadError::Unreadable(msg!("file-is-folder", file = &name)));
    }
    if !meta.is_file() {
        return Err(ReadError::Unreadable(msg!(
            "file-not-regular",
            file = &name
        )));
    }
    if meta.len() > MAX_FILE_BYTES as u64 {
        // Refuse before reading it all into memory.
        return Err(ReadError::NotText(sipplan::source::too_large(meta.len())));
    }
    let bytes = read_bounded(path, MAX_FILE_BYTES).map_err(cannot_read)?;
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ReadError::NotText(sipplan::source::too_large(
            bytes.len() as u64
        )));
    }
    remember_input(path);
    if let Some(kind) = sipplan::sniff::binary_kind(&bytes) {
        return Err(ReadError::Unreadable(msg!(
            "file-binary",
            file = &name,
            kind = kind
        )));
    }
    Source::from_bytes(&name, &bytes, Format::from_file_name(&name))
        // One file by two paths (`mallar/../mallar/egen.ron`) is one file
        // to the circle check of templates.
        .map(|source| source.at(lexical(path).display().to_string()))
        .map_err(ReadError::NotText)
}

/// `path` with `.` and `folder/..` taken out, as written otherwise (a link
/// is not followed: a circle through links ends at the chain's bound).
fn lexical(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for part in path.components() {
        match (part, out.components().next_back()) {
            (Component::CurDir, _) => {}
            (Component::ParentDir, Some(Component::Normal(_))) => {
                out.pop();
            }
            (Component::ParentDir, Some(Component::RootDir)) => {}
            (other, _) => out.push(other),
        }
    }
    out
}

/// A file-system error in words, without Rust's `(os error 2)` noise.
pub(super) fn io_reason(e: &io::Error) -> Message {
    match e.kind() {
        io::ErrorKind::NotFound => msg!("io-not-found"),
        io::ErrorKind::PermissionDenied => msg!("io-permission"),
        io::ErrorKind::StorageFull => msg!("io-disk-full"),
        io::ErrorKind::ReadOnlyFilesystem => msg!("io-read-only"),
        _ => {
            // The system's own words; rare enough not to translate.
            let text = e.to_string();
            let text = match text.find(" (os error") {
                Some(i) => text[..i].to_lowercase(),
                None => text,
            };
            msg!("io-other", why = text)
        }
    }
}

/// The plan files named: files as given, folders searched for .ron and
/// .json files (sorted, not recursing).
pub(super) fn plan_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Message> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let entries = fs::read_dir(path).map_err(|e| {
                let folder = sipplan::privacy::shown_path(path);
                msg!("folder-cannot-read", folder = folder, why = io_reason(&e))
            })?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    p.is_file()
                        && matches!(p.extension().and_then(|e| e.to_str()), Some("ron" | "json"))
                })
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

/// Makes `folder` when it does not exist but the folder it would be in
/// does (one level: a mistyped path deeper down is not made), and says so.
/// Whether it was made; an error when it is neither there nor makeable.
pub(super) fn make_folder(folder: &Path) -> io::Result<bool> {
    if folder.is_dir() {
        return Ok(false);
    }
    if !folder_of(folder).is_dir() || folder.exists() {
        return Err(io::Error::from(io::ErrorKind::NotFound));
    }
    fs::create_dir(folder)?;
    let shown = sipplan::privacy::shown_path(folder);
    let said = super::language::t(msg!("write-made-folder", folder = shown));
    let _ = writeln!(io::stderr(), "sipplan: {said}");
    Ok(true)
}

/// Writes a file so that it is either complete or not there at all: the bytes
/// go to a temporary file in the same folder, which is then renamed.
pub(super) fn write_atomically(path: &Path, bytes: &[u8], force: bool) -> Result<(), Message> {
    write_atomically_with(path, force, |file| file.write_all(bytes))
}

/// [`write_atomically`] with the writing itself passed in, so that tests can
/// make it fail like a full disk does.
pub(super) fn write_atomically_with(
    path: &Path,
    force: bool,
    write: impl FnOnce(&mut fs::File) -> io::Result<()>,
) -> Result<(), Message> {
    let name = sipplan::privacy::shown_path(path);
    if path.is_dir() {
        return Err(msg!("write-is-folder", file = &name));
    }
    if is_input(path) {
        return Err(msg!("write-is-input", file = &name));
    }
    if !force && path.exists() {
        return Err(msg!("write-exists", file = &name));
    }
    let folder = folder_of(path);
    let made = make_folder(folder).map_err(|_| {
        let folder = sipplan::privacy::shown_path(folder);
        msg!("write-no-folder", file = &name, folder = folder)
    })?;
    let written = write_in(folder, path, force, write)
        .map_err(|e| msg!("write-cannot", file = &name, why = io_reason(&e)));
    // A folder made for this file goes with it; the temporary file is
    // gone by now, so the folder is empty.
    if made && written.is_err() {
        let _ = fs::remove_dir(folder);
    }
    written
}

/// The folder a file is in: `.` for a bare file name.
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// The writing of [`write_atomically_with`]: a temporary file in `folder`,
/// renamed to `path` when it is whole. Dropping the temporary file on any
/// error removes it; Ctrl-C removes it too (`interrupt`).
fn write_in(
    folder: &Path,
    path: &Path,
    force: bool,
    write: impl FnOnce(&mut fs::File) -> io::Result<()>,
) -> io::Result<()> {
    let mut temp = super::interrupt::temporary(folder, 0o666)?;
    write(temp.as_file())?;
    temp.as_file().sync_all()?;
    let persisted = temp.finish(|file| {
        if force {
            file.persist(path).map(drop)
        } else {
            file.persist_noclobber(path).map(drop)
        }
    });
    persisted.map_err(|e| e.error)
}

/// A plan file locked against other sipplan runs that record a deviation
/// in it, from before it is read until it has been replaced: two runs at
/// once keep both deviations, the second reading what the first wrote.
pub(super) struct PlanLock {
    _file: fs::File,
    /// The file itself: a symbolic link's target.
    pub real: PathBuf,
}

/// Locks the plan file at `path` (following a link). A plan with several
/// names (hard links) is refused: replacing it would part them.
pub(super) fn lock_plan(path: &Path) -> Result<PlanLock, Message> {
    let name = sipplan::privacy::shown_path(path);
    let fail = |e: io::Error| msg!("file-cannot-read", file = &name, why = io_reason(&e));
    loop {
        let real = fs::canonicalize(path).map_err(fail)?;
        let file = fs::File::open(&real).map_err(fail)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            use std::os::unix::io::AsRawFd;
            // SAFETY: a lock on a file descriptor owned here.
            if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) } != 0 {
                return Err(fail(io::Error::last_os_error()));
            }
            let locked = file.metadata().map_err(fail)?;
            // Another run may have replaced the file while this one waited.
            let now = fs::metadata(&real).map_err(fail)?;
            if (now.dev(), now.ino()) != (locked.dev(), locked.ino()) {
                continue;
            }
            if locked.nlink() > 1 {
                return Err(msg!("record-hard-links", file = &name));
            }
        }
        return Ok(PlanLock { _file: file, real });
    }
}

/// Replaces the locked plan file by `bytes`, whole or not at all, keeping
/// its permissions and its owner.
pub(super) fn replace_plan(lock: &PlanLock, bytes: &[u8]) -> Result<(), Message> {
    let name = sipplan::privacy::shown_path(&lock.real);
    let fail = |e: io::Error| msg!("write-cannot", file = &name, why = io_reason(&e));
    let folder = lock.real.parent().unwrap_or(Path::new("."));
    let meta = fs::metadata(&lock.real).map_err(fail)?;
    // Private until its permissions are the plan's.
    let mut temp = super::interrupt::temporary(folder, 0o600).map_err(fail)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let made = temp.as_file().metadata().map_err(fail)?;
        if (made.uid(), made.gid()) != (meta.uid(), meta.gid()) {
            std::os::unix::fs::fchown(temp.as_file(), Some(meta.uid()), Some(meta.gid()))
                .map_err(|_| msg!("record-owner", file = &name))?;
        }
        let mode = fs::Permissions::from_mode(meta.mode() & 0o7777);
        temp.as_file().set_permissions(mode).map_err(fail)?;
    }
    temp.as_file().write_all(bytes).map_err(fail)?;
    temp.as_file().sync_all().map_err(fail)?;
    let real = lock.real.clone();
    temp.finish(|file| file.persist(&real).map(drop))
        .map_err(|e| fail(e.error))
}

/// Templates and logos from the file system, relative to the file that names them.
pub(super) struct FsFiles;

impl FsFiles {
    /// Where a file named in `from` is: relative to `from`'s folder.
    pub(super) fn path(name: &str, from: &Source) -> PathBuf {
        let base = Path::new(&from.location).parent().unwrap_or(Path::new(""));
        if from.location.is_empty() || from.builtin {
            PathBuf::from(name)
        } else {
            base.join(name)
        }
    }

    /// [`Self::path`], refused when it leads out of the folder of the file
    /// that names it (a plan's template, a template's `extends` and logo):
    /// a plan from someone else must not make sipplan read `/etc/shadow`.
    /// What the user names (`--template`) may be anywhere.
    fn inside(name: &str, from: &Source) -> Result<PathBuf, Message> {
        let path = Self::path(name, from);
        if from.location.is_empty() || from.builtin {
            return Ok(path);
        }
        let folder = folder_of(Path::new(&from.location));
        let (Ok(real), Ok(real_folder)) = (fs::canonicalize(&path), fs::canonicalize(folder))
        else {
            // Not there: reading it says so.
            return Ok(path);
        };
        match real.starts_with(&real_folder) {
            true => Ok(path),
            false => Err(msg!(
                "file-outside",
                file = sipplan::privacy::shown_path(Path::new(name)),
                folder = sipplan::privacy::shown_path(&real_folder)
            )),
        }
    }
}

impl Files for FsFiles {
    fn locate(&self, name: &str, from: &Source) -> String {
        Self::path(name, from).display().to_string()
    }

    fn template(&self, name: &str, from: &Source) -> Result<Source, Message> {
        let path = Self::inside(name, from)?;
        match read_source(&path) {
            Ok(source) => Ok(source),
            Err(ReadError::Unreadable(message)) => Err(message),
            Err(ReadError::NotText(diagnostic)) => Err(msg!(
                "file-named",
                file = sipplan::privacy::shown_path(&path),
                why = diagnostic.message
            )),
        }
    }

    fn bytes(&self, name: &str, from: &Source) -> Result<Vec<u8>, Message> {
        let path = Self::inside(name, from)?;
        let file = sipplan::privacy::shown_path(&path);
        let fail = |e: io::Error| msg!("file-named", file = &file, why = io_reason(&e));
        let meta = fs::metadata(&path).map_err(fail)?;
        if !meta.is_file() {
            return Err(msg!("file-not-regular", file = &file));
        }
        if meta.len() > sipplan::image::MAX_BYTES as u64 {
            let (size, max) = (meta.len() / 1024, sipplan::image::MAX_BYTES / 1024);
            return Err(msg!("file-too-large", file = &file, size = size, max = max));
        }
        let bytes = read_bounded(&path, sipplan::image::MAX_BYTES).map_err(fail)?;
        if bytes.len() > sipplan::image::MAX_BYTES {
            let max = sipplan::image::MAX_BYTES / 1024;
            return Err(msg!(
                "file-too-large",
                file = &file,
                size = bytes.len() / 1024,
                max = max
            ));
        }
        remember_input(&path);
        Ok(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_disk_leaves_neither_the_file_nor_a_temporary_one() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("plan.pdf");
        let result = write_atomically_with(&target, false, |file| {
            file.write_all(b"%PDF-1.3 half")?;
            Err(io::Error::from_raw_os_error(28)) // ENOSPC
        });
        let message = sipplan::message::Lang::En.text(&result.unwrap_err());
        assert!(message.contains("the disk is full"), "{message}");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_failed_write_keeps_the_old_file_when_forced() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("plan.pdf");
        fs::write(&target, "old").unwrap();
        let result =
            write_atomically_with(&target, true, |_| Err(io::Error::from_raw_os_error(28)));
        assert!(result.is_err());
        assert_eq!(fs::read_to_string(&target).unwrap(), "old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_written_file_gets_the_permissions_of_the_umask() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("plan.pdf");
        write_atomically(&target, b"%PDF", false).unwrap();
        // The expected mode is what the system gives any new file here.
        let probe = dir.path().join("probe");
        fs::File::create(&probe).unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&target), mode(&probe));
    }
}
