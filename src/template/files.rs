//! Where the files a template names come from: the library never opens
//! files, the CLI implements [`Files`] with the file system.

use crate::message::Message;
use crate::msg;
use crate::source::Source;

/// Where templates and logos named by a template come from. `Sync`, so
/// that one [`Resolver`](super::Resolver) serves plans checked in parallel.
pub trait Files: Sync {
    /// The template file `name`, relative to the template `from` that names it.
    fn template(&self, name: &str, from: &Source) -> Result<Source, Message>;
    /// The bytes of the file `name`, relative to the template `from`.
    fn bytes(&self, name: &str, from: &Source) -> Result<Vec<u8>, Message>;
    /// Which file `name`, named in `from`, is: two names for one file give
    /// the same answer (e.g. the path relative to `from`'s folder). It tells
    /// templates apart in the [`Resolver`](super::Resolver)'s cache.
    fn locate(&self, name: &str, _from: &Source) -> String {
        name.to_owned()
    }
}

/// For templates that name no files: every file request fails.
pub struct NoFiles;

impl Files for NoFiles {
    fn template(&self, name: &str, _: &Source) -> Result<Source, Message> {
        Err(msg!("not-builtin", name = name))
    }

    fn bytes(&self, name: &str, _: &Source) -> Result<Vec<u8>, Message> {
        Err(msg!("no-files", name = name))
    }
}
