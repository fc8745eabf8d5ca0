//! encoding/json makes the struct a nil pointer field points to when the data has a value for
//! it (also an embedded `*Metadata`, whose keys sit in the outer object), and fills only the
//! fields the data names: a map field of that fresh struct stays nil when the data lacks its
//! key. So after decoding data that is not a constant into a value whose pointer field was nil
//! (`m := &Manifest{Replicas: 1}; json.Unmarshal(doc, m)`), the pointer is nil or a struct
//! whose map may be nil, and a write through it (`m.Labels["env"] = env` behind `if m.Metadata
//! == nil { return }`) may panic.
//!
//! Only a local allocation decoded once counts, whose pointer field no store of the function
//! sets, whose address goes to nothing but that decode and field reads before the write, and
//! whose pointee's map no code of the function stores or hands on before it; and only a map
//! field the data may lack: not of a type that decodes itself, and not one the module encodes
//! to JSON itself (its own data may carry it).

use crate::fields::FieldFacts;
use crate::key_values::block_reaches;
use crate::models::{JsonKeys, json_keys_in, json_unmarshal_target};
use crate::nilness::{Location, Root, location, strip_conversions};
use mapscope_ssa::{Function, InstrId, InstrKind, ValueId};
use mapscope_types::Program;

/// Where a map field of a struct encoding/json made is nil.
#[derive(Clone, Debug)]
pub struct NilPointee {
    /// The decode.
    pub call: InstrId,
    /// Whether encoding/json never sets the map (unexported, or tagged `json:"-"`).
    pub never_decoded: bool,
}

/// Whether the map `load` reads at `addr` (a field of the struct a pointer field points to) is
/// a map of a struct that a decode of data that is not a constant made and left it nil in.
pub fn nil_in_decoded_pointee(
    program: &Program,
    facts: &FieldFacts,
    f: &Function,
    addr: ValueId,
    load: InstrId,
) -> Option<NilPointee> {
    let select = f.defining_instr(strip_conversions(f, addr))?;
    let InstrKind::FieldAddr { base: pointer, field: map_field } = f[select].kind else {
        return None;
    };
    let pointer = strip_conversions(f, pointer);
    let pointer_load = f.defining_instr(pointer)?;
    let InstrKind::Load { addr: pointer_addr } = f[pointer_load].kind else { return None };
    let place = location(f, pointer_addr)?;
    let Root::Alloc(alloc) = place.root else { return None };
    if place.fields.is_empty() || !matches!(f[alloc].kind, InstrKind::Alloc { .. }) {
        return None;
    }
    let root = f[alloc].result()?;
    let call = only_decode_before(f, root, load)?;
    if stored_anywhere(f, &place) || pointee_touched(f, &place, map_field, load) {
        return None;
    }
    // The map field of the struct the pointer field points to, as encoding/json reaches it.
    let pointee = crate::models::pointee(program, f, pointer)?;
    let never_decoded = match json_keys_in(program, pointee, &[map_field]) {
        JsonKeys::Keys(_) => false,
        JsonKeys::NotDecoded => true,
        JsonKeys::Unknown => return None,
    };
    // Data the module may have encoded itself carries the key.
    if !never_decoded && crate::models::may_round_trip(program, facts, pointee, &[map_field]) {
        return None;
    }
    Some(NilPointee { call, never_decoded })
}

/// The one decode into `root` (a local allocation) of data that is not a constant, when it runs
/// before `point` on every path and nothing else gets the address before `point`: every other
/// use is a field selection or runs only after `point`.
fn only_decode_before(f: &Function, root: ValueId, point: InstrId) -> Option<InstrId> {
    let mut decode = None;
    for &user in f[root].referrers() {
        match &f[user].kind {
            InstrKind::FieldAddr { .. } => {}
            InstrKind::MakeInterface { .. } => {
                let boxed = f[user].result()?;
                for &call in f[boxed].referrers() {
                    let InstrKind::Call { call: common } = &f[call].kind else { return None };
                    if json_unmarshal_target(f, common) != Some(root) || decode.is_some() {
                        return None;
                    }
                    let is_decoder = crate::models::is_decoder_call(f, common);
                    if !is_decoder && crate::models::constant_text(f, common.args[0]).is_some() {
                        return None;
                    }
                    decode = Some(call);
                }
            }
            _ if runs_only_after(f, point, user) => {}
            _ => return None,
        }
    }
    let decode = decode?;
    let dominators = mapscope_ssa::dom::DomTree::new(f);
    let (Some(from), Some(to)) = (f[decode].block(), f[point].block()) else { return None };
    let before = match from == to {
        true => {
            let instrs = f[from].instrs();
            let at = |i| instrs.iter().position(|&x| x == i);
            at(decode) < at(point) && !block_reaches(f, from, from)
        }
        false => dominators.dominates(from, to),
    };
    before.then_some(decode)
}

/// Whether `user` runs only after `point`: later in its block, or in a block that cannot reach
/// `point`'s again (not on a loop with it).
fn runs_only_after(f: &Function, point: InstrId, user: InstrId) -> bool {
    let (Some(at), Some(block)) = (f[point].block(), f[user].block()) else { return false };
    if at == block {
        let instrs = f[block].instrs();
        let index = |i| instrs.iter().position(|&x| x == i);
        return index(point) < index(user) && !block_reaches(f, block, block);
    }
    block_reaches(f, at, block) && !block_reaches(f, block, at)
}

/// Whether some code of `f` may set the pointer field at `place`: the address of that field,
/// or of a struct field on the way to it (`&m.Spec`), used other than to load from it or to
/// select a field.
fn stored_anywhere(f: &Function, place: &Location) -> bool {
    f.block_ids().flat_map(|b| f[b].instrs().iter().copied()).any(|i| {
        if !matches!(f[i].kind, InstrKind::FieldAddr { .. }) {
            return false;
        }
        let Some(address) = f[i].result() else { return true };
        let on_the_way = location(f, address)
            .is_some_and(|l| l.root == place.root && place.fields.starts_with(&l.fields));
        on_the_way
            && f[address].referrers().iter().any(|&u| {
                !matches!(f[u].kind, InstrKind::Load { .. } | InstrKind::FieldAddr { .. })
            })
    })
}

/// Whether `f` stores into, or hands on, a pointer it read from `place` in a way that may
/// reach the map field `map_field` of its struct before `point`: a store into that field, or a
/// use of the pointer other than a field selection, a nil test or what runs after `point`.
fn pointee_touched(f: &Function, place: &Location, map_field: u32, point: InstrId) -> bool {
    let loads = f.block_ids().flat_map(|b| f[b].instrs().iter().copied()).filter(|&i| {
        matches!(&f[i].kind, InstrKind::Load { addr } if location(f, *addr).as_ref() == Some(place))
    });
    for load in loads.collect::<Vec<_>>() {
        let Some(pointer) = f[load].result() else { return true };
        for &user in f[pointer].referrers() {
            match &f[user].kind {
                InstrKind::FieldAddr { field, .. } => {
                    let Some(selected) = f[user].result() else { return true };
                    let stored = f[selected].referrers().iter().any(|&u| {
                        !matches!(f[u].kind, InstrKind::Load { .. })
                            && !runs_only_after(f, point, u)
                    });
                    if *field == map_field && stored {
                        return true;
                    }
                }
                InstrKind::BinOp { .. } => {}
                _ if runs_only_after(f, point, user) => {}
                _ => return true,
            }
        }
    }
    false
}
