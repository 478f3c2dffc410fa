//! Finding search text in sentences: case-insensitive, and typographic
//! quotes, apostrophes and dashes match their plain forms ("Russia's"
//! finds "Russia’s").

use std::ops::Range;

/// Shortest query that searches (shorter ones would match everywhere).
pub const MIN_QUERY_CHARS: usize = 2;

/// The folded form of one character, as a short string.
fn fold(c: char, out: &mut Vec<char>) {
    match c {
        '’' | '‘' | '‛' | '′' => out.push('\''),
        '“' | '”' | '„' | '″' => out.push('"'),
        '–' | '—' | '‐' | '‑' | '−' => out.push('-'),
        '\u{a0}' => out.push(' '),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => lower_non_ascii(c, out),
    }
}

/// The lower case of a character beyond ASCII (it may be more than one).
/// In the browser this is the browser's own `toLowerCase`, whose Unicode
/// tables are there already: Rust's `char::to_lowercase` would add its own,
/// 5.3 KB of brotli-compressed wasm, to every first load.
#[cfg(target_arch = "wasm32")]
fn lower_non_ascii(c: char, out: &mut Vec<char>) {
    out.extend(String::from(js_sys::JsString::from(c).to_lower_case()).chars());
}

/// The lower case of a character beyond ASCII (it may be more than one).
#[cfg(not(target_arch = "wasm32"))]
fn lower_non_ascii(c: char, out: &mut Vec<char>) {
    out.extend(c.to_lowercase());
}

/// A text folded for searching: each folded character with the byte range
/// of the original character it came from. Folding once and searching many
/// times is what makes typing in the search box cheap.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Folded(Vec<(char, usize, usize)>);

impl Folded {
    /// Folds `text`.
    pub fn new(text: &str) -> Folded {
        let mut hay = Vec::with_capacity(text.len());
        let mut tmp = Vec::new();
        for (i, c) in text.char_indices() {
            tmp.clear();
            fold(c, &mut tmp);
            hay.extend(tmp.iter().map(|&f| (f, i, i + c.len_utf8())));
        }
        Folded(hay)
    }
}

/// The folded form of a query, or `None` when it is too short to search.
pub fn needle(query: &str) -> Option<Vec<char>> {
    let mut needle = Vec::new();
    for c in query.trim().chars() {
        fold(c, &mut needle);
    }
    (needle.len() >= MIN_QUERY_CHARS).then_some(needle)
}

/// Byte ranges of the folded text where `needle` occurs, left to right, not
/// overlapping.
pub fn find_folded(hay: &Folded, needle: &[char]) -> Vec<Range<usize>> {
    let hay = &hay.0;
    let mut out = Vec::new();
    if needle.is_empty() {
        return out;
    }
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        if hay[i..i + needle.len()].iter().zip(needle).all(|(h, n)| h.0 == *n) {
            let start = hay[i].1;
            let end = hay[i + needle.len() - 1].2;
            if out.last().is_none_or(|r: &Range<usize>| r.end <= start) {
                out.push(start..end);
            }
            i += needle.len();
        } else {
            i += 1;
        }
    }
    out
}

/// Byte ranges of `text` where `query` occurs (folded), left to right, not
/// overlapping. An empty or too-short query finds nothing.
pub fn find(text: &str, query: &str) -> Vec<Range<usize>> {
    match needle(query) {
        Some(n) => find_folded(&Folded::new(text), &n),
        None => Vec::new(),
    }
}

/// A window of `text` around its first hit: up to `before` characters
/// before it and `after` after, with "…" where text was cut.
pub fn snippet(text: &str, hit: &Range<usize>, before: usize, after: usize) -> String {
    let start = text[..hit.start].char_indices().rev().nth(before.saturating_sub(1)).map_or(0, |(i, _)| i);
    let end = text[hit.end..].char_indices().nth(after).map_or(text.len(), |(i, _)| hit.end + i);
    // Widen to word boundaries so words are not cut in half.
    let start = if start == 0 { 0 } else { text[..start].rfind(' ').map_or(0, |i| i + 1) };
    let end = if end == text.len() { end } else { text[end..].find(' ').map_or(text.len(), |i| end + i) };
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(&text[start..end]);
    if end < text.len() {
        out.push('…');
    }
    out
}

/// Splits `text` into runs, each marked `true` when it is a hit.
pub fn segments<'a>(text: &'a str, hits: &[Range<usize>]) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for h in hits {
        if h.start > at {
            out.push((&text[at..h.start], false));
        }
        out.push((&text[h.clone()], true));
        at = h.end;
    }
    if at < text.len() {
        out.push((&text[at..], false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_typography_insensitive() {
        let t = "Russia’s Gazprom and RUSSIA's pipeline – gas";
        assert_eq!(find(t, "russia's").len(), 2);
        assert_eq!(&t[find(t, "GAZ")[0].clone()], "Gaz");
        assert_eq!(find(t, "pipeline - gas").len(), 1);
    }

    #[test]
    fn short_queries_find_nothing() {
        assert!(find("a b c", "a").is_empty());
        assert!(find("a b c", "  ").is_empty());
    }

    #[test]
    fn segments_cover_the_text() {
        let t = "trade and more trade";
        let s = segments(t, &find(t, "trade"));
        assert_eq!(s, [("trade", true), (" and more ", false), ("trade", true)]);
    }

    #[test]
    fn snippets_keep_context_and_whole_words() {
        let t = "one two three four five six seven eight nine ten";
        let hit = find(t, "five")[0].clone();
        assert_eq!(snippet(t, &hit, 8, 8), "…three four five six seven…");
        assert_eq!(snippet("short text", &(0..5), 40, 40), "short text");
    }

    #[test]
    fn multi_char_lowercase_maps_back() {
        let t = "İstanbul talks";
        let hits = find(t, "talks");
        assert_eq!(&t[hits[0].clone()], "talks");
    }

    #[test]
    fn folding_once_finds_what_find_finds() {
        let text = "Russia’s tilt — and Russia's trade: RUSSIA İstanbul";
        let hay = Folded::new(text);
        for q in ["russia's", "RUSSIA", "tilt - and", "istanbul", "i̇s", "zz", "a", "  "] {
            let folded = needle(q).map_or_else(Vec::new, |n| find_folded(&hay, &n));
            assert_eq!(folded, find(text, q), "{q}");
        }
        assert_eq!(needle(" a "), None);
        assert!(find_folded(&hay, &[]).is_empty());
    }
}
