//! The evidence behind a chosen claim, quoted: the "why" a sceptical reader
//! can check, with the record of any adjudicated stance.

use leptos::prelude::*;

use crate::model::{Position, Stance};
use crate::present::stance_label;
use crate::store::Store;
use crate::view::citation::CiteClaim;

/// The row under claim `idx` while it is chosen.
#[component]
pub fn Why(idx: usize) -> impl IntoView {
    let store = expect_context::<Store>();
    let corpus = store.corpus();
    let v = &corpus.viewpoints[idx];
    let ncols = corpus.articles.len() + 2;
    let items = v
        .positions
        .iter()
        .filter(|p| p.stance != Stance::Silent)
        .filter_map(|p| {
            let a = corpus.article(&p.article)?;
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
        .filter_map(|p| corpus.article(&p.article).map(|a| a.author_label()))
        .collect();
    let silent = (!silent.is_empty())
        .then(|| view! { <p class="comment">{format!("Silent: {}.", silent.join("; "))}</p> });
    // Silent positions decided on adjudication are on the record too.
    let silent_adjudicated = v
        .positions
        .iter()
        .filter(|p| p.stance == Stance::Silent && p.adjudication.is_some())
        .filter_map(|p| {
            let a = corpus.article(&p.article)?;
            Some(view! { <li class="pos silent"><strong>{a.author_label()}</strong>" — silent"{adjudicated(p)}</li> })
        })
        .collect_view();
    view! {
        <tr class="why-row">
            <td colspan=ncols>
                {v.comment.clone().map(|c| view! { <p class="comment claim-note">{c}</p> })}
                <ul class="positions">{items}{silent_adjudicated}</ul>
                {silent}
                <CiteClaim idx=idx/>
            </td>
        </tr>
    }
}

/// The record of a position whose two codings differed: both readings and
/// why the stance was decided so.
fn adjudicated(p: &Position) -> Option<impl IntoView> {
    let reason = p.adjudication.clone()?;
    let readings: Vec<&str> = p.coded.iter().map(|&s| stance_label(s).1).collect();
    Some(view! {
        <p class="comment adjudication">{format!("The two readings differed ({}); decided on review: {reason}", readings.join(" / "))}</p>
    })
}
