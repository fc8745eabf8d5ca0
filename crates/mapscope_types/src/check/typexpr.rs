//! Type expressions and declarations: named types, aliases, signatures, interfaces and type sets,
//! instantiation and substitution, identity, and field/method lookup.

use super::{Checker, Mode, field};
use crate::constant::Value;
use crate::types::{
    BasicKind, ChanDir, Field, Interface, Named, ObjId, ObjKind, Signature, Type, TypeId, TypeSet,
    TypeView, univ,
};
use mapscope_syntax::ast::{
    ChanDir as AstDir, Decl, DeclId, ExprId, ExprKind as E, FieldListId, Spec,
};
use rustc_hash::FxHashMap;

/// Result of a field or method lookup.
#[derive(Clone, Debug)]
pub(crate) enum Lookup {
    NotFound,
    Ambiguous,
    Field {
        ty: TypeId,
        indirect: bool,
    },
    /// A method with its (receiver-substituted) signature and whether the receiver is a pointer.
    Method {
        #[expect(
            dead_code,
            reason = "the method object is kept for later layers' method resolution"
        )]
        obj: ObjId,
        sig: TypeId,
        ptr_recv: bool,
        indirect: bool,
    },
}

impl Checker<'_> {
    // ---- basic type queries ----

    /// Resolves aliases.
    pub(crate) fn unalias(&self, mut t: TypeId) -> TypeId {
        for _ in 0..100 {
            match self.ty(t) {
                Type::Alias { rhs, .. } => t = *rhs,
                _ => return t,
            }
        }
        t
    }

    /// The underlying type (for type parameters: the constraint interface, as go/types).
    pub(crate) fn under(&mut self, t: TypeId) -> TypeId {
        let t = self.unalias(t);
        match self.ty(t) {
            Type::Named(n) => {
                if let Some(u) = n.underlying {
                    return u;
                }
                if n.origin.is_some() {
                    return self.instance_under(t);
                }
                univ::INVALID
            }
            Type::TypeParam { constraint, .. } => {
                let c = *constraint;
                self.under(c)
            }
            _ => t,
        }
    }

    fn instance_under(&mut self, t: TypeId) -> TypeId {
        if let Some(&u) = self.inst_under.get(&t) {
            return u;
        }
        let Type::Named(n) = self.ty(t) else { return univ::INVALID };
        let (origin, targs) = (n.origin.unwrap_or(univ::INVALID), n.targs.clone());
        let Type::Named(o) = self.ty(origin) else { return univ::INVALID };
        let Some(ou) = o.underlying else { return univ::INVALID };
        let tparams = o.tparams.clone();
        let map: FxHashMap<TypeId, TypeId> =
            tparams.iter().copied().zip(targs.iter().copied()).collect();
        let u = self.subst(ou, &map);
        let u = self.under(u);
        if t.arena == self.arena_id {
            if let Type::Named(n) = &mut self.arena.types[t.idx as usize] {
                n.underlying = Some(u);
            }
        } else {
            self.inst_under.insert(t, u);
        }
        u
    }

    /// Core type: the underlying type, or for a type parameter the single underlying type of its type set.
    pub(crate) fn core(&mut self, t: TypeId) -> Option<TypeId> {
        let t = self.unalias(t);
        if let Type::TypeParam { constraint, .. } = self.ty(t) {
            let c = *constraint;
            let ts = self.type_set(c);
            let terms = ts.terms?;
            let mut out: Option<TypeId> = None;
            for (_, tt) in terms {
                let u = self.under(tt);
                match out {
                    None => out = Some(u),
                    Some(o) if self.identical(o, u) => {}
                    Some(o) => {
                        // Channels with differing directions are fine if elements agree; keep it simple.
                        if let (Type::Chan(_, a), Type::Chan(_, b)) =
                            (self.ty(o).clone(), self.ty(u).clone())
                        {
                            if self.identical(a, b) {
                                continue;
                            }
                        }
                        return None;
                    }
                }
            }
            return out;
        }
        Some(self.under(t))
    }

    /// Core type, or for strings-or-bytes sets (`~string | ~[]byte`) the bytestring pseudo core type `string`.
    pub(crate) fn core_string(&mut self, t: TypeId) -> Option<TypeId> {
        if let Some(c) = self.core(t) {
            return Some(c);
        }
        let t = self.unalias(t);
        if let Type::TypeParam { constraint, .. } = self.ty(t) {
            let c = *constraint;
            let terms = self.type_set(c).terms?;
            let all = terms.iter().all(|(_, tt)| {
                let u = self.under(*tt);
                self.is_string(u) || self.is_byte_slice(u)
            });
            if all && !terms.is_empty() {
                return Some(univ::STRING);
            }
        }
        None
    }

    pub(crate) fn basic(&mut self, t: TypeId) -> Option<BasicKind> {
        let u = self.under(t);
        match self.ty(u) {
            Type::Basic(k, _) => Some(*k),
            _ => None,
        }
    }

    pub(crate) fn is_string(&mut self, t: TypeId) -> bool {
        self.basic(t).is_some_and(BasicKind::is_string)
    }

    pub(crate) fn is_byte_slice(&mut self, t: TypeId) -> bool {
        let u = self.under(t);
        if let Type::Slice(e) = self.ty(u) {
            let e = *e;
            return self.basic(e) == Some(BasicKind::Uint8);
        }
        false
    }

    pub(crate) fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.ty(t), Type::Basic(k, _) if k.is_untyped())
    }

    pub(crate) fn is_type_param(&self, t: TypeId) -> bool {
        matches!(self.ty(self.unalias(t)), Type::TypeParam { .. })
    }

    pub(crate) fn is_interface(&mut self, t: TypeId) -> bool {
        if self.is_type_param(t) {
            return false;
        }
        let u = self.under(t);
        matches!(self.ty(u), Type::Interface(_))
    }

    /// Default type of an untyped type.
    pub(crate) fn default_type(&self, t: TypeId) -> TypeId {
        match self.ty(t) {
            Type::Basic(k, _) => match k {
                BasicKind::UntypedBool => univ::BOOL,
                BasicKind::UntypedInt => univ::INT,
                BasicKind::UntypedRune => univ::RUNE,
                BasicKind::UntypedFloat => univ::FLOAT64,
                BasicKind::UntypedComplex => univ::COMPLEX128,
                BasicKind::UntypedString => univ::STRING,
                _ => t,
            },
            _ => t,
        }
    }

    // ---- identity ----

    pub(crate) fn identical(&mut self, a: TypeId, b: TypeId) -> bool {
        self.identical_depth(a, b, 0)
    }

    fn identical_depth(&mut self, a: TypeId, b: TypeId, depth: u32) -> bool {
        if depth > 64 {
            return true;
        }
        let a = self.unalias(a);
        let b = self.unalias(b);
        if a == b {
            return true;
        }
        let (ta, tb) = (self.ty(a).clone(), self.ty(b).clone());
        match (&ta, &tb) {
            (Type::Basic(x, _), Type::Basic(y, _)) => x == y,
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                self.identical_depth(*x, *y, depth + 1)
            }
            (Type::Array(n, x), Type::Array(m, y)) => {
                n == m && self.identical_depth(*x, *y, depth + 1)
            }
            (Type::Map(k1, v1), Type::Map(k2, v2)) => {
                self.identical_depth(*k1, *k2, depth + 1)
                    && self.identical_depth(*v1, *v2, depth + 1)
            }
            (Type::Chan(d1, x), Type::Chan(d2, y)) => {
                d1 == d2 && self.identical_depth(*x, *y, depth + 1)
            }
            (Type::Struct(f1), Type::Struct(f2)) => {
                f1.len() == f2.len()
                    && f1.iter().zip(f2.iter()).all(|(x, y)| {
                        x.name == y.name
                            && x.embedded == y.embedded
                            && x.tag == y.tag
                            && x.ty == y.ty
                    })
                    || f1.len() == f2.len() && {
                        let mut ok = true;
                        for (x, y) in f1.iter().zip(f2.iter()) {
                            if x.name != y.name
                                || x.embedded != y.embedded
                                || x.tag != y.tag
                                || !self.identical_depth(x.ty, y.ty, depth + 1)
                            {
                                ok = false;
                                break;
                            }
                        }
                        ok
                    }
            }
            (Type::Tuple(f1), Type::Tuple(f2)) => {
                f1.len() == f2.len() && {
                    let mut ok = true;
                    for (x, y) in f1.iter().zip(f2.iter()) {
                        if !self.identical_depth(x.ty, y.ty, depth + 1) {
                            ok = false;
                            break;
                        }
                    }
                    ok
                }
            }
            (Type::Signature(s1), Type::Signature(s2)) => {
                if s1.variadic != s2.variadic
                    || s1.params.len() != s2.params.len()
                    || s1.results.len() != s2.results.len()
                    || s1.tparams.len() != s2.tparams.len()
                {
                    return false;
                }
                for (x, y) in s1
                    .params
                    .iter()
                    .chain(s1.results.iter())
                    .zip(s2.params.iter().chain(s2.results.iter()))
                {
                    if !self.identical_depth(x.ty, y.ty, depth + 1) {
                        return false;
                    }
                }
                true
            }
            (Type::Interface(_), Type::Interface(_)) => {
                let (s1, s2) = (self.type_set(a), self.type_set(b));
                if s1.methods.len() != s2.methods.len() || s1.terms.is_some() != s2.terms.is_some()
                {
                    return false;
                }
                for (m1, m2) in s1.methods.iter().zip(s2.methods.iter()) {
                    if self.obj(*m1).name != self.obj(*m2).name {
                        return false;
                    }
                    let (t1, t2) = (self.obj(*m1).ty, self.obj(*m2).ty);
                    if !self.identical_depth(t1, t2, depth + 1) {
                        return false;
                    }
                }
                true
            }
            (Type::Named(n1), Type::Named(n2)) => {
                if let (Some(o1), Some(o2)) = (n1.origin, n2.origin) {
                    if o1 == o2 && n1.targs.len() == n2.targs.len() {
                        for (x, y) in n1.targs.iter().zip(n2.targs.iter()) {
                            if !self.identical_depth(*x, *y, depth + 1) {
                                return false;
                            }
                        }
                        return true;
                    }
                }
                false
            }
            _ => false,
        }
    }

    // ---- type sets ----

    /// The type set of an interface type (or of a type whose underlying type is an interface).
    pub(crate) fn type_set(&mut self, t: TypeId) -> TypeSet {
        let t = self.unalias(t);
        if let Some(ts) = self.tset_cache.get(&t) {
            return ts.clone();
        }
        let u = self.under(t);
        let Type::Interface(it) = self.ty(u) else {
            return TypeSet {
                methods: Vec::new(),
                terms: Some(vec![(false, u)]),
                comparable: false,
            };
        };
        if let Some(ts) = &it.tset {
            return (**ts).clone();
        }
        let it = (**it).clone();
        // Guard against cycles through embedding.
        self.tset_cache.insert(t, TypeSet::default());
        let mut methods: Vec<ObjId> = it.methods.clone();
        let mut terms: Option<Vec<(bool, TypeId)>> = None;
        let mut comparable = false;
        for &e in &it.embeddeds {
            let eu = self.unalias(e);
            let elem_terms: Option<Vec<(bool, TypeId)>> = match self.ty(eu).clone() {
                Type::Union(ts) => {
                    let mut out = Vec::new();
                    let mut all = false;
                    for (tilde, tt) in ts {
                        if self.is_interface(tt) {
                            let s = self.type_set(tt);
                            match s.terms {
                                None => all = true,
                                Some(x) => out.extend(x),
                            }
                        } else {
                            out.push((tilde, tt));
                        }
                    }
                    if all { None } else { Some(out) }
                }
                _ => {
                    if self.is_interface(eu) {
                        let s = self.type_set(eu);
                        for m in s.methods {
                            let name = self.obj(m).name.clone();
                            if !methods.iter().any(|&x| self.obj(x).name == name) {
                                methods.push(m);
                            }
                        }
                        comparable |= s.comparable;
                        s.terms
                    } else {
                        Some(vec![(false, eu)])
                    }
                }
            };
            if let Some(et) = elem_terms {
                terms = Some(match terms {
                    None => et,
                    Some(prev) => {
                        // Intersection: keep terms of `prev` that some term of `et` covers.
                        let mut out = Vec::new();
                        for (pt, p) in prev {
                            for &(etl, e) in &et {
                                if self.identical(p, e) {
                                    out.push((pt && etl, p));
                                    break;
                                } else if etl {
                                    let pu = self.under(p);
                                    if self.identical(pu, e) {
                                        out.push((pt, p));
                                        break;
                                    }
                                } else if pt {
                                    let eu2 = self.under(e);
                                    if self.identical(eu2, p) {
                                        out.push((false, e));
                                        break;
                                    }
                                }
                            }
                        }
                        out
                    }
                });
            }
        }
        self.sort_methods(&mut methods);
        let ts = TypeSet { methods, terms, comparable };
        self.tset_cache.insert(t, ts.clone());
        ts
    }

    pub(crate) fn sort_methods(&self, methods: &mut [ObjId]) {
        methods.sort_by(|&a, &b| {
            let (oa, ob) = (self.obj(a), self.obj(b));
            let (ea, eb) =
                (crate::types::is_exported(&oa.name), crate::types::is_exported(&ob.name));
            eb.cmp(&ea).then_with(|| oa.name.cmp(&ob.name)).then_with(|| {
                if ea {
                    std::cmp::Ordering::Equal
                } else {
                    self.pkg_path(oa.pkg).cmp(self.pkg_path(ob.pkg))
                }
            })
        });
    }

    // ---- declarations ----

    pub(super) fn type_decl(&mut self, o: ObjId, decl: DeclId, spec: usize) {
        let f = self.file();
        let Decl::Gen(g) = &f[decl] else { return };
        let Some(Spec::Type(ts)) = g.specs.get(spec) else { return };
        let ts = ts.clone();
        if ts.assign.is_some() {
            // Alias: materialised, as go/types with gotypesalias=1.
            let alias =
                self.new_type(Type::Alias { obj: o, rhs: univ::INVALID, targs: Vec::new() });
            self.set_obj_type(o, alias);
            if let Some(tp) = ts.type_params {
                self.push_scope();
                let _ = self.declare_tparams(tp);
                let rhs = self.type_expr(ts.ty);
                self.pop_scope();
                if let Type::Alias { rhs: r, .. } = &mut self.arena.types[alias.idx as usize] {
                    *r = rhs;
                }
            } else {
                let rhs = self.type_expr(ts.ty);
                if let Type::Alias { rhs: r, .. } = &mut self.arena.types[alias.idx as usize] {
                    *r = rhs;
                }
            }
            return;
        }
        let named = self.new_type(Type::Named(Box::new(Named {
            obj: o,
            underlying: None,
            methods: Vec::new(),
            tparams: Vec::new(),
            origin: None,
            targs: Vec::new(),
        })));
        self.set_obj_type(o, named);
        let pushed = ts.type_params.is_some();
        if let Some(tp) = ts.type_params {
            self.push_scope();
            let tps = self.declare_tparams(tp);
            if let Type::Named(n) = &mut self.arena.types[named.idx as usize] {
                n.tparams = tps;
            }
        }
        let rhs = self.type_expr(ts.ty);
        if pushed {
            self.pop_scope();
        }
        let mut u = self.under(rhs);
        if u == named || matches!(self.ty(u), Type::Named(_)) {
            u = univ::INVALID;
        }
        if let Type::Named(n) = &mut self.arena.types[named.idx as usize] {
            n.underlying = Some(u);
        }
        // Attach methods (package-level types only).
        let name = self.obj(o).name.clone();
        let ms =
            if self.scope.get(&name) == Some(&o) { self.methods.get(&name).cloned() } else { None };
        if let Some(ms) = ms {
            if let Type::Named(n) = &mut self.arena.types[named.idx as usize] {
                n.methods = ms;
            }
        }
    }

    /// Declares type parameters from a field list; returns the `TypeParam` types.
    pub(crate) fn declare_tparams(&mut self, fl: FieldListId) -> Vec<TypeId> {
        let f = self.file();
        let list = f[fl].list.clone();
        let mut tps = Vec::new();
        let mut idx = 0u32;
        // Declare all names first (constraints may refer to any of them).
        let mut pending = Vec::new();
        for fld in &list {
            for id in &fld.names {
                let name = f.name(id.name);
                let o = self.new_obj(ObjKind::TypeName, name, univ::INVALID, id.span.start);
                let t = self.new_type(Type::TypeParam {
                    obj: o,
                    index: idx,
                    constraint: univ::EMPTY_IFACE,
                });
                idx += 1;
                self.set_obj_type(o, t);
                self.declare(id.name, o);
                tps.push(t);
                pending.push((t, fld.ty));
            }
        }
        for (t, cty) in pending {
            let c = match cty {
                Some(ce) => self.constraint_expr(ce),
                None => univ::EMPTY_IFACE,
            };
            if let Type::TypeParam { constraint, .. } = &mut self.arena.types[t.idx as usize] {
                *constraint = c;
            }
        }
        tps
    }

    /// A constraint: an interface type, or a type/union wrapped in an implicit interface.
    fn constraint_expr(&mut self, e: ExprId) -> TypeId {
        let t = self.type_expr(e);
        let tu = self.unalias(t);
        if matches!(self.ty(tu), Type::Union(_)) || !self.is_interface(t) {
            if matches!(self.ty(t), Type::Invalid) {
                return univ::EMPTY_IFACE;
            }
            return self.new_type(Type::Interface(Box::new(Interface {
                embeddeds: vec![t],
                implicit: true,
                ..Default::default()
            })));
        }
        t
    }

    pub(super) fn const_decl(
        &mut self,
        o: ObjId,
        decl: DeclId,
        spec: usize,
        _name: usize,
        iota: i128,
        src: usize,
    ) {
        let f = self.file();
        let Decl::Gen(g) = &f[decl] else { return };
        let Some(Spec::Value(vs)) = g.specs.get(spec) else { return };
        let Some(Spec::Value(src_vs)) = g.specs.get(src) else { return };
        let ni = vs.names.iter().position(|id| id.span.start == self.obj(o).pos).unwrap_or(0);
        self.iota = Some(iota);
        // Values of an implicitly repeated spec are re-checked without recording.
        let record = self.record;
        if spec != src {
            self.record = false;
        }
        let ty = src_vs.ty.map(|t| self.type_expr(t));
        let (t, v) = match src_vs.values.get(ni) {
            Some(&e) => {
                let x = self.expr(e, ty);
                let mut t = x.ty;
                if let Some(ty) = ty {
                    self.convert_untyped(e, &x, ty);
                    t = ty;
                }
                (t, x.val.unwrap_or(Value::Unknown))
            }
            None => (ty.unwrap_or(univ::INVALID), Value::Unknown),
        };
        self.record = record;
        if o.arena == self.arena_id {
            let ob = &mut self.arena.objs[o.idx as usize];
            ob.ty = t;
            ob.kind = ObjKind::Const(v);
        }
    }

    pub(super) fn var_decl_pkg(&mut self, o: ObjId, decl: DeclId, spec: usize, _name: usize) {
        let f = self.file();
        let Decl::Gen(g) = &f[decl] else { return };
        let Some(Spec::Value(vs)) = g.specs.get(spec) else { return };
        let vs = vs.clone();
        // All objects of the spec, in order.
        let objs: Vec<ObjId> = vs
            .names
            .iter()
            .map(|id| {
                let name = f.name(id.name);
                self.scope
                    .get(name)
                    .copied()
                    .filter(|x| self.obj(*x).pos == id.span.start)
                    .or_else(|| {
                        self.blank.iter().copied().find(|x| self.obj(*x).pos == id.span.start)
                    })
                    .unwrap_or(o)
            })
            .collect();
        for &x in &objs {
            if x.arena == self.arena_id {
                self.state[x.idx as usize] = 1;
            }
        }
        let types = self.var_spec_types(vs.ty, &vs.values, vs.names.len());
        for (x, t) in objs.iter().zip(types) {
            self.set_obj_type(*x, t);
            if x.arena == self.arena_id {
                self.state[x.idx as usize] = 2;
            }
        }
    }

    /// Types of the variables of a `var` spec (package-level or local).
    pub(crate) fn var_spec_types(
        &mut self,
        ty: Option<ExprId>,
        values: &[ExprId],
        n: usize,
    ) -> Vec<TypeId> {
        let ty = ty.map(|t| self.type_expr(t));
        if values.len() == 1 && n > 1 {
            let x = self.expr_multi(values[0], n == 2);
            let mut out: Vec<TypeId> =
                x.iter().map(|t| ty.unwrap_or(self.default_type(*t))).collect();
            out.resize(n, ty.unwrap_or(univ::INVALID));
            return out;
        }
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            match values.get(i) {
                Some(&e) => {
                    let x = self.expr(e, ty);
                    match ty {
                        Some(t) => {
                            self.convert_untyped(e, &x, t);
                            let mut x = x;
                            if let Some(inst) = self.instantiate_func_value(e, &x, t) {
                                x.ty = inst;
                            }
                            self.check_assignable(e, &x, t, "variable declaration");
                            out.push(t);
                        }
                        None => {
                            let d = self.default_type(x.ty);
                            self.convert_untyped(e, &x, d);
                            out.push(if d == univ::UNTYPED_NIL { univ::INVALID } else { d });
                        }
                    }
                }
                None => out.push(ty.unwrap_or(univ::INVALID)),
            }
        }
        for &e in values.iter().skip(n) {
            self.expr(e, None);
        }
        out
    }

    pub(super) fn func_decl_sig(&mut self, o: ObjId, decl: DeclId) {
        let f = self.file();
        let Decl::Func(fd) = &f[decl] else { return };
        let fd = fd.clone();
        self.push_scope();
        let mut recv_tparams = Vec::new();
        let mut recv = None;
        if let Some(rl) = fd.recv {
            if let Some(rf) = f[rl].list.first() {
                if let Some(rt) = rf.ty {
                    let (t, tps) = self.recv_type(rt);
                    recv_tparams = tps;
                    recv = Some(t);
                }
            }
        }
        let sig = self.signature(fd.ty, recv, recv_tparams);
        let recv_name = fd.recv.and_then(|rl| f[rl].list.first()).and_then(|rf| rf.names.first());
        if let (Some(id), Type::Signature(s)) = (recv_name, &mut self.arena.types[sig.idx as usize])
        {
            s.recv_name = f.name(id.name).into();
        }
        self.pop_scope();
        self.set_obj_type(o, sig);
    }

    /// The receiver type; for generic receivers `T[P, Q]` declares fresh type parameters P, Q.
    fn recv_type(&mut self, rt: ExprId) -> (TypeId, Vec<TypeId>) {
        let f = self.file();
        let (inner, ptr) = match &f[rt].kind {
            E::Star { x } => (*x, true),
            E::Paren { x, .. } => match &f[*x].kind {
                E::Star { x } => (*x, true),
                _ => (*x, false),
            },
            _ => (rt, false),
        };
        let (base, args): (ExprId, Vec<ExprId>) = match &f[inner].kind {
            E::Index { x, index, .. } => (*x, vec![*index]),
            E::IndexList { x, indices, .. } => (*x, indices.clone()),
            _ => (inner, Vec::new()),
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
            self.rec(a, Mode::TypeExpr, t);
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
        self.rec(inner, Mode::TypeExpr, inst);
        let t = if ptr { self.new_type(Type::Pointer(inst)) } else { inst };
        if ptr {
            self.rec(rt, Mode::TypeExpr, t);
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
        let E::FuncType { type_params, params, results, .. } = f[ft].kind.clone() else {
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
        self.rec(ft, Mode::TypeExpr, t);
        t
    }

    fn param_list(&mut self, fl: FieldListId, params: bool) -> (Vec<Field>, bool) {
        let f = self.file();
        let list = f[fl].list.clone();
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
                let s = self.new_type(Type::Slice(et));
                self.rec(te, Mode::TypeExpr, s);
                s
            } else {
                self.type_expr(te)
            };
            if fld.names.is_empty() {
                out.push(field("", t));
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

    // ---- type expressions ----

    /// Evaluates a type expression (recording it as a type).
    pub(crate) fn type_expr(&mut self, e: ExprId) -> TypeId {
        let t = stacker::maybe_grow(super::expr::RED_ZONE, super::expr::GROW, || {
            self.type_expr_inner(e)
        });
        self.rec(e, Mode::TypeExpr, t);
        t
    }

    fn type_expr_inner(&mut self, e: ExprId) -> TypeId {
        let f = self.file();
        match f[e].kind.clone() {
            E::Ident(_) | E::Selector { .. } | E::Index { .. } | E::IndexList { .. } => {
                let x = self.expr_or_type(e, None);
                if x.mode == Mode::TypeExpr {
                    x.ty
                } else {
                    if x.mode != Mode::None || !matches!(self.ty(x.ty), Type::Invalid) {
                        self.error(f[e].span.start, format!("{} is not a type", f.expr_string(e)));
                    }
                    univ::INVALID
                }
            }
            E::Paren { x, .. } => self.type_expr(x),
            E::Star { x } => {
                let b = self.type_expr(x);
                self.new_type(Type::Pointer(b))
            }
            E::ArrayType { len, elt, .. } => {
                let et = self.type_expr(elt);
                match len {
                    None => self.new_type(Type::Slice(et)),
                    Some(l) => {
                        let n = if matches!(f[l].kind, E::Ellipsis { .. }) {
                            None
                        } else {
                            // The length expression keeps its untyped type, as in go/types.
                            let x = self.expr(l, None);
                            x.val
                                .as_ref()
                                .and_then(Value::as_i128)
                                .and_then(|v| u64::try_from(v).ok())
                        };
                        self.new_type(Type::Array(n, et))
                    }
                }
            }
            E::MapType { key, value } => {
                let k = self.type_expr(key);
                let v = self.type_expr(value);
                self.new_type(Type::Map(k, v))
            }
            E::ChanType { dir, value, .. } => {
                let v = self.type_expr(value);
                let d = match dir {
                    AstDir::Both => ChanDir::Both,
                    AstDir::Send => ChanDir::Send,
                    AstDir::Recv => ChanDir::Recv,
                };
                self.new_type(Type::Chan(d, v))
            }
            E::FuncType { .. } => {
                self.push_scope();
                let s = self.signature(e, None, Vec::new());
                self.pop_scope();
                s
            }
            E::StructType { fields, .. } => self.struct_type(fields),
            E::InterfaceType { methods, .. } => self.interface_type(methods),
            E::Binary { x, op: mapscope_syntax::Token::Or, y, .. } => {
                let mut terms = Vec::new();
                self.union_terms(x, &mut terms);
                self.union_terms(y, &mut terms);
                self.new_type(Type::Union(terms))
            }
            E::Unary { op: mapscope_syntax::Token::Tilde, x, .. } => {
                let t = self.type_expr(x);
                self.new_type(Type::Union(vec![(true, t)]))
            }
            E::Bad => univ::INVALID,
            _ => {
                self.error(f[e].span.start, format!("{} is not a type", f.expr_string(e)));
                univ::INVALID
            }
        }
    }

    fn union_terms(&mut self, e: ExprId, out: &mut Vec<(bool, TypeId)>) {
        stacker::maybe_grow(super::expr::RED_ZONE, super::expr::GROW, || {
            self.union_terms_inner(e, out)
        });
    }

    fn union_terms_inner(&mut self, e: ExprId, out: &mut Vec<(bool, TypeId)>) {
        let f = self.file();
        match f[e].kind.clone() {
            E::Binary { x, op: mapscope_syntax::Token::Or, y, .. } => {
                self.union_terms(x, out);
                self.union_terms(y, out);
            }
            E::Unary { op: mapscope_syntax::Token::Tilde, x, .. } => {
                let t = self.type_expr(x);
                out.push((true, t));
            }
            _ => {
                let t = self.type_expr(e);
                out.push((false, t));
            }
        }
    }

    fn struct_type(&mut self, fl: FieldListId) -> TypeId {
        let f = self.file();
        let list = f[fl].list.clone();
        let mut fields = Vec::new();
        for fld in &list {
            let Some(te) = fld.ty else { continue };
            let t = self.type_expr(te);
            let tag = fld.tag.map(|tg| {
                let text = f.text(f[tg].span);
                crate::constant::unquote(&text).unwrap_or_default().into_boxed_str()
            });
            if fld.names.is_empty() {
                // Embedded: the field name is the type name.
                let name = embedded_name(f, te).unwrap_or_default();
                let o = self.new_obj(
                    ObjKind::Var { field: true, embedded: true },
                    &name,
                    t,
                    f[te].span.start,
                );
                fields.push(Field {
                    name: name.into(),
                    ty: t,
                    embedded: true,
                    tag,
                    obj: Some(o),
                    pkg: self.arena_id,
                });
            } else {
                for id in &fld.names {
                    let name = f.name(id.name);
                    let o = self.new_obj(
                        ObjKind::Var { field: true, embedded: false },
                        name,
                        t,
                        id.span.start,
                    );
                    fields.push(Field {
                        name: name.into(),
                        ty: t,
                        embedded: false,
                        tag: tag.clone(),
                        obj: Some(o),
                        pkg: self.arena_id,
                    });
                }
            }
        }
        self.new_type(Type::Struct(fields))
    }

    fn interface_type(&mut self, fl: FieldListId) -> TypeId {
        let f = self.file();
        let list = f[fl].list.clone();
        let mut it = Interface::default();
        for fld in &list {
            let Some(te) = fld.ty else { continue };
            if let Some(id) = fld.names.first() {
                self.push_scope();
                let sig = self.signature(te, None, Vec::new());
                self.pop_scope();
                let name = f.name(id.name);
                let o = self.new_obj(ObjKind::Func, name, sig, id.span.start);
                it.methods.push(o);
            } else {
                let t = self.type_expr(te);
                it.embeddeds.push(t);
            }
        }
        let mut ms = std::mem::take(&mut it.methods);
        self.sort_methods(&mut ms);
        it.methods = ms;
        let t = self.new_type(Type::Interface(Box::new(it)));
        // Set the receiver of the methods to the interface.
        t
    }

    // ---- instantiation and substitution ----

    /// Instantiates a generic named type or alias with type arguments.
    pub(crate) fn instantiate(&mut self, origin: TypeId, targs: Vec<TypeId>) -> TypeId {
        let key = (origin, targs.clone());
        if let Some(&t) = self.instances.get(&key) {
            return t;
        }
        let t = match self.ty(origin).clone() {
            Type::Named(n) => {
                if n.tparams.is_empty() {
                    return origin;
                }
                self.new_type(Type::Named(Box::new(Named {
                    obj: n.obj,
                    underlying: None,
                    methods: n.methods.clone(),
                    tparams: Vec::new(),
                    origin: Some(origin),
                    targs,
                })))
            }
            Type::Alias { obj, rhs, .. } => {
                // Generic alias: the type parameters were declared while resolving the alias.
                let tps = self.alias_tparams(obj);
                let map: FxHashMap<TypeId, TypeId> =
                    tps.iter().copied().zip(targs.iter().copied()).collect();
                let r = self.subst(rhs, &map);
                self.new_type(Type::Alias { obj, rhs: r, targs })
            }
            _ => return univ::INVALID,
        };
        self.instances.insert(key, t);
        t
    }

    fn alias_tparams(&mut self, obj: ObjId) -> Vec<TypeId> {
        // Collect type parameters occurring in the alias' right-hand side, by index.
        let Type::Alias { rhs, .. } = self.ty(self.obj(obj).ty).clone() else { return Vec::new() };
        let mut out: Vec<(u32, TypeId)> = Vec::new();
        self.collect_tparams(rhs, &mut out, 0);
        out.sort();
        out.dedup();
        out.into_iter().map(|(_, t)| t).collect()
    }

    fn collect_tparams(&self, t: TypeId, out: &mut Vec<(u32, TypeId)>, depth: u32) {
        if depth > 20 {
            return;
        }
        match self.ty(t) {
            Type::TypeParam { index, .. } => out.push((*index, t)),
            Type::Pointer(x) | Type::Slice(x) | Type::Array(_, x) | Type::Chan(_, x) => {
                self.collect_tparams(*x, out, depth + 1)
            }
            Type::Map(k, v) => {
                self.collect_tparams(*k, out, depth + 1);
                self.collect_tparams(*v, out, depth + 1);
            }
            Type::Named(n) => {
                for &a in &n.targs {
                    self.collect_tparams(a, out, depth + 1);
                }
            }
            Type::Struct(fs) | Type::Tuple(fs) => {
                for fl in fs {
                    self.collect_tparams(fl.ty, out, depth + 1);
                }
            }
            Type::Signature(s) => {
                for fl in s.params.iter().chain(s.results.iter()) {
                    self.collect_tparams(fl.ty, out, depth + 1);
                }
            }
            _ => {}
        }
    }

    /// Substitutes type parameters in `t`.
    pub(crate) fn subst(&mut self, t: TypeId, map: &FxHashMap<TypeId, TypeId>) -> TypeId {
        if map.is_empty() {
            return t;
        }
        self.subst_depth(t, map, 0)
    }

    /// Substitutes into the types of `fields` in place; whether any of them changed.
    fn subst_fields<'f>(
        &mut self,
        fields: impl Iterator<Item = &'f mut Field>,
        map: &FxHashMap<TypeId, TypeId>,
        depth: u32,
    ) -> bool {
        let mut changed = false;
        for fl in fields {
            let n = self.subst_depth(fl.ty, map, depth);
            changed |= n != fl.ty;
            fl.ty = n;
        }
        changed
    }

    fn subst_depth(&mut self, t: TypeId, map: &FxHashMap<TypeId, TypeId>, depth: u32) -> TypeId {
        if depth > 50 {
            return t;
        }
        if let Some(&r) = map.get(&t) {
            return r;
        }
        let ty = self.ty(t).clone();
        let d = depth + 1;
        match ty {
            Type::Pointer(x) => {
                let y = self.subst_depth(x, map, d);
                if y == x { t } else { self.new_type(Type::Pointer(y)) }
            }
            Type::Slice(x) => {
                let y = self.subst_depth(x, map, d);
                if y == x { t } else { self.new_type(Type::Slice(y)) }
            }
            Type::Array(n, x) => {
                let y = self.subst_depth(x, map, d);
                if y == x { t } else { self.new_type(Type::Array(n, y)) }
            }
            Type::Chan(dir, x) => {
                let y = self.subst_depth(x, map, d);
                if y == x { t } else { self.new_type(Type::Chan(dir, y)) }
            }
            Type::Map(k, v) => {
                let (k2, v2) = (self.subst_depth(k, map, d), self.subst_depth(v, map, d));
                if k2 == k && v2 == v { t } else { self.new_type(Type::Map(k2, v2)) }
            }
            Type::Struct(fs) => {
                let mut out = fs.clone();
                let changed = self.subst_fields(out.iter_mut(), map, d);
                if changed { self.new_type(Type::Struct(out)) } else { t }
            }
            Type::Tuple(fs) => {
                let mut out = fs.clone();
                let changed = self.subst_fields(out.iter_mut(), map, d);
                if changed { self.new_type(Type::Tuple(out)) } else { t }
            }
            Type::Signature(s) => {
                let mut s2 = (*s).clone();
                let changed =
                    self.subst_fields(s2.params.iter_mut().chain(s2.results.iter_mut()), map, d);
                if changed { self.new_type(Type::Signature(Box::new(s2))) } else { t }
            }
            Type::Interface(it) => {
                let mut changed = false;
                let mut it2 = (*it).clone();
                it2.tset = None;
                for e in &mut it2.embeddeds {
                    let n = self.subst_depth(*e, map, d);
                    changed |= n != *e;
                    *e = n;
                }
                let mut ms = Vec::new();
                for &m in &it.methods {
                    let mt = self.obj(m).ty;
                    let n = self.subst_depth(mt, map, d);
                    if n != mt {
                        changed = true;
                        let name = self.obj(m).name.clone();
                        let pos = self.obj(m).pos;
                        ms.push(self.new_obj(ObjKind::Func, &name, n, pos));
                    } else {
                        ms.push(m);
                    }
                }
                it2.methods = ms;
                if changed { self.new_type(Type::Interface(Box::new(it2))) } else { t }
            }
            Type::Union(terms) => {
                let mut changed = false;
                let mut out = terms.clone();
                for (_, x) in &mut out {
                    let n = self.subst_depth(*x, map, d);
                    changed |= n != *x;
                    *x = n;
                }
                if changed { self.new_type(Type::Union(out)) } else { t }
            }
            Type::Named(n) => {
                if let Some(origin) = n.origin {
                    let mut changed = false;
                    let mut args = n.targs.clone();
                    for a in &mut args {
                        let x = self.subst_depth(*a, map, d);
                        changed |= x != *a;
                        *a = x;
                    }
                    if changed { self.instantiate(origin, args) } else { t }
                } else {
                    t
                }
            }
            Type::Alias { obj, rhs, targs } => {
                let r = self.subst_depth(rhs, map, d);
                if r == rhs {
                    t
                } else {
                    let mut args = targs.clone();
                    for a in &mut args {
                        *a = self.subst_depth(*a, map, d);
                    }
                    self.new_type(Type::Alias { obj, rhs: r, targs: args })
                }
            }
            _ => t,
        }
    }

    /// Finishes own instances so importers see complete types.
    pub(super) fn finish_instances(&mut self) {
        for i in 0..self.arena.types.len() {
            if let Type::Named(n) = &self.arena.types[i] {
                if n.underlying.is_none() && n.origin.is_some() {
                    let t = TypeId { arena: self.arena_id, idx: i as u32 };
                    self.instance_under(t);
                }
            }
        }
    }

    // ---- lookup ----

    /// Looks up a field or method `name` in `t` (go/types' LookupFieldOrMethod, addressable receiver).
    pub(crate) fn lookup_field_or_method(&mut self, t: TypeId, name: &str) -> Lookup {
        let mut t = self.unalias(t);
        let mut indirect = false;
        if let Type::Pointer(b) = self.ty(t) {
            let b = *b;
            let bu = self.unalias(b);
            let bun = self.under(bu);
            if matches!(self.ty(bu), Type::Named(_)) || !matches!(self.ty(bun), Type::Interface(_))
            {
                t = bu;
                indirect = true;
            }
        }
        let mut current: Vec<(TypeId, bool)> = vec![(t, indirect)];
        let mut seen: Vec<TypeId> = Vec::new();
        for _depth in 0..16 {
            if current.is_empty() {
                break;
            }
            let mut found: Option<Lookup> = None;
            let mut count = 0;
            let mut next = Vec::new();
            for &(typ, ind) in &current {
                let typ = self.unalias(typ);
                if let Type::Named(n) = self.ty(typ).clone() {
                    if seen.contains(&typ) {
                        continue;
                    }
                    seen.push(typ);
                    let methods = match n.origin {
                        Some(o) => match self.ty(o) {
                            Type::Named(on) => on.methods.clone(),
                            _ => Vec::new(),
                        },
                        None => n.methods.clone(),
                    };
                    if let Some(&m) = methods.iter().find(|&&m| &*self.obj(m).name == name) {
                        let sig = self.method_sig(m, typ);
                        let ptr_recv = self.method_has_ptr_recv(m);
                        count += 1;
                        found = Some(Lookup::Method { obj: m, sig, ptr_recv, indirect: ind });
                        continue;
                    }
                }
                let u = if self.is_type_param(typ) { univ::INVALID } else { self.under(typ) };
                match self.ty(u).clone() {
                    Type::Struct(fields) => {
                        for fl in &fields {
                            if &*fl.name == name {
                                count += 1;
                                found = Some(Lookup::Field { ty: fl.ty, indirect: ind });
                            }
                            if fl.embedded {
                                let ft = self.unalias(fl.ty);
                                match self.ty(ft) {
                                    Type::Pointer(b) => next.push((*b, true)),
                                    _ => next.push((ft, ind)),
                                }
                            }
                        }
                    }
                    Type::Interface(_) => {
                        let ts = self.type_set(u);
                        if let Some(&m) = ts.methods.iter().find(|&&m| &*self.obj(m).name == name) {
                            count += 1;
                            let sig = self.obj(m).ty;
                            found = Some(Lookup::Method {
                                obj: m,
                                sig,
                                ptr_recv: false,
                                indirect: ind,
                            });
                        }
                    }
                    _ => {}
                }
            }
            if count > 1 {
                return Lookup::Ambiguous;
            }
            if let Some(f) = found {
                return f;
            }
            current = next;
        }
        // Type parameters: methods of the constraint's type set.
        if self.is_type_param(t) {
            let Type::TypeParam { constraint, .. } = self.ty(t).clone() else {
                return Lookup::NotFound;
            };
            let ts = self.type_set(constraint);
            if let Some(&m) = ts.methods.iter().find(|&&m| &*self.obj(m).name == name) {
                let sig = self.obj(m).ty;
                return Lookup::Method { obj: m, sig, ptr_recv: false, indirect };
            }
            // Fields of the core type.
            if let Some(c) = self.core(t) {
                if c != t && !self.is_type_param(c) {
                    let r = self.lookup_field_or_method(c, name);
                    if let Lookup::Field { .. } = r {
                        return r;
                    }
                }
            }
        }
        Lookup::NotFound
    }

    fn method_has_ptr_recv(&mut self, m: ObjId) -> bool {
        let t = self.obj_type(m);
        if let Type::Signature(s) = self.ty(t) {
            if let Some(r) = s.recv {
                return matches!(self.ty(r), Type::Pointer(_));
            }
        }
        false
    }

    /// The signature of method `m` as seen on receiver type `recv` (substituted for instances).
    pub(crate) fn method_sig(&mut self, m: ObjId, recv: TypeId) -> TypeId {
        let sig = self.obj_type(m);
        let Type::Named(n) = self.ty(recv).clone() else { return sig };
        if n.targs.is_empty() {
            return sig;
        }
        if let Some(&s) = self.method_sig_cache.get(&(m, recv)) {
            return s;
        }
        let Type::Signature(s) = self.ty(sig).clone() else { return sig };
        let map: FxHashMap<TypeId, TypeId> =
            s.recv_tparams.iter().copied().zip(n.targs.iter().copied()).collect();
        let r = self.subst(sig, &map);
        self.method_sig_cache.insert((m, recv), r);
        r
    }
}

/// The field name of an embedded field type expression: `T`, `*T`, `pkg.T`, `T[A]`.
fn embedded_name(f: &mapscope_syntax::ast::File, mut e: ExprId) -> Option<String> {
    loop {
        match &f[e].kind {
            E::Star { x } | E::Paren { x, .. } => e = *x,
            E::Index { x, .. } | E::IndexList { x, .. } => e = *x,
            E::Selector { sel, .. } => return Some(f.name(sel.name).to_string()),
            E::Ident(n) => return Some(f.name(*n).to_string()),
            _ => return None,
        }
    }
}
