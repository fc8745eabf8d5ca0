//! Values taken from a `sync.Pool` whose `New` builds them without a map field: `r :=
//! records.Get().(*record)` gets what `New: func() any { return &record{} }` made whenever the
//! pool is empty (the first `Get`, or any after the collector emptied it), so a map that only a
//! later reset makes is nil in it.
//!
//! Only a field that the function neither stores into nor tests, read from the asserted pointer
//! that goes nowhere but into field selections, the pool's `Put` and a deferred closure, counts:
//! then nothing between the `Get` and the write can have made it.

use crate::nilness::{Context, field_tested, strip_conversions};
use crate::summary::overlaps;
use mapscope_ssa::{Callee, Function, InstrKind, ValueDef, ValueId};
use mapscope_types::types::{Type, TypeView};

/// The name of the pool `New` function that builds the struct `pointer` (asserted from a
/// `sync.Pool`'s `Get`) points to without a map at `fields`, when `f` cannot have made it.
pub fn unset_in_pool_new(
    cx: Context<'_>,
    me: usize,
    f: &Function,
    pointer: ValueId,
    fields: &[u32],
) -> Option<String> {
    let [field] = fields else { return None };
    // The pointer itself, or the variable a deferred closure captures it in: one store of it,
    // then loads.
    let mut pointer = strip_conversions(f, pointer);
    let mut copies = vec![pointer];
    if let Some(load) = f.defining_instr(pointer)
        && let InstrKind::Load { addr } = &f[load].kind
        && f.defining_instr(*addr).is_some_and(|a| matches!(f[a].kind, InstrKind::Alloc { .. }))
    {
        let mut stored = None;
        copies.clear();
        for &u in f[*addr].referrers() {
            match &f[u].kind {
                InstrKind::Store { addr: a, value } if a == addr && stored.is_none() => {
                    stored = Some(strip_conversions(f, *value));
                }
                InstrKind::Load { .. } => copies.extend(f[u].result()),
                InstrKind::MakeClosure { .. } if deferred_only(f, u) => {}
                _ => return None,
            }
        }
        pointer = stored?;
        copies.push(pointer);
    }
    let assert = f.defining_instr(pointer)?;
    let InstrKind::TypeAssert { x, asserted, comma_ok: false } = &f[assert].kind else {
        return None;
    };
    let get = f.defining_instr(strip_conversions(f, *x))?;
    let InstrKind::Call { call } = &f[get].kind else { return None };
    let Callee::Static(callee) = &call.callee else { return None };
    if !matches!(&f[*callee].def, ValueDef::Function { name } if &**name == "(*sync.Pool).Get") {
        return None;
    }
    let program = cx.module.program;
    if asserted.arena as usize > program.units.len() {
        return None;
    }
    let mut types = program.types();
    let under = mapscope_types::query::underlying(&mut types, *asserted);
    let Type::Pointer(elem) = types.ty(under) else { return None };
    let elem = *elem;
    // Nothing here can make the field: it is selected only to be read, and the pointer goes
    // nowhere else but back into the pool or into a closure that runs when `f` returns.
    let me_function = &cx.module.functions[me];
    let untouched = copies.iter().flat_map(|&c| f[c].referrers()).all(|&u| match &f[u].kind {
        InstrKind::FieldAddr { field: selected, .. } => {
            selected != field
                || f[u].result().is_some_and(|a| {
                    f[a].referrers().iter().all(|&r| matches!(f[r].kind, InstrKind::Load { .. }))
                })
        }
        InstrKind::MakeClosure { .. } => deferred_only(f, u),
        InstrKind::Store { value, .. } => *value == pointer,
        InstrKind::MakeInterface { .. } => f[u].result().is_some_and(|i| {
            f[i].referrers().iter().all(|&p| match &f[p].kind {
                InstrKind::Call { call } => matches!(&call.callee, Callee::Static(c)
                    if matches!(&f[*c].def, ValueDef::Function { name } if &**name == "(*sync.Pool).Put")),
                _ => false,
            })
        }),
        _ => false,
    });
    if !untouched {
        return None;
    }
    let map = crate::nilness::map_field_object(program, elem, fields)?;
    if field_tested(me_function, f, map) {
        return None;
    }
    cx.module.functions.iter().find_map(|mf| {
        let g = mf.function;
        if !cx.fields.is_pool_new(&g.name) {
            return None;
        }
        let mut returns =
            g.block_ids().flat_map(|b| g[b].instrs().iter().copied()).filter_map(|i| {
                match &g[i].kind {
                    InstrKind::Return { results } => Some(results.first().copied()),
                    _ => None,
                }
            });
        // One return, of a fresh struct of the asserted type boxed right there.
        let (Some(Some(boxed)), None) = (returns.next(), returns.next()) else { return None };
        let boxing = g.defining_instr(strip_conversions(g, boxed))?;
        let InstrKind::MakeInterface { x: built } = &g[boxing].kind else { return None };
        let alloc = g.defining_instr(*built)?;
        if !matches!(g[alloc].kind, InstrKind::Alloc { .. })
            || mf.fields.alloc_elem(mf.index_in_unit, alloc) != Some(elem)
        {
            return None;
        }
        let filled = crate::literal_tables::fills(g, *built, Some(boxing))?;
        (!filled.iter().any(|path| overlaps(path, fields))).then(|| g.name.to_string())
    })
}

/// Whether the closure `make` builds is only deferred: it runs when the function returns.
fn deferred_only(f: &Function, make: mapscope_ssa::InstrId) -> bool {
    f[make].result().is_some_and(|c| {
        f[c].referrers().iter().all(|&d| matches!(f[d].kind, InstrKind::Defer { .. }))
    })
}
