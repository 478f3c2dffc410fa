//! Text utilities shared by tagging and analysis.

pub mod tokens;
pub mod words;
