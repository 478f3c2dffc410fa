//! `parallax-corpus`: turns a seeds folder into `corpus.json`, and finishes
//! the built site.
//!
//! ```text
//! parallax-corpus [SEEDS_DIR] [-o OUT] [--check]
//! parallax-corpus finish SITE_DIR
//! parallax-corpus synth N SEEDS_DIR OUT_DIR
//! ```
//! The build reads `SEEDS_DIR/corpus.toml` (default `seeds`) and writes
//! `OUT` (default `corpus.json`) and, when the seeds have claims, the grid
//! (`parallax-grid.csv`) and the analysis (`parallax-analysis.json`) next to
//! it; `--check` validates without writing. `finish` completes the site in
//! `SITE_DIR` (trunk runs it after the build, `src/site/`). `synth` writes
//! N generated articles for benchmarks. On any error the tool prints it
//! (file and line first) and exits with status 1, leaving an existing
//! output file untouched.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    match cli::parse(std::env::args_os().skip(1)).map_err(|e| format!("{e}\n{}", cli::USAGE)).and_then(|c| {
        cli::run(c).map_err(|e| {
            let mut msg = e.to_string();
            let mut source = e.source();
            while let Some(s) = source {
                msg.push_str(&format!("\n  caused by: {s}"));
                source = s.source();
            }
            msg
        })
    }) {
        Ok(()) => {}
        Err(msg) => {
            eprintln!("parallax-corpus: error: {msg}");
            std::process::exit(1);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::ffi::OsString;
    use std::path::{Path, PathBuf};

    use parallax::pipeline::{self, output, Inputs};
    use parallax::site::{self, exports};

    pub const USAGE: &str = "usage: parallax-corpus [SEEDS_DIR] [-o OUT] [--check]\n       parallax-corpus finish SITE_DIR\n       parallax-corpus synth N SEEDS_DIR OUT_DIR";

    /// What the command line asks for.
    pub enum Command {
        /// Build `corpus.json` from a seeds folder.
        Build { seeds: PathBuf, out: PathBuf, check: bool },
        /// Finish a built site.
        Finish { site: PathBuf },
        /// Write generated articles.
        Synth { n: usize, seeds: PathBuf, out: PathBuf },
        /// Print the usage.
        Help,
    }

    /// Parses the arguments (lexopt: `-o OUT`, `--out=OUT`, `--check`, `--help`).
    pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, lexopt::Error> {
        use lexopt::prelude::*;
        let mut p = lexopt::Parser::from_args(args);
        let mut positional: Vec<OsString> = Vec::new();
        let (mut out, mut check) = (None, false);
        while let Some(arg) = p.next()? {
            match arg {
                Short('o') | Long("out") => out = Some(PathBuf::from(p.value()?)),
                Long("check") => check = true,
                Short('h') | Long("help") => return Ok(Command::Help),
                Value(v) => positional.push(v),
                _ => return Err(arg.unexpected()),
            }
        }
        let path = |v: &OsString| PathBuf::from(v);
        match positional.first().and_then(|f| f.to_str()) {
            Some("finish") => match &positional[1..] {
                [site] => Ok(Command::Finish { site: path(site) }),
                _ => Err("finish takes one SITE_DIR".into()),
            },
            Some("synth") => match &positional[1..] {
                [n, seeds, out] => {
                    let n = n.to_str().and_then(|n| n.parse().ok()).ok_or("synth: N must be a number")?;
                    Ok(Command::Synth { n, seeds: path(seeds), out: path(out) })
                }
                _ => Err("synth takes N SEEDS_DIR OUT_DIR".into()),
            },
            _ => match positional.as_slice() {
                [] | [_] => Ok(Command::Build {
                    seeds: positional.first().map_or_else(|| PathBuf::from("seeds"), path),
                    out: out.unwrap_or_else(|| PathBuf::from("corpus.json")),
                    check,
                }),
                _ => Err("only one SEEDS_DIR".into()),
            },
        }
    }

    /// Runs a command.
    pub fn run(command: Command) -> Result<(), Box<dyn std::error::Error>> {
        match command {
            Command::Help => {
                println!("{USAGE}");
                Ok(())
            }
            Command::Build { seeds, out, check } => build(&seeds, &out, check),
            Command::Finish { site } => {
                let done = site::finish(&site)?;
                eprintln!(
                    "parallax-corpus: finished {}: static first view, {}, policy {}",
                    site.display(),
                    done.loader,
                    done.policy
                );
                Ok(())
            }
            Command::Synth { n, seeds, out } => {
                let pool = pipeline::build(&Inputs::from_dir(&seeds))?;
                let topics = pipeline::read::source::read_text(&seeds.join("topics.toml"))?;
                pipeline::synth::write_synthetic(&out, n, &pool, &topics)?;
                eprintln!("parallax-corpus: {n} generated articles in {}", out.display());
                Ok(())
            }
        }
    }

    /// Builds the corpus; writes it (exports first) unless only checking.
    fn build(seeds: &Path, out: &Path, check: bool) -> Result<(), Box<dyn std::error::Error>> {
        let corpus = pipeline::build(&Inputs::from_dir(seeds))?;
        let json = output::to_json(&corpus);
        let sentences: usize = corpus.articles.iter().map(|a| a.sentences().count()).sum();
        if !check {
            // The exports first: if anything fails, corpus.json is still the old one.
            let dir = out.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
            if !corpus.viewpoints.is_empty() {
                let hash = output::content_hash(&corpus);
                output::write_atomic(&dir.join(exports::GRID_CSV), exports::grid_csv(&corpus).as_bytes())?;
                output::write_atomic(
                    &dir.join(exports::ANALYSIS_JSON),
                    exports::analysis_json(&corpus, &hash).as_bytes(),
                )?;
            }
            output::write_atomic(out, json.as_bytes())?;
        }
        eprintln!(
            "parallax-corpus: {} articles, {} sentences, {} bytes{}",
            corpus.articles.len(),
            sentences,
            json.len(),
            if check { " (checked, not written)".to_string() } else { format!(" -> {}", out.display()) }
        );
        Ok(())
    }
}
