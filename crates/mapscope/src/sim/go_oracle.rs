//! `--compare-go`: the same workload on Go 1.19's real runtime map, read by tools/gomap_oracle.

use super::replay::{State, Trace};
use super::workload::Op;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// Go's hmap after one operation, as tools/gomap_oracle prints it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GoState {
    pub count: usize,
    pub b: u8,
    pub noverflow: usize,
    pub growing: bool,
    pub nevacuate: usize,
    pub same_size: bool,
}

impl GoState {
    fn parse(line: &str) -> Option<GoState> {
        let f: Vec<&str> = line.split(' ').collect();
        let [count, b, noverflow, growing, nevacuate, same_size] = f[..] else { return None };
        Some(GoState {
            count: count.parse().ok()?,
            b: b.parse().ok()?,
            noverflow: noverflow.parse().ok()?,
            growing: growing == "1",
            nevacuate: nevacuate.parse().ok()?,
            same_size: same_size == "1",
        })
    }

    fn of(s: &State) -> GoState {
        GoState {
            count: s.count,
            b: s.b,
            noverflow: s.noverflow,
            growing: s.growing,
            nevacuate: s.nevacuate,
            same_size: s.same_size,
        }
    }
}

/// How gomap's trajectory compares with Go's.
#[derive(Debug)]
pub struct Comparison {
    pub ops: usize,
    /// The first operation after which the states differ, with gomap's and Go's state.
    pub first_difference: Option<(usize, GoState, GoState)>,
}

pub fn compare(trace: &Trace, go: &[GoState]) -> Comparison {
    let first_difference = trace
        .states
        .iter()
        .zip(go)
        .enumerate()
        .map(|(n, (ours, theirs))| (n, GoState::of(ours), *theirs))
        .find(|(_, ours, theirs)| ours != theirs);
    Comparison { ops: trace.states.len().min(go.len()), first_difference }
}

fn go119() -> Result<PathBuf, String> {
    let go = std::env::var_os("GOMAP_GO119")
        .map_or_else(|| PathBuf::from("/usr/lib/go-1.19/bin/go"), PathBuf::from);
    if go.exists() {
        Ok(go)
    } else {
        Err(format!(
            "Go 1.19 not found at {} (Debian's golang-1.19-go, or set GOMAP_GO119 to a Go 1.19 `go`)",
            go.display()
        ))
    }
}

/// Builds tools/gomap_oracle from this source tree with Go 1.19.
fn build_oracle() -> Result<PathBuf, String> {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tools/gomap_oracle");
    if !src.join("main.go").is_file() {
        return Err(format!(
            "tools/gomap_oracle is not at {} (run from a mapscope checkout)",
            src.display()
        ));
    }
    let out = std::env::temp_dir().join(format!("mapscope-gomap-oracle-{}", std::process::id()));
    let built = Command::new(go119()?)
        .args(["build", "-o"])
        .arg(&out)
        .arg(".")
        .current_dir(&src)
        .env("GOTOOLCHAIN", "local")
        .env("CGO_ENABLED", "0")
        .env("GOFLAGS", "-mod=mod")
        .output()
        .map_err(|e| format!("running Go 1.19: {e}"))?;
    if !built.status.success() {
        return Err(format!(
            "building tools/gomap_oracle failed:\n{}",
            String::from_utf8_lossy(&built.stderr)
        ));
    }
    Ok(out)
}

/// Go 1.19's state after each operation of `ops`.
pub fn trajectory(ops: &[Op], auto_shrink: bool) -> Result<Vec<GoState>, String> {
    if auto_shrink || ops.contains(&Op::Shrink) {
        return Err(
            "Go's map never shrinks: drop --shrink and `s` operations to compare with it".into()
        );
    }
    let script: String = ops.iter().filter_map(|op| op.script_line()).map(|l| l + "\n").collect();
    let oracle = build_oracle()?;
    let mut child = Command::new(&oracle)
        .arg("script")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("running tools/gomap_oracle: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("no stdin for tools/gomap_oracle")?;
    let writer = std::thread::spawn(move || stdin.write_all(script.as_bytes()));
    let out = child.wait_with_output().map_err(|e| format!("tools/gomap_oracle: {e}"))?;
    let _ = std::fs::remove_file(&oracle);
    writer
        .join()
        .map_err(|_| "writing to tools/gomap_oracle panicked")?
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!("tools/gomap_oracle failed: {}", out.status));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let states: Option<Vec<GoState>> = text.lines().map(GoState::parse).collect();
    let states = states.ok_or("tools/gomap_oracle printed a line that is not a state")?;
    if states.len() != ops.len() {
        return Err(format!(
            "tools/gomap_oracle printed {} states for {} operations",
            states.len(),
            ops.len()
        ));
    }
    Ok(states)
}
