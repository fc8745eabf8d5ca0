//! Stores that copy a map field from the same field: `h2.attrs = maps.Clone(h.attrs)` in a
//! method deriving a value from its receiver makes no map the field did not already hold, so a
//! field only ever set so is as unmade as one nothing stores into; and a struct a function
//! returns whose map field is set only to such a copy of a parameter's map, under a test that
//! the parameter's is not nil (`if o.settings != nil { c.settings = maps.Clone(o.settings) }`):
//! the field is nil exactly when the parameter's is.

use crate::nilness::{Location, Root, location, strip_conversions};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{Callee, Function, InstrId, InstrKind, ValueDef, ValueId};

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

/// The map that `value` copies, when it is a nil-for-nil copy of it (`maps.Clone(m)`).
pub(crate) fn copied_by_nil_for_nil(f: &Function, value: ValueId) -> Option<ValueId> {
    let InstrKind::Call { call } = &f[f.defining_instr(strip_conversions(f, value))?].kind else {
        return None;
    };
    let Callee::Static(callee) = &call.callee else { return None };
    let ValueDef::Function { name } = &f[*callee].def else { return None };
    let generic = name.split('[').next().unwrap_or(name);
    if !NIL_FOR_NIL_COPIES.contains(&generic) {
        return None;
    }
    Some(strip_conversions(f, *call.args.first()?))
}

fn copy_of_same(f: &Function, value: ValueId, same: &dyn Fn(InstrId) -> bool) -> bool {
    let Some(arg) = copied_by_nil_for_nil(f, value) else { return false };
    let Some(read) = f.defining_instr(arg) else {
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

/// The parameter's map that field `fields` of the local struct `value` loads is a copy of,
/// when every store into that field stores a nil-for-nil copy (or the map itself) of one
/// parameter's map, on the way where a test found that map not nil: the field is then nil
/// exactly when the parameter's map is.
pub(crate) fn copied_when_non_nil(
    f: &Function,
    dominators: &DomTree,
    value: ValueId,
    deref: bool,
    fields: &[u32],
) -> Option<Location> {
    let [field] = fields[..] else { return None };
    let value = strip_conversions(f, value);
    // The struct returned by value is loaded from a local; one returned by pointer is the
    // allocation itself (`r := new(T)`, `&T{}`).
    let local = if deref {
        &value
    } else {
        let load = f.defining_instr(value)?;
        let InstrKind::Load { addr } = &f[load].kind else { return None };
        addr
    };
    let alloc = f.defining_instr(*local)?;
    if !matches!(f[alloc].kind, InstrKind::Alloc { .. }) {
        return None;
    }
    let mut source: Option<Location> = None;
    for &user in f[*local].referrers() {
        match &f[user].kind {
            InstrKind::Load { .. } => {}
            InstrKind::Return { .. } if deref => {}
            // The whole struct stored: its fields are what the search already followed.
            InstrKind::Store { addr, .. } if addr == local => {}
            InstrKind::FieldAddr { base, field: other } if base == local && *other != field => {}
            InstrKind::FieldAddr { base, .. } if base == local => {
                let addr = f[user].result()?;
                for &store in f[addr].referrers() {
                    match &f[store].kind {
                        InstrKind::Load { .. } => {}
                        InstrKind::Store { addr: a, value } if *a == addr => {
                            let read = match copied_param_map(f, *value) {
                                Some(read) if behind_non_nil_test(f, dominators, store, &read) => {
                                    read
                                }
                                Some(_) => return None,
                                // A map made here (filled from the parameter's, as generated
                                // `CloneVT` methods do) under the test of the parameter's.
                                None if is_made_map(f, *value) => {
                                    tested_param_map(f, dominators, store)?
                                }
                                None => return None,
                            };
                            if source.as_ref().is_some_and(|s| *s != read) {
                                return None;
                            }
                            source = Some(read);
                        }
                        _ => return None,
                    }
                }
            }
            _ => return None,
        }
    }
    source
}

/// Where in a parameter the map `value` is read from, itself or through a nil-for-nil copy.
fn copied_param_map(f: &Function, value: ValueId) -> Option<Location> {
    let v = copied_by_nil_for_nil(f, value).unwrap_or_else(|| strip_conversions(f, value));
    let InstrKind::Load { addr } = &f[f.defining_instr(v)?].kind else { return None };
    let read = location(f, *addr)?;
    matches!(read.root, Root::Param(_)).then_some(read)
}

/// Whether `value` is a map made by `make` or a literal, never nil.
fn is_made_map(f: &Function, value: ValueId) -> bool {
    f.defining_instr(strip_conversions(f, value))
        .is_some_and(|i| matches!(f[i].kind, InstrKind::MakeMap { .. }))
}

/// The parameter's map that a test found not nil on every way to `at`, when there is one.
fn tested_param_map(f: &Function, dominators: &DomTree, at: InstrId) -> Option<Location> {
    let block = f[at].block()?;
    crate::guarding_edges::guarding_edges(f, dominators, block).find_map(|edge| {
        // The edge shows `tested` not nil where it shows it nil the other way.
        let cond = strip_conversions(f, edge.cond);
        let tested = crate::bool_params::nil_on_edge(f, cond, !edge.taken)?;
        let InstrKind::Load { addr } = &f[f.defining_instr(tested)?].kind else { return None };
        location(f, *addr).filter(|l| matches!(l.root, Root::Param(_)))
    })
}

/// Whether `at` runs only where a test found the map at `read` not nil.
fn behind_non_nil_test(f: &Function, dominators: &DomTree, at: InstrId, read: &Location) -> bool {
    let Some(block) = f[at].block() else { return false };
    crate::summarize::guarded_non_nil_where(f, dominators, block, &|tested| {
        f.defining_instr(tested).is_some_and(|i| {
            matches!(&f[i].kind, InstrKind::Load { addr } if location(f, *addr).as_ref() == Some(read))
        })
    })
}
