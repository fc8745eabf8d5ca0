//! The map fields that the module's own code encodes to JSON (`json.Marshal`,
//! `json.MarshalIndent`, a `json.Encoder`'s `Encode`): data decoded into them may be what the
//! module wrote, which carries a made map's key unless the field is tagged `omitempty`.

use crate::module::BuiltUnit;
use mapscope_ssa::{Callee, Function, InstrKind, ValueDef, ValueId};
use mapscope_types::Program;
use mapscope_types::query;
use mapscope_types::types::{ObjId, Type, TypeId, TypeView};
use rustc_hash::FxHashSet;

/// go/ssa's names of the encoders and the index of the argument each encodes.
const ENCODERS: &[(&str, usize)] = &[
    ("encoding/json.Marshal", 0),
    ("encoding/json.MarshalIndent", 0),
    ("(*encoding/json.Encoder).Encode", 1),
];

/// Whether `call` hands a value to one of the JSON encoders, which only read it.
pub fn is_encoder_call(f: &Function, call: &mapscope_ssa::CallCommon) -> bool {
    let Callee::Static(callee) = &call.callee else { return false };
    matches!(&f[*callee].def, ValueDef::Function { name } if ENCODERS.iter().any(|(n, _)| *n == &**name))
}

/// How many levels of the module's helpers around an encoder are followed.
const MAX_WRAPPERS: usize = 3;

/// How deep the walk from an encoded value's type goes (pointers, elements, fields).
const MAX_DEPTH: u32 = 6;

/// The map fields reachable from a value the module's code hands to an encoder.
pub fn encoded_map_fields(program: &Program, units: &[BuiltUnit<'_>]) -> Vec<ObjId> {
    map_fields_encoded_by(program, units, ENCODERS)
}

/// The map fields reachable from a value the module's code hands to one of `encoders` (each
/// go/ssa's name of a function and the index of the argument it encodes).
pub fn map_fields_encoded_by(
    program: &Program,
    units: &[BuiltUnit<'_>],
    encoders: &[(&str, usize)],
) -> Vec<ObjId> {
    // The module's own helpers that hand a parameter on to an encoder (`func mustToJSON(v any)
    // []byte { data, _ := json.Marshal(v); ... }`) encode what their callers pass.
    let mut encoders: Vec<(String, usize)> =
        encoders.iter().map(|&(name, index)| (name.to_string(), index)).collect();
    for _ in 0..MAX_WRAPPERS {
        let mut wrappers = Vec::new();
        for_each_encoding(units, &encoders, |f, arg| {
            if let ValueDef::Param { index, .. } = f[crate::nilness::strip_conversions(f, arg)].def
            {
                let wrapper = (f.name.to_string(), index as usize);
                if !encoders.contains(&wrapper) && !wrappers.contains(&wrapper) {
                    wrappers.push(wrapper);
                }
            }
        });
        if wrappers.is_empty() {
            break;
        }
        encoders.extend(wrappers);
    }
    let mut roots: FxHashSet<TypeId> = FxHashSet::default();
    for_each_encoding(units, &encoders, |f, arg| {
        if let Some(ty) = encoded_type(program, f, arg) {
            roots.insert(ty);
        }
    });
    let mut types = program.types();
    let mut out = Vec::new();
    let mut seen = FxHashSet::default();
    let mut work: Vec<(TypeId, u32)> = roots.into_iter().map(|t| (t, 0)).collect();
    while let Some((ty, depth)) = work.pop() {
        if depth > MAX_DEPTH || !seen.insert(ty) {
            continue;
        }
        let under = query::underlying(&mut types, ty);
        match types.ty(under).clone() {
            Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Map(_, e) => {
                work.push((e, depth + 1))
            }
            Type::Struct(fields) => {
                for field in fields {
                    let field_under = query::underlying(&mut types, field.ty);
                    if matches!(types.ty(field_under), Type::Map(..)) {
                        out.extend(field.obj);
                    }
                    work.push((field.ty, depth + 1));
                }
            }
            _ => {}
        }
    }
    out
}

/// Calls `found` with each function and argument the module's code hands to one of `encoders`.
fn for_each_encoding(
    units: &[BuiltUnit<'_>],
    encoders: &[(String, usize)],
    mut found: impl FnMut(&Function, ValueId),
) {
    for u in units {
        for f in u.functions {
            for block in f.block_ids() {
                for &i in f[block].instrs() {
                    let InstrKind::Call { call } = &f[i].kind else { continue };
                    let Callee::Static(callee) = &call.callee else { continue };
                    let ValueDef::Function { name } = &f[*callee].def else { continue };
                    let Some((_, index)) = encoders.iter().find(|(n, _)| **n == **name) else {
                        continue;
                    };
                    if let Some(&arg) = call.args.get(*index) {
                        found(f, arg);
                    }
                }
            }
        }
    }
}

/// The type of what `arg` (the interface an encoder receives) holds, when the program's types
/// name it (an address whose pointer type the IR derived is followed to what it points to).
fn encoded_type(program: &Program, f: &Function, arg: ValueId) -> Option<TypeId> {
    let instr = f.defining_instr(arg)?;
    let InstrKind::MakeInterface { x } = f[instr].kind else { return None };
    let ty = f[x].ty;
    if ty.arena as usize <= program.units.len() {
        return Some(ty);
    }
    crate::models::pointee(program, f, x)
}
