//! Aligned passages: groups of sentences from different articles that say
//! the same thing, found by the build.

use leptos::prelude::*;

use crate::model::Alignment;
use crate::present::{percent, stance_label};
use crate::store::Store;

/// The groups, each shown while one of its topics is active (or none is).
#[component]
pub fn Aligned() -> impl IntoView {
    let store = expect_context::<Store>();
    let topics = store.view().topics();
    let corpus = store.corpus().clone();
    let any = Memo::new(move |_| {
        topics.with(|a| {
            a.is_empty() || corpus.alignments.iter().any(|g| g.topics.iter().any(|t| a.contains(t)))
        })
    });
    let groups = store.corpus().alignments.iter().map(|g| view! { <Group group=g.clone()/> }).collect_view();
    view! {
        <p class="hint">"Sentences from different authors that say the same thing. Some were cited for the same claim by the analyst (so different wordings of one point are found); the others were found by the build because they share telling words (tf-idf cosine over Snowball stems, words every author uses left out). A guide to reading across, not a judgement."</p>
        <ol class="aligned">{groups}</ol>
        <p hidden=move || any.get()>"No aligned passages on these topics."</p>
    }
}

/// One group: its topics and why it was made, then its sentences as links.
#[component]
fn Group(group: Alignment) -> impl IntoView {
    let store = expect_context::<Store>();
    let corpus = store.corpus();
    let topics: Vec<String> =
        group.topics.iter().filter_map(|t| corpus.topic(t)).map(|t| t.label.clone()).collect();
    let items = group
        .sentences
        .iter()
        .filter_map(|m| {
            let a = corpus.article(&m.article)?;
            let s = a.sentences().find(|s| s.id == m.sentence)?;
            Some(view! { <li><a href=format!("#{}", s.id)><strong>{a.author_label()}</strong>": " {s.text.clone()}</a></li> })
        })
        .collect_view();
    let ons: Vec<_> = group.topics.iter().map(|t| store.topic_switch(t)).collect();
    let how = match (&group.claim, group.stance) {
        (Some(id), Some(stance)) => {
            let statement = corpus
                .viewpoints
                .iter()
                .find(|v| &v.id == id)
                .map(|v| v.statement.clone())
                .unwrap_or_default();
            format!("cited by the analyst for the same claim ({}): “{statement}”", stance_label(stance).1)
        }
        _ => format!("shared words: {} (similarity {}%)", group.shared.join(", "), percent(group.score)),
    };
    view! {
        <li class="tp" class:on=move || ons.iter().any(|on| on.get())>
            <p class="shared">{format!("{} — {how}", topics.join(" · "))}</p>
            <ul>{items}</ul>
        </li>
    }
}
