//! Expressions: operands, identifiers, selectors, index and slice expressions, composite literals,
//! conversions, calls with type-argument inference, and every builtin.

use super::typexpr::Lookup;
use super::{Checker, Mode, field};
use crate::constant::Value;
use crate::types::{BasicKind, Builtin, ChanDir, ObjKind, Signature, Type, TypeId, TypeView, univ};
use mapscope_syntax::Token;
use mapscope_syntax::ast::{ExprId, ExprKind as E, File};
use num_bigint::Sign;
use num_traits::ToPrimitive;
use rustc_hash::FxHashMap;

/// go/types' precision for untyped integer constants, in bits.
const UNTYPED_INT_BITS: u64 = 512;

/// go/types' largest constant shift count (`1023 - 1 + 52`, enough to express the smallest
/// float64).
const SHIFT_BOUND: u64 = 1023 - 1 + 52;

/// The operator's offset in a unary or binary expression (its start otherwise).
fn op_pos(f: &File, e: ExprId) -> u32 {
    match f[e].kind {
        E::Unary { op_pos, .. } | E::Binary { op_pos, .. } => op_pos,
        _ => f[e].span.start,
    }
}

/// The result of checking an expression.
#[derive(Clone, Debug)]
pub(crate) struct Operand {
    pub mode: Mode,
    pub ty: TypeId,
    pub val: Option<Value>,
    /// Addressable variable (for method sets with pointer receivers).
    pub addressable: bool,
    pub builtin: Option<Builtin>,
    /// `v, ok` forms: map index, type assertion, channel receive.
    pub comma_ok: bool,
}

impl Operand {
    pub(crate) fn invalid() -> Operand {
        Operand {
            mode: Mode::None,
            ty: univ::INVALID,
            val: None,
            addressable: false,
            builtin: None,
            comma_ok: false,
        }
    }
    fn value(ty: TypeId) -> Operand {
        Operand {
            mode: Mode::Value,
            ty,
            val: None,
            addressable: false,
            builtin: None,
            comma_ok: false,
        }
    }
    fn typ(ty: TypeId) -> Operand {
        Operand {
            mode: Mode::TypeExpr,
            ty,
            val: None,
            addressable: false,
            builtin: None,
            comma_ok: false,
        }
    }
    fn constant(ty: TypeId, v: Value) -> Operand {
        Operand {
            mode: Mode::Value,
            ty,
            val: Some(v),
            addressable: false,
            builtin: None,
            comma_ok: false,
        }
    }
}

/// Stack headroom below which deep recursion switches to a fresh stack segment, and that segment's size.
pub(crate) const RED_ZONE: usize = 256 * 1024;
pub(crate) const GROW: usize = 8 * 1024 * 1024;

impl Checker<'_> {
    /// Checks an expression that must be a single value; `hint` is the expected type, if any.
    pub(crate) fn expr(&mut self, e: ExprId, hint: Option<TypeId>) -> Operand {
        let x = self.expr_or_type(e, hint);
        if x.mode == Mode::TypeExpr {
            let f = self.file();
            self.error(
                f[e].span.start,
                format!("{} (type) is not an expression", f.expr_string(e)),
            );
            return Operand::invalid();
        }
        if let Type::Tuple(fs) = self.ty(x.ty) {
            // A multi-value call in single-value context: use the first value (error reported).
            if fs.len() != 1 {
                if !fs.is_empty() {
                    let msg = format!(
                        "multiple-value {} in single-value context",
                        self.operand_text(e, &x)
                    );
                    self.error(self.file()[e].span.start, msg);
                }
                return Operand::invalid();
            }
        }
        x
    }

    /// Checks an expression that may produce several values (a call); returns their types.
    /// With `want_ok` (two variables on the left), a map index, type assertion or receive yields
    /// `(T, bool)`, and the expression is re-recorded with that tuple type as go/types does.
    pub(crate) fn expr_multi(&mut self, e: ExprId, want_ok: bool) -> Vec<TypeId> {
        let x = self.expr_or_type(e, None);
        if let Type::Tuple(fs) = self.ty(x.ty) {
            return fs.iter().map(|f| f.ty).collect();
        }
        if x.comma_ok && want_ok && x.mode == Mode::Value && !matches!(self.ty(x.ty), Type::Invalid)
        {
            let tup = self.new_type(Type::Tuple(vec![field("", x.ty), field("", univ::BOOL)]));
            let f = self.file();
            let mut cur = e;
            loop {
                self.rec(cur, Mode::Value, tup);
                match f[cur].kind {
                    E::Paren { x, .. } => cur = x,
                    _ => break,
                }
            }
            return vec![x.ty, univ::BOOL];
        }
        vec![x.ty]
    }

    /// Checks an expression or type expression and records it.
    pub(crate) fn expr_or_type(&mut self, e: ExprId, hint: Option<TypeId>) -> Operand {
        // Syntax trees nest as deep as the parser allows (100 000 levels): grow the stack on demand.
        let x = stacker::maybe_grow(RED_ZONE, GROW, || self.expr_inner(e, hint));
        match x.mode {
            Mode::None => {}
            Mode::Value => {
                if let Type::Tuple(fs) = self.ty(x.ty) {
                    if fs.is_empty() {
                        self.rec(e, Mode::NoValue, x.ty);
                        return x;
                    }
                }
                if x.val.is_some() {
                    self.rec_const(e, x.ty)
                } else {
                    self.rec(e, Mode::Value, x.ty)
                }
            }
            m => self.rec(e, m, x.ty),
        }
        x
    }

    fn expr_inner(&mut self, e: ExprId, hint: Option<TypeId>) -> Operand {
        let f = self.file();
        let span = f[e].span;
        match f[e].kind.clone() {
            E::Bad => Operand::invalid(),
            E::Ident(n) => self.ident(e, n),
            E::BasicLit { kind } => {
                let text = f.text(span);
                let v = Value::from_literal(kind, &text);
                let t = match kind {
                    Token::Int => univ::UNTYPED_INT,
                    Token::Float => univ::UNTYPED_FLOAT,
                    Token::Imag => univ::UNTYPED_COMPLEX,
                    Token::Char => univ::UNTYPED_RUNE,
                    _ => univ::UNTYPED_STRING,
                };
                // go/types bounds literals too (go.dev/issue/54280).
                let v = self.constant_overflow(e, span.start, "", v, t);
                Operand::constant(t, v)
            }
            E::FuncLit { ty, body } => {
                self.push_scope();
                let sig = self.signature(ty, None, Vec::new());
                self.funcs.push(super::FuncCtx { sig });
                // The body sees the iota of the constant declaration around it, if any
                // (go.dev/issue/22345); a `const` inside the body sets its own.
                self.body_stmts(body);
                self.funcs.pop();
                self.pop_scope();
                Operand::value(sig)
            }
            E::CompositeLit { ty, elts, .. } => self.composite_lit(e, ty, &elts, hint),
            E::Paren { x, .. } => self.expr_or_type(x, hint),
            E::Selector { x, sel } => self.selector(e, x, sel),
            E::Index { x, index, .. } => self.index_expr(e, x, &[index], hint),
            E::IndexList { x, indices, .. } => self.index_expr(e, x, &indices, hint),
            E::Slice { x, low, high, max, .. } => {
                let xo = self.expr(x, None);
                for i in [low, high, max].into_iter().flatten() {
                    let io = self.expr(i, None);
                    self.convert_untyped(i, &io, univ::INT);
                }
                let Some(c) = self.core_string(xo.ty) else { return Operand::invalid() };
                match self.ty(c).clone() {
                    Type::Basic(k, _) if k.is_string() => {
                        if k == BasicKind::UntypedString {
                            Operand::value(univ::STRING)
                        } else {
                            Operand::value(xo.ty)
                        }
                    }
                    Type::Array(_, el) => Operand::value(self.new_type(Type::Slice(el))),
                    Type::Pointer(b) => {
                        let bu = self.under(b);
                        match self.ty(bu).clone() {
                            Type::Array(_, el) => Operand::value(self.new_type(Type::Slice(el))),
                            _ => Operand::invalid(),
                        }
                    }
                    Type::Slice(_) => Operand::value(xo.ty),
                    Type::Invalid => Operand::invalid(),
                    _ => {
                        self.error(span.start, format!("cannot slice {}", f.expr_string(x)));
                        Operand::invalid()
                    }
                }
            }
            E::TypeAssert { x, ty, .. } => {
                let _xo = self.expr(x, None);
                match ty {
                    Some(t) => {
                        let t = self.type_expr(t);
                        let mut o = Operand::value(t);
                        o.comma_ok = true;
                        o
                    }
                    None => {
                        self.error(span.start, "use of .(type) outside type switch");
                        Operand::invalid()
                    }
                }
            }
            E::Call { fun, args, ellipsis, .. } => {
                self.call(e, fun, &args, ellipsis.is_some(), hint)
            }
            E::Star { x } => {
                let xo = self.expr_or_type(x, None);
                match xo.mode {
                    Mode::TypeExpr => Operand::typ(self.new_type(Type::Pointer(xo.ty))),
                    Mode::None => Operand::invalid(),
                    _ => {
                        if xo.ty == univ::UNTYPED_NIL {
                            self.error(span.start, "invalid operation: cannot indirect nil");
                            return Operand::invalid();
                        }
                        match self.core(xo.ty).map(|c| self.ty(c).clone()) {
                            Some(Type::Pointer(b)) => {
                                let mut o = Operand::value(b);
                                o.addressable = true;
                                o
                            }
                            _ => {
                                if !matches!(self.ty(xo.ty), Type::Invalid) {
                                    self.error(
                                        span.start,
                                        format!(
                                            "invalid operation: cannot indirect {}",
                                            f.expr_string(x)
                                        ),
                                    );
                                }
                                Operand::invalid()
                            }
                        }
                    }
                }
            }
            E::Unary { op, x, .. } => self.unary(e, op, x, hint),
            E::Binary { x, op, y, .. } => self.binary(e, op, x, y, hint),
            E::KeyValue { .. } => {
                self.error(span.start, "unexpected key:value expression");
                Operand::invalid()
            }
            E::Ellipsis { .. } => Operand::invalid(),
            E::ArrayType { .. }
            | E::StructType { .. }
            | E::FuncType { .. }
            | E::InterfaceType { .. }
            | E::MapType { .. }
            | E::ChanType { .. } => {
                let t = self.type_expr_noref(e);
                Operand::typ(t)
            }
        }
    }

    /// A type expression checked through `expr_or_type` (it records itself there).
    fn type_expr_noref(&mut self, e: ExprId) -> TypeId {
        let record = self.record;
        let t = self.type_expr(e);
        self.record = record;
        t
    }

    fn ident(&mut self, e: ExprId, n: mapscope_syntax::ast::Name) -> Operand {
        let f = self.file();
        let text = f.name(n);
        if text == "_" {
            self.error(f[e].span.start, "cannot use _ as value or type");
            return Operand::invalid();
        }
        let Some(o) = self.lookup(n) else {
            self.error(f[e].span.start, format!("undefined: {text}"));
            return Operand::invalid();
        };
        let t = self.obj_type(o);
        match self.obj(o).kind.clone() {
            ObjKind::Const(v) => {
                if &*self.obj(o).name == "iota" && o.arena == 0 {
                    return match self.iota {
                        Some(i) => Operand::constant(univ::UNTYPED_INT, Value::Int(i)),
                        None => {
                            self.error(
                                f[e].span.start,
                                "cannot use iota outside constant declaration",
                            );
                            Operand::invalid()
                        }
                    };
                }
                Operand::constant(t, v)
            }
            ObjKind::TypeName => Operand::typ(t),
            ObjKind::Var { .. } => {
                if !self.lhs_mode {
                    self.used_vars.insert(o);
                }
                let mut x = Operand::value(t);
                x.addressable = true;
                x
            }
            ObjKind::Func => Operand::value(t),
            ObjKind::PkgName(_) => {
                self.error(f[e].span.start, format!("use of package {text} without selector"));
                Operand::invalid()
            }
            ObjKind::Builtin(b) => {
                let mut x = Operand::invalid();
                x.mode = Mode::Builtin;
                x.builtin = Some(b);
                x
            }
            ObjKind::Nil => Operand::value(univ::UNTYPED_NIL),
            ObjKind::Label => Operand::invalid(),
        }
    }

    fn selector(&mut self, e: ExprId, x: ExprId, sel: mapscope_syntax::ast::Ident) -> Operand {
        let f = self.file();
        let name = f.name(sel.name).to_string();
        // Qualified identifier?
        if let E::Ident(n) = f[x].kind {
            if let Some(o) = self.lookup(n) {
                if let ObjKind::PkgName(arena) = self.obj(o).kind {
                    self.used_pkgs.insert(o);
                    return self.qualified(e, arena, &name, sel.span.start);
                }
            }
        }
        let xo = self.expr_or_type(x, None);
        if xo.mode == Mode::None || matches!(self.ty(xo.ty), Type::Invalid) {
            return Operand::invalid();
        }
        if xo.mode == Mode::TypeExpr {
            // Method expression T.m: func with the receiver as first parameter.
            match self.lookup_field_or_method(xo.ty, &name) {
                Lookup::Method { sig, .. } => {
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
                _ => {
                    self.error(sel.span.start, format!("{}.{name} undefined", f.expr_string(x)));
                    return Operand::invalid();
                }
            }
        }
        match self.lookup_field_or_method(xo.ty, &name) {
            Lookup::Field { ty, indirect } => {
                let mut o = Operand::value(ty);
                o.addressable = xo.addressable
                    || indirect
                    || matches!(self.ty(self.unalias(xo.ty)), Type::Pointer(_));
                o
            }
            Lookup::Method { sig, .. } => {
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
            Lookup::Ambiguous => {
                self.error(
                    sel.span.start,
                    format!("ambiguous selector {}.{name}", f.expr_string(x)),
                );
                Operand::invalid()
            }
            Lookup::NotFound => {
                // Types derived from cgo's `C` (unknown here) give no further errors.
                let mut base = self.unalias(xo.ty);
                if let Type::Pointer(b) = self.ty(base) {
                    base = *b;
                }
                if self.under(base) == univ::INVALID {
                    return Operand::invalid();
                }
                self.error(
                    sel.span.start,
                    format!(
                        "{}.{name} undefined (type {} has no field or method {name})",
                        f.expr_string(x),
                        self.tstr(xo.ty)
                    ),
                );
                Operand::invalid()
            }
        }
    }

    /// A type as go/types writes it in messages (see [`super::MessageView`]).
    pub(crate) fn tstr(&self, t: TypeId) -> String {
        crate::types::type_string(&super::MessageView(self), t)
    }

    /// `of type T` as go/types' operand descriptions say it: a defined type or alias is
    /// introduced by its structure (`of struct type T`, `of int type MyInt`).
    pub(crate) fn of_type(&mut self, t: TypeId) -> String {
        let what = match self.ty(t) {
            Type::Named(_) | Type::Alias { .. } if !self.is_type_param(t) => {
                let u = self.under(t);
                match self.ty(u) {
                    Type::Basic(_, name) => format!("{name} "),
                    Type::Array(..) => "array ".into(),
                    Type::Slice(_) => "slice ".into(),
                    Type::Struct(_) => "struct ".into(),
                    Type::Pointer(_) => "pointer ".into(),
                    Type::Signature(_) => "func ".into(),
                    Type::Interface(_) => "interface ".into(),
                    Type::Map(..) => "map ".into(),
                    Type::Chan(..) => "chan ".into(),
                    Type::Tuple(_) => "tuple ".into(),
                    _ => String::new(),
                }
            }
            _ => String::new(),
        };
        format!("of {what}type {}", self.tstr(t))
    }

    fn qualified(&mut self, e: ExprId, arena: Option<u32>, name: &str, pos: u32) -> Operand {
        let _ = e;
        let Some(a) = arena else { return Operand::invalid() };
        let o = if a == u32::MAX {
            self.universe.unsafe_scope.get(name).copied()
        } else {
            self.done[a as usize - 1].get().and_then(|u| u.scope.get(name).copied())
        };
        let Some(o) = o.filter(|&o| crate::types::is_exported(&self.obj(o).name)) else {
            self.error(
                pos,
                format!("undefined: {}.{name}", self.pkg_path(a.min(self.done.len() as u32))),
            );
            return Operand::invalid();
        };
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

    fn index_expr(
        &mut self,
        e: ExprId,
        x: ExprId,
        indices: &[ExprId],
        hint: Option<TypeId>,
    ) -> Operand {
        let f = self.file();
        let xo = self.expr_or_type(x, None);
        if xo.mode == Mode::TypeExpr {
            // Instantiation of a generic type.
            let args: Vec<TypeId> = indices.iter().map(|&i| self.type_expr(i)).collect();
            let t = self.instantiate(xo.ty, args);
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
                let args: Vec<TypeId> = indices.iter().map(|&i| self.type_expr(i)).collect();
                if args.len() == s.tparams.len() {
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
                let _ = hint;
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

    fn composite_lit(
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
                if let E::ArrayType { len: Some(l), elt, .. } = f[te].kind.clone() {
                    if matches!(f[l].kind, E::Ellipsis { .. }) {
                        let et = self.type_expr(elt);
                        let n = self.array_lit_len(elts, et);
                        let t = self.new_type(Type::Array(Some(n), et));
                        self.rec(te, Mode::TypeExpr, t);
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
                    if let E::KeyValue { key, value, .. } = f[el].kind.clone() {
                        let fname = match f[key].kind {
                            E::Ident(n) => Some(f.name(n).to_string()),
                            _ => None,
                        };
                        let ft = fname.as_ref().and_then(|n| {
                            fields.iter().find(|fl| fl.name.as_ref() == n).map(|fl| fl.ty)
                        });
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
                    if let E::KeyValue { key, value, .. } = f[el].kind.clone() {
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
                    if let E::KeyValue { key, value, .. } = f[el].kind.clone() {
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
                        format!("invalid composite literal type {}", self.tstr(typ)),
                    );
                }
                for &el in elts {
                    if let E::KeyValue { value, .. } = f[el].kind.clone() {
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
            if let E::KeyValue { key, value, .. } = f[el].kind.clone() {
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

    fn unary(&mut self, e: ExprId, op: Token, x: ExprId, hint: Option<TypeId>) -> Operand {
        let f = self.file();
        match op {
            Token::And => {
                // &T{} with an elided pointer hint.
                let inner_hint =
                    hint.and_then(|h| match self.core(h).map(|c| self.ty(c).clone()) {
                        Some(Type::Pointer(b)) => Some(b),
                        _ => None,
                    });
                let mut inner = x;
                while let E::Paren { x: i, .. } = f[inner].kind {
                    inner = i;
                }
                let xo = if matches!(f[inner].kind, E::CompositeLit { .. }) {
                    self.expr(x, inner_hint)
                } else {
                    self.expr(x, None)
                };
                if xo.mode == Mode::None {
                    return Operand::invalid();
                }
                Operand::value(self.new_type(Type::Pointer(xo.ty)))
            }
            Token::Arrow => {
                let xo = self.expr(x, None);
                match self.core(xo.ty).map(|c| self.ty(c).clone()) {
                    Some(Type::Chan(_, el)) => {
                        let mut o = Operand::value(el);
                        o.comma_ok = true;
                        o
                    }
                    _ => {
                        if xo.mode != Mode::None {
                            self.error(
                                f[e].span.start,
                                format!(
                                    "invalid operation: cannot receive from {}",
                                    f.expr_string(x)
                                ),
                            );
                        }
                        Operand::invalid()
                    }
                }
            }
            _ => {
                let xo = self.expr(x, hint);
                if xo.mode == Mode::None {
                    return Operand::invalid();
                }
                if op == Token::Not {
                    let v = xo.val.as_ref().map(|v| v.unary(op, None));
                    return Operand { val: v, ..Operand::value(xo.ty) };
                }
                let bits = match self.basic(xo.ty) {
                    Some(k) if k.is_unsigned() => Some(k.size() as u32 * 8),
                    _ => None,
                };
                let v = xo.val.as_ref().map(|v| v.unary(op, bits));
                let v = v.map(|v| {
                    let name = if op == Token::Xor { "bitwise complement" } else { "" };
                    self.constant_overflow(e, op_pos(f, e), name, v, xo.ty)
                });
                Operand { val: v, ..Operand::value(xo.ty) }
            }
        }
    }

    /// go/types' `overflow`, run after every constant operation. A typed integer result must be
    /// representable in its type, and an untyped integer must fit in 512 bits ("must not grow
    /// arbitrarily"). Both errors leave the value unknown. The 512-bit rule also bounds the work
    /// a constant declaration can ask for: `c1 = c0 * c0; c2 = c1 * c1; ...` doubles the digits
    /// at every step (Go's test/fixedbugs/issue7746.go).
    fn constant_overflow(
        &mut self,
        e: ExprId,
        op_pos: u32,
        op_name: &str,
        v: Value,
        t: TypeId,
    ) -> Value {
        if !matches!(v, Value::Int(_) | Value::BigInt(_)) {
            return v;
        }
        if !self.is_untyped(t) {
            let Some(why) = self.not_representable(&v, t) else { return v };
            let shown = self.constant_text(e, &v, t);
            let msg = self.representation_error(shown, why, t);
            self.error(self.file()[e].span.start, msg);
            return Value::Unknown;
        }
        if v.as_bigint().is_some_and(|b| b.bits() > UNTYPED_INT_BITS) {
            let op = if op_name.is_empty() { String::new() } else { format!("{op_name} ") };
            self.error(op_pos, format!("constant {op}overflow"));
            return Value::Unknown;
        }
        v
    }

    /// Whether untyped constant operand `x` (expression `e`) can take the other operand's type
    /// `t`; reports go/types' `overflows`/`truncated to` error when it cannot.
    fn untyped_representable(&mut self, e: ExprId, x: &Operand, t: TypeId) -> bool {
        let Some(v) = &x.val else { return true };
        let Some(why) = self.not_representable(v, t) else { return true };
        let shown = self.constant_text(e, v, x.ty);
        let msg = self.representation_error(shown, why, t);
        self.error(self.file()[e].span.start, msg);
        false
    }

    /// go/types' `invalidConversion` after `representable`: the operand, then `overflows` or
    /// `truncated to`, then the basic type underlying `t` (go/types checks against that).
    fn representation_error(&mut self, operand: String, why: &str, t: TypeId) -> String {
        let basic = self.under(t);
        let basic = self.tstr(basic);
        match why {
            "truncated" => format!("{operand} truncated to {basic}"),
            _ => format!("{operand} overflows {basic}"),
        }
    }

    /// go/types' `lookupError` for a struct literal key `sel` that names no field of `base`:
    /// it points at a field spelled differently (by case, or by the case of its first letter).
    fn unknown_field(&mut self, fields: &[crate::types::Field], sel: &str, base: TypeId) -> String {
        let t = self.tstr(base);
        let Some(alt) = fields.iter().find(|fl| fl.name.to_lowercase() == sel.to_lowercase())
        else {
            return format!("unknown field {sel} in struct literal of type {t}");
        };
        let alt_name = alt.name.clone();
        let is_exported = crate::types::is_exported;
        let (sel_exp, alt_exp) = (is_exported(sel), is_exported(&alt_name));
        let tail = |s: &str| s.chars().skip(1).collect::<String>();
        let same_pkg = alt.pkg == self.arena_id;
        if same_pkg || (alt_exp && (sel_exp || tail(sel) == tail(&alt_name))) {
            format!("unknown field {sel} in struct literal of type {t}, but does have {alt_name}")
        } else if sel_exp && !alt_exp && tail(sel) == tail(&alt_name) {
            format!(
                "unknown field {sel} in struct literal of type {t}, but does have unexported {alt_name}"
            )
        } else {
            format!("unknown field {sel} in struct literal of type {t}")
        }
    }

    /// A constant operand as go/types prints it: `expr (untyped int constant)`, with the value
    /// after the kind when it reads differently from the expression, or `expr (constant V of
    /// type T)` for a typed one.
    fn constant_text(&mut self, e: ExprId, v: &Value, t: TypeId) -> String {
        let f = self.file();
        let text = f.expr_string(e);
        let value = v.go_string().unwrap_or_default();
        let value = if value.is_empty() || value == text.as_ref() {
            String::new()
        } else {
            format!(" {value}")
        };
        if self.is_untyped(t) {
            format!("{text} ({} constant{value})", self.tstr(t))
        } else {
            format!("{text} (constant{value} {})", self.of_type(t))
        }
    }

    /// An operand as go/types' messages print it: `expr (variable of type T)`, `expr (value of
    /// struct type T)`, a constant as [`Self::constant_text`], and untyped nil as `nil`.
    pub(crate) fn operand_text(&mut self, e: ExprId, x: &Operand) -> String {
        if x.val.is_none() && x.ty == univ::UNTYPED_NIL {
            return "nil".into();
        }
        match &x.val {
            Some(v) => self.constant_text(e, v, x.ty),
            None => {
                let mode = if x.addressable { "variable" } else { "value" };
                let text = self.file().expr_string(e);
                format!("{text} ({mode} {})", self.of_type(x.ty))
            }
        }
    }

    fn binary(
        &mut self,
        e: ExprId,
        op: Token,
        x: ExprId,
        y: ExprId,
        hint: Option<TypeId>,
    ) -> Operand {
        let f = self.file();
        let _ = e;
        if matches!(op, Token::Shl | Token::Shr) {
            let _ = hint;
            let xo = self.expr(x, None);
            let yo = self.expr(y, None);
            // A constant count stays untyped (go/types only checks it is representable as uint).
            if self.is_untyped(yo.ty) && yo.val.is_none() {
                self.convert_untyped(y, &yo, univ::UINT);
            }
            if let Some(v) = &xo.val {
                let integral = match v {
                    Value::Float(f) => f.fract() == 0.0,
                    Value::Complex(re, im) => *im == 0.0 && re.fract() == 0.0,
                    Value::Bool(_) | Value::String(_) => false,
                    Value::Int(_) | Value::BigInt(_) | Value::Unknown => true,
                };
                if !integral {
                    let msg = format!(
                        "invalid operation: shifted operand {} must be integer",
                        self.operand_text(x, &xo)
                    );
                    self.error(f[x].span.start, msg);
                    return Operand::invalid();
                }
            }
            let mut t = xo.ty;
            let count = yo.val.as_ref().and_then(Value::as_bigint);
            if count.as_ref().is_some_and(|c| c.sign() == Sign::Minus) {
                let msg = format!(
                    "invalid operation: negative shift count {}",
                    self.operand_text(y, &yo)
                );
                self.error(f[y].span.start, msg);
                return Operand {
                    val: xo.val.as_ref().map(|_| Value::Unknown),
                    ..Operand::value(t)
                };
            }
            let v = match (&xo.val, &yo.val) {
                // As go/types: an unknown operand (an error already reported) makes the result
                // unknown, silently.
                (Some(Value::Unknown), _) | (Some(_), Some(Value::Unknown)) => Some(Value::Unknown),
                (Some(a), Some(_)) => match count.and_then(|c| c.to_u64()) {
                    Some(s) if s <= SHIFT_BOUND => {
                        let name = if op == Token::Shl { "shift" } else { "" };
                        Some(self.constant_overflow(e, op_pos(f, e), name, a.shift(op, s), t))
                    }
                    _ => {
                        let msg = format!(
                            "invalid operation: invalid shift count {}",
                            self.operand_text(y, &yo)
                        );
                        self.error(f[y].span.start, msg);
                        Some(Value::Unknown)
                    }
                },
                _ => None,
            };
            if self.is_untyped(t)
                && matches!(
                    self.basic(t),
                    Some(BasicKind::UntypedFloat | BasicKind::UntypedComplex)
                )
            {
                // An untyped shifted operand must be an integer; a non-constant result stays untyped until
                // the context converts it (the conversion re-types the operand too).
                t = univ::UNTYPED_INT;
                self.retype_untyped(x, t);
            }
            return Operand { val: v, ..Operand::value(t) };
        }
        let is_cmp = matches!(
            op,
            Token::Eql | Token::Neq | Token::Lss | Token::Leq | Token::Gtr | Token::Geq
        );
        let xh = if is_cmp { None } else { hint };
        let mut xo = self.expr(x, xh);
        let mut yo = self.expr(y, xh);
        if xo.mode == Mode::None || yo.mode == Mode::None {
            return Operand::invalid();
        }
        // Match untyped operands to the other operand.
        let (xu, yu) = (self.is_untyped(xo.ty), self.is_untyped(yo.ty));
        let mismatch = match (xu, yu) {
            (false, false) => !is_cmp && !self.identical(xo.ty, yo.ty),
            (true, false) => !self.untyped_fits(xo.ty, yo.ty),
            (false, true) => !self.untyped_fits(yo.ty, xo.ty),
            (true, true) => false,
        };
        if mismatch
            && !matches!(self.ty(xo.ty), Type::Invalid)
            && !matches!(self.ty(yo.ty), Type::Invalid)
        {
            let f = self.file();
            // go/types reports a comparison's mismatch on its second operand, which is where it
            // learns of it, and any other operation's on the whole expression.
            let at = if is_cmp { f[y].span.start } else { f[e].span.start };
            self.error(
                at,
                format!(
                    "invalid operation: {} (mismatched types {} and {})",
                    f.expr_string(e),
                    self.tstr(xo.ty),
                    self.tstr(yo.ty)
                ),
            );
            return Operand::invalid();
        }
        if xu && !yu {
            if !self.untyped_representable(x, &xo, yo.ty) {
                return Operand::invalid();
            }
            self.convert_untyped(x, &xo, yo.ty);
            xo.ty = yo.ty;
        } else if yu && !xu {
            if !self.untyped_representable(y, &yo, xo.ty) {
                return Operand::invalid();
            }
            self.convert_untyped(y, &yo, xo.ty);
            yo.ty = xo.ty;
        } else if xu && yu {
            let r = |c: &Checker<'_>, t: TypeId| match c.ty(t) {
                Type::Basic(BasicKind::UntypedInt, _) => 1,
                Type::Basic(BasicKind::UntypedRune, _) => 2,
                Type::Basic(BasicKind::UntypedFloat, _) => 3,
                Type::Basic(BasicKind::UntypedComplex, _) => 4,
                _ => 0,
            };
            let (rx, ry) = (r(self, xo.ty), r(self, yo.ty));
            if rx > 0 && ry > 0 && rx != ry {
                // Both untyped: the operand of the smaller kind takes the larger kind.
                if rx > ry {
                    self.retype_untyped(y, xo.ty);
                    yo.ty = xo.ty;
                } else {
                    self.retype_untyped(x, yo.ty);
                    xo.ty = yo.ty;
                }
            }
        }
        if is_cmp {
            let v = match (&xo.val, &yo.val) {
                (Some(a), Some(b)) => Some(a.compare(op, b)),
                _ => None,
            };
            // Untyped operands of a comparison get their default types.
            if self.is_untyped(xo.ty) && self.is_untyped(yo.ty) && v.is_none() {
                let (dx, dy) = (self.default_type(xo.ty), self.default_type(yo.ty));
                self.convert_untyped(x, &xo, dx);
                self.convert_untyped(y, &yo, dy);
            }
            let t = univ::UNTYPED_BOOL;
            return Operand { val: v, ..Operand::value(t) };
        }
        let integer = self.basic(xo.ty).is_some_and(|k| k.is_integer());
        let v = match (&xo.val, &yo.val) {
            (Some(a), Some(b)) => {
                let mut v = a.binary(op, b, integer);
                if let (Value::Float(fl), true) = (&v, integer) {
                    v = Value::Int(*fl as i128);
                }
                let name = match op {
                    Token::Add => "addition",
                    Token::Sub => "subtraction",
                    Token::Xor => "bitwise XOR",
                    Token::Mul => "multiplication",
                    _ => "",
                };
                Some(self.constant_overflow(e, op_pos(f, e), name, v, xo.ty))
            }
            _ => None,
        };
        if op == Token::LAnd || op == Token::LOr {
            let t = if self.is_untyped(xo.ty) && self.is_untyped(yo.ty) {
                univ::UNTYPED_BOOL
            } else if self.is_untyped(xo.ty) {
                yo.ty
            } else {
                xo.ty
            };
            return Operand { val: v, ..Operand::value(t) };
        }
        let _ = f;
        Operand { val: v, ..Operand::value(xo.ty) }
    }

    /// Converts an untyped operand to `target`, re-recording the expression tree as go/types does.
    pub(crate) fn convert_untyped(&mut self, e: ExprId, x: &Operand, target: TypeId) {
        // nil keeps its untyped type in every context (go.dev/issue/13061).
        if !self.is_untyped(x.ty) || x.mode == Mode::None || x.ty == univ::UNTYPED_NIL {
            return;
        }
        let target = if self.is_untyped(target) {
            target
        } else if self.is_type_param(target) && self.core(target).is_none() {
            // A type parameter whose type set is all basic types takes the constant as itself.
            let c = match self.ty(self.unalias(target)) {
                Type::TypeParam { constraint, .. } => Some(*constraint),
                _ => None,
            };
            let terms = c.and_then(|c| self.type_set(c).terms);
            let all_basic = terms.is_some_and(|ts| {
                !ts.is_empty()
                    && ts.iter().all(|(_, t)| {
                        let u = self.under(*t);
                        matches!(self.ty(u), Type::Basic(..))
                    })
            });
            if all_basic { target } else { self.default_type(x.ty) }
        } else if self.is_interface(target) {
            if x.ty == univ::UNTYPED_NIL { univ::UNTYPED_NIL } else { self.default_type(x.ty) }
        } else {
            let tu = self.core(target).unwrap_or(target);
            match self.ty(tu) {
                Type::Basic(..) => target,
                _ => {
                    // nil stays untyped nil for pointers, slices, maps, channels, functions.
                    if x.ty == univ::UNTYPED_NIL {
                        return;
                    }
                    target
                }
            }
        };
        if target == x.ty {
            return;
        }
        self.update_expr_type(e, target);
    }

    /// Whether an untyped operand can take typed operand `t`'s type (a coarse representability check:
    /// the kind must fit; interfaces and type parameters accept everything).
    pub(crate) fn untyped_fits(&mut self, untyped: TypeId, t: TypeId) -> bool {
        if self.is_type_param(t) || self.is_interface(t) {
            return true;
        }
        let u = self.under(t);
        let k = match self.ty(untyped) {
            Type::Basic(k, _) => *k,
            _ => return true,
        };
        match self.ty(u) {
            Type::Basic(tk, _) => match k {
                BasicKind::UntypedBool => tk.is_boolean(),
                BasicKind::UntypedString => tk.is_string(),
                BasicKind::UntypedNil => *tk == BasicKind::UnsafePointer,
                BasicKind::UntypedInt
                | BasicKind::UntypedRune
                | BasicKind::UntypedFloat
                | BasicKind::UntypedComplex => tk.is_numeric(),
                _ => true,
            },
            Type::Pointer(_)
            | Type::Slice(_)
            | Type::Map(..)
            | Type::Chan(..)
            | Type::Signature(_) => k == BasicKind::UntypedNil,
            Type::Invalid => true,
            _ => false,
        }
    }

    /// Re-types an untyped expression to another untyped kind (go/types' non-final update: no recursion).
    fn retype_untyped(&mut self, e: ExprId, t: TypeId) {
        self.update_expr_type(e, t);
    }

    fn update_expr_type(&mut self, e: ExprId, t: TypeId) {
        stacker::maybe_grow(RED_ZONE, GROW, || self.update_expr_type_inner(e, t));
    }

    fn update_expr_type_inner(&mut self, e: ExprId, t: TypeId) {
        if !self.record {
            return;
        }
        let Some(r) = self.records[self.cur].get(e.index()).copied() else { return };
        if r.mode != Mode::Value || !self.is_untyped(r.ty) {
            return;
        }
        let f = self.file();
        match f[e].kind.clone() {
            E::Paren { x, .. } => self.update_expr_type(x, t),
            // Operands of constant expressions are never materialised: they stay untyped.
            E::Unary { .. } | E::Binary { .. } if r.konst => {}
            E::Unary { x, op, .. } if op != Token::Arrow && op != Token::And => {
                self.update_expr_type(x, t)
            }
            E::Binary { x, y, op, .. } => {
                let is_cmp = matches!(
                    op,
                    Token::Eql | Token::Neq | Token::Lss | Token::Leq | Token::Gtr | Token::Geq
                );
                if !is_cmp {
                    if matches!(op, Token::Shl | Token::Shr) {
                        self.update_expr_type(x, t);
                    } else {
                        self.update_expr_type(x, t);
                        self.update_expr_type(y, t);
                    }
                }
            }
            _ => {}
        }
        if r.konst {
            self.rec_const(e, t);
        } else {
            self.rec(e, Mode::Value, t);
        }
    }

    // ---- calls ----

    fn call(
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
                if let Some(&a) = args.first() {
                    let x = self.expr(a, Some(t));
                    let is_const_target = self.basic(t).is_some() && !self.is_type_param(t);
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
                    for &extra in &args[1..] {
                        self.expr(extra, None);
                    }
                    if is_const_target {
                        if let Some(v) = x.val {
                            // go/types' concise error for an integer constant that does not fit
                            // an integer type (go.dev/issue/63563).
                            let ints = self.basic(x.ty).is_some_and(BasicKind::is_integer)
                                && self.basic(t).is_some_and(BasicKind::is_integer);
                            if ints && self.not_representable(&v, t).is_some() {
                                let shown = v.go_string().unwrap_or_default();
                                let msg = format!("constant {shown} overflows {}", self.tstr(t));
                                self.error(f[a].span.start, msg);
                                return Operand::invalid();
                            }
                            let v = self.convert_const(v, t);
                            return Operand::constant(t, v);
                        }
                    }
                } else {
                    let rparen = match &f[e].kind {
                        E::Call { rparen, .. } => *rparen,
                        _ => f[e].span.start,
                    };
                    let msg = format!("missing argument in conversion to {}", self.tstr(t));
                    self.error(rparen, msg);
                }
                return Operand::value(t);
            }
            Mode::Builtin => {
                if let Some(b) = fo.builtin {
                    return self.builtin(e, b, args, dots, hint);
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
                    self.tstr(fo.ty)
                );
                self.error(f[fun].span.start, msg);
            }
            for &a in args {
                self.expr_or_type(a, None);
            }
            return Operand::invalid();
        };
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
        let np = sig.params.len();
        let nargs = arg_types.len();
        if !arg_types.iter().any(|(_, x)| x.mode == Mode::None) {
            let name = f.expr_string(fun);
            if nargs < np - usize::from(sig.variadic && !dots) {
                let rparen = match &f[e].kind {
                    E::Call { rparen, .. } => *rparen,
                    _ => f[e].span.end,
                };
                self.error(rparen, format!("not enough arguments in call to {name}"));
            } else if (dots || !sig.variadic) && nargs > np {
                let at = args.get(np).map_or(f[e].span.start, |&a| f[a].span.start);
                self.error(at, format!("too many arguments in call to {name}"));
            }
        }
        let mut sig = (*sig).clone();
        if !sig.tparams.is_empty() {
            self.rename_recursive_tparams(&mut sig, &arg_types);
            let explicit = self.partial_targs.remove(&fun).unwrap_or_default();
            let map = self.infer(&sig, &arg_types, dots, &explicit, hint);
            let tps = std::mem::take(&mut sig.tparams);
            let st = self.new_type(Type::Signature(Box::new(sig.clone())));
            let st = self.subst(st, &map);
            if let Type::Signature(s) = self.ty(st).clone() {
                sig = *s;
            }
            // Record the instantiated function type on the callee.
            let callee = self.new_type(Type::Signature(Box::new(Signature {
                tparams: Vec::new(),
                ..sig.clone()
            })));
            self.rec(fun, Mode::Value, callee);
            if tps.iter().any(|tp| !map.contains_key(tp)) {
                let fname = f.expr_string(fun);
                self.error(
                    f[e].span.start,
                    format!("in call to {fname}, cannot infer type arguments"),
                );
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
        // Untyped arguments take the parameter types; generic function arguments are instantiated
        // from the parameter's function type.
        let n = arg_types.len();
        for (i, (a, x)) in arg_types.iter().enumerate() {
            if let (Some(a), Some(pt)) = (a, self.param_type(&sig, i, n, dots)) {
                self.convert_untyped(*a, x, pt);
                let mut x = x.clone();
                if let Some(inst) = self.instantiate_func_value(*a, &x, pt) {
                    x.ty = inst;
                }
                let ctx = format!("argument to {}", f.expr_string(fun));
                self.check_assignable(*a, &x, pt, &ctx);
            }
        }
        match sig.results.len() {
            0 => Operand::value(univ::EMPTY_TUPLE),
            1 => Operand::value(sig.results[0].ty),
            _ => {
                let t = self.new_type(Type::Tuple(sig.results.clone()));
                Operand::value(t)
            }
        }
    }

    /// A generic function used as a value of function type `target` (an argument, an initializer):
    /// infers its type arguments from `target` and re-records the expression with the instance.
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
        let mut inner = e;
        while let E::Paren { x, .. } = self.file()[inner].kind {
            inner = x;
        }
        if let Some(explicit) = self.partial_targs.remove(&inner) {
            for (tp, a) in gs.tparams.iter().zip(explicit) {
                map.insert(*tp, a);
            }
        }
        self.unify(x.ty, tc, &gs.tparams, &mut map, 0);
        self.core_infer(&gs, &mut map);
        if gs.tparams.iter().any(|tp| !map.contains_key(tp)) {
            return None;
        }
        let mut s2 = (*gs).clone();
        s2.tparams = Vec::new();
        let t = self.new_type(Type::Signature(Box::new(s2)));
        let inst = self.subst(t, &map);
        let f = self.file();
        let mut cur = e;
        loop {
            self.rec(cur, Mode::Value, inst);
            match f[cur].kind {
                E::Paren { x, .. } => cur = x,
                _ => break,
            }
        }
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
        let mut map = FxHashMap::default();
        let mut fresh = Vec::new();
        for &tp in &sig.tparams {
            let Type::TypeParam { obj, index, constraint } = self.ty(tp).clone() else { return };
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
        for fl in sig.params.iter_mut().chain(sig.results.iter_mut()) {
            fl.ty = self.subst(fl.ty, &map);
        }
        sig.tparams = fresh;
    }

    /// The parameter type for argument `i` (variadic parameters give their element type).
    fn param_type(
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

    /// Infers type arguments for a generic call by unification.
    fn infer(
        &mut self,
        sig: &Signature,
        args: &[(Option<ExprId>, Operand)],
        dots: bool,
        explicit: &[TypeId],
        hint: Option<TypeId>,
    ) -> FxHashMap<TypeId, TypeId> {
        let mut map: FxHashMap<TypeId, TypeId> = FxHashMap::default();
        for (tp, &a) in sig.tparams.iter().zip(explicit) {
            map.insert(*tp, a);
        }
        let n = args.len();
        let mut untyped: Vec<(TypeId, TypeId)> = Vec::new();
        for (i, (_, x)) in args.iter().enumerate() {
            if x.mode == Mode::None {
                continue;
            }
            let Some(pt) = self.param_type(sig, i, n, dots) else { continue };
            if self.is_untyped(x.ty) {
                let ptu = self.unalias(pt);
                if sig.tparams.contains(&ptu) {
                    untyped.push((ptu, x.ty));
                }
                continue;
            }
            // Generic function arguments are instantiated afterwards, from the inferred parameter type.
            if matches!(self.ty(x.ty), Type::Signature(s) if !s.tparams.is_empty()) {
                continue;
            }
            self.unify(pt, x.ty, &sig.tparams, &mut map, 0);
        }
        // Constraint (core type) inference comes before untyped defaults, as in go/types.
        self.core_infer(sig, &mut map);
        // Untyped constants: the largest default kind among the arguments for the same parameter.
        let mut best: Vec<(TypeId, TypeId)> = Vec::new();
        for (tp, ut) in untyped {
            if map.contains_key(&tp) || ut == univ::UNTYPED_NIL {
                continue;
            }
            let rank = |c: &Checker<'_>, t: TypeId| match c.ty(t) {
                Type::Basic(BasicKind::UntypedInt, _) => 1,
                Type::Basic(BasicKind::UntypedRune, _) => 2,
                Type::Basic(BasicKind::UntypedFloat, _) => 3,
                Type::Basic(BasicKind::UntypedComplex, _) => 4,
                _ => 0,
            };
            match best.iter_mut().find(|(t, _)| *t == tp) {
                Some((_, cur)) => {
                    if rank(self, ut) > rank(self, *cur) {
                        *cur = ut;
                    }
                }
                None => best.push((tp, ut)),
            }
        }
        let _ = hint;
        for (tp, ut) in best {
            let d = self.default_type(ut);
            map.insert(tp, d);
        }
        self.core_infer(sig, &mut map);
        // Bound type arguments may mention other type parameters: substitute to a fixpoint.
        for _ in 0..3 {
            let keys: Vec<TypeId> = map.keys().copied().collect();
            let mut changed = false;
            for k in keys {
                let v = map[&k];
                let s = self.subst(v, &map);
                if s != v {
                    map.insert(k, s);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        map
    }

    /// Infers type arguments from single-term constraints (`S ~[]E`): unify the core term with the bound
    /// argument, or take the term itself once it is fully known.
    fn core_infer(&mut self, sig: &Signature, map: &mut FxHashMap<TypeId, TypeId>) {
        for _ in 0..4 {
            let mut changed = false;
            for &tp in &sig.tparams {
                let Type::TypeParam { constraint, .. } = self.ty(tp).clone() else { continue };
                let ts = self.type_set(constraint);
                let Some(terms) = ts.terms else { continue };
                if terms.len() != 1 {
                    continue;
                }
                let (tilde, core) = terms[0];
                if let Some(&bound) = map.get(&tp) {
                    let bu = if self.is_type_param(bound) {
                        self.core(bound).unwrap_or(bound)
                    } else if tilde {
                        self.under(bound)
                    } else {
                        bound
                    };
                    let before = map.len();
                    self.unify(core, bu, &sig.tparams, map, 0);
                    changed |= map.len() != before;
                } else {
                    // If the core term is fully known after substitution, it is the argument.
                    let c = self.subst(core, map);
                    let mut free = Vec::new();
                    self.collect_free(c, &sig.tparams, &mut free, 0);
                    if free.is_empty() && !matches!(self.ty(c), Type::Invalid) {
                        map.insert(tp, c);
                        changed = true;
                    }
                }
            }
            if !changed {
                break;
            }
        }
    }

    fn collect_free(&self, t: TypeId, tparams: &[TypeId], out: &mut Vec<TypeId>, depth: u32) {
        if depth > 20 {
            return;
        }
        if tparams.contains(&t) {
            out.push(t);
            return;
        }
        match self.ty(t) {
            Type::Pointer(x) | Type::Slice(x) | Type::Array(_, x) | Type::Chan(_, x) => {
                self.collect_free(*x, tparams, out, depth + 1)
            }
            Type::Map(k, v) => {
                self.collect_free(*k, tparams, out, depth + 1);
                self.collect_free(*v, tparams, out, depth + 1);
            }
            Type::Named(n) => {
                for &a in &n.targs {
                    self.collect_free(a, tparams, out, depth + 1);
                }
            }
            Type::Signature(s) => {
                for fl in s.params.iter().chain(s.results.iter()) {
                    self.collect_free(fl.ty, tparams, out, depth + 1);
                }
            }
            Type::Struct(fs) | Type::Tuple(fs) => {
                for fl in fs {
                    self.collect_free(fl.ty, tparams, out, depth + 1);
                }
            }
            Type::Interface(it) => {
                for &m in &it.methods {
                    self.collect_free(self.obj(m).ty, tparams, out, depth + 1);
                }
                for &e in &it.embeddeds {
                    self.collect_free(e, tparams, out, depth + 1);
                }
            }
            Type::Union(terms) => {
                for &(_, t) in terms {
                    self.collect_free(t, tparams, out, depth + 1);
                }
            }
            Type::Alias { rhs, .. } => self.collect_free(*rhs, tparams, out, depth + 1),
            _ => {}
        }
    }

    /// Unifies parameter type `p` (mentioning `tparams`) with argument type `a`.
    pub(crate) fn unify(
        &mut self,
        p: TypeId,
        a: TypeId,
        tparams: &[TypeId],
        map: &mut FxHashMap<TypeId, TypeId>,
        depth: u32,
    ) {
        if depth > 30 {
            return;
        }
        if depth == 0 {
            // Nothing to infer from a parameter type without type parameters.
            let mut free = Vec::new();
            self.collect_free(p, tparams, &mut free, 0);
            if free.is_empty() {
                return;
            }
        }
        let p = self.unalias(p);
        if tparams.contains(&p) {
            match map.get(&p) {
                None => {
                    map.insert(p, a);
                }
                Some(&b) => {
                    // Prefer a named type over a type literal for the same parameter.
                    let bn = matches!(self.ty(self.unalias(b)), Type::Named(_));
                    let an = matches!(self.ty(self.unalias(a)), Type::Named(_));
                    if !bn && an {
                        map.insert(p, a);
                    }
                }
            }
            return;
        }
        let a0 = a;
        let a = self.unalias(a);
        let (tp, ta) = (self.ty(p).clone(), self.ty(a).clone());
        // An interface parameter against a different argument type: unify the methods' signatures
        // (go/types' inexact interface unification), e.g. `func F[N any](g Graph[N])` called with a *T.
        let same_origin = matches!((&tp, &ta), (Type::Named(x), Type::Named(y)) if x.origin.is_some() && x.origin == y.origin);
        let mentions_tparams = !same_origin && depth < 4 && {
            let mut free = Vec::new();
            self.collect_free(p, tparams, &mut free, 0);
            !free.is_empty()
        };
        if mentions_tparams && !matches!(tp, Type::TypeParam { .. }) {
            let pu = self.under(p);
            if let Type::Interface(_) = self.ty(pu) {
                let ts = self.type_set(p);
                for m in ts.methods {
                    let name = self.obj(m).name.clone();
                    let want = self.obj(m).ty;
                    if let Lookup::Method { sig, .. } = self.lookup_field_or_method(a, &name) {
                        self.unify(want, sig, tparams, map, depth + 1);
                    }
                }
                return;
            }
        }
        match (&tp, &ta) {
            (Type::Named(np), Type::Named(na)) => {
                if let (Some(op), Some(oa)) = (np.origin, na.origin) {
                    if op == oa || self.identical(op, oa) {
                        for (x, y) in np.targs.clone().into_iter().zip(na.targs.clone()) {
                            self.unify(x, y, tparams, map, depth + 1);
                        }
                        return;
                    }
                }
                // Different named types: try the argument's underlying against an interface or literal.
                let _ = a0;
            }
            (Type::Named(_), Type::TypeParam { .. }) => {}
            (Type::Named(_), _) => {
                // Inexact unification: a named parameter type against a type literal argument.
                let pu = self.under(p);
                if pu != p && !matches!(self.ty(pu), Type::Interface(_)) {
                    self.unify(pu, a, tparams, map, depth + 1);
                }
            }
            (_, Type::TypeParam { .. }) => {
                // An argument of type parameter type unifies through its core type.
                if let Some(c) = self.core(a) {
                    if c != a && !self.is_type_param(c) {
                        self.unify(p, c, tparams, map, depth + 1);
                    }
                }
            }
            (_, Type::Named(_)) if !matches!(tp, Type::Interface(_)) => {
                // Inexact unification: a type literal parameter matches the argument's underlying type.
                let au = self.under(a);
                if au != a {
                    self.unify(p, au, tparams, map, depth + 1);
                }
            }
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                self.unify(*x, *y, tparams, map, depth + 1)
            }
            (Type::Array(_, x), Type::Array(_, y)) | (Type::Chan(_, x), Type::Chan(_, y)) => {
                self.unify(*x, *y, tparams, map, depth + 1)
            }
            (Type::Map(k1, v1), Type::Map(k2, v2)) => {
                self.unify(*k1, *k2, tparams, map, depth + 1);
                self.unify(*v1, *v2, tparams, map, depth + 1);
            }
            (Type::Signature(s1), Type::Signature(s2)) => {
                for (x, y) in s1.params.iter().zip(s2.params.iter()) {
                    self.unify(x.ty, y.ty, tparams, map, depth + 1);
                }
                for (x, y) in s1.results.iter().zip(s2.results.iter()) {
                    self.unify(x.ty, y.ty, tparams, map, depth + 1);
                }
            }
            (Type::Struct(f1), Type::Struct(f2)) => {
                for (x, y) in f1.iter().zip(f2.iter()) {
                    self.unify(x.ty, y.ty, tparams, map, depth + 1);
                }
            }
            _ => {}
        }
    }

    fn convert_const(&mut self, v: Value, t: TypeId) -> Value {
        match self.basic(t) {
            Some(k) if k.is_integer() => match v.as_i128() {
                Some(i) => Value::Int(i),
                None => v,
            },
            Some(k) if k.is_float() => v.as_f64().map_or(v, Value::Float),
            Some(k) if k.is_string() => match v {
                Value::Int(i) => {
                    Value::String(char::from_u32(i as u32).unwrap_or('\u{fffd}').to_string().into())
                }
                v => v,
            },
            _ => v,
        }
    }

    // ---- builtins ----

    fn builtin(
        &mut self,
        e: ExprId,
        b: Builtin,
        args: &[ExprId],
        dots: bool,
        hint: Option<TypeId>,
    ) -> Operand {
        let f = self.file();
        let _ = dots;
        let nargs = args.len();
        let arg = |c: &mut Self, i: usize, h: Option<TypeId>| -> Operand {
            match args.get(i) {
                Some(&a) => c.expr(a, h),
                None => Operand::invalid(),
            }
        };
        let rest = |c: &mut Self, from: usize| {
            for &a in args.iter().skip(from) {
                c.expr_or_type(a, None);
            }
        };
        let sig_rec =
            |c: &mut Self, params: Vec<TypeId>, result: Option<TypeId>, variadic: bool| {
                let s = Signature {
                    params: params.into_iter().map(|t| field("", t)).collect(),
                    results: result.into_iter().map(|t| field("", t)).collect(),
                    variadic,
                    ..Default::default()
                };
                let t = c.new_type(Type::Signature(Box::new(s)));
                if let E::Call { fun, .. } = &f[e].kind {
                    let mut fun = *fun;
                    loop {
                        c.rec(fun, Mode::Builtin, t);
                        match &f[fun].kind {
                            E::Paren { x, .. } => fun = *x,
                            _ => break,
                        }
                    }
                }
            };
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = arg(self, 0, None);
                rest(self, 1);
                // An untyped string constant argument stays untyped (the result is constant).
                let xt = x.ty;
                if !self.is_untyped(xt) {
                    sig_rec(self, vec![xt], Some(univ::INT), false);
                }
                // Constant for strings constants and arrays.
                let v = match (&x.val, self.under(xt)) {
                    (Some(Value::String(s)), _) => Some(Value::Int(s.len() as i128)),
                    (_, u) => match self.ty(u) {
                        Type::Array(Some(n), _)
                            if !self.has_call_or_recv(args.first().copied()) =>
                        {
                            Some(Value::Int(*n as i128))
                        }
                        Type::Pointer(p) => {
                            let p = *p;
                            let pu = self.under(p);
                            match self.ty(pu) {
                                Type::Array(Some(n), _)
                                    if !self.has_call_or_recv(args.first().copied()) =>
                                {
                                    Some(Value::Int(*n as i128))
                                }
                                _ => None,
                            }
                        }
                        _ => None,
                    },
                };
                match v {
                    Some(v) => Operand::constant(univ::INT, v),
                    None => Operand::value(univ::INT),
                }
            }
            Builtin::Append => {
                let s = arg(self, 0, hint);
                let st =
                    if s.ty == univ::UNTYPED_NIL { hint.unwrap_or(univ::INVALID) } else { s.ty };
                let elem = match self.core(st).map(|c| self.ty(c).clone()) {
                    Some(Type::Slice(e)) => e,
                    _ => univ::INVALID,
                };
                let mut params = vec![st];
                if dots && nargs == 2 {
                    // `append(b, "const"...)`: the untyped string operand stays untyped.
                    let x = arg(self, 1, Some(st));
                    let xt = if self.is_untyped(x.ty) { self.default_type(x.ty) } else { x.ty };
                    params.push(if self.is_string(xt) && !self.is_type_param(xt) {
                        xt
                    } else {
                        st
                    });
                    sig_rec(self, params, Some(st), true);
                } else {
                    for (i, &a) in args.iter().enumerate().skip(1) {
                        let x = arg(self, i, Some(elem));
                        self.convert_untyped(a, &x, elem);
                    }
                    params.push(st);
                    sig_rec(self, params, Some(st), true);
                }
                Operand::value(st)
            }
            Builtin::Make | Builtin::New => {
                let t = match args.first() {
                    // Go 1.26: `new(expr)` allocates a variable initialised to the value of expr.
                    Some(&a) if b == Builtin::New => {
                        let x = self.expr_or_type(a, None);
                        match x.mode {
                            Mode::TypeExpr => x.ty,
                            Mode::None => univ::INVALID,
                            _ => {
                                let d = self.default_type(x.ty);
                                self.convert_untyped(a, &x, d);
                                d
                            }
                        }
                    }
                    Some(&a) => self.type_expr(a),
                    None => univ::INVALID,
                };
                let mut params = vec![t];
                for (i, &a) in args.iter().enumerate().skip(1) {
                    let x = arg(self, i, None);
                    let d = if self.is_untyped(x.ty) { univ::INT } else { x.ty };
                    self.convert_untyped(a, &x, d);
                    params.push(d);
                }
                if b == Builtin::New {
                    let p = self.new_type(Type::Pointer(t));
                    sig_rec(self, params, Some(p), false);
                    return Operand::value(p);
                }
                sig_rec(self, params, Some(t), false);
                Operand::value(t)
            }
            Builtin::Delete => {
                let m = arg(self, 0, None);
                let kt = match self.core(m.ty).map(|c| self.ty(c).clone()) {
                    Some(Type::Map(k, _)) => Some(k),
                    _ => None,
                };
                let k = arg(self, 1, kt);
                if let (Some(kt), Some(&a)) = (kt, args.get(1)) {
                    self.convert_untyped(a, &k, kt);
                }
                rest(self, 2);
                sig_rec(self, vec![m.ty, kt.unwrap_or(k.ty)], None, false);
                Operand::value(univ::EMPTY_TUPLE)
            }
            Builtin::Clear | Builtin::Close => {
                let x = arg(self, 0, None);
                rest(self, 1);
                sig_rec(self, vec![x.ty], None, false);
                Operand::value(univ::EMPTY_TUPLE)
            }
            Builtin::Copy => {
                // `copy(b, "const")`: the untyped string operand stays untyped.
                let d = arg(self, 0, None);
                let s = arg(self, 1, None);
                let st = if self.is_untyped(s.ty) { univ::STRING } else { s.ty };
                rest(self, 2);
                sig_rec(self, vec![d.ty, st], Some(univ::INT), false);
                Operand::value(univ::INT)
            }
            Builtin::Panic => {
                let x = arg(self, 0, Some(univ::EMPTY_IFACE));
                if let Some(&a) = args.first() {
                    self.convert_untyped(a, &x, univ::EMPTY_IFACE);
                }
                rest(self, 1);
                sig_rec(self, vec![univ::EMPTY_IFACE], None, false);
                Operand::value(univ::EMPTY_TUPLE)
            }
            Builtin::Print | Builtin::Println => {
                let mut ps = Vec::new();
                for (i, &a) in args.iter().enumerate() {
                    let x = arg(self, i, None);
                    let d = self.default_type(x.ty);
                    self.convert_untyped(a, &x, d);
                    ps.push(d);
                }
                sig_rec(self, ps, None, false);
                Operand::value(univ::EMPTY_TUPLE)
            }
            Builtin::Recover => {
                // go/types gives recover() a fresh `interface{}`, not the `any` alias.
                let t = self.new_type(Type::Interface(Box::default()));
                sig_rec(self, vec![], Some(t), false);
                Operand::value(t)
            }
            Builtin::Complex => {
                let x = arg(self, 0, None);
                let y = arg(self, 1, None);
                let (xu, yu) = (self.is_untyped(x.ty), self.is_untyped(y.ty));
                let ft = if !xu {
                    x.ty
                } else if !yu {
                    y.ty
                } else {
                    univ::UNTYPED_FLOAT
                };
                if let Some(&a) = args.first().filter(|_| !(xu && yu)) {
                    self.convert_untyped(a, &x, ft);
                }
                if let Some(&a) = args.get(1).filter(|_| !(xu && yu)) {
                    self.convert_untyped(a, &y, ft);
                }
                let rt = match self.basic(ft) {
                    Some(BasicKind::Float32) => univ::COMPLEX64,
                    Some(BasicKind::Float64) => univ::COMPLEX128,
                    _ => univ::UNTYPED_COMPLEX,
                };
                if rt != univ::UNTYPED_COMPLEX {
                    sig_rec(self, vec![ft, ft], Some(rt), false);
                }
                let v = match (
                    x.val.as_ref().and_then(Value::as_f64),
                    y.val.as_ref().and_then(Value::as_f64),
                ) {
                    (Some(a), Some(b)) => Some(Value::Complex(a, b)),
                    _ => None,
                };
                Operand { val: v, ..Operand::value(rt) }
            }
            Builtin::Real | Builtin::Imag => {
                let x = arg(self, 0, None);
                let rt = match self.basic(x.ty) {
                    Some(BasicKind::Complex64) => univ::FLOAT32,
                    Some(BasicKind::Complex128) => univ::FLOAT64,
                    _ => univ::UNTYPED_FLOAT,
                };
                if rt != univ::UNTYPED_FLOAT {
                    sig_rec(self, vec![x.ty], Some(rt), false);
                }
                Operand::value(rt)
            }
            Builtin::Min | Builtin::Max => {
                let mut xs = Vec::new();
                for i in 0..nargs {
                    xs.push(arg(self, i, hint));
                }
                let typed = xs.iter().find(|x| !self.is_untyped(x.ty)).map(|x| x.ty);
                let t = match typed {
                    Some(t) => t,
                    None => {
                        // All untyped: the largest kind.
                        let mut best = univ::UNTYPED_INT;
                        for x in &xs {
                            if matches!(self.ty(x.ty), Type::Basic(BasicKind::UntypedFloat, _)) {
                                best = univ::UNTYPED_FLOAT;
                            } else if matches!(
                                self.ty(x.ty),
                                Type::Basic(BasicKind::UntypedRune, _)
                            ) && best == univ::UNTYPED_INT
                            {
                                best = univ::UNTYPED_RUNE;
                            } else if matches!(
                                self.ty(x.ty),
                                Type::Basic(BasicKind::UntypedString, _)
                            ) {
                                best = univ::UNTYPED_STRING;
                            }
                        }
                        best
                    }
                };
                if typed.is_some() {
                    for (i, x) in xs.iter().enumerate() {
                        self.convert_untyped(args[i], x, t);
                    }
                    sig_rec(self, vec![t; nargs], Some(t), false);
                }
                let v = if xs.iter().all(|x| x.val.is_some()) && !xs.is_empty() {
                    let mut best = xs[0].val.clone().unwrap_or(Value::Unknown);
                    for x in &xs[1..] {
                        let v = x.val.clone().unwrap_or(Value::Unknown);
                        let less = v.compare(Token::Lss, &best) == Value::Bool(true);
                        if (b == Builtin::Min) == less {
                            best = v;
                        }
                    }
                    Some(best)
                } else {
                    None
                };
                Operand { val: v, ..Operand::value(t) }
            }
            Builtin::Sizeof | Builtin::Alignof | Builtin::Offsetof => {
                let x = arg(self, 0, None);
                let d = self.default_type(x.ty);
                if let Some(&a) = args.first() {
                    self.convert_untyped(a, &x, d);
                }
                let v = match b {
                    Builtin::Sizeof => self.size_of(d, 0),
                    Builtin::Alignof => self.align_of(d, 0),
                    _ => {
                        // unsafe.Offsetof(x.f): the offset of f within x's struct type.
                        let mut sel = args.first().copied();
                        while let Some(E::Paren { x, .. }) = sel.map(|s| f[s].kind.clone()) {
                            sel = Some(x);
                        }
                        match sel.map(|s| f[s].kind.clone()) {
                            Some(E::Selector { x: base, sel: name }) => {
                                let bt = self.records_type(base);
                                let bt = match bt.map(|t| self.ty(self.unalias(t)).clone()) {
                                    Some(Type::Pointer(p)) => Some(p),
                                    _ => bt,
                                };
                                bt.and_then(|bt| self.offset_of(bt, f.name(name.name), 0))
                            }
                            _ => None,
                        }
                    }
                };
                let v = v.map_or(Value::Unknown, |n| Value::Int(n as i128));
                Operand::constant(univ::UINTPTR, v)
            }
            Builtin::Add => {
                let p = arg(self, 0, None);
                let n = arg(self, 1, None);
                if let Some(&a) = args.get(1) {
                    self.convert_untyped(a, &n, univ::INT);
                }
                sig_rec(
                    self,
                    vec![p.ty, if self.is_untyped(n.ty) { univ::INT } else { n.ty }],
                    Some(p.ty),
                    false,
                );
                Operand::value(univ::UNSAFE_POINTER)
            }
            Builtin::Slice => {
                let p = arg(self, 0, None);
                let n = arg(self, 1, None);
                let nt = if self.is_untyped(n.ty) { univ::INT } else { n.ty };
                if let Some(&a) = args.get(1) {
                    self.convert_untyped(a, &n, nt);
                }
                let el = match self.core(p.ty).map(|c| self.ty(c).clone()) {
                    Some(Type::Pointer(e)) => e,
                    _ => univ::INVALID,
                };
                let st = self.new_type(Type::Slice(el));
                sig_rec(self, vec![p.ty, nt], Some(st), false);
                Operand::value(st)
            }
            Builtin::SliceData => {
                let s = arg(self, 0, None);
                let el = match self.core(s.ty).map(|c| self.ty(c).clone()) {
                    Some(Type::Slice(e)) => e,
                    _ => univ::INVALID,
                };
                let pt = self.new_type(Type::Pointer(el));
                sig_rec(self, vec![s.ty], Some(pt), false);
                Operand::value(pt)
            }
            Builtin::String => {
                let p = arg(self, 0, None);
                let n = arg(self, 1, None);
                let nt = if self.is_untyped(n.ty) { univ::INT } else { n.ty };
                if let Some(&a) = args.get(1) {
                    self.convert_untyped(a, &n, nt);
                }
                sig_rec(self, vec![p.ty, nt], Some(univ::STRING), false);
                Operand::value(univ::STRING)
            }
            Builtin::StringData => {
                let s = arg(self, 0, None);
                let st = if self.is_untyped(s.ty) { univ::STRING } else { s.ty };
                if let Some(&a) = args.first() {
                    self.convert_untyped(a, &s, st);
                }
                let pt = self.new_type(Type::Pointer(univ::BYTE));
                sig_rec(self, vec![st], Some(pt), false);
                Operand::value(pt)
            }
        }
    }

    fn has_call_or_recv(&self, e: Option<ExprId>) -> bool {
        let Some(e) = e else { return false };
        let f = self.file();
        let mut stack = vec![e];
        while let Some(x) = stack.pop() {
            match &f[x].kind {
                E::Call { .. } => return true,
                E::Unary { op: Token::Arrow, .. } => return true,
                E::Paren { x, .. } | E::Star { x } | E::Unary { x, .. } => stack.push(*x),
                E::Selector { x, .. } => stack.push(*x),
                E::Index { x, index, .. } => {
                    stack.push(*x);
                    stack.push(*index);
                }
                E::Binary { x, y, .. } => {
                    stack.push(*x);
                    stack.push(*y);
                }
                _ => {}
            }
        }
        false
    }

    pub(crate) fn chan_elem(&mut self, t: TypeId) -> Option<(ChanDir, TypeId)> {
        match self.core(t).map(|c| self.ty(c).clone()) {
            Some(Type::Chan(d, e)) => Some((d, e)),
            _ => None,
        }
    }
}

fn args_of(c: &mut Checker<'_>, indices: &[ExprId]) -> Vec<TypeId> {
    indices.iter().map(|&i| c.type_expr(i)).collect()
}
