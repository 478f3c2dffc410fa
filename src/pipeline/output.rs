//! Writing `corpus.json`: deterministic bytes, a content hash, and an atomic
//! replace so a failed build never leaves a partial or corrupt file behind.

use std::io::Write;
use std::path::Path;

use sha2::{Digest, Sha256};

use super::error::{Error, ErrorKind, Result};
use crate::model::Corpus;

/// Hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The content hash: SHA-256 of the corpus serialised with an empty hash field.
pub fn content_hash(corpus: &Corpus) -> String {
    let mut c = corpus.clone();
    c.content_hash = String::new();
    sha256_hex(serde_json::to_string(&c).expect("the corpus model always serialises").as_bytes())
}

/// Serialises the corpus to compact JSON with its `content_hash` filled in.
/// Same corpus, same bytes.
pub fn to_json(corpus: &Corpus) -> String {
    let mut c = corpus.clone();
    c.content_hash = content_hash(corpus);
    let mut json = serde_json::to_string(&c).expect("the corpus model always serialises");
    json.push('\n');
    json
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a
/// rename: readers see the old file or the new one, never a mix.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let io = |e| Error::new(path, None, ErrorKind::Write(e));
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path.file_name().ok_or_else(|| Error::invalid(path, None, "output path has no file name"))?;
    let tmp = dir.join(format!(".{}.tmp-{}", name.to_string_lossy(), std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(io)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_of_empty() {
        assert_eq!(sha256_hex(b""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    #[test]
    fn atomic_write_replaces_and_leaves_no_temp() {
        let dir = std::env::temp_dir().join(format!("parallax-out-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("corpus.json");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 1, "{names:?}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn write_into_missing_folder_fails_cleanly() {
        let err = write_atomic(Path::new("/nonexistent/parallax/corpus.json"), b"x").unwrap_err();
        assert!(err.to_string().starts_with("/nonexistent/parallax/corpus.json: cannot write file"), "{err}");
    }
}
