//! One claim in the grid: its statement (a button choosing it), one cell
//! per author, its status; and, when chosen, the evidence below it.

use leptos::prelude::*;

use super::why::Why;
use crate::model::{Position, Stance};
use crate::present::{self, stance_label, status_label};
use crate::store::Store;

/// Claim `idx` (its position in the corpus's viewpoints).
#[component]
pub fn ClaimRow(idx: usize) -> impl IntoView {
    let store = expect_context::<Store>();
    let v = &store.corpus().viewpoints[idx];
    let chosen = store.claim_switch(idx);
    let (sym, word) = status_label(v.status);
    let (s, claim_id) = (store.clone(), v.id.clone());
    let toggle = move |_| {
        let id = claim_id.clone();
        s.update(move |s, _| s.claim = if s.claim.as_deref() == Some(id.as_str()) { None } else { Some(id) });
    };
    let cells =
        v.positions.iter().map(|p| view! { <StanceCell claim=idx position=p.clone()/> }).collect_view();
    view! {
        <tr class="claim" class:focused=move || chosen.get() id=format!("claim-{}", v.id)>
            <th scope="row">
                <button type="button" class="claim-btn" aria-pressed=move || chosen.get().to_string() on:click=toggle>{v.statement.clone()}</button>
            </th>
            {cells}
            <td class=format!("status {}", word.replace(' ', "-"))>
                <span aria-hidden="true">{sym}" "</span>{present::status_text(v)}<span class="counts">{present::counts_text(v)}</span>
            </td>
        </tr>
        {move || chosen.get().then(|| view! { <Why idx=idx/> })}
    }
}

/// One author's stance on a claim: a button that chooses the claim and goes
/// to the author's first piece of evidence (showing the column if hidden).
#[component]
fn StanceCell(claim: usize, position: Position) -> impl IntoView {
    let store = expect_context::<Store>();
    let article = store.corpus().article(&position.article);
    let label = article.map(|a| a.author_label()).unwrap_or_default();
    // On a phone the grid's head is not beside the cell: the cell names its
    // author (hidden where the head is in view).
    let who = article.map(present::short_author).unwrap_or_default();
    let (sym, word) = stance_label(position.stance);
    let class = format!("stance {word}");
    if position.stance == Stance::Silent {
        return view! { <td class=class><span class="who">{who}</span><span aria-hidden="true">{sym}" "</span>{word}</td> }
            .into_any();
    }
    let claim_id = store.corpus().viewpoints[claim].id.clone();
    let (aid, first) = (position.article.clone(), position.evidence.first().cloned());
    let go = move |_| {
        let (claim, first, aid) = (claim_id.clone(), first.clone(), aid.clone());
        store.update(move |s, k| {
            s.claim = Some(claim);
            s.focus = first;
            if !s.visible(k).contains(&aid) {
                s.show_column(&aid, k);
            }
            s.read = Some(aid);
        });
    };
    // A stance resting on someone else's words says so.
    let aria = match &position.via {
        Some(who) => format!("{label} {word}, via {who}: show the evidence"),
        None => format!("{label} {word}: show the evidence"),
    };
    view! {
        <td class=class>
            <span class="who" aria-hidden="true">{who}</span>
            <button type="button" class="cell" on:click=go aria-label=aria>
                <span aria-hidden="true">{sym}" "</span>{word}
            </button>
            {position.via.is_some().then(|| view! { <span class="via">"via quoted words"</span> })}
        </td>
    }
    .into_any()
}
