//! Unit tests of `manifest`, one per rule or regression.

use super::*;

fn parse(text: &str) -> Result<Manifest> {
    Manifest::parse(Path::new("corpus.toml"), text)
}

const OK: &str = r#"
title = "T"
[[articles]]
id = "a-1"
file = "a.txt"
"#;

#[test]
fn parses_a_minimal_manifest() {
    let m = parse(OK).unwrap();
    assert_eq!(m.articles[0].id.get_ref(), "a-1");
    assert_eq!(m.articles[0].date.basis(), Basis::NotStated);
}

#[test]
fn duplicate_id_names_its_line() {
    let text = format!("{OK}\n[[articles]]\nid = \"a-1\"\nfile = \"b.txt\"\n");
    let err = parse(&text).unwrap_err();
    assert_eq!(err.line, Some(8), "{err}");
    assert!(err.to_string().contains("duplicate article id \"a-1\""), "{err}");
}

#[test]
fn malformed_toml_names_its_line() {
    let err = parse("title = \"T\"\n[[articles]\nid = 1\n").unwrap_err();
    assert!(matches!(err.kind, ErrorKind::Toml(_)));
    assert_eq!(err.line, Some(2), "{err}");
}

#[test]
fn unknown_field_is_an_error() {
    let err = parse(&format!("{OK}auther = \"x\"\n")).unwrap_err();
    assert!(err.to_string().contains("auther"), "{err}");
}

#[test]
fn bad_slug_is_an_error() {
    let err = parse(&OK.replace("a-1", "A 1")).unwrap_err();
    assert!(err.to_string().contains("lowercase"), "{err}");
}

#[test]
fn nameless_author_needs_a_display() {
    let err = parse(&format!("{OK}[[articles.authors]]\naffiliation = \"x\"\n")).unwrap_err();
    assert!(err.to_string().contains("display"), "{err}");
}

#[test]
fn slugs() {
    assert!(is_slug("india-tilt"));
    assert!(!is_slug("-x") && !is_slug("x-") && !is_slug("") && !is_slug("a_b"));
}
