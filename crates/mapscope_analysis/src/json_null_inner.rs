//! Map-of-maps fields whose inner maps `json.Unmarshal` of constant data leaves nil (the JSON
//! has `null` for one of them: `"roles": {"auditor": null}`), and writes into such a field's
//! inner map that nothing on the way tests for nil.
//!
//! Such a key is present: a presence test (`if _, ok := m[k]; !ok`) finds it and skips the
//! creation, and a `range` over the map visits it, so neither keeps a write from the nil inner
//! map; only a test of the inner map itself (`m[k] == nil`, `len(m[k])`) does. A module that
//! compares an inner map of the field with nil anywhere (a loader repairing null entries) is
//! taken to handle them.

use crate::module::{BuiltUnit, Module};
use crate::nilness::{is_nil_constant, strip_conversions};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BinaryOp, Builtin, Callee, Function, InstrId, InstrKind, ValueDef, ValueId};
use mapscope_types::Program;
use mapscope_types::query;
use mapscope_types::types::{ObjId, Type, TypeId, TypeView};
use rustc_hash::FxHashSet;

/// How deep the walk from a decoded value's type into its struct fields goes.
const MAX_DEPTH: usize = 4;

/// A map-of-maps field that a decode of constant JSON fills with `null` inner maps.
#[derive(Clone, Debug)]
pub struct NullInner {
    pub field: ObjId,
    /// The function holding the first such decode, as go/ssa names it, and the decode's offset.
    pub function: String,
    pub at: u32,
    /// The object keys whose inner maps are `null`, in every such decode.
    pub keys: Vec<String>,
}

/// The map-of-maps fields that a `json.Unmarshal` of constant data in `units` fills with a
/// `null` inner map, leaving out the fields whose inner maps some code of `units` compares with
/// nil or replaces in a `range` over them.
pub fn null_inner_fields(module: &Module<'_>, units: &[BuiltUnit<'_>]) -> Vec<NullInner> {
    let program = module.program;
    let mut found: Vec<NullInner> = Vec::new();
    let mut add = |field: ObjId, keys: Vec<String>, function: &str, at: u32| match found
        .iter_mut()
        .find(|n| n.field == field)
    {
        Some(n) => n.keys.extend(keys),
        None => found.push(NullInner { field, function: function.to_string(), at, keys }),
    };
    let mut tested: FxHashSet<ObjId> = FxHashSet::default();
    // Decodes of a parameter (`loadPolicy(data []byte)`): the function, the parameter, the
    // decoded type and the call's offset, for the constants its callers pass.
    let mut of_params: Vec<(String, u32, TypeId, u32)> = Vec::new();
    for u in units {
        for (index, f) in u.functions.iter().enumerate() {
            let selection = |s: InstrId| u.fields.selection(index, s);
            for block in f.block_ids() {
                for &i in f[block].instrs() {
                    match &f[i].kind {
                        InstrKind::Call { call } => {
                            let Some(target) = crate::models::json_unmarshal_target(f, call) else {
                                continue;
                            };
                            if crate::models::is_decoder_call(f, call) {
                                continue;
                            }
                            let Some(ty) = crate::models::pointee(program, f, target) else {
                                continue;
                            };
                            let Some(data) = crate::models::constant_text(f, call.args[0]) else {
                                if let Some(param) = crate::models::json_unmarshal_param(f, call) {
                                    of_params.push((
                                        f.name.to_string(),
                                        param,
                                        ty,
                                        f[i].span.start,
                                    ));
                                }
                                continue;
                            };
                            for (obj, keys) in null_inner_in(program, ty, data) {
                                add(obj, keys, &f.name, f[i].span.start);
                            }
                        }
                        InstrKind::BinOp { op: BinaryOp::Eql | BinaryOp::Neq, x, y } => {
                            let (x, y) = (strip_conversions(f, *x), strip_conversions(f, *y));
                            let inner = if is_nil_constant(f, y) {
                                x
                            } else if is_nil_constant(f, x) {
                                y
                            } else {
                                continue;
                            };
                            tested.extend(inner_of_field(f, inner, &selection));
                        }
                        // `for k := range m { m[k] = map[K]V{} }`: every inner map replaced.
                        InstrKind::MapUpdate { map, key, value }
                            if !is_nil_constant(f, strip_conversions(f, *value)) =>
                        {
                            let ranged = match f[strip_conversions(f, *key)].def {
                                ValueDef::Result { instr: next, index: 1 } => match &f[next].kind {
                                    InstrKind::MapNext { iter } => {
                                        f.defining_instr(*iter).and_then(|r| match &f[r].kind {
                                            InstrKind::MapRange { map } => Some(*map),
                                            _ => None,
                                        })
                                    }
                                    _ => None,
                                },
                                _ => None,
                            };
                            let field = crate::inner_on_miss::reads_field(f, *map, &selection);
                            if field.is_some()
                                && ranged.is_some_and(|r| {
                                    crate::inner_on_miss::reads_field(f, r, &selection) == field
                                })
                            {
                                tested.extend(field);
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
    }
    // The static calls of those functions that pass constant data for the parameter: a scan
    // of the calls naming them, cheaper than indexing every call of the module.
    if !of_params.is_empty() {
        for u in units {
            for g in u.functions {
                for block in g.block_ids() {
                    for &i in g[block].instrs() {
                        let InstrKind::Call { call } = &g[i].kind else { continue };
                        let mapscope_ssa::Callee::Static(callee) = &call.callee else { continue };
                        let ValueDef::Function { name: callee } = &g[*callee].def else {
                            continue;
                        };
                        for (name, param, ty, at) in &of_params {
                            if **callee != **name {
                                continue;
                            }
                            let Some(&arg) = call.args.get(*param as usize) else { continue };
                            let Some(data) = crate::models::constant_text(g, arg) else {
                                continue;
                            };
                            for (obj, keys) in null_inner_in(program, *ty, data) {
                                add(obj, keys, name, *at);
                            }
                        }
                    }
                }
            }
        }
    }
    found.retain(|n| !tested.contains(&n.field));
    found
}

/// The field whose map of maps `inner` is an inner map of: a lookup in it, or the value a
/// `range` over it gives.
fn inner_of_field(
    f: &Function,
    inner: ValueId,
    selection: &dyn Fn(InstrId) -> Option<ObjId>,
) -> Option<ObjId> {
    let ValueDef::Result { instr, index } = f[inner].def else { return None };
    let map = match &f[instr].kind {
        InstrKind::MapLookup { map, .. } if index == 0 => *map,
        InstrKind::MapNext { iter } if index == 2 => {
            let range = f.defining_instr(*iter)?;
            let InstrKind::MapRange { map } = &f[range].kind else { return None };
            *map
        }
        _ => return None,
    };
    crate::inner_on_miss::reads_field(f, map, selection)
}

/// The map-of-maps fields inside a value of type `root` for which JSON `data` has an object
/// with `null` members, with those members' keys.
fn null_inner_in(program: &Program, root: TypeId, data: &str) -> Vec<(ObjId, Vec<String>)> {
    let Ok(json) = serde_json::from_str::<serde_json::Value>(data) else { return Vec::new() };
    let mut out = Vec::new();
    let mut work: Vec<(TypeId, Vec<u32>)> = vec![(root, Vec::new())];
    while let Some((ty, path)) = work.pop() {
        // Types the IR derived live outside the program's arenas and have no fields to walk.
        if path.len() > MAX_DEPTH || ty.arena as usize > program.units.len() {
            continue;
        }
        let fields = {
            let mut types = program.types();
            let under = query::underlying(&mut types, ty);
            match types.ty(under) {
                Type::Struct(fields) => fields.clone(),
                _ => continue,
            }
        };
        for (index, field) in fields.iter().enumerate() {
            let mut at = path.clone();
            at.push(index as u32);
            if map_of_maps(program, field.ty) {
                let crate::models::JsonKeys::Keys(keys) =
                    crate::models::json_keys_in(program, root, &at)
                else {
                    continue;
                };
                let nulls = null_members(&json, &keys);
                if let (false, Some(obj)) = (nulls.is_empty(), field.obj) {
                    out.push((obj, nulls));
                }
            } else {
                work.push((field.ty, at));
            }
        }
    }
    out
}

/// Whether `ty` is a map whose elements are maps.
fn map_of_maps(program: &Program, ty: TypeId) -> bool {
    if ty.arena as usize > program.units.len() {
        return false;
    }
    let mut types = program.types();
    let under = query::underlying(&mut types, ty);
    let Type::Map(_, elem) = *types.ty(under) else { return false };
    let elem = query::underlying(&mut types, elem);
    matches!(types.ty(elem), Type::Map(..))
}

/// The keys of the `null` members of the JSON object that object keys `keys` lead to in
/// `json` (keys matched as encoding/json matches them: exactly, then ignoring case).
fn null_members(json: &serde_json::Value, keys: &[String]) -> Vec<String> {
    let mut json = json;
    for key in keys {
        let serde_json::Value::Object(object) = json else { return Vec::new() };
        let value = object
            .get(key)
            .or_else(|| object.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, v)| v));
        let Some(value) = value else { return Vec::new() };
        json = value;
    }
    match json {
        serde_json::Value::Object(o) => {
            o.iter().filter(|(_, v)| v.is_null()).map(|(k, _)| k.clone()).collect()
        }
        _ => Vec::new(),
    }
}

/// Whether `f` writes at `update` into an inner map of `field` that nothing on the way tests
/// for nil: no comparison of an inner map of the field with nil or `len` of one in `f`, no
/// creation of an inner map in the field that runs on every path to the write, and no call
/// that may run the module's code before it (`resolves` tells whether a call may).
pub fn written_untested(
    f: &Function,
    field: ObjId,
    update: InstrId,
    selection: &dyn Fn(InstrId) -> Option<ObjId>,
    resolves: &dyn Fn(&mapscope_ssa::CallCommon) -> bool,
) -> bool {
    let Some(write_block) = f[update].block() else { return false };
    let dominators = DomTree::new(f);
    let of_field =
        |map: ValueId| crate::inner_on_miss::reads_field(f, map, selection) == Some(field);
    // The blocks from which the write can be reached.
    let before = crate::inner_on_miss::blocks_reaching(f, write_block);
    for b in f.block_ids() {
        let instrs = f[b].instrs();
        let end = if before.contains(&b) {
            instrs.len()
        } else if b == write_block {
            instrs.iter().position(|&i| i == update).unwrap_or(instrs.len())
        } else {
            0
        };
        for (at, &i) in instrs.iter().enumerate() {
            match &f[i].kind {
                InstrKind::BinOp { op: BinaryOp::Eql | BinaryOp::Neq, x, y } => {
                    let (x, y) = (strip_conversions(f, *x), strip_conversions(f, *y));
                    let inner = if is_nil_constant(f, y) { x } else { y };
                    if (is_nil_constant(f, x) || is_nil_constant(f, y))
                        && inner_of_field(f, inner, selection) == Some(field)
                    {
                        return false;
                    }
                }
                InstrKind::Call { call }
                    if call.callee == Callee::Builtin(Builtin::Len)
                        && call.args.first().is_some_and(|&a| {
                            inner_of_field(f, strip_conversions(f, a), selection) == Some(field)
                        }) =>
                {
                    return false;
                }
                InstrKind::MapUpdate { map, value, .. }
                    if of_field(*map)
                        && !is_nil_constant(f, strip_conversions(f, *value))
                        && dominators.dominates(b, write_block)
                        && (b != write_block || at < end) =>
                {
                    return false;
                }
                InstrKind::Call { call } | InstrKind::Go { call } | InstrKind::Defer { call }
                    if at < end && resolves(call) =>
                {
                    return false;
                }
                _ => {}
            }
        }
    }
    true
}
