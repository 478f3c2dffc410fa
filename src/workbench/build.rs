//! What the worker does with a folder: builds the corpus as
//! `parallax-corpus` would, and checks each topic's cues against the
//! articles' sentences, so the page can say what every cue matches and
//! where a cue is wrong. Pure: the worker only carries it across threads.

use serde::{Deserialize, Serialize};

use super::folder::Folder;
use crate::model::Corpus;
use crate::pipeline::output::to_json;
use crate::pipeline::tag::cue::Cue;

/// The worker's answer for one folder.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Built {
    /// Which request this answers (the page drops answers to stale ones).
    pub request: u32,
    /// `corpus.json`, byte for byte as the corpus tool writes it, when the
    /// build succeeded.
    pub corpus: Option<String>,
    /// The build's first problem, as the corpus tool words it (`file:line: …`).
    pub error: Option<String>,
    /// When the full build failed: the articles alone (no topics or
    /// claims), so the texts stay on screen and cues can still be tried.
    pub articles: Option<String>,
    /// Each cue of each topic: what it matches, or what is wrong with it.
    pub cues: Vec<CueCheck>,
    /// Time the build took in the worker, in milliseconds.
    pub ms: f64,
}

/// One cue, checked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CueCheck {
    /// The topic's id.
    pub topic: String,
    /// The cue as written.
    pub cue: String,
    /// What is wrong with the cue, if anything.
    pub error: Option<String>,
    /// Sentences matched, per article in the corpus's order.
    pub counts: Vec<u32>,
    /// Up to three matched sentences, as a preview.
    pub examples: Vec<Example>,
}

/// A sentence a cue matched.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Example {
    /// The sentence's id.
    pub sentence: String,
    /// Its text.
    pub text: String,
    /// The words that matched.
    pub matched: String,
}

/// Builds `folder`; `request` is echoed back.
pub fn run(folder: &Folder, request: u32) -> Built {
    let mut out = Built { request, ..Built::default() };
    let shown = match folder.build() {
        Ok(corpus) => {
            out.corpus = Some(to_json(&corpus));
            Some(corpus)
        }
        Err(e) => {
            out.error = Some(e);
            let bare = folder.build_articles().ok();
            out.articles = bare.as_ref().map(to_json);
            bare
        }
    };
    if let (Some(corpus), Ok(topics)) = (&shown, folder.topics()) {
        for t in &topics.topics {
            for cue in &t.cues {
                out.cues.push(check(corpus, t.id.get_ref(), cue.get_ref()));
            }
        }
    }
    out
}

/// What `cue` of topic `topic` matches in `corpus`.
pub fn check(corpus: &Corpus, topic: &str, cue: &str) -> CueCheck {
    let mut c = CueCheck { topic: topic.into(), cue: cue.into(), ..CueCheck::default() };
    match Cue::parse(cue) {
        Err(e) => c.error = Some(e),
        Ok(parsed) => {
            for a in &corpus.articles {
                let mut n = 0;
                for s in a.sentences() {
                    if let Some(words) = parsed.matches_text(&s.text) {
                        n += 1;
                        if c.examples.len() < 3 {
                            c.examples.push(Example {
                                sentence: s.id.clone(),
                                text: s.text.clone(),
                                matched: words,
                            });
                        }
                    }
                }
                c.counts.push(n);
            }
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_cue_is_named_and_the_rest_still_checked() {
        let mut f = Folder::default();
        f.add_article("a.txt", b"Trade with Russia grew.\n\nGas flows.\n".to_vec()).unwrap();
        f.add_topic("Trade", "trade*\ngas + \n!").unwrap();
        let b = run(&f, 7);
        assert_eq!(b.request, 7);
        assert!(b.corpus.is_none());
        assert!(b.error.as_deref().unwrap().starts_with("topics.toml:"), "{:?}", b.error);
        assert!(b.articles.is_some(), "the texts stay");
        assert_eq!(b.cues.len(), 3);
        assert_eq!(b.cues[0].counts, vec![1]);
        assert_eq!(b.cues[0].examples[0].sentence, "a-p1-s1");
        assert_eq!(b.cues[0].examples[0].text, "Trade with Russia grew.");
        assert!(b.cues[1].error.is_some() && b.cues[2].error.is_some());
    }
}
