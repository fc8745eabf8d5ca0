//! The bucket arrays at chosen moments of a growth, for the report's picture: the workload is
//! replayed again up to each moment (the replay is deterministic) and gomap's tophash bytes copied.

use super::replay::{Growth, apply};
use super::workload::Op;
use gomap::{GoMap, GoUint64Hash, TophashSnapshot};

/// The largest old array the report draws: 32 old buckets and 64 new ones fit across a page.
const MAX_DRAWN_OLD_B: u8 = 5;

/// A growth to draw, and the operations after which to draw it: when it starts, halfway through
/// its evacuation, and after its last operation before it finishes.
pub fn moments(growths: &[Growth]) -> Option<(Growth, Vec<usize>)> {
    let g = *growths.iter().rev().find(|g| g.old_b <= MAX_DRAWN_OLD_B && g.end_op.is_some())?;
    let end = g.end_op?;
    let mut at = vec![g.start_op, g.start_op + (end - g.start_op) / 2, end.saturating_sub(1), end];
    at.dedup();
    Some((g, at))
}

/// gomap's tophash bytes after each operation of `at` (sorted), replaying `ops` as the
/// simulation did.
pub fn snapshots(ops: &[Op], auto_shrink: bool, at: &[usize]) -> Vec<(usize, TophashSnapshot)> {
    let mut out = Vec::with_capacity(at.len());
    let mut next = at.iter().copied().peekable();
    let new_map = |hint: u64, seed: u64| {
        let hint = usize::try_from(hint).unwrap_or(usize::MAX);
        let mut m = GoMap::with_capacity_hasher_and_seed(hint, GoUint64Hash, seed);
        m.set_auto_shrink(auto_shrink);
        m
    };
    let mut m = new_map(0, 0);
    for (n, &op) in ops.iter().enumerate() {
        if next.peek().is_none() {
            break;
        }
        apply(&mut m, op, n, &new_map);
        while next.peek() == Some(&n) {
            next.next();
            out.push((n, m.tophash_snapshot()));
        }
    }
    out
}
