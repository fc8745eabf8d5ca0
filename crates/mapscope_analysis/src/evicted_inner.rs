//! Inner maps evicted by a sweep: a function walks a map with `range` and deletes from a
//! map-of-maps field under the keys it walks (`for id, seen := range s.lastSeen { if idle {
//! delete(s.attrs, id) } }`). Which keys go is the sweep's decision, not the caller's, so a
//! write elsewhere that looks an inner map up under a key it was handed, testing nothing, may
//! come after its inner map was swept away.

use crate::inner_on_miss::reads_field;
use crate::module::Module;
use crate::nilness::strip_conversions;
use mapscope_ssa::{InstrId, InstrKind, ValueDef};
use mapscope_types::types::ObjId;

/// A delete from map-of-maps field `field` under a key a `range` loop gives (the function's
/// module index and the delete), in a function other than `writer`.
pub fn sweep_delete(module: &Module<'_>, field: ObjId, writer: usize) -> Option<(usize, InstrId)> {
    module.functions.iter().enumerate().filter(|&(index, _)| index != writer).find_map(
        |(index, other)| {
            let h = other.function;
            let of = |s| other.fields.selection(other.index_in_unit, s);
            h.block_ids()
                .find_map(|block| {
                    h[block].instrs().iter().copied().find(|&i| {
                        let InstrKind::MapDelete { map, key } = &h[i].kind else { return false };
                        let ranged = match h[strip_conversions(h, *key)].def {
                            ValueDef::Result { instr, index: 1 } => {
                                matches!(h[instr].kind, InstrKind::MapNext { .. })
                            }
                            _ => false,
                        };
                        ranged && reads_field(h, *map, &of) == Some(field)
                    })
                })
                .map(|d| (index, d))
        },
    )
}
