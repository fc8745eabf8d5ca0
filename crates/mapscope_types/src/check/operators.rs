//! Which arithmetic, bitwise and logical operators apply to which operands (go/types'
//! `unaryOpPredicates` and `binaryOpPredicates` in expr.go, and its `op` check).

use super::Checker;
use super::operand::Operand;
use crate::types::BasicKind;
use mapscope_syntax::Token;
use mapscope_syntax::ast::ExprId;

/// Whether an operator is written before one operand or between two.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Arity {
    Unary,
    Binary,
}

impl Checker<'_> {
    /// go/types' `op`: reports `operator op not defined on x` at operand `x` (expression `e`) when
    /// the operator does not apply to its type, and returns whether it does. Type parameters and
    /// invalid types pass: an invalid type was reported where it arose, and type sets are
    /// approximate here, where a wrong error on valid code costs more than a missed one.
    pub(super) fn operator_defined(
        &mut self,
        e: ExprId,
        x: &Operand,
        op: Token,
        arity: Arity,
    ) -> bool {
        let Some(accepts) = operand_predicate(op, arity) else { return true };
        if self.basic(x.ty).is_some_and(accepts)
            || self.is_type_param(x.ty)
            || self.has_invalid_part(x.ty, 0)
        {
            return true;
        }
        let msg = format!(
            "invalid operation: operator {} not defined on {}",
            op.as_str(),
            self.operand_text(e, x)
        );
        self.error(self.file()[e].span.start, msg);
        false
    }

    /// go/types' check of `x++` and `x--`: the operand must be numeric.
    pub(super) fn inc_dec_numeric(&mut self, e: ExprId, x: &Operand, tok: Token) -> bool {
        if self.basic(x.ty).is_some_and(BasicKind::is_numeric)
            || self.is_type_param(x.ty)
            || self.has_invalid_part(x.ty, 0)
        {
            return true;
        }
        let msg = format!(
            "invalid operation: {}{} (non-numeric type {})",
            self.file().expr_string(e),
            tok.as_str(),
            self.message_type_string(x.ty)
        );
        self.error(self.file()[e].span.start, msg);
        false
    }
}

/// The basic kinds operator `op` applies to; `None` for the operators checked elsewhere
/// (comparisons, shifts, `&`, `<-`).
fn operand_predicate(op: Token, arity: Arity) -> Option<fn(BasicKind) -> bool> {
    let numeric_or_string: fn(BasicKind) -> bool = |k| k.is_numeric() || k.is_string();
    Some(match (arity, op) {
        (Arity::Unary, Token::Add | Token::Sub) => BasicKind::is_numeric,
        (Arity::Unary, Token::Xor) => BasicKind::is_integer,
        (Arity::Unary, Token::Not) => BasicKind::is_boolean,
        (Arity::Binary, Token::Add) => numeric_or_string,
        (Arity::Binary, Token::Sub | Token::Mul | Token::Quo) => BasicKind::is_numeric,
        (Arity::Binary, Token::Rem | Token::And | Token::Or | Token::Xor | Token::AndNot) => {
            BasicKind::is_integer
        }
        (Arity::Binary, Token::LAnd | Token::LOr) => BasicKind::is_boolean,
        _ => return None,
    })
}
