//! Statements and function bodies: local declarations, assignments, range clauses, switches and selects.

use super::operand::Operand;
use super::{Checker, FuncCtx, Mode};
use crate::constant::Value;
use crate::types::{BasicKind, Builtin, Field, ObjId, ObjKind, Type, TypeId, TypeView, univ};
use mapscope_syntax::Token;
use mapscope_syntax::ast::{
    Decl, DeclId, ExprId, ExprKind as E, FieldListId, File, Name, Spec, StmtId, StmtKind as S,
};
use num_traits::ToPrimitive;

/// go/types' `measure`: a count and a noun, plural unless the count is one.
fn measure(n: usize, unit: &str) -> String {
    if n == 1 { format!("{n} {unit}") } else { format!("{n} {unit}s") }
}

/// A select case that sends, or receives (possibly assigning what it receives).
fn is_send_or_receive(f: &File, c: StmtId) -> bool {
    let rhs = match &f[c].kind {
        S::Send { .. } => return true,
        S::Assign { rhs, .. } => rhs.first().copied(),
        S::Expr(e) => Some(*e),
        _ => None,
    };
    let Some(mut e) = rhs else { return false };
    while let E::Paren { x, .. } = f[e].kind {
        e = x;
    }
    matches!(f[e].kind, E::Unary { op: Token::Arrow, .. })
}

/// What a checked expression is as go/types' `rawExpr` classifies it: a call that may stand as
/// a statement (a function call, a receive, a call of a builtin such as `copy`), a conversion, or
/// another expression.
#[derive(PartialEq)]
enum StmtKindOf {
    Statement,
    Conversion,
    Expression,
}

/// A constant case value as go/types compares them for duplicates (`goVal`): integers that fit
/// 64 bits, floats, strings; other values are not compared.
/// Map literal keys also compare booleans and complex numbers (go/types' `keyVal`).
#[derive(PartialEq, Eq, Hash)]
pub(super) enum CaseKey {
    Int(i128),
    Float(u64),
    String(Box<[u8]>),
    Bool(bool),
    Complex(u64, u64),
}

impl CaseKey {
    /// A constant map literal key as go/types compares them for duplicates.
    pub(super) fn of_map_key(v: &Value) -> Option<CaseKey> {
        let bits = |f: f64| if f == 0.0 { 0 } else { f.to_bits() };
        match *v {
            Value::Bool(b) => Some(CaseKey::Bool(b)),
            Value::Complex(ref parts) if parts.1.is_zero() => CaseKey::of_map_key(&parts.0),
            // go/types' `keyVal`: the parts rounded to f64.
            Value::Complex(ref parts) => {
                Some(CaseKey::Complex(bits(parts.0.as_f64()?), bits(parts.1.as_f64()?)))
            }
            // An integral float is the integer (`1.0 + 0i`, `1.0` and `1` are one key).
            Value::Float(f) if f.fract() == 0.0 && f.abs() < 9.2e18 => {
                Some(CaseKey::Int(f as i128))
            }
            Value::Rat(ref r) if r.is_integer() => {
                CaseKey::of(&Value::Int(r.to_integer().to_i128()?))
            }
            // A fraction no f64 holds is keyed by the f64 nearest it (go/types' `keyVal`); a
            // switch case compares it with nothing (`goVal` takes only exact f64s).
            Value::Rat(_) => v.as_f64().map(|f| CaseKey::Float(bits(f))),
            ref v => CaseKey::of(v),
        }
    }

    fn of(v: &Value) -> Option<CaseKey> {
        match v {
            Value::Int(i) if i64::try_from(*i).is_ok() || u64::try_from(*i).is_ok() => {
                Some(CaseKey::Int(*i))
            }
            // Go's map keys: -0 and +0 are one key.
            Value::Float(f) => Some(CaseKey::Float(if *f == 0.0 { 0 } else { f.to_bits() })),
            Value::String(s) => Some(CaseKey::String(s.clone())),
            _ => None,
        }
    }
}

impl Checker<'_> {
    /// A constant case value of an expression switch on a tag of type `tag` that repeats an
    /// earlier one of identical type is reported with the earlier one (go/types' `caseValues`).
    fn duplicate_case_value(
        &mut self,
        e: ExprId,
        x: &Operand,
        tag: TypeId,
        seen: &mut Vec<(CaseKey, TypeId, u32)>,
    ) {
        let Some(v) = &x.val else { return };
        if x.mode == Mode::None || tag == univ::INVALID || self.under(tag) == univ::INVALID {
            return;
        }
        // The value and type the case has once converted to the tag's type.
        let (v, t) = if self.is_untyped(x.ty) {
            let t = if self.is_interface(tag) { self.default_type(x.ty) } else { tag };
            if self.not_representable(v, t).is_some() {
                return;
            }
            (self.convert_const(v.clone(), t), t)
        } else {
            (v.clone(), x.ty)
        };
        let Some(key) = CaseKey::of(&v) else { return };
        let pos = self.file()[e].span.start;
        let prev = seen.iter().find(|s| s.0 == key && self.identical(s.1, t)).map(|s| s.2);
        if let Some(prev) = prev {
            let shown = self.constant_text(e, &v, t);
            self.error(pos, format!("duplicate case {shown} in expression switch"));
            self.error(prev, "\tprevious case");
            return;
        }
        seen.push((key, t, pos));
    }

    /// go/types' check of a switch tag: its values must be comparable, or at least have a nil
    /// to compare with (`cannot switch on x (T is not comparable)`).
    fn switch_tag_comparable(&mut self, tag: ExprId, x: &Operand) -> bool {
        if x.mode == Mode::None || self.is_type_param(x.ty) || self.has_invalid_part(x.ty, 0) {
            return x.mode != Mode::None;
        }
        if crate::query::comparable(self, x.ty) || self.has_nil(x.ty) {
            return true;
        }
        let shown = self.operand_text(tag, x);
        let msg = format!(
            "cannot switch on {shown} ({} is not comparable)",
            self.message_type_string(x.ty)
        );
        self.error(self.file()[tag].span.start, msg);
        false
    }

    /// A type switch case naming a type (or nil) an earlier case named is reported with the
    /// earlier one (go/types' `caseTypes`); `t` is `INVALID` for a case that is neither.
    fn duplicate_case_type(&mut self, e: ExprId, t: TypeId, seen: &mut Vec<(Option<TypeId>, u32)>) {
        if t == univ::INVALID {
            return;
        }
        let t = (t != univ::UNTYPED_NIL).then_some(t);
        let pos = self.file()[e].span.start;
        let prev = seen
            .iter()
            .find(|s| match (t, s.0) {
                (None, None) => true,
                (Some(a), Some(b)) => self.identical(a, b),
                _ => false,
            })
            .map(|s| s.1);
        if let Some(prev) = prev {
            let shown = t.map_or_else(|| "nil".to_string(), |t| self.message_type_string(t));
            self.error(pos, format!("duplicate case {shown} in type switch"));
            self.error(prev, "\tprevious case");
            return;
        }
        seen.push((t, pos));
    }

    /// How go/types' `rawExpr` classifies the checked expression `e` (see [`StmtKindOf`]).
    fn stmt_kind(&self, e: ExprId) -> StmtKindOf {
        let f = self.file();
        let mut e = e;
        while let E::Paren { x, .. } = f[e].kind {
            e = x;
        }
        match &f[e].kind {
            E::Unary { op: Token::Arrow, .. } => StmtKindOf::Statement,
            E::Call { fun, .. } => {
                let mut fun = *fun;
                while let E::Paren { x, .. } = f[fun].kind {
                    fun = x;
                }
                let rec = self.records[self.cur_file].get(fun.index()).map(|r| r.mode);
                match rec {
                    Some(Mode::TypeExpr) => StmtKindOf::Conversion,
                    Some(Mode::Builtin) => {
                        let at = match &f[fun].kind {
                            E::Selector { sel, .. } => sel.span.start,
                            _ => f[fun].span.start,
                        };
                        let b = self.info[self.cur_file]
                            .uses
                            .get(&at)
                            .map(|&o| self.obj(o).kind.clone());
                        match b {
                            Some(ObjKind::Builtin(
                                Builtin::Clear
                                | Builtin::Close
                                | Builtin::Copy
                                | Builtin::Delete
                                | Builtin::Panic
                                | Builtin::Print
                                | Builtin::Println
                                | Builtin::Recover,
                            )) => StmtKindOf::Statement,
                            _ => StmtKindOf::Expression,
                        }
                    }
                    _ => StmtKindOf::Statement,
                }
            }
            _ => StmtKindOf::Expression,
        }
    }

    /// Checks the body of a package-level function or method.
    pub(super) fn func_body(&mut self, o: ObjId, decl: DeclId) {
        let f = self.file();
        let Decl::Func(fd) = &f[decl] else { return };
        let Some(body) = fd.body else { return };
        // Re-declare receiver, type and value parameters in a fresh scope (re-using the signature's objects
        // would require keeping scopes; re-evaluating is cheap and yields identical types).
        self.push_scope();
        let sig_t = self.obj(o).ty;
        let Type::Signature(sig) = self.ty(sig_t).clone() else {
            self.pop_scope();
            return;
        };
        // Type parameters (receiver and function) by name.
        let mut tp_objs: Vec<(mapscope_syntax::ast::Name, ObjId)> = Vec::new();
        if let Some(rl) = fd.recv {
            if let Some(rt) = f[rl].list.first().and_then(|fl| fl.ty) {
                let mut inner = rt;
                while let E::Star { x } | E::Paren { x, .. } = &f[inner].kind {
                    inner = *x;
                }
                let args: &[ExprId] = match &f[inner].kind {
                    E::Index { index, .. } => std::slice::from_ref(index),
                    E::IndexList { indices, .. } => indices,
                    _ => &[],
                };
                for (a, &tp) in args.iter().zip(sig.recv_tparams.iter()) {
                    if let (E::Ident(n), Type::TypeParam { obj, .. }) = (&f[*a].kind, self.ty(tp)) {
                        tp_objs.push((*n, *obj));
                    }
                }
            }
            if let Some(rf) = f[rl].list.first() {
                if let (Some(id), Some(rt)) = (rf.names.first(), sig.recv) {
                    let name = f.name(id.name);
                    let v = self.new_obj(
                        ObjKind::Var { field: false, embedded: false },
                        name,
                        rt,
                        id.span.start,
                    );
                    self.declare(id.name, v);
                }
            }
        }
        if let E::FuncType { type_params: Some(tpl), .. } = &f[fd.ty].kind {
            let names: Vec<mapscope_syntax::ast::Name> =
                f[*tpl].list.iter().flat_map(|fl| fl.names.iter().map(|n| n.name)).collect();
            for (n, &tp) in names.iter().zip(sig.tparams.iter()) {
                if let Type::TypeParam { obj, .. } = self.ty(tp) {
                    tp_objs.push((*n, *obj));
                }
            }
        }
        // The receiver's name may clash with the names after it; those were resolved together.
        self.redeclared_signature_from = self.scopes.last().map(|s| s.names.len());
        for (n, o) in tp_objs {
            self.declare(n, o);
        }
        // Value parameters and results.
        if let E::FuncType { params, results, .. } = f[fd.ty].kind {
            self.declare_field_vars(f, params, &sig.params);
            if let Some(r) = results {
                self.declare_field_vars(f, r, &sig.results);
            }
        }
        self.redeclared_signature_from = None;
        // Re-record the signature's type expressions (they were recorded during resolution already).
        self.funcs.push(FuncCtx { sig: sig_t });
        self.body_stmts(body);
        self.funcs.pop();
        self.pop_scope();
        self.report_unused();
    }

    /// go/types' `multipleDefaults`: a switch or select `body` has one default clause at most;
    /// each further one is reported with where the first is.
    fn multiple_defaults(&mut self, body: StmtId) {
        let f = self.file();
        let S::Block { ref list, .. } = f[body].kind else { return };
        let mut first: Option<u32> = None;
        for &cl in list {
            let default = match &f[cl].kind {
                S::CaseClause { list, .. } => list.is_empty(),
                S::CommClause { comm, .. } => comm.is_none(),
                _ => false,
            };
            if !default {
                continue;
            }
            let at = f[cl].span.start;
            match first {
                Some(first) => {
                    let first = self.offset_position(self.unit.files[self.cur_file], first);
                    self.error(at, format!("multiple defaults (first at {first})"));
                }
                None => first = Some(at),
            }
        }
    }

    /// Declares the named entries of a parameter or result list as variables with the types of
    /// `fields`, position by position; an unnamed entry still takes its position.
    fn declare_field_vars(&mut self, f: &File, list: FieldListId, fields: &[Field]) {
        let mut i = 0;
        for fl in &f[list].list {
            if fl.names.is_empty() {
                i += 1;
            }
            for id in &fl.names {
                if let Some(p) = fields.get(i) {
                    let kind = ObjKind::Var { field: false, embedded: false };
                    let v = self.new_obj(kind, f.name(id.name), p.ty, id.span.start);
                    self.declare(id.name, v);
                }
                i += 1;
            }
        }
    }

    /// Checks a function body's statements in the current scope: parameters and the body's top-level
    /// declarations share one scope in Go (so `r, err := f()` reuses a named result `r`).
    pub(crate) fn body_stmts(&mut self, b: StmtId) {
        self.record_labels(b);
        self.check_branches(b);
        let f = self.file();
        if let S::Block { list, .. } = &f[b].kind {
            for &s in list {
                self.stmt(s);
            }
        }
        self.check_missing_return(b);
    }

    /// Checks a block statement's statements in a new scope.
    pub(crate) fn block_stmts(&mut self, b: StmtId) {
        let f = self.file();
        self.push_scope();
        if let S::Block { list, .. } = &f[b].kind {
            for &s in list {
                self.stmt(s);
            }
        }
        self.pop_scope();
    }

    fn stmt_list(&mut self, list: &[StmtId]) {
        for &s in list {
            self.stmt(s);
        }
    }

    pub(crate) fn stmt(&mut self, s: StmtId) {
        crate::stack::maybe_grow(|| self.stmt_inner(s));
    }

    fn stmt_inner(&mut self, s: StmtId) {
        let f = self.file();
        match f[s].kind {
            S::Bad | S::Empty { .. } | S::Branch { .. } => {}
            S::Decl(d) => self.local_decl(d),
            S::Labeled { stmt, .. } => self.stmt(stmt),
            S::Expr(e) => {
                let x = self.expr_or_type(e, None);
                let f = self.file();
                // Operands already in error (malformed literals, invalid types) say no more; a
                // built-in has no type.
                let broken =
                    matches!(x.val, Some(Value::Unknown)) || self.under(x.ty) == univ::INVALID;
                if broken && x.mode != Mode::Builtin {
                    return;
                }
                let msg = match x.mode {
                    Mode::None => return,
                    Mode::TypeExpr => format!("{} (type) is not an expression", f.expr_string(e)),
                    Mode::Builtin => format!("{} (built-in) must be called", f.expr_string(e)),
                    _ => {
                        if self.stmt_kind(e) == StmtKindOf::Statement {
                            return;
                        }
                        format!("{} is not used", self.operand_text(e, &x))
                    }
                };
                self.error(f[e].span.start, msg);
            }
            S::Send { chan, arrow, value } => {
                let c = self.expr(chan, None);
                let et = self.chan_elem(c.ty).map(|(_, e)| e);
                let v = self.expr(value, et);
                if v.mode == Mode::None {
                    return;
                }
                if let Some(et) = self.channel_elem(arrow, chan, &c, false) {
                    self.convert_untyped(value, &v, et);
                    self.check_assignable(value, &v, et, "send");
                }
            }
            S::IncDec { x, tok, .. } => {
                // go/types checks `x++` as `x += 1` with a synthetic `1` positioned at x.
                let xo = self.expr(x, None);
                if xo.mode != Mode::None && self.inc_dec_numeric(x, &xo, tok) {
                    self.record_implicit(f[x].span.start, xo.ty);
                    self.check_lhs(x, &xo);
                }
            }
            S::Assign { ref lhs, tok, tok_pos, ref rhs } => self.assign(lhs, tok, tok_pos, rhs),
            S::Go { call } | S::Defer { call } => {
                // go/types' `suspendedCall`: the call must be one that may stand as a statement.
                let x = self.expr_or_type(call, None);
                if matches!(x.mode, Mode::None | Mode::TypeExpr | Mode::Builtin)
                    || matches!(x.val, Some(Value::Unknown))
                    || self.under(x.ty) == univ::INVALID
                {
                    return;
                }
                let keyword = if matches!(f[s].kind, S::Go { .. }) { "go" } else { "defer" };
                let what = match self.stmt_kind(call) {
                    StmtKindOf::Statement => return,
                    StmtKindOf::Conversion => "requires function call, not conversion",
                    StmtKindOf::Expression => "discards result of",
                };
                let msg = format!("{keyword} {what} {}", self.operand_text(call, &x));
                self.error(f[call].span.start, msg);
            }
            S::Return { ref results } => {
                let rts: Vec<TypeId> = match self.funcs.last().map(|c| self.ty(c.sig).clone()) {
                    Some(Type::Signature(sig)) => sig.results.iter().map(|r| r.ty).collect(),
                    _ => Vec::new(),
                };
                let f = self.file();
                let named = match self.funcs.last().map(|c| self.ty(c.sig).clone()) {
                    Some(Type::Signature(sig)) => sig.results.iter().all(|r| !r.name.is_empty()),
                    _ => false,
                };
                let (l, r) = (rts.len(), results.len());
                let single_call =
                    r == 1 && matches!(f[self.unparen(results[0])].kind, E::Call { .. });
                if r == 0 && named {
                    // A bare return of named results.
                } else if l == r && (!single_call || l == 1) {
                    for (&r, &h) in results.iter().zip(&rts) {
                        let x = self.expr(r, Some(h));
                        self.convert_untyped(r, &x, h);
                        let mut x = x;
                        if let Some(inst) = self.instantiate_func_value(r, &x, h) {
                            x.ty = inst;
                        }
                        self.check_assignable(r, &x, h, "return statement");
                    }
                } else {
                    // go/types' initVars: a count mismatch is reported, at the first extra value
                    // or the last one, only when no value is in error, and no value is checked
                    // against its result.
                    let (values, all_valid) = if r == 1 {
                        let got = self.expr_multi(results[0], false);
                        (got.len(), !got.contains(&univ::INVALID))
                    } else {
                        let mut all_valid = true;
                        for &e in results {
                            let x = self.expr(e, None);
                            all_valid &= x.mode != Mode::None && x.ty != univ::INVALID;
                        }
                        (r, all_valid)
                    };
                    if values != l && all_valid {
                        let (at, msg) = if values > l {
                            (results.get(l).or(results.last()), "too many return values")
                        } else {
                            (results.last(), "not enough return values")
                        };
                        let at = at.map_or(f[s].span.start, |&e| f[e].span.start);
                        self.error(at, msg);
                    }
                }
            }
            S::Block { .. } => self.block_stmts(s),
            S::If { init, cond, body, els } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.condition(cond, "if");
                self.block_stmts(body);
                if let Some(e) = els {
                    self.stmt(e);
                }
                self.pop_scope();
            }
            S::CaseClause { .. } | S::CommClause { .. } => {}
            S::Switch { init, tag, body } => {
                self.multiple_defaults(body);
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                let tag_t = match tag {
                    Some(t) => {
                        let x = self.expr(t, None);
                        let d = self.default_type(x.ty);
                        self.convert_untyped(t, &x, d);
                        let x = Operand { ty: d, ..x };
                        self.switch_tag_comparable(t, &x).then_some(d)
                    }
                    None => None,
                };
                // A missing tag is the constant `true` (of type bool, not untyped).
                let tag_operand = Operand::value(tag_t.unwrap_or(univ::BOOL));
                let tag_valid = tag.is_none() || tag_t.is_some_and(|t| t != univ::INVALID);
                // go/types' `caseValues`: the constant case values seen so far, by value and type.
                let mut seen: Vec<(CaseKey, TypeId, u32)> = Vec::new();
                if let S::Block { ref list, .. } = f[body].kind {
                    for &cl in list {
                        if let S::CaseClause { ref list, ref body, .. } = f[cl].kind {
                            for &e in list {
                                let x = self.expr(e, tag_t);
                                if x.mode == Mode::None || !tag_valid {
                                    continue;
                                }
                                let t = tag_operand.ty;
                                if !self.convert_untyped_checked(e, &x, t) {
                                    continue;
                                }
                                let converted =
                                    Operand { ty: self.converted_type(&x, t), ..x.clone() };
                                if !self.comparison(
                                    (e, &converted),
                                    (tag, &tag_operand),
                                    Token::Eql,
                                    true,
                                ) {
                                    continue;
                                }
                                if let Some(t) = tag_t {
                                    self.duplicate_case_value(e, &x, t, &mut seen);
                                }
                            }
                            self.push_scope();
                            self.stmt_list(body);
                            self.pop_scope();
                        }
                    }
                }
                self.pop_scope();
            }
            S::TypeSwitch { init, assign, body } => {
                self.multiple_defaults(body);
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                // `x := y.(type)` or `y.(type)`.
                let (bind, guard) = match f[assign].kind {
                    S::Assign { ref lhs, ref rhs, .. } => {
                        (lhs.first().copied(), rhs.first().copied())
                    }
                    S::Expr(e) => (None, Some(e)),
                    _ => (None, None),
                };
                let mut xt = univ::INVALID;
                // go/types' `sx`: the guard's operand, when it is an interface to check cases on.
                let mut guard_interface = false;
                if let Some(g) = guard {
                    if let E::TypeAssert { x, .. } = f[g].kind {
                        let xo = self.expr(x, None);
                        xt = xo.ty;
                        guard_interface =
                            self.asserts_on_interface(x, &xo, "") && xo.mode != Mode::None;
                    }
                }
                let bind_name = bind.and_then(|b| match f[b].kind {
                    E::Ident(n) => Some((n, f[b].span.start)),
                    _ => None,
                });
                // The symbolic variable declares nothing itself: each clause declares its own.
                if let Some((_, pos)) = bind_name {
                    self.record_def(pos, None);
                }
                let mut switch_vars: Vec<ObjId> = Vec::new();
                // go/types' `caseTypes`: the case types seen so far (`None`: nil) and where.
                let mut seen: Vec<(Option<TypeId>, u32)> = Vec::new();
                if let S::Block { ref list, .. } = f[body].kind {
                    for &cl in list {
                        if let S::CaseClause { ref list, ref body, .. } = f[cl].kind {
                            let mut types = Vec::new();
                            for e in list {
                                // go/types' caseTypes reads each case but nil as a type: a name
                                // of something else is reported by its kind.
                                let bare = self.unparen(*e);
                                if let E::Ident(n) = f[bare].kind {
                                    if f.name(n) != "nil" && self.names_no_type(bare, n) {
                                        types.push(univ::INVALID);
                                        continue;
                                    }
                                }
                                let x = self.expr_or_type(*e, None);
                                let t = if x.mode == Mode::TypeExpr {
                                    x.ty
                                } else if x.ty == univ::UNTYPED_NIL {
                                    univ::UNTYPED_NIL
                                } else {
                                    if x.mode != Mode::None {
                                        self.report_not_a_type(bare, &x);
                                    }
                                    univ::INVALID
                                };
                                types.push(t);
                                if guard_interface && x.mode == Mode::TypeExpr {
                                    self.type_assertion(*e, xt, t, true);
                                }
                                self.duplicate_case_type(*e, t, &mut seen);
                            }
                            self.push_scope();
                            if let Some((n, pos)) = bind_name {
                                let t = if types.len() == 1 && types[0] != univ::UNTYPED_NIL {
                                    types[0]
                                } else {
                                    xt
                                };
                                let name = f.name(n).to_string();
                                let v = self.new_obj(
                                    ObjKind::Var { field: false, embedded: false },
                                    &name,
                                    t,
                                    pos,
                                );
                                switch_vars.push(v);
                                self.record_implicit_obj(f[cl].span.start, v);
                                self.bind(n, v);
                            }
                            self.stmt_list(body);
                            self.pop_scope();
                        }
                    }
                }
                // The symbolic variable is used if any clause uses it (a switch without clauses
                // leaves it unused); `_ :=` declares no new variable.
                if let Some((n, pos)) = bind_name {
                    if f.name(n) == "_" {
                        self.error(pos, "no new variable on left side of :=");
                    } else if !switch_vars.iter().any(|v| self.used_vars.contains(v)) {
                        let name = f.name(n).to_string();
                        self.unused_switch.push((pos, name));
                    }
                }
                self.pop_scope();
            }
            S::Select { body } => {
                self.multiple_defaults(body);
                if let S::Block { ref list, .. } = f[body].kind {
                    for &cl in list {
                        if let S::CommClause { comm, ref body, .. } = f[cl].kind {
                            // go/types checks neither the case nor its body when the case is
                            // not a send or a receive.
                            if let Some(c) = comm {
                                if !is_send_or_receive(f, c) {
                                    self.error(
                                        f[c].span.start,
                                        "select case must be send or receive (possibly with assignment)",
                                    );
                                    continue;
                                }
                            }
                            self.push_scope();
                            if let Some(c) = comm {
                                self.stmt(c);
                            }
                            self.stmt_list(body);
                            self.pop_scope();
                        }
                    }
                }
            }
            S::For { init, cond, post, body } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.condition(c, "for");
                }
                if let Some(p) = post {
                    self.stmt(p);
                    // go/types checks a declaring post statement, then rejects it.
                    if let S::Assign { tok: Token::Define, ref lhs, .. } = f[p].kind {
                        self.error(f[p].span.start, "cannot declare in post statement");
                        for &l in lhs {
                            if let E::Ident(n) = f[l].kind {
                                let declared = self.lookup_local_current(n);
                                self.used_vars.extend(declared);
                            }
                        }
                    }
                }
                self.block_stmts(body);
                self.pop_scope();
            }
            S::Range { key, value, tok, x, body, .. } => {
                self.push_scope();
                let xo = self.expr(x, None);
                let (kt, vt) = self.range_types(x, &xo);
                let define = tok == Token::Define;
                let mut reported = false;
                for (e, t) in [(key, kt), (value, vt)] {
                    let Some(e) = e else { continue };
                    // go/types' rangeStmt: an iteration variable the range expression does not
                    // produce (a channel's or an integer's second, a yield of no values' first).
                    let t = match t {
                        Some(t) => t,
                        None => {
                            if !reported && xo.mode != Mode::None {
                                let what = if Some(e) == key {
                                    "permits no iteration variables"
                                } else {
                                    "permits only one iteration variable"
                                };
                                let msg =
                                    format!("range over {} {what}", self.operand_text(x, &xo));
                                self.error(f[e].span.start, msg);
                                reported = true;
                            }
                            univ::INVALID
                        }
                    };
                    if define {
                        if let E::Ident(n) = f[e].kind {
                            let name = f.name(n).to_string();
                            let v = self.new_obj(
                                ObjKind::Var { field: false, embedded: false },
                                &name,
                                t,
                                f[e].span.start,
                            );
                            self.local_var(v);
                            self.declare_later.push((n, v));
                        }
                    } else if matches!(f[self.unparen(e)].kind, E::Ident(n) if f.name(n) == "_") {
                        self.record_def(f[self.unparen(e)].span.start, None);
                    } else {
                        self.lhs_mode = is_bare_ident(f, e);
                        let lo = self.expr(e, None);
                        self.lhs_mode = false;
                        self.check_lhs(e, &lo);
                    }
                }
                let later = std::mem::take(&mut self.declare_later);
                for (n, v) in later {
                    self.declare(n, v);
                }
                self.block_stmts(body);
                self.pop_scope();
            }
        }
    }

    /// Key and value types of a range clause: `None` for an iteration variable the range
    /// expression does not produce, invalid when the expression cannot be ranged over.
    fn range_types(&mut self, x: ExprId, xo: &Operand) -> (Option<TypeId>, Option<TypeId>) {
        const UNKNOWN: (Option<TypeId>, Option<TypeId>) =
            (Some(univ::INVALID), Some(univ::INVALID));
        if self.is_untyped(xo.ty) {
            if xo.ty == univ::UNTYPED_STRING {
                return (Some(univ::INT), Some(univ::RUNE));
            }
            // range over an untyped constant integer.
            let d = self.default_type(xo.ty);
            self.convert_untyped(x, xo, d);
            return (Some(d), None);
        }
        let Some(c) = self.core_string(xo.ty) else { return UNKNOWN };
        match self.ty(c).clone() {
            Type::Basic(k, _) if k.is_string() => (Some(univ::INT), Some(univ::RUNE)),
            Type::Basic(k, _) if k.is_integer() => (Some(xo.ty), None),
            Type::Array(_, e) | Type::Slice(e) => (Some(univ::INT), Some(e)),
            Type::Pointer(b) => {
                let bu = self.under(b);
                match self.ty(bu).clone() {
                    Type::Array(_, e) => (Some(univ::INT), Some(e)),
                    _ => UNKNOWN,
                }
            }
            Type::Map(k, v) => (Some(k), Some(v)),
            Type::Chan(_, e) => (Some(e), None),
            Type::Signature(s) => {
                // Range-over-func: func(yield func([K[, V]]) bool).
                let yield_t = s.params.first().map(|p| p.ty);
                match yield_t.and_then(|y| self.core(y)).map(|y| self.ty(y).clone()) {
                    Some(Type::Signature(ys)) => {
                        (ys.params.first().map(|p| p.ty), ys.params.get(1).map(|p| p.ty))
                    }
                    _ => UNKNOWN,
                }
            }
            _ => UNKNOWN,
        }
    }

    fn assign(&mut self, lhs: &[ExprId], tok: Token, tok_pos: u32, rhs: &[ExprId]) {
        let f = self.file();
        if tok == Token::Define {
            // Short variable declaration: new variables take the right-hand types.
            // The results of a single multi-value call, each assigned to its variable.
            let mut results = Vec::new();
            let types: Vec<TypeId> = if rhs.len() == 1 && lhs.len() > 1 {
                let ts = self.expr_multi(rhs[0], lhs.len() == 2);
                self.check_assign_count(lhs.len(), &ts, rhs[0]);
                if ts.len() == lhs.len() && self.is_call(rhs[0]) {
                    results.clone_from(&ts);
                }
                ts.iter().map(|t| self.default_type(*t)).collect()
            } else {
                if lhs.len() != rhs.len() {
                    // go/types' `assignError`: at the first value.
                    let f = self.file();
                    let (vars, vals) =
                        (measure(lhs.len(), "variable"), measure(rhs.len(), "value"));
                    let at = rhs.first().map_or(tok_pos, |&r| f[r].span.start);
                    self.error(at, format!("assignment mismatch: {vars} but {vals}"));
                }
                let mut out = Vec::new();
                for (i, &r) in rhs.iter().enumerate() {
                    // An existing variable on the left gives the hint.
                    let hint = lhs.get(i).and_then(|&l| match f[l].kind {
                        E::Ident(n) => self.lookup_local_current(n).map(|o| self.obj(o).ty),
                        _ => None,
                    });
                    let x = if lhs.len() == 1 && rhs.len() == 1 {
                        self.expr_for_one_var(r, hint)
                    } else {
                        self.expr(r, hint)
                    };
                    let t = match hint {
                        Some(h) => h,
                        None => self.default_type(x.ty),
                    };
                    self.convert_untyped(r, &x, t);
                    // An untyped constant must fit the variable's type (`x := 1 << 100`).
                    if x.val.is_some() {
                        self.check_assignable(r, &x, t, "assignment");
                    }
                    out.push(if t == univ::UNTYPED_NIL { univ::INVALID } else { t });
                }
                out
            };
            let mut new: Vec<(Name, ObjId)> = Vec::new();
            // go/types' `hasErr`: a left side that is not a new name silences "no new variables".
            let mut has_err = false;
            for (i, &l) in lhs.iter().enumerate() {
                let t = types.get(i).copied().unwrap_or(univ::INVALID);
                let E::Ident(n) = f[l].kind else {
                    self.expr(l, None);
                    let msg = format!("non-name {} on left side of :=", f.expr_string(l));
                    self.error(f[l].span.start, msg);
                    has_err = true;
                    continue;
                };
                {
                    if f.name(n) != "_" && new.iter().any(|&(m, _)| m == n) {
                        let msg = format!("{} repeated on left side of :=", f.name(n));
                        self.error(f[l].span.start, msg);
                        has_err = true;
                        continue;
                    }
                    if let Some(o) = self.lookup_local_current(n) {
                        // Redeclared: an assignment to the existing variable (go/types records a use only).
                        self.record_use(f[l].span.start, o);
                        if let (&[call], Some(&value)) = (rhs, results.get(i)) {
                            let target = self.obj(o).ty;
                            self.check_assignable(
                                call,
                                &Operand::value(value),
                                target,
                                "assignment",
                            );
                        }
                        continue;
                    }
                    let name = f.name(n).to_string();
                    let v = self.new_obj(
                        ObjKind::Var { field: false, embedded: false },
                        &name,
                        t,
                        f[l].span.start,
                    );
                    self.local_var(v);
                    new.push((n, v));
                }
            }
            if new.is_empty() && !has_err {
                self.error(tok_pos, "no new variables on left side of :=");
            }
            for (n, v) in new {
                self.declare(n, v);
            }
            return;
        }
        // Plain or op assignment.
        let mut ltypes = Vec::new();
        // The single left operand of an op assignment (`x op= y`), for its operator check.
        let mut op_lhs: Option<Operand> = None;
        for &l in lhs {
            // The blank identifier may be parenthesised (go/types' lhsVar).
            let bare = self.unparen(l);
            if let E::Ident(n) = f[bare].kind {
                if f.name(n) == "_" {
                    // go/types records the blank identifier as declaring nothing.
                    self.record_def(f[bare].span.start, None);
                    ltypes.push(None);
                    continue;
                }
            }
            // Assigning to a variable with `=` is not a use of it.
            self.lhs_mode = tok == Token::Assign && is_bare_ident(f, l);
            let x = self.expr(l, None);
            self.lhs_mode = false;
            // Like go/types, a left-hand side that cannot be assigned to gets its right-hand
            // side checked without a target.
            let assignable = self.check_lhs(l, &x);
            ltypes.push(if assignable { Some(x.ty) } else { Some(univ::INVALID) });
            if assignable && tok != Token::Assign {
                op_lhs = Some(x);
            }
        }
        if rhs.len() == 1 && lhs.len() > 1 {
            let ts = self.expr_multi(rhs[0], lhs.len() == 2);
            self.check_assign_count(lhs.len(), &ts, rhs[0]);
            // Each result must be assignable to its variable (go/types' assignVar; the `ok` of a
            // comma-ok form is an untyped bool there, assignable to any boolean type).
            if tok == Token::Assign && ts.len() == lhs.len() && self.is_call(rhs[0]) {
                for (&value, target) in ts.iter().zip(ltypes) {
                    if let Some(target) = target {
                        let x = Operand::value(value);
                        self.check_assignable(rhs[0], &x, target, "assignment");
                    }
                }
            }
            return;
        }
        if tok == Token::Assign && rhs.len() != lhs.len() {
            // go/types' assignVars: the values are evaluated as they are (a multi-value call
            // among them is no error of its own), and the mismatch is reported only when they
            // are all valid.
            let mut valid = true;
            for &r in rhs {
                let x = self.expr_or_type(r, None);
                valid &= x.mode != Mode::None;
                let d = self.default_type(x.ty);
                self.convert_untyped(r, &x, d);
            }
            if valid {
                let (vars, vals) = (measure(lhs.len(), "variable"), measure(rhs.len(), "value"));
                self.error(f[rhs[0]].span.start, format!("assignment mismatch: {vars} but {vals}"));
            }
            return;
        }
        // One variable and one call: several results are an assignment mismatch.
        let one_call = tok == Token::Assign && lhs.len() == 1;
        for (i, &r) in rhs.iter().enumerate() {
            let h = ltypes.get(i).copied().flatten();
            if h == Some(univ::INVALID) {
                if one_call {
                    self.expr_for_one_var(r, None);
                } else {
                    self.expr(r, None);
                }
                continue;
            }
            let shift = matches!(tok, Token::ShlAssign | Token::ShrAssign);
            let hint = if shift { None } else { h };
            let x = if one_call { self.expr_for_one_var(r, hint) } else { self.expr(r, hint) };
            if shift {
                if self.is_untyped(x.ty) && x.val.is_none() {
                    self.convert_untyped(r, &x, univ::UINT);
                }
                continue;
            }
            match h {
                Some(h) => {
                    self.convert_untyped(r, &x, h);
                    // `x op= y` is `x = x op y`: once the operands' types match, the operator
                    // must apply to them (go/types' binary, after matchTypes).
                    let same_type = if self.is_untyped(x.ty) {
                        self.untyped_fits(x.ty, h)
                    } else {
                        self.identical(x.ty, h)
                    };
                    if let (Some(lo), Some(op), true) = (&op_lhs, tok.assign_op_base(), same_type) {
                        if x.mode != Mode::None {
                            let lo = lo.clone();
                            self.operator_defined(lhs[i], &lo, op, super::operators::Arity::Binary);
                        }
                    }
                    let mut x = x;
                    if let Some(inst) = self.instantiate_func_value(r, &x, h) {
                        x.ty = inst;
                    }
                    if tok == Token::Assign {
                        self.check_assignable(r, &x, h, "assignment");
                    }
                }
                None => {
                    // Only the blank identifier has no type to assign to. (A variable of the
                    // untyped nil type is left by an earlier error: a type switch on nil.)
                    let nil = x.ty == univ::UNTYPED_NIL && x.mode != Mode::None && !x.addressable;
                    if nil && tok == Token::Assign {
                        let msg = "use of untyped nil in assignment to _ identifier";
                        self.error(f[r].span.start, msg);
                        continue;
                    }
                    let d = self.default_type(x.ty);
                    self.convert_untyped(r, &x, d);
                }
            }
        }
    }

    /// A local variable that must be used (`declared and not used` otherwise).
    pub(crate) fn local_var(&mut self, v: ObjId) {
        if self.record && &*self.obj(v).name != "_" {
            self.local_vars.push(v);
        }
    }

    /// Reports the local variables declared so far that were never used, and forgets them.
    pub(crate) fn report_unused(&mut self) {
        let vars = std::mem::take(&mut self.local_vars);
        for v in vars {
            if !self.used_vars.contains(&v) {
                let (pos, name) = (self.obj(v).pos, self.obj(v).name.to_string());
                self.unused.push((pos, name));
            }
        }
        let mut unused: Vec<(u32, String)> = std::mem::take(&mut self.unused)
            .into_iter()
            .map(|(p, n)| (p, format!("declared and not used: {n}")))
            .chain(
                std::mem::take(&mut self.unused_switch)
                    .into_iter()
                    .map(|(p, n)| (p, format!("{n} declared and not used"))),
            )
            .collect();
        unused.sort();
        for (pos, msg) in unused {
            self.error(pos, msg);
        }
    }

    /// `a, b := f()`: the call must return as many values as there are variables.
    pub(super) fn check_assign_count(&mut self, nlhs: usize, values: &[TypeId], rhs: ExprId) {
        if values.len() == nlhs || values.contains(&univ::INVALID) {
            return;
        }
        let f = self.file();
        let what = if let E::Call { fun, .. } = f[self.unparen(rhs)].kind {
            format!("{} returns {}", f.expr_string(fun), measure(values.len(), "value"))
        } else {
            measure(values.len(), "value")
        };
        let vars = measure(nlhs, "variable");
        self.error(f[rhs].span.start, format!("assignment mismatch: {vars} but {what}"));
    }

    /// Whether `e` is a call, parenthesized or not.
    fn is_call(&self, e: ExprId) -> bool {
        matches!(self.file()[self.unparen(e)].kind, E::Call { .. })
    }

    /// A variable declared in the innermost scope (for `:=` redeclaration).
    fn lookup_local_current(&self, n: mapscope_syntax::ast::Name) -> Option<ObjId> {
        let s = self.scopes.last()?;
        s.names.iter().rev().find(|(m, _)| *m == n).map(|&(_, o)| o)
    }

    /// The condition of an `if` or `for` statement: it must be boolean (a type parameter's
    /// type set is not checked). Conditions keep untyped bool (go/types converts nothing here).
    fn condition(&mut self, cond: ExprId, statement: &str) {
        let x = self.expr(cond, None);
        if x.mode == Mode::None || x.ty == univ::INVALID || self.is_type_param(x.ty) {
            return;
        }
        if !self.basic(x.ty).is_some_and(BasicKind::is_boolean) {
            let msg = format!("non-boolean condition in {statement} statement");
            self.error(self.file()[cond].span.start, msg);
        }
    }

    fn local_decl(&mut self, d: DeclId) {
        let f = self.file();
        let Decl::Gen(g) = &f[d] else { return };
        match g.tok {
            Token::Var => {
                for spec in &g.specs {
                    if let Spec::Value(vs) = spec {
                        self.arity_match(vs, None);
                        let types = self.var_spec_types(vs.ty, &vs.values, vs.names.len());
                        for (id, t) in vs.names.iter().zip(types) {
                            let name = f.name(id.name);
                            let v = self.new_obj(
                                ObjKind::Var { field: false, embedded: false },
                                name,
                                t,
                                id.span.start,
                            );
                            self.local_var(v);
                            self.declare(id.name, v);
                        }
                    }
                }
            }
            Token::Const => {
                let mut src: Option<&mapscope_syntax::ast::ValueSpec> = None;
                for (i, spec) in g.specs.iter().enumerate() {
                    let Spec::Value(vs) = spec else { continue };
                    let repeated = vs.ty.is_none() && vs.values.is_empty();
                    if !repeated {
                        src = Some(vs);
                    }
                    let init = src.map_or((&[][..], 0), |sv| {
                        (&sv.values[..], sv.names.first().map_or(0, |n| n.span.start))
                    });
                    self.arity_match(vs, Some(init));
                    let Some(sv) = src else { continue };
                    let saved = self.iota.replace(i as i128);
                    let record = self.record;
                    if repeated {
                        self.record = false;
                    }
                    let ty = sv.ty.map(|t| self.type_expr(t));
                    let mut objs = Vec::new();
                    for (ni, id) in vs.names.iter().enumerate() {
                        if repeated {
                            self.inherited_error_pos = Some(id.span.start);
                        }
                        let (t, v) = match sv.values.get(ni) {
                            Some(&e) => self.const_init(e, ty),
                            None => (ty.unwrap_or(univ::INVALID), crate::constant::Value::Unknown),
                        };
                        let name = f.name(id.name);
                        objs.push((
                            id.name,
                            self.new_obj(ObjKind::Const(v), name, t, id.span.start),
                        ));
                    }
                    self.inherited_error_pos = None;
                    self.record = record;
                    self.iota = saved;
                    for (n, o) in objs {
                        self.declare(n, o);
                    }
                }
            }
            Token::Type => {
                for spec in &g.specs {
                    if let Spec::Type(ts) = spec {
                        let name = f.name(ts.name.name);
                        let o = self.new_obj(
                            ObjKind::TypeName,
                            name,
                            univ::INVALID,
                            ts.name.span.start,
                        );
                        // Declared before its right-hand side so it may refer to itself.
                        self.declare(ts.name.name, o);
                        let spec_idx =
                            g.specs.iter().position(|s| std::ptr::eq(s, spec)).unwrap_or(0);
                        self.type_decl(o, d, spec_idx);
                        self.check_local_valid_type(o, ts.ty);
                    }
                }
            }
            _ => {}
        }
    }
}

/// An identifier, possibly parenthesised.
fn is_bare_ident(f: &mapscope_syntax::ast::File, mut e: ExprId) -> bool {
    loop {
        match &f[e].kind {
            E::Paren { x, .. } => e = *x,
            E::Ident(_) => return true,
            _ => return false,
        }
    }
}
