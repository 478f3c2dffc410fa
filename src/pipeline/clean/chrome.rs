//! Removing website chrome: app banners, comment forms and counters,
//! copyright lines, reader-site footers. A paragraph is chrome when its whole
//! text matches a rule; built-in rules cover common boilerplate and a
//! manifest can add its own (`[[chrome]]` in `corpus.toml`).

use regex::{Regex, RegexBuilder};

use super::blocks::Block;
use super::metadata::squash;
use crate::model::{ReportEntry, ReportKind};

/// A boilerplate rule.
#[derive(Clone, Debug)]
pub struct ChromeRule {
    /// Matched case-insensitively against the paragraph's trimmed, whitespace-squashed text.
    pub re: Regex,
    /// Why such paragraphs go; written to the report.
    pub why: String,
}

/// Built-in rules: `(pattern, why)`. Each pattern must match a whole paragraph.
pub const DEFAULT_RULES: &[(&str, &str)] = &[
    (r"^can'?t connect right now!?\s*(retry)?$", "offline notice of the site's web app"),
    (r"^add .{1,80} to (your )?home ?screen$", "'add to homescreen' banner"),
    (r"^tap to bring up your browser menu\b.*$", "'add to homescreen' banner"),
    (r"^got it!?$", "banner button"),
    (r"^leave a (reply|comment)$", "comment form"),
    (r"^%d bloggers like this:?$", "'like' widget"),
    (r"^(no|one|\d+) (comments?|responses?|replies)$", "comment counter"),
    (r"^(©|\(c\)|copyright\b).{0,120}\ball rights reserved\.?$", "copyright line"),
    (r"^newspapers (in|from) [\p{L} ]{1,40}$", "reader-site (PressReader) footer"),
    (r"^(share|share this( article)?|share on \w+|tweet|print|email this)$", "share button"),
    (r"^(advertisement|sponsored|scroll to continue)$", "advertising label"),
    (
        r"^(read more|related( articles| stories)?|recommended( for you)?|also read):?$",
        "related-links heading",
    ),
    (r"^(e-?mail|twitter|facebook|instagram):\s*\S+$", "contact line"),
    (r"^volume \d+,? issue \d+\b.{0,30}$", "magazine issue line"),
];

/// Compiles the built-in rules followed by `extra` (pattern, why) pairs.
pub fn rules(extra: &[(String, String)]) -> Result<Vec<ChromeRule>, regex::Error> {
    DEFAULT_RULES
        .iter()
        .map(|(p, w)| (p.to_string(), w.to_string()))
        .chain(extra.iter().cloned())
        .map(|(p, why)| Ok(ChromeRule { re: RegexBuilder::new(&p).case_insensitive(true).build()?, why }))
        .collect()
}

/// Removes every block that matches a rule, recording each removal.
pub fn strip_chrome(blocks: Vec<Block>, rules: &[ChromeRule], report: &mut Vec<ReportEntry>) -> Vec<Block> {
    blocks
        .into_iter()
        .filter(|b| {
            let text = squash(&b.text);
            match rules.iter().find(|r| r.re.is_match(&text)) {
                None => true,
                Some(rule) => {
                    report.push(ReportEntry {
                        kind: ReportKind::Chrome,
                        line: b.line,
                        end_line: b.end_line,
                        before: b.text.clone(),
                        after: String::new(),
                        why: rule.why.clone(),
                    });
                    false
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::clean::blocks::split_blocks;

    fn kept(text: &str) -> Vec<String> {
        let mut report = vec![];
        strip_chrome(split_blocks(text), &rules(&[]).unwrap(), &mut report)
            .into_iter()
            .map(|b| b.text)
            .collect()
    }

    #[test]
    fn removes_the_corpus_boilerplate() {
        for chrome in [
            "Can't connect right now! retry",
            "add The News to homescreen",
            "tap to bring up your browser menu and select 'Add to homescreen' to pin the The News web app",
            "Got it!",
            "Leave a Reply",
            "%d bloggers like this:",
            "One comment",
            "©2017 SouthAsia.com.pk. All Rights Reserved",
            "© PressReader. All rights reserved.",
            "Newspapers in English",
            "Newspapers from Pakistan",
            "Twitter: @Amanat222",
        ] {
            assert!(kept(chrome).is_empty(), "{chrome:?} should be chrome");
        }
    }

    #[test]
    fn keeps_body_text_that_mentions_chrome_words() {
        for body in [
            "Got it right, the ministers said, and left.",
            "Russia’s share of the Indian arms market has declined.",
            "Copyright law was not discussed; all rights reserved by the parties were noted in the treaty text that followed.",
        ] {
            assert_eq!(kept(body), [body]);
        }
    }

    #[test]
    fn records_why_and_where() {
        let mut report = vec![];
        strip_chrome(split_blocks("Body.\n\nLeave a Reply"), &rules(&[]).unwrap(), &mut report);
        assert_eq!((report[0].line, report[0].why.as_str()), (3, "comment form"));
    }

    #[test]
    fn manifest_rules_add_to_the_defaults() {
        let r = rules(&[("^subscribe now$".into(), "newsletter box".into())]).unwrap();
        let mut report = vec![];
        assert!(strip_chrome(split_blocks("Subscribe now"), &r, &mut report).is_empty());
        assert_eq!(report[0].why, "newsletter box");
    }
}
