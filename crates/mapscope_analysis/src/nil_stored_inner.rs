//! Inner maps stored under a key that may themselves be nil: a copy of another key's inner map
//! (`perms[role] = maps.Clone(perms[parent])`) is nil when that key is missing, and a write
//! through the first key (`perms[role][p] = true`) then writes into nil.
//!
//! The store counts as a creation for nested-map-write's other rules; this one follows the path
//! from such a store to the write's lookup under the same key, with no store of a map that is
//! surely made in between.

use crate::checks::nested_map_write::{loaded_field, may_equal, same_map};
use crate::nilness::{Context, Search, is_nil_constant, strip_conversions};
use mapscope_ssa::gvn::ValueNumbering;
use mapscope_ssa::{Function, InstrId, InstrKind, ValueDef, ValueId};

/// A store into `outer` under a key congruent to `key` whose value may be nil and from which a
/// path reaches `lookup` (of `outer` under `key`) without another store under a key that may be
/// the same; the store, and the lookup whose missing key makes the value nil.
pub fn nil_stored_before(
    cx: Context<'_>,
    f: &Function,
    numbering: &ValueNumbering,
    outer: ValueId,
    key: ValueId,
    lookup: InstrId,
) -> Option<(InstrId, InstrId)> {
    let lookup_block = f[lookup].block()?;
    for b in f.block_ids() {
        for (at, &i) in f[b].instrs().iter().enumerate() {
            let InstrKind::MapUpdate { map, key: k, value } = &f[i].kind else { continue };
            if !same_map(f, numbering, *map, outer) || !same_key(f, numbering, *k, key) {
                continue;
            }
            let Some(missing) = copy_of_missing(cx, f, numbering, *value) else { continue };
            if reaches_without_store(f, numbering, outer, key, (b, at + 1), (lookup_block, lookup))
            {
                return Some((i, missing));
            }
        }
    }
    None
}

/// Whether keys `a` and `b` are the same value: congruent, or read from the same field of one
/// variable (the loop variable's `d.name`) that no store changes after its whole value is set.
fn same_key(f: &Function, numbering: &ValueNumbering, a: ValueId, b: ValueId) -> bool {
    let (a, b) = (strip_conversions(f, a), strip_conversions(f, b));
    if a == b || numbering.congruent(a, b) {
        return true;
    }
    let (Some((base, field)), Some(other)) = (loaded_field(f, a), loaded_field(f, b)) else {
        return false;
    };
    if (base, field) != other {
        return false;
    }
    // Nothing stores into that field of the variable.
    f[base].referrers().iter().all(|&u| match &f[u].kind {
        InstrKind::FieldAddr { field: g, .. } if *g == field => f[u].result().is_some_and(|r| {
            f[r].referrers().iter().all(|&w| matches!(f[w].kind, InstrKind::Load { .. }))
        }),
        _ => true,
    })
}

/// The lookup whose missing key makes `value` nil: `value` is an inner map looked up without
/// a presence test, or a copy of one that is nil for nil (`maps.Clone`, a module helper whose
/// summary says so).
fn copy_of_missing(
    cx: Context<'_>,
    f: &Function,
    numbering: &ValueNumbering,
    value: ValueId,
) -> Option<InstrId> {
    let value = strip_conversions(f, value);
    let ValueDef::Result { instr, index } = f[value].def else { return None };
    match &f[instr].kind {
        InstrKind::MapLookup { .. } if index == 0 => untested_lookup(f, numbering, value),
        InstrKind::Call { call } => {
            let callee = cx.call_summary(f, call)?;
            callee.summary.nil_with_params.iter().filter(|r| r.result == index).find_map(|r| {
                let &arg = callee.args.get(r.param as usize)?;
                if !r.access.fields.is_empty() || r.access.deref {
                    return None;
                }
                // A helper nil only for a nil map: what its argument is decides.
                let arg = strip_conversions(f, arg);
                untested_lookup(f, numbering, arg).or_else(|| {
                    let mut search = Search::new(f, cx, false);
                    search.nil_value(arg, 0).map(|_| instr)
                })
            })
        }
        _ => None,
    }
}

/// The lookup `value` is the result of, when nothing in the function tests that key's presence
/// in that map (a comma-ok lookup, a nil or length test of what it finds).
fn untested_lookup(f: &Function, numbering: &ValueNumbering, value: ValueId) -> Option<InstrId> {
    let ValueDef::Result { instr: lookup, index: 0 } = f[value].def else { return None };
    let InstrKind::MapLookup { map, key, comma_ok: false } = &f[lookup].kind else { return None };
    let tested = f.block_ids().any(|b| {
        f[b].instrs().iter().any(|&i| match &f[i].kind {
            InstrKind::MapLookup { map: m, key: k, comma_ok } => {
                same_map(f, numbering, *m, *map)
                    && may_equal(f, numbering, *k, *key)
                    && (*comma_ok
                        || f[i].result().is_some_and(|r| {
                            f[r].referrers().iter().any(|&u| match &f[u].kind {
                                InstrKind::BinOp { .. } => true,
                                InstrKind::Call { call } => {
                                    call.callee
                                        == mapscope_ssa::Callee::Builtin(mapscope_ssa::Builtin::Len)
                                }
                                _ => false,
                            })
                        }))
            }
            _ => false,
        })
    });
    (!tested).then_some(lookup)
}

/// Whether a path from instruction `from.1` of block `from.0` reaches `to` (the lookup, in its
/// block) without passing a store into `outer` under a key that may be `key`.
fn reaches_without_store(
    f: &Function,
    numbering: &ValueNumbering,
    outer: ValueId,
    key: ValueId,
    from: (mapscope_ssa::BlockId, usize),
    to: (mapscope_ssa::BlockId, InstrId),
) -> bool {
    let stores = |i: InstrId| match &f[i].kind {
        InstrKind::MapUpdate { map, key: k, value } => {
            same_map(f, numbering, *map, outer)
                && may_equal(f, numbering, *k, key)
                && !is_nil_constant(f, strip_conversions(f, *value))
        }
        _ => false,
    };
    // Scans `instrs` from `start`: Some(true) at the lookup, Some(false) at a store.
    let scan = |b: mapscope_ssa::BlockId, start: usize| {
        for &i in &f[b].instrs()[start..] {
            if b == to.0 && i == to.1 {
                return Some(true);
            }
            if stores(i) {
                return Some(false);
            }
        }
        None
    };
    if let Some(found) = scan(from.0, from.1) {
        return found;
    }
    let mut visited = vec![false; f.block_count()];
    let mut stack: Vec<_> = f[from.0].succs().to_vec();
    while let Some(b) = stack.pop() {
        if std::mem::replace(&mut visited[b.index()], true) {
            continue;
        }
        match scan(b, 0) {
            Some(true) => return true,
            Some(false) => {}
            None => stack.extend_from_slice(f[b].succs()),
        }
    }
    false
}
