//! Helpers shared by the tests that check packages given as source text.

use mapscope_analysis::module::{BuiltUnit, UnitIr};
use mapscope_analysis::{Diagnostic, ModuleAnalysis, checks::CHECKS};
use mapscope_ssa::ProgramTypeInfo;
use mapscope_types::{MemoryImporter, Program};

/// Checks `(path, files)` packages in order, each importing the ones before it, runs the default
/// checks and those named in `enable` over them as one module and returns the findings as
/// `file:line: [check] message` followed by `  note: file:line: note` lines.
pub fn check(packages: &[(&str, &[(&str, &str)])], enable: &[&str]) -> Vec<String> {
    let (program, units) = load(packages);
    let types = ProgramTypeInfo::new(&program);
    let built: Vec<UnitIr> = units.iter().map(|&u| UnitIr::build(&program, u, &types)).collect();
    let module_units: Vec<BuiltUnit<'_>> = built.iter().map(UnitIr::as_built).collect();
    let analysis = ModuleAnalysis::new(&program, &module_units);
    let checks: Vec<_> =
        CHECKS.iter().filter(|c| c.default_enabled || enable.contains(&c.name)).collect();
    units
        .iter()
        .flat_map(|&u| analysis.check_unit(u, &checks, &types))
        .map(|d| render(&d))
        .collect()
}

/// The findings of the default checks and those in `enable` on one package, first lines only.
pub fn check_one(src: &str, enable: &[&str]) -> Vec<String> {
    first_lines(&[("example.com/app", &[("app.go", src)])], enable)
}

/// The findings of [`check`], first lines only.
pub fn first_lines(packages: &[(&str, &[(&str, &str)])], enable: &[&str]) -> Vec<String> {
    check(packages, enable)
        .iter()
        .map(|f| f.lines().next().unwrap_or_default().to_string())
        .collect()
}

pub fn load(packages: &[(&str, &[(&str, &str)])]) -> (Program, Vec<usize>) {
    let mut program = Program::new();
    let mut importer = MemoryImporter::default();
    let mut units = Vec::new();
    for &(path, files) in packages {
        let (unit, diags) = program.check_package(path, files, &importer);
        assert!(diags.is_empty(), "{path}: {diags:?}");
        importer.insert(path, unit);
        units.push(unit.0 as usize);
    }
    (program, units)
}

fn render(d: &Diagnostic) -> String {
    let mut out = format!("{}:{}: [{}] {}", d.path, d.start.line, d.check, d.message);
    for r in &d.related {
        out.push_str(&format!("\n  note: {}:{}: {}", r.path, r.position.line, r.note));
    }
    out
}
