//! The fixed-seed, smaller version of `make fuzz`'s decoder and import stages:
//! mutated real labs of every schema reach every decoder outcome, and neither
//! the decoder nor the import readers break a promise on them.

use super::fuzzing::{
    corpus, decoder_outcome, lab_file_outcome, mutate_scenario, mutate_stored, scenario_outcome,
    DECODER_OUTCOMES, V1,
};
use crate::domain::fuzzing::{FuzzRng, Tally};

#[test]
fn the_v1_fixture_is_migrated() {
    assert_eq!(decoder_outcome(V1), Ok("migrated"));
}

#[test]
fn mutated_labs_of_every_schema_reach_every_decoder_outcome() {
    let mut rng = FuzzRng::new(0x5eed);
    let labs = corpus(&mut rng);
    let mut outcomes = Tally::default();
    for i in 0..3_000 {
        let base = if rng.chance(33) {
            0
        } else {
            rng.index(labs.len())
        };
        let input = mutate_stored(&labs[base], &mut rng);
        match decoder_outcome(&input) {
            Ok(o) => outcomes.add(o),
            Err(e) => panic!("input {i}: {e}: {input}"),
        }
    }
    assert_eq!(
        outcomes.under_one_percent(&DECODER_OUTCOMES),
        Vec::<&str>::new(),
        "\n{}",
        outcomes.table()
    );
}

#[test]
fn the_import_readers_take_or_refuse_mutated_files_and_keep_their_promises() {
    let mut rng = FuzzRng::new(0x1a4b);
    let labs = corpus(&mut rng);
    let (mut files, mut scenarios) = (Tally::default(), Tally::default());
    for i in 0..1_000 {
        let base = rng.index(labs.len());
        let input = mutate_stored(&labs[base], &mut rng);
        files.add(lab_file_outcome(&input).unwrap_or_else(|e| panic!("file {i}: {e}: {input}")));
        let input = mutate_scenario(&mut rng);
        scenarios.add(
            scenario_outcome(&input, &mut rng)
                .unwrap_or_else(|e| panic!("scenario {i}: {e}: {input}")),
        );
    }
    for (tally, wanted) in [
        (
            &files,
            ["imported", "refused: invalid", "refused: not a lab file"],
        ),
        (
            &scenarios,
            [
                "built",
                "refused: not a scenario",
                "refused: not a scenario",
            ],
        ),
    ] {
        assert_eq!(
            tally.under_one_percent(&wanted),
            Vec::<&str>::new(),
            "\n{}",
            tally.table()
        );
    }
}
