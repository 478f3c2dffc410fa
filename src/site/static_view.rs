//! The static first view: the page's own components ([`crate::view::Page`])
//! rendered to HTML at build time, in the default view (every column, no
//! topic), so the text is on screen before the program arrives, deep links
//! scroll without it, and readers without JavaScript can still read. The
//! browser takes this very markup over (hydration): there is one source of
//! markup, the components.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::Corpus;
use crate::store::{NoHost, Store};
use crate::view::Page;

/// The default view of `corpus` as HTML, after the same check the browser
/// makes on a loaded corpus (so both sides render the same data); and the
/// key of what it was rendered from ([`crate::state::check::page_key`]).
pub fn render(corpus: &Corpus) -> (String, String) {
    let mut corpus = corpus.clone();
    let notices = crate::state::check::check(&mut corpus);
    let key = crate::state::check::page_key(&corpus.content_hash, &notices);
    let owner = Owner::new();
    let html = owner.with(|| {
        let store = Store::new(Arc::new(corpus), notices, Arc::new(NoHost));
        view! { <Page store=store/> }.to_html()
    });
    (html, key)
}
