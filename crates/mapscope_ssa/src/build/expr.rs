//! Expressions, calls, builtins, conversions, selectors and composite literals (follows go/ssa's
//! `builder.go`: `expr0`, `addr`, `setCall`, `builtin`, `compLit`, and `emit.go`'s conversions).
//!
//! Operands the checker could not type come out as the zero constant of their (invalid) type, so a
//! function with type errors still gets IR for what was typed; the verifier reports the rest.

use super::Values;
use super::func::FnLower;
use crate::ir::{
    BinaryOp, Builtin, CallCommon, Callee, ConstValue, ConversionKind, InstrKind, UnaryOp,
    ValueDef, ValueId,
};
use crate::type_info::TypeInfo;
use mapscope_syntax::Span;
use mapscope_syntax::Token;
use mapscope_syntax::ast::{ExprId, ExprKind};
use mapscope_syntax::stack::maybe_grow;
use mapscope_types::check::{Mode, Selection};
use mapscope_types::constant::Value;
use mapscope_types::types::{Builtin as B, ObjId, ObjKind, Type, TypeId, TypeView, univ};
use smallvec::smallvec;

impl FnLower<'_, '_> {
    pub fn expr_type(&self, e: ExprId) -> TypeId {
        self.cx.fcx().records.get(e.index()).map_or(univ::INVALID, |r| r.ty)
    }

    fn expr_mode(&self, e: ExprId) -> Mode {
        self.cx.fcx().records.get(e.index()).map_or(Mode::None, |r| r.mode)
    }

    /// Evaluates `e` for its effects (an expression statement).
    pub fn expr_effects(&mut self, e: ExprId) {
        let f = self.cx.f();
        match &f[e].kind {
            ExprKind::Call { .. } => {
                self.call(e);
            }
            ExprKind::Paren { x, .. } => self.expr_effects(*x),
            _ => {
                self.expr(e);
            }
        }
    }

    pub fn expr(&mut self, e: ExprId) -> ValueId {
        maybe_grow(|| self.expr_inner(e))
    }

    fn expr_inner(&mut self, e: ExprId) -> ValueId {
        let f = self.cx.f();
        let span = f[e].span;
        let ty = self.expr_type(e);
        if let Some(r) = self.cx.fcx().records.get(e.index()) {
            if r.is_const {
                return self.const_of(e, ty);
            }
        }
        match &f[e].kind {
            ExprKind::Paren { x, .. } => self.expr(*x),
            ExprKind::Ident(_) => match self.use_of(e) {
                Some(o) => self.object_value(o, ty, span),
                None => self.zero(ty),
            },
            ExprKind::FuncLit { ty: fty, body } => self.func_lit(e, *fty, *body),
            ExprKind::CompositeLit { elts, .. } => self.composite(ty, elts, span),
            ExprKind::Selector { x, sel } => self.selector(e, *x, sel.span.start, ty, span),
            ExprKind::Index { x, index, .. } => {
                if self.is_map_expr(*x) {
                    let map = self.expr(*x);
                    let key = self.expr(*index);
                    return self.map_lookup(map, key, false, span)[0];
                }
                if self.cx.types.core_matches(ty, |t| matches!(t, Type::Signature(_)))
                    && self
                        .cx
                        .types
                        .core_matches(self.expr_type(*x), |t| matches!(t, Type::Signature(_)))
                    && !self.is_indexable(*x)
                {
                    // An instantiation f[T]: the generic function itself.
                    return self.expr(*x);
                }
                self.index_value(*x, *index, ty, span)
            }
            ExprKind::IndexList { x, .. } => self.expr(*x),
            ExprKind::Slice { x, low, high, max, .. } => {
                let base = if self
                    .cx
                    .types
                    .with_underlying(self.expr_type(*x), |t| matches!(t, Type::Array(..)))
                {
                    self.addr(*x)
                } else {
                    self.expr(*x)
                };
                let bound = |b: &Option<ExprId>, me: &mut Self| {
                    b.map(|b| {
                        let v = me.expr(b);
                        me.coerce(v, univ::INT, span)
                    })
                };
                let low = bound(low, self);
                let high = bound(high, self);
                let max = bound(max, self);
                self.b.emit_value(InstrKind::Slice { base, low, high, max }, ty, span)
            }
            ExprKind::TypeAssert { x, ty: Some(_), .. } => {
                let v = self.expr(*x);
                self.b.emit_value(
                    InstrKind::TypeAssert { x: v, asserted: ty, comma_ok: false },
                    ty,
                    span,
                )
            }
            ExprKind::Call { .. } => {
                let results = self.call(e);
                match results.first() {
                    Some(&v) => v,
                    None => self.zero(ty),
                }
            }
            ExprKind::Star { x } => {
                let p = self.expr(*x);
                self.load(p, span)
            }
            ExprKind::Unary { op, x, .. } => match op {
                Token::And => {
                    let mut inner = *x;
                    while let ExprKind::Paren { x, .. } = &f[inner].kind {
                        inner = *x;
                    }
                    if let ExprKind::CompositeLit { elts, .. } = &f[inner].kind {
                        let elem = self.expr_type(inner);
                        let elem = self.cx.types.pointer_elem(elem).unwrap_or(elem);
                        return self.composite_addr(elem, ty, elts, span);
                    }
                    let a = self.addr(*x);
                    self.coerce(a, ty, span)
                }
                Token::Arrow => {
                    let c = self.expr(*x);
                    if self.chan_elem_type(c).is_none() {
                        // A receive from what the checker rejected as a channel.
                        return self.zero(ty);
                    }
                    self.b.emit_value(InstrKind::Recv { chan: c, comma_ok: false }, ty, span)
                }
                Token::Add => self.expr(*x),
                _ => {
                    let v = self.expr(*x);
                    let v = self.coerce(v, ty, span);
                    let op = match op {
                        Token::Sub => UnaryOp::Neg,
                        Token::Not => UnaryOp::Not,
                        _ => UnaryOp::Complement,
                    };
                    self.b.emit_value(InstrKind::UnOp { op, x: v }, ty, span)
                }
            },
            ExprKind::Binary { x, op, y, .. } => match op {
                Token::LAnd | Token::LOr => {
                    self.short_circuit(*x, *op == Token::LAnd, *y, ty, span)
                }
                _ => {
                    let xv = self.expr(*x);
                    let yv = self.expr(*y);
                    self.binary_values(*op, xv, yv, ty, span)
                }
            },
            _ => self.zero(ty),
        }
    }

    /// The element type of channel value `c`, or `None` when the checker rejected it as one.
    pub fn chan_elem_type(&self, c: ValueId) -> Option<TypeId> {
        self.cx.types.chan_elem(self.value_type(c))
    }

    /// Whether `e` is a value that can be indexed (not a generic function).
    fn is_indexable(&self, e: ExprId) -> bool {
        !matches!(self.expr_mode(e), Mode::Value)
            || !self.cx.types.core_matches(self.expr_type(e), |t| matches!(t, Type::Signature(_)))
    }

    /// The value of an identifier or qualified identifier denoting object `o`.
    fn object_value(&mut self, o: ObjId, ty: TypeId, span: Span) -> ValueId {
        match self.cx.program_obj_kind(o) {
            ObjKind::Var { .. } => {
                if let Some(v) = self.read_local(o, span) {
                    return v;
                }
                let addr = self.global(o);
                self.load(addr, span)
            }
            ObjKind::Func => {
                let name = self.func_name(o);
                self.b.function_ref(&name, ty)
            }
            _ => self.zero(ty),
        }
    }

    /// go/ssa's name of a package-level function or method object, spelled once per unit.
    pub fn func_name(&mut self, o: ObjId) -> std::rc::Rc<str> {
        if let Some(name) = self.cx.func_names.get(&o) {
            return name.clone();
        }
        let obj = self.cx.program.obj(o);
        let recv = match self.cx.program.ty(obj.ty) {
            Type::Signature(sig) => sig.recv,
            _ => None,
        };
        let name: std::rc::Rc<str> = match recv {
            Some(recv) => format!("({}).{}", self.cx.program.type_string(recv), obj.name).into(),
            None => format!("{}.{}", self.cx.program.pkg_path(obj.pkg), obj.name).into(),
        };
        self.cx.func_names.insert(o, name.clone());
        name
    }

    /// A constant expression's value, of type `ty`.
    fn const_of(&mut self, e: ExprId, ty: TypeId) -> ValueId {
        let value = self.cx.fcx().info.consts.get(&e.0).cloned();
        let is_float =
            self.cx.types.core_matches(ty, |t| matches!(t, Type::Basic(k, _) if k.is_float()));
        let value = match value {
            Some(Value::Bool(b)) => ConstValue::Bool(b),
            // The IR keeps text: bytes that are not UTF-8 read as U+FFFD there.
            Some(Value::String(s)) => ConstValue::String(String::from_utf8_lossy(&s).into()),
            Some(Value::Int(i)) if is_float => ConstValue::float(i as f64),
            Some(Value::Int(i)) => ConstValue::Int(i),
            Some(Value::Float(x)) => ConstValue::float(x),
            Some(v @ Value::Rat(_)) => ConstValue::float(v.as_f64().unwrap_or(0.0)),
            _ => return self.zero(ty),
        };
        self.b.constant(ty, value)
    }

    pub fn one(&mut self, ty: TypeId) -> ValueId {
        let is_float =
            self.cx.types.core_matches(ty, |t| matches!(t, Type::Basic(k, _) if k.is_float()));
        let value = if is_float { ConstValue::float(1.0) } else { ConstValue::Int(1) };
        self.b.constant(ty, value)
    }

    /// `value` as a value of type `target`: itself when the types are identical, else the implicit
    /// conversion of an assignment (boxing in an interface, or a change of type).
    pub fn coerce(&mut self, value: ValueId, target: TypeId, span: Span) -> ValueId {
        let from = self.value_type(value);
        if from == target || target == univ::INVALID || self.cx.types.identical(from, target) {
            return value;
        }
        if let ValueDef::Const(c) = &self.b.function()[value].def {
            let c = c.clone();
            // A typed nil or zero value boxed in an interface is a non-nil interface holding it
            // (`var s fmt.Stringer = (*T)(nil)`), as go/ssa's emitConv makes it; only the untyped
            // `nil`, or a nil interface, becomes the interface's nil.
            let boxed = self.cx.types.is_interface(target)
                && !self.cx.types.is_type_param(target)
                && !self.cx.types.is_interface(from)
                && !mapscope_types::query::is_untyped(self.cx.program, from);
            if (c == ConstValue::Nil || c == ConstValue::Zero) && boxed {
                return self.b.emit_value(InstrKind::MakeInterface { x: value }, target, span);
            }
            let c = if c == ConstValue::Nil || c == ConstValue::Zero {
                return self.zero(target);
            } else {
                c
            };
            if !self.cx.types.is_interface(target) {
                return self.b.constant(target, c);
            }
            // An untyped constant boxed in an interface takes its default type first.
            let value = if mapscope_types::query::is_untyped(self.cx.program, from) {
                let default = default_type(from);
                self.b.constant(default, c)
            } else {
                value
            };
            return self.b.emit_value(InstrKind::MakeInterface { x: value }, target, span);
        }
        if self.cx.types.is_interface(target) && !self.cx.types.is_type_param(target) {
            if self.cx.types.is_interface(from) && !self.cx.types.is_type_param(from) {
                return self.b.emit_value(
                    InstrKind::Convert { kind: ConversionKind::ChangeInterface, x: value },
                    target,
                    span,
                );
            }
            return self.b.emit_value(InstrKind::MakeInterface { x: value }, target, span);
        }
        self.b.emit_value(
            InstrKind::Convert { kind: ConversionKind::ChangeType, x: value },
            target,
            span,
        )
    }

    /// An explicit conversion `T(x)`.
    fn conversion(&mut self, value: ValueId, target: TypeId, span: Span) -> ValueId {
        let from = self.value_type(value);
        if matches!(self.b.function()[value].def, ValueDef::Const(_)) || from == target {
            return self.coerce(value, target, span);
        }
        if self.cx.types.is_interface(target) {
            return self.coerce(value, target, span);
        }
        // The underlying types' shapes: (is a slice or basic, is a pointer or basic).
        let shape = |t: &Type| match t {
            Type::Slice(_) => (true, false, false),
            Type::Pointer(_) => (false, true, false),
            Type::Basic(..) => (false, false, true),
            _ => (false, false, false),
        };
        let (from_slice, _, from_basic) = self.cx.types.with_underlying(from, shape);
        let (_, to_pointer, to_basic) = self.cx.types.with_underlying(target, shape);
        let kind = if from_slice && to_pointer {
            ConversionKind::SliceToArrayPointer
        } else if from_basic || to_basic {
            ConversionKind::Convert
        } else {
            ConversionKind::ChangeType
        };
        if kind == ConversionKind::ChangeType && self.cx.types.identical(from, target) {
            return value;
        }
        self.b.emit_value(InstrKind::Convert { kind, x: value }, target, span)
    }

    pub fn compare_eq(&mut self, x: ValueId, y: ValueId, span: Span) -> ValueId {
        self.binary_values(Token::Eql, x, y, univ::BOOL, span)
    }

    /// `x op y` on values, with the operands brought to a common type.
    pub fn binary_values(
        &mut self,
        op: Token,
        x: ValueId,
        y: ValueId,
        ty: TypeId,
        span: Span,
    ) -> ValueId {
        let op = match op {
            Token::Add => BinaryOp::Add,
            Token::Sub => BinaryOp::Sub,
            Token::Mul => BinaryOp::Mul,
            Token::Quo => BinaryOp::Quo,
            Token::Rem => BinaryOp::Rem,
            Token::And => BinaryOp::And,
            Token::Or => BinaryOp::Or,
            Token::Xor => BinaryOp::Xor,
            Token::AndNot => BinaryOp::AndNot,
            Token::Shl => BinaryOp::Shl,
            Token::Shr => BinaryOp::Shr,
            Token::Eql => BinaryOp::Eql,
            Token::Neq => BinaryOp::Neq,
            Token::Lss => BinaryOp::Lss,
            Token::Leq => BinaryOp::Leq,
            Token::Gtr => BinaryOp::Gtr,
            _ => BinaryOp::Geq,
        };
        let (x, y) = match op {
            BinaryOp::Shl | BinaryOp::Shr => (self.coerce(x, ty, span), y),
            BinaryOp::Eql
            | BinaryOp::Neq
            | BinaryOp::Lss
            | BinaryOp::Leq
            | BinaryOp::Gtr
            | BinaryOp::Geq => {
                // Comparison, as go/ssa's emitCompare: an interface side gives the other its type,
                // then a constant side takes the other's; otherwise both stay as they are.
                let (tx, ty_) = (self.value_type(x), self.value_type(y));
                let is_const =
                    |me: &Self, v: ValueId| matches!(me.b.function()[v].def, ValueDef::Const(_));
                let interface = |me: &Self, t: TypeId| {
                    me.cx.types.is_interface(t) && !me.cx.types.is_type_param(t)
                };
                if tx == ty_ || self.cx.types.identical(tx, ty_) {
                    (x, y)
                } else if interface(self, tx) {
                    (x, self.coerce(y, tx, span))
                } else if interface(self, ty_) || is_const(self, x) {
                    (self.coerce(x, ty_, span), y)
                } else if is_const(self, y) {
                    (x, self.coerce(y, tx, span))
                } else {
                    (x, y)
                }
            }
            _ => (self.coerce(x, ty, span), self.coerce(y, ty, span)),
        };
        if op.is_comparison() {
            // go/ssa types every comparison `bool`, then converts it to the expression's type (a
            // named boolean type; an untyped bool defaults to `bool`).
            let compared = self.b.emit_value(InstrKind::BinOp { op, x, y }, univ::BOOL, span);
            return self.coerce(compared, default_type(ty), span);
        }
        self.b.emit_value(InstrKind::BinOp { op, x, y }, ty, span)
    }

    /// `x && y` or `x || y` as a value: a φ joins the short-circuit and the full evaluation.
    fn short_circuit(
        &mut self,
        x: ExprId,
        and: bool,
        y: ExprId,
        ty: TypeId,
        span: Span,
    ) -> ValueId {
        let var = self.b.declare_variable(if and { "&&" } else { "||" }, ty, span);
        let xv = self.expr(x);
        let xv = self.coerce(xv, ty, span);
        self.b.write_variable(var, xv);
        let rhs = self.b.new_block("binop.rhs");
        let done = self.b.new_block("binop.done");
        let cond = self.coerce(xv, univ::BOOL, span);
        if and {
            self.b.branch(cond, rhs, done, span);
        } else {
            self.b.branch(cond, done, rhs, span);
        }
        self.b.seal_block(rhs);
        self.b.switch_to_block(rhs);
        let yv = self.expr(y);
        let yv = self.coerce(yv, ty, span);
        self.b.write_variable(var, yv);
        self.b.jump(done, span);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        self.b.read_variable(var)
    }

    /// `x[index]` of a slice, array, pointer to array or string.
    fn index_value(&mut self, x: ExprId, index: ExprId, ty: TypeId, span: Span) -> ValueId {
        let x_ty = self.expr_type(x);
        let (by_address, array) = self.indexed_shape(x_ty);
        match () {
            () if by_address => {
                let a = self.addr_of_index(x, index, ty, span);
                self.load(a, span)
            }
            () if array && self.is_addressable(x) => {
                let a = self.addr_of_index(x, index, ty, span);
                self.load(a, span)
            }
            _ => {
                let base = self.expr(x);
                let i = self.expr(index);
                let i = self.coerce(i, univ::INT, span);
                self.b.emit_value(InstrKind::Index { base, index: i }, ty, span)
            }
        }
    }

    /// For indexing a value of type `ty`: whether its elements are reached through an address (a
    /// slice, or a pointer to an array), and whether it is an array.
    fn indexed_shape(&self, ty: TypeId) -> (bool, bool) {
        self.cx
            .types
            .with_core(ty, |t| match t {
                Type::Slice(_) | Type::Pointer(_) => (true, false),
                Type::Array(..) => (false, true),
                _ => (false, false),
            })
            .unwrap_or((false, false))
    }

    fn addr_of_index(&mut self, x: ExprId, index: ExprId, elem: TypeId, span: Span) -> ValueId {
        let base =
            if self.indexed_shape(self.expr_type(x)).1 { self.addr(x) } else { self.expr(x) };
        let i = self.expr(index);
        let i = self.coerce(i, univ::INT, span);
        let ptr = self.cx.types.pointer_to(elem);
        self.b.emit_value(InstrKind::IndexAddr { base, index: i }, ptr, span)
    }

    fn is_addressable(&self, e: ExprId) -> bool {
        let f = self.cx.f();
        match &f[e].kind {
            ExprKind::Paren { x, .. } => self.is_addressable(*x),
            ExprKind::Ident(_) => self.use_of(e).is_some_and(|o| {
                matches!(self.cx.program_obj_kind(o), ObjKind::Var { .. })
                    && !matches!(self.locals.get(&o), Some(super::func::Local::Var(_)))
            }),
            ExprKind::Star { .. } => true,
            // A package-level variable of another package (`pkg.V`) is addressable.
            ExprKind::Selector { x, sel } if self.is_package(*x) => {
                self.qualified_var(sel.span.start).is_some()
            }
            ExprKind::Selector { x, sel } => {
                match self.cx.fcx().info.selections.get(&sel.span.start) {
                    Some(Selection::Field { indirect: true }) => true,
                    Some(Selection::Field { indirect: false }) => self.is_addressable(*x),
                    _ => false,
                }
            }
            ExprKind::Index { x, .. } => match self.indexed_shape(self.expr_type(*x)) {
                (true, _) => true,
                (_, array) => array && self.is_addressable(*x),
            },
            _ => false,
        }
    }

    /// Whether `x` is an identifier naming an imported package: the `pkg` of a qualified
    /// identifier `pkg.Name` (a selector on anything else, even one that starts at the same
    /// offset, as `pkg.V` in `pkg.V.f` does, is not).
    fn is_package(&self, x: ExprId) -> bool {
        let f = self.cx.f();
        matches!(f[x].kind, ExprKind::Ident(_))
            && self
                .cx
                .fcx()
                .info
                .uses
                .get(&f[x].span.start)
                .is_some_and(|&o| matches!(self.cx.program_obj_kind(o), ObjKind::PkgName(_)))
    }

    /// The package-level variable that the name at `sel_offset` of a qualified identifier
    /// (`pkg.V`) uses, if it names one.
    fn qualified_var(&self, sel_offset: u32) -> Option<ObjId> {
        let o = *self.cx.fcx().info.uses.get(&sel_offset)?;
        matches!(self.cx.program_obj_kind(o), ObjKind::Var { .. }).then_some(o)
    }

    /// The address of an addressable expression (a copy's address for any other).
    pub fn addr(&mut self, e: ExprId) -> ValueId {
        let f = self.cx.f();
        let span = f[e].span;
        let ty = self.expr_type(e);
        match &f[e].kind {
            ExprKind::Paren { x, .. } => self.addr(*x),
            ExprKind::Ident(_) => {
                if let Some(o) = self.use_of(e) {
                    if matches!(self.cx.program_obj_kind(o), ObjKind::Var { .. }) {
                        if let Some(a) = self.local_addr(o, span) {
                            return a;
                        }
                        return self.global(o);
                    }
                }
                let v = self.expr(e);
                self.spill(v, ty, span)
            }
            ExprKind::Star { x } => self.expr(*x),
            ExprKind::Selector { x, sel } if self.is_package(*x) => {
                match self.qualified_var(sel.span.start) {
                    Some(o) => self.global(o),
                    None => {
                        let v = self.expr(e);
                        self.spill(v, ty, span)
                    }
                }
            }
            ExprKind::Selector { x, sel } => {
                if let Some(Selection::Field { .. }) =
                    self.cx.fcx().info.selections.get(&sel.span.start)
                {
                    let name = f.name(sel.name).to_string();
                    let x_ty = self.expr_type(*x);
                    let base =
                        if self.cx.types.core_matches(x_ty, |t| matches!(t, Type::Pointer(_))) {
                            self.expr(*x)
                        } else {
                            self.addr(*x)
                        };
                    return self.field_addr_path(base, &name, span);
                }
                let v = self.expr(e);
                self.spill(v, ty, span)
            }
            ExprKind::Index { x, index, .. } if !self.is_map_expr(*x) => {
                self.addr_of_index(*x, *index, ty, span)
            }
            ExprKind::CompositeLit { elts, .. } => {
                let pointer = self.cx.types.pointer_to(ty);
                self.composite_addr(ty, pointer, elts, span)
            }
            _ => {
                let v = self.expr(e);
                self.spill(v, ty, span)
            }
        }
    }

    /// The path of field indices and types from struct type `ty` (or a pointer to one) to field
    /// `name`, through embedded fields, shallowest first as go/types' lookup.
    fn field_path(&self, ty: TypeId, name: &str) -> Option<FieldPath> {
        let mut level: SearchLevel = smallvec![(ty, FieldPath::new())];
        for _depth in 0..MAX_EMBEDDING_DEPTH {
            let mut next = SearchLevel::new();
            for (t, path) in level {
                let t = self.cx.types.pointer_elem(t).unwrap_or(t);
                // The field named `name`, or the embedded fields to look into next.
                let (found, embedded) = self.cx.types.with_underlying(t, |u| {
                    let Type::Struct(fields) = u else { return (None, FieldPath::new()) };
                    let found = fields.iter().position(|f| &*f.name == name);
                    let found = found.map(|i| (i as u32, fields[i].ty));
                    let embedded = match found {
                        Some(_) => FieldPath::new(),
                        None => fields
                            .iter()
                            .enumerate()
                            .filter(|(_, f)| f.embedded)
                            .map(|(i, f)| (i as u32, f.ty))
                            .collect(),
                    };
                    (found, embedded)
                });
                if let Some(step) = found {
                    let mut p = path;
                    p.push(step);
                    return Some(p);
                }
                for step in embedded {
                    let mut p = path.clone();
                    p.push(step);
                    next.push((step.1, p));
                }
            }
            if next.is_empty() {
                return None;
            }
            level = next;
        }
        None
    }

    /// `&base.f` where `base` points to a struct, following embedded fields.
    fn field_addr_path(&mut self, base: ValueId, name: &str, span: Span) -> ValueId {
        let Some(path) = self.field_path(self.value_type(base), name) else { return base };
        let mut cur = base;
        let last = path.len() - 1;
        for (step, (index, fty)) in path.into_iter().enumerate() {
            if step > 0
                && !self
                    .cx
                    .types
                    .core_matches(self.value_type(cur), |t| matches!(t, Type::Pointer(_)))
            {
                cur = self.spill(cur, self.value_type(cur), span);
            }
            let ptr = self.cx.types.pointer_to(fty);
            let addr =
                self.b.emit_value(InstrKind::FieldAddr { base: cur, field: index }, ptr, span);
            cur = if step < last
                && self.cx.types.core_matches(fty, |t| matches!(t, Type::Pointer(_)))
            {
                self.load(addr, span)
            } else {
                addr
            };
        }
        cur
    }

    /// `base.f` as a value, following embedded fields as go/ssa's `emitImplicitSelections` and
    /// `emitFieldSelection` do: behind a pointer each step takes the field's address, and only
    /// an embedded pointer or the selected field itself is loaded (so `p.f` through an embedded
    /// struct loads `f`, not the whole embedded struct).
    fn field_value_path(&mut self, base: ValueId, name: &str, span: Span) -> ValueId {
        let Some(path) = self.field_path(self.value_type(base), name) else { return base };
        let last = path.len().saturating_sub(1);
        let mut cur = base;
        for (step, (index, fty)) in path.into_iter().enumerate() {
            if self.cx.types.core_matches(self.value_type(cur), |t| matches!(t, Type::Pointer(_))) {
                let ptr = self.cx.types.pointer_to(fty);
                let addr =
                    self.b.emit_value(InstrKind::FieldAddr { base: cur, field: index }, ptr, span);
                cur =
                    if step == last || self.is_pointer(fty) { self.load(addr, span) } else { addr };
            } else {
                cur = self.b.emit_value(InstrKind::Field { base: cur, field: index }, fty, span);
            }
        }
        cur
    }

    /// The receiver of a call or method value `x.m` of method `obj` (go/ssa's `receiver`): `x`
    /// or its address, then the embedded fields the selection goes through (a `FieldAddr` per
    /// field behind a pointer, loading embedded pointers; a `Field` per field of a value), then
    /// loaded when the method takes a value and the receiver is still an address. An interface
    /// receiver (an embedded interface's method) stays itself, for an `invoke`.
    fn method_receiver(
        &mut self,
        x: ExprId,
        obj: ObjId,
        ptr_recv: bool,
        indirect: bool,
        span: Span,
    ) -> ValueId {
        let x_ty = self.expr_type(x);
        let mut v = if ptr_recv && !indirect && !self.is_pointer(x_ty) {
            self.addr(x)
        } else {
            self.expr(x)
        };
        for (index, field_ty) in self.method_path(x_ty, obj) {
            v = if self.is_pointer(self.value_type(v)) {
                let ptr = self.cx.types.pointer_to(field_ty);
                let addr =
                    self.b.emit_value(InstrKind::FieldAddr { base: v, field: index }, ptr, span);
                if self.is_pointer(field_ty) { self.load(addr, span) } else { addr }
            } else {
                self.b.emit_value(InstrKind::Field { base: v, field: index }, field_ty, span)
            };
        }
        let v_ty = self.value_type(v);
        if !ptr_recv && !self.cx.types.is_interface(v_ty) && self.is_pointer(v_ty) {
            v = self.load(v, span);
        }
        v
    }

    /// Whether `ty`'s core type is a pointer.
    fn is_pointer(&self, ty: TypeId) -> bool {
        self.cx.types.pointer_elem(ty).is_some()
    }

    /// The embedded fields (index and type), shallowest first, through which `ty` (or what it
    /// points to) reaches the type that declares `method`: go/types' `Selection.Index()` without
    /// its last entry. Empty when `ty` declares the method itself, or nothing does.
    fn method_path(&self, ty: TypeId, method: ObjId) -> FieldPath {
        let name = &self.cx.program.obj(method).name;
        let mut level: SearchLevel = smallvec![(ty, FieldPath::new())];
        for _depth in 0..MAX_EMBEDDING_DEPTH {
            let mut next = SearchLevel::new();
            for (t, path) in level {
                let base = self.cx.types.pointer_elem(t).unwrap_or(t);
                if self.cx.types.declares_method(base, method, name) {
                    return path;
                }
                for step in self.embedded_fields(base) {
                    let mut p = path.clone();
                    p.push(step);
                    next.push((step.1, p));
                }
            }
            if next.is_empty() {
                break;
            }
            level = next;
        }
        FieldPath::new()
    }

    /// The embedded fields (index and type) of struct type `ty`.
    fn embedded_fields(&self, ty: TypeId) -> FieldPath {
        self.cx.types.with_underlying(ty, |u| match u {
            Type::Struct(fields) => fields
                .iter()
                .enumerate()
                .filter(|(_, f)| f.embedded)
                .map(|(i, f)| (i as u32, f.ty))
                .collect(),
            _ => FieldPath::new(),
        })
    }

    /// A call of builtin `callee` under `go` or `defer`: the builtin with its operands, which go/ssa
    /// keeps as a builtin call (`defer delete(t0, t1)`); `None` for one Go does not allow there.
    fn deferred_builtin(
        &mut self,
        callee: ExprId,
        args: &[ExprId],
        span: Span,
    ) -> Option<CallCommon> {
        let builtin = match self.builtin_of(callee)? {
            B::Delete => Builtin::Delete,
            B::Panic => Builtin::Panic,
            B::Clear => Builtin::Clear,
            B::Close => Builtin::Close,
            B::Copy => Builtin::Copy,
            B::Print => Builtin::Print,
            B::Println => Builtin::Println,
            B::Recover => Builtin::Recover,
            _ => return None,
        };
        let mut values: Vec<ValueId> = args.iter().map(|&a| self.expr(a)).collect();
        match (builtin, values.as_mut_slice()) {
            (Builtin::Delete, [map, key]) => {
                *key = self.coerce(*key, self.map_key_type(*map), span);
            }
            (Builtin::Panic, [value]) => {
                if let Some(any) = self.empty_interface() {
                    *value = self.coerce(*value, any, span);
                }
            }
            _ => {}
        }
        Some(CallCommon { callee: Callee::Builtin(builtin), args: values })
    }

    /// The builtin a callee expression (`len`, or `unsafe.Sizeof`) denotes.
    fn builtin_of(&self, callee: ExprId) -> Option<B> {
        let f = self.cx.f();
        let obj = match &f[callee].kind {
            ExprKind::Ident(_) => self.use_of(callee),
            ExprKind::Selector { sel, .. } => self.cx.fcx().info.uses.get(&sel.span.start).copied(),
            _ => None,
        }?;
        match self.cx.program_obj_kind(obj) {
            ObjKind::Builtin(b) => Some(*b),
            _ => None,
        }
    }

    fn selector(
        &mut self,
        e: ExprId,
        x: ExprId,
        sel_offset: u32,
        ty: TypeId,
        span: Span,
    ) -> ValueId {
        let f = self.cx.f();
        // A qualified identifier.
        if self.is_package(x) {
            return match self.cx.fcx().info.uses.get(&sel_offset).copied() {
                Some(obj) => self.object_value(obj, ty, span),
                None => self.zero(ty),
            };
        }
        let ExprKind::Selector { sel, .. } = &f[e].kind else { return self.zero(ty) };
        let name = f.name(sel.name).to_string();
        match self.cx.fcx().info.selections.get(&sel_offset).copied() {
            Some(Selection::Field { .. }) => {
                if self.is_addressable(x)
                    && !self
                        .cx
                        .types
                        .core_matches(self.expr_type(x), |t| matches!(t, Type::Pointer(_)))
                {
                    let a = self.addr(e);
                    return self.load(a, span);
                }
                let base = self.expr(x);
                self.field_value_path(base, &name, span)
            }
            Some(Selection::Method { obj, ptr_recv, indirect }) => {
                // A method value: a closure binding the receiver, go/ssa's `$bound`.
                let recv = self.method_receiver(x, obj, ptr_recv, indirect, span);
                let fname = format!("{}$bound", self.func_name(obj));
                let func = self.b.function_ref(&fname, ty);
                self.b.emit_value(InstrKind::MakeClosure { func, bindings: vec![recv] }, ty, span)
            }
            Some(Selection::MethodExpr { obj, .. }) => {
                let fname = self.func_name(obj);
                self.b.function_ref(&fname, ty)
            }
            None => self.zero(ty),
        }
    }

    /// A composite literal's value.
    fn composite(&mut self, ty: TypeId, elts: &[ExprId], span: Span) -> ValueId {
        // The core type's shape, without cloning a struct's fields.
        let shape = self.cx.types.with_core(ty, |t| match t {
            Type::Map(..) => Some(Type::Map(univ::INVALID, univ::INVALID)),
            Type::Pointer(elem) => Some(Type::Pointer(*elem)),
            Type::Slice(elem) => Some(Type::Slice(*elem)),
            _ => None,
        });
        match shape.flatten() {
            Some(Type::Map(..)) => self.map_literal(ty, elts, span),
            Some(Type::Pointer(elem)) => self.composite_addr(elem, ty, elts, span),
            Some(Type::Slice(elem)) => {
                let (len, stores) = self.positions(elts);
                let n = self.int_const(len as i128);
                let slice = self.b.emit_value(InstrKind::MakeSlice { len: n, cap: n }, ty, span);
                for (pos, value_expr) in stores {
                    let v = self.expr(value_expr);
                    self.store_element(slice, elem, pos, v, span);
                }
                slice
            }
            _ => {
                let pointer = self.cx.types.pointer_to(ty);
                let a = self.composite_addr(ty, pointer, elts, span);
                self.load(a, span)
            }
        }
    }

    /// Element positions of an array or slice literal (`{5: x}` keys honoured) and its length.
    fn positions(&mut self, elts: &[ExprId]) -> (usize, Vec<(usize, ExprId)>) {
        let f = self.cx.f();
        let mut next = 0usize;
        let mut len = 0usize;
        let mut out = Vec::with_capacity(elts.len());
        for &elt in elts {
            let value = match &f[elt].kind {
                ExprKind::KeyValue { key, value, .. } => {
                    if let Some(Value::Int(i)) = self.cx.fcx().info.consts.get(&key.0) {
                        next = usize::try_from(*i).unwrap_or(0);
                    }
                    *value
                }
                _ => elt,
            };
            out.push((next, value));
            next += 1;
            len = len.max(next);
        }
        (len, out)
    }

    /// A struct or array literal of type `elem`, built in a fresh `Alloc` whose address (of type
    /// `pointer`) is the result.
    fn composite_addr(
        &mut self,
        elem: TypeId,
        pointer: TypeId,
        elts: &[ExprId],
        span: Span,
    ) -> ValueId {
        let alloc = self.b.emit_value(
            InstrKind::Alloc { heap: true, name: "complit".into() },
            pointer,
            span,
        );
        let f = self.cx.f();
        // A struct literal's elements: the field index and type each is stored in, found
        // without cloning the struct's fields.
        let struct_fields: Option<Vec<Option<(usize, TypeId, ExprId)>>> = self
            .cx
            .types
            .with_core(elem, |t| match t {
                Type::Struct(fields) => Some(
                    elts.iter()
                        .enumerate()
                        .map(|(i, &elt)| {
                            let (index, value) = match &f[elt].kind {
                                ExprKind::KeyValue { key, value, .. } => {
                                    let name = match &f[*key].kind {
                                        ExprKind::Ident(n) => f.name(*n),
                                        _ => "",
                                    };
                                    let found = fields.iter().position(|fl| &*fl.name == name);
                                    (found.unwrap_or(i), *value)
                                }
                                _ => (i, elt),
                            };
                            fields.get(index).map(|field| (index, field.ty, value))
                        })
                        .collect(),
                ),
                _ => None,
            })
            .flatten();
        let core = match struct_fields {
            Some(_) => None,
            None => self.cx.types.with_core(elem, |t| match t {
                Type::Array(n, el) => Some(Type::Array(*n, *el)),
                Type::Map(..) => Some(Type::Map(univ::INVALID, univ::INVALID)),
                Type::Slice(el) => Some(Type::Slice(*el)),
                _ => None,
            }),
        };
        match (struct_fields, core.flatten()) {
            (Some(stores), _) => {
                for (index, field_ty, value) in stores.into_iter().flatten() {
                    let v = self.expr(value);
                    let ptr = self.cx.types.pointer_to(field_ty);
                    let a = self.b.emit_value(
                        InstrKind::FieldAddr { base: alloc, field: index as u32 },
                        ptr,
                        span,
                    );
                    self.store(a, v, span);
                }
            }
            (None, Some(Type::Array(_, el))) => {
                let (_, stores) = self.positions(elts);
                for (pos, value_expr) in stores {
                    let v = self.expr(value_expr);
                    self.store_element(alloc, el, pos, v, span);
                }
            }
            // `&map[K]V{...}` and `&[]T{...}`: go/ssa builds the map or slice and stores it into
            // the new variable, so the literal's map operations happen here too.
            (None, Some(Type::Map(..) | Type::Slice(_))) => {
                let v = self.composite(elem, elts, span);
                self.store(alloc, v, span);
            }
            _ => {
                for &elt in elts {
                    self.expr(elt);
                }
            }
        }
        alloc
    }

    /// The values of a multi-valued expression: a call's results, or a comma-ok form.
    pub fn multi(&mut self, e: ExprId, n: usize) -> Values {
        let f = self.cx.f();
        let span = f[e].span;
        match &f[e].kind {
            ExprKind::Paren { x, .. } => self.multi(*x, n),
            ExprKind::Call { .. } => self.call(e),
            ExprKind::Index { x, index, .. } if self.is_map_expr(*x) => {
                let map = self.expr(*x);
                let key = self.expr(*index);
                self.map_lookup(map, key, n == 2, span)
            }
            ExprKind::TypeAssert { x, ty: Some(_), .. } => {
                let v = self.expr(*x);
                let asserted = match self.cx.types.structure(self.expr_type(e)) {
                    Type::Tuple(fs) => fs.first().map_or(univ::INVALID, |f| f.ty),
                    _ => self.expr_type(e),
                };
                let instr = self.b.emit(
                    InstrKind::TypeAssert { x: v, asserted, comma_ok: true },
                    &[asserted, univ::BOOL],
                    span,
                );
                self.b.function()[instr].results().collect()
            }
            ExprKind::Unary { op: Token::Arrow, x, .. } => {
                let c = self.expr(*x);
                let Some(elem) = self.chan_elem_type(c) else {
                    return smallvec![self.zero(univ::INVALID), self.zero(univ::INVALID)];
                };
                let instr = self.b.emit(
                    InstrKind::Recv { chan: c, comma_ok: true },
                    &[elem, univ::BOOL],
                    span,
                );
                self.b.function()[instr].results().collect()
            }
            _ => smallvec![self.expr(e)],
        }
    }

    /// A call expression: its results (none for a call without results, or a builtin that is an
    /// instruction of its own).
    pub fn call(&mut self, e: ExprId) -> Values {
        let f = self.cx.f();
        let span = f[e].span;
        let ExprKind::Call { fun, args, ellipsis, .. } = &f[e].kind else { return Values::new() };
        let mut callee = *fun;
        while let ExprKind::Paren { x, .. } = &f[callee].kind {
            callee = *x;
        }
        match self.expr_mode(callee) {
            Mode::TypeExpr => {
                let target = self.expr_type(e);
                let Some(&arg) = args.first() else { return smallvec![self.zero(target)] };
                let v = self.expr(arg);
                return smallvec![self.conversion(v, target, span)];
            }
            Mode::Builtin => return self.builtin(e, callee, args, *ellipsis, span),
            _ => {}
        }
        match self.call_common(e) {
            Some(common) => {
                let results = self.result_types_of(callee);
                let instr = self.b.emit(InstrKind::Call { call: common }, &results, span);
                self.b.function()[instr].results().collect()
            }
            None => Values::new(),
        }
    }

    fn result_types_of(&self, callee: ExprId) -> smallvec::SmallVec<[TypeId; 2]> {
        // Inline: most calls have one or two results, and this list lives only until the call
        // instruction is made.
        self.cx
            .types
            .with_core(self.expr_type(callee), |t| match t {
                Type::Signature(s) => s.results.iter().map(|r| r.ty).collect(),
                _ => smallvec::SmallVec::new(),
            })
            .unwrap_or_default()
    }

    /// The callee and arguments of call `e` (for `go` and `defer` too); `None` for a builtin or
    /// conversion, which the caller lowers itself, and for what is not a call.
    pub fn call_common(&mut self, e: ExprId) -> Option<CallCommon> {
        let f = self.cx.f();
        let span = f[e].span;
        let ExprKind::Call { fun, args, ellipsis, .. } = &f[e].kind else {
            self.expr(e);
            return None;
        };
        let mut callee = *fun;
        while let ExprKind::Paren { x, .. } = &f[callee].kind {
            callee = *x;
        }
        if self.expr_mode(callee) == Mode::Builtin {
            if let Some(common) = self.deferred_builtin(callee, args, span) {
                return Some(common);
            }
        }
        if matches!(self.expr_mode(callee), Mode::TypeExpr | Mode::Builtin) {
            // A conversion, or a builtin Go does not allow here: the operands' effects only.
            for &a in args {
                self.expr(a);
            }
            return None;
        }
        // The callee's parameter types and whether it is variadic.
        let sig = self
            .cx
            .types
            .with_core(self.expr_type(callee), |t| match t {
                Type::Signature(s) => Some((
                    s.params.iter().map(|p| p.ty).collect::<smallvec::SmallVec<[TypeId; 4]>>(),
                    s.variadic,
                )),
                _ => None,
            })
            .flatten();
        // Sized for a receiver and every argument: the list is the instruction's, kept as long
        // as the function, and growing it by pushes would reallocate and leave spare room.
        let arity = sig.as_ref().map_or(args.len(), |(params, _)| params.len().max(args.len()));
        let mut call_args = Vec::with_capacity(arity + 1);
        let target = match &f[callee].kind {
            ExprKind::Selector { x, sel } => {
                match self.cx.fcx().info.selections.get(&sel.span.start).copied() {
                    Some(Selection::Method { obj, ptr_recv, indirect }) => {
                        let receiver = self.method_receiver(*x, obj, ptr_recv, indirect, span);
                        if self.cx.types.is_interface(self.value_type(receiver)) {
                            Callee::Invoke { receiver, method: f.name(sel.name).into() }
                        } else {
                            call_args.push(receiver);
                            let name = self.func_name(obj);
                            let fty = self.cx.program.obj(obj).ty;
                            Callee::Static(self.b.function_ref(&name, fty))
                        }
                    }
                    _ => self.callee_value(callee),
                }
            }
            _ => self.callee_value(callee),
        };
        let (params, variadic) = sig.unwrap_or_default();
        let variadic = variadic && ellipsis.is_none();
        let fixed = if variadic { params.len().saturating_sub(1) } else { params.len() };
        let values: smallvec::SmallVec<[ValueId; 4]> = if args.len() == 1 && params.len() > 1 {
            self.multi(args[0], params.len()).into_iter().collect()
        } else {
            args.iter().map(|&a| self.expr(a)).collect()
        };
        for (i, v) in values.iter().copied().enumerate().take(fixed) {
            let v = match params.get(i) {
                Some(&p) => self.coerce(v, p, span),
                None => v,
            };
            call_args.push(v);
        }
        if values.len() > fixed && !variadic {
            call_args.extend(values[fixed..].iter().copied());
        }
        if variadic {
            let slice_ty = params.last().copied().unwrap_or(univ::INVALID);
            let rest = &values[fixed.min(values.len())..];
            if rest.is_empty() {
                call_args.push(self.zero(slice_ty));
            } else {
                let rest = rest.to_vec();
                let slice = self.pack_slice(slice_ty, &rest, span);
                call_args.push(slice);
            }
        }
        Some(CallCommon { callee: target, args: call_args })
    }

    /// A callee that is not a method: a package-level function statically, anything else
    /// dynamically.
    fn callee_value(&mut self, callee: ExprId) -> Callee {
        let f = self.cx.f();
        let mut base = callee;
        // Instantiations f[T] and f[T, U] call the generic function.
        loop {
            match &f[base].kind {
                ExprKind::Index { x, .. } | ExprKind::IndexList { x, .. }
                    if self
                        .cx
                        .types
                        .core_matches(self.expr_type(*x), |t| matches!(t, Type::Signature(_)))
                        && !self.is_map_expr(*x) =>
                {
                    let is_func = match &f[*x].kind {
                        ExprKind::Ident(_) => self.use_of(*x),
                        ExprKind::Selector { sel, .. } => {
                            self.cx.fcx().info.uses.get(&sel.span.start).copied()
                        }
                        _ => None,
                    }
                    .is_some_and(|o| matches!(self.cx.program_obj_kind(o), ObjKind::Func));
                    if !is_func {
                        break;
                    }
                    base = *x;
                }
                ExprKind::Paren { x, .. } => base = *x,
                _ => break,
            }
        }
        let obj = match &f[base].kind {
            ExprKind::Ident(_) => self.use_of(base),
            ExprKind::Selector { x, sel } => {
                if self.is_package(*x) {
                    self.cx.fcx().info.uses.get(&sel.span.start).copied()
                } else {
                    None
                }
            }
            _ => None,
        };
        if let Some(o) = obj {
            if matches!(self.cx.program_obj_kind(o), ObjKind::Func) {
                let name = self.func_name(o);
                let ty = self.expr_type(callee);
                return Callee::Static(self.b.function_ref(&name, ty));
            }
        }
        Callee::Dynamic(self.expr(callee))
    }

    fn builtin(
        &mut self,
        e: ExprId,
        callee: ExprId,
        args: &[ExprId],
        ellipsis: Option<u32>,
        span: Span,
    ) -> Values {
        let ty = self.expr_type(e);
        let Some(which) = self.builtin_of(callee) else {
            for &a in args {
                self.expr(a);
            }
            return smallvec![self.zero(ty)];
        };
        let call = |me: &mut Self, builtin: Builtin, values: Vec<ValueId>, results: &[TypeId]| {
            let call = CallCommon { callee: Callee::Builtin(builtin), args: values };
            let instr = me.b.emit(InstrKind::Call { call }, results, span);
            me.b.function()[instr].results().collect::<Values>()
        };
        match which {
            B::Make => {
                let sizes: Vec<ValueId> = args
                    .iter()
                    .skip(1)
                    .map(|&a| {
                        let v = self.expr(a);
                        self.coerce(v, univ::INT, span)
                    })
                    .collect();
                match self.cx.types.core_type(ty) {
                    Some(Type::Map(..)) => {
                        smallvec![self.b.emit_value(
                            InstrKind::MakeMap { reserve: sizes.first().copied(), escapes: None },
                            ty,
                            span,
                        )]
                    }
                    Some(Type::Chan(..)) => {
                        let size = sizes.first().copied().unwrap_or_else(|| self.int_const(0));
                        smallvec![self.b.emit_value(InstrKind::MakeChan { size }, ty, span)]
                    }
                    _ => {
                        let len = sizes.first().copied().unwrap_or_else(|| self.int_const(0));
                        let cap = sizes.get(1).copied().unwrap_or(len);
                        smallvec![self.b.emit_value(InstrKind::MakeSlice { len, cap }, ty, span)]
                    }
                }
            }
            B::Delete => {
                let map = args.first().map(|&a| self.expr(a));
                let key = args.get(1).map(|&a| self.expr(a));
                if let (Some(map), Some(key)) = (map, key)
                    && self.cx.types.is_map(self.value_type(map))
                {
                    let key = self.coerce(key, self.map_key_type(map), span);
                    self.b.emit_effect(InstrKind::MapDelete { map, key }, span);
                }
                Values::new()
            }
            B::Clear => {
                if let Some(&a) = args.first() {
                    let v = self.expr(a);
                    if self.cx.types.is_map(self.value_type(v)) {
                        self.b.emit_effect(InstrKind::MapClear { map: v }, span);
                    } else {
                        call(self, Builtin::Clear, vec![v], &[]);
                    }
                }
                Values::new()
            }
            B::Panic => {
                let v = match args.first() {
                    Some(&a) => self.expr(a),
                    None => self.zero(univ::INVALID),
                };
                let any = self.empty_interface();
                let v = match any {
                    Some(any) => self.coerce(v, any, span),
                    None => v,
                };
                self.b.panic(v, span);
                self.start_unreachable();
                Values::new()
            }
            B::New => {
                // Go 1.26's `new(expr)` allocates a variable holding the value of expr: a
                // composite literal is built in place, as `&T{...}` is; another value is stored.
                let value = args.first().copied().filter(|&a| self.expr_mode(a) != Mode::TypeExpr);
                if let Some(mut inner) = value {
                    let f = self.cx.f();
                    while let ExprKind::Paren { x, .. } = &f[inner].kind {
                        inner = *x;
                    }
                    if let ExprKind::CompositeLit { elts, .. } = &f[inner].kind {
                        let elem = self.cx.types.pointer_elem(ty).unwrap_or(ty);
                        let elts = elts.clone();
                        return smallvec![self.composite_addr(elem, ty, &elts, span)];
                    }
                }
                let alloc = self.b.emit_value(
                    InstrKind::Alloc { heap: true, name: "new".into() },
                    ty,
                    span,
                );
                if let Some(value) = value {
                    let v = self.expr(value);
                    self.store(alloc, v, span);
                }
                smallvec![alloc]
            }
            B::Add | B::Slice | B::SliceData | B::String | B::StringData => {
                self.unsafe_call(which, e, callee, args, span)
            }
            _ => {
                let builtin = match which {
                    B::Append => Builtin::Append,
                    B::Cap => Builtin::Cap,
                    B::Close => Builtin::Close,
                    B::Complex => Builtin::Complex,
                    B::Copy => Builtin::Copy,
                    B::Imag => Builtin::Imag,
                    B::Len => Builtin::Len,
                    B::Max => Builtin::Max,
                    B::Min => Builtin::Min,
                    B::Print => Builtin::Print,
                    B::Println => Builtin::Println,
                    B::Real => Builtin::Real,
                    B::Recover => Builtin::Recover,
                    _ => {
                        // `unsafe.Sizeof` and its kind are constants, built before a call is; what
                        // reaches here is ill-typed: the operands' effects and a value of the type.
                        let mut last = None;
                        for &a in args {
                            last = Some(self.expr(a));
                        }
                        return match last {
                            Some(v) if ty != univ::INVALID => {
                                smallvec![self.b.emit_value(
                                    InstrKind::Convert { kind: ConversionKind::Convert, x: v },
                                    ty,
                                    span,
                                )]
                            }
                            _ => smallvec![self.zero(ty)],
                        };
                    }
                };
                let mut values: Vec<ValueId> = args.iter().map(|&a| self.expr(a)).collect();
                if builtin == Builtin::Append && ellipsis.is_none() && values.len() > 1 {
                    // append(s, a, b): the extra arguments as one slice, as go/ssa passes them.
                    let slice_ty = self.value_type(values[0]);
                    let rest = values.split_off(1);
                    let slice = self.pack_slice(slice_ty, &rest, span);
                    values.push(slice);
                }
                let results: Vec<TypeId> = match self.expr_mode(e) {
                    Mode::NoValue | Mode::None => Vec::new(),
                    _ => vec![ty],
                };
                call(self, builtin, values, &results)
            }
        }
    }

    /// A call of `unsafe.Add`, `Slice`, `SliceData`, `String` or `StringData`: a builtin call with
    /// all its operands converted to the call's signature, as go/ssa's `emitCallArgs` does, so the
    /// pointer it carries stays an operand.
    fn unsafe_call(
        &mut self,
        which: B,
        e: ExprId,
        callee: ExprId,
        args: &[ExprId],
        span: Span,
    ) -> Values {
        let ty = self.expr_type(e);
        let builtin = match which {
            B::Add => Builtin::UnsafeAdd,
            B::Slice => Builtin::UnsafeSlice,
            B::SliceData => Builtin::UnsafeSliceData,
            B::String => Builtin::UnsafeString,
            _ => Builtin::UnsafeStringData,
        };
        let params = self
            .cx
            .types
            .with_core(self.expr_type(callee), |t| match t {
                Type::Signature(s) => {
                    s.params.iter().map(|p| p.ty).collect::<smallvec::SmallVec<[TypeId; 2]>>()
                }
                _ => smallvec::SmallVec::new(),
            })
            .unwrap_or_default();
        let mut values = Vec::with_capacity(args.len());
        for (i, &a) in args.iter().enumerate() {
            let v = self.expr(a);
            // go/types gives these pointer parameters their declared type when the operand is an
            // untyped nil; the checker records the operand's type.
            let param = params.get(i).copied().unwrap_or(univ::INVALID);
            let param = match (builtin, i) {
                (Builtin::UnsafeAdd, 0) => univ::UNSAFE_POINTER,
                (Builtin::UnsafeString, 0)
                    if mapscope_types::query::is_untyped(self.cx.program, param) =>
                {
                    self.cx.types.pointer_to(univ::BYTE)
                }
                _ => param,
            };
            values.push(self.coerce(v, param, span));
        }
        // `Slice` and `String` read through their first operand; the checker may still type a
        // call whose operand is no pointer (`unsafe.Slice(b[0], n)`), from the operand.
        let reads_pointer = matches!(builtin, Builtin::UnsafeSlice | Builtin::UnsafeString);
        let pointer_missing = reads_pointer
            && values
                .first()
                .is_some_and(|&p| self.cx.types.pointer_elem(self.value_type(p)).is_none());
        if ty == univ::INVALID || values.len() != params.len() || pointer_missing {
            // Rejected by the checker: the operands' effects only.
            return smallvec![self.zero(ty)];
        }
        let call = CallCommon { callee: Callee::Builtin(builtin), args: values };
        let instr = self.b.emit(InstrKind::Call { call }, &[ty], span);
        self.b.function()[instr].results().collect()
    }

    /// Stores `value` at element `pos` of `base` (a slice, or a pointer to an array) whose element
    /// type is `elem`.
    fn store_element(
        &mut self,
        base: ValueId,
        elem: TypeId,
        pos: usize,
        value: ValueId,
        span: Span,
    ) {
        let ptr = self.cx.types.pointer_to(elem);
        let index = self.int_const(pos as i128);
        let addr = self.b.emit_value(InstrKind::IndexAddr { base, index }, ptr, span);
        self.store(addr, value, span);
    }

    /// A new slice of type `slice_ty` holding `values`: how variadic arguments are passed.
    fn pack_slice(&mut self, slice_ty: TypeId, values: &[ValueId], span: Span) -> ValueId {
        let elem = match self.cx.types.core_type(slice_ty) {
            Some(Type::Slice(el)) => el,
            _ => univ::INVALID,
        };
        let n = self.int_const(values.len() as i128);
        let slice = self.b.emit_value(InstrKind::MakeSlice { len: n, cap: n }, slice_ty, span);
        for (pos, &v) in values.iter().enumerate() {
            self.store_element(slice, elem, pos, v, span);
        }
        slice
    }

    /// The universe's `any` (`interface{}`), for `panic`'s operand.
    fn empty_interface(&self) -> Option<TypeId> {
        let o = *self.cx.program.universe.scope.get("any")?;
        Some(self.cx.program.obj(o).ty)
    }
}

/// How deep the builder looks through embedded fields for a field or method; go/types rejects
/// selections it cannot resolve, so this only bounds the search on ill-typed code.
const MAX_EMBEDDING_DEPTH: usize = 8;

/// A path of field indices and types through embedded fields: most selections name a field of
/// the struct itself or of one embedded in it, so the path, like the search's level of
/// candidates, is kept inline rather than allocated for every selector.
type FieldPath = smallvec::SmallVec<[(u32, TypeId); 2]>;
type SearchLevel = smallvec::SmallVec<[(TypeId, FieldPath); 2]>;

/// The default type of an untyped constant's type.
fn default_type(ty: TypeId) -> TypeId {
    match ty {
        univ::UNTYPED_BOOL => univ::BOOL,
        univ::UNTYPED_INT => univ::INT,
        univ::UNTYPED_RUNE => univ::INT32,
        univ::UNTYPED_FLOAT => univ::FLOAT64,
        univ::UNTYPED_STRING => univ::STRING,
        other => other,
    }
}
