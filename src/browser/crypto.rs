//! WebCrypto for the slow, security-critical work: PBKDF2 runs inside the
//! browser's own implementation, off the main thread, so a 600,000-iteration hash
//! never freezes the page. Where `crypto.subtle` is missing (a plain-HTTP host
//! that is not localhost), the domain's Rust PBKDF2 gives the same bytes.

use crate::domain::password::{Kdf, KdfRequest, RustKdf};
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn subtle() -> Option<Object> {
    let window: JsValue = web_sys::window()?.into();
    let crypto = Reflect::get(&window, &"crypto".into()).ok()?;
    Reflect::get(&crypto, &"subtle".into())
        .ok()
        .filter(|s| s.is_object())
        .map(Object::from)
}

fn call(target: &Object, method: &str, args: &Array) -> Result<JsFuture, JsValue> {
    let f: js_sys::Function = Reflect::get(target, &method.into())?.dyn_into()?;
    let promise: js_sys::Promise = f.apply(target, args)?.dyn_into()?;
    Ok(JsFuture::from(promise))
}

async fn subtle_pbkdf2(subtle: &Object, r: &KdfRequest) -> Result<[u8; 32], JsValue> {
    let raw = Uint8Array::from(r.password.as_bytes());
    let usages = Array::of1(&"deriveBits".into());
    let key = call(
        subtle,
        "importKey",
        &Array::of5(
            &"raw".into(),
            &raw,
            &"PBKDF2".into(),
            &false.into(),
            &usages,
        ),
    )?
    .await?;
    let params = Object::new();
    Reflect::set(&params, &"name".into(), &"PBKDF2".into())?;
    Reflect::set(&params, &"hash".into(), &"SHA-256".into())?;
    Reflect::set(&params, &"salt".into(), &Uint8Array::from(&r.salt[..]))?;
    Reflect::set(&params, &"iterations".into(), &r.iterations.into())?;
    let bits = call(
        subtle,
        "deriveBits",
        &Array::of3(&params, &key, &256.into()),
    )?
    .await?;
    let bytes = Uint8Array::new(&bits);
    let mut out = [0u8; 32];
    if bytes.length() != 32 {
        return Err("deriveBits returned an unexpected length".into());
    }
    bytes.copy_to(&mut out);
    Ok(out)
}

/// PBKDF2-HMAC-SHA256 with WebCrypto where it exists, else in Rust.
pub async fn pbkdf2(request: &KdfRequest) -> [u8; 32] {
    if let Some(subtle) = subtle() {
        if let Ok(out) = subtle_pbkdf2(&subtle, request).await {
            return out;
        }
    }
    RustKdf.pbkdf2(&request.password, &request.salt, request.iterations)
}
