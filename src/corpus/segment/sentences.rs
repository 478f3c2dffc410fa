//! The sentence splitter: rule-based, tuned for English political writing.
//!
//! A candidate end is a run of `.`, `?`, `!` or `…`, with any closing quotes
//! or brackets after it. It ends a sentence only if whitespace follows and
//! the next word does not start in lowercase, and:
//! - it is not inside a quotation ([`super::quotes`]);
//! - for a single full stop, the word before it is not a title ("Dr.",
//!   "St."), not an abbreviation before a number ("p. 55", "No. 7"), and not
//!   an initial or acronym followed by a name ("Z.A. Bhutto", "U.S.
//!   Government") — see [`super::abbreviations`];
//! - spaced ellipses (". . .") end a sentence only as a four-dot ending.
//!
//! Inline list items start sentences of their own ([`super::lists`]).
//! Passes all 48 English Golden Rules (`tests/golden_rules.rs`).

use std::ops::Range;

use super::abbreviations::{is_before_number, is_initialism, is_sentence_starter, is_time_of_day, is_title};
use super::lists::find_lists;
use super::quotes::{inside, quote_spans};

const CLOSERS: &[char] = &['"', '”', '’', '\'', ')', ']', '}', '»'];
const OPENERS: &[char] = &['"', '“', '‘', '\'', '(', '[', '{', '«'];

/// Splits `text` into sentences; returns their byte ranges, trimmed.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let quotes = quote_spans(text);
    let lists = find_lists(text);
    let mut ends: Vec<usize> = lists.starts.clone();
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        if !matches!(c, '.' | '?' | '!' | '…') {
            i += c.len_utf8();
            continue;
        }
        let (end, decision) = judge(text, i, &lists.marker_stops);
        if let Some(at) = decision {
            if !inside(&quotes, at) {
                ends.push(at);
            }
        }
        i = end.max(i + c.len_utf8());
    }
    ends.sort_unstable();
    ends.dedup();
    let mut out = Vec::new();
    let mut start = 0;
    for e in ends.into_iter().chain(std::iter::once(text.len())) {
        if e <= start {
            continue;
        }
        if let Some(r) = trimmed(text, start..e) {
            out.push(r);
        }
        start = e;
    }
    out
}

fn trimmed(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    (lead < s.len()).then(|| r.start + lead..r.end - trail)
}

/// Looks at the terminal punctuation starting at byte `i`. Returns the byte
/// offset to resume scanning from and, if a sentence ends here, where.
fn judge(text: &str, i: usize, marker_stops: &[usize]) -> (usize, Option<usize>) {
    let b = text.as_bytes();
    // Spaced ellipsis ". . ." or ". . . .".
    if let Some((dots, after)) = spaced_ellipsis(text, i) {
        let detached = i == 0 || text[..i].ends_with(char::is_whitespace);
        let next_starts = !text[after..].trim().is_empty() && starts_sentence(text, after);
        return match (detached, dots) {
            // "…with a period . . . . Next sentence."
            (true, 4) if next_starts => (after, Some(after)),
            // "compounds. . . . The practice…": the first stop ends the sentence,
            // the ellipsis opens the next.
            (false, 4) if next_starts => (after, Some(i + 1)),
            _ => (after, None),
        };
    }
    // A run of terminal marks: "?!", "....", "…".
    let mut j = i;
    let mut stops = 0;
    let mut other = false;
    while j < b.len() {
        if b[j] == b'.' {
            stops += 1;
            j += 1;
        } else if b[j] == b'?' || b[j] == b'!' {
            other = true;
            j += 1;
        } else if text[j..].starts_with('…') {
            stops += 3;
            j += '…'.len_utf8();
        } else {
            break;
        }
    }
    // "[...]" is an omission mark, not an ending.
    if stops >= 2 && text[..i].ends_with('[') {
        return (j, None);
    }
    let mut end = j;
    while let Some(c) = text[end..].chars().next().filter(|c| CLOSERS.contains(c)) {
        end += c.len_utf8();
    }
    if end == text.len() {
        return (end, Some(end));
    }
    if !text[end..].starts_with(char::is_whitespace) || !starts_sentence(text, end) {
        return (end, None);
    }
    if other || stops >= 2 {
        return (end, Some(end));
    }
    if marker_stops.contains(&i) {
        return (end, None);
    }
    // A single full stop: look at the word before it.
    let word = word_before(text, i);
    let next = next_word(text, end);
    let next_is_digit = next.starts_with(|c: char| c.is_ascii_digit());
    let ends = if is_title(word) || (is_before_number(word) && next_is_digit) {
        false
    } else if is_time_of_day(word) {
        // "At 5 a.m. Mr. Smith went…" (an opening phrase) vs "…at 6 P.M. Mr. Smith then…".
        words_since_sentence_start(text, i) > 3
    } else if is_initialism(word) {
        is_sentence_starter(next.trim_end_matches(|c: char| !c.is_alphanumeric()))
    } else {
        true
    };
    (end, ends.then_some(end))
}

/// If a spaced ellipsis (". . ." or ". . . .") starts at `i`, its number of
/// stops and the offset just after it (and after any closing marks).
fn spaced_ellipsis(text: &str, i: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut dots = 1;
    let mut j = i + 1;
    while j + 1 < b.len() && b[j] == b' ' && b[j + 1] == b'.' && dots < 4 {
        dots += 1;
        j += 2;
    }
    if dots < 3 || (j < b.len() && b[j] == b'.') {
        return None;
    }
    while let Some(c) = text[j..].chars().next().filter(|c| CLOSERS.contains(c)) {
        j += c.len_utf8();
    }
    Some((dots, j))
}

/// True when, after whitespace at `at`, the next word can open a sentence:
/// anything but a lowercase letter (capital, digit, quote, bracket, bullet).
fn starts_sentence(text: &str, at: usize) -> bool {
    let rest = text[at..].trim_start();
    let first = rest.trim_start_matches(OPENERS).chars().next();
    match first {
        None => rest.is_empty() || rest.starts_with(OPENERS),
        Some(c) => !c.is_lowercase(),
    }
}

/// The word right before byte `i` (back to whitespace or an opening mark).
fn word_before(text: &str, i: usize) -> &str {
    let head = &text[..i];
    let start = head
        .rfind(|c: char| c.is_whitespace() || OPENERS.contains(&c))
        .map_or(0, |p| p + head[p..].chars().next().map_or(1, char::len_utf8));
    &head[start..]
}

/// The next word after whitespace at `at`, without opening marks.
fn next_word(text: &str, at: usize) -> &str {
    let rest = text[at..].trim_start().trim_start_matches(OPENERS);
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    &rest[..end]
}

/// How many words lie between the last sentence end before `i` and `i`.
fn words_since_sentence_start(text: &str, i: usize) -> usize {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        split_sentences(t).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn corpus_abbreviations_and_initials() {
        assert_eq!(
            split("Z.A. Bhutto’s government tried. It failed."),
            ["Z.A. Bhutto’s government tried.", "It failed."]
        );
        assert_eq!(
            split("He visited St. Petersburg in October 2017. Then he left."),
            ["He visited St. Petersburg in October 2017.", "Then he left."]
        );
        assert_eq!(
            split("Pakistan’s support to the U.S sponsored Jihad. Next."),
            ["Pakistan’s support to the U.S sponsored Jihad.", "Next."]
        );
        assert_eq!(
            split("Dr. Rizvi and Mr. Khan met at 9 a.m. on Monday."),
            ["Dr. Rizvi and Mr. Khan met at 9 a.m. on Monday."]
        );
        assert_eq!(split("See No. 7 on the list. Good."), ["See No. 7 on the list.", "Good."]);
    }

    #[test]
    fn never_inside_a_quotation() {
        let t = "He wrote, “A renaissance started in 2014. In 2015, Moscow agreed. This year, more.” Both agreed.";
        assert_eq!(
            split(t),
            [
                "He wrote, “A renaissance started in 2014. In 2015, Moscow agreed. This year, more.”",
                "Both agreed."
            ]
        );
    }

    #[test]
    fn questions_in_a_row() {
        assert_eq!(
            split("Why is there a change? What are India’s concerns? None."),
            ["Why is there a change?", "What are India’s concerns?", "None."]
        );
    }

    #[test]
    fn no_text_no_sentences() {
        assert!(split("").is_empty());
        assert!(split("   ").is_empty());
        assert_eq!(split("No final stop"), ["No final stop"]);
    }
}
