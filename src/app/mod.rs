//! The browser side: fetches `corpus.json`, takes over the page the build
//! rendered from the same components ([`takeover`]), then shows the view
//! the address asks for and keeps the two in step.
//!
//! One small file per job: [`load`] (fetch and check the corpus),
//! [`takeover`] (hydration, part by part), [`host`] (the store's services
//! in a browser), [`address`] (reading the address, back and forward),
//! [`focused_sentence`] (the sentence a link points at), [`keyboard_focus`]
//! (keeping the focus when columns change), [`arrange`] (column order in
//! the DOM), [`observer`] (which columns are on screen), [`scroll`],
//! [`clipboard`].

mod address;
mod arrange;
mod clipboard;
mod focused_sentence;
mod host;
mod keyboard_focus;
mod load;
mod observer;
mod scroll;
mod takeover;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::view::LoadFailure;

/// Starts the app: loads the corpus, then takes the page over.
pub fn start() {
    // Debug builds say why they panicked (release builds abort, and the
    // loader reports that the program stopped).
    #[cfg(debug_assertions)]
    std::panic::set_hook(Box::new(|info| leptos::logging::error!("{info}")));
    wasm_bindgen_futures::spawn_local(async {
        let loaded = load::fetch_corpus().await;
        // The take-over starts in a task of its own: parsing the corpus and
        // taking the page over do not add up to one long task.
        set_timeout(
            move || match loaded {
                Ok((corpus, notices)) => {
                    let page =
                        document().get_element_by_id("live").and_then(|l| l.get_attribute("data-corpus"));
                    // The page can be taken over only if it was rendered from
                    // exactly this data: the same build, checked alike.
                    // Otherwise (a cached page with a newer corpus, a damaged
                    // file) it is rebuilt from the same components.
                    let key = crate::state::check::page_key(&corpus.content_hash, &notices);
                    let same = page.as_deref() == Some(key.as_str());
                    takeover::take_over(corpus, notices, same)
                }
                Err(e) => fail(e.to_string()),
            },
            std::time::Duration::ZERO,
        );
    });
}

/// Shows why the app could not start, above the static text, with a retry
/// (which reloads the page).
fn fail(reason: String) {
    let doc = document();
    let (Some(main), Ok(holder)) = (doc.get_element_by_id("app"), doc.create_element("div")) else { return };
    if let Some(old) = doc.get_element_by_id("load-failure") {
        old.remove();
    }
    holder.set_id("load-failure");
    if main.insert_before(&holder, main.first_child().as_ref()).is_ok() {
        let retry = || {
            let _ = window().location().reload();
        };
        leptos::mount::mount_to(
            holder.unchecked_into(),
            move || view! { <LoadFailure reason=reason retry=retry/> },
        )
        .forget();
    }
}
