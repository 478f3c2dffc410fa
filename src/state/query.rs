//! A query-string codec (`application/x-www-form-urlencoded`), written for
//! hostile input: any byte sequence decodes without panicking, bad escapes
//! stay literal, invalid UTF-8 becomes U+FFFD, and sizes are capped.

/// Most key/value pairs read from one query string; the rest are dropped.
pub const MAX_PAIRS: usize = 64;
/// Longest decoded value kept, in characters; longer values are cut.
pub const MAX_VALUE_CHARS: usize = 500;

/// Decodes percent escapes and `+` (as space). Never fails.
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Percent-encodes a value: everything but ASCII letters, digits and `-_.~,`
/// is escaped, spaces as `+`.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &byte in s.as_bytes() {
        match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Splits a query string (with or without the leading `?`) into decoded
/// pairs, in order. At most [`MAX_PAIRS`]; values cut to [`MAX_VALUE_CHARS`].
/// Returns the pairs and whether anything was dropped or cut.
pub fn parse(query: &str) -> (Vec<(String, String)>, bool) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut pairs = Vec::new();
    let mut truncated = false;
    for part in query.split('&').filter(|p| !p.is_empty()) {
        if pairs.len() == MAX_PAIRS {
            truncated = true;
            break;
        }
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        let mut value = decode(v);
        if value.chars().count() > MAX_VALUE_CHARS {
            value = value.chars().take(MAX_VALUE_CHARS).collect();
            truncated = true;
        }
        pairs.push((decode(k), value));
    }
    (pairs, truncated)
}

/// Joins pairs into a query string without the leading `?`.
pub fn format(pairs: &[(&str, String)]) -> String {
    pairs.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect::<Vec<_>>().join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_escapes_and_plus() {
        assert_eq!(decode("a+b%20c%2Bd"), "a b c+d");
        assert_eq!(decode("%E2%80%93"), "–");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%ff"), "\u{fffd}");
        assert_eq!(decode("%25"), "%");
    }

    #[test]
    fn encodes_round_trip() {
        for s in ["india-tilt,trade", "gas pipeline", "<script>&x=1#y", "naïve – “quote”", "%25", "a+b"]
        {
            assert_eq!(decode(&encode(s)), s);
        }
        assert_eq!(encode("india-tilt,trade"), "india-tilt,trade");
    }

    #[test]
    fn parses_pairs_in_order() {
        let (p, cut) = parse("?topics=trade&q=gas+pipe&&flag&topics=x");
        assert!(!cut);
        assert_eq!(
            p,
            [
                ("topics".to_string(), "trade".to_string()),
                ("q".to_string(), "gas pipe".to_string()),
                ("flag".to_string(), String::new()),
                ("topics".to_string(), "x".to_string()),
            ]
        );
    }

    #[test]
    fn caps_sizes() {
        let long = "x".repeat(10_000);
        let (p, cut) = parse(&format!("q={long}"));
        assert!(cut);
        assert_eq!(p[0].1.len(), MAX_VALUE_CHARS);
        let many = (0..1000).map(|i| format!("k{i}=v")).collect::<Vec<_>>().join("&");
        let (p, cut) = parse(&many);
        assert!(cut);
        assert_eq!(p.len(), MAX_PAIRS);
    }
}
