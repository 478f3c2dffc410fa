//! Keeping and sharing the work: the status line (built? saved?), import
//! of a seeds folder zip, and the exports (the seeds folder, `corpus.json`).
//! A refused import leaves the work as it was.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::texts::{file_bytes, files_of};
use super::{Bench, Saved};
use crate::model::PREVIEW_KEY;
use crate::workbench::folder::Folder;
use crate::workbench::site::{self, SiteList, PREVIEW_PAGE, SITE_LIST};
use crate::workbench::zip;

/// What the worker last said, and whether the work is saved.
#[component]
pub fn Status() -> impl IntoView {
    let bench = expect_context::<Bench>();
    let built = move || {
        bench.built.with(|b| match b {
            None => "Starting the pipeline…".to_string(),
            Some(b) => match (&b.corpus, &b.error) {
                (Some(c), _) => {
                    format!("Built in this page in {:.0} ms: corpus.json, {} KB.", b.ms, c.len() / 1024)
                }
                (None, Some(e)) if e.contains("lists no [[articles]]") => "Add texts to begin.".to_string(),
                (None, Some(e)) => format!("Does not build yet: {e}"),
                (None, None) => String::new(),
            },
        })
    };
    let state = Memo::new(move |_| {
        bench.built.with(|b| match b {
            Some(b) if b.corpus.is_some() => "The work builds.",
            Some(b) if b.error.is_some() => {
                "The work does not build yet; the message is at the top of the page."
            }
            _ => "",
        })
    });
    // The corpus's own fingerprint, as the corpus tool writes it: the same
    // folder built anywhere gives the same one.
    let hash = move || {
        bench.built.with(|b| b.as_ref().and_then(|b| b.corpus.as_ref()).map(|_| ()))?;
        bench.corpus.with(|c| c.as_ref().map(|c| c.content_hash.clone()))
    };
    let saved = move || match bench.saved.get() {
        Saved::Untouched => String::new(),
        Saved::Yes => "Saved in this browser.".to_string(),
        Saved::No(why) => why,
    };
    view! {
        <div class="status">
            <p id="built">{built}</p>
            // Screen readers hear when the work starts or stops building,
            // not every build while typing.
            <p class="sr-only" role="status">{state}</p>
            <p class="hash" hidden=move || hash().is_none()>"Fingerprint of this corpus (the corpus tool gives the same one for the exported seeds folder): "<code id="content-hash">{hash}</code></p>
            <p id="saved" data-saves=move || bench.saves.get().to_string() class:error=move || matches!(bench.saved.get(), Saved::No(_))
                role=move || matches!(bench.saved.get(), Saved::No(_)).then_some("alert")>{saved}</p>
        </div>
    }
}

/// The bytes of the site's file `name`.
async fn fetch(name: &str) -> Result<Vec<u8>, String> {
    let resp = gloo_net::http::Request::get(name)
        .send()
        .await
        .map_err(|_| format!("{name} could not be fetched"))?;
    if !resp.ok() {
        return Err(format!("{name}: the server answered {}", resp.status()));
    }
    resp.binary().await.map_err(|_| format!("{name} could not be read"))
}

/// A byte count as a reader says it: "812 bytes", "34 KB", "1.2 MB".
fn size(n: usize) -> String {
    match n {
        0..1024 => format!("{n} bytes"),
        1024..1_048_576 => format!("{} KB", n / 1024),
        _ => format!("{:.1} MB", n as f64 / 1_048_576.0),
    }
}

/// Offers `bytes` as a download named `name`.
fn download(name: &str, bytes: &[u8], kind: &str) -> Result<(), String> {
    let doc = document();
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(kind);
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| "The browser refused to make the file.")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "The browser refused to make the file.")?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a").map_err(|_| "no link")?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
    Ok(())
}

/// Import and export.
#[component]
pub fn Keep() -> impl IntoView {
    let bench = expect_context::<Bench>();
    let import_msg = RwSignal::new(None::<Result<String, String>>);
    // What the last export did: a confirmation, or why it failed.
    let export_msg = RwSignal::new(None::<Result<String, String>>);
    let on_import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let files = files_of(input.files());
        input.set_value("");
        let Some(file) = files.into_iter().next() else { return };
        leptos::task::spawn_local(async move {
            let name = file.name();
            let result = async {
                let bytes = file_bytes(&file, zip::MAX_FOLDER_BYTES).await?;
                let files = zip::read_folder(&bytes).map_err(|e| format!("{name}: {e}"))?;
                let folder = Folder::from_files(files).map_err(|e| format!("{name}: {e}"))?;
                // The manifest must at least parse: a broken one is named, not imported.
                folder.manifest().map_err(|e| format!("{name}: {e}"))?;
                let n = folder.manifest().map(|m| m.articles.len()).unwrap_or(0);
                let has_work = bench.manifest.with_untracked(|m| m.as_ref().is_ok_and(|m| !m.articles.is_empty()));
                if has_work && !Bench::confirm(&format!("Replace the work here with {name} ({n} articles)? Export the seeds folder first to keep what is here.")) {
                    return Err("you chose to keep the work here.".to_string());
                }
                bench.replace(folder);
                Ok(format!("Imported {name}: {n} articles. What you had before was replaced."))
            }
            .await;
            import_msg.set(Some(result));
        });
    };
    let export_seeds = move |_| {
        let files: std::collections::BTreeMap<String, Vec<u8>> = bench
            .folder
            .with_untracked(|f| f.files.iter().map(|(k, v)| (k.clone(), v.as_bytes().to_vec())).collect());
        let n = files.len();
        let bytes = zip::write_folder("seeds", &files);
        export_msg.set(Some(download("seeds.zip", &bytes, "application/zip").map(|()| {
            format!("Your browser is saving seeds.zip: {n} files, {}. Unzip it and build it with parallax-corpus, or import it here later.", size(bytes.len()))
        })));
    };
    let export_corpus = move |_| {
        let json = bench.built.with_untracked(|b| b.as_ref().and_then(|b| b.corpus.clone()));
        match json {
            Some(json) => export_msg.set(Some(
                download("corpus.json", json.as_bytes(), "application/json")
                    .map(|()| format!("Your browser is saving corpus.json, {}.", size(json.len()))),
            )),
            None => export_msg.set(Some(Err(
                "There is no corpus to export until the work builds (see the message at the top).".into(),
            ))),
        }
    };
    let open_reader = move |_| {
        let Some(json) = bench.built.with_untracked(|b| b.as_ref().and_then(|b| b.corpus.clone())) else {
            return;
        };
        let stored =
            window().session_storage().ok().flatten().is_some_and(|s| s.set_item(PREVIEW_KEY, &json).is_ok());
        if stored {
            // The page is left only once the work is in the browser's storage.
            let work = bench.folder.with_untracked(|f| serde_json::to_string(f).unwrap_or_default());
            leptos::task::spawn_local(async move {
                match crate::workbench::storage::save(&work).await {
                    Ok(()) => {
                        let _ = window().location().assign(PREVIEW_PAGE);
                    }
                    Err(e) => export_msg.set(Some(Err(format!("Not opened, so as not to lose work: {e}")))),
                }
            });
        } else {
            export_msg.set(Some(Err(format!(
                "The browser would not hand the corpus ({}) to the reader's page: its session storage is full or turned off. Export the site instead.",
                size(json.len())
            ))));
        }
    };
    let export_site = move |_| {
        let Some(json) = bench.built.with_untracked(|b| b.as_ref().and_then(|b| b.corpus.clone())) else {
            return;
        };
        let Some(corpus) = bench.corpus.get_untracked() else { return };
        export_msg.set(Some(Ok("Gathering the reader's files…".into())));
        leptos::task::spawn_local(async move {
            let result = async {
                let list: SiteList = serde_json::from_slice(&fetch(SITE_LIST).await?)
                    .map_err(|e| format!("{SITE_LIST}: {e}"))?;
                let mut reader = std::collections::BTreeMap::new();
                for name in list.files {
                    let bytes = fetch(&name).await?;
                    reader.insert(name, bytes);
                }
                let preview = String::from_utf8(fetch(PREVIEW_PAGE).await?)
                    .map_err(|_| format!("{PREVIEW_PAGE} is not text"))?;
                let files = site::files(reader, &preview, &corpus, &json)?;
                let n = files.len();
                let bytes = zip::write_folder("site", &files);
                download("site.zip", &bytes, "application/zip")?;
                Ok::<_, String>(format!(
                    "Your browser is saving site.zip: {n} files, {}. Copy what it holds to any static web space; index.html is the reader.",
                    size(bytes.len())
                ))
            }
            .await;
            export_msg.set(Some(result.map_err(|e| format!("The site could not be exported: {e}"))));
        });
    };
    let start_over = move |_| {
        if Bench::confirm("Start over? Every article, topic and claim here is deleted, in this page and in the browser's storage. (Export the seeds folder first to keep them.)") {
            bench.replace(Folder::default());
            import_msg.set(None);
        }
    };
    let builds = move || bench.built.with(|b| b.as_ref().is_some_and(|b| b.corpus.is_some()));
    view! {
        <section class="keep" aria-labelledby="keep-h">
            <h2 id="keep-h">"5. Keep and share"</h2>
            <super::collection::Collection/>
            <p class="hint">"Your work is saved in this browser as you go. A seeds folder is the corpus tool's input: "
                <code>"parallax-corpus seeds -o corpus.json"</code>" builds it to exactly the corpus shown here."</p>
            <div class="row">
                <button type="button" on:click=export_seeds>"Export the seeds folder (.zip)"</button>
                <button type="button" on:click=export_corpus disabled=move || !builds()>"Export corpus.json"</button>
                <button type="button" on:click=export_site disabled=move || !builds()>"Export a site (.zip)"</button>
                <button type="button" on:click=open_reader disabled=move || !builds()>"Open in the reader"</button>
            </div>
            <p class="hint">"A site is the reader with your corpus, ready to copy to any static web space (its security policy and a "<code>"_headers"</code>" file included). “Open in the reader” shows your work in the reader, in this tab; Back returns here."</p>
            <p id="exported" class="ok" role="status">{move || export_msg.get().and_then(Result::ok)}</p>
            <p class="error" role="alert">{move || export_msg.get().and_then(Result::err)}</p>
            <div class="import">
                <label for="import">"Import a seeds folder (.zip holding corpus.toml and the texts); it replaces the work here"</label>
                <input id="import" type="file" accept=".zip,application/zip" on:change=on_import/>
                {move || import_msg.get().map(|m| match m {
                    Ok(m) => view! { <p class="ok" role="status">{m}</p> }.into_any(),
                    Err(e) => view! { <p class="error" role="alert">"Not imported: "{e}" Your work here is unchanged."</p> }.into_any(),
                })}
            </div>
            <button type="button" class="small danger" on:click=start_over>"Start over (empty)"</button>
        </section>
    }
}
