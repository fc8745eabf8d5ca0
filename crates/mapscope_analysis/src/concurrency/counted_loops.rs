//! Loops that count: how many trips a loop around a block makes, as the value it counts up to,
//! so that a receive loop can be matched with the loop that started the goroutines it waits for.

use mapscope_ssa::{Builtin, Callee, Function, InstrKind, ValueId};

/// For a φ that steps by +1 from a constant: the constant.
fn counting_start(f: &Function, v: ValueId) -> Option<i64> {
    let InstrKind::Phi { edges, .. } = &f[f.defining_instr(v)?].kind else { return None };
    let (mut start, mut step) = (None, false);
    for &e in edges {
        match &f[e].def {
            mapscope_ssa::ValueDef::Const(mapscope_ssa::ConstValue::Int(c)) if start.is_none() => {
                start = Some(i64::try_from(*c).ok()?);
            }
            _ => match f[f.defining_instr(e)?].kind {
                InstrKind::BinOp { op: mapscope_ssa::BinaryOp::Add, x, y }
                    if x == v
                        && matches!(
                            f[y].def,
                            mapscope_ssa::ValueDef::Const(mapscope_ssa::ConstValue::Int(1))
                        ) =>
                {
                    step = true;
                }
                _ => return None,
            },
        }
    }
    start.filter(|_| step)
}

/// Whether some path leads from `from` to `to`.
fn reaches(f: &Function, from: mapscope_ssa::BlockId, to: mapscope_ssa::BlockId) -> bool {
    let mut seen = vec![false; f.block_count()];
    let mut work = vec![from];
    while let Some(b) = work.pop() {
        for &next in f[b].succs() {
            if next == to {
                return true;
            }
            if !std::mem::replace(&mut seen[next.index()], true) {
                work.push(next);
            }
        }
    }
    false
}

/// How many trips a counting loop makes, as the value it counts up to: `len(xs)` plus a
/// constant (a range over `xs`, over `append(xs, a, b)`, or up to `len(xs)+2`), `cap(c)` of a
/// channel made with a size (that size), or the bound itself.
#[derive(PartialEq, Eq, Debug)]
pub enum TripCount {
    Len(ValueId, i64),
    Value(ValueId),
}

/// For a constant integer: its value.
fn constant(f: &Function, v: ValueId) -> Option<i64> {
    match &f[v].def {
        mapscope_ssa::ValueDef::Const(mapscope_ssa::ConstValue::Int(c)) => i64::try_from(*c).ok(),
        _ => None,
    }
}

/// `len(xs)`, with `xs` seen through appends of a fixed number of elements: the slice appended
/// to and how many elements the appends add (`append(s, a, b)` is `len(s)+2`).
fn length_of(f: &Function, xs: ValueId) -> TripCount {
    let mut base = xs;
    let mut added = 0;
    while let Some(InstrKind::Call { call }) = f.defining_instr(base).map(|d| &f[d].kind) {
        let (Callee::Builtin(Builtin::Append), [s, extra]) = (&call.callee, &call.args[..]) else {
            break;
        };
        // The elements of `append(s, a, b)` are passed as a slice made for the call.
        let Some(&InstrKind::MakeSlice { len, .. }) = f.defining_instr(*extra).map(|d| &f[d].kind)
        else {
            break;
        };
        let Some(n) = constant(f, len) else { break };
        added += n;
        base = *s;
    }
    TripCount::Len(base, added)
}

fn trip_count(f: &Function, bound: ValueId) -> TripCount {
    // `len(xs) + c`.
    if let Some(&InstrKind::BinOp { op: mapscope_ssa::BinaryOp::Add, x, y }) =
        f.defining_instr(bound).map(|d| &f[d].kind)
    {
        if let (TripCount::Len(xs, n), Some(c)) = (trip_count(f, x), constant(f, y)) {
            return TripCount::Len(xs, n + c);
        }
    }
    let call = match f.defining_instr(bound).map(|d| &f[d].kind) {
        Some(InstrKind::Call { call }) => call,
        _ => return TripCount::Value(bound),
    };
    match (&call.callee, call.args.first()) {
        (Callee::Builtin(Builtin::Len), Some(&xs)) => length_of(f, xs),
        (Callee::Builtin(Builtin::Cap), Some(&c)) => {
            // The channel, or the variable holding it when a goroutine captures it.
            let made = match f.defining_instr(c).map(|d| &f[d].kind) {
                Some(&InstrKind::Load { addr }) => {
                    crate::concurrency::resolve::sole_stored(f, addr).unwrap_or(c)
                }
                _ => c,
            };
            match f.defining_instr(made).map(|d| &f[d].kind) {
                Some(&InstrKind::MakeChan { size }) => trip_count(f, size),
                _ => TripCount::Value(bound),
            }
        }
        _ => TripCount::Value(bound),
    }
}

/// The trip count of the innermost loop around `block`, if it counts: its header (the nearest
/// dominator a back edge enters and `block` leads back to) ends in `if i < n` (or `i+1 < n`)
/// for `i` a φ of the header counting up by one.
pub fn loop_bound(
    f: &Function,
    dominators: &mapscope_ssa::dom::DomTree,
    block: mapscope_ssa::BlockId,
) -> Option<TripCount> {
    let mut header = Some(block);
    while let Some(h) = header {
        let back_edge = f[h].preds().iter().any(|&p| dominators.dominates(h, p));
        if back_edge && reaches(f, block, h) {
            return counted_bound(f, h);
        }
        header = dominators.idom(h);
    }
    None
}

/// The bound a loop header `h` counts up to, from 0 (see `loop_bound`).
fn counted_bound(f: &Function, h: mapscope_ssa::BlockId) -> Option<TripCount> {
    let &last = f[h].instrs().last()?;
    let InstrKind::If { cond } = f[last].kind else { return None };
    let &InstrKind::BinOp { op, x, y } = &f[f.defining_instr(cond)?].kind else { return None };
    // The counter, and how many trips short of `n` it stops: `i < n` from `i := 0` makes n
    // trips; `i+1 < n` from -1 (a range loop) too; `i <= n` from `i := 1` as well.
    let first = |v: ValueId| {
        let (phi, offset) = match f.defining_instr(v).map(|d| &f[d].kind) {
            Some(InstrKind::Phi { .. }) => (v, 0),
            Some(&InstrKind::BinOp { op: mapscope_ssa::BinaryOp::Add, x, y })
                if matches!(
                    f[y].def,
                    mapscope_ssa::ValueDef::Const(mapscope_ssa::ConstValue::Int(1))
                ) =>
            {
                (x, 1)
            }
            _ => return None,
        };
        let in_header = f.defining_instr(phi).and_then(|d| f[d].block()) == Some(h);
        if !in_header {
            return None;
        }
        counting_start(f, phi).map(|start| start + offset)
    };
    let from_zero = |v: ValueId| first(v).is_some_and(|start| start <= 0);
    let from_one = |v: ValueId| first(v) == Some(1);
    let bound = match op {
        mapscope_ssa::BinaryOp::Lss if from_zero(x) => y,
        mapscope_ssa::BinaryOp::Gtr if from_zero(y) => x,
        mapscope_ssa::BinaryOp::Leq if from_one(x) => y,
        mapscope_ssa::BinaryOp::Geq if from_one(y) => x,
        _ => return None,
    };
    Some(trip_count(f, bound))
}
