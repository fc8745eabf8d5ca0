//! `mapscope ssa` end to end on the SSA fixtures: their counts equal go/ssa's (the golden files
//! committed from tools/ssamapops by `scripts/ssa-fixtures-oracle.sh --bless`), every function
//! verifies, and `--func` prints one function's IR.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The SSA fixture package `name`.
fn fixture_named(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../mapscope_ssa/tests/fixtures").join(name)
}

fn fixture() -> PathBuf {
    fixture_named("mapops")
}

/// Every SSA fixture package, each with the golden file of go/ssa's counts.
const FIXTURES: &[&str] = &["mapops", "lowering", "newvalue"];

fn mapscope_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mapscope"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run mapscope")
}

fn mapscope(args: &[&str]) -> Output {
    mapscope_in(&fixture(), args)
}

#[test]
fn map_ops_equal_go_ssa() {
    for name in FIXTURES {
        let golden = fixture_named(name).join(format!("{name}.golden"));
        let want = std::fs::read_to_string(&golden).unwrap_or_else(|e| {
            panic!("{}: {e}; run scripts/ssa-fixtures-oracle.sh --bless", golden.display())
        });
        let out = mapscope_in(&fixture_named(name), &["ssa", "--map-ops", "./..."]);
        assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(String::from_utf8_lossy(&out.stdout), want, "{name}");
    }
}

#[test]
fn every_function_verifies() {
    for name in FIXTURES {
        let out = mapscope_in(&fixture_named(name), &["ssa", "--verify", "./..."]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{name}: {stdout}{}", String::from_utf8_lossy(&out.stderr));
        assert!(stdout.ends_with(": 0 violations\n"), "{name}: {stdout}");
        assert!(stdout.starts_with("verified "), "{name}: {stdout}");
    }
}

#[test]
fn every_fixture_is_listed() {
    let dir = fixture_named("");
    let mut found: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    let mut listed: Vec<&str> = FIXTURES.to_vec();
    listed.sort();
    assert_eq!(found, listed, "FIXTURES must list every directory of {}", dir.display());
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

/// `--escape` records escape analysis's verdicts on the IR, as gc decides them
/// (crates/mapscope_escape/tests/fixtures/maps/gc.golden: maps.go:14 does not escape).
#[test]
fn escape_verdicts_show_on_make_map() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../mapscope_escape/tests/fixtures");
    let args = ["ssa", "--escape", "--func", "escapefixtures/maps.local", "./maps"];
    let out = mapscope_in(&fixtures, &args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("make map[string]int (does not escape)"), "{text}");
    let plain = mapscope_in(&fixtures, &["ssa", "--func", "escapefixtures/maps.local", "./maps"]);
    assert!(
        !String::from_utf8_lossy(&plain.stdout).contains("(does not escape)"),
        "a verdict without --escape"
    );
}

#[test]
fn func_naming_no_function_fails() {
    let out = mapscope(&["ssa", "--func", "example.com/mapops.Missing", "./..."]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no function named example.com/mapops.Missing"), "{stderr}");
}

#[test]
fn blocking_selects_and_ill_typed_code_verify() {
    // Three functions and the package initializer. `select {}` ends its block with go/ssa's "blocking select matched no case" panic, and an
    // operand the type checker rejected (an undefined type, as cgo's C.x types are without cgo)
    // draws no verifier complaint of its own.
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ssa_verify_edges");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("go.mod"), "module example.com/e\n\ngo 1.24\n").expect("go.mod");
    std::fs::write(
        dir.join("e.go"),
        "package e\n\nfunc Forever() error { select {} }\n\n\
         func Wait(c chan int) int {\n\tselect {\n\tcase v := <-c:\n\t\treturn v\n\t}\n}\n\n\
         func Bad() int {\n\tvar x Undefined\n\tp := &x\n\treturn len(*p)\n}\n",
    )
    .expect("e.go");
    let out = Command::new(env!("CARGO_BIN_EXE_mapscope"))
        .current_dir(&dir)
        .args(["ssa", "--verify", "./..."])
        .output()
        .expect("run mapscope");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.ends_with("verified 4 functions: 0 violations\n"), "{stdout}");
    let out = Command::new(env!("CARGO_BIN_EXE_mapscope"))
        .current_dir(&dir)
        .args(["ssa", "--func", "example.com/e.Forever", "./..."])
        .output()
        .expect("run mapscope");
    let ir = String::from_utf8_lossy(&out.stdout);
    assert!(ir.contains("panic"), "{ir}");
}

#[test]
fn html_page_shows_source_blocks_and_values() {
    let page = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ssa-control.html");
    let out = mapscope(&[
        "ssa",
        "--func",
        "example.com/mapops.Control",
        "--html",
        page.to_str().expect("utf-8"),
        "./...",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stdout.is_empty(), "the page goes to the file, not stdout");
    let html = std::fs::read_to_string(&page).expect("page written");
    let blocks = html.matches("<div class=\"block\"").count();
    assert!(html.contains(&format!("data-blocks=\"{blocks}\"")), "one div per block");
    assert!(html.contains("func Control(m map[int]string, xs []int) int {"), "the source");
    assert!(html.contains("class=\"instr phi\"") && html.contains("class=\"instr mapop\""));
    assert!(html.contains("<ul class=\"domtree\">"));
    assert!(!html.contains("http://") && !html.contains("https://"), "self-contained");
    let out =
        mapscope(&["ssa", "--func", "example.com/mapops.Nope", "--html", "/dev/null", "./..."]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("no function named example.com/mapops.Nope")
    );
}

#[test]
fn parameters_are_values_not_free_variables() {
    // Only function literals have free variables; a declared function reads its parameters
    // directly (regression: every parameter was loaded through a free variable).
    let out = mapscope(&["ssa", "--func", "example.com/mapops.Basics", "./..."]);
    let ir = String::from_utf8_lossy(&out.stdout);
    assert!(!ir.contains("Free variables"), "{ir}");
    assert!(ir.contains("update m[k] = 1:int"), "{ir}");
    let out = mapscope(&["ssa", "./..."]);
    let all = String::from_utf8_lossy(&out.stdout);
    for block in all.split("# Name: ").filter(|b| b.contains("# Free variables")) {
        let name = block.lines().next().unwrap_or_default();
        assert!(name.contains('$'), "{name} is not a function literal but has free variables");
    }
}
