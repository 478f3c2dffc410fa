//! Property tests of the address codec and the view state it carries, on
//! hostile input: any query string and fragment — stray and double-encoded
//! percent signs, `+`, `#`, newlines, repeated keys, very long values,
//! invalid UTF-8 escapes, markup — is read without panicking, yields a state
//! that writes back to an address that reads back to the same state, and
//! never produces markup or raw special characters in the address.
//! (cargo-fuzz needs a nightly toolchain these machines cannot fetch, so the
//! fuzzing is done here with proptest; `PROPTEST_CASES` raises the count.)

use parallax::state::query;
use parallax::state::view::{Known, ViewState};
use proptest::prelude::*;

fn known() -> Known {
    let mut sentences: Vec<String> =
        vec!["rizvi-p15-s4".into(), "bokhari-p4-s1".into(), "a-p1-s1".into(), "south-asia-p4-s2-q1".into()];
    sentences.sort();
    Known {
        topics: vec!["india-tilt".into(), "trade".into(), "afghanistan".into()],
        articles: vec!["the-news".into(), "rizvi".into(), "bokhari".into()],
        claims: vec!["russia-now-even-handed".into()],
        sentences,
        quotations: vec![("south-asia-p4-s2".into(), "south-asia-p4-s2-q1".into())],
    }
}

/// Pieces of hostile addresses.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("topics=".to_string()),
        Just("cols=".to_string()),
        Just("q=".to_string()),
        Just("collapse=".to_string()),
        Just("read=".to_string()),
        Just("claim=".to_string()),
        Just("&".to_string()),
        Just("=".to_string()),
        Just(",".to_string()),
        Just("+".to_string()),
        Just("#".to_string()),
        Just("%".to_string()),
        Just("%25".to_string()),
        Just("%2".to_string()),
        Just("%zz".to_string()),
        Just("%FF%FE".to_string()),
        Just("%E2%80".to_string()),
        Just("%00".to_string()),
        Just("%0A%0D".to_string()),
        Just("\n".to_string()),
        Just("trade".to_string()),
        Just("india-tilt".to_string()),
        Just("rizvi".to_string()),
        Just("russia-now-even-handed".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E".to_string()),
        Just("\"'><svg/onload=alert(1)>".to_string()),
        Just("javascript:alert(1)".to_string()),
        "x{0,3}".prop_map(|s| s.repeat(300)),
        any::<String>(),
    ]
}

fn address() -> impl Strategy<Value = (String, String)> {
    (prop::collection::vec(piece(), 0..40), prop::collection::vec(piece(), 0..4))
        .prop_map(|(q, f)| (format!("?{}", q.concat()), format!("#{}", f.concat())))
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(5000)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    /// Read → write → read gives the same state.
    #[test]
    fn parse_format_parse_is_stable((q, f) in address()) {
        let k = known();
        let (state, notices) = ViewState::from_address(&q, &f, &k);
        let url = state.to_relative_url();
        let (qq, ff) = match url.split_once('#') { Some((a, b)) => (a.to_string(), b.to_string()), None => (url.clone(), String::new()) };
        let (again, again_notices) = ViewState::from_address(&qq, &ff, &k);
        prop_assert_eq!(&again, &state, "{}", url);
        prop_assert!(again_notices.is_empty(), "a written address reads back without complaint: {:?}", again_notices);
        prop_assert!(notices.len() <= query::MAX_PAIRS + 2);
    }

    /// The state holds only known ids; the address written has no markup or raw specials.
    #[test]
    fn state_holds_only_known_ids_and_safe_addresses((q, f) in address()) {
        let k = known();
        let (state, notices) = ViewState::from_address(&q, &f, &k);
        prop_assert!(state.topics.iter().all(|t| k.topics.contains(t)));
        prop_assert!(state.cols.iter().flatten().all(|c| k.articles.contains(c)));
        prop_assert!(state.read.iter().all(|c| k.articles.contains(c)));
        prop_assert!(state.claim.iter().all(|c| k.claims.contains(c)));
        prop_assert!(state.q.chars().count() <= parallax::state::view::MAX_SEARCH_CHARS);
        prop_assert!(!state.q.chars().any(char::is_control));
        let url = state.to_relative_url();
        prop_assert!(url.chars().all(|c| c.is_ascii_alphanumeric() || "?&=%+-_.~,#".contains(c)), "{}", url);
        prop_assert!(url.matches('#').count() <= 1);
        for n in notices {
            prop_assert!(!n.chars().any(char::is_control), "{:?}", n);
            prop_assert!(n.chars().count() < 200);
        }
    }

    /// The codec alone: any bytes decode; encode/decode round-trips any text.
    #[test]
    fn codec_round_trips(s in any::<String>(), raw in prop::collection::vec(any::<u8>(), 0..200)) {
        prop_assert_eq!(query::decode(&query::encode(&s)), s);
        let text = String::from_utf8_lossy(&raw);
        let _ = query::parse(&text);
        let _ = query::decode(&text);
    }
}
