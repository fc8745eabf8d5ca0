//! Iteration: every live entry exactly once with its latest value, also in the middle of a
//! growth, a same-size growth or a shrink; Go-style randomised start; reproducible with a seed.

use crate::common::Weak;
use gomap::GoMap;
use std::collections::{HashMap, HashSet};

fn assert_exact(m: &GoMap<u64, u64, impl std::hash::BuildHasher>, model: &HashMap<u64, u64>) {
    let items: Vec<(u64, u64)> = m.iter().map(|(k, v)| (*k, *v)).collect();
    assert_eq!(m.iter().len(), model.len());
    let keys: HashSet<u64> = items.iter().map(|e| e.0).collect();
    assert_eq!(keys.len(), items.len(), "duplicate keys in iteration");
    assert_eq!(items.len(), model.len(), "missing keys in iteration");
    for (k, v) in &items {
        assert_eq!(model.get(k), Some(v), "deleted key or stale value for {k}");
    }
    assert_eq!(m.keys().count(), model.len());
    assert_eq!(m.values().copied().sum::<u64>(), model.values().sum::<u64>());
}

#[test]
fn iteration_during_every_phase_of_growth() {
    let mut m: GoMap<u64, u64> = GoMap::new();
    let mut model = HashMap::new();
    let mut mid_growth_checks = 0;
    for i in 0..20_000u64 {
        m.insert(i, i);
        model.insert(i, i);
        // Updates and deletes while growing: iteration must see the latest state.
        if i % 3 == 0 {
            m.insert(i / 2, i);
            model.insert(i / 2, i);
        }
        if i % 5 == 0 {
            m.remove(&(i / 3));
            model.remove(&(i / 3));
        }
        let s = m.stats();
        if s.growing && (i % 7 == 0 || s.nevacuate == 0) {
            assert_exact(&m, &model);
            mid_growth_checks += 1;
        }
    }
    assert!(mid_growth_checks > 100);

    // iter_mut in the middle of a growth reaches every entry once.
    while !m.stats().growing {
        let k = 1_000_000 + m.len() as u64;
        m.insert(k, k);
        model.insert(k, k);
    }
    for (_, v) in m.iter_mut() {
        *v += 1;
    }
    for v in model.values_mut() {
        *v += 1;
    }
    assert_exact(&m, &model);
    for v in m.values_mut() {
        *v *= 2;
    }
    for v in model.values_mut() {
        *v *= 2;
    }
    assert_exact(&m, &model);
}

#[test]
fn iteration_during_growth_and_shrink() {
    let mut m: GoMap<u64, u64, Weak> = GoMap::with_capacity_hasher_and_seed(0, Weak { bits: 6 }, 9);
    let mut model = HashMap::new();
    let mut shrink = 0;
    let mut rng = crate::common::Rng(5);
    for round in 0..40_000u64 {
        let k = rng.below(4000);
        if round % 4 == 0 {
            m.remove(&k);
            model.remove(&k);
        } else {
            m.insert(k, round);
            model.insert(k, round);
        }
        if round == 20_000 {
            for k in 0..3900 {
                m.remove(&k);
                model.remove(&k);
            }
            m.shrink_to_fit();
        }
        let s = m.stats();
        if s.growing && round % 13 == 0 {
            shrink += usize::from(s.shrinking);
            assert_exact(&m, &model);
        }
    }
    assert!(shrink > 0, "never iterated during a shrink");
}

#[test]
fn order_is_randomised_per_iteration_and_reproducible_with_a_seed() {
    let mut m: GoMap<u64, u64> = GoMap::new();
    for i in 0..100 {
        m.insert(i, i);
    }
    let orders: HashSet<Vec<u64>> = (0..20).map(|_| m.keys().copied().collect()).collect();
    assert!(orders.len() > 5, "iteration order should change between iterations like Go's");
    let firsts: HashSet<u64> = (0..50).map(|_| *m.keys().next().unwrap()).collect();
    assert!(firsts.len() > 5, "the starting point should vary");

    let build = || {
        let mut m =
            GoMap::with_capacity_hasher_and_seed(0, foldhash::fast::FixedState::with_seed(3), 77);
        for i in 0..1000u64 {
            m.insert(i, i);
        }
        m
    };
    let (a, b) = (build(), build());
    for _ in 0..5 {
        let oa: Vec<u64> = a.keys().copied().collect();
        let ob: Vec<u64> = b.keys().copied().collect();
        assert_eq!(oa, ob, "same seed and hasher must give the same order");
    }
}

#[test]
fn owning_and_draining_iteration_mid_growth() {
    let mut m: GoMap<u64, String> = GoMap::new();
    let mut i = 0u64;
    while !(m.len() > 1000 && m.stats().growing) {
        m.insert(i, i.to_string());
        i += 1;
    }
    let n = m.len();
    let c = m.clone();
    let mut got: Vec<u64> = m
        .drain()
        .map(|(k, v)| {
            assert_eq!(k.to_string(), v);
            k
        })
        .collect();
    got.sort_unstable();
    assert_eq!(got, (0..n as u64).collect::<Vec<_>>());
    assert!(m.is_empty());
    m.check_invariants();
    m.insert(5, "five".into());
    assert_eq!(m.len(), 1);

    let mut got: Vec<u64> = c.into_keys().collect();
    got.sort_unstable();
    assert_eq!(got.len(), n);
}
