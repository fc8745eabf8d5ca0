//! Index and slice expressions (go/types' index.go), including explicit instantiation `f[T]`.

use super::operand::Operand;
use super::{Checker, Mode};
use crate::constant::Value;
use crate::types::{BasicKind, Type, TypeId, TypeView, univ};
use mapscope_syntax::ast::ExprId;
use rustc_hash::FxHashMap;

/// The type arguments of an instantiation, each scheduled for go/types' `validVarType`.
fn args_of(c: &mut Checker<'_>, indices: &[ExprId]) -> Vec<TypeId> {
    let f = c.file();
    indices
        .iter()
        .map(|&i| {
            let t = c.type_expr(i);
            c.var_type_later(f[i].span.start, t);
            t
        })
        .collect()
}

impl Checker<'_> {
    pub(super) fn index_expr(&mut self, e: ExprId, x: ExprId, indices: &[ExprId]) -> Operand {
        let f = self.file();
        let xo = self.expr_or_type(x, None);
        if xo.mode == Mode::TypeExpr {
            // Instantiation of a generic type.
            let args: Vec<TypeId> = args_of(self, indices);
            let t = self.instantiate(xo.ty, args.clone());
            let tparams = self.generic_tparams(xo.ty);
            let arg_pos = indices.iter().map(|&i| f[i].span.start).collect();
            self.verify_later(f[e].span.start, arg_pos, tparams, args);
            return Operand::typ(t);
        }
        if xo.mode == Mode::None {
            for &i in indices {
                self.expr_or_type(i, None);
            }
            return Operand::invalid();
        }
        // Generic function instantiation f[T].
        if let Type::Signature(s) = self.ty(xo.ty).clone() {
            if !s.tparams.is_empty() {
                let args: Vec<TypeId> = args_of(self, indices);
                if args.len() == s.tparams.len() {
                    let arg_pos = indices.iter().map(|&i| f[i].span.start).collect();
                    self.verify_later(f[e].span.start, arg_pos, s.tparams.clone(), args.clone());
                    let map: FxHashMap<TypeId, TypeId> =
                        s.tparams.iter().copied().zip(args).collect();
                    let mut s2 = (*s).clone();
                    s2.tparams = Vec::new();
                    let t = self.new_type(Type::Signature(Box::new(s2)));
                    let r = self.subst(t, &map);
                    return Operand::value(r);
                }
                // Partial instantiation: infer the rest at the call.
                let mut o = Operand::value(xo.ty);
                o.val = None;
                let targs = args_of(self, indices);
                self.partial_targs.insert(e, targs);
                return o;
            }
        }
        let index = indices[0];
        let Some(c) = self.core_string(xo.ty) else {
            self.expr(index, None);
            return Operand::invalid();
        };
        // A constant string's length bounds a constant index as an array's does.
        let str_len = match &xo.val {
            Some(Value::String(s)) => s.len() as i64,
            _ => -1,
        };
        match self.ty(c).clone() {
            Type::Map(k, v) => {
                let io = self.expr(index, Some(k));
                self.convert_untyped(index, &io, k);
                self.check_assignable(index, &io, k, "map index");
                let mut o = Operand::value(v);
                o.comma_ok = true;
                o.map_index = true;
                o
            }
            Type::Basic(k, _) if k.is_string() => {
                self.index(index, str_len);
                Operand::value(univ::BYTE)
            }
            Type::Slice(el) => {
                self.index(index, -1);
                let mut o = Operand::value(el);
                o.addressable = true;
                o
            }
            Type::Array(n, el) => {
                self.index(index, array_len(n));
                let mut o = Operand::value(el);
                o.addressable = xo.addressable;
                o
            }
            Type::Pointer(b) => {
                let bu = self.under(b);
                match self.ty(bu).clone() {
                    Type::Array(n, el) => {
                        self.index(index, array_len(n));
                        let mut o = Operand::value(el);
                        o.addressable = true;
                        o
                    }
                    _ => {
                        self.expr(index, None);
                        self.cannot_index(x, &xo)
                    }
                }
            }
            Type::Invalid => {
                // Unknown types (missing imports, cgo) were reported where they arose.
                self.expr(index, None);
                Operand::invalid()
            }
            _ => {
                self.expr(index, None);
                self.cannot_index(x, &xo)
            }
        }
    }

    /// go/types' error for an operand `xo` (expression `x`) that cannot be indexed.
    fn cannot_index(&mut self, x: ExprId, xo: &Operand) -> Operand {
        let msg = format!("cannot index {}", self.operand_text(x, xo));
        self.error(self.file()[x].span.start, msg);
        Operand::invalid()
    }

    /// go/types' `sliceExpr`: `x[low:high:max]`, its constant bounds checked against the length
    /// of a constant string or array and against each other.
    pub(super) fn slice_expr(
        &mut self,
        e: ExprId,
        x: ExprId,
        bounds: [Option<ExprId>; 3],
        slice3: bool,
    ) -> Operand {
        let f = self.file();
        let xo = self.expr(x, None);
        // The bounds of a slice expression that is not checked further are still typed.
        let use_bounds = |c: &mut Self| {
            for i in bounds.into_iter().flatten() {
                let io = c.expr(i, None);
                c.convert_untyped(i, &io, univ::INT);
            }
        };
        let Some(c) = self.core_string(xo.ty) else {
            use_bounds(self);
            return Operand::invalid();
        };
        let mut length = -1;
        let result = match self.ty(c).clone() {
            Type::Basic(k, _) if k.is_string() => {
                if slice3 {
                    let at = bounds[2].map_or(f[e].span.start, |m| f[m].span.start);
                    use_bounds(self);
                    self.error(at, "invalid operation: 3-index slice of string");
                    return Operand::invalid();
                }
                if let Some(Value::String(s)) = &xo.val {
                    length = s.len() as i64;
                }
                if k == BasicKind::UntypedString { univ::STRING } else { xo.ty }
            }
            Type::Array(n, el) => {
                // Slicing takes the array's address.
                if !xo.addressable {
                    use_bounds(self);
                    let what = self.operand_text(x, &xo);
                    self.error(f[x].span.start, format!("cannot slice unaddressable value {what}"));
                    return Operand::invalid();
                }
                length = array_len(n);
                self.new_type(Type::Slice(el))
            }
            Type::Pointer(b) => {
                let bu = self.under(b);
                match self.ty(bu).clone() {
                    Type::Array(n, el) => {
                        length = array_len(n);
                        self.new_type(Type::Slice(el))
                    }
                    _ => {
                        use_bounds(self);
                        return Operand::invalid();
                    }
                }
            }
            Type::Slice(_) => xo.ty,
            Type::Invalid => {
                use_bounds(self);
                return Operand::invalid();
            }
            _ => {
                use_bounds(self);
                let what = self.operand_text(x, &xo);
                self.error(f[x].span.start, format!("cannot slice {what}"));
                return Operand::invalid();
            }
        };
        // A bound's constant value, the defaults where one is left out (0 for the first, the
        // length for the others, when known), or -1.
        let mut ind = [-1i64; 3];
        for (i, b) in bounds.into_iter().enumerate() {
            ind[i] = match b {
                Some(b) => self.index(b, if length >= 0 { length + 1 } else { -1 }).1,
                None if i == 0 => 0,
                None => length,
            };
        }
        // Constant bounds must not decrease; only the first pair out of order is reported.
        'pairs: for i in 0..2 {
            let lo = ind[i];
            if lo <= 0 {
                continue;
            }
            for j in i + 1..3 {
                let hi = ind[j];
                if hi >= 0 && hi < lo {
                    if let Some(at) = bounds[j] {
                        self.error(f[at].span.start, format!("invalid slice indices: {hi} < {lo}"));
                    }
                    break 'pairs;
                }
            }
        }
        Operand::value(result)
    }

    /// go/types' `index`: checks an index (or slice bound, or `make` size) `index`; `max` (when
    /// not negative) bounds a constant index from above. Returns whether the index is valid and
    /// its constant value (-1 when it is not a constant).
    pub(super) fn index(&mut self, index: ExprId, max: i64) -> (bool, i64) {
        let x = self.expr(index, None);
        let Some(x) = self.valid_index(index, x, "index", false) else { return (false, -1) };
        let Some(v) = &x.val else { return (true, -1) };
        let Some(v) = v.as_i128() else { return (false, -1) };
        if max >= 0 && v >= i128::from(max) {
            let msg = format!("invalid argument: index {v} out of bounds [0:{max}]");
            self.error(self.file()[index].span.start, msg);
            return (false, -1);
        }
        (true, v as i64)
    }

    /// go/types' `isValidIndex`: an untyped index becomes an `int`, and the index must be an
    /// integer, and a constant one not negative (unless `allow_negative`) and an `int`'s value.
    /// Reports why not and returns `None`; otherwise the converted operand.
    pub(super) fn valid_index(
        &mut self,
        e: ExprId,
        mut x: Operand,
        what: &str,
        allow_negative: bool,
    ) -> Option<Operand> {
        if x.mode == Mode::None {
            return None;
        }
        // The common case, a constant that is a non-negative int already: nothing to report.
        if let Some(Value::Int(i)) = x.val {
            let small = (0..=i128::from(i64::MAX)).contains(&i);
            if small && (x.ty == univ::UNTYPED_INT || x.ty == univ::UNTYPED_RUNE) {
                self.convert_untyped(e, &x, univ::INT);
                x.ty = univ::INT;
                return Some(x);
            }
            if small && x.ty == univ::INT {
                return Some(x);
            }
        }
        if self.is_untyped(x.ty) {
            if !self.untyped_fits(x.ty, univ::INT) {
                let shown = self.operand_text(e, &x);
                self.error(
                    self.file()[e].span.start,
                    format!("cannot convert {shown} to type int"),
                );
                return None;
            }
            if let Some(v) = &x.val {
                if !self.untyped_representable(e, &x, univ::INT) {
                    return None;
                }
                x.val = Some(self.convert_const(v.clone(), univ::INT));
            }
            self.convert_untyped(e, &x, univ::INT);
            x.ty = univ::INT;
        }
        // A type not known here (cgo's `_C_int`, a missing import) is not judged.
        if self.under(x.ty) == univ::INVALID {
            return Some(x);
        }
        if !self.all_integer(x.ty) {
            {
                let shown = self.operand_text(e, &x);
                let msg = format!("invalid argument: {what} {shown} must be integer");
                self.error(self.file()[e].span.start, msg);
            }
            return None;
        }
        if let Some(v) = &x.val {
            let negative = v.as_bigint().is_some_and(|b| b.sign() == num_bigint::Sign::Minus);
            if !allow_negative && negative {
                let shown = self.operand_text(e, &x);
                let msg = format!("invalid argument: {what} {shown} must not be negative");
                self.error(self.file()[e].span.start, msg);
                return None;
            }
            if self.not_representable(v, univ::INT).is_some() {
                let shown = self.operand_text(e, &x);
                self.error(
                    self.file()[e].span.start,
                    format!("invalid argument: {what} {shown} overflows int"),
                );
                return None;
            }
        }
        Some(x)
    }
}

/// An array type's length as go/types' index checks bound it (-1: unknown).
fn array_len(n: Option<u64>) -> i64 {
    n.and_then(|n| i64::try_from(n).ok()).unwrap_or(-1)
}
