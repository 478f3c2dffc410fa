//! Segmentation: paragraphs into sentences. One concern per file: word
//! lists ([`abbreviations`]), quotations ([`quotes`]), inline lists
//! ([`lists`]), and the splitter that composes them ([`sentences`]).

pub mod abbreviations;
pub mod lists;
pub mod quotes;
pub mod sentences;

pub use sentences::split_sentences;
