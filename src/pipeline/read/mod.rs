//! Reading the inputs: each file safely ([`source`]: missing, unreadable,
//! empty, binary, non-UTF-8 or oversized files are errors naming the file
//! and line) and the manifest that names the articles and what is known of
//! them ([`manifest`]).

pub mod manifest;
pub mod source;
