//! The articles side by side: one `<article>` column each, in the order the
//! reader chose. On a phone-width screen the columns become one, with a
//! switcher to choose the author.
//!
//! Every column is rendered once, in corpus order, and hidden while the
//! reader hides it; the host puts the columns in the reader's order with
//! the fewest DOM moves.

mod article;
mod coverage;
mod header;
mod paint;
mod painter;
mod sentence;
mod strip;
mod switcher;

pub use article::ArticleColumn;
pub use strip::label as strip_label;
pub use switcher::Switcher;
