//! The store's [`Host`] in a browser: each service delegates to the small
//! module that does it.

use leptos::prelude::*;

use super::{clipboard, focused_sentence, keyboard_focus, observer, scroll};
use crate::store::Host;

/// The browser's services (state, where there is any, lives in the modules).
pub struct BrowserHost;

impl Host for BrowserHost {
    fn path(&self) -> String {
        // The page's path never changes (only its query and fragment do).
        static PATH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        PATH.get_or_init(|| window().location().pathname().unwrap_or_default()).clone()
    }

    fn write_address(&self, url: String, push: bool) {
        // After the next frame: History.pushState costs a few ms, and the
        // repaint should not wait for it.
        self.after_repaint(Box::new(move || {
            if let Ok(history) = window().history() {
                let null = wasm_bindgen::JsValue::NULL;
                let _ = if push {
                    history.push_state_with_url(&null, "", Some(&url))
                } else {
                    history.replace_state_with_url(&null, "", Some(&url))
                };
            }
        }));
    }

    fn after_repaint(&self, f: Box<dyn FnOnce() + 'static>) {
        request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
    }

    fn next_task(&self, f: Box<dyn FnOnce() + 'static>) {
        set_timeout(f, std::time::Duration::ZERO);
    }

    fn scroll_to(&self, id: &str, smooth: bool) {
        scroll::scroll_to(id, smooth);
    }

    fn mark_focused(&self, id: &str, on: bool) {
        focused_sentence::mark(id, on);
    }

    fn remember_focus(&self) {
        keyboard_focus::remember();
    }

    fn watch_column(&self, a: usize, id: &str) {
        observer::watch(a, id);
    }

    fn column_in_view(&self, a: usize) -> bool {
        observer::in_view(a)
    }

    fn selecting(&self) -> bool {
        window().get_selection().ok().flatten().is_some_and(|sel| !sel.is_collapsed())
    }

    fn origin(&self) -> String {
        window().location().origin().unwrap_or_default()
    }

    fn copy(&self, text: String, html: Option<String>, done: Box<dyn FnOnce(bool) + 'static>) {
        clipboard::copy(text, html, done);
    }
}
