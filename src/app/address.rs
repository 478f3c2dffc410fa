//! The address as the view's source of truth: reading it into a view
//! state, and following it when it changes under the page (back, forward,
//! an in-page link).

use leptos::prelude::*;

use crate::state::view::{Known, ViewState};
use crate::store::Store;

/// Reads the current address into a state and notices.
pub fn read(known: &Known) -> (ViewState, Vec<String>) {
    let loc = window().location();
    let search = loc.search().unwrap_or_default();
    let hash = loc.hash().unwrap_or_default();
    ViewState::from_address(&search, &hash, known)
}

/// Follows the address: on back, forward and in-page links, the store
/// shows what the address now says.
pub fn use_history(store: &Store) {
    let follow = {
        let store = store.clone();
        move || {
            let (state, notices) = read(store.known());
            store.apply_address(state, notices);
        }
    };
    let again = follow.clone();
    let _ = window_event_listener(leptos::ev::popstate, move |_| follow());
    let _ = window_event_listener(leptos::ev::hashchange, move |_| again());
}
