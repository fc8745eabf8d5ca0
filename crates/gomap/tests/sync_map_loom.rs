//! Loom models of `SyncMap`'s trie protocol: inserts racing a split (expansion) and each other,
//! deletes racing loads and the pruning of emptied nodes, writes racing `clear`, and the
//! compare operations' exactly-once outcomes. Every interleaving up to the preemption bound is
//! explored. Run with `RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=target/loom cargo test -p gomap
//! --test sync_map_loom --release` (scripts/test.sh does); without `--cfg loom` this file is
//! empty.
#![cfg(loom)]

use gomap::SyncMap;
use loom::thread;
use std::hash::{BuildHasher, Hasher};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Hashes a `u64` key to itself without its low byte: keys choose their own trie paths, and
/// keys that differ only in the low byte collide fully.
#[derive(Clone, Copy, Default)]
struct Chosen;

struct ChosenHasher(u64);

impl Hasher for ChosenHasher {
    fn finish(&self) -> u64 {
        self.0 & !0xff
    }
    fn write(&mut self, _: &[u8]) {
        unreachable!("only u64 keys")
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

impl BuildHasher for Chosen {
    type Hasher = ChosenHasher;
    fn build_hasher(&self) -> ChosenHasher {
        ChosenHasher(0)
    }
}

/// Same top digit, different second digit: the second one inserted splits the root's slot.
const A: u64 = 0x1000_0000_0000_0000;
const B: u64 = 0x1100_0000_0000_0000;
/// The same full hash as `A`: a chain.
const A2: u64 = A | 1;

type Map = SyncMap<u64, u64, Chosen>;

/// Explores every interleaving of `f`, and checks that there were many: a model that loom runs
/// once would mean the map's primitives are not loom's.
fn model(f: impl Fn() + Sync + Send + 'static) {
    let mut builder = loom::model::Builder::new();
    // Three threads explored without a bound take hours; with three preemptions the models
    // take about 10 s, and each bug injected so far failed (a writer ignoring `dead`, a `clear`
    // that does not set it).
    builder.preemption_bound = Some(3);
    let runs = Arc::new(AtomicUsize::new(0));
    let counted = Arc::clone(&runs);
    builder.check(move || {
        counted.fetch_add(1, Ordering::Relaxed);
        f()
    });
    let runs = runs.load(Ordering::Relaxed);
    eprintln!("{runs} interleavings");
    assert!(runs > 10, "loom explored only {runs} interleavings");
}

type Racer = Box<dyn FnOnce(&Map) + Send>;

/// A map holding `entries`.
fn map(entries: &[(u64, u64)]) -> Arc<Map> {
    let m = Map::default();
    for &(k, v) in entries {
        m.store(k, v);
    }
    Arc::new(m)
}

/// Runs each racer on a loom thread of its own while `main` runs on this one, then joins them.
fn race(m: &Arc<Map>, racers: Vec<Racer>, main: impl FnOnce(&Map)) {
    let handles: Vec<_> = racers
        .into_iter()
        .map(|racer| {
            let m = Arc::clone(m);
            thread::spawn(move || racer(&m))
        })
        .collect();
    main(m);
    for h in handles {
        h.join().unwrap();
    }
}

#[test]
fn inserts_racing_a_split_both_land_and_a_reader_sees_whole_entries() {
    model(|| {
        let m = map(&[]);
        let racers: Vec<Racer> = vec![
            Box::new(|m| m.store(A, 1)),
            Box::new(|m| assert_eq!(m.load_or_store(B, 2), None)),
            Box::new(|m| m.store(A2, 3)),
        ];
        race(&m, racers, |m| {
            let seen = m.load(&A);
            assert!(seen.is_none() || seen == Some(1), "{seen:?}");
        });
        assert_eq!((m.load(&A), m.load(&B), m.load(&A2)), (Some(1), Some(2), Some(3)));
        m.check_invariants();
    });
}

#[test]
fn insert_into_a_chain_racing_a_replace_in_it() {
    model(|| {
        let m = map(&[(A, 1)]);
        let racers: Vec<Racer> =
            vec![Box::new(|m| m.store(A2, 2)), Box::new(|m| assert_eq!(m.swap(A, 3), Some(1)))];
        race(&m, racers, |m| {
            let seen = m.load(&A);
            assert!(seen == Some(1) || seen == Some(3), "{seen:?}");
        });
        assert_eq!((m.load(&A), m.load(&A2)), (Some(3), Some(2)));
        m.check_invariants();
    });
}

#[test]
fn delete_and_prune_racing_a_load_and_a_reinsert() {
    model(|| {
        let m = map(&[(A, 1), (B, 2)]);
        let racers: Vec<Racer> = vec![
            // Empties the node the split made, which is then pruned.
            Box::new(|m| {
                assert_eq!(m.load_and_delete(&A), Some(1));
                assert!(m.delete(&B));
            }),
            // Races the prune: must not write into the dead node.
            Box::new(|m| m.store(A2, 5)),
        ];
        race(&m, racers, |m| {
            let seen = m.load(&B);
            assert!(seen.is_none() || seen == Some(2), "{seen:?}");
        });
        assert_eq!((m.load(&A), m.load(&B), m.load(&A2)), (None, None, Some(5)));
        m.check_invariants();
    });
}

#[test]
fn store_racing_clear_is_either_cleared_or_kept_whole() {
    model(|| {
        let m = map(&[(B, 2)]);
        let racers: Vec<Racer> = vec![Box::new(|m| m.store(A, 1)), Box::new(|m| m.clear())];
        race(&m, racers, |_| {});
        assert_eq!(m.load(&B), None);
        let a = m.load(&A);
        assert!(a.is_none() || a == Some(1));
        assert_eq!(m.len(), usize::from(a.is_some()));
        m.check_invariants();
    });
}

#[test]
fn racing_load_or_store_and_compare_and_swap_succeed_once() {
    model(|| {
        let m = map(&[(B, 0)]);
        let stored = Arc::new(AtomicUsize::new(0));
        let swapped = Arc::new(AtomicUsize::new(0));
        let racers: Vec<Racer> = (0..2u64)
            .map(|t| {
                let (stored, swapped) = (Arc::clone(&stored), Arc::clone(&swapped));
                Box::new(move |m: &Map| {
                    if m.load_or_store(A, 10 + t).is_none() {
                        stored.fetch_add(1, Ordering::Relaxed);
                    }
                    if m.compare_and_swap(B, &0, t + 1) {
                        swapped.fetch_add(1, Ordering::Relaxed);
                    }
                }) as Racer
            })
            .collect();
        race(&m, racers, |_| {});
        assert_eq!(stored.load(Ordering::Relaxed), 1, "exactly one load_or_store stores");
        assert_eq!(swapped.load(Ordering::Relaxed), 1, "exactly one compare_and_swap swaps");
        assert!(matches!(m.load(&A), Some(10 | 11)));
        assert!(matches!(m.load(&B), Some(1 | 2)));
        m.check_invariants();
    });
}

#[test]
fn clear_racing_a_prune_and_an_insert_below_it() {
    model(|| {
        let m = map(&[(A, 1), (B, 2)]);
        let racers: Vec<Racer> = vec![
            Box::new(|m| {
                m.delete(&A);
                m.delete(&B);
            }),
            Box::new(|m| m.clear()),
            Box::new(|m| m.store(A2, 3)),
        ];
        race(&m, racers, |_| {});
        assert_eq!((m.load(&A), m.load(&B)), (None, None));
        assert_eq!(m.len(), usize::from(m.contains_key(&A2)));
        m.check_invariants();
    });
}
