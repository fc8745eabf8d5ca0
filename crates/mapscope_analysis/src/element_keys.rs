//! The keys under which a module puts elements into a map of structs kept in a field, and the
//! constants a lookup's key takes: which keys a registry of struct values holds, and whether a
//! plain lookup `tpl := c.templates[name]` can be asked for one it lacks.
//!
//! A struct read from a map under a missing key is the zero value, with nil maps in its
//! fields. When every element the module stores into the field goes in under a constant (a
//! literal with entries, `Register("s3")`, `NewDirectory("eng", "ops")` ranging over the
//! caller's slice literal) and a lookup is asked for a constant none of them is, the write
//! into the zero element's map panics for that constant. When the lookup's constants are all
//! among them, the code asks only for keys the module put there.

use crate::foreign_keys::literal_constants;
use crate::key_sources::{Root, Step, branch_depends_on, key_source};
use crate::key_values::constants_taken;
use crate::missing_keys::map_field;
use crate::module::Module;
use crate::nilness::{is_nil_constant, strip_conversions};
use crate::param_keys::CallIndex;
use crate::summarize::reached_by_every_call;
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{
    BlockId, Builtin, Callee, ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId,
};

/// A map field, as the position of its declaration.
pub type FieldSite = (u32, u32);

/// Whether the keys a plain lookup is asked for are among those the module stores elements
/// under.
#[derive(Debug)]
pub enum Coverage {
    /// The lookup is asked for `key`, which none of `keys` is: in the function itself, or by the
    /// call `call` (caller's index and the call) for a parameter.
    Uncovered { key: ConstValue, keys: Vec<ConstValue>, call: Option<(usize, InstrId)> },
    /// Every call passes constants, all of them stored under.
    Covered,
    /// Either side is not known.
    Unknown,
}

/// Whether the plain lookup `lookup` of module function `me`, in a map of structs kept in a
/// field, may be asked for a key the module never stores an element under, when the write
/// after it is in `write_block`. A parameter key counts only when every call of the function
/// reaches the write and no branch tests the key (a test may have checked it against the
/// stored ones); its constants are those each call's argument takes (directly, or from constant
/// data the caller walks, [`crate::key_values::constants_taken`]).
pub fn coverage(module: &Module<'_>, me: usize, lookup: InstrId, write_block: BlockId) -> Coverage {
    let f = module.functions[me].function;
    let InstrKind::MapLookup { map, key, comma_ok: false } = &f[lookup].kind else {
        return Coverage::Unknown;
    };
    let Some(field) = map_field(module, me, *map) else { return Coverage::Unknown };
    let calls = module.call_index();
    let Some(keys) = element_keys(module, calls, field) else { return Coverage::Unknown };
    let key = strip_conversions(f, *key);
    let uncovered = |c: &ConstValue| !keys.contains(c);
    if let ValueDef::Const(c) = &f[key].def {
        return if uncovered(c) {
            Coverage::Uncovered { key: c.clone(), keys: keys.clone(), call: None }
        } else {
            Coverage::Covered
        };
    }
    let ValueDef::Param { index, .. } = f[key].def else { return Coverage::Unknown };
    if branch_depends_on(f, vec![key], lookup)
        || !reached_by_every_call(f, &DomTree::new(f), write_block)
    {
        return Coverage::Unknown;
    }
    let Some(seen) = calls.seen_calls(me) else { return Coverage::Unknown };
    let mut complete = !seen.is_empty();
    for &(caller, call) in seen {
        let h = module.functions[caller].function;
        let (InstrKind::Call { call: common } | InstrKind::Go { call: common }) = &h[call].kind
        else {
            complete = false;
            continue;
        };
        let Some(targets) = module.resolve(h, common) else {
            complete = false;
            continue;
        };
        let (Some(&arg), Some(block)) = (targets.args.get(index as usize), h[call].block()) else {
            complete = false;
            continue;
        };
        let taken = constants_passed(h, arg, block);
        if taken.is_empty() {
            complete = false;
        }
        if let Some(c) = taken.iter().find(|c| uncovered(c)) {
            return Coverage::Uncovered { key: c.clone(), keys, call: Some((caller, call)) };
        }
    }
    if complete { Coverage::Covered } else { Coverage::Unknown }
}

/// The constants argument `arg` of a call in `block` of `h` takes: itself, or those of the
/// constant data the caller walks ([`crate::key_values::constants_taken`]).
pub(crate) fn constants_passed(h: &Function, arg: ValueId, block: BlockId) -> Vec<ConstValue> {
    match &h[strip_conversions(h, arg)].def {
        ValueDef::Const(c) => vec![c.clone()],
        _ => constants_taken(h, arg, block).into_iter().map(|(c, _)| c).collect(),
    }
}

/// The constants under which the module's code stores elements into the map field `field`,
/// `None` when some element may go in under another key, or the map reaches code that may
/// store one. Stores of a copy of an element read from the same map (the upsert idiom's store
/// back) add no key: they only ever store what a lookup gave.
pub fn element_keys(
    module: &Module<'_>,
    calls: &CallIndex,
    field: FieldSite,
) -> Option<Vec<ConstValue>> {
    let mut keys = Vec::new();
    for (index, mf) in module.functions.iter().enumerate() {
        let g = mf.function;
        for block in g.block_ids() {
            for &i in g[block].instrs() {
                match &g[i].kind {
                    InstrKind::MapUpdate { map, key, value }
                        if map_field(module, index, *map) == Some(field) =>
                    {
                        if copy_of_lookup(g, *value) {
                            continue;
                        }
                        keys.extend(key_constants(module, calls, index, *key)?);
                    }
                    InstrKind::Store { addr, value }
                        if field_address(module, index, *addr) == Some(field) =>
                    {
                        keys.extend(literal_keys(g, *value, i)?);
                    }
                    InstrKind::Load { addr }
                        if field_address(module, index, *addr) == Some(field) =>
                    {
                        let map = g[i].result()?;
                        if !only_map_uses(g, map, field, module, index) {
                            return None;
                        }
                    }
                    InstrKind::Field { .. }
                        if map_field(module, index, g[i].result()?) == Some(field) =>
                    {
                        let map = g[i].result()?;
                        if !only_map_uses(g, map, field, module, index) {
                            return None;
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    keys.dedup();
    Some(keys)
}

/// The constants `key`, in module function `index`, takes: a constant, or a parameter whose
/// callers all pass constants, or an element of a slice parameter whose callers all pass slice
/// literals of constants. `None` when it may take anything else.
fn key_constants(
    module: &Module<'_>,
    calls: &CallIndex,
    index: usize,
    key: ValueId,
) -> Option<Vec<ConstValue>> {
    let g = module.functions[index].function;
    let key = strip_conversions(g, key);
    if let ValueDef::Const(c) = &g[key].def {
        return (!matches!(c, ConstValue::Zero | ConstValue::Nil)).then(|| vec![c.clone()]);
    }
    let source = key_source(g, key)?;
    let Root::Param(param) = source.root else { return None };
    match source.steps[..] {
        [] => calls.constant_arguments(module, index, param),
        [Step::Elem] => {
            let mut out = Vec::new();
            for &(caller, call) in calls.seen_calls(index)? {
                let h = module.functions[caller].function;
                let (InstrKind::Call { call: common } | InstrKind::Go { call: common }) =
                    &h[call].kind
                else {
                    return None;
                };
                let targets = module.resolve(h, common)?;
                let arg = *targets.args.get(param as usize)?;
                out.extend(literal_constants(h, arg, call)?);
            }
            Some(out)
        }
        _ => None,
    }
}

/// The keys a map literal stored into the field has (`templates: map[string]T{"a": ..}`):
/// `value` is nil, or a map made here whose only other uses are stores of entries under
/// constant keys.
fn literal_keys(g: &Function, value: ValueId, store: InstrId) -> Option<Vec<ConstValue>> {
    let value = strip_conversions(g, value);
    if is_nil_constant(g, value) {
        return Some(Vec::new());
    }
    let make = g.defining_instr(value)?;
    if !matches!(g[make].kind, InstrKind::MakeMap { .. }) {
        return None;
    }
    let mut keys = Vec::new();
    for &user in g[value].referrers() {
        if user == store {
            continue;
        }
        let InstrKind::MapUpdate { map, key, .. } = &g[user].kind else { return None };
        if strip_conversions(g, *map) != value {
            return None;
        }
        let ValueDef::Const(c) = &g[strip_conversions(g, *key)].def else { return None };
        keys.push(c.clone());
    }
    Some(keys)
}

/// Whether the map `map`, read from the field, is only looked up, ranged over, measured,
/// compared, deleted from or stored into under the keys [`element_keys`] counts.
fn only_map_uses(
    g: &Function,
    map: ValueId,
    field: FieldSite,
    module: &Module<'_>,
    index: usize,
) -> bool {
    g[map].referrers().iter().all(|&user| match &g[user].kind {
        InstrKind::MapLookup { key, .. } | InstrKind::MapDelete { key, .. } => *key != map,
        InstrKind::MapUpdate { map: m, key, value } => {
            *key != map && *value != map && map_field(module, index, *m) == Some(field)
        }
        InstrKind::MapRange { .. } | InstrKind::BinOp { .. } => true,
        InstrKind::Call { call } => call.callee == Callee::Builtin(Builtin::Len),
        _ => false,
    })
}

/// Whether `addr` is the address of the field itself (a store into it replaces the map).
fn field_address(module: &Module<'_>, index: usize, addr: ValueId) -> Option<FieldSite> {
    let g = module.functions[index].function;
    let selection = g.defining_instr(strip_conversions(g, addr))?;
    if !matches!(g[selection].kind, InstrKind::FieldAddr { .. }) {
        return None;
    }
    crate::missing_keys::selection_site(module, index, selection)
}

/// Whether `value` is an element read from a map, or a copy of one in a local variable.
fn copy_of_lookup(g: &Function, value: ValueId) -> bool {
    let value = strip_conversions(g, value);
    let is_lookup = |v: ValueId| {
        matches!(g[v].def, ValueDef::Result { instr, index: 0 }
            if matches!(g[instr].kind, InstrKind::MapLookup { .. }))
    };
    if is_lookup(value) {
        return true;
    }
    let Some(load) = g.defining_instr(value) else { return false };
    let InstrKind::Load { addr } = &g[load].kind else { return false };
    let Some(alloc) = g.defining_instr(strip_conversions(g, *addr)) else { return false };
    if !matches!(g[alloc].kind, InstrKind::Alloc { .. }) {
        return false;
    }
    let Some(local) = g[alloc].result() else { return false };
    g[local].referrers().iter().any(|&u| {
        matches!(&g[u].kind, InstrKind::Store { addr, value } if *addr == local && is_lookup(strip_conversions(g, *value)))
    })
}
