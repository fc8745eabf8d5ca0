//! Struct pointers asserted out of an interface (`el.Value.(*entry)` of a `container/list`
//! element) where the module boxes a composite literal of that type built without a map field
//! only creation sets: `c.ll.PushFront(&entry{key: k})` beside entries made with their tags.
//!
//! What an interface holds is not followed back to where it was boxed, but a map field that
//! only creation sets stays nil in a value built without it wherever the value goes, so a
//! value asserted out of an interface may be any value of that type the module boxes and hands
//! on (to a call, or into a field): a literal boxed there, or one a caller passes to the
//! parameter boxed there.

use crate::module::{Module, ModuleFunction};
use crate::nilness::{Context, field_tested, strip_conversions};
use crate::summary::Site;
use mapscope_ssa::{Callee, Function, InstrKind, ValueDef, ValueId};
use mapscope_types::Program;
use mapscope_types::types::{Type, TypeId, TypeView};

/// The struct type a pointer type points to, when both are the program's.
fn pointee(program: &Program, ty: TypeId) -> Option<TypeId> {
    if ty.arena as usize > program.units.len() {
        return None;
    }
    let types = program.types();
    match types.ty(ty) {
        Type::Pointer(elem) => Some(*elem),
        _ => None,
    }
}

/// Whether `alloc` (the result of an `Alloc`) stores nothing but nil into field index `field`.
fn leaves_out(f: &Function, alloc: ValueId, field: u32) -> bool {
    !crate::global_literals::fields_set(f, alloc).contains(&field)
}

/// The composite literal of struct type `elem` that `value` (in module function `function`)
/// is, built without field index `field`: directly, or passed by one of the module's calls for
/// the parameter it is.
fn literal_without(
    module: &Module<'_>,
    function: usize,
    value: ValueId,
    elem: TypeId,
    field: u32,
) -> Option<Site> {
    let program = module.program;
    let mf = &module.functions[function];
    let f = mf.function;
    let value = strip_conversions(f, value);
    match &f[value].def {
        ValueDef::Param { index, .. } => {
            let calls = module.call_index().seen_calls(function)?;
            calls.iter().find_map(|&(caller, call)| {
                let g = module.functions[caller].function;
                let InstrKind::Call { call: c } = &g[call].kind else { return None };
                if !matches!(c.callee, Callee::Static(_)) {
                    return None;
                }
                let arg = strip_conversions(g, *c.args.get(*index as usize)?);
                let alloc = g.defining_instr(arg)?;
                let gm = &module.functions[caller];
                let allocated = gm.fields.alloc_elem(gm.index_in_unit, alloc)?;
                let same = mapscope_types::query::identical(&mut program.types(), allocated, elem);
                (same && leaves_out(g, arg, field))
                    .then(|| module.site(caller, g[alloc].span.start))
            })
        }
        ValueDef::Result { instr, .. } if matches!(f[*instr].kind, InstrKind::Alloc { .. }) => {
            let allocated = mf.fields.alloc_elem(mf.index_in_unit, *instr)?;
            let same = mapscope_types::query::identical(&mut program.types(), allocated, elem);
            (same && leaves_out(f, value, field))
                .then(|| module.site(function, f[*instr].span.start))
        }
        _ => None,
    }
}

/// Whether the interface `boxed` is handed on: an argument of a call, or stored into a field
/// (not only formatted, which goes through a variadic slice).
fn handed_on(f: &Function, boxed: ValueId) -> bool {
    f[boxed].referrers().iter().any(|&u| match &f[u].kind {
        InstrKind::Call { call } => call.args.contains(&boxed),
        InstrKind::Store { addr, value } => {
            *value == boxed
                && f.defining_instr(*addr)
                    .is_some_and(|a| matches!(f[a].kind, InstrKind::FieldAddr { .. }))
        }
        _ => false,
    })
}

/// When the map field that `addr` selects, of a struct pointer asserted out of an interface,
/// is one only creation sets and the function does not test for nil, and the module boxes a
/// literal of that type built without it and hands the interface on: the field's name and
/// where the literal is built.
pub fn unset_in_boxed(
    cx: Context<'_>,
    me: &ModuleFunction<'_>,
    f: &Function,
    addr: ValueId,
) -> Option<(String, Site)> {
    let select = crate::fields::selected_field(f, strip_conversions(f, addr))?;
    let InstrKind::FieldAddr { base, field } = &f[select].kind else { return None };
    let assert = f.defining_instr(strip_conversions(f, *base))?;
    let InstrKind::TypeAssert { asserted, .. } = &f[assert].kind else { return None };
    let module = cx.module;
    let program = module.program;
    let obj = me.fields.selection(me.index_in_unit, select)?;
    if !cx.fields.set_at_creation(program, obj) || field_tested(me, f, obj) {
        return None;
    }
    let elem = pointee(program, *asserted)?;
    let site = module.functions.iter().enumerate().find_map(|(function, mf)| {
        let g = mf.function;
        g.block_ids().find_map(|block| {
            g[block].instrs().iter().find_map(|&i| {
                let InstrKind::MakeInterface { x } = &g[i].kind else { return None };
                if !handed_on(g, g[i].result()?) {
                    return None;
                }
                literal_without(module, function, *x, elem, *field)
            })
        })
    })?;
    Some((program.obj(obj).name.to_string(), site))
}
