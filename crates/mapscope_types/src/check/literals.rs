//! Composite literals (go/types' literals.go).

use super::operand::Operand;
use super::{Checker, Mode};
use crate::constant::Value;
use crate::types::{Type, TypeId, TypeView, univ};
use mapscope_syntax::ast::{ExprId, ExprKind as E};

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
                    self.elt_value(el, None);
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
            Some(Type::Array(_, et)) | Some(Type::Slice(et)) => {
                for &el in elts {
                    if let E::KeyValue { key, value, .. } = f[el].kind {
                        let ko = self.expr(key, None);
                        self.convert_untyped(key, &ko, univ::INT);
                        self.elt_value(value, Some(et));
                    } else {
                        self.elt_value(el, Some(et));
                    }
                }
            }
            Some(Type::Map(kt, vt)) => {
                for &el in elts {
                    if let E::KeyValue { key, value, .. } = f[el].kind {
                        self.elt_value(key, Some(kt));
                        self.elt_value(value, Some(vt));
                    } else {
                        self.error(f[el].span.start, "missing key in map literal");
                        self.elt_value(el, Some(vt));
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
                        self.elt_value(value, None);
                    } else {
                        self.elt_value(el, None);
                    }
                }
            }
        }
        Operand::value(typ)
    }

    fn array_lit_len(&mut self, elts: &[ExprId], et: TypeId) -> u64 {
        let f = self.file();
        let mut idx: i128 = 0;
        let mut max: i128 = 0;
        for &el in elts {
            if let E::KeyValue { key, value, .. } = f[el].kind {
                let ko = self.expr(key, None);
                self.convert_untyped(key, &ko, univ::INT);
                if let Some(v) = ko.val.as_ref().and_then(Value::as_i128) {
                    idx = v;
                }
                self.elt_value(value, Some(et));
            } else {
                self.elt_value(el, Some(et));
            }
            idx += 1;
            max = max.max(idx);
        }
        max as u64
    }

    /// An element of a composite literal: a literal without type takes the hint.
    fn elt_value(&mut self, e: ExprId, hint: Option<TypeId>) {
        let x = self.expr(e, hint);
        if let Some(h) = hint {
            self.convert_untyped(e, &x, h);
            self.check_assignable(e, &x, h, "composite literal");
        }
    }
}
