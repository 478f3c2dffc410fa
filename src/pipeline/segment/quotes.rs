//! Finding quotations, so a sentence is never split inside one: the quoted
//! passage (and the sentence that carries it) stays whole.

use std::ops::Range;

/// Byte ranges of the quotations in `text`, from the opening mark to just
/// before the closing mark. Curly quotes nest. A straight double quote opens
/// or closes by what is beside it: it opens after a space, an opening
/// bracket or a dash, and closes before a space or punctuation; only one
/// between two letters goes by the count. So a quotation left open (speech
/// running on into the next paragraph, as fiction writes it) does not shift
/// every later pair. An opening mark that is never closed is ignored, so one
/// stray quote cannot swallow a paragraph.
pub fn quote_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut open_curly: Vec<usize> = Vec::new();
    let mut open_straight: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '“' => open_curly.push(i),
            '”' => {
                if let Some(start) = open_curly.pop() {
                    if open_curly.is_empty() {
                        spans.push(start..i);
                    }
                }
            }
            '"' => match (straight_opens(text, i), open_straight) {
                (Some(true), _) => open_straight = Some(i),
                (Some(false), Some(start)) | (None, Some(start)) => {
                    spans.push(start..i);
                    open_straight = None;
                }
                (Some(false), None) => {}
                (None, None) => open_straight = Some(i),
            },
            _ => {}
        }
    }
    spans.sort_by_key(|r| r.start);
    spans
}

/// Whether the straight quote at byte `i` opens (`Some(true)`) or closes
/// (`Some(false)`) a quotation, judged by its neighbours; `None` when both
/// neighbours are letters or digits.
fn straight_opens(text: &str, i: usize) -> Option<bool> {
    let before = text[..i].chars().next_back();
    let after = text[i + 1..].chars().next();
    let opens_after = |c: char| c.is_whitespace() || "([{—–-/".contains(c);
    let closes_before = |c: char| c.is_whitespace() || ".,;:!?)]}—–-…'’".contains(c);
    match (before, after) {
        (None, _) => Some(true),
        (_, None) => Some(false),
        (Some(b), _) if opens_after(b) => Some(true),
        (_, Some(a)) if closes_before(a) => Some(false),
        _ => None,
    }
}

/// True when byte `pos` lies strictly inside one of `spans`.
pub fn inside(spans: &[Range<usize>], pos: usize) -> bool {
    spans.iter().any(|r| r.start < pos && pos <= r.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curly_and_straight() {
        let t = "He wrote, “A. B.” Then \"C. D.\" end";
        let s = quote_spans(t);
        assert_eq!(s.len(), 2);
        assert_eq!(&t[s[0].clone()], "“A. B.");
        assert_eq!(&t[s[1].clone()], "\"C. D.");
    }

    #[test]
    fn straight_quotes_pair_by_their_neighbours() {
        // A paragraph whose speech runs on (no closing mark), then a quoted phrase.
        let t = "\"I went on. Then, as the proverb says, \"Corrupt as Lima.\" It held.";
        let s = quote_spans(t);
        assert_eq!(s.len(), 1);
        assert_eq!(&t[s[0].clone()], "\"Corrupt as Lima.");
    }

    #[test]
    fn unclosed_quote_is_ignored() {
        assert!(quote_spans("He said “this. And that.").is_empty());
    }

    #[test]
    fn inside_excludes_the_opening_mark() {
        let s = std::slice::from_ref(&(2..8));
        assert!(!inside(s, 2) && inside(s, 3) && inside(s, 8) && !inside(s, 9));
    }
}
