//! The static first view: the default page (every column, no topic)
//! written as HTML into `index.html` after trunk's build, so text is on
//! screen before the wasm has loaded, deep links scroll without it, and
//! readers without JavaScript can still read. The markup mirrors the app's
//! (same elements and classes, same texts from [`crate::present`]); the app
//! replaces it when it starts. Controls are `inert` until then.

use std::fmt::Write as _;

use crate::model::Corpus;
use crate::present;

/// Where the static view goes in `index.html`.
pub const SLOT: &str = "<p class=\"status\" role=\"status\">Loading the articles…</p>";

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The static markup of the default view.
pub fn render(c: &Corpus) -> String {
    let e = escape;
    let mut h = String::with_capacity(64 * 1024);
    let _ = write!(h, "<div id=\"prerendered\"><h2 class=\"collection\">{}</h2>", e(&c.title));
    h.push_str("<section class=\"controls\" aria-label=\"View controls\" inert><fieldset class=\"topics\"><legend>Topics<span class=\"hint\"> — highlight what each author says on them</span></legend>");
    for (i, t) in c.topics.iter().enumerate() {
        let _ = write!(
            h,
            "<button type=\"button\" class=\"topic t{}\" aria-pressed=\"false\" title=\"{}\"><span class=\"swatch\" aria-hidden=\"true\"></span><span class=\"check\" aria-hidden=\"true\"></span>{}<span class=\"short\">{}</span></button>",
            i % 10,
            e(&t.description),
            e(&t.label),
            e(&t.short)
        );
    }
    h.push_str("</fieldset><div class=\"row\"><div class=\"search\"><label for=\"search\">Search the articles</label><input id=\"search\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" maxlength=\"100\"></div><label class=\"collapse\"><input type=\"checkbox\"> Only passages on the selected topics</label><div class=\"copy\"><button type=\"button\">Copy link to this view</button><span class=\"copy-status\"></span></div></div></section><div class=\"notices\"></div>");
    h.push_str("<section class=\"analysis\" aria-label=\"Comparison\" inert><p class=\"legend\">In the text, passages an author's stance rests on carry a badge: <span class=\"cb consensus\">● shared</span> all who speak agree; <span class=\"cb qualified\">◑ qualified</span> some hedge; <span class=\"cb split\">⇄ disputed</span> authors disagree; <span class=\"cb few-voices\">○ few voices</span> only one or two speak. Choose a badge to see the claim.</p>");
    for title in [
        "Where they agree and where they differ",
        "Aligned passages",
        "Facts side by side",
        "Method and downloads",
    ] {
        if title.starts_with("Where") && c.viewpoints.is_empty() {
            continue;
        }
        let _ = write!(h, "<details class=\"panel\"><summary><h2>{title}</h2></summary></details>");
    }
    h.push_str("</section><nav class=\"switcher\" aria-label=\"Choose an article\" inert>");
    for (i, a) in c.articles.iter().enumerate() {
        let _ = write!(
            h,
            "<button type=\"button\" aria-pressed=\"{}\">{}</button>",
            i == 0,
            e(&a.author_label())
        );
    }
    h.push_str(if c.articles.len() > crate::present::MANY_COLUMNS {
        "</nav><div class=\"columns many\">"
    } else {
        "</nav><div class=\"columns\">"
    });
    for (i, a) in c.articles.iter().enumerate() {
        let label = e(&a.author_label());
        let (title, untitled) = present::title_text(a);
        let _ = write!(
            h,
            "<article class=\"column{}\" id=\"article-{id}\" aria-labelledby=\"h-{id}\"><header class=\"col-head\"><div class=\"col-tools\" role=\"group\" aria-label=\"Column: {label}\" inert><button type=\"button\" class=\"icon\" aria-label=\"Move {label} left\">◀</button><button type=\"button\" class=\"icon\" aria-label=\"Move {label} right\">▶</button><button type=\"button\" class=\"icon\" aria-label=\"Hide {label}\">✕</button></div><h3 id=\"h-{id}\"{}>{}</h3><ul class=\"authors\">",
            if i == 0 { " current" } else { "" },
            if untitled { " class=\"untitled\"" } else { "" },
            e(&title),
            id = e(&a.id),
        );
        for au in &a.authors {
            let _ = write!(h, "<li>{}</li>", e(&au.display));
        }
        let _ = write!(h, "</ul><p class=\"meta\">{}</p>", e(&present::meta_line(a)));
        if !a.notes.is_empty() {
            h.push_str("<ul class=\"notes\" aria-label=\"Notes on this text\">");
            for n in &a.notes {
                let _ = write!(h, "<li class=\"note {}\">{}</li>", e(&n.kind), e(&n.text));
            }
            h.push_str("</ul>");
        }
        let _ = write!(
            h,
            "<details class=\"provenance\"><summary>{}</summary><p>{}</p><ul>",
            e(&present::about_summary(a)),
            e(&present::source_line(a))
        );
        for l in present::about_lines(a) {
            let _ = write!(h, "<li>{}</li>", e(&l));
        }
        h.push_str("</ul><ol class=\"report\">");
        for r in &a.report {
            let _ = write!(
                h,
                "<li><span class=\"kind\">{}</span>{}</li>",
                present::kind_word(r.kind),
                e(&present::report_text(r))
            );
        }
        h.push_str("</ol></details></header><div class=\"text\">");
        for p in &a.paragraphs {
            let _ = write!(h, "<p id=\"{}\" class=\"para\">", e(&p.id));
            for s in &p.sentences {
                let _ = write!(
                    h,
                    "<span id=\"{}\" class=\"s\"><span class=\"txt\">{}</span> </span>",
                    e(&s.id),
                    e(&s.text)
                );
            }
            h.push_str("</p>");
        }
        h.push_str("</div></article>");
    }
    h.push_str("</div></div>");
    h
}

/// Puts the static view into `index` (trunk's output) in place of [`SLOT`].
/// Running it on an already prerendered page replaces the old view.
pub fn inject(index: &str, c: &Corpus) -> Result<String, String> {
    let view = render(c);
    if let (Some(start), Some(end)) =
        (index.find("<div id=\"prerendered\">"), index.find("<!--/prerendered-->"))
    {
        return Ok(format!("{}{view}{}", &index[..start], &index[end..]));
    }
    if !index.contains(SLOT) {
        return Err(format!("index.html has no {SLOT:?} to replace"));
    }
    Ok(index.replacen(SLOT, &format!("{view}<!--/prerendered-->"), 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<script>\"x\" & 'y'</script>"),
            "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"
        );
    }
}
