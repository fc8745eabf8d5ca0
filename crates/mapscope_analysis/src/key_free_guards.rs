//! Whether the branches on the way to a write into an inner map let a key that has no inner map
//! through: every branch that may turn the function away first decides on something other than
//! the key (`if ev.Units <= 0 { return }`, a parse error), or goes on to the write when the key
//! is missing (`if _, taken := m[day][hour]; taken { return ... }` finds nothing in a nil map).
//!
//! A guard that tests the key (`if pattern == "" { return }`, a lookup in a set of known names)
//! may be what keeps unknown keys away, so such a guard leaves the write to the code. A write in
//! a loop is left alone too: the loop may walk the very keys the inner maps were created for.
//! A field whose inner maps a counting loop creates from a constant on (`for d :=
//! time.Sunday; d <= time.Saturday; d++`) often covers every value the key's type takes; the
//! check asks [`crate::enum_ranges`] for a constant it leaves out before it trusts the guards.

use crate::checks::nested_map_write::evaluate;
use crate::key_sources::{KeySource, Step, derived_values, key_source};
use crate::nilness::strip_conversions;
use mapscope_ssa::{Function, InstrId, InstrKind, ValueDef, ValueId};
use mapscope_types::types::ObjId;
use rustc_hash::FxHashSet;

/// Whether every branch before the write `update` (through `lookup`, under `key`, of a map
/// `of_field` tells apart) lets a missing key on to the write, and the write runs at most once
/// per call.
pub fn guards_let_missing_key_through(
    f: &Function,
    lookup: InstrId,
    update: InstrId,
    of_field: &dyn Fn(ValueId) -> bool,
) -> bool {
    let InstrKind::MapLookup { key, .. } = f[lookup].kind else { return false };
    let Some(write_block) = f[update].block() else { return false };
    if crate::key_values::block_reaches(f, write_block, write_block) {
        return false;
    }
    // The blocks from which the write can be reached.
    let before = crate::inner_on_miss::blocks_reaching(f, write_block);
    let seeds = key_values(f, key);
    let Some(derived) = derived_values(f, seeds.iter().copied().collect(), lookup) else {
        return false;
    };
    // What a lookup of the field under the key gives when the key is missing: a nil inner map,
    // in which any lookup finds nothing.
    let missing_result = |v: ValueId, index: usize| {
        let v = strip_conversions(f, v);
        let ValueDef::Result { instr, index: i } = f[v].def else { return false };
        let InstrKind::MapLookup { map, key: k, .. } = &f[instr].kind else { return false };
        if i as usize != index {
            return false;
        }
        let under_key =
            |map: ValueId, k: ValueId| of_field(map) && seeds.contains(&strip_conversions(f, k));
        if under_key(*map, *k) {
            return true;
        }
        // A lookup in the inner map itself: nothing is found in a nil map.
        index == 1 && {
            let inner = strip_conversions(f, *map);
            match f[inner].def {
                ValueDef::Result { instr: outer, index: 0 } => matches!(
                    &f[outer].kind,
                    InstrKind::MapLookup { map, key, .. } if under_key(*map, *key)
                ),
                _ => false,
            }
        }
    };
    for &b in &before {
        let Some(&last) = f[b].instrs().last() else { continue };
        match &f[last].kind {
            InstrKind::If { cond } if f[b].succs().len() == 2 => {
                if !derived.contains(&strip_conversions(f, *cond)) && !derived.contains(cond) {
                    continue;
                }
                let Some(value) = evaluate(f, *cond, &missing_result, 0) else { return false };
                let taken = f[b].succs()[usize::from(!value)];
                if taken != write_block && !before.contains(&taken) {
                    return false;
                }
            }
            _ if f[b].succs().len() > 1 => return false,
            _ => {}
        }
    }
    true
}

/// The values of `f` that hold the key or something it is taken from or made of: the key, the
/// other results of the call that gives it, the other loads of the local variable it is loaded
/// from (a call that only writes the key through a pointer, `fmt.Sscanf`, tells whether the
/// input parsed, not which key it is), and the values whose source
/// ([`crate::key_sources`]) leads to the key's or on from it (but not the struct the key is a
/// field of, whose other fields are other data).
fn key_values(f: &Function, key: ValueId) -> FxHashSet<ValueId> {
    let key = strip_conversions(f, key);
    let mut seeds: FxHashSet<ValueId> = FxHashSet::from_iter([key]);
    // A call that gives the key gives what it says about it beside (`zone, ok :=
    // s.zoneOf(fqdn)`): a test of that is a test of the key.
    if let Some(call) = f.defining_instr(key) {
        if matches!(f[call].kind, InstrKind::Call { .. }) {
            seeds.extend(f[call].results());
        }
    }
    if let Some(load) = f.defining_instr(key) {
        if let InstrKind::Load { addr } = &f[load].kind {
            if f.defining_instr(*addr).is_some_and(|a| matches!(f[a].kind, InstrKind::Alloc { .. }))
            {
                for &user in f[*addr].referrers() {
                    if matches!(f[user].kind, InstrKind::Load { .. }) {
                        seeds.extend(f[user].results());
                    }
                }
            }
        }
    }
    let Some(source) = key_source(f, key) else { return seeds };
    for b in f.block_ids() {
        for &i in f[b].instrs() {
            for v in f[i].results() {
                if key_source(f, v).is_some_and(|s| related(&source, &s)) {
                    seeds.insert(v);
                }
            }
        }
    }
    for &v in f.params() {
        if key_source(f, v).is_some_and(|s| related(&source, &s)) {
            seeds.insert(v);
        }
    }
    seeds
}

/// Whether `other` is the key's source, leads on from it, or leads to it by a step that is
/// not the selection of a field.
fn related(key: &KeySource, other: &KeySource) -> bool {
    if key.root != other.root {
        return false;
    }
    if other.steps.starts_with(&key.steps) {
        return true;
    }
    key.steps.starts_with(&other.steps)
        && !matches!(key.steps.get(other.steps.len()), Some(Step::Field(_)))
}

/// Whether some creation of an inner map in `field` is under a counter a loop carries from a
/// constant (`for d := time.Monday; d <= time.Friday; d++ { s.booked[d] = ... }`).
pub fn created_by_counter(module: &crate::module::Module<'_>, field: ObjId) -> bool {
    crate::inner_on_miss::inner_creations(module, field).into_iter().any(|(index, update)| {
        let h = module.functions[index].function;
        let InstrKind::MapUpdate { key, .. } = &h[update].kind else { return false };
        let Some(phi) = h.defining_instr(strip_conversions(h, *key)) else { return false };
        let InstrKind::Phi { edges, .. } = &h[phi].kind else { return false };
        edges.iter().any(|&e| matches!(h[strip_conversions(h, e)].def, ValueDef::Const(_)))
    })
}
