//! A lookup in a map of maps under a key drawn from another collection than the keys its inner
//! maps were created for: `for _, t := range tenants { limits[t] = make(...) }` then
//! `limits[o.Tenant][res] = n` for each override `o` holds inner maps for the tenants only.
//!
//! The outer map must be the function's own (made here, or a field of a struct allocated here
//! that nothing else sees before the lookup), every inner map stored into it must be stored
//! under a key drawn from a collection (an element, a key or a value walked by a loop, or a
//! field or a one-argument call of one), and the lookup's key must be drawn from a collection
//! too, by other steps or from another input. A key the function tests in any way (compares,
//! looks up in another map, hands to a call whose result is tested) may have been checked
//! against the created ones, so it is left alone.
//!
//! Inner maps a module function creates for the elements of a slice literal its caller passes
//! (`NewTable([]string{"emea", "amer"})`) are compared by value instead: a lookup whose key
//! takes, from constant data the caller builds, a constant that literal lacks is reported.

use crate::checks::nested_map_write::tree_escapes;
use crate::key_sources::{KeySource, Root, Step, branch_depends_on, key_source};
use crate::module::Module;
use crate::nilness::{is_nil_constant, strip_conversions};
use mapscope_ssa::{Builtin, Callee, ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId};

/// The function's own outer map.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Outer {
    /// Made by this `make` or literal.
    Made(InstrId),
    /// Field `field` of the struct this `Alloc` allocates.
    LocalField(InstrId, u32),
    /// Returned by this call of a module function that makes it and keeps it to itself.
    Returned(InstrId),
}

/// A creation of an inner map that does not cover the lookup's key: the store (or the call
/// that creates them), and why it does not.
#[derive(Debug)]
pub struct ForeignKey {
    pub creation: InstrId,
    pub why: Uncovered,
}

/// Why the creations do not cover the lookup's key.
#[derive(Debug)]
pub enum Uncovered {
    /// The key is taken from other data than the keys created, or from the same data by other
    /// steps (`same_data`).
    OtherSource { same_data: bool },
    /// The key takes this constant, which none of the created keys is.
    Constant(ConstValue),
}

/// What a creation's key is, as the lookup's function sees it.
enum Created {
    Source(KeySource),
    /// The constants of a slice literal the caller passes, one inner map for each.
    Constants(Vec<ConstValue>),
}

/// Whether the lookup `lookup` of `key` in `outer` uses a key drawn from another collection
/// than every inner map stored into `outer`, in a function that keeps `outer` to itself.
pub fn foreign_key(
    module: &Module<'_>,
    f: &Function,
    outer: ValueId,
    key: ValueId,
    lookup: InstrId,
) -> Option<ForeignKey> {
    let identity = identity(f, outer)?;
    let mut creations = Vec::new();
    match identity {
        Outer::Made(instr) | Outer::Returned(instr) => {
            let root = f[instr].result()?;
            if tree_escapes(f, root, lookup) {
                return None;
            }
            if let Outer::Returned(call) = identity {
                creations = created_by_callee(module, f, call)?;
            }
        }
        Outer::LocalField(alloc, field) => {
            if !kept_local(f, alloc, field) {
                return None;
            }
        }
    }
    for block in f.block_ids() {
        for &i in f[block].instrs() {
            let InstrKind::MapUpdate { map, key: k, value } = &f[i].kind else { continue };
            if self::identity(f, *map) != Some(identity) {
                continue;
            }
            if is_nil_constant(f, strip_conversions(f, *value)) {
                return None;
            }
            let created = key_source(f, *k).filter(KeySource::walks_collection)?;
            creations.push((i, Created::Source(created)));
        }
    }
    let &(creation, _) = creations.first()?;
    // Constant creations: the constants the key takes must all be among them.
    if creations.iter().all(|(_, c)| matches!(c, Created::Constants(_))) {
        let created: Vec<&ConstValue> = creations
            .iter()
            .flat_map(|(_, c)| match c {
                Created::Constants(values) => values.iter(),
                Created::Source(_) => [].iter(),
            })
            .collect();
        let block = f[lookup].block()?;
        if branch_depends_on(f, vec![strip_conversions(f, key)], lookup) {
            return None;
        }
        let taken = crate::key_values::constants_taken(f, key, block);
        let (missing, _) = taken.into_iter().find(|(c, _)| !created.contains(&c))?;
        return Some(ForeignKey { creation, why: Uncovered::Constant(missing) });
    }
    let looked_up = key_source(f, key).filter(KeySource::walks_collection)?;
    if key_tested(f, key, &looked_up, lookup) {
        return None;
    }
    let mut same_data = false;
    for (_, created) in &creations {
        let Created::Source(created) = created else { return None };
        if *created == looked_up {
            return None;
        }
        same_data |= created.root == looked_up.root;
    }
    Some(ForeignKey { creation, why: Uncovered::OtherSource { same_data } })
}

/// The creations of inner maps in the map that the module function `call` calls makes and
/// returns, each with its key's source in the caller's terms (a parameter's source is the
/// argument's), and the call as the place: `merged := cloneSections(base)` creates inner maps
/// for the keys of `base`.
fn created_by_callee(
    module: &Module<'_>,
    f: &Function,
    call: InstrId,
) -> Option<Vec<(InstrId, Created)>> {
    let InstrKind::Call { call: common } = &f[call].kind else { return None };
    let targets = module.resolve(f, common)?;
    let [callee] = targets.callees[..] else { return None };
    let g = module.functions[callee].function;
    let mut made = None;
    for block in g.block_ids() {
        let Some(&last) = g[block].instrs().last() else { continue };
        let InstrKind::Return { results } = &g[last].kind else { continue };
        let [result] = results[..] else { return None };
        let make = g.defining_instr(strip_conversions(g, result))?;
        if !matches!(g[make].kind, InstrKind::MakeMap { .. }) {
            return None;
        }
        match made {
            None => made = Some(make),
            Some(other) if other == make => {}
            Some(_) => return None,
        }
        if tree_escapes(g, g[make].result()?, last) {
            return None;
        }
    }
    let made = made?;
    let mut creations = Vec::new();
    for block in g.block_ids() {
        for &i in g[block].instrs() {
            let InstrKind::MapUpdate { map, key, value } = &g[i].kind else { continue };
            if identity(g, *map) != Some(Outer::Made(made)) {
                continue;
            }
            if is_nil_constant(g, strip_conversions(g, *value)) {
                return None;
            }
            let created = key_source(g, *key)?;
            let Root::Param(index) = created.root else { return None };
            let arg = *targets.args.get(index as usize)?;
            let Some(argument) = key_source(f, arg) else {
                // `NewTable([]string{"emea", "amer"})`: one inner map per constant.
                if created.steps != [Step::Elem] {
                    return None;
                }
                creations.push((call, Created::Constants(literal_constants(f, arg, call)?)));
                continue;
            };
            let mut steps = argument.steps;
            steps.extend(created.steps);
            let created = KeySource { root: argument.root, steps };
            if !created.walks_collection() {
                return None;
            }
            creations.push((call, Created::Source(created)));
        }
    }
    Some(creations)
}

/// The constants of the slice literal `slice` (`[]string{"emea", "amer"}`: a slice of constant
/// length, each element stored once with a constant), which only `call` is handed.
pub fn literal_constants(f: &Function, slice: ValueId, call: InstrId) -> Option<Vec<ConstValue>> {
    let slice = strip_conversions(f, slice);
    let make = f.defining_instr(slice)?;
    let InstrKind::MakeSlice { len, .. } = &f[make].kind else { return None };
    let ValueDef::Const(ConstValue::Int(n)) = f[strip_conversions(f, *len)].def else {
        return None;
    };
    let mut out = Vec::new();
    for &user in f[slice].referrers() {
        if user == call {
            continue;
        }
        let InstrKind::IndexAddr { base, index } = &f[user].kind else { return None };
        if *base != slice || !matches!(f[*index].def, ValueDef::Const(ConstValue::Int(_))) {
            return None;
        }
        let element = f[user].result()?;
        let [store] = f[element].referrers()[..] else { return None };
        let InstrKind::Store { addr, value } = &f[store].kind else { return None };
        if *addr != element {
            return None;
        }
        let ValueDef::Const(c) = &f[strip_conversions(f, *value)].def else { return None };
        out.push(c.clone());
    }
    (i64::try_from(out.len()).ok() == i64::try_from(n).ok()).then_some(out)
}

/// Which of the function's own maps `v` is.
fn identity(f: &Function, v: ValueId) -> Option<Outer> {
    let v = strip_conversions(f, v);
    let instr = f.defining_instr(v)?;
    match &f[instr].kind {
        InstrKind::MakeMap { .. } => Some(Outer::Made(instr)),
        InstrKind::Call { .. } if f[v].def == (ValueDef::Result { instr, index: 0 }) => {
            Some(Outer::Returned(instr))
        }
        InstrKind::Load { addr } => {
            let field_addr = f.defining_instr(*addr)?;
            let InstrKind::FieldAddr { base, field } = &f[field_addr].kind else { return None };
            let alloc = f.defining_instr(*base)?;
            matches!(f[alloc].kind, InstrKind::Alloc { .. })
                .then_some(Outer::LocalField(alloc, *field))
        }
        _ => None,
    }
}

/// Whether field `field` of the struct `alloc` allocates is seen only by this function's map
/// operations: the struct is only selected into or returned, the field only stored a new map
/// and loaded, and the loaded maps only looked up, written, ranged over, measured or returned.
fn kept_local(f: &Function, alloc: InstrId, field: u32) -> bool {
    let Some(pointer) = f[alloc].result() else { return false };
    f[pointer].referrers().iter().all(|&user| match &f[user].kind {
        InstrKind::FieldAddr { base, field: other } if *base == pointer => {
            *other != field || f[user].results().all(|addr| field_kept(f, addr))
        }
        InstrKind::Return { .. } => true,
        _ => false,
    })
}

fn field_kept(f: &Function, addr: ValueId) -> bool {
    f[addr].referrers().iter().all(|&user| match &f[user].kind {
        InstrKind::Store { addr: a, value } => {
            *a == addr
                && f.defining_instr(strip_conversions(f, *value))
                    .is_some_and(|i| matches!(f[i].kind, InstrKind::MakeMap { .. }))
        }
        InstrKind::Load { .. } => f[user].results().all(|map| map_kept(f, map)),
        _ => false,
    })
}

fn map_kept(f: &Function, map: ValueId) -> bool {
    f[map].referrers().iter().all(|&user| match &f[user].kind {
        InstrKind::MapLookup { map: m, key, .. } => *m == map && *key != map,
        InstrKind::MapUpdate { map: m, key, value } => *m == map && *key != map && *value != map,
        InstrKind::MapRange { .. } | InstrKind::MapDelete { .. } | InstrKind::Return { .. } => true,
        InstrKind::Call { call } => call.callee == Callee::Builtin(Builtin::Len),
        _ => false,
    })
}

/// Whether some condition of the function depends on `key`, or on another read of the same
/// source (other than through `lookup`): a comparison, a lookup in another map, a call's result
/// that a branch tests.
fn key_tested(f: &Function, key: ValueId, source: &KeySource, lookup: InstrId) -> bool {
    let mut work = vec![strip_conversions(f, key)];
    for block in f.block_ids() {
        for &i in f[block].instrs() {
            if i == lookup {
                continue;
            }
            let operands: &[ValueId] = match &f[i].kind {
                InstrKind::MapLookup { key, .. } => std::slice::from_ref(key),
                InstrKind::BinOp { x, y, .. } => &[*x, *y],
                InstrKind::Call { call } => &call.args,
                _ => continue,
            };
            for &operand in operands {
                let operand = strip_conversions(f, operand);
                if !matches!(f[operand].def, ValueDef::Const(_))
                    && key_source(f, operand).is_some_and(|s| s == *source)
                {
                    work.push(operand);
                }
            }
        }
    }
    branch_depends_on(f, work, lookup)
}
