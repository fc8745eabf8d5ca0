//! Inner-map creations that a test of the key's presence guards together with something else:
//! the path where the key is missing but the other condition fails goes on to the write
//! without creating anything.
//!
//! ```go
//! if _, ok := byPriority[p]; !ok && r.Weight > 0 {
//!     byPriority[p] = map[string]uint16{}
//! }
//! byPriority[p][target] = r.Weight // nil when p is new and the weight is 0
//! ```
//!
//! The path is followed from the branch the missing key takes to the lookup that the write
//! reads, through branches whose outcome the path has already decided (the same condition, or
//! one the value numbering proves equal, tested again goes the same way) and through any branch
//! on the presence of the same key (the key is still missing there); any other branch it meets
//! must be one that decides whether a creation runs, and compare nothing that a branch before
//! the test compared (that branch may have settled it). It ends at a creation
//! under a key that may be the same, at a call that may create one (any call, unless the outer
//! map is made in the function and handed to nothing), at a call that never returns, and at the
//! head of a loop around the test (the next iteration looks at another key).
//!
//! The same search starts, too, from the other way of the nearest branch above a presence
//! test that leads only to it (`if t == TypeA { if _, ok := m[k]; !ok { ... } }`): that way
//! skips the test and the creation both, and the key may be missing there as well.

use crate::checks::nested_map_write::{evaluate, may_equal, same_map};
use crate::nilness::{is_nil_constant, strip_conversions, without_negations};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::gvn::ValueNumbering;
use mapscope_ssa::{BlockId, Callee, Function, InstrId, InstrKind, ValueDef, ValueId};
use rustc_hash::FxHashSet;

/// How many (block, decided conditions) states the search visits at most.
const MAX_STATES: usize = 4096;

/// The branch that found the key missing, and a creation it skips on the way to the lookup.
#[derive(Clone, Copy, Debug)]
pub struct Skipped {
    pub test: InstrId,
    pub creation: InstrId,
    /// The branch before the test whose other way skips the test and the creation both
    /// (`if t == TypeA { if _, ok := m[k]; !ok { ... } }`), when that is the path found.
    pub around: Option<InstrId>,
}

/// The test of `key`'s presence in `outer` whose missing branch reaches `lookup` (of `outer`
/// under `key`) without a creation, when the function does create inner maps for keys that
/// may be `key`. `local` says that the outer map is made here and reaches no other code, so
/// that calls cannot create inner maps in it.
pub fn skipped_creation(
    f: &Function,
    numbering: &ValueNumbering,
    outer: ValueId,
    key: ValueId,
    lookup: InstrId,
    local: bool,
) -> Option<Skipped> {
    let is_creation = |i: InstrId| match &f[i].kind {
        InstrKind::MapUpdate { map, key: k, value } => {
            same_map(f, numbering, *map, outer)
                && may_equal(f, numbering, *k, key)
                && !is_nil_constant(f, strip_conversions(f, *value))
        }
        _ => false,
    };
    let creations: Vec<InstrId> = f
        .block_ids()
        .flat_map(|b| f[b].instrs().iter().copied())
        .filter(|&i| is_creation(i))
        .collect();
    let &creation = creations.first()?;
    let creation_blocks: Vec<BlockId> = creations.iter().filter_map(|&i| f[i].block()).collect();
    // A result of another lookup of the same key in the same map: still the missing key's.
    let is_probe = |v: ValueId, index: usize| {
        let v = strip_conversions(f, v);
        let ValueDef::Result { instr, index: i } = f[v].def else { return false };
        if i as usize != index || instr == lookup {
            return false;
        }
        matches!(&f[instr].kind, InstrKind::MapLookup { map, key: k, .. }
            if same_map(f, numbering, *map, outer)
                && (strip_conversions(f, *k) == strip_conversions(f, key)
                    || numbering.congruent(*k, key)))
    };
    let missing = |cond: ValueId| evaluate(f, cond, &is_probe, 0);
    let dominators = DomTree::new(f);
    for test_block in f.block_ids() {
        let Some((cond, succs)) = two_way_branch(f, test_block) else { continue };
        let Some(value) = missing(cond) else { continue };
        let miss = if value { succs[0] } else { succs[1] };
        let (decided, decided_value) = without_negations(f, cond, value);
        // What the branches before the test compared: a guard of the creation that compares
        // one of those values again may be settled by them (`if r.Weight == 0 { continue }`
        // makes `r.Weight > 0` true), which the search does not work out.
        let compared_before: Vec<ValueId> = crate::flag_guards::guards(f, &dominators, test_block)
            .into_iter()
            .flat_map(|(c, _)| compared(f, c))
            .collect();
        let search = Search {
            compared_before: &compared_before,
            f,
            numbering,
            dominators: &dominators,
            test_block,
            lookup,
            local,
            creation_blocks: &creation_blocks,
            is_creation: &is_creation,
            missing: &missing,
        };
        if search.reaches(miss, vec![(decided, decided_value)]) {
            let test = *f[test_block].instrs().last()?;
            return Some(Skipped { test, creation, around: None });
        }
        // The test itself behind another branch, whose other way goes on to the write with
        // neither the test nor a creation: the function tests the key because it may be
        // missing, and on that way it writes without looking.
        let Some((guard, guard_cond, skip, skip_value)) = guard_around(f, &dominators, test_block)
        else {
            continue;
        };
        // A branch on the key's presence itself is the case above; and a test that creates
        // nothing when the key is missing (`if inner := m[k]; inner != nil { delete(inner, x)
        // }`) says nothing of whether the key may be missing where the function writes.
        let creates_on_miss = creation_blocks.iter().any(|&b| dominators.dominates(miss, b));
        if missing(guard_cond).is_some() || !creates_on_miss {
            continue;
        }
        let compared_before: Vec<ValueId> = crate::flag_guards::guards(f, &dominators, guard)
            .into_iter()
            .flat_map(|(c, _)| compared(f, c))
            .collect();
        let search = Search { compared_before: &compared_before, ..search };
        let (c, value) = without_negations(f, guard_cond, skip_value);
        if search.reaches(skip, vec![(c, value)]) {
            let test = *f[test_block].instrs().last()?;
            let around = *f[guard].instrs().last()?;
            return Some(Skipped { test, creation, around: Some(around) });
        }
    }
    None
}

/// The nearest two-way branch above `test_block` with one way leading only to it (that way
/// dominates the test) and the other not: the branch's block, its condition, the other way,
/// and whether that is the branch's true way.
fn guard_around(
    f: &Function,
    dominators: &DomTree,
    test_block: BlockId,
) -> Option<(BlockId, ValueId, BlockId, bool)> {
    let mut at = test_block;
    while let Some(up) = dominators.idom(at) {
        if up == at {
            return None;
        }
        at = up;
        let Some((cond, [yes, no])) = two_way_branch(f, at) else { continue };
        let (to_test, other, other_true) = if dominators.dominates(yes, test_block) {
            (yes, no, false)
        } else if dominators.dominates(no, test_block) {
            (no, yes, true)
        } else {
            return None;
        };
        if dominators.dominates(to_test, other) {
            return None;
        }
        return Some((at, cond, other, other_true));
    }
    None
}

/// The forward search from the missing key's branch to the lookup.
struct Search<'a> {
    compared_before: &'a [ValueId],
    f: &'a Function,
    numbering: &'a ValueNumbering,
    dominators: &'a DomTree,
    test_block: BlockId,
    lookup: InstrId,
    local: bool,
    creation_blocks: &'a [BlockId],
    is_creation: &'a dyn Fn(InstrId) -> bool,
    missing: &'a dyn Fn(ValueId) -> Option<bool>,
}

impl Search<'_> {
    /// Whether a path from `start`, with the conditions `decided` already taken, reaches the
    /// lookup without a creation.
    fn reaches(&self, start: BlockId, decided: Vec<(ValueId, bool)>) -> bool {
        let f = self.f;
        let mut seen: FxHashSet<(BlockId, Vec<(ValueId, bool)>)> = FxHashSet::default();
        let mut stack = vec![(start, decided)];
        while let Some((block, decided)) = stack.pop() {
            if seen.len() > MAX_STATES {
                return false;
            }
            // Back at the test, or at the head of a loop around it: another key.
            if self.dominators.dominates(block, self.test_block) {
                continue;
            }
            if !seen.insert((block, decided.clone())) {
                continue;
            }
            if crate::models::never_returns(f, block) {
                continue;
            }
            let mut ended = false;
            for &i in f[block].instrs() {
                if i == self.lookup {
                    return true;
                }
                if (self.is_creation)(i) || (!self.local && self.may_create(i)) {
                    ended = true;
                    break;
                }
            }
            if ended {
                continue;
            }
            let Some((cond, succs)) = two_way_branch(f, block) else {
                stack.extend(f[block].succs().iter().map(|&s| (s, decided.clone())));
                continue;
            };
            let known = (self.missing)(cond).or_else(|| {
                let (c, negated) = without_negations(f, cond, true);
                decided.iter().find_map(|&(d, value)| {
                    (d == c || self.numbering.congruent(d, c)).then_some(value == negated)
                })
            });
            match known {
                Some(value) => stack.push((if value { succs[0] } else { succs[1] }, decided)),
                // Only a branch that decides whether a creation runs may be undecided: any
                // other could be a later test of the same condition in another spelling
                // (`w[i] > 0`, then `if w[i] <= 0 { continue }`), which the path cannot see.
                None if !succs.iter().any(|&s| {
                    self.creation_blocks.iter().any(|&c| self.dominators.dominates(s, c))
                }) => {}
                None if compared(f, cond).iter().any(|&x| {
                    self.compared_before.iter().any(|&y| same_operand(f, self.numbering, x, y))
                }) => {}
                None => {
                    let (c, taken) = without_negations(f, cond, true);
                    for (succ, value) in [(succs[0], taken), (succs[1], !taken)] {
                        let mut next = decided.clone();
                        next.push((c, value));
                        stack.push((succ, next));
                    }
                }
            }
        }
        false
    }

    /// Whether `i` is a call that code outside the function could use to create an inner map.
    fn may_create(&self, i: InstrId) -> bool {
        match &self.f[i].kind {
            InstrKind::Call { call } | InstrKind::Go { call } | InstrKind::Defer { call } => {
                !matches!(call.callee, Callee::Builtin(_))
            }
            _ => false,
        }
    }
}

/// The condition and the two successors of a block that ends in a two-way `if`.
fn two_way_branch(f: &Function, block: BlockId) -> Option<(ValueId, [BlockId; 2])> {
    let &last = f[block].instrs().last()?;
    let InstrKind::If { cond } = f[last].kind else { return None };
    let succs = f[block].succs();
    if succs.len() != 2 || succs[0] == succs[1] {
        return None;
    }
    Some((strip_conversions(f, cond), [succs[0], succs[1]]))
}

/// The values a condition compares, under its negations: both sides of a comparison that are
/// not constants, or the boolean itself.
fn compared(f: &Function, cond: ValueId) -> Vec<ValueId> {
    let (cond, _) = without_negations(f, strip_conversions(f, cond), true);
    match f.defining_instr(cond).map(|d| &f[d].kind) {
        Some(InstrKind::BinOp { op, x, y }) if op.is_comparison() => [*x, *y]
            .into_iter()
            .map(|v| strip_conversions(f, v))
            .filter(|&v| !matches!(f[v].def, ValueDef::Const(_)))
            .collect(),
        _ => vec![cond],
    }
}

/// Whether two compared values are the same: one value, numbered alike, or the same field read
/// from the same base (`r.Weight` twice through the pointer `r`).
fn same_operand(f: &Function, numbering: &ValueNumbering, a: ValueId, b: ValueId) -> bool {
    if a == b || numbering.congruent(a, b) {
        return true;
    }
    let field_of = |v: ValueId| match f.defining_instr(v).map(|d| &f[d].kind) {
        Some(InstrKind::Field { base, field }) => Some((*base, *field)),
        Some(InstrKind::Load { addr }) => match f.defining_instr(*addr).map(|d| &f[d].kind) {
            Some(InstrKind::FieldAddr { base, field }) => Some((*base, *field)),
            _ => None,
        },
        _ => None,
    };
    match (field_of(a), field_of(b)) {
        (Some((x, i)), Some((y, j))) => i == j && (x == y || numbering.congruent(x, y)),
        _ => false,
    }
}
