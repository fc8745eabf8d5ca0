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

#[test]
fn inserts_racing_a_split_both_land_and_a_reader_sees_whole_entries() {
    model(|| {
        let m = Arc::new(Map::default());
        let m1 = Arc::clone(&m);
        let t1 = thread::spawn(move || m1.store(A, 1));
        let m2 = Arc::clone(&m);
        let t2 = thread::spawn(move || assert_eq!(m2.load_or_store(B, 2), None));
        let m3 = Arc::clone(&m);
        let t3 = thread::spawn(move || m3.store(A2, 3));
        let seen = m.load(&A);
        assert!(seen.is_none() || seen == Some(1), "{seen:?}");
        t1.join().unwrap();
        t2.join().unwrap();
        t3.join().unwrap();
        assert_eq!((m.load(&A), m.load(&B), m.load(&A2)), (Some(1), Some(2), Some(3)));
        m.check_invariants();
    });
}

#[test]
fn insert_into_a_chain_racing_a_replace_in_it() {
    model(|| {
        let m = Arc::new(Map::default());
        m.store(A, 1);
        let m1 = Arc::clone(&m);
        let t1 = thread::spawn(move || m1.store(A2, 2));
        let m2 = Arc::clone(&m);
        let t2 = thread::spawn(move || assert_eq!(m2.swap(A, 3), Some(1)));
        let seen = m.load(&A);
        assert!(seen == Some(1) || seen == Some(3), "{seen:?}");
        t1.join().unwrap();
        t2.join().unwrap();
        assert_eq!((m.load(&A), m.load(&A2)), (Some(3), Some(2)));
        m.check_invariants();
    });
}

#[test]
fn delete_and_prune_racing_a_load_and_a_reinsert() {
    model(|| {
        let m = Arc::new(Map::default());
        m.store(A, 1);
        m.store(B, 2);
        let m1 = Arc::clone(&m);
        // Empties the node the split made, which is then pruned.
        let t1 = thread::spawn(move || {
            assert_eq!(m1.load_and_delete(&A), Some(1));
            assert!(m1.delete(&B));
        });
        let m2 = Arc::clone(&m);
        // Races the prune: must not write into the dead node.
        let t2 = thread::spawn(move || m2.store(A2, 5));
        let seen = m.load(&B);
        assert!(seen.is_none() || seen == Some(2), "{seen:?}");
        t1.join().unwrap();
        t2.join().unwrap();
        assert_eq!((m.load(&A), m.load(&B), m.load(&A2)), (None, None, Some(5)));
        m.check_invariants();
    });
}

#[test]
fn store_racing_clear_is_either_cleared_or_kept_whole() {
    model(|| {
        let m = Arc::new(Map::default());
        m.store(B, 2);
        let m1 = Arc::clone(&m);
        let t1 = thread::spawn(move || m1.store(A, 1));
        let m2 = Arc::clone(&m);
        let t2 = thread::spawn(move || m2.clear());
        t1.join().unwrap();
        t2.join().unwrap();
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
        let m = Arc::new(Map::default());
        let handles: Vec<_> = (0..2u64)
            .map(|t| {
                let m = Arc::clone(&m);
                thread::spawn(move || {
                    let first = m.load_or_store(A, 10 + t).is_none();
                    let swapped =
                        m.compare_and_swap(B, &0, t + 1) || m.load_or_store(B, 0).is_some();
                    (first, swapped)
                })
            })
            .collect();
        let results: Vec<(bool, bool)> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        assert_eq!(results.iter().filter(|r| r.0).count(), 1, "exactly one load_or_store stores");
        let a = m.load(&A).unwrap();
        assert!(a == 10 || a == 11);
        m.check_invariants();
    });
}

#[test]
fn clear_racing_a_prune_and_an_insert_below_it() {
    model(|| {
        let m = Arc::new(Map::default());
        m.store(A, 1);
        m.store(B, 2);
        let m1 = Arc::clone(&m);
        let t1 = thread::spawn(move || {
            m1.delete(&A);
            m1.delete(&B);
        });
        let m2 = Arc::clone(&m);
        let t2 = thread::spawn(move || m2.clear());
        let m3 = Arc::clone(&m);
        let t3 = thread::spawn(move || m3.store(A2, 3));
        t1.join().unwrap();
        t2.join().unwrap();
        t3.join().unwrap();
        assert_eq!((m.load(&A), m.load(&B)), (None, None));
        assert_eq!(m.len(), usize::from(m.contains_key(&A2)));
        m.check_invariants();
    });
}
