//! Property tests: random operation sequences on GoMap against std's HashMap, with a good
//! hasher and with deliberately colliding ones (long overflow chains, same-size growth),
//! interleaving growth, shrinking, removal, iteration, clone and drain.

use crate::common::Weak;
use gomap::GoMap;
use proptest::prelude::*;
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

#[derive(Debug, Clone)]
enum Op {
    Insert(u16, u32),
    Remove(u16),
    Get(u16),
    GetMut(u16, u32),
    EntryAdd(u16, u32),
    EntryRemove(u16),
    Retain(u8),
    Iterate,
    Shrink,
    GrowWork(u8),
    AutoShrink(bool),
    Clear,
    Clone,
    Drain(u8),
}

fn op(keys: u16) -> impl Strategy<Value = Op> {
    let k = 0..keys;
    prop_oneof![
        30 => (k.clone(), any::<u32>()).prop_map(|(k, v)| Op::Insert(k, v)),
        12 => k.clone().prop_map(Op::Remove),
        6 => k.clone().prop_map(Op::Get),
        3 => (k.clone(), any::<u32>()).prop_map(|(k, v)| Op::GetMut(k, v)),
        5 => (k.clone(), any::<u32>()).prop_map(|(k, v)| Op::EntryAdd(k, v)),
        3 => k.prop_map(Op::EntryRemove),
        1 => (2..9u8).prop_map(Op::Retain),
        2 => Just(Op::Iterate),
        1 => Just(Op::Shrink),
        2 => (1..40u8).prop_map(Op::GrowWork),
        1 => any::<bool>().prop_map(Op::AutoShrink),
        1 => prop_oneof![Just(Op::Clear), Just(Op::Clone), any::<u8>().prop_map(Op::Drain)],
    ]
}

fn check<K, V, S>(m: &GoMap<K, V, S>, model: &HashMap<K, V>)
where
    K: Ord + Copy + std::hash::Hash + std::fmt::Debug,
    V: Ord + Copy + std::fmt::Debug,
    S: BuildHasher,
{
    assert_eq!(m.len(), model.len());
    let mut seen: Vec<(K, V)> = m.iter().map(|(k, v)| (*k, *v)).collect();
    assert_eq!(seen.len(), model.len(), "iteration length");
    seen.sort_unstable();
    let mut want: Vec<(K, V)> = model.iter().map(|(k, v)| (*k, *v)).collect();
    want.sort_unstable();
    assert_eq!(seen, want, "iteration contents");
    m.check_invariants();
}

fn run<S: BuildHasher + Clone>(hasher: S, seed: u64, ops: &[Op]) {
    let mut m: GoMap<u16, u32, S> = GoMap::with_capacity_hasher_and_seed(0, hasher, seed);
    let mut model: HashMap<u16, u32> = HashMap::new();
    for (n, op) in ops.iter().enumerate() {
        match *op {
            Op::Insert(k, v) => assert_eq!(m.insert(k, v), model.insert(k, v)),
            Op::Remove(k) => assert_eq!(m.remove(&k), model.remove(&k)),
            Op::Get(k) => {
                assert_eq!(m.get(&k), model.get(&k));
                assert_eq!(m.get_key_value(&k), model.get_key_value(&k));
                assert_eq!(m.contains_key(&k), model.contains_key(&k));
            }
            Op::GetMut(k, v) => {
                if let Some(x) = m.get_mut(&k) {
                    *x = v;
                }
                if let Some(x) = model.get_mut(&k) {
                    *x = v;
                }
            }
            Op::EntryAdd(k, v) => {
                let a = *m.entry(k).and_modify(|x| *x = x.wrapping_add(v)).or_insert(v);
                let b = *model.entry(k).and_modify(|x| *x = x.wrapping_add(v)).or_insert(v);
                assert_eq!(a, b);
            }
            Op::EntryRemove(k) => {
                let a = match m.entry(k) {
                    gomap::Entry::Occupied(o) => Some(o.remove_entry()),
                    gomap::Entry::Vacant(v) => {
                        assert_eq!(*v.key(), k);
                        None
                    }
                };
                assert_eq!(a, model.remove_entry(&k));
            }
            Op::Retain(d) => {
                m.retain(|k, v| u32::from(*k).wrapping_add(*v) % u32::from(d) != 0);
                model.retain(|k, v| u32::from(*k).wrapping_add(*v) % u32::from(d) != 0);
            }
            Op::Iterate => check(&m, &model),
            Op::Shrink => m.shrink_to_fit(),
            Op::GrowWork(n) => {
                m.grow_work(usize::from(n));
            }
            Op::AutoShrink(on) => m.set_auto_shrink(on),
            Op::Clear => {
                m.clear();
                model.clear();
            }
            Op::Clone => {
                let c = m.clone();
                assert_eq!(c.stats().b, m.stats().b);
                assert_eq!(c.stats().nevacuate, m.stats().nevacuate);
                check(&c, &model);
                assert!(c == m);
            }
            Op::Drain(take) => {
                let mut d = m.drain();
                for _ in 0..take {
                    match d.next() {
                        Some((k, v)) => assert_eq!(model.get(&k), Some(&v)),
                        None => break,
                    }
                }
                drop(d);
                model.clear();
                assert!(m.is_empty());
            }
        }
        if model.len() < 200 || n % 64 == 0 {
            m.check_invariants();
        }
    }
    check(&m, &model);
    m.finish_growth();
    assert!(!m.stats().growing);
    check(&m, &model);
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(48)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn matches_std_with_foldhash(seed: u64, ops in proptest::collection::vec(op(1500), 1..2500)) {
        run(foldhash::fast::FixedState::with_seed(seed), seed, &ops);
    }

    #[test]
    fn matches_std_with_colliding_hasher(bits in 0..4u32, seed: u64, ops in proptest::collection::vec(op(400), 1..1500)) {
        run(Weak { bits }, seed, &ops);
    }

    #[test]
    fn matches_std_with_small_key_space(seed: u64, ops in proptest::collection::vec(op(40), 1..600)) {
        run(Weak { bits: 2 }, seed, &ops);
    }
}

/// Counts growth starts by kind.
#[derive(Default)]
struct Kinds(Arc<[AtomicUsize; 3]>);

impl gomap::Observer for Kinds {
    fn growth_started(&mut self, e: &gomap::GrowthStarted) {
        let i = match e.kind {
            gomap::GrowthKind::Double => 0,
            gomap::GrowthKind::SameSize => 1,
            gomap::GrowthKind::Shrink => 2,
        };
        self.0[i].fetch_add(1, Ordering::Relaxed);
    }
}

fn counting<K, V, S>(m: &mut GoMap<K, V, S>) -> Arc<[AtomicUsize; 3]> {
    let kinds = Kinds::default();
    let counts = Arc::clone(&kinds.0);
    m.set_observer(Some(Box::new(kinds)));
    counts
}

fn kinds(counts: &[AtomicUsize; 3]) -> [usize; 3] {
    [0, 1, 2].map(|i| counts[i].load(Ordering::Relaxed))
}

/// Long deterministic runs with colliding hashers: waves of inserts, then of deletes, with
/// automatic shrinking on, cross many doublings and shrinks.
#[test]
fn long_waves_with_weak_hasher_and_auto_shrink() {
    let mut rng = crate::common::Rng(3);
    for bits in [3u32, 5, 9] {
        let mut m: GoMap<u16, u32, Weak> =
            GoMap::with_capacity_hasher_and_seed(0, Weak { bits }, 1);
        m.set_auto_shrink(true);
        let counts = counting(&mut m);
        let mut model = HashMap::new();
        for round in 0..30_000u32 {
            let k = rng.below(3000) as u16;
            let deleting = round % 10_000 >= 5000;
            if rng.below(4) == 0 || (deleting && rng.below(4) != 0) {
                assert_eq!(m.remove(&k), model.remove(&k));
            } else {
                assert_eq!(m.insert(k, round), model.insert(k, round));
            }
            if round % 997 == 0 {
                check(&m, &model);
            }
        }
        check(&m, &model);
        let [double, _, shrink] = kinds(&counts);
        assert!(double > 0 && shrink > 0, "bits={bits}: double={double} shrink={shrink}");
    }
}

/// Steady-size churn with a good hasher leaves sparse overflow chains: same-size growth.
#[test]
fn churn_triggers_same_size_growth() {
    let mut rng = crate::common::Rng(11);
    let mut m: GoMap<u64, u64, _> =
        GoMap::with_capacity_hasher_and_seed(0, foldhash::fast::FixedState::with_seed(5), 5);
    let counts = counting(&mut m);
    let mut model = HashMap::new();
    let mut live = Vec::new();
    for i in 0..3000u64 {
        m.insert(i, i);
        model.insert(i, i);
        live.push(i);
    }
    for i in 3000..200_000u64 {
        let j = rng.below(live.len() as u64) as usize;
        let k = live.swap_remove(j);
        assert_eq!(m.remove(&k), model.remove(&k));
        m.insert(i, i);
        model.insert(i, i);
        live.push(i);
        if i % 9973 == 0 {
            check(&m, &model);
        }
    }
    check(&m, &model);
    let [_, same, _] = kinds(&counts);
    assert!(same >= 1, "same-size growths: {same}");
}
