//! Stores that copy a map field from the same field: `h2.attrs = maps.Clone(h.attrs)` in a
//! method deriving a value from its receiver makes no map the field did not already hold, so a
//! field only ever set so is as unmade as one nothing stores into.

use mapscope_ssa::{Callee, Function, InstrId, InstrKind, ValueDef};

/// The copies whose result is nil exactly when their argument is, by their documentation.
const NIL_FOR_NIL_COPIES: &[&str] = &["maps.Clone", "(net/http.Header).Clone"];

/// Whether every store through the field address `field_addr` stores a nil-for-nil copy of a
/// map read from a field for which `same` holds (a selection of the same field), and the
/// address goes nowhere else.
pub(crate) fn only_copies_itself(
    f: &Function,
    field_addr: InstrId,
    same: &dyn Fn(InstrId) -> bool,
) -> bool {
    let Some(addr) = f[field_addr].result() else { return false };
    let mut stored = false;
    for &user in f[addr].referrers() {
        match &f[user].kind {
            InstrKind::Load { .. } | InstrKind::FieldAddr { .. } => {}
            InstrKind::Store { addr: a, value } if *a == addr => {
                if !copy_of_same(f, *value, same) {
                    return false;
                }
                stored = true;
            }
            _ => return false,
        }
    }
    stored
}

fn copy_of_same(
    f: &Function,
    value: mapscope_ssa::ValueId,
    same: &dyn Fn(InstrId) -> bool,
) -> bool {
    let value = crate::nilness::strip_conversions(f, value);
    let Some(call) = f.defining_instr(value) else { return false };
    let InstrKind::Call { call } = &f[call].kind else { return false };
    let Callee::Static(callee) = &call.callee else { return false };
    let ValueDef::Function { name } = &f[*callee].def else { return false };
    let generic = name.split('[').next().unwrap_or(name);
    if !NIL_FOR_NIL_COPIES.contains(&generic) {
        return false;
    }
    let Some(&arg) = call.args.first() else { return false };
    let Some(read) = f.defining_instr(crate::nilness::strip_conversions(f, arg)) else {
        return false;
    };
    match &f[read].kind {
        InstrKind::Field { .. } => same(read),
        InstrKind::Load { addr } => f
            .defining_instr(*addr)
            .is_some_and(|fa| matches!(f[fa].kind, InstrKind::FieldAddr { .. }) && same(fa)),
        _ => false,
    }
}
