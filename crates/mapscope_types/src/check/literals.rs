//! Composite literals (go/types' literals.go).

use super::operand::Operand;
use super::stmt::CaseKey;
use super::{Checker, Mode};
use crate::constant::Value;
use crate::types::{Field, Type, TypeId, TypeView, univ};
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
                self.error(f[e].span.start, "missing type in composite literal");
                // The elements are still checked, the values only of `key: value` ones.
                for &el in elts {
                    match f[el].kind {
                        E::KeyValue { value, .. } => self.elt_value(value, None, ""),
                        _ => self.elt_value(el, None, ""),
                    };
                }
                return Operand::invalid();
            }
        };
        let core = self.core(base);
        match core.map(|c| self.ty(c).clone()) {
            Some(Type::Struct(fields)) => self.struct_lit_elts(e, &fields, elts, base),
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

    /// go/types' struct literal: either every element is `field: value` (each field named
    /// once) or none is, and then there is a value for each field in order, none of them an
    /// unexported field of another package. Each value must be assignable to its field.
    fn struct_lit_elts(&mut self, e: ExprId, fields: &[Field], elts: &[ExprId], base: TypeId) {
        let f = self.file();
        let Some(&first) = elts.first() else { return };
        let mixture = "mixture of field:value and value elements in struct literal";
        // A nested literal without a type gets no type from a struct field.
        let hint = |ft: TypeId, value: ExprId| match f[value].kind {
            E::CompositeLit { ty: None, .. } => None,
            _ => Some(ft),
        };
        if matches!(f[first].kind, E::KeyValue { .. }) {
            let mut visited = vec![false; fields.len()];
            for &el in elts {
                let E::KeyValue { key, value, .. } = f[el].kind else {
                    self.error(f[el].span.start, mixture);
                    continue;
                };
                let name = match f[key].kind {
                    E::Ident(n) => f.name(n).to_string(),
                    _ => {
                        self.expr(value, None);
                        let msg =
                            format!("invalid field name {} in struct literal", f.expr_string(key));
                        self.error(f[el].span.start, msg);
                        continue;
                    }
                };
                let arena = self.arena_id;
                let index = fields.iter().position(|fl| {
                    name != "_" && super::lookup::same_id(&fl.name, fl.pkg, &name, Some(arena))
                });
                let Some(i) = index else {
                    self.expr(value, None);
                    let msg = self.unknown_field(fields, &name, base);
                    self.error(f[key].span.start, msg);
                    continue;
                };
                if let Some(o) = fields[i].obj {
                    self.record_use(f[key].span.start, o);
                }
                let ft = fields[i].ty;
                let vo = self.expr(value, hint(ft, value));
                self.convert_untyped(value, &vo, ft);
                self.check_assignable(value, &vo, ft, "struct literal");
                if std::mem::replace(&mut visited[i], true) {
                    let msg = format!("duplicate field name {name} in struct literal");
                    self.error(f[el].span.start, msg);
                }
            }
            return;
        }
        for (i, &el) in elts.iter().enumerate() {
            if matches!(f[el].kind, E::KeyValue { .. }) {
                self.error(f[el].span.start, mixture);
                continue;
            }
            let Some(field) = fields.get(i) else {
                self.expr(el, None);
                let t = self.message_type_string(base);
                self.error(
                    f[el].span.start,
                    format!("too many values in struct literal of type {t}"),
                );
                return;
            };
            let vo = self.expr(el, hint(field.ty, el));
            if !crate::types::is_exported(&field.name) && field.pkg != self.arena_id {
                let t = self.message_type_string(base);
                let msg = format!(
                    "implicit assignment to unexported field {} in struct literal of type {t}",
                    field.name
                );
                self.error(f[el].span.start, msg);
                continue;
            }
            self.convert_untyped(el, &vo, field.ty);
            self.check_assignable(el, &vo, field.ty, "struct literal");
        }
        if elts.len() < fields.len() {
            let t = self.message_type_string(base);
            let rbrace = match f[e].kind {
                E::CompositeLit { rbrace, .. } => rbrace,
                _ => f[e].span.end,
            };
            self.error(rbrace, format!("too few values in struct literal of type {t}"));
        }
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
                (Value::Int(_) | Value::Float(_) | Value::Rat(_), Some(k)) if k.is_complex() => {
                    Value::complex(v, Value::Int(0))
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
