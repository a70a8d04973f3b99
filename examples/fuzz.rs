//! `make fuzz`: terminal sessions built from the CLI's own tables, run line after
//! line against one evolving lab each; the storage decoder fed mutations of real
//! stored labs of every schema (and of the labs those sessions left); the two
//! import readers (a lab file, a scenario file) fed mutations of theirs. Prints
//! the seed, the share of each outcome, and fails if an exit code or a decoder
//! outcome stays under 1%, or if any input breaks a promise (a panic, an
//! unknown exit code, a lab its validator refuses).
//!
//! `SEED=<n> make fuzz` replays a whole run; a failure prints the session seed
//! and the line, and `SESSION=<seed> make fuzz` replays that one session alone.

use rootkey_lab::domain::cli::fuzzing::{check, Session, EXIT_CODES};
use rootkey_lab::domain::fuzzing::{FuzzRng, Tally};
use rootkey_lab::domain::random::{OsRandom, Random};
use rootkey_lab::store::envelope::encode;
use rootkey_lab::store::fuzzing::{
    corpus, decoder_outcome, lab_file_outcome, mutate_scenario, mutate_stored, scenario_outcome,
    DECODER_OUTCOMES,
};
use std::cell::RefCell;
use std::process::ExitCode;
use std::time::Instant;

const SESSIONS: usize = 1_500;
const LINES: usize = 200;
const DECODER_RUNS: usize = 100_000;
const IMPORT_RUNS: usize = 40_000;

thread_local! {
    /// Where the run is, for the panic hook: the stage, the seed that replays it
    /// and the input.
    static WHERE: RefCell<String> = const { RefCell::new(String::new()) };
}

fn at(place: String) {
    WHERE.with(|w| *w.borrow_mut() = place);
}

fn seed_from_env(name: &str) -> Option<u64> {
    let v = std::env::var(name).ok()?;
    let v = v.trim();
    let parsed = match v.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => v.parse(),
    };
    Some(parsed.unwrap_or_else(|_| panic!("{name}={v} is not a number")))
}

/// Runs one session; a broken promise is reported with what replays it.
fn session(seed: u64, codes: &mut Tally, ops: &mut Tally) -> Result<Session, String> {
    let mut s = Session::new(seed);
    for i in 0..LINES {
        at(format!(
            "terminal session {seed:#x}, line {i} (replay: SESSION={seed:#x} make fuzz)"
        ));
        let (line, out) = s.step();
        codes.add(out.exit_code.to_string());
        // Which operations the service answered (0) or refused (254).
        let words: Vec<&str> = line.split_whitespace().collect();
        let call = words
            .windows(3)
            .find(|w| w[0] == "aws" && ["iam", "sts"].contains(&w[1]));
        if let Some(w) = call.filter(|_| [0, 254].contains(&out.exit_code)) {
            ops.add(format!("{} {} -> {}", w[1], w[2], out.exit_code));
        }
        check(&s, &out).map_err(|e| {
            format!("terminal session {seed:#x}, line {i}: {line:?}: {e} (replay: SESSION={seed:#x} make fuzz)")
        })?;
    }
    Ok(s)
}

fn main() -> ExitCode {
    std::panic::set_hook(Box::new(|info| {
        WHERE.with(|w| eprintln!("PANIC in {}: {info}", w.borrow()));
    }));
    if let Some(seed) = seed_from_env("SESSION") {
        let (mut codes, mut ops) = (Tally::default(), Tally::default());
        println!("replaying terminal session {seed:#x}");
        return match session(seed, &mut codes, &mut ops) {
            Ok(_) => {
                println!("no failure; exit codes:\n{}", codes.table());
                println!("service calls:\n{}", ops.table());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("FAILURE: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let seed = seed_from_env("SEED").unwrap_or_else(|| u64::from_le_bytes(OsRandom.bytes()));
    println!("fuzz seed {seed:#x} (replay the whole run: SEED={seed:#x} make fuzz)");
    let started = Instant::now();
    let mut rng = FuzzRng::new(seed);
    let mut failures = Vec::new();

    let (mut codes, mut ops) = (Tally::default(), Tally::default());
    let mut evolved = Vec::new();
    for _ in 0..SESSIONS {
        match session(rng.next_u64(), &mut codes, &mut ops) {
            Ok(s) if evolved.len() < 200 => evolved.push(encode(&s.lab, 7)),
            Ok(_) => {}
            Err(e) => failures.push(e),
        }
    }
    println!(
        "\nterminal: {SESSIONS} sessions of {LINES} lines, exit codes:\n{}",
        codes.table()
    );
    println!(
        "service calls answered (0) or refused by the service (254), by operation:\n{}",
        ops.table()
    );

    let mut labs = corpus(&mut rng);
    labs.extend(evolved);
    let mut decoded = Tally::default();
    for i in 0..DECODER_RUNS {
        // The v1 fixture a third of the time, so the migration runs often.
        let base = if rng.chance(33) {
            &labs[0]
        } else {
            rng.pick(labs.as_slice())
        };
        let input = mutate_stored(base, &mut rng);
        at(format!(
            "storage decoder, input {i} of SEED={seed:#x}: {input:?}"
        ));
        match decoder_outcome(&input) {
            Ok(o) => decoded.add(o),
            Err(e) => failures.push(format!("storage decoder: {e}: {input:?}")),
        }
    }
    println!(
        "storage decoder: {DECODER_RUNS} mutated stored labs ({} real ones: the v1 fixture, the built-in scenarios, evolved sessions):\n{}",
        labs.len(),
        decoded.table()
    );

    let mut files = Tally::default();
    let mut scenarios = Tally::default();
    for i in 0..IMPORT_RUNS {
        let base = rng.index(labs.len());
        let input = mutate_stored(&labs[base], &mut rng);
        at(format!(
            "lab file import, input {i} of SEED={seed:#x}: {input:?}"
        ));
        match lab_file_outcome(&input) {
            Ok(o) => files.add(o),
            Err(e) => failures.push(format!("lab file import: {e}: {input:?}")),
        }
        let input = mutate_scenario(&mut rng);
        at(format!(
            "scenario import, input {i} of SEED={seed:#x}: {input:?}"
        ));
        match scenario_outcome(&input, &mut rng) {
            Ok(o) => scenarios.add(o),
            Err(e) => failures.push(format!("scenario import: {e}: {input:?}")),
        }
    }
    println!(
        "import of a lab file: {IMPORT_RUNS} inputs:\n{}",
        files.table()
    );
    println!(
        "import of a scenario file: {IMPORT_RUNS} inputs:\n{}",
        scenarios.table()
    );

    let code_names: Vec<String> = EXIT_CODES.iter().map(i32::to_string).collect();
    let code_refs: Vec<&str> = code_names.iter().map(String::as_str).collect();
    for missing in codes.under_one_percent(&code_refs) {
        failures.push(format!("exit code {missing} reached by under 1% of lines"));
    }
    for missing in decoded.under_one_percent(&DECODER_OUTCOMES) {
        failures.push(format!(
            "decoder outcome {missing} reached by under 1% of inputs"
        ));
    }
    println!("{:.1} s, seed {seed:#x}", started.elapsed().as_secs_f64());
    if failures.is_empty() {
        println!("no failure");
        return ExitCode::SUCCESS;
    }
    for f in failures.iter().take(20) {
        eprintln!("FAILURE: {f}");
    }
    eprintln!(
        "{} failures (replay: SEED={seed:#x} make fuzz)",
        failures.len()
    );
    ExitCode::FAILURE
}
