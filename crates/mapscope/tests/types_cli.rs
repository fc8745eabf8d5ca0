//! `mapscope types` end to end on a scratch module: map expressions, `--at`, type errors and exit status.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn mapscope(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mapscope"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run mapscope")
}

fn module(name: &str, src: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch module");
    std::fs::write(dir.join("go.mod"), "module example.com/m\n\ngo 1.24\n").expect("write go.mod");
    std::fs::write(dir.join("m.go"), src).expect("write m.go");
    dir
}

const SRC: &str = "package m

type Set map[string]struct{}

func Keys(s Set) []string {
\tout := make([]string, 0, len(s))
\tfor k := range s {
\t\tout = append(out, k)
\t}
\treturn out
}
";

#[test]
fn map_exprs_and_at() {
    let dir = module("types_ok", SRC);
    let out = mapscope(&dir, &["types", "--map-exprs", "./..."]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "m.go:6:31: example.com/m.Set\nm.go:7:17: example.com/m.Set\n"
    );
    let out = mapscope(&dir, &["types", "--at", "m.go:6:9"]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "make (builtin): func([]string, int, int) []string\n"
    );
    let out = mapscope(&dir, &["types", "--at", "m.go:7:17"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "s (value): example.com/m.Set\n");
    let out = mapscope(&dir, &["types", "--at", "m.go:1:1"]);
    assert_eq!(out.status.code(), Some(1), "no expression at the package clause");
}

#[test]
fn type_errors_exit_1() {
    let dir = module("types_bad", "package m\n\nvar x int = \"s\"\n");
    let out = mapscope(&dir, &["types", "./..."]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "m.go:3:13: cannot use \"s\" (untyped string constant) as int value in variable declaration\n"
    );
}

#[test]
fn syntax_errors_are_listed_before_type_errors_and_fail() {
    // The lines go/types prints for this file (tools/mapexprs), in its order: syntax errors at
    // go/parser's positions (EOF after the final newline is on the last line), then type errors.
    let dir =
        module("types_syntax", "package m\n\nfunc f() {\n\tx := 1 +\n}\n\nvar y int = \"s\"\n");
    let out = mapscope(&dir, &["types", "./..."]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "m.go:5:1: expected operand, found '}'\n\
         m.go:7:1: expected ';', found 'var'\n\
         m.go:7:17: expected ';', found 'EOF'\n\
         m.go:7:17: expected '}', found 'EOF'\n\
         m.go:4:2: declared and not used: x\n\
         m.go:7:5: declared and not used: y\n\
         m.go:7:13: cannot use \"s\" (untyped string constant) as int value in variable declaration\n"
    );
    let out = mapscope(&dir, &["types", "-v", "./..."]);
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("expected"),
        "-v does not repeat the syntax errors on stderr"
    );
}
