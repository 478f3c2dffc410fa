//! The articles brought in: each with its metadata form, its report of
//! repairs, and its cleaned text, sentence by sentence. While a claim's
//! position is being coded, that article's sentences become buttons: a
//! click (or Enter) adds the sentence to the evidence or takes it out.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Bench;
use crate::model::{Article, Basis};
use crate::workbench::folder::Meta;

/// Every article, in the manifest's order.
#[component]
pub fn Articles() -> impl IntoView {
    let bench = expect_context::<Bench>();
    // From the folder, not the last build: an article whose file does not
    // build yet is still listed (with its form), so no work goes out of sight.
    let ids = Memo::new(move |_| {
        bench.manifest.with(|m| {
            m.as_ref().ok().map(|m| m.articles.iter().map(|a| a.id.get_ref().clone()).collect::<Vec<_>>())
        })
    });
    view! {
        <section class="articles" aria-labelledby="articles-h">
            <h2 id="articles-h">"2. Your articles"</h2>
            {move || match ids.get() {
                None | Some(_) if ids.with(|i| i.as_ref().is_none_or(|i| i.is_empty())) => {
                    view! { <p class="empty">"No articles yet: bring at least two texts to compare."</p> }.into_any()
                }
                _ => view! {
                    // Keyed by the folder's epoch too: a folder replaced as a whole
                    // (an import) draws every form afresh.
                    <For each=move || { let e = bench.epoch.get(); ids.get().unwrap_or_default().into_iter().map(move |id| (e, id)) }
                        key=|k| k.clone() let:k>
                        <ArticleCard id=k.1/>
                    </For>
                }.into_any(),
            }}
        </section>
    }
}

/// One article: what is known of it, what the cleaning did, its text.
#[component]
fn ArticleCard(
    /// The article's id.
    id: String,
) -> impl IntoView {
    let bench = expect_context::<Bench>();
    // The article as built, less its tags: a rebuild that changes only
    // topics or claims leaves it equal, so the text is not redrawn under
    // the reader's pointer (or focus) while evidence is being chosen.
    let article = {
        let id = id.clone();
        Memo::new(move |_| {
            bench.corpus.with(|c| {
                c.as_ref().and_then(|c| c.articles.iter().find(|a| a.id == id)).map(|a| {
                    let mut a = a.clone();
                    for s in a.paragraphs.iter_mut().flat_map(|p| p.sentences.iter_mut()) {
                        s.topics.clear();
                        s.why.clear();
                    }
                    Arc::new(a)
                })
            })
        })
    };
    let heading = move || {
        article.with(|a| {
            a.as_ref()
                .map(|a| a.title.value.clone().unwrap_or_else(|| format!("{} (title not stated)", a.id)))
        })
    };
    let remove = {
        let id = id.clone();
        move |_| {
            if Bench::confirm(&format!("Remove the article “{id}”, and its stances on every claim?")) {
                let _ = bench.edit(|f| f.remove_article(&id));
            }
        }
    };
    view! {
        <article class="draft" aria-labelledby=format!("h-{id}")>
            <h3 id=format!("h-{id}")>{heading}" "<span class="id">"(“"{id.clone()}"”)"</span></h3>
            <MetaForm id=id.clone()/>
            <super::leave::LeaveOutForm id=id.clone()/>
            {move || article.get().map(|a| view! { <Repairs article=a.clone()/><Text article=a/> })}
            <button type="button" class="small danger" on:click=remove>"Remove this article"</button>
        </article>
    }
}

/// The metadata form: title, authors, outlet, date with how it is known.
/// A field left empty is "not stated"; nothing is guessed.
#[component]
fn MetaForm(
    /// The article's id.
    id: String,
) -> impl IntoView {
    let bench = expect_context::<Bench>();
    let start = bench.folder.with_untracked(|f| f.meta(&id)).unwrap_or_default();
    let title = RwSignal::new(start.title.clone().unwrap_or_default());
    let authors = RwSignal::new(start.authors.join("\n"));
    let outlet = RwSignal::new(start.outlet.clone().unwrap_or_default());
    let date = RwSignal::new(start.date.clone().unwrap_or_default());
    let basis = RwSignal::new(start.date_basis);
    let note = RwSignal::new(start.date_note.clone().unwrap_or_default());
    let error = RwSignal::new(None::<String>);
    let first_line = {
        let id = id.clone();
        Memo::new(move |_| {
            bench.folder.with(|f| {
                let file = bench.manifest.with(|m| {
                    m.as_ref()
                        .ok()?
                        .articles
                        .iter()
                        .find(|a| a.id.get_ref() == &id)
                        .map(|a| a.file.get_ref().clone())
                })?;
                f.files.get(&file)?.lines().find(|l| !l.trim().is_empty()).map(|l| l.trim().to_string())
            })
        })
    };
    let save = {
        let id = id.clone();
        move || {
            let opt = |s: String| (!s.trim().is_empty()).then_some(s);
            // A date given is stated unless said otherwise; none is not stated:
            // the form shows what is recorded.
            match (date.get_untracked().trim().is_empty(), basis.get_untracked()) {
                (false, Basis::NotStated) => basis.set(Basis::Stated),
                (true, _) => basis.set(Basis::NotStated),
                _ => {}
            }
            let meta = Meta {
                title: opt(title.get_untracked()),
                authors: authors.get_untracked().lines().map(str::to_string).collect(),
                outlet: opt(outlet.get_untracked()),
                date: opt(date.get_untracked()),
                date_basis: basis.get_untracked(),
                date_note: opt(note.get_untracked()),
            };
            error.set(bench.edit(|f| f.set_meta(&id, &meta)).err());
        }
    };
    let use_first = {
        let id = id.clone();
        move |_| {
            if let Some(line) = first_line.get_untracked() {
                match bench.edit(|f| f.title_from_line(&id, &line)) {
                    Ok(note) => {
                        title.set(line);
                        error.set(note);
                    }
                    Err(e) => error.set(Some(e)),
                }
            }
        }
    };
    let field = |name: &'static str,
                 label: &'static str,
                 value: RwSignal<String>,
                 save: Box<dyn Fn() + Send + Sync>| {
        let fid = format!("{name}-{id}");
        view! {
            <label for=fid.clone()>{label}</label>
            <input id=fid type="text" prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                on:change=move |_| save()/>
        }
    };
    let s = save.clone();
    let save_box = move || -> Box<dyn Fn() + Send + Sync> {
        let s = s.clone();
        Box::new(move || s())
    };
    let (aid, did, bid) = (format!("authors-{id}"), format!("date-{id}"), format!("basis-{id}"));
    let (s1, s2, s3) = (save.clone(), save.clone(), save.clone());
    view! {
        <fieldset class="meta">
            <legend>"What is known of it"<span class="hint">" — leave a field empty when the text does not say"</span></legend>
            {field("title", "Title", title, save_box())}
            <button type="button" class="small" hidden=move || first_line.with(Option::is_none)
                on:click=use_first>"Use the first line as the title (and take it out of the text)"</button>
            <label for=aid.clone()>"Authors (one per line)"</label>
            <textarea id=aid rows="2" prop:value=move || authors.get()
                on:input=move |ev| authors.set(event_target_value(&ev)) on:change=move |_| s1()></textarea>
            {field("outlet", "Outlet", outlet, save_box())}
            <label for=did.clone()>"Date"</label>
            <input id=did type="text" placeholder="2021, 2021-04 or 2021-04-07" prop:value=move || date.get()
                on:input=move |ev| date.set(event_target_value(&ev)) on:change=move |_| s2()/>
            <label for=bid.clone()>"How the date is known"</label>
            <select id=bid on:change=move |ev| {
                basis.set(match event_target_value(&ev).as_str() { "inferred" => Basis::Inferred, "not-stated" => Basis::NotStated, _ => Basis::Stated });
                s3();
            }>
                <option value="stated" selected=move || basis.get() == Basis::Stated>"stated: the text gives it"</option>
                <option value="inferred" selected=move || basis.get() == Basis::Inferred>"inferred: worked out from the text (say how below)"</option>
                <option value="not-stated" selected=move || basis.get() == Basis::NotStated>"not stated"</option>
            </select>
            {field("note", "How the date was inferred", note, save_box())}
            <Show when=move || error.with(Option::is_some)>
                <p class="error" role="alert">{move || error.get().unwrap_or_default()}</p>
            </Show>
        </fieldset>
    }
}

/// What the cleaning changed, each repair with its line and reason.
#[component]
fn Repairs(
    /// The article as built.
    article: Arc<Article>,
) -> impl IntoView {
    let n = article.report.len();
    let rows = article
        .report
        .iter()
        .map(|r| {
            let lines = if r.end_line > r.line {
                format!("lines {}–{}", r.line, r.end_line)
            } else {
                format!("line {}", r.line)
            };
            view! { <li><span class="where">{lines}</span>": "{r.why.clone()}" — “"{r.before.clone()}"”"
            {(!r.after.is_empty()).then(|| view! { " → “"{r.after.clone()}"”" })}</li> }
        })
        .collect_view();
    let sentences: usize = article.paragraphs.iter().map(|p| p.sentences.len()).sum();
    let counts = format!("{} paragraphs, {sentences} sentences", article.paragraphs.len());
    // Nothing to open when the cleaning changed nothing.
    if n == 0 {
        return view! { <p class="repairs">{counts}"; the cleaning changed nothing."</p> }.into_any();
    }
    let repairs = if n == 1 { "1 repair".to_string() } else { format!("{n} repairs") };
    view! {
        <details class="repairs">
            <summary>{format!("{counts}; {repairs} by the cleaning (open to see each)")}</summary>
            <ul>{rows}</ul>
        </details>
    }
    .into_any()
}

/// The cleaned text. Sentences are buttons while this article's position
/// on a claim is being coded.
#[component]
fn Text(
    /// The article as built.
    article: Arc<Article>,
) -> impl IntoView {
    let bench = expect_context::<Bench>();
    let id = article.id.clone();
    let coding = {
        let id = id.clone();
        Memo::new(move |_| {
            bench.coding.with(|c| c.as_ref().filter(|(_, a)| *a == id).map(|(c, _)| c.clone()))
        })
    };
    let evidence = {
        let id = id.clone();
        Memo::new(move |_| {
            let Some(claim) = coding.get() else { return Vec::new() };
            bench.claims.with(|c| {
                c.as_ref()
                    .ok()
                    .and_then(|c| c.claims.iter().find(|x| x.id.get_ref() == &claim))
                    .and_then(|c| c.positions.get(&id).map(|p| p.get_ref().evidence.clone()))
                    .unwrap_or_default()
            })
        })
    };
    // Done choosing: back to the claim's row, where the choosing started.
    let back = {
        let id = id.clone();
        move |_| {
            let claim = coding.get_untracked().unwrap_or_default();
            bench.coding.set(None);
            if let Some(el) = document().get_element_by_id(&super::claims::choose_id(&claim, &id)) {
                let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }
    };
    // The claim being coded, in its own words.
    let statement = move || {
        let claim = coding.get().unwrap_or_default();
        bench.claims.with(|c| {
            c.as_ref()
                .ok()
                .and_then(|c| c.claims.iter().find(|x| x.id.get_ref() == &claim))
                .map_or(claim.clone(), |c| c.statement.clone())
        })
    };
    let paragraphs = article
        .paragraphs
        .iter()
        .map(|p| {
            let sentences = p
                .sentences
                .iter()
                .map(|s| {
                    let (sid, text, aid) = (s.id.clone(), s.text.clone(), id.clone());
                    let on = {
                        let sid = sid.clone();
                        move || evidence.with(|e| e.contains(&sid))
                    };
                    let toggle = {
                        let sid = sid.clone();
                        move |_| {
                            if let Some(claim) = coding.get_untracked() {
                                let _ = bench.edit(|f| f.toggle_evidence(&claim, &aid, &sid));
                            }
                        }
                    };
                    let label = text.clone();
                    view! {
                        {move || if coding.with(Option::is_some) {
                            let on = on.clone();
                            view! {
                                <button type="button" class="sentence" data-sid=sid.clone()
                                    aria-pressed=move || on().to_string() on:click=toggle.clone()>{label.clone()}</button>
                            }.into_any()
                        } else {
                            view! { <span class="sentence" data-sid=sid.clone()>{text.clone()}</span> }.into_any()
                        }}
                        " "
                    }
                })
                .collect_view();
            view! { <p id=p.id.clone()>{sentences}</p> }
        })
        .collect_view();
    let hint_id = format!("coding-{id}");
    view! {
        <details class="text" open=move || coding.with(Option::is_some)>
            <summary>"The cleaned text"</summary>
            <Show when=move || coding.with(Option::is_some)>
                <div class="coding-hint" id=hint_id.clone() tabindex="-1">
                    <p>{move || format!("Choosing evidence for “{}”: click each sentence that shows the author's stance (or Tab to it and press Enter); again to take it out.", statement())}</p>
                    <button type="button" class="small" on:click=back.clone()>"Done: back to the claim"</button>
                </div>
            </Show>
            <div class="body">{paragraphs}</div>
        </details>
    }
}
