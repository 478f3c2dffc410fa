//! Pure logic of the reading view, with no browser in sight so it runs in
//! plain unit tests: the address codec ([`query`]), the view state it
//! carries ([`view`]), search ([`search`]), and which columns stay in place
//! on a reorder ([`arrange`]).

pub mod arrange;
pub mod check;
pub mod query;
pub mod search;
pub mod view;
