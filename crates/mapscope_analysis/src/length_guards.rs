//! Nils a path picks only when some collections are empty (the false edge of
//! `len(a)+len(b) > 0`), and the loops that run only when a collection is not: a write inside
//! such a loop never sees that nil.
//!
//! `var out map[K]V; if len(base)+len(extra) > 0 { out = make(...) }` followed by writes in
//! `for range base` and `for range extra` is safe: lengths are never negative, so the nil path
//! has both empty and neither loop body runs.
//!
//! The same holds for a map field made only under `if len(list) > 0` and written in
//! `for range list`, with the list a field read again for the loop, and for a write inside a
//! `range` over the very map it writes: ranging over a nil map runs no iteration.

use crate::nilness::{
    Location, entering_branch, is_nil_constant, loaded_from, location, strip_conversions,
};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{
    BinaryOp, BlockId, Builtin, Callee, ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId,
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

/// Whether the write into map `map` in `block` runs only where the map was made: every store
/// into the map's place makes it, in a block entered only by the edge of a test whose other
/// edge shows empty a collection that a loop around `block` needs non-empty, and that test
/// dominates the write (`if len(list) > 0 { s.m = make(...) }; for range list { s.m[k] = v }`).
pub fn made_for_looped(f: &Function, dominators: &DomTree, block: BlockId, map: ValueId) -> bool {
    let Some(place) = loaded_from(f, map) else { return false };
    let looped = looped_collections(f, dominators, block);
    if looped.is_empty() {
        return false;
    }
    let stores = stores_into(f, &place, |_| true);
    !stores.is_empty()
        && stores.iter().all(|&store| {
            let InstrKind::Store { value, .. } = &f[store].kind else { return false };
            let Some(made) = f[store].block() else { return false };
            let &[test] = f[made].preds() else { return false };
            let succs = f[test].succs();
            let other = match succs {
                [a, b] if *a == made && *b != made => *b,
                [a, b] if *b == made && *a != made => *a,
                _ => return false,
            };
            !is_nil_constant(f, strip_conversions(f, *value))
                && dominators.dominates(test, block)
                && emptied_by_edge(f, test, other)
                    .iter()
                    .any(|&c| looped.iter().any(|&l| same_collection(f, c, l)))
        })
}

/// Whether `block` lies in a `range` over map `map` itself (the same value, or a load of the
/// same place that no store inside the loop changes): a nil map runs no iteration, so a write
/// there never sees it nil.
pub fn in_range_over_itself(
    f: &Function,
    dominators: &DomTree,
    block: BlockId,
    map: ValueId,
) -> bool {
    let map = strip_conversions(f, map);
    let place = loaded_from(f, map);
    let mut at = Some(block);
    while let Some(body) = at {
        at = dominators.idom(body);
        let Some((cond, true)) = entering_branch(f, body) else { continue };
        let ValueDef::Result { instr, index: 0 } = f[cond].def else { continue };
        let InstrKind::MapNext { iter } = &f[instr].kind else { continue };
        let Some(InstrKind::MapRange { map: ranged }) = f.defining_instr(*iter).map(|i| &f[i].kind)
        else {
            continue;
        };
        let ranged = strip_conversions(f, *ranged);
        if ranged == map {
            return true;
        }
        let same_place = place.as_ref().is_some_and(|p| {
            loaded_from(f, ranged).as_ref() == Some(p)
                && stores_into(f, p, |b| dominators.dominates(body, b)).is_empty()
        });
        if same_place {
            return true;
        }
    }
    false
}

/// Whether collections `a` and `b` are the same: one value, or loads of one place that no
/// store of the function changes.
fn same_collection(f: &Function, a: ValueId, b: ValueId) -> bool {
    let (a, b) = (strip_conversions(f, a), strip_conversions(f, b));
    if a == b {
        return true;
    }
    match (loaded_from(f, a), loaded_from(f, b)) {
        (Some(p), Some(q)) => p == q && stores_into(f, &p, |_| true).is_empty(),
        _ => false,
    }
}

/// The stores into `place`, into a struct holding it or into a part of it, in the blocks
/// `within` accepts.
pub fn stores_into(
    f: &Function,
    place: &Location,
    within: impl Fn(BlockId) -> bool,
) -> Vec<InstrId> {
    let overlaps = |l: &Location| {
        l.root == place.root
            && (l.fields.starts_with(&place.fields) || place.fields.starts_with(&l.fields))
    };
    let mut found = Vec::new();
    for b in f.block_ids().filter(|&b| within(b)) {
        for &i in f[b].instrs() {
            if let InstrKind::Store { addr, .. } = &f[i].kind {
                if location(f, *addr).as_ref().is_some_and(overlaps) {
                    found.push(i);
                }
            }
        }
    }
    found
}
