//! The viewpoints file (`viewpoints.toml`): hand-made claims and each
//! article's stance with the sentences that back it. The build checks it
//! against the corpus and computes each claim's status.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::error::{line_of, Error, Result};
use super::manifest::{is_slug, parse_toml};
use crate::model::{Corpus, Position, Stance, Viewpoint};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    claims: Vec<ClaimEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClaimEntry {
    id: Spanned<String>,
    topic: String,
    statement: String,
    positions: BTreeMap<String, PositionEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PositionEntry {
    stance: Stance,
    #[serde(default)]
    evidence: Vec<String>,
    #[serde(default)]
    comment: Option<String>,
}

/// Reads and checks the viewpoints against `corpus`; every problem is an
/// error naming the claim (and its line).
pub fn load(path: &Path, text: &str, corpus: &Corpus) -> Result<Vec<Viewpoint>> {
    let file: File = parse_toml(path, text)?;
    let sentences: BTreeMap<&str, &str> = corpus
        .articles
        .iter()
        .flat_map(|a| a.sentences().map(move |s| (s.id.as_str(), a.id.as_str())))
        .collect();
    // A quotation of several sentences may be cited whole by its id: it
    // stands for its sentences.
    let mut quotations: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for s in corpus.articles.iter().flat_map(|a| a.sentences()) {
        if let Some(q) = &s.quotation {
            quotations.entry(q.as_str()).or_default().push(s.id.as_str());
        }
    }
    let mut ids = BTreeSet::new();
    let mut out = Vec::new();
    for c in file.claims {
        let line = Some(line_of(text, c.id.span().start));
        let id = c.id.into_inner();
        let err = |msg: String| Error::invalid(path, line, format!("claim {id:?}: {msg}"));
        if !is_slug(&id) {
            return Err(err("the id must be lowercase letters, digits and hyphens".into()));
        }
        if !ids.insert(id.clone()) {
            return Err(err("duplicate claim id".into()));
        }
        if corpus.topic(&c.topic).is_none() {
            return Err(err(format!("topic {:?} is not defined in the topic file", c.topic)));
        }
        if c.statement.trim().is_empty() {
            return Err(err("the statement is empty".into()));
        }
        for article in c.positions.keys() {
            if corpus.article(article).is_none() {
                return Err(err(format!("position for unknown article {article:?}")));
            }
        }
        let mut positions = Vec::new();
        for a in &corpus.articles {
            let Some(p) = c.positions.get(&a.id) else {
                return Err(err(format!("no position for article {:?} (use stance = \"silent\")", a.id)));
            };
            match (p.stance, p.evidence.is_empty()) {
                (Stance::Silent, false) => {
                    return Err(err(format!("{:?} is silent but cites evidence", a.id)))
                }
                (Stance::Agrees | Stance::Disagrees | Stance::Mixed, true) => {
                    return Err(err(format!("{:?} takes a position but cites no evidence", a.id)))
                }
                _ => {}
            }
            let evidence: Vec<String> = p
                .evidence
                .iter()
                .flat_map(|e| match quotations.get(e.as_str()) {
                    Some(members) => members.iter().map(|m| m.to_string()).collect(),
                    None => vec![e.clone()],
                })
                .collect();
            for s in &evidence {
                match sentences.get(s.as_str()) {
                    None => return Err(err(format!("evidence {s:?} is not a sentence of the corpus"))),
                    Some(owner) if *owner != a.id => {
                        return Err(err(format!("evidence {s:?} for {:?} is a sentence of {owner:?}", a.id)))
                    }
                    _ => {}
                }
            }
            positions.push(Position {
                article: a.id.clone(),
                stance: p.stance,
                evidence,
                comment: p.comment.clone(),
            });
        }
        let status = crate::model::status_of(&positions);
        out.push(Viewpoint { id, topic: c.topic, statement: c.statement, positions, status });
    }
    // Claims are shown grouped by topic, in topic order.
    out.sort_by_key(|v| corpus.topics.iter().position(|t| t.id == v.topic));
    Ok(out)
}
