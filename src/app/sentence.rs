//! One sentence. Its element carries the sentence id from `corpus.json` as
//! its HTML `id` (the anchor of deep links). On an active topic its text is
//! inside a `<mark>` in the topic's colour, followed by the topics' short
//! labels (so colour is never the only cue); focusing or hovering the mark
//! says which topic and which cue put it there. Search hits are marked
//! inside; claim badges follow.
//!
//! Each sentence listens only to what concerns it — its column's switches
//! of its own topics, its own search hits, the claims that cite it — so a click re-runs
//! the few sentences it changes, not all of them. The text and its marks are
//! kept by one small effect with plain DOM calls (text nodes only, never
//! markup): a topic toggle moves the existing text into or out of a
//! `<mark>` instead of rendering the sentence again.

use std::ops::Range;

use leptos::prelude::*;

use super::analysis::{passage_label, stance_label, status_label};
use super::context::Ctx;
use super::reader::Derived;
use crate::state::search;

/// What one sentence shows, as last put in the page by its effect.
#[derive(Default)]
struct Shown {
    /// Positions of its active topics.
    active: Vec<usize>,
    /// Search hits in its text.
    hits: Vec<Range<usize>>,
    /// Its topic `<mark>`: in the page while a topic is active, kept aside
    /// otherwise for the next time.
    mark: Option<web_sys::Element>,
    /// Its one text node, while the text has no search hits (once known).
    plain: Option<web_sys::Node>,
}

/// The class of the topic `<mark>` for these active topics (the first one's colour).
fn mark_class(active: &[usize]) -> Option<String> {
    active.first().map(|i| format!("hl t{}", i % 10))
}

/// A topic's `<mark>`: focusable, described by the explanation.
fn topic_mark(class: &str, why_id: &str) -> Option<web_sys::Element> {
    let el = document().create_element("mark").ok()?;
    el.set_attribute("class", class).ok()?;
    el.set_attribute("tabindex", "0").ok()?;
    el.set_attribute("aria-describedby", why_id).ok()?;
    Some(el)
}

/// Fills `holder` with the text, search hits wrapped in `<mark class="hit">`,
/// all inside `mark` when there is one. Built as DOM text nodes, never
/// parsed as markup. Returns the one text node when there are no hits.
fn fill(
    holder: &web_sys::Element,
    text: &str,
    hits: &[Range<usize>],
    mark: Option<&web_sys::Element>,
) -> Option<web_sys::Node> {
    let doc = document();
    holder.set_text_content(None);
    let target: &web_sys::Node = match mark {
        Some(m) => {
            m.set_text_content(None);
            let _ = holder.append_child(m);
            m
        }
        None => holder,
    };
    let mut single = None;
    for (seg, hit) in search::segments(text, hits) {
        let node: web_sys::Node = doc.create_text_node(seg).into();
        if hits.is_empty() {
            single = Some(node.clone());
        }
        let node = if hit {
            match doc.create_element("mark") {
                Ok(m) => {
                    let _ = m.set_attribute("class", "hit");
                    let _ = m.append_child(&node);
                    m.into()
                }
                Err(_) => node,
            }
        } else {
            node
        };
        let _ = target.append_child(&node);
    }
    single
}

/// Moves the text already in `holder` into `mark` (then in `holder`): two
/// DOM calls when the text is its one known node.
fn wrap(holder: &web_sys::Element, mark: &web_sys::Element, plain: Option<&web_sys::Node>) {
    match plain {
        Some(t) => {
            let _ = mark.append_child(t);
        }
        None => {
            while let Some(child) = holder.first_child() {
                let _ = mark.append_child(&child);
            }
        }
    }
    let _ = holder.append_child(mark);
}

/// Moves the text out of `mark` back into `holder`, and takes `mark` out.
fn unwrap(holder: &web_sys::Element, mark: &web_sys::Element, plain: Option<&web_sys::Node>) {
    match plain {
        Some(t) => {
            let _ = holder.append_child(t);
        }
        None => {
            while let Some(child) = mark.first_child() {
                let _ = holder.insert_before(&child, Some(mark));
            }
        }
    }
    mark.remove();
}

/// Sentence `s` of paragraph `p` of article `a`.
#[component]
pub fn SentenceView(a: usize, p: usize, s: usize) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let sentence = &ctx.corpus.articles[a].paragraphs[p].sentences[s];
    let id = sentence.id.clone();

    // The switches of this sentence's own topics (with the topics' positions).
    let mine: Vec<(usize, RwSignal<bool>)> =
        sentence.topics.iter().map(|t| (ctx.topic_index(t), ctx.column_switch(a, t))).collect();
    let tagged = !mine.is_empty();

    // Search hits in this sentence (changes only when they change).
    let hits = ctx.sentence_hits[ctx.sentence_index(a, p, s)];

    // Focused when built; later changes are made by the reader's focus
    // effect, on the two sentences concerned only.
    let focused = d.focus.with_untracked(|f| f.as_deref() == Some(id.as_str()));

    // Claims citing this sentence; evidence of the chosen one?
    let cited: Vec<usize> = ctx.claims_by_sentence.get(&id).cloned().unwrap_or_default();
    let no_claims = cited.is_empty();
    let chosen: Vec<RwSignal<bool>> =
        cited.iter().filter_map(|&i| ctx.claim_switches.get(i).copied()).collect();
    let evidence = Memo::new(move |_| chosen.iter().any(|on| on.get()));

    let c = ctx.clone();
    let click_id = id.clone();
    let on_click = move |_| {
        // A click that ends a text selection is not a request to focus.
        let selecting = window().get_selection().ok().flatten().is_some_and(|sel| !sel.is_collapsed());
        if !selecting {
            let id = click_id.clone();
            c.update(move |v, _| v.focus = Some(id));
        }
    };

    // The explanation of the highlight, rendered once.
    let why_id = format!("{id}-why");
    let why = tagged.then(|| {
        let text = sentence
            .why
            .iter()
            .map(|w| {
                let label = ctx.corpus.topic(&w.topic).map(|t| t.label.clone()).unwrap_or_default();
                format!("{label}: cue “{}” matched “{}”", w.cue, w.matched)
            })
            .collect::<Vec<_>>()
            .join("; ");
        view! { <span class="why" id=why_id.clone() role="tooltip">{text}</span> }
    });
    // What changes with the topics and the search is kept by hand, by one
    // effect per sentence (Leptos renders the plain text once and never
    // touches it again): a topic toggle moves the existing text into or out
    // of a `<mark>` and sets the short labels; a new search
    // rebuilds the text with its hits.
    let holder = NodeRef::<leptos::html::Span>::new();
    let tags_el = NodeRef::<leptos::html::Sup>::new();
    let c = ctx.clone();
    let mark_why = why_id.clone();
    Effect::new(move |prev: Option<Shown>| {
        let active: Vec<usize> = mine.iter().filter(|(_, on)| on.get()).map(|&(i, _)| i).collect();
        let hits = hits.get();
        // Not in the page (yet): nothing done, so the page still shows the plain text.
        let Some(el) = holder.get() else { return Shown::default() };
        let el: &web_sys::Element = &el;
        let prev = prev.unwrap_or_default();
        let (class, old_class) = (mark_class(&active), mark_class(&prev.active));
        let mut mark = prev.mark;
        if let Some(cl) = &class {
            match &mark {
                Some(m) => {
                    if old_class.as_ref() != Some(cl) {
                        let _ = m.set_attribute("class", cl);
                    }
                }
                None => mark = topic_mark(cl, &mark_why),
            }
        }
        let text = &c.corpus.articles[a].paragraphs[p].sentences[s].text;
        // The plain text is one node: Leptos's at first, ours after a search.
        let mut plain = prev.plain;
        match (&mark, prev.hits == hits, old_class.is_some(), class.is_some()) {
            (_, false, _, on) => plain = fill(el, text, &hits, mark.as_ref().filter(|_| on)),
            (Some(m), true, false, true) => {
                if plain.is_none() && hits.is_empty() {
                    plain = el.first_child();
                }
                wrap(el, m, plain.as_ref())
            }
            (Some(m), true, true, false) => unwrap(el, m, plain.as_ref()),
            _ => {}
        }
        if prev.active != active {
            if let Some(sup) = tags_el.get() {
                let shorts = active
                    .iter()
                    .filter_map(|&i| c.corpus.topics.get(i).map(|t| t.short.as_str()))
                    .collect::<Vec<_>>()
                    .join(" ");
                sup.set_text_content(Some(&shorts));
            }
        }
        Shown { active, hits, mark, plain }
    });
    let text = sentence.text.clone();
    let tags = tagged.then(|| view! { <sup class="tags" node_ref=tags_el></sup> });

    // Badges for the claims citing this sentence, shown while the claim's
    // topic is active: whether the point is shared by all who speak,
    // qualified, or disputed. Rendered once and hidden or shown, so a toggle
    // does not rebuild them.
    let badges = cited
        .iter()
        .map(|&i| {
            let v = &ctx.corpus.viewpoints[i];
            let on = ctx.column_switch(a, &v.topic);
            let (sym, status) = status_label(v.status);
            let word = passage_label(v.status);
            let class = format!("cb {}", status.replace(' ', "-"));
            let stance = v.positions.iter().find(|p| p.evidence.contains(&id)).map_or("", |p| stance_label(p.stance).1);
            let label = format!("{word} point — “{}” (this author {stance}); show the claim", v.statement);
            let c = ctx.clone();
            let claim = v.id.clone();
            view! {
                <button type="button" class=class aria-label=label.clone() title=label hidden=move || !on.get()
                    on:click=move |ev| {
                        ev.stop_propagation();
                        let claim = claim.clone();
                        c.update(move |s, _| s.claim = Some(claim));
                    }
                >{format!("{sym} {word}")}</button>
            }
        })
        .collect_view();

    let c = ctx.clone();
    let key_id = id.clone();
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Enter" {
            let id = key_id.clone();
            c.update(move |v, _| v.focus = Some(id));
        }
    };
    view! {
        <span
            id=id
            class="s"
            class:focused=focused
            class:ev=move || evidence.get()
            aria-current=focused.then_some("location")
            on:click=on_click
            on:keydown=on_key
        >
            {(!no_claims).then(|| view! {
                <span class="ev-mark" title="Evidence for the chosen claim" hidden=move || !evidence.get()>"◆"<span class="vh">" Evidence for the chosen claim: "</span></span>
            })}
            <span class="txt" node_ref=holder>{text}</span>
            {why}
            {tags}
            {badges}
            " "
        </span>
    }
}
