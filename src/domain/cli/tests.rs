//! The terminal end to end against a real lab: every output and error the CLI
//! prints for the access-key flow, byte for byte.

use super::testing::*;
use super::*;
use crate::domain::access_key::{AccessKeyStatus, LastUsed};
use crate::domain::lab::{Identity, SignUpForm};
use crate::domain::random::OsRandom;

const USAGE_HEAD: [&str; 7] = [
    "",
    "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]",
    "To see help text, you can run:",
    "",
    "  aws help",
    "  aws <command> help",
    "  aws <command> <subcommand> help",
];

fn stderr(o: &Outcome) -> Vec<&str> {
    o.output
        .iter()
        .map(|l| match l {
            OutLine::Stderr(s) => s.as_str(),
            OutLine::Stdout(s) => panic!("unexpected stdout {s:?}"),
        })
        .collect()
}

/// `ClientErrorHandler` through `write_error` (aws-cli 2.36.7, awscli/errorhandler.py).
fn client_error(code: &str, op: &str, message: &str) -> Vec<String> {
    vec![
        String::new(),
        format!(
            "aws: [ERROR]: An error occurred ({code}) when calling the {op} operation: {message}"
        ),
    ]
}

/// An argparse error as `ParamValidationErrorsHandler` prints it: the message,
/// a blank line, then the usage (awscli/argparser.py `CLIArgParser.error`).
fn usage_error(message: &str) -> Vec<String> {
    let text = format!("An error occurred (ParamValidation): {message}");
    let mut out = vec![String::new()];
    for (i, l) in text.split('\n').enumerate() {
        out.push(if i == 0 {
            format!("aws: [ERROR]: {l}")
        } else {
            l.to_string()
        });
    }
    out.push(String::new());
    out.extend(USAGE_HEAD[1..].iter().map(|s| s.to_string()));
    out
}

/// `UnknownArgumentErrorHandler`: the usage first, then the error.
fn unknown_options(list: &str) -> Vec<String> {
    USAGE_HEAD
        .iter()
        .map(|s| s.to_string())
        .chain([
            "".into(),
            "".into(),
            format!("aws: [ERROR]: Unknown options: {list}"),
        ])
        .collect()
}

/// An error the CLI raises with its own code, one message line after another.
fn coded(code: &str, message: &[&str]) -> Vec<String> {
    let mut out = vec![String::new()];
    for (i, l) in message.iter().enumerate() {
        out.push(if i == 0 {
            format!("aws: [ERROR]: An error occurred ({code}): {l}")
        } else {
            l.to_string()
        });
    }
    out
}

const INVALID_TOKEN: &str = "The security token included in the request is invalid.";
const BAD_SIGNATURE: &str = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

#[test]
fn a_console_key_configured_interactively_answers_get_caller_identity() {
    let mut t = signed_in();
    let key = t.console_key();
    assert_eq!(t.term.prompt(), "$ ");
    let start = t.run("aws configure");
    // aws-cli 2.34.18 and later (awscli/customizations/configure/configure.py).
    assert_eq!(
        lines(&start),
        "\nTip: You can deliver temporary credentials to the AWS CLI using your AWS Console session by running the command 'aws login'.\n\n"
    );
    assert_eq!(start.exit_code, 0);
    for (prompt, answer) in [
        ("AWS Access Key ID [None]: ", key.id.as_str()),
        ("AWS Secret Access Key [None]: ", key.secret.as_str()),
        ("Default region name [None]: ", "eu-west-1"),
        ("Default output format [None]: ", ""),
    ] {
        assert_eq!(t.term.prompt(), prompt);
        assert!(!t.term.at_command_prompt());
        assert_eq!(t.run(answer), Outcome::default());
    }
    assert_eq!(t.term.prompt(), "$ ");
    assert!(t.term.at_command_prompt());
    let o = t.run("aws sts get-caller-identity");
    let acct = t.account.to_string();
    assert_eq!(
        lines(&o),
        format!("{{\n    \"UserId\": \"{acct}\",\n    \"Account\": \"{acct}\",\n    \"Arn\": \"arn:aws:iam::{acct}:root\"\n}}\n")
    );
    assert_eq!((o.exit_code, o.note), (0, None));
    assert_eq!(
        t.last_used(key.id.as_str()),
        // CloudShell's AWS_REGION comes before the profile's region.
        Some(LastUsed {
            date: NOW,
            region: "us-east-1".into(),
            service: "sts".into()
        })
    );
    // A second run shows the stored values, keys masked.
    t.run("aws configure");
    let tail: String = key.id.as_str().chars().skip(16).collect();
    assert_eq!(
        t.term.prompt(),
        format!("AWS Access Key ID [****************{tail}]: ")
    );
    t.run("");
    let secret_tail: String = key.secret.chars().skip(36).collect();
    assert_eq!(
        t.term.prompt(),
        format!("AWS Secret Access Key [****************{secret_tail}]: ")
    );
    t.run("");
    assert_eq!(t.term.prompt(), "Default region name [eu-west-1]: ");
    t.run("ap-northeast-1");
    assert_eq!(t.term.prompt(), "Default output format [None]: ");
    t.run("text");
    assert_eq!(
        lines(&t.run("aws configure get region")),
        "ap-northeast-1\n"
    );
    assert_eq!(lines(&t.run("aws configure get output")), "text\n");
    assert_eq!(
        lines(&t.run("aws configure get aws_access_key_id")),
        format!("{}\n", key.id)
    );
}

#[test]
fn the_console_session_creates_and_lists_keys_without_recording_use() {
    let mut t = signed_in();
    let empty = t.run("aws iam list-access-keys");
    assert_eq!(lines(&empty), "{\n    \"AccessKeyMetadata\": []\n}\n");
    let o = t.run("aws iam create-access-key");
    assert_eq!(o.exit_code, 0);
    let keys: Vec<_> = t
        .lab
        .account(t.account)
        .unwrap()
        .root
        .access_keys
        .iter()
        .cloned()
        .collect();
    let [key] = keys.as_slice() else { panic!() };
    let text = lines(&o);
    let secret = text
        .lines()
        .find_map(|l| l.strip_prefix("        \"SecretAccessKey\": \""))
        .and_then(|s| s.strip_suffix("\","))
        .unwrap();
    assert!(key.secret_matches(secret));
    assert_eq!(
        text,
        format!("{{\n    \"AccessKey\": {{\n        \"AccessKeyId\": \"{}\",\n        \"Status\": \"Active\",\n        \"SecretAccessKey\": \"{secret}\",\n        \"CreateDate\": \"{NOW_TEXT}\"\n    }}\n}}\n", key.id)
    );
    let listed = t.run("aws iam list-access-keys --output json --no-cli-pager");
    assert_eq!(
        lines(&listed),
        format!("{{\n    \"AccessKeyMetadata\": [\n        {{\n            \"AccessKeyId\": \"{}\",\n            \"Status\": \"Active\",\n            \"CreateDate\": \"{NOW_TEXT}\"\n        }}\n    ]\n}}\n", key.id)
    );
    assert_eq!(t.last_used(key.id.as_str()), None);
    assert!(!lines(&t.run("aws iam list-access-keys")).contains(secret));
}

#[test]
fn a_third_key_hits_the_limit() {
    let mut t = signed_in();
    t.console_key();
    assert_eq!(t.run("aws iam create-access-key").exit_code, 0);
    let o = t.run("aws iam create-access-key");
    assert_eq!(
        stderr(&o),
        client_error(
            "LimitExceeded",
            "CreateAccessKey",
            "Cannot exceed quota for AccessKeysPerUser: 2"
        )
    );
    assert_eq!((o.exit_code, o.note), (254, None));
    assert_eq!(t.status(), "254\n");
    assert_eq!(t.lab.account(t.account).unwrap().root.access_keys.len(), 2);
}

#[test]
fn an_inactive_key_is_refused_everywhere_and_records_nothing() {
    let mut t = signed_in();
    let key = t.console_key();
    let o = t.run(&format!(
        "aws iam update-access-key --access-key-id {} --status Inactive",
        key.id
    ));
    assert_eq!((o.output.len(), o.exit_code), (0, 0));
    t.use_key(&key);
    for (line, op) in [
        ("aws sts get-caller-identity", "GetCallerIdentity"),
        ("aws iam list-access-keys", "ListAccessKeys"),
        (
            "aws sts get-access-key-info --access-key-id AKIAIOSFODNN7EXAMPLE",
            "GetAccessKeyInfo",
        ),
    ] {
        let o = t.run(line);
        assert_eq!(
            stderr(&o),
            client_error("InvalidClientTokenId", op, INVALID_TOKEN),
            "{line}"
        );
        assert_eq!((o.exit_code, o.note), (254, Some(Note::KeyInactive)));
    }
    assert_eq!(t.last_used(key.id.as_str()), None);
    // Reactivated from the console session (a one-shot empty key ID falls through).
    let o = t.run(&format!(
        "AWS_ACCESS_KEY_ID= aws iam update-access-key --access-key-id {} --status Active",
        key.id
    ));
    assert_eq!(o.exit_code, 0);
    assert_eq!(t.run("aws sts get-caller-identity").exit_code, 0);
    assert_eq!(t.last_used(key.id.as_str()).unwrap().service, "sts");
}

#[test]
fn a_wrong_secret_does_not_match_the_signature() {
    let mut t = signed_in();
    let key = t.console_key();
    let o = t.run(&format!(
        "AWS_ACCESS_KEY_ID={} AWS_SECRET_ACCESS_KEY=wrong aws iam list-access-keys",
        key.id
    ));
    assert_eq!(
        stderr(&o),
        client_error("SignatureDoesNotMatch", "ListAccessKeys", BAD_SIGNATURE)
    );
    assert_eq!((o.exit_code, o.note), (254, Some(Note::WrongSecret)));
    assert_eq!(t.last_used(key.id.as_str()), None);
}

#[test]
fn a_deleted_key_is_gone_and_unknown() {
    let mut t = signed_in();
    let a = t.console_key();
    let b = t.console_key();
    t.use_key(&a);
    let o = t.run(&format!(
        "aws iam delete-access-key --access-key-id {}",
        b.id
    ));
    assert_eq!((o.output.len(), o.exit_code), (0, 0));
    let listed = lines(&t.run("aws iam list-access-keys"));
    assert!(listed.contains(a.id.as_str()) && !listed.contains(b.id.as_str()));
    let again = t.run(&format!(
        "aws iam delete-access-key --access-key-id {}",
        b.id
    ));
    let missing = format!("The Access Key with id {} cannot be found.", b.id);
    assert_eq!(
        stderr(&again),
        client_error("NoSuchEntity", "DeleteAccessKey", &missing)
    );
    let update = t.run(&format!(
        "aws iam update-access-key --access-key-id {} --status Active",
        b.id
    ));
    assert_eq!(
        stderr(&update),
        client_error("NoSuchEntity", "UpdateAccessKey", &missing)
    );
    // Deleting the key that signs the request works; the next request is refused.
    assert_eq!(
        t.run(&format!(
            "aws iam delete-access-key --access-key-id {}",
            a.id
        ))
        .exit_code,
        0
    );
    let o = t.run("aws sts get-caller-identity");
    assert_eq!(
        stderr(&o),
        client_error("InvalidClientTokenId", "GetCallerIdentity", INVALID_TOKEN)
    );
    assert_eq!(o.note, Some(Note::KeyUnknownOrDeleted));
    let made_up = t.run(
        "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=x aws iam list-access-keys",
    );
    assert_eq!(made_up.note, Some(Note::KeyUnknownOrDeleted));
}

#[test]
fn last_used_is_recorded_only_on_authenticated_calls() {
    let mut t = signed_in();
    let key = t.console_key();
    let other = t.console_key();
    let last_used = |t: &mut Harness| {
        let o = t.run(&format!(
            "aws iam get-access-key-last-used --access-key-id {}",
            key.id
        ));
        assert_eq!(o.exit_code, 0);
        lines(&o)
    };
    assert_eq!(
        last_used(&mut t),
        "{\n    \"AccessKeyLastUsed\": {\n        \"ServiceName\": \"N/A\",\n        \"Region\": \"N/A\"\n    }\n}\n"
    );
    assert_eq!(t.last_used(key.id.as_str()), None);
    t.use_key(&key);
    // Refused before it reaches AWS: usage and parameter errors.
    for line in [
        "aws iam list-access-keys --foo",
        "aws iam update-access-key --access-key-id short --status Active",
    ] {
        assert_eq!(t.run(line).exit_code, 252, "{line}");
        assert_eq!(t.last_used(key.id.as_str()), None, "{line}");
    }
    let o = t.run("aws iam get-access-key-last-used --access-key-id AKIAIOSFODNN7EXAMPLE --region eu-central-1");
    let arn = format!("arn:aws:iam::{}:root", t.account);
    assert_eq!(
        stderr(&o),
        client_error(
            "AccessDenied",
            "GetAccessKeyLastUsed",
            &format!("User: {arn} is not authorized to perform iam:GetAccessKeyLastUsed on resource: access key AKIAIOSFODNN7EXAMPLE")
        )
    );
    // IAM is global: AWS records us-east-1 whatever region the CLI names.
    assert_eq!(t.last_used(key.id.as_str()).unwrap().region, "us-east-1");
    // STS answers at the CLI's region (v2's regional endpoints).
    t.run("aws sts get-caller-identity --region eu-central-1");
    assert_eq!(t.last_used(key.id.as_str()).unwrap().region, "eu-central-1");
    t.run("AWS_REGION=sa-east-1 aws iam list-access-keys");
    let o = t.run(&format!(
        "aws iam get-access-key-last-used --access-key-id {}",
        key.id
    ));
    assert_eq!(
        lines(&o),
        format!("{{\n    \"AccessKeyLastUsed\": {{\n        \"LastUsedDate\": \"{NOW_TEXT}\",\n        \"ServiceName\": \"iam\",\n        \"Region\": \"us-east-1\"\n    }}\n}}\n")
    );
    assert_eq!(t.last_used(key.id.as_str()).unwrap().region, "us-east-1");
    assert_eq!(t.last_used(other.id.as_str()), None);
}

#[test]
fn environment_keys_beat_the_profile_and_an_explicit_profile_beats_both() {
    let mut t = signed_in();
    let a = t.console_key();
    let b = t.console_key();
    for line in [
        format!("aws configure set aws_access_key_id {}", a.id),
        format!("aws configure set aws_secret_access_key {}", a.secret),
        format!(
            "aws configure set aws_access_key_id {} --profile other",
            b.id
        ),
        format!(
            "aws configure set profile.other.aws_secret_access_key {}",
            b.secret
        ),
    ] {
        assert_eq!(t.run(&line), Outcome::default(), "{line}");
    }
    t.run("aws sts get-caller-identity");
    assert!(t.last_used(a.id.as_str()).is_some());
    t.use_key(&b);
    t.lab.accounts[0].root.access_keys = {
        let mut keys = t.lab.accounts[0].root.access_keys.clone();
        keys.set_status(a.id.as_str(), AccessKeyStatus::Inactive)
            .unwrap();
        keys
    };
    assert_eq!(t.run("aws sts get-caller-identity").exit_code, 0);
    assert_eq!(
        t.run("aws sts get-caller-identity --profile default").note,
        Some(Note::KeyInactive)
    );
    t.run("unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY");
    assert_eq!(
        t.run("aws sts get-caller-identity").note,
        Some(Note::KeyInactive)
    );
    assert_eq!(
        t.run("AWS_PROFILE=other aws sts get-caller-identity")
            .exit_code,
        0
    );
    assert_eq!(
        lines(&t.run("aws configure list-profiles")),
        "default\nother\n"
    );
}

#[test]
fn a_one_shot_assignment_applies_to_that_command_only() {
    let mut t = signed_in();
    let key = t.console_key();
    let o = t.run(&format!(
        "AWS_ACCESS_KEY_ID={} AWS_SECRET_ACCESS_KEY=\"{}\" AWS_REGION=us-west-2 aws sts get-caller-identity",
        key.id, key.secret
    ));
    assert_eq!(o.exit_code, 0);
    assert_eq!(t.last_used(key.id.as_str()).unwrap().region, "us-west-2");
    assert_eq!(lines(&t.run("echo \"[$AWS_ACCESS_KEY_ID]\"")), "[]\n");
    assert_eq!(lines(&t.run("printenv AWS_ACCESS_KEY_ID; echo $?")), "1\n");
}

#[test]
fn echo_status_follows_every_exit_code() {
    let mut t = signed_in();
    for (line, code) in [
        ("aws --version", 0),
        ("aws configure get region", 1),
        ("nope", 127),
        ("aws iam nope", 252),
        ("aws sts get-caller-identity --region 'bad region'", 255),
        ("aws iam create-access-key --user-name bob", 254),
        ("false", 1),
        ("true", 0),
        ("bad;;", 2),
    ] {
        let o = t.run(line);
        assert_eq!(o.exit_code, code, "{line}");
        assert_eq!(t.status(), format!("{code}\n"), "{line}");
    }
    t.lab.sign_out();
    assert_eq!(t.run("aws iam list-access-keys").exit_code, 253);
    assert_eq!(lines(&t.run("echo $? ${?}")), "253 253\n");
    assert_eq!(lines(&t.run("echo $?")), "0\n");
}

#[test]
fn without_credentials_the_cli_says_so() {
    let mut t = signed_in();
    t.lab.sign_out();
    let o = t.run("aws sts get-caller-identity");
    assert_eq!(
        stderr(&o),
        coded("NoCredentials", &["Unable to locate credentials. You can configure credentials by running \"aws login\"."])
    );
    assert_eq!((o.exit_code, o.note), (253, Some(Note::NoCredentials)));
    let partial = t.run("AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE aws sts get-caller-identity");
    assert_eq!(
        stderr(&partial),
        vec![
            "",
            "aws: [ERROR]: Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY"
        ]
    );
    assert_eq!(
        (partial.exit_code, partial.note),
        (255, Some(Note::NoCredentials))
    );
    t.run("aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE");
    let partial = t.run("aws iam list-access-keys");
    assert_eq!(
        stderr(&partial),
        vec![
            "",
            "aws: [ERROR]: Partial credentials found in shared-credentials-file, missing: aws_secret_access_key"
        ]
    );
}

#[test]
fn usage_errors_match_awscli() {
    let mut t = signed_in();
    let cases: Vec<(&str, Vec<String>)> = vec![
        (
            "aws",
            usage_error("the following arguments are required: command"),
        ),
        (
            "aws --region eu-west-1 iam",
            usage_error("the following arguments are required: operation"),
        ),
        (
            "aws s4 ls",
            usage_error("argument command: Found invalid choice 's4'\n"),
        ),
        (
            "aws stss get-caller-identity",
            usage_error("argument command: Found invalid choice 'stss'\n\nMaybe you meant:\n\n  * sts"),
        ),
        (
            "aws iam list-acess-keys",
            usage_error("argument operation: Found invalid choice 'list-acess-keys'\n\nMaybe you meant:\n\n  * list-access-keys"),
        ),
        (
            "aws iam update-access-key --status Active",
            usage_error("the following arguments are required: --access-key-id"),
        ),
        (
            "aws iam delete-access-key",
            usage_error("the following arguments are required: --access-key-id"),
        ),
        (
            "aws iam update-access-key",
            usage_error("the following arguments are required: --access-key-id, --status"),
        ),
        (
            "aws sts get-caller-identity --foo",
            unknown_options("--foo"),
        ),
        (
            "aws sts get-caller-identity extra --foo=1 x",
            unknown_options("--foo=1, x, extra"),
        ),
        (
            "aws iam list-access-keys --region",
            usage_error("argument --region: expected one argument"),
        ),
        (
            "aws configure get",
            usage_error("the following arguments are required: varname"),
        ),
        (
            "aws configure set region",
            usage_error("the following arguments are required: value"),
        ),
        (
            "aws configure list --foo bar",
            coded("ParamValidation", &["Unknown options: --foo,bar"]),
        ),
        (
            "aws iam list-access-keys --access-key-id AKIAIOSFODNN7EXAMPLE",
            unknown_options("--access-key-id, AKIAIOSFODNN7EXAMPLE"),
        ),
        (
            "aws sts get-caller-identity --query '['",
            coded(
                "ParamValidation",
                &[
                    "Bad value for --query [: Invalid jmespath expression: Incomplete expression:",
                    "\"[\"",
                    "  ^",
                ],
            ),
        ),
    ];
    for (line, expected) in cases {
        let o = t.run(line);
        assert_eq!(stderr(&o), expected, "{line}");
        assert_eq!((o.exit_code, o.note), (252, None), "{line}");
    }
}

#[test]
fn parameters_are_checked_by_botocore_then_by_the_service() {
    let mut t = signed_in();
    let key = t.console_key();
    let cases = [
        (
            "aws iam update-access-key --access-key-id abc --status Active",
            252,
            coded(
                "ParamValidation",
                &[
                    "Parameter validation failed:",
                    "Invalid length for parameter AccessKeyId, value: 3, valid min length: 16",
                ],
            ),
        ),
        (
            "aws iam delete-access-key --access-key-id '' --user-name ''",
            252,
            coded(
                "ParamValidation",
                &[
                    "Parameter validation failed:",
                    "Invalid length for parameter UserName, value: 0, valid min length: 1",
                    "Invalid length for parameter AccessKeyId, value: 0, valid min length: 16",
                ],
            ),
        ),
    ];
    for (line, code, expected) in cases {
        let o = t.run(line);
        assert_eq!(stderr(&o), expected, "{line}");
        assert_eq!(o.exit_code, code);
    }
    let o = t.run(&format!(
        "aws iam update-access-key --access-key-id {} --status active",
        key.id
    ));
    assert_eq!(
        stderr(&o),
        client_error(
            "ValidationError",
            "UpdateAccessKey",
            "1 validation error detected: Value at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive]"
        )
    );
    assert_eq!(o.exit_code, 254);
    let o = t.run("aws iam update-access-key --access-key-id AKIA-IOSFODNN7EXAMPLE --status On");
    assert_eq!(
        stderr(&o),
        client_error(
            "ValidationError",
            "UpdateAccessKey",
            "2 validation errors detected: Value at 'accessKeyId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w]+; Value at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive]"
        )
    );
    for (line, op) in [
        (
            "aws iam create-access-key --user-name bob",
            "CreateAccessKey",
        ),
        ("aws iam list-access-keys --user-name bob", "ListAccessKeys"),
    ] {
        let o = t.run(line);
        assert_eq!(
            stderr(&o),
            client_error(
                "NoSuchEntity",
                op,
                "The user with name bob cannot be found."
            )
        );
        assert_eq!(o.exit_code, 254);
    }
}

#[test]
fn get_access_key_info_decodes_any_well_formed_key() {
    let mut t = signed_in();
    let active = t.console_key();
    let gone = t.console_key();
    let root = t.root();
    t.lab
        .delete_access_key(&root, &root, gone.id.as_str())
        .unwrap();
    let acct = t.account.to_string();
    for id in [active.id.as_str(), gone.id.as_str()] {
        let o = t.run(&format!("aws sts get-access-key-info --access-key-id {id}"));
        assert_eq!(lines(&o), format!("{{\n    \"Account\": \"{acct}\"\n}}\n"));
    }
    t.lab
        .set_access_key_status(&root, &root, active.id.as_str(), AccessKeyStatus::Inactive)
        .unwrap();
    let o = t.run(&format!(
        "aws sts get-access-key-info --access-key-id {} --output text",
        active.id
    ));
    assert_eq!(lines(&o), format!("{acct}\n"));
    let o = t.run("aws sts get-access-key-info --access-key-id ASIAY34FZKBOKMUTVV7A");
    assert_eq!(lines(&o), "{\n    \"Account\": \"609629065308\"\n}\n");
    let o = t.run("aws sts get-access-key-info --access-key-id AKIA_NOT_A_REAL_KEY");
    assert_eq!(
        stderr(&o),
        client_error(
            "ValidationError",
            "GetAccessKeyInfo",
            "Access key ID is not valid."
        )
    );
    let o = t.run("aws sts get-access-key-info --access-key-id 'AKIA IOSFODNN7EXAMPLE'");
    assert_eq!(
        stderr(&o),
        client_error(
            "ValidationError",
            "GetAccessKeyInfo",
            "1 validation error detected: Value 'AKIA IOSFODNN7EXAMPLE' at 'accessKeyId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w]*"
        )
    );
}

#[test]
fn text_output_is_tab_separated() {
    let mut t = signed_in();
    let key = t.console_key();
    let acct = t.account.to_string();
    let o = t.run("aws sts get-caller-identity --output text");
    assert_eq!(
        lines(&o),
        format!("{acct}\tarn:aws:iam::{acct}:root\t{acct}\n")
    );
    let o = t.run("aws iam list-access-keys --output=text");
    assert_eq!(
        lines(&o),
        format!(
            "ACCESSKEYMETADATA\t{}\t1970-01-01T00:00:00+00:00\tActive\n",
            key.id
        )
    );
    let o = t.run(&format!(
        "aws iam get-access-key-last-used --access-key-id {} --output text",
        key.id
    ));
    assert_eq!(lines(&o), "ACCESSKEYLASTUSED\tN/A\tN/A\n");
    t.run("aws configure set output yaml2");
    let o = t.run("aws sts get-caller-identity");
    assert_eq!(
        (stderr(&o), o.exit_code),
        (vec!["", "aws: [ERROR]: Unknown output type: yaml2"], 255)
    );
}

#[test]
fn configure_list_shows_where_each_value_comes_from() {
    let mut t = signed_in();
    // aws-cli 2.36.7's awscli/customizations/configure/list.py.
    let header = "NAME       : VALUE                    : TYPE             : LOCATION\n";
    let region_env = "region     : us-east-1                : env              : ['AWS_REGION', 'AWS_DEFAULT_REGION']\n";
    let o = t.run("aws configure list");
    let masked = match lines(&o).lines().nth(2) {
        Some(l) => l.to_string(),
        None => panic!(),
    };
    assert!(masked.starts_with("access_key : ****************"));
    assert!(masked.ends_with(" : container-role   : "), "{masked:?}");
    t.lab.sign_out();
    assert_eq!(
        lines(&t.run("aws configure list")),
        format!("{header}profile    : <not set>                : None             : None\naccess_key : <not set>                : None             : None\nsecret_key : <not set>                : None             : None\n{region_env}")
    );
    t.run("aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE --profile dev");
    t.run("aws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY --profile dev");
    t.run("aws configure set region eu-west-3 --profile dev");
    assert_eq!(
        lines(&t.run("unset AWS_REGION AWS_DEFAULT_REGION; aws configure list --profile dev")),
        format!("{header}profile    : dev                      : manual           : --profile\naccess_key : ****************MPLE     : shared-credentials-file : \nsecret_key : ****************EKEY     : shared-credentials-file : \nregion     : eu-west-3                : config-file      : ~/.aws/config\n")
    );
    let o = t.run("AWS_PROFILE=dev AWS_DEFAULT_REGION=us-west-1 aws configure list");
    assert!(lines(&o).contains(
        "profile    : dev                      : env              : ['AWS_PROFILE', 'AWS_DEFAULT_PROFILE']\n"
    ));
    assert!(lines(&o).contains(
        "region     : us-west-1                : env              : ['AWS_REGION', 'AWS_DEFAULT_REGION']\n"
    ));
    let missing = t.run("aws configure list --profile nobody");
    assert_eq!(
        (stderr(&missing), missing.exit_code),
        (
            vec![
                "",
                "aws: [ERROR]: The config profile (nobody) could not be found"
            ],
            255
        )
    );
    let missing = t.run("AWS_PROFILE=nobody aws sts get-caller-identity");
    assert_eq!(missing.exit_code, 255);
    assert_eq!(lines(&t.run("aws configure get dev.region")), "eu-west-3\n");
    assert_eq!(
        lines(&t.run("aws configure get profile.dev.region")),
        "eu-west-3\n"
    );
    assert_eq!(t.run("aws configure get region").output, vec![]);
}

#[test]
fn version_and_help_print_to_stdout() {
    let mut t = signed_in();
    let version = "aws-cli/2.36.7 Python/3.14.6 Linux/6.1.119-129.201.amzn2023.x86_64 exec-env/CloudShell exe/x86_64.amzn.2023\n";
    assert_eq!(lines(&t.run("aws --version")), version);
    assert_eq!(lines(&t.run("aws iam list-access-keys --version")), version);
    for line in [
        "aws help",
        "aws iam help",
        "aws sts help",
        "aws iam update-access-key help",
        "aws configure help",
    ] {
        let o = t.run(line);
        assert_eq!(o.exit_code, 0, "{line}");
        assert!(
            o.output.len() > 5 && o.output.iter().all(|l| matches!(l, OutLine::Stdout(_))),
            "{line}"
        );
    }
    assert!(lines(&t.run("aws iam help")).contains("       o update-access-key\n"));
}

#[test]
fn the_shell_subset_behaves_like_bash() {
    let mut t = signed_in();
    let cases = [
        ("", ""),
        ("   ", ""),
        ("echo hello   world", "hello world\n"),
        (
            "export GREETING='hi there'; echo \"$GREETING\" ${GREETING}!",
            "hi there hi there!\n",
        ),
        ("unset GREETING; echo \"[$GREETING]\"", "[]\n"),
        (
            "LOCAL=1; echo $LOCAL; printenv LOCAL || echo unexported",
            "1\nunexported\n",
        ),
        ("foo --bar", "!bash: foo: command not found\n"),
        (
            "export 1A=b",
            "!bash: export: `1A=b': not a valid identifier\n",
        ),
        (
            "unset 'a b'",
            "!bash: unset: `a b': not a valid identifier\n",
        ),
        ("echo ${A-b}", "!bash: ${A-b}: bad substitution\n"),
        ("; ls", "!bash: syntax error near unexpected token `;'\n"),
        ("echo -n", ""),
        ("echo -e 'a\\tb\\nc'", "a\tb\nc\n"),
        ("echo $HOME $0", "/home/cloudshell-user bash\n"),
        ("true && echo yes || echo no", "yes\n"),
        ("false && echo yes || echo no", "no\n"),
        ("echo a # a comment", "a\n"),
    ];
    for (line, expected) in cases {
        assert_eq!(lines(&t.run(line)), expected, "{line}");
    }
    let cleared = t.run("echo gone; clear; echo kept");
    assert!(cleared.clear);
    assert_eq!(lines(&cleared), "kept\n");
    assert!(lines(&t.run("export")).contains("declare -x AWS_EXECUTION_ENV=\"CloudShell\"\n"));
    assert!(lines(&t.run("env")).contains("USER=cloudshell-user\n"));
    let piped = t.run("aws iam list-access-keys | cat");
    assert_eq!(
        (lines(&piped), piped.exit_code),
        ("![lab] A pipe (|) is not simulated in this lab; use aws --query ... --output text to pick values.\n".to_string(), 252)
    );
}

#[test]
fn open_quotes_continue_on_the_next_line() {
    let mut t = signed_in();
    let o = t.run("echo 'one");
    assert_eq!(o.output, vec![]);
    assert_eq!(t.term.prompt(), "> ");
    assert_eq!(lines(&t.run("two'")), "one\ntwo\n");
    assert_eq!(t.term.prompt(), "$ ");
    t.run("echo a \\");
    assert_eq!(lines(&t.run("b")), "a b\n");
}

#[test]
fn unsetting_the_execution_env_changes_the_version_string() {
    let mut t = signed_in();
    t.run("unset AWS_EXECUTION_ENV");
    assert_eq!(
        lines(&t.run("aws --version")),
        "aws-cli/2.36.7 Python/3.14.6 Linux/6.1.119-129.201.amzn2023.x86_64 exe/x86_64.amzn.2023\n"
    );
}

#[test]
fn calls_act_on_the_account_that_owns_the_signing_key() {
    let mut t = signed_in();
    let form = SignUpForm {
        email: "second@example.com".into(),
        account_name: "Second".into(),
        password: "Secret-Pass1".into(),
        confirm: "Secret-Pass1".into(),
    };
    let second = t
        .lab
        .sign_up(
            &form,
            &crate::domain::password::testing::QuickKdf,
            &mut OsRandom,
            Timestamp(5),
        )
        .unwrap();
    let root = Identity::root(second);
    let key = t
        .lab
        .create_access_key(&root, &root, &mut OsRandom, Timestamp(6))
        .unwrap();
    t.use_key(&key);
    let o = t.run("aws sts get-caller-identity --output text");
    assert_eq!(
        lines(&o),
        format!("{second}\tarn:aws:iam::{second}:root\t{second}\n")
    );
    t.run("aws iam create-access-key");
    assert_eq!(t.lab.account(second).unwrap().root.access_keys.len(), 2);
    assert_eq!(t.lab.account(t.account).unwrap().root.access_keys.len(), 0);
}

#[test]
fn debug_output_never_shows_secrets() {
    let mut t = signed_in();
    t.run("aws configure set aws_secret_access_key TopSecretValue");
    t.run("export AWS_SECRET_ACCESS_KEY=AlsoSecret");
    let shown = format!("{:?}", t.term);
    assert!(!shown.contains("TopSecretValue") && !shown.contains("AlsoSecret"));
}

#[test]
fn cloudshell_environment_names_the_console_region() {
    let mut t = signed_in();
    assert_eq!(lines(&t.run("echo $AWS_REGION")), "us-east-1\n");
    assert_eq!(lines(&t.run("printenv AWS_DEFAULT_REGION")), "us-east-1\n");
    assert_eq!(lines(&t.run("printenv AWS_EXECUTION_ENV")), "CloudShell\n");
    let env = lines(&t.run("printenv"));
    for var in [
        "AWS_REGION=us-east-1\n",
        "AWS_DEFAULT_REGION=us-east-1\n",
        "AWS_EXECUTION_ENV=CloudShell\n",
    ] {
        assert!(env.contains(var), "{var}");
    }
}

#[test]
fn what_the_lab_does_not_simulate_gets_one_lab_note() {
    let mut t = signed_in();
    for (line, note) in [
        ("aws s3 ls", "![lab] aws s3 is not simulated in this lab; this terminal simulates aws iam, aws sts and aws configure.\n"),
        ("aws ec2 describe-instances", "![lab] aws ec2 is not simulated in this lab; this terminal simulates aws iam, aws sts and aws configure.\n"),
        ("aws --debug sts get-caller-identity", "![lab] --debug is not simulated in this lab; run the command without it.\n"),
        ("aws iam list-users --endpoint-url http://localhost:4566", "![lab] --endpoint-url is not simulated in this lab; run the command without it.\n"),
        ("aws sts get-caller-identity | jq .Account", "![lab] A pipe (|) is not simulated in this lab; use aws --query ... --output text to pick values.\n"),
    ] {
        let o = t.run(line);
        assert_eq!((lines(&o), o.exit_code), (note.to_string(), 252), "{line}");
    }
}

#[test]
fn queries_pick_values_as_tutorials_use_them() {
    let mut t = signed_in();
    let k0 = t.console_key();
    let k1 = t.console_key();
    t.use_key(&k0);
    let acct = t.account.to_string();
    assert_eq!(
        t.out("aws sts get-caller-identity --query Account --output text"),
        format!("{acct}\n")
    );
    assert_eq!(
        t.out("aws iam list-access-keys --query 'AccessKeyMetadata[].AccessKeyId' --output text"),
        format!("{}\t{}\n", k0.id, k1.id)
    );
    assert_eq!(
        t.out("aws iam list-access-keys --query 'length(AccessKeyMetadata)'"),
        "2\n"
    );
    assert_eq!(
        t.out("aws sts get-caller-identity --query Nothing --output text"),
        "None\n"
    );
    t.run(&format!(
        "aws iam update-access-key --access-key-id {} --status Inactive",
        k1.id
    ));
    assert_eq!(
        t.out("aws iam list-access-keys --query \"AccessKeyMetadata[?Status=='Inactive'].AccessKeyId\" --output text"),
        format!("{}\n", k1.id)
    );
    t.run("export AWS_DEFAULT_OUTPUT=yaml");
    assert_eq!(
        t.out("aws sts get-caller-identity --query Account"),
        format!("\"{acct}\"\n")
    );
    assert_eq!(t.out("aws sts get-caller-identity --output off"), "");
}

#[test]
fn odd_queries_end_in_an_error_never_a_panic() {
    let mut t = signed_in();
    for q in [
        "[::0]",
        "AccessKeyMetadata[::-1]",
        "sort_by(@, &x)",
        "length(`1`)",
        "max_by(AccessKeyMetadata, &Status)",
        "&Status",
        "not_null(Nothing)",
        "to_number('12')",
        "avg(`[1, 2]`)",
        "{a: `{}`, b: `[]`, c: `null`, d: `true`, e: `1.5`}",
        "]",
    ] {
        for format in ["json", "text", "table", "yaml", "yaml-stream"] {
            let quoted = if q.contains('\'') {
                format!("\"{q}\"")
            } else {
                format!("'{q}'")
            };
            let o = t.run(&format!(
                "aws iam list-access-keys --query {quoted} --output {format}"
            ));
            assert!([0, 252, 255].contains(&o.exit_code), "{q} {format}: {o:?}");
        }
    }
    let o =
        t.run("aws iam list-access-keys --query '{a: `{}`, e: `1.5`, d: `true`}' --output yaml");
    assert_eq!(lines(&o), "a: {}\nd: true\ne: 1.5\n");
    // As aws-cli 2.36.7's TextFormatter and TableFormatter print them (Python's str()).
    let q = "aws iam list-access-keys --query '{e: `1.5`, d: `true`}' --output";
    assert_eq!(t.out(&format!("{q} text")), "True\t1.5\n");
    assert_eq!(
        t.out(&format!("{q} table")),
        "-----------------\n|ListAccessKeys |\n+-------+-------+\n|   d   |   e   |\n+-------+-------+\n|  True |  1.5  |\n+-------+-------+\n"
    );
}

#[test]
fn an_expired_console_session_lends_cloudshell_no_credentials() {
    let mut t = signed_in();
    let hour_later = Timestamp(NOW.millis() + 60 * 60 * 1000);
    let o = t.term.run_line(
        &mut t.lab,
        "aws sts get-caller-identity",
        &mut OsRandom,
        hour_later,
    );
    assert_eq!((o.exit_code, o.note), (253, Some(Note::NoCredentials)));
}

#[test]
fn a_created_key_counts_only_once_its_secret_was_printed() {
    use crate::domain::training::Task;
    let mut t = signed_in();
    t.lab.settle_training();
    t.out("aws iam create-access-key --query AccessKey.AccessKeyId --output text");
    t.run("aws iam create-access-key --output off");
    assert!(!t
        .lab
        .settle_training()
        .contains(&(t.account, Task::CreateAccessKey)));
    // One key at the limit is deleted, so a third can be made and printed.
    let listed =
        t.out("aws iam list-access-keys --query AccessKeyMetadata[0].AccessKeyId --output text");
    t.run(&format!(
        "aws iam delete-access-key --access-key-id {}",
        listed.trim()
    ));
    t.out("aws iam create-access-key");
    assert!(t
        .lab
        .settle_training()
        .contains(&(t.account, Task::CreateAccessKey)));
}
