//! A pointer to the last element of a slice field kept across a call that deletes from that
//! slice in place (`slices.DeleteFunc`, `Delete`, `Compact`, `CompactFunc`): since Go 1.22
//! they zero the elements past the new length, so whenever anything was removed the kept
//! pointer reads a zeroed element, whose map fields are nil.

use mapscope_ssa::{CallCommon, Callee, Function, InstrId, InstrKind, ValueDef, ValueId};

use crate::checks::nested_map_write::loaded_field;
use crate::module::Module;
use crate::nilness::{reaches_avoiding_all, strip_conversions};

/// How many field selections lead from the element's address to the map read.
const MAX_FIELD_DEPTH: usize = 4;

/// The standard library's functions that delete from a slice in place and zero the tail.
const IN_PLACE_DELETERS: [&str; 4] =
    ["slices.DeleteFunc", "slices.Delete", "slices.CompactFunc", "slices.Compact"];

/// A call that zeroes the tail of the slice a kept pointer points into.
#[derive(Debug)]
pub struct Shrunk {
    /// The call between taking the pointer and reading through it.
    pub call: InstrId,
    /// The deleting function, and the module function that calls it when that is not `f`.
    pub deleter: String,
    pub through: Option<String>,
}

/// Whether the map read by load `read` from `addr` (a field of `&s.f[len(s.f)-1]`, `s` one
/// pointer value) follows, on a way from taking that element's address, a call that deletes
/// from `s.f` in place: an in-place deleter of `s.f` itself, or a module function handed `s`
/// that calls one on the same field of its parameter.
pub fn shrunk_under_kept(
    module: &Module<'_>,
    f: &Function,
    addr: ValueId,
    read: InstrId,
) -> Option<Shrunk> {
    let index_addr = element_of(f, addr)?;
    let InstrKind::IndexAddr { base: slice, index } = &f[index_addr].kind else { return None };
    let (holder, field) = loaded_field(f, strip_conversions(f, *slice))?;
    let holder = strip_conversions(f, holder);
    if crate::appended_elements::last_index_of(f, strip_conversions(f, *index))
        .and_then(|s| loaded_field(f, strip_conversions(f, s)))
        .is_none_or(|(h, g)| strip_conversions(f, h) != holder || g != field)
    {
        return None;
    }
    f.block_ids().flat_map(|b| f[b].instrs().to_vec()).find_map(|call| {
        let InstrKind::Call { call: common } = &f[call].kind else { return None };
        if !reaches_avoiding_all(f, index_addr, call, &[])
            || !reaches_avoiding_all(f, call, read, &[])
        {
            return None;
        }
        if let Some(deleter) = deletes_from(f, common, holder, field) {
            return Some(Shrunk { call, deleter, through: None });
        }
        let targets = module.resolve(f, common)?;
        let [callee] = targets.callees[..] else { return None };
        let param = targets.args.iter().position(|&a| strip_conversions(f, a) == holder)?;
        let g = module.functions[callee].function;
        let &received = g.params().get(param)?;
        let deleter = g.block_ids().flat_map(|b| g[b].instrs().to_vec()).find_map(|i| {
            let InstrKind::Call { call } = &g[i].kind else { return None };
            deletes_from(g, call, received, field)
        })?;
        Some(Shrunk { call, deleter, through: Some(crate::nilness::short_name(&g.name)) })
    })
}

/// The `IndexAddr` of the element whose field (at most [`MAX_FIELD_DEPTH`] selections down)
/// `addr` is.
fn element_of(f: &Function, addr: ValueId) -> Option<InstrId> {
    let mut v = strip_conversions(f, addr);
    for depth in 0..=MAX_FIELD_DEPTH {
        let i = f.defining_instr(v)?;
        match &f[i].kind {
            InstrKind::FieldAddr { base, .. } => v = strip_conversions(f, *base),
            InstrKind::IndexAddr { .. } if depth > 0 => return Some(i),
            _ => return None,
        }
    }
    None
}

/// The in-place deleter `call` is, when its slice argument is a load of field `field` of
/// `holder`.
fn deletes_from(f: &Function, call: &CallCommon, holder: ValueId, field: u32) -> Option<String> {
    let Callee::Static(callee) = &call.callee else { return None };
    let ValueDef::Function { name } = &f[*callee].def else { return None };
    let generic = name.split_once('[').map_or(&**name, |(plain, _)| plain);
    let deleter = IN_PLACE_DELETERS.iter().find(|&&d| d == generic)?;
    let &slice = call.args.first()?;
    let (base, g) = loaded_field(f, strip_conversions(f, slice))?;
    (strip_conversions(f, base) == holder && g == field).then(|| deleter.to_string())
}
