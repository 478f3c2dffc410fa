//! Reading and filling the slots of trunk's `index.html` with an HTML
//! rewriter: the page's shell (`index.html` at the top of the project)
//! declares every slot — the policy's `<meta>`, the `<title>`, the empty
//! `<style>`, `#live`, `script#loader` — and this module only fills them,
//! and removes trunk's own loader and preloads. No element is written here.

use std::cell::RefCell;

use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, text, RewriteStrSettings};

/// Where the program's two files are, with their integrity values.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Program {
    /// The JS glue's URL.
    pub js: String,
    /// Its `sha384-…` integrity.
    pub js_integrity: String,
    /// The wasm's URL.
    pub wasm: String,
    /// Its integrity.
    pub wasm_integrity: String,
}

/// What the page holds before it is filled.
#[derive(Debug, Default)]
pub struct Found {
    /// The program, from trunk's loader and preloads, or from a loader a
    /// finish before this one set up.
    pub program: Option<Program>,
    /// The stylesheet's `href`, while trunk's `<link>` is there.
    pub stylesheet: Option<String>,
    /// The inline stylesheet, once a finish has put it in.
    pub style: String,
}

/// `s` with its `&` written as `&amp;`, for an attribute value (the
/// rewriter escapes the quotes).
fn attr_text(s: &str) -> String {
    s.replace('&', "&amp;")
}

/// Text between `start` and the next `end` after it.
fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = s.find(start)? + start.len();
    Some(&s[from..from + s[from..].find(end)?])
}

/// Reads the page: trunk's module script (the JS and wasm URLs), the
/// preloads' integrity values, the stylesheet.
pub fn read(html: &str) -> Result<Found, String> {
    #[derive(Default)]
    struct Raw {
        script: String,
        preloads: Vec<(String, String)>,
        stylesheet: Option<String>,
        style: String,
        loader: Option<Program>,
    }
    let raw = RefCell::new(Raw::default());
    let preload = |el: &mut lol_html::html_content::Element| -> lol_html::HandlerResult {
        if let (Some(href), Some(integrity)) = (el.get_attribute("href"), el.get_attribute("integrity")) {
            raw.borrow_mut().preloads.push((href, integrity));
        }
        Ok(())
    };
    rewrite_str(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![
                text!("script[type=module]:not(#loader)", |t| {
                    raw.borrow_mut().script.push_str(t.as_str());
                    Ok(())
                }),
                element!("link[rel=preload]", preload),
                element!("link[rel=modulepreload]", preload),
                element!("link[rel=stylesheet]", |el| {
                    raw.borrow_mut().stylesheet = el.get_attribute("href");
                    Ok(())
                }),
                text!("head > style", |t| {
                    raw.borrow_mut().style.push_str(t.as_str());
                    Ok(())
                }),
                element!("script#loader[data-js]", |el| {
                    let get = |name| el.get_attribute(name).unwrap_or_default();
                    raw.borrow_mut().loader = Some(Program {
                        js: get("data-js"),
                        js_integrity: get("data-js-integrity"),
                        wasm: get("data-wasm"),
                        wasm_integrity: get("data-wasm-integrity"),
                    });
                    Ok(())
                }),
            ],
            ..RewriteStrSettings::new()
        },
    )
    .map_err(|e| format!("the page could not be read as HTML: {e}"))?;
    let raw = raw.into_inner();
    let program = if raw.script.trim().is_empty() {
        raw.loader
    } else {
        // trunk's loader: `import init, * as bindings from '…js';` and
        // `init({ module_or_path: '…wasm' })`.
        let (Some(js), Some(wasm)) =
            (between(&raw.script, "from '", "'"), between(&raw.script, "module_or_path: '", "'"))
        else {
            return Err("trunk's loader script has an unexpected form".into());
        };
        let integrity = |href: &str, what: &str| {
            raw.preloads
                .iter()
                .find(|(h, _)| h == href)
                .map(|(_, i)| i.clone())
                .ok_or_else(|| format!("no preload with an integrity value for the {what}"))
        };
        Some(Program {
            js_integrity: integrity(js, "glue")?,
            wasm_integrity: integrity(wasm, "wasm")?,
            js: js.to_string(),
            wasm: wasm.to_string(),
        })
    };
    Ok(Found { program, stylesheet: raw.stylesheet, style: raw.style })
}

/// What goes into the page's slots.
pub struct Fill<'a> {
    /// The Content Security Policy.
    pub policy: &'a str,
    /// The page's title, heading and description (plain text).
    pub title: &'a str,
    /// The collection's description.
    pub description: &'a str,
    /// The stylesheet, inline.
    pub css: &'a str,
    /// The loader's URL and integrity.
    pub loader: (&'a str, &'a str),
    /// The program the loader starts.
    pub program: &'a Program,
    /// What the view was rendered from (the browser takes the view over only
    /// for this very corpus, checked alike): see `state::check::page_key`.
    pub corpus_hash: &'a str,
    /// The rendered view (markup from the components).
    pub view: &'a str,
}

/// Fills the page's slots, and removes trunk's loader, its preloads (the
/// loader fetches both files, checked, after the first paint) and the
/// stylesheet link (the stylesheet is inline: one request less before the
/// first paint). Filling a filled page again gives the same page.
pub fn fill(html: &str, f: &Fill) -> Result<String, String> {
    let set =
        |el: &mut lol_html::html_content::Element, name: &str, value: &str| -> lol_html::HandlerResult {
            el.set_attribute(name, &attr_text(value)).map_err(|e| e.to_string().into())
        };
    let remove = |el: &mut lol_html::html_content::Element| -> lol_html::HandlerResult {
        el.remove();
        Ok(())
    };
    let p = f.program;
    let filled = rewrite_str(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![
                element!("meta[http-equiv=Content-Security-Policy]", |el| set(el, "content", f.policy)),
                element!("title", |el| {
                    el.set_inner_content(&format!("Parallax — {}", f.title), ContentType::Text);
                    Ok(())
                }),
                element!("meta[name=description]", |el| set(el, "content", f.description)),
                element!("header.site .sub", |el| {
                    el.set_inner_content(f.title, ContentType::Text);
                    Ok(())
                }),
                element!("link[rel=stylesheet]", remove),
                element!("link[rel=preload]", remove),
                element!("link[rel=modulepreload]", remove),
                element!("script[type=module]:not(#loader)", remove),
                // Raw text: a stylesheet is not markup, and has no `</style>`.
                element!("head > style", |el| {
                    el.set_inner_content(f.css, ContentType::Html);
                    Ok(())
                }),
                element!("script#loader", |el| {
                    set(el, "src", f.loader.0)?;
                    set(el, "integrity", f.loader.1)?;
                    set(el, "data-js", &p.js)?;
                    set(el, "data-js-integrity", &p.js_integrity)?;
                    set(el, "data-wasm", &p.wasm)?;
                    set(el, "data-wasm-integrity", &p.wasm_integrity)
                }),
                element!("#live", |el| {
                    set(el, "data-corpus", f.corpus_hash)?;
                    el.set_inner_content(f.view, ContentType::Html);
                    Ok(())
                }),
            ],
            ..RewriteStrSettings::new()
        },
    );
    filled.map_err(|e| format!("the page could not be filled: {e}"))
}

/// Marks a filled page as the workbench's preview: the program reads its
/// corpus from the tab's session storage (`crate::workbench::site`).
pub fn as_preview(html: &str) -> Result<String, String> {
    rewrite_str(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![element!("main#app", |el| {
                el.set_attribute("data-source", "session").map_err(|e| e.to_string().into())
            })],
            ..RewriteStrSettings::new()
        },
    )
    .map_err(|e| format!("the preview page could not be made: {e}"))
}

/// Checks that the page has every slot [`fill`] fills.
pub fn check_slots(html: &str) -> Result<(), String> {
    let seen = RefCell::new(Vec::new());
    let mut handlers = Vec::new();
    let slots = [
        "meta[http-equiv=Content-Security-Policy]",
        "title",
        "meta[name=description]",
        "head > style",
        "script#loader",
        "#live",
    ];
    for slot in slots {
        let seen = &seen;
        handlers.push(element!(slot, move |_| {
            seen.borrow_mut().push(slot);
            Ok(())
        }));
    }
    rewrite_str(html, RewriteStrSettings { element_content_handlers: handlers, ..RewriteStrSettings::new() })
        .map_err(|e| format!("the page could not be read as HTML: {e}"))?;
    let seen = seen.into_inner();
    match slots.iter().find(|s| !seen.contains(s)) {
        Some(missing) => Err(format!("the page has no {missing} to fill (is it the project's index.html?)")),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn between_looks_for_the_end_after_the_start() {
        assert_eq!(between("x module_or_path: './a.wasm' y", "module_or_path: '", "'"), Some("./a.wasm"));
    }

    #[test]
    fn attribute_text_keeps_its_ampersands() {
        assert_eq!(attr_text("Q&A \"x\""), "Q&amp;A \"x\"");
    }
}
