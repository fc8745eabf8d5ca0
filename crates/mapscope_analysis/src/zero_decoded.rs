//! The named map types whose `UnmarshalJSON` has a value receiver and that encoding/json meets
//! nil: reached from a zero value the module decodes JSON into (`var p Policy;
//! json.Unmarshal(data, &p)`), through struct fields, pointers, slices, arrays and map
//! elements, which the decoder creates zero. encoding/json calls such a method on the nil map
//! it finds there (through the pointer method set of the addressable value), and a write into
//! the receiver panics; a pointer receiver could make the map, a value receiver cannot.

use crate::module::BuiltUnit;
use mapscope_ssa::{ConstValue, Function, InstrKind, ValueDef, ValueId};
use mapscope_types::Program;
use mapscope_types::query;
use mapscope_types::types::{ObjId, Type, TypeId, TypeView};
use rustc_hash::{FxHashMap, FxHashSet};

/// How deep the walk from a decoded value's type goes.
const MAX_DEPTH: u32 = 6;

/// The type names (by declaration: file and offset) of the map types with a value-receiver
/// `UnmarshalJSON` that the module's decoding meets nil, each with a decoding call that does
/// (go/ssa's name of its function, and its offset).
pub fn nil_unmarshaled(
    program: &Program,
    units: &[BuiltUnit<'_>],
) -> FxHashMap<(u32, u32), (String, u32)> {
    let mut roots: Vec<(TypeId, usize)> = Vec::new();
    let mut calls: Vec<(String, u32)> = Vec::new();
    for u in units {
        for f in u.functions {
            for block in f.block_ids() {
                for &i in f[block].instrs() {
                    let InstrKind::Call { call } = &f[i].kind else { continue };
                    let Some(target) = crate::models::json_unmarshal_target(f, call) else {
                        continue;
                    };
                    if !zero_local(f, target) {
                        continue;
                    }
                    if let Some(ty) = crate::models::pointee(program, f, target) {
                        roots.push((ty, calls.len()));
                        calls.push((f.name.to_string(), f[i].span.start));
                    }
                }
            }
        }
    }
    let mut types = program.types();
    let mut out = FxHashMap::default();
    let mut seen = FxHashSet::default();
    let mut work: Vec<(TypeId, u32, usize)> = roots.into_iter().map(|(t, c)| (t, 0, c)).collect();
    while let Some((ty, depth, call)) = work.pop() {
        let ty = query::unalias(&types, ty);
        if depth > MAX_DEPTH || !seen.insert(ty) {
            continue;
        }
        if let Type::Named(named) = types.ty(ty) {
            let decoder = named
                .methods
                .iter()
                .find(|&&m| matches!(&*program.obj(m).name, "UnmarshalJSON" | "UnmarshalText"));
            if let Some(&method) = decoder {
                let obj = named.obj;
                let under = query::underlying(&mut types, ty);
                if matches!(types.ty(under), Type::Map(..)) && value_receiver(program, method) {
                    if let Some(k) = declaration(program, obj) {
                        out.entry(k).or_insert_with(|| calls[call].clone());
                    }
                }
                // The type decodes itself: what it holds is its own business.
                continue;
            }
        }
        let under = query::underlying(&mut types, ty);
        match types.ty(under).clone() {
            Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Map(_, e) => {
                work.push((e, depth + 1, call))
            }
            Type::Struct(fields) => {
                work.extend(fields.iter().map(|field| (field.ty, depth + 1, call)));
            }
            _ => {}
        }
    }
    out
}

/// Whether method `method` has a value receiver.
fn value_receiver(program: &Program, method: ObjId) -> bool {
    let types = program.types();
    let Type::Signature(sig) = types.ty(program.obj(method).ty) else { return false };
    sig.recv.is_some_and(|recv| {
        let recv = query::unalias(&types, recv);
        !matches!(types.ty(recv), Type::Pointer(_))
    })
}

/// The declaration key of object `obj`.
pub fn declaration(program: &Program, obj: ObjId) -> Option<(u32, u32)> {
    let o = program.obj(obj);
    Some((o.file?.0, o.pos))
}

/// Whether `target` is a local variable holding the zero value when it is decoded into: an
/// allocation whose address is only set to zero, loaded and handed to the decoder.
fn zero_local(f: &Function, target: ValueId) -> bool {
    let Some(alloc) = f.defining_instr(target) else { return false };
    if !matches!(f[alloc].kind, InstrKind::Alloc { .. }) {
        return false;
    }
    f[target].referrers().iter().all(|&u| match &f[u].kind {
        InstrKind::Load { .. } => true,
        InstrKind::Store { addr, value } => {
            *addr == target
                && matches!(f[*value].def, ValueDef::Const(ConstValue::Zero | ConstValue::Nil))
        }
        InstrKind::MakeInterface { .. } => {
            f[u].result().is_some_and(|v| crate::models::only_decoded(f, v))
        }
        _ => false,
    })
}
