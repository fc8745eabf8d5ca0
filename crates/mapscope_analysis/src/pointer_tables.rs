//! Local map literals of pointers that a function only looks up (`sections :=
//! map[string]*map[string]string{"labels": &m.Labels, "annotations": &m.Annotations}`): a
//! lookup gives one of the addresses the literal holds, and the addresses go nowhere else.
//!
//! A table counts only when its map is made and filled in one block, then only looked up (or
//! measured), and every pointer a lookup gives is only loaded from or compared, also through
//! the φs it flows into: nothing stores through it or hands it on, so the places it points to
//! keep what their own code puts there.

use crate::nilness::strip_conversions;
use mapscope_ssa::{Builtin, Callee, Function, InstrKind, ValueDef, ValueId};

/// The pointers the read-only table `map` holds, when it is one.
pub fn table_pointers(f: &Function, map: ValueId) -> Option<Vec<ValueId>> {
    let map = strip_conversions(f, map);
    let make = f.defining_instr(map)?;
    if !matches!(f[make].kind, InstrKind::MakeMap { .. }) {
        return None;
    }
    let mut pointers = Vec::new();
    for &u in f[map].referrers() {
        match &f[u].kind {
            InstrKind::MapUpdate { map: m, value, .. }
                if *m == map && *value != map && f[u].block() == f[make].block() =>
            {
                pointers.push(strip_conversions(f, *value));
            }
            InstrKind::MapLookup { map: m, key, .. } if *m == map && *key != map => {
                let found = f[u].results().next()?;
                if !only_read(f, found, &mut Vec::new()) {
                    return None;
                }
            }
            InstrKind::Call { call } if call.callee == Callee::Builtin(Builtin::Len) => {}
            _ => return None,
        }
    }
    Some(pointers)
}

/// Whether the pointer `v` is only loaded from or compared, also through the φs it flows into.
fn only_read(f: &Function, v: ValueId, seen: &mut Vec<ValueId>) -> bool {
    if seen.contains(&v) {
        return true;
    }
    seen.push(v);
    f[v].referrers().iter().all(|&u| match &f[u].kind {
        InstrKind::Load { .. } | InstrKind::BinOp { .. } => true,
        InstrKind::Phi { .. } => f[u].result().is_some_and(|r| only_read(f, r, seen)),
        InstrKind::Convert { .. } => f[u].result().is_some_and(|r| only_read(f, r, seen)),
        _ => false,
    })
}

/// Whether `value` is stored by `update` into a read-only table of pointers, which keeps it
/// from nothing: the lookups only read through it.
pub fn held_by_table(f: &Function, update: mapscope_ssa::InstrId, value: ValueId) -> bool {
    let InstrKind::MapUpdate { map, value: stored, .. } = &f[update].kind else { return false };
    *stored == value
        && !matches!(f[value].def, ValueDef::Const(_))
        && table_pointers(f, *map).is_some()
}
