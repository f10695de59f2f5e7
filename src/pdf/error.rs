//! Why a PDF could not be produced.

use thiserror::Error;

/// Why a PDF could not be produced.
#[derive(Debug, Error)]
pub enum PdfError {
    /// An embedded font could not be read (a broken build).
    #[error("the embedded font could not be read")]
    Font,
    /// The creation time is outside what a PDF date can hold.
    #[error("the creation time {0} cannot be written as a PDF date")]
    Date(i64),
    /// Serialising the document failed.
    #[error("the PDF could not be written: {0}")]
    Write(#[from] std::io::Error),
}

impl PdfError {
    /// Why, in the words of the message catalogue.
    pub fn message(&self) -> crate::message::Message {
        match self {
            PdfError::Font => crate::msg!("pdf-font"),
            PdfError::Date(seconds) => crate::msg!("pdf-date", seconds = *seconds),
            PdfError::Write(e) => crate::msg!("pdf-write", why = e.to_string()),
        }
    }
}
