//! Restoring a drop capital lost in capture ("he Asian region" for "The
//! Asian region"). The tool never guesses the letter: the manifest names it
//! (`initial = "T"`); without it, a body that starts in lowercase is only
//! flagged in the article's notes.

use super::blocks::Block;
use crate::model::{Note, ReportEntry, ReportKind};

/// What happened to the first letter.
#[derive(Debug, PartialEq)]
pub enum Initial {
    /// Nothing to do.
    Fine,
    /// The letter was restored.
    Restored,
    /// The body starts in lowercase and no letter was given: a note for the reader.
    Flagged(Note),
    /// The manifest names a letter but the body does not start in lowercase.
    Mismatch(String),
}

/// Restores `letter` at the start of the first block if the body starts in lowercase.
pub fn restore_initial(blocks: &mut [Block], letter: Option<&str>, report: &mut Vec<ReportEntry>) -> Initial {
    let Some(first) = blocks.first_mut() else { return Initial::Fine };
    let starts_lower = first.text.chars().next().is_some_and(char::is_lowercase);
    let opening: String = first.text.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
    match (starts_lower, letter) {
        (false, None) => Initial::Fine,
        // Already restored (cleaning is idempotent).
        (false, Some(l)) if first.text.starts_with(l) => Initial::Fine,
        (false, Some(l)) => Initial::Mismatch(format!(
            "the manifest restores a lost initial {l:?}, but the body already starts with {opening:?}"
        )),
        (true, None) => Initial::Flagged(Note {
            kind: "lost-initial".into(),
            text: format!("The body starts in lowercase (\"{opening}…\"): a drop capital may have been lost in capture."),
        }),
        (true, Some(l)) => {
            let line = first.line;
            first.text.insert_str(0, l);
            first.shift(0, 0, l.len());
            first.segments[0].0 = 0;
            report.push(ReportEntry {
                kind: ReportKind::Initial,
                line,
                end_line: line,
                before: opening.clone(),
                after: format!("{l}{opening}"),
                why: format!("drop capital lost in capture; {l:?} restored as the manifest directs"),
            });
            Initial::Restored
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restores_the_named_letter_once() {
        let mut blocks = vec![Block::single("he Asian region has great implications.", 5)];
        let mut report = vec![];
        assert_eq!(restore_initial(&mut blocks, Some("T"), &mut report), Initial::Restored);
        assert_eq!(blocks[0].text, "The Asian region has great implications.");
        assert_eq!(report[0].line, 5);
        assert_eq!(restore_initial(&mut blocks, Some("T"), &mut report), Initial::Fine, "idempotent");
    }

    #[test]
    fn flags_without_guessing() {
        let mut blocks = vec![Block::single("he Asian region.", 5)];
        let got = restore_initial(&mut blocks, None, &mut vec![]);
        assert!(matches!(got, Initial::Flagged(_)));
        assert_eq!(blocks[0].text, "he Asian region.");
    }

    #[test]
    fn a_wrong_manifest_letter_is_an_error() {
        let mut blocks = vec![Block::single("Asian region.", 5)];
        assert!(matches!(restore_initial(&mut blocks, Some("T"), &mut vec![]), Initial::Mismatch(_)));
    }
}
