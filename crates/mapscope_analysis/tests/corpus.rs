//! Runs every check over the Go programs of the labelled corpora at the workspace root
//! (tests/nilmap, tests/race) and compares the findings with the programs' `// want "regexp"`
//! comments, line by line. Every missing, extra or mismatched finding is listed in an insta
//! snapshot per corpus, so the list can only change in a reviewed diff: a fix removes lines, a
//! regression adds them. Go confirms the labels: scripts/check-corpus-oracle.sh runs the nil-map
//! programs, scripts/race-corpus-oracle.sh runs the race programs under the race detector.

use mapscope_analysis::ModuleAnalysis;
use mapscope_analysis::module::{BuiltUnit, UnitIr};
use mapscope_ssa::ProgramTypeInfo;
use mapscope_types::load::Env;
mod module_dir;

use regex::Regex;
use std::collections::BTreeMap;
use std::path::PathBuf;

#[test]
fn nil_map_corpus_findings_match_want_comments() {
    insta::assert_snapshot!("nil_map_corpus_mismatches", mismatches("nilmap", 140));
}

#[test]
fn race_corpus_findings_match_want_comments() {
    insta::assert_snapshot!("race_corpus_mismatches", mismatches("race", 115));
}

#[test]
fn summaries_do_not_depend_on_the_number_of_threads() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/nilmap");
    let env = Env::from_host(dir.canonicalize().unwrap());
    let program = mapscope_types::load_and_check(&env, &["./...".to_string()]);
    let types = ProgramTypeInfo::new(&program);
    let roots: Vec<usize> =
        (0..program.units.len()).filter(|&u| program.loaded.units[u].root).collect();
    let built: Vec<UnitIr> = roots.iter().map(|&u| UnitIr::build(&program, u, &types)).collect();
    let units: Vec<BuiltUnit<'_>> = built.iter().map(UnitIr::as_built).collect();
    let summaries = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        pool.install(|| ModuleAnalysis::new(&program, &units).summaries)
    };
    let one = summaries(1);
    assert!(one.iter().any(|s| !s.writes.is_empty()), "the corpus has callees that write maps");
    assert_eq!(one, summaries(4));
}

/// The findings of every check on corpus `name` that differ from its want comments, one line
/// each; the corpus must hold at least `min_programs` programs, so that losing a directory fails.
fn mismatches(name: &str, min_programs: usize) -> String {
    let program = module_dir::load(&module_dir::dir(name));
    assert!(program.loaded.pattern_errors.is_empty(), "{:?}", program.loaded.pattern_errors);
    assert!(program.loaded.diagnostics.is_empty(), "{:?}", program.loaded.diagnostics);
    assert!(program.errors().is_empty(), "type errors: {:?}", program.errors());
    let want_re = Regex::new(r#"// want "((?:[^"\\]|\\.)*)""#).unwrap();
    // (file, line) -> wanted regexp, from the sources.
    let mut wanted: BTreeMap<(String, u32), Regex> = BTreeMap::new();
    let mut programs = 0;
    for file in &program.loaded.files {
        let Ok(text) = std::str::from_utf8(&file.ast.source) else { continue };
        programs += usize::from(text.contains("func main()"));
        for (n, line) in text.lines().enumerate() {
            if let Some(c) = want_re.captures(line) {
                let re = Regex::new(&c[1]).expect("a valid want regexp");
                wanted.insert((file.display.clone(), n as u32 + 1), re);
            }
        }
    }
    assert!(programs >= min_programs, "only {programs} corpus programs");
    let mut failures = Vec::new();
    let mut found = BTreeMap::new();
    // The corpus is one module, analysed as `mapscope check ./...` does: every package built and
    // summarised together, so programs may span packages.
    for d in module_dir::check(&program) {
        found.insert((d.path.clone(), d.start.line), d);
    }
    for (at, re) in &wanted {
        match found.get(at) {
            Some(d) if re.is_match(&d.message) => {}
            Some(d) => {
                failures.push(format!("{}:{}: {:?} does not match {re}", at.0, at.1, d.message))
            }
            None => failures.push(format!("{}:{}: missing finding matching {re}", at.0, at.1)),
        }
    }
    for (at, d) in &found {
        if !wanted.contains_key(at) {
            failures.push(format!("{}:{}: unexpected finding {:?}", at.0, at.1, d.message));
        }
        assert!(!d.related.is_empty(), "{}:{}: a finding without notes", at.0, at.1);
    }
    failures.join("\n")
}
