//! Composite literals (go/types' literals.go).

use super::operand::Operand;
use super::stmt::CaseKey;
use super::{Checker, Mode};
use crate::constant::Value;
use crate::types::{Type, TypeId, TypeView, univ};
use mapscope_syntax::ast::{ExprId, ExprKind as E};
use rustc_hash::FxHashMap;

impl Checker<'_> {
    pub(super) fn composite_lit(
        &mut self,
        e: ExprId,
        ty: Option<ExprId>,
        elts: &[ExprId],
        hint: Option<TypeId>,
    ) -> Operand {
        let f = self.file();
        let (typ, base) = match (ty, hint) {
            (Some(te), _) => {
                // [...]T{...}: the length comes from the elements.
                if let E::ArrayType { len: Some(l), elt, .. } = f[te].kind {
                    if matches!(f[l].kind, E::Ellipsis { .. }) {
                        let et = self.type_expr(elt);
                        let n = self.array_lit_len(elts, et);
                        let t = self.new_type(Type::Array(Some(n), et));
                        self.record_expr(te, Mode::TypeExpr, t);
                        return Operand::value(t);
                    }
                }
                let t = self.type_expr(te);
                (t, t)
            }
            (None, Some(h)) => {
                let mut b = h;
                if let Some(c) = self.core(h) {
                    if let Type::Pointer(p) = self.ty(c) {
                        b = *p;
                    }
                }
                (h, b)
            }
            (None, None) => {
                self.error(f[e].span.start, "invalid composite literal type: missing type");
                for &el in elts {
                    self.elt_value(el, None, "");
                }
                return Operand::invalid();
            }
        };
        let core = self.core(base);
        match core.map(|c| self.ty(c).clone()) {
            Some(Type::Struct(fields)) => {
                for (i, &el) in elts.iter().enumerate() {
                    if let E::KeyValue { key, value, .. } = f[el].kind {
                        let fname = match f[key].kind {
                            E::Ident(n) => Some(f.name(n).to_string()),
                            _ => None,
                        };
                        let field = fname
                            .as_ref()
                            .and_then(|n| fields.iter().find(|fl| fl.name.as_ref() == n));
                        if let Some(o) = field.and_then(|fl| fl.obj) {
                            self.record_use(f[key].span.start, o);
                        }
                        let ft = field.map(|fl| fl.ty);
                        if ft.is_none() {
                            let msg = match &fname {
                                Some(sel) => self.unknown_field(&fields, sel, base),
                                None => format!(
                                    "invalid field name {} in struct literal",
                                    f.expr_string(key)
                                ),
                            };
                            self.error(f[key].span.start, msg);
                        }
                        let vo = self.expr(value, ft);
                        if let Some(t) = ft {
                            self.convert_untyped(value, &vo, t);
                        }
                    } else {
                        let ft = fields.get(i).map(|fl| fl.ty);
                        let vo = self.expr(el, ft);
                        if let Some(t) = ft {
                            self.convert_untyped(el, &vo, t);
                        }
                    }
                }
            }
            Some(Type::Array(n, et)) => {
                self.indexed_elts(elts, et, n.and_then(|n| i64::try_from(n).ok()).unwrap_or(-1));
            }
            Some(Type::Slice(et)) => {
                self.indexed_elts(elts, et, -1);
            }
            Some(Type::Map(kt, vt)) => {
                let mut seen = FxHashMap::default();
                for &el in elts {
                    if let E::KeyValue { key, value, .. } = f[el].kind {
                        let k = self.elt_value(key, Some(kt), "map literal");
                        self.duplicate_map_key(key, &k, kt, &mut seen);
                        self.elt_value(value, Some(vt), "map literal");
                    } else {
                        self.error(f[el].span.start, "missing key in map literal");
                        self.elt_value(el, Some(vt), "map literal");
                    }
                }
            }
            _ => {
                // Unknown types (cgo's C, missing imports, even behind an alias) give no further error.
                if self.under(base) != univ::INVALID {
                    self.error(
                        f[e].span.start,
                        format!("invalid composite literal type {}", self.message_type_string(typ)),
                    );
                }
                for &el in elts {
                    if let E::KeyValue { value, .. } = f[el].kind {
                        self.elt_value(value, None, "");
                    } else {
                        self.elt_value(el, None, "");
                    }
                }
            }
        }
        Operand::value(typ)
    }

    fn array_lit_len(&mut self, elts: &[ExprId], et: TypeId) -> u64 {
        self.indexed_elts(elts, et, -1) as u64
    }

    /// go/types' `indexedElts`: the elements of an array or slice literal, their keys checked as
    /// constant indices below `length` (when not negative) and for duplicates. Returns the
    /// literal's length (the largest index plus one).
    fn indexed_elts(&mut self, elts: &[ExprId], et: TypeId, length: i64) -> i64 {
        let f = self.file();
        // The indices seen, as a bitmap (literals are dense) with a set for far indices.
        let mut seen_near: Vec<bool> = Vec::new();
        let mut seen_far = rustc_hash::FxHashSet::default();
        let (mut index, mut max) = (0i64, 0i64);
        for &el in elts {
            let mut valid = false;
            let mut value = el;
            if let E::KeyValue { key, value: v, .. } = f[el].kind {
                let (ok, i) = self.index(key, length);
                if ok {
                    if i >= 0 {
                        index = i;
                        valid = true;
                    } else {
                        let msg = format!("index {} must be integer constant", f.expr_string(key));
                        self.error(f[el].span.start, msg);
                    }
                }
                value = v;
            } else if length >= 0 && index >= length {
                let msg = format!("index {index} is out of bounds (>= {length})");
                self.error(f[el].span.start, msg);
            } else {
                valid = true;
            }
            let repeated = valid
                && match usize::try_from(index).ok().filter(|&i| i < 1 << 20) {
                    Some(i) => {
                        if seen_near.len() <= i {
                            seen_near.resize(i + 1, false);
                        }
                        std::mem::replace(&mut seen_near[i], true)
                    }
                    None => !seen_far.insert(index),
                };
            if repeated {
                let msg = format!("duplicate index {index} in array or slice literal");
                self.error(f[el].span.start, msg);
            }
            index += 1;
            max = max.max(index);
            self.elt_value(value, Some(et), "array or slice literal");
        }
        max
    }

    /// An element of a composite literal: a literal without type takes the hint.
    fn elt_value(&mut self, e: ExprId, hint: Option<TypeId>, context: &str) -> Operand {
        let x = self.expr(e, hint);
        if let Some(h) = hint {
            self.convert_untyped(e, &x, h);
            self.check_assignable(e, &x, h, context);
        }
        x
    }

    /// A constant key of a map literal with key type `kt` that repeats an earlier one (of
    /// identical type, for interface keys) is reported (go/types' `duplicate key`).
    fn duplicate_map_key(
        &mut self,
        e: ExprId,
        x: &Operand,
        kt: TypeId,
        seen: &mut FxHashMap<CaseKey, Vec<TypeId>>,
    ) {
        let Some(v) = &x.val else { return };
        if x.mode == Mode::None || self.under(kt) == univ::INVALID {
            return;
        }
        let iface = self.is_interface(kt);
        // The key once assigned to the key type: keys that cannot be were reported.
        let (v, t) = if self.is_untyped(x.ty) {
            let t = if iface { self.default_type(x.ty) } else { kt };
            if self.not_representable(v, t).is_some() || !self.untyped_fits(x.ty, t) {
                return;
            }
            (self.convert_const(v.clone(), t), t)
        } else {
            if !self.assignable(x.ty, kt) {
                return;
            }
            (v.clone(), x.ty)
        };
        let Some(key) = CaseKey::of_map_key(&v) else { return };
        // Several types per value only for interface keys (`1` and `int8(1)` differ there).
        let types = seen.entry(key).or_default();
        let dup = !types.is_empty() && (!iface || types.iter().any(|&s| self.identical(s, t)));
        if dup {
            // go/constant holds a key of complex type as a complex number.
            let v = match (&v, self.basic(t)) {
                (Value::Int(_) | Value::Float(_), Some(k)) if k.is_complex() => {
                    v.as_f64().map_or(v, |re| Value::Complex(re, 0.0))
                }
                _ => v,
            };
            let shown = v.message_string().unwrap_or_default();
            self.error(self.file()[e].span.start, format!("duplicate key {shown} in map literal"));
            return;
        }
        types.push(t);
    }
}
