//! Analysis computed in the build, because a reader cannot see it by eye
//! across five columns: the corpus's vocabulary ([`vocabulary`]), aligned
//! passages ([`align`]), the figures in a sentence ([`figures`]) and facts
//! side by side ([`facts`]).

pub mod align;
pub mod facts;
pub mod figures;
pub mod vocabulary;

/// A small corpus for the analysis tests: articles of one paragraph each,
/// every sentence on the one topic `t`.
#[cfg(test)]
pub(crate) fn fixture(articles: &[(&str, &[&str])]) -> crate::model::Corpus {
    use crate::model::*;
    let topic = Topic {
        id: "t".into(),
        label: "T".into(),
        short: "T".into(),
        description: String::new(),
        cues: vec![],
        from_claims: false,
    };
    Corpus {
        schema_version: SCHEMA_VERSION,
        content_hash: String::new(),
        title: "t".into(),
        description: String::new(),
        topics: vec![topic],
        articles: articles
            .iter()
            .map(|(id, sentences)| Article {
                id: id.to_string(),
                title: Field::default(),
                authors: vec![],
                outlet: Field::default(),
                date: Field::default(),
                source: Source { file: format!("{id}.txt"), sha256: String::new(), lines: 1 },
                notes: vec![],
                paragraphs: vec![Paragraph {
                    id: format!("{id}-p1"),
                    sentences: sentences
                        .iter()
                        .enumerate()
                        .map(|(k, text)| Sentence {
                            id: format!("{id}-p1-s{}", k + 1),
                            quotation: None,
                            text: text.to_string(),
                            topics: vec!["t".into()],
                            why: vec![],
                            line: 1,
                        })
                        .collect(),
                }],
                report: vec![],
            })
            .collect(),
        viewpoints: vec![],
        alignments: vec![],
        facts: vec![],
        method: Method::default(),
    }
}
