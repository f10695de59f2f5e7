//! What stops a command, and the exit code it ends with.

use std::io;
use std::process::ExitCode;

use super::exit::IO_ERROR;

/// Why a command could not finish. A plan that is not valid is not an
/// error here: that is a report (exit code 1) the command returns.
#[derive(Debug, thiserror::Error)]
pub(super) enum CliError {
    /// A file, folder or argument that cannot be used; the message says
    /// which and why. Exit code 2.
    #[error("{0}")]
    Failed(String),
    /// The terminal's reader went away (`sipplan check … | head` has read
    /// enough): the command ends quietly.
    #[error("the output pipe was closed (never shown)")]
    PipeClosed,
}

impl CliError {
    /// The exit code the program ends with.
    pub(super) fn exit_code(&self) -> ExitCode {
        match self {
            CliError::Failed(_) => ExitCode::from(IO_ERROR),
            CliError::PipeClosed => ExitCode::SUCCESS,
        }
    }
}

impl From<String> for CliError {
    fn from(message: String) -> Self {
        CliError::Failed(message)
    }
}

impl From<&str> for CliError {
    fn from(message: &str) -> Self {
        CliError::Failed(message.to_owned())
    }
}

/// A file or folder that cannot be used, in the terminal's language.
impl From<sipplan::message::Message> for CliError {
    fn from(message: sipplan::message::Message) -> Self {
        CliError::Failed(super::language::t(message))
    }
}

/// A failed write to the terminal.
impl From<io::Error> for CliError {
    fn from(e: io::Error) -> Self {
        if e.kind() == io::ErrorKind::BrokenPipe {
            CliError::PipeClosed
        } else {
            let why = e.to_string();
            CliError::Failed(super::language::t(sipplan::msg!(
                "terminal-cannot-write",
                why = why
            )))
        }
    }
}
