//! Moving metadata out of the body: title, byline and author-note lines the
//! manifest names are removed from the text and kept as evidence.

use super::blocks::Block;
use crate::model::{Evidence, ReportEntry, ReportKind};

/// A whole line the manifest names, to take out of the body.
#[derive(Clone, Debug)]
pub struct MetaLine {
    /// The line's text as the manifest gives it (compared after trimming).
    pub text: String,
    /// `Metadata` (title, byline...) or `Chrome` (an article-specific boilerplate line).
    pub kind: ReportKind,
    /// What it is, e.g. "title" or "byline"; used in the report.
    pub role: String,
}

/// Removes every block equal to one of `lines` (all copies), records each
/// removal, and returns the evidence for each item in `lines` order.
/// An item that matches no block is returned as `Err(text)`.
pub fn take_metadata(
    blocks: Vec<Block>,
    lines: &[MetaLine],
    report: &mut Vec<ReportEntry>,
) -> (Vec<Block>, Vec<Result<Evidence, String>>) {
    let mut found: Vec<Option<Evidence>> = vec![None; lines.len()];
    let mut kept = Vec::with_capacity(blocks.len());
    for b in blocks {
        let t = b.text.trim();
        let key = squash(t);
        let matching: Vec<usize> = (0..lines.len()).filter(|&i| squash(&lines[i].text) == key).collect();
        let Some(&first) = matching.first() else {
            kept.push(b);
            continue;
        };
        let mut roles: Vec<&str> = Vec::new();
        for &i in &matching {
            found[i].get_or_insert(Evidence { line: b.line, text: t.to_string() });
            if !roles.contains(&lines[i].role.as_str()) {
                roles.push(&lines[i].role);
            }
        }
        let kind = lines[first].kind;
        let why = match kind {
            ReportKind::Metadata => format!("{} (kept in the article's metadata)", roles.join(", ")),
            _ => roles.join("; "),
        };
        report.push(ReportEntry {
            kind,
            line: b.line,
            end_line: b.end_line,
            before: b.text,
            after: String::new(),
            why,
        });
    }
    let evidence = found.into_iter().zip(lines).map(|(f, m)| f.ok_or_else(|| m.text.clone())).collect();
    (kept, evidence)
}

/// `s` with every run of whitespace (including no-break spaces) turned into
/// one space and the ends trimmed: how manifest lines are compared.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Finds `quote` in the raw text and returns it with the line it starts on.
pub fn find_quote(raw: &str, quote: &str) -> Option<Evidence> {
    let pos = raw.find(quote)?;
    Some(Evidence { line: crate::pipeline::error::line_of(raw, pos), text: quote.to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::clean::blocks::split_blocks;

    #[test]
    fn removes_named_lines_and_keeps_evidence() {
        let blocks = split_blocks("My Title\n\nBy A. Writer\n\nBody text.\n");
        let lines = [
            MetaLine { text: "My Title".into(), kind: ReportKind::Metadata, role: "title".into() },
            MetaLine { text: "By A. Writer".into(), kind: ReportKind::Metadata, role: "byline".into() },
            MetaLine { text: "By A. Writer".into(), kind: ReportKind::Metadata, role: "outlet".into() },
        ];
        let mut report = vec![];
        let (kept, ev) = take_metadata(blocks, &lines, &mut report);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].text, "Body text.");
        assert_eq!(ev[1].as_ref().unwrap().line, 3);
        assert_eq!(ev[2].as_ref().unwrap().line, 3, "one line can back several fields");
        assert_eq!(report.len(), 2);
        assert_eq!(report[1].why, "byline, outlet (kept in the article's metadata)");
        assert_eq!(report[0].kind, ReportKind::Metadata);
    }

    #[test]
    fn reports_a_line_that_is_not_there() {
        let (_, ev) = take_metadata(
            split_blocks("Body."),
            &[MetaLine { text: "Missing".into(), kind: ReportKind::Metadata, role: "title".into() }],
            &mut vec![],
        );
        assert_eq!(ev[0], Err("Missing".to_string()));
    }

    #[test]
    fn lines_match_across_no_break_spaces() {
        let (kept, ev) = take_metadata(
            split_blocks("Email: [email\u{a0}protected]\n\nBody."),
            &[MetaLine {
                text: "Email: [email protected]".into(),
                kind: ReportKind::Metadata,
                role: "contact".into(),
            }],
            &mut vec![],
        );
        assert!(ev[0].is_ok());
        assert_eq!(kept.len(), 1);
    }

    #[test]
    fn quotes_find_their_line() {
        assert_eq!(find_quote("a\nb c\n", "c").unwrap().line, 2);
        assert!(find_quote("a", "z").is_none());
    }
}
