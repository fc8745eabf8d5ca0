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
