//! Topics: the definition file (`topics.toml`), the sentence tagger built
//! from its cues ([`cue`]), and the hand-labelled set that measures it
//! ([`labels`]). A topic marked `from_claims` has no cues: its sentences
//! are the evidence a person cited for its claims in `viewpoints.toml`.

pub mod cue;
pub mod heldout;
pub mod labels;

use std::collections::BTreeSet;
use std::path::Path;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::error::{line_of, Error, Result};
use super::read::manifest::{is_slug, parse_toml};
use super::text::tokens::tokenize;
use crate::model::{TagReason, Topic};
use cue::Cue;

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TopicFile {
    pub topics: Vec<TopicEntry>,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TopicEntry {
    pub id: Spanned<String>,
    pub label: String,
    pub short: String,
    pub description: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cues: Vec<Spanned<String>>,
    #[serde(default)]
    pub from_claims: bool,
}

/// Tags sentences with topics.
#[derive(Clone, Debug)]
pub struct Tagger {
    topics: Vec<(String, Vec<Cue>)>,
}

/// Reads and checks the topic file; returns the topics and their tagger.
pub fn load(path: &Path, text: &str) -> Result<(Vec<Topic>, Tagger)> {
    let file: TopicFile = parse_toml(path, text)?;
    let mut seen = BTreeSet::new();
    let mut topics = Vec::new();
    let mut tagger = Tagger { topics: Vec::new() };
    for t in file.topics {
        let line = Some(line_of(text, t.id.span().start));
        let id = t.id.into_inner();
        if !is_slug(&id) {
            return Err(Error::invalid(
                path,
                line,
                format!("topic id {id:?} must be lowercase letters, digits and hyphens"),
            ));
        }
        if !seen.insert(id.clone()) {
            return Err(Error::invalid(path, line, format!("duplicate topic id {id:?}")));
        }
        if t.short.is_empty() || t.short.chars().count() > 4 {
            return Err(Error::invalid(path, line, format!("topic {id:?}: short must be 1 to 4 characters")));
        }
        match (t.cues.is_empty(), t.from_claims) {
            (true, false) => return Err(Error::invalid(path, line, format!("topic {id:?} has no cues"))),
            (false, true) => {
                return Err(Error::invalid(
                    path,
                    line,
                    format!("topic {id:?}: a from_claims topic takes no cues"),
                ))
            }
            _ => {}
        }
        let cues = t
            .cues
            .iter()
            .map(|c| {
                Cue::parse(c.get_ref())
                    .map_err(|e| Error::invalid(path, Some(line_of(text, c.span().start)), e))
            })
            .collect::<Result<Vec<_>>>()?;
        topics.push(Topic {
            id: id.clone(),
            label: t.label,
            short: t.short,
            description: t.description,
            cues: cues.iter().map(|c| c.source.clone()).collect(),
            from_claims: t.from_claims,
        });
        tagger.topics.push((id, cues));
    }
    if topics.is_empty() {
        return Err(Error::invalid(path, None, "no [[topics]] defined"));
    }
    Ok((topics, tagger))
}

impl Tagger {
    /// For each topic (in order), which of its cues match `text`.
    pub fn cue_hits(&self, text: &str) -> Vec<Vec<bool>> {
        let tokens = tokenize(text);
        self.topics
            .iter()
            .map(|(_, cues)| cues.iter().map(|c| c.matches(text, &tokens).is_some()).collect())
            .collect()
    }

    /// The topics `text` belongs to (in topic order) and, for each, the first cue that matched.
    pub fn tag(&self, text: &str) -> (Vec<String>, Vec<TagReason>) {
        let tokens = tokenize(text);
        let mut ids = Vec::new();
        let mut why = Vec::new();
        for (id, cues) in &self.topics {
            if let Some((cue, matched)) = cues.iter().find_map(|c| c.matches(text, &tokens).map(|m| (c, m))) {
                ids.push(id.clone());
                why.push(TagReason { topic: id.clone(), cue: cue.source.clone(), matched });
            }
        }
        (ids, why)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"
[[topics]]
id = "trade"
label = "Trade"
short = "TRD"
description = "Trade."
cues = ["trade*", "pipeline* + gas"]

[[topics]]
id = "india-tilt"
label = "India"
short = "IND"
description = "India."
cues = ["new delhi|india*"]
"#;

    #[test]
    fn tags_with_reasons() {
        let (topics, tagger) = load(Path::new("topics.toml"), FILE).unwrap();
        assert_eq!(topics.len(), 2);
        let (ids, why) = tagger.tag("A gas pipeline to India.");
        assert_eq!(ids, ["trade", "india-tilt"]);
        assert_eq!(why[0].cue, "pipeline* + gas");
        assert_eq!(why[0].matched, "pipeline … gas");
        assert_eq!(why[1].matched, "India");
        assert!(tagger.tag("Nothing here.").0.is_empty());
    }

    #[test]
    fn errors_name_the_line() {
        let bad = FILE.replace("\"new delhi|india*\"", "\"new delhi||india\"");
        let err = load(Path::new("topics.toml"), &bad).unwrap_err();
        assert_eq!(err.line, Some(14), "{err}");
        let dup = FILE.replace("india-tilt", "trade");
        assert!(load(Path::new("topics.toml"), &dup).unwrap_err().to_string().contains("duplicate topic id"));
    }
}
