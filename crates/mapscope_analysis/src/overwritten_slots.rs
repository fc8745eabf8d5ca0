//! A function that overwrites the slot it hands back: `slot := &r.slots[r.next]; *slot =
//! Entry{Item: item}; ...; return slot`. The struct stored last is what the caller gets through
//! the pointer, so a map field its literal leaves out is nil there, whatever the slot held
//! before (a constructor that made every slot's map).
//!
//! The search for a result's nil field follows places it can name ([`crate::nilness::location`]);
//! an element of a slice read from memory is none. This rule takes the plain case the place
//! search misses: the store through the very address returned, in a block that dominates the
//! return, with nothing on any way between that could store into the slot again (only stores
//! of basic values, such as the ring's index, and `len`).

use crate::nilness::{Origin, Search, strip_conversions};
use crate::summary::Access;
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BlockId, Builtin, Callee, Function, InstrId, InstrKind, ValueId};
use mapscope_types::Program;
use mapscope_types::types::{Type, TypeView};

/// Where the map field at `access` (through the pointer) of the returned pointer `value` is
/// nil at return `ret`: the literal last stored through `value` leaves it out.
pub fn stored_without(
    program: &Program,
    f: &Function,
    dominators: &DomTree,
    search: &mut Search<'_>,
    value: ValueId,
    access: &Access,
    ret: InstrId,
) -> Option<Vec<Origin>> {
    if !access.deref || access.fields.is_empty() {
        return None;
    }
    let value = strip_conversions(f, value);
    let ret_block = f[ret].block()?;
    // The store through `value` among the return's dominators, nearest first.
    let mut block = Some(ret_block);
    let (store, stored) = loop {
        let b = block?;
        let instrs = f[b].instrs();
        let end =
            if b == ret_block { instrs.iter().position(|&i| i == ret)? } else { instrs.len() };
        let found = instrs[..end].iter().rev().find_map(|&i| match &f[i].kind {
            InstrKind::Store { addr, value: stored } if *addr == value => Some((i, *stored)),
            _ => None,
        });
        if let Some(found) = found {
            break found;
        }
        block = dominators.idom(b);
    };
    let quiet = |i: InstrId| match &f[i].kind {
        InstrKind::Store { value: stored, .. } => is_basic(program, f, *stored),
        InstrKind::Go { .. } | InstrKind::Defer { .. } | InstrKind::MapUpdate { .. } => false,
        InstrKind::Call { call } => call.callee == Callee::Builtin(Builtin::Len),
        _ => true,
    };
    // Every instruction on a way from the store to the return (the store's block first, the
    // return's not left).
    let store_block = f[store].block()?;
    let after_store = |b: BlockId| {
        let instrs = f[b].instrs();
        let from = if b == store_block {
            instrs.iter().position(|&i| i == store).map_or(0, |k| k + 1)
        } else {
            0
        };
        let to = if b == ret_block {
            instrs.iter().position(|&i| i == ret).unwrap_or(instrs.len())
        } else {
            instrs.len()
        };
        instrs[from..to.max(from)].iter().all(|&i| quiet(i))
    };
    let mut seen = vec![false; f.block_count()];
    let mut stack = vec![store_block];
    while let Some(b) = stack.pop() {
        if std::mem::replace(&mut seen[b.index()], true) {
            continue;
        }
        if !after_store(b) {
            return None;
        }
        if b != ret_block {
            stack.extend_from_slice(f[b].succs());
        }
    }
    let field = Access { deref: false, fields: access.fields.clone() };
    search.nil_access(stored, &field, store)
}

/// Whether `v` has a basic type (a number, a string, a boolean): storing it writes no map.
pub(crate) fn is_basic(program: &Program, f: &Function, v: ValueId) -> bool {
    let ty = f[v].ty;
    if ty.arena as usize > program.units.len() {
        return false;
    }
    let mut types = program.types();
    let under = mapscope_types::query::underlying(&mut types, ty);
    matches!(types.ty(under), Type::Basic(..))
}
