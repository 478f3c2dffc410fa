//! Segmentation: paragraphs into sentences. One concern per file: word
//! lists ([`abbreviations`]), quotations ([`quotes`]), inline lists
//! ([`lists`]), the splitter that composes them ([`sentences`]), and the
//! quotation groups over its sentences ([`groups`]).

pub mod abbreviations;
pub mod groups;
pub mod lists;
pub mod quotes;
pub mod sentences;

pub use groups::quotation_groups;
pub use sentences::split_sentences;
