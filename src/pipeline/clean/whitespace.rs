//! Tidying whitespace inside a paragraph: no-break and other special spaces
//! become plain spaces, runs collapse to one, ends are trimmed, and byte
//! order marks and zero-width characters go. Each changed paragraph gets one
//! report entry listing what was removed.

use super::blocks::Block;
use crate::model::{ReportEntry, ReportKind};

fn invisible(c: char) -> bool {
    matches!(c, '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}')
}

/// Normalises whitespace in every block; a block left empty is dropped (and reported).
pub fn tidy_whitespace(blocks: Vec<Block>, report: &mut Vec<ReportEntry>) -> Vec<Block> {
    blocks
        .into_iter()
        .filter_map(|mut b| {
            let (out, removed) = tidy(&b.text);
            if out != b.text {
                report.push(ReportEntry {
                    kind: ReportKind::Whitespace,
                    line: b.line,
                    end_line: b.end_line,
                    before: removed.clone(),
                    after: String::new(),
                    why: describe(&removed),
                });
                b.segments = remap_segments(&b.text, &out, &b.segments);
                b.text = out;
            }
            (!b.text.is_empty()).then_some(b)
        })
        .collect()
}

/// The tidied text and the whitespace characters it no longer holds (a
/// run between words keeps one plain space; a run of only special spaces
/// counts as removed, its place taken by a plain space).
fn tidy(s: &str) -> (String, String) {
    let mut out = String::with_capacity(s.len());
    let mut removed = String::new();
    let mut run = String::new();
    for c in s.chars() {
        if c.is_whitespace() || invisible(c) {
            run.push(c);
            continue;
        }
        if !run.is_empty() {
            let separates = !out.is_empty() && run.chars().any(char::is_whitespace);
            match (separates, run.find(' ')) {
                (true, Some(i)) => {
                    removed.push_str(&run[..i]);
                    removed.push_str(&run[i + 1..]);
                }
                _ => removed.push_str(&run),
            }
            if separates {
                out.push(' ');
            }
            run.clear();
        }
        out.push(c);
    }
    removed.push_str(&run);
    (out, removed)
}

/// Maps segment offsets from `old` to `new` text (which differs only in whitespace).
fn remap_segments(old: &str, new: &str, segments: &[(usize, u32)]) -> Vec<(usize, u32)> {
    // Count non-whitespace characters before each old offset, then find the
    // offset in `new` with the same count.
    let solid = |c: char| !(c.is_whitespace() || invisible(c));
    segments
        .iter()
        .map(|&(off, line)| {
            let n = old[..off.min(old.len())].chars().filter(|&c| solid(c)).count();
            let mut seen = 0;
            let mut pos = new.len();
            for (i, c) in new.char_indices() {
                if solid(c) {
                    if seen == n {
                        pos = i;
                        break;
                    }
                    seen += 1;
                }
            }
            (if off == 0 { 0 } else { pos }, line)
        })
        .collect()
}

fn describe(removed: &str) -> String {
    let nbsp = removed.chars().filter(|&c| c == '\u{a0}').count();
    let inv = removed.chars().filter(|&c| invisible(c)).count();
    let other = removed.chars().count() - nbsp - inv;
    let mut parts = Vec::new();
    if nbsp > 0 {
        parts.push(format!("{nbsp} no-break space(s) made plain"));
    }
    if inv > 0 {
        parts.push(format!("{inv} invisible character(s) removed"));
    }
    if other > 0 {
        parts.push(format!("{other} extra, leading or trailing whitespace character(s) removed"));
    }
    parts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_and_trims_and_reports() {
        let mut report = vec![];
        let out = tidy_whitespace(vec![Block::single("  two  spaces\u{a0}here.  ", 23)], &mut report);
        assert_eq!(out[0].text, "two spaces here.");
        assert_eq!(report.len(), 1);
        assert_eq!(report[0].line, 23);
        assert!(report[0].why.contains("no-break"), "{}", report[0].why);
    }

    #[test]
    fn untouched_text_has_no_report() {
        let mut report = vec![];
        tidy_whitespace(vec![Block::single("Fine as it is.", 1)], &mut report);
        assert!(report.is_empty());
    }

    #[test]
    fn segments_follow_the_text() {
        let mut b = Block::single("a  b", 1);
        b.append(Block::single("c", 3));
        let out = tidy_whitespace(vec![b], &mut vec![]);
        assert_eq!(out[0].text, "a b c");
        assert_eq!(out[0].line_at(4), 3);
    }
}
