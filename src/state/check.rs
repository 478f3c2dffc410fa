//! Checking a loaded corpus before it is shown: references that point
//! nowhere (unknown topics, sentence ids that do not exist, duplicate ids)
//! are dropped with a notice, so a damaged or hostile `corpus.json` shows
//! what can be trusted instead of breaking the page.

use std::collections::BTreeSet;

use crate::model::{Corpus, Stance};

/// What the page's static view was rendered from: the corpus's content hash
/// and, when the check left anything out, a digest of what (FNV-1a of its
/// notices). The build writes it on the page; the browser takes the page
/// over only if its own corpus, checked the same way, gives the same key.
pub fn page_key(content_hash: &str, notices: &[String]) -> String {
    if notices.is_empty() {
        return content_hash.to_string();
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in notices.join("\n").bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    format!("{content_hash}-{h:016x}")
}

/// Removes what does not hold together and says what was removed.
pub fn check(c: &mut Corpus) -> Vec<String> {
    let mut notices = Vec::new();
    let mut dropped = |what: String| notices.push(what);

    // Topics: unique ids.
    let mut seen = BTreeSet::new();
    c.topics.retain(|t| seen.insert(t.id.clone()));
    let topics: BTreeSet<String> = c.topics.iter().map(|t| t.id.clone()).collect();

    // Articles and sentences: unique ids (they become HTML ids and anchors).
    let mut article_ids = BTreeSet::new();
    let before = c.articles.len();
    c.articles.retain(|a| article_ids.insert(a.id.clone()));
    if c.articles.len() < before {
        dropped(format!("{} article(s) with a repeated id were left out.", before - c.articles.len()));
    }
    let mut sentence_ids = BTreeSet::new();
    let mut bad_tags = 0;
    let mut dup_sentences = 0;
    for a in &mut c.articles {
        for p in &mut a.paragraphs {
            p.sentences.retain(|s| {
                let fresh = sentence_ids.insert(s.id.clone());
                dup_sentences += usize::from(!fresh);
                fresh
            });
            for s in &mut p.sentences {
                let n = s.topics.len();
                s.topics.retain(|t| topics.contains(t));
                s.why.retain(|w| topics.contains(&w.topic));
                bad_tags += n - s.topics.len();
            }
        }
    }
    if dup_sentences > 0 {
        dropped(format!("{dup_sentences} sentence(s) with a repeated id were left out."));
    }
    if bad_tags > 0 {
        dropped(format!("{bad_tags} tag(s) naming a topic the corpus does not define were ignored."));
    }

    // Claims: known topic, one position per known article, evidence that exists.
    let before = c.viewpoints.len();
    c.viewpoints.retain(|v| topics.contains(&v.topic));
    if c.viewpoints.len() < before {
        dropped(format!("{} claim(s) on an undefined topic were left out.", before - c.viewpoints.len()));
    }
    let mut bad_evidence = 0;
    let mut emptied = 0;
    for v in &mut c.viewpoints {
        v.positions.retain(|p| article_ids.contains(&p.article));
        for p in &mut v.positions {
            let n = p.evidence.len();
            p.evidence.retain(|s| sentence_ids.contains(s));
            bad_evidence += n - p.evidence.len();
            if n > 0 && p.evidence.is_empty() && p.stance != Stance::Silent {
                emptied += 1;
            }
        }
    }
    if bad_evidence > 0 {
        dropped(format!(
            "{bad_evidence} piece(s) of evidence citing a sentence that does not exist were ignored."
        ));
    }
    if emptied > 0 {
        dropped(format!("{emptied} stance(s) lost all their evidence; treat them with care."));
    }

    // Computed analysis: drop groups that point nowhere.
    let before = c.alignments.len();
    c.alignments.retain_mut(|g| {
        g.topics.retain(|t| topics.contains(t));
        !g.topics.is_empty() && g.sentences.iter().all(|m| sentence_ids.contains(&m.sentence))
    });
    let before_facts = c.facts.len();
    c.facts.retain(|g| g.items.iter().all(|i| sentence_ids.contains(&i.sentence)));
    let gone = before - c.alignments.len() + before_facts - c.facts.len();
    if gone > 0 {
        dropped(format!("{gone} aligned passage or fact group(s) citing missing sentences were left out."));
    }
    notices
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn sentence(id: &str, topics: &[&str]) -> Sentence {
        Sentence {
            id: id.into(),
            quotation: None,
            text: "T.".into(),
            topics: topics.iter().map(|t| t.to_string()).collect(),
            why: vec![],
            line: 1,
        }
    }

    fn corpus() -> Corpus {
        Corpus {
            schema_version: SCHEMA_VERSION,
            content_hash: String::new(),
            title: "t".into(),
            description: String::new(),
            topics: vec![Topic {
                id: "trade".into(),
                label: "Trade".into(),
                short: "TRD".into(),
                description: String::new(),
                cues: vec![],
                from_claims: false,
            }],
            articles: vec![Article {
                id: "a".into(),
                title: Field::default(),
                authors: vec![],
                outlet: Field::default(),
                date: Field::default(),
                source: Source { file: "a.txt".into(), sha256: String::new(), lines: 1 },
                notes: vec![],
                paragraphs: vec![Paragraph {
                    id: "a-p1".into(),
                    sentences: vec![sentence("a-p1-s1", &["trade", "ghost"]), sentence("a-p1-s1", &[])],
                }],
                report: vec![],
            }],
            viewpoints: vec![Viewpoint {
                id: "c".into(),
                topic: "trade".into(),
                statement: "S".into(),
                positions: vec![Position {
                    article: "a".into(),
                    stance: Stance::Agrees,
                    evidence: vec!["nowhere".into()],
                    comment: None,
                    via: None,
                    coded: vec![],
                    adjudication: None,
                }],
                comment: None,
                status: Status::FewVoices,
            }],
            alignments: vec![Alignment {
                id: "x".into(),
                topics: vec!["trade".into()],
                claim: None,
                stance: None,
                shared: vec![],
                score: 0.5,
                sentences: vec![AlignedSentence { article: "a".into(), sentence: "nowhere".into() }],
            }],
            facts: vec![],
            method: Method::default(),
        }
    }

    #[test]
    fn drops_what_points_nowhere_with_notices() {
        let mut c = corpus();
        let notes = check(&mut c);
        let s = &c.articles[0].paragraphs[0].sentences;
        assert_eq!(s.len(), 1, "duplicate sentence id dropped");
        assert_eq!(s[0].topics, ["trade"], "unknown topic tag dropped");
        assert!(c.viewpoints[0].positions[0].evidence.is_empty());
        assert!(c.alignments.is_empty());
        assert_eq!(notes.len(), 5, "{notes:?}");
    }

    #[test]
    fn a_sound_corpus_passes_untouched() {
        let mut c = corpus();
        c.articles[0].paragraphs[0].sentences = vec![sentence("a-p1-s1", &["trade"])];
        c.viewpoints[0].positions[0].evidence = vec!["a-p1-s1".into()];
        c.alignments.clear();
        let before = c.clone();
        assert!(check(&mut c).is_empty());
        assert_eq!(c, before);
    }

    #[test]
    fn the_page_key_names_what_was_left_out() {
        assert_eq!(page_key("abc", &[]), "abc");
        let one = page_key("abc", &["a topic the corpus does not define".into()]);
        let other = page_key("abc", &["a claim on an undefined topic".into()]);
        assert!(one.starts_with("abc-") && one.len() == "abc-".len() + 16, "{one}");
        assert_ne!(one, other);
    }
}
