//! The comparison layer: the agreement grid (claims down, authors across,
//! each stance in words and symbols as well as colour), the evidence behind
//! a claim quoted inline, aligned passages, facts side by side, and the
//! method with downloads. Everything follows the active topics.

use leptos::prelude::*;

use super::context::Ctx;
use super::reader::Derived;
use crate::model::{Stance, Status, Viewpoint};

/// Symbol and word for a stance.
pub fn stance_label(s: Stance) -> (&'static str, &'static str) {
    match s {
        Stance::Agrees => ("✔", "agrees"),
        Stance::Disagrees => ("✘", "disagrees"),
        Stance::Mixed => ("◐", "mixed"),
        Stance::Silent => ("–", "silent"),
    }
}

/// How a claim's status reads on a passage cited for it.
pub fn passage_label(s: Status) -> &'static str {
    match s {
        Status::Consensus => "shared",
        Status::Qualified => "qualified",
        Status::Split => "disputed",
        Status::FewVoices => "few voices",
    }
}

/// Symbol and words for a claim's status.
pub fn status_label(s: Status) -> (&'static str, &'static str) {
    match s {
        Status::Consensus => ("●", "consensus"),
        Status::Qualified => ("◑", "qualified"),
        Status::Split => ("⇄", "split"),
        Status::FewVoices => ("○", "few voices"),
    }
}

/// Topics to show: the active ones, or all when none is active.
fn shown_topics(ctx: &Ctx, active: &[String]) -> Vec<String> {
    if active.is_empty() {
        ctx.corpus.topics.iter().map(|t| t.id.clone()).collect()
    } else {
        active.to_vec()
    }
}

/// The panel holding the grid and the computed analysis.
#[component]
pub fn AnalysisPanel() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let has_claims = !ctx.corpus.viewpoints.is_empty();
    // The grid opens by itself when a claim is chosen (from a link, a badge in the text, a cell).
    let grid = NodeRef::<leptos::html::Details>::new();
    Effect::new(move |_| {
        if d.claim.with(Option::is_some) {
            if let Some(el) = grid.get() {
                el.set_open(true);
            }
        }
    });
    view! {
        <section class="analysis" aria-label="Comparison">
            <p class="legend">
                "In the text, passages an author's stance rests on carry a badge: "
                <span class="cb consensus">"● shared"</span>" all who speak agree; "
                <span class="cb qualified">"◑ qualified"</span>" some hedge; "
                <span class="cb split">"⇄ disputed"</span>" authors disagree; "
                <span class="cb few-voices">"○ few voices"</span>" only one or two speak. Choose a badge to see the claim."
            </p>
            <Show when=move || has_claims>
                <details class="panel" node_ref=grid>
                    <summary><h2>"Where they agree and where they differ"</h2></summary>
                    <Grid/>
                </details>
            </Show>
            <details class="panel">
                <summary><h2>"Aligned passages"</h2></summary>
                <Aligned/>
            </details>
            <details class="panel">
                <summary><h2>"Facts side by side"</h2></summary>
                <Facts/>
            </details>
            <details class="panel">
                <summary><h2>"Method and downloads"</h2></summary>
                <Method/>
            </details>
        </section>
    }
}

/// The agreement grid.
#[component]
fn Grid() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let c = ctx.clone();
    let head = move || {
        d.visible
            .get()
            .into_iter()
            .filter_map(|id| c.corpus.article(&id).map(|a| view! { <th scope="col">{a.author_label()}</th> }))
            .collect_view()
    };
    let c = ctx.clone();
    let body = move || {
        let topics = shown_topics(&c, &d.active.get());
        let ncols = d.visible.with(Vec::len) + 2;
        topics
            .into_iter()
            .filter_map(|t| {
                let topic = c.corpus.topic(&t)?.clone();
                let claims: Vec<usize> = c.corpus.viewpoints.iter().enumerate().filter(|(_, v)| v.topic == t).map(|(i, _)| i).collect();
                if claims.is_empty() {
                    return None;
                }
                let ti = c.topic_index(&t) % 10;
                Some(view! {
                    <tbody>
                        <tr class="topic-row">
                            <th scope="colgroup" colspan=ncols>
                                <span class=format!("chip t{ti}")>{topic.short.clone()}</span>" " {topic.label.clone()}
                            </th>
                        </tr>
                        {claims.into_iter().map(|i| view! { <ClaimRow idx=i/> }).collect_view()}
                    </tbody>
                })
            })
            .collect_view()
    };
    view! {
        <div class="grid-wrap">
            <table class="grid">
                <caption>
                    "Claims on the selected topics (all topics when none is selected) and each author's stance, as read by a person. "
                    "Choose a claim to mark its evidence in the text, or a stance to jump to that author's evidence."
                </caption>
                <thead>
                    <tr>
                        <th scope="col">"Claim"</th>
                        {head}
                        <th scope="col">"Status"</th>
                    </tr>
                </thead>
                {body}
            </table>
        </div>
    }
}

/// One claim: statement, one cell per visible article, status; and, when
/// focused, the evidence quoted below it.
#[component]
fn ClaimRow(idx: usize) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let v: Viewpoint = ctx.corpus.viewpoints[idx].clone();
    let id = v.id.clone();
    let focused = Memo::new(move |_| d.claim.with(|c| c.as_deref() == Some(id.as_str())));
    let (sym, word) = status_label(v.status);
    let c = ctx.clone();
    let claim_id = v.id.clone();
    let toggle = move |_| {
        let id = claim_id.clone();
        c.update(move |s, _| s.claim = if s.claim.as_deref() == Some(id.as_str()) { None } else { Some(id) });
    };
    let c = ctx.clone();
    let v2 = v.clone();
    let cells = move || {
        d.visible
            .get()
            .into_iter()
            .filter_map(|aid| {
                let p = v2.positions.iter().find(|p| p.article == aid)?.clone();
                let label = c.corpus.article(&aid)?.author_label();
                let (sym, word) = stance_label(p.stance);
                let class = format!("stance {word}");
                if p.stance == Stance::Silent {
                    return Some(view! { <td class=class><span aria-hidden="true">{sym}" "</span>{word}</td> }.into_any());
                }
                let c = c.clone();
                let claim = v2.id.clone();
                let first = p.evidence.first().cloned();
                let go = move |_| {
                    let (claim, first, aid) = (claim.clone(), first.clone(), aid.clone());
                    c.update(move |s, k| {
                        s.claim = Some(claim);
                        s.focus = first;
                        if !s.visible(k).contains(&aid) {
                            s.show_column(&aid, k);
                        }
                        s.read = Some(aid);
                    });
                };
                Some(
                    view! {
                        <td class=class>
                            <button type="button" class="cell" on:click=go aria-label=format!("{label} {word}: show the evidence")>
                                <span aria-hidden="true">{sym}" "</span>{word}
                            </button>
                        </td>
                    }
                    .into_any(),
                )
            })
            .collect_view()
    };
    let statement = v.statement.clone();
    let status_class = format!("status {}", word.replace(' ', "-"));
    view! {
        <tr class="claim" class:focused=move || focused.get() id=format!("claim-{}", v.id)>
            <th scope="row">
                <button type="button" class="claim-btn" aria-pressed=move || focused.get().to_string() on:click=toggle>{statement}</button>
            </th>
            {cells}
            <td class=status_class><span aria-hidden="true">{sym}" "</span>{word}</td>
        </tr>
        <Show when=move || focused.get()>
            <Why idx=idx/>
        </Show>
    }
}

/// The evidence behind a claim, quoted: the "why" a sceptical reader can check.
#[component]
fn Why(idx: usize) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let v = ctx.corpus.viewpoints[idx].clone();
    let ncols = d.visible.with(Vec::len) + 2;
    let items = v
        .positions
        .iter()
        .filter(|p| p.stance != Stance::Silent)
        .filter_map(|p| {
            let a = ctx.corpus.article(&p.article)?;
            let (sym, word) = stance_label(p.stance);
            let quotes = p
                .evidence
                .iter()
                .filter_map(|sid| a.sentences().find(|s| &s.id == sid))
                .map(|s| view! { <li><a href=format!("#{}", s.id)>"“"{s.text.clone()}"”"</a></li> })
                .collect_view();
            let comment = p.comment.clone().map(|c| view! { <p class="comment">{c}</p> });
            Some(view! {
                <li class=format!("pos {word}")>
                    <strong>{a.author_label()}</strong>" — "<span aria-hidden="true">{sym}" "</span>{word}
                    {comment}
                    <ul class="quotes">{quotes}</ul>
                </li>
            })
        })
        .collect_view();
    let silent: Vec<String> = v
        .positions
        .iter()
        .filter(|p| p.stance == Stance::Silent)
        .filter_map(|p| ctx.corpus.article(&p.article).map(|a| a.author_label()))
        .collect();
    let silent = (!silent.is_empty())
        .then(|| view! { <p class="comment">{format!("Silent: {}.", silent.join("; "))}</p> });
    view! {
        <tr class="why-row">
            <td colspan=ncols>
                <ul class="positions">{items}</ul>
                {silent}
            </td>
        </tr>
    }
}

/// Groups of sentences from different articles on the same thing.
#[component]
fn Aligned() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    view! {
        <p class="hint">"Computed by the build: sentences on the same topic that share telling words (tf-idf cosine over content words). A guide to reading across, not a judgement."</p>
        {move || {
            let topics = shown_topics(&ctx, &d.active.get());
            let groups: Vec<_> = ctx.corpus.alignments.iter().filter(|g| topics.contains(&g.topic)).cloned().collect();
            if groups.is_empty() {
                return view! { <p>"No aligned passages on these topics."</p> }.into_any();
            }
            let c = ctx.clone();
            view! {
                <ol class="aligned">
                    {groups.into_iter().map(|g| {
                        let label = c.corpus.topic(&g.topic).map(|t| t.label.clone()).unwrap_or_default();
                        let items = g.sentences.iter().filter_map(|m| {
                            let a = c.corpus.article(&m.article)?;
                            let s = a.sentences().find(|s| s.id == m.sentence)?;
                            Some(view! { <li><a href=format!("#{}", s.id)><strong>{a.author_label()}</strong>": " {s.text.clone()}</a></li> })
                        }).collect_view();
                        view! {
                            <li>
                                <p class="shared">{format!("{label} — shared words: {} (similarity {:.2})", g.shared.join(", "), g.score)}</p>
                                <ul>{items}</ul>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            }.into_any()
        }}
    }
}

/// Figures the authors give, grouped by subject.
#[component]
fn Facts() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    view! {
        <p class="hint">"Computed by the build: figures, years and amounts found in the text, grouped by a word they share. Check the context: a shared word can join different events."</p>
        {move || {
            let topics = shown_topics(&ctx, &d.active.get());
            let active = d.active.with(|a| !a.is_empty());
            let groups: Vec<_> = ctx
                .corpus
                .facts
                .iter()
                .filter(|g| !active || g.topic.as_ref().is_some_and(|t| topics.contains(t)))
                .cloned()
                .collect();
            if groups.is_empty() {
                return view! { <p>"No figures to compare on these topics."</p> }.into_any();
            }
            let c = ctx.clone();
            view! {
                <table class="facts">
                    <caption>"Figures grouped by subject; “different figures” marks subjects where two authors give no figure in common."</caption>
                    <thead><tr><th scope="col">"Subject"</th><th scope="col">"Author"</th><th scope="col">"Figure"</th><th scope="col">"In context"</th></tr></thead>
                    {groups.into_iter().map(|g| {
                        let n = g.items.len();
                        let flag = if g.differs { " — different figures" } else { "" };
                        let rows = g.items.iter().enumerate().map(|(i, it)| {
                            let who = c.corpus.article(&it.article).map(|a| a.author_label()).unwrap_or_default();
                            let head = (i == 0).then(|| view! { <th scope="rowgroup" rowspan=n>{format!("{}{flag}", g.subject)}</th> });
                            view! {
                                <tr>
                                    {head}
                                    <td>{who}</td>
                                    <td>{it.value.clone()}</td>
                                    <td><a href=format!("#{}", it.sentence)>{it.context.clone()}</a></td>
                                </tr>
                            }
                        }).collect_view();
                        view! { <tbody class:differs=g.differs>{rows}</tbody> }
                    }).collect_view()}
                </table>
            }.into_any()
        }}
    }
}

/// How the tags and the analysis were made, how good the tagger is, and downloads.
#[component]
fn Method() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let m = &ctx.corpus.method;
    let rows = m
        .scores
        .iter()
        .map(|s| {
            let label = ctx.corpus.topic(&s.topic).map(|t| t.label.clone()).unwrap_or_default();
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td>{format!("{:.0}%", s.precision * 100.0)}</td>
                    <td>{format!("{:.0}%", s.recall * 100.0)}</td>
                    <td>{s.support}</td>
                </tr>
            }
        })
        .collect_view();
    let labelled = m.labelled_sentences;
    let claims = ctx.corpus.viewpoints.len();
    view! {
        <div class="method">
            <p>{m.summary.clone()}</p>
            <p>{format!("The {claims} claims and every author's stance on them were written by a person reading the five texts closely; each stance cites the sentences that support it. Aligned passages and facts are computed by the build and can be wrong.")}</p>
            <table class="scores">
                <caption>{format!("Topic tagger against {labelled} hand-labelled sentences")}</caption>
                <thead><tr><th scope="col">"Topic"</th><th scope="col">"Precision"</th><th scope="col">"Recall"</th><th scope="col">"Labelled"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <p>
                "Download: "
                <a href="parallax-grid.csv" download="parallax-grid.csv">"the grid (CSV)"</a>", "
                <a href="parallax-analysis.json" download="parallax-analysis.json">"the whole analysis (JSON)"</a>", "
                <a href="corpus.json" download="corpus.json">"the corpus (JSON)"</a>"."
            </p>
        </div>
    }
}
