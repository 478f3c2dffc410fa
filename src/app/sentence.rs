//! One sentence. Its element carries the sentence id from `corpus.json` as
//! its HTML `id` (the anchor of deep links). On an active topic it holds a
//! `<mark>` in the topic's colour, followed by the topics' short labels (so
//! colour is never the only cue); focusing or hovering the mark says which
//! topic and which cue put it there. Search hits are marked inside.

use leptos::prelude::*;

use super::analysis::{passage_label, stance_label, status_label};
use super::context::Ctx;
use super::reader::Derived;
use crate::state::search;

/// The text with search hits wrapped in `<mark class="hit">`.
fn with_hits(text: &str, query: &str) -> AnyView {
    let hits = search::find(text, query);
    if hits.is_empty() {
        return text.to_string().into_any();
    }
    search::segments(text, &hits)
        .into_iter()
        .map(|(s, hit)| {
            if hit {
                view! { <mark class="hit">{s.to_string()}</mark> }.into_any()
            } else {
                s.to_string().into_any()
            }
        })
        .collect_view()
        .into_any()
}

/// Sentence `s` of paragraph `p` of article `a`.
#[component]
pub fn SentenceView(a: usize, p: usize, s: usize) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let sentence = &ctx.corpus.articles[a].paragraphs[p].sentences[s];
    let id = sentence.id.clone();
    let c = ctx.clone();
    // Active topics this sentence carries, in topic order.
    let marks = Memo::new(move |_| {
        let sen = &c.corpus.articles[a].paragraphs[p].sentences[s];
        d.active.with(|act| sen.topics.iter().filter(|t| act.contains(t)).cloned().collect::<Vec<_>>())
    });
    let focus_id = id.clone();
    let focused = Memo::new(move |_| d.focus.with(|f| f.as_deref() == Some(focus_id.as_str())));
    let ev_id = id.clone();
    let evidence = Memo::new(move |_| d.evidence.with(|e| e.contains(&ev_id)));
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
    let c = ctx.clone();
    let body = move || {
        let sen = &c.corpus.articles[a].paragraphs[p].sentences[s];
        let text = sen.text.clone();
        let q = d.query.get();
        let active = marks.get();
        if active.is_empty() {
            return view! { {with_hits(&text, &q)}" " }.into_any();
        }
        let first = c.topic_index(&active[0]) % 10;
        let why_id = format!("{}-why", sen.id);
        let why: Vec<String> = sen
            .why
            .iter()
            .filter(|w| active.contains(&w.topic))
            .map(|w| {
                let label = c.corpus.topic(&w.topic).map(|t| t.label.clone()).unwrap_or_default();
                format!("{label}: cue “{}” matched “{}”", w.cue, w.matched)
            })
            .collect();
        let shorts = active
            .iter()
            .map(|t| {
                let short = c.corpus.topic(t).map(|x| x.short.clone()).unwrap_or_default();
                view! { <span class=format!("tag t{}", c.topic_index(t) % 10)>{short}</span> }
            })
            .collect_view();
        let stripes =
            active.iter().map(|t| format!("t{}", c.topic_index(t) % 10)).collect::<Vec<_>>().join(" ");
        view! {
            <mark class=format!("hl t{first} {stripes}") tabindex="0" aria-describedby=why_id.clone()>{with_hits(&text, &q)}</mark>
            <span class="why" id=why_id role="tooltip">{why.join("; ")}</span>
            <sup class="tags">{shorts}</sup>
            " "
        }
        .into_any()
    };
    // Claims citing this sentence whose topic is active: badges saying whether
    // the point is shared by all who speak, qualified, or disputed.
    let c = ctx.clone();
    let badge_id = id.clone();
    let badges = move || {
        let Some(claims) = c.claims_by_sentence.get(&badge_id) else { return Vec::new() };
        let active = d.active.get();
        claims
            .iter()
            .filter(|&&i| active.contains(&c.corpus.viewpoints[i].topic))
            .map(|&i| {
                let v = &c.corpus.viewpoints[i];
                let (sym, _) = status_label(v.status);
                let word = passage_label(v.status);
                let class = format!("cb {}", status_label(v.status).1.replace(' ', "-"));
                let stance = v
                    .positions
                    .iter()
                    .find(|p| p.evidence.contains(&badge_id))
                    .map_or("", |p| stance_label(p.stance).1);
                let label =
                    format!("{word} point — “{}” (this author {stance}); show the claim", v.statement);
                let c2 = c.clone();
                let claim = v.id.clone();
                view! {
                    <button type="button" class=class aria-label=label.clone() title=label
                        on:click=move |ev| {
                            ev.stop_propagation();
                            let claim = claim.clone();
                            c2.update(move |s, _| s.claim = Some(claim));
                        }
                    >{format!("{sym} {word}")}</button>
                }
            })
            .collect::<Vec<_>>()
    };
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
            class:on=move || marks.with(|m| !m.is_empty())
            class:focused=move || focused.get()
            class:ev=move || evidence.get()
            aria-current=move || focused.get().then_some("location")
            on:click=on_click
            on:keydown=on_key
        >
            <Show when=move || evidence.get()>
                <span class="ev-mark" title="Evidence for the chosen claim">"◆"<span class="vh">" Evidence for the chosen claim: "</span></span>
            </Show>
            {body}
            {badges}
        </span>
    }
}
