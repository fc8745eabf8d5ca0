//! `SyncMap` histories recorded from racing threads, checked for linearizability exhaustively
//! (Wing and Gong's search with memoisation) against a sequential map model.
//!
//! Each round runs 3 threads of 4 operations on 3 keys, stamping every call and return with a
//! global counter; the checker then looks for an order of the 12 operations that respects
//! real time and in which every result is what a sequential map gives. Keys 0 and 6 have the
//! same full hash under `Colliding` (an overflow chain) and 3 shares all but the last digit with
//! them (an expansion 15 levels deep), so inserts race expansions, deletes race loads and prunes,
//! and `clear` races everything. Rounds scale with `GOMAP_SYNC_N` (default 2,000 rounds per
//! hasher); each prints how many of its rounds had operations of different threads overlap.

mod sync_map_support;

use gomap::SyncMap;
use std::collections::HashSet;
use std::hash::BuildHasher;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;
use sync_map_support::Colliding;

const THREADS: usize = 3;
const OPS_PER_THREAD: usize = 4;
const KEYS: [u64; 3] = [0, 6, 3];

fn rounds() -> usize {
    (sync_map_support::scale() as usize).max(20)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    Load(usize),
    Store(usize, u8),
    LoadOrStore(usize, u8),
    LoadAndDelete(usize),
    Delete(usize),
    Swap(usize, u8),
    CompareAndSwap(usize, u8, u8),
    CompareAndDelete(usize, u8),
    Clear,
}

/// What an operation returned: a value (or none), or a flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ret {
    Value(Option<u8>),
    Flag(bool),
    Unit,
}

#[derive(Clone, Copy, Debug)]
struct Event {
    op: Op,
    ret: Ret,
    call: u64,
    done: u64,
}

/// The sequential model: each key's value.
type State = [Option<u8>; KEYS.len()];

fn apply(state: &mut State, op: Op) -> Ret {
    match op {
        Op::Load(k) => Ret::Value(state[k]),
        Op::Store(k, v) => {
            state[k] = Some(v);
            Ret::Unit
        }
        Op::LoadOrStore(k, v) => {
            let old = state[k];
            state[k].get_or_insert(v);
            Ret::Value(old)
        }
        Op::LoadAndDelete(k) => Ret::Value(state[k].take()),
        Op::Delete(k) => Ret::Flag(state[k].take().is_some()),
        Op::Swap(k, v) => Ret::Value(state[k].replace(v)),
        Op::CompareAndSwap(k, old, new) => {
            let hit = state[k] == Some(old);
            if hit {
                state[k] = Some(new);
            }
            Ret::Flag(hit)
        }
        Op::CompareAndDelete(k, old) => {
            let hit = state[k] == Some(old);
            if hit {
                state[k] = None;
            }
            Ret::Flag(hit)
        }
        Op::Clear => {
            *state = [None; KEYS.len()];
            Ret::Unit
        }
    }
}

fn run<S: BuildHasher>(m: &SyncMap<u64, u8, S>, op: Op) -> Ret {
    match op {
        Op::Load(k) => Ret::Value(m.load(&KEYS[k])),
        Op::Store(k, v) => {
            m.store(KEYS[k], v);
            Ret::Unit
        }
        Op::LoadOrStore(k, v) => Ret::Value(m.load_or_store(KEYS[k], v)),
        Op::LoadAndDelete(k) => Ret::Value(m.load_and_delete(&KEYS[k])),
        Op::Delete(k) => Ret::Flag(m.delete(&KEYS[k])),
        Op::Swap(k, v) => Ret::Value(m.swap(KEYS[k], v)),
        Op::CompareAndSwap(k, old, new) => Ret::Flag(m.compare_and_swap(KEYS[k], &old, new)),
        Op::CompareAndDelete(k, old) => Ret::Flag(m.compare_and_delete(&KEYS[k], &old)),
        Op::Clear => {
            m.clear();
            Ret::Unit
        }
    }
}

/// Whether some order of `events` that respects real time (an operation that returned before
/// another was called comes first) explains every result, starting from `initial`.
fn linearizable(events: &[Event], initial: State) -> bool {
    fn search(events: &[Event], done: u32, state: State, seen: &mut HashSet<(u32, State)>) -> bool {
        if done.count_ones() as usize == events.len() {
            return true;
        }
        if !seen.insert((done, state)) {
            return false;
        }
        // An operation can go next only if no pending one returned before it was called.
        let pending = (0..events.len()).filter(|&i| done & (1 << i) == 0);
        let first_return = pending.clone().map(|i| events[i].done).min().unwrap_or(u64::MAX);
        for i in pending {
            if events[i].call > first_return {
                continue;
            }
            let mut next = state;
            if apply(&mut next, events[i].op) == events[i].ret
                && search(events, done | (1 << i), next, seen)
            {
                return true;
            }
        }
        false
    }
    search(events, 0, initial, &mut HashSet::new())
}

/// A small deterministic generator (splitmix64), so a failing round can be replayed.
fn splitmix(x: &mut u64) -> u64 {
    *x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *x;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn random_op(rng: &mut u64) -> Op {
    let r = splitmix(rng);
    let k = (r % 3) as usize;
    let (a, b) = ((r >> 8) as u8 % 3, (r >> 16) as u8 % 3);
    match (r >> 24) % 17 {
        0..=2 => Op::Load(k),
        3..=4 => Op::Store(k, a),
        5..=6 => Op::LoadOrStore(k, a),
        7..=8 => Op::LoadAndDelete(k),
        9..=10 => Op::Delete(k),
        11..=12 => Op::Swap(k, a),
        13..=14 => Op::CompareAndSwap(k, a, b),
        15 => Op::CompareAndDelete(k, a),
        _ => Op::Clear,
    }
}

fn check_rounds<S: BuildHasher + Default + Sync>(seed: u64) {
    let clock = AtomicU64::new(0);
    let mut rng = seed;
    let mut overlapping = 0;
    for round in 0..rounds() {
        let m: SyncMap<u64, u8, S> = SyncMap::default();
        // Start from a random state, so deletes and compares often hit.
        let mut initial: State = [None; KEYS.len()];
        for (k, slot) in initial.iter_mut().enumerate() {
            if splitmix(&mut rng) % 2 == 0 {
                let v = (splitmix(&mut rng) % 3) as u8;
                m.store(KEYS[k], v);
                *slot = Some(v);
            }
        }
        let plans: Vec<Vec<Op>> = (0..THREADS)
            .map(|_| (0..OPS_PER_THREAD).map(|_| random_op(&mut rng)).collect())
            .collect();
        // A spinning start line: a sleeping barrier wakes threads tens of microseconds apart,
        // longer than a whole plan takes.
        let arrived = AtomicU64::new(0);
        let events: Vec<Event> = thread::scope(|s| {
            let handles: Vec<_> = plans
                .iter()
                .map(|plan| {
                    let (m, clock, arrived) = (&m, &clock, &arrived);
                    s.spawn(move || {
                        arrived.fetch_add(1, Ordering::SeqCst);
                        while arrived.load(Ordering::SeqCst) < THREADS as u64 {
                            thread::yield_now();
                        }
                        plan.iter()
                            .map(|&op| {
                                let call = clock.fetch_add(1, Ordering::SeqCst);
                                let ret = run(m, op);
                                let done = clock.fetch_add(1, Ordering::SeqCst);
                                Event { op, ret, call, done }
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
        });
        assert!(
            linearizable(&events, initial),
            "round {round} (seed {seed}): not linearizable from {initial:?}: {events:#?}"
        );
        m.check_invariants();
        let threads_overlap = events.chunks(OPS_PER_THREAD).enumerate().any(|(t, mine)| {
            events
                .chunks(OPS_PER_THREAD)
                .skip(t + 1)
                .flatten()
                .any(|o| mine.iter().any(|e| e.call < o.done && o.call < e.done))
        });
        overlapping += usize::from(threads_overlap);
    }
    eprintln!("{overlapping} of {} rounds had overlapping operations", rounds());
}

#[test]
fn histories_with_colliding_hashes_are_linearizable() {
    check_rounds::<Colliding>(1);
}

#[test]
fn histories_with_the_default_hasher_are_linearizable() {
    check_rounds::<gomap::DefaultHashBuilder>(2);
}

/// The checker itself rejects what no order explains.
#[test]
fn checker_rejects_a_lost_store() {
    let ev = |op, ret, call, done| Event { op, ret, call, done };
    // A store that returned before a load was called, which still saw nothing.
    let lost = [ev(Op::Store(0, 1), Ret::Unit, 0, 1), ev(Op::Load(0), Ret::Value(None), 2, 3)];
    assert!(!linearizable(&lost, [None; 3]));
    // Overlapping, the load may go first.
    let overlap = [ev(Op::Store(0, 1), Ret::Unit, 0, 3), ev(Op::Load(0), Ret::Value(None), 1, 2)];
    assert!(linearizable(&overlap, [None; 3]));
    // A clear that finished before a load does not let it see an old value.
    let stale = [ev(Op::Clear, Ret::Unit, 0, 1), ev(Op::Load(1), Ret::Value(Some(2)), 2, 3)];
    assert!(!linearizable(&stale, [None, Some(2), None]));
    // Two successful compare-and-swaps from the same old value cannot both happen.
    let double = [
        ev(Op::CompareAndSwap(0, 0, 1), Ret::Flag(true), 0, 3),
        ev(Op::CompareAndSwap(0, 0, 2), Ret::Flag(true), 1, 2),
    ];
    assert!(!linearizable(&double, [Some(0), None, None]));
}
