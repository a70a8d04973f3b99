//! Golden files: every operation's output in every `--output` format, and the
//! `--query` cases, compared byte for byte with `golden/<case>.<format>`.
//!
//! The files other than the base `.json` ones come from aws-cli 2.36.7's own
//! formatters (`awscli/formatter.py`, `table.py`, `text.py`, with ruamel.yaml
//! 0.19.1 and jmespath 1.0.1 as its pins allow), run by `golden/oracle.py` on
//! the base JSON; `golden/README.md` says how. Random IDs are replaced by
//! same-length placeholders, so table widths are those of real IDs.

use super::testing::*;
use std::path::PathBuf;

const FORMATS: [&str; 6] = ["json", "text", "table", "yaml", "yaml-stream", "off"];

/// One golden case: its file name, the API (the table's title), the command,
/// and for a query case the base case whose response it queries.
struct Case {
    name: &'static str,
    api: &'static str,
    command: String,
    base: Option<(&'static str, &'static str)>,
}

fn case(name: &'static str, api: &'static str, command: impl Into<String>) -> Case {
    Case {
        name,
        api,
        command: command.into(),
        base: None,
    }
}

fn query(
    name: &'static str,
    api: &'static str,
    base: &'static str,
    command: &str,
    q: &'static str,
) -> Case {
    Case {
        name,
        api,
        command: format!("{command} --query \"{q}\""),
        base: Some((base, q)),
    }
}

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/domain/cli/golden")
}

/// Runs the whole script in a fresh lab with `--output format`, returning each
/// case's printed stdout with the lab's random IDs replaced by placeholders.
fn script(format: &str) -> Vec<(Case, String)> {
    let mut t = signed_in();
    let k0 = t.console_key();
    let k1 = t.console_key();
    t.use_key(&k0);
    let mut subs: Vec<(String, String)> = vec![
        (t.account.to_string(), "123456789012".into()),
        (k0.id.as_str().to_string(), "AKIAIOSFODNN7EXAMPL0".into()),
        (k1.id.as_str().to_string(), "AKIAIOSFODNN7EXAMPL1".into()),
    ];
    let mut results = Vec::new();
    let run =
        |t: &mut Harness, results: &mut Vec<(Case, String)>, c: Case, subs: &[(String, String)]| {
            let line = format!("{} --output {format}", c.command);
            let mut out = t.out(&line);
            for (real, placeholder) in subs {
                out = out.replace(real, placeholder);
            }
            results.push((c, out));
        };
    let calls = "aws sts get-caller-identity";
    run(
        &mut t,
        &mut results,
        case("get-caller-identity", "GetCallerIdentity", calls),
        &subs,
    );
    run(
        &mut t,
        &mut results,
        query(
            "get-caller-identity.query-account",
            "GetCallerIdentity",
            "get-caller-identity",
            calls,
            "Account",
        ),
        &subs,
    );
    run(
        &mut t,
        &mut results,
        query(
            "get-caller-identity.query-list",
            "GetCallerIdentity",
            "get-caller-identity",
            calls,
            "[Account, Arn]",
        ),
        &subs,
    );
    run(
        &mut t,
        &mut results,
        case(
            "create-user",
            "CreateUser",
            "aws iam create-user --user-name bob",
        ),
        &subs,
    );
    subs.push((t.user_id("bob"), "AIDAEXAMPLEUSERID0BOB".into()));
    // The create-user output was taken before bob's ID was known.
    if let Some((_, out)) = results.last_mut() {
        *out = out.replace(&t.user_id("bob"), "AIDAEXAMPLEUSERID0BOB");
    }
    run(
        &mut t,
        &mut results,
        case("get-user", "GetUser", "aws iam get-user --user-name bob"),
        &subs,
    );
    run(
        &mut t,
        &mut results,
        query(
            "get-user.query-missing",
            "GetUser",
            "get-user",
            "aws iam get-user --user-name bob",
            "User.Missing",
        ),
        &subs,
    );
    run(
        &mut t,
        &mut results,
        case("list-users", "ListUsers", "aws iam list-users"),
        &subs,
    );
    run(
        &mut t,
        &mut results,
        query(
            "list-users.query-hash",
            "ListUsers",
            "list-users",
            "aws iam list-users",
            "Users[].{Name: UserName, Id: UserId}",
        ),
        &subs,
    );
    run(
        &mut t,
        &mut results,
        case(
            "create-group",
            "CreateGroup",
            "aws iam create-group --group-name Admins",
        ),
        &subs,
    );
    let group_id = t
        .lab
        .account(t.account)
        .and_then(|a| a.group("Admins"))
        .map(|g| g.group_id.clone())
        .unwrap_or_default();
    if let Some((_, out)) = results.last_mut() {
        *out = out.replace(&group_id, "AGPAEXAMPLEGROUPIDADM");
    }
    subs.push((group_id, "AGPAEXAMPLEGROUPIDADM".into()));
    run(
        &mut t,
        &mut results,
        case("list-groups", "ListGroups", "aws iam list-groups"),
        &subs,
    );
    run(
        &mut t,
        &mut results,
        case(
            "add-user-to-group",
            "AddUserToGroup",
            "aws iam add-user-to-group --user-name bob --group-name Admins",
        ),
        &subs,
    );
    run(&mut t, &mut results, case("attach-user-policy", "AttachUserPolicy", "aws iam attach-user-policy --user-name bob --policy-arn arn:aws:iam::aws:policy/AdministratorAccess"), &subs);
    let keys = "aws iam list-access-keys";
    run(
        &mut t,
        &mut results,
        case("list-access-keys", "ListAccessKeys", keys),
        &subs,
    );
    run(
        &mut t,
        &mut results,
        query(
            "list-access-keys.query-ids",
            "ListAccessKeys",
            "list-access-keys",
            keys,
            "AccessKeyMetadata[].AccessKeyId",
        ),
        &subs,
    );
    run(
        &mut t,
        &mut results,
        query(
            "list-access-keys.query-length",
            "ListAccessKeys",
            "list-access-keys",
            keys,
            "AccessKeyMetadata | length(@)",
        ),
        &subs,
    );
    run(
        &mut t,
        &mut results,
        case(
            "update-access-key",
            "UpdateAccessKey",
            format!(
                "aws iam update-access-key --access-key-id {} --status Inactive",
                k1.id
            ),
        ),
        &subs,
    );
    run(
        &mut t,
        &mut results,
        query(
            "list-access-keys.query-filter",
            "ListAccessKeys",
            "list-access-keys.after-update",
            keys,
            "AccessKeyMetadata[?Status=='Active'].AccessKeyId",
        ),
        &subs,
    );
    run(
        &mut t,
        &mut results,
        case("list-access-keys.after-update", "ListAccessKeys", keys),
        &subs,
    );
    run(
        &mut t,
        &mut results,
        case(
            "get-access-key-last-used",
            "GetAccessKeyLastUsed",
            format!("aws iam get-access-key-last-used --access-key-id {}", k0.id),
        ),
        &subs,
    );
    let kb = t.key("bob");
    subs.push((kb.id.as_str().to_string(), "AKIAIOSFODNN7EXAMBOB".into()));
    run(
        &mut t,
        &mut results,
        case(
            "get-access-key-last-used.user",
            "GetAccessKeyLastUsed",
            format!("aws iam get-access-key-last-used --access-key-id {}", kb.id),
        ),
        &subs,
    );
    run(
        &mut t,
        &mut results,
        case(
            "delete-access-key",
            "DeleteAccessKey",
            format!(
                "aws iam delete-access-key --user-name bob --access-key-id {}",
                kb.id
            ),
        ),
        &subs,
    );
    run(
        &mut t,
        &mut results,
        case(
            "get-access-key-info",
            "GetAccessKeyInfo",
            format!("aws sts get-access-key-info --access-key-id {}", k0.id),
        ),
        &subs,
    );
    // A new key's ID and secret are random: found in the lab and in the output.
    run(
        &mut t,
        &mut results,
        case(
            "create-access-key",
            "CreateAccessKey",
            "aws iam create-access-key --user-name bob",
        ),
        &subs,
    );
    let id = t
        .lab
        .iam_user(t.account, "bob")
        .and_then(|u| {
            u.access_keys
                .iter()
                .next()
                .map(|k| k.id.as_str().to_string())
        })
        .unwrap_or_default();
    if let Some((_, out)) = results.last_mut() {
        let secret = secret_in(out);
        if !secret.is_empty() {
            *out = out
                .replace(&id, "AKIAIOSFODNN7EXAMNEW")
                .replace(&secret, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        }
    }
    run(
        &mut t,
        &mut results,
        case(
            "get-account-summary",
            "GetAccountSummary",
            "aws iam get-account-summary",
        ),
        &subs,
    );
    let generate = "aws iam generate-credential-report";
    run(
        &mut t,
        &mut results,
        case(
            "generate-credential-report",
            "GenerateCredentialReport",
            generate,
        ),
        &subs,
    );
    run(
        &mut t,
        &mut results,
        case(
            "generate-credential-report.complete",
            "GenerateCredentialReport",
            generate,
        ),
        &subs,
    );
    // The report names the account inside its Base64: decoded, the account ID
    // replaced, encoded again.
    let csv = t
        .lab
        .account(t.account)
        .and_then(|a| a.credential_report.as_ref())
        .map(|r| r.csv())
        .unwrap_or_default();
    let placeholder = subs
        .iter()
        .fold(csv.clone(), |c, (real, p)| c.replace(real, p));
    subs.push((
        crate::domain::base64::encode(csv.as_bytes()),
        crate::domain::base64::encode(placeholder.as_bytes()),
    ));
    let get = "aws iam get-credential-report";
    run(
        &mut t,
        &mut results,
        case("get-credential-report", "GetCredentialReport", get),
        &subs,
    );
    run(
        &mut t,
        &mut results,
        query(
            "get-credential-report.query-time",
            "GetCredentialReport",
            "get-credential-report",
            get,
            "[ReportFormat, GeneratedTime]",
        ),
        &subs,
    );
    results
}

/// The one 40-character run of secret-key characters in a printed output.
fn secret_in(out: &str) -> String {
    out.split(|c: char| !(c.is_ascii_alphanumeric() || c == '+' || c == '/'))
        .find(|w| w.len() == 40)
        .unwrap_or_default()
        .to_string()
}

#[test]
fn every_operation_and_query_in_every_format_matches_its_golden_file() {
    let bless = std::env::var("ROOTKEY_BLESS_GOLDEN").is_ok();
    let mut manifest = String::new();
    let mut missing = Vec::new();
    for format in FORMATS {
        for (c, out) in script(format) {
            let path = dir().join(format!("{}.{format}", c.name));
            if format == "json" {
                let (base, q) = c.base.unwrap_or((c.name, ""));
                manifest.push_str(&format!("{}\t{}\t{base}\t{q}\n", c.name, c.api));
            }
            if bless && format == "json" && c.base.is_none() {
                std::fs::write(&path, &out).unwrap();
                continue;
            }
            match std::fs::read_to_string(&path) {
                Ok(expected) => assert_eq!(out, expected, "{}", path.display()),
                Err(_) => missing.push(path.display().to_string()),
            }
        }
    }
    if bless {
        std::fs::write(dir().join("cases.tsv"), manifest).unwrap();
    }
    assert!(
        missing.is_empty() || bless,
        "missing golden files: {missing:?}"
    );
}

/// The errors (and `configure list`) of a fresh CloudShell without
/// credentials, compared with what aws-cli 2.36.7 itself printed for the same
/// line (`golden/errors/`, written by `golden/errors/oracle.py`).
#[test]
fn errors_match_what_the_cli_printed() {
    let folder = dir().join("errors");
    let cases = std::fs::read_to_string(folder.join("cases.tsv")).unwrap();
    let mut t = signed_in();
    t.lab.sign_out();
    for case in cases.lines() {
        let (name, args) = case.split_once('\t').unwrap();
        let prefix = if name == "partial-credentials" {
            "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE "
        } else {
            ""
        };
        let line = format!("{prefix}aws {args}").replace(" [", " '['");
        let o = t.run(line.trim_end());
        let (mut stdout, mut stderr) = (String::new(), String::new());
        for l in &o.output {
            match l {
                super::OutLine::Stdout(s) => stdout.push_str(&format!("{s}\n")),
                super::OutLine::Stderr(s) => stderr.push_str(&format!("{s}\n")),
            }
        }
        let read =
            |ext: &str| std::fs::read_to_string(folder.join(format!("{name}.{ext}"))).unwrap();
        assert_eq!(stdout, read("stdout"), "{name} stdout");
        assert_eq!(stderr, read("stderr"), "{name} stderr");
        assert_eq!(format!("{}\n", o.exit_code), read("rc"), "{name} rc");
    }
}
