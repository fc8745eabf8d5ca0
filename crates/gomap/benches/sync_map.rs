//! SyncMap against concurrent peers on Go's `sync.Map` benchmark shapes (`src/sync/map_bench_test.go`
//! of Go 1.26), and the per-store latency while a map grows. tools/syncmap_bench runs the same
//! shapes on Go's own `sync.Map`; scripts/bench-syncmap.sh runs both and prints the table.
//!
//! Usage: cargo bench -p gomap --bench sync_map -- ops [ROUNDS]   (default 5)
//!        cargo bench -p gomap --bench sync_map -- lat [N] [RUNS]  (default 1e6 stores, 3 runs)
//! Output lines: `ops SHAPE THREADS IMPL ns_per_op` (the median over the rounds, peers
//! interleaved within each round) and `lat IMPL N p50 p99 p99.9 p99.99 max_ns`.
//! Every map uses its own default hasher. Without `--bench` (a test run) it does a smoke pass.

use gomap::{GoMap, SyncMap};
use std::collections::HashMap;
use std::hint::black_box;
use std::sync::{Barrier, Mutex, RwLock};
use std::thread;
use std::time::Instant;

fn measuring() -> bool {
    std::env::args().any(|a| a == "--bench")
}

/// The operations the shapes use, in Go's terms; `u64` keys and values, as Go's `int`s.
trait Map: Default + Sync {
    const NAME: &'static str;
    fn load(&self, k: u64) -> Option<u64>;
    fn store(&self, k: u64, v: u64);
    /// `Some(existing)` when loaded.
    fn load_or_store(&self, k: u64, v: u64) -> Option<u64>;
    fn delete(&self, k: u64);
    /// Go's `Range` over every entry; returns the number visited.
    fn range_all(&self) -> usize;
    /// Go's `Range(func(k, _) bool { m.Delete(k); return false })`: the first key Range meets.
    fn first_key(&self) -> Option<u64>;
}

impl Map for SyncMap<u64, u64> {
    const NAME: &'static str = "SyncMap";
    fn load(&self, k: u64) -> Option<u64> {
        SyncMap::load(self, &k)
    }
    fn store(&self, k: u64, v: u64) {
        SyncMap::store(self, k, v)
    }
    fn load_or_store(&self, k: u64, v: u64) -> Option<u64> {
        SyncMap::load_or_store(self, k, v)
    }
    fn delete(&self, k: u64) {
        SyncMap::delete(self, &k);
    }
    fn range_all(&self) -> usize {
        let mut n = 0;
        self.range(|_, v| {
            black_box(v);
            n += 1;
            true
        });
        n
    }
    fn first_key(&self) -> Option<u64> {
        let mut first = None;
        self.range(|k, _| {
            first = Some(*k);
            false
        });
        first
    }
}

/// A std-shaped map behind a lock, as Go's `RWMutexMap` (map_reference_test.go): lookups take
/// the shared side (`$read`), a `LoadOrStore` that misses then takes the exclusive side.
macro_rules! locked_map {
    ($ty:ty, $name:literal, $read:ident, $write:ident) => {
        impl Map for $ty {
            const NAME: &'static str = $name;
            fn load(&self, k: u64) -> Option<u64> {
                self.$read().unwrap().get(&k).copied()
            }
            fn store(&self, k: u64, v: u64) {
                self.$write().unwrap().insert(k, v);
            }
            fn load_or_store(&self, k: u64, v: u64) -> Option<u64> {
                if let Some(&old) = self.$read().unwrap().get(&k) {
                    return Some(old);
                }
                let mut m = self.$write().unwrap();
                match m.get(&k) {
                    Some(&old) => Some(old),
                    None => {
                        m.insert(k, v);
                        None
                    }
                }
            }
            fn delete(&self, k: u64) {
                self.$write().unwrap().remove(&k);
            }
            fn range_all(&self) -> usize {
                self.$read()
                    .unwrap()
                    .values()
                    .inspect(|v| {
                        black_box(v);
                    })
                    .count()
            }
            fn first_key(&self) -> Option<u64> {
                self.$read().unwrap().keys().next().copied()
            }
        }
    };
}

type RwLockHashMap = RwLock<HashMap<u64, u64>>;
type MutexGoMap = Mutex<GoMap<u64, u64>>;
locked_map!(RwLockHashMap, "RwLock<HashMap>", read, write);
locked_map!(MutexGoMap, "Mutex<GoMap>", lock, lock);

impl Map for dashmap::DashMap<u64, u64> {
    const NAME: &'static str = "dashmap";
    fn load(&self, k: u64) -> Option<u64> {
        self.get(&k).map(|r| *r)
    }
    fn store(&self, k: u64, v: u64) {
        self.insert(k, v);
    }
    fn load_or_store(&self, k: u64, v: u64) -> Option<u64> {
        if let Some(old) = self.get(&k) {
            return Some(*old);
        }
        match self.entry(k) {
            dashmap::Entry::Occupied(o) => Some(*o.get()),
            dashmap::Entry::Vacant(e) => {
                e.insert(v);
                None
            }
        }
    }
    fn delete(&self, k: u64) {
        self.remove(&k);
    }
    fn range_all(&self) -> usize {
        self.iter()
            .inspect(|r| {
                black_box(*r.value());
            })
            .count()
    }
    fn first_key(&self) -> Option<u64> {
        self.iter().next().map(|r| *r.key())
    }
}

impl Map for papaya::HashMap<u64, u64> {
    const NAME: &'static str = "papaya";
    fn load(&self, k: u64) -> Option<u64> {
        self.pin().get(&k).copied()
    }
    fn store(&self, k: u64, v: u64) {
        self.pin().insert(k, v);
    }
    fn load_or_store(&self, k: u64, v: u64) -> Option<u64> {
        let m = self.pin();
        if let Some(&old) = m.get(&k) {
            return Some(old);
        }
        m.try_insert(k, v).err().map(|e| *e.current)
    }
    fn delete(&self, k: u64) {
        self.pin().remove(&k);
    }
    fn range_all(&self) -> usize {
        self.pin()
            .iter()
            .inspect(|(_, v)| {
                black_box(*v);
            })
            .count()
    }
    fn first_key(&self) -> Option<u64> {
        self.pin().iter().next().map(|(k, _)| *k)
    }
}

impl Map for scc::HashMap<u64, u64> {
    const NAME: &'static str = "scc";
    fn load(&self, k: u64) -> Option<u64> {
        self.read_sync(&k, |_, v| *v)
    }
    fn store(&self, k: u64, v: u64) {
        self.upsert_sync(k, v);
    }
    fn load_or_store(&self, k: u64, v: u64) -> Option<u64> {
        if let Some(old) = self.read_sync(&k, |_, v| *v) {
            return Some(old);
        }
        match self.entry_sync(k) {
            scc::hash_map::Entry::Occupied(o) => Some(*o.get()),
            scc::hash_map::Entry::Vacant(e) => {
                e.insert_entry(v);
                None
            }
        }
    }
    fn delete(&self, k: u64) {
        self.remove_sync(&k);
    }
    fn range_all(&self) -> usize {
        let mut n = 0;
        self.iter_sync(|_, v| {
            black_box(v);
            n += 1;
            true
        });
        n
    }
    fn first_key(&self) -> Option<u64> {
        let mut first = None;
        self.iter_sync(|k, _| {
            first = Some(*k);
            false
        });
        first
    }
}

/// Go's benchmark shapes: `setup` fills the map untimed; `per_thread(m, i, n)` is one
/// goroutine's loop of `n` iterations starting at `i` (Go's `id * b.N`).
struct Shape {
    name: &'static str,
    /// Total iterations over all threads when measuring.
    ops: usize,
    setup: fn(&dyn Fn(u64, u64)),
}

fn setup_load(hits: u64) -> impl Fn(&dyn Fn(u64, u64)) {
    move |store| (0..hits).for_each(|i| store(i, i))
}

const SHAPES: [Shape; 9] = [
    Shape { name: "LoadMostlyHits", ops: 4_000_000, setup: |s| setup_load(1023)(s) },
    Shape { name: "LoadMostlyMisses", ops: 4_000_000, setup: |s| setup_load(1)(s) },
    Shape { name: "LoadOrStoreBalanced", ops: 1_000_000, setup: |s| setup_load(128)(s) },
    Shape { name: "LoadOrStoreUnique", ops: 500_000, setup: |_| {} },
    Shape { name: "LoadOrStoreCollision", ops: 4_000_000, setup: |s| s(0, 0) },
    Shape { name: "Range", ops: 4_000, setup: |s| setup_load(1 << 10)(s) },
    Shape { name: "AdversarialAlloc", ops: 2_000_000, setup: |_| {} },
    Shape { name: "AdversarialDelete", ops: 2_000_000, setup: |s| setup_load(1 << 10)(s) },
    Shape { name: "DeleteCollision", ops: 4_000_000, setup: |s| s(0, 0) },
];

/// One goroutine's loop of a shape (the bodies of map_bench_test.go's `perG`).
fn per_thread<M: Map>(shape: &str, m: &M, mut i: u64, n: usize) {
    match shape {
        "LoadMostlyHits" | "LoadMostlyMisses" => {
            for _ in 0..n {
                black_box(m.load(i % 1024));
                i += 1;
            }
        }
        "LoadOrStoreBalanced" => {
            for _ in 0..n {
                let j = i % 256;
                if j < 128 {
                    assert!(m.load_or_store(j, i).is_some(), "unexpected miss for {j}");
                } else {
                    assert!(m.load_or_store(i, i).is_none(), "failed to store {i}");
                }
                i += 1;
            }
        }
        "LoadOrStoreUnique" => {
            for _ in 0..n {
                black_box(m.load_or_store(i, i));
                i += 1;
            }
        }
        "LoadOrStoreCollision" => {
            for _ in 0..n {
                black_box(m.load_or_store(0, 0));
            }
        }
        "Range" => {
            for _ in 0..n {
                black_box(m.range_all());
            }
        }
        "AdversarialAlloc" => {
            let (mut stores, mut loads_since_store) = (0u64, 0u64);
            for _ in 0..n {
                black_box(m.load(i));
                loads_since_store += 1;
                if loads_since_store > stores {
                    black_box(m.load_or_store(i, stores));
                    loads_since_store = 0;
                    stores += 1;
                }
                i += 1;
            }
        }
        "AdversarialDelete" => {
            for _ in 0..n {
                black_box(m.load(i));
                if i % (1 << 10) == 0 {
                    if let Some(k) = m.first_key() {
                        m.delete(k);
                    }
                    m.store(i, i);
                }
                i += 1;
            }
        }
        "DeleteCollision" => {
            for _ in 0..n {
                m.delete(0);
            }
        }
        _ => unreachable!("unknown shape {shape}"),
    }
}

/// Runs `shape` on a fresh map with `threads` threads; ns per iteration (wall time / total).
fn run_shape<M: Map>(shape: &Shape, threads: usize, ops: usize) -> f64 {
    let m = M::default();
    (shape.setup)(&|k, v| m.store(k, v));
    let per = ops / threads;
    let start = Barrier::new(threads + 1);
    let ns = thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|id| {
                let (m, start) = (&m, &start);
                s.spawn(move || {
                    start.wait();
                    per_thread(shape.name, m, (id * per) as u64, per);
                })
            })
            .collect();
        start.wait();
        let t = Instant::now();
        for h in handles {
            h.join().unwrap();
        }
        t.elapsed().as_nanos() as f64
    });
    drop(m);
    settle_allocator();
    ns / (per * threads) as f64
}

/// Gives the freed map's memory back before the next run is timed: glibc consolidates freed
/// small chunks lazily, inside some later `malloc`, and in a profile of LoadOrStoreBalanced that
/// was 30 % of the timed run of the map measured after a map of 500,000 small allocations.
fn settle_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `malloc_trim` only consolidates and releases free heap memory; no allocation is
    // in use by another thread (the run's threads have joined).
    unsafe {
        libc::malloc_trim(0);
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

type Runner = fn(&Shape, usize, usize) -> f64;

const IMPLS: [(&str, Runner); 6] = [
    (<SyncMap<u64, u64>>::NAME, run_shape::<SyncMap<u64, u64>>),
    (RwLockHashMap::NAME, run_shape::<RwLockHashMap>),
    (MutexGoMap::NAME, run_shape::<MutexGoMap>),
    ("dashmap", run_shape::<dashmap::DashMap<u64, u64>>),
    ("papaya", run_shape::<papaya::HashMap<u64, u64>>),
    ("scc", run_shape::<scc::HashMap<u64, u64>>),
];

fn ops(rounds: usize) {
    let scale = if measuring() { 1 } else { 1000 };
    // `ONLY=SyncMap,Range` keeps the implementations and shapes named (for profiling).
    let only = std::env::var("ONLY").ok();
    let wanted = |name: &str| only.as_ref().is_none_or(|o| o.split(',').any(|w| w == name));
    let any_impl = IMPLS.iter().any(|(n, _)| wanted(n));
    let any_shape = SHAPES.iter().any(|s| wanted(s.name));
    let mut results: Vec<Vec<f64>> = vec![Vec::new(); SHAPES.len() * 2 * IMPLS.len()];
    for _ in 0..rounds {
        for (s, shape) in SHAPES.iter().enumerate() {
            for (t, threads) in [1, 2].into_iter().enumerate() {
                for (p, (name, run)) in IMPLS.iter().enumerate() {
                    if (any_impl && !wanted(name)) || (any_shape && !wanted(shape.name)) {
                        continue;
                    }
                    let ns = run(shape, threads, (shape.ops / scale).max(threads));
                    results[(s * 2 + t) * IMPLS.len() + p].push(ns);
                }
            }
        }
    }
    for (s, shape) in SHAPES.iter().enumerate() {
        for (t, threads) in [1, 2].into_iter().enumerate() {
            for (p, (name, _)) in IMPLS.iter().enumerate() {
                let v = std::mem::take(&mut results[(s * 2 + t) * IMPLS.len() + p]);
                if v.is_empty() {
                    continue;
                }
                println!("ops {} {threads} {} {:.2}", shape.name, name.replace(' ', ""), median(v));
            }
        }
    }
}

/// Times every store of keys 0..n into an empty map (a growing map's tail latency).
fn store_latency<M: Map>(n: u64) -> Vec<u64> {
    let m = M::default();
    let mut lat = Vec::with_capacity(n as usize);
    for i in 0..n {
        let t = Instant::now();
        m.store(i, i);
        lat.push(t.elapsed().as_nanos() as u64);
    }
    drop(m);
    lat.sort_unstable();
    lat
}

fn lat(n: u64, runs: usize) {
    type LatRunner = fn(u64) -> Vec<u64>;
    let impls: [(&str, LatRunner); 6] = [
        ("SyncMap", store_latency::<SyncMap<u64, u64>>),
        ("RwLock<HashMap>", store_latency::<RwLockHashMap>),
        ("Mutex<GoMap>", store_latency::<MutexGoMap>),
        ("dashmap", store_latency::<dashmap::DashMap<u64, u64>>),
        ("papaya", store_latency::<papaya::HashMap<u64, u64>>),
        ("scc", store_latency::<scc::HashMap<u64, u64>>),
    ];
    for _ in 0..runs {
        for (name, run) in impls {
            let l = run(n);
            let q = |p: f64| l[((l.len() as f64 * p) as usize).min(l.len() - 1)];
            println!(
                "lat {name} {n} {} {} {} {} {}",
                q(0.5),
                q(0.99),
                q(0.999),
                q(0.9999),
                l.last().unwrap()
            );
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let num =
        |i: usize, default: f64| args.get(i).and_then(|a| a.parse::<f64>().ok()).unwrap_or(default);
    match args.first().map(String::as_str) {
        Some("lat") => lat(num(1, 1e6) as u64, num(2, 3.0) as usize),
        Some("ops") => ops(num(1, 5.0) as usize),
        _ if !measuring() => {
            ops(1);
            lat(1000, 1);
        }
        _ => ops(5),
    }
}
