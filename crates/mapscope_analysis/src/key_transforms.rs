//! The calls a map key is put through on its way to a lookup (`strings.ToLower(strings.
//! TrimSpace(role))`, `fmt.Sprintf("%T", obj)`), and the ones every creation of an inner map in
//! a map-of-maps field puts its key through.
//!
//! Code that normalises the keys it creates inner maps under, and the key it writes under the
//! same way, keeps one spelling of each key on purpose: whether the key was created is then a
//! matter of the data, which nested-map-write leaves alone. Code that normalises the created
//! keys but writes under the key as it came (`p.perms[role]` beside the creation under
//! `strings.ToLower(role)`) misses the inner map of every key spelled another way.

use crate::nilness::{is_nil_constant, strip_conversions};
use mapscope_ssa::{Callee, Function, InstrId, InstrKind, ValueDef, ValueId};
use mapscope_types::types::ObjId;

/// How many calls back from a key the walk follows.
const MAX_CALLS: usize = 8;

/// The names of the static calls `key` is the result of, outermost first, following each
/// call's one argument that is not a constant.
pub fn key_calls(f: &Function, key: ValueId) -> Vec<Box<str>> {
    let mut calls = Vec::new();
    let mut v = strip_conversions(f, key);
    while calls.len() < MAX_CALLS {
        let ValueDef::Result { instr, .. } = f[v].def else { break };
        let InstrKind::Call { call } = &f[instr].kind else { break };
        let Callee::Static(callee) = &call.callee else { break };
        let ValueDef::Function { name } = &f[*callee].def else { break };
        calls.push(name.clone());
        let mut varying = call.args.iter().filter(|&&a| !matches!(f[a].def, ValueDef::Const(_)));
        let (Some(&arg), None) = (varying.next(), varying.next()) else { break };
        v = strip_conversions(f, arg);
    }
    calls
}

/// The calls every creation of an inner map in `field` (a store of a map that is not nil)
/// puts its key through, when the module creates some and all go through the same ones.
pub fn created_key_calls(
    module: &crate::module::Module<'_>,
    field: ObjId,
) -> Option<Vec<Box<str>>> {
    let mut shared: Option<Vec<Box<str>>> = None;
    for g in &module.functions {
        let h = g.function;
        let field_of = |s: InstrId| g.fields.selection(g.index_in_unit, s);
        for b in h.block_ids() {
            for &i in h[b].instrs() {
                let InstrKind::MapUpdate { map, key, value } = &h[i].kind else { continue };
                if is_nil_constant(h, strip_conversions(h, *value))
                    || crate::inner_on_miss::reads_field(h, *map, &field_of) != Some(field)
                {
                    continue;
                }
                let calls = key_calls(h, *key);
                match &shared {
                    Some(seen) if *seen != calls => return None,
                    Some(_) => {}
                    None => shared = Some(calls),
                }
            }
        }
    }
    shared
}
