//! Results that a generic function returns as a fresh zero value of a type parameter: a
//! `new(T)` that nothing stores into (`return new(T)` when a free list is empty), or the zero
//! `T` itself (`var zero T; return zero`). The body is built once for every instantiation, so
//! the summary cannot name the map fields; a caller whose instantiation gives `T` map fields
//! (`Pool[conn]`, whose `conn` has a `session` map) gets each of them nil on that return.

use crate::nilness::{reaches_avoiding_all, strip_conversions};
use crate::summary::Access;
use mapscope_ssa::{ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId};
use mapscope_types::Program;
use mapscope_types::query;
use mapscope_types::types::{Type, TypeId, TypeView};

/// Whether `ty` is a type parameter (with `pointer`, a pointer to one).
pub fn type_param(program: &Program, ty: TypeId, pointer: bool) -> bool {
    if ty.arena as usize > program.units.len() {
        return false;
    }
    let types = program.types();
    match (types.ty(ty), pointer) {
        (Type::TypeParam { .. }, false) => true,
        (Type::Pointer(elem), true) => {
            elem.arena as usize <= program.units.len()
                && matches!(types.ty(*elem), Type::TypeParam { .. })
        }
        _ => false,
    }
}

/// Whether the returned `value` is a fresh zero value of a type parameter, and if so whether
/// it is behind a pointer: `Some(false)` for the constant zero of `T`, `Some(true)` for a
/// `new(T)` that some path reaches this return on without using it (nothing stores into it,
/// nothing else sees it there: `if len(body) == 0 { return out, nil }` before the decode).
pub fn fresh_zero(program: &Program, f: &Function, value: ValueId, ret: InstrId) -> Option<bool> {
    let value = strip_conversions(f, value);
    let ty = f[value].ty;
    let pointer = match &f[value].def {
        ValueDef::Const(ConstValue::Zero) => false,
        _ => {
            let alloc = f.defining_instr(value)?;
            let other_uses: Vec<InstrId> =
                f[value].referrers().iter().copied().filter(|&u| u != ret).collect();
            let fresh = matches!(f[alloc].kind, InstrKind::Alloc { .. })
                && reaches_avoiding_all(f, alloc, ret, &other_uses);
            if !fresh {
                return None;
            }
            true
        }
    };
    type_param(program, ty, pointer).then_some(pointer)
}

/// The fields of struct type `ty` (or of the struct it points to) whose type is a type
/// parameter (`Val T` of `Result[T]`), with their names: in the generic body they are no
/// map, but a caller's instantiation may make them one, as for a map field.
pub fn type_param_fields(program: &Program, ty: TypeId) -> Vec<(Access, String)> {
    if ty.arena as usize > program.units.len() {
        return Vec::new();
    }
    let mut types = program.types();
    let mut under = query::underlying(&mut types, ty);
    let mut deref = false;
    if let Type::Pointer(elem) = *types.ty(under) {
        if elem.arena as usize > program.units.len() {
            return Vec::new();
        }
        under = query::underlying(&mut types, elem);
        deref = true;
    }
    let Type::Struct(fields) = types.ty(under) else { return Vec::new() };
    fields
        .iter()
        .enumerate()
        .filter(|(_, field)| type_param(program, field.ty, false))
        .map(|(i, field)| (Access { deref, fields: vec![i as u32] }, field.name.to_string()))
        .collect()
}
