//! Paragraphs of an article's file that are not the article: a byline or
//! author note (kept as the author's evidence, as `lines` in the manifest)
//! or anything else a capture brought along (kept as the article's `chrome`
//! lines, with the reason). The corpus tool takes such paragraphs out and
//! lists each in the article's report; nothing is deleted from the file.

use super::{entry, entry_mut, Folder};
use crate::pipeline;
use crate::pipeline::clean::blocks::split_blocks;
use crate::pipeline::clean::metadata::squash;
use crate::pipeline::clean::whitespace::tidy_whitespace;
use crate::pipeline::read::manifest::DropLine;

/// Why the reader left a paragraph out, as the chrome entry records it.
pub const NOT_ARTICLE: &str = "not part of the article (left out in the workbench)";

/// Where a paragraph of the file stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// In the article's text, as a paragraph of its own.
    Text,
    /// Left out as a byline or author note (the author's evidence).
    Byline,
    /// Left out as not part of the article.
    NotArticle,
    /// Taken out as the title, outlet or date's evidence (the form's business).
    Metadata,
    /// Removed or merged by the cleaning itself (boilerplate, a repeat, half
    /// of a broken sentence): not offered, as it is not a paragraph of the text.
    Cleaned,
}

/// How to leave a paragraph out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeaveOut {
    /// As a byline or author note, kept with the first author.
    Byline,
    /// As not part of the article.
    NotArticle,
}

/// A paragraph of an article's file as the cleaning first sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileParagraph {
    /// Its first line in the file (1-based).
    pub line: u32,
    /// Its last line in the file.
    pub end_line: u32,
    /// Its text, lines joined by a space: what the manifest records.
    pub text: String,
    /// Where it stands.
    pub place: Place,
}

impl Folder {
    /// The paragraphs of article `id`'s file, each with where it stands.
    pub fn file_paragraphs(&self, id: &str) -> Result<Vec<FileParagraph>, String> {
        let m = self.manifest()?;
        let a = entry(&m.articles, id)?;
        let raw =
            self.files.get(a.file.get_ref()).ok_or_else(|| format!("{} is missing", a.file.get_ref()))?;
        // What the build keeps: a paragraph of the text is one that comes
        // out of the cleaning with the same lines it went in with.
        let kept: Vec<(u32, u32)> =
            pipeline::clean_article(&m, a, raw)?.blocks.iter().map(|b| (b.line, b.end_line)).collect();
        // The same first steps as the cleaning, so a paragraph recorded
        // here is one the corpus tool finds.
        Ok(tidy_whitespace(split_blocks(raw), &mut Vec::new())
            .into_iter()
            .map(|b| {
                let key = squash(&b.text);
                // Metadata first: a line that is also the title's stays out
                // whatever else it is.
                let place = if has([&a.title, &a.outlet, &a.date].into_iter().flat_map(|e| &e.lines), &key) {
                    Place::Metadata
                } else if has(a.authors.iter().flat_map(|x| &x.lines), &key) {
                    Place::Byline
                } else if has(a.chrome.iter().map(|d| &d.line), &key) {
                    Place::NotArticle
                } else if kept.contains(&(b.line, b.end_line)) {
                    Place::Text
                } else {
                    Place::Cleaned
                };
                FileParagraph { line: b.line, end_line: b.end_line, text: key, place }
            })
            .collect())
    }

    /// Leaves the paragraph starting on line `line` of article `id`'s file
    /// out of its text, `how` (with every paragraph identical to it).
    pub fn leave_out(&mut self, id: &str, line: u32, how: LeaveOut) -> Result<(), String> {
        let all = self.file_paragraphs(id)?;
        let p = all.iter().find(|p| p.line == line && p.place == Place::Text);
        let p = p.ok_or_else(|| format!("no paragraph of the text starts on line {line}"))?;
        // Every paragraph the same as this one goes with it; the text must keep one.
        if all.iter().all(|q| q.place != Place::Text || q.text == p.text) {
            return Err("That would leave the article no text.".into());
        }
        self.unchanged_numbering(id)?;
        let mut m = self.manifest()?;
        let a = entry_mut(&mut m.articles, id)?;
        match how {
            LeaveOut::Byline => {
                let Some(author) = a.authors.first_mut() else {
                    return Err("Name the author first (Authors, above): a byline is kept as the author's evidence. Or leave it out as not part of the article.".into());
                };
                author.lines.push(p.text.clone());
            }
            LeaveOut::NotArticle => a.chrome.push(DropLine { line: p.text.clone(), why: NOT_ARTICLE.into() }),
        }
        self.set_manifest(&m)
    }

    /// Puts the paragraph starting on line `line` back into the text (with
    /// every paragraph identical to it).
    pub fn put_back(&mut self, id: &str, line: u32) -> Result<(), String> {
        let p = self.file_paragraphs(id)?.into_iter().find(|p| p.line == line);
        let p = p.ok_or_else(|| format!("no paragraph starts on line {line}"))?;
        match p.place {
            Place::Byline | Place::NotArticle => {}
            Place::Metadata => {
                return Err(
                    "That line is the title's, outlet's or date's evidence: change it in the form above."
                        .into(),
                )
            }
            Place::Text | Place::Cleaned => return Err(format!("nothing was left out on line {line}")),
        }
        self.unchanged_numbering(id)?;
        let mut m = self.manifest()?;
        let a = entry_mut(&mut m.articles, id)?;
        for author in &mut a.authors {
            author.lines.retain(|l| squash(l) != p.text);
        }
        a.chrome.retain(|d| squash(&d.line) != p.text);
        self.set_manifest(&m)
    }

    /// Refuses when article `id` has evidence chosen: taking a paragraph
    /// out (or putting one back) renumbers its sentences, so the evidence
    /// would point at other sentences.
    pub(super) fn unchanged_numbering(&self, id: &str) -> Result<(), String> {
        if self.has_evidence(id)? {
            return Err("Not done: this article already has evidence chosen for a claim, and taking a line out (or putting one back) would renumber its sentences. Take its evidence out first.".into());
        }
        Ok(())
    }
}

/// Whether one of `lines` is `key`, compared as the corpus tool compares them.
fn has<'a>(mut lines: impl Iterator<Item = &'a String>, key: &str) -> bool {
    lines.any(|l| squash(l) == key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workbench::folder::Meta;

    const TEXT: &str = "A title\n\nBy Jane Doe\n\nThe body starts here. It goes on.\n\nA picture of the Kremlin, 2021\n\nThe writer is a fellow\nat an institute.\n";

    fn folder() -> (Folder, String) {
        let mut f = Folder::default();
        let id = f.add_article("one", TEXT.as_bytes().to_vec()).unwrap();
        (f, id)
    }

    fn body(f: &Folder) -> Vec<String> {
        let c = f.build_articles().unwrap();
        c.articles[0].paragraphs.iter().map(|p| p.sentences[0].text.clone()).collect()
    }

    #[test]
    fn a_byline_and_an_author_note_go_to_the_author_and_chrome_is_recorded() {
        let (mut f, id) = folder();
        let meta = Meta { authors: vec!["Jane Doe".into()], ..Meta::default() };
        f.set_meta(&id, &meta).unwrap();
        f.leave_out(&id, 3, LeaveOut::Byline).unwrap();
        // A paragraph of two lines is recorded as the tool compares it: lines joined.
        f.leave_out(&id, 9, LeaveOut::Byline).unwrap();
        f.leave_out(&id, 7, LeaveOut::NotArticle).unwrap();
        assert_eq!(body(&f), ["A title", "The body starts here."]);
        let places: Vec<Place> = f.file_paragraphs(&id).unwrap().iter().map(|p| p.place).collect();
        assert_eq!(places, [Place::Text, Place::Byline, Place::Text, Place::NotArticle, Place::Byline]);
        let c = f.build_articles().unwrap();
        assert!(c.articles[0].report.iter().any(|r| r.why == NOT_ARTICLE), "the report says why");
        // The exported manifest says it too.
        let m = f.manifest().unwrap();
        assert_eq!(
            m.articles[0].authors[0].lines,
            ["By Jane Doe", "The writer is a fellow at an institute."]
        );

        f.put_back(&id, 3).unwrap();
        f.put_back(&id, 7).unwrap();
        assert_eq!(
            body(&f),
            ["A title", "By Jane Doe", "The body starts here.", "A picture of the Kremlin, 2021"]
        );
    }

    #[test]
    fn a_byline_needs_an_author_and_the_text_must_keep_a_paragraph() {
        let (mut f, id) = folder();
        let before = f.clone();
        assert!(f.leave_out(&id, 3, LeaveOut::Byline).unwrap_err().contains("Name the author first"));
        assert!(f.leave_out(&id, 4, LeaveOut::NotArticle).unwrap_err().contains("line 4"));
        assert_eq!(f, before, "a refused edit changes nothing");
        let mut one = Folder::default();
        let id = one.add_article("one", b"Only this.\n".to_vec()).unwrap();
        assert!(one.leave_out(&id, 1, LeaveOut::NotArticle).unwrap_err().contains("no text"));
    }

    #[test]
    fn renaming_or_removing_the_author_keeps_the_byline_out() {
        // Guards a review finding: set_meta kept an author's lines only
        // under the same name, so a renamed author's byline went back into
        // the text (and cited evidence pointed at other sentences).
        let (mut f, id) = folder();
        f.set_meta(&id, &Meta { authors: vec!["Jane Doe".into()], ..Meta::default() }).unwrap();
        f.leave_out(&id, 3, LeaveOut::Byline).unwrap();
        f.set_meta(&id, &Meta { authors: vec!["Jane A. Doe".into()], ..Meta::default() }).unwrap();
        assert_eq!(f.manifest().unwrap().articles[0].authors[0].lines, ["By Jane Doe"]);
        assert!(!body(&f).contains(&"By Jane Doe".to_string()));

        let topic = f.add_topic("Body", "body").unwrap();
        let claim = f.add_claim(&topic, "The body starts.").unwrap();
        f.set_stance(&claim, &id, crate::model::Stance::Agrees).unwrap();
        f.toggle_evidence(&claim, &id, &format!("{id}-p2-s1")).unwrap();
        let err = f.set_meta(&id, &Meta::default()).unwrap_err();
        assert!(err.contains("renumber"), "no author left, the byline would return: {err}");
    }

    #[test]
    fn what_the_cleaning_removes_or_merges_is_not_offered() {
        // Guards a review finding: the list showed paragraphs the cleaning
        // had already removed (boilerplate, repeats) or merged (halves of
        // a broken sentence) as paragraphs of the text.
        let text = "A title\n\nShare this article\n\nThe talks went on until\n\nlate at night, said the minister.\n\nA title\n";
        let mut f = Folder::default();
        let id = f.add_article("two", text.as_bytes().to_vec()).unwrap();
        let places: Vec<(u32, Place)> =
            f.file_paragraphs(&id).unwrap().iter().map(|p| (p.line, p.place)).collect();
        assert_eq!(
            places,
            [
                (1, Place::Text),
                (3, Place::Cleaned),
                (5, Place::Cleaned),
                (7, Place::Cleaned),
                (9, Place::Cleaned)
            ]
        );
        assert!(f.leave_out(&id, 5, LeaveOut::NotArticle).is_err(), "a merged half is not offered");
    }

    #[test]
    fn identical_paragraphs_go_and_come_back_together_and_a_title_line_stays_out() {
        let text =
            "From our correspondent\n\nThe body starts here.\n\nFrom our correspondent\n\nIt ends here.\n";
        let mut f = Folder::default();
        let id = f.add_article("ads", text.as_bytes().to_vec()).unwrap();
        f.leave_out(&id, 1, LeaveOut::NotArticle).unwrap();
        assert_eq!(body(&f), ["The body starts here.", "It ends here."]);
        f.put_back(&id, 5).unwrap();
        assert_eq!(
            body(&f)[0],
            "From our correspondent",
            "both copies come back (the cleaning drops the repeat)"
        );

        // A line both left out and made the title: putting it back is refused, not a silent no-op.
        let (mut f, id) = folder();
        f.leave_out(&id, 1, LeaveOut::NotArticle).unwrap();
        f.title_from_line(&id, "A title").unwrap();
        assert!(f.put_back(&id, 1).unwrap_err().contains("title"));
    }

    #[test]
    fn cited_evidence_keeps_the_numbering() {
        // Guards the renumbering: evidence chosen in an article would point
        // at other sentences once a paragraph before it is taken out.
        let (mut f, id) = folder();
        let topic = f.add_topic("Body", "body").unwrap();
        let claim = f.add_claim(&topic, "The body starts.").unwrap();
        f.set_stance(&claim, &id, crate::model::Stance::Agrees).unwrap();
        f.toggle_evidence(&claim, &id, &format!("{id}-p3-s1")).unwrap();
        let err = f.leave_out(&id, 7, LeaveOut::NotArticle).unwrap_err();
        assert!(err.contains("renumber"), "{err}");
    }
}
