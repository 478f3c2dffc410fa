//! One sentence. Its element carries the sentence id from `corpus.json` as
//! its HTML `id` (the anchor of deep links). On an active topic it holds a
//! `<mark>` in the topic's colour, followed by the topics' short labels (so
//! colour is never the only cue); focusing or hovering the mark says which
//! topic and which cue put it there. Search hits are marked inside; claim
//! badges follow.
//!
//! Each sentence listens only to what concerns it — the switches of its own
//! topics, its own search hits, the claims that cite it — so a click re-runs
//! the few sentences it changes, not all of them.

use std::ops::Range;

use leptos::prelude::*;

use super::analysis::{passage_label, stance_label, status_label};
use super::context::Ctx;
use super::reader::Derived;
use crate::state::search;

/// The text with search hits wrapped in `<mark class="hit">`.
fn with_hits(text: &str, hits: &[Range<usize>]) -> AnyView {
    if hits.is_empty() {
        return text.to_string().into_any();
    }
    search::segments(text, hits)
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

    // Active topics of this sentence, from the switches of its own topics only.
    let mine: Vec<(String, Memo<bool>)> =
        sentence.topics.iter().map(|t| (t.clone(), ctx.topic_switch(t))).collect();
    let tagged = !mine.is_empty();
    let marks = Memo::new(move |_| {
        mine.iter().filter(|(_, on)| on.get()).map(|(t, _)| t.clone()).collect::<Vec<_>>()
    });

    // Search hits in this sentence (re-renders only when they change).
    let c = ctx.clone();
    let hits = Memo::new(move |_| {
        d.query.with(|q| search::find(&c.corpus.articles[a].paragraphs[p].sentences[s].text, q))
    });

    let focus_id = id.clone();
    let focused = Memo::new(move |_| d.focus.with(|f| f.as_deref() == Some(focus_id.as_str())));

    // Claims citing this sentence; evidence of the chosen one?
    let cited: Vec<usize> = ctx.claims_by_sentence.get(&id).cloned().unwrap_or_default();
    let c = ctx.clone();
    let cited2 = cited.clone();
    let evidence = Memo::new(move |_| {
        !cited2.is_empty()
            && d.claim.with(|cl| {
                cl.as_ref().is_some_and(|cl| cited2.iter().any(|&i| &c.corpus.viewpoints[i].id == cl))
            })
    });

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

    // Only the `<mark>` and the short labels' text change with the topics;
    // the explanation is rendered once.
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
    let c = ctx.clone();
    let body = move || {
        let text = &c.corpus.articles[a].paragraphs[p].sentences[s].text;
        let active = marks.get();
        let hits = hits.get();
        if active.is_empty() {
            return with_hits(text, &hits);
        }
        let class = format!("hl t{}", c.topic_index(&active[0]) % 10);
        view! { <mark class=class tabindex="0" aria-describedby=why_id.clone()>{with_hits(text, &hits)}</mark> }.into_any()
    };
    let c = ctx.clone();
    let tags = tagged.then(|| {
        view! {
            <sup class="tags">
                {move || marks.with(|m| m.iter().filter_map(|t| c.corpus.topic(t).map(|x| x.short.clone())).collect::<Vec<_>>().join(" "))}
            </sup>
        }
    });

    // Badges for the claims citing this sentence whose topic is active: whether
    // the point is shared by all who speak, qualified, or disputed.
    let c = ctx.clone();
    let switches: Vec<Memo<bool>> =
        cited.iter().map(|&i| ctx.topic_switch(&ctx.corpus.viewpoints[i].topic)).collect();
    let shown_claims = Memo::new(move |_| {
        cited.iter().zip(&switches).filter(|(_, on)| on.get()).map(|(&i, _)| i).collect::<Vec<_>>()
    });
    let badge_id = id.clone();
    let badges = move || {
        shown_claims
            .get()
            .into_iter()
            .map(|i| {
                let v = &c.corpus.viewpoints[i];
                let (sym, status) = status_label(v.status);
                let word = passage_label(v.status);
                let class = format!("cb {}", status.replace(' ', "-"));
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
            {why}
            {tags}
            {badges}
            " "
        </span>
    }
}
