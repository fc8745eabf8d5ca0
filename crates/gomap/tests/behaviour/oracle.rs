//! Compares gomap's state machine with Go 1.19's real runtime map, read by tools/gomap_oracle.
//!
//! Needs Debian's golang-1.19-go (`/usr/lib/go-1.19/bin/go`, or `GOMAP_GO119` pointing at a Go
//! 1.19 `go` binary); `.ci/run` installs it. Without it these tests fail with a message.

use crate::common::{GoFallback, Rng, splitmix};
use gomap::GoMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::OnceLock;

fn go119() -> PathBuf {
    let p = std::env::var_os("GOMAP_GO119")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/lib/go-1.19/bin/go"));
    assert!(
        p.exists(),
        "Go 1.19 not found at {} (install Debian's golang-1.19-go, e.g. via `bash .ci/run`, or set GOMAP_GO119)",
        p.display()
    );
    p
}

/// Builds tools/gomap_oracle once per test process.
fn oracle() -> &'static PathBuf {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tools/gomap_oracle");
        let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("gomap_oracle");
        let status = Command::new(go119())
            .args(["build", "-o"])
            .arg(&out)
            .arg(".")
            .current_dir(&src)
            .env("GOTOOLCHAIN", "local")
            .env("GOFLAGS", "-mod=mod")
            .env("CGO_ENABLED", "0")
            .status()
            .expect("run go build");
        assert!(status.success(), "building tools/gomap_oracle with Go 1.19 failed");
        let v = Command::new(go119()).arg("version").output().expect("go version");
        let v = String::from_utf8_lossy(&v.stdout);
        assert!(v.contains("go1.19"), "GOMAP_GO119 is not Go 1.19: {v}");
        out
    })
}

fn run_oracle(args: &[&str], input: &str) -> String {
    let mut child = Command::new(oracle())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn oracle");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()).unwrap());
    let out = child.wait_with_output().expect("oracle output");
    writer.join().unwrap();
    assert!(out.status.success(), "oracle {args:?} failed");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn hint_to_b_matches_go_for_every_hint_up_to_a_million() {
    // The whole range through the runtime's own overLoadFactor loop (the code makemap runs).
    let runs = run_oracle(&["hintruns", "1000000"], "");
    let mut want = vec![0u8; 1_000_001];
    let runs: Vec<(usize, u8)> = runs
        .lines()
        .map(|l| {
            let (h, b) = l.split_once(' ').unwrap();
            (h.parse().unwrap(), b.parse().unwrap())
        })
        .collect();
    assert!(runs.len() >= 18, "too few B changes: {runs:?}");
    for (n, &(start, b)) in runs.iter().enumerate() {
        let end = runs.get(n + 1).map_or(want.len(), |r| r.0);
        want[start..end].fill(b);
    }
    for (hint, &b) in want.iter().enumerate() {
        assert_eq!(gomap::hint_to_b::<u64, u64>(hint), b, "hint {hint}");
    }

    // Real makemap calls where it matters: every hint 0..=2048, every B boundary +-2, and
    // 64 random hints; compared with real GoMap::with_capacity maps.
    let mut hints: Vec<usize> = (0..=2048).collect();
    for &(start, _) in &runs {
        hints.extend(start.saturating_sub(2)..=start + 2);
    }
    let mut rng = Rng(42);
    hints.extend((0..64).map(|_| rng.below(1_000_001) as usize));
    hints.sort_unstable();
    hints.dedup();
    let input: String = hints.iter().map(|h| format!("{h}\n")).collect();
    let real = run_oracle(&["hintb"], &input);
    let mut checked = 0;
    for line in real.lines() {
        let (h, b) = line.split_once(' ').unwrap();
        let (h, b): (usize, u8) = (h.parse().unwrap(), b.parse().unwrap());
        let m: GoMap<u64, u64> = GoMap::with_capacity(h);
        assert_eq!(m.stats().b, b, "make(map[uint64]uint64, {h})");
        assert_eq!(want[h], b, "real makemap disagrees with the run table at {h}");
        assert_eq!(m.stats().buckets, if b == 0 { 0 } else { 1 << b }, "B=0 must allocate lazily");
        checked += 1;
    }
    assert_eq!(checked, hints.len());
}

#[derive(Clone, Copy, Debug)]
enum Op {
    Make(u64),
    Insert(u64),
    Delete(u64),
    Get(u64),
    Clear,
}

fn script_text(ops: &[Op]) -> String {
    let mut s = String::with_capacity(ops.len() * 12);
    for op in ops {
        match op {
            Op::Make(h) => s += &format!("m {h}\n"),
            Op::Insert(k) => s += &format!("i {k}\n"),
            Op::Delete(k) => s += &format!("d {k}\n"),
            Op::Get(k) => s += &format!("g {k}\n"),
            Op::Clear => s += "c\n",
        }
    }
    s
}

/// Runs `ops` on gomap and on Go 1.19 and requires identical hmap states after every op.
/// Returns the Go trajectory for coverage assertions.
fn compare(name: &str, ops: &[Op]) -> Vec<String> {
    let go = run_oracle(&["script"], &script_text(ops));
    let go: Vec<String> = go.lines().map(str::to_owned).collect();
    assert_eq!(go.len(), ops.len(), "{name}: oracle output length");
    let mut m: GoMap<u64, u64, GoFallback> = GoMap::with_hasher(GoFallback);
    let mut growth_start: Option<(usize, usize)> = None; // (writes so far, old buckets)
    let mut writes = 0usize;
    for (n, op) in ops.iter().enumerate() {
        match *op {
            Op::Make(h) => {
                m = GoMap::with_capacity_hasher_and_seed(h as usize, GoFallback, n as u64)
            }
            Op::Insert(k) => {
                m.insert(k, k);
                writes += 1;
            }
            Op::Delete(k) => {
                if !m.is_empty() {
                    writes += 1;
                }
                m.remove(&k);
            }
            Op::Get(k) => {
                let _ = m.get(&k);
            }
            Op::Clear => m.clear(),
        }
        let s = m.stats();
        let ours = format!(
            "{} {} {} {} {} {}",
            s.count,
            s.b,
            s.noverflow,
            u8::from(s.growing),
            s.nevacuate,
            u8::from(s.same_size_grow)
        );
        if ours != go[n] {
            let from = n.saturating_sub(5);
            panic!(
                "{name}: state differs after op #{n} {op:?}\n  gomap: {ours}\n  go1.19: {}\n  previous ops: {:?}\n  previous go states: {:?}",
                go[n],
                &ops[from..n],
                &go[from..n]
            );
        }
        // Growth finishes within 2^oldB writes (every write evacuates bucket nevacuate).
        match (growth_start, s.growing) {
            (None, true) => growth_start = Some((writes, s.old_buckets)),
            (Some((w0, nold)), false) => {
                assert!(
                    writes - w0 <= nold,
                    "{name}: growth took {} writes for {nold} old buckets",
                    writes - w0
                );
                growth_start = None;
            }
            (Some((w0, nold)), true) => {
                assert!(writes - w0 <= nold, "{name}: growth still running after {nold} writes")
            }
            (None, false) => {}
        }
        if n % 4096 == 0 {
            m.check_invariants();
        }
    }
    m.check_invariants();
    go
}

fn field(line: &str, i: usize) -> u64 {
    line.split(' ').nth(i).unwrap().parse().unwrap()
}

/// Counts growth starts (growing 0 -> 1) in a trajectory, split by same-size flag.
fn growths(traj: &[String]) -> (usize, usize) {
    let (mut double, mut same) = (0, 0);
    let mut prev = 0;
    for l in traj {
        let g = field(l, 3);
        if g == 1 && prev == 0 {
            if field(l, 5) == 1 { same += 1 } else { double += 1 }
        }
        prev = g;
    }
    (double, same)
}

#[test]
fn growth_from_empty_matches_go() {
    let mut ops = vec![Op::Make(0)];
    for i in 0..150_000u64 {
        ops.push(Op::Insert(splitmix(i)));
        if i % 7 == 0 {
            ops.push(Op::Get(splitmix(i / 2)));
        }
        if i % 11 == 0 {
            // An update of an existing key also does growth work.
            ops.push(Op::Insert(splitmix(i / 3)));
        }
    }
    let traj = compare("growth", &ops);
    // Growths from B = 0 and 1 finish inside the insert that starts them (2 writes cover the
    // 1 or 2 old buckets), so only 13 of the 15 are visible between operations.
    let (double, same) = growths(&traj);
    assert_eq!((double, same), (13, 0));
    assert_eq!(field(traj.last().unwrap(), 1), 15);
}

#[test]
fn sequential_keys_with_hint_match_go() {
    let mut ops = vec![Op::Make(5000)];
    for i in 0..80_000u64 {
        ops.push(Op::Insert(i));
        if i % 3 == 0 {
            ops.push(Op::Delete(i / 2));
        }
        if i % 5 == 0 {
            ops.push(Op::Delete(u64::MAX - i)); // absent: still growth work
        }
    }
    let traj = compare("sequential", &ops);
    assert!(growths(&traj).0 >= 3);
}

#[test]
fn churn_same_size_growth_matches_go() {
    // Steady-size churn leaves sparse overflow chains behind: Go's same-size growth.
    let mut rng = Rng(7);
    let mut ops = vec![Op::Make(0)];
    let mut live: Vec<u64> = Vec::new();
    let mut next = 0u64;
    for _ in 0..3000 {
        let k = splitmix(next);
        next += 1;
        live.push(k);
        ops.push(Op::Insert(k));
    }
    for round in 0..150_000 {
        let j = rng.below(live.len() as u64) as usize;
        let k = live.swap_remove(j);
        ops.push(Op::Delete(k));
        let k = splitmix(next);
        next += 1;
        live.push(k);
        ops.push(Op::Insert(k));
        if round % 50_000 == 49_999 {
            // Shrink the live set, then grow it back.
            for _ in 0..2000 {
                let k = live.pop().unwrap();
                ops.push(Op::Delete(k));
            }
            for _ in 0..2000 {
                let k = splitmix(next);
                next += 1;
                live.push(k);
                ops.push(Op::Insert(k));
            }
        }
    }
    let traj = compare("churn", &ops);
    let (_, same) = growths(&traj);
    assert!(same >= 2, "the churn workload must trigger same-size growth (got {same})");
}

#[test]
fn empty_refill_clear_match_go() {
    let mut ops = vec![Op::Make(0)];
    let mut rng = Rng(99);
    for cycle in 0..6u64 {
        let n = 500 + cycle * 2500;
        for i in 0..n {
            ops.push(Op::Insert(splitmix(cycle << 32 | i)));
        }
        if cycle % 2 == 0 {
            // Delete everything one by one: count reaches 0 mid-growth, hash0 is reseeded.
            for i in 0..n {
                ops.push(Op::Delete(splitmix(cycle << 32 | i)));
                if rng.below(4) == 0 {
                    ops.push(Op::Get(rng.next()));
                }
            }
        } else {
            ops.push(Op::Clear);
            ops.push(Op::Clear);
        }
    }
    ops.push(Op::Make(100));
    for i in 0..2000 {
        ops.push(Op::Insert(i));
    }
    ops.push(Op::Clear);
    for i in 0..200 {
        ops.push(Op::Insert(i));
    }
    compare("refill", &ops);
}
