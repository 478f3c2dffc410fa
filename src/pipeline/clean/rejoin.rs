//! Rejoining a sentence broken across a blank line or a page break: a
//! paragraph that stops without closing punctuation, followed by one that
//! starts in lowercase, is one paragraph.

use super::blocks::Block;
use crate::model::{ReportEntry, ReportKind};

/// Characters that can close a paragraph.
pub fn ends_cleanly(text: &str) -> bool {
    text.trim_end().ends_with(['.', '?', '!', '…', ':', ';', '"', '”', '’', ')', ']'])
}

fn starts_lowercase(text: &str) -> bool {
    text.trim_start().chars().next().is_some_and(char::is_lowercase)
}

/// Joins each broken paragraph with its continuation, recording the join.
pub fn rejoin_broken(blocks: Vec<Block>, report: &mut Vec<ReportEntry>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    for b in blocks {
        match out.last_mut() {
            Some(prev) if !ends_cleanly(&prev.text) && starts_lowercase(&b.text) => {
                let tail: String = prev
                    .text
                    .split_whitespace()
                    .rev()
                    .take(3)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect::<Vec<_>>()
                    .join(" ");
                let head: String = b.text.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
                report.push(ReportEntry {
                    kind: ReportKind::Rejoin,
                    line: prev.end_line,
                    end_line: b.line,
                    before: "\n".repeat((b.line - prev.end_line) as usize),
                    after: " ".to_string(),
                    why: format!(
                        "sentence broken across lines {}–{} (\"…{tail}\" / \"{head}…\") rejoined",
                        prev.end_line, b.line
                    ),
                });
                prev.append(b);
            }
            _ => out.push(b),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::clean::blocks::split_blocks;

    #[test]
    fn rejoins_the_page_break_in_the_corpus() {
        let raw = "It also assisted the country to build a heavy\n\n\nmachinery industry. Now, more.";
        let mut report = vec![];
        let out = rejoin_broken(split_blocks(raw), &mut report);
        assert_eq!(out.len(), 1);
        assert_eq!(
            out[0].text,
            "It also assisted the country to build a heavy machinery industry. Now, more."
        );
        assert_eq!((report[0].line, report[0].end_line), (1, 4));
        assert_eq!(out[0].line_at(50), 4);
    }

    #[test]
    fn leaves_finished_paragraphs_and_capitalised_starts_alone() {
        let mut report = vec![];
        let out = rejoin_broken(split_blocks("Done.\n\nnext one\n\nTitle line\n\nBody."), &mut report);
        assert_eq!(out.len(), 4, "'Title line' before 'Body.' is not a broken sentence");
        assert!(report.is_empty());
    }
}
