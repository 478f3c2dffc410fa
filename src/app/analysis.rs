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

/// A 0–1 ratio as a whole percentage (no float formatting in the wasm).
fn percent(x: f32) -> u32 {
    (x * 100.0).round() as u32
}

/// A kappa as "0.81" (two decimals, without float formatting in the wasm).
fn kappa_text(k: f32) -> String {
    let hundredths = (k * 100.0).round() as i32;
    let sign = if hundredths < 0 { "−" } else { "" };
    let h = hundredths.unsigned_abs();
    format!("{sign}{}.{:02}", h / 100, h % 100)
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

// A topic's part of the panel shows when its topic is active, or when no
// topic is: each part (class `tp`) carries `on` while its own topic is active,
// and the panel carries `filtered` while any is (the stylesheet hides
// `.filtered .tp:not(.on)`). So the first topic going on changes one class,
// not every row, and a toggle touches only that topic's rows.

/// How many build steps the panel takes: its four parts are built one per
/// task, after the columns (see [`super::reader::Built`]).
pub const PANEL_STEPS: usize = 4;

/// The panel holding the grid and the computed analysis.
#[component]
pub fn AnalysisPanel() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let built = expect_context::<super::reader::Built>().0;
    let total = ctx.corpus.articles.len();
    // Part `k` of the panel, once its build step has come.
    let part = move |k: usize| Memo::new(move |_| built.get() > total + k);
    let (grid_on, aligned_on, facts_on, method_on) = (part(0), part(1), part(2), part(3));
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
        <section class="analysis" aria-label="Comparison" class:filtered=move || d.any_active.get()>
            <p class="legend">
                "In the text, passages an author's stance rests on carry a badge: "
                <span class="cb consensus">"● shared"</span>" all who speak agree; "
                <span class="cb qualified">"◑ qualified"</span>" some hedge; "
                <span class="cb split">"⇄ disputed"</span>" authors disagree; "
                <span class="cb few-voices">"○ few voices"</span>" only one or two speak. Choose a badge to see the claim."
            </p>
            {has_claims.then(|| view! {
                <details class="panel" node_ref=grid>
                    <summary><h2>"Where they agree and where they differ"</h2></summary>
                    {move || grid_on.get().then(|| view! { <Grid/> })}
                </details>
            })}
            <details class="panel">
                <summary><h2>"Aligned passages"</h2></summary>
                {move || aligned_on.get().then(|| view! { <Aligned/> })}
            </details>
            <details class="panel">
                <summary><h2>"Facts side by side"</h2></summary>
                {move || facts_on.get().then(|| view! { <Facts/> })}
            </details>
            <details class="panel">
                <summary><h2>"Method and downloads"</h2></summary>
                {move || method_on.get().then(|| view! { <Method/> })}
            </details>
        </section>
    }
}

/// The agreement grid.
#[component]
fn Grid() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    // All authors, in corpus order, whichever columns are shown: the grid
    // compares everyone, and stays put when columns move.
    // Each author with the article's date (and how it is known), so a
    // difference that is really a change over time reads as one.
    let head = ctx
        .corpus
        .articles
        .iter()
        .map(|a| view! { <th scope="col">{a.author_label()}<span class="date">{crate::present::grid_date(a)}</span></th> })
        .collect_view();
    let ncols = ctx.corpus.articles.len() + 2;
    // Every topic's rows are rendered once and shown or hidden with the
    // active topics: toggling a topic touches one attribute per topic.
    let body = ctx
        .corpus
        .topics
        .iter()
        .filter_map(|topic| {
            let claims: Vec<usize> =
                ctx.corpus.viewpoints.iter().enumerate().filter(|(_, v)| v.topic == topic.id).map(|(i, _)| i).collect();
            if claims.is_empty() {
                return None;
            }
            let ti = ctx.topic_index(&topic.id) % 10;
            let on = ctx.topic_switch(&topic.id);
            Some(view! {
                <tbody class="tp" class:on=move || on.get()>
                    <tr class="topic-row">
                        <th scope="colgroup" colspan=ncols>
                            <span class=format!("chip t{ti}")>{topic.short.clone()}</span>" " {topic.label.clone()}
                        </th>
                    </tr>
                    {claims.into_iter().map(|i| view! { <ClaimRow idx=i/> }).collect_view()}
                </tbody>
            })
        })
        .collect_view();
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
    let v: Viewpoint = ctx.corpus.viewpoints[idx].clone();
    let focused = ctx.claim_switches[idx];
    let (sym, word) = status_label(v.status);
    let c = ctx.clone();
    let claim_id = v.id.clone();
    let toggle = move |_| {
        let id = claim_id.clone();
        c.update(move |s, _| s.claim = if s.claim.as_deref() == Some(id.as_str()) { None } else { Some(id) });
    };
    let c = ctx.clone();
    let cells = v
        .positions
        .iter()
        .filter_map(|p| {
            let p = p.clone();
            let aid = p.article.clone();
            let label = c.corpus.article(&aid)?.author_label();
            let (sym, word) = stance_label(p.stance);
            let class = format!("stance {word}");
            if p.stance == Stance::Silent {
                return Some(
                    view! { <td class=class><span aria-hidden="true">{sym}" "</span>{word}</td> }.into_any(),
                );
            }
            let c = c.clone();
            let claim = v.id.clone();
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
            // A stance resting on someone else's words says so.
            let via = p.via.is_some().then(|| view! { <span class="via">"via quoted words"</span> });
            let aria = match &p.via {
                Some(who) => format!("{label} {word}, via {who}: show the evidence"),
                None => format!("{label} {word}: show the evidence"),
            };
            Some(
                view! {
                    <td class=class>
                        <button type="button" class="cell" on:click=go aria-label=aria>
                            <span aria-hidden="true">{sym}" "</span>{word}
                        </button>
                        {via}
                    </td>
                }
                .into_any(),
            )
        })
        .collect_view();
    let statement = v.statement.clone();
    let status_class = format!("status {}", word.replace(' ', "-"));
    let status = crate::present::status_text(&v);
    let counts = crate::present::counts_text(&v);
    view! {
        <tr class="claim" class:focused=move || focused.get() id=format!("claim-{}", v.id)>
            <th scope="row">
                <button type="button" class="claim-btn" aria-pressed=move || focused.get().to_string() on:click=toggle>{statement}</button>
            </th>
            {cells}
            <td class=status_class><span aria-hidden="true">{sym}" "</span>{status}<span class="counts">{counts}</span></td>
        </tr>
        {move || focused.get().then(|| view! { <Why idx=idx/> })}
    }
}

/// The evidence behind a claim, quoted: the "why" a sceptical reader can check.
#[component]
fn Why(idx: usize) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let v = ctx.corpus.viewpoints[idx].clone();
    let ncols = ctx.corpus.articles.len() + 2;
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
            let via = p.via.clone().map(|who| view! { <p class="comment">{format!("Via {who}: the author adopts or builds on these words.")}</p> });
            Some(view! {
                <li class=format!("pos {word}")>
                    <strong>{a.author_label()}</strong>" — "<span aria-hidden="true">{sym}" "</span>{word}
                    {via}
                    {comment}
                    {adjudicated(p)}
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
    let note = v.comment.clone().map(|c| view! { <p class="comment claim-note">{c}</p> });
    // Silent positions decided on adjudication are on the record too.
    let silent_adjudicated = v
        .positions
        .iter()
        .filter(|p| p.stance == Stance::Silent && p.adjudication.is_some())
        .filter_map(|p| {
            let a = ctx.corpus.article(&p.article)?;
            Some(view! { <li class="pos silent"><strong>{a.author_label()}</strong>" — silent"{adjudicated(p)}</li> })
        })
        .collect_view();
    view! {
        <tr class="why-row">
            <td colspan=ncols>
                {note}
                <ul class="positions">{items}{silent_adjudicated}</ul>
                {silent}
            </td>
        </tr>
    }
}

/// The record of a position whose two codings differed: both readings and
/// why the stance was decided so.
fn adjudicated(p: &crate::model::Position) -> Option<impl IntoView> {
    let reason = p.adjudication.clone()?;
    let readings: Vec<&str> = p.coded.iter().map(|&s| stance_label(s).1).collect();
    Some(view! {
        <p class="comment adjudication">{format!("The two readings differed ({}); decided on review: {reason}", readings.join(" / "))}</p>
    })
}

/// Groups of sentences from different articles that say the same thing.
#[component]
fn Aligned() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let c = ctx.clone();
    let any = Memo::new(move |_| {
        d.active.with(|a| {
            a.is_empty() || c.corpus.alignments.iter().any(|g| g.topics.iter().any(|t| a.contains(t)))
        })
    });
    let groups = ctx
        .corpus
        .alignments
        .iter()
        .map(|g| {
            let topics: Vec<String> =
                g.topics.iter().filter_map(|t| ctx.corpus.topic(t)).map(|t| t.label.clone()).collect();
            let items = g
                .sentences
                .iter()
                .filter_map(|m| {
                    let a = ctx.corpus.article(&m.article)?;
                    let s = a.sentences().find(|s| s.id == m.sentence)?;
                    Some(view! { <li><a href=format!("#{}", s.id)><strong>{a.author_label()}</strong>": " {s.text.clone()}</a></li> })
                })
                .collect_view();
            let ons: Vec<_> = g.topics.iter().map(|t| ctx.topic_switch(t)).collect();
            let how = match (&g.claim, g.stance) {
                (Some(id), Some(stance)) => {
                    let statement =
                        ctx.corpus.viewpoints.iter().find(|v| &v.id == id).map(|v| v.statement.clone()).unwrap_or_default();
                    format!("cited by the analyst for the same claim ({}): “{statement}”", stance_label(stance).1)
                }
                _ => format!("shared words: {} (similarity {}%)", g.shared.join(", "), percent(g.score)),
            };
            view! {
                <li class="tp" class:on=move || ons.iter().any(|on| on.get())>
                    <p class="shared">{format!("{} — {how}", topics.join(" · "))}</p>
                    <ul>{items}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="hint">"Sentences from different authors that say the same thing. Some were cited for the same claim by the analyst (so different wordings of one point are found); the others were found by the build because they share telling words (tf-idf cosine over Snowball stems, words every author uses left out). A guide to reading across, not a judgement."</p>
        <ol class="aligned">{groups}</ol>
        <p hidden=move || any.get()>"No aligned passages on these topics."</p>
    }
}

/// Figures the authors give, grouped by subject.
#[component]
fn Facts() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let c = ctx.clone();
    let any = Memo::new(move |_| {
        d.active.with(|a| {
            a.is_empty() || c.corpus.facts.iter().any(|g| g.topic.as_ref().is_some_and(|t| a.contains(t)))
        })
    });
    let groups = ctx
        .corpus
        .facts
        .iter()
        .map(|g| {
            let n = g.items.len();
            let subject = if g.event.is_empty() { g.subject.clone() } else { format!("{} — {}", g.subject, g.event) };
            let flag = if g.differs { format!(" (they differ on: {})", g.differ_on.join(", ")) } else { String::new() };
            let rows = g
                .items
                .iter()
                .enumerate()
                .map(|(i, it)| {
                    let who = ctx.corpus.article(&it.article).map(|a| a.author_label()).unwrap_or_default();
                    let head = (i == 0).then(|| view! { <th scope="rowgroup" rowspan=n>{format!("{subject}{flag}")}</th> });
                    view! {
                        <tr>
                            {head}
                            <td>{who}</td>
                            <td>{it.attribute.clone()}</td>
                            <td>{it.value.clone()}</td>
                            <td><a href=format!("#{}", it.sentence)>{it.context.clone()}</a></td>
                        </tr>
                    }
                })
                .collect_view();
            let on = g.topic.as_deref().map(|t| ctx.topic_switch(t));
            view! { <tbody class="tp" class:differs=g.differs class:on=move || on.is_some_and(|on| on.get())>{rows}</tbody> }
        })
        .collect_view();
    view! {
        <p class="hint">"Computed by the build: figures, years and amounts in the text, grouped by event — the same subject and the same kind of event (an agreement, a sale or delivery, a lifting, a joining, a meeting or visit). Visits, meetings and sales recur, so a different year there is a different event, not a disagreement. Check the context."</p>
        <table class="facts" hidden=move || !any.get()>
            <caption>"Figures grouped by event. “They differ” marks an event where two authors give values for the same attribute (its year, a number of things, an amount) that cannot both be true."</caption>
            <thead><tr><th scope="col">"Event"</th><th scope="col">"Author"</th><th scope="col">"Attribute"</th><th scope="col">"Figure"</th><th scope="col">"In context"</th></tr></thead>
            {groups}
        </table>
        <p hidden=move || any.get()>"No figures to compare on these topics."</p>
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
            let held = m.heldout.iter().find(|h| h.topic == s.topic);
            let second = m.second_reading.iter().find(|h| h.topic == s.topic);
            let cell = |x: Option<f32>| x.map_or_else(|| "–".to_string(), |x| format!("{}%", percent(x)));
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td>{format!("{}%", percent(s.precision))}</td>
                    <td>{format!("{}%", percent(s.recall))}</td>
                    <td>{cell(held.map(|h| h.precision))}</td>
                    <td>{cell(held.map(|h| h.recall))}</td>
                    <td>{cell(second.map(|h| h.precision))}</td>
                    <td>{cell(second.map(|h| h.recall))}</td>
                    <td>{s.support}</td>
                </tr>
            }
        })
        .collect_view();
    let labelled = m.labelled_sentences;
    let claims = ctx.corpus.viewpoints.len();
    let coding = m.stance_agreement.as_ref().map(|a| {
        format!(
            "Every stance was coded twice, by two readers working apart from the same coding guide; before any adjudication they agreed on {} of {} positions ({}%), Cohen's kappa {}. Each of the {} disagreements was decided on review, with its reason on the record (shown under the claim); {} final stances differ from the first reading, {} from the second.",
            a.agreed,
            a.positions,
            percent(a.agreement),
            kappa_text(a.kappa),
            a.positions - a.agreed,
            a.changed_from_first,
            a.changed_from_second
        )
    });
    view! {
        <div class="method">
            <p>{m.summary.clone()}</p>
            <p>{format!("The {claims} claims and every author's stance on them were made by people reading the texts closely; each stance cites the sentences that support it. Aligned passages and facts are computed by the build and can be wrong.")}</p>
            {coding.map(|t| view! { <p>{t}" "<a href="coding-guide.html">"The coding guide"</a>" says what each stance means."</p> })}
            <table class="scores">
                <caption>{format!("Topic tagger against {labelled} hand-labelled sentences. Training set: the cues were written looking at these very labels. Held out: each article tagged only by the cues that the other articles' labels confirm (leave one article out). Second reader: the tags against labels by a reader who saw neither the cues nor the first labels, never used to write a cue.")}</caption>
                <thead>
                    <tr><td></td><th scope="colgroup" colspan="2">"Training set"</th><th scope="colgroup" colspan="2">"Held out"</th><th scope="colgroup" colspan="2">"Second reader"</th><td></td></tr>
                    <tr><th scope="col">"Topic"</th><th scope="col">"Precision"</th><th scope="col">"Recall"</th><th scope="col">"Precision"</th><th scope="col">"Recall"</th><th scope="col">"Precision"</th><th scope="col">"Recall"</th><th scope="col">"Labelled"</th></tr>
                </thead>
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
