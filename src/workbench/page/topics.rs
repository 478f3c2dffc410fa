//! Topics: start from the seeds' topics or from none, add a topic with a
//! label and cues in the corpus tool's cue language, and see what each cue
//! matches, article by article, while typing. A wrong cue is named beside
//! itself; the texts stay on screen.

use leptos::prelude::*;

use super::Bench;
use crate::pipeline::tag::TopicEntry;

/// The topics section.
#[component]
pub fn Topics() -> impl IntoView {
    let bench = expect_context::<Bench>();
    let topics = Memo::new(move |_| {
        bench.topics.with(|t| {
            t.as_ref()
                .map(|t| t.topics.iter().map(|x| x.id.get_ref().clone()).collect::<Vec<_>>())
                .map_err(Clone::clone)
        })
    });
    let label = RwSignal::new(String::new());
    let cues = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move |_| match bench.edit(|f| f.add_topic(&label.get_untracked(), &cues.get_untracked())) {
        Ok(_) => {
            label.set(String::new());
            cues.set(String::new());
            error.set(None);
        }
        Err(e) => error.set(Some(e)),
    };
    let added = RwSignal::new(None::<usize>);
    let seeds = move |_| match bench.edit(|f| f.use_seed_topics()) {
        Ok(n) => {
            added.set(Some(n));
            error.set(None);
        }
        Err(e) => error.set(Some(e)),
    };
    view! {
        <section class="topics-edit" aria-labelledby="topics-h">
            <h2 id="topics-h">"3. Topics"</h2>
            <p class="hint">"A sentence gets a topic when one of the topic's cues matches it. One cue per line: "
                <code>"trade*"</code>" (any word starting so), "<code>"gas | oil"</code>" (either), "
                <code>"india* + arms"</code>" (both in the sentence), "<code>"!cricket"</code>" (must not occur), "
                <code>"US"</code>" (capitals match only capitals)."</p>
            <button type="button" on:click=seeds>"Add the Pakistan–Russia corpus's topics"</button>
            {move || added.get().map(|n| view! { <p class="ok" role="status">{format!("{n} topics added (those you did not have already); remove the ones you do not need.")}</p> })}
            <TopicError/>
            {move || match topics.get() {
                Err(e) => view! { <p class="error" role="alert">{e}</p> }.into_any(),
                Ok(ids) => view! {
                    <For each=move || { let e = bench.epoch.get(); ids.clone().into_iter().map(move |id| (e, id)) }
                        key=|k| k.clone() let:k>
                        <TopicCard id=k.1/>
                    </For>
                }.into_any(),
            }}
            <fieldset class="add-topic">
                <legend>"Add a topic"</legend>
                <label for="topic-label">"Label"</label>
                <input id="topic-label" type="text" prop:value=move || label.get() on:input=move |ev| label.set(event_target_value(&ev))/>
                <label for="topic-cues">"Cues, one per line"</label>
                <textarea id="topic-cues" rows="3" prop:value=move || cues.get() on:input=move |ev| cues.set(event_target_value(&ev))></textarea>
                <button type="button" on:click=add>"Add the topic"</button>
                <Show when=move || error.with(Option::is_some)>
                    <p class="error" role="alert">{move || error.get().unwrap_or_default()}</p>
                </Show>
            </fieldset>
        </section>
    }
}

/// The build's error when it is about the topic file.
#[component]
fn TopicError() -> impl IntoView {
    let bench = expect_context::<Bench>();
    let error = move || {
        bench.built.with(|b| {
            b.as_ref()
                .and_then(|b| b.error.clone())
                .filter(|e| e.starts_with("topics.toml") || e.contains("topic "))
        })
    };
    view! {
        <Show when=move || error().is_some()>
            <p class="error" role="alert">"The topics do not build yet: "{error}</p>
        </Show>
    }
}

/// One topic: its cues, editable, and what each matches.
#[component]
fn TopicCard(
    /// The topic's id.
    id: String,
) -> impl IntoView {
    let bench = expect_context::<Bench>();
    let entry: Option<TopicEntry> = bench
        .topics
        .with_untracked(|t| t.as_ref().ok()?.topics.iter().find(|t| t.id.get_ref() == &id).cloned());
    let Some(entry) = entry else { return ().into_any() };
    let cues = RwSignal::new(entry.cues.iter().map(|c| c.get_ref().as_str()).collect::<Vec<_>>().join("\n"));
    // Cues are rebuilt a moment after typing stops, not on every key.
    let generation = StoredValue::new(0u32);
    let on_input = {
        let id = id.clone();
        move |ev| {
            cues.set(event_target_value(&ev));
            let g = generation.get_value() + 1;
            generation.set_value(g);
            let id = id.clone();
            set_timeout(
                move || {
                    // The card may be gone by now (its topic removed, the
                    // folder replaced): then so is the edit.
                    if generation.try_get_value() == Some(g) {
                        if let Some(text) = cues.try_get_untracked() {
                            let _ = bench.edit(|f| f.set_cues(&id, &text));
                        }
                    }
                },
                std::time::Duration::from_millis(250),
            );
        }
    };
    let remove = {
        let id = id.clone();
        move |_| {
            if Bench::confirm(&format!("Remove the topic “{id}”? (Claims on it must go first.)")) {
                let _ = bench.edit(|f| f.remove_topic(&id));
            }
        }
    };
    let checks = {
        let id = id.clone();
        move || {
            bench.built.with(|b| {
                b.as_ref()
                    .map(|b| b.cues.iter().filter(|c| c.topic == id).cloned().collect::<Vec<_>>())
                    .unwrap_or_default()
            })
        }
    };
    let names = move || {
        bench.corpus.with(|c| {
            c.as_ref()
                .map(|c| c.articles.iter().map(|a| a.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let cid = format!("cues-{id}");
    view! {
        <fieldset class="topic-card">
            <legend>{entry.label.clone()}" "<span class="short">{entry.short.clone()}</span></legend>
            <label for=cid.clone()>"Cues, one per line"</label>
            <textarea id=cid rows="4" prop:value=move || cues.get() on:input=on_input></textarea>
            <table class="cue-check">
                <caption>"What each cue matches (sentences per article)"</caption>
                <thead><tr><th scope="col">"Cue"</th>{move || names().into_iter().map(|n| view! { <th scope="col">{n}</th> }).collect_view()}<th scope="col">"For example"</th></tr></thead>
                <tbody>
                    {move || checks().into_iter().map(|c| {
                        let width = names().len();
                        match c.error {
                            Some(e) => view! { <tr class="bad"><th scope="row"><code>{c.cue}</code></th><td colspan=(width + 1).to_string() class="error">"This cue is wrong: "{e}</td></tr> }.into_any(),
                            None => view! { <tr>
                                <th scope="row"><code>{c.cue}</code></th>
                                {c.counts.iter().map(|n| view! { <td class:none=*n == 0>{n.to_string()}</td> }).collect_view()}
                                <td class="examples">{c.examples.into_iter().map(|e| view! {
                                    <span class="example"><q>{e.text}</q>" "<span class="matched">"(“"{e.matched}"”, "<code>{e.sentence}</code>")"</span></span>
                                }).collect_view()}</td>
                            </tr> }.into_any(),
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <button type="button" class="small danger" on:click=remove>"Remove this topic"</button>
        </fieldset>
    }
    .into_any()
}
