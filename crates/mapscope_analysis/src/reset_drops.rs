//! Writes into a map field that a reset drops: a struct literal stored over a value that
//! already exists makes some of its map fields but not this one, or a release sets it to nil
//! and hands the value on for reuse (a free list, a pool, a channel), and nothing but the
//! creation of a value ever makes it, so after the reset every write into it panics.
//!
//! ```go
//! func NewRunner() *Runner {
//!     return &Runner{stats: stats{done: map[string]int{}, panics: map[string]int{}}}
//! }
//! func (r *Runner) Report() { r.stats = stats{done: map[string]int{}} } // drops panics
//! func (r *Runner) fail(kind string) { r.stats.panics[kind]++ }         // nil after a Report
//! ```
//!
//! The field must be unexported (or of a `main` package's type), reachable by no code without
//! source, and stored into by nothing else than the allocation creating a value; the reset
//! literal must make at least one other map field, and the release must hand the value on,
//! which shows either means to leave a usable value behind. A function that tests the field against nil is left to its guard, and a
//! write on a value the function itself allocates is the search's business.
//!
//! A reset matters only where the value lives on: one the resetting function made or got from a
//! call (a test's `o := newOutput(); o.model = model{...}`) and hands to nothing but calls that
//! cannot run the write dies with the function, so it drops nothing a write sees.

use crate::FunctionContext;
use crate::fields::Drop;
use crate::module::Module;
use crate::nilness::{Root, location, strip_conversions};
use crate::summary::Site;
use mapscope_ssa::{BinaryOp, Callee, InstrId, InstrKind, ValueId};

/// The reset that drops the field the write `update` writes into through `map`, when the rule
/// applies: its site, if known.
pub fn dropped_field_write(
    cx: &FunctionContext<'_>,
    update: InstrId,
    map: ValueId,
) -> Option<(Option<Site>, Drop)> {
    let f = cx.function;
    let module = cx.analysis.module;
    let me = &module.functions[module.lookup(&f.name)?];
    let load = f.defining_instr(strip_conversions(f, map))?;
    let InstrKind::Load { addr } = f[load].kind else { return None };
    let selection = f.defining_instr(addr)?;
    let InstrKind::FieldAddr { .. } = f[selection].kind else { return None };
    let field = me.fields.selection(me.index_in_unit, selection)?;
    let writer = module.lookup(&f.name)?;
    let reset =
        cx.analysis.fields.dropped_by_reset(module.program, field).iter().find(|r| {
            r.function.is_none_or(|index| reset_reaches(module, index, r.store, writer))
        })?;
    // A value this function allocates: the search followed it.
    if location(f, addr).is_some_and(|l| matches!(l.root, Root::Alloc(_))) {
        return None;
    }
    // A guard on the field itself.
    let tests_field = f.block_ids().any(|b| {
        f[b].instrs().iter().any(|&i| {
            let InstrKind::BinOp { op: BinaryOp::Eql | BinaryOp::Neq, x, y } = f[i].kind else {
                return false;
            };
            let (x, y) = (strip_conversions(f, x), strip_conversions(f, y));
            let Some(tested) = crate::nilness::nil_operand(f, x, y) else { return false };
            f.defining_instr(tested).is_some_and(|l| match f[l].kind {
                InstrKind::Load { addr } => f
                    .defining_instr(addr)
                    .is_some_and(|s| me.fields.selection(me.index_in_unit, s) == Some(field)),
                _ => false,
            })
        })
    });
    if tests_field {
        return None;
    }
    // A write inside a loop over a map runs only when that map has entries.
    let block = f[update].block()?;
    let dominators = mapscope_ssa::dom::DomTree::new(f);
    if !crate::length_guards::looped_collections(f, &dominators, block).is_empty() {
        return None;
    }
    Some((reset.site.clone(), reset.how))
}

/// How many functions [`reset_reaches`] visits before it takes a call to reach the write.
const MAX_REACHED: usize = 4096;

/// Whether the value the reset `store` of function `index` drops the field from may reach the
/// function `writer` afterwards: unless it is a value the function makes or gets from a call
/// and hands to nothing but its own field stores, loads of its fields and calls none of which
/// can run `writer` (`o := newOutput(); o.model = model{...}; o.summary()` in a test), where
/// the value dies with the function.
fn reset_reaches(module: &Module<'_>, index: usize, store: InstrId, writer: usize) -> bool {
    let f = module.functions[index].function;
    let InstrKind::Store { addr, .. } = &f[store].kind else { return true };
    let root = match location(f, *addr).map(|l| l.root) {
        Some(Root::Alloc(alloc)) => f[alloc].result(),
        Some(Root::Call(call, result)) => f[call].results().nth(result as usize),
        _ => None,
    };
    let Some(root) = root else { return true };
    let mut calls = Vec::new();
    let mut pending = vec![root];
    while let Some(v) = pending.pop() {
        for &user in f[v].referrers() {
            match &f[user].kind {
                InstrKind::FieldAddr { base, .. } if *base == v => {
                    pending.extend(f[user].result());
                }
                // A map or other value read from a field: what the function does with it is
                // the search's business, not the value's.
                InstrKind::Load { addr } if *addr != root => {}
                InstrKind::Store { addr, value } if *addr == v && *value != v => {}
                InstrKind::Call { call } if call.args.contains(&v) => calls.push(call),
                _ => return true,
            }
        }
    }
    let mut seen = vec![false; module.functions.len()];
    let mut queue = Vec::new();
    for call in calls {
        let Some(targets) = module.resolve(f, call) else { return true };
        queue.extend(targets.callees);
    }
    let mut visited = 0;
    while let Some(next) = queue.pop() {
        if next == writer {
            return true;
        }
        if std::mem::replace(&mut seen[next], true) {
            continue;
        }
        visited += 1;
        if visited > MAX_REACHED {
            return true;
        }
        let callee = module.functions[next].function;
        for block in callee.block_ids() {
            for &i in callee[block].instrs() {
                let call = match &callee[i].kind {
                    InstrKind::Call { call }
                    | InstrKind::Go { call }
                    | InstrKind::Defer { call } => call,
                    _ => continue,
                };
                match module.resolve(callee, call) {
                    Some(targets) => queue.extend(targets.callees),
                    // A function value or an interface the module cannot resolve.
                    None if !matches!(call.callee, Callee::Static(_) | Callee::Builtin(_)) => {
                        return true;
                    }
                    None => {}
                }
            }
        }
    }
    false
}
