//! Type assertions of one place to one type, repeated with nothing stored into the place
//! between: they fail or succeed together.
//!
//! ```go
//! initialModConf, _ := initial.ModuleConfig.(map[string]any) // nil when it fails
//! ...
//! if _, ok := initial.ModuleConfig.(map[string]any); !ok {
//!     initial.ModuleConfig = updatedModConf
//!     return nil
//! }
//! initialModConf[module] = v // reached only where both succeeded
//! ```

use crate::nilness::{Location, Root, loaded_from, location, strip_conversions};
use mapscope_ssa::{BlockId, Function, InstrId, InstrKind, ValueDef, ValueId};
use mapscope_types::Program;

/// The `ok` results of the other comma-ok assertions in `f` of the same value (or of a load of
/// the same place) to the same type as `assert`, with no store into that place and no call
/// handed its root on any path between the two.
pub fn same_assertions(program: &Program, f: &Function, assert: InstrId) -> Vec<ValueId> {
    let InstrKind::TypeAssert { x, asserted, .. } = &f[assert].kind else { return Vec::new() };
    let (x, asserted) = (strip_conversions(f, *x), *asserted);
    let place = loaded_from(f, x);
    let Some(from) = f[assert].block() else { return Vec::new() };
    let mut found = Vec::new();
    for block in f.block_ids() {
        for &other in f[block].instrs() {
            let InstrKind::TypeAssert { x: y, asserted: t, comma_ok: true } = &f[other].kind else {
                continue;
            };
            if other == assert || !crate::summarize::same_type(program, *t, asserted) {
                continue;
            }
            let y = strip_conversions(f, *y);
            let same = y == x
                || place.as_ref().is_some_and(|p| {
                    loaded_from(f, y).as_ref() == Some(p)
                        && !changed_between(f, p, from, block)
                        && !changed_between(f, p, block, from)
                });
            if same && let Some(ok) = f[other].results().nth(1) {
                found.push(ok);
            }
        }
    }
    found
}

/// Whether a block on a path from `from` to `to` (both included) may change `place`: a store
/// into it, into what holds it or into an address the analysis cannot place, or a call handed
/// its root.
fn changed_between(f: &Function, place: &Location, from: BlockId, to: BlockId) -> bool {
    if !crate::key_values::block_reaches(f, from, to) {
        return false;
    }
    let between = f.block_ids().filter(|&b| {
        (b == from || crate::key_values::block_reaches(f, from, b))
            && (b == to || crate::key_values::block_reaches(f, b, to))
    });
    let overlaps = |l: &Location| {
        l.root == place.root
            && (l.fields.starts_with(&place.fields) || place.fields.starts_with(&l.fields))
    };
    let root_value = |v: ValueId| match (&f[strip_conversions(f, v)].def, &place.root) {
        (ValueDef::Param { index, .. }, Root::Param(p)) => index == p,
        _ => location(f, v).is_some_and(|l| overlaps(&l)),
    };
    for b in between {
        for &i in f[b].instrs() {
            match &f[i].kind {
                InstrKind::Store { addr, .. } => match location(f, *addr) {
                    Some(l) if !overlaps(&l) => {}
                    Some(_) => return true,
                    None => {
                        let local = f
                            .defining_instr(*addr)
                            .is_some_and(|d| matches!(f[d].kind, InstrKind::Alloc { .. }));
                        if !local {
                            return true;
                        }
                    }
                },
                InstrKind::Call { call } | InstrKind::Go { call } | InstrKind::Defer { call }
                    if call.args.iter().any(|&a| root_value(a)) =>
                {
                    return true;
                }
                _ => {}
            }
        }
    }
    false
}
