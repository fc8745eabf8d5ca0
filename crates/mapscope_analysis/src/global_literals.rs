//! Package-level pointers set only by their declaration to a composite literal that leaves out
//! a map field only creation sets: `var defaultGroup = &Group{Name: "everyone"}` keeps its
//! `Members` nil for good, so a write through it, or through `cmp.Or(groups[team],
//! defaultGroup)` or a φ that may be it, meets the nil.

use crate::module::ModuleFunction;
use crate::nilness::{Context, field_tested, short_name, strip_conversions};
use crate::summary::Site;
use mapscope_ssa::{Callee, Function, InstrKind, ValueDef, ValueId};
use mapscope_types::types::TypeView;

/// How many φs and `cmp.Or` calls are followed back from the pointer.
const MAX_DEPTH: usize = 4;

/// The package-level pointer variables `pointer` may have been loaded from: the variable
/// itself, a φ's edges, or the arguments of `cmp.Or`, which returns one of them.
fn pointer_globals<'f>(f: &'f Function, pointer: ValueId, depth: usize, out: &mut Vec<&'f str>) {
    let pointer = strip_conversions(f, pointer);
    let Some(instr) = f.defining_instr(pointer) else { return };
    match &f[instr].kind {
        InstrKind::Load { addr } => {
            if let ValueDef::Global { name } = &f[*addr].def {
                out.push(name);
            }
        }
        InstrKind::Phi { edges, .. } if depth < MAX_DEPTH => {
            for &e in edges {
                pointer_globals(f, e, depth + 1, out);
            }
        }
        // `cmp.Or(a, b)` is variadic: its elements are stored into the slice it is given.
        InstrKind::Call { call } if depth < MAX_DEPTH && is_cmp_or(f, &call.callee) => {
            for &slice in &call.args {
                let elements = f[slice].referrers().iter().filter_map(|&u| {
                    matches!(f[u].kind, InstrKind::IndexAddr { .. }).then(|| f[u].result())?
                });
                for element in elements {
                    for &s in f[element].referrers() {
                        if let InstrKind::Store { addr, value } = &f[s].kind
                            && *addr == element
                        {
                            pointer_globals(f, *value, depth + 1, out);
                        }
                    }
                }
            }
        }
        _ => {}
    }
}

/// Whether `callee` is `cmp.Or` (of any instantiation).
pub(crate) fn is_cmp_or(f: &Function, callee: &Callee) -> bool {
    matches!(callee, Callee::Static(c)
        if matches!(&f[*c].def, ValueDef::Function { name }
            if name.strip_prefix("cmp.Or").is_some_and(|rest| rest.is_empty() || rest.starts_with('['))))
}

/// The field indices of the composite literal `alloc` (an `Alloc`'s result) that it stores
/// something other than nil into.
pub(crate) fn fields_set(f: &Function, alloc: ValueId) -> Vec<u32> {
    f[alloc]
        .referrers()
        .iter()
        .filter_map(|&u| {
            let InstrKind::FieldAddr { field, .. } = &f[u].kind else { return None };
            let stored = f[f[u].result()?].referrers().iter().any(|&s| {
                matches!(&f[s].kind, InstrKind::Store { value: v, .. }
                    if !crate::nilness::is_nil_constant(f, *v))
            });
            stored.then_some(*field)
        })
        .collect()
}

/// The stores into the package-level variable whose address is `global` in `f`, and the
/// fields that the composite literal stored there sets (`&T{...}`), when one is.
pub(crate) fn stored_literal(f: &Function, global: ValueId) -> (usize, Option<Vec<u32>>) {
    let mut stores = 0;
    let mut literal = None;
    for &u in f[global].referrers() {
        let InstrKind::Store { addr, value } = &f[u].kind else { continue };
        if *addr != global {
            continue;
        }
        stores += 1;
        let value = strip_conversions(f, *value);
        let is_alloc = f
            .defining_instr(value)
            .is_some_and(|alloc| matches!(f[alloc].kind, InstrKind::Alloc { .. }));
        if !is_alloc {
            continue;
        }
        literal = Some(fields_set(f, value));
    }
    (stores, literal)
}

/// When the map field that `addr` selects (a `FieldAddr` of a pointer) is one only creation
/// sets, and the pointer may be a package-level variable declared with a literal that leaves
/// it out, and the function does not test that field for nil: the variable's name, the field's
/// and where the literal is made.
pub fn unset_in_global_literal(
    cx: Context<'_>,
    me: &ModuleFunction<'_>,
    f: &Function,
    addr: ValueId,
) -> Option<(String, String, Site)> {
    let select = crate::fields::selected_field(f, strip_conversions(f, addr))?;
    let InstrKind::FieldAddr { base, field } = &f[select].kind else { return None };
    let program = cx.module.program;
    let obj = me.fields.selection(me.index_in_unit, select)?;
    if !cx.fields.set_at_creation(program, obj) || field_tested(me, f, obj) {
        return None;
    }
    let mut globals = Vec::new();
    pointer_globals(f, *base, 0, &mut globals);
    globals.dedup();
    globals.into_iter().find_map(|global| {
        let key = crate::globals::global_key(global);
        let (set, name, decl) = cx.globals.pointer_literal(key)?;
        if set.contains(field) {
            return None;
        }
        Some((short_name(name), program.obj(obj).name.to_string(), decl.clone()?))
    })
}
