//! The corpus tool on hostile seed files: random bytes, binary, invalid
//! UTF-8, huge lines, markup, control characters. The build either succeeds
//! or stops with an error naming the file; it never panics, and a failed
//! build leaves the previous `corpus.json` as it was.

use parallax::pipeline::{build, output, Inputs};
use proptest::prelude::*;

const MANIFEST: &str = "title = \"Fuzz\"\n[[articles]]\nid = \"fuzz\"\nfile = \"fuzz.txt\"\n";

fn seed_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..2000),
        any::<String>().prop_map(String::into_bytes),
        prop::collection::vec(
            prop_oneof![
                Just("Leave a Reply\n\n".to_string()),
                Just("he Asian region.\n".to_string()),
                Just("broken\n\n\nsentence. “Quoted. More.” End.\n\n".to_string()),
                Just("<script>alert(1)</script>\n".to_string()),
                Just("\u{feff}\u{200b}\u{a0}\r\n".to_string()),
                Just("x".repeat(5000)),
                "[ -~]{0,80}\n".prop_map(|s| s),
            ],
            0..30
        )
        .prop_map(|v| v.concat().into_bytes()),
    ]
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(300)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn any_seed_builds_or_fails_cleanly(bytes in seed_bytes()) {
        let dir = std::env::temp_dir().join(format!("parallax-fuzz-{}-{:?}", std::process::id(), std::thread::current().id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("corpus.toml"), MANIFEST).unwrap();
        std::fs::write(dir.join("fuzz.txt"), &bytes).unwrap();
        let out = dir.join("corpus.json");
        std::fs::write(&out, b"previous").unwrap();
        match build(&Inputs::from_dir(&dir)) {
            Ok(c) => {
                let json = output::to_json(&c);
                output::write_atomic(&out, json.as_bytes()).unwrap();
                prop_assert!(!c.articles[0].paragraphs.is_empty());
                prop_assert!(c.articles[0].sentences().all(|s| !s.text.trim().is_empty()));
            }
            Err(e) => {
                let msg = e.to_string();
                prop_assert!(msg.contains("fuzz.txt") || msg.contains("corpus.toml"), "{}", msg);
                prop_assert!(!msg.contains('\n'), "one line: {}", msg);
                prop_assert_eq!(std::fs::read(&out).unwrap(), b"previous".to_vec());
            }
        }
    }
}
