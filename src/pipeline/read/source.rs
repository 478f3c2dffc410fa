//! Reading input files safely: size limit, UTF-8, no binary content.

use std::path::Path;

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
    fn reports_missing_file() {
        let err = read_text(Path::new("/nonexistent/parallax/seed.txt")).unwrap_err();
        assert!(matches!(err.kind, ErrorKind::Io(_)));
        assert!(err.to_string().starts_with("/nonexistent/parallax/seed.txt: cannot read file"));
    }
}
