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

fn write(dir: &Path, files: &[(&str, &str)]) {
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("create dirs");
        std::fs::write(path, text).expect("write");
    }
}

#[test]
fn patterns_that_cannot_be_loaded_fail_with_the_go_commands_words() {
    let dir = module("types_patterns", "package m\n");
    std::fs::create_dir_all(dir.join("empty")).expect("mkdir");
    for (pattern, says) in [
        (
            "./nonexistent/...",
            "pattern ./nonexistent/...: lstat ./nonexistent/: no such file or directory",
        ),
        ("./empty/...", "\"./empty/...\" matched no packages"),
        ("./empty", "no Go files in "),
        ("example.com/nope", "no required module provides package example.com/nope; to add it:"),
        ("example.com/nope/...", "\"example.com/nope/...\" matched no packages"),
        ("fmtx", "package fmtx is not in std"),
    ] {
        let out = mapscope(&dir, &["types", pattern]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{pattern}: {err}");
        assert!(err.contains(says), "{pattern}: {err}");
    }
    // The other patterns are still checked.
    let out = mapscope(&dir, &["types", "--map-exprs", "./nonexistent", "./..."]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn unresolved_imports_are_errors_at_the_import() {
    let dir = module(
        "types_missing_import",
        "package m\n\nimport \"example.com/gone\"\n\nvar M = map[string]int{}\n\nvar _ = gone.X\n",
    );
    let want = "m.go:3:8: could not import example.com/gone (no required module provides package example.com/gone)";
    let out = mapscope(&dir, &["types", "./..."]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim_end(), want, "and no other error");
    // Beside the map lines, on stderr: the listing is incomplete.
    let out = mapscope(&dir, &["types", "--map-exprs", "./..."]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "m.go:5:9: map[string]int\n");
    assert_eq!(String::from_utf8_lossy(&out.stderr).trim_end(), want);
}

#[test]
fn dependency_patterns_print_import_paths_and_tags_select_files() {
    let dir = module("types_dep_pattern", "package m\n\nimport _ \"example.com/dep/sub\"\n");
    std::fs::write(
        dir.join("go.mod"),
        "module example.com/m\n\ngo 1.24\n\nrequire example.com/dep v1.0.0\n\nreplace example.com/dep => ./third_party/dep\n",
    )
    .expect("go.mod");
    write(
        &dir,
        &[
            ("third_party/dep/go.mod", "module example.com/dep\n\ngo 1.24\n"),
            ("third_party/dep/sub/sub.go", "package sub\n\ntype T int\n\nvar M = map[string]T{}\n"),
            (
                "tagged/t.go",
                "//go:build special\n\npackage tagged\n\nvar Tagged = map[int]bool{}\n",
            ),
        ],
    );
    let out = mapscope(&dir, &["types", "--map-exprs", "example.com/dep/..."]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.ends_with(": map[string]example.com/dep/sub.T\n"), "{text}");
    let out = mapscope(&dir, &["types", "--map-exprs", "./tagged"]);
    assert_eq!(out.status.code(), Some(2), "build constraints exclude all Go files");
    let out = mapscope(&dir, &["types", "--map-exprs", "--tags", "other,special", "./tagged"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "tagged/t.go:5:14: map[int]bool\n");
}

#[test]
fn all_matches_the_module_and_workspaces_are_checked_as_go_does() {
    let dir = module("types_all", "package m\n\nvar M = map[string]int{}\n");
    let out = mapscope(&dir, &["types", "--map-exprs", "all"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "m.go:3:9: map[string]int\n");

    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join("types_work");
    let _ = std::fs::remove_dir_all(&work);
    write(
        &work,
        &[
            ("go.work", "go 1.24\n\nuse (\n\t./a\n)\n"),
            ("a/go.mod", "module example.com/a\n\ngo 1.24\n"),
            ("a/a.go", "package a\n\nvar M = map[int]int{}\n"),
        ],
    );
    let out = mapscope(&work, &["types", "./..."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(
            "pattern ./...: directory prefix . does not contain modules listed in go.work or their selected dependencies"
        ),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = mapscope(&work, &["types", "--map-exprs", "./a/..."]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "a/a.go:3:9: map[int]int\n");
    std::fs::write(work.join("go.work"), "go 1.24\n\nuse (\n\t./a\n\t./missing\n)\n")
        .expect("go.work");
    let out = mapscope(&work, &["types", "./a/..."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("cannot load module missing listed in go.work file")
    );
}
