//! Writes whose map a JSON decode of a string parameter leaves nil for a caller that passes a
//! document with `null` there (or, when the map was nil before the decode, a document without
//! the key).
//!
//! `func load(raw []byte) { cfg := defaults(); json.Unmarshal(raw, &cfg); cfg.Overrides[k] =
//! v }`: the decode may set `Overrides` to nil, but what it does depends on the caller's data,
//! which the function's own search cannot see; data it cannot see is taken to make the map. A
//! call of the module that passes a document the analysis can read ([`crate::json_texts`]:
//! a constant, an element of a table of documents, a constant a loop walks) decides: the write
//! is reported with that call when one of its documents has `null` for the map. A document
//! whose value for the map is of another kind (a list for a map) is a type error the function
//! may return, and is not counted.

use crate::FunctionContext;
use crate::models::{Decoded, json_decoded_any, json_unmarshal_param, json_unmarshal_target};
use crate::nilness::{Origin, Search};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BlockId, Function, InstrId, InstrKind, ValueId};

/// A write whose map is nil when a call of the module passes the document it names.
#[derive(Debug)]
pub struct DecodedCallWrite {
    pub origins: Vec<Origin>,
    /// The decode of the parameter.
    pub decode: InstrId,
    /// The caller's index in the module and its call.
    pub caller: usize,
    pub call: InstrId,
    /// Whether the caller's document has `null` for the map (else it lacks the key).
    pub null: bool,
    /// Whether the decode is into a type whose `UnmarshalJSON` replaces the value
    /// ([`crate::fresh_decoders`]).
    pub fresh: bool,
}

/// Whether `f` decodes a string parameter with encoding/json: only then can a caller's
/// document decide a write's map.
pub fn decodes_param(f: &Function) -> bool {
    f.block_ids().any(|b| {
        f[b].instrs().iter().any(|&i| match &f[i].kind {
            InstrKind::Call { call } => {
                json_unmarshal_target(f, call).is_some() && json_unmarshal_param(f, call).is_some()
            }
            _ => false,
        })
    })
}

/// The call of the module whose document leaves the map of write `update` (in `block`, of
/// `map`) nil through a decode of a string parameter; the function must decode one
/// ([`decodes_param`], which the caller asks once per function).
pub fn nil_for_caller(
    cx: &FunctionContext<'_>,
    dominators: &DomTree,
    block: BlockId,
    update: InstrId,
    map: ValueId,
) -> Option<DecodedCallWrite> {
    let f = cx.function;
    let module = cx.analysis.module;
    let me = module.lookup(&f.name)?;
    let mut search = Search::new(f, cx.analysis, false);
    search.decoded_params = true;
    search.missing_keys = true;
    search.inside_loops(dominators, block);
    let origins = search.nil_value(map, 0)?;
    if !search.path_exists(block) || search.stopped_before(update) {
        return None;
    }
    let (decode, param, keys, absent_too, fresh) = origins.iter().find_map(|o| match o {
        Origin::JsonParam { call, param, keys, absent_too, fresh, .. } => {
            Some((*call, *param, keys, *absent_too, *fresh))
        }
        _ => None,
    })?;
    module.arguments_for(me, param)?.into_iter().find_map(|(caller, call, arg)| {
        let (g, arg) = (module.functions[caller].function, arg?);
        let texts =
            crate::json_texts::possible_texts(cx.analysis, Some(caller), g, arg, g[call].block()?);
        if texts.is_empty() {
            return None;
        }
        let null = match json_decoded_any(&texts, keys) {
            Decoded::Nil => true,
            Decoded::Untouched if absent_too => false,
            _ => return None,
        };
        Some(DecodedCallWrite { origins: origins.clone(), decode, caller, call, null, fresh })
    })
}
