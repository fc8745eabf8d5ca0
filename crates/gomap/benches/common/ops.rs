//! The timed loops of the throughput benches (maps, peers); the latency harness times its own inserts.

use crate::common::BenchMap;

/// Inserts every key (value = index); `hint` sizes the map up front.
pub fn insert<K: Clone, M: BenchMap<K>>(keys: &[K], hint: bool) -> M {
    let mut m = M::with_capacity(if hint { keys.len() } else { 0 });
    for (i, k) in keys.iter().enumerate() {
        m.put(k.clone(), i as u64);
    }
    m
}

pub fn hits<K, M: BenchMap<K>>(m: &M, keys: &[K]) -> u64 {
    keys.iter().fold(0u64, |a, k| a.wrapping_add(m.lookup(k).unwrap_or(1)))
}

pub fn misses<K, M: BenchMap<K>>(m: &M, keys: &[K]) -> u64 {
    keys.iter().filter(|k| m.lookup(k).is_some()).count() as u64
}

pub fn delete_all<K, M: BenchMap<K>>(m: &mut M, keys: &[K]) -> u64 {
    keys.iter().fold(0u64, |a, k| a.wrapping_add(m.delete(k).unwrap_or(1)))
}
