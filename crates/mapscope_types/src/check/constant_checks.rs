//! Constant checks (go/types' const.go): overflow after every constant operation, and whether an
//! untyped constant is representable in a type.

use super::Checker;
use super::operand::Operand;
use crate::constant::Value;
use crate::float_constant::rounded_to_float;
use crate::types::{BasicKind, Type, TypeId, TypeView, univ};
use mapscope_syntax::ast::ExprId;

/// go/types' precision for untyped integer constants, in bits.
const UNTYPED_INT_BITS: u64 = 512;

impl Checker<'_> {
    /// go/types' `overflow`, run after every constant operation. A typed integer or float result
    /// must be representable in its type (a float is rounded to it), and an untyped integer must
    /// fit in 512 bits ("must not grow arbitrarily"). The errors leave the value unknown. The 512-bit rule also bounds the work
    /// a constant declaration can ask for: `c1 = c0 * c0; c2 = c1 * c1; ...` doubles the digits
    /// at every step (Go's test/fixedbugs/issue7746.go).
    pub(super) fn constant_overflow(
        &mut self,
        e: ExprId,
        op_pos: u32,
        op_name: &str,
        v: Value,
        t: TypeId,
    ) -> Value {
        let float = matches!(
            v,
            Value::Float(_) | Value::Rat(_) | Value::HugeFloat { .. } | Value::Complex(_)
        );
        let float_type = |k: BasicKind| (k.is_float() || k.is_complex()) && !k.is_untyped();
        if float && self.basic(t).is_some_and(float_type) {
            let Some(why) = self.not_representable(&v, t) else { return self.convert_const(v, t) };
            let shown = self.constant_text(e, &v, t);
            let msg = self.representation_error(shown, why, t);
            self.error(self.file()[e].span.start, msg);
            return Value::Unknown;
        }
        if !matches!(v, Value::Int(_) | Value::BigInt(_)) {
            return v;
        }
        if !self.is_untyped(t) {
            let Some(why) = self.not_representable(&v, t) else { return v };
            let shown = self.constant_text(e, &v, t);
            let msg = self.representation_error(shown, why, t);
            self.error(self.file()[e].span.start, msg);
            return Value::Unknown;
        }
        if v.as_bigint().is_some_and(|b| b.bits() > UNTYPED_INT_BITS) {
            let op = if op_name.is_empty() { String::new() } else { format!("{op_name} ") };
            self.error(op_pos, format!("constant {op}overflow"));
            return Value::Unknown;
        }
        v
    }

    /// Whether untyped constant operand `x` (expression `e`) can take the other operand's type
    /// `t`; reports go/types' `overflows`/`truncated to` error when it cannot.
    pub(super) fn untyped_representable(&mut self, e: ExprId, x: &Operand, t: TypeId) -> bool {
        let Some(v) = &x.val else { return true };
        let Some(why) = self.not_representable(v, t) else { return true };
        let shown = self.constant_text(e, v, x.ty);
        let msg = self.representation_error(shown, why, t);
        self.error(self.file()[e].span.start, msg);
        false
    }

    /// go/types' `convertUntyped`: converts untyped operand `x` (expression `e`) to `target`, or
    /// reports why it cannot (`cannot convert`, `overflows`, `truncated to`) and returns false.
    /// Targets that are type parameters are not checked.
    pub(super) fn convert_untyped_checked(
        &mut self,
        e: ExprId,
        x: &Operand,
        target: TypeId,
    ) -> bool {
        if !self.is_untyped(x.ty) || self.is_untyped(target) || self.is_type_param(target) {
            self.convert_untyped(e, x, target);
            return true;
        }
        let under = self.under(target);
        let is_nil = x.val.is_none() && x.ty == univ::UNTYPED_NIL;
        let fits = match self.ty(under) {
            Type::Invalid => true,
            Type::Basic(..) => self.untyped_fits(x.ty, target),
            Type::Interface(_) => {
                let ts = self.type_set(under);
                is_nil || ts.methods.is_empty() && ts.terms.is_none() && !ts.comparable
            }
            Type::Pointer(_)
            | Type::Signature(_)
            | Type::Slice(_)
            | Type::Map(..)
            | Type::Chan(..) => is_nil,
            _ => false,
        };
        if !fits {
            let shown = self.operand_text(e, x);
            let msg = format!("cannot convert {shown} to type {}", self.message_type_string(under));
            self.error(self.file()[e].span.start, msg);
            return false;
        }
        if !self.untyped_representable(e, x, target) {
            return false;
        }
        self.convert_untyped(e, x, target);
        true
    }

    /// go/types' `invalidConversion` after `representable`: the operand, then `overflows` or
    /// `truncated to`, then the basic type underlying `t` (go/types checks against that).
    fn representation_error(&mut self, operand: String, why: &str, t: TypeId) -> String {
        let basic = self.under(t);
        let basic = self.message_type_string(basic);
        match why {
            "truncated" => format!("{operand} truncated to {basic}"),
            _ => format!("{operand} overflows {basic}"),
        }
    }

    /// Whether an untyped operand can take typed operand `t`'s type (a coarse representability check:
    /// the kind must fit; interfaces and type parameters accept everything).
    pub(crate) fn untyped_fits(&mut self, untyped: TypeId, t: TypeId) -> bool {
        if self.is_type_param(t) || self.is_interface(t) {
            return true;
        }
        let u = self.under(t);
        let k = match self.ty(untyped) {
            Type::Basic(k, _) => *k,
            _ => return true,
        };
        match self.ty(u) {
            Type::Basic(tk, _) => match k {
                BasicKind::UntypedBool => tk.is_boolean(),
                BasicKind::UntypedString => tk.is_string(),
                BasicKind::UntypedNil => *tk == BasicKind::UnsafePointer,
                BasicKind::UntypedInt
                | BasicKind::UntypedRune
                | BasicKind::UntypedFloat
                | BasicKind::UntypedComplex => tk.is_numeric(),
                _ => true,
            },
            Type::Pointer(_)
            | Type::Slice(_)
            | Type::Map(..)
            | Type::Chan(..)
            | Type::Signature(_) => k == BasicKind::UntypedNil,
            Type::Invalid => true,
            _ => false,
        }
    }

    pub(super) fn convert_const(&mut self, v: Value, t: TypeId) -> Value {
        match self.basic(t) {
            Some(k) if k.is_integer() => match v.as_i128() {
                Some(i) => Value::Int(i),
                None => v,
            },
            // go/types' roundFloat32 and roundFloat64, of both parts of a complex number (past
            // the type's range, the value is left for the error about it).
            Some(k) if k.is_float() && !k.is_untyped() => {
                rounded_to_float(&v, k == BasicKind::Float32).unwrap_or(v)
            }
            Some(k) if k.is_complex() && !k.is_untyped() && matches!(v, Value::Complex(_)) => {
                let single = k == BasicKind::Complex64;
                let parts = v.complex_parts().and_then(|(re, im)| {
                    Some((rounded_to_float(&re, single)?, rounded_to_float(&im, single)?))
                });
                parts.map_or(v, |(re, im)| Value::complex(re, im))
            }
            Some(k) if k.is_string() => match v {
                // A code point that is no rune (too large, negative, a surrogate) converts to
                // U+FFFD, as in go/types.
                Value::Int(_) | Value::BigInt(_) => {
                    let rune =
                        v.as_i128().and_then(|i| u32::try_from(i).ok()).and_then(char::from_u32);
                    Value::String(rune.unwrap_or('\u{fffd}').to_string().into_bytes().into())
                }
                v => v,
            },
            _ => v,
        }
    }
}

/// The class an untyped type converts within (go/types' `mayConvert`): numeric kinds convert to
/// one another; strings, booleans and nil only to their own kind.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum UntypedClass {
    Numeric,
    String,
    Boolean,
    Nil,
}

/// The class of an untyped type; `None` for other types.
pub(super) fn untyped_class(t: &Type) -> Option<UntypedClass> {
    match t {
        Type::Basic(
            BasicKind::UntypedInt
            | BasicKind::UntypedRune
            | BasicKind::UntypedFloat
            | BasicKind::UntypedComplex,
            _,
        ) => Some(UntypedClass::Numeric),
        Type::Basic(BasicKind::UntypedString, _) => Some(UntypedClass::String),
        Type::Basic(BasicKind::UntypedBool, _) => Some(UntypedClass::Boolean),
        Type::Basic(BasicKind::UntypedNil, _) => Some(UntypedClass::Nil),
        _ => None,
    }
}
