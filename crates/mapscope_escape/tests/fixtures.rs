//! The fixture module's verdicts against gc's: `tests/fixtures/*/gc.golden` hold the lines
//! `go build -gcflags='-m -l'` printed for each package (captured by
//! scripts/escape-fixtures-oracle.sh), and mapscope's must be the same lines; the packages with
//! a `gc-m.golden` (gc's lines under plain `-m`, inlining on) are compared with mapscope's
//! analysis that models inlining too.

use mapscope_escape::report::{UnitSource, messages};
use mapscope_escape::{
    Options, Tags, analyze_unit_with, bodyless_tags, dependency_levels, inline_shapes, source_hints,
};
use mapscope_ssa::ProgramTypeInfo;
use mapscope_ssa::build::build_unit;
use mapscope_types::load::Env;
use std::collections::BTreeMap;
use std::path::PathBuf;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// mapscope's lines for every package of the fixture module, by package directory.
fn mapscope_lines(options: Options) -> BTreeMap<String, Vec<String>> {
    let mut env = Env::from_host(fixtures());
    env.tests = false;
    let program = mapscope_types::load_and_check(&env, &["./...".to_string()]);
    assert!(program.loaded.pattern_errors.is_empty(), "{:?}", program.loaded.pattern_errors);
    let mut tags = Tags::default();
    let mut lines: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for level in dependency_levels(&program) {
        for unit in level {
            let types = ProgramTypeInfo::new(&program);
            let functions = build_unit(&program, unit, &types);
            let bodyless = bodyless_tags(&program, unit);
            let mut hints = source_hints(&program, unit);
            if options.inlining {
                hints.shapes = inline_shapes(&program, unit);
            }
            // One program: bodies kept for inlining are shared between its units.
            let options =
                Options { program: std::ptr::from_ref(&program) as usize, unit, ..options };
            let escape = analyze_unit_with(&functions, &types, &tags, &bodyless, &hints, options);
            let mut source = UnitSource::new(&program, unit);
            source.set_inlined_calls(&escape);
            for m in messages(&source, &functions, &escape) {
                let package = m.path.split('/').next().unwrap_or_default().to_string();
                lines
                    .entry(package)
                    .or_default()
                    .push(format!("{}:{}:{}: {}", m.path, m.line, m.col, m.text));
            }
            tags.extend(escape.tags);
        }
    }
    for l in lines.values_mut() {
        l.sort();
        l.dedup();
    }
    lines
}

/// Compares mapscope's lines under `options` with each package's golden file `golden`; returns
/// how many packages had one.
fn compare(options: Options, golden_name: &str, required: bool) -> usize {
    let ours = mapscope_lines(options);
    let mut packages = 0;
    for entry in std::fs::read_dir(fixtures()).expect("tests/fixtures is readable") {
        let dir = entry.expect("a directory entry").path();
        if !dir.is_dir() {
            continue;
        }
        let name = dir.file_name().unwrap_or_default().to_string_lossy().into_owned();
        let path = dir.join(golden_name);
        if !required && !path.exists() {
            continue;
        }
        packages += 1;
        let golden = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "{name}/{golden_name}: {e}; capture it with scripts/escape-fixtures-oracle.sh --bless"
            )
        });
        let mut expected: Vec<String> =
            golden.lines().filter(|l| !l.is_empty()).map(str::to_string).collect();
        expected.sort();
        let got = ours.get(&name).cloned().unwrap_or_default();
        let missing: Vec<&String> = expected.iter().filter(|l| !got.contains(l)).collect();
        let extra: Vec<&String> = got.iter().filter(|l| !expected.contains(l)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{name} ({golden_name}): gc's lines that mapscope lacks: {missing:#?}\nmapscope's lines that gc lacks: {extra:#?}"
        );
    }
    packages
}

#[test]
fn every_fixture_package_gets_gcs_lines() {
    let packages = compare(Options::default(), "gc.golden", true);
    assert_eq!(packages, 9, "the fixture module has nine packages");
}

#[test]
fn inlining_fixtures_get_gcs_plain_m_lines() {
    let packages = compare(Options { inlining: true, ..Options::default() }, "gc-m.golden", false);
    assert_eq!(packages, 3, "three fixture packages have gc's plain -m lines");
}
