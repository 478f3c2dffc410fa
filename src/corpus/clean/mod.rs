//! Cleaning raw article text: one small step per file, composed in
//! [`clean`]. Every step that removes or changes text records what it did in
//! the article's normalisation report.

pub mod blocks;
pub mod metadata;
