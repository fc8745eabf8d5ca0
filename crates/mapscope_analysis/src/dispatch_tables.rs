//! Dispatch tables: package-level maps set only to a literal of functions and never changed,
//! so that a call of a function looked up in one runs one of its entries.
//!
//! `var codecs = map[string]func() Codec{"json": newJSON, "raw": func() Codec { ... }}` and
//! `codecs[name]()` call the entry under `name`: the one under a constant key, or any entry for
//! a key the code computes. Each entry is there to be picked, so a nil one entry returns is a
//! nil such a call may get, while a write reaches the caller only when every entry makes it.

use crate::module::BuiltUnit;
use crate::summary::Summary;
use mapscope_ssa::{CallCommon, Callee, ConstValue, Function, InstrKind, ValueDef, ValueId};
use rustc_hash::FxHashMap;

/// The entries of a table: each key's constant and the function stored under it.
pub type Entries<'a> = Vec<(ConstValue, &'a str)>;

/// The package-level maps of `units` whose one store is a map made and filled there with
/// functions under constant keys, that no code of the module writes into, deletes from,
/// clears or hands on by address, by name.
pub fn tables<'a>(units: &[BuiltUnit<'a>]) -> FxHashMap<&'a str, Entries<'a>> {
    let mut found: FxHashMap<&'a str, Option<Entries<'a>>> = FxHashMap::default();
    let mut changed: Vec<&'a str> = Vec::new();
    for f in units.iter().flat_map(|u| u.functions.iter()) {
        for block in f.block_ids() {
            for &i in f[block].instrs() {
                match &f[i].kind {
                    InstrKind::Store { addr, value } => {
                        let ValueDef::Global { name } = &f[*addr].def else { continue };
                        let entries = literal_entries(f, *value, i);
                        // A second store (a test swapping the table) leaves it unknown.
                        found
                            .entry(&**name)
                            .and_modify(|e| *e = None)
                            .or_insert_with(|| entries.filter(|e| !e.is_empty()));
                    }
                    InstrKind::MapUpdate { map, .. }
                    | InstrKind::MapDelete { map, .. }
                    | InstrKind::MapClear { map } => changed.extend(global_loaded(f, *map)),
                    // A global's address handed to a call may reach code that changes it.
                    InstrKind::Call { call } => {
                        changed.extend(call.args.iter().filter_map(|&arg| match &f[arg].def {
                            ValueDef::Global { name } => Some(&**name),
                            _ => None,
                        }));
                    }
                    _ => {}
                }
            }
        }
    }
    for name in changed {
        found.remove(name);
    }
    found.into_iter().filter_map(|(name, entries)| Some((name, entries?))).collect()
}

/// The keys and functions of the map literal `value`, stored by `store`: a `make` whose every
/// other use is an update under a constant key with a function.
fn literal_entries<'a>(
    f: &'a Function,
    value: ValueId,
    store: mapscope_ssa::InstrId,
) -> Option<Entries<'a>> {
    let made = f.defining_instr(value)?;
    let InstrKind::MakeMap { .. } = &f[made].kind else { return None };
    let mut entries = Vec::new();
    for &user in f[value].referrers() {
        if user == store {
            continue;
        }
        let InstrKind::MapUpdate { map, key, value: entry } = &f[user].kind else { return None };
        if *map != value {
            return None;
        }
        let ValueDef::Const(key) = &f[*key].def else { return None };
        let ValueDef::Function { name } = &f[*entry].def else { return None };
        entries.push((key.clone(), &**name));
    }
    Some(entries)
}

/// The name of the package-level variable `map` was loaded from.
fn global_loaded(f: &Function, map: ValueId) -> Option<&str> {
    let InstrKind::Load { addr } = &f[f.defining_instr(map)?].kind else { return None };
    match &f[*addr].def {
        ValueDef::Global { name } => Some(name),
        _ => None,
    }
}

/// The functions a call of `callee`, a function looked up in a table, may run: the entry under
/// a constant key, or every entry; a φ of such a lookup and a function (`if !ok { parse =
/// parsePlain }`) may run that function too.
pub fn looked_up<'t>(
    tables: &'t FxHashMap<&str, Entries<'_>>,
    f: &'t Function,
    callee: ValueId,
) -> Option<Vec<&'t str>> {
    if tables.is_empty() {
        return None;
    }
    let ValueDef::Result { instr, .. } = f[callee].def else { return None };
    let edges = match &f[instr].kind {
        InstrKind::Phi { edges, .. } => edges.as_slice(),
        _ => std::slice::from_ref(&callee),
    };
    let mut picked: Vec<&str> = Vec::new();
    let mut looked = false;
    for &edge in edges {
        match &f[edge].def {
            ValueDef::Function { name } => picked.push(name),
            ValueDef::Result { instr, index: 0 } => {
                let InstrKind::MapLookup { map, key, .. } = &f[*instr].kind else { return None };
                let entries = tables.get(global_loaded(f, *map)?)?;
                let before = picked.len();
                picked.extend(
                    entries
                        .iter()
                        .filter(|(k, _)| match &f[*key].def {
                            ValueDef::Const(key) => k == key,
                            _ => true,
                        })
                        .map(|&(_, function)| function),
                );
                looked |= picked.len() > before;
            }
            _ => return None,
        }
    }
    picked.sort_unstable();
    picked.dedup();
    looked.then_some(picked)
}

/// The lookup in a map that `callee` comes from, directly or through a φ.
fn lookup_of(f: &Function, callee: ValueId) -> Option<ValueId> {
    let ValueDef::Result { instr, .. } = f[callee].def else { return None };
    match &f[instr].kind {
        InstrKind::MapLookup { map, .. } => Some(*map),
        InstrKind::Phi { edges, .. } => edges.iter().find_map(|&e| {
            let ValueDef::Result { instr, .. } = f[e].def else { return None };
            match &f[instr].kind {
                InstrKind::MapLookup { map, .. } => Some(*map),
                _ => None,
            }
        }),
        _ => None,
    }
}

/// What a caller may rely on from the entries a call of a table's function may run: what they
/// all agree on, as for an interface call, and the nil maps any one of them returns, since each
/// entry is there to be picked.
pub fn joined(f: &Function, call: &CallCommon, summaries: &[&Summary]) -> Summary {
    let mut out = Summary::meet(summaries);
    let Callee::Dynamic(callee) = &call.callee else { return out };
    if lookup_of(f, *callee).is_none() {
        return out;
    }
    for s in summaries {
        for nil in &s.nil_results {
            if !out.nil_results.iter().any(|n| n.result == nil.result) {
                out.nil_results.push(nil.clone());
            }
        }
    }
    out
}

/// How a message names the function a call looked up in a table: `an entry of codecs`.
pub fn entry_name(f: &Function, call: &CallCommon) -> Option<String> {
    let Callee::Dynamic(callee) = &call.callee else { return None };
    let name = global_loaded(f, lookup_of(f, *callee)?)?;
    Some(format!("an entry of {}", name.rsplit('.').next().unwrap_or(name)))
}
