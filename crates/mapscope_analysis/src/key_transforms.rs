//! The calls a map key is put through on its way to a lookup (`strings.ToLower(strings.
//! TrimSpace(role))`, `fmt.Sprintf("%T", obj)`), and the ones every creation of an inner map in
//! a map-of-maps field puts its key through.
//!
//! Code that normalises the keys it creates inner maps under, and the key it writes under the
//! same way, keeps one spelling of each key on purpose: whether the key was created is then a
//! matter of the data, which nested-map-write leaves alone. Code that normalises the created
//! keys but writes under the key as it came (`p.perms[role]` beside the creation under
//! `strings.ToLower(role)`) misses the inner map of every key spelled another way.

use crate::nilness::strip_conversions;
use mapscope_ssa::{Callee, Function, InstrKind, ValueDef, ValueId};
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
    for (index, update) in crate::inner_on_miss::inner_creations(module, field) {
        let h = module.functions[index].function;
        let InstrKind::MapUpdate { key, .. } = &h[update].kind else { continue };
        let calls = key_calls(h, *key);
        match &shared {
            Some(seen) if *seen != calls => return None,
            Some(_) => {}
            None => shared = Some(calls),
        }
    }
    shared
}
