//! Calls, conversions and selectors (go/types' call.go): argument passing, generic function
//! values, qualified identifiers and field/method selection with lookupError's wording.

use super::lookup::Lookup;
use super::operand::Operand;
use super::{Checker, Mode, Selection, field};
use crate::types::{
    BasicKind, Builtin, Imported, ObjKind, Signature, Type, TypeId, TypeView, univ,
};
use mapscope_syntax::ast::{ExprId, ExprKind as E};
use rustc_hash::FxHashMap;

/// A generic function passed to a generic function: its argument index, the fresh type parameters
/// inferred for it, and its signature in terms of them (without type parameters).
struct GenericFuncArg {
    arg: usize,
    tparams: Vec<TypeId>,
    sig: TypeId,
}

/// How a field or method spelled like a selector but for case relates to it (go/types'
/// `lookupError`), which decides the hint an error message gives.
enum NearMiss {
    /// No hint: the other spelling could not be what was meant.
    Missing,
    /// `but does have NAME`.
    Misspelled,
    /// `but does have unexported NAME`: an exported selector for another package's unexported name.
    Unexported,
    /// `cannot refer to unexported NAME`: the same unexported name, of another package.
    Inaccessible,
}

impl Checker<'_> {
    pub(super) fn selector(&mut self, x: ExprId, sel: mapscope_syntax::ast::Ident) -> Operand {
        let f = self.file();
        let name = f.name(sel.name).to_string();
        // Qualified identifier?
        if let E::Ident(n) = f[x].kind {
            if let Some(o) = self.lookup(n) {
                if let ObjKind::PkgName(imported) = self.obj(o).kind {
                    self.used_pkgs.insert(o);
                    self.record_use(f[x].span.start, o);
                    let local = f.name(n);
                    return self.qualified(imported, local, &name, sel.span.start);
                }
            }
        }
        let xo = self.expr_or_type(x, None);
        if xo.mode == Mode::None || matches!(self.ty(xo.ty), Type::Invalid) {
            return Operand::invalid();
        }
        if xo.mode == Mode::TypeExpr {
            // Method expression T.m: func with the receiver as first parameter.
            match self.lookup_field_or_method(xo.ty, self.arena_id, &name) {
                Lookup::Method { ptr_recv: true, indirect: false, .. } => {
                    // T's method set lacks the methods declared on *T.
                    let t = self.message_type_string(xo.ty);
                    self.error(
                        sel.span.start,
                        format!(
                            "invalid method expression {t}.{name} (needs pointer receiver (*{t}).{name})"
                        ),
                    );
                    return Operand::invalid();
                }
                Lookup::Method { sig, obj, ptr_recv, index, indirect } => {
                    self.record_selection(
                        sel.span.start,
                        Selection::MethodExpr { obj, ptr_recv, indirect },
                        index,
                        Some(obj),
                    );
                    let Type::Signature(s) = self.ty(sig).clone() else {
                        return Operand::invalid();
                    };
                    let mut s2 = (*s).clone();
                    // go/types names the receiver parameter only when the other parameters are named.
                    let name = match s.params.first() {
                        Some(p) if !p.name.is_empty() => {
                            if s.recv_name.is_empty() {
                                "_"
                            } else {
                                &*s.recv_name
                            }
                        }
                        _ => "",
                    };
                    s2.params.insert(0, field(name, xo.ty));
                    s2.recv = None;
                    s2.recv_tparams = Vec::new();
                    let t = self.new_type(Type::Signature(Box::new(s2)));
                    return Operand::value(t);
                }
                Lookup::Field { .. } => {
                    let t = self.message_type_string(xo.ty);
                    let msg = format!(
                        "{}.{name} undefined (type {t} has no method {name})",
                        f.expr_string(x)
                    );
                    self.error(sel.span.start, msg);
                    return Operand::invalid();
                }
                Lookup::Ambiguous => return self.ambiguous_selector(x, &name, sel.span.start),
                Lookup::NotFound => {
                    return self.selector_not_found(x, xo.ty, &name, sel.span.start);
                }
            }
        }
        match self.lookup_field_or_method(xo.ty, self.arena_id, &name) {
            Lookup::Field { ty, obj, index, indirect } => {
                self.record_selection(sel.span.start, Selection::Field { indirect }, index, obj);
                let mut o = Operand::value(ty);
                o.addressable = xo.addressable
                    || indirect
                    || matches!(self.ty(self.unalias(xo.ty)), Type::Pointer(_));
                o
            }
            Lookup::Method { ptr_recv: true, indirect: false, .. } if !xo.addressable => {
                // A pointer method needs the receiver's address, which only variables have.
                let t = self.message_type_string(xo.ty);
                self.error(sel.span.start, format!("cannot call pointer method {name} on {t}"));
                self.record_map_element_misuse(
                    super::map_element::MapElementOp::PointerMethod,
                    sel.span.start,
                    x,
                );
                Operand::invalid()
            }
            Lookup::Method { sig, obj, ptr_recv, index, indirect } => {
                self.record_selection(
                    sel.span.start,
                    Selection::Method { obj, ptr_recv, indirect },
                    index,
                    Some(obj),
                );
                // Method value: the signature without receiver.
                let Type::Signature(s) = self.ty(sig).clone() else { return Operand::invalid() };
                if s.recv.is_none() && s.recv_tparams.is_empty() {
                    return Operand::value(sig);
                }
                let mut s2 = (*s).clone();
                s2.recv = None;
                s2.recv_tparams = Vec::new();
                let t = self.new_type(Type::Signature(Box::new(s2)));
                Operand::value(t)
            }
            Lookup::Ambiguous => self.ambiguous_selector(x, &name, sel.span.start),
            Lookup::NotFound => self.selector_not_found(x, xo.ty, &name, sel.span.start),
        }
    }

    fn ambiguous_selector(&mut self, x: ExprId, name: &str, pos: u32) -> Operand {
        let msg = format!("ambiguous selector {}.{name}", self.file().expr_string(x));
        self.error(pos, msg);
        Operand::invalid()
    }

    /// go/types' error for a selector `x.name` that names nothing in `x`'s type `t`, with
    /// lookupError's reason.
    fn selector_not_found(&mut self, x: ExprId, t: TypeId, name: &str, pos: u32) -> Operand {
        // Types derived from cgo's `C` (unknown here) give no further errors.
        let mut base = self.unalias(t);
        if let Type::Pointer(b) = self.ty(base) {
            base = *b;
        }
        if self.under(base) == univ::INVALID {
            return Operand::invalid();
        }
        let why = if self.is_pointer_to_interface(t) {
            let shown = self.message_type_string(t);
            format!("type {shown} is pointer to interface, not interface")
        } else {
            let alt = match super::lookup::lookup_field_or_method_folding_case(self, t, name) {
                Lookup::Field { obj: Some(o), .. } => Some((o, "field")),
                Lookup::Method { obj, .. } => Some((obj, "method")),
                _ => None,
            };
            let shown = self.message_type_string(t);
            let missing = format!("type {shown} has no field or method {name}");
            match alt {
                None => missing,
                Some((o, what)) => {
                    let alt_name = self.obj(o).name.clone();
                    match self.near_miss(name, &alt_name, self.obj(o).pkg) {
                        NearMiss::Missing => missing,
                        NearMiss::Misspelled => {
                            format!("{missing}, but does have {what} {alt_name}")
                        }
                        NearMiss::Unexported => {
                            format!("{missing}, but does have unexported {what} {alt_name}")
                        }
                        NearMiss::Inaccessible => {
                            format!("cannot refer to unexported {what} {name}")
                        }
                    }
                }
            }
        };
        let msg = format!("{}.{name} undefined ({why})", self.file().expr_string(x));
        self.error(pos, msg);
        Operand::invalid()
    }

    /// A qualified identifier `pkg.name`.
    fn qualified(&mut self, imported: Imported, local: &str, name: &str, pos: u32) -> Operand {
        let found = match imported {
            Imported::Missing => return Operand::invalid(),
            Imported::Unsafe => self.universe.unsafe_scope.get(name).copied(),
            Imported::Arena(a) => {
                self.done[a as usize - 1].get().and_then(|u| u.scope.get(name).copied())
            }
        };
        let Some(o) = found else {
            // go/types names the selector as written, and an exported name that differs in case.
            let names: Vec<&str> = match imported {
                Imported::Unsafe => self.universe.unsafe_scope.keys().copied().collect(),
                Imported::Arena(a) => self.done[a as usize - 1]
                    .get()
                    .map(|u| u.scope.keys().map(|n| &**n).collect())
                    .unwrap_or_default(),
                Imported::Missing => Vec::new(),
            };
            let alike = names
                .into_iter()
                .filter(|n| crate::types::is_exported(n) && n.eq_ignore_ascii_case(name))
                .min();
            let but = alike.map_or(String::new(), |n| format!(" (but have {n})"));
            self.error(pos, format!("undefined: {local}.{name}{but}"));
            return Operand::invalid();
        };
        if !crate::types::is_exported(name) {
            // Reported, and the object is used all the same.
            let pkg_name = match imported {
                Imported::Arena(a) => self.done[a as usize - 1].get().map(|u| u.name.clone()),
                _ => Some("unsafe".to_string()),
            };
            let pkg_name = pkg_name.unwrap_or_default();
            self.error(pos, format!("name {name} not exported by package {pkg_name}"));
        }
        self.record_use(pos, o);
        let t = self.obj(o).ty;
        match self.obj(o).kind.clone() {
            ObjKind::Const(v) => Operand::constant(t, v),
            ObjKind::TypeName => Operand::typ(t),
            ObjKind::Var { .. } => {
                let mut x = Operand::value(t);
                x.addressable = true;
                x
            }
            ObjKind::Func => Operand::value(t),
            ObjKind::Builtin(b) => {
                let mut x = Operand::invalid();
                x.mode = Mode::Builtin;
                x.builtin = Some(b);
                x
            }
            _ => Operand::invalid(),
        }
    }

    /// go/types' `lookupError` for a struct literal key `sel` that names no field of `base`:
    /// it points at a field spelled differently (by case, or by the case of its first letter).
    pub(super) fn unknown_field(
        &mut self,
        fields: &[crate::types::Field],
        sel: &str,
        base: TypeId,
    ) -> String {
        let t = self.message_type_string(base);
        let alike = fields.iter().find(|fl| fl.name.to_lowercase() == sel.to_lowercase());
        let Some(alt) = alike.filter(|_| sel != "_") else {
            return format!("unknown field {sel} in struct literal of type {t}");
        };
        let alt_name = alt.name.clone();
        match self.near_miss(sel, &alt_name, alt.pkg) {
            NearMiss::Missing => format!("unknown field {sel} in struct literal of type {t}"),
            NearMiss::Misspelled => {
                format!(
                    "unknown field {sel} in struct literal of type {t}, but does have {alt_name}"
                )
            }
            NearMiss::Unexported => format!(
                "unknown field {sel} in struct literal of type {t}, but does have unexported {alt_name}"
            ),
            NearMiss::Inaccessible => {
                format!("cannot refer to unexported field {sel} in struct literal of type {t}")
            }
        }
    }

    /// go/types' `lookupError` cases: how `alt`, a field or method of package arena `alt_pkg`
    /// spelled like selector `sel` but for case, relates to it.
    fn near_miss(&self, sel: &str, alt: &str, alt_pkg: u32) -> NearMiss {
        let is_exported = crate::types::is_exported;
        let tail = |s: &str| s.chars().skip(1).collect::<String>();
        if alt_pkg == self.arena_id {
            NearMiss::Misspelled
        } else if is_exported(sel) {
            if is_exported(alt) {
                NearMiss::Misspelled
            } else if tail(sel) == tail(alt) {
                NearMiss::Unexported
            } else {
                NearMiss::Missing
            }
        } else if is_exported(alt) {
            if tail(sel) == tail(alt) { NearMiss::Misspelled } else { NearMiss::Missing }
        } else if sel == alt {
            NearMiss::Inaccessible
        } else {
            NearMiss::Missing
        }
    }

    pub(super) fn call(
        &mut self,
        e: ExprId,
        fun: ExprId,
        args: &[ExprId],
        dots: bool,
        hint: Option<TypeId>,
    ) -> Operand {
        let f = self.file();
        let fo = self.expr_or_type(fun, None);
        match fo.mode {
            Mode::None => {
                for &a in args {
                    self.expr_or_type(a, None);
                }
                return Operand::invalid();
            }
            Mode::TypeExpr => {
                // Conversion.
                let t = fo.ty;
                if let [.., last] = args {
                    if args.len() > 1 {
                        for &a in args {
                            self.expr_or_type(a, None);
                        }
                        let msg = format!(
                            "too many arguments in conversion to {}",
                            self.message_type_string(t)
                        );
                        self.error(f[*last].span.start, msg);
                        return Operand::invalid();
                    }
                }
                if let Some(&a) = args.first() {
                    let x = self.expr(a, Some(t));
                    let is_const_target = self.is_const_type(t);
                    if x.mode != Mode::None && dots {
                        let msg = format!(
                            "invalid use of ... in conversion to {}",
                            self.message_type_string(t)
                        );
                        self.error(f[a].span.start, msg);
                        return Operand::value(t);
                    }
                    if x.mode != Mode::None {
                        if let Some(cause) = self.conversion_error(&x, t) {
                            let ts = self.message_type_string(t);
                            // go/types' concise error for an integer constant that does not fit
                            // an integer type (go.dev/issue/63563).
                            let ints = self.basic(x.ty).is_some_and(BasicKind::is_integer)
                                && self.basic(t).is_some_and(BasicKind::is_integer);
                            let msg = match &x.val {
                                Some(v) if ints && is_const_target => {
                                    let shown = v.go_string().unwrap_or_default();
                                    format!("constant {shown} overflows {ts}")
                                }
                                _ => {
                                    // go/types' representability check has rounded a float
                                    // that holds an integer to it by then, and shows that.
                                    let int_target =
                                        self.basic(t).is_some_and(BasicKind::is_integer);
                                    let mut x = x.clone();
                                    if int_target && is_const_target {
                                        x.val = x.val.map(|v| v.to_int().unwrap_or(v));
                                    }
                                    let xs = self.operand_text(a, &x);
                                    if cause.is_empty() {
                                        format!("cannot convert {xs} to type {ts}")
                                    } else {
                                        format!("cannot convert {xs} to type {ts}: {cause}")
                                    }
                                }
                            };
                            self.error(f[a].span.start, msg);
                            return Operand::invalid();
                        }
                    }
                    if self.is_untyped(x.ty) {
                        let int_to_string = x.val.is_some()
                            && self.basic(x.ty).is_some_and(BasicKind::is_integer)
                            && self.is_string(t);
                        let tgt = if self.basic(t).is_some() && !self.is_type_param(t) {
                            t
                        } else {
                            self.default_type(x.ty)
                        };
                        if !int_to_string {
                            self.convert_untyped(a, &x, tgt);
                        }
                    }
                    if is_const_target {
                        if let Some(v) = x.val {
                            let v = self.convert_const(v, t);
                            return Operand::constant(t, v);
                        }
                    }
                } else {
                    let rparen = match &f[e].kind {
                        E::Call { rparen, .. } => *rparen,
                        _ => f[e].span.start,
                    };
                    let msg = format!(
                        "missing argument in conversion to {}",
                        self.message_type_string(t)
                    );
                    self.error(rparen, msg);
                    return Operand::invalid();
                }
                return Operand::value(t);
            }
            Mode::Builtin => {
                if let Some(b) = fo.builtin {
                    // len and cap ask whether their own argument calls or receives; for an
                    // enclosing len or cap, as in go/types, a built-in whose result is not
                    // constant counts as a call.
                    let own_argument = matches!(b, Builtin::Len | Builtin::Cap);
                    let outer = self.has_call_or_recv;
                    if own_argument {
                        self.has_call_or_recv = false;
                    }
                    let x = self.builtin(e, b, args, dots, hint);
                    if own_argument {
                        self.has_call_or_recv = outer;
                    }
                    if x.mode != Mode::None && x.val.is_none() {
                        self.has_call_or_recv = true;
                    }
                    return x;
                }
                return Operand::invalid();
            }
            _ => {}
        }
        let Some(c) = self.core(fo.ty) else {
            for &a in args {
                self.expr_or_type(a, None);
            }
            return Operand::invalid();
        };
        let Type::Signature(sig) = self.ty(c).clone() else {
            if !matches!(self.ty(c), Type::Invalid) {
                let msg = format!(
                    "invalid operation: cannot call {}: {} is not a function",
                    self.operand_text(fun, &fo),
                    self.message_type_string(fo.ty)
                );
                self.error(f[fun].span.start, msg);
            }
            for &a in args {
                self.expr_or_type(a, None);
            }
            return Operand::invalid();
        };
        self.has_call_or_recv = true;
        // Arguments: a single multi-value call spreads over the parameters.
        let mut arg_types: Vec<(Option<ExprId>, Operand)> = Vec::new();
        if args.len() == 1 && sig.params.len() > 1
            || args.len() == 1 && sig.variadic && sig.params.len() == 1
        {
            let a = args[0];
            let hint0 = sig.params.first().map(|p| p.ty).filter(|_| sig.tparams.is_empty());
            let x = self.expr_or_type(a, hint0);
            if let Type::Tuple(fs) = self.ty(x.ty).clone() {
                if fs.len() > 1 {
                    for fl in fs {
                        arg_types.push((None, Operand::value(fl.ty)));
                    }
                } else {
                    arg_types.push((Some(a), x));
                }
            } else {
                arg_types.push((Some(a), x));
            }
        } else {
            let generic = !sig.tparams.is_empty();
            for (i, &a) in args.iter().enumerate() {
                let pt = self.param_type(&sig, i, args.len(), dots);
                let hint = if generic { None } else { pt };
                let x = self.expr(a, hint);
                arg_types.push((Some(a), x));
            }
        }
        // go/types counts the arguments even when some are invalid.
        let arity_error = !self.argument_count_fits(e, fun, &sig, args, arg_types.len(), dots);
        let mut sig = (*sig).clone();
        if !sig.tparams.is_empty() {
            self.rename_recursive_tparams(&mut sig, &arg_types);
            let explicit = self.partial_targs.remove(&fun).unwrap_or_default();
            let mut explicit: Vec<(TypeId, TypeId)> =
                sig.tparams.iter().copied().zip(explicit).collect();
            let generic_args = self.generic_func_args(&mut arg_types, &mut explicit);
            let tps = std::mem::take(&mut sig.tparams);
            let mut all_tparams = tps.clone();
            for g in &generic_args {
                all_tparams.extend_from_slice(&g.tparams);
            }
            let isig = Signature { tparams: all_tparams.clone(), ..sig.clone() };
            let (map, failure) = self.infer(&isig, &arg_types, dots, &explicit);
            let generic_results: Vec<TypeId> = sig.results.iter().map(|r| r.ty).collect();
            let st = self.new_type(Type::Signature(Box::new(sig.clone())));
            let st = self.subst(st, &map);
            if let Type::Signature(s) = self.ty(st).clone() {
                sig = *s;
            }
            let inferred = failure.is_none()
                && all_tparams.iter().all(|tp| {
                    map.get(tp).is_some_and(|&t| !self.is_parameterized(t, &all_tparams))
                });
            if !inferred {
                // go/types' infer gives up quietly when an argument is invalid (its error is
                // reported already) or the argument count is wrong; the arguments are not checked
                // further, and a result that mentions the callee's type parameters is invalid.
                let invalid_arg = arg_types
                    .iter()
                    .any(|(_, x)| x.mode == Mode::None || self.unalias(x.ty) == univ::INVALID);
                if let (Some(why), false, false) = (&failure, invalid_arg, arity_error) {
                    let fname = f.expr_string(fun);
                    self.error(f[e].span.start, format!("in call to {fname}, {why}"));
                } else if !invalid_arg && !arity_error {
                    // go/types names the first type parameter left open and where it is declared.
                    let open = all_tparams.iter().copied().find(|tp| {
                        map.get(tp).is_none_or(|&t| self.is_parameterized(t, &all_tparams))
                    });
                    let what = match open.map(|tp| self.ty(tp).clone()) {
                        Some(Type::TypeParam { obj, .. }) => format!(
                            "{} (declared at {})",
                            self.obj(obj).name,
                            self.declared_at(obj)
                        ),
                        _ => "type arguments".to_string(),
                    };
                    let fname = f.expr_string(fun);
                    self.error(f[e].span.start, format!("in call to {fname}, cannot infer {what}"));
                }
                if generic_results.iter().any(|&r| self.is_parameterized(r, &tps)) {
                    return Operand::invalid();
                }
                return self.call_result(&sig);
            }
            // The type arguments must satisfy their constraints; an explicit one is reported
            // where it is written, an inferred one at the call.
            let explicit_pos: Vec<u32> = match &f[self.unparen(fun)].kind {
                E::Index { index, .. } => vec![f[*index].span.start],
                E::IndexList { indices, .. } => indices.iter().map(|&i| f[i].span.start).collect(),
                _ => Vec::new(),
            };
            let targs: Vec<TypeId> = tps.iter().map(|tp| map[tp]).collect();
            self.verify_later(f[e].span.start, explicit_pos, tps.clone(), targs);
            for g in &generic_args {
                let targs: Vec<TypeId> = g.tparams.iter().map(|tp| map[tp]).collect();
                self.verify_later(f[e].span.start, Vec::new(), g.tparams.clone(), targs);
            }
            // Record the instantiated function type on the callee.
            let callee = self.new_type(Type::Signature(Box::new(Signature {
                tparams: Vec::new(),
                ..sig.clone()
            })));
            self.record_expr(fun, Mode::Value, callee);
            // Generic function arguments: their instances, from the type arguments inferred for them.
            for g in generic_args {
                let inst = self.subst(g.sig, &map);
                if let (Some(a), x) = &mut arg_types[g.arg] {
                    x.ty = inst;
                    self.record_through_parens(*a, inst);
                }
            }
            // Deferred function literals.
            for (i, (a, x)) in arg_types.iter_mut().enumerate() {
                if let Some(a) = a {
                    if matches!(f[*a].kind, E::FuncLit { .. }) && x.mode == Mode::None {
                        let pt = self.param_type(&sig, i, args.len(), dots);
                        *x = self.expr(*a, pt);
                    }
                }
            }
        }
        // go/types checks no argument against its parameter once the count is wrong, to avoid
        // follow-on errors.
        if arity_error {
            return self.call_result(&sig);
        }
        self.assign_arguments(fun, &sig, &arg_types, dots, args.first().copied());
        self.call_result(&sig)
    }

    /// go/types' argument count check (in `arguments`) of a call `e` of `fun` with signature
    /// `sig`, its argument expressions `args` giving `nargs` values: `...` needs a variadic
    /// function and spreads one slice only, and the count must fit the parameters. Reports and
    /// returns false when it does not.
    pub(super) fn argument_count_fits(
        &mut self,
        e: ExprId,
        fun: ExprId,
        sig: &Signature,
        args: &[ExprId],
        nargs: usize,
        dots: bool,
    ) -> bool {
        let f = self.file();
        let np = sig.params.len();
        let (ellipsis, rparen) = match &f[e].kind {
            E::Call { ellipsis, rparen, .. } => (*ellipsis, *rparen),
            _ => (None, f[e].span.end),
        };
        let misplaced_dots = ellipsis.filter(|_| !sig.variadic || args.len() == 1 && nargs > 1);
        if let Some(at) = misplaced_dots {
            let msg = if sig.variadic {
                format!("cannot use ... with {nargs}-valued {}", f.expr_string(args[0]))
            } else {
                format!("cannot use ... in call to non-variadic {}", f.expr_string(fun))
            };
            self.error(at, msg);
        } else if nargs < np - usize::from(sig.variadic && !dots) {
            let name = f.expr_string(fun);
            self.error(rparen, format!("not enough arguments in call to {name}"));
        } else if (dots || !sig.variadic) && nargs > np {
            let at = args.get(np).map_or(f[e].span.start, |&a| f[a].span.start);
            let name = f.expr_string(fun);
            self.error(at, format!("too many arguments in call to {name}"));
        } else {
            return true;
        }
        false
    }

    /// go/types' `arguments` once the count fits: untyped arguments take their parameters'
    /// types, generic function arguments are instantiated from the parameter's function type, and
    /// each argument must be assignable to its parameter. An argument without an expression is
    /// a result of `first_arg`, a call whose several results are the arguments.
    pub(super) fn assign_arguments(
        &mut self,
        fun: ExprId,
        sig: &Signature,
        arg_types: &[(Option<ExprId>, Operand)],
        dots: bool,
        first_arg: Option<ExprId>,
    ) {
        let f = self.file();
        let n = arg_types.len();
        for (i, (a, x)) in arg_types.iter().enumerate() {
            let Some(pt) = self.param_type(sig, i, n, dots) else { continue };
            let ctx = format!("argument to {}", f.expr_string(fun));
            match *a {
                Some(a) => {
                    self.convert_untyped(a, x, pt);
                    let mut x = x.clone();
                    if let Some(inst) = self.instantiate_func_value(a, &x, pt) {
                        x.ty = inst;
                    }
                    self.check_assignable(a, &x, pt, &ctx);
                }
                None => {
                    if let Some(call) = first_arg {
                        self.check_assignable(call, x, pt, &ctx);
                    }
                }
            }
        }
    }

    /// The value of a call of a function of signature `sig`.
    fn call_result(&mut self, sig: &Signature) -> Operand {
        match sig.results.len() {
            0 => Operand::value(univ::EMPTY_TUPLE),
            1 => Operand::value(sig.results[0].ty),
            _ => {
                let t = self.new_type(Type::Tuple(sig.results.clone()));
                Operand::value(t)
            }
        }
    }

    /// The generic function arguments of a call of a generic function (go/types' reverse
    /// inference, Go 1.21): each argument's signature gets fresh type parameters (so that `f(g, g)`
    /// infers two instances), which its operand carries from now on; their explicit type
    /// arguments (`g[int]` of a partial instantiation) are added to `explicit`.
    fn generic_func_args(
        &mut self,
        args: &mut [(Option<ExprId>, Operand)],
        explicit: &mut Vec<(TypeId, TypeId)>,
    ) -> Vec<GenericFuncArg> {
        let mut out = Vec::new();
        for (i, (a, x)) in args.iter_mut().enumerate() {
            let Some(a) = *a else { continue };
            if x.mode == Mode::None {
                continue;
            }
            let Type::Signature(gs) = self.ty(x.ty).clone() else { continue };
            if gs.tparams.is_empty() {
                continue;
            }
            let (fresh, map) = self.fresh_tparams(&gs.tparams);
            let mut renamed = (*gs).clone();
            renamed.tparams = Vec::new();
            let plain = self.new_type(Type::Signature(Box::new(renamed)));
            let plain = self.subst(plain, &map);
            let Type::Signature(mut carried) = self.ty(plain).clone() else { continue };
            carried.tparams = fresh.clone();
            x.ty = self.new_type(Type::Signature(carried));
            if let Some(targs) = self.partial_targs.remove(&self.unparen(a)) {
                explicit.extend(fresh.iter().copied().zip(targs));
            }
            out.push(GenericFuncArg { arg: i, tparams: fresh, sig: plain });
        }
        out
    }

    /// Fresh copies of type parameters `tparams` (their constraints refer to the copies), and the
    /// substitution from the originals to the copies.
    fn fresh_tparams(&mut self, tparams: &[TypeId]) -> (Vec<TypeId>, FxHashMap<TypeId, TypeId>) {
        let mut map = FxHashMap::default();
        let mut fresh = Vec::new();
        for &tp in tparams {
            let Type::TypeParam { obj, index, constraint } = self.ty(tp).clone() else {
                continue;
            };
            let n = self.new_type(Type::TypeParam { obj, index, constraint });
            map.insert(tp, n);
            fresh.push(n);
        }
        for &n in &fresh {
            if let Type::TypeParam { constraint, .. } = self.ty(n).clone() {
                let c = self.subst(constraint, &map);
                if let Type::TypeParam { constraint, .. } = &mut self.arena.types[n.idx as usize] {
                    *constraint = c;
                }
            }
        }
        (fresh, map)
    }

    /// `e` without enclosing parentheses.
    pub(super) fn unparen(&self, e: ExprId) -> ExprId {
        super::unparen_expr(self.file(), e)
    }

    /// Re-records value expression `e` and the expressions inside its parentheses with type `t`
    /// (a generic function's instance, a comma-ok tuple).
    pub(super) fn record_through_parens(&mut self, e: ExprId, t: TypeId) {
        let f = self.file();
        let mut cur = e;
        loop {
            self.record_expr(cur, Mode::Value, t);
            match f[cur].kind {
                E::Paren { x, .. } => cur = x,
                _ => break,
            }
        }
    }

    /// A generic function used as a value of function type `target` (an argument, an initializer):
    /// infers its type arguments from `target` and re-records the expression with the instance.
    /// The result is invalid, with the error reported, when a constraint's methods rule the
    /// target out.
    pub(crate) fn instantiate_func_value(
        &mut self,
        e: ExprId,
        x: &Operand,
        target: TypeId,
    ) -> Option<TypeId> {
        let Type::Signature(gs) = self.ty(x.ty).clone() else { return None };
        if gs.tparams.is_empty() {
            return None;
        }
        let tc = self.core(target)?;
        if !matches!(self.ty(tc), Type::Signature(_)) {
            return None;
        }
        let mut map = FxHashMap::default();
        // Explicit type arguments of a partial instantiation (`Equal[S]`).
        if let Some(explicit) = self.partial_targs.remove(&self.unparen(e)) {
            for (tp, a) in gs.tparams.iter().zip(explicit) {
                map.insert(*tp, a);
            }
        }
        self.unify(x.ty, tc, &gs.tparams, &mut map, 0);
        // A constraint's methods that do not match end inference with go/types' error, without
        // the "in call to" of a call; the operand is then invalid, so the assignment reports
        // nothing more.
        if let Err(why) = self.core_infer(&gs, &mut map, true) {
            let at = self.file()[e].span.start;
            self.error(at, why);
            return Some(univ::INVALID);
        }
        if gs.tparams.iter().any(|tp| !map.contains_key(tp)) {
            return None;
        }
        let mut s2 = (*gs).clone();
        s2.tparams = Vec::new();
        let t = self.new_type(Type::Signature(Box::new(s2)));
        let inst = self.subst(t, &map);
        self.record_through_parens(e, inst);
        Some(inst)
    }

    /// A generic function called from its own body (or with arguments typed by its own type parameters):
    /// as go/types, infer with fresh copies of the callee's type parameters so the two roles stay apart.
    fn rename_recursive_tparams(
        &mut self,
        sig: &mut Signature,
        args: &[(Option<ExprId>, Operand)],
    ) {
        let mut free = Vec::new();
        for (_, x) in args {
            self.collect_free(x.ty, &sig.tparams, &mut free, 0);
        }
        if free.is_empty() {
            return;
        }
        let (fresh, map) = self.fresh_tparams(&sig.tparams);
        for fl in sig.params.iter_mut().chain(sig.results.iter_mut()) {
            fl.ty = self.subst(fl.ty, &map);
        }
        sig.tparams = fresh;
    }

    /// The parameter type for argument `i` (variadic parameters give their element type).
    pub(super) fn param_type(
        &mut self,
        sig: &Signature,
        i: usize,
        nargs: usize,
        dots: bool,
    ) -> Option<TypeId> {
        let np = sig.params.len();
        if sig.variadic && i + 1 >= np {
            let last = sig.params.last()?.ty;
            if dots && nargs == np {
                return Some(last);
            }
            let c = self.core(last)?;
            return match self.ty(c) {
                Type::Slice(e) => Some(*e),
                _ => None,
            };
        }
        sig.params.get(i).map(|p| p.ty)
    }
}
