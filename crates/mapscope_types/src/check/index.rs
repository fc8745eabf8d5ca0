//! Index and slice expressions (go/types' index.go), including explicit instantiation `f[T]`.

use super::operand::Operand;
use super::{Checker, Mode};
use crate::types::{Type, TypeId, TypeView, univ};
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
        match self.ty(c).clone() {
            Type::Map(k, v) => {
                let io = self.expr(index, Some(k));
                self.convert_untyped(index, &io, k);
                let mut o = Operand::value(v);
                o.comma_ok = true;
                o.map_index = true;
                o
            }
            Type::Basic(k, _) if k.is_string() => {
                let io = self.expr(index, None);
                self.convert_untyped(index, &io, univ::INT);
                Operand::value(univ::BYTE)
            }
            Type::Slice(el) => {
                let io = self.expr(index, None);
                self.convert_untyped(index, &io, univ::INT);
                let mut o = Operand::value(el);
                o.addressable = true;
                o
            }
            Type::Array(_, el) => {
                let io = self.expr(index, None);
                self.convert_untyped(index, &io, univ::INT);
                let mut o = Operand::value(el);
                o.addressable = xo.addressable;
                o
            }
            Type::Pointer(b) => {
                let io = self.expr(index, None);
                self.convert_untyped(index, &io, univ::INT);
                let bu = self.under(b);
                match self.ty(bu).clone() {
                    Type::Array(_, el) => {
                        let mut o = Operand::value(el);
                        o.addressable = true;
                        o
                    }
                    _ => Operand::invalid(),
                }
            }
            Type::Invalid => {
                // Unknown types (missing imports, cgo) were reported where they arose.
                self.expr(index, None);
                Operand::invalid()
            }
            _ => {
                self.expr(index, None);
                self.error(
                    f[e].span.start,
                    format!("invalid operation: cannot index {}", f.expr_string(x)),
                );
                Operand::invalid()
            }
        }
    }
}
