//! The constant documents a JSON decode may read: a constant string (or its `[]byte`
//! conversion), the constants a loop over a local literal hands it ([`crate::key_values`]), or
//! the elements of a package-level table of documents it is read from
//! ([`crate::literal_tables::element_texts`]).
//!
//! The list need not be complete: a value the search cannot follow adds nothing, so a decode
//! whose documents are all unknown is modelled as before (data the analysis does not see).

use crate::nilness::{Context, strip_conversions};
use mapscope_ssa::{BlockId, ConstValue, Function, InstrKind, ValueDef, ValueId};

/// The constant documents `data` may hold where `use_block` uses it; `me` is the function's
/// index in the module (for a table looked up under a parameter).
pub fn possible_texts(
    cx: Context<'_>,
    me: Option<usize>,
    f: &Function,
    data: ValueId,
    use_block: BlockId,
) -> Vec<Box<str>> {
    let mut data = strip_conversions(f, data);
    // An in-memory reader a decoder parameter is handed reads its value.
    if let Some(text) = crate::decoder_sources::memory_text(f, data) {
        data = strip_conversions(f, text);
    }
    if let Some(instr) = f.defining_instr(data)
        && let InstrKind::Convert { x, .. } = &f[instr].kind
    {
        data = strip_conversions(f, *x);
    }
    if let ValueDef::Const(ConstValue::String(s)) = &f[data].def {
        return vec![s.clone()];
    }
    let taken: Vec<Box<str>> = crate::key_values::constants_taken(f, data, use_block)
        .into_iter()
        .filter_map(|(c, _)| match c {
            ConstValue::String(s) => Some(s),
            _ => None,
        })
        .collect();
    if !taken.is_empty() {
        return taken;
    }
    crate::literal_tables::element_texts(cx, me, f, data)
}
