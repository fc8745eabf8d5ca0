//! Fields of a struct result that are not nil beside a nil map field: the error a
//! `Result{Val: zero, Err: err}` carries on the failure path. A caller that tests the error
//! field (`if res.Err != nil { continue }`) does not go on with the nil map, as one that tests
//! a separate error result does not.

use crate::nilness::strip_conversions;
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BlockId, Function, InstrKind, ValueId};

/// The fields of the struct `value` returned from `block` that hold a value known not nil
/// there: an error the function tested non-nil on the way (`if err != nil`), or a new one
/// (`errors.New`, `fmt.Errorf`), stored into the composite literal the result is read from.
pub fn non_nil_fields(
    f: &Function,
    dominators: &DomTree,
    value: ValueId,
    block: BlockId,
) -> Vec<u32> {
    let value = strip_conversions(f, value);
    let Some(load) = f.defining_instr(value) else { return Vec::new() };
    let InstrKind::Load { addr } = &f[load].kind else { return Vec::new() };
    let Some(alloc) = f.defining_instr(*addr) else { return Vec::new() };
    if !matches!(f[alloc].kind, InstrKind::Alloc { .. }) {
        return Vec::new();
    }
    let mut fields: Vec<u32> = Vec::new();
    for &u in f[*addr].referrers() {
        let InstrKind::FieldAddr { field, .. } = &f[u].kind else { continue };
        let Some(field_addr) = f[u].result() else { continue };
        let stores_non_nil = f[field_addr].referrers().iter().any(|&s| {
            let InstrKind::Store { addr: to, value: stored } = &f[s].kind else { return false };
            let stored = strip_conversions(f, *stored);
            *to == field_addr
                && (crate::summarize::guarded_non_nil_where(f, dominators, block, &|tested| {
                    tested == stored
                }) || f
                    .defining_instr(stored)
                    .is_some_and(|d| crate::summarize::builds_non_nil(f, d)))
        });
        // A field stored more than once (`r.Err = nil` after the literal) is left out.
        let stores = f[field_addr].referrers().iter().filter(
            |&&s| matches!(&f[s].kind, InstrKind::Store { addr: to, .. } if *to == field_addr),
        );
        if stores_non_nil && stores.count() == 1 {
            fields.push(*field);
        }
    }
    fields.sort_unstable();
    fields.dedup();
    fields
}

/// The reads, in the caller `f`, of fields `fields` of the struct `result` a call returned:
/// extracted from the value itself, or loaded from the variable it is stored into when that
/// variable's fields are stored nowhere else (a later `res.Err = nil` would be another value).
pub fn field_reads(f: &Function, result: ValueId, fields: &[u32]) -> Vec<ValueId> {
    if fields.is_empty() {
        return Vec::new();
    }
    let mut reads = Vec::new();
    for &u in f[result].referrers() {
        match &f[u].kind {
            InstrKind::Field { field, .. } if fields.contains(field) => reads.extend(f[u].result()),
            InstrKind::Store { addr, value } if *value == result => {
                let Some(alloc) = f.defining_instr(*addr) else { continue };
                if !matches!(f[alloc].kind, InstrKind::Alloc { .. }) {
                    continue;
                }
                reads.extend(loaded_fields(f, *addr, fields));
            }
            _ => {}
        }
    }
    reads
}

/// The loads of fields `fields` of the variable `var`, when no store goes into those fields
/// alone.
fn loaded_fields(f: &Function, var: ValueId, fields: &[u32]) -> Vec<ValueId> {
    let mut loads = Vec::new();
    for &u in f[var].referrers() {
        // `res.Err` read from a copy of the whole variable.
        if let InstrKind::Load { .. } = &f[u].kind
            && let Some(copy) = f[u].result()
        {
            for &x in f[copy].referrers() {
                if matches!(&f[x].kind, InstrKind::Field { field, .. } if fields.contains(field)) {
                    loads.extend(f[x].result());
                }
            }
            continue;
        }
        let InstrKind::FieldAddr { field, .. } = &f[u].kind else { continue };
        if !fields.contains(field) {
            continue;
        }
        let Some(field_addr) = f[u].result() else { continue };
        for &r in f[field_addr].referrers() {
            match &f[r].kind {
                InstrKind::Load { .. } => loads.extend(f[r].result()),
                _ => return Vec::new(),
            }
        }
    }
    loads
}
