//! Map-of-maps fields whose inner maps the module creates in loops, one per turn under the
//! turn's key (`for pattern := range routes { rt.counts[pattern] = make(...) }`): the field
//! holds inner maps for the keys that loop walked, and for no other.
//!
//! A function that then writes `rt.counts[pattern][code]++` on every call, under a key from
//! elsewhere, with no test, creation or range of the field and no call of the module's code
//! before the write ([`crate::inner_on_miss::written_unchecked`]), counts on a key the loop
//! happened to walk; nested-map-write reports it. A guard that may return first (`if pattern
//! == "" { return }`) is left to the code: the write must run on every call.

use crate::nilness::strip_conversions;
use mapscope_ssa::{Function, InstrId, InstrKind, ValueDef, ValueId};

/// Whether the creation `update` of an inner map under `key` sits in a loop (a path from its
/// block leads back to it) and its key is not a constant, so each turn may create another.
pub fn created_in_loop(f: &Function, update: InstrId, key: ValueId) -> bool {
    if matches!(f[strip_conversions(f, key)].def, ValueDef::Const(_)) {
        return false;
    }
    if !matches!(f[update].kind, InstrKind::MapUpdate { .. }) {
        return false;
    }
    let Some(block) = f[update].block() else { return false };
    let mut seen = vec![false; f.block_count()];
    let mut stack: Vec<_> = f[block].succs().to_vec();
    while let Some(b) = stack.pop() {
        if b == block {
            return true;
        }
        if std::mem::replace(&mut seen[b.index()], true) {
            continue;
        }
        stack.extend_from_slice(f[b].succs());
    }
    false
}
