//! The articles, one column each.

use leptos::prelude::*;

use crate::model::{Article, Corpus};

/// One column per article.
#[component]
pub fn Columns(corpus: Corpus) -> impl IntoView {
    let articles = corpus.articles;
    view! {
        <div class="columns">
            {articles.into_iter().map(|a| view! { <ArticleColumn article=a/> }).collect_view()}
        </div>
    }
}

/// One article: heading with metadata, then its paragraphs.
#[component]
fn ArticleColumn(article: Article) -> impl IntoView {
    let title = article.title.value.clone().unwrap_or_else(|| "Untitled (no headline in the source)".into());
    let authors = article.author_label();
    let outlet = article.outlet.value.clone().unwrap_or_else(|| "Outlet not stated".into());
    let date = article.date.value.clone().unwrap_or_else(|| "Date not stated".into());
    view! {
        <article class="column" id=format!("article-{}", article.id)>
            <header>
                <h2>{title}</h2>
                <p class="byline">{authors}</p>
                <p class="meta">{outlet}" · "{date}</p>
            </header>
            {article.paragraphs.into_iter().map(|p| view! {
                <p id=p.id>
                    {p.sentences.into_iter().map(|s| view! { <span id=s.id class="s">{s.text}" "</span> }).collect_view()}
                </p>
            }).collect_view()}
        </article>
    }
}
