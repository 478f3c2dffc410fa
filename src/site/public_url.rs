//! Where the site's files are published: the prefix trunk puts before every
//! asset's file name (its `--public-url`), and the file in the site folder
//! an asset reference names.

/// The public URL (`/`, `./`, `/some/path/`, or a full URL). It is read off
/// the page itself (the URL of the JS glue), so `finish` works on any build,
/// whatever public URL it was made with.
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
    pub fn file<'a>(&self, href: &'a str) -> Result<&'a str, String> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
