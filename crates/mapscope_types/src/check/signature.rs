//! Function signatures (go/types' signature.go): receivers, parameter and result lists.

use super::{Checker, Mode, field};
use crate::types::{Field, ObjKind, Signature, Type, TypeId, TypeView, univ};
use mapscope_syntax::ast::{ExprId, ExprKind as E, FieldListId};
use rustc_hash::FxHashMap;

impl Checker<'_> {
    /// The receiver type; for generic receivers `T[P, Q]` declares fresh type parameters P, Q.
    pub(super) fn recv_type(&mut self, rt: ExprId) -> (TypeId, Vec<TypeId>) {
        let f = self.file();
        let (inner, ptr) = match &f[rt].kind {
            E::Star { x } => (*x, true),
            E::Paren { x, .. } => match &f[*x].kind {
                E::Star { x } => (*x, true),
                _ => (*x, false),
            },
            _ => (rt, false),
        };
        let (base, args): (ExprId, &[ExprId]) = match &f[inner].kind {
            E::Index { x, index, .. } => (*x, std::slice::from_ref(index)),
            E::IndexList { x, indices, .. } => (*x, indices),
            _ => (inner, &[]),
        };
        if args.is_empty() {
            let t = self.type_expr(rt);
            return (t, Vec::new());
        }
        let bt = self.type_expr(base);
        let origin_tparams = match self.ty(bt) {
            Type::Named(n) => n.tparams.clone(),
            _ => Vec::new(),
        };
        let mut tps = Vec::new();
        for (i, &a) in args.iter().enumerate() {
            let name = match &f[a].kind {
                E::Ident(n) => *n,
                _ => continue,
            };
            let text = f.name(name).to_string();
            let o = self.new_obj(ObjKind::TypeName, &text, univ::INVALID, f[a].span.start);
            let constraint = origin_tparams
                .get(i)
                .and_then(|&tp| match self.ty(tp) {
                    Type::TypeParam { constraint, .. } => Some(*constraint),
                    _ => None,
                })
                .unwrap_or(univ::EMPTY_IFACE);
            let t = self.new_type(Type::TypeParam { obj: o, index: i as u32, constraint });
            self.set_obj_type(o, t);
            self.declare(name, o);
            // go/types records a receiver's type parameter as a use too (go.dev/issue/68670).
            self.record_use(f[a].span.start, o);
            self.record_expr(a, Mode::TypeExpr, t);
            tps.push(t);
        }
        // Constraints mention the origin's type parameters; substitute ours.
        let map: FxHashMap<TypeId, TypeId> =
            origin_tparams.iter().copied().zip(tps.iter().copied()).collect();
        for &t in &tps {
            if let Type::TypeParam { constraint, .. } = self.ty(t).clone() {
                let c = self.subst(constraint, &map);
                if let Type::TypeParam { constraint, .. } = &mut self.arena.types[t.idx as usize] {
                    *constraint = c;
                }
            }
        }
        let inst = self.instantiate(bt, tps.clone());
        self.record_expr(inner, Mode::TypeExpr, inst);
        let t = if ptr { self.new_type(Type::Pointer(inst)) } else { inst };
        if ptr {
            self.record_expr(rt, Mode::TypeExpr, t);
        }
        (t, tps)
    }

    /// Builds a signature from a `FuncType` expression, declaring parameters in the current scope.
    pub(crate) fn signature(
        &mut self,
        ft: ExprId,
        recv: Option<TypeId>,
        recv_tparams: Vec<TypeId>,
    ) -> TypeId {
        let f = self.file();
        let E::FuncType { type_params, params, results, .. } = f[ft].kind else {
            return univ::INVALID;
        };
        let outer_pending = std::mem::take(&mut self.pending_params);
        let tparams = match type_params {
            Some(tp) => self.declare_tparams(tp),
            None => Vec::new(),
        };
        let (ps, variadic) = self.param_list(params, true);
        let rs = match results {
            Some(r) => self.param_list(r, false).0,
            None => Vec::new(),
        };
        let mine = std::mem::replace(&mut self.pending_params, outer_pending);
        for (n, o) in mine {
            self.declare(n, o);
        }
        let t = self.new_type(Type::Signature(Box::new(Signature {
            tparams,
            params: ps,
            results: rs,
            variadic,
            recv,
            recv_tparams,
            recv_name: Box::default(),
        })));
        self.record_expr(ft, Mode::TypeExpr, t);
        t
    }

    fn param_list(&mut self, fl: FieldListId, params: bool) -> (Vec<Field>, bool) {
        let f = self.file();
        let list = &f[fl].list;
        let mut out = Vec::new();
        let mut variadic = false;
        let n = list.len();
        for (i, fld) in list.iter().enumerate() {
            let Some(te) = fld.ty else { continue };
            let t = if let E::Ellipsis { elt: Some(elt) } = &f[te].kind {
                if params && i == n - 1 {
                    variadic = true;
                }
                let et = self.type_expr(*elt);
                self.var_type_later(f[*elt].span.start, et);
                let s = self.new_type(Type::Slice(et));
                self.record_expr(te, Mode::TypeExpr, s);
                s
            } else {
                // go/types' varType: no constraint interface as a parameter's or result's type.
                let t = self.type_expr(te);
                self.var_type_later(f[te].span.start, t);
                t
            };
            if fld.names.is_empty() {
                // An unnamed parameter or result is a variable all the same, declared by its
                // field, at its type (the element type of `...T`).
                let pos = match f[te].kind {
                    E::Ellipsis { elt: Some(elt) } => f[elt].span.start,
                    _ => f[te].span.start,
                };
                let o = self.new_obj(ObjKind::Var { field: false, embedded: false }, "", t, pos);
                self.record_implicit_obj(f[te].span.start, o);
                let mut fl = field("", t);
                fl.obj = Some(o);
                out.push(fl);
            } else {
                for id in &fld.names {
                    let name = f.name(id.name);
                    let o = self.new_obj(
                        ObjKind::Var { field: false, embedded: false },
                        name,
                        t,
                        id.span.start,
                    );
                    // Parameters are visible in the body, not in the signature's own types.
                    self.pending_params.push((id.name, o));
                    let mut fl = field(name, t);
                    fl.obj = Some(o);
                    out.push(fl);
                }
            }
        }
        (out, variadic)
    }
}
