//! The columns in the reader's order: whenever the visible columns change,
//! the column elements (and the phone switcher's buttons) are put in order
//! in the DOM with the fewest moves, the columns' container is told whether
//! they are many, and a keyboard focus the change dropped is given back.

use leptos::prelude::*;
use web_sys::Element;

use super::keyboard_focus;
use crate::present;
use crate::store::Store;

/// Keeps the column elements in the order of the visible columns.
pub fn use_column_order(store: &Store) {
    let visible = store.derived().visible;
    Effect::new(move |_| {
        let order = visible.get();
        // After the columns' own effects have shown or hidden them.
        queue_microtask(move || {
            arrange("#live .columns", "article-", &order);
            arrange("#live .switcher", "switch-", &order);
            if let Ok(Some(columns)) = document().query_selector("#live .columns") {
                let _ = columns.class_list().toggle_with_force("many", present::many_columns(order.len()));
            }
            keyboard_focus::give_back();
        });
    });
}

/// Puts the elements `{prefix}{id}` in `holder` in `order` (article ids),
/// moving as few as it can but never the one holding the keyboard focus:
/// moving a column one place swaps it with its neighbour, and it is the
/// neighbour that moves, so the button just used keeps the focus (and the
/// browser is spared the style update a focused element leaving the page
/// costs). Which stay is decided by [`crate::state::arrange`].
pub fn arrange(holder: &str, prefix: &str, order: &[String]) {
    let Ok(Some(holder)) = document().query_selector(holder) else { return };
    let kids = holder.children();
    let present: Vec<(String, Element)> = (0..kids.length())
        .filter_map(|i| kids.item(i))
        .filter_map(|e| e.id().strip_prefix(prefix).map(|id| (id.to_string(), e.clone())))
        .collect();
    // The current places of the wanted elements, in the wanted order.
    let places: Vec<usize> =
        order.iter().filter_map(|id| present.iter().position(|(c, _)| c == id)).collect();
    if places.windows(2).all(|w| w[0] < w[1]) {
        return;
    }
    let wanted: Vec<&Element> = places.iter().map(|&p| &present[p].1).collect();
    let focus = document().active_element();
    let holds_focus = |e: &Element| focus.as_ref().is_some_and(|f| e.contains(Some(f)));
    let stay = crate::state::arrange::stay_in_place(&places, |k| {
        if holds_focus(wanted[k]) {
            places.len() + 1
        } else {
            1
        }
    });
    let mut before: Option<&Element> = None;
    for (k, el) in wanted.iter().enumerate() {
        if !stay[k] {
            let next = match before {
                Some(b) => b.next_sibling(),
                None => present.first().map(|(_, e)| e.clone().into()),
            };
            if next.as_ref() != Some(el.as_ref()) {
                let _ = holder.insert_before(el, next.as_ref());
            }
        }
        before = Some(el);
    }
}
