//! Early returns on a failure: a method that returns early when a call fails (`if err :=
//! validate(c); err != nil { return err }`) or when a limit is reached (`if p.inUse[a] >= p.max
//! { return false }`) and otherwise goes on to write its map is called for that write; the
//! early return is the exception, not a second purpose of the method.
//!
//! Such a branch does not keep a write from counting as reached by every call. Other branches
//! still do: a test of a flag or of a field against nil often stands for "the map was made"
//! (`if !s.started { return }`), which the caller's struct may not show.

use crate::module::Module;
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BinaryOp, BlockId, Function, InstrKind, ValueDef, ValueId};
use mapscope_types::types::{Type, TypeView};

/// Whether `block` runs on every call of `f` that does not return early at a failure test: each
/// branch that dominates it either reaches it both ways, heads a loop, or is a failure test
/// whose other way ends the function without meeting any block the write leads to.
pub fn reached_unless_failing(
    module: &Module<'_>,
    f: &Function,
    dominators: &DomTree,
    block: BlockId,
) -> bool {
    let after_write = forward(f, block);
    if after_write[block.index()] && f[block].preds().iter().any(|&p| after_write[p.index()]) {
        // The write is in a loop: whether later iterations run is another question.
        return false;
    }
    let mut at = block;
    while let Some(up) = dominators.idom(at) {
        at = up;
        let succs = f[at].succs();
        if succs.len() < 2 {
            continue;
        }
        if f[at].preds().iter().any(|&p| dominators.dominates(at, p)) {
            continue;
        }
        let exits: Vec<BlockId> =
            succs.iter().copied().filter(|&s| !forward(f, s)[block.index()]).collect();
        if exits.is_empty() {
            continue;
        }
        let &[exit] = exits.as_slice() else { return false };
        let Some(&last) = f[at].instrs().last() else { return false };
        let InstrKind::If { cond } = f[last].kind else { return false };
        if !is_failure_test(module, f, cond) || !ends_apart(f, exit, &after_write) {
            return false;
        }
    }
    true
}

/// The blocks reachable from `from`, itself included.
fn forward(f: &Function, from: BlockId) -> Vec<bool> {
    let mut seen = vec![false; f.block_count()];
    let mut stack = vec![from];
    while let Some(b) = stack.pop() {
        if std::mem::replace(&mut seen[b.index()], true) {
            continue;
        }
        stack.extend_from_slice(f[b].succs());
    }
    seen
}

/// Whether every path from `exit` returns (or panics) without reaching a block that the write
/// leads to: an early return of its own.
fn ends_apart(f: &Function, exit: BlockId, after_write: &[bool]) -> bool {
    let reached = forward(f, exit);
    reached.iter().zip(after_write).all(|(&from_exit, &from_write)| !(from_exit && from_write))
}

/// Whether `cond` tests for a failure: an interface a call returned (an `error`) against nil,
/// or an ordering of two numbers (a limit).
fn is_failure_test(module: &Module<'_>, f: &Function, cond: ValueId) -> bool {
    let (cond, _) = crate::nilness::without_negations(f, cond, true);
    let Some(InstrKind::BinOp { op, x, y }) = f.defining_instr(cond).map(|i| &f[i].kind) else {
        return false;
    };
    match op {
        BinaryOp::Lss | BinaryOp::Leq | BinaryOp::Gtr | BinaryOp::Geq => true,
        BinaryOp::Eql | BinaryOp::Neq => {
            let tested = if crate::nilness::is_nil_constant(f, *y) { *x } else { *y };
            if !crate::nilness::is_nil_constant(f, *x) && !crate::nilness::is_nil_constant(f, *y) {
                return false;
            }
            let tested = crate::nilness::strip_conversions(f, tested);
            let from_call = matches!(f[tested].def,
                ValueDef::Result { instr, .. } if matches!(f[instr].kind, InstrKind::Call { .. }));
            from_call && is_interface(module, f[tested].ty)
        }
        _ => false,
    }
}

/// Whether `ty` is an interface type (an `error`).
fn is_interface(module: &Module<'_>, ty: mapscope_types::types::TypeId) -> bool {
    let program = module.program;
    if ty.arena as usize > program.units.len() {
        return false;
    }
    let mut types = program.types();
    let under = mapscope_types::query::underlying(&mut types, ty);
    matches!(types.ty(under), Type::Interface(..))
}
