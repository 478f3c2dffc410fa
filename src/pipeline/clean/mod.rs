//! Cleaning raw article text: one small step per file, composed in
//! [`clean`]. Every step that removes or changes text records what it did,
//! where (source lines) and why in the article's normalisation report, so
//! nothing is lost silently; damage that cannot be repaired is noted.
//!
//! Order: blocks → whitespace → metadata, then chrome → rejoin → spacing →
//! initial → duplicates repeated until nothing changes (one repair can
//! enable another), then the truncation check. So cleaning cleaned text
//! changes nothing (tested as a property).

pub mod blocks;
pub mod chrome;
pub mod duplicate;
pub mod initial;
pub mod metadata;
pub mod rejoin;
pub mod spacing;
pub mod truncation;
pub mod whitespace;

use blocks::{split_blocks, Block};
use chrome::ChromeRule;
use initial::Initial;
use metadata::MetaLine;

use crate::model::{Evidence, Note, ReportEntry};

/// What to clean with.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options<'a> {
    /// Lines the manifest names as metadata or article-specific chrome.
    pub meta_lines: &'a [MetaLine],
    /// Boilerplate rules.
    pub chrome: &'a [ChromeRule],
    /// A lost drop capital to restore.
    pub initial: Option<&'a str>,
}

/// The cleaned body and the record of how it was made.
#[derive(Debug)]
pub struct Cleaned {
    /// Body paragraphs.
    pub blocks: Vec<Block>,
    /// Every removal and repair, in source-line order.
    pub report: Vec<ReportEntry>,
    /// Evidence for each of `Options::meta_lines`, or the line text if it was not found.
    pub evidence: Vec<Result<Evidence, String>>,
    /// Damage the reader should know about.
    pub notes: Vec<Note>,
    /// Set when the manifest's `initial` does not fit the text.
    pub initial_mismatch: Option<String>,
}

/// Runs every cleaning step on `raw`.
pub fn clean(raw: &str, opts: &Options) -> Cleaned {
    let mut report = Vec::new();
    let blocks = whitespace::tidy_whitespace(split_blocks(raw), &mut report);
    let (mut blocks, evidence) = metadata::take_metadata(blocks, opts.meta_lines, &mut report);
    let mut notes = Vec::new();
    let mut initial_mismatch = None;
    // Repairs can enable one another (removing a repeat brings the halves of
    // a broken sentence together; a fix can make two paragraphs equal), so
    // they run until nothing changes.
    loop {
        let before = report.len();
        blocks = chrome::strip_chrome(blocks, opts.chrome, &mut report);
        blocks = rejoin::rejoin_broken(blocks, &mut report);
        blocks = spacing::fix_spacing(blocks, &mut report);
        match initial::restore_initial(&mut blocks, opts.initial, &mut report) {
            Initial::Flagged(note) if notes.is_empty() => notes.push(note),
            Initial::Mismatch(msg) => initial_mismatch = Some(msg),
            _ => {}
        }
        blocks = duplicate::drop_duplicates(blocks, &mut report);
        if report.len() == before {
            break;
        }
    }
    notes.extend(truncation::truncation_note(&blocks));
    report.sort_by_key(|r| (r.line, r.end_line));
    Cleaned { blocks, report, evidence, notes, initial_mismatch }
}

/// The cleaned body as plain text: paragraphs separated by blank lines.
pub fn render(blocks: &[Block]) -> String {
    blocks.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n\n")
}
