//! Assignability and interface implementation (go/types' `assignableTo` and `implements`), used to report
//! `cannot use x (value of type X) as T value in ...` errors.

use super::lookup::Lookup;
use super::operand::Operand;
use super::{Checker, Mode};
use crate::constant::Value;
use crate::float_constant::round_to_f32;
use crate::types::{BasicKind, ChanDir, Type, TypeId, TypeView, univ};
use mapscope_syntax::ast::ExprId;
use num_bigint::BigInt;
use num_traits::FromPrimitive;

impl Checker<'_> {
    fn is_named_or_basic(&self, t: TypeId) -> bool {
        matches!(
            self.ty(self.unalias(t)),
            Type::Named(_) | Type::Basic(..) | Type::TypeParam { .. }
        )
    }

    fn has_invalid(&mut self, t: TypeId) -> bool {
        let t = self.unalias(t);
        t == univ::INVALID || self.under(t) == univ::INVALID
    }

    /// Whether a value of type `v` may be assigned to a variable of type `t`.
    pub(crate) fn assignable(&mut self, v: TypeId, t: TypeId) -> bool {
        if self.has_invalid(v) || self.has_invalid(t) || self.identical(v, t) {
            return true;
        }
        // Type parameters need type-set reasoning; they are not checked here.
        if self.is_type_param(v) || self.is_type_param(t) {
            return true;
        }
        if matches!(self.ty(v), Type::Tuple(_)) || matches!(self.ty(t), Type::Tuple(_)) {
            return true;
        }
        if self.is_untyped(v) {
            return self.untyped_fits(v, t);
        }
        let (vu, tu) = (self.under(v), self.under(t));
        if (!self.is_named_or_basic(v) || !self.is_named_or_basic(t)) && self.identical(vu, tu) {
            return true;
        }
        if let Type::Interface(_) = self.ty(tu) {
            return self.implements(v, t);
        }
        if let (Type::Chan(ChanDir::Both, e1), Type::Chan(_, e2)) =
            (self.ty(vu).clone(), self.ty(tu).clone())
        {
            return (!self.is_named_or_basic(v) || !self.is_named_or_basic(t))
                && self.identical(e1, e2);
        }
        false
    }

    /// Whether type `v` implements interface `t` (method sets only; constraint interfaces are not checked).
    pub(crate) fn implements(&mut self, v: TypeId, t: TypeId) -> bool {
        let ts = self.type_set(t);
        if ts.terms.is_some() || ts.comparable {
            return true;
        }
        // A pointer to an invalid type was reported where it arose (go/types avoids follow-on
        // errors here).
        let vu = self.under(v);
        if let Type::Pointer(base) = *self.ty(vu) {
            if self.has_invalid(base) {
                return true;
            }
        }
        // A pointer to an interface has no methods.
        if !ts.methods.is_empty() && self.is_pointer_to_interface(v) {
            return false;
        }
        for m in ts.methods {
            let (name, pkg, want) = {
                let o = self.obj(m);
                (o.name.clone(), o.pkg, o.ty)
            };
            match self.lookup_field_or_method(v, pkg, &name) {
                Lookup::Method { sig, ptr_recv, indirect, .. } => {
                    let vi = self.is_interface(v);
                    if ptr_recv && !indirect && !vi {
                        return false;
                    }
                    if !self.identical(sig, want) {
                        return false;
                    }
                }
                _ => return false,
            }
        }
        true
    }

    /// Why type `v` does not implement interface `t`, as go/types' `missingMethod` words it for
    /// the first method that fails: `(missing method m)`, `(wrong type for method m)`, ... A wrong
    /// type is followed by go/types' `have`/`want` lines, which only decide whether the error is a
    /// follow-on one (see `error`): reports keep the first line. `None` when no method fails.
    pub(crate) fn missing_method_cause(&mut self, v: TypeId, t: TypeId) -> Option<String> {
        let v_iface = self.is_interface(v);
        for m in self.type_set(t).methods {
            let (name, pkg, want) = {
                let o = self.obj(m);
                (o.name.clone(), o.pkg, o.ty)
            };
            match self.lookup_field_or_method(v, pkg, &name) {
                Lookup::Method { sig, ptr_recv, indirect, .. } => {
                    if ptr_recv && !indirect && !v_iface {
                        return Some(format!("(method {name} has pointer receiver)"));
                    }
                    if !self.identical(sig, want) {
                        let have = self.message_type_string(sig);
                        let want = self.message_type_string(want);
                        let have = have.strip_prefix("func").unwrap_or(&have);
                        let want = want.strip_prefix("func").unwrap_or(&want);
                        return Some(format!(
                            "(wrong type for method {name})\n\t\thave {name}{have}\n\t\twant {name}{want}"
                        ));
                    }
                }
                Lookup::Field { .. } if !v_iface => {
                    let vs = self.message_type_string(v);
                    return Some(format!("({vs}.{name} is a field, not a method)"));
                }
                Lookup::Ambiguous if !v_iface => {
                    let vs = self.message_type_string(v);
                    return Some(format!("(ambiguous selector {vs}.{name})"));
                }
                _ => {
                    // A method of that name declared by another package (go/types' "unexported").
                    let other_pkg = !v_iface
                        && matches!(
                            super::lookup::lookup_field_or_method_in_pkg(self, v, None, &name),
                            Lookup::Method { .. }
                        );
                    let what = if other_pkg { "unexported" } else { "missing" };
                    return Some(format!("({what} method {name})"));
                }
            }
        }
        None
    }

    /// Why a value of type `v` is not assignable to `t`, as go/types' `assignableTo` explains it:
    /// `v` does not implement the interface `t` (and why), `t` is a pointer to an interface, or
    /// `v` is an interface that `t` implements (`need type assertion`).
    fn unassignable_cause(&mut self, v: TypeId, t: TypeId) -> Option<String> {
        if self.is_type_param(v) || self.is_type_param(t) {
            return None;
        }
        let (vu, tu) = (self.under(v), self.under(t));
        let (vs, ts) = (self.message_type_string(v), self.message_type_string(t));
        let pointer_error = |s: &str| format!("(type {s} is pointer to interface, not interface)");
        if self.is_pointer_to_interface(t) {
            return Some(format!("{vs} does not implement {ts} {}", pointer_error(&ts)));
        }
        if matches!(self.ty(tu), Type::Interface(_)) {
            // go/types' missingMethod explains a method not found on a pointer to an interface.
            let why = if self.is_pointer_to_interface(v) {
                pointer_error(&vs)
            } else {
                self.missing_method_cause(v, t)?
            };
            return Some(format!("{vs} does not implement {ts} {why}"));
        }
        if matches!(self.ty(vu), Type::Interface(_)) && self.implements(t, v) {
            return Some("need type assertion".into());
        }
        None
    }

    /// Whether `t` is a pointer to an interface (go/types' `isInterfacePtr`).
    pub(super) fn is_pointer_to_interface(&mut self, t: TypeId) -> bool {
        let u = self.under(t);
        let Type::Pointer(base) = *self.ty(u) else { return false };
        !self.is_type_param(base) && self.is_interface(base)
    }

    /// Why constant `v` cannot be represented by basic type `t` (`overflows`, `truncated`), if it cannot.
    pub(super) fn not_representable(&mut self, v: &Value, t: TypeId) -> Option<&'static str> {
        if self.is_type_param(t) {
            return None;
        }
        let u = self.under(t);
        let k = match self.ty(u) {
            Type::Basic(k, _) => *k,
            _ => return None,
        };
        if k.is_integer() && !k.is_untyped() {
            // A complex number converts as its real part when its imaginary part is zero.
            let real = match v {
                Value::Complex(parts) if parts.1.is_zero() => &parts.0,
                v => v,
            };
            let i = match real {
                Value::Float(f) if f.fract() != 0.0 => return Some("truncated"),
                Value::Rat(r) if !r.is_integer() => return Some("truncated"),
                Value::HugeFloat { .. } | Value::Complex(_) => return Some("truncated"),
                // An integral float: its exact value, however large.
                Value::Float(f) => num_bigint::BigInt::from_f64(*f)?,
                v => v.as_bigint()?,
            };
            // go/types calls a float that does not fit an integer type truncated, whatever the
            // reason.
            let float = matches!(v, Value::Float(_) | Value::Rat(_) | Value::Complex(..));
            let bits = k.size() * 8;
            let (lo, hi) = if k.is_unsigned() {
                (BigInt::from(0), (BigInt::from(1) << bits as usize) - 1)
            } else {
                (
                    -(BigInt::from(1) << (bits - 1) as usize),
                    (BigInt::from(1) << (bits - 1) as usize) - 1,
                )
            };
            let why = if float { "truncated" } else { "overflows" };
            return (i < lo || i > hi).then_some(why);
        }
        if k.is_float() && !k.is_untyped() {
            // go/types' roundFloat32/roundFloat64: the constant is rounded to the type first, so a
            // value just past the largest finite one that rounds down to it is representable.
            let rounded_is_infinite = if k == BasicKind::Float32 {
                round_to_f32(v)?.is_infinite()
            } else {
                v.as_f64()?.is_infinite()
            };
            return rounded_is_infinite.then_some("overflows");
        }
        // Both parts of a complex number are rounded to the type's float (go/types'
        // roundFloat32 and roundFloat64).
        if k.is_complex() && !k.is_untyped() {
            let (re, im) = v.complex_parts()?;
            let infinite = |p: &Value| match k {
                BasicKind::Complex64 => round_to_f32(p).is_some_and(f32::is_infinite),
                _ => p.as_f64().is_some_and(f64::is_infinite),
            };
            return (infinite(&re) || infinite(&im)).then_some("overflows");
        }
        None
    }

    /// Reports `cannot use` when operand `x` (expression `e`) is not assignable to `t`.
    pub(crate) fn check_assignable(&mut self, e: ExprId, x: &Operand, t: TypeId, context: &str) {
        if x.mode == Mode::None || !self.record {
            return;
        }
        if let (Some(v), true) = (&x.val, self.is_untyped(x.ty)) {
            if let Some(why) = self.not_representable(v, t) {
                let msg = format!(
                    "cannot use {} as {} value in {context} ({why})",
                    self.operand_text(e, x),
                    self.message_type_string(t)
                );
                self.error(self.file()[e].span.start, msg);
                return;
            }
        }
        // go/types gives an untyped value assigned to an interface its default type first: a
        // constant that does not implement a non-empty interface is reported as of that type.
        let defaulted;
        let x = if self.is_untyped(x.ty)
            && x.ty != univ::UNTYPED_NIL
            && !self.is_type_param(t)
            && self.is_interface(t)
        {
            defaulted = Operand { ty: self.default_type(x.ty), ..x.clone() };
            &defaulted
        } else {
            x
        };
        if self.assignable(x.ty, t) {
            return;
        }
        let f = self.file();
        let mut msg = format!(
            "cannot use {} as {} value in {context}",
            self.operand_text(e, x),
            self.message_type_string(t)
        );
        if let Some(cause) = self.unassignable_cause(x.ty, t) {
            msg.push_str(": ");
            msg.push_str(&cause);
        }
        self.error(f[e].span.start, msg);
    }
}
