//! The workbench's program: one wasm for the page and for its worker (see
//! `parallax::workbench`). Built for wasm32 by trunk (a `worker` link in
//! `index.html`, so the reader's page never loads it).

#[cfg(target_arch = "wasm32")]
fn main() {
    parallax::workbench::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The workbench runs in the browser: build the site with `trunk build --release` (see README.md)."
    );
    std::process::exit(2);
}
