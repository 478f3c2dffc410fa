//! Tabs for phone-width screens: which article to read.

use leptos::prelude::*;

use crate::store::Store;

/// One button per article, rendered once: hidden with its column, put in
/// the columns' order by the host.
#[component]
pub fn Switcher() -> impl IntoView {
    let store = expect_context::<Store>();
    let d = store.derived();
    let buttons = store
        .corpus()
        .articles
        .iter()
        .map(|a| {
            let (id, s) = (a.id.clone(), store.clone());
            let (shown_id, pressed_id) = (id.clone(), id.clone());
            let shown = Memo::new(move |_| d.visible.with(|v| v.contains(&shown_id)));
            let pressed = Memo::new(move |_| d.current.with(|c| c.as_deref() == Some(pressed_id.as_str())));
            view! {
                <button type="button" id=format!("switch-{id}") hidden=move || !shown.get()
                    aria-pressed=move || pressed.get().to_string()
                    on:click=move |_| {
                        let id = id.clone();
                        s.update(move |v, _| v.read = Some(id));
                    }>{a.author_label()}</button>
            }
        })
        .collect_view();
    let ready = store.ready();
    view! { <nav id="switcher" class="switcher" aria-label="Choose an article" inert=move || !ready.get()>{buttons}</nav> }
}
