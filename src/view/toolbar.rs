//! The controls: topic toggles, search, the collapse option, "copy link",
//! "cite the marked passage", and the hidden columns. Inert until the
//! browser has taken the page over, so a click before then is never
//! silently lost.

use leptos::prelude::*;

use super::citation::CitePassage;
use crate::store::Store;

/// All view controls. On a phone the search and options fold away behind
/// one button (the topics stay, in a row that scrolls sideways); a search
/// in progress keeps them open.
#[component]
pub fn Toolbar() -> impl IntoView {
    let store = expect_context::<Store>();
    let (ready, q) = (store.ready(), store.view().q());
    let unfolded = RwSignal::new(false);
    view! {
        <section id="controls" class="controls" aria-label="View controls" inert=move || !ready.get()>
            <TopicToggles/>
            <button type="button" class="small fold" aria-controls="control-row"
                aria-expanded=move || unfolded.get().to_string()
                on:click=move |_| unfolded.update(|u| *u = !*u)>"Search and options"</button>
            <div class="row" id="control-row" class:unfolded=move || unfolded.get() || q.with(|q| !q.is_empty())>
                <SearchBox/>
                <CollapseOption/>
                <CopyLink/>
                <CitePassage/>
            </div>
            <HiddenColumns/>
        </section>
    }
}

/// One toggle button per topic (`aria-pressed`), each with its colour and
/// its short label, so the state never depends on colour alone.
#[component]
fn TopicToggles() -> impl IntoView {
    let store = expect_context::<Store>();
    let any_active = store.derived().any_active;
    let buttons = store
        .corpus()
        .topics
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let on = store.topic_switch(&t.id);
            let (s, id) = (store.clone(), t.id.clone());
            view! {
                <button
                    type="button"
                    class=format!("topic t{}", i % 10)
                    aria-pressed=move || on.get().to_string()
                    title=t.description.clone()
                    on:click=move |_| s.update(|v, k| v.toggle_topic(&id, k))
                >
                    <span class="swatch" aria-hidden="true"></span>
                    <span class="check" aria-hidden="true">{move || if on.get() { "✓" } else { "" }}</span>
                    {t.label.clone()}
                    <span class="short">{t.short.clone()}</span>
                </button>
            }
        })
        .collect_view();
    view! {
        <fieldset class="topics">
            <legend>"Topics"<span class="hint">" — highlight what each author says on them"</span></legend>
            {buttons}
            <button type="button" class="small clear" hidden=move || !any_active.get()
                on:click=move |_| store.update(|v, _| v.topics.clear())>"Clear topics"</button>
        </fieldset>
    }
}

/// The search box; typing rewrites the current history entry instead of
/// adding one per keystroke.
#[component]
fn SearchBox() -> impl IntoView {
    let store = expect_context::<Store>();
    let q = store.view().q();
    view! {
        <div class="search">
            <label for="search">"Search the articles"</label>
            <input id="search" type="search" autocomplete="off" spellcheck="false" maxlength="100"
                prop:value=move || q.get()
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    store.replace(|v, _| v.q = text.trim().to_string());
                }
            />
        </div>
    }
}

/// "Only passages on the selected topics".
#[component]
fn CollapseOption() -> impl IntoView {
    let store = expect_context::<Store>();
    let (checked, topics) = (store.view().collapse(), store.view().topics());
    view! {
        <label class="collapse">
            <input type="checkbox"
                prop:checked=move || checked.get()
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    store.update(|v, _| v.collapse = on);
                }
            />
            " Only passages on the selected topics"
            <span class="hint" hidden=move || !(checked.get() && topics.with(Vec::is_empty))>" (choose a topic first)"</span>
        </label>
    }
}

/// Copies the page's address (the whole view) to the clipboard, or shows
/// it to copy by hand where the browser has no clipboard for the page.
#[component]
fn CopyLink() -> impl IntoView {
    let store = expect_context::<Store>();
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        let href = store.link();
        let shown = href.clone();
        store.host().copy(
            href,
            None,
            Box::new(move |ok| {
                status.set(if ok { "Link copied.".into() } else { format!("Copy this link: {shown}") })
            }),
        );
    };
    view! {
        <div class="copy">
            <button type="button" on:click=copy>"Copy link to this view"</button>
            <span class="copy-status" role="status">{move || status.get()}</span>
        </div>
    }
}

/// Buttons to bring back hidden columns.
#[component]
fn HiddenColumns() -> impl IntoView {
    let store = expect_context::<Store>();
    let visible = store.derived().visible;
    let corpus = store.corpus().clone();
    let hidden = Memo::new(move |_| {
        visible.with(|vis| {
            corpus
                .articles
                .iter()
                .filter(|a| !vis.contains(&a.id))
                .map(|a| (a.id.clone(), a.author_label()))
                .collect::<Vec<_>>()
        })
    });
    let s = store.clone();
    let show = move |(id, label): (String, String)| {
        let s = s.clone();
        view! {
            <button type="button" class="small" id=format!("show-{id}") on:click=move |_| s.update(|v, k| v.show_column(&id, k))>
                "Show " {label}
            </button>
        }
    };
    view! {
        <div class="hidden-cols" hidden=move || hidden.with(Vec::is_empty)>
            <span>"Hidden columns: "</span>
            {move || hidden.get().into_iter().map(show.clone()).collect_view()}
            <button type="button" class="small" id="show-all" on:click=move |_| store.update(|v, _| v.cols = None)>"Show all"</button>
        </div>
    }
}
