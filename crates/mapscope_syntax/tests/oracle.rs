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
    static TOOL: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    TOOL.get_or_init(build_astdump).clone()
}

fn build_astdump() -> PathBuf {
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

/// A small deterministic generator (xorshift64*), so the mutants are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Rough token boundaries: identifier/number runs, white space runs, single other bytes.
fn token_at(src: &[u8], at: usize) -> std::ops::Range<usize> {
    let class = |b: u8| match b {
        b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | 0x80..=0xff => 0,
        b' ' | b'\t' | b'\n' | b'\r' => 1,
        _ => 2,
    };
    let c = class(src[at]);
    if c == 2 {
        return at..at + 1;
    }
    let (mut i, mut j) = (at, at + 1);
    while i > 0 && class(src[i - 1]) == c {
        i -= 1;
    }
    while j < src.len() && class(src[j]) == c {
        j += 1;
    }
    i..j
}

const SNIPPETS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ";",
    ",",
    ":",
    ":=",
    "=",
    ".",
    "...",
    "<-",
    "*",
    "~",
    "|",
    "func",
    "type",
    "var",
    "if",
    "for",
    "range",
    "switch",
    "case",
    "go",
    "chan",
    "map",
    "struct",
    "interface",
    "\n",
    "//",
    "/*",
    "\"",
    "'",
    "`",
    "0x",
    "_",
];

fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut s = seed.to_vec();
    for _ in 0..1 + rng.below(3) {
        if s.is_empty() {
            break;
        }
        let at = rng.below(s.len());
        match rng.below(5) {
            0 => s[at] = rng.next() as u8,
            1 => {
                let r = token_at(&s, at);
                s.drain(r);
            }
            2 => {
                let r = token_at(&s, at);
                let t = s[r.clone()].to_vec();
                s.splice(r.end..r.end, t);
            }
            3 => {
                let snip = SNIPPETS[rng.below(SNIPPETS.len())];
                s.splice(at..at, snip.bytes());
            }
            _ => s.truncate(at),
        }
    }
    s
}

/// The criteria on mutated real Go: identical dumps where go/parser accepts, an error
/// where it rejects. Error lists are compared too (they differ only in rare corners: raw
/// non-UTF-8 bytes quoted in messages, sorting by `//line`-adjusted positions).
#[test]
fn mutants_agree_with_go_parser() {
    let seeds: Vec<Vec<u8>> = fixtures()
        .iter()
        .filter(|p| !p.to_string_lossy().contains("deep"))
        .map(|p| std::fs::read(p).expect("fixture"))
        .collect();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("mutants");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create mutants dir");
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let mut files = Vec::new();
    for i in 0..1500 {
        let seed = &seeds[rng.below(seeds.len())];
        let path = dir.join(format!("m{i:04}.go"));
        std::fs::write(&path, mutate(&mut rng, seed)).expect("write mutant");
        files.push(path);
    }
    let list = dir.join("list.txt");
    let names: String = files.iter().map(|f| format!("{}\n", f.display())).collect();
    std::fs::write(&list, names).expect("write list");
    let tool = astdump();
    let output = Command::new(&tool).arg("-list").arg(&list).output().expect("run astdump");
    assert!(output.status.success(), "astdump failed: {}", String::from_utf8_lossy(&output.stderr));
    let theirs = split(&String::from_utf8_lossy(&output.stdout), &files);

    let (mut accepted, mut rejected, mut same_errors) = (0, 0, 0);
    let mut failures = Vec::new();
    for (file, expected) in files.iter().zip(&theirs) {
        let ours = our_dump(file);
        let error_block = |d: &str| -> String {
            let n: usize =
                d.lines().next().and_then(|l| l.strip_prefix("errors ")?.parse().ok()).unwrap_or(0);
            d.lines().take(n + 1).collect::<Vec<_>>().join("\n")
        };
        if expected.starts_with("errors 0\n") {
            accepted += 1;
            if ours != *expected {
                failures.push(format!("{}: go/parser accepts it, dumps differ", file.display()));
            }
        } else {
            rejected += 1;
            if ours.starts_with("errors 0\n") {
                failures.push(format!(
                    "{}: go/parser rejects it, mapscope reports no error",
                    file.display()
                ));
            }
            if error_block(&ours) == error_block(expected) {
                same_errors += 1;
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        accepted >= 50 && rejected >= 500,
        "unexpected mutant mix: {accepted} accepted, {rejected} rejected"
    );
    assert!(
        same_errors * 100 >= rejected * 97,
        "identical error lists on only {same_errors} of {rejected} rejected mutants"
    );
}

/// Every 20th `.go` file of `$(go env GOROOT)/src` (testdata included) against go/parser, with
/// the corpus criteria; `scripts/parse-corpus.sh` runs all of them.
#[test]
fn goroot_sample_matches_go_parser() {
    let out = Command::new("go")
        .args(["env", "GOROOT"])
        .output()
        .expect("this test needs Go 1.26 as `go`");
    let goroot = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()).join("src");
    let mut all = Vec::new();
    let mut stack = vec![goroot.clone()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let e = e.expect("entry");
            let ft = e.file_type().expect("file type");
            if ft.is_dir() {
                stack.push(e.path());
            } else if ft.is_file() && e.path().extension().is_some_and(|x| x == "go") {
                all.push(e.path());
            }
        }
    }
    all.sort();
    let files: Vec<PathBuf> = all.into_iter().step_by(20).collect();
    assert!(files.len() > 200, "GOROOT/src looks empty: {}", goroot.display());
    let list = Path::new(env!("CARGO_TARGET_TMPDIR")).join("goroot-sample.txt");
    let names: String = files.iter().map(|f| format!("{}\n", f.display())).collect();
    std::fs::write(&list, names).expect("write list");
    let output = Command::new(astdump()).arg("-list").arg(&list).output().expect("run astdump");
    assert!(output.status.success(), "astdump failed: {}", String::from_utf8_lossy(&output.stderr));
    let theirs = split(&String::from_utf8_lossy(&output.stdout), &files);
    let mut failures = Vec::new();
    for (file, expected) in files.iter().zip(&theirs) {
        let ours = our_dump(file);
        let accepted = expected.starts_with("errors 0\n");
        if accepted && ours != *expected || !accepted && ours.starts_with("errors 0\n") {
            failures.push(file.display().to_string());
        }
    }
    assert!(failures.is_empty(), "differs from go/parser: {failures:#?}");
}
