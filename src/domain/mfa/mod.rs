//! Multi-factor authentication: the secret behind a virtual MFA device, the codes
//! an authenticator app or hardware TOTP token shows, passkeys, and the rules AWS
//! applies when a device is assigned and when it signs in. Seeds are stored sealed.
//! Pure Rust, tested natively against the RFC vectors.

pub mod base32;
pub mod device;
pub mod enrol;
pub mod hardware;
pub mod qr;
pub mod seal;
pub mod seed;
pub mod totp;
pub mod webauthn;

pub use base32::Base32Error;
pub use device::{MfaAssignProblem, MfaDevice, MfaDeviceKind, MfaDevices, MAX_MFA_DEVICES};
pub use enrol::{
    normalise_code, verify_enrolment_codes, verify_sign_in_code, EnrolError, SignInCodeError,
    ACCEPTED_DRIFT_STEPS,
};
pub use hardware::{HardwareToken, HARDWARE_SEED_BYTES};
pub use qr::qr_svg;
pub use seal::{SealError, SealKey, SealedSeed};
pub use seed::{
    first_bad_name_char, format_secret_for_display, generate_seed, otpauth_uri, secret_key,
    valid_device_name, DEVICE_NAME_MAX, ISSUER, SEED_BYTES,
};
pub use totp::{hotp, seconds_left, time_step, totp, DEFAULT_DIGITS, TIME_STEP_SECONDS};
pub use webauthn::{SignatureCheck, WebAuthnProblem};
