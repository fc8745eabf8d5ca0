//! Mutation testing of the builder: no input makes type-checking, building or verifying panic,
//! and every function built from it verifies.
//!
//! Inputs are the parser's deterministic mutants of its fixtures (mapscope_syntax's
//! `tests/support/mutants.rs`, the files behind `tests/mutants.hash`) and the same kind of
//! mutants of well-typed programs (this crate's fixture packages), so most of them reach the
//! builder with type errors in otherwise typed code. Each is checked as a package from source
//! text, every function is built (debug builds verify each one in `FunctionBuilder::finish`)
//! and verified again here. Bounded so `cargo test` runs it in seconds; `fuzz/` has the
//! open-ended version.

#[path = "../../mapscope_syntax/tests/support/mutants.rs"]
mod mutants;

use mapscope_ssa::ProgramTypeInfo;
use mapscope_ssa::build::{BuildOptions, build_unit, build_unit_with};
use mapscope_types::{MemoryImporter, Program};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

thread_local! {
    /// Set while an input is built: its panics are caught and listed, so the hook stays quiet.
    static BUILDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Installs (once) a panic hook that is silent for the panics [`build_and_verify`] catches and
/// the default hook for every other, such as a failing assertion.
fn quiet_panics_while_building() {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !BUILDING.get() {
                default(info);
            }
        }));
    });
}

/// What became of one input.
enum Outcome {
    /// Every function was built and verified; how many there were.
    Built(usize),
    /// The type checker panicked, before the builder saw the package.
    CheckerPanicked(String),
    /// The builder or the verifier panicked, or a function does not verify.
    Failed(String),
}

/// The first lines of a caught panic's message: what broke, and for a verifier failure the
/// violations.
fn panic_message(panic: Box<dyn std::any::Any + Send>) -> String {
    let message = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("a panic without a message");
    message.lines().take(3).collect::<Vec<_>>().join(" / ")
}

/// Checks `src` as package `p`, builds every function and verifies it.
fn build_and_verify(src: &[u8]) -> Outcome {
    quiet_panics_while_building();
    let text = String::from_utf8_lossy(src);
    BUILDING.set(true);
    let checked = catch_unwind(AssertUnwindSafe(|| {
        let mut program = Program::new();
        let (unit, _) = program.check_package("p", &[("p.go", &text)], &MemoryImporter::default());
        (program, unit.0 as usize)
    }));
    let outcome = match checked {
        Err(panic) => Outcome::CheckerPanicked(panic_message(panic)),
        Ok((program, unit)) => catch_unwind(AssertUnwindSafe(|| {
            let types = ProgramTypeInfo::new(&program);
            let functions = build_unit(&program, unit, &types);
            // And with go/ssa's Recover blocks, which add a block no edge reaches.
            let options = BuildOptions { recover_blocks: true };
            let with_recover = build_unit_with(&program, unit, &types, options);
            let mut violations = Vec::new();
            for f in functions.iter().chain(&with_recover) {
                for v in mapscope_ssa::verify::verify(f, &types) {
                    violations.push(format!("{}: {v}", f.name));
                }
            }
            if violations.is_empty() {
                Outcome::Built(functions.len())
            } else {
                Outcome::Failed(violations.join(" / "))
            }
        }))
        .unwrap_or_else(|panic| Outcome::Failed(format!("panicked: {}", panic_message(panic)))),
    };
    BUILDING.set(false);
    outcome
}

/// The `.go` files directly in `dir`, sorted, so that the mutants are the same on every run.
fn go_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();
    files
}

fn read_all(files: &[PathBuf]) -> Vec<Vec<u8>> {
    files
        .iter()
        .map(|p| std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
        .collect()
}

/// The parser's mutation seeds, as its `tests/support/fixtures.rs` picks them (all fixtures but
/// the deep-nesting ones), so the mutants are the ones behind its `tests/mutants.hash`.
fn parser_seeds() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../mapscope_syntax/tests/fixtures");
    let files: Vec<PathBuf> = go_files(&dir)
        .into_iter()
        .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().contains("deep")))
        .collect();
    read_all(&files)
}

/// The Go files of this crate's fixture packages: well-typed programs that use every construct
/// the builder lowers.
fn typed_seeds() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut packages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    packages.sort();
    read_all(&packages.iter().flat_map(|p| go_files(p)).collect::<Vec<_>>())
}

/// Runs every input, and fails listing the first failures by name.
fn assert_all_build(inputs: &[mutants::Mutant], what: &str) {
    let mut failures = Vec::new();
    let mut functions = 0;
    for input in inputs {
        let why = match build_and_verify(&input.src) {
            Outcome::Built(n) => {
                functions += n;
                continue;
            }
            Outcome::CheckerPanicked(why) => format!("the type checker panicked: {why}"),
            Outcome::Failed(why) => why,
        };
        // Kept for reproducing: `mapscope ssa` on a directory holding the file.
        let _ =
            std::fs::write(Path::new(env!("CARGO_TARGET_TMPDIR")).join(&input.name), &input.src);
        failures.push(format!("{}: {why}", input.name));
    }
    assert!(
        failures.is_empty(),
        "{} of {} {what} fail (the failing files are in {}):\n{}",
        failures.len(),
        inputs.len(),
        env!("CARGO_TARGET_TMPDIR"),
        failures.iter().take(20).cloned().collect::<Vec<_>>().join("\n")
    );
    // Not vacuous: the inputs reach the builder.
    assert!(functions >= inputs.len(), "only {functions} functions built from {what}");
}

#[test]
fn well_typed_seeds_build_and_verify() {
    let seeds = typed_seeds();
    assert!(seeds.len() >= 2, "fixture packages missing");
    assert!(parser_seeds().len() >= 15, "the parser's fixtures are missing");
    for (i, seed) in seeds.iter().enumerate() {
        match build_and_verify(seed) {
            Outcome::Built(n) => assert!(n > 0, "seed {i}: no function built"),
            Outcome::CheckerPanicked(why) | Outcome::Failed(why) => panic!("seed {i}: {why}"),
        }
    }
}

#[test]
fn mutants_of_well_typed_programs_never_panic() {
    assert_all_build(&mutants::mutants(&typed_seeds()), "mutants of the SSA fixtures");
}

#[test]
fn parser_mutants_never_panic() {
    assert_all_build(&mutants::mutants(&parser_seeds()), "parser mutants");
}
