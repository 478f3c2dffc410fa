//! How much an article says on the active topics: a count and a bar, and
//! one chip per active topic with its own count.

use leptos::prelude::*;

use crate::store::Store;

/// Rendered once: a toggle updates a text, a width and the hidden chips.
#[component]
pub fn Coverage(
    /// The article's position in the corpus.
    idx: usize,
    /// How many of its sentences are on the active topics.
    on: Memo<usize>,
    /// Is any topic on in this column?
    any_on: Memo<bool>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let article = &store.corpus().articles[idx];
    let total = article.sentences().count();
    let summary = move || match on.get() {
        0 => "Silent on the selected topics".to_string(),
        n => format!("{n} of {total} sentences on the selected topics"),
    };
    let pct = Memo::new(move |_| (on.get() * 100).checked_div(total).unwrap_or(0));
    let chips = store
        .corpus()
        .topics
        .iter()
        .enumerate()
        .map(|(ti, t)| {
            let n = article.sentences().filter(|s| s.topics.contains(&t.id)).count();
            let shown = store.column_switch(idx, &t.id);
            view! { <span class=format!("chip t{}", ti % 10) hidden=move || !shown.get()>{format!("{} {n}", t.short)}</span> }
        })
        .collect_view();
    // The bar's width is set on the element (the policy allows no style
    // attribute in the markup rendered at build time); it starts at 0 in
    // the stylesheet, so the take-over changes nothing until a topic is on.
    let fill = NodeRef::<leptos::html::Span>::new();
    Effect::new(move |before: Option<usize>| {
        let pct = pct.get();
        if let (Some(el), true) = (fill.get(), before.is_some() || pct > 0) {
            let _ = web_sys::HtmlElement::style(&el).set_property("width", &format!("{pct}%"));
        }
        pct
    });
    view! {
        <div class="coverage" hidden=move || !any_on.get()>
            <p>{summary}</p>
            <div class="bar" role="img" aria-label=move || format!("{}% of the article", pct.get())>
                <span node_ref=fill></span>
            </div>
            <p class="per-topic">{chips}</p>
        </div>
    }
}
