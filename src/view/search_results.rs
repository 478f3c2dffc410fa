//! The list of search hits, with their context, each a link to the sentence.

use leptos::prelude::*;

use crate::state::search;
use crate::store::Store;

/// Most hits listed (all are highlighted in the text).
const MAX_LISTED: usize = 50;

/// One listed hit: who, which sentence, its text, and where the first hit is.
type Listed = (String, String, String, std::ops::Range<usize>);

/// Search hits across all visible articles.
#[component]
pub fn SearchResults() -> impl IntoView {
    let store = expect_context::<Store>();
    let d = store.derived();
    let q = store.view().q();
    let results = Memo::new(move |_| {
        let all = d.hits.get();
        if all.is_empty() {
            return None;
        }
        let (mut hits, mut count, mut articles) = (Vec::<Listed>::new(), 0, 0);
        for id in &d.visible.get() {
            let Some(ai) = store.article_index(id) else { continue };
            let a = &store.corpus().articles[ai];
            let Some(&start) = store.index().paragraph_starts[ai].first() else { continue };
            let mut any = false;
            for (k, s) in a.sentences().enumerate() {
                let found = all.get(start + k).map_or(&[][..], Vec::as_slice);
                if let Some(first) = found.first() {
                    any = true;
                    count += found.len();
                    hits.push((a.author_label(), s.id.clone(), s.text.clone(), first.clone()));
                }
            }
            articles += usize::from(any);
        }
        Some((q.get(), count, articles, hits))
    });
    view! {
        <section id="search-results" class="search-results" aria-label="Search results" hidden=move || results.with(Option::is_none)>
            {move || results.get().map(|(q, count, articles, hits)| {
                let summary = match count {
                    0 => format!("No matches for “{q}” in the visible articles."),
                    1 => format!("1 match for “{q}”."),
                    n => format!("{n} matches for “{q}” in {articles} article{}.", if articles == 1 { "" } else { "s" }),
                };
                let more = hits.len().saturating_sub(MAX_LISTED);
                view! {
                    <p role="status">{summary}</p>
                    <ol>{hits.into_iter().take(MAX_LISTED).map(|hit| view! { <Hit hit=hit q=q.clone()/> }).collect_view()}</ol>
                    {(more > 0).then(|| view! { <p class="hint">{format!("… and {more} more, highlighted in the text.")}</p> })}
                }
            })}
        </section>
    }
}

/// One listed hit: the author, and the sentence around the first hit with
/// every hit marked, as a link to the sentence.
#[component]
fn Hit(hit: Listed, q: String) -> impl IntoView {
    let (who, sid, text, first) = hit;
    let text = search::snippet(&text, &first, 70, 110);
    let segments = search::segments(&text, &search::find(&text, &q))
        .into_iter()
        .map(|(t, hit)| {
            if hit {
                view! { <mark class="hit">{t.to_string()}</mark> }.into_any()
            } else {
                t.to_string().into_any()
            }
        })
        .collect_view();
    view! { <li><a href=format!("#{sid}")><strong>{who}</strong>": " {segments}</a></li> }
}
