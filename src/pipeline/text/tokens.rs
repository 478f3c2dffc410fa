//! Word tokens for matching: lowercase runs of letters and digits with their
//! byte span. Hyphens, slashes and full stops separate words
//! ("Pakistan-Russia" → `pakistan`, `russia`; "U.S" → `u`, `s`); a
//! possessive "’s" is dropped ("Russia’s" → `russia`).

use std::ops::Range;

/// A word of the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    /// Lowercased word.
    pub word: String,
    /// Byte span in the original text.
    pub span: Range<usize>,
}

/// Splits `text` into word tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    let mut start: Option<usize> = None;
    let push = |out: &mut Vec<Token>, s: usize, e: usize| {
        let word = &text[s..e];
        // Possessive: "Russia’s" / "Russia's" → drop the "s" after the apostrophe.
        if word.eq_ignore_ascii_case("s") && s > 0 && text[..s].ends_with(['’', '\'']) {
            if let Some(prev) = out.last() {
                if prev.span.end + text[..s].chars().next_back().map_or(1, char::len_utf8) == s {
                    return;
                }
            }
        }
        out.push(Token { word: word.to_lowercase(), span: s..e });
    };
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            push(&mut out, s, i);
        }
    }
    if let Some(s) = start {
        push(&mut out, s, text.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<String> {
        tokenize(t).into_iter().map(|t| t.word).collect()
    }

    #[test]
    fn splits_and_lowercases() {
        assert_eq!(
            words("Pakistan-Russia ties, U.S. and 9/11"),
            ["pakistan", "russia", "ties", "u", "s", "and", "9", "11"]
        );
    }

    #[test]
    fn drops_possessive_s() {
        assert_eq!(words("Russia’s and India's s-400"), ["russia", "and", "india", "s", "400"]);
    }

    #[test]
    fn spans_point_into_the_text() {
        let t = "Vis-à-vis Moscow";
        let toks = tokenize(t);
        assert_eq!(&t[toks[1].span.clone()], "à");
        assert_eq!(&t[toks[3].span.clone()], "Moscow");
    }
}
