//! A slice made here and stored into a field of a parameter or of a local before a read of
//! its elements, when nothing that runs between the store and the read can reach that field:
//! only the function's own stores into the slice could have filled its elements there.

use mapscope_ssa::{Builtin, Callee, Function, InstrId, InstrKind};
use mapscope_types::Program;

use crate::nilness::{Root, location, reaches_avoiding_all};

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
    let between = |i: InstrId| {
        i != store
            && i != point
            && reaches_avoiding_all(f, store, i, &[])
            && reaches_avoiding_all(f, i, point, &[])
    };
    f.block_ids().flat_map(|b| f[b].instrs().to_vec()).filter(|&i| between(i)).all(|i| {
        match &f[i].kind {
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
        }
    })
}
