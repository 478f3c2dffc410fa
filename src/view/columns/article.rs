//! One article's column: its header, its coverage of the active topics,
//! then its text, paragraph by paragraph. Every column is rendered once and
//! hidden while the reader hides it, so showing it again rebuilds nothing.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::coverage::Coverage;
use super::header::ArticleHeader;
use super::painter::use_painter;
use super::sentence::sentence;
use super::strip::strip;
use crate::store::Store;

/// One article. Collapsed (off-topic paragraphs hidden) by this column's
/// own switches, so a column out of view collapses when it catches up,
/// together with its highlights.
#[component]
pub fn ArticleColumn(
    /// The article's position in the corpus.
    idx: usize,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let a = &store.corpus().articles[idx];
    let id = a.id.clone();
    let heading_id = format!("h-{id}");
    let labelled_by = heading_id.clone();
    let d = store.derived();
    let (shown_id, current_id) = (id.clone(), id.clone());
    let shown = Memo::new(move |_| d.visible.with(|v| v.contains(&shown_id)));
    let current = Memo::new(move |_| d.current.with(|c| c.as_deref() == Some(current_id.as_str())));
    let switches = store.column_switches(idx);
    let any_on = Memo::new(move |_| switches.iter().any(|s| s.get()));
    let collapse = store.view().collapse();
    let collapsed = Memo::new(move |_| collapse.get() && any_on.get());

    // How many of its sentences are on the active topics.
    let switches = store.column_switches(idx);
    let topic_lists: Vec<Vec<usize>> =
        a.sentences().map(|s| s.topics.iter().map(|t| store.topic_index(t)).collect()).collect();
    let on = Memo::new(move |_| {
        let active: Vec<bool> = switches.iter().map(|s| s.get()).collect();
        topic_lists.iter().filter(|ts| ts.iter().any(|&t| active.get(t) == Some(&true))).count()
    });

    let paragraphs = a
        .paragraphs
        .iter()
        .enumerate()
        .map(|(pi, p)| {
            let sentences = (0..p.sentences.len()).map(|si| sentence(&store, idx, pi, si)).collect_view();
            view! { <p id=p.id.clone() class="para">{sentences}</p> }
        })
        .collect_view();

    let column = NodeRef::<leptos::html::Article>::new();
    use_painter(&store, idx, column, collapsed);
    // Tell the host to watch whether this column is on screen.
    let (host, element_id) = (store.host().clone(), format!("article-{id}"));
    let watched = element_id.clone();
    Effect::new(move |_| {
        if column.get().is_some() {
            host.watch_column(idx, &watched);
        }
    });
    let (s1, s2) = (store.clone(), store.clone());
    view! {
        <article class="column" id=element_id aria-labelledby=labelled_by hidden=move || !shown.get()
            class:current=move || current.get() class:collapsed=move || collapsed.get() node_ref=column
            on:click=move |ev| clicked(&s1, &ev) on:keydown=move |ev| key(&s2, &ev)>
            <ArticleHeader idx=idx heading_id=heading_id/>
            <Coverage idx=idx on=on any_on=any_on/>
            {strip(&store, idx)}
            <div class="text">{paragraphs}</div>
            <p class="silent" hidden=move || !(collapsed.get() && on.get() == 0)>"Nothing in this article on the selected topics."</p>
        </article>
    }
}

/// The element an event happened on.
fn target(ev: &web_sys::Event) -> Option<web_sys::Element> {
    ev.target()?.dyn_into::<web_sys::Element>().ok()
}

/// A click in the text: on a badge, shows its claim; elsewhere on a
/// sentence, focuses it (unless the click ends a text selection).
fn clicked(store: &Store, ev: &web_sys::MouseEvent) {
    let Some(el) = target(ev) else { return };
    if let Some(map) = el.closest("button.strip").ok().flatten() {
        // A click of the mouse (not a key) says where: some engines give
        // the button, not the segment, as the target.
        to_paragraph(store, &map, (ev.detail() > 0).then(|| ev.client_y() as f64));
    } else if let Some(claim) =
        el.closest("button.cb").ok().flatten().and_then(|b| b.get_attribute("data-claim"))
    {
        store.update(move |v, _| v.claim = Some(claim));
    } else if let Some(s) = el.closest(".s").ok().flatten() {
        if !store.host().selecting() {
            let id = s.id();
            store.update(move |v, _| v.focus = Some(id));
        }
    }
}

/// The article's map pressed, by the mouse at height `y` or by a key:
/// the mouse goes to the marked paragraph nearest where it pressed; a key
/// to the next marked paragraph after the marked sentence. Going there
/// marks the paragraph's first sentence of the chosen claim's evidence
/// (else on an active topic), which scrolls it into view; the focus stays
/// on the map, to go on.
fn to_paragraph(store: &Store, map: &web_sys::Element, y: Option<f64>) {
    let Some(col) = map.closest(".column").ok().flatten() else { return };
    let segs = map.children();
    let marked: Vec<(u32, web_sys::Element)> = (0..segs.length())
        .filter_map(|k| segs.item(k).map(|s| (k, s)))
        .filter(|(_, s)| s.class_list().contains("on") || s.class_list().contains("ev"))
        .collect();
    let paragraphs = col.get_elements_by_class_name("para");
    let next = match y {
        Some(y) => marked
            .iter()
            .map(|(k, s)| {
                let r = s.get_bounding_client_rect();
                (*k, if y < r.top() { r.top() - y } else { (y - r.bottom()).max(0.0) })
            })
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(k, _)| k),
        None => {
            // After the paragraph of the marked sentence, if it is in this column.
            let here = store
                .view()
                .focus()
                .get_untracked()
                .and_then(|id| col.owner_document()?.get_element_by_id(&id))
                .and_then(|s| s.closest(".para").ok().flatten())
                .and_then(|p| (0..paragraphs.length()).find(|&k| paragraphs.item(k).as_ref() == Some(&p)));
            let start = here.map_or(0, |k| k + 1);
            marked.iter().map(|(k, _)| *k).find(|&k| k >= start).or(marked.first().map(|(k, _)| *k))
        }
    };
    let Some(p) = next.and_then(|k| paragraphs.item(k)) else { return };
    let first = [".s.ev", ".s:has(mark.hl)", ".s"].iter().find_map(|q| p.query_selector(q).ok().flatten());
    if let Some(s) = first {
        let id = s.id();
        // Already the marked sentence: the view does not change, but the
        // reader, who may have scrolled away, is taken there again.
        if store.view().focus().get_untracked().as_deref() == Some(id.as_str()) {
            store.host().scroll_to(&id, true);
        } else {
            store.update(move |v, _| v.focus = Some(id));
        }
    }
}

/// Enter on a highlighted passage focuses its sentence.
fn key(store: &Store, ev: &web_sys::KeyboardEvent) {
    let Some(el) = target(ev) else { return };
    if ev.key() == "Enter" && el.tag_name().eq_ignore_ascii_case("mark") {
        if let Some(s) = el.closest(".s").ok().flatten() {
            let id = s.id();
            store.update(move |v, _| v.focus = Some(id));
        }
    }
}
