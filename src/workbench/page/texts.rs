//! Bringing texts: `.txt` files chosen or dropped (several at once), or a
//! paste. Each is checked as the corpus tool checks a seed; a refused one
//! gets its reason beside the control that brought it, and nothing already
//! there changes.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::Bench;
use crate::pipeline::read::source::MAX_FILE_BYTES;

/// The bytes of a file the reader chose (up to `limit` bytes), or why
/// they could not be read.
pub async fn file_bytes(file: &web_sys::File, limit: u64) -> Result<Vec<u8>, String> {
    if file.size() > limit as f64 {
        return Err(format!(
            "{} is {} bytes, over the {} MiB limit: is it the right file?",
            file.name(),
            file.size(),
            limit / (1024 * 1024)
        ));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| format!("{} could not be read.", file.name()))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The files of a file list, in order.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// The controls that bring texts in.
#[component]
pub fn Bring() -> impl IntoView {
    let bench = expect_context::<Bench>();
    // One line per file: (file name, what happened).
    let outcomes = RwSignal::new(Vec::<(String, Result<String, String>)>::new());
    let paste = RwSignal::new(String::new());
    let paste_name = RwSignal::new(String::new());
    let paste_error = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);

    let add_files = move |files: Vec<web_sys::File>| {
        if files.is_empty() {
            return;
        }
        leptos::task::spawn_local(async move {
            let mut out = Vec::new();
            for file in files {
                let name = file.name();
                let result = match file_bytes(&file, MAX_FILE_BYTES).await {
                    Ok(bytes) => {
                        bench.edit(|f| f.add_article(&name, bytes)).map(|id| format!("added as “{id}”"))
                    }
                    Err(e) => Err(e),
                };
                out.push((name, result));
            }
            outcomes.set(out);
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        add_files(files_of(input.files()));
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        add_files(files_of(ev.data_transfer().and_then(|d| d.files())));
    };
    let add_paste = move |_| {
        let text = paste.get_untracked();
        let name = paste_name.get_untracked();
        let name = if name.trim().is_empty() { "pasted".to_string() } else { name };
        match bench.edit(|f| f.add_article(&name, text.into_bytes())) {
            Ok(id) => {
                paste.set(String::new());
                paste_name.set(String::new());
                paste_error.set(None);
                outcomes.set(vec![(name, Ok(format!("added as “{id}”")))]);
            }
            Err(e) => paste_error.set(Some(if e.contains("file is empty") {
                "Nothing to add: the text box is empty. Paste an article's text first.".to_string()
            } else {
                e
            })),
        }
    };

    view! {
        <section class="bring" aria-labelledby="bring-h">
            <h2 id="bring-h">"1. Bring texts"</h2>
            <p class="hint">"Plain text only (.txt, UTF-8), up to 4 MiB each. The same steps as the corpus tool clean each text (every repair is listed), split it into paragraphs and sentences, and number them."</p>
            <div class="drop" class:over=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop>
                <label for="pick">"Choose .txt files, or drop them here"</label>
                <input id="pick" type="file" multiple accept=".txt,text/plain" on:change=on_pick/>
            </div>
            <ul class="outcomes" aria-live="polite">
                <For each=move || outcomes.get() key=|o| o.clone() let:o>
                    {match &o.1 {
                        Ok(m) => view! { <li class="ok">{o.0.clone()}": "{m.clone()}</li> }.into_any(),
                        Err(e) => view! { <li class="error" role="alert">{o.0.clone()}" was not added: "{e.clone()}</li> }.into_any(),
                    }}
                </For>
            </ul>
            <div class="paste">
                <label for="paste">"Or paste an article's text"</label>
                <textarea id="paste" rows="6" prop:value=move || paste.get()
                    on:input=move |ev| paste.set(event_target_value(&ev))></textarea>
                <label for="paste-name">"Short name for it (optional)"</label>
                <input id="paste-name" type="text" prop:value=move || paste_name.get()
                    on:input=move |ev| paste_name.set(event_target_value(&ev))/>
                <button type="button" on:click=add_paste>"Add the pasted text"</button>
                <Show when=move || paste_error.with(Option::is_some)>
                    <p class="error" role="alert">{move || paste_error.get().unwrap_or_default()}</p>
                </Show>
            </div>
        </section>
    }
}
