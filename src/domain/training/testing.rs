//! Accounts and users the training tests share.

use crate::domain::access_key::AccessKeys;
use crate::domain::account::{Account, RootUser};
use crate::domain::iam::group::Group;
use crate::domain::iam::user::IamUser;
use crate::domain::ids::AccountId;
use crate::domain::mfa::{MfaDevice, MfaDeviceKind};
use crate::domain::password::PasswordHash;
use crate::domain::time::Timestamp;

pub fn account() -> Account {
    Account {
        id: AccountId::new(123_456_789_012).unwrap(),
        name: "Training".into(),
        alias: None,
        created: Timestamp(0),
        root: RootUser {
            email: "learner@example.com".into(),
            password: PasswordHash::with_iterations(
                "Secret-Pass1",
                b"salt",
                1,
                &crate::domain::password::RustKdf,
            ),
            access_keys: AccessKeys::default(),
            hide_root_warning: false,
            mfa: Default::default(),
            password_last_used: None,
        },
        users: Vec::new(),
        groups: Vec::new(),
        credential_report: None,
        trail: Default::default(),
    }
}

pub fn user(name: &str, groups: &[&str], policies: &[&str]) -> IamUser {
    IamUser {
        name: name.into(),
        user_id: "AIDAEXAMPLEEXAMPLE1".into(),
        created: Timestamp(1),
        password: None,
        groups: groups.iter().map(|g| g.to_string()).collect(),
        attached_policies: policies.iter().map(|p| p.to_string()).collect(),
        access_keys: AccessKeys::default(),
        mfa: Default::default(),
        tags: Vec::new(),
        password_last_used: None,
        password_last_changed: None,
        password_reset_required: false,
    }
}

pub fn group(name: &str, policies: &[&str]) -> Group {
    Group {
        name: name.into(),
        group_id: "AGPAEXAMPLEEXAMPLE1".into(),
        created: Timestamp(1),
        attached_policies: policies.iter().map(|p| p.to_string()).collect(),
    }
}

pub fn add_root_passkey(a: &mut Account) {
    a.root.mfa.devices.push(MfaDevice {
        name: "laptop".into(),
        serial: "arn:aws:iam::123456789012:u2f/root/laptop-EXAMPLE".into(),
        kind: MfaDeviceKind::Passkey {
            credential_id: vec![1; 16],
            public_key_spki: vec![2; 91],
            sign_count: 0,
        },
        created: Timestamp(1),
        last_used_step: None,
    });
}
