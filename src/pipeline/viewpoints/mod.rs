//! The viewpoints: claims and each article's stance, with the sentences
//! that back it (`viewpoints.toml`), checked against the corpus and against
//! the two independent codings they were adjudicated from ([`codings`]).
//! The build computes each claim's status and the codings' agreement
//! ([`agreement`]).
//!
//! With codings, every position must have both, in known stances; where the
//! two differ, the position says why it was decided so (`adjudication`);
//! where they agree, its stance is theirs. Each problem is an error naming
//! the file, the line and the claim.

pub mod agreement;
pub mod codings;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::error::{line_of, Error, Result};
use super::read::manifest::{is_slug, parse_toml};
use crate::model::{Corpus, Position, Stance, StanceAgreement, Viewpoint};
use codings::Coding;

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct File {
    pub claims: Vec<ClaimEntry>,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ClaimEntry {
    pub id: Spanned<String>,
    pub topic: String,
    pub statement: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    pub positions: BTreeMap<String, Spanned<PositionEntry>>,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PositionEntry {
    pub stance: Stance,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjudication: Option<String>,
}

/// Reads and checks the viewpoints against `corpus` and, when there are
/// any, the two `codings` (first, second); every problem is an error naming
/// the claim (and its line).
pub fn load(
    path: &Path,
    text: &str,
    corpus: &Corpus,
    codings: Option<&[Coding; 2]>,
) -> Result<Vec<Viewpoint>> {
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
        let err = |line: Option<u32>, msg: String| Error::invalid(path, line, format!("claim {id:?}: {msg}"));
        if !is_slug(&id) {
            return Err(err(line, "the id must be lowercase letters, digits and hyphens".into()));
        }
        if !ids.insert(id.clone()) {
            return Err(err(line, "duplicate claim id".into()));
        }
        if corpus.topic(&c.topic).is_none() {
            return Err(err(line, format!("topic {:?} is not defined in the topic file", c.topic)));
        }
        if c.statement.trim().is_empty() {
            return Err(err(line, "the statement is empty".into()));
        }
        for article in c.positions.keys() {
            if corpus.article(article).is_none() {
                return Err(err(line, format!("position for unknown article {article:?}")));
            }
        }
        let mut positions = Vec::new();
        for a in &corpus.articles {
            let Some(entry) = c.positions.get(&a.id) else {
                return Err(err(
                    line,
                    format!("no position for article {:?} (use stance = \"silent\")", a.id),
                ));
            };
            let at = Some(line_of(text, entry.span().start));
            let p = entry.get_ref();
            match (p.stance, p.evidence.is_empty()) {
                (Stance::Silent, false) => {
                    return Err(err(at, format!("{:?} is silent but cites evidence", a.id)))
                }
                (Stance::Agrees | Stance::Disagrees | Stance::Mixed, true) => {
                    return Err(err(at, format!("{:?} takes a position but cites no evidence", a.id)))
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
                    None => return Err(err(at, format!("evidence {s:?} is not a sentence of the corpus"))),
                    Some(owner) if *owner != a.id => {
                        return Err(err(
                            at,
                            format!("evidence {s:?} for {:?} is a sentence of {owner:?}", a.id),
                        ))
                    }
                    _ => {}
                }
            }
            let coded = match codings {
                None => Vec::new(),
                Some(both) => {
                    let mut coded = Vec::new();
                    for (n, coding) in both.iter().enumerate() {
                        let which = ["first", "second"][n];
                        let Some(x) = coding.claims.get(&id).and_then(|claim| claim.get(&a.id)) else {
                            return Err(err(
                                at,
                                format!("{:?} has no {which} coding in {}", a.id, coding.path.display()),
                            ));
                        };
                        coded.push(x.stance);
                    }
                    match (coded[0] == coded[1], &p.adjudication) {
                        (false, None) => {
                            return Err(err(
                                at,
                                format!(
                                    "{:?}: the codings differ ({} / {}) and the position has no adjudication",
                                    a.id,
                                    stance_word(coded[0]),
                                    stance_word(coded[1])
                                ),
                            ))
                        }
                        (true, _) if p.stance != coded[0] => {
                            return Err(err(
                                at,
                                format!(
                                    "{:?}: both codings say {} but the position says {}",
                                    a.id,
                                    stance_word(coded[0]),
                                    stance_word(p.stance)
                                ),
                            ))
                        }
                        _ => {}
                    }
                    coded
                }
            };
            positions.push(Position {
                article: a.id.clone(),
                stance: p.stance,
                evidence,
                comment: p.comment.clone(),
                via: p.via.clone(),
                coded,
                adjudication: p.adjudication.clone(),
            });
        }
        let status = crate::model::status_of(&positions);
        out.push(Viewpoint {
            id,
            topic: c.topic,
            statement: c.statement,
            comment: c.comment,
            positions,
            status,
        });
    }
    if let Some(both) = codings {
        // Every coded claim has a row (a coding of a claim that was dropped is an error, not silence).
        for coding in both {
            if let Some(extra) = coding.claims.keys().find(|k| !ids.contains(*k)) {
                return Err(Error::invalid(
                    &coding.path,
                    None,
                    format!("claim {extra:?} is coded but not in {}", path.display()),
                ));
            }
        }
    }
    // Claims are shown grouped by topic, in topic order.
    out.sort_by_key(|v| corpus.topics.iter().position(|t| t.id == v.topic));
    Ok(out)
}

/// The agreement of the two codings of `viewpoints`, before adjudication.
pub fn stance_agreement(viewpoints: &[Viewpoint]) -> Option<StanceAgreement> {
    let coded: Vec<(&Position, Stance, Stance)> = viewpoints
        .iter()
        .flat_map(|v| &v.positions)
        .filter_map(|p| match p.coded.as_slice() {
            [a, b] => Some((p, *a, *b)),
            _ => None,
        })
        .collect();
    if coded.is_empty() {
        return None;
    }
    let pairs: Vec<(Stance, Stance)> = coded.iter().map(|(_, a, b)| (*a, *b)).collect();
    let (observed, kappa) = agreement::agreement(&pairs);
    let round3 = |x: f64| ((x * 1000.0).round() / 1000.0) as f32;
    Some(StanceAgreement {
        positions: coded.len() as u32,
        agreed: pairs.iter().filter(|(a, b)| a == b).count() as u32,
        agreement: round3(observed),
        kappa: round3(kappa),
        changed_from_first: coded.iter().filter(|(p, a, _)| p.stance != *a).count() as u32,
        changed_from_second: coded.iter().filter(|(p, _, b)| p.stance != *b).count() as u32,
    })
}

/// A stance as its word in the files.
pub fn stance_word(s: Stance) -> &'static str {
    match s {
        Stance::Agrees => "agrees",
        Stance::Disagrees => "disagrees",
        Stance::Mixed => "mixed",
        Stance::Silent => "silent",
    }
}
