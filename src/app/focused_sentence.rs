//! The focused sentence (the address's fragment): marked in the text and
//! brought into view whenever it changes.

use leptos::prelude::*;

use crate::store::Store;

/// Marks the focused sentence (and unmarks the one before: two sentences
/// change, not all of them), then scrolls to it: at once the first time
/// (a deep link, the page has only just appeared), smoothly after.
pub fn use_focused_sentence(store: &Store) {
    let (focus, host) = (store.view().focus(), store.host().clone());
    Effect::new(move |prev: Option<Option<String>>| {
        let now = focus.get();
        if let Some(Some(old)) = prev.as_ref().filter(|old| **old != now) {
            host.mark_focused(old, false);
        }
        if let Some(id) = now.clone() {
            host.mark_focused(&id, true);
            let (h, smooth) = (host.clone(), prev.is_some());
            request_animation_frame(move || h.scroll_to(&id, smooth));
        }
        now
    });
}

/// Marks the sentence with this id as focused (class and `aria-current`),
/// or unmarks it.
pub fn mark(id: &str, on: bool) {
    let Some(el) = document().get_element_by_id(id) else { return };
    let _ = el.class_list().toggle_with_force("focused", on);
    let _ =
        if on { el.set_attribute("aria-current", "location") } else { el.remove_attribute("aria-current") };
}
