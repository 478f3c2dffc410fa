//! The site's security: the Content Security Policy, subresource integrity
//! values, and the `_headers` file for hosts that read one.
//!
//! The policy allows no inline script at all and no `eval`: only scripts
//! from the site itself, WebAssembly compilation (`'wasm-unsafe-eval'`), and
//! the one inline stylesheet by its hash.

use base64::Engine as _;
use sha2::{Digest, Sha256, Sha384};

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
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

/// The `_headers` file (Netlify, Cloudflare Pages): the policy with framing
/// forbidden, and the other response headers a static site should send.
pub fn headers_file(csp: &str) -> String {
    format!(
        "# Response headers for static hosts that read this file (Netlify, Cloudflare Pages).\n# Other hosts: see README.md, \"Hosting\".\n/*\n  Content-Security-Policy: {csp}; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n  Strict-Transport-Security: max-age=31536000; includeSubDomains\n  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=()\n  Cross-Origin-Opener-Policy: same-origin\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(b64(b""), "");
        assert_eq!(b64(b"f"), "Zg==");
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
