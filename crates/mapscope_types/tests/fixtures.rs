//! Checks the fixture modules against their committed expectations (tests/expect/, blessed from
//! go/types by scripts/types-fixtures-oracle.sh, which CI runs), and that broken code gives
//! diagnostics, not panics. No Go program runs here; the fixtures read the standard library from
//! GOROOT and `work` reads golang.org/x/sync from the module cache, as the go command would.

use mapscope_types::check::Mode;
use mapscope_types::load::Env;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn expect_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expect")
}

/// The lines of a committed expectation file; a missing file fails with the command that writes it.
fn expected(file: &str) -> Vec<String> {
    let path = expect_dir().join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("{}: {e} (scripts/types-fixtures-oracle.sh --bless writes it)", path.display())
    });
    text.lines().map(str::to_string).collect()
}

/// The fixtures listed in tests/expect/fixtures.txt: name, kind, patterns.
fn fixture_table() -> Vec<(String, String, Vec<String>)> {
    expected("fixtures.txt")
        .iter()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut words = l.split_whitespace().map(str::to_string);
            let name = words.next().expect("a fixture name");
            let kind = words.next().expect("a fixture kind");
            (name, kind, words.collect())
        })
        .collect()
}

/// Fails with a readable message when the standard library cannot be found: every fixture imports it.
fn env_for(dir: PathBuf) -> Env {
    let env = Env::from_host(dir);
    let fmt = env.goroot.join("src/fmt");
    assert!(
        fmt.is_dir(),
        "the fixtures import the standard library, but {} does not exist: install Go or set GOROOT",
        fmt.display()
    );
    env
}

fn check_lines(dir: &Path, all: bool, patterns: &[String]) -> Vec<String> {
    let program = mapscope_types::load_and_check(&env_for(dir.to_path_buf()), patterns);
    let errors = program.errors();
    assert!(errors.is_empty(), "unexpected type errors in {}: {errors:#?}", dir.display());
    program.expr_lines(all)
}

/// mapscope's type errors, sorted, each `file:line:col: message` with the file's base name.
fn check_errors(dir: PathBuf, patterns: Vec<String>) -> Vec<String> {
    let program = mapscope_types::load_and_check(&env_for(dir), &patterns);
    let mut errors: Vec<String> = program
        .errors()
        .iter()
        .map(|e| {
            let e = e.to_string();
            let file_end = e.find(':').unwrap_or(0);
            let base = e[..file_end].rfind('/').map_or(0, |i| i + 1);
            e[base..].to_string()
        })
        .collect();
    errors.sort();
    errors
}

fn assert_lines_equal(what: &str, want: &[String], got: &[String]) {
    if want != got {
        let only_want: Vec<_> = want.iter().filter(|l| !got.contains(l)).collect();
        let only_got: Vec<_> = got.iter().filter(|l| !want.contains(l)).collect();
        panic!("{what}: expected only (go/types): {only_want:#?}\nmapscope only: {only_got:#?}");
    }
}

#[test]
fn fixtures_match_their_go_types_expectations() {
    let table = fixture_table();
    assert!(table.len() >= 5, "tests/expect/fixtures.txt lists too few fixtures: {table:?}");
    for (name, kind, patterns) in table {
        let dir = fixture(&name);
        match kind.as_str() {
            "exprs" => {
                for (all, file) in [(false, "map-exprs"), (true, "all-exprs")] {
                    let want = expected(&format!("{name}.{file}"));
                    assert!(!want.is_empty(), "{name}.{file} is empty");
                    assert_lines_equal(
                        &format!("{name}.{file}"),
                        &want,
                        &check_lines(&dir, all, &patterns),
                    );
                }
            }
            "errors" => {
                let want = expected(&format!("{name}.errors"));
                assert!(!want.is_empty(), "{name}.errors is empty");
                // Without the 512-bit bound on untyped integers, the constants fixture's doubling
                // chain runs for minutes and takes gigabytes; fail instead of hanging.
                let (tx, rx) = std::sync::mpsc::channel();
                std::thread::spawn(move || {
                    let _ = tx.send(check_errors(dir, patterns));
                });
                let got = rx
                    .recv_timeout(std::time::Duration::from_secs(60))
                    .unwrap_or_else(|_| panic!("type-checking {name} finishes within a minute"));
                assert_lines_equal(&format!("{name}.errors"), &want, &got);
            }
            "objects" => {
                let want = expected(&format!("{name}.objects"));
                assert!(!want.is_empty(), "{name}.objects is empty");
                let env = env_for(dir.clone());
                let program = mapscope_types::load_and_check(&env, &patterns);
                let errors = program.errors();
                assert!(errors.is_empty(), "unexpected type errors in {name}: {errors:#?}");
                assert_lines_equal(
                    &format!("{name}.objects"),
                    &want,
                    &program.object_lines(&env.goroot),
                );
            }
            other => panic!("tests/expect/fixtures.txt: {name}: unknown kind {other}"),
        }
    }
}

#[test]
fn expectations_cover_what_they_claim() {
    // Guards against blessing an empty or truncated oracle run: each fixture's expectation holds
    // the shapes it was written for.
    let maps = expected("maps.map-exprs");
    assert!(maps.iter().any(|l| l.contains("map[string]map[string]int")), "{maps:#?}");
    assert!(maps.iter().any(|l| l.starts_with("gen/")), "generic instantiations: {maps:#?}");
    let work = expected("work.map-exprs");
    assert!(work.iter().any(|l| l.contains("errgroup.Group")), "module cache: {work:#?}");
    assert!(work.iter().any(|l| l.contains("example.com/ext.Table")), "replace: {work:#?}");
    assert_eq!(expected("constants.errors").len(), 61);
    let objects = expected("objects.objects");
    for shape in [
        "sel method path=[0,0,0] indirect=true",
        "sel methodexpr path=[0] indirect=true",
        "implicit x -> shapes/shapes.go:65:9",
        "use outer -> shapes/shapes.go:54:1",
        "def . -> shapes/shapes.go:5:2",
        "implicit unsafe -> shapes/shapes.go:8:2",
    ] {
        assert!(objects.iter().any(|l| l.ends_with(shape)), "{shape}: {objects:#?}");
    }
    assert_eq!(expected("messages.errors").len(), 70);
    let addressable = expected("addressable.errors");
    for shape in [
        "cannot take address of m[\"a\"] (map index expression of struct type point)",
        "cannot assign to struct field m[\"a\"].x in map",
        "cannot take address of arrays[1][2] (value of type int)",
        "cannot call pointer method move on point",
    ] {
        assert!(addressable.iter().any(|l| l.contains(shape)), "{shape}: {addressable:#?}");
    }
}

#[test]
fn type_at_reports_innermost_expression() {
    let dir = fixture("maps");
    let env = Env::from_host(dir.clone());
    let program = mapscope_types::load_and_check(&env, &["./store".to_string()]);
    // `inner, ok := s.nested[key]` in Lookup: line 55, column 18 is on `nested`.
    let at = program.expr_at("store/store.go", 55, 18).expect("an expression at 55:18");
    assert_eq!((at.text.as_str(), at.mode), ("s.nested", Mode::Value));
    assert_eq!(program.type_string(at.ty), "map[string]map[string]int");
    let at = program.expr_at("store/store.go", 55, 15).expect("an expression at 55:15");
    assert_eq!((at.text.as_str(), at.mode), ("s", Mode::Value));
    assert_eq!(program.type_string(at.ty), "*example.com/maps/store.Store");
}

#[test]
fn broken_code_degrades_with_diagnostics() {
    let dir = fixture("broken");
    let env = Env::from_host(dir.clone());
    let program = mapscope_types::load_and_check(&env, &["./...".to_string()]);
    let notes: Vec<String> = program.loaded.diagnostics.iter().map(|d| d.to_string()).collect();
    let missing: Vec<&String> = notes.iter().filter(|n| n.contains("could not import")).collect();
    assert_eq!(
        missing,
        [
            "broken.go:5:2: could not import example.com/does/not/exist (no required module provides \
          package example.com/does/not/exist)"
        ],
        "one error, at the import, for the missing package"
    );
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
