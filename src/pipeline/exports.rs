//! Files for people who cite the analysis, written next to `corpus.json`:
//! the agreement grid as CSV and the whole analysis as JSON (claims with
//! their evidence quoted, aligned passages, facts, method).

use serde::Serialize;

use crate::model::{Alignment, Corpus, FactGroup, Method, Stance, Status, Topic};

/// File name of the grid export.
pub const GRID_CSV: &str = "parallax-grid.csv";
/// File name of the analysis export.
pub const ANALYSIS_JSON: &str = "parallax-analysis.json";

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Lowercase word for a stance.
pub fn stance_word(s: Stance) -> &'static str {
    match s {
        Stance::Agrees => "agrees",
        Stance::Disagrees => "disagrees",
        Stance::Mixed => "mixed",
        Stance::Silent => "silent",
    }
}

/// Lowercase words for a status.
pub fn status_word(s: Status) -> &'static str {
    match s {
        Status::Consensus => "consensus",
        Status::Qualified => "qualified",
        Status::Split => "split",
        Status::FewVoices => "few voices",
    }
}

/// The agreement grid: one row per claim, a stance and an evidence column per article.
pub fn grid_csv(c: &Corpus) -> String {
    let mut header = vec!["topic".to_string(), "claim".into(), "statement".into(), "status".into()];
    for a in &c.articles {
        header.push(format!("{} stance", a.id));
        header.push(format!("{} evidence", a.id));
    }
    let mut out = header.join(",") + "\r\n";
    for v in &c.viewpoints {
        let mut row =
            vec![v.topic.clone(), v.id.clone(), v.statement.clone(), status_word(v.status).to_string()];
        for p in &v.positions {
            row.push(stance_word(p.stance).to_string());
            row.push(p.evidence.join(" "));
        }
        out.push_str(&row.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

#[derive(Serialize)]
struct Analysis<'a> {
    source: &'static str,
    corpus_title: &'a str,
    corpus_hash: &'a str,
    articles: Vec<ArticleRef<'a>>,
    topics: &'a [Topic],
    claims: Vec<Claim<'a>>,
    alignments: &'a [Alignment],
    facts: &'a [FactGroup],
    method: &'a Method,
}

#[derive(Serialize)]
struct ArticleRef<'a> {
    id: &'a str,
    title: Option<&'a str>,
    authors: Vec<&'a str>,
    outlet: Option<&'a str>,
    date: Option<&'a str>,
}

#[derive(Serialize)]
struct Claim<'a> {
    id: &'a str,
    topic: &'a str,
    statement: &'a str,
    status: &'static str,
    positions: Vec<Pos<'a>>,
}

#[derive(Serialize)]
struct Pos<'a> {
    article: &'a str,
    stance: &'static str,
    comment: Option<&'a str>,
    evidence: Vec<Quote<'a>>,
}

#[derive(Serialize)]
struct Quote<'a> {
    sentence: &'a str,
    text: &'a str,
}

/// The whole analysis, with every piece of evidence quoted in full.
pub fn analysis_json(c: &Corpus, corpus_hash: &str) -> String {
    let text_of = |id: &str| {
        c.articles.iter().flat_map(|a| a.sentences()).find(|s| s.id == id).map_or("", |s| s.text.as_str())
    };
    let a = Analysis {
        source: "Parallax: claims and stances made by a person reading the texts; alignments and facts computed by the build.",
        corpus_title: &c.title,
        corpus_hash,
        articles: c
            .articles
            .iter()
            .map(|a| ArticleRef {
                id: &a.id,
                title: a.title.value.as_deref(),
                authors: a.authors.iter().map(|x| x.display.as_str()).collect(),
                outlet: a.outlet.value.as_deref(),
                date: a.date.value.as_deref(),
            })
            .collect(),
        topics: &c.topics,
        claims: c
            .viewpoints
            .iter()
            .map(|v| Claim {
                id: &v.id,
                topic: &v.topic,
                statement: &v.statement,
                status: status_word(v.status),
                positions: v
                    .positions
                    .iter()
                    .map(|p| Pos {
                        article: &p.article,
                        stance: stance_word(p.stance),
                        comment: p.comment.as_deref(),
                        evidence: p.evidence.iter().map(|s| Quote { sentence: s, text: text_of(s) }).collect(),
                    })
                    .collect(),
            })
            .collect(),
        alignments: &c.alignments,
        facts: &c.facts,
        method: &c.method,
    };
    let mut s = serde_json::to_string_pretty(&a).expect("the analysis serialises");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_it() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"no\""), "\"say \"\"no\"\"\"");
    }
}
