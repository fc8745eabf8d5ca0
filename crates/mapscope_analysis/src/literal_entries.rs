//! Comma-ok assertions of an entry a function put into its own map under a constant key: the
//! entry holds a made map of the asserted type, so the assertion cannot fail.
//!
//! ```go
//! b := map[string]any{"auth": map[string]any{"methods": methods}}
//! auth, _ := b["auth"].(map[string]any) // always succeeds: the literal put a made map there
//! auth["user"] = name
//! ```
//!
//! Only a map the function makes and keeps to itself until the lookup counts: every store under
//! the key (and no store under a key that is not a constant) boxes a map made in the function,
//! one of them runs before the lookup on every path, and nothing else that touches the map
//! (a delete, a clear, a call or a store it is handed to) can run between.

use crate::nilness::strip_conversions;
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId};
use mapscope_types::Program;
use mapscope_types::types::TypeId;

/// Whether the comma-ok assertion `assert` asserts an entry that the function's own map holds
/// as a made map of the asserted type wherever the lookup runs.
pub fn holds_asserted(program: &Program, f: &Function, assert: InstrId) -> bool {
    let InstrKind::TypeAssert { x, asserted, comma_ok: true } = &f[assert].kind else {
        return false;
    };
    let Some(lookup) = f.defining_instr(strip_conversions(f, *x)) else { return false };
    let InstrKind::MapLookup { map, key, comma_ok: false } = f[lookup].kind else { return false };
    let Some(key) = constant(f, key) else { return false };
    if !f.defining_instr(map).is_some_and(|m| matches!(f[m].kind, InstrKind::MakeMap { .. })) {
        return false;
    }
    let dominators = DomTree::new(f);
    let mut stored_first = false;
    for &user in f[map].referrers() {
        match &f[user].kind {
            InstrKind::MapLookup { map: m, .. } if *m == map => {}
            InstrKind::MapUpdate { map: m, key: k, value } if *m == map && *value != map => {
                let Some(k) = constant(f, *k) else { return false };
                if k != key {
                    continue;
                }
                if !boxes_made_map(program, f, *value, *asserted) {
                    return false;
                }
                stored_first |= runs_before(f, &dominators, user, lookup);
            }
            _ if !may_run_before(f, user, lookup) => {}
            _ => return false,
        }
    }
    stored_first
}

/// The constant a key is, spelled the way constants compare.
fn constant(f: &Function, v: ValueId) -> Option<&ConstValue> {
    match &f[strip_conversions(f, v)].def {
        ValueDef::Const(c) if !matches!(c, ConstValue::Nil | ConstValue::Zero) => Some(c),
        _ => None,
    }
}

/// Whether `value` boxes a map the function makes, of a type identical to `asserted`.
fn boxes_made_map(program: &Program, f: &Function, value: ValueId, asserted: TypeId) -> bool {
    let Some(boxing) = f.defining_instr(value) else { return false };
    let InstrKind::MakeInterface { x } = f[boxing].kind else { return false };
    f.defining_instr(x).is_some_and(|m| matches!(f[m].kind, InstrKind::MakeMap { .. }))
        && crate::summarize::same_type(program, f[x].ty, asserted)
}

/// Whether `first` runs before `then` on every path to `then`.
fn runs_before(f: &Function, dominators: &DomTree, first: InstrId, then: InstrId) -> bool {
    let (Some(a), Some(b)) = (f[first].block(), f[then].block()) else { return false };
    if a != b {
        return dominators.dominates(a, b);
    }
    let instrs = f[a].instrs();
    instrs.iter().position(|&i| i == first) < instrs.iter().position(|&i| i == then)
}

/// Whether `from` may run before `to` on some path (in a loop, also after it).
pub fn may_run_before(f: &Function, from: InstrId, to: InstrId) -> bool {
    let (Some(a), Some(b)) = (f[from].block(), f[to].block()) else { return true };
    if a == b {
        let instrs = f[a].instrs();
        if instrs.iter().position(|&i| i == from) < instrs.iter().position(|&i| i == to) {
            return true;
        }
    }
    crate::key_values::block_reaches(f, a, b)
}
