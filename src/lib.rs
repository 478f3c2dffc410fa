//! Parallax: several authors' articles side by side, topic by topic.
//!
//! The crate in layers, each using only those above it:
//! - [`model`]: the `corpus.json` types, shared by everything;
//! - [`state`] and [`present`]: pure logic of the reading view (the address,
//!   search, how the data reads in words), tested without a browser;
//! - [`store`] and [`view`]: the page's state and its Leptos components,
//!   compiled both natively (rendered at build time) and to wasm;
//! - [`pipeline`]: `seeds/` → `corpus.json`, step by step (native in the
//!   corpus tool, wasm in the workbench's worker);
//! - [`site`] (native): finishing trunk's output (static view, loader,
//!   policy, exports);
//! - `app` (wasm): the browser glue that takes the page over.

pub mod model;
pub mod present;
pub mod state;
pub mod store;
pub mod view;
pub mod workbench;

pub mod pipeline;

#[cfg(not(target_arch = "wasm32"))]
pub mod site;

#[cfg(target_arch = "wasm32")]
pub mod app;
