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

use crate::FunctionContext;
use crate::fields::Drop;
use crate::nilness::{Root, location, strip_conversions};
use crate::summary::Site;
use mapscope_ssa::{BinaryOp, InstrId, InstrKind, ValueId};

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
    let site = cx.analysis.fields.dropped_by_reset(module.program, field)?;
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
    Some(site.clone())
}
