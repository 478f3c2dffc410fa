//! The comparison computed by the build: aligned passages and facts side by side.

use serde::{Deserialize, Serialize};

use super::Stance;

/// A sentence that takes part in an alignment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AlignedSentence {
    /// Article id.
    pub article: String,
    /// Sentence id.
    pub sentence: String,
}

/// Sentences from different articles that say the same thing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Alignment {
    /// Stable id.
    pub id: String,
    /// The topics all its sentences share, in topic order (never empty).
    pub topics: Vec<String>,
    /// How it was found: `None` when the build found the sentences sharing
    /// telling words; a claim's id when a person cited them as evidence of
    /// that claim, all with the same stance ([`Alignment::stance`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim: Option<String>,
    /// The stance the cited sentences share, for a group from a claim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stance: Option<Stance>,
    /// Content words the sentences share, most telling first.
    pub shared: Vec<String>,
    /// Highest pairwise similarity in the group (0..1, cosine over weighted content words).
    pub score: f32,
    /// The sentences, one per article, in article order.
    pub sentences: Vec<AlignedSentence>,
}

/// A figure, year or amount stated in a sentence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FactItem {
    /// Article id.
    pub article: String,
    /// Sentence id.
    pub sentence: String,
    /// The figure as written, e.g. "four Mi 35 helicopters" or "April 24-26, 2018".
    pub value: String,
    /// The words around the figure, e.g. "…saw 660 million dollar trade in the first…".
    pub context: String,
    /// `year`, `date`, `money`, `percent` or `count`.
    pub kind: String,
    /// What the figure gives of its event, in words: "year of the
    /// agreement", "number of helicopters", "amount", "share".
    pub attribute: String,
}

/// Figures from several articles about one event or quantity: the same
/// subject and the same kind of event ("helicopters", "agreement").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FactGroup {
    /// Stable id.
    pub id: String,
    /// What the figures refer to, e.g. "helicopters".
    pub subject: String,
    /// The kind of event, e.g. "agreement", "sale or delivery", "lifting";
    /// empty when the sentences name none.
    pub event: String,
    /// Topic id the group belongs to, when its sentences share one.
    pub topic: Option<String>,
    /// True when two articles give different values for the same attribute
    /// of the event (the attributes concerned are in [`FactGroup::differ_on`]).
    pub differs: bool,
    /// The attributes on which the articles differ.
    #[serde(default)]
    pub differ_on: Vec<String>,
    /// The figures, in article order.
    pub items: Vec<FactItem>,
}
