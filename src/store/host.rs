//! What the store and the components need from the page around them, as a
//! trait: writing the address, scheduling, scrolling, keeping the keyboard
//! focus, watching which columns are on screen. The browser glue
//! (`crate::app::host`) implements it; rendering at build time uses
//! [`NoHost`], which is never called (effects and event handlers do not run
//! there). So the components never touch `window` themselves.

use std::sync::Arc;

/// The page's services.
pub trait Host: Send + Sync {
    /// The page's path (the part of the address before the query), read once.
    fn path(&self) -> String;
    /// Writes `url` (path, query, fragment) to the address: a new history
    /// entry when `push`, else in place. After the next frame, so the
    /// repaint does not wait for it.
    fn write_address(&self, url: String, push: bool);
    /// Runs `f` in a task of its own after the next repaint.
    fn after_repaint(&self, f: Box<dyn FnOnce() + 'static>);
    /// Runs `f` in the next task.
    fn next_task(&self, f: Box<dyn FnOnce() + 'static>);
    /// Scrolls the element with this id into view (smoothly unless asked
    /// not to, or the reader prefers reduced motion).
    fn scroll_to(&self, id: &str, smooth: bool);
    /// Marks the sentence with this id as focused, or unmarks it.
    fn mark_focused(&self, id: &str, on: bool);
    /// Notes what holds the keyboard focus before the visible columns change.
    fn remember_focus(&self);
    /// Starts watching whether article `a`'s column element is on screen.
    fn watch_column(&self, a: usize, id: &str);
    /// Is article `a`'s column on screen? (True until known otherwise.)
    fn column_in_view(&self, a: usize) -> bool;
    /// Does the reader have text selected (a click ending a selection is no
    /// request to focus)?
    fn selecting(&self) -> bool;
    /// The page's origin ("https://example.org"), for a copied link.
    fn origin(&self) -> String;
    /// Copies `text` to the clipboard, with `html` beside it for a rich
    /// paste where given and the browser takes it; calls `done` with
    /// whether it worked.
    fn copy(&self, text: String, html: Option<String>, done: Box<dyn FnOnce(bool) + 'static>);
}

/// The host while rendering at build time: nothing runs there that would
/// call it, and if something did, it does nothing.
pub struct NoHost;

impl Host for NoHost {
    fn path(&self) -> String {
        String::new()
    }
    fn write_address(&self, _: String, _: bool) {}
    fn after_repaint(&self, _: Box<dyn FnOnce() + 'static>) {}
    fn next_task(&self, _: Box<dyn FnOnce() + 'static>) {}
    fn scroll_to(&self, _: &str, _: bool) {}
    fn mark_focused(&self, _: &str, _: bool) {}
    fn remember_focus(&self) {}
    fn watch_column(&self, _: usize, _: &str) {}
    fn column_in_view(&self, _: usize) -> bool {
        true
    }
    fn selecting(&self) -> bool {
        false
    }
    fn origin(&self) -> String {
        String::new()
    }
    fn copy(&self, _: String, _: Option<String>, done: Box<dyn FnOnce(bool) + 'static>) {
        done(false)
    }
}

/// A shared host.
pub type SharedHost = Arc<dyn Host>;
