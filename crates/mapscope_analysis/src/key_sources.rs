//! Where a map key comes from: an input of the function (a parameter, a captured variable, a
//! package-level variable) and the steps from it to the key, through the collections loops walk
//! (`s.Name` of `for _, s := range services` is parameter `services`, an element, its field
//! `Name`), so that keys drawn from two different collections can be told apart.
//!
//! Only loads, field and element selections, range steps and calls with one non-constant
//! argument are followed; a key that passes through anything else (a φ, a local collection the
//! function built, a call result with no argument) has no source.

use crate::nilness::strip_conversions;
use mapscope_ssa::{Callee, Function, InstrId, InstrKind, ValueDef, ValueId};
use rustc_hash::FxHashSet;

/// How many steps the search follows back from a key.
const MAX_STEPS: usize = 12;

/// How many values the search for a branch on a key follows forward.
const MAX_TAINTED: usize = 64;

/// What the steps start from: an input of the function.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Root {
    Param(u32),
    FreeVar(u32),
    Global(Box<str>),
}

/// One step from a value to a value derived from it.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Step {
    /// An element of a slice or an array, whichever index.
    Elem,
    /// A key of a map, as a `range` gives it.
    Key,
    /// A value of a map, as a `range` gives it.
    Value,
    Field(u32),
    /// Result `index` of a call of the named function, given the value as its one
    /// non-constant argument (`strings.TrimSpace(s)`), and whether the call is inside a loop
    /// (`tr.Next()`: a new value on each turn, as an element of a collection).
    Call(Box<str>, u32, bool),
}

/// A key's source: an input and the steps from it, outermost first.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct KeySource {
    pub root: Root,
    pub steps: Vec<Step>,
}

impl KeySource {
    /// Whether the key is drawn from a collection: one of the steps takes an element, a key or
    /// a value of it, or is a call that gives a new value on each turn of a loop (a reader's
    /// `Next()`), so the key ranges over what that collection or stream holds.
    pub fn walks_collection(&self) -> bool {
        self.steps
            .iter()
            .any(|s| matches!(s, Step::Elem | Step::Key | Step::Value | Step::Call(_, _, true)))
    }
}

/// The source of `v`, when every step back from it is one this module follows.
pub fn key_source(f: &Function, v: ValueId) -> Option<KeySource> {
    let mut steps = Vec::new();
    let root = value(f, v, &mut steps)?;
    steps.reverse();
    Some(KeySource { root, steps })
}

/// The root of the value `v`, pushing the steps met on the way (innermost first).
fn value(f: &Function, v: ValueId, steps: &mut Vec<Step>) -> Option<Root> {
    if steps.len() > MAX_STEPS {
        return None;
    }
    let v = strip_conversions(f, v);
    match &f[v].def {
        ValueDef::Param { index, .. } => return Some(Root::Param(*index)),
        ValueDef::FreeVar { index, .. } => return Some(Root::FreeVar(*index)),
        ValueDef::Result { .. } => {}
        _ => return None,
    }
    let ValueDef::Result { instr, index } = f[v].def else { return None };
    match &f[instr].kind {
        InstrKind::Load { addr } => pointee(f, *addr, steps),
        InstrKind::Field { base, field } => {
            steps.push(Step::Field(*field));
            value(f, *base, steps)
        }
        InstrKind::Index { base, .. } => {
            steps.push(Step::Elem);
            value(f, *base, steps)
        }
        InstrKind::Slice { base, .. } => {
            if f.defining_instr(*base).is_some_and(|i| is_address(f, i)) {
                pointee(f, *base, steps)
            } else {
                value(f, *base, steps)
            }
        }
        InstrKind::MapNext { iter } => {
            let range = f.defining_instr(*iter)?;
            let InstrKind::MapRange { map } = &f[range].kind else { return None };
            steps.push(match index {
                1 => Step::Key,
                2 => Step::Value,
                _ => return None,
            });
            value(f, *map, steps)
        }
        InstrKind::Call { call } => {
            let Callee::Static(callee) = &call.callee else { return None };
            let ValueDef::Function { name } = &f[*callee].def else { return None };
            let mut varying =
                call.args.iter().filter(|&&a| !matches!(f[a].def, ValueDef::Const(_)));
            let (Some(&arg), None) = (varying.next(), varying.next()) else { return None };
            steps.push(Step::Call(name.clone(), index, in_loop(f, instr)));
            value(f, arg, steps)
        }
        _ => None,
    }
}

/// Whether `instr` sits in a loop: its block can reach itself again.
fn in_loop(f: &Function, instr: InstrId) -> bool {
    f[instr].block().is_some_and(|b| crate::key_values::block_reaches(f, b, b))
}

/// Whether `instr` yields an address this module reads through: a local variable, a field's
/// or an element's address, a package-level variable.
fn is_address(f: &Function, instr: InstrId) -> bool {
    matches!(
        f[instr].kind,
        InstrKind::Alloc { .. } | InstrKind::FieldAddr { .. } | InstrKind::IndexAddr { .. }
    )
}

/// The root of the value stored at `addr`, pushing the steps met on the way.
fn pointee(f: &Function, addr: ValueId, steps: &mut Vec<Step>) -> Option<Root> {
    if steps.len() > MAX_STEPS {
        return None;
    }
    let addr = strip_conversions(f, addr);
    match &f[addr].def {
        ValueDef::Global { name } => return Some(Root::Global(name.clone())),
        // A pointer parameter: its pointee is part of the input.
        ValueDef::Param { index, .. } => return Some(Root::Param(*index)),
        ValueDef::FreeVar { index, .. } => return Some(Root::FreeVar(*index)),
        ValueDef::Result { .. } => {}
        _ => return None,
    }
    let instr = f.defining_instr(addr)?;
    match &f[instr].kind {
        InstrKind::FieldAddr { base, field } => {
            steps.push(Step::Field(*field));
            pointee(f, *base, steps)
        }
        InstrKind::IndexAddr { base, .. } => {
            steps.push(Step::Elem);
            if f.defining_instr(*base).is_some_and(|i| is_address(f, i))
                || matches!(f[*base].def, ValueDef::Global { .. })
            {
                pointee(f, *base, steps)
            } else {
                value(f, *base, steps)
            }
        }
        // A local variable stored once (a `range` loop's per-turn copy of the element).
        InstrKind::Alloc { .. } => value(f, single_store(f, addr)?, steps),
        // A pointer loaded from memory or returned by a call: what it points to is reached
        // through it.
        InstrKind::Load { .. } | InstrKind::Call { .. } => value(f, addr, steps),
        _ => None,
    }
}

/// The value of the one store into the local variable `alloc`, when nothing else can write it
/// (its address is only loaded from or selected into).
fn single_store(f: &Function, alloc: ValueId) -> Option<ValueId> {
    let mut stored = None;
    for &user in f[alloc].referrers() {
        match &f[user].kind {
            InstrKind::Store { addr, value } if *addr == alloc && *value != alloc => {
                if stored.replace(*value).is_some() {
                    return None;
                }
            }
            InstrKind::Load { .. } => {}
            InstrKind::FieldAddr { base, .. } | InstrKind::IndexAddr { base, .. }
                if *base == alloc =>
            {
                if !f[user].results().all(|addr| only_read(f, addr, 0)) {
                    return None;
                }
            }
            _ => return None,
        }
    }
    stored
}

/// Whether the address `addr` (inside a local variable) is only loaded from, directly or
/// through the addresses of its fields and elements.
fn only_read(f: &Function, addr: ValueId, depth: usize) -> bool {
    depth < MAX_STEPS
        && f[addr].referrers().iter().all(|&u| match &f[u].kind {
            InstrKind::Load { .. } => true,
            InstrKind::FieldAddr { base, .. } | InstrKind::IndexAddr { base, .. }
                if *base == addr =>
            {
                f[u].results().all(|inner| only_read(f, inner, depth + 1))
            }
            _ => false,
        })
}

/// Whether a branch of the function depends on one of `seeds` (other than through `skip`,
/// the lookup in question): a comparison, a lookup in another map, a call whose result is
/// tested. Too many values to follow counts as a branch.
pub fn branch_depends_on(f: &Function, seeds: Vec<ValueId>, skip: InstrId) -> bool {
    let mut seen = FxHashSet::default();
    let mut work = seeds;
    while let Some(v) = work.pop() {
        if !seen.insert(v) || seen.len() > MAX_TAINTED {
            return seen.len() > MAX_TAINTED;
        }
        for &user in f[v].referrers() {
            if user == skip {
                continue;
            }
            match &f[user].kind {
                InstrKind::If { .. } | InstrKind::Select { .. } => return true,
                InstrKind::MapUpdate { .. }
                | InstrKind::MapDelete { .. }
                | InstrKind::Store { .. }
                | InstrKind::Send { .. }
                | InstrKind::Return { .. } => {}
                _ => work.extend(f[user].results()),
            }
        }
    }
    false
}

/// The values computed from `seeds` (the seeds among them), other than through `skip`: every
/// result of an instruction that uses one, but for stores, sends and writes into maps. `None`
/// when there are too many to follow.
pub fn derived_values(
    f: &Function,
    seeds: Vec<ValueId>,
    skip: InstrId,
) -> Option<FxHashSet<ValueId>> {
    let mut seen = FxHashSet::default();
    let mut work = seeds;
    while let Some(v) = work.pop() {
        if !seen.insert(v) {
            continue;
        }
        if seen.len() > MAX_TAINTED {
            return None;
        }
        for &user in f[v].referrers() {
            if user == skip {
                continue;
            }
            match &f[user].kind {
                InstrKind::If { .. }
                | InstrKind::Select { .. }
                | InstrKind::MapUpdate { .. }
                | InstrKind::MapDelete { .. }
                | InstrKind::Store { .. }
                | InstrKind::Send { .. }
                | InstrKind::Return { .. } => {}
                _ => work.extend(f[user].results()),
            }
        }
    }
    Some(seen)
}
