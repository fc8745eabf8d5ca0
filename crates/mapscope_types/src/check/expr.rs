//! Expressions (go/types' expr.go): the dispatch over expression kinds, identifiers, unary and
//! binary operations, and giving untyped operands their final types.

use super::constant_checks::untyped_class;
use super::operand::Operand;
use super::operators::Arity;
use super::{Checker, Mode, field};
use crate::constant::Value;
use crate::types::{BasicKind, ChanDir, ObjKind, Type, TypeId, TypeView, univ};
use mapscope_syntax::Token;
use mapscope_syntax::ast::{ExprId, ExprKind as E, File};
use num_bigint::Sign;
use num_traits::ToPrimitive;

/// go/types' largest constant shift count (`1023 - 1 + 52`, enough to express the smallest
/// float64).
const SHIFT_BOUND: u64 = 1023 - 1 + 52;

/// The operator's offset in a unary or binary expression (its start otherwise).
/// How an untyped operand fares beside a typed one (go/types' `matchTypes`).
enum Meeting {
    /// It may take the other operand's type: the operation goes on.
    Fits,
    /// The operands mismatch; the untyped operand's type as the error names it.
    Mismatch(TypeId),
    /// It cannot convert, which has been reported.
    Invalid,
}

fn op_pos(f: &File, e: ExprId) -> u32 {
    match f[e].kind {
        E::Unary { op_pos, .. } | E::Binary { op_pos, .. } => op_pos,
        _ => f[e].span.start,
    }
}

impl Checker<'_> {
    /// Checks an expression that must be a single value; `hint` is the expected type, if any.
    pub(crate) fn expr(&mut self, e: ExprId, hint: Option<TypeId>) -> Operand {
        let x = self.expr_or_type(e, hint);
        self.single_value(e, x)
    }

    /// The right side of an assignment to one variable: a call with several results is an
    /// assignment mismatch there (go/types' `assignError`), not a multi-value in single-value
    /// context.
    pub(crate) fn expr_for_one_var(&mut self, e: ExprId, hint: Option<TypeId>) -> Operand {
        let x = self.expr_or_type(e, hint);
        if let Type::Tuple(fs) = self.ty(x.ty) {
            let f = self.file();
            if fs.len() > 1 && matches!(f[self.unparen(e)].kind, E::Call { .. }) {
                let types: Vec<TypeId> = fs.iter().map(|f| f.ty).collect();
                self.check_assign_count(1, &types, e);
                return Operand::invalid();
            }
        }
        self.single_value(e, x)
    }

    /// `x` as a single value: types, uncalled built-ins and multi-value calls are errors
    /// (go/types' `exclude` and `singleValue`).
    pub(super) fn single_value(&mut self, e: ExprId, x: Operand) -> Operand {
        let what = match x.mode {
            Mode::TypeExpr => Some("(type) is not an expression"),
            Mode::Builtin => Some("(built-in) must be called"),
            _ => None,
        };
        if let Some(what) = what {
            let f = self.file();
            self.error(f[e].span.start, format!("{} {what}", f.expr_string(e)));
            return Operand::invalid();
        }
        if let Type::Tuple(fs) = self.ty(x.ty) {
            // A multi-value call in single-value context: use the first value (error reported).
            if fs.len() != 1 {
                let f = self.file();
                let msg = if fs.is_empty() {
                    // A call without results (go/types' `novalue` mode).
                    format!("{} (no value) used as value", f.expr_string(e))
                } else {
                    format!("multiple-value {} in single-value context", self.operand_text(e, &x))
                };
                self.error(f[e].span.start, msg);
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
            self.record_through_parens(e, tup);
            return vec![x.ty, univ::BOOL];
        }
        vec![x.ty]
    }

    /// Checks an expression or type expression and records it.
    pub(crate) fn expr_or_type(&mut self, e: ExprId, hint: Option<TypeId>) -> Operand {
        // Syntax trees nest as deep as the parser allows (100 000 levels): grow the stack on demand.
        let x = crate::stack::maybe_grow(|| self.expr_inner(e, hint));
        match x.mode {
            Mode::None => {}
            Mode::Value => {
                if let Type::Tuple(fs) = self.ty(x.ty) {
                    if fs.is_empty() {
                        self.record_expr(e, Mode::NoValue, x.ty);
                        return x;
                    }
                }
                if let Some(v) = &x.val {
                    self.record_const_value(e, v);
                    self.record_const(e, x.ty)
                } else {
                    self.record_expr(e, Mode::Value, x.ty)
                }
            }
            m => self.record_expr(e, m, x.ty),
        }
        x
    }

    fn expr_inner(&mut self, e: ExprId, hint: Option<TypeId>) -> Operand {
        let f = self.file();
        let span = f[e].span;
        match f[e].kind {
            E::Bad => Operand::invalid(),
            E::Ident(n) => self.ident(e, n),
            E::BasicLit { kind } => {
                let text = f.text(span);
                let v = Value::from_literal(kind, &text);
                if matches!(v, Value::Unknown) {
                    self.error(span.start, format!("malformed constant: {text}"));
                    return Operand::invalid();
                }
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
                // go/types checks the body later, so its calls do not count as calls of the
                // expression around the literal.
                let outer_calls = self.has_call_or_recv;
                // The body sees the iota of the constant declaration around it, if any
                // (go.dev/issue/22345); a `const` inside the body sets its own.
                self.body_stmts(body);
                self.has_call_or_recv = outer_calls;
                self.funcs.pop();
                self.pop_scope();
                Operand::value(sig)
            }
            E::CompositeLit { ty, ref elts, .. } => self.composite_lit(e, ty, elts, hint),
            E::Paren { x, .. } => self.expr_or_type(x, hint),
            E::Selector { x, sel } => self.selector(x, sel),
            E::Index { x, index, .. } => self.index_expr(e, x, &[index]),
            E::IndexList { x, ref indices, .. } => self.index_expr(e, x, indices),
            E::Slice { x, low, high, max, slice3, .. } => {
                self.slice_expr(e, x, [low, high, max], slice3)
            }
            E::TypeAssert { x, ty, .. } => {
                let xo = self.expr(x, None);
                match ty {
                    Some(t) => {
                        if !self.asserts_on_interface(x, &xo, "invalid operation: ") {
                            return Operand::invalid();
                        }
                        let t = self.type_expr(t);
                        if xo.mode != Mode::None {
                            self.type_assertion(e, xo.ty, t, false);
                        }
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
            E::Call { fun, ref args, ellipsis, .. } => {
                self.call(e, fun, args, ellipsis.is_some(), hint)
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
                                    // go/types reports it at the operand.
                                    let what = self.operand_text(x, &xo);
                                    let msg = format!("invalid operation: cannot indirect {what}");
                                    self.error(f[x].span.start, msg);
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
        self.record_use(f[e].span.start, o);
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
                self.error(f[e].span.start, format!("use of package {text} not in selector"));
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
                let literal = matches!(f[inner].kind, E::CompositeLit { .. });
                let xo = if literal { self.expr(x, inner_hint) } else { self.expr(x, None) };
                if xo.mode == Mode::None {
                    return Operand::invalid();
                }
                // Only variables have addresses; a composite literal is the exception (`&T{}`).
                if !literal && !xo.addressable {
                    let what = self.operand_text(x, &xo);
                    self.error(
                        f[x].span.start,
                        format!("invalid operation: cannot take address of {what}"),
                    );
                    self.record_map_element_misuse(
                        super::map_element::MapElementOp::AddressOf,
                        f[x].span.start,
                        x,
                    );
                    return Operand::invalid();
                }
                Operand::value(self.new_type(Type::Pointer(xo.ty)))
            }
            Token::Arrow => {
                let xo = self.expr(x, None);
                match self.channel_elem(f[x].span.start, x, &xo, true) {
                    Some(el) => {
                        self.has_call_or_recv = true;
                        let mut o = Operand::value(el);
                        o.comma_ok = true;
                        o
                    }
                    None => Operand::invalid(),
                }
            }
            _ => {
                let xo = self.expr(x, hint);
                if xo.mode == Mode::None {
                    return Operand::invalid();
                }
                // `~x` parses outside constraints too; go/types reports it and, for an integer,
                // goes on as if `^x` was meant.
                let mut op = op;
                if op == Token::Tilde {
                    const OUTSIDE: &str = "cannot use ~ outside of interface or type constraint";
                    if !self.all_integer(xo.ty) {
                        self.error(f[e].span.start, OUTSIDE);
                        return Operand::invalid();
                    }
                    self.error(
                        f[e].span.start,
                        format!("{OUTSIDE} (use ^ for bitwise complement)"),
                    );
                    op = Token::Xor;
                }
                if !self.operator_defined(x, &xo, op, Arity::Unary) {
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

    fn binary(
        &mut self,
        e: ExprId,
        op: Token,
        x: ExprId,
        y: ExprId,
        hint: Option<TypeId>,
    ) -> Operand {
        let f = self.file();
        if matches!(op, Token::Shl | Token::Shr) {
            let xo = self.expr(x, None);
            let yo = self.expr(y, None);
            // A constant count stays untyped (go/types only checks it is representable as uint).
            if self.is_untyped(yo.ty) && yo.val.is_none() {
                self.convert_untyped(y, &yo, univ::UINT);
            }
            // go/types checks the operands before the shift: an invalid count is reported alone.
            if xo.mode == Mode::None || yo.mode == Mode::None {
                return Operand::invalid();
            }
            // A non-constant shifted operand must have an integer type already.
            let xu = self.under(xo.ty);
            if xo.val.is_none() && xu != univ::INVALID && !self.all_integer(xo.ty) {
                let msg = format!(
                    "invalid operation: shifted operand {} must be integer",
                    self.operand_text(x, &xo)
                );
                self.error(f[x].span.start, msg);
                return Operand::invalid();
            }
            if let Some(v) = &xo.val {
                if !v.is_integral() {
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
            if v.is_none() && xo.val.is_some() && self.is_untyped(t) {
                // The untyped operand of a non-constant shift keeps its type until the context
                // gives the shift one, which must be an integer type (go/types' `isLhs`, checked
                // in update_expr_type).
                if self.record {
                    self.shift_lhs.insert((self.cur_file, x));
                }
            } else if self.is_untyped(t)
                && matches!(
                    self.basic(t),
                    Some(BasicKind::UntypedFloat | BasicKind::UntypedComplex)
                )
            {
                // A constant shift of an integral untyped float is an untyped integer.
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
        // The types a mismatch names: an untyped operand that meets an interface may have taken
        // its default type first.
        let (mut shown_x, mut shown_y) = (xo.ty, yo.ty);
        let mismatch = match (xu, yu) {
            (false, false) => !is_cmp && !self.identical(xo.ty, yo.ty),
            (true, false) | (false, true) => {
                let (ue, uo, t) = if xu { (x, &xo, yo.ty) } else { (y, &yo, xo.ty) };
                match self.match_untyped(ue, uo, t, is_cmp) {
                    Meeting::Invalid => return Operand::invalid(),
                    Meeting::Fits => false,
                    Meeting::Mismatch(shown) => {
                        *(if xu { &mut shown_x } else { &mut shown_y }) = shown;
                        true
                    }
                }
            }
            // As go/types' matchTypes: two untyped operands convert to one another only within
            // one class (numeric, string, boolean, nil), so `1 + "x"` is a mismatch.
            (true, true) => untyped_class(self.ty(xo.ty)) != untyped_class(self.ty(yo.ty)),
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
                    self.message_type_string(shown_x),
                    self.message_type_string(shown_y)
                ),
            );
            return Operand::invalid();
        }
        if xu && !yu {
            if !self.untyped_representable(x, &xo, yo.ty) {
                return Operand::invalid();
            }
            self.convert_untyped(x, &xo, yo.ty);
            xo.ty = self.converted_type(&xo, yo.ty);
        } else if yu && !xu {
            if !self.untyped_representable(y, &yo, xo.ty) {
                return Operand::invalid();
            }
            self.convert_untyped(y, &yo, xo.ty);
            yo.ty = self.converted_type(&yo, xo.ty);
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
        // Untyped nil keeps its type beside a pointer, which no operation but a comparison
        // takes (go/types' check that the operand types are identical after matching).
        if !is_cmp
            && !self.identical(xo.ty, yo.ty)
            && xo.ty != univ::INVALID
            && yo.ty != univ::INVALID
        {
            let f = self.file();
            let msg = format!(
                "invalid operation: {} (mismatched types {} and {})",
                f.expr_string(e),
                self.message_type_string(xo.ty),
                self.message_type_string(yo.ty)
            );
            self.error(f[e].span.start, msg);
            return Operand::invalid();
        }
        if is_cmp {
            if !self.comparison((x, &xo), (Some(y), &yo), op, false) {
                return Operand::invalid();
            }
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
        if !self.operator_defined(x, &xo, op, Arity::Binary) {
            return Operand::invalid();
        }
        if matches!(op, Token::Quo | Token::Rem) && self.divides_by_zero(&xo, &yo) {
            self.error(f[y].span.start, "invalid operation: division by zero");
            return Operand::invalid();
        }
        let integer = self.basic(xo.ty).is_some_and(|k| k.is_integer());
        let v = match (&xo.val, &yo.val) {
            (Some(a), Some(b)) => {
                let mut v = a.binary(op, b, integer);
                if let (Value::Float(fl), true) = (&v, integer) {
                    v = Value::Int(*fl as i128);
                }
                // go/types' `overflow` of an unknown result: go/constant's arithmetic on two
                // numbers gives none but past a big.Float's range.
                let numbers = a.complex_parts().is_some() && b.complex_parts().is_some();
                if numbers && matches!(v, Value::Unknown) {
                    self.error(op_pos(f, e), "constant result is not representable");
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
        Operand { val: v, ..Operand::value(xo.ty) }
    }

    /// go/types' check that the operand of a type assertion or type switch has an interface
    /// type: reports `x is not an interface` (after `prefix`) otherwise. Operands of type
    /// parameter or invalid type pass.
    pub(super) fn asserts_on_interface(&mut self, e: ExprId, x: &Operand, prefix: &str) -> bool {
        if x.mode == Mode::None
            || self.is_type_param(x.ty)
            || self.has_invalid_part(x.ty, 0)
            || self.is_interface(x.ty)
        {
            return true;
        }
        let msg = format!("{prefix}{} is not an interface", self.operand_text(e, x));
        self.error(self.file()[e].span.start, msg);
        false
    }

    /// go/types' `typeAssertion`: asserting interface type `iface` to a type that is not an
    /// interface is impossible when that type lacks a method of the interface (`e` is the
    /// assertion, or the case of a type switch).
    pub(super) fn type_assertion(
        &mut self,
        e: ExprId,
        iface: TypeId,
        t: TypeId,
        type_switch: bool,
    ) {
        if self.is_type_param(iface)
            || self.is_type_param(t)
            || self.has_invalid_part(iface, 0)
            || self.has_invalid_part(t, 0)
            || self.is_interface(t)
            || !self.is_interface(iface)
            || self.implements(t, iface)
        {
            return;
        }
        let what =
            if type_switch { "impossible type switch case" } else { "impossible type assertion" };
        // go/types explains on a further line, which reports leave out but which makes the error
        // a follow-on one when the method's signature holds an invalid type (see `error`).
        let cause = self.missing_method_cause(t, iface).unwrap_or_default();
        let (ts, is) = (self.message_type_string(t), self.message_type_string(iface));
        let msg = format!(
            "{what}: {}\n\t{ts} does not implement {is} {cause}",
            self.file().expr_string(e)
        );
        self.error(self.file()[e].span.start, msg);
    }

    /// The type operand `u` has once converted to `target` (go/types' `implicitTypeAndValue`): a
    /// typed operand and untyped nil keep theirs, and an untyped value meeting an interface takes
    /// its default type.
    pub(super) fn converted_type(&mut self, u: &Operand, target: TypeId) -> TypeId {
        if !self.is_untyped(u.ty) || u.ty == univ::UNTYPED_NIL && u.val.is_none() {
            u.ty
        } else if !self.is_type_param(target) && self.is_interface(target) {
            self.default_type(u.ty)
        } else {
            target
        }
    }

    /// go/types' `matchTypes` for an untyped operand `u` (expression `e`) beside an operand of
    /// type `t`: whether it may take `t`'s type (its kind must fit). Beside an interface, a numeric
    /// constant does not convert and is only comparable with an empty interface; any other
    /// untyped value converts, nil to itself and the rest to their default type, which a
    /// non-empty interface does not accept. No other operation than a comparison applies to an
    /// interface, so every other one is a mismatch.
    fn match_untyped(&mut self, e: ExprId, u: &Operand, t: TypeId, is_cmp: bool) -> Meeting {
        if self.is_type_param(t) || !self.is_interface(t) {
            let fits = self.untyped_fits(u.ty, t);
            return if fits { Meeting::Fits } else { Meeting::Mismatch(u.ty) };
        }
        let ts = self.type_set(t);
        let empty = ts.methods.is_empty() && ts.terms.is_none() && !ts.comparable;
        let numeric = self.basic(u.ty).is_some_and(BasicKind::is_numeric);
        if numeric {
            return if is_cmp && empty { Meeting::Fits } else { Meeting::Mismatch(u.ty) };
        }
        if u.ty == univ::UNTYPED_NIL {
            return if is_cmp { Meeting::Fits } else { Meeting::Mismatch(u.ty) };
        }
        if !empty {
            let shown = self.operand_text(e, u);
            let under = self.under(t);
            let msg = format!("cannot convert {shown} to type {}", self.message_type_string(under));
            self.error(self.file()[e].span.start, msg);
            return Meeting::Invalid;
        }
        if is_cmp { Meeting::Fits } else { Meeting::Mismatch(self.default_type(u.ty)) }
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

    /// Re-types an untyped expression to another untyped kind (go/types' non-final update: no recursion).
    fn retype_untyped(&mut self, e: ExprId, t: TypeId) {
        self.update_expr_type(e, t);
    }

    fn update_expr_type(&mut self, e: ExprId, t: TypeId) {
        crate::stack::maybe_grow(|| self.update_expr_type_inner(e, t));
    }

    fn update_expr_type_inner(&mut self, e: ExprId, t: TypeId) {
        if !self.record {
            return;
        }
        let Some(r) = self.records[self.cur_file].get(e.index()).copied() else { return };
        if r.mode != Mode::Value || !self.is_untyped(r.ty) {
            return;
        }
        let f = self.file();
        match f[e].kind {
            E::Paren { x, .. } => self.update_expr_type(x, t),
            // Operands of constant expressions are never materialised: they stay untyped.
            E::Unary { .. } | E::Binary { .. } if r.is_const => {}
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
        if !self.is_untyped(t)
            && self.shift_lhs.contains(&(self.cur_file, e))
            && !self.all_integer(t)
        {
            let msg = format!(
                "invalid operation: shifted operand {} (type {}) must be integer",
                f.expr_string(e),
                self.message_type_string(t)
            );
            self.error(f[e].span.start, msg);
            return;
        }
        if r.is_const {
            self.record_const(e, t);
        } else {
            self.record_expr(e, Mode::Value, t);
        }
    }

    /// Every type of `t` (of its type set, for a type parameter) is an integer type.
    /// go/types' zero-divisor check of `x / y` and `x % y`: a constant zero `y` when `x` is a
    /// constant or an integer, and for complex constants a `y` whose parts square to zero. A
    /// typed `y` is zero when its value rounds to zero in its type (`complex64(0) / 1e-50`).
    fn divides_by_zero(&mut self, x: &Operand, y: &Operand) -> bool {
        let Some(yv) = &y.val else { return false };
        let Some(k) = self.basic(y.ty) else { return false };
        if !k.is_numeric() || !self.basic(x.ty).is_some_and(BasicKind::is_numeric) {
            return false;
        }
        let single = matches!(k, BasicKind::Float32 | BasicKind::Complex64);
        // A part of the divisor: zero, or rounded to zero in the divisor's type; `squared`: its
        // square is zero in go/constant (past the smallest exponent a big.Float holds).
        let zero = |part: &Value, squared: bool| match *part {
            Value::Int(i) => i == 0,
            Value::Float(f) => f == 0.0 || single && (f as f32) == 0.0,
            Value::Rat(_) => single && crate::float_constant::round_to_f32(part) == Some(0.0),
            Value::HugeFloat { exp10, .. } => {
                exp10 < 0 && (!k.is_untyped() || squared && exp10 < -323_228_496)
            }
            _ => false,
        };
        let (re, im) = match yv {
            Value::Complex(parts) => (**parts).clone(),
            v => (v.clone(), Value::Int(0)),
        };
        if (x.val.is_some() || self.all_integer(x.ty)) && zero(&re, false) && zero(&im, false) {
            return true;
        }
        let complex = self.basic(x.ty).is_some_and(BasicKind::is_complex);
        x.val.is_some() && complex && zero(&re, true) && zero(&im, true)
    }

    pub(super) fn all_integer(&mut self, t: TypeId) -> bool {
        let t = self.unalias(t);
        if let Type::TypeParam { constraint, .. } = *self.ty(t) {
            let terms = self.type_set(constraint).terms;
            return terms.is_some_and(|ts| {
                !ts.is_empty()
                    && ts.iter().all(|&(_, x)| self.basic(x).is_some_and(BasicKind::is_integer))
            });
        }
        self.basic(t).is_some_and(BasicKind::is_integer)
    }

    /// go/types' `chanElem`: the element type of channel operand `x` (checked as `xo`) that is
    /// received from or sent to; a non-channel, or a channel of the wrong direction, is
    /// reported at `at` (a type parameter's type set is not checked).
    pub(super) fn channel_elem(
        &mut self,
        at: u32,
        x: ExprId,
        xo: &Operand,
        recv: bool,
    ) -> Option<TypeId> {
        if xo.mode == Mode::None || xo.ty == univ::INVALID {
            return None;
        }
        let f = self.file();
        let wrong_way = if recv { ChanDir::Send } else { ChanDir::Recv };
        let (verb, direction) =
            if recv { ("receive from", "send-only") } else { ("send to", "receive-only") };
        let what = match self.chan_elem(xo.ty) {
            Some((_, el)) if self.is_type_param(xo.ty) => return Some(el),
            Some((d, el)) if d != wrong_way => return Some(el),
            Some(_) => format!("{direction} channel"),
            None if self.is_type_param(xo.ty) => {
                let msg = format!("invalid operation: cannot {verb} {}", f.expr_string(x));
                self.error(at, msg);
                return None;
            }
            None => "non-channel".to_string(),
        };
        let t = self.message_type_string(xo.ty);
        let shown = self.operand_text(x, xo);
        let msg = format!("invalid operation: cannot {verb} {what} {t} {shown}");
        self.error(at, msg);
        None
    }

    pub(crate) fn chan_elem(&mut self, t: TypeId) -> Option<(ChanDir, TypeId)> {
        match self.core(t).map(|c| self.ty(c).clone()) {
            Some(Type::Chan(d, e)) => Some((d, e)),
            _ => None,
        }
    }
}
