//! How the corpus was made and how well: the tagger's scores, the two
//! labellings' and the two codings' agreement.

use serde::{Deserialize, Serialize};

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
