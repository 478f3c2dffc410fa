//! Keeping the keyboard focus when the visible columns change: a change
//! that adds and removes columns at once (a jump through the history) may
//! take a column out of the page and put it back, and the focus inside it
//! falls to the page; hiding a column removes the button just pressed.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// What held the keyboard focus when the visible columns last changed.
struct HeldFocus {
    /// The focused element.
    element: Element,
    /// The article it belongs to: its column, or its "Show …" button (for
    /// "Show all", the first column it shows).
    article: Option<String>,
    /// Was the focus shown (`:focus-visible`), i.e. does the reader use the
    /// keyboard? A mouse click also focuses a button, but moving the focus
    /// elsewhere after it would only scroll the page under the pointer.
    keyboard: bool,
}

thread_local! {
    static BEFORE: RefCell<Option<HeldFocus>> = const { RefCell::new(None) };
}

/// The article an element belongs to, for the focus: its column, or the
/// column its "Show" button brings back.
fn article_of(element: &Element) -> Option<String> {
    let column = element.closest("article.column").ok().flatten();
    column.and_then(|c| c.id().strip_prefix("article-").map(str::to_string)).or_else(|| {
        match element.id().strip_prefix("show-") {
            // "Show all": the first of the hidden columns' buttons beside it.
            Some("all") => element
                .parent_element()
                .and_then(|bar| bar.query_selector("button[id^='show-']").ok().flatten())
                .and_then(|first| first.id().strip_prefix("show-").map(str::to_string))
                .filter(|id| id != "all"),
            other => other.map(str::to_string),
        }
    })
}

/// Notes what holds the keyboard focus before the visible columns change.
pub fn remember() {
    let held = document().active_element().map(|element| {
        let article = article_of(&element);
        let keyboard = element.matches(":focus-visible").unwrap_or(false);
        HeldFocus { element, article, keyboard }
    });
    BEFORE.with(|f| *f.borrow_mut() = held);
}

/// Gives the focus back after the columns changed, if the change dropped it
/// to the page: to what held it if that is still there. If it is gone and
/// the reader uses the keyboard, to the control that undoes the change: a
/// hidden column's "Show …" button, or a column's "Hide …" button when its
/// "Show" button (or "Show all") was pressed, so the reader is not sent back
/// to the top of the page.
pub fn give_back() {
    let Some(held) = BEFORE.with(|f| f.borrow_mut().take()) else { return };
    let body: Option<Element> = document().body().map(Into::into);
    let focus = |el: &Element| {
        if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    };
    // Gone: out of the page, or inside something now hidden ("Show all" in
    // the bar it empties), where the browser takes the focus from it.
    let gone = !held.element.is_connected() || held.element.closest("[hidden]").ok().flatten().is_some();
    if !gone {
        if document().active_element().is_none_or(|now| Some(&now) == body.as_ref()) {
            focus(&held.element);
        }
    } else if let (true, Some(id)) = (held.keyboard, held.article) {
        // The "Show" buttons are rendered with the change: after the frame.
        request_animation_frame(move || {
            let doc = document();
            let lost =
                doc.active_element().is_none_or(|now| Some(&now) == body.as_ref() || now == held.element);
            let undo = doc
                .get_element_by_id(&format!("show-{id}"))
                .or_else(|| doc.get_element_by_id(&format!("hide-{id}")));
            if let (true, Some(undo)) = (lost, undo) {
                focus(&undo);
            }
        });
    }
}
