//! The `if` edges that guard a block: walking a block's dominators for the conditions every
//! path to it has tested, with the outcome each had.

use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BlockId, Function, InstrKind, ValueId};

/// One `if` that every path to a block passes through, leaving it by one edge.
#[derive(Debug, Clone, Copy)]
pub struct GuardingEdge {
    /// The block that ends in the `if`.
    pub block: BlockId,
    /// The successor taken towards the guarded block; it is entered from the `if` alone.
    pub succ: BlockId,
    pub cond: ValueId,
    /// The value `cond` had on this edge.
    pub taken: bool,
}

/// The `if` edges that guard `block`, nearest first: each `if` among `block`'s dominators one of
/// whose two distinct successors dominates `block` and has the `if` as its only predecessor (so
/// the condition's outcome is known there and below).
pub fn guarding_edges<'f>(
    f: &'f Function,
    dominators: &'f DomTree,
    block: BlockId,
) -> impl Iterator<Item = GuardingEdge> + 'f {
    let mut below = block;
    std::iter::from_fn(move || {
        while let Some(above) = dominators.idom(below) {
            let entered = below;
            below = above;
            let Some(&last) = f[above].instrs().last() else { continue };
            let InstrKind::If { cond } = f[last].kind else { continue };
            let succs = f[above].succs();
            if succs.len() != 2 || succs[0] == succs[1] {
                continue;
            }
            let Some(&succ) = succs
                .iter()
                .find(|&&s| f[s].preds().len() == 1 && dominators.dominates(s, entered))
            else {
                continue;
            };
            return Some(GuardingEdge { block: above, succ, cond, taken: succs[0] == succ });
        }
        None
    })
}

/// The conditions every path to `block` has tested, each with its outcome, as the boolean they
/// negate (`!strict` as `strict`).
pub fn tested_conditions(
    f: &Function,
    dominators: &DomTree,
    block: BlockId,
) -> Vec<(ValueId, bool)> {
    guarding_edges(f, dominators, block)
        .map(|edge| {
            let cond = crate::nilness::strip_conversions(f, edge.cond);
            crate::nilness::without_negations(f, cond, edge.taken)
        })
        .collect()
}

/// Whether the boolean `cond` is computed at most once per call (a parameter, or a value of a
/// block on no cycle), so that any test of it on a way to a block it guards had the same answer
/// (`if len(keys) > 0 || !strict { m = make(...) }`, then `if !strict { m[k] = v }`: the make
/// was not skipped by way of `strict`).
pub fn settled(f: &Function, cond: ValueId) -> bool {
    match f.defining_instr(cond).and_then(|i| f[i].block()) {
        Some(defined) => !crate::key_values::block_reaches(f, defined, defined),
        None => true,
    }
}

/// The blocks from which `block` can be reached (itself included), by index.
pub fn reaching(f: &Function, block: BlockId) -> Vec<bool> {
    let mut seen = vec![false; f.block_count()];
    let mut stack = vec![block];
    while let Some(b) = stack.pop() {
        if !std::mem::replace(&mut seen[b.index()], true) {
            stack.extend_from_slice(f[b].preds());
        }
    }
    seen
}
