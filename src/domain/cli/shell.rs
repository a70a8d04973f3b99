//! Runs parsed command lists: assignments, the few builtins the lab needs, and
//! `aws`; everything else is `command not found`, as in a bare bash.

use super::credentials::Env;
use super::exit::USAGE_RC;
use super::lexer::{self, Command, Connector, LexError, VarRef, Word};
use super::not_simulated::shell_note;
use super::{aws, Outcome, Run, ShellVar, Terminal};
use crate::domain::lab::Lab;
use crate::domain::random::Random;
use crate::domain::time::Timestamp;

pub fn run(
    term: &mut Terminal,
    lab: &mut Lab,
    line: &str,
    rng: &mut impl Random,
    now: Timestamp,
) -> Outcome {
    let list = match lexer::parse(line) {
        Ok(list) => list,
        Err(LexError::Incomplete) => {
            term.continuation = Some(line.to_string());
            return Outcome {
                exit_code: term.last_status,
                ..Outcome::default()
            };
        }
        Err(e) => {
            let (message, code) = match e {
                LexError::UnexpectedToken(t) => {
                    (format!("bash: syntax error near unexpected token `{t}'"), 2)
                }
                LexError::BadSubstitution(s) => (format!("bash: {s}: bad substitution"), 1),
                LexError::Unsupported(t) => (shell_note(&t), USAGE_RC),
                LexError::Incomplete => (String::new(), 0),
            };
            term.last_status = code;
            let mut run = Run::code(code);
            run.stderr(&message);
            return Outcome {
                output: run.out,
                exit_code: code,
                ..Outcome::default()
            };
        }
    };
    let mut outcome = Outcome {
        exit_code: term.last_status,
        ..Outcome::default()
    };
    for (connector, command) in list {
        let skip = match connector {
            Connector::Always => false,
            Connector::IfSuccess => term.last_status != 0,
            Connector::IfFailure => term.last_status == 0,
        };
        if skip {
            continue;
        }
        let (run, cleared) = execute(term, lab, &command, rng, now);
        if cleared {
            outcome.output.clear();
            outcome.clear = true;
        }
        outcome.output.extend(run.out);
        outcome.note = run.note.or(outcome.note);
        term.last_status = run.code;
        outcome.exit_code = run.code;
        if run.interview.is_some() {
            // From here on the terminal reads answers, not commands.
            term.interview = run.interview;
            break;
        }
    }
    outcome
}

fn lookup(term: &Terminal) -> impl Fn(&VarRef) -> String + '_ {
    move |var| match var {
        VarRef::Name(n) => term
            .vars
            .get(n)
            .map(|v| v.value.clone())
            .unwrap_or_default(),
        VarRef::Status => term.last_status.to_string(),
        VarRef::Positional(0) => "bash".into(),
        VarRef::Positional(_) => String::new(),
    }
}

fn set_var(term: &mut Terminal, name: String, value: String, export: bool) {
    let exported = export || term.vars.get(&name).is_some_and(|v| v.exported);
    term.vars.insert(name, ShellVar { value, exported });
}

/// The environment a child process gets: exported variables, then the prefixes.
fn child_env(term: &Terminal, prefix: &[(String, String)]) -> Env {
    let mut env: Env = term
        .vars
        .iter()
        .filter(|(_, v)| v.exported)
        .map(|(k, v)| (k.clone(), v.value.clone()))
        .collect();
    env.extend(prefix.iter().cloned());
    env
}

fn execute(
    term: &mut Terminal,
    lab: &mut Lab,
    command: &Command,
    rng: &mut impl Random,
    now: Timestamp,
) -> (Run, bool) {
    let lookup_fn = lookup(term);
    let mut prefix = Vec::new();
    let mut words = command.words.iter().peekable();
    while let Some(assignment) = words.peek().and_then(|w| w.assignment(&lookup_fn)) {
        prefix.push(assignment);
        words.next();
    }
    let rest: Vec<&Word> = words.collect();
    let fields: Vec<String> = rest.iter().flat_map(|w| w.expand(&lookup_fn)).collect();
    drop(lookup_fn);
    let Some((name, args)) = fields.split_first() else {
        for (k, v) in prefix {
            set_var(term, k, v, false);
        }
        return (Run::code(0), false);
    };
    let mut run = Run::default();
    match name.as_str() {
        "clear" => return (run, true),
        "true" => {}
        "false" => run.code = 1,
        "echo" => echo(&mut run, args),
        "export" => export(term, &mut run, rest.get(1..).unwrap_or_default()),
        "unset" => {
            for arg in args.iter().filter(|a| *a != "-v") {
                if lexer::is_name(arg) {
                    term.vars.remove(arg);
                } else {
                    run.stderr(&format!("bash: unset: `{arg}': not a valid identifier"));
                    run.code = 1;
                }
            }
        }
        "env" | "printenv" => {
            let env = child_env(term, &prefix);
            match args.first() {
                Some(var) if name == "printenv" => match env.get(var) {
                    Some(v) => run.stdout(v.clone()),
                    None => run.code = 1,
                },
                Some(other) => {
                    run.stderr(&format!("env: ‘{other}’: No such file or directory"));
                    run.code = 127;
                }
                None => run.stdout_lines(env.iter().map(|(k, v)| format!("{k}={v}"))),
            }
        }
        "aws" => {
            let env = child_env(term, &prefix);
            run = aws::run(args, &env, &mut term.profiles, lab, rng, now);
        }
        _ => {
            run.stderr(&format!("bash: {name}: command not found"));
            run.code = 127;
        }
    }
    (run, false)
}

/// bash's builtin echo: leading `-n`, `-e`, `-E` flags, then the words.
fn echo(run: &mut Run, args: &[String]) {
    let mut newline = true;
    let mut escapes = false;
    let mut words = args;
    while let Some((first, rest)) = words.split_first() {
        let flags = first
            .strip_prefix('-')
            .filter(|f| !f.is_empty() && f.chars().all(|c| "neE".contains(c)));
        let Some(flags) = flags else { break };
        for c in flags.chars() {
            match c {
                'n' => newline = false,
                'e' => escapes = true,
                _ => escapes = false,
            }
        }
        words = rest;
    }
    let mut text = words.join(" ");
    if escapes {
        text = text
            .replace("\\n", "\n")
            .replace("\\t", "\t")
            .replace("\\\\", "\\");
    }
    if newline || !text.is_empty() {
        run.stdout(text);
    }
}

fn export(term: &mut Terminal, run: &mut Run, words: &[&Word]) {
    if words.is_empty() {
        let lines: Vec<String> = term
            .vars
            .iter()
            .filter(|(_, v)| v.exported)
            .map(|(k, v)| {
                format!(
                    "declare -x {k}=\"{}\"",
                    v.value.replace('\\', "\\\\").replace('"', "\\\"")
                )
            })
            .collect();
        run.stdout_lines(lines);
        return;
    }
    for word in words {
        let (assignment, fields) = {
            let lookup_fn = lookup(term);
            (word.assignment(&lookup_fn), word.expand(&lookup_fn))
        };
        if let Some((k, v)) = assignment {
            set_var(term, k, v, true);
            continue;
        }
        for field in fields {
            if let Some(var) = term.vars.get_mut(&field) {
                var.exported = true;
            } else if !lexer::is_name(&field) {
                run.stderr(&format!("bash: export: `{field}': not a valid identifier"));
                run.code = 1;
            }
        }
    }
}
