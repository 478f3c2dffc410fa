//! The agreement grid: one row per claim, grouped by topic; one column per
//! author, headed with the article's date; the claim's status last.

use leptos::prelude::*;

use super::claim_row::ClaimRow;
use crate::present;
use crate::store::Store;

/// The grid. All authors, in corpus order, whichever columns are shown:
/// the grid compares everyone, and stays put when columns move. Every
/// topic's rows are rendered once and shown or hidden with the active
/// topics: toggling a topic touches one class per topic.
#[component]
pub fn Grid() -> impl IntoView {
    let store = expect_context::<Store>();
    let corpus = store.corpus();
    // Each author with the article's date (and how it is known), so a
    // difference that is really a change over time reads as one.
    let head = corpus
        .articles
        .iter()
        .map(|a| view! { <th scope="col">{a.author_label()}<span class="date">{present::grid_date(a)}</span></th> })
        .collect_view();
    let ncols = corpus.articles.len() + 2;
    let body = corpus
        .topics
        .iter()
        .enumerate()
        .filter_map(|(ti, topic)| {
            let claims: Vec<usize> =
                corpus.viewpoints.iter().enumerate().filter(|(_, v)| v.topic == topic.id).map(|(i, _)| i).collect();
            if claims.is_empty() {
                return None;
            }
            let on = store.topic_switch(&topic.id);
            Some(view! {
                <tbody class="tp" class:on=move || on.get()>
                    <tr class="topic-row">
                        <th scope="rowgroup" colspan=ncols>
                            <span class=format!("chip t{}", ti % 10)>{topic.short.clone()}</span>" " {topic.label.clone()}
                        </th>
                    </tr>
                    {claims.into_iter().map(|i| view! { <ClaimRow idx=i/> }).collect_view()}
                </tbody>
            })
        })
        .collect_view();
    view! {
        <div class="grid-scroll">
            <table class="grid">
                <caption>
                    "Claims on the selected topics and each author's stance, as read by a person. "
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
