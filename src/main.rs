//! The Parallax web app's entry point. Built for wasm32 by trunk (see
//! `index.html`); on other targets it only explains where the app lives.

#[cfg(target_arch = "wasm32")]
fn main() {
    parallax::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The Parallax web app runs in the browser: build it with `trunk build --release` \
         (see README.md). The corpus tool is `cargo run --bin parallax-corpus`."
    );
    std::process::exit(2);
}
