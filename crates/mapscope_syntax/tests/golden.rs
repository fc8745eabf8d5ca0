//! The parser against go/parser's committed output, without Go: every fixture's dump (errors
//! included) must equal its golden file byte for byte, and the fixture mutants must get
//! go/parser's verdicts.
//!
//! The golden files are `tools/astdump`'s (go/parser's) output, written by
//! `scripts/parse-fixtures-oracle.sh --bless`; `scripts/test.sh` runs the same script without
//! `--bless` to check that they still are. A fixture's golden file is `NAME.go.dump` (the full
//! dump) or, where that would be too large to review, `NAME.go.hash` (the errors and a hash of
//! the dump, as `astdump -hash` prints). The mutants' golden file is `tests/mutants.hash`.

#[path = "support/fixtures.rs"]
mod fixtures;
#[path = "support/mutants.rs"]
mod mutants;

use mapscope_syntax::dump::{write_dump, write_dump_hash};
use mapscope_syntax::parse_file;
use std::path::Path;

const BLESS: &str = "run `scripts/parse-fixtures-oracle.sh --bless` (needs Go 1.26 as `go`) to \
                     write the golden files from go/parser's output";

/// Reads a golden file, or `None` if it does not exist.
fn read_golden(path: &Path) -> Option<String> {
    match std::fs::read(path) {
        Ok(bytes) => Some(String::from_utf8_lossy(&bytes).into_owned()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => panic!("{}: {e}", path.display()),
    }
}

/// The dump lines of `ours` and `expected` at their first difference, for the failure message.
fn first_difference(ours: &str, expected: &str) -> String {
    let line = ours
        .lines()
        .zip(expected.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| ours.lines().count().min(expected.lines().count()));
    format!(
        "first difference at dump line {}:\n  go/parser: {}\n  mapscope:  {}",
        line + 1,
        expected.lines().nth(line).unwrap_or("<end>"),
        ours.lines().nth(line).unwrap_or("<end>"),
    )
}

#[test]
fn fixtures_match_golden_dumps() {
    let files = fixtures::paths();
    assert!(files.len() >= 15, "fixtures missing: {files:?}");
    let mut failures = Vec::new();
    let mut with_errors = 0;
    for file in &files {
        let dump_path = file.with_extension("go.dump");
        let hash_path = file.with_extension("go.hash");
        let (expected, write): (String, fn(&_, &mut Vec<u8>)) =
            match (read_golden(&dump_path), read_golden(&hash_path)) {
                (Some(dump), None) => (dump, write_dump),
                (None, Some(hash)) => (hash, write_dump_hash),
                (None, None) => {
                    failures.push(format!("{}: no golden file; {BLESS}", file.display()));
                    continue;
                }
                (Some(_), Some(_)) => {
                    failures.push(format!(
                        "{}: both a .dump and a .hash golden file; {BLESS}",
                        file.display()
                    ));
                    continue;
                }
            };
        if !expected.starts_with("errors 0\n") {
            with_errors += 1;
        }
        let src = std::fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let mut out = Vec::new();
        write(&parse_file(&src), &mut out);
        let ours = String::from_utf8_lossy(&out);
        if ours != expected {
            failures.push(format!("{}: {}", file.display(), first_difference(&ours, &expected)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(with_errors >= 8, "the error fixtures no longer have errors");
}

/// go/parser's output on each mutant, from `tests/mutants.hash`: `(file name, block)` where the
/// block is the error list and the dump hash.
fn golden_mutants() -> Vec<(String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mutants.hash");
    let text =
        read_golden(&path).unwrap_or_else(|| panic!("{}: no golden file; {BLESS}", path.display()));
    // Only headers start with "== ": every other line is `errors N`, `OFFSET: MESSAGE` or `hash H`.
    let mut blocks: Vec<(String, String)> = Vec::new();
    for line in text.split_inclusive('\n') {
        match (line.strip_prefix("== "), blocks.last_mut()) {
            (Some(name), _) => blocks.push((name.trim_end().to_string(), String::new())),
            (None, Some((_, block))) => block.push_str(line),
            (None, None) => panic!("{}: no `== NAME` header first; {BLESS}", path.display()),
        }
    }
    blocks
}

/// The error block (the `errors N` line and the N errors) of a dump.
fn error_block(dump: &str) -> String {
    let n: usize =
        dump.lines().next().and_then(|l| l.strip_prefix("errors ")?.parse().ok()).unwrap_or(0);
    dump.lines().take(n + 1).collect::<Vec<_>>().join("\n")
}

/// The criteria on mutated real Go: identical dumps where go/parser accepts, an error
/// where it rejects. Error lists are compared too (they differ only in rare corners: raw
/// non-UTF-8 bytes quoted in messages, sorting by `//line`-adjusted positions).
#[test]
fn mutants_agree_with_go_parser() {
    let mutants = mutants::mutants(&fixtures::seeds());
    let golden = golden_mutants();
    let names = |names: Vec<&str>| names.join(" ");
    assert!(
        mutants.iter().map(|m| m.name.as_str()).eq(golden.iter().map(|(n, _)| n.as_str())),
        "tests/mutants.hash is not about the current mutants (a fixture or the generator \
         changed); {BLESS}\n  generated: {}…\n  golden:    {}…",
        names(mutants.iter().take(3).map(|m| m.name.as_str()).collect()),
        names(golden.iter().take(3).map(|(n, _)| n.as_str()).collect()),
    );

    let (mut accepted, mut rejected, mut same_errors) = (0, 0, 0);
    let mut failures = Vec::new();
    for (mutant, (_, expected)) in mutants.iter().zip(&golden) {
        let mut out = Vec::new();
        write_dump_hash(&parse_file(&mutant.src), &mut out);
        let ours = String::from_utf8_lossy(&out);
        if expected.starts_with("errors 0\n") {
            accepted += 1;
            if ours != *expected {
                failures.push(format!("{}: go/parser accepts it, dumps differ", mutant.name));
            }
        } else {
            rejected += 1;
            if ours.starts_with("errors 0\n") {
                failures.push(format!(
                    "{}: go/parser rejects it, mapscope reports no error",
                    mutant.name
                ));
            }
            if error_block(&ours) == error_block(expected) {
                same_errors += 1;
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        accepted >= 50 && rejected >= 500,
        "unexpected mutant mix: {accepted} accepted, {rejected} rejected"
    );
    assert!(
        same_errors * 100 >= rejected * 97,
        "identical error lists on only {same_errors} of {rejected} rejected mutants"
    );
}
