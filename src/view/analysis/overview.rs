//! The overview, shown while no topic is chosen: for each topic, how many
//! of its claims the authors share, qualify or dispute, and which claims
//! are disputed; below, the agreement map ([`super::map`]) of every claim
//! and author — one picture of where they agree and where they differ.
//! Each topic and each disputed claim is a link into that view (a plain
//! link, so it works before the program has started and can be opened in
//! a new tab; the program follows it without reloading the page).

use leptos::prelude::*;

use super::map::AgreementMap;
use crate::model::{Status, Viewpoint};
use crate::present::{passage_label, status_label};
use crate::state::view::ViewState;
use crate::store::Store;

/// The statuses in the order the overview counts them.
const STATUSES: [Status; 4] = [Status::Consensus, Status::Qualified, Status::Split, Status::FewVoices];

/// The overview table.
#[component]
pub fn Overview() -> impl IntoView {
    let store = expect_context::<Store>();
    let corpus = store.corpus();
    let head = STATUSES
        .iter()
        .map(|&s| {
            let (sym, _) = status_label(s);
            view! { <th scope="col"><span aria-hidden="true">{sym}" "</span>{passage_label(s)}</th> }
        })
        .collect_view();
    let rows = corpus
        .topics
        .iter()
        .enumerate()
        .filter_map(|(ti, topic)| {
            let claims: Vec<&Viewpoint> = corpus.viewpoints.iter().filter(|v| v.topic == topic.id).collect();
            if claims.is_empty() {
                return None;
            }
            let counts = STATUSES
                .iter()
                .map(|&s| {
                    let n = claims.iter().filter(|v| v.status == s).count();
                    let (sym, word) = status_label(s);
                    // The label repeats the column's head for phones, where
                    // the head is not shown.
                    view! {
                        <td class=format!("n {}", word.replace(' ', "-")) class:none=n == 0>
                            {n}<span class="lbl" aria-hidden="true">" "{sym}" "{passage_label(s)}</span>
                        </td>
                    }
                })
                .collect_view();
            let disputed = claims
                .iter()
                .filter(|v| v.status == Status::Split)
                .map(|v| {
                    let text = v.statement.clone();
                    view! { <li><ViewLink topic=topic.id.clone() claim=Some(v.id.clone())>{text}</ViewLink></li> }
                })
                .collect_view();
            let (chip, short, label) = (format!("chip t{}", ti % 10), topic.short.clone(), topic.label.clone());
            Some(view! {
                <tr>
                    <th scope="row">
                        <ViewLink topic=topic.id.clone() claim=None>
                            <span class=chip>{short}</span>" "{label}
                        </ViewLink>
                    </th>
                    <td class="n">{claims.len()}<span class="lbl" aria-hidden="true">{if claims.len() == 1 { " claim" } else { " claims" }}</span></td>
                    {counts}
                    <td class="disputed"><ul>{disputed}</ul></td>
                </tr>
            })
        })
        .collect_view();
    view! {
        <table class="overview">
            <caption>"Each topic's claims by how the authors stand on them. Choose a topic to see its claims and every author's stance, or a disputed claim to see the evidence on both sides."</caption>
            <thead>
                <tr>
                    <th scope="col">"Topic"</th>
                    <th scope="col">"Claims"</th>
                    {head}
                    <th scope="col">"Disputed claims"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        <AgreementMap/>
    }
}

/// A link to the view of one topic (and, if given, one of its claims).
#[component]
fn ViewLink(
    /// The topic to show.
    topic: String,
    /// The claim to choose, if any.
    claim: Option<String>,
    children: Children,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let target = ViewState { topics: vec![topic.clone()], claim: claim.clone(), ..ViewState::default() };
    let href = target.to_relative_url();
    let go = move |ev: leptos::ev::MouseEvent| {
        // A click that asks for a new tab or window is left to the browser.
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        let (topic, claim) = (topic.clone(), claim.clone());
        store.update(move |s, _| {
            s.topics = vec![topic];
            s.claim = claim;
        });
    };
    view! { <a href=href on:click=go>{children()}</a> }
}
