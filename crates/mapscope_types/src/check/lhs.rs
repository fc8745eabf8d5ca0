//! Left-hand sides of assignments (go/types' assignments.go, `lhsVar`): each must be addressable,
//! a map index expression or the blank identifier.
//!
//! A struct field of a map element is neither: `m[k].f = v` would write into a copy, since a map
//! element has no address (it moves when the map grows).

use super::Checker;
use super::map_element::MapElementOp;
use super::operand::Operand;
use crate::types::{Type, TypeView, univ};
use mapscope_syntax::ast::{ExprId, ExprKind as E};

impl Checker<'_> {
    /// Reports `lhs` (checked as `x`) when it cannot be assigned to, in go/types' words; returns
    /// whether it can.
    pub(super) fn check_lhs(&mut self, lhs: ExprId, x: &Operand) -> bool {
        if x.mode == super::Mode::None || x.ty == univ::INVALID || x.addressable || x.map_index {
            return true;
        }
        let f = self.file();
        let mut inner = lhs;
        while let E::Paren { x, .. } = f[inner].kind {
            inner = x;
        }
        let text = f.expr_string(lhs);
        let msg = match f[inner].kind {
            E::Selector { x, .. } if self.is_map_index(x) => {
                format!("cannot assign to struct field {text} in map")
            }
            _ => {
                format!("cannot assign to {text} (neither addressable nor a map index expression)")
            }
        };
        self.error(f[lhs].span.start, msg);
        self.record_map_element_misuse(MapElementOp::Assign, f[lhs].span.start, lhs);
        false
    }

    /// Whether `e` (checked already) is a map index expression, parentheses aside.
    fn is_map_index(&mut self, mut e: ExprId) -> bool {
        let f = self.file();
        while let E::Paren { x, .. } = f[e].kind {
            e = x;
        }
        let E::Index { x, .. } = f[e].kind else { return false };
        let Some(t) = self.recorded_type(x) else { return false };
        self.core(t).is_some_and(|c| matches!(self.ty(c), Type::Map(..)))
    }
}
