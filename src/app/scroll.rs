//! Scrolling a sentence (or any element) into the middle of the screen.

use leptos::prelude::*;

/// True when the reader asked for reduced motion.
fn reduced_motion() -> bool {
    window().match_media("(prefers-reduced-motion: reduce)").ok().flatten().is_some_and(|m| m.matches())
}

/// Scrolls the element with this id to the middle of the screen, smoothly
/// unless asked not to (or the reader prefers reduced motion). Its column is
/// laid out in full first (columns out of view are skipped by the browser
/// and only estimated, and the page's height with them: the scroll could
/// fall short), and stays so until the next scroll.
pub fn scroll_to(id: &str, smooth: bool) {
    let doc = document();
    let Some(el) = doc.get_element_by_id(id) else { return };
    if let Ok(Some(old)) = doc.query_selector(".column.pinned") {
        let _ = old.class_list().remove_1("pinned");
    }
    if let Some(col) = el.closest(".column").ok().flatten() {
        let _ = col.class_list().add_1("pinned");
    }
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    opts.set_behavior(if !smooth || reduced_motion() {
        web_sys::ScrollBehavior::Auto
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

/// Brings the first chosen topic into view within the row of topics (on a
/// phone the row scrolls sideways, and a shared view's topic may lie past
/// its edge), without moving the page.
pub fn show_chosen_topic() {
    let Ok(Some(el)) = document().query_selector("button.topic[aria-pressed=\"true\"]") else { return };
    let Some(row) = el.parent_element() else { return };
    if row.scroll_width() <= row.client_width() {
        return;
    }
    let (e, r) = (el.get_bounding_client_rect(), row.get_bounding_client_rect());
    if e.left() < r.left() || e.right() > r.right() {
        row.set_scroll_left(row.scroll_left() + (e.left() - r.left() - (r.width() - e.width()) / 2.0) as i32);
    }
}
