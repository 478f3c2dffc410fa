//! Splitting raw text into blocks: runs of non-blank lines separated by
//! blank lines, each remembering the source lines it came from.

/// A paragraph-sized run of text with its place in the source file.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// The text; lines of one block are joined with a single space.
    pub text: String,
    /// First source line (1-based).
    pub line: u32,
    /// Last source line (1-based, inclusive).
    pub end_line: u32,
    /// `(byte offset in text, source line)` for each source line the text
    /// holds, in order; lets a sentence find the line it starts on.
    pub segments: Vec<(usize, u32)>,
}

impl Block {
    /// A block made of one source line.
    pub fn single(text: &str, line: u32) -> Block {
        Block { text: text.to_string(), line, end_line: line, segments: vec![(0, line)] }
    }

    /// The source line holding byte `offset` of the text.
    pub fn line_at(&self, offset: usize) -> u32 {
        self.segments.iter().take_while(|(o, _)| *o <= offset).last().map_or(self.line, |s| s.1)
    }

    /// Records that `removed` bytes at `at` were replaced by `inserted` bytes,
    /// shifting the segment offsets that follow.
    pub fn shift(&mut self, at: usize, removed: usize, inserted: usize) {
        for seg in &mut self.segments {
            if seg.0 > at {
                seg.0 = (seg.0 + inserted).saturating_sub(removed).max(at);
            }
        }
    }

    /// Appends `next` after a single space (used to rejoin a broken sentence).
    pub fn append(&mut self, next: Block) {
        let base = self.text.len() + 1;
        self.text.push(' ');
        self.text.push_str(&next.text);
        self.segments.extend(next.segments.into_iter().map(|(o, l)| (o + base, l)));
        self.end_line = next.end_line;
    }
}

/// Splits `text` into blocks at blank lines. Lines are taken verbatim
/// (line endings removed); whitespace is tidied by a later step.
pub fn split_blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Option<Block> = None;
    for (i, raw) in text.split('\n').enumerate() {
        let line = i as u32 + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if raw.trim().is_empty() {
            blocks.extend(current.take());
            continue;
        }
        match &mut current {
            None => current = Some(Block::single(raw, line)),
            Some(b) => {
                let offset = b.text.len() + 1;
                b.text.push(' ');
                b.text.push_str(raw);
                b.segments.push((offset, line));
                b.end_line = line;
            }
        }
    }
    blocks.extend(current);
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_blank_lines_with_line_numbers() {
        let b = split_blocks("Title\n\nFirst para.\nsame para\n\n\n  \nLast.");
        assert_eq!(b.len(), 3);
        assert_eq!((b[0].text.as_str(), b[0].line, b[0].end_line), ("Title", 1, 1));
        assert_eq!((b[1].text.as_str(), b[1].line, b[1].end_line), ("First para. same para", 3, 4));
        assert_eq!(b[1].line_at(12), 4);
        assert_eq!((b[2].text.as_str(), b[2].line), ("Last.", 8));
    }

    #[test]
    fn handles_crlf_and_no_trailing_newline() {
        let b = split_blocks("a\r\n\r\nb");
        assert_eq!(b.iter().map(|b| b.text.as_str()).collect::<Vec<_>>(), ["a", "b"]);
    }

    #[test]
    fn append_keeps_line_map() {
        let mut a = Block::single("broken", 13);
        a.append(Block::single("sentence.", 16));
        assert_eq!(a.text, "broken sentence.");
        assert_eq!((a.line_at(0), a.line_at(7)), (13, 16));
        assert_eq!(a.end_line, 16);
    }
}
