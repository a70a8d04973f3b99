//! Argument parsing with awscli's argparse behaviour: global options anywhere on
//! the line, one positional per level (command, operation), per-operation options,
//! and the exact texts and order of its errors.

/// awscli's `USAGE` (argparser.py); argparse prefixes it with `usage: `.
pub const USAGE: &str = "aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n\
To see help text, you can run:\n\
\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n";

use super::not_simulated::{command_note, OTHER_COMMANDS};

/// The `--output` choices of aws-cli 2.36.7 (`awscli/data/cli.json`).
pub const OUTPUTS: &[&str] = &["json", "text", "table", "yaml", "yaml-stream", "off"];

/// The commands this lab implements, in the order awscli's command table lists them
/// (services first, then customizations, then `help`).
pub const COMMANDS: &[&str] = &["cloudtrail", "iam", "sts", "configure", "help"];

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArgError {
    /// argparse's `error()` (`ArgParseException`), which the CLI's
    /// `ParamValidationErrorsHandler` prints as a ParamValidation error, then the usage.
    Usage(String),
    /// An operation's leftover arguments (`UnknownArgumentError`): the usage, then the error.
    Unknown(Vec<String>),
    /// A customization's (`aws configure ...`) leftovers: a ParamValidation error,
    /// comma-joined, no usage.
    UnknownBasic(Vec<String>),
    /// A real command of the CLI that the lab does not simulate.
    NotSimulated(String),
}

/// `awscli.errorformat.write_error` (aws-cli 2.34.0 and later): a blank line,
/// then the message after `aws: [ERROR]: `.
pub fn error_text(message: &str) -> String {
    format!("\naws: [ERROR]: {}\n", message.trim())
}

/// The enhanced format of an error the CLI raises itself (`Code` and `Message`).
pub fn coded_error(code: &str, message: &str) -> String {
    error_text(&format!("An error occurred ({code}): {message}"))
}

impl ArgError {
    /// What lands on stderr, newlines included; the caller adds nothing.
    pub fn stderr(&self) -> String {
        match self {
            ArgError::Usage(message) => {
                coded_error("ParamValidation", &format!("{message}\n\nusage: {USAGE}"))
            }
            ArgError::Unknown(args) => format!(
                "\nusage: {USAGE}\n{}",
                error_text(&format!("Unknown options: {}", args.join(", ")))
            ),
            ArgError::UnknownBasic(args) => coded_error(
                "ParamValidation",
                &format!("Unknown options: {}", args.join(",")),
            ),
            ArgError::NotSimulated(command) => format!("{}\n", command_note(command)),
        }
    }
}

pub fn required(names: &[&str]) -> ArgError {
    ArgError::Usage(format!(
        "the following arguments are required: {}",
        names.join(", ")
    ))
}

/// `CLIArgParser._check_value` (aws-cli 2.31 and later): the invalid value and
/// its close matches (difflib, cutoff 0.8), no longer the whole list of choices.
pub fn invalid_choice(argument: &str, value: &str, choices: &[&str]) -> ArgError {
    let mut parts = vec![format!("Found invalid choice '{value}'\n")];
    let close = close_matches(value, choices);
    if !close.is_empty() {
        parts.push("Maybe you meant:\n".into());
        parts.extend(close.iter().map(|w| format!("  * {w}")));
    }
    ArgError::Usage(format!("argument {argument}: {}", parts.join("\n")))
}

/// difflib.get_close_matches(word, possibilities, n=3, cutoff=0.8).
fn close_matches(word: &str, possibilities: &[&str]) -> Vec<String> {
    let w: Vec<char> = word.chars().collect();
    let mut scored: Vec<(f64, &str)> = possibilities
        .iter()
        .map(|p| {
            let x: Vec<char> = p.chars().collect();
            (ratio(&x, &w), *p)
        })
        .filter(|(score, _)| *score >= 0.8)
        .collect();
    scored.sort_by(|a, b| b.partial_cmp(a).unwrap_or(std::cmp::Ordering::Equal));
    scored
        .into_iter()
        .take(3)
        .map(|(_, p)| p.to_string())
        .collect()
}

/// SequenceMatcher(None, a, b).ratio() for short strings (no autojunk).
fn ratio(a: &[char], b: &[char]) -> f64 {
    let total = a.len() + b.len();
    if total == 0 {
        return 1.0;
    }
    2.0 * matched(a, b) as f64 / total as f64
}

fn matched(a: &[char], b: &[char]) -> usize {
    // The longest common block, earliest in `a` then in `b`, then both sides of it.
    let mut best = (0, 0, 0);
    for i in 0..a.len() {
        for j in 0..b.len() {
            let k = a[i..]
                .iter()
                .zip(&b[j..])
                .take_while(|(x, y)| x == y)
                .count();
            if k > best.2 {
                best = (i, j, k);
            }
        }
    }
    let (i, j, k) = best;
    if k == 0 {
        return 0;
    }
    k + matched(&a[..i], &b[..j]) + matched(&a[i + k..], &b[j + k..])
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Globals {
    pub profile: Option<String>,
    pub region: Option<String>,
    pub output: Option<String>,
    pub query: Option<String>,
    /// Global options the CLI has and the lab does not simulate, as typed.
    pub not_simulated: Vec<&'static str>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Main {
    Version,
    /// `words` holds everything that is not a global option, in typed order;
    /// its first entry is the command.
    Command {
        globals: Globals,
        words: Vec<String>,
    },
}

/// One option of the lab's global options or of an operation.
#[derive(Clone, Copy, Debug)]
pub struct Opt {
    pub flag: &'static str,
    pub takes_value: bool,
    pub required: bool,
    /// argparse's `nargs='+'` (a list parameter): every value up to the next
    /// option, kept joined by newlines.
    pub many: bool,
}

pub const fn value(flag: &'static str) -> Opt {
    Opt {
        flag,
        takes_value: true,
        required: false,
        many: false,
    }
}

pub const fn values(flag: &'static str) -> Opt {
    Opt {
        flag,
        takes_value: true,
        required: false,
        many: true,
    }
}

pub const fn required_value(flag: &'static str) -> Opt {
    Opt {
        flag,
        takes_value: true,
        required: true,
        many: false,
    }
}

pub const fn switch(flag: &'static str) -> Opt {
    Opt {
        flag,
        takes_value: false,
        required: false,
        many: false,
    }
}

/// aws-cli 2.36.7's global options (`awscli/data/cli.json`).
const GLOBALS: &[Opt] = &[
    value("--profile"),
    value("--region"),
    value("--output"),
    value("--query"),
    value("--color"),
    value("--endpoint-url"),
    switch("--debug"),
    value("--ca-bundle"),
    value("--cli-binary-format"),
    value("--cli-error-format"),
    switch("--no-sign-request"),
    switch("--cli-auto-prompt"),
    switch("--no-cli-auto-prompt"),
    value("--cli-read-timeout"),
    value("--cli-connect-timeout"),
    switch("--no-cli-pager"),
    switch("--no-paginate"),
    switch("--no-verify-ssl"),
    switch("--version"),
];

/// argparse treats anything starting with `-` as an option, except negative numbers.
fn looks_like_option(arg: &str) -> bool {
    arg.starts_with('-') && arg.len() > 1 && arg.parse::<f64>().is_err()
}

enum Step<'a> {
    Matched(&'static Opt, Option<String>),
    Other(&'a str),
}

/// Matches `args[*at]` against `opts`, consuming its value (`--x v` or `--x=v`).
fn step<'a>(
    opts: &'static [Opt],
    args: &'a [String],
    at: &mut usize,
) -> Result<Step<'a>, ArgError> {
    let Some(arg) = args.get(*at) else {
        return Err(ArgError::Usage(String::new()));
    };
    *at += 1;
    let (flag, inline) = match arg.split_once('=') {
        Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
        _ => (arg.as_str(), None),
    };
    let Some(opt) = opts.iter().find(|o| o.flag == flag) else {
        return Ok(Step::Other(arg));
    };
    if !opt.takes_value {
        return match inline {
            Some(_) => Err(ArgError::Usage(format!(
                "argument {}: ignored explicit argument '{}'",
                opt.flag,
                inline.unwrap_or_default()
            ))),
            None => Ok(Step::Matched(opt, None)),
        };
    }
    if let Some(v) = inline {
        return Ok(Step::Matched(opt, Some(v)));
    }
    match args.get(*at) {
        Some(v) if !looks_like_option(v) => {
            *at += 1;
            let mut value = v.clone();
            while let Some(more) = args.get(*at).filter(|m| opt.many && !looks_like_option(m)) {
                value.push('\n');
                value.push_str(more);
                *at += 1;
            }
            Ok(Step::Matched(opt, Some(value)))
        }
        _ => Err(ArgError::Usage(format!(
            "argument {}: expected one argument",
            opt.flag
        ))),
    }
}

pub fn parse_main(args: &[String]) -> Result<Main, ArgError> {
    let mut globals = Globals::default();
    let mut words = Vec::new();
    let mut at = 0;
    while at < args.len() {
        match step(GLOBALS, args, &mut at)? {
            Step::Matched(opt, v) => match opt.flag {
                "--version" => return Ok(Main::Version),
                "--profile" => globals.profile = v,
                "--region" => globals.region = v,
                "--output" => {
                    let v = v.unwrap_or_default();
                    if !OUTPUTS.contains(&v.as_str()) {
                        return Err(invalid_choice("--output", &v, OUTPUTS));
                    }
                    globals.output = Some(v);
                }
                "--query" => globals.query = v,
                "--endpoint-url" | "--debug" | "--ca-bundle" | "--no-sign-request"
                | "--cli-auto-prompt" => globals.not_simulated.push(opt.flag),
                "--color" => {
                    let v = v.unwrap_or_default();
                    let choices = &["on", "off", "auto"];
                    if !choices.contains(&v.as_str()) {
                        return Err(invalid_choice("--color", &v, choices));
                    }
                }
                _ => {}
            },
            Step::Other(arg) => {
                let first_positional = !looks_like_option(arg)
                    && !words.iter().any(|w: &String| !looks_like_option(w));
                if first_positional && OTHER_COMMANDS.contains(&arg) {
                    return Err(ArgError::NotSimulated(arg.to_string()));
                }
                if first_positional && !COMMANDS.contains(&arg) {
                    // The CLI's choices are its whole command table.
                    let all: Vec<&str> = COMMANDS.iter().chain(OTHER_COMMANDS).copied().collect();
                    return Err(invalid_choice("command", arg, &all));
                }
                words.push(arg.to_string());
            }
        }
    }
    Ok(Main::Command { globals, words })
}

/// Splits a level's positional choice (operation, subcommand) from the rest.
pub fn take_choice(
    words: &[String],
    argument: &str,
    choices: &[&str],
) -> Result<Option<(String, Vec<String>)>, ArgError> {
    let Some(at) = words.iter().position(|w| !looks_like_option(w)) else {
        return Ok(None);
    };
    let choice = words[at].clone();
    if !choices.contains(&choice.as_str()) {
        return Err(invalid_choice(argument, &choice, choices));
    }
    let mut rest = words.to_vec();
    rest.remove(at);
    Ok(Some((choice, rest)))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpArgs {
    /// `aws <command> <operation> help`.
    Help,
    Values(Vec<(&'static str, String)>),
}

impl OpArgs {
    pub fn get(&self, flag: &str) -> Option<&str> {
        match self {
            OpArgs::Help => None,
            OpArgs::Values(v) => v
                .iter()
                .rev()
                .find(|(f, _)| *f == flag)
                .map(|(_, v)| v.as_str()),
        }
    }
}

/// An operation's own arguments, with argparse's order of errors: a missing value
/// as it is met, then missing required options, then leftovers.
pub fn parse_operation(opts: &'static [Opt], args: &[String]) -> Result<OpArgs, ArgError> {
    if matches!(args, [only] if only == "help") {
        return Ok(OpArgs::Help);
    }
    let mut values = Vec::new();
    let mut unknown = Vec::new();
    // The optional `help` positional takes the first argument only when nothing
    // precedes it; any later positional is a leftover.
    let mut help_slot = None;
    let mut at = 0;
    while at < args.len() {
        let first = at == 0;
        match step(opts, args, &mut at)? {
            Step::Matched(opt, v) => values.push((opt.flag, v.unwrap_or_default())),
            Step::Other(arg) if first && !looks_like_option(arg) => {
                help_slot = Some(arg.to_string())
            }
            Step::Other(arg) => unknown.push(arg.to_string()),
        }
    }
    let missing: Vec<&str> = opts
        .iter()
        .filter(|o| o.required && !values.iter().any(|(f, _)| *f == o.flag))
        .map(|o| o.flag)
        .collect();
    if !missing.is_empty() {
        return Err(required(&missing));
    }
    unknown.extend(help_slot);
    if !unknown.is_empty() {
        return Err(ArgError::Unknown(unknown));
    }
    Ok(OpArgs::Values(values))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn globals_are_taken_from_anywhere_and_the_rest_kept_in_order() {
        let parsed = parse_main(&strings(&[
            "--region",
            "eu-west-1",
            "iam",
            "list-access-keys",
            "--output=json",
            "--no-cli-pager",
            "--profile",
            "lab",
        ]))
        .unwrap();
        assert_eq!(
            parsed,
            Main::Command {
                globals: Globals {
                    profile: Some("lab".into()),
                    region: Some("eu-west-1".into()),
                    output: Some("json".into()),
                    ..Globals::default()
                },
                words: strings(&["iam", "list-access-keys"]),
            }
        );
        assert_eq!(
            parse_main(&strings(&["iam", "--version"])),
            Ok(Main::Version)
        );
    }

    /// aws-cli 2.36.7: `CLIArgParser._check_value` and `error()` (awscli/argparser.py),
    /// `ParamValidationErrorsHandler` and `write_error` (awscli/errorhandler.py, errorformat.py).
    #[test]
    fn usage_errors_have_awscli_text() {
        assert_eq!(
            parse_main(&strings(&["iam", "--region"])).unwrap_err(),
            ArgError::Usage("argument --region: expected one argument".into())
        );
        let err = parse_main(&strings(&["--output", "tables"])).unwrap_err();
        assert_eq!(
            err.stderr(),
            "\naws: [ERROR]: An error occurred (ParamValidation): argument --output: Found invalid choice 'tables'\n\n\
             Maybe you meant:\n\n  * table\n\n\
             usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n\
             To see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n"
        );
        assert_eq!(
            ArgError::Unknown(strings(&["--query2", "x"])).stderr(),
            "\nusage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n\
             To see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n\n\
             \naws: [ERROR]: Unknown options: --query2, x\n"
        );
    }

    #[test]
    fn typos_get_difflib_suggestions() {
        let ops = ["create-access-key", "list-access-keys", "help"];
        let ArgError::Usage(msg) = invalid_choice("operation", "list-acess-keys", &ops) else {
            panic!()
        };
        assert_eq!(
            msg,
            "argument operation: Found invalid choice 'list-acess-keys'\n\nMaybe you meant:\n\n  * list-access-keys"
        );
        let ArgError::Usage(msg) = invalid_choice("operation", "zzz", &ops) else {
            panic!()
        };
        assert_eq!(msg, "argument operation: Found invalid choice 'zzz'\n");
    }

    #[test]
    fn other_commands_and_options_are_noted_not_refused() {
        assert_eq!(
            parse_main(&strings(&["s3", "ls"])),
            Err(ArgError::NotSimulated("s3".into()))
        );
        let Ok(Main::Command { globals, .. }) = parse_main(&strings(&[
            "--debug",
            "sts",
            "get-caller-identity",
            "--query",
            "Account",
        ])) else {
            panic!()
        };
        assert_eq!(globals.not_simulated, ["--debug"]);
        assert_eq!(globals.query.as_deref(), Some("Account"));
    }

    #[test]
    fn operation_arguments_follow_argparse_order_of_errors() {
        const OPTS: &[Opt] = &[
            required_value("--access-key-id"),
            required_value("--status"),
        ];
        let parse = |a: &[&str]| parse_operation(OPTS, &strings(a));
        assert_eq!(parse(&[]), Err(required(&["--access-key-id", "--status"])));
        assert_eq!(
            parse(&["--status", "Active", "--foo", "bar"]),
            Err(required(&["--access-key-id"]))
        );
        assert_eq!(
            parse(&[
                "stray",
                "--access-key-id=K",
                "--status",
                "Active",
                "--foo",
                "x"
            ]),
            Err(ArgError::Unknown(strings(&["--foo", "x", "stray"])))
        );
        assert_eq!(
            parse(&["--access-key-id", "--status"]),
            Err(ArgError::Usage(
                "argument --access-key-id: expected one argument".into()
            ))
        );
        assert_eq!(parse(&["help"]), Ok(OpArgs::Help));
        let ok = parse(&[
            "--access-key-id",
            "A",
            "--status",
            "Inactive",
            "--access-key-id",
            "B",
        ])
        .unwrap();
        assert_eq!(ok.get("--access-key-id"), Some("B"));
        assert_eq!(ok.get("--status"), Some("Inactive"));
    }
}
