//! `mapscope parse` end to end: diagnostics format, summary line, exit status, dumps, bad paths.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn mapscope(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mapscope")).args(args).output().expect("run mapscope")
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub")).expect("create scratch dir");
    dir
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// `parsed N files (B bytes) in T s: E errors, X MB/s`, as (N, B, E).
fn summary(line: &str) -> (u64, u64, u64) {
    let rest =
        line.strip_prefix("parsed ").unwrap_or_else(|| panic!("not a summary line: {line:?}"));
    let (n, rest) = rest.split_once(" files (").expect("files");
    let (b, rest) = rest.split_once(" bytes) in ").expect("bytes");
    let (t, rest) = rest.split_once(" s: ").expect("seconds");
    let (e, rest) = rest.split_once(" errors, ").expect("errors");
    let (x, tail) = rest.split_once(' ').expect("MB/s");
    assert_eq!(tail, "MB/s");
    t.parse::<f64>().expect("seconds is a number");
    x.parse::<f64>().expect("MB/s is a number");
    (n.parse().expect("N"), b.parse().expect("B"), e.parse().expect("E"))
}

#[test]
fn reports_errors_with_positions_and_summary() {
    let dir = scratch("cli_errors");
    let good = "package a\n\nvar m = map[string]int{}\n";
    let bad = "package b\n\nfunc f() {\n\tx := \n}\n\nfunc g( {}\n";
    std::fs::write(dir.join("a.go"), good).expect("write");
    std::fs::write(dir.join("sub/b.go"), bad).expect("write");
    std::fs::write(dir.join("notes.txt"), "not go").expect("write");

    let out = mapscope(&["parse", dir.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(1), "stderr: {}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    let b = dir.join("sub/b.go");
    let b = b.display();
    // `gofmt -e` prints these lines: EOF after the final newline is on the last line (7:12).
    assert_eq!(
        lines[..lines.len() - 1],
        [
            format!("{b}:5:1: expected operand, found '}}'"),
            format!("{b}:7:12: expected ';', found 'EOF'"),
            format!("{b}:7:12: expected ';', found 'EOF'"),
            format!("{b}:7:12: expected '}}', found 'EOF'"),
        ],
        "{stdout}"
    );
    let (n, bytes, errors) = summary(lines[lines.len() - 1]);
    assert_eq!((n, bytes, errors), (2, (good.len() + bad.len()) as u64, 4));

    let out = mapscope(&["parse", dir.join("a.go").to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(summary(text(&out.stdout).trim_end()), (1, good.len() as u64, 0));
}

#[test]
fn unreadable_paths_are_diagnostics() {
    let dir = scratch("cli_missing");
    std::fs::write(dir.join("ok.go"), "package ok\n").expect("write");
    let missing = dir.join("missing.go");
    let out = mapscope(&["parse", missing.to_str().expect("utf-8"), dir.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with(&format!("{}: cannot read: ", missing.display())), "{stdout}");
    assert_eq!(summary(stdout.lines().last().expect("summary")), (1, 11, 1));
}

#[test]
fn dump_ast_goes_to_stdout_and_matches_the_library() {
    let dir = scratch("cli_dump");
    let src = "package d\n\n// Doc.\ntype T[P any] struct{ m map[P]int }\n";
    let file = dir.join("d.go");
    std::fs::write(&file, src).expect("write");
    let out = mapscope(&["parse", "--dump-ast", file.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(0));
    let mut expected = format!("== {}\n", file.display()).into_bytes();
    mapscope_syntax::dump::write_dump(&mapscope_syntax::parse_file(src.as_bytes()), &mut expected);
    assert_eq!(text(&out.stdout), text(&expected));
    assert!(text(&out.stdout).contains("TypeSpec 24 54"));
    // The summary goes to stderr so stdout holds only dumps.
    summary(text(&out.stderr).trim_end());

    let out = mapscope(&["parse", "--dump-ast=hash", file.to_str().expect("utf-8")]);
    let stdout = text(&out.stdout);
    let hash = stdout.lines().nth(2).expect("hash line");
    assert!(hash.starts_with("hash ") && hash.len() == 21, "{stdout}");
}
