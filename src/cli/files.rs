//! The file system: reading plans, templates and logos, and writing files
//! so that they are complete or not there at all.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use sipplan::diagnostic::Diagnostic;
use sipplan::load::{Format, MAX_FILE_BYTES, Source};
use sipplan::template::Files;

/// Reads a plan file: the outer error is a file-system problem (exit 2),
/// the inner one a file that is not a readable plan (exit 1).
pub(super) fn read_source(path: &Path) -> Result<Result<Source, Diagnostic>, String> {
    let name = sipplan::privacy::shown_path(path);
    let meta =
        fs::metadata(path).map_err(|e| format!("cannot read `{name}`: {}", io_reason(&e)))?;
    if meta.is_dir() {
        return Err(format!("`{name}` is a folder, not a plan file"));
    }
    if !meta.is_file() {
        return Err(format!("`{name}` is not a regular file"));
    }
    if meta.len() > MAX_FILE_BYTES as u64 {
        // Refuse before reading it all into memory.
        return Ok(Err(sipplan::load::too_large(meta.len())));
    }
    let bytes = fs::read(path).map_err(|e| format!("cannot read `{name}`: {}", io_reason(&e)))?;
    if let Some(kind) = sipplan::load::binary_kind(&bytes) {
        return Err(format!(
            "`{name}` is {kind}; sipplan reads plan files written as text: start one with `sipplan new`"
        ));
    }
    let display = name.to_string();
    Ok(Source::from_bytes(
        &display,
        &bytes,
        Format::from_file_name(&display),
    ))
}

/// A file-system error in words, without Rust's `(os error 2)` noise.
pub(super) fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "there is no such file".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::StorageFull => "the disk is full".into(),
        io::ErrorKind::ReadOnlyFilesystem => "the disk or folder is read-only".into(),
        _ => {
            let text = e.to_string();
            match text.find(" (os error") {
                Some(i) => text[..i].to_lowercase(),
                None => text,
            }
        }
    }
}

/// The plan files named: files as given, folders searched for .ron and
/// .json files (sorted, not recursing).
pub(super) fn plan_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let entries = fs::read_dir(path).map_err(|e| {
                format!(
                    "cannot read the folder `{}`: {}",
                    path.display(),
                    io_reason(&e)
                )
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

/// Writes a file so that it is either complete or not there at all: the bytes
/// go to a temporary file in the same folder, which is then renamed.
pub(super) fn write_atomically(path: &Path, bytes: &[u8], force: bool) -> Result<(), String> {
    write_atomically_with(path, force, |file| file.write_all(bytes))
}

/// [`write_atomically`] with the writing itself passed in, so that tests can
/// make it fail like a full disk does.
pub(super) fn write_atomically_with(
    path: &Path,
    force: bool,
    write: impl FnOnce(&mut fs::File) -> io::Result<()>,
) -> Result<(), String> {
    let name = path.display();
    if path.is_dir() {
        return Err(format!(
            "`{name}` is a folder: give a file name, e.g. `{name}/plan.pdf`"
        ));
    }
    if !force && path.exists() {
        return Err(format!(
            "`{name}` already exists; add --force to replace it"
        ));
    }
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(format!(
            "cannot write `{name}`: the folder `{}` does not exist",
            folder.display()
        ));
    }
    let fail = |e: io::Error| format!("cannot write `{name}`: {}", io_reason(&e));
    // Dropping the temporary file on any error below removes it.
    let mut temp = temporary_file().tempfile_in(folder).map_err(fail)?;
    write(temp.as_file_mut()).map_err(fail)?;
    temp.as_file().sync_all().map_err(fail)?;
    let persisted = if force {
        temp.persist(path).map(drop)
    } else {
        temp.persist_noclobber(path).map(drop)
    };
    persisted.map_err(|e| fail(e.error))
}

/// A temporary file that gets the permissions any new file gets (0644 under
/// umask 022, like `cp`), not tempfile's private 0600: colleagues who may
/// read the folder can read the PDF.
fn temporary_file() -> tempfile::Builder<'static, 'static> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".sipplan-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // The system takes the umask off these bits when it creates the file.
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    builder
}

/// Templates and logos from the file system, relative to the file that names them.
pub(super) struct FsFiles;

impl FsFiles {
    /// Where a file named in `from` is: relative to `from`'s folder.
    pub(super) fn path(name: &str, from: &Source) -> PathBuf {
        let base = Path::new(&from.name).parent().unwrap_or(Path::new(""));
        if from.name.is_empty() || from.name.starts_with("built-in") {
            PathBuf::from(name)
        } else {
            base.join(name)
        }
    }
}

impl Files for FsFiles {
    fn locate(&self, name: &str, from: &Source) -> String {
        Self::path(name, from).display().to_string()
    }

    fn template(&self, name: &str, from: &Source) -> Result<Source, String> {
        let path = Self::path(name, from);
        match read_source(&path)? {
            Ok(source) => Ok(source),
            Err(diagnostic) => Err(format!("`{}`: {}", path.display(), diagnostic.message)),
        }
    }

    fn bytes(&self, name: &str, from: &Source) -> Result<Vec<u8>, String> {
        let path = Self::path(name, from);
        let meta =
            fs::metadata(&path).map_err(|e| format!("`{}`: {}", path.display(), io_reason(&e)))?;
        if !meta.is_file() {
            return Err(format!("`{}` is not a file", path.display()));
        }
        if meta.len() > sipplan::image::MAX_BYTES as u64 {
            return Err(format!(
                "`{}` is {} KB; the limit is {} KB",
                path.display(),
                meta.len() / 1024,
                sipplan::image::MAX_BYTES / 1024
            ));
        }
        fs::read(&path).map_err(|e| format!("`{}`: {}", path.display(), io_reason(&e)))
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
        let message = result.unwrap_err();
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
