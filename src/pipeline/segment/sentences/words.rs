//! Reading the words around a candidate sentence end: the word before a
//! stop, the word after the gap, and whether what follows can open a
//! sentence. Plain functions of the text and a byte offset.

use super::super::abbreviations::{is_marker, is_mid_sentence, is_time_of_day, is_title};

/// Closing quotes and brackets that may follow a stop.
pub(super) const CLOSERS: &[char] = &['"', '”', '’', '\'', ')', ']', '}', '»'];
/// Opening quotes and brackets that may start a sentence.
pub(super) const OPENERS: &[char] = &['"', '“', '‘', '\'', '(', '[', '{', '«'];
/// Dashes, which can end a word as a space does.
pub(super) const DASHES: &[char] = &['—', '–', '-'];

/// True when, after whitespace at `at`, what comes next can open a
/// sentence: anything but a lowercase word (a capital, a digit, a quote, a
/// bullet), or a bracketed item label ("(b)", "(ii)", "[3]"), or a
/// bracketed note after a stop that ends a plain word ("…to run. (responding
/// to…)").
pub(super) fn starts_sentence(text: &str, at: usize) -> bool {
    let rest = text[at..].trim_start();
    let first = rest.trim_start_matches(OPENERS).chars().next();
    match first {
        None => rest.is_empty() || rest.starts_with(OPENERS),
        Some(c) if !c.is_lowercase() => true,
        Some(_) => rest.starts_with(['(', '[']) && (bracket_label(rest) || after_plain_word(text, at)),
    }
}

/// True for "(b) …", "(ii) …", "[c] …": a bracketed item label.
pub(super) fn bracket_label(rest: &str) -> bool {
    let inner = &rest[1..];
    let Some(close) = inner.find([')', ']']) else { return false };
    is_marker(&inner[..close]) && inner[close + 1..].starts_with(char::is_whitespace)
}

/// True when the stop before the whitespace at `at` follows an ordinary
/// lowercase word of three letters or more (not an abbreviation).
pub(super) fn after_plain_word(text: &str, at: usize) -> bool {
    let head = text[..at].trim_end_matches(|c: char| CLOSERS.contains(&c) || matches!(c, '.' | '?' | '!'));
    let word = word_before(head, head.len());
    word.chars().count() >= 3 && word.chars().all(char::is_lowercase) && !is_mid_sentence(word)
}

/// The word right before byte `i`: back to whitespace, an opening mark or a
/// dash ("Lakes-St." gives "St", "—p." gives "p"). Dotted acronyms stay
/// whole ("U.S").
pub(super) fn word_before(text: &str, i: usize) -> &str {
    let head = &text[..i];
    let start = head
        .rfind(|c: char| c.is_whitespace() || OPENERS.contains(&c) || DASHES.contains(&c) || c == '/')
        .map_or(0, |p| p + head[p..].chars().next().map_or(1, char::len_utf8));
    &head[start..]
}

/// The word before the one starting at byte `word_start`, without marks.
pub(super) fn previous_word(text: &str, word_start: usize) -> &str {
    let head = text[..word_start].trim_end();
    let w = word_before(head, head.len());
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

/// The next word after whitespace at `at`, without opening marks.
pub(super) fn next_word(text: &str, at: usize) -> &str {
    let rest = text[at..].trim_start().trim_start_matches(OPENERS);
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    &rest[..end]
}

/// How many words lie between the last sentence end before `i` and `i`.
pub(super) fn words_since_sentence_start(text: &str, i: usize) -> usize {
    let head = &text[..i];
    let start = head.rfind(['?', '!']).map_or(0, |p| p + 1);
    let mut n = 0;
    for w in head[start..].split_whitespace().rev() {
        n += 1;
        if w.ends_with('.') && !is_time_of_day(w.trim_end_matches('.')) && !is_title(w.trim_end_matches('.'))
        {
            return n - 1;
        }
    }
    n
}
