//! The text a `json.Decoder` reads when it wraps an in-memory reader of one string or byte
//! slice (`json.NewDecoder(strings.NewReader(raw))`) and decodes once: such a `Decode` is
//! `json.Unmarshal` of that value, so the JSON models can read constant data through it.

use crate::models::static_callee_name;
use mapscope_ssa::{CallCommon, Function, InstrKind, ValueDef, ValueId};

/// The readers over one in-memory value that hand a decoder exactly that value's bytes.
const MEMORY_READERS: &[&str] =
    &["strings.NewReader", "bytes.NewReader", "bytes.NewBufferString", "bytes.NewBuffer"];

/// Methods of `*json.Decoder` that only set options: they read nothing from the stream.
const DECODER_OPTIONS: &[&str] =
    &["(*encoding/json.Decoder).DisallowUnknownFields", "(*encoding/json.Decoder).UseNumber"];

/// The string (or byte slice) that `call`, a `json.Decoder`'s `Decode`, decodes: the value
/// the decoder's in-memory reader was made over, when the decoder and the reader serve only
/// this one `Decode` (a second one would read the value after the first).
pub fn decoder_text(f: &Function, call: &CallCommon) -> Option<ValueId> {
    let boxed = decoded_reader(f, call)?;
    let InstrKind::MakeInterface { x: reader } = f[f.defining_instr(boxed)?].kind else {
        return None;
    };
    if f[reader].referrers().len() != 1 || f[boxed].referrers().len() != 1 {
        return None;
    }
    memory_text(f, reader)
}

/// The reader parameter that `call`, a `json.Decoder`'s only `Decode`, reads: the decoder was
/// made over the parameter (an `io.Reader`, or a concrete reader boxed into one), so a caller
/// passing an in-memory reader over a value decodes that value ([`memory_text`]).
pub fn decoder_param(f: &Function, call: &CallCommon) -> Option<ValueId> {
    let boxed = decoded_reader(f, call)?;
    let reader = match f.defining_instr(boxed).map(|i| &f[i].kind) {
        Some(InstrKind::MakeInterface { x }) => *x,
        _ => boxed,
    };
    matches!(f[reader].def, ValueDef::Param { .. }).then_some(reader)
}

/// The value an in-memory reader (`strings.NewReader(raw)`, boxed into an `io.Reader` or not)
/// reads.
pub fn memory_text(f: &Function, reader: ValueId) -> Option<ValueId> {
    let mut reader = reader;
    if let Some(InstrKind::MakeInterface { x }) = f.defining_instr(reader).map(|i| &f[i].kind) {
        reader = *x;
    }
    let InstrKind::Call { call: new_reader } = &f[f.defining_instr(reader)?].kind else {
        return None;
    };
    let name = static_callee_name(f, new_reader)?;
    (MEMORY_READERS.contains(&name) && new_reader.args.len() == 1).then(|| new_reader.args[0])
}

/// The reader (as `json.NewDecoder` gets it) of the decoder whose `Decode` `call` is, when the
/// decoder serves only that one `Decode`.
fn decoded_reader(f: &Function, call: &CallCommon) -> Option<ValueId> {
    let decoder = *call.args.first()?;
    let made = f.defining_instr(decoder)?;
    let InstrKind::Call { call: new_decoder } = &f[made].kind else { return None };
    if static_callee_name(f, new_decoder) != Some("encoding/json.NewDecoder") {
        return None;
    }
    let decodes = f[decoder]
        .referrers()
        .iter()
        .filter(|&&user| match &f[user].kind {
            InstrKind::Call { call: c } => {
                let name = static_callee_name(f, c);
                !(c.args.first() == Some(&decoder)
                    && name.is_some_and(|n| DECODER_OPTIONS.contains(&n)))
            }
            _ => true,
        })
        .count();
    if decodes != 1 {
        return None;
    }
    new_decoder.args.first().copied()
}
