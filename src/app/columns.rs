//! The articles side by side: one `<article>` column each, in the order
//! the reader chose. On a phone-width screen the columns become one, with a
//! switcher to choose the author.

use leptos::prelude::*;

use super::context::{watch_column, Ctx};
use super::reader::Derived;
use super::sentence::SentenceView;
use crate::model::Article;
use crate::present;

/// The visible columns. The keyed list holds them in corpus order, so a
/// reorder neither rebuilds nor moves them through it; [`arrange`] then puts
/// them in the reader's order with the fewest DOM moves.
#[component]
pub fn Columns() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let built = expect_context::<super::reader::Built>().0;
    let current = Memo::new(move |_| d.reading.get().or_else(|| d.visible.with(|v| v.first().cloned())));
    let c = ctx.clone();
    let in_corpus_order = move || {
        let n = built.get();
        d.visible.with(|v| {
            let shown = &v[..n.min(v.len())];
            c.corpus
                .articles
                .iter()
                .filter(|a| shown.contains(&a.id))
                .map(|a| a.id.clone())
                .collect::<Vec<_>>()
        })
    };
    Effect::new(move |_| {
        let order = d.visible.get();
        built.track();
        // After the keyed list has added or removed columns for this change.
        queue_microtask(move || {
            arrange("#live .columns", "article-", &order);
            arrange("#live .switcher", "switch-", &order);
            give_focus_back();
        });
    });
    let c = ctx.clone();
    view! {
        <Switcher current=current/>
        <div class="columns" class:many=move || d.visible.with(|v| v.len() > present::MANY_COLUMNS)>
            <For
                each=in_corpus_order
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

/// What held the keyboard focus when the visible columns last changed.
struct HeldFocus {
    /// The focused element.
    element: web_sys::Element,
    /// The article it belongs to: its column, or its "Show …" button (for
    /// "Show all", the first column it shows).
    article: Option<String>,
    /// Was the focus shown (`:focus-visible`), i.e. does the reader use the
    /// keyboard? A mouse click also focuses a button, but moving the focus
    /// elsewhere after it would only scroll the page under the pointer.
    keyboard: bool,
}

thread_local! {
    static FOCUS_BEFORE: std::cell::RefCell<Option<HeldFocus>> = const { std::cell::RefCell::new(None) };
}

/// Notes what holds the keyboard focus before the visible columns change, so
/// [`give_focus_back`] can keep it: when a change adds and removes columns at
/// once (a jump through the history), the keyed list may take a column out
/// of the page and put it back, and the focus inside it falls to the page.
pub fn remember_focus() {
    let held = document().active_element().map(|element| {
        let column = element.closest("article.column").ok().flatten();
        let article =
            column.and_then(|c| c.id().strip_prefix("article-").map(str::to_string)).or_else(|| {
                match element.id().strip_prefix("show-") {
                    // "Show all": the first of the hidden columns' buttons beside it.
                    Some("all") => element
                        .parent_element()
                        .and_then(|bar| bar.query_selector("button[id^='show-']").ok().flatten())
                        .and_then(|first| first.id().strip_prefix("show-").map(str::to_string))
                        .filter(|id| id != "all"),
                    other => other.map(str::to_string),
                }
            });
        let keyboard = element.matches(":focus-visible").unwrap_or(false);
        HeldFocus { element, article, keyboard }
    });
    FOCUS_BEFORE.with(|f| *f.borrow_mut() = held);
}

/// Gives the focus back after the columns changed, if the change dropped it
/// to the page: to what held it if that is still there. If it is gone and
/// the reader uses the keyboard, to the control that undoes the change: a
/// hidden column's "Show …" button, or a column's "Hide …" button when its
/// "Show" button (or "Show all") was pressed, so the reader is not sent back
/// to the top of the page.
fn give_focus_back() {
    use wasm_bindgen::JsCast;
    let Some(held) = FOCUS_BEFORE.with(|f| f.borrow_mut().take()) else { return };
    let body: Option<web_sys::Element> = document().body().map(Into::into);
    let focus = |el: &web_sys::Element| {
        if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    };
    // Gone: out of the page, or inside something now hidden ("Show all" in
    // the bar it empties), where the browser takes the focus from it.
    let gone = !held.element.is_connected() || held.element.closest("[hidden]").ok().flatten().is_some();
    if !gone {
        if document().active_element().is_none_or(|now| Some(&now) == body.as_ref()) {
            focus(&held.element);
        }
    } else if let (true, Some(id)) = (held.keyboard, held.article) {
        // The "Show" buttons are rendered with the change: after the frame.
        request_animation_frame(move || {
            let doc = document();
            let lost =
                doc.active_element().is_none_or(|now| Some(&now) == body.as_ref() || now == held.element);
            let undo = doc
                .get_element_by_id(&format!("show-{id}"))
                .or_else(|| doc.get_element_by_id(&format!("hide-{id}")));
            if let (true, Some(undo)) = (lost, undo) {
                focus(&undo);
            }
        });
    }
}

/// Puts the elements `{prefix}{id}` in the live view's `holder` (the
/// columns, or the switcher's buttons) in `order` (article ids), moving as
/// few as it can but never the one holding the keyboard focus: moving a
/// column one place swaps it with its neighbour, and it is the neighbour that
/// moves, so the button just used keeps the focus (and the browser is spared
/// the style update a focused element leaving the page costs). The static
/// first view is never touched.
fn arrange(holder: &str, prefix: &str, order: &[String]) {
    let Ok(Some(holder)) = document().query_selector(holder) else { return };
    let kids = holder.children();
    let columns: Vec<(String, web_sys::Element)> = (0..kids.length())
        .filter_map(|i| kids.item(i))
        .filter_map(|e| e.id().strip_prefix(prefix).map(|id| (id.to_string(), e.clone())))
        .collect();
    // The current places of the wanted elements, in the wanted order.
    let places: Vec<usize> =
        order.iter().filter_map(|id| columns.iter().position(|(c, _)| c == id)).collect();
    let wanted: Vec<&web_sys::Element> = places.iter().map(|&p| &columns[p].1).collect();
    if places.windows(2).all(|w| w[0] < w[1]) {
        return;
    }
    let focus = document().active_element();
    let holds_focus = |e: &web_sys::Element| focus.as_ref().is_some_and(|f| e.contains(Some(f)));
    let stay = crate::state::arrange::stay_in_place(&places, |k| {
        if holds_focus(wanted[k]) {
            places.len() + 1
        } else {
            1
        }
    });
    let mut before: Option<&web_sys::Element> = None;
    for (k, el) in wanted.iter().enumerate() {
        if !stay[k] {
            let next = match before {
                Some(b) => b.next_sibling(),
                None => columns.first().map(|(_, e)| e.clone().into()),
            };
            if next.as_ref() != Some(el.as_ref()) {
                let _ = holder.insert_before(el, next.as_ref());
            }
        }
        before = Some(el);
    }
}

/// Tabs for phone-width screens: which article to read. One button per
/// article, rendered once: hidden with its column, put in the columns' order
/// by [`arrange`].
#[component]
fn Switcher(current: Memo<Option<String>>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let buttons = ctx
        .corpus
        .articles
        .iter()
        .map(|a| {
            let (id, c) = (a.id.clone(), ctx.clone());
            let (shown_id, pressed_id) = (id.clone(), id.clone());
            let shown = Memo::new(move |_| d.visible.with(|v| v.contains(&shown_id)));
            let pressed = Memo::new(move |_| current.get().as_deref() == Some(pressed_id.as_str()));
            view! {
                <button type="button" id=format!("switch-{id}") hidden=move || !shown.get()
                    aria-pressed=move || pressed.get().to_string()
                    on:click=move |_| {
                        let id = id.clone();
                        c.update(move |v, _| v.read = Some(id));
                    }>{a.author_label()}</button>
            }
        })
        .collect_view();
    view! { <nav class="switcher" aria-label="Choose an article">{buttons}</nav> }
}

/// One article: header, coverage of the active topics, then the text.
#[component]
fn ArticleColumn(idx: usize, current: Memo<bool>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let a: &Article = &ctx.corpus.articles[idx];
    let id = a.id.clone();
    let heading_id = format!("h-{id}");
    let labelled_by = heading_id.clone();
    // Collapsed by this column's own switches, so a column out of view
    // collapses when it catches up, together with its highlights.
    let switches = ctx.column_switches[idx].clone();
    let any_on = Memo::new(move |_| switches.iter().any(|s| s.get()));
    let collapse = ctx.view.collapse;
    let collapsed = Memo::new(move |_| collapse.get() && any_on.get());
    let paragraphs = a
        .paragraphs
        .iter()
        .enumerate()
        .map(|(pi, p)| {
            let mut topics: Vec<&String> = p.sentences.iter().flat_map(|s| s.topics.iter()).collect();
            topics.sort();
            topics.dedup();
            let switches: Vec<RwSignal<bool>> = topics.into_iter().map(|t| ctx.column_switch(idx, t)).collect();
            let on_topic = Memo::new(move |_| switches.iter().any(|on| on.get()));
            let sentences = p.sentences.iter().enumerate().map(|(si, _)| view! { <SentenceView a=idx p=pi s=si/> }).collect_view();
            view! {
                <p id=p.id.clone() class="para" class:off=move || collapsed.get() && !on_topic.get()>{sentences}</p>
            }
        })
        .collect_view();
    let column = NodeRef::<leptos::html::Article>::new();
    let c = ctx.clone();
    Effect::new(move |_| {
        if let Some(el) = column.get() {
            watch_column(&c, idx, &el);
        }
    });
    // How many of its sentences are on the active topics, by this column's
    // own switches (so a column out of view follows when it catches up).
    let switches = ctx.column_switches[idx].clone();
    let topic_lists: Vec<Vec<usize>> =
        a.sentences().map(|s| s.topics.iter().map(|t| ctx.topic_index(t)).collect()).collect();
    let on = Memo::new(move |_| {
        let active: Vec<bool> = switches.iter().map(|s| s.get()).collect();
        topic_lists.iter().filter(|ts| ts.iter().any(|&t| active.get(t) == Some(&true))).count()
    });
    view! {
        <article class="column" id=format!("article-{id}") aria-labelledby=labelled_by class:current=move || current.get() class:collapsed=move || collapsed.get() node_ref=column>
            <ArticleHeader idx=idx heading_id=heading_id/>
            <Coverage idx=idx on=on any_on=any_on/>
            <div class="text">{paragraphs}</div>
            <p class="silent" hidden=move || !(collapsed.get() && on.get() == 0)>"Nothing in this article on the selected topics."</p>
        </article>
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
                <button type="button" class="icon" id=format!("hide-{id}") aria-label=format!("Hide {label}")
                    disabled=move || d.last_column.get()
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
fn Coverage(
    /// The article.
    idx: usize,
    /// How many of its sentences are on the active topics.
    on: Memo<usize>,
    /// Is any topic on in this column?
    any_on: Memo<bool>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let article = &ctx.corpus.articles[idx];
    let total = article.sentences().count();
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
            let shown = ctx.column_switches[idx][ti];
            view! { <span class=format!("chip t{}", ti % 10) hidden=move || !shown.get()>{format!("{} {n}", t.short)}</span> }
        })
        .collect_view();
    view! {
        <div class="coverage" hidden=move || !any_on.get()>
            <p>{summary}</p>
            <div class="bar" role="img" aria-label=move || format!("{}% of the article", pct())>
                <span style:width=move || format!("{}%", pct())></span>
            </div>
            <p class="per-topic">{chips}</p>
        </div>
    }
}
