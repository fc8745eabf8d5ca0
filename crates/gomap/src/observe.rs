//! Growth observability: the `Observer` trait and the GODEBUG-style `GOMAP_TRACE=1` switch.

use std::sync::OnceLock;
use std::time::Instant;

/// What kind of evacuation a growth is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GrowthKind {
    /// Over the load factor: `B` grows by one and every old bucket splits into X and Y halves.
    Double,
    /// Too many overflow buckets: same `B`, entries are repacked to drop sparse overflow chains.
    SameSize,
    /// Shrinking (not in Go): `B` drops by one and each pair of old buckets merges into one.
    Shrink,
}

/// A growth (or shrink) has started; the new bucket array is in place but still empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GrowthStarted {
    /// `B` before the growth.
    pub old_b: u8,
    /// `B` after the growth.
    pub new_b: u8,
    /// Go's `sameSizeGrow` flag.
    pub same_size: bool,
    /// The kind of evacuation.
    pub kind: GrowthKind,
    /// Entries in the map when the growth started.
    pub count: usize,
}

/// One old bucket (with its overflow chain) was evacuated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BucketEvacuated {
    /// Index of the old bucket.
    pub index: usize,
    /// Entries moved to the X destination (same index, or index masked down when shrinking).
    pub to_x: usize,
    /// Entries moved to the Y destination (index + 2^oldB); always 0 unless doubling.
    pub to_y: usize,
}

/// The last old bucket was evacuated and the old array released.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GrowthFinished {
    /// `B` before the growth.
    pub old_b: u8,
    /// `B` now.
    pub b: u8,
    /// The kind of evacuation that finished.
    pub kind: GrowthKind,
    /// Entries in the map now.
    pub count: usize,
    /// Writes (inserts, updates, deletes, explicit `grow_work` calls) that carried the evacuation.
    pub writes: u64,
}

/// Receives growth events from a [`GoMap`](crate::GoMap). All methods default to doing nothing.
///
/// Events are delivered synchronously from inside the map operation that caused them, after the
/// map is back in a consistent state. An observer cannot reach the map it observes.
pub trait Observer {
    /// A growth started (Go's `hashGrow`).
    fn growth_started(&mut self, _event: &GrowthStarted) {}
    /// An old bucket was evacuated (Go's `evacuate`).
    fn bucket_evacuated(&mut self, _event: &BucketEvacuated) {}
    /// The growth finished (Go's `advanceEvacuationMark` reaching the end).
    fn growth_finished(&mut self, _event: &GrowthFinished) {}
}

/// The `GOMAP_TRACE` switch, read once per process.
pub(crate) fn trace_enabled() -> bool {
    static TRACE: OnceLock<bool> = OnceLock::new();
    *TRACE.get_or_init(|| std::env::var("GOMAP_TRACE").is_ok_and(|v| v.trim() == "1"))
}

fn process_start() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

/// Per-map bookkeeping for the trace line of the growth in progress.
#[derive(Debug, Default)]
pub(crate) struct TraceState {
    pub(crate) seq: u64,
    pub(crate) started: Option<Instant>,
}

impl TraceState {
    pub(crate) fn start(&mut self) {
        self.seq += 1;
        self.started = Some(Instant::now());
        // Anchor "@" times at the first traced growth, like gctrace's process-relative clock.
        process_start();
    }

    /// One line per growth, in the manner of gctrace:
    /// `gomap: grow 3 @0.012s double B 4->5 count=105 noverflow=2 writes=17 0.031ms`
    pub(crate) fn finish(&mut self, ev: &GrowthFinished, noverflow: u16) {
        let Some(t0) = self.started.take() else { return };
        let at = t0.duration_since(process_start()).as_secs_f64();
        let took = t0.elapsed().as_secs_f64() * 1e3;
        let kind = match ev.kind {
            GrowthKind::Double => "double",
            GrowthKind::SameSize => "same-size",
            GrowthKind::Shrink => "shrink",
        };
        eprintln!(
            "gomap: grow {} @{:.3}s {} B {}->{} count={} noverflow={} writes={} {:.3}ms",
            self.seq, at, kind, ev.old_b, ev.b, ev.count, noverflow, ev.writes, took
        );
    }
}
