//! `parallax-corpus`: turns a seeds folder into `corpus.json`.
//!
//! ```text
//! parallax-corpus [SEEDS_DIR] [-o OUT] [--check]
//! parallax-corpus finish SITE_DIR
//! parallax-corpus synth N SEEDS_DIR OUT_DIR
//! ```
//! `finish` completes the built site in `SITE_DIR` (trunk runs it after the
//! build): the static first view from `corpus.json`, a loader script instead
//! of trunk's inline one, the stylesheet inlined, a Content Security Policy,
//! and a `_headers` file. `synth`
//! writes N generated articles (from the sentences of `SEEDS_DIR`) and a
//! manifest into `OUT_DIR`, for benchmarks.
//! `SEEDS_DIR` defaults to `seeds` and must hold `corpus.toml`; `OUT`
//! defaults to `corpus.json`. When the seeds have viewpoints, the grid
//! (`parallax-grid.csv`) and the analysis (`parallax-analysis.json`) are
//! written next to it. `--check` validates without writing. On any
//! error the tool prints it (file and line first) and exits with status 1,
//! leaving an existing output file untouched.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if let Err(err) = cli::run(std::env::args().skip(1).collect()) {
        eprintln!("parallax-corpus: error: {err}");
        let mut source = err.source();
        while let Some(s) = source {
            eprintln!("  caused by: {s}");
            source = s.source();
        }
        std::process::exit(1);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::path::PathBuf;

    use parallax::corpus::{self, exports, output, Inputs};

    const USAGE: &str = "usage: parallax-corpus [SEEDS_DIR] [-o OUT] [--check]\n       parallax-corpus finish SITE_DIR\n       parallax-corpus synth N SEEDS_DIR OUT_DIR";

    /// Parses the arguments and runs the command.
    pub fn run(args: Vec<String>) -> Result<(), Box<dyn std::error::Error>> {
        match args.first().map(String::as_str) {
            Some("finish") => return finish(&args[1..]),
            Some("synth") => return synth(&args[1..]),
            _ => {}
        }
        let mut seeds: Option<PathBuf> = None;
        let mut out = PathBuf::from("corpus.json");
        let mut check = false;
        let mut it = args.into_iter();
        while let Some(arg) = it.next() {
            match arg.as_str() {
                "-o" | "--out" => out = it.next().ok_or(USAGE)?.into(),
                "--check" => check = true,
                "-h" | "--help" => {
                    println!("{USAGE}");
                    return Ok(());
                }
                s if s.starts_with('-') => return Err(format!("unknown option {s}\n{USAGE}").into()),
                s if seeds.is_none() => seeds = Some(s.into()),
                _ => return Err(USAGE.into()),
            }
        }
        let inputs = Inputs::from_dir(seeds.unwrap_or_else(|| "seeds".into()));
        let corpus = corpus::build(&inputs)?;
        let json = output::to_json(&corpus);
        let sentences: usize = corpus.articles.iter().map(|a| a.sentences().count()).sum();
        if !check {
            // The exports first: if anything fails, corpus.json is still the old one.
            let dir = out.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(std::path::Path::new("."));
            if !corpus.viewpoints.is_empty() {
                let hash = output::content_hash(&corpus);
                output::write_atomic(&dir.join(exports::GRID_CSV), exports::grid_csv(&corpus).as_bytes())?;
                output::write_atomic(
                    &dir.join(exports::ANALYSIS_JSON),
                    exports::analysis_json(&corpus, &hash).as_bytes(),
                )?;
            }
            output::write_atomic(&out, json.as_bytes())?;
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

    /// Finishes the built site in SITE_DIR.
    fn finish(args: &[String]) -> Result<(), Box<dyn std::error::Error>> {
        let [site] = args else { return Err(USAGE.into()) };
        let done = corpus::site::finish(std::path::Path::new(site))?;
        eprintln!(
            "parallax-corpus: finished {site}: static first view, {}, policy {}",
            done.loader, done.policy
        );
        Ok(())
    }

    /// Writes a generated corpus of N articles.
    fn synth(args: &[String]) -> Result<(), Box<dyn std::error::Error>> {
        let [n, seeds, out] = args else { return Err(USAGE.into()) };
        let n: usize = n.parse().map_err(|_| format!("not a number: {n}\n{USAGE}"))?;
        let pool = corpus::build(&Inputs::from_dir(seeds))?;
        let topics = corpus::source::read_text(&PathBuf::from(seeds).join("topics.toml"))?;
        corpus::synth::write_synthetic(&PathBuf::from(out), n, &pool, &topics)?;
        eprintln!("parallax-corpus: {n} generated articles in {out}");
        Ok(())
    }
}
