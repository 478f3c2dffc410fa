//! The agreement map: every claim (a row, grouped by topic) against every
//! author (a column), each stance a small square with its shape and its
//! colour (never the colour alone), the claim's status last. It is also
//! the way in: each row's claim is a plain link to its view (it works
//! before the program has started, and opens in a new tab), where the
//! evidence on every side is quoted and marked in the text; the program
//! follows a click anywhere in the row without reloading, with one handler
//! for the whole map.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::present::{self, passage_label, stance_label, status_label};
use crate::state::view::ViewState;
use crate::store::Store;

/// A click in a row: on its link or anywhere else in it, the row's claim
/// is shown, in the page (one handler for the whole map; a click on the
/// link that asks for a new tab or window is left to the browser).
fn follow_row(store: &Store, ev: &leptos::ev::MouseEvent) {
    let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    // A click that ends a selection of a claim's words is no request.
    if store.host().selecting() {
        return;
    }
    let on_link = el.closest("a").ok().flatten().is_some();
    if on_link && (ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0) {
        return;
    }
    let link =
        el.closest("tr").ok().flatten().and_then(|tr| tr.query_selector("th a[data-claim]").ok().flatten());
    let Some(claim) = link.and_then(|a| a.get_attribute("data-claim")) else { return };
    let Some(topic) = store.corpus().viewpoints.iter().find(|v| v.id == claim).map(|v| v.topic.clone())
    else {
        return;
    };
    ev.prevent_default();
    store.update(move |s, _| {
        s.topics = vec![topic];
        s.claim = Some(claim);
    });
}

/// The map of all claims, shown with the overview.
#[component]
pub fn AgreementMap() -> impl IntoView {
    let store = expect_context::<Store>();
    let corpus = store.corpus();
    // Short names across the top (the full names are in the grid and the
    // columns); a screen reader hears the full one.
    let head = corpus
        .articles
        .iter()
        .map(|a| view! { <th scope="col"><span aria-hidden="true">{present::short_author(a)}</span><span class="vh">{a.author_label()}</span></th> })
        .collect_view();
    let ncols = corpus.articles.len() + 2;
    let body = corpus
        .topics
        .iter()
        .enumerate()
        .filter(|(_, t)| corpus.viewpoints.iter().any(|v| v.topic == t.id))
        .map(|(ti, topic)| {
            let rows = corpus
                .viewpoints
                .iter()
                .filter(|v| v.topic == topic.id)
                .map(|v| {
                    let cells = v
                        .positions
                        .iter()
                        .map(|p| {
                            let (sym, word) = stance_label(p.stance);
                            view! { <td class=format!("mk {word}")><span aria-hidden="true">{sym}</span><span class="vh">{word}</span></td> }
                        })
                        .collect_view();
                    let (sym, status) = status_label(v.status);
                    let href = ViewState { topics: vec![topic.id.clone()], claim: Some(v.id.clone()), ..ViewState::default() }
                        .to_relative_url();
                    view! {
                        <tr>
                            <th scope="row"><a href=href data-claim=v.id.clone()>{v.statement.clone()}</a></th>
                            {cells}
                            <td class=format!("st {}", status.replace(' ', "-"))><span aria-hidden="true">{sym}" "</span>{passage_label(v.status)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <tbody>
                    <tr class="topic-row"><th scope="rowgroup" colspan=ncols><span class=format!("chip t{}", ti % 10)>{topic.short.clone()}</span>" "{topic.label.clone()}</th></tr>
                    {rows}
                </tbody>
            }
        })
        .collect_view();
    view! {
        <table class="amap" on:click=move |ev| follow_row(&store, &ev)>
            <caption>
                "Agreement map: every claim and where each author stands — "
                <span class="mk agrees">"✔"</span>" agrees, "<span class="mk mixed">"◐"</span>" mixed, "
                <span class="mk disagrees">"✘"</span>" disagrees, "<span class="mk silent">"–"</span>" silent. "
                "Choose a claim to see the evidence on every side."
            </caption>
            <thead><tr><th scope="col">"Claim"</th>{head}<th scope="col">"Status"</th></tr></thead>
            {body}
        </table>
    }
}
