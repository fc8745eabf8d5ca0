//! Map-of-maps fields whose inner maps the module creates only where it found the key missing
//! (get-or-create: `if _, ok := d.teams[t]; !ok { d.teams[t] = make(...) }`), and writes into
//! such a field's inner map that run with no test or creation of the key on the way.
//!
//! Code that creates inner maps only after a presence test says, in its own words, that a key
//! may be missing; a function that writes `d.teams[to][user] = role` without a test, without a
//! creation and without a call that might create one, then relies on some other call having
//! come first for that very key, which nothing in the module checks.

use crate::checks::nested_map_write::evaluate;
use crate::fields::selected_field;
use crate::nilness::{is_nil_constant, strip_conversions};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BlockId, Builtin, Callee, Function, InstrId, InstrKind, ValueDef, ValueId};
use mapscope_types::types::ObjId;
use rustc_hash::FxHashSet;

/// How many dominators up a creation looks for the branch that found its key missing.
const MAX_GUARD_DEPTH: usize = 16;

/// What one selection of a map-of-maps field does with inner maps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnMiss {
    /// Puts none in.
    Nothing,
    /// Creates inner maps, each on the branch where its key was found missing.
    OnMiss,
    /// Creates inner maps in a loop, each under the key of its turn, and maybe on a miss too
    /// ([`crate::seeded_inner`]).
    Seeded,
    /// Puts them in some other way, or hands the map to code that may.
    Other,
}

/// What the field selection `selection` of `f` does with the field's inner maps; `field` tells
/// whether a selection of `f` names the same field, `dominators` is `f`'s tree, computed when
/// first needed.
pub fn selection_fills(
    f: &Function,
    selection: InstrId,
    field: &dyn Fn(InstrId) -> Option<ObjId>,
    dominators: &mut Option<DomTree>,
) -> OnMiss {
    let Some(result) = f[selection].result() else { return OnMiss::Other };
    let Some(obj) = field(selection) else { return OnMiss::Other };
    let maps: Vec<ValueId> = match f[selection].kind {
        InstrKind::Field { .. } => vec![result],
        _ => {
            let mut loaded = Vec::new();
            for &user in f[result].referrers() {
                match &f[user].kind {
                    InstrKind::Load { .. } => loaded.extend(f[user].result()),
                    // Storing a fresh empty map (or nil) brings no inner map along.
                    InstrKind::Store { addr, value } if *addr == result => {
                        if !empty_or_nil(f, strip_conversions(f, *value)) {
                            return OnMiss::Other;
                        }
                    }
                    InstrKind::FieldAddr { .. } => {}
                    _ => return OnMiss::Other,
                }
            }
            loaded
        }
    };
    let mut found = OnMiss::Nothing;
    for m in maps {
        for &user in f[m].referrers() {
            let fine = match &f[user].kind {
                InstrKind::MapLookup { map, key, .. } | InstrKind::MapDelete { map, key } => {
                    *map == m && *key != m
                }
                InstrKind::MapUpdate { map, key, value } => {
                    if *map != m || *key == m {
                        false
                    } else if is_nil_constant(f, strip_conversions(f, *value)) {
                        true
                    } else {
                        let tree = dominators.get_or_insert_with(|| DomTree::new(f));
                        if created_on_miss(f, tree, user, *key, obj, field) {
                            if found != OnMiss::Seeded {
                                found = OnMiss::OnMiss;
                            }
                        } else if crate::seeded_inner::created_in_loop(f, user, *key) {
                            found = OnMiss::Seeded;
                        } else {
                            return OnMiss::Other;
                        }
                        true
                    }
                }
                InstrKind::MapRange { .. }
                | InstrKind::MapClear { .. }
                | InstrKind::BinOp { .. } => true,
                InstrKind::Convert { kind: mapscope_ssa::ConversionKind::ChangeType, .. } => {
                    f[user].result().is_some_and(|r| {
                        f[r].referrers()
                            .iter()
                            .all(|&u| matches!(f[u].kind, InstrKind::BinOp { .. }))
                    })
                }
                InstrKind::Call { call } => call.callee == Callee::Builtin(Builtin::Len),
                // Printing only reads it.
                InstrKind::MakeInterface { .. } => f[user].result().is_some_and(|any| {
                    f[any].referrers().iter().all(|&u| match &f[u].kind {
                        InstrKind::Store { addr, value } => {
                            *value == any && crate::fields::only_printed(f, *addr)
                        }
                        _ => false,
                    })
                }),
                _ => false,
            };
            if !fine {
                return OnMiss::Other;
            }
        }
    }
    found
}

/// Whether `v` is nil or a map made by `make` or an empty literal.
fn empty_or_nil(f: &Function, v: ValueId) -> bool {
    if is_nil_constant(f, v) {
        return true;
    }
    let Some(make) = f.defining_instr(v) else { return false };
    matches!(f[make].kind, InstrKind::MakeMap { .. })
        && f[v]
            .referrers()
            .iter()
            .all(|&u| !matches!(f[u].kind, InstrKind::MapUpdate { map, .. } if map == v))
}

/// Whether the creation `update` (of `field`'s map under `key`) runs only on a branch that a
/// lookup of the same field under the same key took because the key was missing.
fn created_on_miss(
    f: &Function,
    dominators: &DomTree,
    update: InstrId,
    key: ValueId,
    field: ObjId,
    selection: &dyn Fn(InstrId) -> Option<ObjId>,
) -> bool {
    let key = strip_conversions(f, key);
    let is_lookup_result = |v: ValueId, index: usize| {
        let v = strip_conversions(f, v);
        let ValueDef::Result { instr, index: i } = f[v].def else { return false };
        let InstrKind::MapLookup { map, key: k, .. } = &f[instr].kind else { return false };
        i as usize == index
            && strip_conversions(f, *k) == key
            && reads_field(f, *map, selection) == Some(field)
    };
    let Some(mut block) = f[update].block() else { return false };
    for _ in 0..MAX_GUARD_DEPTH {
        if let [pred] = f[block].preds() {
            let terminator = f[*pred].instrs().last().copied();
            if let Some(InstrKind::If { cond }) = terminator.map(|i| &f[i].kind) {
                let taken_true = f[*pred].succs().first() == Some(&block);
                if evaluate(f, *cond, &is_lookup_result, 0) == Some(taken_true) {
                    return true;
                }
            }
        }
        let Some(up) = dominators.idom(block) else { return false };
        if up == block {
            return false;
        }
        block = up;
    }
    false
}

/// The field a map value is read from (a load of a field's address, or a field of a struct
/// value).
pub fn reads_field(
    f: &Function,
    map: ValueId,
    selection: &dyn Fn(InstrId) -> Option<ObjId>,
) -> Option<ObjId> {
    let instr = f.defining_instr(strip_conversions(f, map))?;
    match &f[instr].kind {
        InstrKind::Load { addr } => selection(selected_field(f, *addr)?),
        InstrKind::Field { .. } => selection(instr),
        _ => None,
    }
}

/// Whether `f` writes through `lookup` (of field `field`'s map) at `update` without having
/// looked at the key first: nothing in `f` tests a key's presence in the field's map, creates
/// an inner map in it or ranges over it (the same field of another parameter aside), and no
/// call that may run the module's code comes before the write (`resolves` tells whether a call
/// may).
pub fn written_unchecked(
    f: &Function,
    field: ObjId,
    update: InstrId,
    selection: &dyn Fn(InstrId) -> Option<ObjId>,
    resolves: &dyn Fn(&mapscope_ssa::CallCommon) -> bool,
) -> bool {
    let Some(write_block) = f[update].block() else { return false };
    // The blocks from which the write can be reached.
    let before = crate::inner_on_miss::blocks_reaching(f, write_block);
    let of_field = |map: ValueId| reads_field(f, map, selection) == Some(field);
    // The value whose field the write looks up its inner map in.
    let written_base = match &f[update].kind {
        InstrKind::MapUpdate { map, .. } => {
            f.defining_instr(strip_conversions(f, *map)).and_then(|lookup| match &f[lookup].kind {
                InstrKind::MapLookup { map, .. } => field_base(f, *map),
                _ => None,
            })
        }
        _ => None,
    };
    for b in f.block_ids() {
        let instrs = f[b].instrs();
        // In the write's own block, only what comes before the write, unless a loop leads
        // back to it.
        let end = if b == write_block && !before.contains(&b) {
            instrs.iter().position(|&i| i == update).unwrap_or(instrs.len())
        } else if before.contains(&b) {
            instrs.len()
        } else {
            0
        };
        for (at, &i) in instrs.iter().enumerate() {
            let runs_before = at < end;
            match &f[i].kind {
                InstrKind::MapLookup { map, comma_ok: true, .. } if of_field(*map) => return false,
                InstrKind::MapLookup { map, comma_ok: false, .. } if of_field(*map) => {
                    // The inner map tested (`== nil`, `len`) shows the key may be missing.
                    let tested = f[i].result().is_some_and(|r| {
                        f[r].referrers().iter().any(|&u| match &f[u].kind {
                            InstrKind::BinOp { .. } => true,
                            InstrKind::Call { call } => {
                                call.callee == Callee::Builtin(Builtin::Len)
                            }
                            _ => false,
                        })
                    });
                    if tested {
                        return false;
                    }
                }
                InstrKind::MapUpdate { map, value, .. }
                    if of_field(*map) && !is_nil_constant(f, strip_conversions(f, *value)) =>
                {
                    return false;
                }
                // A range over the same field of another parameter (`for r := range
                // shard.byRoute` before `h.byRoute[r][k]`) gives keys the other value has.
                InstrKind::MapRange { map, .. }
                    if of_field(*map)
                        && !other_parameters(f, field_base(f, *map), written_base) =>
                {
                    return false;
                }
                InstrKind::Call { call } | InstrKind::Go { call } | InstrKind::Defer { call }
                    if runs_before && resolves(call) =>
                {
                    return false;
                }
                _ => {}
            }
        }
    }
    true
}

/// The creations of inner maps in `field` across the module (stores of a map that is not nil
/// under a key): each function's module index and the update.
pub fn inner_creations(module: &crate::module::Module<'_>, field: ObjId) -> Vec<(usize, InstrId)> {
    let mut creations = Vec::new();
    for (index, g) in module.functions.iter().enumerate() {
        let h = g.function;
        let field_of = |s: InstrId| g.fields.selection(g.index_in_unit, s);
        for b in h.block_ids() {
            for &i in h[b].instrs() {
                let InstrKind::MapUpdate { map, value, .. } = &h[i].kind else { continue };
                if !is_nil_constant(h, strip_conversions(h, *value))
                    && reads_field(h, *map, &field_of) == Some(field)
                {
                    creations.push((index, i));
                }
            }
        }
    }
    creations
}

/// The blocks from which a path of at least one edge leads to `block`.
pub fn blocks_reaching(f: &Function, block: BlockId) -> FxHashSet<BlockId> {
    let mut before: FxHashSet<_> = FxHashSet::default();
    let mut work = vec![block];
    while let Some(b) = work.pop() {
        for &p in f[b].preds() {
            if before.insert(p) {
                work.push(p);
            }
        }
    }
    before
}

/// The value whose field `map` (a read of a field) is read from.
fn field_base(f: &Function, map: ValueId) -> Option<ValueId> {
    let instr = f.defining_instr(strip_conversions(f, map))?;
    match &f[instr].kind {
        InstrKind::Load { addr } => match f[selected_field(f, *addr)?].kind {
            InstrKind::FieldAddr { base, .. } => Some(strip_conversions(f, base)),
            _ => None,
        },
        InstrKind::Field { base, .. } => Some(strip_conversions(f, *base)),
        _ => None,
    }
}

/// Whether `a` and `b` are two different parameters of `f`.
fn other_parameters(f: &Function, a: Option<ValueId>, b: Option<ValueId>) -> bool {
    let param = |v: Option<ValueId>| v.filter(|&v| matches!(f[v].def, ValueDef::Param { .. }));
    matches!((param(a), param(b)), (Some(a), Some(b)) if a != b)
}

/// Whether `key` is read from a field that a function creating inner maps in `field` also
/// stores into: the key is state that the creation keeps (`p.current = name` beside the
/// creation of `sections[name]`), whose own history decides whether it was created.
pub fn key_kept_with_creation(
    module: &crate::module::Module<'_>,
    f: &Function,
    key: ValueId,
    field: ObjId,
    selection: &dyn Fn(InstrId) -> Option<ObjId>,
) -> bool {
    let Some(key_field) = reads_field(f, key, selection) else { return false };
    module.functions.iter().any(|g| {
        let h = g.function;
        let field_of = |s: InstrId| g.fields.selection(g.index_in_unit, s);
        let mut creates = false;
        let mut stores_key = false;
        for b in h.block_ids() {
            for &i in h[b].instrs() {
                match &h[i].kind {
                    InstrKind::MapUpdate { map, value, .. }
                        if !is_nil_constant(h, strip_conversions(h, *value))
                            && reads_field(h, *map, &field_of) == Some(field) =>
                    {
                        creates = true;
                    }
                    InstrKind::Store { addr, .. }
                        if selected_field(h, *addr).and_then(field_of) == Some(key_field) =>
                    {
                        stores_key = true;
                    }
                    _ => {}
                }
            }
        }
        creates && stores_key
    })
}
