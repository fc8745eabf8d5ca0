//! The upsert idiom through accessors: `l := c.get(k); l.key = k; l.m[x] = v; c.put(l)`, where
//! `get` returns `c.entries[k]` by value. On a miss the getter gives the element type's zero
//! value, whose maps are nil; a caller that stamps the key it asked for into its copy and hands
//! the copy back beside the same map holder is written for the key that is not there yet, as
//! [`crate::missing_keys`] argues for the idiom written out in one function.

use crate::missing_keys::same_value;
use crate::nilness::{Root, location, strip_conversions};
use mapscope_ssa::{Function, InstrId, InstrKind, ValueDef, ValueId};

/// For a getter `g` whose every return gives, at result `index`, the value of one plain
/// lookup (no comma-ok) of a map read from a parameter's field under a parameter itself, and
/// which stores and calls nothing: the parameter holding the map and the key parameter.
pub fn getter_lookup(g: &Function, index: u32) -> Option<(u32, u32)> {
    let mut found = None;
    for block in g.block_ids() {
        for &i in g[block].instrs() {
            match &g[i].kind {
                InstrKind::Store { .. }
                | InstrKind::Call { .. }
                | InstrKind::Go { .. }
                | InstrKind::Defer { .. }
                | InstrKind::MapUpdate { .. } => return None,
                InstrKind::Return { results } => {
                    let value = strip_conversions(g, *results.get(index as usize)?);
                    let ValueDef::Result { instr: lookup, index: 0 } = g[value].def else {
                        return None;
                    };
                    if found.is_some_and(|l| l != lookup) {
                        return None;
                    }
                    found = Some(lookup);
                }
                _ => {}
            }
        }
    }
    let lookup = found?;
    let InstrKind::MapLookup { map, key, comma_ok: false } = &g[lookup].kind else { return None };
    let ValueDef::Param { index: key_param, .. } = g[strip_conversions(g, *key)].def else {
        return None;
    };
    let load = g.defining_instr(strip_conversions(g, *map))?;
    let InstrKind::Load { addr } = &g[load].kind else { return None };
    let place = location(g, *addr)?;
    let Root::Param(holder) = place.root else { return None };
    (!place.fields.is_empty() && holder != key_param).then_some((holder, key_param))
}

/// Whether the lookup getter `callee` returns is asked only for keys the module stores
/// elements under ([`crate::element_keys::coverage`]): then the copy is never the zero value.
pub fn keys_covered(module: &crate::module::Module<'_>, callee: usize, index: u32) -> bool {
    let g = module.functions[callee].function;
    let lookup = g.block_ids().find_map(|b| {
        g[b].instrs().iter().find_map(|&i| match &g[i].kind {
            InstrKind::Return { results } => {
                let v = strip_conversions(g, *results.get(index as usize)?);
                match g[v].def {
                    ValueDef::Result { instr, index: 0 } => Some(instr),
                    _ => None,
                }
            }
            _ => None,
        })
    });
    let Some(lookup) = lookup else { return false };
    let Some(block) = g[lookup].block() else { return false };
    matches!(
        crate::element_keys::coverage(module, callee, lookup, block),
        crate::element_keys::Coverage::Covered
    )
}

/// Whether caller `f`, after `call` (which got the copy now at `holder` from a getter passed
/// `holder_arg` and `key_arg`), stores the key into one field of the copy (`l.tenant = tenant`)
/// and hands the copy back to a call that is passed the same holder (`c.put(l)`), while no
/// call before it gets the holder (`if !c.has(tenant) { c.seed(tenant) }` may have put the
/// key there).
pub fn stamped_and_put_back(
    f: &Function,
    call: InstrId,
    holder: Root,
    holder_arg: ValueId,
    key_arg: ValueId,
) -> bool {
    let after = |i: InstrId| crate::key_values::instr_reaches(f, call, i);
    let copy_loaded = |v: ValueId| {
        let Some(load) = f.defining_instr(strip_conversions(f, v)) else { return false };
        matches!(&f[load].kind, InstrKind::Load { addr }
            if location(f, *addr).is_some_and(|l| l.root == holder && l.fields.is_empty()))
    };
    let mut stamped = false;
    let mut put_back = false;
    for block in f.block_ids() {
        for &i in f[block].instrs() {
            match &f[i].kind {
                InstrKind::Store { addr, value } if after(i) => {
                    stamped |= same_value(f, *value, key_arg, 0)
                        && location(f, *addr)
                            .is_some_and(|l| l.root == holder && l.fields.len() == 1);
                }
                InstrKind::Call { call: common }
                | InstrKind::Go { call: common }
                | InstrKind::Defer { call: common }
                    if i != call =>
                {
                    let gets_holder = common.args.iter().any(|&a| same_value(f, a, holder_arg, 0));
                    if gets_holder && crate::key_values::instr_reaches(f, i, call) {
                        return false;
                    }
                    put_back |=
                        gets_holder && after(i) && common.args.iter().any(|&a| copy_loaded(a));
                }
                _ => {}
            }
        }
    }
    stamped && put_back
}
