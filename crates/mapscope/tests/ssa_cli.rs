//! `mapscope ssa` end to end on the map-operation fixture: its counts equal go/ssa's (the golden
//! file committed from tools/ssamapops by `scripts/ssa-fixtures-oracle.sh --bless`), every
//! function verifies, and `--func` prints one function's IR.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../mapscope_ssa/tests/fixtures/mapops")
}

fn mapscope(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mapscope"))
        .current_dir(fixture())
        .args(args)
        .output()
        .expect("run mapscope")
}

#[test]
fn map_ops_equal_go_ssa() {
    let golden = fixture().join("mapops.golden");
    let want = std::fs::read_to_string(&golden).unwrap_or_else(|e| {
        panic!("{}: {e}; run scripts/ssa-fixtures-oracle.sh --bless", golden.display())
    });
    let out = mapscope(&["ssa", "--map-ops", "./..."]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), want);
}

#[test]
fn every_function_verifies() {
    let out = mapscope(&["ssa", "--verify", "./..."]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.ends_with(": 0 violations\n"), "{stdout}");
    assert!(stdout.starts_with("verified "), "{stdout}");
}

#[test]
fn func_prints_one_function() {
    let out = mapscope(&["ssa", "--func", "example.com/mapops.Basics", "./..."]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("lookup"), "{text}");
    assert!(text.contains("update"), "{text}");
    assert!(!text.contains("Closures"), "{text}");
}
