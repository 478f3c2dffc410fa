//! The articles side by side: one `<article>` column each, in the order
//! the reader chose. On a phone-width screen the columns become one, with a
//! switcher to choose the author.

use leptos::prelude::*;

use super::context::Ctx;
use super::reader::Derived;
use super::sentence::SentenceView;
use crate::model::Article;
use crate::present;

/// The visible columns, keyed by article id so reordering moves them.
#[component]
pub fn Columns() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let built = expect_context::<super::reader::Built>().0;
    let current = Memo::new(move |_| d.reading.get().or_else(|| d.visible.with(|v| v.first().cloned())));
    let c = ctx.clone();
    view! {
        <Switcher current=current/>
        <div class="columns" class:collapsed=move || d.collapse.get()>
            <For
                each=move || d.visible.get().into_iter().take(built.get())
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
            let mut topics: Vec<&String> = p.sentences.iter().flat_map(|s| s.topics.iter()).collect();
            topics.sort();
            topics.dedup();
            let switches: Vec<RwSignal<bool>> = topics.into_iter().map(|t| ctx.topic_switch(t)).collect();
            let on_topic = Memo::new(move |_| switches.iter().any(|on| on.get()));
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
    let (title, untitled) = present::title_text(a);
    let authors = a.authors.iter().map(|au| view! { <li>{au.display.clone()}</li> }).collect_view();
    let meta = present::meta_line(a);
    let about = present::about_lines(a);
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
        .map(|r| view! { <li><span class="kind">{present::kind_word(r.kind)}</span>{present::report_text(r)}</li> })
        .collect_view();
    let summary = present::about_summary(a);
    let source = present::source_line(a);
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
            <p class="meta">{meta}</p>
            {has_notes.then(|| view! { <ul class="notes" aria-label="Notes on this text">{notes}</ul> })}
            <details class="provenance">
                <summary>{summary}</summary>
                <p>{source}</p>
                <ul>{about.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                <ol class="report">{report}</ol>
            </details>
        </header>
    }
}

/// How much the article says on the active topics: a count and a bar, and
/// one chip per active topic with its own count.
#[component]
fn Coverage(idx: usize) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let article = &ctx.corpus.articles[idx];
    let total = article.sentences().count();
    let c = ctx.clone();
    let on = Memo::new(move |_| {
        d.active.with(|act| {
            c.corpus.articles[idx].sentences().filter(|s| s.topics.iter().any(|t| act.contains(t))).count()
        })
    });
    // Rendered once: a toggle updates a text, a width and the hidden chips.
    let summary = move || match on.get() {
        0 => "Silent on the selected topics".to_string(),
        n => format!("{n} of {total} sentences on the selected topics"),
    };
    let pct = move || (on.get() * 100).checked_div(total).unwrap_or(0);
    let chips = ctx
        .corpus
        .topics
        .iter()
        .enumerate()
        .map(|(ti, t)| {
            let n = article.sentences().filter(|s| s.topics.contains(&t.id)).count();
            let shown = ctx.switches[ti];
            view! { <span class=format!("chip t{}", ti % 10) hidden=move || !shown.get()>{format!("{} {n}", t.short)}</span> }
        })
        .collect_view();
    view! {
        <div class="coverage" hidden=move || !d.any_active.get()>
            <p>{summary}</p>
            <div class="bar" role="img" aria-label=move || format!("{}% of the article", pct())>
                <span style:width=move || format!("{}%", pct())></span>
            </div>
            <p class="per-topic">{chips}</p>
        </div>
    }
}
