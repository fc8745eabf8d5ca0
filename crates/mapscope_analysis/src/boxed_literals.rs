//! Struct pointers asserted out of an interface (`el.Value.(*entry)` of a `container/list`
//! element) where the module boxes a composite literal of that type built without a map field
//! only creation sets: `c.ll.PushFront(&entry{key: k})` beside entries made with their tags.
//!
//! What an interface holds is not followed back to where it was boxed, but a map field that
//! only creation sets stays nil in a value built without it wherever the value goes, so a
//! value asserted out of an interface may be any value of that type the module boxes and hands
//! on (to a call, or into a field): a literal boxed there, or one a caller passes to the
//! parameter boxed there.
//! A boxed literal that stays in the code its boxing function runs (compared, read, the
//! receiver of method calls, passed to module calls where it stays too), none of which reaches
//! the write (a test that encodes with a bare mock, beside the tests that define values with a
//! full one), is not one the write sees.

use crate::module::{Module, ModuleFunction};
use crate::nilness::{Context, Root, field_tested, location, strip_conversions};
use crate::summary::Site;
use mapscope_ssa::{
    BinaryOp, Builtin, CallCommon, Callee, Function, InstrId, InstrKind, ValueDef, ValueId,
};
use mapscope_types::Program;
use mapscope_types::types::{Type, TypeId, TypeView};
use rustc_hash::FxHashSet;

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
        // A struct value boxed as it is: the literal it is read from.
        ValueDef::Result { instr, .. } => {
            let InstrKind::Load { addr } = &f[*instr].kind else { return None };
            let alloc = f.defining_instr(strip_conversions(f, *addr))?;
            if !matches!(f[alloc].kind, InstrKind::Alloc { .. }) {
                return None;
            }
            literal_without(module, function, *addr, elem, field)
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
                && f.defining_instr(*addr).is_some_and(|a| {
                    matches!(f[a].kind, InstrKind::FieldAddr { .. } | InstrKind::IndexAddr { .. })
                })
        }
        _ => false,
    })
}

/// How deep [`stays`] follows a value into callees.
const MAX_STAY_DEPTH: u32 = 4;

/// Whether `value` of module function `function` stays in the code it runs: it is only
/// compared, read through (what is read stays too), stored into, stored into a struct or
/// array the function allocates (which stays in turn), the receiver of a method
/// call, or an argument of a module call whose parameter stays in the callee; no call it
/// goes into reaches module function `target` ([`Module::reaches`]), and `function` is not
/// `target`. Stored anywhere, returned, captured, sent or handed to code outside the module, it
/// may reach anything.
fn stays(module: &Module<'_>, function: usize, value: ValueId, target: usize, depth: u32) -> bool {
    if function == target || depth > MAX_STAY_DEPTH {
        return false;
    }
    let f = module.functions[function].function;
    let mut values = vec![value];
    let mut seen = FxHashSet::default();
    while let Some(v) = values.pop() {
        if !seen.insert(v) {
            continue;
        }
        for &u in f[v].referrers() {
            let result = f[u].result();
            match &f[u].kind {
                InstrKind::BinOp { op: BinaryOp::Eql | BinaryOp::Neq, .. } => {}
                InstrKind::FieldAddr { .. }
                | InstrKind::IndexAddr { .. }
                | InstrKind::Field { .. }
                | InstrKind::Index { .. }
                | InstrKind::Load { .. }
                | InstrKind::TypeAssert { .. } => values.extend(
                    result.filter(|&r| !crate::overwritten_slots::is_basic(module.program, f, r)),
                ),
                InstrKind::Store { addr, .. } if *addr == v => {}
                // Into a struct or array the function allocates: that stays in turn.
                InstrKind::Store { addr, .. } => {
                    let container = location(f, *addr).and_then(|place| match place.root {
                        Root::Alloc(i) if matches!(f[i].kind, InstrKind::Alloc { .. }) => {
                            f[i].result()
                        }
                        _ => None,
                    });
                    let Some(container) = container else { return false };
                    values.push(container);
                }
                InstrKind::Call { call: CallCommon { callee: Callee::Builtin(builtin), .. } } => {
                    match builtin {
                        Builtin::Len | Builtin::Cap | Builtin::Clear => {}
                        // What is appended, or appended to, is in the result.
                        Builtin::Append => values.extend(result),
                        _ => return false,
                    }
                }
                InstrKind::Call { call } => {
                    let Some(targets) = module.resolve(f, call) else { return false };
                    if module.reaches(&targets.callees, target) {
                        return false;
                    }
                    if matches!(call.callee, Callee::Invoke { .. }) && call.args.contains(&v) {
                        return false;
                    }
                    let invoked =
                        matches!(call.callee, Callee::Invoke { receiver, .. } if receiver == v);
                    for (index, _) in targets.args.iter().enumerate().filter(|&(_, &a)| a == v) {
                        if invoked && index == 0 {
                            continue;
                        }
                        let passed_on = targets.callees.iter().all(|&callee| {
                            let g = module.functions[callee].function;
                            g.params()
                                .get(index)
                                .is_some_and(|&p| stays(module, callee, p, target, depth + 1))
                        });
                        if !passed_on {
                            return false;
                        }
                    }
                }
                _ => return false,
            }
        }
    }
    true
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
    let site = boxed_without(module, f, elem, *field)?;
    Some((program.obj(obj).name.to_string(), site))
}

/// When field index `field` of a struct value asserted out of an interface by `assert`
/// (`fs, ok := src.(FileSource)`, a copy) is a map field only creation sets that `f` does not
/// test for nil, and the module boxes a literal of that type built without it and hands the
/// interface on: the field's name and where the literal is built.
pub fn unset_in_boxed_value(
    cx: Context<'_>,
    me: &ModuleFunction<'_>,
    f: &Function,
    assert: InstrId,
    field: u32,
) -> Option<(String, Site)> {
    let InstrKind::TypeAssert { asserted, .. } = &f[assert].kind else { return None };
    let module = cx.module;
    let program = module.program;
    if asserted.arena as usize > program.units.len() {
        return None;
    }
    let obj = {
        let mut types = program.types();
        let under = mapscope_types::query::underlying(&mut types, *asserted);
        let Type::Struct(fields) = types.ty(under) else { return None };
        fields.get(field as usize)?.obj?
    };
    if !cx.fields.set_at_creation(program, obj) || field_tested(me, f, obj) {
        return None;
    }
    // A copy is a value of its own: one made with the map (`s.Options = ...` on a type
    // switch's copy) and boxed again would replace the one left without it.
    if !every_box_without(module, *asserted, field) {
        return None;
    }
    let site = boxed_without(module, f, *asserted, field)?;
    Some((program.obj(obj).name.to_string(), site))
}

/// Whether every struct value of type `elem` that the module boxes in an interface is a
/// literal built without field index `field`.
fn every_box_without(module: &Module<'_>, elem: TypeId, field: u32) -> bool {
    let program = module.program;
    module.functions.iter().enumerate().all(|(function, mf)| {
        let g = mf.function;
        g.block_ids().all(|block| {
            g[block].instrs().iter().all(|&i| {
                let InstrKind::MakeInterface { x } = &g[i].kind else { return true };
                let ty = g[*x].ty;
                let same = ty.arena as usize <= program.units.len()
                    && mapscope_types::query::identical(&mut program.types(), ty, elem);
                !same || literal_without(module, function, *x, elem, field).is_some()
            })
        })
    })
}

/// Where the module builds a literal of struct type `elem` without field index `field`, boxes
/// it and hands the interface on to code that may reach `f`.
fn boxed_without(module: &Module<'_>, f: &Function, elem: TypeId, field: u32) -> Option<Site> {
    let target = module.lookup(&f.name)?;
    module.functions.iter().enumerate().find_map(|(function, mf)| {
        let g = mf.function;
        g.block_ids().find_map(|block| {
            g[block].instrs().iter().find_map(|&i| {
                let InstrKind::MakeInterface { x } = &g[i].kind else { return None };
                let boxed = g[i].result()?;
                if !handed_on(g, boxed) {
                    return None;
                }
                let site = literal_without(module, function, *x, elem, field)?;
                (!stays(module, function, boxed, target, 0)).then_some(site)
            })
        })
    })
}
