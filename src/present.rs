//! How article metadata and the cleaning report read on the page: shared by
//! the app and by the static first view the build writes into
//! `index.html`, so both say exactly the same thing.

use crate::model::{Article, Basis, Field, ReportEntry, ReportKind};

/// With more columns than this on the page, those out of view are left to
/// the browser to skip (class `many` on `.columns`: CSS
/// `content-visibility`); with fewer, every column is laid out in full.
pub const MANY_COLUMNS: usize = 8;

/// The title, or an honest placeholder; and whether it is the placeholder.
pub fn title_text(a: &Article) -> (String, bool) {
    match &a.title.value {
        Some(t) => (t.clone(), false),
        None => ("[Untitled: the source has no headline]".to_string(), true),
    }
}

/// Formats a date value ("2017-07" → "July 2017").
pub fn format_date(value: &str) -> String {
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
    let parts: Vec<&str> = value.split('-').collect();
    let month = |m: &str| m.parse::<usize>().ok().and_then(|m| MONTHS.get(m.wrapping_sub(1)).copied());
    match parts.as_slice() {
        [y, m] => month(m).map_or(value.to_string(), |m| format!("{m} {y}")),
        [y, m, day] => {
            month(m).map_or(value.to_string(), |m| format!("{} {m} {y}", day.trim_start_matches('0')))
        }
        _ => value.to_string(),
    }
}

/// A metadata field as text, saying how it is known.
pub fn field_text(f: &Field, what: &str, fmt: impl Fn(&str) -> String) -> String {
    match (&f.value, f.basis) {
        (Some(v), Basis::Stated) => fmt(v),
        (Some(v), Basis::Inferred) => format!("{} (inferred; not stated)", fmt(v)),
        _ => format!("{what} not stated"),
    }
}

/// "Outlet · Date" line under the authors.
pub fn meta_line(a: &Article) -> String {
    format!(
        "{} · {}",
        field_text(&a.outlet, "Outlet", str::to_string),
        field_text(&a.date, "Date", format_date)
    )
}

/// Lines for the "About this text" list: affiliations, then metadata notes.
pub fn about_lines(a: &Article) -> Vec<String> {
    let affiliations = a.authors.iter().filter_map(|au| {
        au.affiliation
            .as_ref()
            .map(|f| format!("{}: {f}", au.name.clone().unwrap_or_else(|| "Author".into())))
    });
    let notes = [("Title", &a.title), ("Outlet", &a.outlet), ("Date", &a.date)]
        .into_iter()
        .filter_map(|(what, f)| f.note.as_ref().map(|n| format!("{what}: {n}")));
    affiliations.chain(notes).collect()
}

/// "Source file: seeds/x.txt (63 lines)".
pub fn source_line(a: &Article) -> String {
    format!("Source file: seeds/{} ({} lines)", a.source.file, a.source.lines)
}

/// Summary of the "About this text" disclosure.
pub fn about_summary(a: &Article) -> String {
    format!("About this text ({} cleaning steps)", a.report.len())
}

/// The word for a report kind.
pub fn kind_word(k: ReportKind) -> &'static str {
    match k {
        ReportKind::Chrome => "chrome",
        ReportKind::Metadata => "metadata",
        ReportKind::Duplicate => "duplicate",
        ReportKind::Rejoin => "rejoin",
        ReportKind::Spacing => "spacing",
        ReportKind::Initial => "initial",
        ReportKind::Whitespace => "whitespace",
    }
}

/// A report entry after its kind: "line 3: removed “…” — why".
pub fn report_text(r: &ReportEntry) -> String {
    let lines = if r.line == r.end_line {
        format!("line {}", r.line)
    } else {
        format!("lines {}–{}", r.line, r.end_line)
    };
    let shown = |s: &str| s.chars().take(90).collect::<String>().replace('\n', "⏎");
    let what = if r.after.is_empty() {
        format!("removed “{}”", shown(&r.before))
    } else {
        format!("“{}” → “{}”", shown(&r.before), shown(&r.after))
    };
    format!(" {lines}: {what} — {}", r.why)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(format_date("2017-07"), "July 2017");
        assert_eq!(format_date("2018"), "2018");
        assert_eq!(format_date("2019-03-05"), "5 March 2019");
        assert_eq!(format_date("2019-13"), "2019-13");
    }

    #[test]
    fn fields_say_how_they_are_known() {
        let f = Field { value: Some("2021".into()), basis: Basis::Inferred, evidence: vec![], note: None };
        assert_eq!(field_text(&f, "Date", format_date), "2021 (inferred; not stated)");
        assert_eq!(field_text(&Field::default(), "Outlet", str::to_string), "Outlet not stated");
    }
}
