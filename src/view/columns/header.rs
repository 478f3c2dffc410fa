//! A column's header: the column's tools, title, authors, outlet and date,
//! notes on the text, and where the text came from with its cleaning report.

use leptos::prelude::*;

use crate::present;
use crate::store::Store;

/// The header of article `idx`'s column.
#[component]
pub fn ArticleHeader(
    /// The article's position in the corpus.
    idx: usize,
    /// The id of its heading (the column is labelled by it).
    heading_id: String,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let a = &store.corpus().articles[idx];
    let (title, untitled) = present::title_text(a);
    let authors = a.authors.iter().map(|au| view! { <li>{au.display.clone()}</li> }).collect_view();
    let notes = (!a.notes.is_empty()).then(|| {
        let items = a
            .notes
            .iter()
            .map(|n| view! { <li class=format!("note {}", n.kind)>{n.text.clone()}</li> })
            .collect_view();
        view! { <ul class="notes" aria-label="Notes on this text">{items}</ul> }
    });
    let about = present::about_lines(a).into_iter().map(|n| view! { <li>{n}</li> }).collect_view();
    let report = a
        .report
        .iter()
        .map(|r| view! { <li><span class="kind">{present::kind_word(r.kind)}</span>{present::report_text(r)}</li> })
        .collect_view();
    view! {
        <header class="col-head">
            <ColumnTools idx=idx/>
            <h3 id=heading_id class:untitled=untitled>{title}</h3>
            <ul class="authors">{authors}</ul>
            <p class="meta">{present::meta_line(a)}</p>
            {notes}
            <details class="provenance">
                <summary>{present::about_summary(a)}</summary>
                <p>{present::source_line(a)}</p>
                <ul>{about}</ul>
                <ol class="report">{report}</ol>
            </details>
        </header>
    }
}

/// Move left, move right, hide (the last column cannot be hidden).
#[component]
fn ColumnTools(idx: usize) -> impl IntoView {
    let store = expect_context::<Store>();
    let a = &store.corpus().articles[idx];
    let (label, id) = (a.author_label(), a.id.clone());
    let last = store.derived().last_column;
    let ready = store.ready();
    let action = |f: fn(&mut crate::state::view::ViewState, &str, &crate::state::view::Known)| {
        let (s, id) = (store.clone(), id.clone());
        move |_| s.update(|v, k| f(v, &id, k))
    };
    view! {
        <div class="col-tools" role="group" aria-label=format!("Column: {label}") inert=move || !ready.get()>
            <button type="button" class="icon" aria-label=format!("Move {label} left")
                on:click=action(|v, id, k| v.move_column(id, -1, k))>"◀"</button>
            <button type="button" class="icon" aria-label=format!("Move {label} right")
                on:click=action(|v, id, k| v.move_column(id, 1, k))>"▶"</button>
            <button type="button" class="icon" id=format!("hide-{id}") aria-label=format!("Hide {label}")
                disabled=move || last.get() on:click=action(|v, id, k| v.hide_column(id, k))>"✕"</button>
        </div>
    }
}
