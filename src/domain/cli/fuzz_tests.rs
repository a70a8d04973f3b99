//! The fixed-seed, smaller version of `make fuzz`'s terminal stage: sessions
//! built from the CLI's tables reach every exit code and keep every promise
//! after every line, and a seed replays its session line for line (`structured`).
//! Also: 100k arbitrary lines (shell syntax, AWS options, control characters,
//! multi-byte text) through one terminal, never a panic.

use super::*;
use crate::domain::lab::SignUpForm;
use crate::domain::random::OsRandom;

struct Gen;

impl Gen {
    fn next(&mut self) -> u64 {
        u64::from_le_bytes(crate::domain::random::Random::bytes(&mut OsRandom))
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "aws",
    "aws",
    "aws",
    "iam",
    "sts",
    "configure",
    "help",
    "list",
    "get",
    "set",
    "list-profiles",
    "create-access-key",
    "list-access-keys",
    "update-access-key",
    "delete-access-key",
    "get-access-key-last-used",
    "get-caller-identity",
    "get-access-key-info",
    "--access-key-id",
    "--status",
    "Active",
    "Inactive",
    "--user-name",
    "create-user",
    "get-user",
    "list-users",
    "create-group",
    "list-groups",
    "add-user-to-group",
    "attach-user-policy",
    "--group-name",
    "--policy-arn",
    "arn:aws:iam::aws:policy/AdministratorAccess",
    "bob",
    "--profile",
    "--region",
    "--output",
    "--output=text",
    "json",
    "text",
    "table",
    "--version",
    "--no-cli-pager",
    "--foo",
    "--",
    "-",
    "=",
    "region",
    "AKIAIOSFODNN7EXAMPLE",
    "ASIAY34FZKBOKMUTVV7A",
    "AKIA",
    "'",
    "\"",
    "$",
    "${",
    "}",
    "$?",
    "${?}",
    "$0",
    "$AWS_PROFILE",
    "\\",
    ";",
    ";;",
    "&&",
    "||",
    "|",
    "&",
    ">",
    "(",
    "`",
    "$(",
    "#",
    "export",
    "unset",
    "echo",
    "-n",
    "-e",
    "clear",
    "env",
    "printenv",
    "AWS_ACCESS_KEY_ID=",
    "AWS_SECRET_ACCESS_KEY=x",
    "AWS_PROFILE=dev",
    "AWS_REGION=",
    "A=1",
    "1A=",
    "é",
    "日本語",
    "🙂",
    "\u{0}",
    "\u{7}",
    "\u{7f}",
    "\u{202e}",
    "\r",
    "\t",
    "\n",
    " ",
    " ",
    " ",
    "",
];

fn arbitrary_line(rng: &mut Gen) -> String {
    match rng.below(10) {
        // Raw characters from the whole Unicode range (surrogates skipped).
        0 => (0..rng.below(40))
            .filter_map(|_| char::from_u32((rng.next() % 0x11_0000) as u32))
            .collect(),
        // Bytes read leniently, as a paste of binary data would arrive.
        1 => {
            let bytes: Vec<u8> = (0..rng.below(40)).map(|_| rng.next() as u8).collect();
            String::from_utf8_lossy(&bytes).into_owned()
        }
        // A long option or value.
        2 => format!("aws iam list-access-keys --{}", "x".repeat(rng.below(3000))),
        _ => {
            let mut line = String::new();
            for _ in 0..rng.below(14) {
                line.push_str(PIECES[rng.below(PIECES.len())]);
                if rng.below(3) > 0 {
                    line.push(' ');
                }
            }
            line
        }
    }
}

#[test]
fn no_line_makes_the_terminal_panic() {
    let mut lab = Lab::default();
    let form = SignUpForm {
        email: "fuzz@example.com".into(),
        account_name: "Fuzz".into(),
        password: "Secret-Pass1".into(),
        confirm: "Secret-Pass1".into(),
    };
    let account = lab
        .sign_up(
            &form,
            &crate::domain::password::testing::QuickKdf,
            &mut OsRandom,
            Timestamp(1),
        )
        .unwrap();
    lab.sign_in_root(
        "fuzz@example.com",
        "Secret-Pass1",
        &crate::domain::password::testing::QuickKdf,
        &mut OsRandom,
        Timestamp(2),
    )
    .unwrap();
    let mut rng = Gen;
    let mut term = Terminal::new();
    for case in 0..100_000 {
        if case % 64 == 0 {
            // Bounds how long an unclosed quote can keep growing one line.
            term = Terminal::new();
            if let Some(a) = lab.accounts.first_mut() {
                a.root.access_keys = Default::default();
            }
        }
        let line = arbitrary_line(&mut rng);
        let outcome = term.run_line(&mut lab, &line, &mut OsRandom, Timestamp(case));
        assert!(
            [0, 1, 2, 127, 252, 253, 254, 255].contains(&outcome.exit_code),
            "{line:?} -> {outcome:?}"
        );
        assert!(
            outcome.output.iter().all(|l| match l {
                OutLine::Stdout(s) | OutLine::Stderr(s) => !s.contains('\n'),
            }),
            "{line:?} -> {outcome:?}"
        );
        assert!(!term.prompt().is_empty());
        assert!(lab
            .account(account)
            .is_some_and(|a| a.root.access_keys.len() <= 2));
    }
}

mod structured {
    use super::super::fuzzing::{check, Session, EXIT_CODES};
    use crate::domain::fuzzing::Tally;

    #[test]
    fn sessions_from_the_cli_tables_reach_every_exit_code_and_keep_every_promise() {
        let mut codes = Tally::default();
        for seed in 0..30u64 {
            let mut s = Session::new(seed);
            for i in 0..100 {
                let (line, out) = s.step();
                codes.add(out.exit_code.to_string());
                if let Err(e) = check(&s, &out) {
                    panic!("session {seed:#x}, line {i}: {line:?}: {e}");
                }
            }
        }
        let names: Vec<String> = EXIT_CODES.iter().map(i32::to_string).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        assert_eq!(
            codes.under_one_percent(&names),
            Vec::<&str>::new(),
            "\n{}",
            codes.table()
        );
    }

    #[test]
    fn a_seed_replays_its_session_line_for_line() {
        let run = |seed| {
            let mut s = Session::new(seed);
            (0..60)
                .map(|_| {
                    let (line, out) = s.step();
                    format!("{line}\n{out:?}")
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(run(7), run(7));
        assert_ne!(run(7), run(8));
    }
}
