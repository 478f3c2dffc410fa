//! Flagging a truncated text: a body whose last paragraph stops mid-sentence
//! is kept as it is and noted for the reader, never hidden.

use super::blocks::Block;
use super::rejoin::ends_cleanly;
use crate::model::Note;

/// A note if the body ends mid-sentence.
pub fn truncation_note(blocks: &[Block]) -> Option<Note> {
    let last = blocks.last()?;
    if ends_cleanly(&last.text) {
        return None;
    }
    let words: Vec<&str> = last.text.split_whitespace().collect();
    let tail = words[words.len().saturating_sub(6)..].join(" ");
    Some(Note {
        kind: "truncated".into(),
        text: format!(
            "The text is cut off mid-sentence (it ends \"…{tail}\", line {}): the rest of the article is missing from the capture.",
            last.end_line
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_a_cut_off_ending() {
        let note = truncation_note(&[Block::single("Moscow’s state-owned company Rosa Tam", 8)]).unwrap();
        assert_eq!(note.kind, "truncated");
        assert!(note.text.contains("Rosa Tam") && note.text.contains("line 8"), "{}", note.text);
    }

    #[test]
    fn a_finished_ending_is_fine() {
        assert!(truncation_note(&[Block::single("All done.", 1)]).is_none());
        assert!(truncation_note(&[Block::single("He asked “why?”", 1)]).is_none());
    }
}
