//! The raw codings of the stances (`seeds/codings/first.toml`,
//! `second.toml`): each reader's stance, evidence and notes for every claim
//! and article, kept verbatim as evidence of how the positions were made
//! (see `docs/coding-guide.md`). The build checks them against the corpus
//! and the viewpoints file against them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::model::{Corpus, Stance};
use crate::pipeline::error::{line_of, Error, Result};
use crate::pipeline::read::manifest::parse_toml;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    codings: BTreeMap<Spanned<String>, BTreeMap<String, Spanned<CodedEntry>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CodedEntry {
    stance: Stance,
    #[serde(default)]
    evidence: Vec<String>,
    #[serde(default)]
    via: Option<String>,
    #[serde(default)]
    note: Option<String>,
}

/// One reader's coding of one position.
#[derive(Clone, Debug, PartialEq)]
pub struct Coded {
    /// The stance.
    pub stance: Stance,
    /// The sentences it rests on.
    pub evidence: Vec<String>,
    /// Whose words it rests on, if someone else's.
    pub via: Option<String>,
    /// The reader's note.
    pub note: Option<String>,
}

/// One reader's coding: claim id → article id → position.
#[derive(Clone, Debug)]
pub struct Coding {
    /// The file it was read from.
    pub path: PathBuf,
    /// The positions.
    pub claims: BTreeMap<String, BTreeMap<String, Coded>>,
}

/// Reads a coding file, checking its articles and evidence against `corpus`.
pub fn load(path: &Path, text: &str, corpus: &Corpus) -> Result<Coding> {
    let file: File = parse_toml(path, text)?;
    let owner: BTreeMap<&str, &str> = corpus
        .articles
        .iter()
        .flat_map(|a| a.sentences().map(move |s| (s.id.as_str(), a.id.as_str())))
        .collect();
    let mut claims = BTreeMap::new();
    for (claim, positions) in file.codings {
        let mut out = BTreeMap::new();
        for (article, entry) in positions {
            let line = Some(line_of(text, entry.span().start));
            let e = entry.into_inner();
            let err = |msg: String| {
                Error::invalid(path, line, format!("claim {:?}, {article:?}: {msg}", claim.get_ref()))
            };
            if corpus.article(&article).is_none() {
                return Err(err("no such article".into()));
            }
            match (e.stance, e.evidence.is_empty()) {
                (Stance::Silent, false) => return Err(err("silent but cites evidence".into())),
                (Stance::Agrees | Stance::Disagrees | Stance::Mixed, true) => {
                    return Err(err("takes a position but cites no evidence".into()))
                }
                _ => {}
            }
            for s in &e.evidence {
                match owner.get(s.as_str()) {
                    Some(a) if *a == article => {}
                    Some(a) => return Err(err(format!("evidence {s:?} is a sentence of {a:?}"))),
                    None => return Err(err(format!("evidence {s:?} is not a sentence of the corpus"))),
                }
            }
            out.insert(article, Coded { stance: e.stance, evidence: e.evidence, via: e.via, note: e.note });
        }
        claims.insert(claim.into_inner(), out);
    }
    Ok(Coding { path: path.to_path_buf(), claims })
}
