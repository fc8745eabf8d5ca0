//! Replays a workload on gomap, recording its state after every operation and its growth events,
//! and on hashbrown (an all-at-once rehash) for the latency comparison.

use super::workload::Op;
use gomap::{BucketEvacuated, GoMap, GrowthFinished, GrowthKind, GrowthStarted, Observer};
use std::hash::BuildHasher;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// gomap's state after one operation (the fields of `Stats` the report draws).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct State {
    pub count: usize,
    pub b: u8,
    pub noverflow: usize,
    pub growing: bool,
    pub same_size: bool,
    pub nevacuate: usize,
    pub old_buckets: usize,
}

/// A growth event and the operation (index into the workload) that caused it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    Started { op: usize, event: GrowthStarted },
    Evacuated { op: usize, event: BucketEvacuated },
    Finished { op: usize, event: GrowthFinished },
}

impl Event {
    pub fn op(&self) -> usize {
        match *self {
            Event::Started { op, .. }
            | Event::Evacuated { op, .. }
            | Event::Finished { op, .. } => op,
        }
    }
}

/// Everything one replay recorded.
#[derive(Debug, Default)]
pub struct Trace {
    /// gomap's state after each operation.
    pub states: Vec<State>,
    /// Every growth event, in order.
    pub events: Vec<Event>,
    /// Nanoseconds each operation took on gomap.
    pub gomap_ns: Vec<u32>,
    /// Nanoseconds each operation took on hashbrown (empty when not measured).
    pub hashbrown_ns: Vec<u32>,
}

/// A growth, from its start to its end, as the report draws it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Growth {
    pub kind: GrowthKind,
    pub old_b: u8,
    pub new_b: u8,
    pub count: usize,
    /// The operation that started it.
    pub start_op: usize,
    /// The operation that finished it, if it did.
    pub end_op: Option<usize>,
    /// Writes that carried the evacuation.
    pub writes: u64,
    /// Old buckets that sent entries to X and to Y.
    pub to_x: usize,
    pub to_y: usize,
}

impl Trace {
    /// The growths, pairing each start with its finish.
    pub fn growths(&self) -> Vec<Growth> {
        let mut out: Vec<Growth> = Vec::new();
        for e in &self.events {
            match *e {
                Event::Started { op, event } => out.push(Growth {
                    kind: event.kind,
                    old_b: event.old_b,
                    new_b: event.new_b,
                    count: event.count,
                    start_op: op,
                    end_op: None,
                    writes: 0,
                    to_x: 0,
                    to_y: 0,
                }),
                Event::Evacuated { event, .. } => {
                    if let Some(g) = out.last_mut() {
                        g.to_x += event.to_x;
                        g.to_y += event.to_y;
                    }
                }
                Event::Finished { op, event } => {
                    if let Some(g) = out.last_mut().filter(|g| g.end_op.is_none()) {
                        g.end_op = Some(op);
                        g.writes = event.writes;
                    }
                }
            }
        }
        out
    }
}

/// Forwards gomap's events to the shared trace, tagged with the operation in progress.
struct Recorder {
    op: Arc<AtomicUsize>,
    events: Arc<Mutex<Vec<Event>>>,
}

impl Recorder {
    fn push(&self, make: impl FnOnce(usize) -> Event) {
        let op = self.op.load(Ordering::Relaxed);
        self.events.lock().unwrap_or_else(|e| e.into_inner()).push(make(op));
    }
}

impl Observer for Recorder {
    fn growth_started(&mut self, event: &GrowthStarted) {
        let event = *event;
        self.push(|op| Event::Started { op, event });
    }
    fn bucket_evacuated(&mut self, event: &BucketEvacuated) {
        let event = *event;
        self.push(|op| Event::Evacuated { op, event });
    }
    fn growth_finished(&mut self, event: &GrowthFinished) {
        let event = *event;
        self.push(|op| Event::Finished { op, event });
    }
}

fn nanos(t0: Instant) -> u32 {
    u32::try_from(t0.elapsed().as_nanos()).unwrap_or(u32::MAX)
}

/// Replays `ops` on a gomap with hasher `S`; `on_progress` is called every so often with the number
/// of operations done.
pub fn replay_gomap<S: BuildHasher + Clone>(
    ops: &[Op],
    hasher: S,
    auto_shrink: bool,
    mut on_progress: impl FnMut(usize),
) -> Trace {
    let op_now = Arc::new(AtomicUsize::new(0));
    let events = Arc::new(Mutex::new(Vec::new()));
    let new_map = |hint: u64, seed: u64| {
        let hint = usize::try_from(hint).unwrap_or(usize::MAX);
        let mut m: GoMap<u64, u64, S> =
            GoMap::with_capacity_hasher_and_seed(hint, hasher.clone(), seed);
        m.set_observer(Some(Box::new(Recorder { op: op_now.clone(), events: events.clone() })));
        m.set_auto_shrink(auto_shrink);
        m
    };
    let mut m = new_map(0, 0);
    let mut trace = Trace {
        states: Vec::with_capacity(ops.len()),
        gomap_ns: Vec::with_capacity(ops.len()),
        ..Trace::default()
    };
    for (n, &op) in ops.iter().enumerate() {
        op_now.store(n, Ordering::Relaxed);
        let t0 = Instant::now();
        apply(&mut m, op, n, &new_map);
        trace.gomap_ns.push(nanos(t0));
        let s = m.stats();
        trace.states.push(State {
            count: s.count,
            b: s.b,
            noverflow: s.noverflow,
            growing: s.growing,
            same_size: s.same_size_grow,
            nevacuate: s.nevacuate,
            old_buckets: s.old_buckets,
        });
        if n % PROGRESS_EVERY == 0 {
            on_progress(n);
        }
    }
    on_progress(ops.len());
    drop(m);
    trace.events = std::mem::take(&mut *events.lock().unwrap_or_else(|e| e.into_inner()));
    trace
}

/// The maps a workload replays on: gomap, and hashbrown for the latency comparison.
pub trait SimMap {
    fn insert(&mut self, k: u64);
    fn remove(&mut self, k: u64);
    fn get(&self, k: u64);
    fn clear(&mut self);
    fn shrink_to_fit(&mut self);
}

impl<S: BuildHasher> SimMap for GoMap<u64, u64, S> {
    fn insert(&mut self, k: u64) {
        GoMap::insert(self, k, k);
    }
    fn remove(&mut self, k: u64) {
        GoMap::remove(self, &k);
    }
    fn get(&self, k: u64) {
        std::hint::black_box(GoMap::get(self, &k));
    }
    fn clear(&mut self) {
        GoMap::clear(self);
    }
    fn shrink_to_fit(&mut self) {
        GoMap::shrink_to_fit(self);
    }
}

impl SimMap for hashbrown::HashMap<u64, u64> {
    fn insert(&mut self, k: u64) {
        hashbrown::HashMap::insert(self, k, k);
    }
    fn remove(&mut self, k: u64) {
        hashbrown::HashMap::remove(self, &k);
    }
    fn get(&self, k: u64) {
        std::hint::black_box(hashbrown::HashMap::get(self, &k));
    }
    fn clear(&mut self) {
        hashbrown::HashMap::clear(self);
    }
    fn shrink_to_fit(&mut self) {
        hashbrown::HashMap::shrink_to_fit(self);
    }
}

/// Applies one operation to `m`, storing a key as its own value as the Go oracle does; a `make`
/// replaces the map with `new_map(hint, seed)`, seeded with the operation's index as the oracle
/// tests do, so that a replay is repeatable.
pub fn apply<M: SimMap>(m: &mut M, op: Op, index: usize, new_map: &dyn Fn(u64, u64) -> M) {
    match op {
        Op::Make(hint) => *m = new_map(hint, index as u64),
        Op::Insert(k) => m.insert(k),
        Op::Delete(k) => m.remove(k),
        Op::Get(k) => m.get(k),
        Op::Clear => m.clear(),
        Op::Shrink => m.shrink_to_fit(),
    }
}

/// How often (in operations) a replay reports progress.
pub const PROGRESS_EVERY: usize = 1 << 14;

/// Times every operation on hashbrown, whose growth rehashes the whole table inside one insert.
pub fn replay_hashbrown(ops: &[Op]) -> Vec<u32> {
    let new_map = |hint: u64, _seed: u64| {
        hashbrown::HashMap::with_capacity(usize::try_from(hint).unwrap_or(0))
    };
    let mut m: hashbrown::HashMap<u64, u64> = hashbrown::HashMap::new();
    let mut out = Vec::with_capacity(ops.len());
    for (n, &op) in ops.iter().enumerate() {
        let t0 = Instant::now();
        apply(&mut m, op, n, &new_map);
        out.push(nanos(t0));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::workload::Mix;

    fn inserts(n: u64) -> Vec<Op> {
        Mix::inserts_only(n, 3).generate()
    }

    #[test]
    fn growths_pair_starts_with_finishes() {
        let ops = inserts(100_000);
        let trace = replay_gomap(&ops, gomap::DefaultHashBuilder::default(), false, |_| {});
        assert_eq!(trace.states.len(), ops.len());
        let growths = trace.growths();
        // 100 000 keys end at B = 14 (6.5 * 2^14 > 100 000 > 6.5 * 2^13): 14 doublings from B = 0.
        assert_eq!(trace.states.last().map(|s| s.b), Some(14));
        assert_eq!(growths.len(), 14, "{growths:?}");
        assert!(growths.iter().all(|g| g.kind == GrowthKind::Double && g.new_b == g.old_b + 1));
        // Every key of the map at a growth's start lands in X or Y exactly once.
        for g in growths.iter().filter(|g| g.end_op.is_some()) {
            assert_eq!(g.to_x + g.to_y, g.count, "{g:?}");
        }
        assert_eq!(replay_hashbrown(&ops).len(), ops.len());
    }
}
