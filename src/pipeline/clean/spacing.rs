//! Inserting a missing space after a full stop ("in December
//! 1991.Bilateral cooperation"): a stop between a lowercase word or number
//! and a capitalised word, outside e-mail addresses, URLs and acronyms.

use std::sync::LazyLock;

use regex::Regex;

use super::blocks::Block;
use crate::model::{ReportEntry, ReportKind};

static GLUED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{Ll}\d]{2,}\.(\p{Lu}\p{Ll}+)").expect("valid pattern"));

/// Fixes every glued full stop in every block, recording each fix.
pub fn fix_spacing(blocks: Vec<Block>, report: &mut Vec<ReportEntry>) -> Vec<Block> {
    blocks
        .into_iter()
        .map(|mut b| {
            let mut at = 0;
            while let Some((m_start, m_end)) = GLUED.find_at(&b.text, at).map(|m| (m.start(), m.end())) {
                let dot = b.text[m_start..m_end].find('.').expect("pattern has a stop") + m_start;
                let token_start = b.text[..m_start].rfind(char::is_whitespace).map_or(0, |p| p + 1);
                let token_end = b.text[m_end..].find(char::is_whitespace).map_or(b.text.len(), |p| p + m_end);
                let token = &b.text[token_start..token_end];
                if token.contains(['@', '/']) || token.contains("www") {
                    at = m_end;
                    continue;
                }
                let line = b.line_at(dot);
                let before = b.text[m_start..m_end].to_string();
                b.text.insert(dot + 1, ' ');
                b.shift(dot + 1, 0, 1);
                report.push(ReportEntry {
                    kind: ReportKind::Spacing,
                    line,
                    end_line: line,
                    after: b.text[m_start..m_end + 1].to_string(),
                    before,
                    why: "missing space after a full stop inserted".to_string(),
                });
                at = m_end + 1;
            }
            b
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(t: &str) -> (String, usize) {
        let mut report = vec![];
        let out = fix_spacing(vec![Block::single(t, 1)], &mut report);
        (out[0].text.clone(), report.len())
    }

    #[test]
    fn inserts_the_missing_space() {
        assert_eq!(
            fixed("visits after December 1991.Bilateral cooperation"),
            ("visits after December 1991. Bilateral cooperation".to_string(), 1)
        );
        assert_eq!(fixed("one.Two and three.Four").1, 2);
    }

    #[test]
    fn leaves_addresses_acronyms_and_numbers_alone() {
        for t in [
            "Write to jane.Doe@example.com today",
            "See https://example.org/a.Html now",
            "The U.S.Army and Z.A.Bhutto",
            "It cost $100.00 in all",
            "SouthAsia.com.pk is the site",
        ] {
            assert_eq!(fixed(t), (t.to_string(), 0), "{t}");
        }
    }
}
