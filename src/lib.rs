//! Parallax: several authors' articles side by side, topic by topic.
//!
//! One crate, three parts:
//! - [`model`]: the `corpus.json` types, shared by everything;
//! - [`corpus`] (native only): the tool that turns `seeds/` into `corpus.json`;
//! - `app` (wasm only): the Leptos web app that reads `corpus.json`.

pub mod model;
pub mod present;
pub mod state;

#[cfg(not(target_arch = "wasm32"))]
pub mod pipeline;

#[cfg(not(target_arch = "wasm32"))]
pub mod site;

#[cfg(target_arch = "wasm32")]
pub mod app;
