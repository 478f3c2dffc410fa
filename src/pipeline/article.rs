//! One article through the first steps: its file read and checked, its
//! metadata and chrome moved out with a record, its text cleaned to a
//! fixpoint, then split into paragraphs and sentences with stable ids.

use super::clean::blocks::Block;
use super::clean::chrome::ChromeRule;
use super::clean::metadata::{find_quote, MetaLine};
use super::error::{Error, Result};
use super::read::manifest::{ArticleEntry, MetaEntry};
use super::read::source;
use super::{clean, error, output, segment, Inputs};
use crate::model::{Article, Author, Evidence, Field, Note, Paragraph, ReportKind, Sentence, Source};

/// Metadata lines of an entry, with the role each plays.
pub(super) fn meta_lines(entry: &ArticleEntry) -> Vec<MetaLine> {
    let mut out = Vec::new();
    let mut add = |lines: &[String], role: &str| {
        out.extend(lines.iter().map(|t| MetaLine {
            text: t.clone(),
            kind: ReportKind::Metadata,
            role: role.to_string(),
        }));
    };
    add(&entry.title.lines, "title");
    for a in &entry.authors {
        add(&a.lines, "byline or author note");
    }
    add(&entry.outlet.lines, "outlet");
    add(&entry.date.lines, "date");
    out.extend(entry.chrome.iter().map(|d| MetaLine {
        text: d.line.clone(),
        kind: ReportKind::Chrome,
        role: d.why.clone(),
    }));
    out
}

/// Reads, cleans and segments the article of manifest entry `entry` (at
/// line `entry_line` of the manifest).
pub(super) fn build_article(
    inputs: &Inputs,
    files: &dyn source::Files,
    entry: &ArticleEntry,
    entry_line: u32,
    rules: &[ChromeRule],
) -> Result<Article> {
    let id = entry.id.get_ref().clone();
    let path = inputs.dir().join(entry.file.get_ref());
    let raw = files.read_text(&path).map_err(|mut e| {
        if matches!(e.kind, error::ErrorKind::Io(_)) {
            e = Error::invalid(
                &inputs.manifest,
                Some(entry_line),
                format!("article {id:?} points to {}, which cannot be read: {e}", path.display()),
            );
        }
        e
    })?;
    let lines = meta_lines(entry);
    let cleaned = clean::clean(
        &raw,
        &clean::Options { meta_lines: &lines, chrome: rules, initial: entry.initial.as_deref() },
    );
    if let Some(msg) = &cleaned.initial_mismatch {
        return Err(Error::invalid(&inputs.manifest, Some(entry_line), format!("article {id:?}: {msg}")));
    }
    if cleaned.blocks.is_empty() {
        return Err(Error::invalid(&path, None, "no body text left after removing metadata and boilerplate"));
    }
    let mut evidence = cleaned.evidence.into_iter();
    let missing = |text: String| {
        Error::invalid(
            &inputs.manifest,
            Some(entry_line),
            format!("article {id:?}: the line {text:?} is not a line of {}", entry.file.get_ref()),
        )
    };
    let mut take = |n: usize| -> Result<Vec<Evidence>> {
        (0..n).map(|_| evidence.next().expect("one result per line").map_err(missing)).collect()
    };
    let quotes = |q: &[String]| -> Result<Vec<Evidence>> {
        q.iter()
            .map(|q| {
                find_quote(&raw, q).ok_or_else(|| {
                    Error::invalid(
                        &inputs.manifest,
                        Some(entry_line),
                        format!("article {id:?}: quoted evidence {q:?} is not in {}", entry.file.get_ref()),
                    )
                })
            })
            .collect()
    };
    let field = |m: &MetaEntry, mut ev: Vec<Evidence>| -> Result<Field> {
        ev.extend(quotes(&m.quotes)?);
        Ok(Field { value: m.value.clone(), basis: m.basis(), evidence: ev, note: m.note.clone() })
    };
    let title = field(&entry.title, take(entry.title.lines.len())?)?;
    let mut authors = Vec::new();
    for a in &entry.authors {
        let mut ev = take(a.lines.len())?;
        ev.extend(quotes(&a.quotes)?);
        authors.push(Author {
            display: a.display.clone().or_else(|| a.name.clone()).unwrap_or_default(),
            name: a.name.clone(),
            affiliation: a.affiliation.clone(),
            evidence: ev,
        });
    }
    if authors.is_empty() {
        authors.push(Author {
            name: None,
            display: "Author not stated".to_string(),
            affiliation: None,
            evidence: Vec::new(),
        });
    }
    let outlet = field(&entry.outlet, take(entry.outlet.lines.len())?)?;
    let date = field(&entry.date, take(entry.date.lines.len())?)?;
    take(entry.chrome.len())?;

    let paragraphs = paragraphs(&id, &cleaned.blocks);
    let mut notes = cleaned.notes;
    notes.extend(entry.notes.iter().map(|n| Note { kind: n.kind.clone(), text: n.text.clone() }));
    Ok(Article {
        id,
        title,
        authors,
        outlet,
        date,
        source: Source {
            file: entry.file.get_ref().clone(),
            sha256: output::sha256_hex(raw.as_bytes()),
            lines: raw.lines().count() as u32,
        },
        notes,
        paragraphs,
        report: cleaned.report,
    })
}

/// Turns body blocks into paragraphs of sentences with stable ids
/// (`{article}-p{n}-s{m}`, 1-based, in reading order). A quotation of
/// several sentences counts as one `s{m}` and its sentences are
/// `{article}-p{n}-s{m}-q{k}`, so the ids around it do not move when it is
/// split.
fn paragraphs(article: &str, blocks: &[Block]) -> Vec<Paragraph> {
    blocks
        .iter()
        .enumerate()
        .map(|(pi, b)| {
            let pid = format!("{article}-p{}", pi + 1);
            let ranges = segment::split_sentences(&b.text);
            let groups = segment::quotation_groups(&b.text, &ranges);
            let mut sentences = Vec::with_capacity(ranges.len());
            let mut slot = 0;
            let mut i = 0;
            while i < ranges.len() {
                slot += 1;
                let sid = format!("{pid}-s{slot}");
                let members = groups.iter().find(|g| g.start == i).cloned().unwrap_or(i..i + 1);
                let grouped = members.len() > 1;
                for (k, r) in ranges[members.clone()].iter().enumerate() {
                    sentences.push(Sentence {
                        id: if grouped { format!("{sid}-q{}", k + 1) } else { sid.clone() },
                        quotation: grouped.then(|| sid.clone()),
                        text: b.text[r.clone()].to_string(),
                        topics: Vec::new(),
                        why: Vec::new(),
                        line: b.line_at(r.start),
                    });
                }
                i = members.end;
            }
            Paragraph { id: pid, sentences }
        })
        .collect()
}
