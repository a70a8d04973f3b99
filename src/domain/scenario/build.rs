//! From a checked scenario to a lab, only through lab operations: the sign-up's
//! own rules and hashing, the console's alias and "Create user", and the lab's
//! prepared operations for what no console screen does (a chosen account ID, a
//! key or seed that already exists, tasks already done, a session already open).

use super::{invalid, Scenario, ScenarioAccount, ScenarioError, ScenarioKey, ScenarioMfaKind};
use crate::domain::access_key::LastUsed;
use crate::domain::iam::user::CreateUserForm;
use crate::domain::ids::{AccessKeyId, AccountId};
use crate::domain::lab::{Identity, ImportedKey, KnownSeedDevice, Lab, Seen, SignUpForm};
use crate::domain::mfa::base32;
use crate::domain::password::Kdf;
use crate::domain::policy::same_email;
use crate::domain::random::Random;
use crate::domain::time::Timestamp;

/// What the UI says after a scenario loaded, and where it goes next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioLoaded {
    pub name: Option<String>,
    pub description: Option<String>,
    /// The accounts it created, in the file's order.
    pub accounts: Vec<AccountId>,
    /// The account whose root user it signed in (`signed_in`): the console opens.
    pub signed_in: Option<AccountId>,
    /// The sign-in page now opens the account-specific IAM user page.
    pub remembers_iam_sign_in: bool,
}

impl ScenarioLoaded {
    /// The app route to open once it loaded, from `here` (the route shown while it
    /// loaded, without the site's base path): the console when it signed someone
    /// in (a console page asked for stays: going to the console again while that
    /// page is still loading would cancel it); the three-box page instead of the
    /// sign-in page that was shown before the scenario remembered it; else stay.
    pub fn opens(&self, here: &str) -> Option<&'static str> {
        if self.signed_in.is_some() {
            return (!here.starts_with("/console")).then_some("/console");
        }
        let on_sign_in = matches!(here.trim_end_matches('/'), "/signin" | "");
        (self.remembers_iam_sign_in && on_sign_in).then_some("/signin/iam")
    }
}

impl Scenario {
    /// A new lab as the scenario describes it, each account's training progress
    /// included (`tasks_done`, keys whose secret is saved, and what the state
    /// shows, settled). Passwords and secrets are hashed and seeds sealed by the
    /// lab's operations; nothing outside is touched, so a refused scenario changes
    /// nothing.
    pub fn build(
        &self,
        kdf: &dyn Kdf,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<Lab, ScenarioError> {
        self.validate()?;
        let mut lab = Lab::default();
        for (i, (a, id)) in self.accounts.iter().zip(self.account_ids(rng)).enumerate() {
            add_account(&mut lab, i, a, id, kdf, rng, now)?;
        }
        if let Some(typed) = &self.remembered_iam_sign_in {
            lab.remember_iam_sign_in(typed);
        }
        if let Some(email) = &self.signed_in {
            let account = lab
                .accounts
                .iter()
                .find(|a| same_email(&a.root.email, email))
                .map(|a| a.id)
                .ok_or_else(|| invalid("signed_in", "names no account"))?;
            lab.start_prepared_session(Identity::root(account), now)
                .map_err(|_| invalid("signed_in", "names no account"))?;
        }
        lab.settle_training();
        // The validator an imported lab passes: a scenario makes no lab an import
        // would refuse.
        lab.check_integrity()
            .map_err(|p| invalid(&p.path, p.reason))?;
        Ok(lab)
    }

    /// Replaces `lab` with the scenario's, progress included, keeping only the
    /// chosen language and console edition; on any error `lab` is left exactly as it was.
    pub fn load_into(
        &self,
        lab: &mut Lab,
        kdf: &dyn Kdf,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<ScenarioLoaded, ScenarioError> {
        let mut fresh = self.build(kdf, rng, now)?;
        // The learner's language and edition stay, unless the scenario names its edition.
        fresh.prefs.locale = lab.prefs.locale;
        fresh.prefs.edition = self.console_edition.or(lab.prefs.edition);
        let loaded = ScenarioLoaded {
            name: self.name.clone(),
            description: self.description.clone(),
            accounts: fresh.accounts.iter().map(|a| a.id).collect(),
            signed_in: fresh.session.as_ref().map(|s| s.identity.account),
            remembers_iam_sign_in: fresh.prefs.iam_sign_in_account.is_some(),
        };
        *lab = fresh;
        Ok(loaded)
    }

    /// Each account's ID, in order: the given one, or a new one that no account of
    /// the scenario was given (a later account may name any ID).
    fn account_ids(&self, rng: &mut impl Random) -> Vec<AccountId> {
        let mut ids: Vec<AccountId> = Vec::new();
        for a in &self.accounts {
            let id = match a.account_id {
                Some(id) => id,
                None => loop {
                    let id = AccountId::generate(rng);
                    let given = self.accounts.iter().any(|b| b.account_id == Some(id));
                    if !given && !ids.contains(&id) {
                        break id;
                    }
                },
            };
            ids.push(id);
        }
        ids
    }
}

/// Account `i` as the sign-up page, the console and the prepared operations make
/// it. Every refusal here is one `validate` has already made; the lab's own checks
/// stay in place all the same.
fn add_account(
    lab: &mut Lab,
    i: usize,
    a: &ScenarioAccount,
    id: AccountId,
    kdf: &dyn Kdf,
    rng: &mut impl Random,
    now: Timestamp,
) -> Result<(), ScenarioError> {
    let at = |field: &str| format!("accounts[{i}].{field}");
    let form = SignUpForm {
        email: a.email.clone(),
        account_name: a.account_name.clone(),
        password: a.password.clone(),
        confirm: a.password.clone(),
    };
    lab.sign_up_with_id(id, &form, kdf, rng, a.created.unwrap_or(now))
        .map_err(|e| {
            invalid(
                &format!("accounts[{i}]"),
                format!("cannot be signed up ({e:?})"),
            )
        })?;
    // Everything an account starts with is set up as its root user would.
    let root = Identity::root(id);
    if let Some(alias) = &a.alias {
        lab.set_account_alias(&root, id, alias)
            .map_err(|e| invalid(&at("alias"), format!("cannot be set ({e:?})")))?;
    }
    lab.set_hide_root_warning(&root, a.hide_root_warning)
        .map_err(|e| invalid(&at("hide_root_warning"), format!("cannot be set ({e:?})")))?;
    lab.mark_tasks_done(id, &a.tasks_done);
    for (k, key) in a.access_keys.iter().enumerate() {
        let key_id = import_key(lab, &root, key, rng, now)
            .map_err(|reason| invalid(&at(&format!("access_keys[{k}]")), reason))?;
        if key.secret_saved {
            let owner = root.clone();
            lab.record_seen(&root, Seen::SecretShown { owner, key_id });
        }
    }
    if !a.mfa_devices.is_empty() {
        // As the console does: the password typed proves who is asking and
        // rebuilds the key that seals the seeds.
        let key = lab
            .seal_key(&root, &a.password, kdf, rng)
            .ok_or_else(|| invalid(&at("password"), "cannot seal the MFA seeds"))?;
        for (m, d) in a.mfa_devices.iter().enumerate() {
            let here = at(&format!("mfa_devices[{m}]"));
            let seed = base32::decode(&d.secret_key)
                .map_err(|_| invalid(&format!("{here}.secret_key"), "is not Base32"))?;
            let device = KnownSeedDevice {
                name: &d.name,
                hardware_serial: match d.kind {
                    ScenarioMfaKind::AuthenticatorApp => None,
                    ScenarioMfaKind::HardwareToken => d.serial.as_deref(),
                },
                seed: &seed,
            };
            lab.assign_known_seed(&root, device, &key, rng, now)
                .map_err(|e| invalid(&here, format!("cannot be assigned ({e:?})")))?;
        }
    }
    for (n, u) in a.iam_users.iter().enumerate() {
        let here = at(&format!("iam_users[{n}]"));
        let form = CreateUserForm {
            name: u.name.clone(),
            console_password: u.password.clone(),
            add_to_administrators: u.administrator,
            ..Default::default()
        };
        let name = lab
            .create_user(&root, id, &form, kdf, rng, u.created.unwrap_or(now))
            .map_err(|e| invalid(&here, format!("cannot be created ({e:?})")))?;
        let user = Identity::user(id, name.name);
        for (k, key) in u.access_keys.iter().enumerate() {
            import_key(lab, &user, key, rng, now)
                .map_err(|reason| invalid(&format!("{here}.access_keys[{k}]"), reason))?;
        }
    }
    Ok(())
}

/// One scenario key for `principal`, with its given ID and secret; a key last used
/// before the load was created by then at the latest.
fn import_key(
    lab: &mut Lab,
    owner: &Identity,
    key: &ScenarioKey,
    rng: &mut impl Random,
    now: Timestamp,
) -> Result<AccessKeyId, String> {
    let created = match (&key.created, &key.last_used, &key.created_from) {
        (Some(c), _, _) => *c,
        (None, Some(used), _) => now.min(used.date),
        (None, None, Some(_)) => Timestamp(now.millis() - LEAK_AGE_MS),
        (None, None, None) => now,
    };
    // Someone else's key was used soon after it was made, from where it was made.
    let last_used = match (&key.last_used, &key.created_from) {
        (None, Some(_)) => Some(LastUsed {
            date: Timestamp(created.millis() + 7 * 60_000),
            region: "us-east-1".into(),
            service: "iam".into(),
        }),
        (used, _) => used.clone(),
    };
    let imported = ImportedKey {
        id: key.access_key_id.clone(),
        secret: &key.secret_access_key,
        status: key.status,
        created,
        last_used: last_used.clone(),
    };
    let id = lab
        .import_access_key(owner, imported, rng)
        .map_err(|e| format!("cannot be imported ({e:?})"))?;
    if let Some(ip) = &key.created_from {
        let used = last_used.map(|u| u.date);
        lab.record_key_history(owner, id.as_str(), ip, created, used);
    }
    Ok(id)
}

/// How long before the load a key with `created_from` and no dates was made.
const LEAK_AGE_MS: i64 = 3 * 86_400_000;
