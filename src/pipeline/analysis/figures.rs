//! Figures in a sentence — dates, years, amounts of money, percentages and
//! counts of things — and what each means as a value, so two figures can be
//! compared: "July 1971" lies within "1971", "early 1950s" covers 1950 to
//! 1955, "four" is 4, "$0.8bn" is 800 million.

use std::sync::LazyLock;

use regex::Regex;

use crate::pipeline::text::words::{content_words, stem};

const MONTH: &str =
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const NUMBER_WORDS: [&str; 12] =
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

static PATTERNS: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    let p = |s: &str| Regex::new(s).expect("valid figure pattern");
    vec![
        ("date", p(&format!(r"\b{MONTH} \d{{1,2}}(?:-\d{{1,2}})?, \d{{4}}\b"))),
        ("date", p(&format!(r"\b(?:\d{{1,2}} )?{MONTH} \d{{4}}\b"))),
        ("date", p(&format!(r"\b(?:early|mid|late)[- ](?:{MONTH} )?\d{{4}}s?\b"))),
        (
            "money",
            p(
                r"\$\s?\d+(?:\.\d+)?\s?(?:bn|billion|million|m)?\b|\b\d+(?:\.\d+)? (?:million|billion) dollars?\b|\bmulti-billion dollar\b",
            ),
        ),
        ("percent", p(r"\b\d+(?:\.\d+)? ?(?:percent|per cent|%)")),
        ("year", p(r"\b(?:19|20)\d{2}(?:-(?:19|20)?\d{2})?s?\b")),
        (
            "count",
            p(
                r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\b(?: [\w-]+){0,2}? [a-z]+s\b",
            ),
        ),
    ]
});

/// Nouns too vague to be counted ("two countries", "ten months").
const VAGUE_NOUNS: &[&str] = &[
    "countri", "month", "year", "day", "decad", "centuri", "time", "period", "side", "compon", "area", "issu",
];

/// A figure found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// `date`, `year`, `money`, `percent` or `count`.
    pub kind: &'static str,
    /// The figure as written.
    pub value: String,
    /// Byte span in the sentence.
    pub span: std::ops::Range<usize>,
}

/// A count is worth reporting when it counts something specific: not
/// "two countries" or "ten months", and not a model number ("Mi-35 helicopters").
fn specific_count(text: &str, start: usize, value: &str) -> bool {
    let noun = stem(&value.rsplit(' ').next().unwrap_or_default().to_lowercase());
    let before = text[..start].trim_end_matches(' ');
    let model_number = text[..start].ends_with('-')
        || before
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.len() <= 3 && w.chars().next().is_some_and(char::is_uppercase));
    !model_number && !content_words(&noun).is_empty() && !VAGUE_NOUNS.contains(&noun.as_str())
}

/// Finds the figures in `text`; an earlier pattern wins where two overlap.
pub fn figures(text: &str) -> Vec<Figure> {
    let mut found: Vec<Figure> = Vec::new();
    for (kind, re) in PATTERNS.iter() {
        for m in re.find_iter(text) {
            if *kind == "count" && !specific_count(text, m.start(), m.as_str()) {
                continue;
            }
            if found.iter().all(|f| m.end() <= f.span.start || m.start() >= f.span.end) {
                found.push(Figure { kind, value: m.as_str().to_string(), span: m.range() });
            }
        }
    }
    found.sort_by_key(|f| f.span.start);
    found
}

/// What a figure means, for comparing.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A span of time, in months since year 0 (first and last, inclusive).
    Time(u32, u32),
    /// A number (a count, an amount, a percentage).
    Number(f64),
    /// Not comparable ("multi-billion dollar").
    Vague,
}

impl Value {
    /// Whether two values can describe the same thing: spans of time that
    /// overlap, numbers within a hundredth of each other. A vague value
    /// contradicts nothing.
    pub fn agrees(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Time(a0, a1), Value::Time(b0, b1)) => a0 <= b1 && b0 <= a1,
            (Value::Number(a), Value::Number(b)) => (a - b).abs() <= 0.01 * a.abs().max(b.abs()),
            _ => true,
        }
    }
}

fn year_span(y: u32) -> (u32, u32) {
    (y * 12, y * 12 + 11)
}

/// The value of a figure of `kind` written as `text`.
pub fn value(kind: &str, text: &str) -> Value {
    let digits: Vec<u32> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|d| !d.is_empty())
        .filter_map(|d| d.parse().ok())
        .collect();
    match kind {
        "year" | "date" => {
            let Some(&first) = digits.iter().find(|&&d| d >= 1000) else { return Value::Vague };
            let month = MONTHS.iter().position(|m| text.contains(m)).map(|m| m as u32);
            if text.ends_with('s') {
                // A decade: "1950s", "early 1950s" (first half, with its middle year), "mid-", "late".
                let (lo, hi) = if text.starts_with("early") {
                    (first, first + 5)
                } else if text.starts_with("mid") {
                    (first + 3, first + 7)
                } else if text.starts_with("late") {
                    (first + 5, first + 9)
                } else {
                    (first, first + 9)
                };
                return Value::Time(year_span(lo).0, year_span(hi).1);
            }
            if let Some(m) = month {
                return Value::Time(first * 12 + m, first * 12 + m);
            }
            // "1967-68", "2016-2017": a range of years.
            let last = match digits.get(1) {
                Some(&d) if d < 100 => first / 100 * 100 + d,
                Some(&d) if d > first => d,
                _ => first,
            };
            Value::Time(year_span(first).0, year_span(last.max(first)).1)
        }
        "count" => {
            let first = text.split(' ').next().unwrap_or_default().to_lowercase();
            match NUMBER_WORDS.iter().position(|w| *w == first) {
                Some(i) => Value::Number(i as f64 + 1.0),
                None => first.parse().map(Value::Number).unwrap_or(Value::Vague),
            }
        }
        _ => {
            let n: Option<f64> = text
                .split(|c: char| !(c.is_ascii_digit() || c == '.'))
                .find(|d| !d.is_empty() && d != &".")
                .and_then(|d| d.parse().ok());
            let scale = if text.contains("bn") || text.contains("billion") {
                1e9
            } else if text.contains("million") || text.ends_with('m') {
                1e6
            } else {
                1.0
            };
            n.map_or(Value::Vague, |n| Value::Number(n * scale))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(t: &str) -> Vec<(&'static str, String)> {
        figures(t).into_iter().map(|f| (f.kind, f.value)).collect()
    }

    #[test]
    fn finds_figures() {
        assert_eq!(
            kinds("the two countries saw 660 million dollar trade in the first ten months of 2018"),
            [("money", "660 million dollar".to_string()), ("year", "2018".to_string()),]
        );
        assert_eq!(
            kinds("Moscow agreed to sell four Mi 35 helicopters; some MI-35 helicopters"),
            [("count", "four Mi 35 helicopters".to_string())]
        );
        assert_eq!(
            kinds("a draft agreement on the release of four MI35M gunships has been sent"),
            [("count", "four MI35M gunships".to_string())]
        );
        assert_eq!(
            kinds("visited Karachi on April 24-26, 2018, after October 2017"),
            [("date", "April 24-26, 2018".to_string()), ("date", "October 2017".to_string()),]
        );
        assert_eq!(
            kinds("a $0.8bn boost; supply 30 percent; in the early 1950s; in 2016-2017"),
            [
                ("money", "$0.8bn".to_string()),
                ("percent", "30 percent".to_string()),
                ("date", "early 1950s".to_string()),
                ("year", "2016-2017".to_string()),
            ]
        );
    }

    #[test]
    fn values_compare_as_spans_and_numbers() {
        assert!(value("date", "July 1971").agrees(&value("year", "1971")));
        assert!(!value("date", "July 1971").agrees(&value("date", "December 1971")));
        assert!(value("date", "early 1950s").agrees(&value("year", "1955")));
        assert!(!value("date", "early 1950s").agrees(&value("year", "1957")));
        assert!(value("year", "1967-68").agrees(&value("year", "1968")));
        assert!(!value("year", "2015").agrees(&value("year", "2017")));
        assert_eq!(value("count", "four Mi 35 helicopters"), Value::Number(4.0));
        assert!(value("money", "$0.8bn").agrees(&value("money", "800 million dollars")));
        assert_eq!(value("money", "multi-billion dollar"), Value::Vague);
    }
}
