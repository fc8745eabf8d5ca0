//! A slice made here and stored into a field of a parameter or of a local before a read of
//! its elements, when nothing that runs between the store and the read can reach that field:
//! only the function's own stores into the slice could have filled its elements there.

use mapscope_ssa::{BlockId, Builtin, Callee, Function, InstrId, InstrKind};
use mapscope_types::Program;

use crate::nilness::{Root, location};

/// Whether `store`, of a slice made in `f`, hands it to nothing that could fill its elements
/// before `point`: the store's place is rooted at a parameter or an allocation of `f` (a
/// package-level variable may be read by any callee), and every instruction on a way from the
/// store to `point` is a static call whose arguments are all basic values (a number, a string:
/// nothing that leads to the place), a builtin that writes no slice, or any other instruction
/// but a store whose address is not known to be outside the place's root, a dynamic or interface
/// call, or a `go` or `defer`.
pub fn quiet_between(program: &Program, f: &Function, store: InstrId, point: InstrId) -> bool {
    let InstrKind::Store { addr, .. } = &f[store].kind else { return false };
    let Some(place) = location(f, *addr) else { return false };
    if !matches!(place.root, Root::Param(_) | Root::Alloc(_)) {
        return false;
    }
    let (Some(from), Some(to)) = (f[store].block(), f[point].block()) else { return false };
    let after_store = linked(f, from, true);
    let before_point = linked(f, to, false);
    let position = |b: BlockId, i: InstrId| f[b].instrs().iter().position(|&x| x == i);
    // The instructions on a way from the store to `point`: in the store's block after it, in
    // the point's block before it (all of either when a loop comes back to it), and all of
    // every block between.
    let between = f
        .block_ids()
        .filter(|&b| (b == from || after_store[b.index()]) && (b == to || before_point[b.index()]));
    let mut instrs = Vec::new();
    for b in between {
        let all = f[b].instrs();
        let start = match position(b, store) {
            Some(at) if !after_store[b.index()] => at + 1,
            _ => 0,
        };
        let end = match position(b, point) {
            Some(at) if !before_point[b.index()] => at,
            _ => all.len(),
        };
        instrs.extend(all.get(start..end).unwrap_or(&[]).iter().copied());
    }
    instrs.into_iter().filter(|&i| i != store && i != point).all(|i| match &f[i].kind {
        InstrKind::Call { call } => match &call.callee {
            Callee::Static(_) => {
                call.args.iter().all(|&a| crate::overwritten_slots::is_basic(program, f, a))
            }
            Callee::Builtin(builtin) => !matches!(
                builtin,
                Builtin::Append
                    | Builtin::Copy
                    | Builtin::Clear
                    | Builtin::UnsafeAdd
                    | Builtin::UnsafeSlice
                    | Builtin::UnsafeSliceData
            ),
            Callee::Dynamic(_) | Callee::Invoke { .. } => false,
        },
        InstrKind::Store { addr, .. } => {
            location(f, *addr).is_some_and(|other| other.root != place.root)
        }
        InstrKind::Go { .. } | InstrKind::Defer { .. } => false,
        _ => true,
    })
}

/// The blocks a path of at least one edge leads to from `start` (`forward`), or from which one
/// leads to `start`.
fn linked(f: &Function, start: BlockId, forward: bool) -> Vec<bool> {
    let next = |b: BlockId| if forward { f[b].succs() } else { f[b].preds() };
    let mut seen = vec![false; f.block_count()];
    let mut stack = next(start).to_vec();
    while let Some(b) = stack.pop() {
        if !std::mem::replace(&mut seen[b.index()], true) {
            stack.extend_from_slice(next(b));
        }
    }
    seen
}
