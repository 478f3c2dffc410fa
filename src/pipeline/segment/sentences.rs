//! The sentence splitter: rule-based, for English prose.
//!
//! A candidate end is a run of `.`, `?`, `!` or `…`, with any closing quotes
//! or brackets and any footnote mark (`*`, `†`, `[12]`) after it. It ends a
//! sentence when what follows opens one:
//! - whitespace, then anything but a lowercase word (a capital, a digit, an
//!   opening quote, a bullet), or a bracketed label such as "(b)" or
//!   "(ii)"; after a plain word, a bracketed lowercase note too;
//! - or, with no space, a dash and then a capitalised word ("see?—Posted",
//!   "forces.-Demobilization"); or a capitalised word glued to a question or
//!   exclamation mark ("children?I will"), or to a full stop after a plain
//!   lowercase word ("ugly forms.Each American"; never "U.S.Army").
//!
//! A single full stop is then judged by the word before it, taken back to
//! a space, an opening mark or a dash, by classes ([`super::abbreviations`]):
//! an item marker opening its sentence ("1.", "iv.", "Q.") labels it and
//! never ends it; a title ("Dr.", "Sen.") never ends one; an abbreviation
//! that precedes a number ("No. 7", "Jan. 20") does not end one before a
//! digit; an initial or acronym ("U.S.", "Z.A.") ends one only before a
//! word that commonly opens a sentence, an opening quote, or the same
//! acronym again; "I." after a lowercase word is the pronoun and ends one. An initial or acronym that
//! closes a quotation ("stamped “Made in the U.S.A.” Listen") ends one too.
//!
//! Quotation marks do not stop a split: the sentences of a quotation are
//! found like any others, and [`super::groups`] says which ones belong to
//! one quotation. Inline list items start sentences of their own
//! ([`super::lists`]); spaced ellipses (". . .") end a sentence only as a
//! four-dot ending. Passes all 48 English Golden Rules
//! (`tests/tool/splitter.rs`, with a test per rule); measured against pySBD in
//! `scripts/bench-splitter.sh`.

use std::ops::Range;

use super::abbreviations::{
    is_before_number, is_initialism, is_marker, is_mid_sentence, is_sentence_starter, is_time_of_day,
    is_title,
};
use super::lists::find_lists;
use words::{
    next_word, previous_word, starts_sentence, word_before, words_since_sentence_start, CLOSERS, DASHES,
    OPENERS,
};

/// Splits `text` into sentences; returns their byte ranges, trimmed.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let lists = find_lists(text);
    let mut ends: Vec<usize> = lists.starts.clone();
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        let decision = if matches!(c, '.' | '?' | '!' | '…') {
            let start = ends.iter().copied().filter(|&e| e <= i).max().unwrap_or(0);
            Some(judge(text, i, start, &lists.marker_stops))
        } else if DASHES.contains(&c) {
            broken_off(text, i)
        } else {
            None
        };
        match decision {
            Some((resume, at)) => {
                ends.extend(at);
                i = resume.max(i + c.len_utf8());
            }
            None => i += c.len_utf8(),
        }
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

/// Speech broken off by a dash at the end of a quotation ("that—” But
/// again…"): an end after the closing mark when a sentence opens next.
fn broken_off(text: &str, i: usize) -> Option<(usize, Option<usize>)> {
    let after_dash = i + text[i..].chars().next()?.len_utf8();
    let end = skip_closers(text, after_dash);
    let closed = text[after_dash..end].contains(['"', '”']);
    (closed && text[end..].starts_with(char::is_whitespace) && starts_sentence(text, end))
        .then_some((end, Some(end)))
}

fn skip_closers(text: &str, mut at: usize) -> usize {
    while let Some(c) = text[at..].chars().next().filter(|c| CLOSERS.contains(c)) {
        at += c.len_utf8();
    }
    at
}

/// A footnote mark right after a sentence's stop ("alien.* Hence",
/// "Reconversion.[1] It"): the offset just after it, or `at`.
fn skip_footnote(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    let stars = rest.len() - rest.trim_start_matches(['*', '†', '‡']).len();
    if stars > 0 {
        return at + stars;
    }
    if let Some(inner) = rest.strip_prefix('[') {
        let digits = inner.len() - inner.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if (1..=3).contains(&digits) && inner[digits..].starts_with(']') {
            return at + digits + 2;
        }
    }
    at
}

/// How the next sentence would begin after the candidate end at `end`.
enum Gap {
    /// Whitespace, then a sentence-opening word at the returned offset.
    Space,
    /// A dash with no space before it, then a capitalised word: the end
    /// falls after the dash (returned).
    Dash(usize),
    /// A question or exclamation mark glued to a capitalised word.
    Glued,
}

fn gap(text: &str, end: usize, other: bool) -> Option<Gap> {
    let rest = &text[end..];
    if rest.starts_with(char::is_whitespace) {
        return starts_sentence(text, end).then_some(Gap::Space);
    }
    let dashes = rest.chars().take_while(|c| DASHES.contains(c)).count();
    if (1..=2).contains(&dashes) {
        let after = end + rest.chars().take(dashes).map(char::len_utf8).sum::<usize>();
        let next = text[after..].trim_start().trim_start_matches(OPENERS);
        let capital = next.chars().next().is_some_and(char::is_uppercase);
        return capital.then_some(Gap::Dash(after));
    }
    let mut cs = rest.chars();
    let glued = cs.next().is_some_and(char::is_uppercase)
        && cs.next().is_none_or(|c| c.is_lowercase() || c.is_whitespace());
    // After ? or !, any capitalised word; after a full stop, only when a plain
    // lowercase word ends there ("ugly forms.Each American"), never an
    // acronym or a name ("U.S.Army", "Z.A.Bhutto").
    let plain = || {
        let w = word_before(text, end.saturating_sub(1));
        w.chars().count() >= 2 && w.chars().all(char::is_lowercase) && !is_abbreviation(w)
    };
    (glued && (other || (text[..end].ends_with('.') && plain()))).then_some(Gap::Glued)
}

/// Looks at the terminal punctuation starting at byte `i`, in the sentence
/// that started at `start`. Returns the byte offset to resume scanning from
/// and, if a sentence ends here, where.
fn judge(text: &str, i: usize, start: usize, marker_stops: &[usize]) -> (usize, Option<usize>) {
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
    let closed_at = skip_closers(text, j);
    let quoted = text[j..closed_at].contains(['"', '”']);
    let end = skip_footnote(text, closed_at);
    if end == text.len() {
        return (end, Some(end));
    }
    let Some(gap) = gap(text, end, other) else { return (end, None) };
    let at = match gap {
        // After a stop, only a plain word: "Oct.-Dec." and "U.S.-Soviet" are ranges and compounds.
        Gap::Dash(_) if !other && stops == 1 && is_abbreviation(word_before(text, i)) => return (end, None),
        Gap::Dash(after) => after,
        Gap::Space | Gap::Glued => end,
    };
    if other || stops >= 2 {
        return (at, Some(at));
    }
    if marker_stops.contains(&i) {
        return (at, None);
    }
    (at, single_stop_ends(text, i, start, at, quoted).then_some(at))
}

/// Whether the single full stop at `i` (in the sentence from `start`; the
/// next sentence would begin at `at`) ends the sentence, judged by the word
/// before it. `quoted` says a closing quotation mark follows the stop.
fn single_stop_ends(text: &str, i: usize, start: usize, at: usize, quoted: bool) -> bool {
    let word = word_before(text, i);
    let word_start = i - word.len();
    let next = next_word(text, at);
    let next_bare = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    let next_is_digit = next.starts_with(|c: char| c.is_ascii_digit());
    let opens = |w: &str| is_sentence_starter(w) || next.starts_with(OPENERS);
    // (A word glued to the end of the previous sentence, "?Aa.", opens this one.)
    let sentence_opening =
        word_start <= start || text[start..word_start].trim().trim_end_matches(OPENERS).is_empty();
    // "1. The first item", "Q. What next?", "iv. The fourth"; "Dr. Khan";
    // "Jan. 20"; "e.g. (see…)".
    let continues = (sentence_opening && is_marker(word))
        || is_title(word)
        || (is_before_number(word) && next_is_digit)
        || (is_mid_sentence(word) && text[at..].trim_start().starts_with(['(', '[']));
    if continues {
        false
    } else if is_time_of_day(word) {
        // "At 5 a.m. Mr. Smith went…" (an opening phrase) vs "…at 6 P.M. Mr. Smith then…".
        words_since_sentence_start(text, i) > 3
    } else if is_initialism(word) {
        let pronoun = word == "I" && previous_word(text, word_start).starts_with(char::is_lowercase);
        quoted || pronoun || opens(next_bare) || next_bare == word
    } else {
        true
    }
}

/// True for a word of any abbreviation class: a title, an abbreviation
/// before a number, an initial or acronym, an item marker.
fn is_abbreviation(word: &str) -> bool {
    is_title(word)
        || is_before_number(word)
        || is_initialism(word)
        || is_marker(word)
        || is_mid_sentence(word)
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
    Some((dots, skip_closers(text, j)))
}

mod words;

#[cfg(test)]
mod tests;
