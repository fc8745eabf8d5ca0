//! `SyncMap`: every operation against a `HashMap` model (with normal and colliding hashes),
//! drop counting, panicking `Hash`/`Eq`/`Clone`, and multi-threaded stress with invariant checks.
//! Sizes scale with `GOMAP_SYNC_N` (default 2,000) so that the valgrind run stays short.

mod sync_map_support;

use gomap::SyncMap;
use proptest::prelude::*;
use std::collections::HashMap;
use std::hash::{BuildHasher, Hash, Hasher};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread;
use sync_map_support::{Colliding, scale};

#[derive(Clone, Debug)]
enum Op {
    Load(u64),
    Store(u64, u64),
    LoadOrStore(u64, u64),
    LoadAndDelete(u64),
    Delete(u64),
    Swap(u64, u64),
    CompareAndSwap(u64, u64, u64),
    CompareAndDelete(u64, u64),
    Clear,
}

fn op(keys: u64) -> impl Strategy<Value = Op> {
    let k = 0..keys;
    let v = 0..4u64;
    prop_oneof![
        4 => k.clone().prop_map(Op::Load),
        4 => (k.clone(), v.clone()).prop_map(|(k, v)| Op::Store(k, v)),
        3 => (k.clone(), v.clone()).prop_map(|(k, v)| Op::LoadOrStore(k, v)),
        2 => k.clone().prop_map(Op::LoadAndDelete),
        2 => k.clone().prop_map(Op::Delete),
        2 => (k.clone(), v.clone()).prop_map(|(k, v)| Op::Swap(k, v)),
        2 => (k.clone(), v.clone(), v.clone()).prop_map(|(k, o, n)| Op::CompareAndSwap(k, o, n)),
        2 => (k, v).prop_map(|(k, o)| Op::CompareAndDelete(k, o)),
        1 => Just(Op::Clear),
    ]
}

/// Applies `ops` to a `SyncMap` and to a `HashMap`; every answer and the final contents agree.
fn check_model<S: BuildHasher + Default>(ops: &[Op]) {
    let m: SyncMap<u64, u64, S> = SyncMap::default();
    let mut model = HashMap::new();
    for op in ops {
        match *op {
            Op::Load(k) => assert_eq!(m.load(&k), model.get(&k).copied(), "{op:?}"),
            Op::Store(k, v) => {
                m.store(k, v);
                model.insert(k, v);
            }
            Op::LoadOrStore(k, v) => {
                let want = model.get(&k).copied();
                if want.is_none() {
                    model.insert(k, v);
                }
                assert_eq!(m.load_or_store(k, v), want, "{op:?}");
            }
            Op::LoadAndDelete(k) => assert_eq!(m.load_and_delete(&k), model.remove(&k), "{op:?}"),
            Op::Delete(k) => assert_eq!(m.delete(&k), model.remove(&k).is_some(), "{op:?}"),
            Op::Swap(k, v) => assert_eq!(m.swap(k, v), model.insert(k, v), "{op:?}"),
            Op::CompareAndSwap(k, o, n) => {
                let want = model.get(&k) == Some(&o);
                if want {
                    model.insert(k, n);
                }
                assert_eq!(m.compare_and_swap(k, &o, n), want, "{op:?}");
            }
            Op::CompareAndDelete(k, o) => {
                let want = model.get(&k) == Some(&o);
                if want {
                    model.remove(&k);
                }
                assert_eq!(m.compare_and_delete(&k, &o), want, "{op:?}");
            }
            Op::Clear => {
                m.clear();
                model.clear();
            }
        }
        assert_eq!(m.len(), model.len());
    }
    m.check_invariants();
    let mut seen = HashMap::new();
    m.range(|k, v| {
        assert!(seen.insert(*k, *v).is_none(), "range visited {k} twice");
        true
    });
    assert_eq!(seen, model);
}

proptest! {
    #[test]
    fn model_default_hasher(ops in prop::collection::vec(op(40), 0..300)) {
        check_model::<gomap::DefaultHashBuilder>(&ops);
    }

    #[test]
    fn model_colliding_hasher(ops in prop::collection::vec(op(24), 0..300)) {
        check_model::<Colliding>(&ops);
    }
}

#[test]
fn grows_and_shrinks_back_to_an_empty_root() {
    let n = scale() * 10;
    let m: SyncMap<u64, u64> = (0..n).map(|i| (i, i * 2)).collect();
    assert_eq!(m.len(), n as usize);
    m.check_invariants();
    for i in 0..n {
        assert_eq!(m.load(&i), Some(i * 2));
    }
    for i in (0..n).step_by(2) {
        assert!(m.delete(&i));
    }
    m.check_invariants();
    for i in 0..n {
        assert_eq!(m.contains_key(&i), i % 2 == 1);
    }
    for i in (1..n).step_by(2) {
        assert_eq!(m.load_and_delete(&i), Some(i * 2));
    }
    // Pruning removed every indirect node but the root (check_invariants rejects empty ones).
    m.check_invariants();
    assert!(m.is_empty());
    let mut visited = 0;
    m.range(|_, _| {
        visited += 1;
        true
    });
    assert_eq!(visited, 0);
}

#[test]
fn range_stops_when_told_and_may_use_the_map() {
    let m: SyncMap<u64, u64> = (0..100).map(|i| (i, i)).collect();
    let mut calls = 0;
    m.range(|_, _| {
        calls += 1;
        calls < 10
    });
    assert_eq!(calls, 10);
    // Go's AdversarialDelete: delete from inside Range.
    m.range(|k, _| {
        m.delete(k);
        true
    });
    assert!(m.is_empty());
    m.check_invariants();
}

#[test]
fn std_conveniences() {
    let mut m: SyncMap<String, Vec<u8>> = SyncMap::new();
    m.extend([("a".to_string(), vec![1]), ("b".to_string(), vec![2, 3])]);
    assert_eq!(m.load("a"), Some(vec![1]));
    assert_eq!(m.load_with("b", Vec::len), Some(2));
    assert_eq!(format!("{:?}", SyncMap::<u8, u8>::new()), "{}");
    let one: SyncMap<u8, u8> = [(1, 2)].into_iter().collect();
    assert_eq!(format!("{one:?}"), "{1: 2}");
    assert_eq!(m.load_or_store_with("c".into(), || vec![9]), None);
    assert_eq!(m.load_or_store_with("c".into(), || unreachable!()), Some(vec![9]));
    fn assert_sync<T: Send + Sync>() {}
    assert_sync::<SyncMap<String, Vec<u8>>>();
}

/// A value that counts its live instances.
struct Counted<'a> {
    live: &'a AtomicUsize,
    n: u64,
}

impl<'a> Counted<'a> {
    fn new(live: &'a AtomicUsize, n: u64) -> Self {
        live.fetch_add(1, Ordering::Relaxed);
        Counted { live, n }
    }
}

impl Clone for Counted<'_> {
    fn clone(&self) -> Self {
        Counted::new(self.live, self.n)
    }
}

impl PartialEq for Counted<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.n == other.n
    }
}

impl Drop for Counted<'_> {
    fn drop(&mut self) {
        let before = self.live.fetch_sub(1, Ordering::Relaxed);
        assert!(before > 0, "dropped twice");
    }
}

#[test]
fn every_key_and_value_is_dropped_exactly_once() {
    let live = AtomicUsize::new(0);
    let n = scale();
    {
        let m: SyncMap<u64, Counted<'_>, Colliding> = SyncMap::default();
        thread::scope(|s| {
            for t in 0..4u64 {
                let (m, live) = (&m, &live);
                s.spawn(move || {
                    for i in 0..n {
                        let k = (i * 7 + t) % (n / 4 + 1);
                        match i % 7 {
                            0 => m.store(k, Counted::new(live, i)),
                            1 => drop(m.swap(k, Counted::new(live, i))),
                            2 => drop(m.load_or_store(k, Counted::new(live, i))),
                            3 => drop(m.load_and_delete(&k)),
                            4 => {
                                let _ = m.compare_and_swap(
                                    k,
                                    &Counted::new(live, i - 4),
                                    Counted::new(live, i),
                                );
                            }
                            5 => {
                                let _ = m.compare_and_delete(&k, &Counted::new(live, i - 2));
                            }
                            _ if i % 500 == 6 => m.clear(),
                            _ => drop(m.load(&k)),
                        }
                    }
                });
            }
        });
        m.check_invariants();
        let mut in_map = 0;
        m.range(|_, _| {
            in_map += 1;
            true
        });
        assert_eq!(in_map, m.len());
        // The map holds its values, and retired ones may still wait for reclamation.
        assert!(live.load(Ordering::Relaxed) >= in_map);
    }
    assert_eq!(live.load(Ordering::Relaxed), 0, "values leaked");
}

/// A key whose `Hash` or `Eq` panics while `ARMED` is set and the key is `PANICKY`.
#[derive(Clone, Debug)]
struct Touchy(u64);

static ARMED: AtomicBool = AtomicBool::new(false);
const PANICKY: u64 = 7;

impl Hash for Touchy {
    fn hash<H: Hasher>(&self, h: &mut H) {
        if ARMED.load(Ordering::Relaxed) && self.0 == PANICKY {
            panic!("hash of {}", self.0);
        }
        // Four values only: chains of equal hashes, where `Eq` runs under a node's lock.
        (self.0 % 4).hash(h);
    }
}

impl PartialEq for Touchy {
    fn eq(&self, other: &Self) -> bool {
        if ARMED.load(Ordering::Relaxed) && (self.0 == PANICKY + 100 || other.0 == PANICKY + 100) {
            panic!("eq of {} and {}", self.0, other.0);
        }
        self.0 == other.0
    }
}

impl Eq for Touchy {}

#[test]
fn panicking_hash_or_eq_leaves_the_map_intact() {
    let live = AtomicUsize::new(0);
    {
        let m: SyncMap<Touchy, Counted<'_>> = SyncMap::new();
        for i in 0..40 {
            m.store(Touchy(i), Counted::new(&live, i));
        }
        ARMED.store(true, Ordering::Relaxed);
        let panicky = Touchy(PANICKY);
        let eq_panicky = Touchy(PANICKY + 100);
        let ops: Vec<Box<dyn Fn()>> = vec![
            Box::new(|| drop(m.load(&panicky))),
            Box::new(|| m.store(panicky.clone(), Counted::new(&live, 0))),
            Box::new(|| drop(m.swap(panicky.clone(), Counted::new(&live, 0)))),
            Box::new(|| {
                let _ = m.delete(&panicky);
            }),
            Box::new(|| drop(m.load(&eq_panicky))),
            Box::new(|| m.store(eq_panicky.clone(), Counted::new(&live, 0))),
            Box::new(|| drop(m.load_or_store(eq_panicky.clone(), Counted::new(&live, 0)))),
            Box::new(|| drop(m.load_and_delete(&eq_panicky))),
            Box::new(|| {
                let _ = m.compare_and_swap(
                    eq_panicky.clone(),
                    &Counted::new(&live, 3),
                    Counted::new(&live, 0),
                );
            }),
            Box::new(|| {
                let _ = m.compare_and_delete(&eq_panicky, &Counted::new(&live, 3));
            }),
        ];
        for (i, op) in ops.iter().enumerate() {
            assert!(catch_unwind(AssertUnwindSafe(op)).is_err(), "op {i} did not panic");
        }
        drop(ops);
        ARMED.store(false, Ordering::Relaxed);
        // Nothing changed, and the map still works (its mutexes' poisoning is ignored).
        m.check_invariants();
        assert_eq!(m.len(), 40);
        for i in 0..40 {
            assert_eq!(m.load_with(&Touchy(i), |v| v.n), Some(i));
        }
        assert!(m.delete(&Touchy(PANICKY + 100)) == (PANICKY + 100 < 40));
        m.store(Touchy(PANICKY + 100), Counted::new(&live, 1));
        m.check_invariants();
        assert_eq!(live.load(Ordering::Relaxed), 41);
    }
    assert_eq!(live.load(Ordering::Relaxed), 0);
}

#[test]
fn threads_on_disjoint_and_shared_keys() {
    let n = scale();
    let m: SyncMap<u64, u64> = SyncMap::new();
    let threads = 4u64;
    thread::scope(|s| {
        for t in 0..threads {
            let m = &m;
            s.spawn(move || {
                // Disjoint keys: each thread's own, inserted, checked, half deleted.
                for i in 0..n {
                    m.store(t << 32 | i, i);
                }
                for i in 0..n {
                    assert_eq!(m.load(&(t << 32 | i)), Some(i));
                    if i % 2 == 0 {
                        assert_eq!(m.load_and_delete(&(t << 32 | i)), Some(i));
                    }
                }
                // Shared keys: a counter per key advanced by compare-and-swap.
                for i in 0..n {
                    let k = 1 << 40 | (i % 8);
                    loop {
                        match m.load_or_store(k, 1) {
                            None => break,
                            Some(v) if m.compare_and_swap(k, &v, v + 1) => break,
                            Some(_) => {}
                        }
                    }
                }
            });
        }
    });
    m.check_invariants();
    let mut total = 0;
    for k in 0..8 {
        total += m.load(&(1 << 40 | k)).unwrap();
    }
    assert_eq!(total, threads * n, "a compare-and-swap increment was lost");
    assert_eq!(m.len() as u64, threads * (n / 2) + 8);
    for t in 0..threads {
        for i in 0..n {
            assert_eq!(m.contains_key(&(t << 32 | i)), i % 2 == 1);
        }
    }
}

#[test]
fn range_visits_each_key_at_most_once_while_others_write() {
    let n = scale();
    let m: SyncMap<u64, u64, Colliding> = SyncMap::default();
    for i in 0..n {
        m.store(i, i);
    }
    let stop = AtomicBool::new(false);
    thread::scope(|s| {
        s.spawn(|| {
            let mut i = 0u64;
            while !stop.load(Ordering::Relaxed) {
                let k = i % (2 * n);
                if i % 3 == 0 {
                    m.delete(&k);
                } else {
                    m.store(k, i);
                }
                i += 1;
            }
        });
        for _ in 0..20 {
            let mut seen = std::collections::HashSet::new();
            m.range(|k, _| {
                assert!(seen.insert(*k), "key {k} visited twice");
                true
            });
        }
        stop.store(true, Ordering::Relaxed);
    });
    m.check_invariants();
}

#[test]
fn clear_racing_writers_keeps_the_trie_whole() {
    let n = scale();
    let live = AtomicUsize::new(0);
    {
        let m: SyncMap<u64, Counted<'_>, Colliding> = SyncMap::default();
        thread::scope(|s| {
            for t in 0..3u64 {
                let (m, live) = (&m, &live);
                s.spawn(move || {
                    for i in 0..n {
                        if t == 0 && i % 64 == 0 {
                            m.clear();
                        } else if i % 4 == 0 {
                            m.delete(&(i % 50));
                        } else {
                            m.store(i % 50 + t, Counted::new(live, i));
                        }
                    }
                });
            }
        });
        m.check_invariants();
    }
    assert_eq!(live.load(Ordering::Relaxed), 0);
}
