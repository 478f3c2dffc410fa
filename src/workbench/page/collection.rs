//! The collection's own name and description: the heading of the reader's
//! page, of the preview and of an exported site.

use leptos::prelude::*;

use super::Bench;

/// The form for the collection's title and description.
#[component]
pub fn Collection() -> impl IntoView {
    let bench = expect_context::<Bench>();
    // What the folder holds now.
    let recorded = move || {
        bench.manifest.with_untracked(|m| {
            m.as_ref().map(|m| (m.title.clone(), m.description.clone())).unwrap_or_default()
        })
    };
    // Drawn from the folder as it is now, and afresh after an import.
    move || {
        bench.epoch.track();
        let (t, d) = recorded();
        let title = RwSignal::new(t);
        let description = RwSignal::new(d);
        let error = RwSignal::new(None::<String>);
        let save = move || {
            let result =
                bench.edit(|f| f.set_collection(&title.get_untracked(), &description.get_untracked()));
            if result.is_err() {
                // The form shows what is kept: a refused title gives way to the one recorded.
                title.set(recorded().0);
            }
            error.set(result.err());
        };
        view! {
            <fieldset class="collection">
                <legend>"This comparison"</legend>
                <label for="collection-title">"Title (the reader's heading)"</label>
                <input id="collection-title" type="text" prop:value=move || title.get()
                    on:input=move |ev| title.set(event_target_value(&ev)) on:change=move |_| save()/>
                <label for="collection-description">"Description (one paragraph, optional)"</label>
                <textarea id="collection-description" rows="2" prop:value=move || description.get()
                    on:input=move |ev| description.set(event_target_value(&ev)) on:change=move |_| save()></textarea>
                <Show when=move || error.with(Option::is_some)>
                    <p class="error" role="alert">{move || error.get().unwrap_or_default()}</p>
                </Show>
            </fieldset>
        }
    }
}
