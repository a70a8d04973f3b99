//! The parts of WebAuthn a relying party checks itself. The browser makes the
//! credential and verifies the ECDSA signature with WebCrypto; everything else
//! (which ceremony, which challenge, which site, which authenticator state) is
//! decided here, natively testable.

use super::device::{MfaDevice, MfaDeviceKind};
use crate::domain::base64::base64url_decode;
use crate::domain::random::Random;
use crate::domain::secret::constant_time_eq;
use serde::Deserialize;
use sha2::{Digest, Sha256};

pub const CHALLENGE_BYTES: usize = 32;

/// Fresh for every ceremony, so a recorded response cannot be replayed.
pub fn registration_challenge(rng: &mut impl Random) -> [u8; CHALLENGE_BYTES] {
    rng.bytes()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WebAuthnProblem {
    ClientDataUnreadable,
    /// A sign-in response offered for registration, or the reverse.
    WrongCeremony,
    ChallengeMismatch,
    /// Made for another site: the phishing case WebAuthn exists to stop.
    OriginMismatch,
    AuthenticatorDataTooShort,
    RpIdMismatch,
    UserNotPresent,
    /// The counter did not advance: the credential may have been cloned.
    SignCountNotIncreased,
    SignatureMalformed,
    NotAPasskey,
    /// `crossOrigin` true or a `topOrigin`: the ceremony ran in a frame of another site.
    CrossOrigin,
    /// User verification was required and the authenticator did not do it.
    UserNotVerified,
    /// A registration without attested credential data, or with data whose
    /// credential ID is not the one the browser returned.
    AttestedCredentialMismatch,
}

#[derive(Deserialize)]
struct ClientData {
    #[serde(rename = "type")]
    ceremony: String,
    challenge: String,
    origin: String,
    #[serde(default, rename = "crossOrigin")]
    cross_origin: Option<bool>,
    #[serde(default, rename = "topOrigin")]
    top_origin: Option<serde_json::Value>,
}

fn check_client_data(
    client_data_json: &[u8],
    ceremony: &str,
    expected_challenge: &[u8],
    expected_origin: &str,
) -> Result<(), WebAuthnProblem> {
    let data: ClientData = serde_json::from_slice(client_data_json)
        .map_err(|_| WebAuthnProblem::ClientDataUnreadable)?;
    if data.ceremony != ceremony {
        return Err(WebAuthnProblem::WrongCeremony);
    }
    let challenge = base64url_decode(&data.challenge).ok_or(WebAuthnProblem::ChallengeMismatch)?;
    if !constant_time_eq(&challenge, expected_challenge) {
        return Err(WebAuthnProblem::ChallengeMismatch);
    }
    if data.origin != expected_origin {
        return Err(WebAuthnProblem::OriginMismatch);
    }
    // The lab never runs in another site's frame, so a ceremony that did is refused.
    if data.cross_origin.unwrap_or(false) || data.top_origin.is_some() {
        return Err(WebAuthnProblem::CrossOrigin);
    }
    Ok(())
}

/// What the relying party expects of one ceremony.
#[derive(Clone, Copy, Debug)]
pub struct Expected<'a> {
    pub challenge: &'a [u8],
    pub origin: &'a str,
    pub rp_id: &'a str,
    /// The lab asks for `userVerification: "discouraged"`, so passes `false`.
    pub user_verification: bool,
}

/// The response of `navigator.credentials.create()`: its clientDataJSON, and its
/// authenticator data (rpIdHash, flags, and attested credential data naming the
/// credential the browser returned).
pub fn check_registration(
    client_data_json: &[u8],
    authenticator_data: &[u8],
    credential_id: &[u8],
    expected: Expected,
) -> Result<(), WebAuthnProblem> {
    check_client_data(
        client_data_json,
        "webauthn.create",
        expected.challenge,
        expected.origin,
    )?;
    check_flags(
        authenticator_data,
        expected.rp_id,
        expected.user_verification,
    )?;
    if authenticator_data[32] & FLAG_ATTESTED_CREDENTIAL == 0 {
        return Err(WebAuthnProblem::AttestedCredentialMismatch);
    }
    // aaguid (16), then the credential ID's length (2, big-endian) and the ID.
    let attested = &authenticator_data[AUTH_DATA_MIN..];
    let id = attested
        .get(16..18)
        .map(|len| usize::from(u16::from_be_bytes([len[0], len[1]])))
        .and_then(|len| attested.get(18..18 + len))
        .ok_or(WebAuthnProblem::AttestedCredentialMismatch)?;
    if id.is_empty() || !constant_time_eq(id, credential_id) {
        return Err(WebAuthnProblem::AttestedCredentialMismatch);
    }
    Ok(())
}

/// The fixed head of authenticator data: length, rpIdHash, user presence and,
/// where required, user verification.
fn check_flags(
    authenticator_data: &[u8],
    rp_id: &str,
    user_verification: bool,
) -> Result<(), WebAuthnProblem> {
    if authenticator_data.len() < AUTH_DATA_MIN {
        return Err(WebAuthnProblem::AuthenticatorDataTooShort);
    }
    let rp_id_hash: [u8; 32] = Sha256::digest(rp_id.as_bytes()).into();
    if !constant_time_eq(&authenticator_data[..32], &rp_id_hash) {
        return Err(WebAuthnProblem::RpIdMismatch);
    }
    let flags = authenticator_data[32];
    if flags & FLAG_USER_PRESENT == 0 {
        return Err(WebAuthnProblem::UserNotPresent);
    }
    if user_verification && flags & FLAG_USER_VERIFIED == 0 {
        return Err(WebAuthnProblem::UserNotVerified);
    }
    Ok(())
}

/// What the browser still has to verify with WebCrypto (ECDSA P-256, SHA-256)
/// before `complete_mfa_with_passkey` may be told the signature holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignatureCheck {
    pub public_key_spki: Vec<u8>,
    pub signed_data: Vec<u8>,
    /// WebCrypto wants r‖s, not the DER an authenticator returns.
    pub signature_raw: [u8; 64],
    pub new_sign_count: u32,
}

/// rpIdHash (32) + flags (1) + signCount (4).
const AUTH_DATA_MIN: usize = 37;
const FLAG_USER_PRESENT: u8 = 0x01;
const FLAG_USER_VERIFIED: u8 = 0x04;
const FLAG_ATTESTED_CREDENTIAL: u8 = 0x40;

/// Everything about a `navigator.credentials.get()` response except the
/// signature itself.
pub fn check_assertion(
    device: &MfaDevice,
    client_data_json: &[u8],
    authenticator_data: &[u8],
    signature_der: &[u8],
    expected_challenge: &[u8],
    expected_origin: &str,
    rp_id: &str,
) -> Result<SignatureCheck, WebAuthnProblem> {
    let MfaDeviceKind::Passkey {
        public_key_spki,
        sign_count,
        ..
    } = &device.kind
    else {
        return Err(WebAuthnProblem::NotAPasskey);
    };
    check_client_data(
        client_data_json,
        "webauthn.get",
        expected_challenge,
        expected_origin,
    )?;
    check_flags(authenticator_data, rp_id, false)?;
    let new_sign_count = u32::from_be_bytes(authenticator_data[33..37].try_into().unwrap());
    if !sign_count_acceptable(*sign_count, new_sign_count) {
        return Err(WebAuthnProblem::SignCountNotIncreased);
    }
    let signature_raw =
        der_signature_to_raw(signature_der).ok_or(WebAuthnProblem::SignatureMalformed)?;
    let mut signed_data = authenticator_data.to_vec();
    signed_data.extend_from_slice(&Sha256::digest(client_data_json));
    Ok(SignatureCheck {
        public_key_spki: public_key_spki.clone(),
        signed_data,
        signature_raw,
        new_sign_count,
    })
}

/// Many passkeys (synced ones especially) always report zero; any authenticator
/// that counts must count up.
pub fn sign_count_acceptable(stored: u32, new: u32) -> bool {
    new > stored || (stored == 0 && new == 0)
}

/// An ECDSA-Sig-Value (`SEQUENCE { INTEGER r, INTEGER s }`) as r‖s, each left-padded
/// to 32 bytes. DER integers are signed, so a value with its top bit set gains a
/// leading zero byte, and a small value is shorter than 32 bytes.
pub fn der_signature_to_raw(der: &[u8]) -> Option<[u8; 64]> {
    let (body, rest) = der_element(der, 0x30)?;
    if !rest.is_empty() {
        return None;
    }
    let (r, rest) = der_element(body, 0x02)?;
    let (s, rest) = der_element(rest, 0x02)?;
    if !rest.is_empty() {
        return None;
    }
    let mut raw = [0u8; 64];
    raw[..32].copy_from_slice(&positive_32(r)?);
    raw[32..].copy_from_slice(&positive_32(s)?);
    Some(raw)
}

/// One tag-length-value. A P-256 signature is at most 72 bytes, so every length
/// fits the short form; the long form is refused rather than parsed.
fn der_element(input: &[u8], tag: u8) -> Option<(&[u8], &[u8])> {
    let (&t, input) = input.split_first()?;
    let (&len, input) = input.split_first()?;
    let len = usize::from(len);
    (t == tag && len < 0x80 && input.len() >= len).then(|| input.split_at(len))
}

/// A DER INTEGER's bytes as an unsigned 32-byte big-endian value. Refuses
/// negatives, zero-length values, redundant leading zeros and anything too big.
fn positive_32(int: &[u8]) -> Option<[u8; 32]> {
    let (&first, _) = int.split_first()?;
    if first & 0x80 != 0 {
        return None;
    }
    let digits = if first == 0 && int.len() > 1 {
        if int[1] & 0x80 == 0 {
            return None;
        }
        &int[1..]
    } else {
        int
    };
    if digits.len() > 32 {
        return None;
    }
    let mut out = [0u8; 32];
    out[32 - digits.len()..].copy_from_slice(digits);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::base64::base64url_encode;
    use crate::domain::mfa::device::MfaDevice;
    use crate::domain::time::Timestamp;

    const ORIGIN: &str = "https://lab.example";
    const RP_ID: &str = "lab.example";
    const CHALLENGE: [u8; 32] = [0xfb; 32];

    fn client_data(ceremony: &str, challenge: &[u8], origin: &str) -> Vec<u8> {
        format!(
            r#"{{"type":"{ceremony}","challenge":"{}","origin":"{origin}","crossOrigin":false}}"#,
            base64url_encode(challenge)
        )
        .into_bytes()
    }

    fn auth_data(rp_id: &str, flags: u8, count: u32) -> Vec<u8> {
        let mut data = Sha256::digest(rp_id.as_bytes()).to_vec();
        data.push(flags);
        data.extend_from_slice(&count.to_be_bytes());
        data
    }

    const CREDENTIAL: &[u8] = &[9, 8, 7, 6];

    fn expected() -> Expected<'static> {
        Expected {
            challenge: &CHALLENGE,
            origin: ORIGIN,
            rp_id: RP_ID,
            user_verification: false,
        }
    }

    /// Registration authenticator data: the head, an aaguid, the credential ID
    /// and a stand-in for the COSE key.
    fn registered(rp_id: &str, flags: u8, credential_id: &[u8]) -> Vec<u8> {
        let mut data = auth_data(rp_id, flags, 0);
        data.extend_from_slice(&[0; 16]);
        data.extend_from_slice(&(credential_id.len() as u16).to_be_bytes());
        data.extend_from_slice(credential_id);
        data.extend_from_slice(&[0xa5, 1, 2]);
        data
    }

    #[test]
    fn a_ceremony_in_another_sites_frame_is_refused() {
        let with = |extra: &str| {
            format!(
                r#"{{"type":"webauthn.create","challenge":"{}","origin":"{ORIGIN}"{extra}}}"#,
                base64url_encode(&CHALLENGE)
            )
            .into_bytes()
        };
        let ad = registered(RP_ID, 0x41, CREDENTIAL);
        for (extra, outcome) in [
            ("", Ok(())),
            (r#","crossOrigin":false"#, Ok(())),
            (r#","crossOrigin":true"#, Err(WebAuthnProblem::CrossOrigin)),
            (
                r#","crossOrigin":true,"topOrigin":"https://evil.example""#,
                Err(WebAuthnProblem::CrossOrigin),
            ),
            (
                r#","topOrigin":"https://evil.example""#,
                Err(WebAuthnProblem::CrossOrigin),
            ),
        ] {
            assert_eq!(
                check_registration(&with(extra), &ad, CREDENTIAL, expected()),
                outcome,
                "{extra}"
            );
        }
        let get = format!(
            r#"{{"type":"webauthn.get","challenge":"{}","origin":"{ORIGIN}","crossOrigin":true}}"#,
            base64url_encode(&CHALLENGE)
        );
        assert_eq!(
            check_assertion(
                &passkey(0),
                get.as_bytes(),
                &auth_data(RP_ID, 1, 1),
                &der(&[1], &[2]),
                &CHALLENGE,
                ORIGIN,
                RP_ID
            ),
            Err(WebAuthnProblem::CrossOrigin)
        );
    }

    #[test]
    fn registration_checks_the_authenticator_data() {
        let cd = client_data("webauthn.create", &CHALLENGE, ORIGIN);
        let check = |ad: &[u8], e: Expected| check_registration(&cd, ad, CREDENTIAL, e);
        let uv = Expected {
            user_verification: true,
            ..expected()
        };
        assert_eq!(check(&registered(RP_ID, 0x45, CREDENTIAL), uv), Ok(()));
        for (ad, e, problem) in [
            (
                registered(RP_ID, 0x41, CREDENTIAL)[..36].to_vec(),
                expected(),
                WebAuthnProblem::AuthenticatorDataTooShort,
            ),
            (
                registered("evil.example", 0x41, CREDENTIAL),
                expected(),
                WebAuthnProblem::RpIdMismatch,
            ),
            (
                registered(RP_ID, 0x40, CREDENTIAL),
                expected(),
                WebAuthnProblem::UserNotPresent,
            ),
            (
                registered(RP_ID, 0x41, CREDENTIAL),
                uv,
                WebAuthnProblem::UserNotVerified,
            ),
            (
                registered(RP_ID, 0x01, CREDENTIAL),
                expected(),
                WebAuthnProblem::AttestedCredentialMismatch,
            ),
            (
                auth_data(RP_ID, 0x41, 0),
                expected(),
                WebAuthnProblem::AttestedCredentialMismatch,
            ),
            (
                registered(RP_ID, 0x41, &[9, 8, 7, 5]),
                expected(),
                WebAuthnProblem::AttestedCredentialMismatch,
            ),
            (
                registered(RP_ID, 0x41, &[]),
                expected(),
                WebAuthnProblem::AttestedCredentialMismatch,
            ),
            (
                registered(RP_ID, 0x41, CREDENTIAL)[..58].to_vec(),
                expected(),
                WebAuthnProblem::AttestedCredentialMismatch,
            ),
        ] {
            assert_eq!(check(&ad, e), Err(problem), "{problem:?}");
        }
    }

    fn passkey(sign_count: u32) -> MfaDevice {
        MfaDevice {
            name: "key".into(),
            serial: "arn:aws:iam::123456789012:u2f/root/key-X".into(),
            kind: MfaDeviceKind::Passkey {
                credential_id: vec![1, 2, 3],
                public_key_spki: vec![4, 5, 6],
                sign_count,
            },
            created: Timestamp(0),
            last_used_step: None,
        }
    }

    /// A DER signature with the given r and s INTEGER contents.
    fn der(r: &[u8], s: &[u8]) -> Vec<u8> {
        let mut body = vec![0x02, r.len() as u8];
        body.extend_from_slice(r);
        body.extend_from_slice(&[0x02, s.len() as u8]);
        body.extend_from_slice(s);
        let mut out = vec![0x30, body.len() as u8];
        out.extend(body);
        out
    }

    #[test]
    fn base64url_matches_rfc_4648_and_round_trips() {
        for (bytes, text) in [
            (&b""[..], ""),
            (b"f", "Zg"),
            (b"fo", "Zm8"),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg"),
            (b"fooba", "Zm9vYmE"),
            (b"foobar", "Zm9vYmFy"),
            (&[0xfb, 0xff, 0xbf], "-_-_"),
        ] {
            assert_eq!(base64url_encode(bytes), text);
            assert_eq!(base64url_decode(text).as_deref(), Some(bytes), "{text}");
        }
        assert_eq!(base64url_decode("Zm8=").as_deref(), Some(&b"fo"[..]));
        for bad in ["Z", "Zm9vY", "Zm+v", "Zm/v", "Zm9 v", "Zh", "Zm9=v"] {
            assert_eq!(base64url_decode(bad), None, "{bad}");
        }
    }

    #[test]
    fn registration_checks_ceremony_challenge_and_origin() {
        let ok = client_data("webauthn.create", &CHALLENGE, ORIGIN);
        let ad = registered(RP_ID, 0x41, CREDENTIAL);
        assert_eq!(check_registration(&ok, &ad, CREDENTIAL, expected()), Ok(()));
        for (data, problem) in [
            (b"not json".to_vec(), WebAuthnProblem::ClientDataUnreadable),
            (
                br#"{"type":"webauthn.create"}"#.to_vec(),
                WebAuthnProblem::ClientDataUnreadable,
            ),
            (
                client_data("webauthn.get", &CHALLENGE, ORIGIN),
                WebAuthnProblem::WrongCeremony,
            ),
            (
                client_data("webauthn.create", &[0xfb; 31], ORIGIN),
                WebAuthnProblem::ChallengeMismatch,
            ),
            (
                client_data("webauthn.create", &[0xfa; 32], ORIGIN),
                WebAuthnProblem::ChallengeMismatch,
            ),
            (
                client_data("webauthn.create", &CHALLENGE, "https://lab.example.evil"),
                WebAuthnProblem::OriginMismatch,
            ),
            (
                client_data("webauthn.create", &CHALLENGE, "http://lab.example"),
                WebAuthnProblem::OriginMismatch,
            ),
        ] {
            let ad = registered(RP_ID, 0x41, CREDENTIAL);
            assert_eq!(
                check_registration(&data, &ad, CREDENTIAL, expected()),
                Err(problem),
                "{}",
                String::from_utf8_lossy(&data)
            );
        }
    }

    #[test]
    fn an_assertion_yields_what_webcrypto_must_verify() {
        let cd = client_data("webauthn.get", &CHALLENGE, ORIGIN);
        let ad = auth_data(RP_ID, 0x05, 8);
        let sig = der(&[0x00, 0x80, 1], &[0x7f; 32]);
        let check =
            check_assertion(&passkey(7), &cd, &ad, &sig, &CHALLENGE, ORIGIN, RP_ID).unwrap();
        let mut signed = ad.clone();
        signed.extend_from_slice(&Sha256::digest(&cd));
        assert_eq!(check.signed_data, signed);
        assert_eq!(check.public_key_spki, vec![4, 5, 6]);
        assert_eq!(check.new_sign_count, 8);
        assert_eq!(&check.signature_raw[29..32], &[0, 0x80, 1]);
        assert_eq!(&check.signature_raw[32..], &[0x7f; 32]);
    }

    #[test]
    fn assertions_are_refused_for_each_broken_rule() {
        let cd = client_data("webauthn.get", &CHALLENGE, ORIGIN);
        let sig = der(&[1], &[2]);
        let mut totp = passkey(0);
        totp.kind = MfaDeviceKind::AuthenticatorApp {
            sealed_seed: "000000000000000000000000.00000000000000000000000000000000ff"
                .to_string()
                .try_into()
                .unwrap(),
        };
        type Case = (MfaDevice, Vec<u8>, Vec<u8>, Vec<u8>, WebAuthnProblem);
        let cases: Vec<Case> = vec![
            (
                totp,
                cd.clone(),
                auth_data(RP_ID, 1, 1),
                sig.clone(),
                WebAuthnProblem::NotAPasskey,
            ),
            (
                passkey(0),
                client_data("webauthn.create", &CHALLENGE, ORIGIN),
                auth_data(RP_ID, 1, 1),
                sig.clone(),
                WebAuthnProblem::WrongCeremony,
            ),
            (
                passkey(0),
                client_data("webauthn.get", &[0; 32], ORIGIN),
                auth_data(RP_ID, 1, 1),
                sig.clone(),
                WebAuthnProblem::ChallengeMismatch,
            ),
            (
                passkey(0),
                client_data("webauthn.get", &CHALLENGE, "https://evil.example"),
                auth_data(RP_ID, 1, 1),
                sig.clone(),
                WebAuthnProblem::OriginMismatch,
            ),
            (
                passkey(0),
                cd.clone(),
                auth_data(RP_ID, 1, 1)[..36].to_vec(),
                sig.clone(),
                WebAuthnProblem::AuthenticatorDataTooShort,
            ),
            (
                passkey(0),
                cd.clone(),
                auth_data("evil.example", 1, 1),
                sig.clone(),
                WebAuthnProblem::RpIdMismatch,
            ),
            (
                passkey(0),
                cd.clone(),
                auth_data(RP_ID, 0x04, 1),
                sig.clone(),
                WebAuthnProblem::UserNotPresent,
            ),
            (
                passkey(5),
                cd.clone(),
                auth_data(RP_ID, 1, 5),
                sig.clone(),
                WebAuthnProblem::SignCountNotIncreased,
            ),
            (
                passkey(5),
                cd.clone(),
                auth_data(RP_ID, 1, 0),
                sig.clone(),
                WebAuthnProblem::SignCountNotIncreased,
            ),
            (
                passkey(0),
                cd.clone(),
                auth_data(RP_ID, 1, 0),
                vec![0x30, 0],
                WebAuthnProblem::SignatureMalformed,
            ),
        ];
        for (device, cd, ad, sig, problem) in cases {
            assert_eq!(
                check_assertion(&device, &cd, &ad, &sig, &CHALLENGE, ORIGIN, RP_ID),
                Err(problem),
                "{problem:?}"
            );
        }
    }

    #[test]
    fn sign_counts_must_advance_unless_the_authenticator_never_counts() {
        for (stored, new, ok) in [
            (0, 0, true),
            (0, 1, true),
            (7, 8, true),
            (7, 7, false),
            (7, 0, false),
            (7, 3, false),
        ] {
            assert_eq!(sign_count_acceptable(stored, new), ok, "{stored} {new}");
        }
    }

    #[test]
    fn der_signatures_become_fixed_width_r_and_s() {
        let full = [0x11u8; 32];
        let high = [0x80u8; 32];
        let mut high_der = vec![0];
        high_der.extend_from_slice(&high);
        let mut expected_short = [0u8; 64];
        expected_short[31] = 5;
        expected_short[63] = 0x7f;
        for (r, s, raw) in [
            (full.to_vec(), full.to_vec(), [0x11; 64]),
            (high_der.clone(), high_der.clone(), [0x80; 64]),
            (vec![5], vec![0x7f], expected_short),
        ] {
            assert_eq!(der_signature_to_raw(&der(&r, &s)), Some(raw), "{r:?}");
        }
        let mut trailing = der(&[1], &[2]);
        trailing.push(0);
        let mut wrong_length = der(&[1], &[2]);
        wrong_length[1] += 1;
        for bad in [
            vec![],
            vec![0x30],
            trailing,
            wrong_length,
            der(&[], &[1]),
            der(&[0x80], &[1]),
            der(&[0, 1], &[1]),
            der(&[1; 33], &[1]),
            [&[0x31u8, 6][..], &der(&[1], &[2])[2..]].concat(),
            vec![0x30, 0x81, 0x05, 0x02, 0x01, 0x01, 0x02, 0x01, 0x02],
            vec![0x30, 0x82, 0x00, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x02],
        ] {
            assert_eq!(der_signature_to_raw(&bad), None, "{bad:02x?}");
        }
    }
}
