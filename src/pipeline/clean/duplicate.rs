//! Keeping one copy of a repeated paragraph (a capture that pasted a block
//! twice). Paragraphs are compared ignoring whitespace.

use std::collections::HashMap;

use super::blocks::Block;
use crate::model::{ReportEntry, ReportKind};

/// Removes every block whose text repeats an earlier block, recording each.
pub fn drop_duplicates(blocks: Vec<Block>, report: &mut Vec<ReportEntry>) -> Vec<Block> {
    let mut seen: HashMap<String, u32> = HashMap::new();
    blocks
        .into_iter()
        .filter(|b| {
            let key: String = b.text.chars().filter(|c| !c.is_whitespace()).collect();
            match seen.get(&key) {
                Some(&first) => {
                    report.push(ReportEntry {
                        kind: ReportKind::Duplicate,
                        line: b.line,
                        end_line: b.end_line,
                        before: b.text.clone(),
                        after: String::new(),
                        why: format!("repeats the paragraph at line {first}; one copy kept"),
                    });
                    false
                }
                None => {
                    seen.insert(key, b.line);
                    true
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::clean::blocks::split_blocks;

    #[test]
    fn keeps_the_first_copy() {
        let mut report = vec![];
        let kept = drop_duplicates(split_blocks("A b.\n\nC.\n\nA  b.\n"), &mut report);
        assert_eq!(kept.iter().map(|b| b.text.as_str()).collect::<Vec<_>>(), ["A b.", "C."]);
        assert_eq!(report[0].line, 5);
        assert_eq!(report[0].why, "repeats the paragraph at line 1; one copy kept");
    }
}
