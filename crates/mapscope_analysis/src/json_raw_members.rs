//! Whether a `json.RawMessage` read from a decoded document can hold the literal `null`: a
//! member of a constant document is looked up by its key, and a document the function encoded
//! itself with `json.Marshal` carries what the Go value encodes to.
//!
//! Decoding a raw `null` into a map sets the map to nil, and a test of the message against nil
//! does not see it, so nil-map-write takes any raw message as possibly `null`
//! (`models::json_unmarshal_effect`). But `doc["list_metadata"]` of a map decoded from a
//! constant whose member is an object is that object, and a message taken from JSON the same
//! function has just marshalled from its own values is whatever those values encode to, which
//! the rule has no reason to take for a `null` the code did not write.

use crate::json_elements::{loaded_variable, only_decode_over};
use crate::models::{constant_text, static_callee_name};
use crate::nilness::strip_conversions;
use mapscope_ssa::{ConstValue, Function, InstrKind, ValueDef, ValueId};

/// go/ssa's names of the encoders whose output the function itself produces.
const MARSHALS: [&str; 2] = ["encoding/json.Marshal", "encoding/json.MarshalIndent"];

/// Whether the raw message `data` is known not to be `null`: a lookup under a constant key in a
/// map variable decoded once from constant JSON whose member under that key is present and not
/// `null`, or from the output of the function's own `json.Marshal`.
pub fn known_not_null(f: &Function, data: ValueId) -> bool {
    let data = strip_conversions(f, data);
    let ValueDef::Result { instr: lookup, index: 0 } = f[data].def else { return false };
    let InstrKind::MapLookup { map, key, .. } = &f[lookup].kind else { return false };
    let ValueDef::Const(ConstValue::String(key)) = &f[strip_conversions(f, *key)].def else {
        return false;
    };
    let Some(variable) = loaded_variable(f, strip_conversions(f, *map)) else { return false };
    // The variable must be filled by one decode and nothing else (an empty map made for it
    // aside).
    let made_map = |v: ValueId| {
        f.defining_instr(v).is_some_and(|m| matches!(f[m].kind, InstrKind::MakeMap { .. }))
    };
    let Some(decode) = only_decode_over(f, variable, made_map) else { return false };
    let InstrKind::Call { call } = &f[decode].kind else { return false };
    if static_callee_name(f, call) != Some("encoding/json.Unmarshal") {
        return false;
    }
    let text = call.args[0];
    if let Some(json) = constant_text(f, text) {
        let Ok(serde_json::Value::Object(members)) =
            serde_json::from_str::<serde_json::Value>(json)
        else {
            return false;
        };
        return members.get(&**key).is_some_and(|member| !member.is_null());
    }
    // `encoded, err := json.Marshal(v)`: the bytes are its first result.
    let text = strip_conversions(f, text);
    let ValueDef::Result { instr: marshal, index: 0 } = f[text].def else { return false };
    matches!(&f[marshal].kind, InstrKind::Call { call }
        if static_callee_name(f, call).is_some_and(|name| MARSHALS.contains(&name)))
}
