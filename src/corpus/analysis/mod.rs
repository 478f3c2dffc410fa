//! Analysis computed in the build, because a reader cannot see it by eye
//! across five columns: aligned passages ([`align`]) and facts side by side
//! ([`facts`]).

pub mod align;
pub mod facts;
