//! `make fuzz`: a million generated inputs each through the storage decoder, the
//! import file reader and the terminal's line parser; prints the counts. Inputs
//! are mutations of real values (so most get past the first byte) drawn from the
//! platform's secure random source; a panic prints the input that caused it.

use rootkey_lab::domain::cli::Terminal;
use rootkey_lab::domain::lab::{Identity, Lab, SignUpForm};
use rootkey_lab::domain::password::RustKdf;
use rootkey_lab::domain::random::{OsRandom, Random};
use rootkey_lab::domain::time::Timestamp;
use rootkey_lab::store::envelope::{decode, encode, import, Decoded};
use std::cell::RefCell;
use std::collections::BTreeMap;

const RUNS: usize = 1_000_000;

thread_local! {
    static CURRENT: RefCell<String> = const { RefCell::new(String::new()) };
}

const JSON_PIECES: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "null",
    "true",
    "-1",
    "1e309",
    "\"app\"",
    "\"schema\"",
    "\"rootkey-lab\"",
    "99",
    "\"data\"",
    "\"accounts\"",
    "\u{0}",
    "\\u0000",
    "\\",
    "é",
    "💥",
];
const LINE_PIECES: &[&str] = &[
    "aws",
    "iam",
    "sts",
    "configure",
    "set",
    "get",
    "list",
    "create-access-key",
    "list-access-keys",
    "update-access-key",
    "delete-access-key",
    "get-caller-identity",
    "get-access-key-info",
    "get-access-key-last-used",
    "--access-key-id",
    "--status",
    "Active",
    "Inactive",
    "--profile",
    "--region",
    "--output",
    "json",
    "text",
    "export",
    "unset",
    "echo",
    "$?",
    "$HOME",
    "${X",
    "'",
    "\"",
    "\\",
    "=",
    "X=1",
    "AWS_ACCESS_KEY_ID=AKIARZPUZDIKGB2VALC4",
    "&&",
    "||",
    ";",
    "|",
    "#",
    " ",
    "\t",
    "AKIA",
    "ASIAQAAAAAAAGMKEM7X5",
    "--",
    "-",
    "help",
    "--version",
    "clear",
    "日本語",
];

fn pick<'a>(rng: &mut OsRandom, items: &[&'a str]) -> &'a str {
    items[usize::from(rng.below(items.len() as u16))]
}

fn index(rng: &mut OsRandom, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (u64::from_le_bytes(rng.bytes()) % len as u64) as usize
}

/// One to four edits of `base`: cut, flip, insert a token, delete or repeat a span.
fn mutate(base: &str, rng: &mut OsRandom) -> String {
    let mut bytes = base.as_bytes().to_vec();
    for _ in 0..=rng.below(4) {
        let at = index(rng, bytes.len() + 1);
        match rng.below(5) {
            0 => bytes.truncate(at),
            1 if at < bytes.len() => bytes[at] ^= 1 << rng.below(8),
            2 => {
                let piece = pick(rng, JSON_PIECES).as_bytes().to_vec();
                bytes.splice(at..at, piece);
            }
            3 => {
                let end = (at + index(rng, 16)).min(bytes.len());
                bytes.drain(at..end);
            }
            _ => {
                let end = (at + index(rng, 32)).min(bytes.len());
                let span = bytes[at..end].to_vec();
                bytes.splice(at..at, span);
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn line(rng: &mut OsRandom) -> String {
    let mut l = String::new();
    for _ in 0..rng.below(12) {
        if rng.below(8) == 0 {
            l.push(char::from_u32(u32::from(rng.below(256))).unwrap_or('?'));
        } else {
            l.push_str(pick(rng, LINE_PIECES));
        }
        if rng.below(3) > 0 {
            l.push(' ');
        }
    }
    l
}

fn remember(input: &str) {
    CURRENT.with(|c| {
        let mut c = c.borrow_mut();
        c.clear();
        c.push_str(input);
    });
}

fn main() {
    std::panic::set_hook(Box::new(|info| {
        CURRENT.with(|c| eprintln!("PANIC on input {:?}: {info}", c.borrow()));
    }));
    let rng = &mut OsRandom;
    let mut lab = Lab::default();
    let form = SignUpForm {
        email: "fuzz@example.com".into(),
        account_name: "Fuzz".into(),
        password: "Fuzz-Pass-1".into(),
        confirm: "Fuzz-Pass-1".into(),
    };
    let id = lab
        .sign_up(&form, &RustKdf, rng, Timestamp(0))
        .expect("sample account");
    let root = Identity::root(id);
    lab.create_access_key(&root, &root, rng, Timestamp(1))
        .expect("sample key");
    lab.sign_in_root(
        "fuzz@example.com",
        "Fuzz-Pass-1",
        &RustKdf,
        rng,
        Timestamp(2),
    )
    .expect("sign in");
    let stored = encode(&lab, 3);

    let mut decoded: BTreeMap<&str, usize> = BTreeMap::new();
    for _ in 0..RUNS {
        let input = mutate(&stored, rng);
        remember(&input);
        let kind = match decode(Some(&input)) {
            Decoded::Empty => "empty",
            Decoded::Loaded { .. } => "loaded",
            Decoded::Unreadable => "unreadable",
            Decoded::Newer { .. } => "newer",
        };
        *decoded.entry(kind).or_default() += 1;
    }
    println!("storage decoder: {RUNS} inputs, no panic: {decoded:?}");

    let (mut accepted, mut refused) = (0, 0);
    for _ in 0..RUNS {
        let input = mutate(&stored, rng);
        remember(&input);
        match import(&input) {
            Ok(_) => accepted += 1,
            Err(_) => refused += 1,
        }
    }
    println!("import reader:   {RUNS} inputs, no panic: {accepted} accepted, {refused} refused");

    let mut terminal = Terminal::new();
    let mut codes: BTreeMap<i32, usize> = BTreeMap::new();
    for i in 0..RUNS {
        // A fresh terminal every few lines: an unclosed quote makes later lines
        // continuations of one growing command, which would otherwise never end.
        if i % 20 == 0 {
            terminal = Terminal::new();
        }
        let l = line(rng);
        remember(&l);
        let mut scratch = lab.clone();
        let out = terminal.run_line(&mut scratch, &l, rng, Timestamp(i as i64));
        *codes.entry(out.exit_code).or_default() += 1;
    }
    println!("terminal lines:  {RUNS} inputs, no panic: exit codes {codes:?}");
}
