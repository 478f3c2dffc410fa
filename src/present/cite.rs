//! A passage as a quotation to paste into one's own work: the sentence,
//! then who said it, where and when — each with how the sources know it,
//! never more than they say — and a link back to the sentence. A claim is
//! cited with every author's stance and the passages each rests on. Each
//! comes as plain text and as HTML (for a rich paste; text escaped).

use super::{field_text, format_date, stance_label, status_text, title_text};
use crate::model::{Article, Corpus, Sentence, Stance};

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

    /// As HTML: the quotation, its source, the link.
    pub fn html(&self) -> String {
        let link = escape(&self.link);
        format!("<q>{}</q> — {}. <a href=\"{link}\">{link}</a>", escape(&self.quote), escape(&self.source))
    }
}

/// A claim as one cites it: the claim with its status, each author's
/// stance with the passages it rests on (each cited), the silent named.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimCitation {
    /// Plain text: the claim, then each author who speaks with the
    /// passages, a line each; the silent last.
    pub text: String,
    /// The same as HTML.
    pub html: String,
}

impl ClaimCitation {
    /// The citation of claim `id`, linked at `link`, each passage at
    /// `link_to(sentence id)`; `None` for a claim the corpus does not hold.
    pub fn of(
        corpus: &Corpus,
        id: &str,
        link: String,
        link_to: impl Fn(&str) -> String,
    ) -> Option<ClaimCitation> {
        let v = corpus.viewpoints.iter().find(|v| v.id == id)?;
        // The claim's wording is the coders', not a source's: no quotation marks.
        let head = format!("Claim, as worded in Parallax: {} ({})", v.statement, status_text(v));
        let mut text = format!("{head}. {link}");
        let mut html = format!("<p>{}. <a href=\"{1}\">{1}</a></p><ul>", escape(&head), escape(&link));
        let mut silent = Vec::new();
        for p in &v.positions {
            let Some(a) = corpus.article(&p.article) else { continue };
            if p.stance == Stance::Silent {
                silent.push(a.author_label());
                continue;
            }
            // Whose words a stance rests on, when they are someone else's
            // the author adopts, is said, by name.
            let via = p
                .via
                .as_ref()
                .map(|who| format!(", on words of {who} the author quotes"))
                .unwrap_or_default();
            let who = format!("{} {}{via}", a.author_label(), stance_label(p.stance).1);
            text.push_str(&format!("\n– {who}:"));
            html.push_str(&format!("<li>{}: ", escape(&who)));
            let quotes: Vec<Citation> =
                p.evidence.iter().filter_map(|s| Citation::of(corpus, s, link_to(s))).collect();
            if quotes.is_empty() {
                text.push_str(" no passage on record.");
                html.push_str("no passage on record.");
            }
            for (k, c) in quotes.iter().enumerate() {
                text.push_str(&format!("\n  {}", c.text()));
                html.push_str(&format!("{}{}", if k > 0 { "; " } else { "" }, c.html()));
            }
            html.push_str("</li>");
        }
        html.push_str("</ul>");
        if !silent.is_empty() {
            let line = format!("Silent: {}.", silent.join("; "));
            text.push_str(&format!("\n{line}"));
            html.push_str(&format!("<p>{}</p>", escape(&line)));
        }
        Some(ClaimCitation { text, html })
    }
}

/// Text made safe inside HTML (content and quoted attributes).
fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
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

    #[test]
    fn html_escapes_the_text_it_quotes() {
        let c = Citation {
            quote: "a <b> & \"c\"".into(),
            source: "S & T".into(),
            link: "https://x/?a=1&b=2".into(),
        };
        assert_eq!(
            c.html(),
            "<q>a &lt;b&gt; &amp; &quot;c&quot;</q> — S &amp; T. <a href=\"https://x/?a=1&amp;b=2\">https://x/?a=1&amp;b=2</a>"
        );
    }

    #[test]
    fn a_claim_is_cited_with_each_stance_and_its_passages() {
        let mut corpus = corpus();
        corpus.viewpoints = serde_json::from_value(serde_json::json!([{
            "id": "trade-lags", "topic": "trade", "statement": "Trade lags.", "status": "few-voices",
            "positions": [
                { "article": "rizvi", "stance": "agrees", "evidence": ["rizvi-p1-s1"] },
                { "article": "rizvi-two", "stance": "silent", "evidence": [] }
            ]
        }]))
        .map_err(|e| e.to_string())
        .expect("claims");
        let c = ClaimCitation::of(&corpus, "trade-lags", "L".into(), |s| format!("L#{s}")).unwrap();
        assert_eq!(
            c.text,
            "Claim, as worded in Parallax: Trade lags. (few voices, 1 of 2 speaks). L\n– Dr Hasan Askari Rizvi agrees:\n  “Trade lags.” — Dr Hasan Askari Rizvi, “Pakistan Explores”, Dunya News, 2018 (inferred; not stated). L#rizvi-p1-s1\nSilent: Dr Hasan Askari Rizvi."
        );
        assert!(c.html.starts_with("<p>Claim, as worded in Parallax: Trade lags. (few voices, 1 of 2 speaks). <a href=\"L\">L</a></p><ul><li>Dr Hasan Askari Rizvi agrees: <q>Trade lags.</q>"), "{}", c.html);
        assert!(c.html.ends_with("</li></ul><p>Silent: Dr Hasan Askari Rizvi.</p>"), "{}", c.html);
        // Someone else's words are named as such; a stance whose passages
        // are gone says so, and keeps its author.
        corpus.viewpoints[0].positions[0].via = Some("Dmitriy Frolovskiy".into());
        corpus.viewpoints[0].positions[0].evidence = vec!["rizvi-p9-s9".into()];
        let c = ClaimCitation::of(&corpus, "trade-lags", "L".into(), |s| s.into()).unwrap();
        assert!(c.text.contains("\n– Dr Hasan Askari Rizvi agrees, on words of Dmitriy Frolovskiy the author quotes: no passage on record."), "{}", c.text);
        assert_eq!(ClaimCitation::of(&corpus, "nowhere", "L".into(), |s| s.into()), None);
    }
}
