//! `mapscope sim` end to end: growth counts as Go's rules give them, the outputs, and bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn mapscope(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mapscope")).args(args).output().expect("run mapscope")
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("sim").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// The B that Go's map reaches after `n` inserts without a hint: the smallest B whose 2^B buckets
/// hold `n` entries without going over the load factor 6.5 (runtime.overLoadFactor).
fn go_final_b(n: u64) -> u64 {
    (0..64).find(|&b| n <= 8 || n as f64 <= 6.5 * (1u64 << b) as f64).expect("a B")
}

#[test]
fn inserts_start_as_many_doublings_as_go() {
    for n in [1_000u64, 10_000, 50_000] {
        let out = mapscope(&["sim", "--inserts", &n.to_string(), "--no-hashbrown"]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8_lossy(&out.stdout);
        let b = go_final_b(n);
        assert!(
            text.contains(&format!("growths: {b} doubling, 0 same-size, 0 shrinking")),
            "n={n}, B={b}:\n{text}"
        );
        assert!(text.contains(&format!("B {b} (")), "{text}");
    }
}

#[test]
fn churn_triggers_same_size_growth() {
    let out = mapscope(&[
        "sim",
        "--inserts",
        "200000",
        "--live",
        "3000",
        "--deletes",
        "1",
        "--no-hashbrown",
    ]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().find(|l| l.starts_with("growths:")).expect("a growths line");
    let same: u32 = line
        .split(", ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|s| s.parse().ok())
        .expect("a count");
    assert!(same >= 2, "{line}");
}

#[test]
fn json_and_html_outputs() {
    let dir = scratch("outputs");
    let (json, html) = (dir.join("trace.json"), dir.join("report.html"));
    let out = mapscope(&[
        "sim",
        "--inserts",
        "5000",
        "--deletes",
        "0.2",
        "--json",
        json.to_str().expect("utf-8"),
        "--html",
        html.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json = std::fs::read_to_string(json).expect("json written");
    let starts = json.matches("\"event\":\"growth_started\"").count();
    let finishes = json.matches("\"event\":\"growth_finished\"").count();
    assert_eq!(starts, 10, "5000 keys end at B = 10");
    assert!(finishes == starts || finishes + 1 == starts);
    let html = std::fs::read_to_string(html).expect("html written");
    assert!(html.contains("data-doubling=\"10\""), "summary");
    assert!(html.contains("id=\"chart-latency\""), "latency chart");
    assert_eq!(html.matches("class=\"growth-row\"").count(), 10);
    assert!(!html.contains("http://") && !html.contains("https://"), "self-contained");
    // Inside the last growth small enough to draw (B 5->6 here): the old and new arrays at each
    // chosen moment, with the nevacuate line.
    assert!(html.contains("<h2>Inside a growth</h2>"));
    assert!(html.contains("data-buckets=\"32\""), "the old array of the B 5->6 growth");
    assert!(html.contains("class=\"nevacuate\""));
}

#[test]
fn workload_files_and_their_errors() {
    let dir = scratch("workloads");
    let good = dir.join("good.txt");
    let ops: String =
        (0..100).map(|k| format!("i {k}\n")).collect::<String>() + "# a comment\nd 5\ng 6\nc\n";
    std::fs::write(&good, format!("m 0\n{ops}")).expect("write");
    let out = mapscope(&["sim", "--workload", good.to_str().expect("utf-8"), "--no-hashbrown"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("operations: 104 (1 make, 100 insert, 1 delete, 1 get, 1 clear)"),
        "{text}"
    );

    let bad = dir.join("bad.txt");
    std::fs::write(&bad, "i 1\ni 2\n  x 3\n").expect("write");
    let out = mapscope(&["sim", "--workload", bad.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("{}:3:3: unknown operation \"x\"", bad.display())), "{err}");

    let out = mapscope(&["sim", "--workload", dir.join("missing.txt").to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(2));
    std::fs::write(dir.join("latin1.txt"), b"i 1\n\xe9\n").expect("write");
    let out = mapscope(&["sim", "--workload", dir.join("latin1.txt").to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8"));
}

#[test]
fn impossible_flags_exit_2() {
    for args in [
        &["sim", "--deletes", "-1"][..],
        &["sim", "--misses", "1.5"],
        &["sim", "--inserts", "999999999999"],
        &["sim", "--keys", "zigzag"],
    ] {
        let out = mapscope(args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = mapscope(&["sim", "--inserts", "10", "--shrink", "--compare-go"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("never shrinks"));
}
