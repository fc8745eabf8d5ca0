//! Operations the checker rejects because their operand is a map element (or a field or array
//! element of one), kept with the error so that `mapscope check`'s map-elem-addr can say why.
//!
//! go/types reports `&m[k]`, `m[k].f = v` and `m[k].Inc()` (a pointer method) as unaddressable
//! operands; the record names the map index expression at the root of the operand.

use super::{Checker, Selection};
use crate::types::{Type, TypeView};
use mapscope_syntax::ast::{ExprId, ExprKind as E};

/// What the rejected operation wanted from the map element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapElementOp {
    /// `&m[k]`, `&m[k].f`, `&m[k][i]`: its address.
    AddressOf,
    /// `m[k].f = v`, `m[k][i]++`, `m[k].f += v`: an assignment into it.
    Assign,
    /// `m[k].M()` where `M` has a pointer receiver: its address, for the receiver.
    PointerMethod,
}

/// One rejected operation on a map element, in the file of the unit it was checked in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MapElementMisuse {
    pub op: MapElementOp,
    /// The offset of the type error.
    pub at: u32,
    /// The whole operand (`m[k].f` in `m[k].f = v`, `m[k]` in `m[k].Inc()`).
    pub operand: ExprId,
    /// The map index expression at its root (`m[k]`).
    pub map_index: ExprId,
}

impl Checker<'_> {
    /// Records `op` on `operand`, rejected with an error at `at`, when the operand is a map
    /// element reached through parentheses, struct fields selected without a pointer and array
    /// elements.
    pub(super) fn record_map_element_misuse(&mut self, op: MapElementOp, at: u32, operand: ExprId) {
        if !self.record {
            return;
        }
        if let Some(map_index) = self.map_element_root(operand) {
            let misuse = MapElementMisuse { op, at, operand, map_index };
            self.info[self.cur_file].map_element_misuses.push(misuse);
        }
    }

    /// The map index expression that `e` is a part of, if `e` is one, or a field or array
    /// element of one, without a pointer on the way (a pointer makes the part addressable).
    fn map_element_root(&mut self, mut e: ExprId) -> Option<ExprId> {
        let f = self.file();
        loop {
            match f[e].kind {
                E::Paren { x, .. } => e = x,
                E::Selector { x, sel } => {
                    let selection = self.info[self.cur_file].selections.get(&sel.span.start);
                    if selection != Some(&Selection::Field { indirect: false }) {
                        return None;
                    }
                    e = x;
                }
                E::Index { x, .. } => {
                    let t = self.recorded_type(x)?;
                    let core = self.core(t)?;
                    match self.ty(core) {
                        Type::Map(..) => return Some(e),
                        Type::Array(..) => e = x,
                        _ => return None,
                    }
                }
                _ => return None,
            }
        }
    }
}
