//! Copying text to the clipboard, where the browser allows it.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// Copies `text`, and `html` beside it as a second form of the same thing
/// where the browser has `ClipboardItem` and takes it (else the text
/// alone); calls
/// `done` with whether it worked. `navigator.clipboard` is missing on
/// plain-http hosts and in old browsers: then `done(false)`.
pub fn copy(text: String, html: Option<String>, done: Box<dyn FnOnce(bool) + 'static>) {
    let navigator = window().navigator();
    let has =
        |on: &JsValue, name: &str| js_sys::Reflect::get(on, &name.into()).is_ok_and(|c| !c.is_undefined());
    if !has(&navigator, "clipboard") {
        return done(false);
    }
    let clipboard = navigator.clipboard();
    let rich = html.filter(|_| has(&window(), "ClipboardItem")).and_then(|html| item(&text, &html));
    leptos::task::spawn_local(async move {
        use wasm_bindgen_futures::JsFuture;
        // Where the browser refuses the HTML, the text alone.
        if let Some(items) = rich {
            if JsFuture::from(clipboard.write(&items)).await.is_ok() {
                return done(true);
            }
        }
        done(JsFuture::from(clipboard.write_text(&text)).await.is_ok());
    });
}

/// One clipboard item holding `text` as text/plain and `html` as text/html,
/// in an array for `clipboard.write`.
fn item(text: &str, html: &str) -> Option<JsValue> {
    let record = js_sys::Object::new();
    for (kind, body) in [("text/plain", text), ("text/html", html)] {
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(kind);
        let parts = js_sys::Array::of1(&body.into());
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        js_sys::Reflect::set(&record, &kind.into(), &blob).ok()?;
    }
    let item = web_sys::ClipboardItem::new_with_record_from_str_to_blob_promise(&record).ok()?;
    Some(js_sys::Array::of1(&item).into())
}
