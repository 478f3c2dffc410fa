//! Unit tests of `view`, one per rule or regression.

use super::*;

fn known() -> Known {
    Known {
        topics: vec!["india-tilt".into(), "trade".into(), "afghanistan".into()],
        articles: vec!["a".into(), "b".into(), "c".into()],
        claims: vec!["trade-low".into()],
        sentences: {
            let mut v: Vec<String> = vec!["a-p1-s1".into(), "b-p2-s3".into(), "b-p4-s2-q1".into()];
            v.sort();
            v
        },
        quotations: vec![("b-p4-s2".into(), "b-p4-s2-q1".into())],
    }
}

#[test]
fn a_link_to_a_split_quotation_focuses_its_first_sentence() {
    let (s, n) = parse("", "#b-p4-s2");
    assert_eq!(s.focus.as_deref(), Some("b-p4-s2-q1"));
    assert!(n.is_empty(), "{n:?}");
}

fn parse(q: &str, f: &str) -> (ViewState, Vec<String>) {
    ViewState::from_address(q, f, &known())
}

#[test]
fn reads_a_full_address() {
    let (s, n) = parse(
        "?topics=trade,india-tilt&cols=c,a&q=gas+pipeline&collapse=1&read=a&claim=trade-low",
        "#b-p2-s3",
    );
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(s.topics, ["india-tilt", "trade"], "corpus order");
    assert_eq!(s.cols, Some(vec!["c".into(), "a".into()]));
    assert_eq!((s.q.as_str(), s.collapse, s.read.as_deref()), ("gas pipeline", true, Some("a")));
    assert_eq!((s.claim.as_deref(), s.focus.as_deref()), (Some("trade-low"), Some("b-p2-s3")));
}

#[test]
fn round_trips() {
    let (s, _) = parse("?topics=trade&cols=b,a&q=a%26b%3Dc+%23x&collapse=1", "#a-p1-s1");
    let url = s.to_relative_url();
    let (q, f) = url.split_once('#').unwrap();
    assert_eq!(parse(q, f).0, s);
}

#[test]
fn default_view_has_an_empty_address() {
    assert_eq!(ViewState::default().to_relative_url(), "");
    let (s, _) = parse("?cols=a,b,c", "");
    assert_eq!(s.cols, None, "all columns in order is the default");
}

#[test]
fn nonsense_is_ignored_with_notices() {
    let (s, n) =
        parse("?topics=trade,<script>alert(1)</script>,trade&collapse=maybe&zzz=1&read=nope", "#nowhere");
    assert_eq!(s.topics, ["trade"]);
    assert!(!s.collapse && s.read.is_none() && s.focus.is_none());
    assert_eq!(n.len(), 5, "{n:?}");
    assert!(n[0].contains("“<script>alert(1)</script>”"));
}

#[test]
fn garbage_or_empty_columns_show_all() {
    assert_eq!(parse("?cols=zz,yy", "").0.cols, None);
    assert_eq!(parse("?cols=", "").0.cols, None);
}

#[test]
fn repeated_keys_keep_the_first() {
    let (s, n) = parse("?topics=trade&topics=india-tilt", "");
    assert_eq!(s.topics, ["trade"]);
    assert_eq!(n.len(), 1);
}

#[test]
fn column_moves() {
    let k = known();
    let mut s = ViewState::default();
    s.move_column("c", -1, &k);
    assert_eq!(s.cols, Some(vec!["a".into(), "c".into(), "b".into()]));
    s.move_column("a", -5, &k);
    assert_eq!(s.visible(&k), ["a", "c", "b"]);
    s.hide_column("c", &k);
    assert_eq!(s.visible(&k), ["a", "b"]);
    s.show_column("c", &k);
    assert_eq!(s.cols, None, "back to the default");
    s.hide_column("a", &k);
    s.hide_column("b", &k);
    s.hide_column("c", &k);
    assert_eq!(s.visible(&k), ["c"], "the last column stays");
}

#[test]
fn toggles() {
    let k = known();
    let mut s = ViewState::default();
    s.toggle_topic("trade", &k);
    s.toggle_topic("india-tilt", &k);
    s.toggle_topic("bogus", &k);
    assert_eq!(s.to_query(), "topics=india-tilt,trade");
    s.toggle_topic("trade", &k);
    assert_eq!(s.topics, ["india-tilt"]);
}

#[test]
fn read_must_be_visible() {
    let (s, _) = parse("?cols=b&read=a", "");
    assert_eq!(s.read, None);
}
