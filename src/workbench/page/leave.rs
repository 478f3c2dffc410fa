//! Leaving out of an article's text what is not the article: a byline or
//! author note (kept as the author's evidence) or anything else a capture
//! brought along. Chosen from the file's paragraphs, put back from a list.

use leptos::prelude::*;

use super::Bench;
use wasm_bindgen::JsCast;

use crate::workbench::folder::{FileParagraph, LeaveOut, Place};

/// At most this many characters of a paragraph name it in a list.
const SHOWN: usize = 90;

/// The start of `text`, for a list.
fn shown(text: &str) -> String {
    match text.char_indices().nth(SHOWN) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

/// "line 3" or "lines 3–4".
fn lines(p: &FileParagraph) -> String {
    if p.end_line > p.line {
        format!("lines {}–{}", p.line, p.end_line)
    } else {
        format!("line {}", p.line)
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
    // What the last action did, or why it was refused.
    let done = RwSignal::new(None::<Result<String, String>>);
    let pid = format!("leave-{id}");
    // After an action the focus goes back to the list of paragraphs: the
    // button pressed may be gone.
    let refocus = {
        let pid = pid.clone();
        move || {
            if let Some(el) = document().get_element_by_id(&pid) {
                let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }
    };
    let leave = {
        let (id, refocus) = (id.clone(), refocus.clone());
        move |_| match chosen.get_untracked() {
            None => done.set(Some(Err("Choose the paragraph to leave out first.".into()))),
            Some(line) => {
                let result = bench.edit(|f| f.leave_out(&id, line, how.get_untracked()));
                if result.is_ok() {
                    chosen.set(None);
                    refocus();
                }
                done.set(Some(result.map(|()| format!("Line {line} is left out of the text."))));
            }
        }
    };
    let hid = format!("leave-how-{id}");
    let left_out = {
        let id = id.clone();
        move || {
            let all = paragraphs.get();
            let out: Vec<&FileParagraph> =
                all.iter().filter(|p| matches!(p.place, Place::Byline | Place::NotArticle)).collect();
            // One entry per text: identical paragraphs go and come back together.
            let mut seen = Vec::new();
            out.iter()
                .filter(|p| {
                    let first = !seen.contains(&&p.text);
                    seen.push(&p.text);
                    first
                })
                .map(|p| {
                    let (id, refocus) = (id.clone(), refocus.clone());
                    let copies = out.iter().filter(|q| q.text == p.text).count() - 1;
                    let what = if p.place == Place::Byline { "byline or author note" } else { "not the article" };
                    let also = match copies {
                        0 => String::new(),
                        1 => " (and 1 identical paragraph)".into(),
                        n => format!(" (and {n} identical paragraphs)"),
                    };
                    let line = p.line;
                    let back = move |_| {
                        let result = bench.edit(|f| f.put_back(&id, line));
                        if result.is_ok() {
                            refocus();
                        }
                        done.set(Some(result.map(|()| format!("Line {line} is back in the text."))));
                    };
                    view! {
                        <li>{format!("{} ({what}): “{}”{also} ", lines(p), shown(&p.text))}
                            <button type="button" class="small" aria-label=format!("Put line {line} back") on:click=back>"Put it back"</button></li>
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
                        {format!("{}: {}", lines(&p), shown(&p.text))}</option> }
                }).collect_view()}
            </select>
            <label for=hid.clone()>"It is"</label>
            <select id=hid on:change=move |ev| how.set(if event_target_value(&ev) == "byline" { LeaveOut::Byline } else { LeaveOut::NotArticle })>
                <option value="byline">"a byline or author note (kept as the first author's evidence)"</option>
                <option value="other">"not part of the article (site text, a caption, a link…)"</option>
            </select>
            <button type="button" on:click=leave>"Leave it out"</button>
            <ul class="left-out">{left_out}</ul>
            <p class="ok" role="status">{move || done.get().and_then(Result::ok)}</p>
            <p class="error" role="alert">{move || done.get().and_then(Result::err)}</p>
        </details>
    }
}
