//! Which columns are on screen, kept by one `IntersectionObserver`, so a
//! toggle asks the layout nothing.

use std::cell::RefCell;

use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry};

/// The observer, the element watched for each article, and whether each is
/// on screen (unknown counts as on screen).
struct Watch {
    observer: Option<IntersectionObserver>,
    watched: Vec<Option<Element>>,
    in_view: Vec<bool>,
}

thread_local! {
    static WATCH: RefCell<Watch> = const { RefCell::new(Watch { observer: None, watched: Vec::new(), in_view: Vec::new() }) };
}

/// The observer, made on first use.
fn observer() -> Option<IntersectionObserver> {
    WATCH.with(|w| {
        if let Some(o) = &w.borrow().observer {
            return Some(o.clone());
        }
        let seen = Closure::<dyn FnMut(js_sys::Array)>::new(|entries: js_sys::Array| {
            WATCH.with(|w| {
                let mut w = w.borrow_mut();
                for entry in entries.iter() {
                    let entry: IntersectionObserverEntry = entry.unchecked_into();
                    let target = entry.target();
                    if let Some(a) = w.watched.iter().position(|e| e.as_ref() == Some(&target)) {
                        w.in_view[a] = entry.is_intersecting();
                    }
                }
            })
        });
        let o = IntersectionObserver::new(seen.as_ref().unchecked_ref()).ok()?;
        seen.forget(); // lives as long as the page
        w.borrow_mut().observer = Some(o.clone());
        Some(o)
    })
}

/// Watches article `a`'s column, the element with this id (counted as on
/// screen until the observer first reports). A column hidden and shown
/// again is a new element: the one before it is let go.
pub fn watch(a: usize, id: &str) {
    let Some(el) = leptos::prelude::document().get_element_by_id(id) else { return };
    let Some(observer) = observer() else { return };
    WATCH.with(|w| {
        let mut w = w.borrow_mut();
        if w.watched.len() <= a {
            w.watched.resize(a + 1, None);
            w.in_view.resize(a + 1, true);
        }
        w.in_view[a] = true;
        if let Some(old) = w.watched[a].replace(el.clone()) {
            observer.unobserve(&old);
        }
    });
    observer.observe(&el);
}

/// Is article `a`'s column on screen? (True until known otherwise.)
pub fn in_view(a: usize) -> bool {
    WATCH.with(|w| w.borrow().in_view.get(a).copied().unwrap_or(true))
}
