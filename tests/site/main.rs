//! Tests of the built site: the release `dist/` (`PARALLAX_DIST`, built by
//! `scripts/test.sh`) served under a sub-path by a small test server and
//! driven in headless Chromium and Firefox, and the core of it in WebKit
//! (WebKitGTK's MiniBrowser on Xvfb). One binary, a module per area.
//!
//! - [`foundation`]: the five articles appear;
//! - [`first_screen`]: the comparison on the first screen, and the overview;
//! - [`first_view`]: the static view from the components, and its take-over;
//! - [`reader`]: shared URLs, filters, history, keyboard, phone, print;
//! - [`compare`]: claims, grid, evidence, downloads;
//! - [`hardening`]: CSP, SRI, hostile data, network faults;
//! - [`many`]: a corpus of many columns;
//! - [`maps`]: the agreement map and the articles' maps;
//! - [`workbench`]: readers' own articles, and the exports checked against the corpus tool;
//! - [`bytes`]: the byte budgets.

#![cfg(not(target_arch = "wasm32"))]

#[path = "../support/mod.rs"]
mod support;

mod bytes;
mod compare;
mod first_screen;
mod first_view;
mod foundation;
mod hardening;
mod many;
mod maps;
mod reader;
mod workbench;
