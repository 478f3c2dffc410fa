//! The workbench: readers compare their own articles in the browser, with
//! the corpus tool's own pipeline compiled to wasm.
//!
//! Its unit of truth is a seeds folder held in memory ([`folder`]): the
//! same files `parallax-corpus` reads. Every edit in the page rewrites one of
//! them; the worker builds the corpus from exactly the files an export
//! writes, so the exported folder builds to the corpus the page shows.
//!
//! - [`folder`]: the folder, its files parsed into the pipeline's own types
//!   and written back;
//! - [`zip`]: seeds folders in and out as zip archives;
//! - `storage` (wasm): the folder kept in IndexedDB across reloads;
//! - `page` (wasm): the page's components.

pub mod zip;
