//! Claims by pointing: write a claim, then for each article choose a
//! stance and click the sentences that are its evidence — no ids typed.
//! The claims format's other fields (whose words, comment, adjudication)
//! are here too, and the grid previews the comparison as the reader shows it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Bench;
use crate::model::Stance;
use crate::pipeline::viewpoints::ClaimEntry;
use crate::present::stance_label;

const STANCES: [(Stance, &str); 4] = [
    (Stance::Agrees, "agrees"),
    (Stance::Disagrees, "disagrees"),
    (Stance::Mixed, "mixed"),
    (Stance::Silent, "silent"),
];

/// The claims section.
#[component]
pub fn Claims() -> impl IntoView {
    let bench = expect_context::<Bench>();
    let claims = Memo::new(move |_| {
        bench.claims.with(|c| {
            c.as_ref()
                .map(|c| c.claims.iter().map(|x| x.id.get_ref().clone()).collect::<Vec<_>>())
                .map_err(Clone::clone)
        })
    });
    let topics = Memo::new(move |_| {
        bench.topics.with(|t| {
            t.as_ref()
                .map(|t| {
                    t.topics.iter().map(|x| (x.id.get_ref().clone(), x.label.clone())).collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let statement = RwSignal::new(String::new());
    let topic = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move |_| {
        // The topic shown in the list: the one chosen, if it is still there.
        let t = topic.get_untracked();
        let listed = topics.get_untracked();
        let t = if listed.iter().any(|x| x.0 == t) {
            t
        } else {
            listed.first().map(|x| x.0.clone()).unwrap_or_default()
        };
        if t.is_empty() {
            error.set(Some("A claim belongs to a topic: add a topic first.".into()));
            return;
        }
        match bench.edit(|f| f.add_claim(&t, &statement.get_untracked())) {
            Ok(_) => {
                statement.set(String::new());
                error.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <section class="claims-edit" aria-labelledby="claims-h">
            <h2 id="claims-h">"4. Claims and stances"</h2>
            <p class="hint">"One proposition per claim, worded neutrally. Every author starts as "<em>"silent"</em>
                " (says nothing that bears on it); change each as you read, and choose the sentences that show it. A stance is the author's own view, not one the author reports or quotes."</p>
            <fieldset class="add-claim">
                <legend>"Add a claim"</legend>
                <label for="claim-statement">"The claim"</label>
                <input id="claim-statement" type="text" prop:value=move || statement.get() on:input=move |ev| statement.set(event_target_value(&ev))/>
                <label for="claim-topic">"Topic"</label>
                <select id="claim-topic" prop:value=move || topic.get() on:change=move |ev| topic.set(event_target_value(&ev))>
                    {move || topics.get().into_iter().map(|(id, label)| view! { <option value=id>{label}</option> }).collect_view()}
                </select>
                <button type="button" on:click=add>"Add the claim"</button>
                <Show when=move || error.with(Option::is_some)>
                    <p class="error" role="alert">{move || error.get().unwrap_or_default()}</p>
                </Show>
            </fieldset>
            <ClaimError/>
            {move || match claims.get() {
                Err(e) => view! { <p class="error" role="alert">{e}</p> }.into_any(),
                Ok(ids) => view! {
                    <For each=move || { let e = bench.epoch.get(); ids.clone().into_iter().map(move |id| (e, id)) }
                        key=|k| k.clone() let:k><ClaimCard id=k.1/></For>
                }.into_any(),
            }}
            <Grid/>
        </section>
    }
}

/// The build's error when it is about the claims.
#[component]
fn ClaimError() -> impl IntoView {
    let bench = expect_context::<Bench>();
    let error = move || {
        bench.built.with(|b| b.as_ref().and_then(|b| b.error.clone()).filter(|e| e.contains("claim ")))
    };
    view! {
        <Show when=move || error().is_some()>
            <p class="error" role="alert">"Not finished yet: "{error}</p>
        </Show>
    }
}

/// One claim, with a row per article.
#[component]
fn ClaimCard(
    /// The claim's id.
    id: String,
) -> impl IntoView {
    let bench = expect_context::<Bench>();
    let claim = {
        let id = id.clone();
        Memo::new(move |_| {
            bench.claims.with(|c| c.as_ref().ok()?.claims.iter().find(|c| c.id.get_ref() == &id).cloned())
        })
    };
    let articles = move || {
        bench.corpus.with(|c| {
            c.as_ref()
                .map(|c| c.articles.iter().map(|a| a.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let statement = move || claim.with(|c| c.as_ref().map(|c| c.statement.clone()).unwrap_or_default());
    let remove = {
        let id = id.clone();
        move |_| {
            if !Bench::confirm("Remove this claim, with every stance and its evidence?") {
                return;
            }
            bench.coding.update(|c| {
                if c.as_ref().is_some_and(|(x, _)| *x == id) {
                    *c = None;
                }
            });
            let _ = bench.edit(|f| f.remove_claim(&id));
        }
    };
    let cid = id.clone();
    view! {
        <fieldset class="claim-card">
            <legend>{statement}</legend>
            <table class="positions">
                <thead><tr><th scope="col">"Article"</th><th scope="col">"Stance"</th><th scope="col">"Evidence"</th><th scope="col">"Whose words, comment, adjudication"</th></tr></thead>
                <tbody>
                    {move || articles().into_iter().map(|a| view! { <PositionRow claim=cid.clone() article=a entry=claim/> }).collect_view()}
                </tbody>
            </table>
            <button type="button" class="small danger" on:click=remove>"Remove this claim"</button>
        </fieldset>
    }
}

/// One article's position on a claim.
#[component]
fn PositionRow(
    /// The claim's id.
    claim: String,
    /// The article's id.
    article: String,
    /// The claim as written in the folder.
    entry: Memo<Option<ClaimEntry>>,
) -> impl IntoView {
    let bench = expect_context::<Bench>();
    let position = {
        let article = article.clone();
        Memo::new(move |_| {
            entry.with(|c| c.as_ref().and_then(|c| c.positions.get(&article).map(|p| p.get_ref().clone())))
        })
    };
    let stance = Memo::new(move |_| position.with(|p| p.as_ref().map_or(Stance::Silent, |p| p.stance)));
    let here = (claim.clone(), article.clone());
    let choosing = {
        let here = here.clone();
        move || bench.coding.with(|c| c.as_ref() == Some(&here))
    };
    let (c1, a1) = (claim.clone(), article.clone());
    let set_stance = move |ev| {
        let s = match event_target_value(&ev).as_str() {
            "agrees" => Stance::Agrees,
            "disagrees" => Stance::Disagrees,
            "mixed" => Stance::Mixed,
            _ => Stance::Silent,
        };
        let _ = bench.edit(|f| f.set_stance(&c1, &a1, s));
        // A stance other than silence needs evidence: start choosing it.
        bench.coding.set((s != Stance::Silent).then(|| (c1.clone(), a1.clone())));
        if s != Stance::Silent {
            go_to_text(&a1);
        }
    };
    let ch = choosing.clone();
    let toggle_choose = move |_| {
        let here = here.clone();
        let start = bench.coding.with_untracked(|c| c.as_ref() != Some(&here));
        let article = here.1.clone();
        bench.coding.set(start.then_some(here));
        if start {
            go_to_text(&article);
        }
    };
    let evidence = move || {
        let ids = position.with(|p| p.as_ref().map(|p| p.evidence.clone()).unwrap_or_default());
        bench.corpus.with(|c| {
            ids.iter()
                .map(|sid| {
                    let text = c
                        .as_ref()
                        .and_then(|c| c.articles.iter().flat_map(|a| a.sentences()).find(|s| &s.id == sid))
                        .map(|s| s.text.clone());
                    (sid.clone(), text.unwrap_or_else(|| "(no such sentence now: the text changed)".into()))
                })
                .collect::<Vec<_>>()
        })
    };
    let field = |name: &'static str, label: &'static str| {
        let (claim, article) = (claim.clone(), article.clone());
        let value = move || {
            position
                .with(|p| {
                    p.as_ref().and_then(|p| match name {
                        "via" => p.via.clone(),
                        "comment" => p.comment.clone(),
                        _ => p.adjudication.clone(),
                    })
                })
                .unwrap_or_default()
        };
        let fid = format!("{name}__{claim}__{article}");
        view! {
            <label for=fid.clone()>{label}</label>
            <input id=fid type="text" prop:value=value on:change=move |ev| {
                let v = event_target_value(&ev);
                let v = (!v.trim().is_empty()).then(|| v.trim().to_string());
                let _ = bench.edit(|f| f.edit_position(&claim, &article, |p| match name {
                    "via" => p.via = v,
                    "comment" => p.comment = v,
                    _ => p.adjudication = v,
                }));
            }/>
        }
    };
    let sid = format!("stance__{claim}__{article}");
    view! {
        <tr>
            <th scope="row">{article.clone()}</th>
            <td>
                <label for=sid.clone() class="sr-only">{format!("Stance of {article}")}</label>
                <select id=sid on:change=set_stance>
                    {STANCES.iter().map(|(s, name)| {
                        let s = *s;
                        let (mark, word) = stance_label(s);
                        view! { <option value=*name selected=move || stance.get() == s>{format!("{mark} {word}")}</option> }
                    }).collect_view()}
                </select>
            </td>
            <td>
                <button type="button" class="small" id=choose_id(&claim, &article) aria-pressed=move || ch().to_string()
                    disabled=move || stance.get() == Stance::Silent on:click=toggle_choose>
                    "Choose evidence in the text"</button>
                <ol class="evidence">
                    {move || evidence().into_iter().map(|(sid, text)| view! { <li><q>{text}</q>" "<code>{sid}</code></li> }).collect_view()}
                </ol>
            </td>
            <td class="extra">
                {field("via", "Whose words the stance rests on, if someone else's")}
                {field("comment", "Comment")}
                {field("adjudication", "Adjudication (how a disagreement between two codings was decided)")}
            </td>
        </tr>
    }
}

/// The id of the "Choose evidence" button of `claim` × `article`
/// (underscores: ids are slugs, which have none, so no two buttons share one).
pub fn choose_id(claim: &str, article: &str) -> String {
    format!("choose__{claim}__{article}")
}

/// Takes the reader (and the keyboard's focus) to the text of `article`,
/// where its sentences have become buttons, once they are drawn.
fn go_to_text(article: &str) {
    let id = format!("coding-{article}");
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            el.scroll_into_view();
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
}

/// The comparison as the reader's grid shows it: a row per claim, a column
/// per article, each stance as its mark and word.
#[component]
fn Grid() -> impl IntoView {
    let bench = expect_context::<Bench>();
    move || {
        bench.built.with(|b| b.as_ref().and_then(|b| b.corpus.as_ref()).map(|_| ()))?;
        bench.corpus.with(|c| {
            let c = c.as_ref()?;
            if c.viewpoints.is_empty() {
                return None;
            }
            Some(view! {
                <table class="grid-preview">
                    <caption>"The comparison, as the reader will show it"</caption>
                    <thead><tr><th scope="col">"Claim"</th>
                        {c.articles.iter().map(|a| view! { <th scope="col">{a.id.clone()}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {c.viewpoints.iter().map(|v| view! {
                            <tr><th scope="row">{v.statement.clone()}</th>
                                {c.articles.iter().map(|a| {
                                    let s = v.positions.iter().find(|p| p.article == a.id).map_or(Stance::Silent, |p| p.stance);
                                    let (mark, word) = stance_label(s);
                                    view! { <td class=word><span aria-hidden="true">{mark}</span>" "{word}</td> }
                                }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            })
        })
    }
}
