//! Painting a column's sentences and paragraphs, on the column's own
//! elements (never through `window`): a sentence's text goes into a topic
//! `<mark>` or out of it, its search hits are marked, its topics' short
//! labels and its badges follow the active topics, and the evidence of the
//! chosen claim is marked. Only what changed since the last paint is
//! touched. Text only, as text nodes: never parsed as markup.

use std::ops::Range;

use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

use crate::state::search;

/// A sentence's elements, found once, the first time it is painted.
pub struct Parts {
    /// The sentence (`span.s`).
    pub sentence: Element,
    /// Its text (`span.txt`).
    pub text: Element,
    /// Its topics' short labels (`sup.tags`), if it has topics.
    pub tags: Option<Element>,
    /// The evidence mark, if a claim cites it.
    pub ev_mark: Option<Element>,
    /// Its badges, in the order of the claims citing it.
    pub badges: Vec<Element>,
}

impl Parts {
    /// The parts of the sentence element `sentence`.
    pub fn of(sentence: Element) -> Option<Parts> {
        let first = |class: &str| sentence.get_elements_by_class_name(class).item(0);
        let badges = sentence.get_elements_by_class_name("cb");
        Some(Parts {
            text: first("txt")?,
            tags: first("tags"),
            ev_mark: first("ev-mark"),
            badges: (0..badges.length()).filter_map(|i| badges.item(i)).collect(),
            sentence,
        })
    }
}

/// What a sentence shows, as last painted.
#[derive(Default, Clone, PartialEq)]
pub struct Look {
    /// Positions of its active topics.
    pub active: Vec<usize>,
    /// Search hits in its text.
    pub hits: Vec<Range<usize>>,
    /// Is it evidence for the chosen claim?
    pub evidence: bool,
    /// Which of its badges show.
    pub badges: Vec<bool>,
}

/// A painted sentence: its parts, its look, and the nodes kept between paints.
#[derive(Default)]
pub struct Painted {
    /// Its elements, once found.
    pub parts: Option<Parts>,
    /// What it shows.
    pub look: Look,
    /// Its topic `<mark>`: in the page while a topic is active, kept aside
    /// otherwise for the next time.
    mark: Option<Element>,
    /// Its one text node, while the text has no search hits (once known).
    plain: Option<Node>,
}

/// The class of the topic `<mark>` for these active topics (the first one's colour).
fn mark_class(active: &[usize]) -> Option<String> {
    active.first().map(|i| format!("hl t{}", i % 10))
}

/// A topic's `<mark>`: focusable, described by the explanation `why_id`.
fn topic_mark(near: &Element, class: &str, why_id: &str) -> Option<Element> {
    let el = near.owner_document()?.create_element("mark").ok()?;
    el.set_attribute("class", class).ok()?;
    el.set_attribute("tabindex", "0").ok()?;
    el.set_attribute("aria-describedby", why_id).ok()?;
    Some(el)
}

/// Fills `holder` with the text, search hits wrapped in `<mark class="hit">`,
/// all inside `mark` when there is one. Returns the one text node when
/// there are no hits.
fn fill(holder: &Element, text: &str, hits: &[Range<usize>], mark: Option<&Element>) -> Option<Node> {
    let doc = holder.owner_document()?;
    holder.set_text_content(None);
    let target: &Node = match mark {
        Some(m) => {
            m.set_text_content(None);
            let _ = holder.append_child(m);
            m
        }
        None => holder,
    };
    let mut single = None;
    for (seg, hit) in search::segments(text, hits) {
        let node: Node = doc.create_text_node(seg).into();
        if hits.is_empty() {
            single = Some(node.clone());
        }
        let node = match doc.create_element("mark").ok().filter(|_| hit) {
            Some(m) => {
                let _ = m.set_attribute("class", "hit");
                let _ = m.append_child(&node);
                m.into()
            }
            None => node,
        };
        let _ = target.append_child(&node);
    }
    single
}

/// Moves the text already in `holder` into `mark` (then in `holder`): two
/// DOM calls when the text is its one known node.
fn wrap(holder: &Element, mark: &Element, plain: Option<&Node>) {
    match plain {
        Some(t) => {
            let _ = mark.append_child(t);
        }
        None => {
            while let Some(child) = holder.first_child() {
                let _ = mark.append_child(&child);
            }
        }
    }
    let _ = holder.append_child(mark);
}

/// Moves the text out of `mark` back into `holder`, and takes `mark` out.
fn unwrap(holder: &Element, mark: &Element, plain: Option<&Node>) {
    match plain {
        Some(t) => {
            let _ = holder.append_child(t);
        }
        None => {
            while let Some(child) = mark.first_child() {
                let _ = holder.insert_before(&child, Some(mark));
            }
        }
    }
    mark.remove();
}

/// Shows or hides an element.
pub fn show(el: &Element, on: bool) {
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        el.set_hidden(!on);
    }
}

impl Painted {
    /// A sentence as rendered: nothing found yet, looking as `look`.
    pub fn new(look: Look) -> Painted {
        Painted { look, ..Painted::default() }
    }

    /// Paints the sentence to look as `look` (its text is `text`, its
    /// topics' short labels `shorts`), touching only what differs.
    pub fn paint(&mut self, look: Look, text: &str, shorts: impl Fn(&[usize]) -> String) {
        let Some(parts) = &self.parts else { return };
        let prev = std::mem::take(&mut self.look);
        let holder = &parts.text;
        let (class, old_class) = (mark_class(&look.active), mark_class(&prev.active));
        if let Some(cl) = &class {
            match &self.mark {
                Some(m) if old_class.as_ref() != Some(cl) => {
                    let _ = m.set_attribute("class", cl);
                }
                Some(_) => {}
                None => self.mark = topic_mark(holder, cl, &format!("{}-why", parts.sentence.id())),
            }
        }
        match (&self.mark, prev.hits == look.hits, old_class.is_some(), class.is_some()) {
            (_, false, _, on) => {
                self.plain = fill(holder, text, &look.hits, self.mark.as_ref().filter(|_| on))
            }
            (Some(m), true, false, true) => {
                if self.plain.is_none() && look.hits.is_empty() {
                    self.plain = holder.first_child();
                }
                wrap(holder, m, self.plain.as_ref())
            }
            (Some(m), true, true, false) => unwrap(holder, m, self.plain.as_ref()),
            _ => {}
        }
        if prev.active != look.active {
            if let Some(tags) = &parts.tags {
                tags.set_text_content(Some(&shorts(&look.active)));
            }
        }
        if prev.evidence != look.evidence {
            let _ = parts.sentence.class_list().toggle_with_force("ev", look.evidence);
            if let Some(m) = &parts.ev_mark {
                show(m, look.evidence);
            }
        }
        for (k, (badge, on)) in parts.badges.iter().zip(&look.badges).enumerate() {
            if prev.badges.get(k) != Some(on) {
                show(badge, *on);
            }
        }
        self.look = look;
    }
}
