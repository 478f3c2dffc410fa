//! The articles side by side: one `<article>` column each, in the order
//! the reader chose. On a phone-width screen the columns become one, with a
//! switcher to choose the author.

use leptos::prelude::*;

use super::context::Ctx;
use super::reader::Derived;
use super::sentence::SentenceView;
use crate::model::{Article, Basis, Field};

/// The visible columns, keyed by article id so reordering moves them.
#[component]
pub fn Columns() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let current = Memo::new(move |_| d.reading.get().or_else(|| d.visible.with(|v| v.first().cloned())));
    let c = ctx.clone();
    view! {
        <Switcher current=current/>
        <div class="columns" class:collapsed=move || d.collapse.get()>
            <For
                each=move || d.visible.get()
                key=|id| id.clone()
                children=move |id| {
                    let idx = c.article_index(&id).expect("visible ids are known");
                    let is_current = Memo::new(move |_| current.get().as_deref() == Some(id.as_str()));
                    view! { <ArticleColumn idx=idx current=is_current/> }
                }
            />
        </div>
    }
}

/// Tabs for phone-width screens: which article to read.
#[component]
fn Switcher(current: Memo<Option<String>>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let c = ctx.clone();
    view! {
        <nav class="switcher" aria-label="Choose an article">
            {move || d.visible.get().into_iter().map(|id| {
                let label = c.article_index(&id).map(|i| c.corpus.articles[i].author_label()).unwrap_or_default();
                let c2 = c.clone();
                let id2 = id.clone();
                let pressed = move || (current.get().as_deref() == Some(id.as_str())).to_string();
                view! {
                    <button type="button" aria-pressed=pressed on:click=move |_| {
                        let id = id2.clone();
                        c2.update(move |v, _| v.read = Some(id));
                    }>{label}</button>
                }
            }).collect_view()}
        </nav>
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
fn field_text(f: &Field, what: &str, fmt: impl Fn(&str) -> String) -> String {
    match (&f.value, f.basis) {
        (Some(v), Basis::Stated) => fmt(v),
        (Some(v), Basis::Inferred) => format!("{} (inferred; not stated)", fmt(v)),
        _ => format!("{what} not stated"),
    }
}

/// One article: header, coverage of the active topics, then the text.
#[component]
fn ArticleColumn(idx: usize, current: Memo<bool>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let a: &Article = &ctx.corpus.articles[idx];
    let id = a.id.clone();
    let heading_id = format!("h-{id}");
    let labelled_by = heading_id.clone();
    let paragraphs = a
        .paragraphs
        .iter()
        .enumerate()
        .map(|(pi, p)| {
            let c = ctx.clone();
            let on_topic = Memo::new(move |_| {
                d.active.with(|act| c.corpus.articles[idx].paragraphs[pi].sentences.iter().any(|s| s.topics.iter().any(|t| act.contains(t))))
            });
            let sentences = p.sentences.iter().enumerate().map(|(si, _)| view! { <SentenceView a=idx p=pi s=si/> }).collect_view();
            view! {
                <p id=p.id.clone() class="para" class:off=move || d.collapse.get() && !on_topic.get()>{sentences}</p>
            }
        })
        .collect_view();
    view! {
        <article class="column" id=format!("article-{id}") aria-labelledby=labelled_by class:current=move || current.get()>
            <ArticleHeader idx=idx heading_id=heading_id/>
            <Coverage idx=idx/>
            <div class="text">{paragraphs}</div>
            <Show when=move || d.collapse.get()>
                <CollapsedEmpty idx=idx/>
            </Show>
        </article>
    }
}

/// Says so when nothing in a collapsed column is on the active topics.
#[component]
fn CollapsedEmpty(idx: usize) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let none = move || {
        d.active.with(|act| {
            !ctx.corpus.articles[idx].sentences().any(|s| s.topics.iter().any(|t| act.contains(t)))
        })
    };
    view! {
        <Show when=none>
            <p class="silent">"Nothing in this article on the selected topics."</p>
        </Show>
    }
}

/// Title, authors, outlet, date, notes, column controls and the cleaning report.
#[component]
fn ArticleHeader(idx: usize, heading_id: String) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let a = &ctx.corpus.articles[idx];
    let title = a.title.value.clone().unwrap_or_else(|| "[Untitled: the source has no headline]".into());
    let untitled = a.title.value.is_none();
    let authors = a.authors.iter().map(|au| view! { <li>{au.display.clone()}</li> }).collect_view();
    let affiliations: Vec<String> = a
        .authors
        .iter()
        .filter_map(|au| {
            au.affiliation
                .as_ref()
                .map(|f| format!("{}: {f}", au.name.clone().unwrap_or_else(|| "Author".into())))
        })
        .collect();
    let outlet = field_text(&a.outlet, "Outlet", str::to_string);
    let date = field_text(&a.date, "Date", format_date);
    let meta_notes: Vec<String> = [("Title", &a.title), ("Outlet", &a.outlet), ("Date", &a.date)]
        .iter()
        .filter_map(|(what, f)| f.note.as_ref().map(|n| format!("{what}: {n}")))
        .collect();
    let notes = a
        .notes
        .iter()
        .map(|n| view! { <li class=format!("note {}", n.kind)>{n.text.clone()}</li> })
        .collect_view();
    let has_notes = !a.notes.is_empty();
    let label = a.author_label();
    let id = a.id.clone();
    let (c1, c2, c3) = (ctx.clone(), ctx.clone(), ctx.clone());
    let (i1, i2, i3) = (id.clone(), id.clone(), id.clone());
    let report = a
        .report
        .iter()
        .map(|r| {
            let lines = if r.line == r.end_line { format!("line {}", r.line) } else { format!("lines {}–{}", r.line, r.end_line) };
            let shown = |s: &str| {
                let s: String = s.chars().take(90).collect();
                s.replace('\n', "⏎")
            };
            let what = if r.after.is_empty() {
                format!("removed “{}”", shown(&r.before))
            } else {
                format!("“{}” → “{}”", shown(&r.before), shown(&r.after))
            };
            view! { <li><span class="kind">{format!("{:?}", r.kind).to_lowercase()}</span>" " {lines}": " {what}" — " {r.why.clone()}</li> }
        })
        .collect_view();
    let n_report = a.report.len();
    let source = format!("Source file: seeds/{} ({} lines)", a.source.file, a.source.lines);
    view! {
        <header class="col-head">
            <div class="col-tools" role="group" aria-label=format!("Column: {label}")>
                <button type="button" class="icon" aria-label=format!("Move {label} left") on:click=move |_| c1.update(|v, k| v.move_column(&i1, -1, k))>"◀"</button>
                <button type="button" class="icon" aria-label=format!("Move {label} right") on:click=move |_| c2.update(|v, k| v.move_column(&i2, 1, k))>"▶"</button>
                <button type="button" class="icon" aria-label=format!("Hide {label}")
                    disabled=move || d.visible.with(|v| v.len() <= 1)
                    on:click=move |_| c3.update(|v, k| v.hide_column(&i3, k))>"✕"</button>
            </div>
            <h3 id=heading_id class:untitled=untitled>{title}</h3>
            <ul class="authors">{authors}</ul>
            <p class="meta">{outlet}" · "{date}</p>
            <Show when=move || has_notes>
                <ul class="notes" aria-label="Notes on this text">{notes.clone()}</ul>
            </Show>
            <details class="provenance">
                <summary>{format!("About this text ({n_report} cleaning steps)")}</summary>
                <p>{source}</p>
                <ul>
                    {affiliations.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                    {meta_notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                </ul>
                <ol class="report">{report}</ol>
            </details>
        </header>
    }
}

/// How much the article says on the active topics: a count and a bar.
#[component]
fn Coverage(idx: usize) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let total = ctx.corpus.articles[idx].sentences().count();
    let c = ctx.clone();
    let counts = Memo::new(move |_| {
        d.active.with(|act| {
            let a = &c.corpus.articles[idx];
            let on = a.sentences().filter(|s| s.topics.iter().any(|t| act.contains(t))).count();
            let per: Vec<(String, usize, usize)> = act
                .iter()
                .map(|t| {
                    (
                        c.corpus.topic(t).map(|x| x.short.clone()).unwrap_or_default(),
                        c.topic_index(t),
                        a.sentences().filter(|s| s.topics.contains(t)).count(),
                    )
                })
                .collect();
            (on, per)
        })
    });
    view! {
        <Show when=move || d.active.with(|a| !a.is_empty())>
            <div class="coverage">
                {move || {
                    let (on, per) = counts.get();
                    let text = if on == 0 {
                        "Silent on the selected topics".to_string()
                    } else {
                        format!("{on} of {total} sentences on the selected topics")
                    };
                    let pct = (on * 100).checked_div(total).unwrap_or(0);
                    view! {
                        <p>{text}</p>
                        <div class="bar" role="img" aria-label=format!("{pct}% of the article")>
                            <span style:width=format!("{pct}%")></span>
                        </div>
                        <p class="per-topic">
                            {per.into_iter().map(|(short, ti, n)| view! {
                                <span class=format!("chip t{}", ti % 10)>{format!("{short} {n}")}</span>
                            }).collect_view()}
                        </p>
                    }
                }}
            </div>
        </Show>
    }
}
