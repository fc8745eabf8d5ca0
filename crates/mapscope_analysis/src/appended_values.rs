//! A map field of the elements of a slice that a function builds only by appending values to
//! it (`rules = append(rules, rule)` in a loop) and then walks whole: an element is the value
//! appended, so a map field nil in one appended value is nil at that element's write.
//!
//! Only a slice that nothing but `append`, `len`, element reads and a `return` touches counts,
//! and a `range`-shaped loop over every element: then nothing between the append and the
//! write can fill the element's map.

use crate::key_values::walks_every_index;
use crate::nilness::strip_conversions;
use mapscope_ssa::{Builtin, Callee, ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId};
use rustc_hash::FxHashSet;

/// How many values (φs and appends) the slice may pass through.
const MAX_WEB: usize = 16;

/// What a slice built by appending holds.
#[derive(Debug)]
pub struct Appended {
    /// Each value appended, with the store that puts it into the one-element slice `append`
    /// takes.
    pub values: Vec<(ValueId, InstrId)>,
    /// The field path of the map inside an element.
    pub fields: Vec<u32>,
}

/// The values appended to the slice whose element's map `load` reads at `addr` (`&s[i].f`);
/// `None` unless the slice is built and walked as above.
pub fn appended_values(f: &Function, addr: ValueId, load: InstrId) -> Option<Appended> {
    let (slice, index, fields) = crate::json_elements::element_fields(f, addr)?;
    // The slice's values: φs over a nil start and appends onto them.
    let mut web: FxHashSet<ValueId> = FxHashSet::default();
    let mut appended = Vec::new();
    let mut work = vec![slice];
    while let Some(v) = work.pop() {
        if !web.insert(v) {
            continue;
        }
        if web.len() > MAX_WEB {
            return None;
        }
        match &f[v].def {
            ValueDef::Const(ConstValue::Nil) => continue,
            ValueDef::Result { .. } => {}
            _ => return None,
        }
        let instr = f.defining_instr(v)?;
        match &f[instr].kind {
            InstrKind::Phi { edges, .. } => {
                work.extend(edges.iter().map(|&e| strip_conversions(f, e)))
            }
            InstrKind::Call { call } if call.callee == Callee::Builtin(Builtin::Append) => {
                let [onto, one] = call.args[..] else { return None };
                work.push(strip_conversions(f, onto));
                appended.push(single_element(f, one)?);
            }
            _ => return None,
        }
    }
    if appended.is_empty() {
        return None;
    }
    // Nothing else touches the slice: its elements are only read.
    for &v in &web {
        if matches!(f[v].def, ValueDef::Const(_)) {
            continue;
        }
        for &user in f[v].referrers() {
            let ok = match &f[user].kind {
                InstrKind::Phi { .. } => f[user].result().is_some_and(|r| web.contains(&r)),
                InstrKind::Call { call } if call.callee == Callee::Builtin(Builtin::Append) => {
                    call.args.first() == Some(&v)
                        && f[user].result().is_some_and(|r| web.contains(&r))
                }
                InstrKind::Call { call } => call.callee == Callee::Builtin(Builtin::Len),
                InstrKind::IndexAddr { base, index } if *base == v && *index != v => {
                    f[user].result().is_some_and(|a| crate::json_elements::address_only_read(f, a))
                }
                InstrKind::Return { .. } => true,
                _ => false,
            };
            if !ok {
                return None;
            }
        }
    }
    let block = f[load].block()?;
    if !walks_every_index(f, index, &|v| web.contains(&strip_conversions(f, v)), block) {
        return None;
    }
    Some(Appended { values: appended, fields })
}

/// The value stored into the only element of `slice`, a `make([]T, 1)` (go/ssa's spelling of
/// `append(s, x)`'s argument), with the store.
fn single_element(f: &Function, slice: ValueId) -> Option<(ValueId, InstrId)> {
    let make = f.defining_instr(strip_conversions(f, slice))?;
    if !matches!(f[make].kind, InstrKind::MakeSlice { .. } | InstrKind::Alloc { .. }) {
        return None;
    }
    let mut stored = None;
    for &user in f[slice].referrers() {
        match &f[user].kind {
            InstrKind::IndexAddr { base, .. } if *base == slice => {
                let element = f[user].result()?;
                for &s in f[element].referrers() {
                    let InstrKind::Store { addr, value } = &f[s].kind else { return None };
                    if *addr != element || stored.replace((*value, s)).is_some() {
                        return None;
                    }
                }
            }
            InstrKind::Call { call } if call.callee == Callee::Builtin(Builtin::Append) => {}
            _ => return None,
        }
    }
    stored
}
