//! Elements appended to a slice field without a map that only creation sets: `g.routes =
//! append(g.routes, route{path: "/healthz"})` beside routes made by a constructor with their
//! header map, and a loop over every element of `g.routes` that writes the element's map.
//!
//! A map field that only the allocation creating a value sets
//! ([`crate::fields::FieldFacts::set_at_creation`]) stays nil in an element appended without
//! it, whatever happens to the slice later; a loop that walks every element of the same slice
//! field (the `range` shape) meets that element. An element stored into a map field the same
//! way (`c.stats[p] = partitionStats{offset: -1}`) keeps it nil for any lookup of that map.
//! A literal that sets the map to a value it is given (`record{fields: fields}`) does not
//! leave it out (`given_in_literal`).

use crate::checks::nested_map_write::loaded_field;
use crate::fields::made_at_creation;
use crate::key_values::walks_every_index;
use crate::module::ModuleFunction;
use crate::nilness::{Context, strip_conversions};
use mapscope_ssa::{
    Builtin, Callee, ConstValue, Function, InstrId, InstrKind, ProgramTypeInfo, ValueDef, ValueId,
};
use mapscope_types::types::{ObjId, Type, TypeView};
use rustc_hash::{FxHashMap, FxHashSet};

/// Adds to `out` the (slice or map field, map field) pairs where `f` appends to the slice
/// field, or stores into the map field, an element it builds without the map: a composite
/// literal that does not make it, or a zero value.
pub fn scan(
    f: &Function,
    types: &ProgramTypeInfo<'_>,
    selections: &FxHashMap<InstrId, ObjId>,
    out: &mut FxHashSet<(ObjId, ObjId)>,
) {
    for block in f.block_ids() {
        for &i in f[block].instrs() {
            // `s.m[k] = T{...}`: an element put into a map field.
            if let InstrKind::MapUpdate { map, value, .. } = &f[i].kind {
                let field = crate::fields::loaded_selection(f, strip_conversions(f, *map))
                    .and_then(|s| selections.get(&s).copied());
                if let Some(field) = field {
                    for unset in unset_in_built(f, types, selections, strip_conversions(f, *value))
                    {
                        out.insert((field, unset));
                    }
                }
                continue;
            }
            let InstrKind::Call { call } = &f[i].kind else { continue };
            if call.callee != Callee::Builtin(Builtin::Append) {
                continue;
            }
            let (Some(result), Some(&added)) = (f[i].result(), call.args.get(1)) else { continue };
            // `s.f = append(s.f, ...)`: the slice field it goes back into.
            let slices: Vec<ObjId> = f[result]
                .referrers()
                .iter()
                .filter_map(|&u| match &f[u].kind {
                    InstrKind::Store { addr, value } if *value == result => {
                        selections.get(&crate::fields::selected_field(f, *addr)?).copied()
                    }
                    _ => None,
                })
                .collect();
            if slices.is_empty() {
                continue;
            }
            // The variadic slice: `make([]T, n)` whose elements are stored one by one.
            let Some(make) = f.defining_instr(added) else { continue };
            if !matches!(f[make].kind, InstrKind::MakeSlice { .. }) {
                continue;
            }
            for &element in f[added].referrers() {
                let InstrKind::IndexAddr { .. } = f[element].kind else { continue };
                let Some(addr) = f[element].result() else { continue };
                for &store in f[addr].referrers() {
                    let InstrKind::Store { value, .. } = &f[store].kind else { continue };
                    for map in unset_in_built(f, types, selections, strip_conversions(f, *value)) {
                        out.extend(slices.iter().map(|&slice| (slice, map)));
                    }
                }
            }
        }
    }
}

/// The direct map fields that `value`, a struct built in `f`, leaves nil: a load of a fresh
/// allocation (a composite literal) that does not make them, or the zero value.
fn unset_in_built(
    f: &Function,
    types: &ProgramTypeInfo<'_>,
    selections: &FxHashMap<InstrId, ObjId>,
    value: ValueId,
) -> Vec<ObjId> {
    let map_fields = |ty| crate::fields::direct_map_fields(types, ty);
    match &f[value].def {
        ValueDef::Const(ConstValue::Zero) => map_fields(f[value].ty),
        // A pointer to a composite literal (`&Node{Name: n}`) whose address goes nowhere but
        // into its own fields and here.
        ValueDef::Result { instr: alloc, .. }
            if matches!(f[*alloc].kind, InstrKind::Alloc { .. }) =>
        {
            let Some(Type::Pointer(elem)) = types.core_type(f[value].ty) else {
                return Vec::new();
            };
            let mut uses = f[value].referrers().iter();
            let only_built = uses.all(|&u| match &f[u].kind {
                InstrKind::FieldAddr { .. } => true,
                InstrKind::MapUpdate { value: v, .. } => *v == value,
                InstrKind::Store { value: v, .. } => *v == value,
                _ => false,
            });
            if !only_built {
                return Vec::new();
            }
            let made = made_at_creation(f, *alloc, selections);
            let given = given_in_literal(f, *alloc, selections);
            map_fields(elem)
                .into_iter()
                .filter(|o| !made.contains(o) && !given.contains(o))
                .collect()
        }
        ValueDef::Result { instr, .. } => {
            let InstrKind::Load { addr } = &f[*instr].kind else { return Vec::new() };
            let Some(alloc) = f.defining_instr(*addr) else { return Vec::new() };
            if !matches!(f[alloc].kind, InstrKind::Alloc { .. }) {
                return Vec::new();
            }
            // Only a literal whose address goes nowhere but into its own fields and this load.
            let only_built = f[*addr]
                .referrers()
                .iter()
                .all(|&u| u == *instr || matches!(f[u].kind, InstrKind::FieldAddr { .. }));
            if !only_built {
                return Vec::new();
            }
            let made = made_at_creation(f, alloc, selections);
            let given = given_in_literal(f, alloc, selections);
            map_fields(f[value].ty)
                .into_iter()
                .filter(|o| !made.contains(o) && !given.contains(o))
                .collect()
        }
        _ => Vec::new(),
    }
}

/// The map fields that the composite literal `alloc` sets to a value it does not make: a
/// parameter (`record{fields: fields}` in a store's create method, whose callers hand it a
/// decoded body), a call's result, a variable. Such a literal does not leave the map out: the
/// map is nil only when the value given is, which is the giver's to decide (the rules for
/// parameters and results follow it there), so the element does not count as one built
/// without it. A literal storing the nil constant still leaves the map nil.
fn given_in_literal(
    f: &Function,
    alloc: InstrId,
    selections: &FxHashMap<InstrId, ObjId>,
) -> FxHashSet<ObjId> {
    let Some(result) = f[alloc].result() else { return FxHashSet::default() };
    let mut given = FxHashSet::default();
    for &user in f[result].referrers() {
        if !matches!(f[user].kind, InstrKind::FieldAddr { .. }) {
            continue;
        }
        let (Some(addr), Some(&obj)) = (f[user].result(), selections.get(&user)) else {
            continue;
        };
        let stored = f[addr].referrers().iter().any(|&u| match &f[u].kind {
            InstrKind::Store { addr: a, value } => {
                *a == addr && !crate::nilness::is_nil_constant(f, strip_conversions(f, *value))
            }
            _ => false,
        });
        if stored {
            given.insert(obj);
        }
    }
    given
}

/// Whether `addr` (read by `load`) is a map field of an element of a slice field, in a loop
/// over every element of that slice field, when the module appends to it an element without
/// that map and only creation ever sets the map: the slice field's name, and the map's.
pub fn unset_in_appended(
    cx: Context<'_>,
    me: &ModuleFunction<'_>,
    f: &Function,
    addr: ValueId,
    load: InstrId,
) -> Option<(String, String)> {
    let program = cx.module.program;
    let selection = |s: InstrId| me.fields.selection(me.index_in_unit, s);
    let field_addr = crate::fields::selected_field(f, addr)?;
    let InstrKind::FieldAddr { base, .. } = &f[field_addr].kind else { return None };
    let map = selection(field_addr)?;
    let index_addr = f.defining_instr(strip_conversions(f, *base))?;
    let InstrKind::IndexAddr { base: slice, index } = &f[index_addr].kind else { return None };
    // Read through a pointer (`s.f`), or out of a struct value (`m[k].f`, a map of structs).
    let slice_field = |v: ValueId| {
        let read = f.defining_instr(strip_conversions(f, v))?;
        match &f[read].kind {
            InstrKind::Load { addr } => selection(crate::fields::selected_field(f, *addr)?),
            InstrKind::Field { .. } => selection(read),
            _ => None,
        }
    };
    let field = slice_field(*slice)?;
    if !cx.fields.set_at_creation(program, map) || !cx.fields.appended_without(program, field, map)
    {
        return None;
    }
    let block = f[load].block()?;
    // A loop over every element meets the one appended without the map; so does the top of a
    // stack (`&s.f[len(s.f)-1]`) right after a push of such an element.
    let is_field = |v| slice_field(v) == Some(field);
    if !walks_every_index(f, *index, &is_field, block) && !is_last_index(f, *index, &is_field) {
        return None;
    }
    Some((program.obj(field).name.to_string(), program.obj(map).name.to_string()))
}

/// Whether `index` is `len(s) - 1` for a slice `s` that `is_slice` accepts.
fn is_last_index(f: &Function, index: ValueId, is_slice: &dyn Fn(ValueId) -> bool) -> bool {
    last_index_of(f, index).is_some_and(is_slice)
}

/// The slice `s` when `index` is `len(s) - 1`.
pub(crate) fn last_index_of(f: &Function, index: ValueId) -> Option<ValueId> {
    let sub = f.defining_instr(index)?;
    let InstrKind::BinOp { op: mapscope_ssa::BinaryOp::Sub, x, y } = &f[sub].kind else {
        return None;
    };
    if !matches!(f[*y].def, ValueDef::Const(ConstValue::Int(1))) {
        return None;
    }
    let len = f.defining_instr(*x)?;
    let InstrKind::Call { call } = &f[len].kind else { return None };
    if call.callee != Callee::Builtin(Builtin::Len) {
        return None;
    }
    call.args.first().copied()
}

/// Whether `value` (returned at `ret`) is `&s.f[len(s.f)-1]` right after `s.f = append(s.f,
/// x)` in the same block, with `x` built without the map at field index `field` (a get-or-add
/// helper handing back the element it just added): the `append` call, if so.
pub fn just_appended_without(
    f: &Function,
    value: ValueId,
    field: u32,
    ret: InstrId,
) -> Option<InstrId> {
    let value = strip_conversions(f, value);
    let index_addr = f.defining_instr(value)?;
    let InstrKind::IndexAddr { base: slice, index } = &f[index_addr].kind else { return None };
    // The slice field a value is loaded from: (the struct's address, the field index).
    let slice_field = |v: ValueId| loaded_field(f, strip_conversions(f, v));
    let place = slice_field(*slice)?;
    // `len(s.f) - 1`.
    if slice_field(last_index_of(f, *index)?) != Some(place) {
        return None;
    }
    // Back from the return: the last store into the slice field, with no call in between.
    let block = f[ret].block()?;
    let instrs = f[block].instrs();
    let at = instrs.iter().position(|&i| i == ret)?;
    for &i in instrs[..at].iter().rev() {
        match &f[i].kind {
            InstrKind::Store { addr, value } => {
                let selection = f.defining_instr(*addr)?;
                // Any other store between the append and the return may set the map.
                let InstrKind::FieldAddr { base, field: g } = &f[selection].kind else {
                    return None;
                };
                if (*base, *g) != place {
                    return None;
                }
                let append = f.defining_instr(strip_conversions(f, *value))?;
                let InstrKind::Call { call } = &f[append].kind else { return None };
                if call.callee != Callee::Builtin(Builtin::Append) {
                    return None;
                }
                let added = *call.args.get(1)?;
                let elements = f[added].referrers().iter().filter_map(|&e| {
                    matches!(f[e].kind, InstrKind::IndexAddr { .. }).then(|| f[e].result())?
                });
                // One element added: the one `len - 1` finds.
                let stored: Vec<ValueId> = elements
                    .flat_map(|addr| {
                        f[addr].referrers().iter().filter_map(|&s| match &f[s].kind {
                            InstrKind::Store { value, .. } => Some(strip_conversions(f, *value)),
                            _ => None,
                        })
                    })
                    .collect();
                let [last] = stored.as_slice() else { return None };
                let last = *last;
                return built_without_field(f, last, field).then_some(append);
            }
            InstrKind::Call { call } if !matches!(call.callee, Callee::Builtin(_)) => return None,
            _ => {}
        }
    }
    None
}

/// Whether the struct value `value` is built here without a value at field index `field`: the
/// zero value, or a load of a composite literal that stores nothing there.
fn built_without_field(f: &Function, value: ValueId, field: u32) -> bool {
    match &f[value].def {
        ValueDef::Const(ConstValue::Zero) => true,
        ValueDef::Result { instr, .. } => {
            let InstrKind::Load { addr } = &f[*instr].kind else { return false };
            let Some(alloc) = f.defining_instr(*addr) else { return false };
            if !matches!(f[alloc].kind, InstrKind::Alloc { .. }) {
                return false;
            }
            f[*addr].referrers().iter().all(|&u| match &f[u].kind {
                InstrKind::Load { .. } => u == *instr,
                InstrKind::FieldAddr { field: g, .. } => {
                    *g != field
                        || f[u].result().is_some_and(|a| {
                            f[a].referrers().iter().all(|&s| match &f[s].kind {
                                InstrKind::Store { value, .. } => {
                                    crate::nilness::is_nil_constant(f, strip_conversions(f, *value))
                                }
                                _ => true,
                            })
                        })
                }
                _ => false,
            })
        }
        _ => false,
    }
}

/// Whether the map field `map` (selected by `selection`) of a value looked up in a map field
/// (`lookup`) may be nil because the module puts into that map field an element built without
/// it, and only creation sets it: the map field's name, and the inner map's.
pub fn unset_in_stored(
    cx: Context<'_>,
    me: &ModuleFunction<'_>,
    f: &Function,
    lookup: InstrId,
    selection: InstrId,
) -> Option<(String, String)> {
    let map = me.fields.selection(me.index_in_unit, selection)?;
    unset_in_stored_field(cx, me, f, lookup, map)
}

/// [`unset_in_stored`] for the map field `map` itself.
pub fn unset_in_stored_field(
    cx: Context<'_>,
    me: &ModuleFunction<'_>,
    f: &Function,
    lookup: InstrId,
    map: ObjId,
) -> Option<(String, String)> {
    let program = cx.module.program;
    let InstrKind::MapLookup { map: outer, .. } = &f[lookup].kind else { return None };
    let table = |s: InstrId| me.fields.selection(me.index_in_unit, s);
    let field = table(crate::fields::loaded_selection(f, strip_conversions(f, *outer))?)?;
    if !cx.fields.set_at_creation(program, map) || !cx.fields.appended_without(program, field, map)
    {
        return None;
    }
    Some((program.obj(field).name.to_string(), program.obj(map).name.to_string()))
}
