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
use crate::nilness::{Root, location, strip_conversions};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId};
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
    let mut copy = None;
    for b in f.block_ids() {
        for &i in f[b].instrs() {
            match &f[i].kind {
                InstrKind::Store { addr, value } if points_into(f, *addr, receiver) => {
                    if *addr != receiver || copy.is_some() {
                        return false;
                    }
                    copy = Some((i, *value));
                }
                InstrKind::Call { call }
                    if call.args.iter().any(|&a| points_into(f, a, receiver)) =>
                {
                    return false;
                }
                _ => {}
            }
        }
    }
    let Some((store, value)) = copy else { return false };
    let Some(local) = loaded_local(f, value) else { return false };
    if !only_decoded_from(f, local, data) {
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

/// Whether `v` is a pointer into what `pointer` (a parameter) points to.
fn points_into(f: &Function, v: ValueId, pointer: ValueId) -> bool {
    let ValueDef::Param { index, .. } = f[pointer].def else { return false };
    location(f, strip_conversions(f, v)).is_some_and(|l| l.root == Root::Param(index))
}

/// The local variable whose whole value `v` loads (conversions aside).
fn loaded_local(f: &Function, v: ValueId) -> Option<InstrId> {
    let load = f.defining_instr(strip_conversions(f, v))?;
    let InstrKind::Load { addr } = f[load].kind else { return None };
    let alloc = f.defining_instr(addr)?;
    matches!(f[alloc].kind, InstrKind::Alloc { .. }).then_some(alloc)
}

/// Whether the local `alloc` is filled by nothing but one `json.Unmarshal` of `data`: no
/// store into it but its zero value, and its address goes only to that decode and to reads.
fn only_decoded_from(f: &Function, alloc: InstrId, data: ValueId) -> bool {
    let Some(address) = f[alloc].result() else { return false };
    let mut decodes = 0;
    for &user in f[address].referrers() {
        match &f[user].kind {
            InstrKind::Load { .. } => {}
            // The zero value `var decoded plain` starts from.
            InstrKind::Store { addr, value } if *addr == address => {
                if !matches!(f[*value].def, ValueDef::Const(ConstValue::Zero)) {
                    return false;
                }
            }
            InstrKind::FieldAddr { .. } => {
                if !f[user].result().is_some_and(|a| crate::json_elements::address_only_read(f, a))
                {
                    return false;
                }
            }
            InstrKind::MakeInterface { .. } => {
                let Some(boxed) = f[user].result() else { return false };
                for &call in f[boxed].referrers() {
                    let InstrKind::Call { call: common } = &f[call].kind else { return false };
                    let decodes_data = crate::models::json_unmarshal_target(f, common)
                        == Some(address)
                        && crate::models::json_data(f, common).is_some_and(|d| {
                            strip_conversions(f, d) == data || is_bytes_of(f, d, data)
                        });
                    if !decodes_data {
                        return false;
                    }
                    decodes += 1;
                }
            }
            _ => return false,
        }
    }
    decodes == 1
}

/// Whether `v` is `[]byte(data)`.
fn is_bytes_of(f: &Function, v: ValueId, data: ValueId) -> bool {
    f.defining_instr(v)
        .is_some_and(|i| matches!(f[i].kind, InstrKind::Convert { x, .. } if x == data))
}
