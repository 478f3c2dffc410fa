//! Finding quotations, so a sentence is never split inside one: the quoted
//! passage (and the sentence that carries it) stays whole.

use std::ops::Range;

/// Byte ranges of the quotations in `text`, from the opening mark to just
/// before the closing mark. Curly quotes nest; straight double quotes pair
/// up in order. An opening mark that is never closed is ignored, so one
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
            '"' => match open_straight.take() {
                Some(start) => spans.push(start..i),
                None => open_straight = Some(i),
            },
            _ => {}
        }
    }
    spans.sort_by_key(|r| r.start);
    spans
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
    fn unclosed_quote_is_ignored() {
        assert!(quote_spans("He said “this. And that.").is_empty());
    }

    #[test]
    fn inside_excludes_the_opening_mark() {
        let s = std::slice::from_ref(&(2..8));
        assert!(!inside(s, 2) && inside(s, 3) && inside(s, 8) && !inside(s, 9));
    }
}
