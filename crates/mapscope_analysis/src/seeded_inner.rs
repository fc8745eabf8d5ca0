//! Map-of-maps fields whose inner maps the module creates in loops, one per turn under the
//! turn's key (`for pattern := range routes { rt.counts[pattern] = make(...) }`): the field
//! holds inner maps for the keys that loop walked, and for no other.
//!
//! A function that then writes `rt.counts[pattern][code]++` on every call, under a key from
//! elsewhere, with no test, creation or range of the field and no call of the module's code
//! before the write ([`crate::inner_on_miss::written_unchecked`]), counts on a key the loop
//! happened to walk; nested-map-write reports it. A guard that may return first (`if pattern
//! == "" { return }`) is left to the code: the write must run on every call. The same holds
//! for a map of struct values seeded so (`for _, n := range names { s.groups[n] = Group{...}
//! }`): a write into a map field of the looked-up value (`s.groups[ch].members[u] = true`)
//! finds the zero struct's nil map for a key no loop walked, which nil-map-write reports.

use crate::nilness::strip_conversions;
use mapscope_ssa::{Function, InstrId, InstrKind, ValueDef, ValueId};

/// Whether the creation `update` of an inner map under `key` sits in a loop (a path from its
/// block leads back to it) and its key is not a constant, so each turn may create another.
pub fn created_in_loop(f: &Function, update: InstrId, key: ValueId) -> bool {
    if matches!(f[strip_conversions(f, key)].def, ValueDef::Const(_)) {
        return false;
    }
    if !matches!(f[update].kind, InstrKind::MapUpdate { .. }) {
        return false;
    }
    let Some(block) = f[update].block() else { return false };
    let mut seen = vec![false; f.block_count()];
    let mut stack: Vec<_> = f[block].succs().to_vec();
    while let Some(b) = stack.pop() {
        if b == block {
            return true;
        }
        if std::mem::replace(&mut seen[b.index()], true) {
            continue;
        }
        stack.extend_from_slice(f[b].succs());
    }
    false
}

/// The lookup of a write `m[k].f[x] = v` into a map field of a struct value read from a map
/// field seeded in loops (`for _, n := range names { s.groups[n] = Group{members: ...} }`),
/// when the write's function counts on the key being one of them as
/// [`crate::inner_on_miss::written_unchecked`] tells, on every call: a missing key gives the
/// zero struct, whose map is nil.
pub fn seeded_struct_write(cx: &crate::FunctionContext<'_>, update: InstrId) -> Option<InstrId> {
    let f = cx.function;
    let module = cx.analysis.module;
    let InstrKind::MapUpdate { map, .. } = &f[update].kind else { return None };
    // `m[k].f` (or `.f.g`): fields of the looked-up struct value itself.
    let mut value = strip_conversions(f, *map);
    let mut selected = false;
    while let Some(select) = f.defining_instr(value) {
        let InstrKind::Field { base, .. } = &f[select].kind else { break };
        value = strip_conversions(f, *base);
        selected = true;
    }
    let ValueDef::Result { instr: lookup, index: 0 } = f[value].def else { return None };
    let InstrKind::MapLookup { map: outer, comma_ok: false, .. } = &f[lookup].kind else {
        return None;
    };
    if !selected {
        return None;
    }
    let me = &module.functions[module.lookup(&f.name)?];
    let selection = |s: InstrId| me.fields.selection(me.index_in_unit, s);
    let field = crate::inner_on_miss::reads_field(f, *outer, &selection)?;
    if !cx.analysis.fields.inner_seeded(module.program, field) {
        return None;
    }
    let resolves = |call: &mapscope_ssa::CallCommon| {
        module.resolve(f, call).is_some()
            || matches!(
                call.callee,
                mapscope_ssa::Callee::Dynamic(_) | mapscope_ssa::Callee::Invoke { .. }
            )
    };
    if !crate::inner_on_miss::written_unchecked(f, field, update, &selection, &resolves) {
        return None;
    }
    let dominators = mapscope_ssa::dom::DomTree::new(f);
    let block = f[update].block()?;
    crate::summarize::reached_by_every_call(f, &dominators, block).then_some(lookup)
}
