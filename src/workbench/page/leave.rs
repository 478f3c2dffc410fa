//! Leaving out of an article's text what is not the article: a byline or
//! author note (kept as the author's evidence) or anything else a capture
//! brought along. Chosen from the file's paragraphs, put back from a list.

use leptos::prelude::*;

use super::Bench;
use crate::workbench::folder::{LeaveOut, Place};

/// At most this many characters of a paragraph name it in a list.
const SHOWN: usize = 90;

/// The start of `text`, for a list.
fn shown(text: &str) -> String {
    match text.char_indices().nth(SHOWN) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

/// The form that leaves paragraphs of article `id` out, and lists them.
#[component]
pub fn LeaveOutForm(
    /// The article's id.
    id: String,
) -> impl IntoView {
    let bench = expect_context::<Bench>();
    let paragraphs = {
        let id = id.clone();
        Memo::new(move |_| bench.folder.with(|f| f.file_paragraphs(&id).unwrap_or_default()))
    };
    let chosen = RwSignal::new(None::<u32>);
    let how = RwSignal::new(LeaveOut::Byline);
    let error = RwSignal::new(None::<String>);
    let leave = {
        let id = id.clone();
        move |_| match chosen.get_untracked() {
            None => error.set(Some("Choose the paragraph to leave out first.".into())),
            Some(line) => {
                let done = bench.edit(|f| f.leave_out(&id, line, how.get_untracked()));
                if done.is_ok() {
                    chosen.set(None);
                }
                error.set(done.err());
            }
        }
    };
    let (pid, hid) = (format!("leave-{id}"), format!("leave-how-{id}"));
    let left_out = {
        let id = id.clone();
        move || {
            paragraphs
                .get()
                .into_iter()
                .filter(|p| matches!(p.place, Place::Byline | Place::NotArticle))
                .map(|p| {
                    let id = id.clone();
                    let what =
                        if p.place == Place::Byline { "byline or author note" } else { "not the article" };
                    let back = move |_| error.set(bench.edit(|f| f.put_back(&id, p.line)).err());
                    view! {
                        <li>{format!("line {} ({what}): “{}” ", p.line, shown(&p.text))}
                            <button type="button" class="small" on:click=back>"Put it back"</button></li>
                    }
                })
                .collect_view()
        }
    };
    view! {
        <details class="leave">
            <summary>"Leave out a byline, an author note or other text that is not the article"</summary>
            <p class="hint">"The file is not changed: the paragraph is recorded in corpus.toml, taken out of the text and listed among the repairs, as the corpus tool does it."</p>
            <label for=pid.clone()>"Paragraph"</label>
            <select id=pid on:change=move |ev| chosen.set(event_target_value(&ev).parse().ok())>
                <option value="" selected=move || chosen.get().is_none()>"Choose a paragraph…"</option>
                {move || paragraphs.get().into_iter().filter(|p| p.place == Place::Text).map(|p| {
                    let line = p.line;
                    view! { <option value=line.to_string() selected=move || chosen.get() == Some(line)>
                        {format!("line {line}: {}", shown(&p.text))}</option> }
                }).collect_view()}
            </select>
            <label for=hid.clone()>"It is"</label>
            <select id=hid on:change=move |ev| how.set(if event_target_value(&ev) == "byline" { LeaveOut::Byline } else { LeaveOut::NotArticle })>
                <option value="byline">"a byline or author note (kept as the first author's evidence)"</option>
                <option value="other">"not part of the article (site text, a caption, a link…)"</option>
            </select>
            <button type="button" on:click=leave>"Leave it out"</button>
            <ul class="left-out">{left_out}</ul>
            <Show when=move || error.with(Option::is_some)>
                <p class="error" role="alert">{move || error.get().unwrap_or_default()}</p>
            </Show>
        </details>
    }
}
