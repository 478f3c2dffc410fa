//! The `corpus.json` data model, shared by the native corpus tool (which
//! writes it) and the web app (which reads it).
//!
//! Every field is documented in `docs/corpus-json.md`. The model is plain
//! serde data: no behaviour lives here beyond small lookups, so the same
//! types compile for the native tool and for wasm.

use serde::{Deserialize, Serialize};

/// Version of the `corpus.json` layout. Bump it whenever a field is added,
/// removed or changes meaning; the app refuses a corpus with another version.
pub const SCHEMA_VERSION: u32 = 2;

/// The whole corpus: articles, topics and the analysis built on them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    /// Layout version; see [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// SHA-256 (hex) of this document serialised with an empty `content_hash`.
    pub content_hash: String,
    /// Name of the collection, shown as the page heading.
    pub title: String,
    /// One-paragraph description of the collection.
    pub description: String,
    /// Topic definitions, in display order.
    pub topics: Vec<Topic>,
    /// The articles, in manifest order.
    pub articles: Vec<Article>,
    /// Hand-made claims and each article's stance on them.
    #[serde(default)]
    pub viewpoints: Vec<Viewpoint>,
    /// Computed groups of sentences from different articles that discuss the same thing.
    #[serde(default)]
    pub alignments: Vec<Alignment>,
    /// Computed figures, years and amounts, grouped by what they refer to.
    #[serde(default)]
    pub facts: Vec<FactGroup>,
    /// How the tags and the analysis were made, with the tagger's measured quality.
    #[serde(default)]
    pub method: Method,
}

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

/// How a piece of metadata is known.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// The source file states it.
    Stated,
    /// Derived from what the text says (the note explains how); not stated outright.
    Inferred,
    /// The source is silent.
    #[default]
    NotStated,
}

/// A line of a seed file kept as evidence for a piece of metadata.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// 1-based line in the seed file.
    pub line: u32,
    /// The line's text, verbatim.
    pub text: String,
}

/// A piece of article metadata (title, outlet, date) with how it is known.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Field {
    /// The value, when stated or inferred; `None` when the source is silent.
    pub value: Option<String>,
    /// How the value is known.
    pub basis: Basis,
    /// Source lines backing the value.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// Free-text remark, e.g. how an inferred date was inferred.
    #[serde(default)]
    pub note: Option<String>,
}

/// One author of an article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Author {
    /// The author's name as the source gives it; `None` when the source names no one.
    pub name: Option<String>,
    /// What to display: the name, or an honest description such as "Unnamed writer (The News)".
    pub display: String,
    /// What the source says about the author's position or affiliation.
    pub affiliation: Option<String>,
    /// Source lines (byline, author note) backing the above.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

/// The seed file an article was built from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// File name inside the seeds folder.
    pub file: String,
    /// SHA-256 (hex) of the raw file.
    pub sha256: String,
    /// Number of lines in the raw file.
    pub lines: u32,
}

/// A remark on an article's text: damage, truncation, uncertainty.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Note {
    /// Machine-readable kind, e.g. `truncated`, `damaged`, `repaired`.
    pub kind: String,
    /// What a reader should know.
    pub text: String,
}

/// One article of the corpus.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Short readable slug, unique in the corpus.
    pub id: String,
    /// The article's title.
    pub title: Field,
    /// Author(s), in byline order. Never empty: an unnamed writer is described, not invented.
    pub authors: Vec<Author>,
    /// Publication or site.
    pub outlet: Field,
    /// Date or year of publication.
    pub date: Field,
    /// The raw seed file.
    pub source: Source,
    /// Remarks a reader should know before trusting the text.
    #[serde(default)]
    pub notes: Vec<Note>,
    /// The cleaned body text.
    pub paragraphs: Vec<Paragraph>,
    /// Every removal and repair made while cleaning, in source order.
    #[serde(default)]
    pub report: Vec<ReportEntry>,
}

/// A paragraph of cleaned body text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Stable id, `{article}-p{n}` (1-based).
    pub id: String,
    /// The paragraph's sentences, in order.
    pub sentences: Vec<Sentence>,
}

/// A sentence: the unit that is tagged, aligned and cited.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// Stable id, `{article}-p{n}-s{m}` (1-based); also the HTML id in the
    /// app. A sentence of a quotation of several sentences is
    /// `{article}-p{n}-s{m}-q{k}`: `s{m}` numbers the quotation as one unit
    /// of its paragraph, `q{k}` its sentences (1-based).
    pub id: String,
    /// For a sentence of a quotation of several sentences, the quotation's
    /// id (`{article}-p{n}-s{m}`); `None` otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quotation: Option<String>,
    /// The sentence text.
    pub text: String,
    /// Ids of the topics the sentence is tagged with, in topic order.
    #[serde(default)]
    pub topics: Vec<String>,
    /// Why each tag was given: which cue matched which words.
    #[serde(default)]
    pub why: Vec<TagReason>,
    /// 1-based line of the seed file where the sentence starts.
    pub line: u32,
}

/// The reason a sentence carries a topic tag.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TagReason {
    /// Topic id.
    pub topic: String,
    /// The cue (as written in the topic file) that matched.
    pub cue: String,
    /// The words of the sentence the cue matched.
    pub matched: String,
}

/// What a cleaning step did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReportKind {
    /// Website chrome or boilerplate removed.
    Chrome,
    /// Title, byline, author note or other metadata moved out of the body.
    Metadata,
    /// A repeated paragraph removed (one copy kept).
    Duplicate,
    /// A sentence broken across a blank line or page break rejoined.
    Rejoin,
    /// A missing space inserted after a full stop.
    Spacing,
    /// A lost initial letter restored.
    Initial,
    /// Whitespace trimmed or collapsed.
    Whitespace,
}

/// One entry in an article's normalisation report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportEntry {
    /// What kind of change.
    pub kind: ReportKind,
    /// First affected line of the seed file (1-based).
    pub line: u32,
    /// Last affected line of the seed file (1-based, inclusive).
    pub end_line: u32,
    /// The source text removed or replaced.
    pub before: String,
    /// The text put in its place (empty for a removal).
    pub after: String,
    /// Why the change was made.
    pub why: String,
}

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

/// Measured quality of the topic tagger on one topic.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TopicScore {
    /// Topic id.
    pub topic: String,
    /// Share of tagged sentences that the labelled set also puts in the topic.
    pub precision: f32,
    /// Share of labelled sentences that the tagger finds.
    pub recall: f32,
    /// Number of labelled sentences in the topic.
    pub support: u32,
}

/// How the corpus was made, for the method panel.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Method {
    /// Plain-language description of tagging and analysis.
    pub summary: String,
    /// Number of hand-labelled sentences the tagger was measured on.
    pub labelled_sentences: u32,
    /// Tagger quality per topic, on the labelled sentences the cues were
    /// written against (training-set figures).
    pub scores: Vec<TopicScore>,
    /// Tagger quality per topic, held out: each article tagged by the cues
    /// chosen on the other articles' labels (leave one article out).
    #[serde(default)]
    pub heldout: Vec<TopicScore>,
    /// Tagger quality per topic against a second labelling by a reader who
    /// saw neither the cues nor the first labels (never used to write cues).
    #[serde(default)]
    pub second_reading: Vec<TopicScore>,
    /// How far the two labellings agree, per topic (Cohen's kappa): the
    /// ceiling for any tagger.
    #[serde(default)]
    pub label_agreement: Vec<TopicAgreement>,
    /// How far the two independent codings of the stances agree, before
    /// adjudication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stance_agreement: Option<StanceAgreement>,
}

/// Agreement of the two codings of the stances, before adjudication.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StanceAgreement {
    /// Positions coded twice (claims × articles).
    pub positions: u32,
    /// Positions on which the two codings give the same stance.
    pub agreed: u32,
    /// Share of positions on which they agree.
    pub agreement: f32,
    /// Cohen's kappa over the four stances.
    pub kappa: f32,
    /// Positions whose final stance differs from the first coding.
    pub changed_from_first: u32,
    /// Positions whose final stance differs from the second coding.
    pub changed_from_second: u32,
}

/// Agreement of two labellings on one topic.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TopicAgreement {
    /// Topic id.
    pub topic: String,
    /// Cohen's kappa of the two readers' yes/no decisions for the topic.
    pub kappa: f32,
    /// Share of sentences on which they decide the same.
    pub agreement: f32,
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

impl Corpus {
    /// The article with this id.
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// The topic with this id.
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }
}

impl Article {
    /// All sentences of the article, in reading order.
    pub fn sentences(&self) -> impl Iterator<Item = &Sentence> {
        self.paragraphs.iter().flat_map(|p| p.sentences.iter())
    }

    /// A short display label: the first author's name or description.
    pub fn author_label(&self) -> String {
        let names: Vec<&str> = self.authors.iter().map(|a| a.display.as_str()).collect();
        names.join(" and ")
    }
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
