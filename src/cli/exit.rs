//! The exit codes: 0 valid (warnings allowed), 1 a plan is invalid, 2 a
//! file could not be read or written, or the command was wrong.

/// Exit code for invalid input.
pub(super) const INVALID: u8 = 1;
/// Exit code for a file that could not be read or written.
pub(super) const IO_ERROR: u8 = 2;
