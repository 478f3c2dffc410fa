//! Quotation groups: which consecutive sentences belong to one quotation
//! of more than one sentence. The splitter cuts inside quotations like
//! anywhere else (a six-sentence quotation is six units, each tagged and
//! highlighted on its own); the group keeps them together as the quotation
//! they are, with its marks and its attribution, for ids and evidence.

use std::ops::Range;

use super::quotes::quote_spans;

/// The groups of `sentences` (byte ranges in `text`, in order) that a
/// quotation spans: index ranges of two or more sentences, from the one
/// holding the opening mark to the one holding the closing mark. Groups
/// that would overlap (a quotation ending in the sentence where the next
/// begins) are merged.
pub fn quotation_groups(text: &str, sentences: &[Range<usize>]) -> Vec<Range<usize>> {
    let holding = |pos: usize| sentences.iter().position(|r| r.start <= pos && pos < r.end.max(r.start + 1));
    let mut groups: Vec<Range<usize>> = Vec::new();
    for q in quote_spans(text) {
        let (Some(first), Some(last)) = (holding(q.start), holding(q.end)) else { continue };
        if last <= first {
            continue;
        }
        match groups.last_mut() {
            Some(g) if first < g.end => g.end = g.end.max(last + 1),
            _ => groups.push(first..last + 1),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::segment::split_sentences;

    fn grouped(t: &str) -> Vec<Vec<&str>> {
        let s = split_sentences(t);
        quotation_groups(t, &s).into_iter().map(|g| s[g].iter().map(|r| &t[r.clone()]).collect()).collect()
    }

    #[test]
    fn a_quotation_of_several_sentences_is_one_group_of_its_sentences() {
        let t = "It began early. He wrote, “A renaissance started in 2014. In 2015, Moscow agreed. This year, more.” Both agreed.";
        assert_eq!(
            grouped(t),
            [["He wrote, “A renaissance started in 2014.", "In 2015, Moscow agreed.", "This year, more.”"]]
        );
    }

    #[test]
    fn a_one_sentence_quotation_is_no_group() {
        assert!(grouped("She said, “This is great.” She held the book out.").is_empty());
        assert!(grouped("“This is great,” she said. Then she left.").is_empty());
    }

    #[test]
    fn the_attribution_after_the_quotation_stays_in_its_last_sentence() {
        let t = "“Yes. We will,” the minister said. Nothing followed.";
        assert_eq!(grouped(t), [["“Yes.", "We will,” the minister said."]]);
    }

    #[test]
    fn two_quotations_sharing_a_sentence_are_one_group() {
        let t = "“One. Two,” he said, “three. Four.” Done.";
        assert_eq!(grouped(t), [["“One.", "Two,” he said, “three.", "Four.”"]]);
    }
}
