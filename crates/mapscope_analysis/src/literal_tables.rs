//! Package-level tables set only by their declaration's composite literal (`var tenants =
//! map[string]*Tenant{...}`, `var routes = []route{...}`), with the field paths each element's
//! literal fills, so that a write into a map field of an element read from such a table is
//! nil for the element whose literal leaves it out.
//!
//! A table counts only when the package initializer's store is the only store into the variable
//! and every other use of it only reads elements (a lookup, a range, an element read, `len`),
//! also inside a module function it is handed to: then no code replaces the element, and a map
//! field only creation sets ([`crate::fields::FieldFacts::set_at_creation`]) stays as the
//! literal left it. A local map or slice literal that its function only reads counts the same.

use crate::globals::global_key;
use crate::key_values::walks_every_index;
use crate::module::BuiltUnit;
use crate::nilness::{Context, is_nil_constant, strip_conversions};
use crate::summary::overlaps;
use mapscope_ssa::{Builtin, Callee, ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId};
use mapscope_types::Program;
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;

/// One element of a table's literal: its constant key in a map literal, and the field paths its
/// struct's literal fills (an element the scan cannot follow fills everything: the empty path).
#[derive(Clone, Debug)]
pub struct TableElement {
    key: Option<ConstValue>,
    filled: Vec<Vec<u32>>,
    /// The element itself when it is a constant string (a table of JSON documents).
    text: Option<Box<str>>,
}

/// The elements of a table's literal.
pub type TableElements = Vec<TableElement>;

/// The module's package-level tables, by [`global_key`], with what each element's literal
/// fills.
pub fn scan(program: &Program, units: &[BuiltUnit<'_>]) -> FxHashMap<u64, TableElements> {
    let packages: FxHashSet<&str> =
        units.iter().map(|u| program.units[u.unit].path.as_str()).collect();
    let by_name: FxHashMap<&str, &Function> =
        units.iter().flat_map(|u| u.functions.iter()).map(|f| (&*f.name, f)).collect();
    // Per global: the initializer's store (with its function), or `None` once disqualified.
    let mut literals: FxHashMap<u64, Option<(&Function, InstrId)>> = FxHashMap::default();
    let mut disqualified: FxHashSet<u64> = FxHashSet::default();
    for unit in units {
        for f in unit.functions {
            for v in 0..f.value_count() {
                let v = ValueId(v as u32);
                let ValueDef::Global { name } = &f[v].def else { continue };
                let Some((package, _)) = name.rsplit_once('.') else { continue };
                if !packages.contains(package) {
                    continue;
                }
                let key = global_key(name);
                let initializer = *f.name == format!("{package}.init");
                for &user in f[v].referrers() {
                    match &f[user].kind {
                        InstrKind::Load { .. }
                            if f[user].result().is_some_and(|r| only_read(&by_name, f, r, 1)) => {}
                        InstrKind::Store { addr, value }
                            if initializer && *addr == v && *value != v =>
                        {
                            let slot = literals.entry(key).or_insert(None);
                            if slot.is_some() {
                                disqualified.insert(key);
                            }
                            *slot = Some((f, user));
                        }
                        _ => {
                            disqualified.insert(key);
                        }
                    }
                }
            }
        }
    }
    literals
        .into_iter()
        .filter(|(key, _)| !disqualified.contains(key))
        .filter_map(|(key, literal)| {
            let (f, store) = literal?;
            let InstrKind::Store { value, .. } = &f[store].kind else { return None };
            let elements = literal_elements(f, strip_conversions(f, *value), &|u| u == store)?;
            Some((key, elements))
        })
        .collect()
}

/// Whether every use of the collection `v` only reads its elements, `calls_left` module
/// functions deep.
fn only_read(
    by_name: &FxHashMap<&str, &Function>,
    f: &Function,
    v: ValueId,
    calls_left: usize,
) -> bool {
    f[v].referrers().iter().all(|&u| only_read_use(by_name, f, v, u, calls_left))
}

/// Whether the use `u` of the collection `v` only reads its elements, `calls_left` module
/// functions deep.
fn only_read_use(
    by_name: &FxHashMap<&str, &Function>,
    f: &Function,
    v: ValueId,
    u: InstrId,
    calls_left: usize,
) -> bool {
    match &f[u].kind {
        InstrKind::MapLookup { map, .. } | InstrKind::MapRange { map } => *map == v,
        InstrKind::IndexAddr { base, index } if *base == v && *index != v => {
            f[u].result().is_some_and(|a| {
                f[a].referrers().iter().all(|&r| {
                    matches!(f[r].kind, InstrKind::Load { .. } | InstrKind::FieldAddr { .. })
                })
            })
        }
        InstrKind::Slice { base, .. } if *base == v => {
            f[u].result().is_some_and(|s| only_read(by_name, f, s, calls_left))
        }
        InstrKind::Convert { .. } => {
            f[u].result().is_some_and(|s| only_read(by_name, f, s, calls_left))
        }
        InstrKind::Call { call } => match &call.callee {
            Callee::Builtin(Builtin::Len | Builtin::Cap) => true,
            Callee::Static(callee) if calls_left > 0 && !call.args.is_empty() => {
                let ValueDef::Function { name } = &f[*callee].def else { return false };
                let Some(g) = by_name.get(&**name) else { return false };
                call.args.iter().enumerate().filter(|(_, a)| **a == v).all(|(i, _)| {
                    g.params().get(i).is_some_and(|&p| only_read(by_name, g, p, calls_left - 1))
                })
            }
            _ => false,
        },
        _ => false,
    }
}

/// What each element of the composite literal `literal` (stored into the table by `store`)
/// fills: a map or slice literal of struct pointers or values.
fn literal_elements(
    f: &Function,
    literal: ValueId,
    skip: &dyn Fn(InstrId) -> bool,
) -> Option<TableElements> {
    let def = f.defining_instr(literal)?;
    let block = f[def].block();
    let mut elements = Vec::new();
    let array = match &f[def].kind {
        InstrKind::MakeMap { .. } => {
            for &u in f[literal].referrers() {
                match &f[u].kind {
                    _ if skip(u) => {}
                    InstrKind::MapUpdate { map, key, value }
                        if *map == literal && f[u].block() == block =>
                    {
                        let key = match &f[strip_conversions(f, *key)].def {
                            ValueDef::Const(c) => Some(c.clone()),
                            _ => None,
                        };
                        let value = strip_conversions(f, *value);
                        let filled = element_fills(f, value, u);
                        elements.push(TableElement {
                            key,
                            filled,
                            text: string_constant(f, value),
                        });
                    }
                    _ => return None,
                }
            }
            return Some(elements);
        }
        InstrKind::MakeSlice { .. } => literal,
        InstrKind::Slice { base, .. } => strip_conversions(f, *base),
        _ => return None,
    };
    let whole = f.defining_instr(array)?;
    if !matches!(f[whole].kind, InstrKind::Alloc { .. } | InstrKind::MakeSlice { .. }) {
        return None;
    }
    for &u in f[array].referrers() {
        match &f[u].kind {
            _ if u == def || skip(u) => {}
            InstrKind::IndexAddr { base, .. } if *base == array => {
                let address = f[u].result()?;
                let stores: Vec<(InstrId, ValueId)> = f[address]
                    .referrers()
                    .iter()
                    .filter_map(|&s| match &f[s].kind {
                        InstrKind::Store { addr, value } if *addr == address => {
                            Some((s, strip_conversions(f, *value)))
                        }
                        _ => None,
                    })
                    .collect();
                let (filled, text) = match stores[..] {
                    [(s, value)] if f[address].referrers() == [s] => {
                        (element_fills(f, value, s), string_constant(f, value))
                    }
                    // A struct value built in place.
                    [] => (fills(f, address, None).unwrap_or_else(|| vec![Vec::new()]), None),
                    _ => (vec![Vec::new()], None),
                };
                elements.push(TableElement { key: None, filled, text });
            }
            _ => return None,
        }
    }
    Some(elements)
}

/// The text of `value` when it is a constant string.
fn string_constant(f: &Function, value: ValueId) -> Option<Box<str>> {
    match &f[value].def {
        ValueDef::Const(ConstValue::String(s)) => Some(s.clone()),
        _ => None,
    }
}

/// What the element `value` (put into its table by `into`) fills: a pointer to a fresh struct
/// literal, or a copy of one; everything when it is anything else or its literal's address
/// goes anywhere but its own fields.
fn element_fills(f: &Function, value: ValueId, into: InstrId) -> Vec<Vec<u32>> {
    let fresh = |v: ValueId| {
        f.defining_instr(v).is_some_and(|d| matches!(f[d].kind, InstrKind::Alloc { .. }))
    };
    let filled = match f.defining_instr(value).map(|d| (d, &f[d].kind)) {
        Some((_, InstrKind::Alloc { .. })) => fills(f, value, Some(into)),
        Some((load, InstrKind::Load { addr })) if fresh(*addr) => fills(f, *addr, Some(load)),
        _ => None,
    };
    filled.unwrap_or_else(|| vec![Vec::new()])
}

/// The field paths under `address` stored with something other than nil or a zero value;
/// `None` when the address goes anywhere but its fields' loads and stores (and `into`).
pub(crate) fn fills(
    f: &Function,
    address: ValueId,
    into: Option<InstrId>,
) -> Option<Vec<Vec<u32>>> {
    let mut filled = Vec::new();
    let mut addresses = vec![(address, Vec::new())];
    while let Some((addr, path)) = addresses.pop() {
        for &user in f[addr].referrers() {
            match &f[user].kind {
                _ if Some(user) == into => {}
                InstrKind::Load { .. } => {}
                InstrKind::Store { addr: a, value } if *a == addr && *value != addr => {
                    let value = strip_conversions(f, *value);
                    let zero = is_nil_constant(f, value)
                        || matches!(f[value].def, ValueDef::Const(ConstValue::Zero));
                    if !zero {
                        filled.push(path.clone());
                    }
                }
                InstrKind::FieldAddr { field, .. } => {
                    let mut inner = path.clone();
                    inner.push(*field);
                    addresses.push((f[user].result()?, inner));
                }
                _ => return None,
            }
        }
    }
    Some(filled)
}

/// The name of the table whose element `element` is (a struct pointer read from it, or the
/// address of a struct value in it), when an element its read can give leaves the map at field
/// path `fields` nil: a range over the map, a lookup under a constant key, or a read in a loop
/// over every index, of the table read straight from its variable or passed for a parameter by
/// a call the module makes.
pub fn unset_in_table_element(
    cx: Context<'_>,
    me: usize,
    f: &Function,
    element: ValueId,
    fields: &[u32],
) -> Option<String> {
    if fields.is_empty() {
        return None;
    }
    let Some((collection, key)) = read_from(f, strip_conversions(f, element)) else {
        return param_key_read(cx, me, f, strip_conversions(f, element), fields);
    };
    let collection = unsliced(f, collection);
    if let Some(name) = table_read(cx, f, collection, key.as_ref(), fields) {
        return Some(name);
    }
    // A parameter: a table some call of the module passes for it.
    let ValueDef::Param { index, .. } = f[collection].def else { return None };
    find_in_calls(cx, me, index, |g, _, arg| {
        table_read(cx, g, unsliced(g, arg), key.as_ref(), fields)
    })
}

/// The first answer of `found` for a call of module function `me` that the module makes, given
/// the caller, the call and the argument the call passes for parameter `index`.
fn find_in_calls(
    cx: Context<'_>,
    me: usize,
    index: u32,
    mut found: impl FnMut(&Function, InstrId, ValueId) -> Option<String>,
) -> Option<String> {
    calls_passing(cx, me, index).find_map(|(g, call, arg)| found(g, call, arg))
}

/// The calls of module function `me` that the module makes (none when code it does not show
/// may call it too), as the caller, the call and the argument passed for parameter `index`.
fn calls_passing<'c>(
    cx: Context<'c>,
    me: usize,
    index: u32,
) -> impl Iterator<Item = (&'c Function, InstrId, ValueId)> {
    let calls = cx.module.call_index().seen_calls(me).unwrap_or(&[]);
    calls.iter().filter_map(move |&(caller, call)| {
        let g = cx.module.functions[caller].function;
        let InstrKind::Call { call: common } = &g[call].kind else { return None };
        let targets = cx.module.resolve(g, common)?;
        Some((g, call, *targets.args.get(index as usize)?))
    })
}

/// The map `element` is looked up in and the parameter it is looked up under
/// (`templates[event]`), when no branch before the lookup tests the key.
fn param_key_lookup(f: &Function, element: ValueId) -> Option<(ValueId, u32)> {
    let lookup = f.defining_instr(element)?;
    let InstrKind::MapLookup { map, key, .. } = &f[lookup].kind else { return None };
    if !matches!(f[element].def, ValueDef::Result { index: 0, .. }) {
        return None;
    }
    let key = strip_conversions(f, *key);
    let ValueDef::Param { index, .. } = f[key].def else { return None };
    if crate::key_sources::branch_depends_on(f, vec![key], lookup) {
        return None;
    }
    Some((*map, index))
}

/// The name of the table `element` is looked up in under a parameter (`templates[event]`),
/// when a call of the module passes a constant (or walks constant data) for it whose element
/// leaves the map at `fields` nil, and no branch before the lookup tests the key.
fn param_key_read(
    cx: Context<'_>,
    me: usize,
    f: &Function,
    element: ValueId,
    fields: &[u32],
) -> Option<String> {
    let (map, index) = param_key_lookup(f, element)?;
    let collection = unsliced(f, map);
    find_in_calls(cx, me, index, |h, call, arg| {
        let passed = crate::element_keys::constants_passed(h, arg, h[call].block()?);
        passed.iter().find_map(|k| table_read(cx, f, collection, Some(k), fields))
    })
}

/// The collection `element` is read from, with the constant key it is looked up under (`None`
/// for a read that meets every element): a map lookup under a constant, a map range's element,
/// or a pointer loaded from an element's address or that address, in a loop over every index.
fn read_from(f: &Function, element: ValueId) -> Option<(ValueId, Option<ConstValue>)> {
    let def = f.defining_instr(element)?;
    let every_index = |index_addr: InstrId| {
        let InstrKind::IndexAddr { base, index } = &f[index_addr].kind else { return None };
        let base = unsliced(f, *base);
        let walked =
            walks_every_index(f, *index, &|v| unsliced(f, v) == base, f[index_addr].block()?);
        walked.then_some((base, None))
    };
    match (&f[def].kind, &f[element].def) {
        (InstrKind::MapLookup { map, key, .. }, ValueDef::Result { index: 0, .. }) => {
            let ValueDef::Const(key) = &f[strip_conversions(f, *key)].def else { return None };
            Some((*map, Some(key.clone())))
        }
        (InstrKind::MapNext { iter }, ValueDef::Result { index: 2, .. }) => {
            let range = f.defining_instr(*iter)?;
            let InstrKind::MapRange { map } = &f[range].kind else { return None };
            Some((*map, None))
        }
        (InstrKind::Load { addr }, _) => {
            every_index(f.defining_instr(strip_conversions(f, *addr))?)
        }
        (InstrKind::IndexAddr { .. }, _) => every_index(def),
        _ => None,
    }
}

/// `v` without the reslicings and conversions in front of it.
fn unsliced(f: &Function, mut v: ValueId) -> ValueId {
    loop {
        v = strip_conversions(f, v);
        let Some(def) = f.defining_instr(v) else { return v };
        let InstrKind::Slice { base, .. } = &f[def].kind else { return v };
        v = *base;
    }
}

/// The table's name when `collection` is read from a table's variable (or is a local literal
/// that the function only reads) one of whose elements (the one under `key`, when given)
/// leaves `fields` unfilled.
fn table_read(
    cx: Context<'_>,
    f: &Function,
    collection: ValueId,
    key: Option<&ConstValue>,
    fields: &[u32],
) -> Option<String> {
    let (name, elements) = table_elements(cx, f, collection)?;
    let unset = |e: &TableElement| {
        key.is_none_or(|k| e.key.as_ref() == Some(k))
            && !e.filled.iter().any(|path| overlaps(path, fields))
    };
    elements.iter().any(unset).then_some(name)
}

/// The name and elements of the table `collection` is read from: a table's variable, or a
/// local literal that the function only reads.
fn table_elements<'c>(
    cx: Context<'c>,
    f: &Function,
    collection: ValueId,
) -> Option<(String, Cow<'c, TableElements>)> {
    let def = f.defining_instr(collection)?;
    match &f[def].kind {
        InstrKind::Load { addr } => {
            let ValueDef::Global { name: global } = &f[*addr].def else { return None };
            let name = format!("`{}`", crate::nilness::short_name(global));
            Some((name, Cow::Borrowed(cx.globals.table(global_key(global))?)))
        }
        InstrKind::MakeMap { .. } | InstrKind::MakeSlice { .. } => {
            let by_name = FxHashMap::default();
            let reads = |u: InstrId| only_read_use(&by_name, f, collection, u, 0);
            let local = literal_elements(f, collection, &reads)?;
            Some(("a literal of this function".to_string(), Cow::Owned(local)))
        }
        _ => None,
    }
}

/// The constant strings `element` may be when it is read from a table of them (a range over
/// it, a loop over every index, a lookup under a constant key), or looked up in one under a
/// parameter for which a call of the module (`me` being the function) passes constants.
pub fn element_texts(
    cx: Context<'_>,
    me: Option<usize>,
    f: &Function,
    element: ValueId,
) -> Vec<Box<str>> {
    let element = strip_conversions(f, element);
    let texts = |collection: ValueId, keys: Option<&[ConstValue]>| {
        let Some((_, elements)) = table_elements(cx, f, unsliced(f, collection)) else {
            return Vec::new();
        };
        elements
            .iter()
            .filter(|e| keys.is_none_or(|keys| e.key.as_ref().is_some_and(|k| keys.contains(k))))
            .filter_map(|e| e.text.clone())
            .collect()
    };
    if let Some((collection, key)) = read_from(f, element) {
        return texts(collection, key.as_ref().map(std::slice::from_ref));
    }
    // `store[name]` with `name` a parameter the callers give constants for.
    let (Some(me), Some((map, index))) = (me, param_key_lookup(f, element)) else {
        return Vec::new();
    };
    let keys: Vec<ConstValue> = calls_passing(cx, me, index)
        .flat_map(|(h, call, arg)| {
            h[call]
                .block()
                .map(|b| crate::element_keys::constants_passed(h, arg, b))
                .unwrap_or_default()
        })
        .collect();
    if keys.is_empty() { Vec::new() } else { texts(map, Some(&keys)) }
}
