//! Map-of-maps fields whose inner maps counting loops create over a constant range of a named
//! integer type (`for d := time.Monday; d <= time.Friday; d++ { s.booked[d] = ... }`), and a
//! constant the type declares that no such range covers (`time.Saturday`).
//!
//! A table filled for a range of an enumeration holds an inner map for those values only; a
//! write under a key of that type that is not a constant may take any value the type
//! declares. A range over every declared constant (`time.Sunday` to `time.Saturday`) covers
//! them all, and the largest constant, when a loop stops before it (`k < numKinds`, a count
//! kept in the type), is no value a key takes.

use crate::nilness::strip_conversions;
use mapscope_ssa::{BinaryOp, ConstValue, Function, InstrKind, ValueDef, ValueId};
use mapscope_types::constant::Value;
use mapscope_types::types::{ObjId, ObjKind, Type, TypeId, TypeView};

/// The values a counting loop gives `key` (a φ that starts at a constant and steps up by one
/// while below or at a constant bound), first and last, and the bound when the loop stops
/// before it.
fn counted_range(h: &Function, key: ValueId) -> Option<(i128, i128, Option<i128>)> {
    let key = strip_conversions(h, key);
    let phi = h.defining_instr(key)?;
    let InstrKind::Phi { edges, .. } = &h[phi].kind else { return None };
    let constant = |v: ValueId| match h[strip_conversions(h, v)].def {
        ValueDef::Const(ConstValue::Int(i)) => Some(i),
        _ => None,
    };
    let mut start = None;
    for &e in edges {
        if let Some(c) = constant(e) {
            start = Some(c);
            continue;
        }
        // The step: `key + 1`.
        let step = h.defining_instr(strip_conversions(h, e)).map(|i| &h[i].kind);
        let Some(InstrKind::BinOp { op: BinaryOp::Add, x, y }) = step else { return None };
        if strip_conversions(h, *x) != key || constant(*y) != Some(1) {
            return None;
        }
    }
    let start = start?;
    // The loop's test of the key against a constant bound.
    for &user in h[key].referrers() {
        let InstrKind::BinOp { op, x, y } = &h[user].kind else { continue };
        if strip_conversions(h, *x) != key {
            continue;
        }
        let Some(bound) = constant(*y) else { continue };
        match op {
            BinaryOp::Leq => return Some((start, bound, None)),
            BinaryOp::Lss => return Some((start, bound - 1, Some(bound))),
            _ => {}
        }
    }
    None
}

/// The name and value of a constant of `key_type` (a named integer type) that no inner map of
/// `field` is created for, when every creation is a counting loop's over a constant range.
pub fn uncovered_constant(
    module: &crate::module::Module<'_>,
    field: ObjId,
    key_type: TypeId,
) -> Option<(Box<str>, i128)> {
    let program = module.program;
    let Type::Named(named) = program.ty(key_type) else { return None };
    let arena = program.obj(named.obj).pkg;
    let unit = program.units.get((arena as usize).checked_sub(1)?)?;
    let mut ranges = Vec::new();
    for (index, update) in crate::inner_on_miss::inner_creations(module, field) {
        let h = module.functions[index].function;
        let InstrKind::MapUpdate { key, .. } = &h[update].kind else { return None };
        ranges.push(counted_range(h, *key)?);
    }
    if ranges.is_empty() {
        return None;
    }
    // The type's constants, and the largest: a loop that stops before it counts up to a
    // count kept in the type (`k < numKinds`), which no key takes.
    let declared: Vec<(i128, Box<str>)> = unit
        .scope
        .values()
        .filter_map(|&obj| {
            let object = program.obj(obj);
            match &object.kind {
                ObjKind::Const(Value::Int(v)) if object.ty == key_type => {
                    Some((*v, object.name.clone()))
                }
                _ => None,
            }
        })
        .collect();
    let largest = declared.iter().map(|&(v, _)| v).max()?;
    let covered = |v: i128| {
        ranges.iter().any(|&(low, high, stop)| {
            (low..=high).contains(&v) || (stop == Some(v) && v == largest)
        })
    };
    let mut uncovered: Vec<(i128, Box<str>)> =
        declared.into_iter().filter(|&(v, _)| !covered(v)).collect();
    uncovered.sort();
    uncovered.into_iter().next().map(|(v, name)| (name, v))
}
