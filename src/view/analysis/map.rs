//! The agreement map: every claim (a row, grouped by topic) against every
//! author (a column), each stance a small square with its shape and its
//! colour (never the colour alone), the claim's status last. It is also
//! the way in: each row's claim is a link to its view, where the evidence
//! on every side is quoted and marked in the text, and a click anywhere in
//! the row follows it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::overview::ViewLink;
use crate::present::{self, passage_label, stance_label, status_label};
use crate::store::Store;

/// A click in a row, not on its link: the row's link is followed (a
/// click on it, so a modified click is still the browser's).
fn follow_row(ev: leptos::ev::MouseEvent) {
    let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    if el.closest("a").ok().flatten().is_some() {
        return;
    }
    let link = el.closest("tr").ok().flatten().and_then(|tr| tr.query_selector("th a").ok().flatten());
    if let Some(a) = link.and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok()) {
        a.click();
    }
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
                    let statement = v.statement.clone();
                    view! {
                        <tr>
                            <th scope="row"><ViewLink topic=topic.id.clone() claim=Some(v.id.clone())>{statement}</ViewLink></th>
                            {cells}
                            <td class=format!("st {}", status.replace(' ', "-"))><span aria-hidden="true">{sym}" "</span>{passage_label(v.status)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <tbody>
                    <tr class="topic-row"><th scope="colgroup" colspan=ncols><span class=format!("chip t{}", ti % 10)>{topic.short.clone()}</span>" "{topic.label.clone()}</th></tr>
                    {rows}
                </tbody>
            }
        })
        .collect_view();
    view! {
        <table class="amap" on:click=follow_row>
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
