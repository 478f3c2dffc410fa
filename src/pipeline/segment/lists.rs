//! Inline lists ("1. First item 2. Second item", "a) … b) …", "• … • …"):
//! each item is a sentence of its own, and the item marker's full stop is
//! not a sentence end.

/// What the list pass found.
#[derive(Debug, Default, PartialEq)]
pub struct Lists {
    /// Byte offsets where a list item starts a new sentence.
    pub starts: Vec<usize>,
    /// Byte offsets of full stops that belong to item markers ("1." "a.").
    pub marker_stops: Vec<usize>,
}

const BULLETS: &[char] = &['•', '⁃', '◦', '▪', '‣', '·'];

/// A token with its byte offset.
struct Tok<'a> {
    at: usize,
    text: &'a str,
}

fn tokens(text: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push(Tok { at: s, text: &text[s..i] });
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Tok { at: s, text: &text[s..] });
    }
    out
}

/// An item marker: optional bullet, then a number (1-3 digits) or one
/// lowercase letter, then `.`, `)` or `.)`. Returns (ordinal, letters?, offset of its `.` if any).
fn marker(tok: &str) -> Option<(u32, bool, Option<usize>)> {
    let body = tok.trim_start_matches(BULLETS);
    let prefix = tok.len() - body.len();
    let (head, tail) = body.split_at(body.find(['.', ')'])?);
    if !matches!(tail, "." | ")" | ".)") {
        return None;
    }
    let dot = tail.starts_with('.').then_some(prefix + head.len());
    if !head.is_empty() && head.len() <= 3 && head.bytes().all(|b| b.is_ascii_digit()) {
        return Some((head.parse().ok()?, false, dot));
    }
    let mut cs = head.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) if c.is_ascii_lowercase() => Some((c as u32 - 'a' as u32 + 1, true, dot)),
        _ => None,
    }
}

/// Finds inline lists in `text`. Markers count only when they form a run
/// (1 then 2, a then b...), so a stray "2." or "a." is left alone.
pub fn find_lists(text: &str) -> Lists {
    let toks = tokens(text);
    let mut out = Lists::default();
    let marks: Vec<(usize, u32, bool, Option<usize>)> = toks
        .iter()
        .enumerate()
        .filter_map(|(i, t)| marker(t.text).map(|(n, alpha, dot)| (i, n, alpha, dot.map(|d| t.at + d))))
        .collect();
    for (k, &(i, n, alpha, dot)) in marks.iter().enumerate() {
        let next_follows = marks.get(k + 1).is_some_and(|m| m.2 == alpha && m.1 == n + 1);
        let prev_precedes = k > 0 && marks[k - 1].2 == alpha && marks[k - 1].1 + 1 == n;
        if !(next_follows || prev_precedes) {
            continue;
        }
        out.marker_stops.extend(dot);
        // Split before the marker, or before a bare bullet just in front of it.
        let start = if i > 0 && toks[i - 1].text.chars().all(|c| BULLETS.contains(&c)) {
            toks[i - 1].at
        } else {
            toks[i].at
        };
        if start > 0 {
            out.starts.push(start);
        }
    }
    // Bare bullets ("• item • item") start items too.
    let bullets: Vec<usize> = toks
        .iter()
        .filter(|t| t.text.chars().next().is_some_and(|c| BULLETS.contains(&c)))
        .map(|t| t.at)
        .collect();
    if bullets.len() >= 2 {
        out.starts.extend(bullets.into_iter().filter(|&b| b > 0));
    }
    out.starts.sort_unstable();
    out.starts.dedup();
    out.marker_stops.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_items() {
        let t = "1. The first item 2. The second item";
        let l = find_lists(t);
        assert_eq!(l.starts, vec![18]);
        assert_eq!(l.marker_stops, vec![1, 19]);
    }

    #[test]
    fn bullets_and_letters() {
        assert_eq!(find_lists("• 9. one • 10. two").starts, vec!["• 9. one ".len()]);
        assert_eq!(find_lists("a. one b. two c. three").starts.len(), 2);
    }

    #[test]
    fn a_lone_number_is_not_a_list() {
        let l = find_lists("They met in 2015. 2. That was all.");
        assert!(l.starts.is_empty() && l.marker_stops.is_empty());
        assert!(find_lists("At 5 a.m. he left.").starts.is_empty());
    }
}
