//! Per-insert latency while growing from empty: times every single insert into one map and
//! reports the distribution, where the worst insert happened and the memory used.
//!
//! Usage: cargo bench -p gomap --bench latency -- IMPL KEY [N]
//!   IMPL: gomap | hashbrown | griddle | std      KEY: u64 | str      N: default 1e7
//! One map per process, so that RSS figures belong to it. Output, one line:
//! `lat IMPL KEY N total_ns_per_insert p50 p99 p99.9 p99.99 max_ns max_at over_1ms rss_mib peak_mib rss_bytes_per_entry live_bytes_per_entry`
//! (live bytes: the map's own memory at the end, counted by the allocator, plus what it holds
//! in OS reservations, which gomap reports).

mod common;

use common::{BenchMap, measuring, str_keys, u64_keys};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// Counts live heap bytes, so that every map's own memory can be reported exactly (RSS also
/// holds memory the allocator keeps after a free).
struct Live;

static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator and only counts.
unsafe impl GlobalAlloc for Live {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        LIVE.fetch_add(l.size(), Ordering::Relaxed);
        // SAFETY: same contract.
        unsafe { System.alloc(l) }
    }
    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        LIVE.fetch_add(l.size(), Ordering::Relaxed);
        // SAFETY: same contract.
        unsafe { System.alloc_zeroed(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
        // SAFETY: same contract.
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        LIVE.fetch_add(new, Ordering::Relaxed);
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
        // SAFETY: same contract.
        unsafe { System.realloc(p, l, new) }
    }
}

#[global_allocator]
static GLOBAL: Live = Live;

fn status_kib(field: &str) -> u64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// Memory a map holds outside the global allocator (OS reservations), which [`Live`] cannot see.
trait Reserved {
    fn reserved_bytes(&self) -> usize;
}

impl<K> Reserved for gomap::GoMap<K, u64> {
    fn reserved_bytes(&self) -> usize {
        self.stats().reserved_bytes
    }
}

macro_rules! allocator_only {
    ($($ty:ty),*) => {
        $(impl<K> Reserved for $ty {
            fn reserved_bytes(&self) -> usize {
                0
            }
        })*
    };
}

allocator_only!(
    std::collections::HashMap<K, u64>,
    hashbrown::HashMap<K, u64>,
    griddle::HashMap<K, u64>
);

fn run<K: Clone, M: BenchMap<K> + Reserved>(name: &str, key: &str, keys: &[K]) {
    let n = keys.len();
    // Preallocated and touched, so the buffer costs nothing inside the loop.
    let mut lat = vec![1u32; n];
    let rss0 = status_kib("VmRSS:");
    let live0 = LIVE.load(Ordering::Relaxed);
    let mut m = M::with_capacity(0);
    let start = Instant::now();
    for (i, k) in keys.iter().enumerate() {
        let t = Instant::now();
        m.put(k.clone(), i as u64);
        lat[i] = t.elapsed().as_nanos().min(u128::from(u32::MAX)) as u32;
    }
    let total = start.elapsed().as_nanos() as f64 / n as f64;
    let rss1 = status_kib("VmRSS:");
    let live = LIVE.load(Ordering::Relaxed) - live0 + m.reserved_bytes();
    let hwm = status_kib("VmHWM:");
    assert_eq!(m.count(), n);
    let (max_at, &max) = lat.iter().enumerate().max_by_key(|e| *e.1).unwrap();
    let over = lat.iter().filter(|&&l| l > 1_000_000).count();
    let mut sorted = lat.clone();
    sorted.sort_unstable();
    let q = |p: f64| sorted[((n as f64 * p) as usize).min(n - 1)];
    let rss = rss1.saturating_sub(rss0) as f64 / 1024.0;
    let peak = hwm.saturating_sub(rss0) as f64 / 1024.0;
    println!(
        "lat {name} {key} {n} {total:.0} {} {} {} {} {max} {max_at} {over} {rss:.0} {peak:.0} {:.1} {:.3}",
        q(0.5),
        q(0.99),
        q(0.999),
        q(0.9999),
        rss * 1024.0 * 1024.0 / n as f64,
        live as f64 / n as f64
    );
    // Untimed: the map that grew under measurement must still be right, and must empty.
    let expected_sum = (n as u64).wrapping_mul(n as u64 - 1) / 2;
    assert_eq!(m.sum(), expected_sum, "{}: values after growth", M::NAME);
    for (i, k) in keys.iter().enumerate() {
        assert_eq!(m.lookup(k), Some(i as u64), "{}: key {i} after growth", M::NAME);
    }
    for (i, k) in keys.iter().enumerate() {
        assert_eq!(m.delete(k), Some(i as u64), "{}: delete of key {i}", M::NAME);
    }
    assert_eq!(m.count(), 0);
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    if !measuring() {
        // Smoke pass for `cargo test --all-targets`: every map and key kind, 2,000 inserts.
        for imp in ["gomap", "hashbrown", "griddle", "std"] {
            for key in ["u64", "str"] {
                one(imp, key, 2_000);
            }
        }
        return;
    }
    if args.len() < 2 {
        eprintln!("usage: latency IMPL KEY [N]");
        std::process::exit(2);
    }
    let n = args.get(2).and_then(|s| s.parse::<f64>().ok()).map_or(10_000_000, |x| x as usize);
    one(&args[0], &args[1], n);
}

fn one(imp: &str, key: &str, n: usize) {
    macro_rules! go {
        ($k:ty, $keys:expr) => {
            match imp {
                "gomap" => run::<$k, gomap::GoMap<$k, u64>>(imp, key, $keys),
                "hashbrown" => run::<$k, hashbrown::HashMap<$k, u64>>(imp, key, $keys),
                "griddle" => run::<$k, griddle::HashMap<$k, u64>>(imp, key, $keys),
                "std" => run::<$k, std::collections::HashMap<$k, u64>>(imp, key, $keys),
                _ => panic!("unknown map {imp}"),
            }
        };
    }
    match key {
        "u64" => {
            let (keys, _) = u64_keys(n);
            go!(u64, &keys)
        }
        "str" => {
            let (s, _) = str_keys(n);
            let keys: Vec<&str> = s.iter().map(String::as_str).collect();
            go!(&str, &keys)
        }
        _ => panic!("unknown key kind {key}"),
    }
}
