//! The workbench's seeds folder: the files `parallax-corpus` reads, held in
//! memory, and the edits the page makes to them.
//!
//! Each edit parses the file it changes into the pipeline's own types
//! ([`Manifest`], [`TopicFile`], [`ClaimsFile`]), changes them, and writes
//! the file back; files nobody edits stay byte for byte as they came (an
//! imported folder keeps its comments). The corpus is always built from
//! these files, so an exported folder builds to the corpus the page shows.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::model::{Basis, Corpus, Stance};
use crate::pipeline::error::ErrorKind;
use crate::pipeline::read::manifest::{ArticleEntry, AuthorEntry, Manifest, MetaEntry};
use crate::pipeline::read::source::{decode, Memory, MAX_FILE_BYTES};
use crate::pipeline::tag::{TopicEntry, TopicFile};
use crate::pipeline::viewpoints::{ClaimEntry, File as ClaimsFile, PositionEntry};
use crate::pipeline::{self, Inputs};

mod leave;
pub use leave::{FileParagraph, LeaveOut, Place, NOT_ARTICLE};

/// The manifest's name.
pub const MANIFEST: &str = "corpus.toml";
/// The topic file the workbench writes.
pub const TOPICS: &str = "topics.toml";
/// The claims file the workbench writes.
pub const CLAIMS: &str = "viewpoints.toml";

/// The Pakistan–Russia seeds' topics, offered as a start.
pub const SEED_TOPICS: &str = include_str!("../../seeds/topics.toml");

/// A seeds folder: path (relative, `/`-separated) to text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Folder {
    /// The files, by path.
    pub files: BTreeMap<String, String>,
}

/// What the metadata form edits of one article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    /// The headline, if known.
    pub title: Option<String>,
    /// The authors' names, as given.
    pub authors: Vec<String>,
    /// The publication, if known.
    pub outlet: Option<String>,
    /// The date, if known (`2021`, `2021-04`, `2021-04-07`).
    pub date: Option<String>,
    /// How the date is known.
    pub date_basis: Basis,
    /// How an inferred date was arrived at.
    pub date_note: Option<String>,
}

impl Default for Folder {
    fn default() -> Self {
        let mut f = Folder { files: BTreeMap::new() };
        f.files.insert(
            MANIFEST.into(),
            "# Made in the Parallax workbench. Format: README.md, \"Bring your own articles\".\ntitle = \"My comparison\"\narticles = []\n".into(),
        );
        f
    }
}

/// The manifest's entry for article `id`.
fn entry<'a>(articles: &'a [ArticleEntry], id: &str) -> Result<&'a ArticleEntry, String> {
    articles.iter().find(|a| a.id.get_ref() == id).ok_or_else(|| format!("no article {id:?}"))
}

/// The manifest's entry for article `id`, to change.
fn entry_mut<'a>(articles: &'a mut [ArticleEntry], id: &str) -> Result<&'a mut ArticleEntry, String> {
    articles.iter_mut().find(|a| a.id.get_ref() == id).ok_or_else(|| format!("no article {id:?}"))
}

fn trimmed(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// A slug made of `name`'s letters and digits: lowercase, hyphens between
/// words, whole words up to 40 characters.
pub fn slug(name: &str) -> String {
    let lower = name.to_lowercase();
    let mut out = String::new();
    for word in lower.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        let room = 40 - out.len().min(40);
        let need = word.len() + usize::from(!out.is_empty());
        if need > room {
            if out.is_empty() {
                out.push_str(&word[..40]);
            }
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
    }
    out
}

impl Folder {
    /// A folder from files read elsewhere (a zip): every file must be text
    /// the pipeline accepts, every `.toml` file well-formed, and
    /// `corpus.toml` there and in the manifest's shape.
    pub fn from_files(files: BTreeMap<String, Vec<u8>>) -> Result<Folder, String> {
        if !files.contains_key(MANIFEST) {
            return Err("The folder holds no corpus.toml, so it is not a seeds folder.".into());
        }
        let mut out = BTreeMap::new();
        for (path, bytes) in files {
            let text = decode(Path::new(&path), bytes).map_err(|e| e.to_string())?;
            // Broken TOML is named here, with its line, before anything is replaced.
            if path.ends_with(".toml") {
                pipeline::read::manifest::parse_toml::<toml::Table>(Path::new(&path), &text)
                    .map_err(|e| e.to_string())?;
            }
            out.insert(path, text);
        }
        let folder = Folder { files: out };
        folder.manifest()?;
        Ok(folder)
    }

    /// The folder as the pipeline reads it.
    pub fn memory(&self) -> Memory {
        Memory::new(self.files.iter().map(|(k, v)| (k.clone(), v.as_bytes().to_vec())))
    }

    /// Builds the corpus, as `parallax-corpus` would from these files.
    pub fn build(&self) -> Result<Corpus, String> {
        pipeline::build_from(&Inputs::from_dir(""), &self.memory()).map_err(|e| e.to_string())
    }

    /// The corpus of the articles alone (no topics, claims or labels):
    /// sentences to show and to test cues on when the full build fails.
    pub fn build_articles(&self) -> Result<Corpus, String> {
        let mut bare = self.clone();
        let mut m = self.manifest()?;
        m.topics = None;
        m.viewpoints = None;
        m.codings.clear();
        m.labels = None;
        m.labels_second = None;
        bare.set_manifest(&m)?;
        bare.build()
    }

    fn parse<T: for<'de> Deserialize<'de>>(&self, path: &str) -> Result<T, String> {
        let text = self.files.get(path).ok_or_else(|| format!("{path}: no such file in the folder"))?;
        pipeline::read::manifest::parse_toml(Path::new(path), text).map_err(|e| e.to_string())
    }

    fn write<T: Serialize>(&mut self, path: &str, header: &str, value: &T) -> Result<(), String> {
        let body = toml::to_string(value).map_err(|e| format!("{path} could not be written: {e}"))?;
        self.files.insert(path.to_string(), format!("{header}{body}"));
        Ok(())
    }

    /// The manifest, parsed.
    pub fn manifest(&self) -> Result<Manifest, String> {
        self.parse(MANIFEST)
    }

    /// Writes the manifest back.
    pub fn set_manifest(&mut self, m: &Manifest) -> Result<(), String> {
        self.write(
            MANIFEST,
            "# Written by the Parallax workbench. Format: README.md, \"Bring your own articles\".\n",
            m,
        )
    }

    /// Names the collection: the title the reader's page and an exported
    /// site show, and its one-paragraph description (may be empty).
    pub fn set_collection(&mut self, title: &str, description: &str) -> Result<(), String> {
        let title = title.trim();
        if title.is_empty() {
            return Err("The collection needs a title: the reader's page shows it as its heading.".into());
        }
        let mut m = self.manifest()?;
        m.title = title.to_string();
        m.description = description.trim().to_string();
        self.set_manifest(&m)
    }

    /// Adds an article from a file (or a paste) named `name`: checked as the
    /// corpus tool checks a seed (size, UTF-8, no binary, not empty).
    /// Returns its id.
    pub fn add_article(&mut self, name: &str, bytes: Vec<u8>) -> Result<String, String> {
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(format!(
                "{name} is {} bytes, over the 4 MiB limit for one article: is it the right file?",
                bytes.len()
            ));
        }
        let text = article_text(name, bytes)?;
        let mut m = self.manifest()?;
        let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
        let base = match slug(stem) {
            s if s.is_empty() || !s.starts_with(|c: char| c.is_ascii_alphanumeric()) => "article".to_string(),
            s => s,
        };
        let taken = |id: &str| {
            m.articles.iter().any(|a| a.id.get_ref() == id) || self.files.contains_key(&format!("{id}.txt"))
        };
        let mut id = base.clone();
        let mut n = 2;
        while taken(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        let file = format!("{id}.txt");
        m.articles.push(ArticleEntry {
            id: Spanned::new(0..0, id.clone()),
            file: Spanned::new(0..0, file.clone()),
            title: MetaEntry::default(),
            authors: Vec::new(),
            outlet: MetaEntry::default(),
            date: MetaEntry::default(),
            initial: None,
            notes: Vec::new(),
            chrome: Vec::new(),
        });
        self.files.insert(file, text);
        self.set_manifest(&m)?;
        // Every claim takes a position for every article: the new one starts silent.
        if let Ok(mut claims) = self.claims() {
            for c in &mut claims.claims {
                c.positions.insert(id.clone(), Spanned::new(0..0, silent()));
            }
            self.set_claims(&claims)?;
        }
        Ok(id)
    }

    /// Removes an article, its file and its positions on the claims.
    pub fn remove_article(&mut self, id: &str) -> Result<(), String> {
        let mut m = self.manifest()?;
        let Some(i) = m.articles.iter().position(|a| a.id.get_ref() == id) else {
            return Err(format!("no article {id:?}"));
        };
        let entry = m.articles.remove(i);
        self.files.remove(entry.file.get_ref());
        self.set_manifest(&m)?;
        if let Ok(mut claims) = self.claims() {
            for c in &mut claims.claims {
                c.positions.remove(id);
            }
            self.set_claims(&claims)?;
        }
        Ok(())
    }

    /// The metadata of article `id` as the form shows it.
    pub fn meta(&self, id: &str) -> Option<Meta> {
        let m = self.manifest().ok()?;
        let a = entry(&m.articles, id).ok()?;
        Some(Meta {
            title: a.title.value.clone(),
            authors: a.authors.iter().filter_map(|x| x.name.clone().or_else(|| x.display.clone())).collect(),
            outlet: a.outlet.value.clone(),
            date: a.date.value.clone(),
            date_basis: a.date.basis(),
            date_note: a.date.note.clone(),
        })
    }

    /// Sets the metadata of article `id`. Values left empty are "not stated";
    /// evidence lines and quotes already recorded for a value are kept.
    pub fn set_meta(&mut self, id: &str, meta: &Meta) -> Result<(), String> {
        let mut m = self.manifest()?;
        let a = entry_mut(&mut m.articles, id)?;
        let set = |e: &mut MetaEntry, v: &Option<String>, basis: Basis| {
            e.value = v.as_deref().and_then(trimmed);
            e.basis = Some(if e.value.is_some() { basis } else { Basis::NotStated });
        };
        let kept = |e: &MetaEntry| e.basis.filter(|b| *b != Basis::NotStated).unwrap_or(Basis::Stated);
        let (title_basis, outlet_basis) = (kept(&a.title), kept(&a.outlet));
        set(&mut a.title, &meta.title, title_basis);
        set(&mut a.outlet, &meta.outlet, outlet_basis);
        let basis = if meta.date_basis == Basis::NotStated { Basis::Stated } else { meta.date_basis };
        set(&mut a.date, &meta.date, basis);
        a.date.note = meta.date_note.as_deref().and_then(trimmed);
        let names: Vec<String> = meta.authors.iter().filter_map(|n| trimmed(n)).collect();
        let is = |o: &AuthorEntry, n: &str| o.name.as_deref() == Some(n) || o.display.as_deref() == Some(n);
        let old = std::mem::take(&mut a.authors);
        a.authors = names
            .iter()
            .map(|n| {
                old.iter()
                    .find(|o| is(o, n))
                    .cloned()
                    .unwrap_or(AuthorEntry { name: Some(n.clone()), ..AuthorEntry::default() })
            })
            .collect();
        // The byline lines of an author renamed or removed stay out of the
        // text: they go to the author now in that place, else the first.
        let mut lost = false;
        for (i, o) in old.iter().enumerate().filter(|(_, o)| !names.iter().any(|n| is(o, n))) {
            let n = a.authors.len();
            match a.authors.get_mut(if i < n { i } else { 0 }) {
                Some(to) => to.lines.extend(o.lines.iter().cloned()),
                None => lost |= !o.lines.is_empty(),
            }
        }
        if lost {
            // With no author left, the byline goes back into the text,
            // which renumbers it.
            self.unchanged_numbering(id)?;
        }
        self.set_manifest(&m)?;
        Ok(())
    }

    /// Marks line `line` of article `id`'s file as its title: the line
    /// leaves the body and becomes the title's evidence.
    /// Returns a note when the line had to stay in the text.
    pub fn title_from_line(&mut self, id: &str, line: &str) -> Result<Option<String>, String> {
        // Taking a line out renumbers the paragraphs, so evidence already
        // chosen in this article would point at other sentences.
        if self.has_evidence(id)? {
            return Err("Not done: this article already has evidence chosen for a claim, and taking a line out would renumber its sentences. Take its evidence out first (or type the title in instead).".into());
        }
        let mut m = self.manifest()?;
        let a = entry_mut(&mut m.articles, id)?;
        // The cleaning moves out whole paragraphs: a title line sharing its
        // paragraph with the next line (a byline) stays in the text.
        let text = self.files.get(a.file.get_ref()).map(String::as_str).unwrap_or_default();
        let mut lines = text.lines().map(str::trim).skip_while(|l| l.is_empty());
        let alone = lines.next() == Some(line.trim()) && lines.next().is_none_or(str::is_empty);
        a.title.value = trimmed(line);
        a.title.basis = Some(Basis::Stated);
        a.title.lines = if alone { vec![line.trim().to_string()] } else { Vec::new() };
        self.set_manifest(&m)?;
        Ok((!alone).then(|| {
            "The title is recorded, but its line stays in the text: it shares a paragraph with the next line (a byline?). Put a blank line after it in the file to have it taken out.".to_string()
        }))
    }

    /// Whether article `id` has evidence chosen for any claim: then its
    /// sentences must keep their numbers.
    fn has_evidence(&self, id: &str) -> Result<bool, String> {
        Ok(self
            .claims()?
            .claims
            .iter()
            .any(|c| c.positions.get(id).is_some_and(|p| !p.get_ref().evidence.is_empty())))
    }

    /// The topics (none when the manifest names no topic file).
    pub fn topics(&self) -> Result<TopicFile, String> {
        match self.manifest()?.topics {
            None => Ok(TopicFile { topics: Vec::new() }),
            Some(path) => self.parse(&path),
        }
    }

    /// Writes the topics; with none, the manifest names no topic file.
    pub fn set_topics(&mut self, topics: &TopicFile) -> Result<(), String> {
        let mut m = self.manifest()?;
        let path = m.topics.clone().unwrap_or_else(|| TOPICS.to_string());
        if topics.topics.is_empty() {
            m.topics = None;
            self.files.remove(&path);
        } else {
            self.write(
                &path,
                "# Topics, written by the Parallax workbench. Cue syntax: seeds/topics.toml's header.\n",
                topics,
            )?;
            m.topics = Some(path);
        }
        self.set_manifest(&m)
    }

    /// Adds the Pakistan–Russia seeds' topics to the folder's own (those
    /// whose ids it does not have yet); returns how many were added.
    pub fn use_seed_topics(&mut self) -> Result<usize, String> {
        let seeds: TopicFile = pipeline::read::manifest::parse_toml(Path::new(TOPICS), SEED_TOPICS)
            .map_err(|e| e.to_string())?;
        let mut t = self.topics()?;
        let before = t.topics.len();
        for topic in seeds.topics {
            if !t.topics.iter().any(|x| x.id.get_ref() == topic.id.get_ref()) {
                t.topics.push(topic);
            }
        }
        let added = t.topics.len() - before;
        self.set_topics(&t)?;
        Ok(added)
    }

    /// Adds a topic with `label` and `cues` (one per line); returns its id.
    pub fn add_topic(&mut self, label: &str, cues: &str) -> Result<String, String> {
        let label = trimmed(label).ok_or("A topic needs a label.")?;
        let mut t = self.topics()?;
        let base = match slug(&label) {
            s if s.is_empty() => "topic".to_string(),
            s => s,
        };
        let mut id = base.clone();
        let mut n = 2;
        while t.topics.iter().any(|x| x.id.get_ref() == &id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        let short: String =
            label.chars().filter(|c| c.is_alphanumeric()).take(3).collect::<String>().to_uppercase();
        t.topics.push(TopicEntry {
            id: Spanned::new(0..0, id.clone()),
            label,
            short: if short.is_empty() { "T".into() } else { short },
            description: String::new(),
            cues: cue_lines(cues),
            from_claims: false,
        });
        self.set_topics(&t)?;
        Ok(id)
    }

    /// Sets topic `id`'s cues (one per line).
    pub fn set_cues(&mut self, id: &str, cues: &str) -> Result<(), String> {
        let mut t = self.topics()?;
        let topic =
            t.topics.iter_mut().find(|x| x.id.get_ref() == id).ok_or_else(|| format!("no topic {id:?}"))?;
        topic.cues = cue_lines(cues);
        self.set_topics(&t)?;
        Ok(())
    }

    /// Removes topic `id` (claims on it must go first: the build says so).
    pub fn remove_topic(&mut self, id: &str) -> Result<(), String> {
        let mut t = self.topics()?;
        t.topics.retain(|x| x.id.get_ref() != id);
        self.set_topics(&t)?;
        Ok(())
    }

    /// The claims (none when the manifest names no claims file).
    pub fn claims(&self) -> Result<ClaimsFile, String> {
        match self.manifest()?.viewpoints {
            None => Ok(ClaimsFile { claims: Vec::new() }),
            Some(path) => self.parse(&path),
        }
    }

    /// Writes the claims; with none, the manifest names no claims file.
    pub fn set_claims(&mut self, claims: &ClaimsFile) -> Result<(), String> {
        let mut m = self.manifest()?;
        let path = m.viewpoints.clone().unwrap_or_else(|| CLAIMS.to_string());
        if claims.claims.is_empty() && m.codings.is_empty() {
            m.viewpoints = None;
            self.files.remove(&path);
        } else {
            self.write(
                &path,
                "# Claims and each article's stance, written by the Parallax workbench (docs/coding-guide.md).\n",
                claims,
            )?;
            m.viewpoints = Some(path);
        }
        self.set_manifest(&m)
    }

    /// Adds a claim on `topic`: every article starts silent. Returns its id.
    pub fn add_claim(&mut self, topic: &str, statement: &str) -> Result<String, String> {
        let statement = trimmed(statement).ok_or("A claim needs its statement.")?;
        let m = self.manifest()?;
        let mut c = self.claims()?;
        let base = match slug(&statement) {
            s if s.is_empty() => "claim".to_string(),
            s => s,
        };
        let mut id = base.clone();
        let mut n = 2;
        while c.claims.iter().any(|x| x.id.get_ref() == &id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        c.claims.push(ClaimEntry {
            id: Spanned::new(0..0, id.clone()),
            topic: topic.to_string(),
            statement,
            comment: None,
            positions: m
                .articles
                .iter()
                .map(|a| (a.id.get_ref().clone(), Spanned::new(0..0, silent())))
                .collect(),
        });
        self.set_claims(&c)?;
        Ok(id)
    }

    /// Removes claim `id`.
    pub fn remove_claim(&mut self, id: &str) -> Result<(), String> {
        let mut c = self.claims()?;
        c.claims.retain(|x| x.id.get_ref() != id);
        self.set_claims(&c)?;
        Ok(())
    }

    /// Changes article `article`'s position on claim `claim`.
    pub fn edit_position(
        &mut self,
        claim: &str,
        article: &str,
        edit: impl FnOnce(&mut PositionEntry),
    ) -> Result<(), String> {
        let mut c = self.claims()?;
        let entry = c
            .claims
            .iter_mut()
            .find(|x| x.id.get_ref() == claim)
            .ok_or_else(|| format!("no claim {claim:?}"))?;
        let pos = entry.positions.entry(article.to_string()).or_insert_with(|| Spanned::new(0..0, silent()));
        edit(pos.get_mut());
        self.set_claims(&c)?;
        Ok(())
    }

    /// Sets a stance; a silent author cites nothing, so silence clears the evidence.
    pub fn set_stance(&mut self, claim: &str, article: &str, stance: Stance) -> Result<(), String> {
        self.edit_position(claim, article, |p| {
            p.stance = stance;
            if stance == Stance::Silent {
                p.evidence.clear();
            }
        })
    }

    /// Adds sentence `sentence` to the evidence, or takes it out if it is there.
    pub fn toggle_evidence(&mut self, claim: &str, article: &str, sentence: &str) -> Result<(), String> {
        self.edit_position(claim, article, |p| {
            if let Some(i) = p.evidence.iter().position(|s| s == sentence) {
                p.evidence.remove(i);
            } else {
                p.evidence.push(sentence.to_string());
            }
        })
    }
}

/// The text of an article file, checked as the corpus tool checks a seed,
/// with a hint at what to do for the usual mistakes.
fn article_text(name: &str, bytes: Vec<u8>) -> Result<String, String> {
    // A NUL among the first bytes: a picture, a PDF, a word processor's file.
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(format!(
            "{name} holds binary data, not plain text (a picture, a PDF or a word processor's file?). Save the article as plain text (.txt) and bring that."
        ));
    }
    decode(Path::new(name), bytes).map_err(|e| match e.kind {
        ErrorKind::NotUtf8 => {
            format!("{e}: save it as UTF-8 (most editors: “Save as…”, encoding UTF-8) and bring it again.")
        }
        _ => e.to_string(),
    })
}

fn silent() -> PositionEntry {
    PositionEntry {
        stance: Stance::Silent,
        evidence: Vec::new(),
        comment: None,
        via: None,
        adjudication: None,
    }
}

fn cue_lines(cues: &str) -> Vec<Spanned<String>> {
    cues.lines().filter_map(trimmed).map(|c| Spanned::new(0..0, c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeds() -> Folder {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let mut files = BTreeMap::new();
        let mut stack = vec![dir.clone()];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(d).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else {
                    let rel = p.strip_prefix(&dir).unwrap().to_string_lossy().replace('\\', "/");
                    files.insert(rel, std::fs::read(&p).unwrap());
                }
            }
        }
        Folder::from_files(files).unwrap()
    }

    #[test]
    fn the_seeds_in_memory_build_the_tools_corpus() {
        let from_disk =
            pipeline::build(&Inputs::from_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"))).unwrap();
        let in_memory = seeds().build().unwrap();
        assert_eq!(pipeline::output::to_json(&in_memory), pipeline::output::to_json(&from_disk));
    }

    #[test]
    fn the_collection_is_renamed_and_an_empty_title_refused() {
        let mut f = Folder::default();
        f.set_collection("  Sanctions, three views ", "What three columnists said.").unwrap();
        let m = f.manifest().unwrap();
        assert_eq!(
            (m.title.as_str(), m.description.as_str()),
            ("Sanctions, three views", "What three columnists said.")
        );
        let before = f.clone();
        assert!(f.set_collection(" ", "x").unwrap_err().contains("needs a title"));
        assert_eq!(f, before, "a refused name changes nothing");
    }

    #[test]
    fn rewriting_every_file_keeps_the_corpus() {
        // The workbench writes files back from the pipeline's own types:
        // nothing the corpus depends on may be lost on the way.
        let f = seeds();
        let before = pipeline::output::to_json(&f.build().unwrap());
        let mut g = f.clone();
        g.set_manifest(&f.manifest().unwrap()).unwrap();
        g.set_topics(&f.topics().unwrap()).unwrap();
        g.set_claims(&f.claims().unwrap()).unwrap();
        assert_ne!(g.files[MANIFEST], f.files[MANIFEST]);
        assert_eq!(pipeline::output::to_json(&g.build().unwrap()), before);
    }

    #[test]
    fn a_pasted_article_with_a_topic_and_a_claim_builds() {
        let mut f = Folder::default();
        assert!(f.build().is_err(), "no articles yet");
        let a = f
            .add_article(
                "One view.txt",
                b"Trade with Russia grew fast. Pipelines matter.\n\nNothing else.\n".to_vec(),
            )
            .unwrap();
        let b = f.add_article("pasted", b"Trade is small. It will stay small.\n".to_vec()).unwrap();
        assert_eq!((a.as_str(), b.as_str()), ("one-view", "pasted"));
        f.set_meta(
            &a,
            &Meta {
                title: Some("One view".into()),
                authors: vec!["A. Writer".into()],
                date: Some("2021".into()),
                date_basis: Basis::Inferred,
                date_note: Some("from the text".into()),
                ..Meta::default()
            },
        )
        .unwrap();
        let t = f.add_topic("Trade", "trade*\npipeline*").unwrap();
        let c = f.add_claim(&t, "Trade between the two is growing.").unwrap();
        f.set_stance(&c, &a, Stance::Agrees).unwrap();
        f.toggle_evidence(&c, &a, "one-view-p1-s1").unwrap();
        f.set_stance(&c, &b, Stance::Disagrees).unwrap();
        f.toggle_evidence(&c, &b, "pasted-p1-s1").unwrap();
        let corpus = f.build().unwrap();
        assert_eq!(corpus.articles[0].date.basis, Basis::Inferred);
        assert_eq!(corpus.viewpoints[0].positions.len(), 2);
        assert!(corpus.articles[1].paragraphs[0].sentences[0].topics.contains(&t));
        let meta = f.meta(&a).unwrap();
        assert_eq!(meta.authors, vec!["A. Writer".to_string()]);
        // Removing an article takes its positions with it.
        f.remove_article(&b).unwrap();
        assert!(!f.files.contains_key("pasted.txt"));
        assert_eq!(f.claims().unwrap().claims[0].positions.len(), 1);
    }

    #[test]
    fn bad_text_is_refused_and_the_folder_kept() {
        let mut f = Folder::default();
        let before = f.clone();
        assert!(f.add_article("x.txt", b"   \n".to_vec()).unwrap_err().contains("empty"));
        assert!(f.add_article("x.txt", b"caf\xe9".to_vec()).unwrap_err().contains("UTF-8"));
        assert!(f.add_article("x.bin", b"ab\x00cd".to_vec()).unwrap_err().contains("binary"));
        assert!(f.add_article("big.txt", vec![b'a'; 4 * 1024 * 1024 + 1]).unwrap_err().contains("4 MiB"));
        assert_eq!(f, before);
    }

    #[test]
    fn a_folder_with_broken_toml_is_refused_naming_file_and_line() {
        let mut files: BTreeMap<String, Vec<u8>> =
            seeds().files.into_iter().map(|(k, v)| (k, v.into_bytes())).collect();
        files.insert("topics.toml".into(), b"[[topics]]\nid = \"x\"\nlabel = \n".to_vec());
        assert!(Folder::from_files(files.clone()).unwrap_err().starts_with("topics.toml:3: malformed TOML"));
        files.remove("corpus.toml");
        assert!(Folder::from_files(files).unwrap_err().contains("no corpus.toml"));
    }

    #[test]
    fn a_line_taken_out_never_repoints_chosen_evidence() {
        let mut f = Folder::default();
        let a =
            f.add_article("a.txt", b"The title\n\nTrade grew fast.\n\nGas flows east.\n".to_vec()).unwrap();
        let t = f.add_topic("Trade", "trade*").unwrap();
        let c = f.add_claim(&t, "Trade grows.").unwrap();
        f.set_stance(&c, &a, Stance::Agrees).unwrap();
        f.toggle_evidence(&c, &a, "a-p2-s1").unwrap();
        let before = f.clone();
        assert!(f.title_from_line(&a, "The title").unwrap_err().contains("renumber"));
        assert_eq!(f, before);
    }

    #[test]
    fn a_title_sharing_its_paragraph_is_recorded_but_stays_in_the_text() {
        let mut f = Folder::default();
        let a = f.add_article("a.txt", b"The title\nBy A. Writer\n\nTrade grew fast.\n".to_vec()).unwrap();
        assert!(f.title_from_line(&a, "The title").unwrap().unwrap().contains("stays in the text"));
        let c = f.build().expect("the folder still builds");
        assert_eq!(c.articles[0].title.value.as_deref(), Some("The title"));
        let b = f.add_article("b.txt", b"Own line\n\nTrade grew fast.\n".to_vec()).unwrap();
        assert_eq!(f.title_from_line(&b, "Own line").unwrap(), None);
        assert_eq!(f.build().unwrap().articles[1].paragraphs.len(), 1, "the title's line is out of the text");
    }

    #[test]
    fn the_seeds_topics_are_added_to_ones_own() {
        let mut f = Folder::default();
        f.add_article("a.txt", b"Trade grew.\n".to_vec()).unwrap();
        f.add_topic("Cricket", "cricket").unwrap();
        assert_eq!(f.use_seed_topics().unwrap(), 9);
        assert_eq!(f.topics().unwrap().topics.len(), 10);
        assert_eq!(f.use_seed_topics().unwrap(), 0, "twice adds nothing");
        assert!(f.build().is_ok());
    }

    #[test]
    fn slugs_are_ids() {
        assert_eq!(slug("Russia’s South Asia: challenge!"), "russia-s-south-asia-challenge");
        assert!(crate::pipeline::read::manifest::is_slug(&slug("  A  b ")));
        assert_eq!(
            slug("Trade between Pakistan and Russia is growing."),
            "trade-between-pakistan-and-russia-is"
        );
        assert_eq!(slug(&"x".repeat(50)).len(), 40);
    }
}
