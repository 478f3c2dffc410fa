//! The view state: everything a reader can set — active topics, visible
//! columns and their order, search text, collapse option, the article shown
//! on a phone, the focused claim and the focused sentence. It lives in the
//! address (query string and fragment); this module turns an address into a
//! state and back, ignoring anything that makes no sense with a notice.

use super::query;
use crate::model::Corpus;

/// What the reader has set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// Active topic ids, in the corpus's topic order (`topics=`).
    pub topics: Vec<String>,
    /// Visible article ids in display order; `None` shows all in corpus order (`cols=`).
    pub cols: Option<Vec<String>>,
    /// Search text (`q=`).
    pub q: String,
    /// Collapse text that is off the active topics (`collapse=1`).
    pub collapse: bool,
    /// Article shown on phone-width screens (`read=`).
    pub read: Option<String>,
    /// Focused claim id (`claim=`).
    pub claim: Option<String>,
    /// Focused sentence id (the URL fragment, `#bokhari-p4-s1`).
    pub focus: Option<String>,
}

/// Longest search text kept, in characters.
pub const MAX_SEARCH_CHARS: usize = 100;

/// The ids a state may refer to.
#[derive(Clone, Debug, Default)]
pub struct Known {
    /// Topic ids, in display order.
    pub topics: Vec<String>,
    /// Article ids, in corpus order.
    pub articles: Vec<String>,
    /// Claim ids.
    pub claims: Vec<String>,
    /// Sentence ids, sorted (binary search).
    pub sentences: Vec<String>,
    /// Quotations of several sentences, sorted by id: (quotation id, its
    /// first sentence's id). An address written before the quotation was
    /// split (`#south-asia-p4-s2`) still finds its passage.
    pub quotations: Vec<(String, String)>,
}

impl Known {
    /// The ids of a corpus.
    pub fn from_corpus(c: &Corpus) -> Known {
        let mut sentences: Vec<String> =
            c.articles.iter().flat_map(|a| a.sentences()).map(|s| s.id.clone()).collect();
        sentences.sort_unstable();
        let mut quotations: Vec<(String, String)> = Vec::new();
        for s in c.articles.iter().flat_map(|a| a.sentences()) {
            if let Some(q) = &s.quotation {
                if !quotations.iter().any(|(id, _)| id == q) {
                    quotations.push((q.clone(), s.id.clone()));
                }
            }
        }
        quotations.sort_unstable();
        Known {
            topics: c.topics.iter().map(|t| t.id.clone()).collect(),
            articles: c.articles.iter().map(|a| a.id.clone()).collect(),
            claims: c.viewpoints.iter().map(|v| v.id.clone()).collect(),
            sentences,
            quotations,
        }
    }

    /// The first sentence of the quotation with this id.
    fn quotation_start(&self, id: &str) -> Option<&str> {
        let i = self.quotations.binary_search_by(|(q, _)| q.as_str().cmp(id)).ok()?;
        Some(self.quotations[i].1.as_str())
    }

    fn is_sentence(&self, id: &str) -> bool {
        self.sentences.binary_search_by(|s| s.as_str().cmp(id)).is_ok()
    }
}

/// Shortens an untrusted value for display in a notice.
fn shown(v: &str) -> String {
    let clean: String = v.chars().filter(|c| !c.is_control()).collect();
    if clean.chars().count() > 40 {
        format!("{}…", clean.chars().take(40).collect::<String>())
    } else {
        clean
    }
}

/// Splits a comma list into known ids (deduplicated, in the order given),
/// with a notice for each unknown one.
fn ids(value: &str, known: &[String], what: &str, notices: &mut Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for raw in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        if !known.iter().any(|k| k == raw) {
            notices.push(format!("Ignored unknown {what} “{}” in the address.", shown(raw)));
        } else if !out.iter().any(|o| o == raw) {
            out.push(raw.to_string());
        }
    }
    out
}

impl ViewState {
    /// Reads a state from a query string and fragment (each with or without
    /// its `?`/`#`), keeping only what makes sense for `known`. Each thing
    /// ignored gets a one-line notice.
    pub fn from_address(query: &str, fragment: &str, known: &Known) -> (ViewState, Vec<String>) {
        let mut st = ViewState::default();
        let mut notices = Vec::new();
        let (pairs, cut) = query::parse(query);
        if cut {
            notices.push("The address was too long; part of it was ignored.".to_string());
        }
        let mut seen: Vec<&str> = Vec::new();
        for (key, value) in &pairs {
            let key = key.as_str();
            if seen.contains(&key) {
                notices.push(format!("Ignored a repeated “{}” setting in the address.", shown(key)));
                continue;
            }
            seen.push(key);
            match key {
                "topics" => {
                    let mut t = ids(value, &known.topics, "topic", &mut notices);
                    t.sort_by_key(|id| known.topics.iter().position(|k| k == id));
                    st.topics = t;
                }
                "cols" => {
                    // At least one column stays: a list with nothing known in it is ignored.
                    let cols = ids(value, &known.articles, "article", &mut notices);
                    if !cols.is_empty() {
                        st.cols = Some(cols);
                    }
                }
                "q" => {
                    let q: String =
                        value.chars().filter(|c| !c.is_control()).take(MAX_SEARCH_CHARS).collect();
                    st.q = q.trim().to_string();
                }
                "collapse" => match value.as_str() {
                    "1" | "true" | "on" | "yes" => st.collapse = true,
                    "0" | "false" | "off" | "no" | "" => st.collapse = false,
                    other => notices.push(format!("Ignored collapse value “{}” (use 1 or 0).", shown(other))),
                },
                "read" => st.read = ids(value, &known.articles, "article", &mut notices).into_iter().next(),
                "claim" => {
                    if known.claims.iter().any(|c| c == value) {
                        st.claim = Some(value.clone());
                    } else if !value.is_empty() {
                        notices.push(format!("Ignored unknown claim “{}” in the address.", shown(value)));
                    }
                }
                k if k.starts_with("utm_") || k == "fbclid" || k == "gclid" => {}
                other => notices.push(format!("Ignored unknown setting “{}” in the address.", shown(other))),
            }
        }
        let frag = query::decode(fragment.strip_prefix('#').unwrap_or(fragment));
        if !frag.is_empty() {
            if known.is_sentence(&frag) {
                st.focus = Some(frag);
            } else if let Some(first) = known.quotation_start(&frag) {
                st.focus = Some(first.to_string());
            } else {
                notices.push(format!("The linked passage “{}” is not in this corpus.", shown(&frag)));
            }
        }
        st.normalise(known);
        (st, notices)
    }

    /// Puts the state in canonical form: `cols` equal to all articles in
    /// corpus order becomes `None`; `read` must be visible.
    pub fn normalise(&mut self, known: &Known) {
        if self.cols.as_ref() == Some(&known.articles) {
            self.cols = None;
        }
        if let Some(r) = &self.read {
            if !self.visible(known).contains(r) {
                self.read = None;
            }
        }
    }

    /// The query string (without `?`) for this state; empty for the default view.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if !self.topics.is_empty() {
            pairs.push(("topics", self.topics.join(",")));
        }
        if let Some(c) = &self.cols {
            pairs.push(("cols", c.join(",")));
        }
        if !self.q.is_empty() {
            pairs.push(("q", self.q.clone()));
        }
        if self.collapse {
            pairs.push(("collapse", "1".into()));
        }
        if let Some(r) = &self.read {
            pairs.push(("read", r.clone()));
        }
        if let Some(c) = &self.claim {
            pairs.push(("claim", c.clone()));
        }
        query::format(&pairs)
    }

    /// The fragment (without `#`) for this state; empty when nothing is focused.
    pub fn to_fragment(&self) -> String {
        self.focus.as_deref().map(query::encode).unwrap_or_default()
    }

    /// Query and fragment as a relative address: `?topics=trade#id`, or `""`.
    pub fn to_relative_url(&self) -> String {
        let q = self.to_query();
        let f = self.to_fragment();
        let mut out = String::new();
        if !q.is_empty() {
            out.push('?');
            out.push_str(&q);
        }
        if !f.is_empty() {
            out.push('#');
            out.push_str(&f);
        }
        out
    }

    /// Visible article ids in display order.
    pub fn visible(&self, known: &Known) -> Vec<String> {
        self.cols.clone().unwrap_or_else(|| known.articles.clone())
    }

    /// Turns a topic on or off, keeping corpus order.
    pub fn toggle_topic(&mut self, id: &str, known: &Known) {
        if let Some(i) = self.topics.iter().position(|t| t == id) {
            self.topics.remove(i);
        } else if known.topics.iter().any(|t| t == id) {
            self.topics.push(id.to_string());
            self.topics.sort_by_key(|t| known.topics.iter().position(|k| k == t));
        }
    }

    /// Moves a visible column `delta` places (negative = left), clamped.
    pub fn move_column(&mut self, id: &str, delta: isize, known: &Known) {
        let mut cols = self.visible(known);
        if let Some(i) = cols.iter().position(|c| c == id) {
            let j = (i as isize + delta).clamp(0, cols.len() as isize - 1) as usize;
            let c = cols.remove(i);
            cols.insert(j, c);
            self.cols = Some(cols);
            self.normalise(known);
        }
    }

    /// Hides a column, unless it is the last one shown.
    pub fn hide_column(&mut self, id: &str, known: &Known) {
        let mut cols = self.visible(known);
        if cols.len() <= 1 {
            return;
        }
        cols.retain(|c| c != id);
        self.cols = Some(cols);
        self.normalise(known);
    }

    /// Shows a hidden column, at the end.
    pub fn show_column(&mut self, id: &str, known: &Known) {
        let mut cols = self.visible(known);
        if !cols.iter().any(|c| c == id) && known.articles.iter().any(|a| a == id) {
            cols.push(id.to_string());
        }
        self.cols = Some(cols);
        self.normalise(known);
    }
}

#[cfg(test)]
mod tests;
