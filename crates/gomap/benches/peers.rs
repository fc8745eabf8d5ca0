//! Peer comparison harness for scripts/bench-maps.sh: the same workloads as tools/gomap_bench
//! (Go), timed the same way (whole loops, median of repetitions), one line per result:
//! `workload key n impl ns_per_op`.
//!
//! Usage: cargo bench -p gomap --bench peers -- [N ...]   (default 1000 100000 1000000)

mod common;
#[path = "common/ops.rs"]
mod ops;

use common::{BenchMap, measuring, str_keys, u64_keys};
use ops::{delete_all, hits, insert, misses};
use std::hint::black_box;
use std::time::Instant;

fn reps(n: usize) -> usize {
    if !measuring() {
        return 1;
    }
    match n {
        0..=1_000 => 2001,
        1_001..=100_000 => 31,
        100_001..=1_000_000 => 7,
        _ => 3,
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Times `f` per element; what it returns is dropped after the clock stops (a map built by an
/// insert loop is freed outside its timing, as the Go side's maps are collected outside theirs).
fn time<T>(n: usize, mut f: impl FnMut() -> T) -> f64 {
    let t = Instant::now();
    let out = black_box(f());
    let ns = t.elapsed().as_nanos() as f64 / n as f64;
    drop(out);
    ns
}

/// `copies` (str keys only, else empty): keys equal to `hit` but stored elsewhere, for
/// `hit_copy`; `hit` looks up the very strings the map was built from.
fn run<K: Clone, M: BenchMap<K>>(key: &str, hit: &[K], miss: &[K], copies: &[K]) {
    let n = hit.len();
    let mut r: [Vec<f64>; 7] = Default::default();
    for _ in 0..reps(n) {
        // Drop time of the previous map stays outside the timed loops (as in the Go side,
        // whose GC runs concurrently).
        r[0].push(time(n, || insert::<K, M>(hit, false)));
        let t = Instant::now();
        let mut m = insert::<K, M>(hit, true);
        r[1].push(t.elapsed().as_nanos() as f64 / n as f64);
        r[2].push(time(n, || hits(&m, hit)));
        r[3].push(time(n, || misses(&m, miss)));
        r[4].push(time(n, || m.sum()));
        r[5].push(time(n, || delete_all(&mut m, hit)));
        assert_eq!(m.count(), 0);
        if !copies.is_empty() {
            let m = insert::<K, M>(hit, false);
            r[6].push(time(n, || hits(&m, copies)));
        }
    }
    let names = ["insert", "insert_hint", "hit", "miss", "iterate", "delete", "hit_copy"];
    for (w, v) in names.iter().zip(r).filter(|(_, v)| !v.is_empty()) {
        println!("{w} {key} {n} {} {:.2}", M::NAME, median(v));
    }
}

fn main() {
    let mut sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .filter_map(|a| a.parse::<f64>().ok().map(|x| x as usize))
        .collect();
    if sizes.is_empty() {
        sizes = if measuring() { vec![1_000, 100_000, 1_000_000] } else { vec![1_000] };
    }
    let only = std::env::var("PEERS").ok();
    let want = |name: &str| only.as_deref().is_none_or(|o| o.split(',').any(|x| x == name));
    for &n in &sizes {
        let (hit, miss) = u64_keys(n);
        if want("gomap") {
            run::<u64, gomap::GoMap<u64, u64>>("u64", &hit, &miss, &[]);
        }
        if want("hashbrown") {
            run::<u64, hashbrown::HashMap<u64, u64>>("u64", &hit, &miss, &[]);
        }
        if want("std") {
            run::<u64, std::collections::HashMap<u64, u64>>("u64", &hit, &miss, &[]);
        }
        if want("griddle") {
            run::<u64, griddle::HashMap<u64, u64>>("u64", &hit, &miss, &[]);
        }
        let (hs, ms) = str_keys(n);
        let (cs, _) = str_keys(n);
        let (hit, miss): (Vec<&str>, Vec<&str>) =
            (hs.iter().map(String::as_str).collect(), ms.iter().map(String::as_str).collect());
        let copies: Vec<&str> = cs.iter().map(String::as_str).collect();
        if want("gomap") {
            run::<&str, gomap::GoMap<&str, u64>>("str", &hit, &miss, &copies);
        }
        if want("hashbrown") {
            run::<&str, hashbrown::HashMap<&str, u64>>("str", &hit, &miss, &copies);
        }
        if want("std") {
            run::<&str, std::collections::HashMap<&str, u64>>("str", &hit, &miss, &copies);
        }
        if want("griddle") {
            run::<&str, griddle::HashMap<&str, u64>>("str", &hit, &miss, &copies);
        }
    }
}
