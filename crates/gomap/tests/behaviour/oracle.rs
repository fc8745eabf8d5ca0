//! Compares gomap's state machine with Go 1.19's real runtime map, read by tools/gomap_oracle.
//!
//! Go 1.19's answers are committed under tests/expect/ (the hint table, and each scenario's
//! trajectory as its state changes plus a checksum of every state), so a plain `cargo test` runs no
//! Go program. `GOMAP_ORACLE=go119` runs the real runtime instead: gomap is compared with it after
//! every operation and the committed files must equal what it printed (scripts/test.sh does this);
//! `GOMAP_ORACLE=bless` rewrites the files from it. Go 1.19 is Debian's golang-1.19-go
//! (`/usr/lib/go-1.19/bin/go`, or `GOMAP_GO119` pointing at a Go 1.19 `go` binary).

use crate::common::{Rng, splitmix};
use gomap::{GoMap, GoUint64Hash};
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::OnceLock;

/// Where Go 1.19's answers come from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Source {
    /// The files under tests/expect/.
    Expectations,
    /// The real runtime; the files must agree with it.
    Go119,
    /// The real runtime; the files are rewritten from it.
    Bless,
}

fn source() -> Source {
    match std::env::var("GOMAP_ORACLE").as_deref() {
        Err(_) | Ok("") => Source::Expectations,
        Ok("go119") => Source::Go119,
        Ok("bless") => Source::Bless,
        Ok(other) => panic!("GOMAP_ORACLE={other}: expected go119 or bless (or unset)"),
    }
}

fn expect_path(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/expect").join(file)
}

fn read_expect(file: &str) -> String {
    let path = expect_path(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (GOMAP_ORACLE=bless cargo test -p gomap --test behaviour oracle writes it)",
            path.display()
        )
    })
}

/// In Go mode, checks (or with `Bless`, writes) the committed file against what Go printed.
fn settle_expect(file: &str, from_go: &str) {
    match source() {
        Source::Expectations => unreachable!("only called with Go's own output"),
        Source::Bless => std::fs::write(expect_path(file), from_go).expect("write expectation"),
        Source::Go119 => assert!(
            read_expect(file) == from_go,
            "Go 1.19 disagrees with tests/expect/{file}; GOMAP_ORACLE=bless rewrites it"
        ),
    }
}

fn go119() -> PathBuf {
    let p = std::env::var_os("GOMAP_GO119")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/lib/go-1.19/bin/go"));
    assert!(
        p.exists(),
        "Go 1.19 not found at {} (install Debian's golang-1.19-go, e.g. via scripts/deps.sh, or set GOMAP_GO119)",
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

/// Parses Go's `hintruns` output: the first hint of each run of hints with the same B, and that B.
fn parse_runs(text: &str) -> Vec<(usize, u8)> {
    text.lines()
        .map(|l| {
            let (h, b) = l.split_once(' ').unwrap();
            (h.parse().unwrap(), b.parse().unwrap())
        })
        .collect()
}

/// The hints given to real makemap calls: every hint 0..=2048, every B boundary +-2, and 64 random
/// hints.
fn makemap_hints(runs: &[(usize, u8)]) -> Vec<usize> {
    let mut hints: Vec<usize> = (0..=2048).collect();
    for &(start, _) in runs {
        hints.extend(start.saturating_sub(2)..=start + 2);
    }
    let mut rng = Rng(42);
    hints.extend((0..64).map(|_| rng.below(1_000_001) as usize));
    hints.sort_unstable();
    hints.dedup();
    hints
}

#[test]
fn hint_to_b_matches_go_for_every_hint_up_to_a_million() {
    // The whole range through the runtime's own overLoadFactor loop (the code makemap runs), then
    // real makemap calls where it matters, compared with real GoMap::with_capacity maps.
    let (runs_text, makemap_text) = match source() {
        Source::Expectations => (read_expect("hint_runs.txt"), read_expect("makemap_b.txt")),
        Source::Go119 | Source::Bless => {
            let runs = run_oracle(&["hintruns", "1000000"], "");
            let input: String =
                makemap_hints(&parse_runs(&runs)).iter().map(|h| format!("{h}\n")).collect();
            let real = run_oracle(&["hintb"], &input);
            settle_expect("hint_runs.txt", &runs);
            settle_expect("makemap_b.txt", &real);
            (runs, real)
        }
    };
    let runs = parse_runs(&runs_text);
    assert!(runs.len() >= 18, "too few B changes: {runs:?}");
    let mut want = vec![0u8; 1_000_001];
    for (n, &(start, b)) in runs.iter().enumerate() {
        let end = runs.get(n + 1).map_or(want.len(), |r| r.0);
        want[start..end].fill(b);
    }
    for (hint, &b) in want.iter().enumerate() {
        assert_eq!(gomap::hint_to_b::<u64, u64>(hint), b, "hint {hint}");
    }
    let hints = makemap_hints(&runs);
    let mut checked = Vec::new();
    for line in makemap_text.lines() {
        let (h, b) = line.split_once(' ').unwrap();
        let (h, b): (usize, u8) = (h.parse().unwrap(), b.parse().unwrap());
        let m: GoMap<u64, u64> = GoMap::with_capacity(h);
        assert_eq!(m.stats().b, b, "make(map[uint64]uint64, {h})");
        assert_eq!(want[h], b, "real makemap disagrees with the run table at {h}");
        assert_eq!(m.stats().buckets, if b == 0 { 0 } else { 1 << b }, "B=0 must allocate lazily");
        checked.push(h);
    }
    assert_eq!(checked, hints, "the makemap answers cover exactly the chosen hints");
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

/// Runs `ops` on gomap and requires the hmap state after every op to equal Go 1.19's: the real
/// runtime's, or the committed summary of it (see the module doc). Returns the trajectory for
/// coverage assertions.
fn compare(name: &str, ops: &[Op]) -> Vec<String> {
    let ours = trajectory(name, ops);
    let file = format!("{name}.trajectory");
    match source() {
        Source::Expectations => {
            let want = read_expect(&file);
            let got = summarize(&ours);
            if want != got {
                let (w, g): (Vec<_>, Vec<_>) = (want.lines().collect(), got.lines().collect());
                let at = w.iter().zip(&g).position(|(a, b)| a != b).unwrap_or(w.len().min(g.len()));
                panic!(
                    "{name}: gomap's states differ from tests/expect/{file} (Go 1.19) at its line {}:\n  \
                     gomap:  {:?}\n  go1.19: {:?}\nGOMAP_ORACLE=go119 shows the first differing operation",
                    at + 1,
                    g.get(at),
                    w.get(at)
                );
            }
        }
        Source::Go119 | Source::Bless => {
            let go = run_oracle(&["script"], &script_text(ops));
            let go: Vec<String> = go.lines().map(str::to_owned).collect();
            assert_eq!(go.len(), ops.len(), "{name}: oracle output length");
            if let Some(n) = (0..ops.len()).find(|&n| ours[n] != go[n]) {
                let from = n.saturating_sub(5);
                panic!(
                    "{name}: state differs after op #{n} {:?}\n  gomap: {}\n  go1.19: {}\n  previous ops: {:?}\n  previous go states: {:?}",
                    ops[n],
                    ours[n],
                    go[n],
                    &ops[from..n],
                    &go[from..n]
                );
            }
            settle_expect(&file, &summarize(&go));
        }
    }
    ours
}

/// gomap's state after every op, as the oracle prints Go's: `count B noverflow growing nevacuate
/// same-size`. Checks the invariants and that a growth finishes within 2^oldB writes on the way.
fn trajectory(name: &str, ops: &[Op]) -> Vec<String> {
    let mut m: GoMap<u64, u64, GoUint64Hash> = GoMap::with_hasher(GoUint64Hash);
    let mut growth_start: Option<(usize, usize)> = None; // (writes so far, old buckets)
    let mut writes = 0usize;
    let mut states = Vec::with_capacity(ops.len());
    for (n, op) in ops.iter().enumerate() {
        match *op {
            Op::Make(h) => {
                m = GoMap::with_capacity_hasher_and_seed(h as usize, GoUint64Hash, n as u64)
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
                assert_eq!(m.get(&k).is_some(), m.contains_key(&k), "{name}: get and contains_key");
            }
            Op::Clear => m.clear(),
        }
        let s = m.stats();
        states.push(format!(
            "{} {} {} {} {} {}",
            s.count,
            s.b,
            s.noverflow,
            u8::from(s.growing),
            s.nevacuate,
            u8::from(s.same_size_grow)
        ));
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
    states
}

/// A trajectory as committed: `op: state` for the first op, every op after which `B`, `noverflow`,
/// growing or the same-size flag changed, and the last op; then a checksum (64-bit FNV-1a) of every
/// state, so that a `count` or `nevacuate` that differs between two recorded ops fails too. (Every
/// state would be 1.3 MB, most of it `nevacuate` stepping through growths.)
fn summarize(states: &[String]) -> String {
    // Fields 1, 2, 3 and 5 of `count B noverflow growing nevacuate same-size`.
    let key = |l: &str| {
        let f: Vec<&str> = l.split(' ').collect();
        [f[1], f[2], f[3], f[5]].join(" ")
    };
    let mut out = String::new();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (n, state) in states.iter().enumerate() {
        for byte in state.bytes().chain([b'\n']) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        let changed = n == 0 || key(state) != key(&states[n - 1]);
        if changed || n + 1 == states.len() {
            out += &format!("{n}: {state}\n");
        }
    }
    out += &format!("fnv1a64 {hash:016x}\n");
    out
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
