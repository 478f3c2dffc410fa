//! Finishing the built site (trunk's post-build hook): the static first
//! view, a loader script instead of trunk's inline one, the CSS inlined, a
//! Content Security Policy, and a `_headers` file for hosts that read it.
//!
//! The policy allows no inline script at all and no `eval`: only scripts
//! from the site itself, WebAssembly compilation (`'wasm-unsafe-eval'`), and
//! the one inline stylesheet by its hash.

use std::path::Path;

use sha2::{Digest, Sha256, Sha384};

pub mod exports;
pub mod prerender;

use crate::model::Corpus;
use crate::pipeline::error::{Error, Result};
use crate::pipeline::output::write_atomic;
use crate::pipeline::read::source::read_text;

fn b64(bytes: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(T[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// `sha384-…` integrity value of `bytes`.
pub fn sri(bytes: &[u8]) -> String {
    format!("sha384-{}", b64(&Sha384::digest(bytes)))
}

/// The policy's directives other than the inline style's hash and framing.
const POLICY: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; img-src 'self'; manifest-src 'self'; base-uri 'none'; object-src 'none'; form-action 'none'";

/// The Content Security Policy for a page whose inline stylesheet is `css`.
pub fn policy(css: &str) -> String {
    format!("{POLICY}; style-src 'self' 'sha256-{}'", b64(&Sha256::digest(css.as_bytes())))
}

/// Text between `start` and `end` (exclusive) in `s`, with its byte range.
fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<(std::ops::Range<usize>, &'a str)> {
    let a = s.find(start)?;
    let from = a + start.len();
    let b = s[from..].find(end)? + from + end.len();
    Some((a..b, &s[a..b]))
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("{name}=\"");
    let i = tag.find(&key)? + key.len();
    Some(&tag[i..i + tag[i..].find('"')?])
}

/// The loader: starts the app after the first paint, fetches the wasm with
/// its integrity checked, and tells the reader in the page when anything fails.
fn loader(js: &str, js_integrity: &str, wasm: &str, wasm_integrity: &str) -> String {
    format!(
        r#"// Parallax loader, written by `parallax-corpus finish`. It starts the app
// after the first paint (the text is already in the page, and nothing is
// fetched before it), checks the program's integrity, and says so in the
// page when anything fails.
const JS = "{js}";
const JS_INTEGRITY = "{js_integrity}";
const WASM = "{wasm}";
const WASM_INTEGRITY = "{wasm_integrity}";
let started = false;

function say(title, text, retry) {{
  const main = document.getElementById("app");
  if (!main) return;
  const old = document.getElementById("load-failure");
  if (old) old.remove();
  const box = document.createElement("section");
  box.id = "load-failure";
  box.className = "load-error";
  box.setAttribute("role", retry ? "alert" : "status");
  const h = document.createElement("h2");
  h.textContent = title;
  const p = document.createElement("p");
  p.textContent = text;
  box.append(h, p);
  if (retry) {{
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = "Try again";
    b.addEventListener("click", () => location.reload());
    box.append(b);
  }}
  main.prepend(box);
}}

function fail(why) {{
  say("The interactive part of Parallax could not start",
      why + " The articles below can still be read; topics, search and the comparison need the program.", true);
}}

async function start() {{
  const slow = setTimeout(() => {{
    if (!started) say("Still loading…", "The interactive part of Parallax is taking long to load on this connection; the articles below can be read meanwhile.", false);
  }}, 8000);
  try {{
    // The glue module is preloaded with its integrity, so the import below
    // gets the checked module (or fails).
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = JS;
    link.integrity = JS_INTEGRITY;
    link.crossOrigin = "anonymous";
    document.head.append(link);
    const wasmResponse = fetch(WASM, {{ integrity: WASM_INTEGRITY }});
    const bindings = await import(JS);
    let response;
    try {{
      response = await wasmResponse;
    }} catch (e) {{
      throw new Error("The program file could not be downloaded or failed its integrity check (" + e.message + ").");
    }}
    if (!response.ok) throw new Error("The server answered " + response.status + " for the program file.");
    await bindings.default({{ module_or_path: response }});
    started = true;
    const old = document.getElementById("load-failure");
    if (old && old.getAttribute("role") === "status") old.remove();
  }} catch (e) {{
    fail(e && e.message ? e.message : String(e));
  }} finally {{
    clearTimeout(slow);
  }}
}}

// A crash inside the program (it aborts on a Rust panic) must not leave a dead page in silence.
addEventListener("error", (e) => {{
  if (e.error instanceof WebAssembly.RuntimeError) {{
    say("Parallax stopped", "The program hit an error (" + e.error.message + "). Reload the page to start again.", true);
  }}
}});

requestAnimationFrame(() => setTimeout(start, 0));
"#
    )
}

/// Where the site's files are published: the prefix that trunk puts before
/// every asset's file name (its `--public-url`: `/`, `./`, `/some/path/`, or
/// a full URL). It is read off the page itself (the URL of the JS glue), so
/// `finish` works on any build, whatever public URL it was made with.
#[derive(Clone, Debug, PartialEq)]
pub struct PublicUrl(String);

impl PublicUrl {
    /// The public URL of an asset's `href`: everything up to its last `/`
    /// (empty for a bare file name, which is relative like `./`).
    pub fn of(href: &str) -> PublicUrl {
        let path = href.split(['?', '#']).next().unwrap_or("");
        PublicUrl(path.rfind('/').map_or(String::new(), |i| path[..=i].to_string()))
    }

    /// The URL of `file` under this public URL (as trunk would write it).
    pub fn url(&self, file: &str) -> String {
        format!("{}{file}", self.0)
    }

    /// The file in the site folder that `href` names: the public URL taken
    /// off, then any query or fragment. An `href` outside the public URL, or
    /// one that would leave the site folder, is an error, never a path read
    /// from elsewhere on the disk.
    pub fn file<'a>(&self, href: &'a str) -> std::result::Result<&'a str, String> {
        let rest = href
            .strip_prefix(self.0.as_str())
            .ok_or_else(|| format!("asset {href:?} is not under the public URL {:?}", self.0))?;
        let rest = rest.split(['?', '#']).next().unwrap_or("");
        let rest = rest.trim_start_matches("./");
        if rest.is_empty() || rest.starts_with('/') || rest.split('/').any(|seg| seg == "..") {
            return Err(format!("asset {href:?} does not name a file in the site folder"));
        }
        Ok(rest)
    }
}

/// What `finish` wrote.
#[derive(Debug)]
pub struct Finished {
    /// The policy put in the page.
    pub policy: String,
    /// File name of the loader.
    pub loader: String,
    /// The public URL the site was built for.
    pub public_url: PublicUrl,
}

/// Sets the page's `<title>`, description and heading to the corpus's title
/// and description (escaped as text).
fn describe(html: &str, corpus: &Corpus) -> String {
    let mut html = html.to_string();
    let title = prerender::escape(&corpus.title);
    let mut set = |start: &str, end: &str, value: String| {
        if let Some((range, _)) = between(&html, start, end) {
            html.replace_range(range, &format!("{start}{value}{end}"));
        }
    };
    set("<title>", "</title>", format!("Parallax — {title}"));
    set("<meta name=\"description\" content=\"", "\">", prerender::escape(&corpus.description));
    set("<span class=\"sub\">", "</span>", title);
    html
}

/// Renders each Markdown document in the site folder (the coding guide,
/// copied there by trunk) as a page beside it, `x.md` → `x.html`, under the
/// same stylesheet and policy as the app. Their text is the project's own.
fn documents(dir: &Path, css: &str, csp: &str) -> Result<()> {
    let mut names: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::new(dir, None, crate::pipeline::error::ErrorKind::Io(e)))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    names.sort();
    for md in names {
        let text = read_text(&md)?;
        let title = text.lines().find_map(|l| l.strip_prefix("# ")).unwrap_or("Parallax").to_string();
        let mut body = String::new();
        pulldown_cmark::html::push_html(
            &mut body,
            pulldown_cmark::Parser::new_ext(&text, pulldown_cmark::Options::ENABLE_TABLES),
        );
        let page = format!(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n  <meta name=\"color-scheme\" content=\"light dark\">\n  <title>{} — Parallax</title>\n  <style>{css}</style>\n</head>\n<body>\n<header class=\"site\"><p><a href=\"./\">← Parallax</a></p></header>\n<main class=\"document\">\n{body}</main>\n</body>\n</html>\n",
            prerender::escape(&title)
        );
        write_atomic(&md.with_extension("html"), page.as_bytes())?;
    }
    Ok(())
}

/// The `src` of the loader script in a finished page.
fn loader_src(html: &str) -> Option<&str> {
    let mut from = 0;
    while let Some((range, tag)) = between(&html[from..], "<script ", ">") {
        if let Some(src) =
            attr(tag, "src").filter(|s| PublicUrl::of(s).file(s).is_ok_and(|f| f.starts_with("loader-")))
        {
            return Some(src);
        }
        from += range.end;
    }
    None
}

/// Finishes the site in `dir` (trunk's staging folder or `dist/`). Asset
/// references are resolved inside `dir` whatever the public URL the site was
/// built with; running it again on a finished site changes nothing.
pub fn finish(dir: &Path) -> Result<Finished> {
    let index_path = dir.join("index.html");
    let mut html = read_text(&index_path)?;
    let bad = |msg: &str| Error::invalid(&index_path, None, msg.to_string());
    let corpus_path = dir.join("corpus.json");
    let corpus: Corpus = serde_json::from_str(&read_text(&corpus_path)?)
        .map_err(|e| Error::invalid(&corpus_path, Some(e.line() as u32), e.to_string()))?;

    // 1. The static first view, and the page's title and description from
    //    the corpus (index.html's are placeholders for any corpus).
    html = prerender::inject(&html, &corpus).map_err(|e| bad(&e))?;
    html = describe(&html, &corpus);

    // 2. The loader instead of trunk's inline module script.
    let public;
    if let Some((_, script)) = between(&html, "<script type=\"module\">", "</script>") {
        let js = between(script, "from '", "';")
            .map(|(_, s)| s.trim_start_matches("from '").trim_end_matches("';").to_string());
        let wasm = between(script, "module_or_path: '", "'")
            .map(|(_, s)| s.trim_start_matches("module_or_path: '").trim_end_matches('\'').to_string());
        let (Some(js), Some(wasm)) = (js, wasm) else {
            return Err(bad("trunk's loader script has an unexpected form"));
        };
        public = PublicUrl::of(&js);
        public.file(&wasm).map_err(|e| bad(&e))?;
        // trunk's preloads go: fetching the program before the first paint
        // only delays the text. The loader fetches both, checked, after it.
        let (wasm_range, preload) = between(&html, &format!("<link rel=\"preload\" href=\"{wasm}\""), ">")
            .ok_or_else(|| bad("no preload link for the wasm"))?;
        let wasm_integrity =
            attr(preload, "integrity").ok_or_else(|| bad("the wasm preload has no integrity"))?.to_string();
        html.replace_range(wasm_range, "");
        let (js_range, modpre) = between(&html, &format!("<link rel=\"modulepreload\" href=\"{js}\""), ">")
            .ok_or_else(|| bad("no modulepreload link for the glue"))?;
        let js_integrity =
            attr(modpre, "integrity").ok_or_else(|| bad("the glue preload has no integrity"))?.to_string();
        html.replace_range(js_range, "");
        let (range, _) = between(&html, "<script type=\"module\">", "</script>").expect("found above");
        let code = loader(&js, &js_integrity, &wasm, &wasm_integrity);
        let name = format!("loader-{}.js", &crate::pipeline::output::sha256_hex(code.as_bytes())[..16]);
        write_atomic(&dir.join(&name), code.as_bytes())?;
        let tag = format!(
            "<script type=\"module\" src=\"{}\" integrity=\"{}\" crossorigin=\"anonymous\"></script>",
            public.url(&name),
            sri(code.as_bytes())
        );
        // At the end of the body, not in the head: in an A/B run of the same
        // page (CPU 4x, median of 9, order rotated) the module script in the
        // head held the first paint back (LCP 412 ms against 224 ms); the
        // benchmark's own time to text moved less (1.45x, within its noise).
        html.replace_range(range, "");
        let body_end = html.rfind("</body>").ok_or_else(|| bad("no </body>"))?;
        html.insert_str(body_end, &tag);
    } else if let Some(src) = loader_src(&html) {
        public = PublicUrl::of(src);
    } else {
        return Err(bad("no module script found (was the page built by trunk?)"));
    }

    // 3. The stylesheet inline (one request less before the first paint).
    let mut css_text = None;
    if let Some((range, tag)) = between(&html, "<link rel=\"stylesheet\"", ">") {
        let href = attr(tag, "href").ok_or_else(|| bad("stylesheet without href"))?;
        let file = public.file(href).map_err(|e| bad(&e))?;
        let css = read_text(&dir.join(file))?;
        html.replace_range(range, &format!("<style>{css}</style>"));
        css_text = Some(css);
    } else if let Some((_, style)) = between(&html, "<style>", "</style>") {
        css_text = Some(style.trim_start_matches("<style>").trim_end_matches("</style>").to_string());
    }
    let css = css_text.ok_or_else(|| bad("no stylesheet"))?;

    // 4. The policy, first thing in <head> so it covers everything after it.
    let csp = policy(&css);
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">");
    if let Some((range, _)) = between(&html, "<meta http-equiv=\"Content-Security-Policy\"", ">") {
        html.replace_range(range, &meta);
    } else {
        let at = html
            .find("<meta charset=\"utf-8\">")
            .map(|i| i + "<meta charset=\"utf-8\">".len())
            .ok_or_else(|| bad("no <meta charset> in <head>"))?;
        html.insert_str(at, &format!("\n  {meta}"));
    }
    write_atomic(&index_path, html.as_bytes())?;
    documents(dir, &css, &csp)?;

    // 5. Response headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages).
    let headers = format!(
        "# Response headers for static hosts that read this file (Netlify, Cloudflare Pages).\n# Other hosts: see README.md, \"Hosting\".\n/*\n  Content-Security-Policy: {csp}; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n  Strict-Transport-Security: max-age=31536000; includeSubDomains\n  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=()\n  Cross-Origin-Opener-Policy: same-origin\n"
    );
    write_atomic(&dir.join("_headers"), headers.as_bytes())?;
    let loader = loader_src(&html).and_then(|s| public.file(s).ok()).unwrap_or_default().to_string();
    Ok(Finished { policy: csp, loader, public_url: public })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn between_looks_for_the_end_after_the_start() {
        let (r, t) = between("x module_or_path: './a.wasm' y", "module_or_path: '", "'").unwrap();
        assert_eq!(t, "module_or_path: './a.wasm'");
        assert_eq!(r, 2..28);
    }

    #[test]
    fn public_url_is_read_off_the_glue_href() {
        assert_eq!(PublicUrl::of("./parallax-1.js"), PublicUrl("./".into()));
        assert_eq!(PublicUrl::of("/parallax-1.js"), PublicUrl("/".into()));
        assert_eq!(PublicUrl::of("/some/sub/path/parallax-1.js"), PublicUrl("/some/sub/path/".into()));
        assert_eq!(
            PublicUrl::of("https://cdn.example.org/x/p.js?v=1"),
            PublicUrl("https://cdn.example.org/x/".into())
        );
        assert_eq!(PublicUrl::of("parallax-1.js"), PublicUrl(String::new()));
    }

    /// Guards issue 13: with the default public URL `/`, the stylesheet's
    /// href `/style-….css` was read as a path from the root of the disk.
    #[test]
    fn asset_hrefs_resolve_inside_the_site_whatever_the_public_url() {
        for (public, href) in [
            ("/", "/style-1.css"),
            ("./", "./style-1.css"),
            ("", "style-1.css"),
            ("/some/sub/path/", "/some/sub/path/style-1.css"),
            ("https://cdn.example.org/x/", "https://cdn.example.org/x/style-1.css?v=2"),
        ] {
            assert_eq!(PublicUrl(public.into()).file(href), Ok("style-1.css"), "{public} {href}");
        }
    }

    #[test]
    fn asset_hrefs_outside_the_site_are_refused() {
        let root = PublicUrl("/".into());
        assert!(root.file("/../etc/passwd").is_err());
        assert!(root.file("//etc/passwd").is_err());
        assert!(root.file("/").is_err());
        assert!(PublicUrl("/x/".into()).file("/y/style.css").is_err());
    }

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(b64(b""), "");
        assert_eq!(b64(b"f"), "Zg==");
        assert_eq!(b64(b"fo"), "Zm8=");
        assert_eq!(b64(b"foo"), "Zm9v");
        assert_eq!(b64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn policy_forbids_inline_script_and_eval() {
        let p = policy("body{}");
        assert!(p.contains("script-src 'self' 'wasm-unsafe-eval'"));
        assert!(!p.contains("unsafe-inline") && !p.contains("'unsafe-eval'"));
        assert!(
            p.contains("object-src 'none'")
                && p.contains("base-uri 'none'")
                && p.contains("default-src 'none'")
        );
        assert!(p.contains("style-src 'self' 'sha256-"));
    }
}
