//! Map fields a function sets, on every return, to what another parameter's place held at the
//! call: `a.cur, a.spare = a.spare, nil` (a double buffer's swap) or a setter's `c.labels = l`.
//! A caller's field is then nil after the call exactly where that other place was before it.
//! So is a deep copy's field, made where the source's map is not nil and set to nil where it is.

use crate::nilness::{
    Context, Location, Origin, Root, Search, entering_branch, is_nil_constant, loaded_from,
    location, strip_conversions, without_negations,
};
use crate::summary::{Access, ParamCopy};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BinaryOp, Function, InstrId, InstrKind, ValueId};

/// The place the map at `access` (through pointer parameter `param`) is copied from on every
/// return: one store into the place, which every return comes after, and a search back from
/// each return that finds the map nil only where the same other parameter's place is.
pub fn copied_from(
    cx: Context<'_>,
    f: &Function,
    dominators: &DomTree,
    returns: &[(InstrId, Vec<ValueId>)],
    param: u32,
    access: &Access,
) -> Option<ParamCopy> {
    if returns.is_empty() || !access.deref {
        return None;
    }
    let place = Location { root: Root::Param(param), fields: access.fields.clone() };
    // One store into exactly this place, passed on the way to every return: a copy made on
    // one branch only is usually tied to state a later write tests too.
    let mut stores = f.block_ids().flat_map(|b| f[b].instrs().iter().copied()).filter(|&i| {
        matches!(&f[i].kind, InstrKind::Store { addr, .. } if location(f, *addr).as_ref() == Some(&place))
    });
    let store = stores.next()?;
    if stores.next().is_some() {
        return None;
    }
    let before_every_return =
        returns.iter().all(|(ret, _)| crate::key_values::precedes(f, dominators, store, *ret));
    if !before_every_return {
        return None;
    }
    let mut from: Option<(u32, Access)> = None;
    for (ret, _) in returns {
        let origins = Search::new(f, cx, true).nil_at(&place, *ret, 0)?;
        let [Origin::Param { index, access: source }] = origins.as_slice() else { return None };
        let found = (*index, source.clone());
        if (found.0, &found.1) == (param, access) || from.as_ref().is_some_and(|x| x != &found) {
            return None;
        }
        from = Some(found);
    }
    let (from, from_access) = from?;
    Some(ParamCopy { param, access: access.clone(), from, from_access })
}

/// A deep copy's field (`if src.jobs != nil { dst.jobs = make(...); ... } else { dst.jobs =
/// nil }`): exactly two stores into the place, nil on the branch where another parameter's
/// map tested nil and a new map (`make`, a literal, a nil-for-nil clone) on the other, each
/// dominated by its side of that one test. The place is then nil after the call exactly where
/// the tested map was, which is what a generated deep copy means.
pub fn copied_nil_for_nil(
    f: &Function,
    dominators: &DomTree,
    param: u32,
    access: &Access,
) -> Option<ParamCopy> {
    if !access.deref {
        return None;
    }
    let place = Location { root: Root::Param(param), fields: access.fields.clone() };
    let stores: Vec<(InstrId, ValueId)> = f
        .block_ids()
        .flat_map(|b| f[b].instrs().iter().copied())
        .filter_map(|i| match &f[i].kind {
            InstrKind::Store { addr, value } if location(f, *addr).as_ref() == Some(&place) => {
                Some((i, *value))
            }
            _ => None,
        })
        .collect();
    let [(first, a), (second, b)] = stores[..] else { return None };
    let (nil_store, made_store) = match (
        is_nil_constant(f, strip_conversions(f, a)),
        is_nil_constant(f, strip_conversions(f, b)),
    ) {
        (true, false) => (first, second),
        (false, true) => (second, first),
        _ => return None,
    };
    let made = [a, b].into_iter().find(|&v| !is_nil_constant(f, strip_conversions(f, v)))?;
    let fresh = f
        .defining_instr(strip_conversions(f, made))
        .is_some_and(|d| matches!(f[d].kind, InstrKind::MakeMap { .. }))
        || crate::self_copies::copied_by_nil_for_nil(f, made).is_some();
    if !fresh {
        return None;
    }
    // The test both stores hang off: the innermost branch into each store's block, walking up
    // the dominators until one tests a parameter's map against nil.
    let tested = |store: InstrId| {
        let mut at = f[store].block();
        while let Some(block) = at {
            if let Some((cond, taken)) = entering_branch(f, block) {
                let (cond, taken) = without_negations(f, cond, taken);
                if let Some((source, nil_when)) = nil_comparison(f, cond) {
                    return Some((cond, source, taken == nil_when));
                }
            }
            at = dominators.idom(block);
        }
        None
    };
    let (cond, source, nil_side) = tested(nil_store)?;
    let (made_cond, _, made_nil_side) = tested(made_store)?;
    if cond != made_cond || !nil_side || made_nil_side {
        return None;
    }
    let Root::Param(from) = source.root else { return None };
    if (from, &source.fields) == (param, &access.fields) {
        return None;
    }
    let from_access = Access { deref: !source.fields.is_empty(), fields: source.fields };
    Some(ParamCopy { param, access: access.clone(), from, from_access })
}

/// The place of the map `cond` compares with nil, and which outcome of `cond` means nil.
fn nil_comparison(f: &Function, cond: ValueId) -> Option<(Location, bool)> {
    let InstrKind::BinOp { op, x, y } = &f[f.defining_instr(cond)?].kind else { return None };
    let eql = match op {
        BinaryOp::Eql => true,
        BinaryOp::Neq => false,
        _ => return None,
    };
    let map = match (is_nil_constant(f, *x), is_nil_constant(f, *y)) {
        (false, true) => *x,
        (true, false) => *y,
        _ => return None,
    };
    Some((loaded_from(f, map)?, eql))
}
