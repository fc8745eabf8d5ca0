//! A lookup in a map of maps under a key a loop carries from turn to turn, on the loop's first
//! turn: `section := ""; for ... { if header { section = name; m[section] = make(...) } else {
//! m[section][k] = v } }` writes under "" when a key comes before the first header, and nothing
//! made an inner map for "".
//!
//! The key must be the loop header's φ, constant on entry to the loop; no inner map whose key
//! may be that constant may be created before the loop; a path from the loop's header to the
//! lookup must pass no creation of an inner map at all; and no branch of the function may test
//! the carried key (`if section == "" { return errNoSection }` rules the first turn out).

use crate::key_sources::branch_depends_on;
use crate::nilness::strip_conversions;
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BlockId, ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId};
use rustc_hash::FxHashSet;

/// The loop whose first turn reaches the lookup with the key at its initial value.
#[derive(Debug)]
pub struct FirstTurn {
    /// The key's value on entry to the loop.
    pub initial: ConstValue,
    /// The φ that carries the key around the loop.
    pub phi: InstrId,
}

/// Whether `lookup` of `key` in the map `make` makes (whose inner maps `creates` tells apart
/// from other writes) can run on a loop's first turn with the key at a constant no inner map
/// was created for.
pub fn first_turn_key(
    f: &Function,
    key: ValueId,
    lookup: InstrId,
    creates: &dyn Fn(InstrId) -> Option<ValueId>,
) -> Option<FirstTurn> {
    let key = strip_conversions(f, key);
    let phi = f.defining_instr(key)?;
    let InstrKind::Phi { edges, .. } = &f[phi].kind else { return None };
    let header = f[phi].block()?;
    let dominators = DomTree::new(f);
    let mut initial: Option<ConstValue> = None;
    let mut entries = Vec::new();
    let mut loops = false;
    for (&edge, &pred) in edges.iter().zip(f[header].preds()) {
        if dominators.dominates(header, pred) {
            loops = true;
            continue;
        }
        let ValueDef::Const(c) = &f[strip_conversions(f, edge)].def else { return None };
        if initial.as_ref().is_some_and(|old| old != c) {
            return None;
        }
        initial = Some(c.clone());
        entries.push(pred);
    }
    let initial = initial?;
    let lookup_block = f[lookup].block()?;
    if !loops
        || !dominators.dominates(header, lookup_block)
        || branch_depends_on(f, vec![key], lookup)
    {
        return None;
    }
    // Before the loop: a creation under a key that may be the initial one covers it.
    let may_be_initial = |k: ValueId| match &f[strip_conversions(f, k)].def {
        ValueDef::Const(c) => *c == initial,
        _ => true,
    };
    let mut seen = FxHashSet::default();
    let mut stack = entries;
    while let Some(b) = stack.pop() {
        if !seen.insert(b) {
            continue;
        }
        if f[b].instrs().iter().any(|&i| creates(i).is_some_and(&may_be_initial)) {
            return None;
        }
        stack.extend_from_slice(f[b].preds());
    }
    // The first turn: from the header to the lookup, around no back edge, past no creation.
    let creates_in = |b: BlockId, upto: Option<InstrId>| {
        f[b].instrs().iter().take_while(|&&i| Some(i) != upto).any(|&i| creates(i).is_some())
    };
    let mut seen = FxHashSet::default();
    let mut stack = vec![header];
    while let Some(b) = stack.pop() {
        if !seen.insert(b) {
            continue;
        }
        if b == lookup_block {
            if !creates_in(b, Some(lookup)) {
                return Some(FirstTurn { initial, phi });
            }
            continue;
        }
        if creates_in(b, None) || crate::models::never_returns(f, b) {
            continue;
        }
        stack.extend(f[b].succs().iter().copied().filter(|&s| s != header));
    }
    None
}
