//! Cues: the small pattern language that tags a sentence with a topic.
//!
//! A cue is one or more *terms* joined by ` + `; all terms must match.
//! A term is one or more *alternatives* joined by `|`; any may match.
//! An alternative is a phrase of words matched as consecutive tokens,
//! case-insensitively; a word ending in `*` matches any word starting with
//! it; a word in capitals ("US", "SCO") matches only in capitals. A term
//! starting with `!` must *not* match.
//!
//! ```text
//! new delhi | india* | indo            (any mention of India)
//! arms | weapon* + india*              (arms and India in one sentence)
//! pipeline* + !oil                     (pipelines, unless oil is mentioned)
//! ```

use super::super::text::tokens::{tokenize, Token};

/// One word of a phrase.
#[derive(Clone, Debug, PartialEq)]
enum Word {
    /// Matches the word in any case.
    Exact(String),
    /// Matches words starting with this.
    Prefix(String),
    /// An all-capitals word of two or more letters ("US", "SCO") matches
    /// only in capitals, so "US" is not the pronoun "us".
    Capitals(String),
}

/// A parsed cue.
#[derive(Clone, Debug, PartialEq)]
pub struct Cue {
    /// The cue as written.
    pub source: String,
    terms: Vec<Term>,
}

#[derive(Clone, Debug, PartialEq)]
struct Term {
    negated: bool,
    phrases: Vec<Vec<Word>>,
}

impl Cue {
    /// Parses a cue; the error says what is wrong.
    pub fn parse(source: &str) -> Result<Cue, String> {
        let mut terms = Vec::new();
        for raw in source.split(" + ") {
            let raw = raw.trim();
            let (negated, body) = match raw.strip_prefix('!') {
                Some(rest) => (true, rest.trim()),
                None => (false, raw),
            };
            let mut phrases = Vec::new();
            for alt in body.split('|') {
                let words: Vec<Word> = alt
                    .split(|c: char| c.is_whitespace() || c == '-' || c == '/' || c == '.')
                    .filter(|w| !w.is_empty())
                    .map(|w| {
                        let (stem, prefix) = match w.strip_suffix('*') {
                            Some(s) => (s, true),
                            None => (w, false),
                        };
                        if stem.is_empty() || !stem.chars().all(char::is_alphanumeric) {
                            return Err(format!("cue {source:?}: {w:?} is not a word (letters and digits, optional trailing *)"));
                        }
                        let capitals = stem.chars().count() >= 2 && stem.chars().all(|c| c.is_uppercase());
                        Ok(match (prefix, capitals) {
                            (false, true) => Word::Capitals(stem.to_string()),
                            (true, _) => Word::Prefix(stem.to_lowercase()),
                            (false, false) => Word::Exact(stem.to_lowercase()),
                        })
                    })
                    .collect::<Result<_, _>>()?;
                if words.is_empty() {
                    return Err(format!("cue {source:?} has an empty alternative"));
                }
                phrases.push(words);
            }
            terms.push(Term { negated, phrases });
        }
        if terms.iter().all(|t| t.negated) {
            return Err(format!("cue {source:?} needs at least one term that is not negated"));
        }
        Ok(Cue { source: source.to_string(), terms })
    }

    /// If the cue matches the tokens, the matched words of each positive term
    /// (as text spans of `text`), joined with " … ".
    pub fn matches(&self, text: &str, tokens: &[Token]) -> Option<String> {
        let mut found = Vec::new();
        for term in &self.terms {
            let hit = term.phrases.iter().find_map(|p| find_phrase(p, text, tokens));
            match (term.negated, hit) {
                (false, None) | (true, Some(_)) => return None,
                (false, Some((a, b))) => {
                    found.push(text[tokens[a].span.start..tokens[b].span.end].to_string())
                }
                (true, None) => {}
            }
        }
        Some(found.join(" … "))
    }

    /// Convenience: tokenizes `text` and matches.
    pub fn matches_text(&self, text: &str) -> Option<String> {
        self.matches(text, &tokenize(text))
    }
}

fn find_phrase(phrase: &[Word], text: &str, tokens: &[Token]) -> Option<(usize, usize)> {
    (0..tokens.len()).find_map(|i| {
        let fits = phrase.iter().enumerate().all(|(k, w)| {
            tokens.get(i + k).is_some_and(|t| match w {
                Word::Exact(s) => &t.word == s,
                Word::Prefix(s) => t.word.starts_with(s.as_str()),
                Word::Capitals(s) => &text[t.span.clone()] == s,
            })
        });
        fits.then(|| (i, i + phrase.len() - 1))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(cue: &str, text: &str) -> Option<String> {
        Cue::parse(cue).unwrap().matches_text(text)
    }

    #[test]
    fn words_phrases_and_prefixes() {
        assert_eq!(m("new delhi", "ties with New Delhi grew"), Some("New Delhi".into()));
        assert_eq!(m("india*", "Indian arms"), Some("Indian".into()));
        assert_eq!(m("india", "Indian arms"), None);
        assert_eq!(m("u.s", "the U.S sponsored"), Some("U.S".into()));
        assert_eq!(m("indo-u.s", "growing Indo-U.S relations"), Some("Indo-U.S".into()));
    }

    #[test]
    fn capitals_match_only_capitals() {
        assert_eq!(m("US", "ties with the US grew"), Some("US".into()));
        assert_eq!(m("US", "let us see"), None);
        assert_eq!(m("us", "let us see"), Some("us".into()));
    }

    #[test]
    fn all_terms_and_negation() {
        assert_eq!(m("arms|weapon* + india*", "weapons to India"), Some("weapons … India".into()));
        assert_eq!(m("arms|weapon* + india*", "weapons to Pakistan"), None);
        assert_eq!(m("pipeline* + !oil", "a gas pipeline"), Some("pipeline".into()));
        assert_eq!(m("pipeline* + !oil", "an oil pipeline"), None);
    }

    #[test]
    fn bad_cues_are_errors() {
        assert!(Cue::parse("").is_err());
        assert!(Cue::parse("a||b").is_err());
        assert!(Cue::parse("!only").is_err());
        assert!(Cue::parse("we$rd").is_err());
    }
}
