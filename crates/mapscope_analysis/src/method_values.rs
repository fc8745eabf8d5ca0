//! Method values bound to a pointer receiver (`mux.HandleFunc("/v1/", a.track)`) whose method
//! writes a map field that only the creation of a value sets: a receiver created without it
//! keeps it nil for good, so every later call of the method value writes into nil.
//!
//! A method value shares its pointer receiver, so a map made after the binding would reach the
//! method too; a field only creation sets cannot be made later, which leaves no such way.

use crate::nilness::Context;
use crate::nilness::strip_conversions;
use crate::summary::Access;
use crate::summary::ParamWrite;
use mapscope_ssa::{Function, InstrKind, ValueDef, ValueId};
use mapscope_types::query;
use mapscope_types::types::{Type, TypeView};

/// The bound method's write into its receiver's map field, when `func` (made into a closure
/// with `bindings`) is a method value of a pointer-receiver method of the module that writes
/// such a field on every call, and only the creation of a value sets that field.
pub fn bound_pointer_write<'a>(
    cx: &Context<'a>,
    f: &Function,
    func: ValueId,
    bindings: &[ValueId],
) -> Option<(&'a str, &'a ParamWrite, ValueId)> {
    let ValueDef::Function { name } = &f[func].def else { return None };
    let method = name.strip_suffix("$bound")?;
    let &receiver = bindings.first()?;
    let program = cx.module.program;
    let pointee = {
        let ty = f[receiver].ty;
        if ty.arena as usize <= program.units.len() {
            let mut types = program.types();
            let under = query::underlying(&mut types, ty);
            match *types.ty(under) {
                Type::Pointer(elem) => elem,
                _ => return None,
            }
        } else {
            crate::models::pointee(program, f, receiver)?
        }
    };
    let index = cx.module.lookup(method)?;
    let write = cx
        .summaries
        .get(index)?
        .writes
        .iter()
        .find(|w| w.certain && w.param == 0 && w.access.deref && w.access.fields.len() == 1)?;
    let mut types = program.types();
    let under = query::underlying(&mut types, pointee);
    let Type::Struct(fields) = types.ty(under) else { return None };
    let obj = fields.get(write.access.fields[0] as usize)?.obj?;
    if !cx.fields.set_at_creation(program, obj) || stores_field(f, receiver, &write.access) {
        return None;
    }
    Some((&cx.module.functions[index].function.name, write, receiver))
}

/// Whether `f` stores anywhere into the field that `access` (one field through the pointer)
/// selects of pointer `base`: the creating function's own store after a binding (`a.seen =
/// make(...)` right after `b.Subscribe(a.onLogin)`) reaches the bound method too.
/// A field's own address (`&o.labels`, with no field left to select) stands for that field,
/// which a call given the struct's address (`o.defaults()`) may store into as well.
pub fn stores_field(f: &Function, base: ValueId, access: &Access) -> bool {
    let base = strip_conversions(f, base);
    if access.fields.is_empty()
        && let Some(selection) = f.defining_instr(base)
        && let InstrKind::FieldAddr { base: outer, field } = f[selection].kind
    {
        let handed = f[outer].referrers().iter().any(|&u| {
            matches!(
                f[u].kind,
                InstrKind::Call { .. } | InstrKind::Go { .. } | InstrKind::Defer { .. }
            )
        });
        return handed || stores_field(f, outer, &Access { deref: true, fields: vec![field] });
    }
    let [field] = access.fields[..] else { return true };
    f[base].referrers().iter().any(|&u| match f[u].kind {
        InstrKind::FieldAddr { base: b, field: selected } if selected == field && b == base => {
            f[u].result().is_none_or(|addr| {
                f[addr]
                    .referrers()
                    .iter()
                    .any(|&s| matches!(f[s].kind, InstrKind::Store { addr: a, .. } if a == addr))
            })
        }
        _ => false,
    })
}
