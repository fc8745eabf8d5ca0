//! What encoding/xml's decoding does to the map fields of the value it decodes into: nothing.
//! The package cannot decode into a map (xml/read.go's `unmarshal` fails with "unknown type" on
//! one), so a map field tagged `xml:"-"` is skipped and one an element would fill makes the
//! decode fail: either way the map keeps what it held, and a nil map field stays nil, unless a
//! type on the way decodes itself (`UnmarshalXML`, `UnmarshalXMLAttr`, `UnmarshalText`).

use mapscope_ssa::{CallCommon, Callee, Function, InstrKind, ValueDef, ValueId};
use mapscope_types::Program;

/// go/ssa's names of the decoding functions and the index of the argument each decodes into.
const XML_DECODERS: &[(&str, usize)] = &[
    ("encoding/xml.Unmarshal", 1),
    ("(*encoding/xml.Decoder).Decode", 1),
    ("(*encoding/xml.Decoder).DecodeElement", 1),
];

/// The methods through which encoding/xml lets a type decode itself.
const SELF_DECODING: &[&str] = &["UnmarshalXML", "UnmarshalXMLAttr", "UnmarshalText"];

/// The pointer `call` decodes into when it is one of encoding/xml's decoding calls.
pub fn decode_target(f: &Function, call: &CallCommon) -> Option<ValueId> {
    let Callee::Static(callee) = &call.callee else { return None };
    let ValueDef::Function { name } = &f[*callee].def else { return None };
    let &(_, index) = XML_DECODERS.iter().find(|(n, _)| *n == &**name)?;
    match f[f.defining_instr(*call.args.get(index)?)?].kind {
        InstrKind::MakeInterface { x } => Some(x),
        _ => None,
    }
}

/// Whether the decode into `target` leaves the map at the (non-empty) field path `path` inside
/// what `target` points to as it was: it is a map, and neither it nor a type on the way decodes
/// itself.
pub fn keeps(program: &Program, f: &Function, target: ValueId, path: &[u32]) -> bool {
    crate::models::map_field_kept(program, f, target, path, SELF_DECODING, |_| true)
}
