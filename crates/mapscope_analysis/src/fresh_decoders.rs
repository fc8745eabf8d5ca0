//! Types whose `UnmarshalJSON` decodes into a fresh value and stores it over the receiver:
//! `type plain Config; var decoded plain; json.Unmarshal(data, &decoded); *c = Config(decoded)`.
//!
//! encoding/json leaves a field whose key the data lacks as it was, so decoding into a value a
//! constructor filled keeps its maps; such a method instead hands back the zero value for
//! every field the data lacks, and a map made before the decode is replaced by nil. The
//! search then reads the decode of such a type as one into a zero value
//! ([`crate::nilness`]'s decode effect).
//!
//! Only a method whose one store through the receiver is that copy, of a local that nothing
//! but the decode fills (no copy of the receiver first: `decoded := plain(*c)` keeps its
//! maps), and whose every return that can report success comes after it, counts.

use crate::module::Module;
use crate::nilness::{points_into_param, strip_conversions};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{Function, InstrId, InstrKind, ValueDef, ValueId};
use mapscope_types::types::TypeId;
use rustc_hash::FxHashSet;

/// The types (what the receiver points to) whose `UnmarshalJSON` replaces the value.
#[derive(Debug, Default)]
pub struct FreshDecoders {
    types: FxHashSet<TypeId>,
}

impl FreshDecoders {
    pub fn new(module: &Module<'_>) -> FreshDecoders {
        let program = module.program;
        let types = module
            .functions
            .iter()
            .map(|m| m.function)
            .filter(|f| f.name.starts_with("(*") && f.name.ends_with(").UnmarshalJSON"))
            .filter(|f| replaces_receiver(f))
            .filter_map(|f| crate::models::pointee(program, f, *f.params().first()?))
            .collect();
        FreshDecoders { types }
    }

    /// Whether decoding into a `*ty` replaces the whole value with a fresh decode.
    pub fn replaces(&self, ty: TypeId) -> bool {
        self.types.contains(&ty)
    }
}

/// Whether `f`, an `UnmarshalJSON` method, stores a fresh decode of its data over its
/// receiver before every return that may report success.
fn replaces_receiver(f: &Function) -> bool {
    let (Some(&receiver), Some(&data)) = (f.params().first(), f.params().get(1)) else {
        return false;
    };
    let ValueDef::Param { index: pointer, .. } = f[receiver].def else { return false };
    let mut copy = None;
    for b in f.block_ids() {
        for &i in f[b].instrs() {
            match &f[i].kind {
                InstrKind::Store { addr, value } if points_into_param(f, *addr, pointer) => {
                    if *addr != receiver || copy.is_some() {
                        return false;
                    }
                    copy = Some((i, *value));
                }
                InstrKind::Call { call }
                    if call.args.iter().any(|&a| points_into_param(f, a, pointer)) =>
                {
                    return false;
                }
                _ => {}
            }
        }
    }
    let Some((store, value)) = copy else { return false };
    let Some(local) = loaded_local(f, value).and_then(|alloc| f[alloc].result()) else {
        return false;
    };
    // Nothing but one decode of the data fills the local: no copy of the receiver first.
    let decode = crate::json_elements::only_decode_over(f, local, |_| false);
    let decodes_data = decode.is_some_and(|call| match &f[call].kind {
        InstrKind::Call { call } => crate::models::json_unmarshal_param(f, call)
            .is_some_and(|i| f.params().get(i as usize) == Some(&data)),
        _ => false,
    });
    if !decodes_data {
        return false;
    }
    let dominators = DomTree::new(f);
    f.block_ids().all(|b| {
        let Some(&last) = f[b].instrs().last() else { return true };
        let InstrKind::Return { results } = &f[last].kind else { return true };
        let fails = results.last().is_some_and(|&e| !crate::nilness::is_nil_constant(f, e));
        fails || crate::key_values::precedes(f, &dominators, store, last)
    })
}

/// The local variable whose whole value `v` loads (conversions aside).
fn loaded_local(f: &Function, v: ValueId) -> Option<InstrId> {
    let load = f.defining_instr(strip_conversions(f, v))?;
    let InstrKind::Load { addr } = f[load].kind else { return None };
    let alloc = f.defining_instr(addr)?;
    matches!(f[alloc].kind, InstrKind::Alloc { .. }).then_some(alloc)
}
