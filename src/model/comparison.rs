//! The comparison made by people: claims, each article's position on them
//! (with the two codings and the adjudication), and each claim's status.

use serde::{Deserialize, Serialize};

/// An article's stance on a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stance {
    /// The author argues or reports the claim in their own voice.
    Agrees,
    /// The author argues or reports the opposite.
    Disagrees,
    /// The author qualifies or hedges the claim.
    Mixed,
    /// The author does not address the claim.
    Silent,
}

/// Computed agreement status of a claim across the articles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Three or more articles speak and all take the same stance.
    Consensus,
    /// Three or more speak; none opposes another, but some qualify.
    Qualified,
    /// Some articles agree and others disagree (however many speak).
    Split,
    /// Only one or two articles address the claim, without opposing each other.
    FewVoices,
}

/// One article's position on a claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Position {
    /// Article id.
    pub article: String,
    /// The stance (after adjudication when the two codings differ).
    pub stance: Stance,
    /// Sentence ids supporting the stance, most direct first (empty only when silent).
    #[serde(default)]
    pub evidence: Vec<String>,
    /// The reader's short gloss of the position, when the stance needs one.
    #[serde(default)]
    pub comment: Option<String>,
    /// When the stance rests on someone else's words that the author adopts
    /// or builds on: whose ("quoted analyst (Dmitriy Frolovskiy)").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    /// The two independent codings' stances, first then second (empty when
    /// the corpus has no codings).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub coded: Vec<Stance>,
    /// Why the stance was decided so, when the two codings differ.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjudication: Option<String>,
}

/// A claim on which the articles can be compared.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Viewpoint {
    /// Stable id, used in URLs (`?claim=`).
    pub id: String,
    /// Topic id the claim belongs to.
    pub topic: String,
    /// Short neutral statement of the claim: one proposition.
    pub statement: String,
    /// A note on the claim as a whole, e.g. that its split follows the articles' dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// One position per article, in article order.
    pub positions: Vec<Position>,
    /// Computed from the positions.
    pub status: Status,
}

/// The status of a claim from its positions: `split` when some articles
/// agree and others disagree; otherwise `few-voices` when one or two speak;
/// otherwise `consensus` when all who speak take the same stance, and
/// `qualified` when some hedge.
pub fn status_of(positions: &[Position]) -> Status {
    let has = |s: Stance| positions.iter().any(|p| p.stance == s);
    let speakers = positions.iter().filter(|p| p.stance != Stance::Silent).count();
    if has(Stance::Agrees) && has(Stance::Disagrees) {
        Status::Split
    } else if speakers <= 2 {
        Status::FewVoices
    } else if has(Stance::Mixed) {
        Status::Qualified
    } else {
        Status::Consensus
    }
}

/// How many positions take each stance: (agrees, disagrees, mixed, silent).
pub fn stance_counts(positions: &[Position]) -> (usize, usize, usize, usize) {
    let n = |s: Stance| positions.iter().filter(|p| p.stance == s).count();
    (n(Stance::Agrees), n(Stance::Disagrees), n(Stance::Mixed), n(Stance::Silent))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ps(stances: &[Stance]) -> Vec<Position> {
        stances
            .iter()
            .map(|&stance| Position {
                article: String::new(),
                stance,
                evidence: vec![],
                comment: None,
                via: None,
                coded: vec![],
                adjudication: None,
            })
            .collect()
    }

    #[test]
    fn statuses() {
        use Stance::*;
        assert_eq!(status_of(&ps(&[Agrees, Agrees, Agrees, Silent, Silent])), Status::Consensus);
        assert_eq!(status_of(&ps(&[Disagrees, Disagrees, Disagrees])), Status::Consensus);
        assert_eq!(status_of(&ps(&[Agrees, Mixed, Agrees, Silent])), Status::Qualified);
        assert_eq!(status_of(&ps(&[Agrees, Disagrees, Silent, Silent, Silent])), Status::Split);
        assert_eq!(status_of(&ps(&[Agrees, Mixed, Silent, Silent])), Status::FewVoices);
        assert_eq!(status_of(&ps(&[Silent, Silent])), Status::FewVoices);
    }
}
