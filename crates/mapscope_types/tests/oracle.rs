//! Compares the checker with the go/types oracle (tools/mapexprs) on the fixture modules, and checks
//! that broken code gives diagnostics, not panics.

use mapscope_types::load::Env;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repository root")
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// Builds tools/mapexprs once; panics with a clear message when Go is missing (CI installs it).
fn oracle() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let out = std::env::temp_dir().join(format!("mapscope-mapexprs-{}", std::process::id()));
        let status = Command::new("go")
            .args(["build", "-o"])
            .arg(&out)
            .arg(".")
            .current_dir(repo_root().join("tools/mapexprs"))
            .status()
            .unwrap_or_else(|e| panic!("these tests need Go on PATH to build tools/mapexprs: {e}"));
        assert!(status.success(), "go build of tools/mapexprs failed");
        out
    })
}

fn oracle_lines(dir: &Path, all: bool, patterns: &[&str]) -> Vec<String> {
    let mut cmd = Command::new(oracle());
    cmd.arg("-C").arg(dir);
    if all {
        cmd.arg("-all");
    }
    let out = cmd.args(patterns).output().expect("run mapexprs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && !stderr.contains("error"),
        "mapexprs failed on {}:\n{stderr}",
        dir.display()
    );
    String::from_utf8(out.stdout).expect("utf-8").lines().map(str::to_string).collect()
}

fn mapscope_lines(dir: &Path, all: bool, patterns: &[&str]) -> Vec<String> {
    let env = Env::from_host(dir.to_path_buf());
    let pats: Vec<String> = patterns.iter().map(|s| s.to_string()).collect();
    let program = mapscope_types::load_and_check(&env, &pats);
    let errors = program.errors();
    assert!(errors.is_empty(), "unexpected type errors: {errors:#?}");
    program.expr_lines(all)
}

fn assert_same(name: &str, patterns: &[&str]) {
    let dir = fixture(name);
    for all in [false, true] {
        let want = oracle_lines(&dir, all, patterns);
        let got = mapscope_lines(&dir, all, patterns);
        assert!(!want.is_empty(), "oracle printed nothing for {name}");
        if want != got {
            let only_want: Vec<_> = want.iter().filter(|l| !got.contains(l)).collect();
            let only_got: Vec<_> = got.iter().filter(|l| !want.contains(l)).collect();
            panic!(
                "{name} (all={all}): go/types only: {only_want:#?}\nmapscope only: {only_got:#?}"
            );
        }
    }
}

#[test]
fn maps_fixture_matches_go_types() {
    assert_same("maps", &["./..."]);
}

#[test]
fn workspace_replace_and_module_cache_match_go_types() {
    assert_same("work", &["./app/...", "./lib/..."]);
}

#[test]
fn vendored_dependencies_match_go_types() {
    assert_same("vendored", &["./..."]);
}

/// go/types' errors for `./...` in `dir`, as `file:line:col: message`, sorted.
fn oracle_errors(dir: &Path) -> Vec<String> {
    let out =
        Command::new(oracle()).arg("-C").arg(dir).arg("./...").output().expect("run mapexprs");
    let mut errors: Vec<String> = String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter_map(|l| {
            let rest = l.strip_prefix("mapexprs: error: ")?;
            // The oracle prints absolute paths; the fixture's files sit in its root.
            let file = rest[..rest.find(':')?].rfind('/').map_or(0, |i| i + 1);
            Some(rest[file..].to_string())
        })
        .collect();
    errors.sort();
    errors
}

#[test]
fn constant_overflow_and_shift_errors_match_go_types() {
    let dir = fixture("constants");
    let want = oracle_errors(&dir);
    assert_eq!(want.len(), 20, "the oracle's errors: {want:#?}");
    // Without the 512-bit bound on untyped integers, the fixture's doubling chain runs for
    // minutes and takes gigabytes; fail instead of hanging.
    let (tx, rx) = std::sync::mpsc::channel();
    let d = dir.clone();
    std::thread::spawn(move || {
        let env = Env::from_host(d);
        let program = mapscope_types::load_and_check(&env, &["./...".to_string()]);
        let mut errors: Vec<String> = program.errors().iter().map(|e| e.to_string()).collect();
        errors.sort();
        let _ = tx.send(errors);
    });
    let got = rx
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("type-checking the constants fixture finishes within a minute");
    assert_eq!(got, want);
}

#[test]
fn operand_descriptions_match_go_types_word_for_word() {
    // Qualified names (ambiguous package names quoted), the structure of defined types,
    // constant values (strings quoted and cut, floats as %.6g), expression spelling, nil.
    let dir = fixture("messages");
    let want = oracle_errors(&dir);
    assert_eq!(want.len(), 24, "the oracle's errors: {want:#?}");
    let env = Env::from_host(dir);
    let program = mapscope_types::load_and_check(&env, &["./...".to_string()]);
    let mut got: Vec<String> = program.errors().iter().map(|e| e.to_string()).collect();
    got.sort();
    assert_eq!(got, want);
}

#[test]
fn type_at_reports_innermost_expression() {
    let dir = fixture("maps");
    let env = Env::from_host(dir.clone());
    let program = mapscope_types::load_and_check(&env, &["./store".to_string()]);
    // `inner, ok := s.nested[key]` in Lookup: line 55, column 18 is on `nested`.
    let (expr, ty) = program.type_at("store/store.go", 55, 18).expect("an expression at 55:18");
    assert_eq!(expr, "s.nested (value)");
    assert_eq!(ty, "map[string]map[string]int");
    let (expr, ty) = program.type_at("store/store.go", 55, 15).expect("an expression at 55:15");
    assert_eq!((expr.as_str(), ty.as_str()), ("s (value)", "*example.com/maps/store.Store"));
}

#[test]
fn broken_code_degrades_with_diagnostics() {
    let dir = fixture("broken");
    let env = Env::from_host(dir.clone());
    let program = mapscope_types::load_and_check(&env, &["./...".to_string()]);
    let notes: Vec<String> = program.loaded.diagnostics.iter().map(|d| d.to_string()).collect();
    let missing = notes
        .iter()
        .filter(|n| n.contains("cannot find package \"example.com/does/not/exist\""))
        .count();
    assert_eq!(missing, 1, "one note for the missing import: {notes:#?}");
    assert!(
        notes.iter().any(|n| n.starts_with("broken.go:33:26: missing ','")),
        "the syntax error is reported: {notes:#?}"
    );
    let errors: Vec<String> = program.errors().iter().map(|d| d.to_string()).collect();
    for want in [
        "broken.go:15:6: undefined: undefinedName",
        "broken.go:16:6: invalid operation: good[\"a\"] + \"x\" (mismatched types int and untyped string)",
        "broken.go:23:24: not enough arguments in call to strings.Repeat",
        "broken.go:24:10: assignment mismatch: 2 variables but h returns 1 value",
        "broken.go:26:17: cannot use 1 (untyped int constant) as string value in variable declaration",
        "broken.go:27:16: cannot use good (variable of type map[string]int) as error value in variable \
         declaration: map[string]int does not implement error (missing method Error)",
        "unused.go:4:2: \"fmt\" imported and not used",
        "unused.go:5:2: \"strings\" imported as str and not used",
        "unused.go:9:2: declared and not used: a",
        "unused.go:10:6: declared and not used: b",
        "unused.go:12:9: declared and not used: v",
        "unused.go:15:9: t declared and not used",
        "unused.go:33:5: twice redeclared in this block",
        "unused.go:37:4: no new variables on left side of :=",
        "unused.go:23:22: cannot use 256 (untyped int constant) as uint8 value in variable declaration (overflows)",
        "unused.go:28:9: cannot use 70000 (untyped int constant) as uint16 value in argument to narrow (overflows)",
        "unused.go:29:9: cannot use big (untyped int constant 1267650600228229401496703205376) as int64 value in \
         return statement (overflows)",
    ] {
        assert!(errors.iter().any(|e| e == want), "missing {want:?} in {errors:#?}");
    }
    // `r, c := 3, 4` reuses the named result r (same scope as the body) and c is used by the closure.
    assert!(
        !errors.iter().any(|e| e.ends_with("used: r") || e.ends_with("used: c")),
        "{errors:#?}"
    );
    // Uses of the missing package are silent; everything else is still typed.
    assert!(!errors.iter().any(|e| e.contains("exist")), "{errors:#?}");
    let lines = program.expr_lines(false);
    assert!(lines.contains(&"broken.go:9:12: map[string]int".to_string()), "{lines:#?}");
    assert!(lines.contains(&"broken.go:20:31: map[int]int".to_string()), "{lines:#?}");
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let dir = std::env::temp_dir().join(format!("mapscope-deep-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("go.mod"), "module example.com/deep\n\ngo 1.24\n").expect("go.mod");
    let n = 60_000;
    let src = format!(
        "package deep\n\nvar x = \"a\"\n\nvar s = {}\n\nvar m = map[string]int{{\"k\": {}}}\n\ntype C interface {{ {} }}\n\nvar p = {}m{}\n",
        vec!["x"; n].join(" + "),
        vec!["1"; n].join(" + "),
        vec!["~int"; n].join(" | "),
        "(".repeat(20_000),
        ")".repeat(20_000),
    );
    std::fs::write(dir.join("deep.go"), src).expect("deep.go");
    let env = Env::from_host(dir.clone());
    let program = mapscope_types::load_and_check(&env, &["./...".to_string()]);
    let lines = program.expr_lines(false);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(program.errors().is_empty(), "{:?}", program.errors());
    // `m` and each of the 20 000 parentheses around it are map-typed expressions, plus the literal.
    assert_eq!(lines.len(), 20_002, "{:?}", &lines[..lines.len().min(5)]);
}
