//! Differential benchmark of the sentence splitter: Parallax's
//! [`split_sentences`] against pySBD 0.3.4 on public-domain English prose
//! (US State of the Union addresses since 1946 and Moby-Dick), and both on
//! the 48 English Golden Rules.
//!
//! It measures *agreement*, not accuracy: pySBD is the reference, not ground
//! truth. Each segmentation is reduced to its set of boundaries (the
//! character offset where each sentence after the first starts, past any
//! whitespace), so only real disagreements count. Every boundary found by one
//! tool only is printed in context, grouped by a coarse kind guessed from the
//! characters around it, for a person to judge.
//!
//! Run `scripts/bench-splitter.sh`: it installs pySBD and the texts, writes
//! the inputs to `target/splitter-bench/` and runs this with
//! `SPLITTER_BENCH_DIR` pointing there. Without that variable it does nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use parallax::pipeline::segment::split_sentences;
use serde::de::DeserializeOwned;
use serde::Deserialize;

/// Above this many differences, stdout gets counts and samples; the full list
/// goes to `differences.md`.
const PRINT_ALL_UP_TO: usize = 400;
/// Differences shown per kind on stdout when there are too many to print.
const SAMPLES_PER_KIND: usize = 15;
/// Characters of context on each side of a boundary.
const CONTEXT: usize = 60;

/// One line of `paragraphs.jsonl`.
#[derive(Deserialize)]
struct Paragraph {
    source: String,
    text: String,
}

/// `tests/data/golden-rules-en.json`.
#[derive(Deserialize)]
struct Suite {
    cases: Vec<Case>,
}

/// One Golden Rule: a text and its expected sentences.
#[derive(Deserialize)]
struct Case {
    text: String,
    sentences: Vec<String>,
}

/// Which tool put a boundary where the other did not.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Who {
    Parallax,
    Pysbd,
}

impl Who {
    /// How a difference of this tool is labelled.
    fn label(self) -> &'static str {
        match self {
            Who::Parallax => "Parallax only",
            Who::Pysbd => "pySBD only",
        }
    }
}

/// A coarse kind of boundary, from the characters around it (first match wins).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    ListMarker,
    NoSpace,
    Lowercase,
    InsideQuotes,
    AtQuote,
    Brackets,
    Ellipsis,
    QuestionExclamation,
    Number,
    Abbreviation,
    FullStop,
    Other,
}

impl Kind {
    /// The kind's heading, with examples.
    fn label(self) -> &'static str {
        match self {
            Kind::ListMarker => "before a list marker (\"2.\", \"b)\", \"(3)\", \"-\", \"*\")",
            Kind::NoSpace => "with no space in the text (\"see?—Posted\", \"forces.-The\", \"children?I\")",
            Kind::Lowercase => "before a lowercase word (\"? thought I\", \"the . peoples\")",
            Kind::InsideQuotes => "inside quotation marks",
            Kind::AtQuote => "at a quotation mark (just after a closing or before an opening one)",
            Kind::Brackets => "at a parenthesis or bracket (\")\", \"]\", \"(\", \"[\")",
            Kind::Ellipsis => "after an ellipsis (\"...\", \". . .\", \"…\")",
            Kind::QuestionExclamation => "after ? or !",
            Kind::Number => "after a number with a period (\"1990.\", \"31st.\", \"$5.\")",
            Kind::Abbreviation => {
                "after an abbreviation-like word with a period (\"Mr.\", \"U.S.\", \"I.\", \"etc.\")"
            }
            Kind::FullStop => "after an ordinary word with a period",
            Kind::Other => "other (no terminal punctuation before it)",
        }
    }
}

/// One boundary found by one tool only.
struct Difference {
    /// Index of the paragraph (0-based line of `paragraphs.jsonl`).
    para: usize,
    /// Character offset of the boundary.
    at: usize,
    who: Who,
    kind: Kind,
}

/// Running totals for a group of sources.
#[derive(Default)]
struct Tally {
    sources: BTreeSet<String>,
    paragraphs: usize,
    chars: usize,
    parallax_sentences: usize,
    pysbd_sentences: usize,
    both: usize,
    only_parallax: usize,
    only_pysbd: usize,
    identical: usize,
}

impl Tally {
    /// Adds another group's totals to these.
    fn add(&mut self, other: &Tally) {
        self.sources.extend(other.sources.iter().cloned());
        self.paragraphs += other.paragraphs;
        self.chars += other.chars;
        self.parallax_sentences += other.parallax_sentences;
        self.pysbd_sentences += other.pysbd_sentences;
        self.both += other.both;
        self.only_parallax += other.only_parallax;
        self.only_pysbd += other.only_pysbd;
        self.identical += other.identical;
    }

    /// Precision, recall and F1 of Parallax, taking pySBD as the reference.
    fn scores(&self) -> (f64, f64, f64) {
        let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
        let p = ratio(self.both, self.both + self.only_parallax);
        let r = ratio(self.both, self.both + self.only_pysbd);
        let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        (p, r, f)
    }
}

/// Runs the comparison if `SPLITTER_BENCH_DIR` is set; exits with 1 on bad input.
fn main() {
    let Some(dir) = std::env::var_os("SPLITTER_BENCH_DIR") else {
        eprintln!("splitter bench: skipped, SPLITTER_BENCH_DIR is not set (run scripts/bench-splitter.sh)");
        return;
    };
    if let Err(e) = run(&PathBuf::from(dir)) {
        eprintln!("splitter bench: {e}");
        std::process::exit(1);
    }
}

/// Reads the inputs in `dir`, compares, prints the report.
fn run(dir: &Path) -> Result<(), String> {
    let paragraphs: Vec<Paragraph> = read_jsonl(&dir.join("paragraphs.jsonl"))?;
    let pysbd: Vec<Vec<[usize; 2]>> = read_jsonl(&dir.join("pysbd.jsonl"))?;
    if paragraphs.len() != pysbd.len() {
        return Err(format!(
            "{} paragraphs but {} pySBD results: rerun scripts/bench-splitter.sh",
            paragraphs.len(),
            pysbd.len()
        ));
    }

    let mut groups: BTreeMap<&'static str, Tally> = BTreeMap::new();
    let mut differences = Vec::new();
    let mut texts: Vec<Vec<char>> = Vec::with_capacity(paragraphs.len());
    for (n, (para, spans)) in paragraphs.iter().zip(&pysbd).enumerate() {
        let chars: Vec<char> = para.text.chars().collect();
        let ours = split_sentences(&para.text);
        let byte_to_char = char_index(&para.text);
        let ours_starts = ours.iter().map(|r| byte_to_char[r.start]);
        for &[s, e] in spans {
            if s > e || e > chars.len() {
                return Err(format!(
                    "pySBD span {s}..{e} out of paragraph {} ({} chars)",
                    n + 1,
                    chars.len()
                ));
            }
        }
        let theirs: Vec<&[usize; 2]> =
            spans.iter().filter(|[s, e]| chars[*s..*e].iter().any(|c| !c.is_whitespace())).collect();
        let p = boundaries(&chars, ours_starts);
        let q = boundaries(&chars, theirs.iter().map(|[s, _]| *s));

        let t = groups.entry(group_of(&para.source)).or_default();
        t.sources.insert(para.source.clone());
        t.paragraphs += 1;
        t.chars += chars.len();
        t.parallax_sentences += ours.len();
        t.pysbd_sentences += theirs.len();
        t.both += p.intersection(&q).count();
        t.only_parallax += p.difference(&q).count();
        t.only_pysbd += q.difference(&p).count();
        t.identical += usize::from(p == q);
        for (who, only) in [(Who::Parallax, p.difference(&q)), (Who::Pysbd, q.difference(&p))] {
            differences.extend(only.map(|&at| Difference { para: n, at, who, kind: classify(&chars, at) }));
        }
        texts.push(chars);
    }
    let mut total = Tally::default();
    for t in groups.values() {
        total.add(t);
    }

    let mut out = String::new();
    out.push_str("# Sentence splitter: Parallax vs pySBD 0.3.4\n\n");
    corpus_section(&mut out, &groups, &total);
    agreement_section(&mut out, &groups, &total);
    golden_section(&mut out, dir)?;

    differences.sort_by_key(|d| (d.kind, d.para, d.at, d.who));
    let mut by_kind: BTreeMap<Kind, Vec<&Difference>> = BTreeMap::new();
    for d in &differences {
        by_kind.entry(d.kind).or_default().push(d);
    }
    let _ = writeln!(out, "## Differences ({})\n", differences.len());
    let _ = writeln!(
        out,
        "Each is a boundary only one tool puts there, shown as `left ‖ right` (`left‖right` if the text \
         has no space there) with {CONTEXT} characters either side. Kinds are guessed from the characters \
         around it.\n"
    );
    out.push_str("| kind | Parallax only | pySBD only | total |\n|---|---:|---:|---:|\n");
    for (kind, ds) in &by_kind {
        let ours = ds.iter().filter(|d| d.who == Who::Parallax).count();
        let _ = writeln!(out, "| {} | {} | {} | {} |", kind.label(), ours, ds.len() - ours, ds.len());
    }
    out.push('\n');
    // Every difference, by kind; on stdout too when there are few enough.
    let mut listing = String::new();
    let print_all = differences.len() <= PRINT_ALL_UP_TO;
    for (kind, ds) in &by_kind {
        let heading = format!("### {} ({})\n\n", kind.label(), ds.len());
        listing.push_str(&heading);
        out.push_str(&heading);
        for (i, d) in ds.iter().enumerate() {
            let line = format!(
                "- {} ¶{} @{} **{}**: {}\n",
                paragraphs[d.para].source,
                d.para + 1,
                d.at,
                d.who.label(),
                context(&texts[d.para], d.at)
            );
            if print_all || i < SAMPLES_PER_KIND {
                out.push_str(&line);
            }
            listing.push_str(&line);
        }
        if !print_all && ds.len() > SAMPLES_PER_KIND {
            let _ = writeln!(out, "- … and {} more in differences.md", ds.len() - SAMPLES_PER_KIND);
        }
        listing.push('\n');
        out.push('\n');
    }
    if !print_all {
        let path = dir.join("differences.md");
        let doc = format!(
            "# Sentence splitter: every difference between Parallax and pySBD 0.3.4\n\n\
             ¶N is line N of paragraphs.jsonl; @ is the character offset of the boundary.\n\n{listing}"
        );
        std::fs::write(&path, doc).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        let _ = writeln!(out, "All {} differences are in {}.", differences.len(), path.display());
    }
    print!("{out}");
    Ok(())
}

/// Reads one JSON value per line, naming the file and line on error.
fn read_jsonl<T: DeserializeOwned>(path: &Path) -> Result<Vec<T>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {} ({e}): run scripts/bench-splitter.sh", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| serde_json::from_str(l).map_err(|e| format!("{}:{}: {e}", path.display(), n + 1)))
        .collect()
}

/// The corpus group a source belongs to ("sotu-2001-bush" → State of the Union).
fn group_of(source: &str) -> &'static str {
    if source.starts_with("sotu-") {
        "State of the Union"
    } else if source.starts_with("moby-dick-") {
        "Moby-Dick"
    } else {
        "other"
    }
}

/// Maps each byte offset of `text` (at a char boundary, or its end) to a char offset.
fn char_index(text: &str) -> Vec<usize> {
    let mut map = vec![0; text.len() + 1];
    let mut n = 0;
    for (b, _) in text.char_indices() {
        map[b] = n;
        n += 1;
    }
    map[text.len()] = n;
    map
}

/// The boundaries of a segmentation given the char offsets where its
/// sentences start, normalised so that only real disagreements count: each
/// is moved past whitespace, and past closing marks or footnote marks left at
/// the start of a sentence (pySBD's `peace. ‖ " All` is the same break as
/// `peace." ‖ All`, and `sea.‖*` at the end is no break); the start and the
/// end of the text are not boundaries.
fn boundaries(chars: &[char], starts: impl Iterator<Item = usize>) -> BTreeSet<usize> {
    let skip_space = |mut s: usize| {
        while s < chars.len() && chars[s].is_whitespace() {
            s += 1;
        }
        s
    };
    let first = skip_space(0);
    starts
        .map(|s| {
            let s = skip_space(s);
            let mut e = s;
            while e < chars.len() && (CLOSERS.contains(&chars[e]) || FOOTNOTE_MARKS.contains(&chars[e])) {
                e += 1;
            }
            let closes = e > s && chars.get(e).is_none_or(|c| c.is_whitespace());
            if closes {
                skip_space(e)
            } else {
                s
            }
        })
        .filter(|&s| s > first && s < chars.len())
        .collect()
}

/// Marks that refer to a footnote, written right after a sentence's stop.
const FOOTNOTE_MARKS: &[char] = &['*', '†', '‡'];
/// Marks that close a quotation or a bracket.
const CLOSERS: &[char] = &['"', '”', '’', '\'', ')', ']', '»'];
const DOUBLE_QUOTES: &[char] = &['"', '“', '”', '„', '«', '»'];
const BULLETS: &[char] = &['•', '⁃', '◦', '▪', '‣', '·', '-', '*'];
/// Words that are (or end) abbreviations when followed by a period
/// (compared in lowercase).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "st", "mt", "ft", "co", "corp", "inc", "ltd", "bros", "jr", "sr",
    "esq", "gen", "col", "capt", "lt", "maj", "sgt", "adm", "gov", "sen", "rep", "hon", "rev", "prof",
    "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "etc", "vs",
    "viz", "cf", "al", "approx", "dept", "est", "fig", "no", "nos", "vol", "p", "pp", "ch", "sec", "art",
    "ed", "ave", "blvd", "rd", "mass", "calif", "penn", "va", "ga", "tenn",
];

/// Guesses the kind of the boundary at char offset `at`.
fn classify(chars: &[char], at: usize) -> Kind {
    let mut end = at;
    while end > 0 && chars[end - 1].is_whitespace() {
        end -= 1;
    }
    let after = &chars[at..];
    if starts_with_list_marker(after) {
        return Kind::ListMarker;
    }
    if end == at {
        return Kind::NoSpace;
    }
    if after.iter().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_lowercase()) {
        return Kind::Lowercase;
    }
    if inside_quotes(chars, end) {
        return Kind::InsideQuotes;
    }
    // The terminal mark, behind any closing quotes, brackets and footnote marks.
    let mut core = end;
    while core > 0
        && (CLOSERS.contains(&chars[core - 1])
            || FOOTNOTE_MARKS.contains(&chars[core - 1])
            || chars[core - 1] == ' ')
    {
        core -= 1;
    }
    let closing = &chars[core..end];
    let first = after.first().copied().unwrap_or(' ');
    if closing.iter().any(|c| DOUBLE_QUOTES.contains(c)) || DOUBLE_QUOTES.contains(&first) || first == '‘' {
        return Kind::AtQuote;
    }
    if closing.iter().any(|c| matches!(c, ')' | ']')) || matches!(first, '(' | '[') {
        return Kind::Brackets;
    }
    let before = &chars[..core];
    match before.last().copied().unwrap_or(' ') {
        '?' | '!' => Kind::QuestionExclamation,
        '…' => Kind::Ellipsis,
        '.' => {
            let dots =
                before.iter().rev().take_while(|c| matches!(c, '.' | ' ')).filter(|&&c| c == '.').count();
            if dots >= 2 {
                return Kind::Ellipsis;
            }
            let start = before.iter().rposition(|c| c.is_whitespace()).map_or(0, |p| p + 1);
            let word: String = before[start..core - 1].iter().collect();
            let word = word.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '$');
            if word.starts_with(|c: char| c.is_ascii_digit() || c == '$') {
                Kind::Number
            } else if is_abbreviation_like(word) {
                Kind::Abbreviation
            } else {
                Kind::FullStop
            }
        }
        _ => Kind::Other,
    }
}

/// True when char offset `at` lies inside a quotation. Curly quotes nest; a
/// straight quote opens after a space or an opening mark and closes before a
/// space or punctuation (between two letters it flips), so one stray or
/// unclosed quote does not turn the rest of the paragraph inside out.
fn inside_quotes(chars: &[char], at: usize) -> bool {
    let (mut straight, mut curly) = (false, 0usize);
    for (i, &c) in chars[..at].iter().enumerate() {
        match c {
            '“' => curly += 1,
            '”' => curly = curly.saturating_sub(1),
            '"' => {
                let before = if i > 0 { chars[i - 1] } else { ' ' };
                let after = chars.get(i + 1).copied().unwrap_or(' ');
                straight = if before.is_whitespace() || "([{—-".contains(before) {
                    true
                } else if after.is_whitespace() || ".,;:!?)]}—-".contains(after) {
                    false
                } else {
                    !straight
                };
            }
            _ => {}
        }
    }
    straight || curly > 0
}

/// True for a dotted word ("U.S", "i.e"), a single letter, or a known abbreviation.
fn is_abbreviation_like(word: &str) -> bool {
    word.contains('.')
        || (word.chars().count() == 1 && word.chars().all(char::is_alphabetic))
        || ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

/// True when `after` opens with an item marker: "2. ", "b) ", "(3) ", "iv. ", or a bullet.
fn starts_with_list_marker(after: &[char]) -> bool {
    let mut i = 0;
    if after.first().is_some_and(|c| BULLETS.contains(c)) && after.get(1) == Some(&' ') {
        return true;
    }
    let paren = after.first() == Some(&'(');
    if paren {
        i += 1;
    }
    let body = i;
    while i < after.len() && i - body < 4 && after[i].is_ascii_alphanumeric() {
        i += 1;
    }
    let label: String = after[body..i].iter().collect();
    let is_label = !label.is_empty()
        && (label.len() <= 3 && label.chars().all(|c| c.is_ascii_digit())
            || label.len() == 1 && label.chars().all(|c| c.is_ascii_lowercase())
            || label.chars().all(|c| matches!(c, 'i' | 'v' | 'x')));
    let closer = matches!((paren, after.get(i)), (true, Some(')')) | (false, Some('.' | ')')));
    is_label && closer && after.get(i + 1).is_some_and(|c| c.is_whitespace())
}

/// The boundary at `at` in context: `left ‖ right` in a code span (`left‖right`
/// when the text has no space there).
fn context(chars: &[char], at: usize) -> String {
    let mut end = at;
    while end > 0 && chars[end - 1].is_whitespace() {
        end -= 1;
    }
    let from = end.saturating_sub(CONTEXT);
    let to = (at + CONTEXT).min(chars.len());
    let left: String = chars[from..end].iter().collect();
    let right: String = chars[at..to].iter().collect();
    let mark = if end == at { "‖" } else { " ‖ " };
    let s = format!(
        "{}{left}{mark}{right}{}",
        if from > 0 { "…" } else { "" },
        if to < chars.len() { "…" } else { "" }
    );
    format!("`` {} ``", s.replace('`', "'"))
}

/// The corpus: sources, paragraphs, characters, sentences per tool.
fn corpus_section(out: &mut String, groups: &BTreeMap<&'static str, Tally>, total: &Tally) {
    out.push_str("## Corpus\n\n");
    out.push_str("| texts | sources | paragraphs | characters | Parallax sentences | pySBD sentences |\n");
    out.push_str("|---|---:|---:|---:|---:|---:|\n");
    for (name, t) in groups.iter().chain(std::iter::once((&"total", total))) {
        let _ = writeln!(
            out,
            "| {name} | {} | {} | {} | {} | {} |",
            t.sources.len(),
            t.paragraphs,
            t.chars,
            t.parallax_sentences,
            t.pysbd_sentences
        );
    }
    out.push_str(
        "\nThe State of the Union texts come without paragraph breaks, so scripts/bench-splitter.sh cuts \
         each address into pieces of at least 700 characters at unambiguous full stops (a lowercase \
         word of 4+ letters, \". \", a capital, outside quotes and brackets); those cut points are not \
         compared.\n\n",
    );
}

/// Boundary agreement, per group and in total.
fn agreement_section(out: &mut String, groups: &BTreeMap<&'static str, Tally>, total: &Tally) {
    out.push_str("## Boundary agreement\n\n");
    out.push_str(
        "Agreement, not accuracy: pySBD is taken as the reference, but it is not ground truth. \
         Precision = share of Parallax's boundaries pySBD also finds; recall = share of pySBD's \
         boundaries Parallax also finds.\n\n",
    );
    out.push_str(
        "| texts | both | only Parallax | only pySBD | precision | recall | F1 | identical paragraphs |\n",
    );
    out.push_str("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (name, t) in groups.iter().chain(std::iter::once((&"total", total))) {
        let (p, r, f) = t.scores();
        let _ = writeln!(
            out,
            "| {name} | {} | {} | {} | {:.4} | {:.4} | {:.4} | {} / {} ({:.1}%) |",
            t.both,
            t.only_parallax,
            t.only_pysbd,
            p,
            r,
            f,
            t.identical,
            t.paragraphs,
            100.0 * t.identical as f64 / t.paragraphs.max(1) as f64
        );
    }
    out.push('\n');
}

/// The 48 English Golden Rules: how many each tool gets exactly right.
fn golden_section(out: &mut String, dir: &Path) -> Result<(), String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/golden-rules-en.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let suite: Suite = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let theirs: Vec<Vec<String>> = read_jsonl(&dir.join("pysbd-golden.jsonl"))?;
    if theirs.len() != suite.cases.len() {
        return Err(format!(
            "{} Golden Rules but {} pySBD results: rerun scripts/bench-splitter.sh",
            suite.cases.len(),
            theirs.len()
        ));
    }
    let normal = |ss: &[String]| -> Vec<String> {
        ss.iter()
            .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|s| !s.is_empty())
            .collect()
    };
    let mut failed = [Vec::new(), Vec::new()];
    for (n, (case, pysbd)) in suite.cases.iter().zip(&theirs).enumerate() {
        let expected = normal(&case.sentences);
        let ours: Vec<String> =
            split_sentences(&case.text).into_iter().map(|r| case.text[r].to_string()).collect();
        for (k, got) in [normal(&ours), normal(pysbd)].into_iter().enumerate() {
            if got != expected {
                failed[k].push(format!("  - rule {}: {:?} → {:?}", n + 1, case.text, got));
            }
        }
    }
    let _ = writeln!(
        out,
        "## Golden Rules ({} English cases, exact sentences, whitespace normalised)\n",
        suite.cases.len()
    );
    for (name, f) in ["Parallax", "pySBD"].iter().zip(&failed) {
        let _ = writeln!(out, "- {name}: {} / {} right", suite.cases.len() - f.len(), suite.cases.len());
        for line in f {
            let _ = writeln!(out, "{line}");
        }
    }
    out.push('\n');
    Ok(())
}
