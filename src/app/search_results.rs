//! The list of search hits, with their context, each a link to the sentence.

use leptos::prelude::*;

use super::context::Ctx;
use super::reader::Derived;
use crate::state::search;

/// Most hits listed (all are highlighted in the text).
const MAX_LISTED: usize = 50;

/// Search hits across all visible articles.
#[component]
pub fn SearchResults() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let d = expect_context::<Derived>();
    let results = Memo::new(move |_| {
        let all = d.hits.get();
        if all.is_empty() {
            return None;
        }
        let q = d.query.get();
        let visible = d.visible.get();
        let mut hits = Vec::new();
        let mut count = 0;
        let mut articles = 0;
        for id in &visible {
            let Some(ai) = ctx.article_index(id) else { continue };
            let a = &ctx.corpus.articles[ai];
            let mut any = false;
            let Some(&start) = ctx.paragraph_starts[ai].first() else { continue };
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
        Some((q, count, articles, hits))
    });
    view! {
        <section class="search-results" aria-label="Search results" hidden=move || results.with(Option::is_none)>
            {move || results.get().map(|(q, count, articles, hits)| {
                let summary = match count {
                    0 => format!("No matches for “{q}” in the visible articles."),
                    1 => format!("1 match for “{q}”."),
                    n => format!("{n} matches for “{q}” in {articles} article{}.", if articles == 1 { "" } else { "s" }),
                };
                let more = hits.len().saturating_sub(MAX_LISTED);
                view! {
                    <p role="status">{summary}</p>
                    <ol>
                        {hits.into_iter().take(MAX_LISTED).map(|(who, sid, text, first)| {
                            let text = search::snippet(&text, &first, 70, 110);
                            let segs = search::segments(&text, &search::find(&text, &q))
                                .into_iter()
                                .map(|(t, hit)| if hit { view! { <mark class="hit">{t.to_string()}</mark> }.into_any() } else { t.to_string().into_any() })
                                .collect_view();
                            view! { <li><a href=format!("#{sid}")><strong>{who}</strong>": " {segs}</a></li> }
                        }).collect_view()}
                    </ol>
                    {(more > 0).then(|| view! { <p class="hint">{format!("… and {more} more, highlighted in the text.")}</p> })}
                }
            })}
        </section>
    }
}
