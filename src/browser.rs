//! Small wrappers over browser APIs that the views need: time, locale-aware
//! formatting, file downloads and the page's base path.

use crate::domain::prefs::Locale;
use crate::domain::time::Timestamp;
use wasm_bindgen::{JsCast, JsValue};

pub mod crypto;
pub mod webauthn;

pub fn now() -> Timestamp {
    Timestamp::from_millis(js_sys::Date::now() as i64)
}

pub fn navigator_language() -> String {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default()
}

/// A date and time in the learner's own time zone, with the zone named.
pub fn format_time(at: Timestamp, locale: Locale) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(at.millis() as f64));
    let options = js_sys::Object::new();
    for (k, v) in [
        ("year", "numeric"),
        ("month", "long"),
        ("day", "numeric"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
        ("second", "2-digit"),
        ("timeZoneName", "short"),
    ] {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    }
    let tag = match locale {
        Locale::En => "en-US",
        Locale::Ja => "ja-JP",
    };
    date.to_locale_string(tag, &options).into()
}

pub fn set_document_lang(locale: Locale) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("lang", locale.tag());
    }
}

/// A `blob:` address holding `content` as UTF-8 without a byte-order mark, for
/// a download link; give it back with `Url::revoke_object_url` when done.
pub fn object_url(content: &str, mime: &str) -> Result<String, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let props = web_sys::BlobPropertyBag::new();
    props.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &props)?;
    web_sys::Url::create_object_url_with_blob(&blob)
}

/// Saves `content` as a file named `name`, as UTF-8 without a byte-order mark.
pub fn download(name: &str, content: &str, mime: &str) -> Result<(), JsValue> {
    let url = object_url(content, mime)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    web_sys::Url::revoke_object_url(&url)
}

/// The path the app is served under, from `<base href>` (set by trunk's
/// `--public-url`): "" at the site root, "/lab" under `/lab/`.
pub fn base_path() -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|u| u.pathname())
        .unwrap_or_default();
    base.trim_end_matches('/').to_string()
}

/// An in-app link target: the router adds the base path when navigating, but
/// not to `<A href>`, so links carry it themselves.
pub fn app_href(path: &str) -> String {
    format!("{}{path}", base_path())
}

/// The route shown now, without the base path (`/signin` under `/lab/signin`).
pub fn app_path() -> String {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let base = base_path();
    path.strip_prefix(base.as_str())
        .unwrap_or(&path)
        .to_string()
}

/// Runs `f` holding the named Web Lock, shared by every tab of this origin, so
/// read-change-write sequences of two tabs cannot interleave. `f` says whether it
/// wrote. Where the browser has no Web Locks, `f` runs at once (the
/// compare-and-set before each write remains).
pub fn with_tab_lock(name: &str, f: impl FnOnce() -> bool + 'static) {
    let locks = web_sys::window()
        .map(|w| w.navigator())
        .and_then(|n| js_sys::Reflect::get(&n, &"locks".into()).ok())
        .filter(|l| !l.is_undefined() && !l.is_null());
    let request = locks.as_ref().and_then(|l| {
        js_sys::Reflect::get(l, &"request".into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()
    });
    match (locks, request) {
        (Some(locks), Some(request)) => {
            let callback = wasm_bindgen::closure::Closure::once_into_js(move |_lock: JsValue| {
                if !f() {
                    return JsValue::UNDEFINED;
                }
                // Keep the lock a moment after writing: another tab's copy of
                // localStorage learns of the write asynchronously, and must have
                // it before that tab's turn to read, change and write.
                JsValue::from(js_sys::Promise::new(&mut |resolve, _| {
                    if let Some(w) = web_sys::window() {
                        let _ =
                            w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100);
                    }
                }))
            });
            let _ = request.call2(&locks, &JsValue::from_str(name), &callback);
        }
        _ => {
            f();
        }
    }
}

/// Names the tab: a screen reader announces the new title as a page change.
pub fn set_document_title(title: &str) {
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}

/// Focuses the first element matching `selector` once the browser has drawn
/// the change that shows it (a new step, a refusal's marked field).
pub fn focus_soon(selector: impl AsRef<str> + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let focus = wasm_bindgen::closure::Closure::once_into_js(move || {
        let found = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector.as_ref()).ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = found {
            let _ = el.focus();
        }
    });
    let _ = window.request_animation_frame(focus.unchecked_ref());
}

/// The first field a refused form marked invalid.
pub const FIRST_INVALID: &str = "[aria-invalid='true']";
