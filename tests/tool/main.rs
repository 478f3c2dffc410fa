//! Tests of the corpus tool, `parallax-corpus`, and of the pure logic it
//! shares with the app (no browser): one binary, a module per topic.
//!
//! - [`cli`]: the command on bad input (one test per kind) and `finish`;
//! - [`corpus_seeds`]: the real seeds, cleaned, split, tagged, written;
//! - [`splitter`]: the sentence splitter (Golden Rules and its own rules);
//! - [`clean_properties`], [`tool_properties`], [`url_properties`]:
//!   properties on generated, hostile input (`PROPTEST_CASES` for a longer
//!   hunt).

#![cfg(not(target_arch = "wasm32"))]

mod clean_properties;
mod cli;
mod corpus_seeds;
mod splitter;
mod tool_properties;
mod url_properties;
