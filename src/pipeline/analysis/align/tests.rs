//! Unit tests of `align`, one per rule or regression.

use super::*;
use crate::model::{Position, Status, Viewpoint};
use crate::pipeline::analysis::fixture;

/// Other sentences of each article (they share no words across articles).
const FILLER_A: &[&str] = &["Ties between states matter.", "Officials met again.", "Trust improved."];
const FILLER_B: &[&str] = &["Rivals watched closely.", "Diplomats talked late.", "Markets waited calmly."];

fn corpus(a: &'static str, b: &'static str) -> Corpus {
    let a: Vec<&str> = [a].iter().chain(FILLER_A).copied().collect();
    let b: Vec<&str> = [b].iter().chain(FILLER_B).copied().collect();
    fixture(&[("a", &a), ("b", &b)])
}

/// Guards issue 14: groups matched on one word ("prism", "ally") or one
/// set phrase ("strategic partnership") used of different things.
#[test]
fn one_shared_word_or_set_phrase_aligns_nothing() {
    assert!(align(&corpus(
        "They saw the region through a prism of suspicion.",
        "The new prism was ideology."
    ))
    .is_empty());
    assert!(align(&corpus(
        "The strategic partnership with the navy grew.",
        "A strategic partnership for farmers is planned."
    ))
    .is_empty());
}

#[test]
fn two_telling_words_align() {
    let g = align(&corpus(
        "The helicopters were sold to the navy in spring.",
        "Helicopters for the navy arrived late.",
    ));
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].shared, ["helicopters", "navy"]);
    assert!(g[0].claim.is_none());
}

#[test]
fn sentences_cited_for_one_claim_align_whatever_their_words() {
    let mut c = corpus("The jihad ended any hope of better ties.", "Relations soured after the invasion.");
    let position = |article: &str, sentence: &str| Position {
        article: article.into(),
        stance: Stance::Agrees,
        evidence: vec![sentence.into()],
        comment: None,
        via: None,
        coded: vec![],
        adjudication: None,
    };
    c.viewpoints.push(Viewpoint {
        id: "war-divided".into(),
        topic: "t".into(),
        statement: "The war divided them.".into(),
        positions: vec![position("a", "a-p1-s1"), position("b", "b-p1-s1")],
        comment: None,
        status: Status::FewVoices,
    });
    let g = align(&c);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].claim.as_deref(), Some("war-divided"));
    assert_eq!(g[0].stance, Some(Stance::Agrees));
    assert_eq!(
        g[0].sentences.iter().map(|s| s.sentence.as_str()).collect::<Vec<_>>(),
        ["a-p1-s1", "b-p1-s1"]
    );
}
