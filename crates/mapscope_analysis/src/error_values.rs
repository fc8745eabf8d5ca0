//! The errors `errors.As(err, &target)` may set `target` to: the module's values of the
//! target's pointer type that some code converts to `error`. A map field that only the
//! allocation creating a value sets, left out of one such error's literal, is nil in the value
//! the target may point to.

use crate::nilness::{Context, Location, Root, Search, strip_conversions};
use crate::summary::Site;
use mapscope_ssa::{Function, InstrId, InstrKind, ValueId};
use mapscope_types::types::{ObjId, Type, TypeId, TypeView};

/// Where an error that leaves the map at `addr` nil is made, when `addr` (in function `f`,
/// module function `me`) selects a map field of what an `errors.As` target points to.
pub fn unset_in_error_value(
    cx: Context<'_>,
    me: usize,
    f: &Function,
    addr: ValueId,
) -> Option<Site> {
    let module = cx.module;
    let this = &module.functions[me];
    let selection = f.defining_instr(addr)?;
    let InstrKind::FieldAddr { base, field } = &f[selection].kind else { return None };
    let obj = this.fields.selection(this.index_in_unit, selection)?;
    if !cx.fields.set_at_creation(module.program, obj) {
        return None;
    }
    // The pointer is read from a variable whose address only goes to `errors.As` and loads.
    let load = f.defining_instr(strip_conversions(f, *base))?;
    let InstrKind::Load { addr: variable } = &f[load].kind else { return None };
    let alloc = f.defining_instr(*variable)?;
    if !matches!(f[alloc].kind, InstrKind::Alloc { .. }) || !only_errors_as(f, *variable) {
        return None;
    }
    for (index, other) in module.functions.iter().enumerate() {
        let g = other.function;
        for block in g.block_ids() {
            for &i in g[block].instrs() {
                let InstrKind::MakeInterface { x } = &g[i].kind else { continue };
                let Some(made) = g.defining_instr(strip_conversions(g, *x)) else { continue };
                if !matches!(g[made].kind, InstrKind::Alloc { .. }) || !is_error(g, i) {
                    continue;
                }
                let Some(elem) = other.fields.alloc_elem(other.index_in_unit, made) else {
                    continue;
                };
                if field_object(cx, elem, *field) != Some(obj) {
                    continue;
                }
                let place = Location { root: Root::Alloc(made), fields: vec![*field] };
                let mut search = Search::new(g, cx, false);
                if search.nil_at(&place, i, 0).is_some() && search.path_exists(block) {
                    return Some(module.site(index, g[made].span.start));
                }
            }
        }
    }
    None
}

/// Whether variable `variable` is only stored into, loaded, and handed to `errors.As` as its
/// target.
fn only_errors_as(f: &Function, variable: ValueId) -> bool {
    f[variable].referrers().iter().all(|&user| match &f[user].kind {
        InstrKind::Load { .. } => true,
        InstrKind::Store { addr, value } => *addr == variable && *value != variable,
        InstrKind::MakeInterface { .. } => f[user].result().is_some_and(|v| {
            f[v].referrers().iter().all(|&u| match &f[u].kind {
                InstrKind::Call { call } => crate::fields::is_errors_as_target(f, call, v),
                _ => false,
            })
        }),
        _ => false,
    })
}

/// Whether conversion `make_interface` gives an error: the predeclared `error` interface, or an
/// argument `fmt.Errorf` wraps (`%w`).
fn is_error(g: &Function, make_interface: InstrId) -> bool {
    let Some(v) = g[make_interface].result() else { return false };
    if g[v].ty == mapscope_types::types::univ::ERROR {
        return true;
    }
    g[v].referrers().iter().any(|&u| {
        let InstrKind::Store { addr, value } = &g[u].kind else { return false };
        let Some(index) = g.defining_instr(*addr) else { return false };
        let InstrKind::IndexAddr { base, .. } = &g[index].kind else { return false };
        *value == v
            && g[*base].referrers().iter().any(|&c| {
                matches!(&g[c].kind, InstrKind::Call { call }
                    if matches!(&call.callee, mapscope_ssa::Callee::Static(f)
                        if matches!(&g[*f].def, mapscope_ssa::ValueDef::Function { name }
                            if &**name == "fmt.Errorf")))
            })
    })
}

/// The field object at index `field` of struct type `elem`.
fn field_object(cx: Context<'_>, elem: TypeId, field: u32) -> Option<ObjId> {
    let program = cx.module.program;
    if elem.arena as usize > program.units.len() {
        return None;
    }
    let mut types = program.types();
    let under = mapscope_types::query::underlying(&mut types, elem);
    let Type::Struct(fields) = types.ty(under) else { return None };
    fields.get(field as usize)?.obj
}
