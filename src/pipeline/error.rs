//! Typed errors of the corpus tool. Every error names the file it concerns
//! and, where there is one, the 1-based line, so a message reads like a
//! compiler's: `seeds/corpus.toml:12: duplicate article id "x"`.

use std::fmt;
use std::path::{Path, PathBuf};

/// An error that stops the build, with the file (and line) it concerns.
#[derive(Debug)]
pub struct Error {
    /// The file the error concerns.
    pub file: PathBuf,
    /// 1-based line in that file, where known.
    pub line: Option<u32>,
    /// What went wrong.
    pub kind: ErrorKind,
}

/// What went wrong.
#[derive(Debug)]
pub enum ErrorKind {
    /// The file could not be read (missing, unreadable).
    Io(std::io::Error),
    /// The output could not be written.
    Write(std::io::Error),
    /// The file is empty or holds only whitespace.
    Empty,
    /// The file is larger than the limit.
    TooLarge {
        /// Size of the file in bytes.
        bytes: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The bytes are not valid UTF-8.
    NotUtf8,
    /// The file holds binary data (NUL or other control bytes).
    Binary,
    /// TOML syntax or shape error.
    Toml(String),
    /// The content is well-formed but inconsistent (duplicate id, unknown reference...).
    Invalid(String),
}

impl Error {
    /// A new error about `file`.
    pub fn new(file: impl AsRef<Path>, line: Option<u32>, kind: ErrorKind) -> Self {
        Error { file: file.as_ref().to_path_buf(), line, kind }
    }

    /// A consistency error about `file` at `line`.
    pub fn invalid(file: impl AsRef<Path>, line: Option<u32>, msg: impl Into<String>) -> Self {
        Error::new(file, line, ErrorKind::Invalid(msg.into()))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": ")?;
        match &self.kind {
            ErrorKind::Io(e) => write!(f, "cannot read file: {e}"),
            ErrorKind::Write(e) => write!(f, "cannot write file: {e}"),
            ErrorKind::Empty => write!(f, "file is empty"),
            ErrorKind::TooLarge { bytes, limit } => {
                write!(f, "file is {bytes} bytes, over the {limit}-byte limit")
            }
            ErrorKind::NotUtf8 => write!(f, "not valid UTF-8 text"),
            ErrorKind::Binary => write!(f, "binary data (control bytes) in a text file"),
            ErrorKind::Toml(msg) => write!(f, "malformed TOML: {msg}"),
            ErrorKind::Invalid(msg) => write!(f, "{msg}"),
        }
    }
}

/// The message already includes any underlying I/O error, so the error has
/// no separate source: one line says it all.
impl std::error::Error for Error {}

/// Result with the tool's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The 1-based line holding byte `offset` of `text`.
pub fn line_of(text: &str, offset: usize) -> u32 {
    let end = offset.min(text.len());
    text.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count() as u32 + 1
}
