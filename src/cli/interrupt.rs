//! Ctrl-C and SIGTERM: the temporary files this run started are removed,
//! the run says it was interrupted and ends with 130 (SIGINT) or 143
//! (SIGTERM). For what no program can catch (kill -9, power loss) each
//! temporary file carries the number of the process that made it
//! (`.sipplan-<pid>-XXXXXX`), so that the next run that writes in that
//! folder finds the leftovers of runs that are gone, removes them and says so.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use sipplan::msg;

use super::language::t;

/// The temporary files being written, and the folders already swept.
struct State {
    temporaries: Vec<PathBuf>,
    swept: Vec<PathBuf>,
}

static STATE: Mutex<State> = Mutex::new(State {
    temporaries: Vec::new(),
    swept: Vec::new(),
});

fn state() -> MutexGuard<'static, State> {
    STATE.lock().unwrap_or_else(|e| e.into_inner())
}

/// The start of every temporary file's name.
pub(super) const PREFIX: &str = ".sipplan-";

/// Takes Ctrl-C and SIGTERM away from the threads that work and gives them
/// to one that waits for them. Called before any other thread starts, so
/// that every thread inherits the blocked signals. A signal the shell had
/// ignored (a background job) stays ignored.
pub(super) fn install() {
    #[cfg(unix)]
    // SAFETY: plain calls on a signal set owned here; sigwait runs in a
    // thread of its own.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::sigaddset(&mut set, libc::SIGTERM);
        if libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut()) != 0 {
            return;
        }
        let waiter = std::thread::Builder::new().name("signals".into());
        let spawned = waiter.spawn(move || {
            loop {
                let mut signal = 0;
                if libc::sigwait(&set, &mut signal) == 0 {
                    interrupted(signal);
                }
            }
        });
        if spawned.is_err() {
            libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        }
    }
}

/// Removes what this run started and ends the process. The lock is held to
/// the end, so no temporary file is made or renamed after this point.
#[cfg(unix)]
fn interrupted(signal: i32) {
    let mut state = state();
    for path in state.temporaries.drain(..) {
        let _ = fs::remove_file(path);
    }
    say!("sipplan: {}", t(msg!("run-interrupted")));
    // SAFETY: ends the process at once; other threads may hold the
    // terminal's locks, which `exit` would wait for.
    unsafe { libc::_exit(128 + signal) }
}

/// A temporary file known to the signal handler until it is renamed or dropped.
pub(super) struct Temporary {
    // Dropped first: the file is removed before it is forgotten.
    file: tempfile::NamedTempFile,
    registered: Registered,
}

/// A temporary file's place in the signal handler's list.
struct Registered(PathBuf);

impl Drop for Registered {
    fn drop(&mut self) {
        state().temporaries.retain(|p| *p != self.0);
    }
}

/// Makes a temporary file in `folder`, first removing the leftovers of
/// runs that are gone. `mode` is what the file gets before the umask.
pub(super) fn temporary(folder: &Path, mode: u32) -> io::Result<Temporary> {
    let mut state = state();
    let key = folder.to_path_buf();
    if !state.swept.contains(&key) {
        state.swept.push(key);
        sweep(folder);
    }
    let mut builder = tempfile::Builder::new();
    let prefix = format!("{PREFIX}{}-", std::process::id());
    builder.prefix(&prefix);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // The system takes the umask off these bits when it creates the file.
        builder.permissions(fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    let _ = mode;
    let file = builder.tempfile_in(folder)?;
    let path = file.path().to_path_buf();
    state.temporaries.push(path.clone());
    Ok(Temporary {
        file,
        registered: Registered(path),
    })
}

impl Temporary {
    /// The open file.
    pub(super) fn as_file(&mut self) -> &mut fs::File {
        self.file.as_file_mut()
    }

    /// Renames the file with `rename`, with the signal handler kept out
    /// while it does: the file is either renamed or removed, never left.
    pub(super) fn finish<R>(self, rename: impl FnOnce(tempfile::NamedTempFile) -> R) -> R {
        let Temporary { file, registered } = self;
        let mut state = state();
        let result = rename(file);
        state.temporaries.retain(|p| *p != registered.0);
        drop(state);
        result
    }
}

/// Removes `.sipplan-<pid>-…` files in `folder` whose process is gone.
fn sweep(folder: &Path) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    let mut removed = 0usize;
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix(PREFIX))
            .and_then(|rest| rest.split_once('-'))
            .and_then(|(pid, _)| pid.parse::<u32>().ok())
        else {
            continue;
        };
        let regular = entry.file_type().is_ok_and(|t| t.is_file());
        if regular && !alive(pid) && fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    if removed > 0 {
        let folder = sipplan::privacy::shown_path(folder);
        say!(
            "sipplan: {}",
            t(msg!("leftovers-removed", count = removed, folder = folder))
        );
    }
}

/// Whether a process with this number runs (on this machine).
fn alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else {
            return false;
        };
        // SAFETY: signal 0 only asks whether the process exists.
        let answer = unsafe { libc::kill(pid, 0) };
        answer == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
    }
    #[cfg(not(unix))]
    true
}
