#[cfg(target_arch = "wasm32")]
fn main() {
    leptos::mount::mount_to_body(rootkey_lab::app::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("rootkey-lab runs in the browser: use `make serve`.");
}
