//! Criterion benchmarks: gomap against std's HashMap, hashbrown and griddle on the workloads
//! of the issue (insert N distinct keys with and without a hint, lookup hit and miss, delete,
//! iterate) for u64 keys and 16-byte string keys, N = 1e3, 1e5, 1e6. The 1e7 runs and the Go
//! side are in scripts/bench-maps.sh.
//!
//! cargo bench -p gomap --bench maps [-- FILTER]

mod common;
#[path = "common/ops.rs"]
mod ops;

use common::{BenchMap, measuring, str_keys, u64_keys};
use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use ops::{delete_all, hits, insert, misses};
use std::hint::black_box;
use std::time::Duration;

fn workloads<K: Clone, M: BenchMap<K> + Clone>(
    c: &mut Criterion,
    key: &str,
    hit: &[K],
    miss: &[K],
) {
    let n = hit.len();
    let id = |w: &str| BenchmarkId::new(format!("{w}/{key}"), format!("{n}/{}", M::NAME));
    let mut g = c.benchmark_group("maps");
    g.throughput(Throughput::Elements(n as u64));
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(2));
    g.bench_function(id("insert"), |b| b.iter(|| black_box(insert::<K, M>(hit, false))));
    g.bench_function(id("insert_hint"), |b| b.iter(|| black_box(insert::<K, M>(hit, true))));
    let m = insert::<K, M>(hit, false);
    // The lookups below are only meaningful on a map that holds every key exactly once.
    assert_eq!(m.count(), n, "{}: distinct keys after inserting", M::NAME);
    g.bench_function(id("hit"), |b| b.iter(|| black_box(hits(&m, hit))));
    g.bench_function(id("miss"), |b| b.iter(|| black_box(misses(&m, miss))));
    g.bench_function(id("iterate"), |b| b.iter(|| black_box(m.sum())));
    g.bench_function(id("delete"), |b| {
        b.iter_batched(
            || m.clone(),
            |mut m| black_box(delete_all(&mut m, hit)),
            BatchSize::LargeInput,
        )
    });
    g.finish();
}

fn all(c: &mut Criterion) {
    // Under `cargo test --all-targets` criterion runs each routine once: keep that quick.
    let sizes: &[usize] = if measuring() { &[1_000, 100_000, 1_000_000] } else { &[1_000] };
    for &n in sizes {
        let (hit, miss) = u64_keys(n);
        workloads::<u64, gomap::GoMap<u64, u64>>(c, "u64", &hit, &miss);
        workloads::<u64, std::collections::HashMap<u64, u64>>(c, "u64", &hit, &miss);
        workloads::<u64, hashbrown::HashMap<u64, u64>>(c, "u64", &hit, &miss);
        workloads::<u64, griddle::HashMap<u64, u64>>(c, "u64", &hit, &miss);
        let (hs, ms) = str_keys(n);
        let hit: Vec<&str> = hs.iter().map(String::as_str).collect();
        let miss: Vec<&str> = ms.iter().map(String::as_str).collect();
        workloads::<&str, gomap::GoMap<&str, u64>>(c, "str", &hit, &miss);
        workloads::<&str, std::collections::HashMap<&str, u64>>(c, "str", &hit, &miss);
        workloads::<&str, hashbrown::HashMap<&str, u64>>(c, "str", &hit, &miss);
        workloads::<&str, griddle::HashMap<&str, u64>>(c, "str", &hit, &miss);
    }
}

criterion_group!(benches, all);
criterion_main!(benches);
