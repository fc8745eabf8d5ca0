//! Map operations, map literals and `for ... range` over every kind of operand (follows go/ssa's
//! `builder.go`: the map cases of `expr0`, `assign`, `compLit`, and `rangeStmt` with `rangeIndexed`,
//! `rangeIter` (maps and strings), `rangeChan`, `rangeInt` and `rangeFunc`).
//!
//! A map's key and element types are its core type's, so a type parameter constrained to maps is
//! a map here, as in go/ssa's generic bodies.

use super::Values;
use super::func::FnLower;
use crate::TypeInfo;
use crate::ir::{
    BinaryOp, Builtin, CallCommon, Callee, InstrKind, MAP_ITER_TYPE, STRING_ITER_TYPE, ValueId,
};
use mapscope_syntax::Span;
use mapscope_syntax::Token;
use mapscope_syntax::ast::{ExprId, Name, StmtId};
use mapscope_types::types::{Type, TypeId, univ};

impl FnLower<'_, '_> {
    /// Whether `e`'s core type is a map.
    pub fn is_map_expr(&self, e: ExprId) -> bool {
        self.cx.types.core_matches(self.expr_type(e), |t| matches!(t, Type::Map(..)))
    }

    pub fn map_key_type(&self, map: ValueId) -> TypeId {
        self.cx.types.map_key_elem(self.value_type(map)).map_or(univ::INVALID, |(k, _)| k)
    }

    fn map_elem_type(&self, map: ValueId) -> TypeId {
        self.cx.types.map_key_elem(self.value_type(map)).map_or(univ::INVALID, |(_, v)| v)
    }

    /// `map[key]`, or with `comma_ok` the element and whether it was present.
    pub fn map_lookup(&mut self, map: ValueId, key: ValueId, comma_ok: bool, span: Span) -> Values {
        let key = self.coerce(key, self.map_key_type(map), span);
        let elem = self.map_elem_type(map);
        let types: &[TypeId] = if comma_ok { &[elem, univ::BOOL] } else { &[elem] };
        let instr = self.b.emit(InstrKind::MapLookup { map, key, comma_ok }, types, span);
        self.b.function()[instr].results().collect()
    }

    pub fn map_update(&mut self, map: ValueId, key: ValueId, value: ValueId, span: Span) {
        let key = self.coerce(key, self.map_key_type(map), span);
        let value = self.coerce(value, self.map_elem_type(map), span);
        self.b.emit_effect(InstrKind::MapUpdate { map, key, value }, span);
    }

    /// A map composite literal: `make map` then one `update` per element, as go/ssa.
    pub fn map_literal(&mut self, ty: TypeId, elts: &[ExprId], span: Span) -> ValueId {
        let reserve = (!elts.is_empty()).then(|| self.int_const(elts.len() as i128));
        let map = self.b.emit_value(InstrKind::MakeMap { reserve, escapes: None }, ty, span);
        let f = self.cx.f();
        for &elt in elts {
            if let mapscope_syntax::ast::ExprKind::KeyValue { key, value, .. } = &f[elt].kind {
                let k = self.expr(*key);
                let v = self.expr(*value);
                self.map_update(map, k, v, f[elt].span);
            }
        }
        map
    }

    #[expect(clippy::too_many_arguments, reason = "a range statement's parts, as go/ast has them")]
    pub fn range_stmt(
        &mut self,
        key: Option<ExprId>,
        value: Option<ExprId>,
        tok: Token,
        x: ExprId,
        body: StmtId,
        label: Option<Name>,
        span: Span,
    ) {
        let x_ty = self.expr_type(x);
        let core = self.cx.types.core_type(x_ty);
        match core {
            Some(Type::Map(k, v)) => {
                let map = self.expr(x);
                let iter = self.b.emit_value(InstrKind::MapRange { map }, MAP_ITER_TYPE, span);
                let next = InstrKind::MapNext { iter };
                self.iterator_loop(next, [k, v], (key, value, tok), body, label, span);
            }
            Some(Type::Basic(kind, _)) if kind.is_string() => {
                // go/ssa's rangeIter: `next` decodes one rune, yielding its byte index and value.
                let string = self.expr(x);
                let iter =
                    self.b.emit_value(InstrKind::StringRange { string }, STRING_ITER_TYPE, span);
                let next = InstrKind::StringNext { iter };
                self.iterator_loop(
                    next,
                    [univ::INT, univ::RUNE],
                    (key, value, tok),
                    body,
                    label,
                    span,
                );
            }
            Some(Type::Chan(_, elem)) => {
                let chan = self.expr(x);
                let header = self.b.new_block("rangechan.loop");
                let body_block = self.b.new_block("rangechan.body");
                let done = self.b.new_block("rangechan.done");
                self.b.jump(header, span);
                self.b.switch_to_block(header);
                let recv = self.b.emit(
                    InstrKind::Recv { chan, comma_ok: true },
                    &[elem, univ::BOOL],
                    span,
                );
                let r = self.b.function()[recv].results().collect::<Values>();
                self.b.branch(r[1], body_block, done, span);
                self.b.seal_block(body_block);
                self.b.switch_to_block(body_block);
                self.bind_range_var(key, tok, r[0]);
                self.loop_body(body, label, header, done);
                self.b.seal_block(header);
                self.b.seal_block(done);
                self.b.switch_to_block(done);
            }
            Some(Type::Signature(sig)) => {
                // Range over a function: the body becomes the yield function, go/ssa's `$N`.
                let yield_ty = sig.params.first().map_or(univ::INVALID, |p| p.ty);
                self.range_func((key, value, tok), x, yield_ty, body, label, span);
            }
            Some(Type::Basic(kind, _)) if kind.is_integer() => {
                let n = self.expr(x);
                let n_ty = self.value_type(n);
                let zero = self.zero(n_ty);
                self.counted_loop(key, None, tok, n, zero, body, label, span, |_, _| None);
            }
            Some(other) => {
                // Slices, arrays and pointers to arrays: an indexed loop.
                let (base, len) = match &other {
                    Type::Array(Some(n), _) => {
                        let base = if value.is_some() { self.expr(x) } else { self.zero(x_ty) };
                        (base, self.int_const(i128::from(*n as i64)))
                    }
                    Type::Pointer(_) => {
                        let base = self.expr(x);
                        let len = match self.cx.types.core_type(self.value_type(base)) {
                            Some(Type::Pointer(a)) => match self.cx.types.core_type(a) {
                                Some(Type::Array(Some(n), _)) => n as i64,
                                _ => 0,
                            },
                            _ => 0,
                        };
                        (base, self.int_const(i128::from(len)))
                    }
                    _ => {
                        let base = self.expr(x);
                        let call =
                            CallCommon { callee: Callee::Builtin(Builtin::Len), args: vec![base] };
                        let len = self.b.emit(InstrKind::Call { call }, &[univ::INT], span);
                        (base, ValueId(self.b.function()[len].results().next().map_or(0, |v| v.0)))
                    }
                };
                let zero = self.int_const(0);
                let elem_of = other.clone();
                self.counted_loop(key, value, tok, len, zero, body, label, span, move |me, i| {
                    Some(me.element(base, &elem_of, i, span))
                });
            }
            None => {
                self.expr(x);
            }
        }
    }

    /// The loop of a range over an iterator (go/ssa's `rangeIter`): `next` (a `MapNext` or
    /// `StringNext`) in the header yields whether there is an element and the key and value of
    /// types `key_value`, which the body binds to `vars` (key, value, and `:=` or `=`).
    fn iterator_loop(
        &mut self,
        next: InstrKind,
        key_value: [TypeId; 2],
        vars: (Option<ExprId>, Option<ExprId>, Token),
        body: StmtId,
        label: Option<Name>,
        span: Span,
    ) {
        let (key, value, tok) = vars;
        let header = self.b.new_block("rangeiter.loop");
        let body_block = self.b.new_block("rangeiter.body");
        let done = self.b.new_block("rangeiter.done");
        self.b.jump(header, span);
        self.b.switch_to_block(header);
        let next = self.b.emit(next, &[univ::BOOL, key_value[0], key_value[1]], span);
        let r = self.b.function()[next].results().collect::<Values>();
        self.b.branch(r[0], body_block, done, span);
        self.b.seal_block(body_block);
        self.b.switch_to_block(body_block);
        self.bind_range_var(key, tok, r[1]);
        self.bind_range_var(value, tok, r[2]);
        self.loop_body(body, label, header, done);
        self.b.seal_block(header);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }

    /// The element `index` of `base`, whose core type is `core`, as a value.
    fn element(&mut self, base: ValueId, core: &Type, index: ValueId, span: Span) -> ValueId {
        match core {
            Type::Slice(elem) => {
                let ptr = self.cx.types.pointer_to(*elem);
                let addr = self.b.emit_value(InstrKind::IndexAddr { base, index }, ptr, span);
                self.load(addr, span)
            }
            Type::Pointer(a) => {
                let elem = match self.cx.types.core_type(*a) {
                    Some(Type::Array(_, e)) => e,
                    _ => univ::INVALID,
                };
                let ptr = self.cx.types.pointer_to(elem);
                let addr = self.b.emit_value(InstrKind::IndexAddr { base, index }, ptr, span);
                self.load(addr, span)
            }
            Type::Array(_, elem) => {
                self.b.emit_value(InstrKind::Index { base, index }, *elem, span)
            }
            _ => self.zero(univ::INVALID),
        }
    }

    /// `for i := zero; i < n; i++` binding `key` to the index and `value` to what `element`
    /// makes of it.
    #[expect(clippy::too_many_arguments, reason = "the loop's parts")]
    fn counted_loop(
        &mut self,
        key: Option<ExprId>,
        value: Option<ExprId>,
        tok: Token,
        n: ValueId,
        zero: ValueId,
        body: StmtId,
        label: Option<Name>,
        span: Span,
        element: impl Fn(&mut Self, ValueId) -> Option<ValueId>,
    ) {
        let ty = self.value_type(n);
        let index = self.b.declare_variable("index", ty, span);
        self.b.write_variable(index, zero);
        let header = self.b.new_block("rangeindex.loop");
        let body_block = self.b.new_block("rangeindex.body");
        let next = self.b.new_block("rangeindex.next");
        let done = self.b.new_block("rangeindex.done");
        self.b.jump(header, span);
        self.b.switch_to_block(header);
        let i = self.b.read_variable(index);
        let zero = self.coerce(zero, ty, span);
        let _ = zero;
        let cond =
            self.b.emit_value(InstrKind::BinOp { op: BinaryOp::Lss, x: i, y: n }, univ::BOOL, span);
        self.b.branch(cond, body_block, done, span);
        self.b.seal_block(body_block);
        self.b.switch_to_block(body_block);
        self.bind_range_var(key, tok, i);
        if value.is_some() {
            if let Some(v) = element(self, i) {
                self.bind_range_var(value, tok, v);
            }
        }
        self.loop_body(body, label, next, done);
        self.b.seal_block(next);
        self.b.switch_to_block(next);
        let i = self.b.read_variable(index);
        let one = self.one(ty);
        let incr =
            self.b.emit_value(InstrKind::BinOp { op: BinaryOp::Add, x: i, y: one }, ty, span);
        self.b.write_variable(index, incr);
        self.b.jump(header, span);
        self.b.seal_block(header);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }
}
