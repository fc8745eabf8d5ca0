//! Loading a Go module directory of the workspace's tests/ and running the default checks over
//! it as `mapscope check ./...` does: every package built and summarised together.

use mapscope_analysis::module::{BuiltUnit, UnitIr};
use mapscope_analysis::{Diagnostic, ModuleAnalysis};
use mapscope_ssa::ProgramTypeInfo;
use mapscope_types::Program;
use mapscope_types::load::Env;
use std::path::{Path, PathBuf};

/// The canonical path of `tests/NAME` at the workspace root.
pub fn dir(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests").join(name).canonicalize().unwrap()
}

/// `./...` of the module at `dir`, loaded and type-checked.
pub fn load(dir: &Path) -> Program {
    mapscope_types::load_and_check(&Env::from_host(dir.to_path_buf()), &["./...".to_string()])
}

/// The default checks' findings on every root package of `program`, package by package.
pub fn check(program: &Program) -> Vec<Diagnostic> {
    let types = ProgramTypeInfo::new(program);
    let roots: Vec<usize> =
        (0..program.units.len()).filter(|&u| program.loaded.units[u].root).collect();
    let built: Vec<UnitIr> = roots.iter().map(|&u| UnitIr::build(program, u, &types)).collect();
    let units: Vec<BuiltUnit<'_>> = built.iter().map(UnitIr::as_built).collect();
    let analysis = ModuleAnalysis::new(program, &units);
    let checks = mapscope_analysis::default_checks();
    roots.iter().flat_map(|&unit| analysis.check_unit(unit, &checks, &types)).collect()
}
