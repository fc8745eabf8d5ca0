//! Get-or-create guarded by a companion set that a delete leaves behind: every inner map of a
//! map-of-maps field is created by a function that looks its key up in another map field of
//! the same struct (`if m.inited[tenant] { return }`) and records it there beside the creation
//! (`m.inited[tenant] = true`), while some function deletes an inner map (`delete(m.usage,
//! tenant)`) and touches the set in no way. After that delete the set still says the key was
//! created, so the guarded function creates nothing, and a write that relies on it finds no
//! inner map.

use crate::inner_on_miss::{inner_creations, reads_field};
use crate::missing_keys::same_value;
use crate::module::Module;
use mapscope_ssa::{Function, InstrId, InstrKind, ValueDef, ValueId};
use mapscope_types::types::ObjId;

/// A function that creates the inner maps of a field only behind a companion set.
#[derive(Debug)]
pub struct GuardedCreator {
    /// The creating function's module index.
    pub function: usize,
    /// Its parameter that is the key of both the set and the creation.
    pub key_param: u32,
    /// The delete of an inner map that leaves the set as it was.
    pub delete: (usize, InstrId),
    /// The companion set field.
    pub set: ObjId,
}

/// The function creating every inner map of `field` behind a companion set, when one function
/// does all the creations under its parameter, looks that key up in another map field of the
/// module and stores it there, and some function deletes from `field` while touching that set
/// nowhere.
pub fn guarded_creator(module: &Module<'_>, field: ObjId) -> Option<GuardedCreator> {
    let creations = inner_creations(module, field);
    let &(function, _) = creations.first()?;
    if creations.iter().any(|&(g, _)| g != function) {
        return None;
    }
    let me = &module.functions[function];
    let g = me.function;
    let of = |map: ValueId| reads_field(g, map, &|s| me.fields.selection(me.index_in_unit, s));
    let mut key_param = None;
    for &(_, update) in &creations {
        let InstrKind::MapUpdate { key, .. } = &g[update].kind else { return None };
        let ValueDef::Param { index, .. } = g[crate::nilness::strip_conversions(g, *key)].def
        else {
            return None;
        };
        if key_param.is_some_and(|k| k != index) {
            return None;
        }
        key_param = Some(index);
    }
    let key_param = key_param?;
    let key = *g.params().get(key_param as usize)?;
    // The set: another map field looked up under the key and stored into under it.
    let mut looked_up = Vec::new();
    let mut stored = Vec::new();
    for block in g.block_ids() {
        for &i in g[block].instrs() {
            match &g[i].kind {
                InstrKind::MapLookup { map, key: k, .. } if same_value(g, *k, key, 0) => {
                    looked_up.extend(of(*map).filter(|&o| o != field));
                }
                InstrKind::MapUpdate { map, key: k, .. } if same_value(g, *k, key, 0) => {
                    stored.extend(of(*map).filter(|&o| o != field));
                }
                _ => {}
            }
        }
    }
    let set = looked_up.into_iter().find(|o| stored.contains(o))?;
    let delete = stale_delete(module, field, set)?;
    Some(GuardedCreator { function, key_param, delete, set })
}

/// A delete from `field` in a function that neither deletes from, stores into nor clears the
/// set field `set`.
fn stale_delete(module: &Module<'_>, field: ObjId, set: ObjId) -> Option<(usize, InstrId)> {
    module.functions.iter().enumerate().find_map(|(index, other)| {
        let h = other.function;
        let of =
            |map: ValueId| reads_field(h, map, &|s| other.fields.selection(other.index_in_unit, s));
        let mut delete = None;
        for block in h.block_ids() {
            for &i in h[block].instrs() {
                match &h[i].kind {
                    InstrKind::MapDelete { map, .. } if of(*map) == Some(field) => {
                        delete = Some(i);
                    }
                    InstrKind::MapDelete { map, .. }
                    | InstrKind::MapUpdate { map, .. }
                    | InstrKind::MapClear { map }
                        if of(*map) == Some(set) =>
                    {
                        return None;
                    }
                    // A store of the whole set (a fresh one) forgets every key.
                    InstrKind::Store { addr, .. }
                        if crate::fields::selected_field(h, *addr)
                            .and_then(|s| other.fields.selection(other.index_in_unit, s))
                            == Some(set) =>
                    {
                        return None;
                    }
                    _ => {}
                }
            }
        }
        delete.map(|d| (index, d))
    })
}

/// The call before `lookup` in `f` of the guarded creator with the lookup's key (`m.ensure(
/// tenant)` before `m.usage[tenant][metric] += n`).
pub fn ensured_before(
    module: &Module<'_>,
    f: &Function,
    creator: &GuardedCreator,
    key: ValueId,
    lookup: InstrId,
) -> Option<InstrId> {
    f.block_ids().find_map(|block| {
        f[block].instrs().iter().copied().find(|&i| {
            let InstrKind::Call { call } = &f[i].kind else { return false };
            let Some(targets) = module.resolve(f, call) else { return false };
            targets.callees == [creator.function]
                && targets
                    .args
                    .get(creator.key_param as usize)
                    .is_some_and(|&a| same_value(f, a, key, 0))
                && crate::key_values::instr_reaches(f, i, lookup)
        })
    })
}
