//! Facts side by side: figures the authors give, grouped by event, with
//! the attributes on which two authors' values cannot both be true.

use leptos::prelude::*;

use crate::model::FactGroup;
use crate::store::Store;

/// The table of fact groups, each shown while its topic is active (or none is).
#[component]
pub fn Facts() -> impl IntoView {
    let store = expect_context::<Store>();
    let topics = store.view().topics();
    let corpus = store.corpus().clone();
    let any = Memo::new(move |_| {
        topics.with(|a| {
            a.is_empty() || corpus.facts.iter().any(|g| g.topic.as_ref().is_some_and(|t| a.contains(t)))
        })
    });
    let groups = store.corpus().facts.iter().map(|g| view! { <Event group=g.clone()/> }).collect_view();
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

/// One event: a row per figure, the event named once.
#[component]
fn Event(group: FactGroup) -> impl IntoView {
    let store = expect_context::<Store>();
    let n = group.items.len();
    let subject = if group.event.is_empty() {
        group.subject.clone()
    } else {
        format!("{} — {}", group.subject, group.event)
    };
    let flag = if group.differs {
        format!(" (they differ on: {})", group.differ_on.join(", "))
    } else {
        String::new()
    };
    let rows = group
        .items
        .iter()
        .enumerate()
        .map(|(i, it)| {
            let who = store.corpus().article(&it.article).map(|a| a.author_label()).unwrap_or_default();
            let head =
                (i == 0).then(|| view! { <th scope="rowgroup" rowspan=n>{format!("{subject}{flag}")}</th> });
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
    let on = group.topic.as_deref().map(|t| store.topic_switch(t));
    view! { <tbody class="tp" class:differs=group.differs class:on=move || on.is_some_and(|on| on.get())>{rows}</tbody> }
}
