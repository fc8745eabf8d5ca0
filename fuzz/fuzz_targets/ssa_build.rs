//! cargo-fuzz target: any bytes, checked as a package from source text, build into functions
//! that all verify, and neither the builder nor the verifier panics.
//!
//! Run with `cargo +nightly fuzz run ssa_build -- -max_total_time=300` from the repository root
//! (seed corpus: `crates/mapscope_ssa/tests/fixtures/*/*.go` and the parser's fixtures; see
//! fuzz/README.md). The bounded in-tree equivalent is `crates/mapscope_ssa/tests/robustness.rs`,
//! run by `cargo test`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mapscope_ssa::ProgramTypeInfo;
use mapscope_ssa::build::build_unit;
use mapscope_types::{MemoryImporter, Program};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut program = Program::new();
    let (unit, _) = program.check_package("p", &[("p.go", &text)], &MemoryImporter::default());
    let types = ProgramTypeInfo::new(&program);
    for f in build_unit(&program, unit.0 as usize, &types) {
        mapscope_ssa::verify::must_verify(&f, &types);
    }
});
