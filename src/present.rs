//! How the data reads on the page, as plain functions from the model to
//! words: article metadata, the cleaning report, stances, statuses and
//! figures. Kept apart from the components so the wording is tested in
//! plain unit tests, and the components stay about structure.

pub mod cite;

use crate::model::{
    stance_counts, Article, Basis, Field, ReportEntry, ReportKind, Stance, Status, Viewpoint,
};

/// With more columns than this on the page, those out of view are left to
/// the browser to skip (class `many` on `.columns`: CSS
/// `content-visibility`); with fewer, every column is laid out in full.
pub const MANY_COLUMNS: usize = 8;

/// Are `visible` columns many (see [`MANY_COLUMNS`])?
pub fn many_columns(visible: usize) -> bool {
    visible > MANY_COLUMNS
}

/// The author in a word or two, for a narrow grid cell: the surnames of
/// named authors, else the outlet the sources name, else "Unnamed".
pub fn short_author(a: &Article) -> String {
    let names: Vec<&str> = a
        .authors
        .iter()
        .filter_map(|x| x.name.as_deref())
        .filter_map(|n| n.split_whitespace().last())
        .collect();
    if !names.is_empty() && names.len() == a.authors.len() {
        return names.join(", ");
    }
    a.outlet.value.clone().unwrap_or_else(|| "Unnamed".into())
}

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

/// An article's date for the grid's header, short, with its basis: "July
/// 2017", "2021, inferred", "date not stated".
pub fn grid_date(a: &Article) -> String {
    match (&a.date.value, a.date.basis) {
        (Some(v), Basis::Stated) => format_date(v),
        (Some(v), Basis::Inferred) => format!("{}, inferred", format_date(v)),
        _ => "date not stated".to_string(),
    }
}

/// A claim's status in words, with the numbers that make it: "consensus,
/// 4 of 5 speak", "disputed, 1 vs 2", "qualified, 4 of 5 speak", "few
/// voices, 1 of 5 speaks".
pub fn status_text(v: &Viewpoint) -> String {
    let (agree, disagree, _, silent) = stance_counts(&v.positions);
    let total = v.positions.len();
    let speak = total - silent;
    let speaking = format!("{speak} of {total} {}", if speak == 1 { "speaks" } else { "speak" });
    match v.status {
        Status::Split => format!("disputed, {agree} vs {disagree}"),
        Status::Consensus => format!("consensus, {speaking}"),
        Status::Qualified => format!("qualified, {speaking}"),
        Status::FewVoices => format!("few voices, {speaking}"),
    }
}

/// The stance counts of a claim: "3 agree · 1 mixed · 1 silent" (stances no
/// one takes are left out).
pub fn counts_text(v: &Viewpoint) -> String {
    let (agree, disagree, mixed, silent) = stance_counts(&v.positions);
    [(agree, "agree"), (disagree, "disagree"), (mixed, "mixed"), (silent, "silent")]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, w)| format!("{n} {w}"))
        .collect::<Vec<_>>()
        .join(" · ")
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

/// Symbol and word for a stance.
pub fn stance_label(s: Stance) -> (&'static str, &'static str) {
    match s {
        Stance::Agrees => ("✔", "agrees"),
        Stance::Disagrees => ("✘", "disagrees"),
        Stance::Mixed => ("◐", "mixed"),
        Stance::Silent => ("–", "silent"),
    }
}

/// Symbol and words for a claim's status.
pub fn status_label(s: Status) -> (&'static str, &'static str) {
    match s {
        Status::Consensus => ("●", "consensus"),
        Status::Qualified => ("◑", "qualified"),
        Status::Split => ("⇄", "split"),
        Status::FewVoices => ("○", "few voices"),
    }
}

/// How a claim's status reads on a passage cited for it.
pub fn passage_label(s: Status) -> &'static str {
    match s {
        Status::Consensus => "shared",
        Status::Qualified => "qualified",
        Status::Split => "disputed",
        Status::FewVoices => "few voices",
    }
}

/// A 0–1 ratio as a whole percentage (no float formatting in the wasm).
pub fn percent(x: f32) -> u32 {
    (x * 100.0).round() as u32
}

/// A kappa as "0.81": two decimals, a true minus sign, and no float
/// formatting in the wasm.
pub fn kappa_text(k: f32) -> String {
    let hundredths = (k * 100.0).round() as i32;
    let sign = if hundredths < 0 { "−" } else { "" };
    let h = hundredths.unsigned_abs();
    format!("{sign}{}.{:02}", h / 100, h % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kappas_and_percentages_read_without_float_formatting() {
        assert_eq!(kappa_text(0.806), "0.81");
        assert_eq!(kappa_text(-0.05), "−0.05");
        assert_eq!(kappa_text(1.0), "1.00");
        assert_eq!(percent(0.945), 95);
    }

    #[test]
    fn short_authors_never_invent_a_name() {
        let article = |authors: serde_json::Value, outlet: Option<&str>| -> Article {
            serde_json::from_value(serde_json::json!({
                "id": "a", "title": { "basis": "not-stated" }, "authors": authors,
                "outlet": { "value": outlet, "basis": if outlet.is_some() { "stated" } else { "not-stated" } },
                "date": { "basis": "not-stated" }, "source": { "file": "a.txt", "sha256": "", "lines": 1 },
                "paragraphs": []
            }))
            .unwrap()
        };
        let named = |n: &str| serde_json::json!({ "name": n, "display": n, "affiliation": null });
        let unnamed = serde_json::json!({ "name": null, "display": "Unnamed writer", "affiliation": null });
        assert_eq!(
            short_author(&article(serde_json::json!([named("Dr Hasan Askari Rizvi")]), None)),
            "Rizvi"
        );
        assert_eq!(
            short_author(&article(
                serde_json::json!([named("Muhammad Javed Siddique"), named("Hira Hafeez")]),
                None
            )),
            "Siddique, Hafeez"
        );
        assert_eq!(
            short_author(&article(serde_json::json!([unnamed.clone()]), Some("The News"))),
            "The News"
        );
        assert_eq!(short_author(&article(serde_json::json!([unnamed]), None)), "Unnamed");
    }

    #[test]
    fn dates() {
        assert_eq!(format_date("2017-07"), "July 2017");
        assert_eq!(format_date("2018"), "2018");
        assert_eq!(format_date("2019-03-05"), "5 March 2019");
        assert_eq!(format_date("2019-13"), "2019-13");
    }

    #[test]
    fn statuses_say_their_numbers() {
        use crate::model::{status_of, Position, Stance};
        let v = |stances: &[Stance]| {
            let positions: Vec<Position> = stances
                .iter()
                .map(|&stance| Position {
                    article: String::new(),
                    stance,
                    evidence: vec![],
                    comment: None,
                    via: None,
                    coded: vec![],
                    adjudication: None,
                })
                .collect();
            Viewpoint {
                id: String::new(),
                topic: String::new(),
                statement: String::new(),
                comment: None,
                status: status_of(&positions),
                positions,
            }
        };
        use Stance::*;
        let one_vs_one = v(&[Agrees, Disagrees, Silent, Silent, Silent]);
        assert_eq!(status_text(&one_vs_one), "disputed, 1 vs 1");
        let three_vs_two = v(&[Agrees, Agrees, Agrees, Disagrees, Disagrees]);
        assert_eq!(status_text(&three_vs_two), "disputed, 3 vs 2");
        let consensus = v(&[Agrees, Agrees, Agrees, Agrees, Silent]);
        assert_eq!(status_text(&consensus), "consensus, 4 of 5 speak");
        assert_eq!(counts_text(&consensus), "4 agree · 1 silent");
        let qualified = v(&[Agrees, Mixed, Agrees, Silent, Agrees]);
        assert_eq!(status_text(&qualified), "qualified, 4 of 5 speak");
        assert_eq!(counts_text(&qualified), "3 agree · 1 mixed · 1 silent");
        assert_eq!(status_text(&v(&[Agrees, Silent, Silent, Silent, Silent])), "few voices, 1 of 5 speaks");
    }

    #[test]
    fn fields_say_how_they_are_known() {
        let f = Field { value: Some("2021".into()), basis: Basis::Inferred, evidence: vec![], note: None };
        assert_eq!(field_text(&f, "Date", format_date), "2021 (inferred; not stated)");
        assert_eq!(field_text(&Field::default(), "Outlet", str::to_string), "Outlet not stated");
    }
}
