//! Which conversions `T(x)` are valid (go/types' conversions.go): constant conversions by
//! representability, the others by the spec's list of convertible types.

use super::Checker;
use super::operand::Operand;
use super::predicates::identical_ignore_tags;
use crate::constant::Value;
use crate::float_constant::round_to_f32;
use crate::types::{BasicKind, Type, TypeId, TypeView, univ};

impl Checker<'_> {
    /// Why the conversion of operand `x` to `t` is invalid: `Some("")` when go/types gives no
    /// cause, `Some(cause)` when it does, `None` when the conversion is valid. Conversions that
    /// involve type parameters are accepted here (go/types checks them against the type sets).
    pub(super) fn conversion_error(&mut self, x: &Operand, t: TypeId) -> Option<String> {
        if self.has_invalid_type(x.ty) || self.has_invalid_type(t) {
            return None;
        }
        if self.is_type_param(t) {
            return None;
        }
        if let Some(v) = &x.val {
            if self.is_const_type(t) {
                let ok = self.representable_const(v, t)
                    || self.basic(x.ty).is_some_and(BasicKind::is_integer) && self.is_string(t);
                return (!ok).then(String::new);
            }
        }
        self.convertible_to(x.ty, t)
    }

    /// Invalid types, and arrays whose length could not be evaluated, convert without error:
    /// go/types reported them where they were written.
    fn has_invalid_type(&mut self, t: TypeId) -> bool {
        let t = self.unalias(t);
        let u = self.under(t);
        t == univ::INVALID || u == univ::INVALID || matches!(self.ty(u), Type::Array(None, _))
    }

    /// go/types' `representableConst`: the value's kind must fit the type's, and a number its range
    /// (a float type takes a complex value only without an imaginary part).
    fn representable_const(&mut self, v: &Value, t: TypeId) -> bool {
        let Some(k) = self.basic(t) else { return false };
        match v {
            Value::Unknown => true,
            Value::Bool(_) => k.is_boolean(),
            Value::String(_) => k.is_string(),
            Value::Complex(parts) if !parts.1.is_zero() && !k.is_complex() => false,
            _ if k.is_float() || k.is_complex() => !surely_overflows(v, k),
            _ => k.is_numeric() && self.not_representable(v, t).is_none(),
        }
    }

    /// go/types' `convertibleTo` for the types at hand: `None` when a value of type `v` converts to
    /// `t`, else the cause (empty when go/types gives none).
    fn convertible_to(&mut self, v: TypeId, t: TypeId) -> Option<String> {
        if self.assignable(v, t) {
            return None;
        }
        let (v, t) = (self.unalias(v), self.unalias(t));
        // Type parameters convert by their type sets, which are not checked here.
        if self.is_type_param(v) || self.is_type_param(t) {
            return None;
        }
        let (vu, tu) = (self.under(v), self.under(t));
        if identical_ignore_tags(self, vu, tu) {
            return None;
        }
        if let (Type::Pointer(vb), Type::Pointer(tb)) = (self.ty(v).clone(), self.ty(t).clone()) {
            if self.is_type_param(vb) || self.is_type_param(tb) {
                return None;
            }
            let (vbu, tbu) = (self.under(vb), self.under(tb));
            if identical_ignore_tags(self, vbu, tbu) {
                return None;
            }
        }
        let (vk, tk) = (self.basic(vu), self.basic(tu));
        let int_or_float = |k: Option<BasicKind>| k.is_some_and(|k| k.is_integer() || k.is_float());
        let complex = |k: Option<BasicKind>| k.is_some_and(BasicKind::is_complex);
        let string = |k: Option<BasicKind>| k.is_some_and(BasicKind::is_string);
        if int_or_float(vk) && int_or_float(tk) || complex(vk) && complex(tk) {
            return None;
        }
        if (vk.is_some_and(BasicKind::is_integer) || self.is_bytes_or_runes(vu)) && string(tk) {
            return None;
        }
        if string(vk) && self.is_bytes_or_runes(tu) {
            return None;
        }
        let unsafe_pointer = |k: Option<BasicKind>| k == Some(BasicKind::UnsafePointer);
        let pointer_or_uintptr = |cx: &Self, u: TypeId, k: Option<BasicKind>| {
            k == Some(BasicKind::Uintptr) || matches!(cx.ty(u), Type::Pointer(_))
        };
        if pointer_or_uintptr(self, vu, vk) && unsafe_pointer(tk)
            || unsafe_pointer(vk) && pointer_or_uintptr(self, tu, tk)
        {
            return None;
        }
        if let Type::Slice(elem) = *self.ty(vu) {
            // Slices convert to arrays from Go 1.20 and to array pointers from Go 1.17; packages
            // checked from memory have no module (0) and take the newest language.
            let minor = self.lang_minor();
            match self.ty(tu).clone() {
                Type::Array(_, a) if self.identical(elem, a) => {
                    return (minor != 0 && minor < 20).then(|| {
                        "conversion of slice to array requires go1.20 or later".to_string()
                    });
                }
                Type::Pointer(p) => {
                    let pu = self.under(p);
                    if let Type::Array(_, a) = *self.ty(pu) {
                        if self.identical(elem, a) {
                            return (minor != 0 && minor < 17).then(|| {
                                "conversion of slice to array pointer requires go1.17 or later"
                                    .to_string()
                            });
                        }
                    }
                }
                _ => {}
            }
        }
        // A value converts to an interface only by assignability: go/types gives the cause.
        if self.is_interface(t) {
            if let Some(cause) = self.missing_method_cause(v, t) {
                let (vs, ts) = (self.message_type_string(v), self.message_type_string(t));
                return Some(format!("{vs} does not implement {ts} {cause}"));
            }
        }
        Some(String::new())
    }

    /// go/types' `isBytesOrRunes`: a slice whose element's underlying type is byte or rune.
    fn is_bytes_or_runes(&mut self, u: TypeId) -> bool {
        let Type::Slice(e) = *self.ty(u) else { return false };
        matches!(self.basic(e), Some(BasicKind::Uint8 | BasicKind::Int32))
    }
}

/// Whether numeric constant `v` overflows float or complex kind `k` beyond doubt: float32's
/// bound is decided on the exact value; past f64's range constants keep only their decimal
/// magnitude, so there only values clearly past float64's bound count (go/types, exact, also
/// rejects a few just past it).
fn surely_overflows(v: &Value, k: BasicKind) -> bool {
    let parts = match v {
        Value::Complex(parts) => [parts.0.clone(), parts.1.clone()],
        v => [v.clone(), Value::Float(0.0)],
    };
    parts.iter().any(|p| match *p {
        Value::HugeFloat { mantissa, exp10 } => {
            exp10 > 308 || exp10 == 308 && mantissa.abs() >= 1.7977
        }
        _ if matches!(k, BasicKind::Float32 | BasicKind::Complex64) => {
            round_to_f32(p).is_some_and(f32::is_infinite)
        }
        // An exact value rounds to float64 exactly.
        Value::Rat(_) => p.as_f64().is_some_and(f64::is_infinite),
        _ => false,
    })
}
