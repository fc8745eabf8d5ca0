//! `copy(dst, src)` into a slice made longer than `src`: only the first `len(src)` elements get
//! values, the rest keep the `make`'s zero (a shard slice doubled by `copy` whose new half
//! nothing makes).

use mapscope_ssa::{
    BinaryOp, Builtin, CallCommon, Callee, ConstValue, Function, InstrId, InstrKind, ValueDef,
    ValueId,
};

use crate::nilness::strip_conversions;
use crate::resliced::made_slice;

/// How many field selections [`read_index`] walks up from the read to its element.
const MAX_FIELD_DEPTH: usize = 4;

/// Whether `call` is the builtin `copy`.
pub fn is_copy(call: &CallCommon) -> bool {
    call.callee == Callee::Builtin(Builtin::Copy)
}

/// Whether `call`, a `copy` into the slice made at `make`, leaves the element that the load
/// `point` reads as the `make` left it: the made length is `len(src)` grown by a constant
/// (`2*len(old)`, `len(old)+1`), so elements past `len(src)` get nothing from the copy; the
/// function stores into no element of the made slice (a loop making the new half fills them),
/// and the read's index is not one a loop or a comparison may keep below `len(src)`.
pub fn leaves_tail(f: &Function, make: InstrId, call: &CallCommon, point: InstrId) -> bool {
    let [dst, src] = call.args[..] else { return false };
    let dst = strip_conversions(f, dst);
    if f.defining_instr(dst) != Some(make) {
        return false;
    }
    let InstrKind::MakeSlice { len, .. } = f[make].kind else { return false };
    let src = strip_conversions(f, src);
    if !longer_than(f, len, src) || elements_filled(f, dst) {
        return false;
    }
    read_index(f, make, point).is_some_and(|index| !kept_below(f, index, src))
}

/// Whether `len` is `len(src)` grown by a positive constant: `c*len(src)` with `c` at least 2,
/// `len(src)+c` with `c` at least 1, or `len(src)<<c`.
fn longer_than(f: &Function, len: ValueId, src: ValueId) -> bool {
    let len = strip_conversions(f, len);
    let Some(i) = f.defining_instr(len) else { return false };
    let InstrKind::BinOp { op, x, y } = &f[i].kind else { return false };
    let (x, y) = (strip_conversions(f, *x), strip_conversions(f, *y));
    let grown = |measured: ValueId, by: ValueId, least: i128| {
        is_len_of(f, measured, src) && int_constant(f, by).is_some_and(|c| c >= least)
    };
    match op {
        BinaryOp::Mul => grown(x, y, 2) || grown(y, x, 2),
        BinaryOp::Add => grown(x, y, 1) || grown(y, x, 1),
        BinaryOp::Shl => grown(x, y, 1),
        _ => false,
    }
}

/// Whether `v` is `len(src)`.
fn is_len_of(f: &Function, v: ValueId, src: ValueId) -> bool {
    let Some(i) = f.defining_instr(v) else { return false };
    let InstrKind::Call { call } = &f[i].kind else { return false };
    call.callee == Callee::Builtin(Builtin::Len)
        && call.args.first().is_some_and(|&a| strip_conversions(f, a) == src)
}

fn int_constant(f: &Function, v: ValueId) -> Option<i128> {
    match f[v].def {
        ValueDef::Const(ConstValue::Int(n)) => Some(n),
        _ => None,
    }
}

/// Whether the function may give an element of slice `dst` a value: a store through an
/// element's address (or a field of it) that is not the constant nil, an element's address or
/// a slice of `dst` handed to anything but a load, or `dst` handed to a call other than `len`,
/// `cap` and `copy` reading it.
fn elements_filled(f: &Function, dst: ValueId) -> bool {
    let mut addresses = vec![(dst, false)];
    let mut seen = vec![dst];
    while let Some((v, element)) = addresses.pop() {
        for &user in f[v].referrers() {
            match &f[user].kind {
                InstrKind::Load { .. } | InstrKind::BinOp { .. } => {}
                InstrKind::Store { addr, value } if *addr == v && element => {
                    let value = strip_conversions(f, *value);
                    if !matches!(f[value].def, ValueDef::Const(ConstValue::Nil)) {
                        return true;
                    }
                }
                InstrKind::IndexAddr { base, .. } if *base == v => {
                    if let Some(r) = f[user].result().filter(|r| !seen.contains(r)) {
                        seen.push(r);
                        addresses.push((r, true));
                    }
                }
                InstrKind::FieldAddr { .. } if element => {
                    if let Some(r) = f[user].result().filter(|r| !seen.contains(r)) {
                        seen.push(r);
                        addresses.push((r, true));
                    }
                }
                InstrKind::Slice { base, .. } if *base == v && !element => {
                    if let Some(r) = f[user].result().filter(|r| !seen.contains(r)) {
                        seen.push(r);
                        addresses.push((r, false));
                    }
                }
                InstrKind::Call { call } if !element => {
                    let reads = match &call.callee {
                        Callee::Builtin(Builtin::Len | Builtin::Cap) => true,
                        // Copying out of it, or into it (the copy being asked about).
                        Callee::Builtin(Builtin::Copy) => v == dst,
                        _ => false,
                    };
                    if !reads {
                        return true;
                    }
                }
                // The slice itself stored somewhere: what is done through that place is the
                // escape test's to judge.
                InstrKind::Store { value, .. } if *value == v && !element => {}
                _ => return true,
            }
        }
    }
    false
}

/// The index of the element of the slice made at `make` that the load `point` reads, through
/// field selections (`grown[j].m`).
fn read_index(f: &Function, make: InstrId, point: InstrId) -> Option<ValueId> {
    let InstrKind::Load { addr } = &f[point].kind else { return None };
    let mut addr = strip_conversions(f, *addr);
    for _ in 0..=MAX_FIELD_DEPTH {
        match &f[f.defining_instr(addr)?].kind {
            InstrKind::FieldAddr { base, .. } => addr = strip_conversions(f, *base),
            InstrKind::IndexAddr { base, index } => {
                let base = strip_conversions(f, *base);
                let made = f.defining_instr(base).and_then(|i| made_slice(f, i));
                return (made == Some(make)).then_some(*index);
            }
            _ => return None,
        }
    }
    None
}

/// Whether `index` may be kept below `len(src)`: a loop's counter (a φ), a constant, or a
/// value some comparison of the function weighs against `len(src)`.
fn kept_below(f: &Function, index: ValueId, src: ValueId) -> bool {
    let index = strip_conversions(f, index);
    match &f[index].def {
        ValueDef::Const(_) => return true,
        ValueDef::Result { instr, .. } if matches!(f[*instr].kind, InstrKind::Phi { .. }) => {
            return true;
        }
        _ => {}
    }
    f[index].referrers().iter().any(|&user| {
        let InstrKind::BinOp { op, x, y } = &f[user].kind else { return false };
        let other = if strip_conversions(f, *x) == index { *y } else { *x };
        op.is_comparison() && is_len_of(f, strip_conversions(f, other), src)
    })
}
