//! A passage as a quotation to paste into one's own work: the sentence,
//! then who said it, where and when — each with how the sources know it,
//! never more than they say — and a link back to the sentence.

use super::{field_text, format_date, title_text};
use crate::model::{Article, Corpus, Sentence};

/// A citation's parts, for showing it (as markup) or copying it (as text).
#[derive(Clone, Debug, PartialEq)]
pub struct Citation {
    /// The sentence, verbatim.
    pub quote: String,
    /// Authors, title, outlet, date: "Dr Hasan Askari Rizvi, “Pakistan
    /// Explores the Russian Option”, Dunya News, 2018 (inferred; not stated)".
    pub source: String,
    /// The address of the sentence.
    pub link: String,
}

impl Citation {
    /// The citation of sentence `id` of `corpus`, linked at `link`; `None`
    /// for an id the corpus does not hold.
    pub fn of(corpus: &Corpus, id: &str, link: String) -> Option<Citation> {
        let (article, sentence) = find(corpus, id)?;
        let (title, placeholder) = title_text(article);
        // A placeholder title is the page's own words, not the source's: no quotation marks.
        let title = if placeholder { title } else { format!("“{title}”") };
        let source = format!(
            "{}, {title}, {}, {}",
            article.author_label(),
            field_text(&article.outlet, "outlet", str::to_string),
            field_text(&article.date, "date", format_date)
        );
        Some(Citation { quote: sentence.text.clone(), source, link })
    }

    /// As plain text, on one line.
    pub fn text(&self) -> String {
        format!("“{}” — {}. {}", self.quote, self.source, self.link)
    }
}

/// The article and sentence of a sentence id (`rizvi-p15-s4`).
fn find<'a>(corpus: &'a Corpus, id: &str) -> Option<(&'a Article, &'a Sentence)> {
    corpus
        .articles
        .iter()
        .filter(|a| id.strip_prefix(a.id.as_str()).is_some_and(|rest| rest.starts_with("-p")))
        .find_map(|a| a.sentences().find(|s| s.id == id).map(|s| (a, s)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Corpus {
        let article = |id: &str, title: serde_json::Value, date: serde_json::Value| {
            serde_json::json!({
                "id": id, "title": title,
                "authors": [{ "name": "Hasan Askari Rizvi", "display": "Dr Hasan Askari Rizvi", "affiliation": null }],
                "outlet": { "value": "Dunya News", "basis": "stated" }, "date": date,
                "source": { "file": "a.txt", "sha256": "", "lines": 1 },
                "paragraphs": [{ "id": format!("{id}-p1"), "sentences": [
                    { "id": format!("{id}-p1-s1"), "text": "Trade lags.", "line": 1 }
                ] }]
            })
        };
        serde_json::from_value(serde_json::json!({
            "schema_version": crate::model::SCHEMA_VERSION, "title": "t", "description": "", "content_hash": "h", "topics": [],
            "articles": [
                article("rizvi", serde_json::json!({ "value": "Pakistan Explores", "basis": "stated" }),
                    serde_json::json!({ "value": "2018", "basis": "inferred" })),
                article("rizvi-two", serde_json::json!({ "basis": "not-stated" }), serde_json::json!({ "basis": "not-stated" })),
            ]
        }))
        .map_err(|e| e.to_string())
        .expect("a corpus")
    }

    #[test]
    fn a_citation_says_what_the_sources_say_and_how() {
        let c = Citation::of(&corpus(), "rizvi-p1-s1", "https://x/?#rizvi-p1-s1".into()).unwrap();
        assert_eq!(
            c.text(),
            "“Trade lags.” — Dr Hasan Askari Rizvi, “Pakistan Explores”, Dunya News, 2018 (inferred; not stated). https://x/?#rizvi-p1-s1"
        );
        // An article whose id starts like another's, with nothing stated.
        let c = Citation::of(&corpus(), "rizvi-two-p1-s1", "l".into()).unwrap();
        assert!(c.source.ends_with(", Dunya News, date not stated"), "{}", c.source);
        assert!(!c.source.contains("“["), "a placeholder title is not quoted: {}", c.source);
        assert_eq!(Citation::of(&corpus(), "nowhere-p1-s1", "l".into()), None);
    }
}
