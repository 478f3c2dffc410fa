//! A topic a sentence can be tagged with.

use serde::{Deserialize, Serialize};

/// A topic a sentence can be tagged with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Topic {
    /// Stable id used in URLs and tags, e.g. `india-tilt`.
    pub id: String,
    /// Human label, e.g. "Russia's tilt toward India".
    pub label: String,
    /// Short abbreviation shown next to highlights, so topics are told apart without colour.
    pub short: String,
    /// One or two sentences saying what belongs to the topic.
    pub description: String,
    /// The cue phrases that tag a sentence with this topic (for the method panel).
    #[serde(default)]
    pub cues: Vec<String>,
    /// True when the topic has no cues and its sentences are the evidence cited
    /// for its claims (chosen by a person, not by the tagger).
    #[serde(default)]
    pub from_claims: bool,
}
