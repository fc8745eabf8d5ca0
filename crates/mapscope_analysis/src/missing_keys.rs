//! Lookups whose key the function itself expects may be missing: the upsert idiom
//! `s := m[k]; s.n++; m[k] = s`, whose zero value on a miss carries nil maps in its fields.
//!
//! A lookup without comma-ok says nothing about whether the key is there, and a map handed to a
//! function may well hold every key it is asked for. But a function that reads an element, changes
//! its copy and stores that copy back under the same key, with no other store under that key and
//! no test of its presence, is written for the miss: on a miss its copy is the element type's zero
//! value, and a map inside that zero value is nil. That is the shape of the common "map of
//! structs" bug, and the precision rule holds: the path on which the key is missing is one the
//! function's own code is written to take.

use crate::fields::selected_field;
use crate::module::Module;
use crate::nilness::strip_conversions;
use mapscope_ssa::{
    BlockId, Callee, ConstValue, Function, InstrId, InstrKind, UnaryOp, ValueDef, ValueId,
};
use mapscope_types::types::{ObjId, TypeView};

/// How deep [`same_value`] compares the operands of field selections and loads.
const MAX_SAME_DEPTH: usize = 6;

/// Whether `lookup`, a lookup without comma-ok, reads an element the function stores back under
/// the same key and map afterwards, with nothing else telling that the key is there: no other
/// store into that map that can run before the lookup, no comma-ok test of that key, no `range`
/// over the map giving the key, and the map (or the struct holding it) handed to no call or
/// closure before the lookup, which might fill it. `stored_back` says whether a stored value is
/// the function's updated copy of the element.
pub fn upserted_miss(f: &Function, lookup: InstrId, stored_back: impl Fn(ValueId) -> bool) -> bool {
    let InstrKind::MapLookup { map, key, comma_ok: false } = &f[lookup].kind else {
        return false;
    };
    let (map, key) = (strip_conversions(f, *map), strip_conversions(f, *key));
    if ranged_key(f, map, key) {
        return false;
    }
    let handles = handles(f, map);
    let mut stores_back = false;
    for block in f.block_ids() {
        for &i in f[block].instrs() {
            match &f[i].kind {
                InstrKind::MapUpdate { map: m, key: k, value } if same_value(f, *m, map, 0) => {
                    let same_key = same_value(f, *k, key, 0);
                    if same_key
                        && stored_back(strip_conversions(f, *value))
                        && crate::key_values::instr_reaches(f, lookup, i)
                    {
                        stores_back = true;
                    } else if crate::key_values::instr_reaches(f, i, lookup) {
                        // Any other store that can come first may have put the key there.
                        return false;
                    }
                }
                InstrKind::MapLookup { map: m, key: k, comma_ok: true }
                    if same_value(f, *m, map, 0) && same_value(f, *k, key, 0) =>
                {
                    return false;
                }
                InstrKind::Call { call } | InstrKind::Go { call } | InstrKind::Defer { call } => {
                    if matches!(call.callee, Callee::Builtin(_)) {
                        continue;
                    }
                    let mut operands = call.args.clone();
                    if let Callee::Dynamic(v) | Callee::Invoke { receiver: v, .. } = &call.callee {
                        operands.push(*v);
                    }
                    let handed =
                        operands.iter().any(|&a| handles.contains(&strip_conversions(f, a)));
                    if handed && crate::key_values::instr_reaches(f, i, lookup) {
                        return false;
                    }
                }
                // A closure, an interface or a store that takes the map or its holder lets code
                // the function does not show fill it.
                InstrKind::MakeClosure { bindings: taken, .. } => {
                    let handed = taken.iter().any(|&v| handles.contains(&strip_conversions(f, v)));
                    if handed && crate::key_values::instr_reaches(f, i, lookup) {
                        return false;
                    }
                }
                InstrKind::MakeInterface { x: v } | InstrKind::Store { value: v, .. }
                    if handles.contains(&strip_conversions(f, *v))
                        && crate::key_values::instr_reaches(f, i, lookup) =>
                {
                    return false;
                }
                _ => {}
            }
        }
    }
    stores_back
}

/// Whether `key` is the key of a `range` over `map`: every such key is there.
fn ranged_key(f: &Function, map: ValueId, key: ValueId) -> bool {
    let ValueDef::Result { instr: next, index: 1 } = f[key].def else { return false };
    let InstrKind::MapNext { iter } = &f[next].kind else { return false };
    let Some(range) = f.defining_instr(strip_conversions(f, *iter)) else { return false };
    matches!(&f[range].kind, InstrKind::MapRange { map: m } if same_value(f, *m, map, 0))
}

/// The values through which other code could reach `map`: the map itself and, for a map read
/// from a field, the pointers and structs it is selected from.
fn handles(f: &Function, map: ValueId) -> Vec<ValueId> {
    let mut out = vec![map];
    let mut v = map;
    for _ in 0..MAX_SAME_DEPTH {
        let Some(instr) = f.defining_instr(v) else { break };
        v = match &f[instr].kind {
            InstrKind::Load { addr } => strip_conversions(f, *addr),
            InstrKind::FieldAddr { base, .. } | InstrKind::Field { base, .. } => {
                strip_conversions(f, *base)
            }
            _ => break,
        };
        out.push(v);
    }
    out
}

/// Whether `a` and `b` are the same value: the same SSA value, equal constants, or the same
/// field selected from (or loaded through) the same value. Two loads of one field are taken to
/// read the same map: code that swaps a map field between a lookup and its store-back is rare.
pub fn same_value(f: &Function, a: ValueId, b: ValueId, depth: usize) -> bool {
    let (a, b) = (strip_conversions(f, a), strip_conversions(f, b));
    if a == b {
        return true;
    }
    if depth > MAX_SAME_DEPTH {
        return false;
    }
    if let (ValueDef::Const(x), ValueDef::Const(y)) = (&f[a].def, &f[b].def) {
        return x == y && !matches!(x, ConstValue::Zero | ConstValue::Nil);
    }
    let (Some(x), Some(y)) = (f.defining_instr(a), f.defining_instr(b)) else { return false };
    match (&f[x].kind, &f[y].kind) {
        (InstrKind::Load { addr: p }, InstrKind::Load { addr: q }) => {
            same_value(f, *p, *q, depth + 1)
        }
        (
            InstrKind::FieldAddr { base: p, field: i },
            InstrKind::FieldAddr { base: q, field: j },
        )
        | (InstrKind::Field { base: p, field: i }, InstrKind::Field { base: q, field: j }) => {
            i == j && same_value(f, *p, *q, depth + 1)
        }
        _ => false,
    }
}

/// Whether the branch ending `block` goes to `succ` only when a map lookup finds its key: the
/// `ok` of a comma-ok lookup, tested as it is or negated. A key may always be new, so the other
/// way, the miss (a cache miss, an unknown name), is a path the code is written to take.
pub fn found_edge(f: &Function, block: BlockId, succ: BlockId) -> bool {
    let Some(&last) = f[block].instrs().last() else { return false };
    let InstrKind::If { cond } = &f[last].kind else { return false };
    let mut cond = strip_conversions(f, *cond);
    let mut negated = false;
    while let Some(i) = f.defining_instr(cond) {
        let InstrKind::UnOp { op: UnaryOp::Not, x } = &f[i].kind else { break };
        negated = !negated;
        cond = strip_conversions(f, *x);
    }
    let ValueDef::Result { instr, index: 1 } = f[cond].def else { return false };
    if !matches!(f[instr].kind, InstrKind::MapLookup { comma_ok: true, .. }) {
        return false;
    }
    let succs = f[block].succs();
    let found = if negated { succs.get(1) } else { succs.first() };
    found == Some(&succ)
}

/// Whether the map `lookup` (in module function `me`) reads is a struct field that another
/// function writes elements into: a constructor registering every element with its maps made
/// fills the keys its users are meant to ask for, so a lookup there is taken to find one.
pub fn field_filled_elsewhere(module: &Module<'_>, me: usize, lookup: InstrId) -> bool {
    let f = module.functions[me].function;
    let InstrKind::MapLookup { map, .. } = &f[lookup].kind else { return true };
    // Not a field: a map the call chain owns.
    let Some(field) = map_field(module, me, *map) else { return false };
    module.functions.iter().enumerate().any(|(index, other)| {
        let g = other.function;
        index != me
            && g.block_ids().any(|b| {
                g[b].instrs().iter().any(|&i| {
                    matches!(&g[i].kind, InstrKind::MapUpdate { map, .. }
                        if map_field(module, index, *map) == Some(field))
                })
            })
    })
}

/// The map field the map `map` of module function `index` is read from (`s.m`, loaded through
/// a pointer or selected from a struct value), as its declaration's position.
pub fn map_field(
    module: &Module<'_>,
    index: usize,
    map: ValueId,
) -> Option<crate::element_keys::FieldSite> {
    site(module, map_field_obj(module, index, map)?)
}

/// [`map_field`], as the field's object.
pub fn map_field_obj(module: &Module<'_>, index: usize, map: ValueId) -> Option<ObjId> {
    let g = module.functions[index].function;
    let instr = g.defining_instr(strip_conversions(g, map))?;
    let selection = match &g[instr].kind {
        InstrKind::Load { addr } => selected_field(g, *addr)?,
        InstrKind::Field { .. } => instr,
        _ => return None,
    };
    let mf = &module.functions[index];
    mf.fields.selection(mf.index_in_unit, selection)
}

/// The declaration's position of the field that `selection` (a `FieldAddr` or `Field` of
/// module function `index`) selects.
pub fn selection_site(
    module: &Module<'_>,
    index: usize,
    selection: InstrId,
) -> Option<crate::element_keys::FieldSite> {
    let mf = &module.functions[index];
    site(module, mf.fields.selection(mf.index_in_unit, selection)?)
}

/// The declaration's position of field `obj`.
fn site(module: &Module<'_>, obj: ObjId) -> Option<crate::element_keys::FieldSite> {
    let o = module.program.obj(obj);
    Some((o.file?.0, o.pos))
}

/// Whether the function writes `lookup`'s own key into a field of the copy it holds at `holder`
/// (`g := m[name]; g.Name = name`): an element found under its key already carries it, so the
/// code is written for the element that is not there yet, whatever keys other code fills.
pub fn key_stamped(f: &Function, lookup: InstrId, holder: crate::nilness::Root) -> bool {
    let InstrKind::MapLookup { key, comma_ok: false, .. } = &f[lookup].kind else {
        return false;
    };
    let key = strip_conversions(f, *key);
    f.block_ids().any(|block| {
        f[block].instrs().iter().any(|&i| {
            let InstrKind::Store { addr, value } = &f[i].kind else { return false };
            same_value(f, *value, key, 0)
                && crate::nilness::location(f, *addr)
                    .is_some_and(|l| l.root == holder && l.fields.len() == 1)
                && crate::key_values::instr_reaches(f, lookup, i)
        })
    })
}
