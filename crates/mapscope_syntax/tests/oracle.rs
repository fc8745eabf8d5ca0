//! The go/parser oracle: every fixture's dump (errors included) must equal `tools/astdump`'s byte for byte.
//!
//! Needs Go (1.26, `go` on PATH) to build the oracle; fails with a clear message without it.

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();
    files
}

/// Builds tools/astdump once per test binary and returns its path.
fn astdump() -> PathBuf {
    let tool = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tools/astdump");
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("astdump");
    let status = Command::new("go")
        .arg("build")
        .arg("-o")
        .arg(&out)
        .arg(".")
        .current_dir(&tool)
        .status()
        .unwrap_or_else(|e| {
            panic!("this test needs Go 1.26 as `go` on PATH to build the go/parser oracle (tools/astdump): {e}")
        });
    assert!(status.success(), "go build of tools/astdump failed");
    out
}

/// Splits astdump output into one block per file, using the `== PATH` headers of the known paths.
fn split(out: &str, files: &[PathBuf]) -> Vec<String> {
    let headers: Vec<String> = files.iter().map(|f| format!("== {}\n", f.display())).collect();
    let mut starts = Vec::new();
    let mut from = 0;
    for h in &headers {
        let at = from
            + out[from..].find(h.as_str()).unwrap_or_else(|| panic!("no {h:?} in astdump output"));
        starts.push((at, at + h.len()));
        from = at + h.len();
    }
    (0..starts.len())
        .map(|i| {
            let end = starts.get(i + 1).map_or(out.len(), |s| s.0);
            out[starts[i].1..end].to_string()
        })
        .collect()
}

fn our_dump(path: &Path) -> String {
    let src = std::fs::read(path).expect("fixture readable");
    let parse = mapscope_syntax::parse_file(&src);
    let mut out = Vec::new();
    mapscope_syntax::dump::write_dump(&parse, &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn fixtures_match_go_parser() {
    let files = fixtures();
    assert!(files.len() >= 15, "fixtures missing: {files:?}");
    let tool = astdump();
    let output = Command::new(&tool).args(&files).output().expect("run astdump");
    assert!(output.status.success(), "astdump failed: {}", String::from_utf8_lossy(&output.stderr));
    let theirs = split(&String::from_utf8_lossy(&output.stdout), &files);

    let mut failures = Vec::new();
    let mut with_errors = 0;
    for (file, expected) in files.iter().zip(&theirs) {
        if !expected.starts_with("errors 0\n") {
            with_errors += 1;
        }
        let ours = our_dump(file);
        if ours != *expected {
            let line = ours.lines().zip(expected.lines()).position(|(a, b)| a != b).unwrap_or(0);
            failures.push(format!(
                "{}: first difference at dump line {}:\n  go/parser: {}\n  mapscope:  {}",
                file.display(),
                line + 1,
                expected.lines().nth(line).unwrap_or("<end>"),
                ours.lines().nth(line).unwrap_or("<end>"),
            ));
        }
    }
    assert!(with_errors >= 8, "the error fixtures no longer have errors");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
