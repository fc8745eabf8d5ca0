//! Nils a path picks only when some collections are empty (the false edge of
//! `len(a)+len(b) > 0`), and the loops that run only when a collection is not: a write inside
//! such a loop never sees that nil.
//!
//! `var out map[K]V; if len(base)+len(extra) > 0 { out = make(...) }` followed by writes in
//! `for range base` and `for range extra` is safe: lengths are never negative, so the nil path
//! has both empty and neither loop body runs.

use crate::nilness::{entering_branch, strip_conversions};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{
    BinaryOp, BlockId, Builtin, Callee, ConstValue, Function, InstrKind, ValueDef, ValueId,
};

/// The collections (the operands of `len`) that taking the edge `pred → succ` shows empty: the
/// false edge of `S > 0`, `S != 0` or `0 < S`, or the true edge of `S == 0`, `S <= 0` or
/// `S < 1`, where `S` is `len(c)` or a sum of them.
pub fn emptied_by_edge(f: &Function, pred: BlockId, succ: BlockId) -> Vec<ValueId> {
    let Some(&last) = f[pred].instrs().last() else { return Vec::new() };
    let InstrKind::If { cond } = f[last].kind else { return Vec::new() };
    let succs = f[pred].succs();
    if succs.len() != 2 || succs[0] == succs[1] {
        return Vec::new();
    }
    let taken_true = succs[0] == succ;
    let cond = strip_conversions(f, cond);
    let Some(InstrKind::BinOp { op, x, y }) = f.defining_instr(cond).map(|i| &f[i].kind) else {
        return Vec::new();
    };
    let (x, y) = (strip_conversions(f, *x), strip_conversions(f, *y));
    let int = |v: ValueId| match f[v].def {
        ValueDef::Const(ConstValue::Int(n)) => Some(n),
        _ => None,
    };
    // The sum, and whether the condition being true means it is zero.
    let (sum, zero_when_true) = match (op, int(x), int(y)) {
        (BinaryOp::Gtr | BinaryOp::Neq, _, Some(0)) => (x, false),
        (BinaryOp::Lss | BinaryOp::Neq, Some(0), _) => (y, false),
        (BinaryOp::Eql | BinaryOp::Leq, _, Some(0)) => (x, true),
        (BinaryOp::Eql, Some(0), _) => (y, true),
        (BinaryOp::Lss, _, Some(1)) => (x, true),
        _ => return Vec::new(),
    };
    if taken_true != zero_when_true {
        return Vec::new();
    }
    let mut collections = Vec::new();
    if lengths(f, sum, &mut collections, 0) { collections } else { Vec::new() }
}

/// Pushes the operand of each `len` that `v` sums; false when `v` is anything else.
fn lengths(f: &Function, v: ValueId, out: &mut Vec<ValueId>, depth: usize) -> bool {
    if depth > 8 {
        return false;
    }
    let v = strip_conversions(f, v);
    match f.defining_instr(v).map(|i| &f[i].kind) {
        Some(InstrKind::Call { call }) if call.callee == Callee::Builtin(Builtin::Len) => {
            match call.args[..] {
                [c] => {
                    out.push(strip_conversions(f, c));
                    true
                }
                _ => false,
            }
        }
        Some(InstrKind::BinOp { op: BinaryOp::Add, x, y }) => {
            lengths(f, *x, out, depth + 1) && lengths(f, *y, out, depth + 1)
        }
        _ => false,
    }
}

/// The collections that must be non-empty for `block` to run: the operand `c` of each counting
/// loop `i < len(c)` (with `i` starting at a constant of at least zero) whose body holds the
/// block, and the map of each `range` over a map whose body holds it.
pub fn looped_collections(f: &Function, dominators: &DomTree, block: BlockId) -> Vec<ValueId> {
    let mut found = Vec::new();
    let mut at = Some(block);
    while let Some(body) = at {
        at = dominators.idom(body);
        let Some((cond, true)) = entering_branch(f, body) else { continue };
        let ValueDef::Result { instr, index } = f[cond].def else { continue };
        match &f[instr].kind {
            InstrKind::BinOp { op: BinaryOp::Lss, x, y } if counts_from_zero(f, *x) => {
                lengths(f, *y, &mut found, 0);
            }
            InstrKind::MapNext { iter } if index == 0 => {
                if let Some(InstrKind::MapRange { map }) =
                    f.defining_instr(*iter).map(|i| &f[i].kind)
                {
                    found.push(strip_conversions(f, *map));
                }
            }
            _ => {}
        }
    }
    found
}

/// Whether `i` is a loop counter whose first value is a constant of at least zero.
fn counts_from_zero(f: &Function, i: ValueId) -> bool {
    let Some(InstrKind::Phi { edges, .. }) = f.defining_instr(i).map(|d| &f[d].kind) else {
        return false;
    };
    edges.iter().any(|&e| matches!(f[e].def, ValueDef::Const(ConstValue::Int(n)) if n >= 0))
}
