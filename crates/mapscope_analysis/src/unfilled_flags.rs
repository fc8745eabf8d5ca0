//! A boolean result that is false on every path on which a returned local keeps the zero value
//! its allocation gave it: the `found` set together with the fetched value.
//!
//! ```go
//! func wait(c *api, name string) (st status, found bool) {
//!     for i := 0; i < attempts; i++ {
//!         got, err := c.rollout(name)
//!         if err != nil { continue }
//!         st, found = got, true
//!     }
//!     return st, found // `st.Annotations` nil only where `found` is false
//! }
//! ```
//!
//! A caller that tests the flag before writing (`if !found { return }`) never sees the zero
//! value, so the summary records the flag beside the nil, as it does for a constant `false`.
//! The flag is a φ over the paths from the allocation to the return that store nothing into
//! the traced field: on those paths it must take only the constant `false`.

use crate::nilness::{Origin, strip_conversions};
use mapscope_ssa::{BlockId, ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId};

/// Whether `flag`, returned beside `value` (a load of a local whose map at `fields` the search
/// traced to `origins`), is `false` on every path from the local's zero value to `ret` that
/// stores nothing over that map.
pub fn false_while_unfilled(
    f: &Function,
    value: ValueId,
    fields: &[u32],
    origins: &[Origin],
    flag: ValueId,
    ret: InstrId,
) -> bool {
    let Some(load) = f.defining_instr(strip_conversions(f, value)) else { return false };
    let InstrKind::Load { addr: local } = f[load].kind else { return false };
    let Some(alloc) = f.defining_instr(local) else { return false };
    if !matches!(f[alloc].kind, InstrKind::Alloc { .. }) {
        return false;
    }
    // Every nil found is the local's own zero value: its allocation, or the zero stored into it.
    let zero_of_local = |o: &Origin| match o {
        Origin::Allocation(at) => *at == alloc,
        Origin::NilStore(at) => {
            matches!(f[*at].kind, InstrKind::Store { addr, .. } if addr == local)
        }
        _ => false,
    };
    if origins.is_empty() || !origins.iter().all(zero_of_local) {
        return false;
    }
    let Some(start) = f[alloc].block() else { return false };
    let Some(end) = f[ret].block() else { return false };
    let mut fills = vec![false; f.block_count()];
    mark_fills(f, local, fields, &mut fills);
    if fills[start.index()] {
        return false;
    }
    // The blocks a path from the allocation reaches without passing a fill.
    let mut unfilled = vec![false; f.block_count()];
    unfilled[start.index()] = true;
    let mut stack = vec![start];
    while let Some(b) = stack.pop() {
        for &s in f[b].succs() {
            if !fills[s.index()] && !unfilled[s.index()] {
                unfilled[s.index()] = true;
                stack.push(s);
            }
        }
    }
    unfilled[end.index()] && false_on(f, flag, &unfilled, &mut Vec::new())
}

/// Marks the blocks that store a value other than the zero value over the map at `fields` of
/// `addr`: into `addr` itself or into a field on the way to the map. Other uses are not
/// followed: a callee handed the address that fills it only leaves fewer paths unfilled, so
/// taking it as filling nothing asks more of the flag, not less.
fn mark_fills(f: &Function, addr: ValueId, fields: &[u32], fills: &mut [bool]) {
    for &u in f[addr].referrers() {
        match &f[u].kind {
            InstrKind::Store { addr: a, value } if *a == addr => {
                let zero = matches!(
                    f[strip_conversions(f, *value)].def,
                    ValueDef::Const(ConstValue::Zero | ConstValue::Nil)
                );
                if !zero && let Some(b) = f[u].block() {
                    fills[b.index()] = true;
                }
            }
            InstrKind::FieldAddr { base, field } if *base == addr => {
                let Some(rest) = fields.split_first().filter(|(first, _)| **first == *field) else {
                    continue;
                };
                let Some(inner) = f[u].result() else { continue };
                mark_fills(f, inner, rest.1, fills);
            }
            _ => {}
        }
    }
}

/// Whether `flag` is the constant `false` wherever a path through the `unfilled` blocks
/// leaves it: a φ counts only its edges from such blocks, and a cycle of φs adds nothing.
fn false_on(f: &Function, flag: ValueId, unfilled: &[bool], seen: &mut Vec<ValueId>) -> bool {
    let flag = strip_conversions(f, flag);
    if seen.contains(&flag) {
        return true;
    }
    seen.push(flag);
    match &f[flag].def {
        ValueDef::Const(ConstValue::Bool(b)) => !*b,
        ValueDef::Result { instr, .. } => {
            let InstrKind::Phi { edges, .. } = &f[*instr].kind else { return false };
            let Some(block) = f[*instr].block() else { return false };
            let preds: Vec<BlockId> = f[block].preds().to_vec();
            edges
                .iter()
                .zip(preds)
                .all(|(&edge, pred)| !unfilled[pred.index()] || false_on(f, edge, unfilled, seen))
        }
        _ => false,
    }
}
