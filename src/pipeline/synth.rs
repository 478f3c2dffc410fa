//! Synthetic corpora for benchmarks and scale tests: any number of articles
//! assembled deterministically from the sentences of a real corpus, with
//! the same kinds of chrome and damage the real seeds have, plus a manifest.

use std::fmt::Write as _;
use std::path::Path;

use crate::model::Corpus;

/// A small deterministic generator (64-bit LCG), so runs are repeatable.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n.max(1) as u64) as usize
    }
}

/// Writes `n` synthetic articles and a `corpus.toml` (using `topics_toml` as
/// the topic file) into `dir`. Sentences come from `pool`.
pub fn write_synthetic(dir: &Path, n: usize, pool: &Corpus, topics_toml: &str) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let sentences: Vec<&str> =
        pool.articles.iter().flat_map(|a| a.sentences()).map(|s| s.text.as_str()).collect();
    let mut rng = Lcg(0x05ee_d0f9_a11a);
    let mut manifest = String::from(
        "title = \"Synthetic corpus\"\ndescription = \"Generated for benchmarks.\"\ntopics = \"topics.toml\"\n",
    );
    for k in 0..n {
        let file = format!("synthetic-{k:05}.txt");
        let mut text = String::new();
        let title = format!("Synthetic article number {k}");
        let byline = format!("By Writer {k}");
        writeln!(text, "{title}\n\n{byline}\n").unwrap();
        let paragraphs = 6 + rng.next(10);
        let mut first_para = String::new();
        for p in 0..paragraphs {
            let count = 2 + rng.next(6);
            let para: Vec<&str> = (0..count).map(|_| sentences[rng.next(sentences.len())]).collect();
            let para = para.join(" ");
            if p == 0 {
                first_para = para.clone();
            }
            writeln!(text, "{para}\n").unwrap();
        }
        // The damage the real seeds show: a repeated block and chrome.
        if k % 3 == 0 {
            writeln!(text, "{first_para}\n").unwrap();
        }
        writeln!(text, "Leave a Reply\n\n© Synthetic Press. All rights reserved.").unwrap();
        std::fs::write(dir.join(&file), text)?;
        write!(
            manifest,
            "\n[[articles]]\nid = \"synthetic-{k:05}\"\nfile = \"{file}\"\n[articles.title]\nvalue = \"{title}\"\nlines = [\"{title}\"]\n[[articles.authors]]\nname = \"Writer {k}\"\nlines = [\"{byline}\"]\n"
        )
        .unwrap();
    }
    std::fs::write(dir.join("corpus.toml"), manifest)?;
    std::fs::write(dir.join("topics.toml"), topics_toml)?;
    Ok(())
}
