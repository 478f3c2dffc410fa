//! The controls: topic toggles, search, the collapse option, hidden
//! columns, and "copy link".

use leptos::prelude::*;

use super::context::{address_of, Ctx};
use super::reader::Derived;

/// All view controls.
#[component]
pub fn Toolbar() -> impl IntoView {
    view! {
        <section class="controls" aria-label="View controls">
            <TopicToggles/>
            <div class="row">
                <SearchBox/>
                <CollapseOption/>
                <CopyLink/>
            </div>
            <HiddenColumns/>
        </section>
    }
}

/// One toggle button per topic (`aria-pressed`), each with its colour and
/// its short label, so the state never depends on colour alone.
#[component]
fn TopicToggles() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let buttons = ctx
        .corpus
        .topics
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let id = t.id.clone();
            let id2 = id.clone();
            let on = ctx.topic_switch(&id);
            let c = ctx.clone();
            view! {
                <button
                    type="button"
                    class=format!("topic t{}", i % 10)
                    aria-pressed=move || on.get().to_string()
                    title=t.description.clone()
                    on:click=move |_| c.update(|v, k| v.toggle_topic(&id2, k))
                >
                    <span class="swatch" aria-hidden="true"></span>
                    <span class="check" aria-hidden="true">{move || if on.get() { "✓" } else { "" }}</span>
                    {t.label.clone()}
                    <span class="short">{t.short.clone()}</span>
                </button>
            }
        })
        .collect_view();
    let c = ctx.clone();
    view! {
        <fieldset class="topics">
            <legend>"Topics"<span class="hint">" — highlight what each author says on them"</span></legend>
            {buttons}
            <button type="button" class="small clear" hidden=move || !d.any_active.get() on:click={
                let c = c.clone();
                move |_| c.update(|v, _| v.topics.clear())
            }>"Clear topics"</button>
        </fieldset>
    }
}

/// The search box; typing rewrites the current history entry instead of
/// adding one per keystroke.
#[component]
fn SearchBox() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let c = ctx.clone();
    view! {
        <div class="search">
            <label for="search">"Search the articles"</label>
            <input
                id="search"
                type="search"
                autocomplete="off"
                spellcheck="false"
                maxlength="100"
                prop:value=move || d.query.get()
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    c.replace(|v, _| v.q = text.trim().to_string());
                }
            />
        </div>
    }
}

/// "Show only passages on the selected topics".
#[component]
fn CollapseOption() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let checked = ctx.view.collapse;
    let c = expect_context::<Ctx>();
    view! {
        <label class="collapse">
            <input
                type="checkbox"
                prop:checked=move || checked.get()
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    c.update(|v, _| v.collapse = on);
                }
            />
            " Only passages on the selected topics"
            <span class="hint" hidden=move || !(checked.get() && d.active.with(|a| a.is_empty()))>" (choose a topic first)"</span>
        </label>
    }
}

/// Copies the page's address (the whole view) to the clipboard.
#[component]
fn CopyLink() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        let href = window().location().origin().unwrap_or_default() + &address_of(&ctx.view.snapshot());
        // `navigator.clipboard` is missing on plain-http hosts and in old browsers.
        let navigator = window().navigator();
        let has_clipboard =
            js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined());
        if !has_clipboard {
            status.set(format!("Copy this link: {href}"));
            return;
        }
        let promise = navigator.clipboard().write_text(&href);
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => status.set("Link copied.".into()),
                Err(_) => status.set(format!("Copy this link: {href}")),
            }
        });
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
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let corpus = ctx.corpus.clone();
    let hidden = Memo::new(move |_| {
        d.visible.with(|vis| {
            corpus
                .articles
                .iter()
                .filter(|a| !vis.contains(&a.id))
                .map(|a| (a.id.clone(), a.author_label()))
                .collect::<Vec<_>>()
        })
    });
    let c = ctx.clone();
    view! {
        <div class="hidden-cols" hidden=move || hidden.with(Vec::is_empty)>
            <span>"Hidden columns: "</span>
            {
                let c = c.clone();
                move || hidden.get().into_iter().map(|(id, label)| {
                    let c = c.clone();
                    view! {
                        <button type="button" class="small" id=format!("show-{id}") on:click=move |_| c.update(|v, k| v.show_column(&id, k))>
                            "Show " {label}
                        </button>
                    }
                }).collect_view()
            }
            <button type="button" class="small" id="show-all" on:click={
                let c = c.clone();
                move |_| c.update(|v, _| v.cols = None)
            }>"Show all"</button>
        </div>
    }
}
