//! A map field of the elements of a slice that `json.Unmarshal` fills from a constant JSON
//! array: an element whose object has no value (or `null`) for the field keeps a nil map,
//! and a loop that walks every element reaches it.
//! Data that is not a constant (or a `json.Decoder`'s) may have such an element too, unless
//! the module itself may have encoded it with the map (see [`crate::models`]).
//!
//! A field encoding/json never sets (unexported, or tagged `json:"-"`) stays nil in every
//! element, whatever the data.
//!
//! Only a slice that nothing but one such decode fills (a local variable, or a field of a
//! local struct the decode fills, `rf.Rules`, whose array sits under the field's keys), whose
//! elements are only read (no store into the map's path, no call, no conversion reaches their
//! addresses; stores into the element's other fields leave the map alone), and a
//! `range`-shaped loop whose every turn reaches the read (branches on the way may rejoin, but
//! none may skip it), count: then the nil is a path the code shows for the element the data
//! names. The read may also be a call that writes the field on
//! every call, handed the element's address (`services[i].Resolve()`), when no other call gets
//! an element's address.

use crate::fields::FieldFacts;
use crate::key_values::{runs_before, straight_line, walks_every_index_through};
use crate::models::{Decoded, JsonKeys, json_decoded, json_keys_in, json_unmarshal_target};
use crate::nilness::strip_conversions;
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId};
use mapscope_types::Program;
use mapscope_types::query;
use mapscope_types::types::{Type, TypeView};

/// An element of a decoded array whose map stays nil.
#[derive(Clone, Debug)]
pub struct NilElement {
    /// The `json.Unmarshal` call.
    pub call: InstrId,
    /// The element's index in the JSON array, when the data is a constant.
    pub element: Option<usize>,
    /// Whether the JSON has `null` for the map (else no value at all).
    pub null: bool,
    /// Whether encoding/json never sets the field (unexported or `json:"-"`), so that it
    /// stays nil in every element.
    pub never_decoded: bool,
}

/// Whether the map that `load` reads at `addr` (a field of an element of a decoded slice) is
/// nil for some element of the constant JSON, when every element reaches the load.
pub fn nil_in_decoded_element(
    program: &Program,
    facts: &FieldFacts,
    f: &Function,
    addr: ValueId,
    load: InstrId,
) -> Option<NilElement> {
    let (slice, index, fields) = element_fields(f, addr)?;
    let root = decoded_slice(f, slice)?;
    let call = only_decode(f, root.variable)?;
    if !elements_read_or_passed(f, &root, &fields, None) {
        return None;
    }
    let load_block = f[load].block()?;
    let is_slice = |v: ValueId| decoded_slice(f, v).as_ref() == Some(&root);
    if !walks_every_index_through(f, index, &is_slice, load_block) {
        return None;
    }
    // The read map is written straight after the read, with no branch that an element's other
    // data could decide.
    let map = f[load].result()?;
    let straight = f[map].referrers().iter().all(|&u| {
        !matches!(f[u].kind, InstrKind::MapUpdate { .. })
            || f[u].block().is_some_and(|b| straight_line(f, load_block, b))
    });
    let dominators = DomTree::new(f);
    if !straight || !runs_before(f, &dominators, call, load) {
        return None;
    }
    decoded_nil(program, facts, f, call, &root, slice, &fields)
}

/// Whether the map field at `fields` inside what `arg` points to (`&s[i]`, an element of a
/// decoded slice) is nil for some element of the JSON, when `at`, a call whose callee writes
/// that field on every call, is handed the address of every element in turn and no other
/// call gets one.
pub fn nil_in_decoded_argument(
    program: &Program,
    facts: &FieldFacts,
    f: &Function,
    arg: ValueId,
    fields: &[u32],
    at: InstrId,
) -> Option<NilElement> {
    let (slice, index, mut path) = element_fields(f, arg)?;
    path.extend_from_slice(fields);
    let root = decoded_slice(f, slice)?;
    let call = only_decode(f, root.variable)?;
    if !elements_read_or_passed(f, &root, &path, Some(at)) {
        return None;
    }
    let block = f[at].block()?;
    let is_slice = |v: ValueId| decoded_slice(f, v).as_ref() == Some(&root);
    if !walks_every_index_through(f, index, &is_slice, block) {
        return None;
    }
    let dominators = DomTree::new(f);
    if !runs_before(f, &dominators, call, at) {
        return None;
    }
    decoded_nil(program, facts, f, call, &root, slice, &path)
}

/// What the decode `call` leaves in the map at `fields` inside an element of `slice`: nil in
/// some element the data names, or in every one for a field it never sets.
fn decoded_nil(
    program: &Program,
    facts: &FieldFacts,
    f: &Function,
    call: InstrId,
    root: &DecodedSlice,
    slice: ValueId,
    fields: &[u32],
) -> Option<NilElement> {
    let InstrKind::Call { call: common } = &f[call].kind else { return None };
    let data = crate::models::json_data(f, common).and_then(|d| crate::models::constant_text(f, d));
    // The object keys from the decoded value to the slice; a slice encoding/json never fills
    // has no element.
    let outer_keys = match root.fields.is_empty() {
        true => Vec::new(),
        false => {
            let root_type = crate::models::pointee(program, f, root.variable)?;
            match json_keys_in(program, root_type, &root.fields) {
                JsonKeys::Keys(keys) => keys,
                JsonKeys::NotDecoded | JsonKeys::Unknown => return None,
            }
        }
    };
    let array_in = |data: &str| -> Option<Vec<serde_json::Value>> {
        let mut json: serde_json::Value = serde_json::from_str(data).ok()?;
        for key in &outer_keys {
            let serde_json::Value::Object(mut object) = json else { return None };
            let found = match object.contains_key(key) {
                true => Some(key.clone()),
                false => object.keys().find(|k| k.eq_ignore_ascii_case(key)).cloned(),
            };
            json = object.remove(&found?)?;
        }
        match json {
            serde_json::Value::Array(elements) => Some(elements),
            _ => None,
        }
    };
    let element_type = {
        let mut types = program.types();
        let ty = f[slice].ty;
        if ty.arena as usize > program.units.len() {
            return None;
        }
        let under = query::underlying(&mut types, ty);
        match *types.ty(under) {
            Type::Slice(elem) => elem,
            _ => return None,
        }
    };
    let keys = match json_keys_in(program, element_type, fields) {
        JsonKeys::Keys(keys) => keys,
        // No data sets the field: nil in the first element of constant data, and in any
        // element of data that is not a constant (which the encoder cannot have filled
        // either, as it writes no such field).
        JsonKeys::NotDecoded => {
            let element = match data {
                None => None,
                Some(data) => {
                    let elements = array_in(data)?;
                    if elements.is_empty() {
                        return None;
                    }
                    Some(0)
                }
            };
            return Some(NilElement { call, element, null: false, never_decoded: true });
        }
        JsonKeys::Unknown => return None,
    };
    let Some(data) = data else {
        return (!crate::models::may_round_trip(program, facts, element_type, fields))
            .then_some(NilElement { call, element: None, null: false, never_decoded: false });
    };
    let elements = array_in(data)?;
    elements.iter().enumerate().find_map(|(element, value)| {
        let element = Some(element);
        let null = match json_decoded(&value.to_string(), &keys)? {
            Decoded::Untouched => false,
            Decoded::Nil => true,
            Decoded::Made | Decoded::Mismatched => return None,
        };
        Some(NilElement { call, element, null, never_decoded: false })
    })
}

/// Where a decoded slice lives: a local variable, or a field (`fields`, outermost first) of a
/// local struct variable.
#[derive(Clone, Debug, PartialEq, Eq)]
struct DecodedSlice {
    variable: ValueId,
    fields: Vec<u32>,
}

/// The local variable, and the fields inside it, that `v` is loaded from (`rules` or
/// `file.Rules`, conversions aside).
fn decoded_slice(f: &Function, v: ValueId) -> Option<DecodedSlice> {
    let v = strip_conversions(f, v);
    if let Some(variable) = loaded_variable(f, v) {
        return Some(DecodedSlice { variable, fields: Vec::new() });
    }
    let InstrKind::Load { addr } = &f[f.defining_instr(v)?].kind else { return None };
    let (variable, fields) = crate::nilness::field_path(f, *addr)?;
    let alloc = f.defining_instr(variable)?;
    matches!(f[alloc].kind, InstrKind::Alloc { .. }).then_some(DecodedSlice { variable, fields })
}

/// The local variable `v` is loaded from.
pub fn loaded_variable(f: &Function, v: ValueId) -> Option<ValueId> {
    let instr = f.defining_instr(v)?;
    let InstrKind::Load { addr } = &f[instr].kind else { return None };
    let alloc = f.defining_instr(*addr)?;
    matches!(f[alloc].kind, InstrKind::Alloc { .. }).then_some(*addr)
}

/// The one `json.Unmarshal` call that fills `variable`, when nothing else but loads and stores
/// of nil touch it.
fn only_decode(f: &Function, variable: ValueId) -> Option<InstrId> {
    only_decode_over(f, variable, |_| false)
}

/// The one `json.Unmarshal` call that fills `variable`, when nothing else but loads and stores
/// of nil, or of the values `initial` accepts (an empty map made for the decode to fill),
/// touch it.
pub fn only_decode_over(
    f: &Function,
    variable: ValueId,
    initial: impl Fn(ValueId) -> bool,
) -> Option<InstrId> {
    let mut decode = None;
    for &user in f[variable].referrers() {
        match &f[user].kind {
            InstrKind::Load { .. } => {}
            // A field of a struct variable that is only read.
            InstrKind::FieldAddr { .. } => {
                if !f[user].result().is_some_and(|a| address_only_read(f, a)) {
                    return None;
                }
            }
            InstrKind::Store { addr, value } if *addr == variable => {
                let value = strip_conversions(f, *value);
                let zero =
                    matches!(f[value].def, ValueDef::Const(ConstValue::Nil | ConstValue::Zero));
                if !zero && !initial(value) {
                    return None;
                }
            }
            InstrKind::MakeInterface { .. } => {
                let interface = f[user].result()?;
                if !crate::models::only_decoded(f, interface) {
                    return None;
                }
                for &call in f[interface].referrers() {
                    let InstrKind::Call { call: common } = &f[call].kind else { return None };
                    if json_unmarshal_target(f, common) != Some(variable) || decode.is_some() {
                        return None;
                    }
                    decode = Some(call);
                }
            }
            _ => return None,
        }
    }
    decode
}

/// Whether every value of the slice at `root` is only measured, indexed or returned, and the
/// elements' addresses only lead to loads, to stores into fields off the map's path `path`
/// (or to call `passed`): nothing stores into the element's map or hands the element on
/// before the function is done. A struct variable holding the slice is only copied out by a
/// return.
fn elements_read_or_passed(
    f: &Function,
    root: &DecodedSlice,
    path: &[u32],
    passed: Option<InstrId>,
) -> bool {
    let mut slices = Vec::new();
    let mut addresses = vec![(root.variable, 0)];
    while let Some((addr, depth)) = addresses.pop() {
        for &user in f[addr].referrers() {
            let Some(result) = f[user].result() else { continue };
            match &f[user].kind {
                InstrKind::Load { .. } if depth == root.fields.len() => slices.push(result),
                InstrKind::Load { .. } => {
                    let returned = f[result]
                        .referrers()
                        .iter()
                        .all(|&u| matches!(f[u].kind, InstrKind::Return { .. }));
                    if !returned {
                        return false;
                    }
                }
                InstrKind::FieldAddr { field, .. } if root.fields.get(depth) == Some(field) => {
                    addresses.push((result, depth + 1));
                }
                _ => {}
            }
        }
    }
    for slice in slices {
        for &user in f[slice].referrers() {
            let ok = match &f[user].kind {
                InstrKind::IndexAddr { base, index } if *base == slice && *index != slice => {
                    f[user].result().is_some_and(|a| element_untouched(f, a, path, passed))
                }
                InstrKind::Call { call } => {
                    call.callee == mapscope_ssa::Callee::Builtin(mapscope_ssa::Builtin::Len)
                }
                // A return hands the slice on only once the function is done with it.
                InstrKind::Return { .. } => true,
                _ => false,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// Whether `addr`, the address of an element or of a field on the way to the map at `path`
/// inside it, only leads to loads, to fields off that path (whatever is done with them leaves
/// the map alone), or to call `passed` as an argument.
fn element_untouched(f: &Function, addr: ValueId, path: &[u32], passed: Option<InstrId>) -> bool {
    f[addr].referrers().iter().all(|&u| match &f[u].kind {
        InstrKind::Load { .. } => true,
        InstrKind::FieldAddr { field, .. } => match path.split_first() {
            Some((first, rest)) if first == field => {
                f[u].result().is_some_and(|a| element_untouched(f, a, rest, passed))
            }
            _ => true,
        },
        InstrKind::Call { call } => Some(u) == passed && call.args.contains(&addr),
        _ => false,
    })
}

pub fn address_only_read(f: &Function, addr: ValueId) -> bool {
    read_or_passed(f, addr, None)
}

/// Whether `addr` (and the field addresses over it) only lead to loads, or to call `passed`
/// as an argument.
fn read_or_passed(f: &Function, addr: ValueId, passed: Option<InstrId>) -> bool {
    f[addr].referrers().iter().all(|&u| match &f[u].kind {
        InstrKind::Load { .. } => true,
        InstrKind::FieldAddr { .. } => f[u].result().is_some_and(|a| read_or_passed(f, a, passed)),
        InstrKind::Call { call } => Some(u) == passed && call.args.contains(&addr),
        _ => false,
    })
}

/// For `&s[i].a.b` (conversions aside): the slice, the index and the fields over the element's
/// address, outermost first.
pub fn element_fields(f: &Function, addr: ValueId) -> Option<(ValueId, ValueId, Vec<u32>)> {
    let mut fields = Vec::new();
    let mut at = strip_conversions(f, addr);
    let (slice, index) = loop {
        let instr = f.defining_instr(at)?;
        match &f[instr].kind {
            InstrKind::FieldAddr { base, field } => {
                fields.push(*field);
                at = strip_conversions(f, *base);
            }
            InstrKind::IndexAddr { base, index } => break (strip_conversions(f, *base), *index),
            _ => return None,
        }
    };
    fields.reverse();
    Some((slice, index, fields))
}
