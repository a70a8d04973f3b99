//! The browser's WebAuthn and the ECDSA check of its signatures. The domain
//! (`domain::mfa::webauthn`) decides everything it can from bytes; this module
//! only talks to `navigator.credentials` and `crypto.subtle`.

use js_sys::{Array, ArrayBuffer, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn get(target: &JsValue, key: &str) -> Result<JsValue, JsValue> {
    Reflect::get(target, &key.into())
}

fn set(target: &Object, key: &str, value: impl Into<JsValue>) {
    let _ = Reflect::set(target, &key.into(), &value.into());
}

fn bytes_of(value: &JsValue) -> Vec<u8> {
    Uint8Array::new(value).to_vec()
}

fn buffer(bytes: &[u8]) -> ArrayBuffer {
    Uint8Array::from(bytes).buffer()
}

async fn call(target: &JsValue, method: &str, args: &Array) -> Result<JsValue, JsValue> {
    let f: js_sys::Function = get(target, method)?.dyn_into()?;
    let promise: js_sys::Promise = f.apply(target, args)?.dyn_into()?;
    JsFuture::from(promise).await
}

fn credentials() -> Result<JsValue, JsValue> {
    let window: JsValue = web_sys::window().ok_or("no window")?.into();
    let navigator = get(&window, "navigator")?;
    let creds = get(&navigator, "credentials")?;
    if creds.is_undefined() || get(&window, "PublicKeyCredential")?.is_undefined() {
        return Err("WebAuthn is not available in this browser".into());
    }
    Ok(creds)
}

pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

pub fn rp_id() -> String {
    web_sys::window()
        .and_then(|w| w.location().hostname().ok())
        .unwrap_or_default()
}

fn descriptors(ids: &[Vec<u8>]) -> Array {
    ids.iter()
        .map(|id| {
            let d = Object::new();
            set(&d, "type", "public-key");
            set(&d, "id", buffer(id));
            JsValue::from(d)
        })
        .collect()
}

pub struct Registration {
    pub credential_id: Vec<u8>,
    pub client_data_json: Vec<u8>,
    /// From `getAuthenticatorData()`, so the attested credential data can be
    /// checked without parsing the CBOR attestation object.
    pub authenticator_data: Vec<u8>,
    pub public_key_spki: Vec<u8>,
}

/// `navigator.credentials.create()` for an ES256 credential. The public key comes
/// from `getPublicKey()` (SubjectPublicKeyInfo), so no CBOR has to be parsed.
pub async fn create(
    challenge: &[u8],
    user_id: &[u8],
    user_name: &str,
    exclude: &[Vec<u8>],
) -> Result<Registration, String> {
    let run = async {
        let rp = Object::new();
        set(&rp, "name", "rootkey-lab");
        set(&rp, "id", rp_id());
        let user = Object::new();
        set(&user, "id", buffer(user_id));
        set(&user, "name", user_name);
        set(&user, "displayName", user_name);
        let alg = Object::new();
        set(&alg, "type", "public-key");
        set(&alg, "alg", -7);
        let selection = Object::new();
        set(&selection, "userVerification", "discouraged");
        let public_key = Object::new();
        set(&public_key, "rp", rp);
        set(&public_key, "user", user);
        set(&public_key, "challenge", buffer(challenge));
        set(&public_key, "pubKeyCredParams", Array::of1(&alg));
        set(&public_key, "excludeCredentials", descriptors(exclude));
        set(&public_key, "authenticatorSelection", selection);
        set(&public_key, "attestation", "none");
        set(&public_key, "timeout", 60_000);
        let options = Object::new();
        set(&options, "publicKey", public_key);
        let credential = call(&credentials()?, "create", &Array::of1(&options)).await?;
        let response = get(&credential, "response")?;
        let spki = call_sync(&response, "getPublicKey")?;
        if spki.is_null() || spki.is_undefined() {
            return Err(JsValue::from("the authenticator's key is not ES256"));
        }
        Ok::<_, JsValue>(Registration {
            credential_id: bytes_of(&get(&credential, "rawId")?),
            client_data_json: bytes_of(&get(&response, "clientDataJSON")?),
            authenticator_data: bytes_of(&call_sync(&response, "getAuthenticatorData")?),
            public_key_spki: bytes_of(&spki),
        })
    };
    run.await.map_err(describe)
}

fn call_sync(target: &JsValue, method: &str) -> Result<JsValue, JsValue> {
    let f: js_sys::Function = get(target, method)?.dyn_into()?;
    f.call0(target)
}

pub struct Assertion {
    pub credential_id: Vec<u8>,
    pub client_data_json: Vec<u8>,
    pub authenticator_data: Vec<u8>,
    pub signature: Vec<u8>,
}

/// `navigator.credentials.get()` for one of the given credentials.
pub async fn assert(challenge: &[u8], allow: &[Vec<u8>]) -> Result<Assertion, String> {
    let run = async {
        let public_key = Object::new();
        set(&public_key, "challenge", buffer(challenge));
        set(&public_key, "rpId", rp_id());
        set(&public_key, "allowCredentials", descriptors(allow));
        set(&public_key, "userVerification", "discouraged");
        set(&public_key, "timeout", 60_000);
        let options = Object::new();
        set(&options, "publicKey", public_key);
        let credential = call(&credentials()?, "get", &Array::of1(&options)).await?;
        let response = get(&credential, "response")?;
        Ok::<_, JsValue>(Assertion {
            credential_id: bytes_of(&get(&credential, "rawId")?),
            client_data_json: bytes_of(&get(&response, "clientDataJSON")?),
            authenticator_data: bytes_of(&get(&response, "authenticatorData")?),
            signature: bytes_of(&get(&response, "signature")?),
        })
    };
    run.await.map_err(describe)
}

/// ECDSA P-256 / SHA-256 over `data` with WebCrypto. Any failure is "not valid".
pub async fn verify_es256(spki: &[u8], data: &[u8], signature_raw: &[u8; 64]) -> bool {
    let run = async {
        let window: JsValue = web_sys::window().ok_or("no window")?.into();
        let subtle = get(&get(&window, "crypto")?, "subtle")?;
        let algorithm = Object::new();
        set(&algorithm, "name", "ECDSA");
        set(&algorithm, "namedCurve", "P-256");
        let usages = Array::of1(&"verify".into());
        let key = call(
            &subtle,
            "importKey",
            &Array::of5(
                &"spki".into(),
                &buffer(spki),
                &algorithm,
                &false.into(),
                &usages,
            ),
        )
        .await?;
        let params = Object::new();
        set(&params, "name", "ECDSA");
        set(&params, "hash", "SHA-256");
        let args = Array::of4(&params, &key, &buffer(signature_raw), &buffer(data));
        call(&subtle, "verify", &args).await
    };
    run.await.map(|ok| ok.is_truthy()).unwrap_or(false)
}

fn describe(e: JsValue) -> String {
    get(&e, "message")
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "the browser refused".into())
}
