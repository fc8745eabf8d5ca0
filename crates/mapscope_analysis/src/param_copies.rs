//! Map fields a function sets, on every return, to what another parameter's place held at the
//! call: `a.cur, a.spare = a.spare, nil` (a double buffer's swap) or a setter's `c.labels = l`.
//! A caller's field is then nil after the call exactly where that other place was before it.

use crate::nilness::{Context, Location, Origin, Root, Search, location};
use crate::summary::{Access, ParamCopy};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{Function, InstrId, InstrKind, ValueId};

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
