//! Pointer keys that no map can hold yet: a parameter that a call passes a pointer made fresh
//! on the way (`g.Link(normalise(n), ...)`, where `normalise` returns the address of a copy it
//! allocates), used for nothing but that call.
//!
//! A map keyed by pointers finds a key by its address; an address allocated just now was never
//! stored under, so a lookup of it misses, and `m[fresh][x] = v` writes into the nil inner map
//! of the missing key. nested-map-write reports such a write when it runs on every call and
//! nothing on its way tests or creates a key of the field.

use crate::module::Module;
use crate::nilness::strip_conversions;
use mapscope_ssa::{Function, InstrId, InstrKind, ValueDef, ValueId};

/// A call (its function's module index and the call) that passes, for parameter `key` of `f`,
/// a pointer allocated on the way and used for nothing else.
pub fn fresh_key_call(module: &Module<'_>, f: &Function, key: ValueId) -> Option<(usize, InstrId)> {
    let ValueDef::Param { index, .. } = f[strip_conversions(f, key)].def else { return None };
    let me = module.lookup(&f.name)?;
    for (caller, g) in module.functions.iter().enumerate() {
        let h = g.function;
        for b in h.block_ids() {
            for &i in h[b].instrs() {
                let InstrKind::Call { call } = &h[i].kind else { continue };
                let Some(targets) = module.resolve(h, call) else { continue };
                if targets.callees != [me] {
                    continue;
                }
                let Some(&arg) = targets.args.get(index as usize) else { continue };
                let only_passed = h[arg].referrers().iter().all(|&u| u == i);
                if only_passed && fresh_pointer(module, h, arg, i) {
                    return Some((caller, i));
                }
            }
        }
    }
    None
}

/// Whether `v` is an allocation of `h` whose address is kept nowhere (`passing` aside, the call
/// it is passed to), or the result of a call of a module function that returns only such
/// allocations of its own.
fn fresh_pointer(module: &Module<'_>, h: &Function, v: ValueId, passing: InstrId) -> bool {
    let v = strip_conversions(h, v);
    let Some(def) = h.defining_instr(v) else { return false };
    match &h[def].kind {
        InstrKind::Alloc { .. } => unkept(h, v, Some(passing)),
        InstrKind::Call { call } => {
            let Some(targets) = module.resolve(h, call) else { return false };
            let [callee] = targets.callees[..] else { return false };
            let maker = module.functions[callee].function;
            let mut returns = false;
            for b in maker.block_ids() {
                let Some(&last) = maker[b].instrs().last() else { continue };
                let InstrKind::Return { results } = &maker[last].kind else { continue };
                let Some(&result) = results.first() else { return false };
                let result = strip_conversions(maker, result);
                let allocated = maker
                    .defining_instr(result)
                    .is_some_and(|a| matches!(maker[a].kind, InstrKind::Alloc { .. }));
                if !allocated || !unkept(maker, result, None) {
                    return false;
                }
                returns = true;
            }
            returns
        }
        _ => false,
    }
}

/// Whether the address `alloc` is only stored through, selected into, loaded from, returned or
/// passed to the call `passing`: nothing keeps it anywhere else.
fn unkept(h: &Function, alloc: ValueId, passing: Option<InstrId>) -> bool {
    h[alloc].referrers().iter().all(|&u| match &h[u].kind {
        InstrKind::Store { addr, value } => *addr == alloc && *value != alloc,
        InstrKind::FieldAddr { .. } | InstrKind::IndexAddr { .. } | InstrKind::Load { .. } => {
            h[u].results().all(|r| {
                h[r].referrers().iter().all(|&w| {
                    !matches!(&h[w].kind,
                    InstrKind::Store { value, .. } if *value == r)
                })
            })
        }
        InstrKind::Return { .. } => true,
        _ => Some(u) == passing,
    })
}
