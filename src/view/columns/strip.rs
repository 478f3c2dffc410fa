//! Where an author speaks: a slim map of the whole article beside its
//! text, one segment per paragraph (as tall as its share of the text, in
//! twelve steps). The column's painter ([`super::painter`]) widens and
//! colours the paragraphs on the active topics and marks (◆) those holding
//! the chosen claim's evidence.
//!
//! The map is one button (a target large enough to hit, one stop for the
//! keyboard, and a label that says what it shows): a click goes to the
//! marked paragraph nearest where it pressed; Enter or Space goes to the
//! next marked paragraph after the marked sentence, so pressing it again
//! walks through them. With nothing marked it is disabled.
//!
//! Nothing here is reactive: like the sentences, the segments are static
//! markup painted by the column.

use leptos::prelude::*;

use crate::store::Store;

/// The strip of article `a`.
pub fn strip(store: &Store, a: usize) -> impl IntoView + use<> {
    let segments = store.corpus().articles[a]
        .paragraphs
        .iter()
        .map(|p| {
            let chars: usize = p.sentences.iter().map(|s| s.text.len()).sum();
            view! { <span class=format!("seg g{}", weight(chars))></span> }
        })
        .collect_view();
    view! { <button type="button" class="strip" disabled aria-label=label(0, 0)>{segments}</button> }
}

/// A paragraph's height in the strip, 1–12, from its length in bytes.
pub fn weight(chars: usize) -> usize {
    chars.div_ceil(150).clamp(1, 12)
}

/// What the map says to a screen reader: how many paragraphs it marks,
/// and what pressing it does.
pub fn label(on_topics: usize, evidence: usize) -> String {
    let n = |k: usize| if k == 1 { "1 paragraph".to_string() } else { format!("{k} paragraphs") };
    match (on_topics, evidence) {
        (0, 0) => "Map of this article: choose a topic or a claim to mark where it speaks".into(),
        (t, 0) => format!("Map of this article: {} on the selected topics; go to the next", n(t)),
        (0, e) => format!("Map of this article: {} with evidence for the chosen claim; go to the next", n(e)),
        (t, e) => format!(
            "Map of this article: {} on the selected topics, {} with evidence for the chosen claim; go to the next",
            n(t),
            n(e)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_follow_length_in_twelve_steps() {
        assert_eq!(weight(0), 1);
        assert_eq!(weight(150), 1);
        assert_eq!(weight(151), 2);
        assert_eq!(weight(10_000), 12);
    }

    #[test]
    fn the_map_says_what_it_marks() {
        assert!(label(0, 0).contains("choose a topic"));
        assert_eq!(label(1, 0), "Map of this article: 1 paragraph on the selected topics; go to the next");
        assert!(label(0, 2).contains(": 2 paragraphs with evidence"));
        assert!(label(3, 1).contains("3 paragraphs on the selected topics, 1 paragraph with evidence"));
    }
}
