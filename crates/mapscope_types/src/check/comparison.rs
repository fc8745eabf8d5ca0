//! Comparisons (go/types' `comparison` in expr.go): which operands `==`, `!=`, `<`, `<=`, `>` and
//! `>=` accept, and the error when they do not, for binary expressions and switch cases alike.

use super::Checker;
use super::operand::Operand;
use crate::query::comparable;
use crate::types::{BasicKind, Type, TypeId, TypeView, univ};
use mapscope_syntax::Token;
use mapscope_syntax::ast::ExprId;

/// How deep structs and arrays nest before [`Checker::has_invalid_part`] gives up on a type.
const MAX_NESTING: u32 = 64;

/// Which operand a comparison error is reported on, as go/types' `errOp`.
#[derive(Clone, Copy, PartialEq)]
enum Offender {
    First,
    Second,
}

impl Checker<'_> {
    /// Checks comparison `x op y` once untyped operands have their final types, and reports why it
    /// is invalid: the operands are not assignable to one another, or the operator is not defined
    /// on one of them. `switch_case` is the case value `x` of a switch on tag `y`, compared with
    /// `==` and reported as an invalid case; `y` is `None` for the implicit `true` of a switch
    /// without a tag. Returns whether the comparison is valid.
    pub(super) fn comparison(
        &mut self,
        (x, xo): (ExprId, &Operand),
        (y, yo): (Option<ExprId>, &Operand),
        op: Token,
        switch_case: bool,
    ) -> bool {
        // The common case first: two operands of one basic type.
        if xo.ty == yo.ty {
            let u = self.under(xo.ty);
            if let Type::Basic(k, _) = *self.ty(u) {
                let eq = switch_case || matches!(op, Token::Eql | Token::Neq);
                if k != BasicKind::UntypedNil && (eq || k.is_ordered()) {
                    return true;
                }
            }
        }
        // The next most common: `x == nil` for an `x` that has nil.
        let is_nil = |o: &Operand| o.val.is_none() && o.ty == univ::UNTYPED_NIL;
        if switch_case || matches!(op, Token::Eql | Token::Neq) {
            let other = match (is_nil(xo), is_nil(yo)) {
                (true, false) => Some(yo.ty),
                (false, true) => Some(xo.ty),
                _ => None,
            };
            if other.is_some_and(|t| !self.is_type_param(t) && self.has_nil(t)) {
                return true;
            }
        }
        // An invalid type was reported where it arose. Type parameters are left alone: their
        // type sets are approximate here, and a wrong error on valid code costs more than a
        // missed one.
        if self.has_invalid_part(xo.ty, 0)
            || self.has_invalid_part(yo.ty, 0)
            || self.is_type_param(xo.ty)
            || self.is_type_param(yo.ty)
        {
            return true;
        }
        let op = if switch_case { Token::Eql } else { op };
        let Some((offender, cause)) = self.comparison_fault(xo, yo, op) else { return true };
        let offending = if offender == Offender::First { xo.ty } else { yo.ty };
        let cause = cause.unwrap_or_else(|| {
            let what = self
                .composite_kind(offending)
                .map_or_else(|| self.message_type_string(offending), str::to_string);
            format!("operator {} not defined on {what}", op.as_str())
        });
        let f = self.file();
        let xs = f.expr_string(x);
        let ys = y.map_or_else(|| "true".to_string(), |y| f.expr_string(y));
        let at = match (switch_case, offender, y) {
            (false, Offender::Second, Some(y)) => f[y].span.start,
            // go/types reports an invalid case on the case value, whichever operand offends.
            _ => f[x].span.start,
        };
        if switch_case {
            let msg = format!("invalid case {xs} in switch on {ys} ({cause})");
            self.error(at, msg);
        } else {
            let msg = format!("invalid operation: {xs} {} {ys} ({cause})", op.as_str());
            self.error(at, msg);
        }
        false
    }

    /// The operand a comparison fails on and, when go/types names one, the specific cause.
    fn comparison_fault(
        &mut self,
        xo: &Operand,
        yo: &Operand,
        op: Token,
    ) -> Option<(Offender, Option<String>)> {
        // "In any comparison, the first operand must be assignable to the type of the second
        // operand, or vice versa."
        if !self.assignable(xo.ty, yo.ty) && !self.assignable(yo.ty, xo.ty) {
            let cause = format!(
                "mismatched types {} and {}",
                self.message_type_string(xo.ty),
                self.message_type_string(yo.ty)
            );
            return Some((Offender::Second, Some(cause)));
        }
        let is_nil = |o: &Operand| o.val.is_none() && o.ty == univ::UNTYPED_NIL;
        if matches!(op, Token::Eql | Token::Neq) {
            if is_nil(xo) || is_nil(yo) {
                // Only `nil == nil` gets here with a type that has no nil.
                let other = if is_nil(xo) { yo.ty } else { xo.ty };
                return (!self.has_nil(other)).then_some((Offender::Second, None));
            }
            if !comparable(self, xo.ty) {
                return Some((Offender::First, self.incomparable_cause(xo.ty)));
            }
            if !comparable(self, yo.ty) {
                return Some((Offender::Second, self.incomparable_cause(yo.ty)));
            }
            return None;
        }
        let ordered = |c: &mut Self, t: TypeId| c.basic(t).is_some_and(BasicKind::is_ordered);
        if !ordered(self, xo.ty) {
            return Some((Offender::First, None));
        }
        if !ordered(self, yo.ty) {
            return Some((Offender::Second, None));
        }
        None
    }

    /// Whether `t` is or contains the invalid type (an error reported elsewhere): go/types takes
    /// such types as comparable and assignable, to avoid follow-on errors.
    pub(super) fn has_invalid_part(&mut self, t: TypeId, depth: u32) -> bool {
        let t = self.unalias(t);
        // A type nesting this deep without a pointer in between is an invalid recursive one.
        if t == univ::INVALID || depth > MAX_NESTING {
            return true;
        }
        let u = self.under(t);
        match self.ty(u).clone() {
            Type::Invalid => true,
            Type::Struct(fields) => fields.iter().any(|f| self.has_invalid_part(f.ty, depth + 1)),
            Type::Array(_, e) => self.has_invalid_part(e, depth + 1),
            _ => false,
        }
    }

    /// Whether `nil` is a value of `t` (go/types' `hasNil`; type parameters never get here).
    pub(super) fn has_nil(&mut self, t: TypeId) -> bool {
        let u = self.under(t);
        match self.ty(u) {
            Type::Basic(k, _) => *k == BasicKind::UnsafePointer,
            Type::Slice(_)
            | Type::Pointer(_)
            | Type::Signature(_)
            | Type::Map(..)
            | Type::Chan(..)
            | Type::Interface(_) => true,
            _ => false,
        }
    }

    /// Why values of `t` cannot be compared, as go/types' `incomparableCause` says it; `None`
    /// where it names no cause and the error says the operator is not defined.
    fn incomparable_cause(&mut self, t: TypeId) -> Option<String> {
        let u = self.under(t);
        match self.ty(u).clone() {
            Type::Slice(_) | Type::Signature(_) | Type::Map(..) => {
                let kind = self.composite_kind(t).unwrap_or_default();
                Some(format!("{kind} can only be compared to nil"))
            }
            Type::Struct(fields) => {
                let field = fields.iter().find(|f| !comparable(self, f.ty))?.ty;
                Some(format!(
                    "struct containing {} cannot be compared",
                    self.message_type_string(field)
                ))
            }
            Type::Array(..) => Some(format!("{} cannot be compared", self.message_type_string(t))),
            _ => None,
        }
    }
}
