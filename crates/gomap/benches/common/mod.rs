//! Workloads and map adapters shared by the criterion benches and the peer/latency harnesses.
//! The Go side (tools/gomap_bench) builds the same key sets and runs the same loops.

use std::borrow::Borrow;
use std::hash::Hash;

/// `cargo bench` passes `--bench`; `cargo test --all-targets` runs bench binaries without it.
/// Without it the harnesses run a quick smoke pass at small sizes instead of measuring.
pub fn measuring() -> bool {
    std::env::args().any(|a| a == "--bench")
}

/// splitmix64: distinct pseudo-random u64 keys (the same function as tools/gomap_bench).
pub fn splitmix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Keys `splitmix(i)` for i in [0, n) and absent keys `splitmix(n + i)`.
pub fn u64_keys(n: usize) -> (Vec<u64>, Vec<u64>) {
    let hit = (0..n as u64).map(splitmix).collect();
    let miss = (n as u64..2 * n as u64).map(splitmix).collect();
    (hit, miss)
}

/// The same numbers as 16 lowercase hex characters: 16-byte string keys.
pub fn str_keys(n: usize) -> (Vec<String>, Vec<String>) {
    let (h, m) = u64_keys(n);
    (
        h.iter().map(|k| format!("{k:016x}")).collect(),
        m.iter().map(|k| format!("{k:016x}")).collect(),
    )
}

/// How a workload key is looked up: as itself (u64) or, for `&str` keys, as the `str` it
/// borrows (`m.get(s)`, the natural call). The Go side looks up the same string headers.
pub trait BenchKey: Hash + Eq + Borrow<Self::Q> {
    type Q: ?Sized + Hash + Eq;
    fn q(&self) -> &Self::Q;
}

impl BenchKey for u64 {
    type Q = u64;
    #[inline]
    fn q(&self) -> &u64 {
        self
    }
}

impl BenchKey for &str {
    type Q = str;
    #[inline]
    fn q(&self) -> &str {
        self
    }
}

/// The operations the workloads need, for every peer map.
pub trait BenchMap<K> {
    const NAME: &'static str;
    fn with_capacity(n: usize) -> Self;
    fn put(&mut self, k: K, v: u64);
    fn lookup(&self, k: &K) -> Option<u64>;
    fn delete(&mut self, k: &K) -> Option<u64>;
    fn sum(&self) -> u64;
    fn count(&self) -> usize;
}

macro_rules! bench_map {
    ($ty:ty, $name:expr, $new:expr) => {
        impl<K: BenchKey> BenchMap<K> for $ty {
            const NAME: &'static str = $name;
            fn with_capacity(n: usize) -> Self {
                let f: fn(usize) -> Self = $new;
                f(n)
            }
            // The adapter must be transparent: with a plain `#[inline]` LLVM kept it as a call
            // for maps whose `get` is larger, timing a call and register spills that code
            // calling `get` directly does not pay (0.9 ns of gomap's 4.7 ns in-cache str hit).
            #[inline(always)]
            fn put(&mut self, k: K, v: u64) {
                self.insert(k, v);
            }
            #[inline(always)]
            fn lookup(&self, k: &K) -> Option<u64> {
                self.get(k.q()).copied()
            }
            #[inline(always)]
            fn delete(&mut self, k: &K) -> Option<u64> {
                self.remove(k.q())
            }
            fn sum(&self) -> u64 {
                self.iter().fold(0u64, |a, (_, v)| a.wrapping_add(*v))
            }
            fn count(&self) -> usize {
                self.len()
            }
        }
    };
}

bench_map!(gomap::GoMap<K, u64>, "gomap", gomap::GoMap::with_capacity);
bench_map!(std::collections::HashMap<K, u64>, "std", std::collections::HashMap::with_capacity);
bench_map!(hashbrown::HashMap<K, u64>, "hashbrown", hashbrown::HashMap::with_capacity);
bench_map!(griddle::HashMap<K, u64>, "griddle", griddle::HashMap::with_capacity);
