//! The `parallax-corpus` command on bad input: a clear one-line error naming
//! the file (and line), a non-zero exit, and the previous `corpus.json`
//! left untouched. One test per kind of bad input.

use std::path::{Path, PathBuf};
use std::process::Command;

const TOOL: &str = env!("CARGO_BIN_EXE_parallax-corpus");
const PREVIOUS: &str = "{\"previous\": true}\n";

/// A scratch copy of the real seeds plus an existing output file.
struct Scratch {
    dir: PathBuf,
}

/// Copies a folder and its subfolders (the seeds hold `codings/`).
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

impl Scratch {
    fn new(tag: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("parallax-cli-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("seeds")).unwrap();
        copy_dir(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds"), &dir.join("seeds"));
        std::fs::write(dir.join("corpus.json"), PREVIOUS).unwrap();
        Scratch { dir }
    }

    fn seed(&self, name: &str) -> PathBuf {
        self.dir.join("seeds").join(name)
    }

    fn edit(&self, name: &str, f: impl FnOnce(String) -> String) {
        let p = self.seed(name);
        let text = std::fs::read_to_string(&p).unwrap();
        std::fs::write(&p, f(text)).unwrap();
    }

    /// Runs the tool; returns (success, stderr).
    fn run(&self) -> (bool, String) {
        let out = Command::new(TOOL)
            .args(["seeds", "-o", "corpus.json"])
            .current_dir(&self.dir)
            .output()
            .expect("run parallax-corpus");
        (out.status.success(), String::from_utf8_lossy(&out.stderr).into_owned())
    }

    /// Runs the tool, expects failure, checks the previous output survived and
    /// no temporary file was left; returns the first line of the error.
    fn fails(&self) -> String {
        let (ok, err) = self.run();
        assert!(!ok, "expected failure, got success: {err}");
        assert_eq!(
            std::fs::read_to_string(self.dir.join("corpus.json")).unwrap(),
            PREVIOUS,
            "previous output kept"
        );
        let stray: Vec<_> = std::fs::read_dir(&self.dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(".tmp"))
            .collect();
        assert!(stray.is_empty(), "temporary files left: {stray:?}");
        let first = err.lines().next().unwrap_or_default().to_string();
        assert!(first.starts_with("parallax-corpus: error: "), "{err}");
        first
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn seed_file(id: usize) -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    names[id].clone()
}

#[test]
fn good_seeds_write_the_corpus() {
    let s = Scratch::new("ok");
    let (ok, err) = s.run();
    assert!(ok, "{err}");
    assert!(err.contains("5 articles"), "{err}");
    let json = std::fs::read_to_string(s.dir.join("corpus.json")).unwrap();
    assert!(json.starts_with("{\"schema_version\":"));
    // Deterministic: a second run writes the same bytes.
    s.run();
    assert_eq!(std::fs::read_to_string(s.dir.join("corpus.json")).unwrap(), json);
}

#[test]
fn missing_seed_file() {
    let s = Scratch::new("missing");
    std::fs::remove_file(s.seed(&seed_file(2))).unwrap();
    let err = s.fails();
    assert!(err.contains("seeds/corpus.toml:"), "{err}");
    assert!(err.contains("\"bokhari\" points to") && err.contains("cannot be read"), "{err}");
}

#[test]
fn manifest_entry_pointing_nowhere() {
    let s = Scratch::new("nowhere");
    s.edit("corpus.toml", |t| t.replace(&seed_file(3), "no-such-file.txt"));
    let err = s.fails();
    assert!(err.contains("no-such-file.txt"), "{err}");
}

#[test]
fn non_utf8_seed_names_file_and_line() {
    let s = Scratch::new("utf8");
    let p = s.seed(&seed_file(1));
    let mut bytes = std::fs::read(&p).unwrap();
    let third_line = bytes.iter().enumerate().filter(|(_, &b)| b == b'\n').nth(1).unwrap().0 + 1;
    bytes.insert(third_line, 0xff);
    std::fs::write(&p, bytes).unwrap();
    let err = s.fails();
    assert!(err.contains(&format!("{}:3: not valid UTF-8", seed_file(1))), "{err}");
}

#[test]
fn binary_seed() {
    let s = Scratch::new("binary");
    std::fs::write(s.seed(&seed_file(0)), b"\x7fELF\x02\x01\x01\x00\x00\x00binary").unwrap();
    let err = s.fails();
    assert!(err.contains(&format!("{}:1: binary data", seed_file(0))), "{err}");
}

#[test]
fn empty_seed() {
    let s = Scratch::new("empty");
    std::fs::write(s.seed(&seed_file(4)), "\n\n  \n").unwrap();
    let err = s.fails();
    assert!(err.contains(&format!("{}: file is empty", seed_file(4))), "{err}");
}

#[test]
fn oversized_seed() {
    let s = Scratch::new("large");
    std::fs::write(s.seed(&seed_file(4)), "word ".repeat(1_000_000)).unwrap();
    let err = s.fails();
    assert!(err.contains("over the 4194304-byte limit"), "{err}");
}

#[test]
fn duplicate_article_id() {
    let s = Scratch::new("dup");
    s.edit("corpus.toml", |t| t.replace("id = \"rizvi\"", "id = \"bokhari\""));
    let err = s.fails();
    assert!(err.contains("seeds/corpus.toml:") && err.contains("duplicate article id \"bokhari\""), "{err}");
}

#[test]
fn malformed_manifest_names_the_line() {
    let s = Scratch::new("toml");
    s.edit("corpus.toml", |t| t.replacen("\n[[articles]]\n", "\n[[articles]\n", 1));
    let err = s.fails();
    let line = std::fs::read_to_string(s.seed("corpus.toml"))
        .unwrap()
        .lines()
        .position(|l| l == "[[articles]")
        .unwrap()
        + 1;
    assert!(err.contains(&format!("seeds/corpus.toml:{line}: malformed TOML")), "{err}");
}

#[test]
fn topic_referenced_but_not_defined() {
    let s = Scratch::new("topic");
    s.edit("labels.toml", |t| t.replacen("\"trade\"", "\"commerce\"", 1));
    let err = s.fails();
    assert!(err.contains("seeds/labels.toml:") && err.contains("topic \"commerce\" is not defined"), "{err}");
}

#[test]
fn bad_cue_names_the_line() {
    let s = Scratch::new("cue");
    s.edit("topics.toml", |t| t.replacen("\"modi\"", "\"mo$di\"", 1));
    let err = s.fails();
    assert!(err.contains("seeds/topics.toml:") && err.contains("not a word"), "{err}");
}

#[test]
fn metadata_line_not_in_the_file() {
    let s = Scratch::new("meta");
    s.edit("corpus.toml", |t| t.replace("\"By Sitwat Waqar Bokhari\"", "\"By Someone Else\""));
    let err = s.fails();
    assert!(err.contains("\"By Someone Else\" is not a line of"), "{err}");
}

#[test]
fn unwritable_output_keeps_nothing_half_written() {
    let s = Scratch::new("unwritable");
    let out = Command::new(TOOL)
        .args(["seeds", "-o", "missing-dir/corpus.json"])
        .current_dir(&s.dir)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("missing-dir/") && err.contains(": cannot write file"), "{err}");
    assert!(!Path::new(&s.dir.join("missing-dir")).exists());
}

/// Viewpoint files with one mistake each: the build stops and names the claim.
mod viewpoints {
    use super::*;

    fn broken(tag: &str, edit: impl FnOnce(String) -> String) -> String {
        let s = Scratch::new(tag);
        s.edit("viewpoints.toml", edit);
        s.fails()
    }

    const CLAIM: &str = "id = \"trade-is-small\"";

    #[test]
    fn unknown_topic() {
        let err = broken("vp-topic", |t| t.replacen("topic = \"trade\"", "topic = \"commerce\"", 1));
        assert!(
            err.contains("seeds/viewpoints.toml:") && err.contains("topic \"commerce\" is not defined"),
            "{err}"
        );
        assert!(err.contains("claim \"trade-is-small\""), "{err}");
    }

    #[test]
    fn unknown_article() {
        let err = broken("vp-article", |t| {
            t.replacen("south-asia = { stance = \"silent\" }", "south-asian = { stance = \"silent\" }", 1)
        });
        assert!(err.contains("position for unknown article \"south-asian\""), "{err}");
    }

    #[test]
    fn claim_missing_an_article() {
        let err =
            broken("vp-missing", |t| t.replacen("diplomatic-insight = { stance = \"silent\" }\n", "", 1));
        assert!(err.contains("no position for article \"diplomatic-insight\""), "{err}");
    }

    #[test]
    fn unknown_sentence_id() {
        let err = broken("vp-sentence", |t| t.replacen("\"rizvi-p15-s4\"", "\"rizvi-p15-s99\"", 1));
        assert!(
            err.contains("claim \"trade-is-small\"") && err.contains("\"rizvi-p15-s99\" is not a sentence"),
            "{err}"
        );
    }

    #[test]
    fn evidence_from_another_article() {
        let err = broken("vp-owner", |t| t.replacen("\"rizvi-p15-s4\"", "\"bokhari-p4-s1\"", 1));
        assert!(err.contains("is a sentence of \"bokhari\""), "{err}");
    }

    #[test]
    fn position_without_evidence() {
        let err = broken("vp-noevidence", |t| {
            t.replacen(
                "rizvi = { stance = \"agrees\", evidence = [\"rizvi-p15-s4\", \"rizvi-p15-s1\"] }",
                "rizvi = { stance = \"agrees\" }",
                1,
            )
        });
        assert!(err.contains("claim \"trade-is-small\"") && err.contains("cites no evidence"), "{err}");
    }

    #[test]
    fn silent_with_evidence() {
        let err = broken("vp-silent", |t| {
            t.replacen(
                "rizvi = { stance = \"agrees\", evidence = [\"rizvi-p15-s1\"",
                "rizvi = { stance = \"silent\", evidence = [\"rizvi-p15-s1\"",
                1,
            )
        });
        assert!(err.contains("is silent but cites evidence"), "{err}");
    }

    /// Edits a coding file of a scratch copy; returns the error's first line.
    fn broken_coding(tag: &str, file: &str, edit: impl FnOnce(String) -> String) -> String {
        let s = Scratch::new(tag);
        s.edit(file, edit);
        s.fails()
    }

    #[test]
    fn a_position_without_its_second_coding() {
        let err = broken_coding("vp-nosecond", "codings/second.toml", |t| {
            let at = t.find("[codings.trade-is-small]").unwrap();
            let line = t[at..].find("\nrizvi = ").unwrap() + at + 1;
            let end = t[line..].find('\n').unwrap() + line + 1;
            format!("{}{}", &t[..line], &t[end..])
        });
        assert!(err.contains("seeds/viewpoints.toml:") && err.contains("claim \"trade-is-small\""), "{err}");
        assert!(err.contains("\"rizvi\" has no second coding"), "{err}");
    }

    #[test]
    fn codings_that_differ_without_an_adjudication() {
        let err = broken("vp-noadjudication", |t| {
            let at = t.find("id = \"trade-is-small\"").unwrap();
            let start = t[at..].find("the-news = ").unwrap() + at;
            let end = t[start..].find('\n').unwrap() + start;
            format!("{}the-news = {{ stance = \"silent\" }}{}", &t[..start], &t[end..])
        });
        assert!(
            err.contains("claim \"trade-is-small\"") && err.contains("the codings differ (silent / agrees)"),
            "{err}"
        );
        assert!(err.contains("no adjudication"), "{err}");
    }

    #[test]
    fn a_stance_both_codings_contradict() {
        let err = broken("vp-contradicted", |t| {
            t.replacen(
                "rizvi = { stance = \"agrees\", evidence = [\"rizvi-p15-s4\", \"rizvi-p15-s1\"] }",
                "rizvi = { stance = \"mixed\", evidence = [\"rizvi-p15-s4\", \"rizvi-p15-s1\"] }",
                1,
            )
        });
        assert!(err.contains("both codings say agrees but the position says mixed"), "{err}");
    }

    #[test]
    fn an_unknown_stance_in_a_coding() {
        let err = broken_coding("vp-codingstance", "codings/first.toml", |t| {
            t.replacen("stance = \"mixed\"", "stance = \"partly\"", 1)
        });
        assert!(err.contains("seeds/codings/first.toml:") && err.contains("partly"), "{err}");
    }

    #[test]
    fn a_coded_claim_missing_from_the_viewpoints() {
        let err = broken_coding("vp-extra", "codings/second.toml", |t| {
            t + "\n[codings.not-a-claim]\nthe-news = { stance = \"silent\" }\n"
        });
        assert!(err.contains("claim \"not-a-claim\" is coded but not in"), "{err}");
    }

    #[test]
    fn duplicate_claim_id() {
        let err = broken("vp-dup", |t| t.replacen("id = \"energy-major-field\"", CLAIM, 1));
        assert!(err.contains("claim \"trade-is-small\": duplicate claim id"), "{err}");
    }

    #[test]
    fn unknown_stance() {
        let err = broken("vp-stance", |t| t.replacen("stance = \"mixed\"", "stance = \"maybe\"", 1));
        assert!(err.contains("seeds/viewpoints.toml:") && err.contains("maybe"), "{err}");
    }

    #[test]
    fn exports_are_written_next_to_the_corpus() {
        let s = Scratch::new("vp-exports");
        let (ok, err) = s.run();
        assert!(ok, "{err}");
        let csv = std::fs::read_to_string(s.dir.join("parallax-grid.csv")).unwrap();
        let claims = csv.lines().count() - 1;
        let corpus: parallax::model::Corpus =
            serde_json::from_str(&std::fs::read_to_string(s.dir.join("corpus.json")).unwrap()).unwrap();
        assert_eq!(claims, corpus.viewpoints.len());
        let analysis: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(s.dir.join("parallax-analysis.json")).unwrap())
                .unwrap();
        assert_eq!(analysis["corpus_hash"], corpus.content_hash.as_str());
        // Evidence is quoted in full.
        let quote = &analysis["claims"][0]["positions"][0]["evidence"][0];
        let id = quote["sentence"].as_str().unwrap();
        let text =
            corpus.articles.iter().flat_map(|a| a.sentences()).find(|s| s.id == id).unwrap().text.clone();
        assert_eq!(quote["text"], text.as_str());
    }
}

/// `parallax-corpus finish` on a page as trunk writes it, for each public
/// URL trunk can be given.
mod finish {
    use super::*;
    use parallax::site::sri;

    /// A staging folder as trunk leaves it with public URL `base`: the page
    /// with trunk's module script and preloads, the glue, the wasm, the
    /// stylesheet and the corpus.
    fn staged(tag: &str, base: &str) -> PathBuf {
        let s = Scratch::new(tag);
        let (ok, err) = s.run();
        assert!(ok, "{err}");
        let dir = s.dir.join("site");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::copy(s.dir.join("corpus.json"), dir.join("corpus.json")).unwrap();
        std::mem::forget(s); // the folder is removed by the test
        let (js, wasm, css) =
            ("export default async function init() {}\n", b"\0asm\x01\0\0\0", "body{color:red}");
        std::fs::write(dir.join("app-1.js"), js).unwrap();
        std::fs::write(dir.join("app-1_bg.wasm"), wasm).unwrap();
        std::fs::write(dir.join("style-1.css"), css).unwrap();
        let page =
            std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("index.html")).unwrap();
        let head = format!(
            "<link rel=\"stylesheet\" href=\"{base}style-1.css\" integrity=\"{}\"/>\n<link rel=\"modulepreload\" href=\"{base}app-1.js\" crossorigin=\"anonymous\" integrity=\"{}\"><link rel=\"preload\" href=\"{base}app-1_bg.wasm\" crossorigin=\"anonymous\" integrity=\"{}\" as=\"fetch\" type=\"application/wasm\"></head>",
            sri(css.as_bytes()),
            sri(js.as_bytes()),
            sri(wasm)
        );
        let script = format!(
            "\n<script type=\"module\">\nimport init from '{base}app-1.js';\nconst wasm = await init({{ module_or_path: '{base}app-1_bg.wasm' }});\n\n\ndispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {{detail: {{wasm}}}}));\n\n</script></body>"
        );
        let page = page
            .lines()
            .filter(|l| !l.contains("data-trunk"))
            .collect::<Vec<_>>()
            .join("\n")
            .replace("</head>", &head)
            .replace("</body>", &script);
        std::fs::write(dir.join("index.html"), page).unwrap();
        dir
    }

    fn finish(dir: &Path) -> (bool, String) {
        let out = Command::new(TOOL).arg("finish").arg(dir).output().unwrap();
        (out.status.success(), String::from_utf8_lossy(&out.stderr).into_owned())
    }

    /// Guards issue 13: with the default public URL `/` (plain `trunk build`,
    /// `trunk serve`), `finish` read `/style-….css` from the root of the disk
    /// and failed, and trunk then served 404 for every path.
    #[test]
    fn finishes_a_site_built_for_any_public_url() {
        for (tag, base) in [("fin-rel", "./"), ("fin-root", "/"), ("fin-sub", "/some/sub/path/")] {
            let dir = staged(tag, base);
            let (ok, err) = finish(&dir);
            assert!(ok, "public URL {base}: {err}");
            let html = std::fs::read_to_string(dir.join("index.html")).unwrap();
            // The stylesheet is inline and the policy allows exactly it.
            assert!(html.contains("<style>body{color:red}</style>"), "{base}");
            let csp = parallax::site::policy("body{color:red}");
            assert!(
                html.contains(&format!("content=\"{csp}\"")),
                "{base}: the policy hashes the inlined CSS"
            );
            // trunk's inline script and preloads are gone; the loader lives
            // under the same public URL as the other assets, with its integrity.
            assert!(!html.contains("import init") && !html.contains("rel=\"preload\""), "{base}");
            let tag = html
                .split("<script type=\"module\" id=\"loader\"")
                .nth(1)
                .unwrap()
                .split('>')
                .next()
                .unwrap();
            let attr = |name: &str| {
                tag.split(&format!(" {name}=\"")).nth(1).and_then(|v| v.split('"').next()).unwrap_or_default()
            };
            let src = attr("src");
            let name = src.strip_prefix(base).unwrap_or_else(|| panic!("{base}: loader at {src}"));
            let code = std::fs::read(dir.join(name)).unwrap();
            assert_eq!(attr("integrity"), sri(&code), "{base}");
            // The loader reads the program's files and integrity values off its own tag.
            assert_eq!(attr("data-js"), format!("{base}app-1.js"), "{base}");
            assert_eq!(
                attr("data-js-integrity"),
                sri(b"export default async function init() {}\n"),
                "{base}"
            );
            assert_eq!(attr("data-wasm"), format!("{base}app-1_bg.wasm"), "{base}");
            assert_eq!(attr("data-wasm-integrity"), sri(b"\0asm\x01\0\0\0"), "{base}");
            // The view is rendered into the page, marked with its corpus.
            let corpus: parallax::model::Corpus =
                serde_json::from_str(&std::fs::read_to_string(dir.join("corpus.json")).unwrap()).unwrap();
            assert!(
                html.contains(&format!("<div id=\"live\" data-corpus=\"{}\">", corpus.content_hash)),
                "{base}"
            );
            assert_eq!(html.matches("<article ").count(), corpus.articles.len(), "{base}");
            let headers = std::fs::read_to_string(dir.join("_headers")).unwrap();
            assert!(headers.contains(&format!("Content-Security-Policy: {csp}; frame-ancestors 'none'")));
            // Finishing a finished site changes nothing.
            let (ok, err) = finish(&dir);
            assert!(ok, "{base}, again: {err}");
            assert_eq!(std::fs::read_to_string(dir.join("index.html")).unwrap(), html, "{base}: idempotent");
            let _ = std::fs::remove_dir_all(dir.parent().unwrap());
        }
    }

    #[test]
    fn an_asset_outside_the_site_is_an_error_not_a_read_elsewhere() {
        let dir = staged("fin-escape", "/");
        let html = std::fs::read_to_string(dir.join("index.html")).unwrap();
        std::fs::write(
            dir.join("index.html"),
            html.replace("href=\"/style-1.css\"", "href=\"/../../etc/passwd\""),
        )
        .unwrap();
        let (ok, err) = finish(&dir);
        assert!(!ok);
        assert!(
            err.contains("index.html") && err.contains("does not name a file in the site folder"),
            "{err}"
        );
        let _ = std::fs::remove_dir_all(dir.parent().unwrap());
    }
}

/// The command line itself (parsed with lexopt).
mod arguments {
    use super::*;

    fn run(args: &[&str]) -> (bool, String, String) {
        let out = Command::new(TOOL).args(args).output().unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    #[test]
    fn an_unknown_option_is_named_with_the_usage() {
        let (ok, _, err) = run(&["--bogus"]);
        assert!(!ok);
        assert!(
            err.starts_with("parallax-corpus: error: invalid option '--bogus'") && err.contains("usage:"),
            "{err}"
        );
    }

    #[test]
    fn help_prints_the_usage() {
        let (ok, out, _) = run(&["--help"]);
        assert!(ok && out.starts_with("usage: parallax-corpus"), "{out}");
    }

    #[test]
    fn commands_check_their_arguments() {
        for (args, says) in [
            (&["finish"][..], "finish takes one SITE_DIR"),
            (&["synth", "x", "seeds", "out"][..], "N must be a number"),
            (&["a", "b"][..], "only one SEEDS_DIR"),
            (&["-o"][..], "missing argument"),
        ] {
            let (ok, _, err) = run(args);
            assert!(!ok && err.contains(says), "{args:?}: {err}");
        }
    }
}
