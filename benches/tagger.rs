//! Benchmark of the topic tagger's quality (not its speed): precision and
//! recall per topic on the seeds, measured four ways, and the experiment on
//! carrying a topic over to a sentence that continues the previous one's
//! subject ("It contributed to India's industrialisation").
//!
//! - **training set**: the tags against `labels.toml`, the labels the cues
//!   were written against;
//! - **held out**: leave one article out — each article tagged only by the
//!   cues the other articles' labels confirm (`src/pipeline/tag/heldout.rs`);
//! - **second reader**: the tags against `labels-second.toml`, labels by a
//!   reader who saw neither the cues nor the first labels;
//! - **held out, second reader**: cues chosen on the other articles' first
//!   labels, the article scored against the second reader's.
//!
//! Run `cargo bench --bench tagger` (`scripts/bench.sh` runs it); it prints
//! Markdown.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use parallax::model::Corpus;
use parallax::pipeline::read::source;
use parallax::pipeline::tag::heldout::{leave_one_article_out, leave_one_article_out_against, Counts};
use parallax::pipeline::tag::labels::{self, Labels};
use parallax::pipeline::tag::{self, Tagger};
use parallax::pipeline::{build, Inputs};

/// The three topics readers need most; the rest are printed too.
const REQUIRED: [&str; 3] = ["india-tilt", "trade", "afghanistan"];

fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

fn read_labels(corpus: &Corpus, file: &str) -> Labels {
    let path = seeds().join(file);
    labels::load(&path, &source::read_text(&path).unwrap(), corpus).unwrap()
}

/// Counts of `tags` (sentence id → topics) against `gold`, for `topic`.
fn count(corpus: &Corpus, tags: &BTreeMap<String, BTreeSet<String>>, gold: &Labels, topic: &str) -> Counts {
    let mut c = Counts::default();
    for s in corpus.articles.iter().flat_map(|a| a.sentences()) {
        let Some(g) = gold.get(&s.id) else { continue };
        match (tags[&s.id].contains(topic), g.contains(topic)) {
            (true, true) => c.tp += 1,
            (true, false) => c.fp += 1,
            (false, true) => c.fneg += 1,
            _ => {}
        }
    }
    c
}

fn f1(c: &Counts) -> f64 {
    let (tp, fp, fneg) = (c.tp as f64, c.fp as f64, c.fneg as f64);
    if tp == 0.0 {
        0.0
    } else {
        2.0 * tp / (2.0 * tp + fp + fneg)
    }
}

fn pr(c: &Counts) -> String {
    let s = c.score("");
    format!("{:.3} | {:.3}", s.precision, s.recall)
}

/// Words that make a sentence continue the previous one's subject.
const ANAPHORA: &[&str] = &[
    "it", "its", "this", "these", "they", "their", "them", "such", "that", "those", "he", "his", "she",
    "her", "both",
];
/// Connectives that may stand before such a word ("However, it …").
const CONNECTIVES: &[&str] = &[
    "however",
    "but",
    "and",
    "moreover",
    "also",
    "yet",
    "still",
    "thus",
    "hence",
    "therefore",
    "besides",
    "furthermore",
    "so",
];

/// Whether a sentence opens with a word that continues the previous one's
/// subject; with `after_connective`, also after a connective.
fn continues(text: &str, after_connective: bool) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(2)
        .map(str::to_lowercase)
        .collect();
    match words.as_slice() {
        [w, ..] if ANAPHORA.contains(&w.as_str()) => true,
        [c, w] if after_connective && CONNECTIVES.contains(&c.as_str()) => ANAPHORA.contains(&w.as_str()),
        _ => false,
    }
}

/// The corpus's tags (cue topics only), with topics carried over from the
/// previous sentence of the same paragraph when `carry` says so.
fn tags(corpus: &Corpus, tagger: &Tagger, carry: Option<bool>) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for p in corpus.articles.iter().flat_map(|a| &a.paragraphs) {
        let mut previous: BTreeSet<String> = BTreeSet::new();
        for s in &p.sentences {
            let own: BTreeSet<String> = tagger.tag(&s.text).0.into_iter().collect();
            let mut all = own.clone();
            if let Some(after_connective) = carry {
                if continues(&s.text, after_connective) {
                    all.extend(previous.iter().cloned());
                }
            }
            previous = own;
            out.insert(s.id.clone(), all);
        }
    }
    out
}

fn main() {
    let corpus = build(&Inputs::from_dir(seeds())).expect("the seeds build");
    let (_, tagger) =
        tag::load(&seeds().join("topics.toml"), &source::read_text(&seeds().join("topics.toml")).unwrap())
            .expect("topics.toml");
    let first = read_labels(&corpus, "labels.toml");
    let second = read_labels(&corpus, "labels-second.toml");
    let cue_topics: Vec<&str> =
        corpus.topics.iter().filter(|t| !t.from_claims).map(|t| t.id.as_str()).collect();
    let plain = tags(&corpus, &tagger, None);
    let loao: BTreeMap<String, Counts> =
        leave_one_article_out(&corpus, &first, &tagger).into_iter().collect();
    let loao2: BTreeMap<String, Counts> =
        leave_one_article_out_against(&corpus, &first, &second, &tagger).into_iter().collect();
    let agreement = labels::agreement(&corpus, &first, &second);

    println!(
        "# Topic tagger quality ({} sentences, {} labelled twice)\n",
        plain.len(),
        first.len().min(second.len())
    );
    println!("Precision (P) and recall (R) per topic. Training set: against the labels the cues were written looking at. Held out: leave one article out. Second reader: against labels by a reader who saw neither the cues nor the first labels.\n");
    println!("| topic | training set P | R | held out P | R | second reader P | R | held out, second reader P | R | readers' kappa | labelled (first / second) |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    for t in &cue_topics {
        let k = agreement.iter().find(|a| a.topic == *t).map_or(0.0, |a| a.kappa);
        let n = |l: &Labels| l.values().filter(|v| v.contains(*t)).count();
        println!(
            "| {t}{} | {} | {} | {} | {} | {k:.3} | {} / {} |",
            if REQUIRED.contains(t) { " *" } else { "" },
            pr(&count(&corpus, &plain, &first, t)),
            pr(&loao[*t]),
            pr(&count(&corpus, &plain, &second, t)),
            pr(&loao2[*t]),
            n(&first),
            n(&second)
        );
    }
    println!("\n\\* the three topics readers need most (target: 0.9 held out).\n");

    println!("## Carrying a topic over to a sentence that continues the previous one's subject\n");
    println!("A sentence opening with a pronoun or demonstrative (It, This, They, Such…) takes the cue topics of the sentence before it in its paragraph; *after a connective* also counts \"However, it…\". F1 over all topics, and precision | recall on the required ones.\n");
    println!("| variant | labels | F1, all topics | india-tilt P | R | trade P | R | afghanistan P | R |\n|---|---|---:|---:|---:|---:|---:|---:|---:|");
    for (name, carry) in [
        ("no carry-over (the build)", None),
        ("carry-over", Some(false)),
        ("carry-over, after a connective too", Some(true)),
    ] {
        let t = tags(&corpus, &tagger, carry);
        for (which, gold) in [("first", &first), ("second reader", &second)] {
            let mut all = Counts::default();
            for topic in &cue_topics {
                let c = count(&corpus, &t, gold, topic);
                (all.tp, all.fp, all.fneg) = (all.tp + c.tp, all.fp + c.fp, all.fneg + c.fneg);
            }
            let req: Vec<String> = REQUIRED.iter().map(|r| pr(&count(&corpus, &t, gold, r))).collect();
            println!("| {name} | {which} | {:.3} | {} |", f1(&all), req.join(" | "));
        }
    }
    println!();
}
