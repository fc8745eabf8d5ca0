//! Package-level declarations (go/types' decl.go): type, constant, variable and function
//! declarations, and type parameter lists.

use super::{Checker, Mode, Resolution};
use crate::constant::Value;
use crate::types::{BasicKind, Interface, Named, ObjId, ObjKind, Type, TypeId, TypeView, univ};
use mapscope_syntax::ast::{Decl, DeclId, ExprId, ExprKind, FieldListId, Spec, ValueSpec};

impl Checker<'_> {
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
            // The type's parameters are its own before their constraints are resolved: a
            // constraint may name a type whose fields instantiate this one
            // (`type tree struct{ m *mapping[*tree] }` in `mapping[v *tree | *other]`), and that
            // instance must substitute them (go/types' collectTypeParams sets the list first).
            let (tps, pending) = self.declare_tparam_names(tp);
            if let Type::Named(n) = &mut self.arena.types[named.idx as usize] {
                n.tparams = tps;
            }
            self.resolve_tparam_bounds(pending);
        }
        let rhs = self.type_expr(ts.ty);
        if pushed {
            self.pop_scope();
        }
        // A defined type whose declaration is still being resolved (`type handlers T` reached
        // from a field of `T`'s own struct) has no underlying type yet: this one takes it once
        // every package-level type is resolved (`resolve_pending_underlying`), as go/types
        // resolves a Named's underlying lazily.
        let r = self.unalias(rhs);
        let in_progress = r != named
            && matches!(self.ty(r), Type::Named(rn) if rn.underlying.is_none() && rn.origin.is_none());
        if in_progress {
            self.pending_underlying.push((named, rhs));
        } else {
            let mut u = self.under(rhs);
            if u == named || matches!(self.ty(u), Type::Named(_)) {
                u = univ::INVALID;
            }
            if let Type::Named(n) = &mut self.arena.types[named.idx as usize] {
                n.underlying = Some(u);
            }
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

    /// Gives the defined types declared over a type still in progress their underlying type,
    /// now that every package-level type is resolved; a chain of them (`type a b; type b c`)
    /// takes as many rounds as it is long, and what stays unresolved (a cycle) is invalid.
    pub(super) fn resolve_pending_underlying(&mut self) {
        let mut pending = std::mem::take(&mut self.pending_underlying);
        while !pending.is_empty() {
            let before = pending.len();
            pending.retain(|&(named, rhs)| {
                let r = self.unalias(rhs);
                if matches!(self.ty(r), Type::Named(rn) if rn.underlying.is_none() && rn.origin.is_none())
                {
                    return true;
                }
                let mut u = self.under(rhs);
                if u == named || matches!(self.ty(u), Type::Named(_)) {
                    u = univ::INVALID;
                }
                if let Type::Named(n) = &mut self.arena.types[named.idx as usize] {
                    n.underlying = Some(u);
                }
                false
            });
            if pending.len() == before {
                for (named, _) in pending.drain(..) {
                    if let Type::Named(n) = &mut self.arena.types[named.idx as usize] {
                        n.underlying = Some(univ::INVALID);
                    }
                }
            }
        }
    }

    /// Declares type parameters from a field list; returns the `TypeParam` types.
    pub(crate) fn declare_tparams(&mut self, fl: FieldListId) -> Vec<TypeId> {
        let (tps, pending) = self.declare_tparam_names(fl);
        self.resolve_tparam_bounds(pending);
        tps
    }

    /// Declares the type parameters of a field list with empty constraints: the parameters, and
    /// each with its constraint's expression for [`Checker::resolve_tparam_bounds`].
    fn declare_tparam_names(
        &mut self,
        fl: FieldListId,
    ) -> (Vec<TypeId>, Vec<(TypeId, Option<ExprId>)>) {
        let f = self.file();
        let list = &f[fl].list;
        let mut tps = Vec::new();
        let mut idx = 0u32;
        // Declare all names first (constraints may refer to any of them).
        let mut pending = Vec::new();
        for fld in list {
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
        (tps, pending)
    }

    /// Resolves the constraints of type parameters declared by [`Checker::declare_tparam_names`].
    fn resolve_tparam_bounds(&mut self, pending: Vec<(TypeId, Option<ExprId>)>) {
        for (t, cty) in pending {
            let c = match cty {
                Some(ce) => self.constraint_expr(ce),
                None => univ::EMPTY_IFACE,
            };
            if let Type::TypeParam { constraint, .. } = &mut self.arena.types[t.idx as usize] {
                *constraint = c;
            }
        }
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

    /// go/types' `arityMatch` for a const or var spec `s` of the current file: its names against
    /// its values, or for a constant against those of the spec that gives them (`init`: its
    /// values and where it starts, empty when no spec before gives any; `None` for a variable).
    pub(super) fn arity_match(&mut self, s: &ValueSpec, init: Option<(&[ExprId], u32)>) {
        let f = self.file();
        let Some(first) = s.names.first() else { return };
        let l = s.names.len();
        let r = init.map_or(s.values.len(), |(values, _)| values.len());
        let msg = match init {
            None if r == 0 => {
                if s.ty.is_some() {
                    return;
                }
                (first.span.start, "missing type or init expr".to_string())
            }
            _ if l < r => match (s.values.get(l), init) {
                (Some(&n), _) => (f[n].span.start, format!("extra init expr {}", f.expr_string(n))),
                (None, Some((_, at))) => {
                    let at = self.offset_position(self.unit.files[self.cur_file], at);
                    (first.span.start, format!("extra init expr at {at}"))
                }
                (None, None) => return,
            },
            _ if l > r && (init.is_some() || r != 1) => {
                let n = &s.names[r];
                (n.span.start, format!("missing init expr for {}", f.name(n.name)))
            }
            _ => return,
        };
        self.error(msg.0, msg.1);
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
        // Constants have boolean, numeric or string types; go/types gives up on the
        // declaration otherwise (quietly when the type is already invalid).
        if let (Some(t), Some(te)) = (ty, src_vs.ty) {
            if !self.is_const_type(t) {
                if self.under(t) != univ::INVALID {
                    let shown = self.message_type_string(t);
                    self.error(f[te].span.start, format!("invalid constant type {shown}"));
                }
                self.record = record;
                self.set_obj_type(o, univ::INVALID);
                if o.arena == self.arena_id {
                    self.arena.objs[o.idx as usize].kind = ObjKind::Const(Value::Unknown);
                }
                return;
            }
        }
        if spec != src {
            self.inherited_error_pos = Some(self.obj(o).pos);
        }
        let (t, v) = match src_vs.values.get(ni) {
            Some(&e) => self.const_init(e, ty),
            None => (ty.unwrap_or(univ::INVALID), Value::Unknown),
        };
        self.inherited_error_pos = None;
        self.record = record;
        if o.arena == self.arena_id {
            let ob = &mut self.arena.objs[o.idx as usize];
            ob.ty = t;
            ob.kind = ObjKind::Const(v);
        }
    }

    /// go/types' `initConst`: a constant's value must be constant, and assignable to the
    /// declared type if there is one. Returns the constant's type and value.
    pub(super) fn const_init(&mut self, e: ExprId, ty: Option<TypeId>) -> (TypeId, Value) {
        let x = self.expr(e, ty);
        if x.mode == Mode::Value && x.val.is_none() && x.ty != univ::INVALID {
            let msg = format!("{} is not constant", self.operand_text(e, &x));
            self.error(self.file()[e].span.start, msg);
            return (ty.unwrap_or(univ::INVALID), Value::Unknown);
        }
        let value = x.val.clone().unwrap_or(Value::Unknown);
        let Some(t) = ty else { return (x.ty, value) };
        self.convert_untyped(e, &x, t);
        if self.is_const_type(t) {
            self.check_assignable(e, &x, t, "constant declaration");
        }
        (t, value)
    }

    /// go/types' `validRecv`: a receiver's base type must be a type declared in this package
    /// that is neither a pointer nor an interface. Reported at the base type's name.
    fn valid_recv(&mut self, recv_expr: ExprId, recv: TypeId) {
        let f = self.file();
        // go/types' unpackRecv: the base is the type name, without `*`, parentheses and type
        // parameters.
        let mut base = self.unparen(recv_expr);
        if let ExprKind::Star { x } = f[base].kind {
            base = self.unparen(x);
        }
        if let ExprKind::Index { x, .. } | ExprKind::IndexList { x, .. } = f[base].kind {
            base = x;
        }
        let at = f[base].span.start;
        let mut base_type = recv;
        if let Type::Pointer(b) = self.ty(self.unalias(recv)) {
            base_type = *b;
        }
        let actual = self.unalias(base_type);
        let shown = self.message_type_string(base_type);
        match self.ty(actual).clone() {
            Type::Invalid => {}
            Type::Named(n) if self.obj(n.obj).pkg != self.arena_id => {
                self.error(at, format!("cannot define new methods on non-local type {shown}"));
            }
            Type::Named(_) => {
                let u = self.under(actual);
                let cause = match self.ty(u) {
                    Type::Basic(BasicKind::UnsafePointer, _) => "unsafe.Pointer",
                    Type::Pointer(_) | Type::Interface(_) => "pointer or interface type",
                    _ => return,
                };
                self.error(at, format!("invalid receiver type {shown} ({cause})"));
            }
            Type::Basic(..) => {
                self.error(at, format!("cannot define new methods on non-local type {shown}"));
            }
            _ => {
                let shown = self.message_type_string(recv);
                self.error(at, format!("invalid receiver type {shown}"));
            }
        }
    }

    /// go/types' `isConstType`: boolean, numeric and string types (type parameters are not).
    pub(super) fn is_const_type(&mut self, t: TypeId) -> bool {
        if self.is_type_param(t) {
            return false;
        }
        let u = self.under(t);
        matches!(self.ty(u), Type::Basic(k, _) if *k != BasicKind::UnsafePointer)
    }

    pub(super) fn var_decl_pkg(&mut self, o: ObjId, decl: DeclId, spec: usize, _name: usize) {
        let f = self.file();
        let Decl::Gen(g) = &f[decl] else { return };
        let Some(Spec::Value(vs)) = g.specs.get(spec) else { return };
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
                self.state[x.idx as usize] = Resolution::InProgress;
            }
        }
        let types = self.var_spec_types(vs.ty, &vs.values, vs.names.len());
        for (x, t) in objs.iter().zip(types) {
            self.set_obj_type(*x, t);
            if x.arena == self.arena_id {
                self.state[x.idx as usize] = Resolution::Done;
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
        // go/types' varType: no constraint interface as a variable's type.
        let ty = ty.map(|te| {
            let t = self.type_expr(te);
            self.var_type_later(self.file()[te].span.start, t);
            t
        });
        if values.len() == 1 && n > 1 {
            let x = self.expr_multi(values[0], n == 2);
            self.check_assign_count(n, &x, values[0]);
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
                            // An untyped constant must fit its default type (`var x = 1 << 100`).
                            if x.val.is_some() {
                                self.check_assignable(e, &x, d, "variable declaration");
                            }
                            if d == univ::UNTYPED_NIL && x.mode != Mode::None && !x.addressable {
                                let msg = "use of untyped nil in variable declaration";
                                self.error(self.file()[e].span.start, msg);
                            }
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
        self.push_scope();
        let mut recv_tparams = Vec::new();
        let mut recv = None;
        if let Some(rl) = fd.recv {
            let list = &f[rl].list;
            let last_receiver = match list.as_slice() {
                [] => {
                    let at = f[rl].opening.unwrap_or(f[rl].span.start);
                    self.error(at, "method has no receiver");
                    None
                }
                [only] => only.names.get(1..).and_then(<[_]>::last).map(|id| id.span.start),
                [.., last] => Some(last.span.start),
            };
            if let Some(at) = last_receiver {
                self.error(at, "method has multiple receivers");
            }
            if let Some(rf) = list.first() {
                if let Some(rt) = rf.ty {
                    let (t, tps) = self.recv_type(rt);
                    self.valid_recv(rt, t);
                    recv_tparams = tps;
                    recv = Some(t);
                    if rf.names.is_empty() {
                        // An unnamed receiver is a variable declared by its field.
                        let pos = f[rt].span.start;
                        let kind = ObjKind::Var { field: false, embedded: false };
                        let v = self.new_obj(kind, "", t, pos);
                        self.record_implicit_obj(pos, v);
                    }
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
}
