//! Copying text to the clipboard, where the browser allows it.

use leptos::prelude::*;

/// Copies `text`; calls `done` with whether it worked. `navigator.clipboard`
/// is missing on plain-http hosts and in old browsers: then `done(false)`.
pub fn copy(text: String, done: Box<dyn FnOnce(bool) + 'static>) {
    let navigator = window().navigator();
    let has_clipboard =
        js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined());
    if !has_clipboard {
        return done(false);
    }
    let promise = navigator.clipboard().write_text(&text);
    leptos::task::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}
