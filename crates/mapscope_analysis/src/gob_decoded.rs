//! What a `gob.Decoder`'s `Decode` does to the map fields of the struct it decodes into: gob
//! sends no map field that is empty or nil, and leaves a field it receives nothing for as it
//! was, so a map field nil in the value decoded into may stay nil, unless the module itself
//! gob-encodes a field of that name (data it wrote may carry the map).

use crate::fields::FieldFacts;
use crate::module::BuiltUnit;
use mapscope_ssa::{CallCommon, Callee, Function, InstrKind, ValueDef, ValueId};
use mapscope_types::Program;
use mapscope_types::types::TypeView;
use rustc_hash::FxHashSet;

/// go/ssa's name of the decoding method.
const GOB_DECODE: &str = "(*encoding/gob.Decoder).Decode";

/// go/ssa's names of gob's encoders and the index of the argument each encodes.
const GOB_ENCODERS: &[(&str, usize)] =
    &[("(*encoding/gob.Encoder).Encode", 1), ("(*encoding/gob.Encoder).EncodeValue", 1)];

/// The methods through which gob lets a type decode itself, instead of filling its fields.
const SELF_DECODING: &[&str] = &["GobDecode", "UnmarshalBinary", "UnmarshalText"];

/// Whether `call` is one of gob's encoders, which only read what they are given.
pub fn is_encoder_call(f: &Function, call: &CallCommon) -> bool {
    crate::models::static_callee_name(f, call)
        .is_some_and(|name| GOB_ENCODERS.iter().any(|(encoder, _)| *encoder == name))
}

/// The pointer `call` decodes into when it is a `gob.Decoder`'s `Decode(p)`.
pub fn decode_target(f: &Function, call: &CallCommon) -> Option<ValueId> {
    let Callee::Static(callee) = &call.callee else { return None };
    let ValueDef::Function { name } = &f[*callee].def else { return None };
    if &**name != GOB_DECODE || call.args.len() != 2 {
        return None;
    }
    match f[f.defining_instr(call.args[1])?].kind {
        InstrKind::MakeInterface { x } => Some(x),
        _ => None,
    }
}

/// Whether `map` (in `f`) is read from a local variable that a gob `Decode` in `f` decodes
/// into (`var sessions map[string]*Session; dec.Decode(&sessions)`): gob made each element,
/// and left every unexported field of it zero.
pub fn decoded_local(f: &Function, map: ValueId) -> bool {
    let map = crate::nilness::strip_conversions(f, map);
    let Some(load) = f.defining_instr(map) else { return false };
    let InstrKind::Load { addr } = &f[load].kind else { return false };
    f[*addr].referrers().iter().any(|&u| {
        matches!(f[u].kind, InstrKind::MakeInterface { .. })
            && f[u].result().is_some_and(|boxed| {
                f[boxed].referrers().iter().any(|&c| {
                    matches!(&f[c].kind, InstrKind::Call { call }
                        if decode_target(f, call) == Some(*addr))
                })
            })
    })
}

/// Whether gob's `Decode` into `target` may leave the map at the (non-empty) field path `path`
/// inside what `target` points to as it was: every field on the way is exported (gob decodes
/// no other), no type on the way decodes itself, and the module gob-encodes no map field of
/// the map's name.
pub fn may_keep(
    program: &Program,
    facts: &FieldFacts,
    f: &Function,
    target: ValueId,
    path: &[u32],
) -> bool {
    crate::models::map_field_kept(program, f, target, path, SELF_DECODING, |field| {
        field.name.starts_with(char::is_uppercase) && !facts.gob_encoded(&field.name)
    })
}

/// The names of the map fields reachable from the values the module's code gob-encodes.
pub fn encoded_names(program: &Program, units: &[BuiltUnit<'_>]) -> FxHashSet<Box<str>> {
    crate::json_encoded::map_fields_encoded_by(program, units, GOB_ENCODERS)
        .into_iter()
        .map(|obj| Box::from(&*program.obj(obj).name))
        .collect()
}
