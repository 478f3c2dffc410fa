//! Reading input files safely: size limit, UTF-8, no binary content.
//!
//! The pipeline reads through [`Files`], so the same steps run on a folder
//! on disk (the corpus tool) and on a folder held in memory (the workbench,
//! in the browser, where there is no file system).

use std::collections::BTreeMap;
use std::path::{Component, Path};

use crate::pipeline::error::{line_of, Error, ErrorKind, Result};

/// Largest seed or configuration file the tool accepts (4 MiB): an opinion
/// article is a few KB; anything this large is almost surely the wrong file.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Reads `path` as UTF-8 text, refusing missing, empty, oversized, non-UTF-8
/// and binary files with an error naming the file (and line where there is one).
pub fn read_text(path: &Path) -> Result<String> {
    let meta = std::fs::metadata(path).map_err(|e| Error::new(path, None, ErrorKind::Io(e)))?;
    if !meta.is_file() {
        return Err(Error::new(path, None, ErrorKind::Io(std::io::Error::other("not a regular file"))));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Error::new(path, None, ErrorKind::TooLarge { bytes: meta.len(), limit: MAX_FILE_BYTES }));
    }
    let bytes = std::fs::read(path).map_err(|e| Error::new(path, None, ErrorKind::Io(e)))?;
    decode(path, bytes)
}

/// Where the pipeline's input files come from.
pub trait Files {
    /// The text of `path`, checked as [`read_text`] checks a file on disk.
    fn read_text(&self, path: &Path) -> Result<String>;
}

/// Files on disk.
#[derive(Clone, Copy, Debug, Default)]
pub struct Disk;

impl Files for Disk {
    fn read_text(&self, path: &Path) -> Result<String> {
        read_text(path)
    }
}

/// A seeds folder held in memory: relative path (`/`-separated) to bytes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Memory {
    /// The files, by path relative to the folder.
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Memory {
    /// A folder of `(path, bytes)` pairs.
    pub fn new(files: impl IntoIterator<Item = (String, Vec<u8>)>) -> Memory {
        Memory { files: files.into_iter().collect() }
    }
}

impl Files for Memory {
    fn read_text(&self, path: &Path) -> Result<String> {
        // Only paths inside the folder: the corpus tool could not follow a
        // `..` or an absolute path in a folder it is given either.
        let mut key: Vec<String> = Vec::new();
        for c in path.components() {
            match c {
                Component::Normal(part) => key.push(part.to_string_lossy().into_owned()),
                Component::CurDir => {}
                _ => {
                    return Err(Error::new(
                        path,
                        None,
                        ErrorKind::Io(std::io::Error::other("the path leaves the folder")),
                    ))
                }
            }
        }
        let key = key.join("/");
        let Some(bytes) = self.files.get(&key) else {
            return Err(Error::new(
                path,
                None,
                ErrorKind::Io(std::io::Error::other("no such file in the folder")),
            ));
        };
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(Error::new(
                path,
                None,
                ErrorKind::TooLarge { bytes: bytes.len() as u64, limit: MAX_FILE_BYTES },
            ));
        }
        decode(path, bytes.clone())
    }
}

/// Checks and decodes bytes already read from `path`.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String> {
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let line = bytes[..valid].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
            return Err(Error::new(path, Some(line), ErrorKind::NotUtf8));
        }
    };
    if let Some(pos) = text.find(|c: char| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return Err(Error::new(path, Some(line_of(&text, pos)), ErrorKind::Binary));
    }
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(Error::new(path, None, ErrorKind::Empty));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn p() -> PathBuf {
        PathBuf::from("seeds/x.txt")
    }

    #[test]
    fn accepts_plain_text() {
        assert_eq!(decode(&p(), b"Hello.\n".to_vec()).unwrap(), "Hello.\n");
    }

    #[test]
    fn rejects_empty_and_blank() {
        for input in [&b""[..], b"  \n\n\t"] {
            let err = decode(&p(), input.to_vec()).unwrap_err();
            assert!(matches!(err.kind, ErrorKind::Empty), "{err}");
        }
    }

    #[test]
    fn names_the_line_of_invalid_utf8() {
        let err = decode(&p(), b"one\ntwo\nthr\xffee".to_vec()).unwrap_err();
        assert!(matches!(err.kind, ErrorKind::NotUtf8));
        assert_eq!(err.line, Some(3));
        assert_eq!(err.to_string(), "seeds/x.txt:3: not valid UTF-8 text");
    }

    #[test]
    fn rejects_binary() {
        let err = decode(&p(), b"text\n\x00\x01\x02".to_vec()).unwrap_err();
        assert!(matches!(err.kind, ErrorKind::Binary));
        assert_eq!(err.line, Some(2));
    }

    #[test]
    fn memory_folder_checks_as_the_disk_does() {
        let m = Memory::new([("a.txt".to_string(), b"Hi.\n".to_vec()), ("b/c.txt".into(), b"\xff".to_vec())]);
        assert_eq!(m.read_text(Path::new("a.txt")).unwrap(), "Hi.\n");
        assert_eq!(
            m.read_text(Path::new("./b/c.txt")).unwrap_err().to_string(),
            "./b/c.txt:1: not valid UTF-8 text"
        );
        assert!(matches!(m.read_text(Path::new("d.txt")).unwrap_err().kind, ErrorKind::Io(_)));
        assert!(m.read_text(Path::new("b/../a.txt")).unwrap_err().to_string().contains("leaves the folder"));
    }

    #[test]
    fn reports_missing_file() {
        let err = read_text(Path::new("/nonexistent/parallax/seed.txt")).unwrap_err();
        assert!(matches!(err.kind, ErrorKind::Io(_)));
        assert!(err.to_string().starts_with("/nonexistent/parallax/seed.txt: cannot read file"));
    }
}
