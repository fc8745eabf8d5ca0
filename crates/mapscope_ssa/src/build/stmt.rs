//! Statements and control flow (follows go/ssa's `builder.go`: `stmt`, `ifStmt`, `switchStmt`,
//! `typeSwitchStmt`, `selectStmt`, `forStmt`, `rangeStmt`, `assignStmt` and labels).
//!
//! Blocks are sealed once every jump into them is emitted: a loop header after its back edge, a
//! `break` target at the end of its statement; `goto` targets at the end of the function.

use super::Values;
use super::func::{FnLower, Target};
use crate::ir::{BinaryOp, BlockId, ConstValue, InstrKind, SelectDir, SelectState, ValueId};
use mapscope_syntax::Span;
use mapscope_syntax::Token;
use mapscope_syntax::ast::{Decl, ExprId, ExprKind, Name, Spec, StmtId, StmtKind};
use mapscope_syntax::stack::maybe_grow;
use mapscope_types::types::{ObjKind, TypeId, univ};

/// Where an assignment writes.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Lvalue {
    Blank,
    Local(mapscope_types::types::ObjId),
    Addr(ValueId),
    MapElem { map: ValueId, key: ValueId, span: Span },
}

impl FnLower<'_, '_> {
    pub fn stmt(&mut self, s: StmtId) {
        maybe_grow(|| self.stmt_inner(s, None))
    }

    fn stmt_list(&mut self, list: &[StmtId]) {
        for &s in list {
            self.stmt(s);
        }
    }

    fn stmt_inner(&mut self, s: StmtId, label: Option<Name>) {
        let f = self.cx.f();
        let span = f[s].span;
        match &f[s].kind {
            StmtKind::Bad | StmtKind::Empty { .. } => {}
            StmtKind::Decl(d) => self.local_decl(*d),
            StmtKind::Labeled { label, stmt, .. } => {
                let block = if self.defined_labels.insert(label.name) {
                    self.label_block(label.name)
                } else {
                    self.b.new_block("label")
                };
                if self.is_open() {
                    self.b.jump(block, span);
                }
                self.b.switch_to_block(block);
                maybe_grow(|| self.stmt_inner(*stmt, Some(label.name)));
            }
            StmtKind::Expr(e) => {
                self.expr_effects(*e);
            }
            StmtKind::Send { chan, value, .. } => {
                let c = self.expr(*chan);
                let v = self.expr(*value);
                // A send on what the checker rejected as a channel evaluates its operands only.
                if let Some(elem) = self.chan_elem_type(c) {
                    let v = self.coerce(v, elem, span);
                    self.b.emit_effect(InstrKind::Send { chan: c, value: v }, span);
                }
            }
            StmtKind::IncDec { x, tok, .. } => {
                let lv = self.lvalue(*x);
                let old = self.load_lvalue(lv, span, *x);
                let ty = self.b.function()[old].ty;
                let one = self.one(ty);
                let op = if *tok == Token::Inc { BinaryOp::Add } else { BinaryOp::Sub };
                let new = self.b.emit_value(InstrKind::BinOp { op, x: old, y: one }, ty, span);
                self.store_lvalue(lv, new, span);
            }
            StmtKind::Assign { lhs, tok, rhs, .. } => self.assign(lhs, *tok, rhs, span),
            StmtKind::Go { call } | StmtKind::Defer { call } => {
                let is_go = matches!(f[s].kind, StmtKind::Go { .. });
                if let Some(common) = self.call_common(*call) {
                    if is_go {
                        self.b.emit_effect(InstrKind::Go { call: common }, span);
                    } else {
                        self.b.emit_effect(InstrKind::Defer { call: common }, span);
                    }
                }
                // A deferred call can recover from a panic: control resumes at the Recover block.
                if !is_go {
                    self.ensure_recover_block(span);
                }
            }
            StmtKind::Return { results } => self.return_stmt(results, span),
            StmtKind::Branch { tok, label } => self.branch_stmt(*tok, label.map(|l| l.name), span),
            StmtKind::Block { list, .. } => self.stmt_list(list),
            StmtKind::If { init, cond, body, els } => {
                if let Some(init) = init {
                    self.stmt(*init);
                }
                let then = self.b.new_block("if.then");
                let done = self.b.new_block("if.done");
                let otherwise = if els.is_some() { self.b.new_block("if.else") } else { done };
                self.cond(*cond, then, otherwise);
                self.b.seal_block(then);
                self.b.switch_to_block(then);
                self.stmt(*body);
                if self.is_open() {
                    self.b.jump(done, span);
                }
                if let Some(els) = els {
                    self.b.seal_block(otherwise);
                    self.b.switch_to_block(otherwise);
                    self.stmt(*els);
                    if self.is_open() {
                        self.b.jump(done, span);
                    }
                }
                self.b.seal_block(done);
                self.b.switch_to_block(done);
            }
            StmtKind::Switch { init, tag, body } => {
                self.switch_stmt(*init, *tag, *body, label, span)
            }
            StmtKind::TypeSwitch { init, assign, body } => {
                self.type_switch(*init, *assign, *body, label, span)
            }
            StmtKind::Select { body } => self.select_stmt(*body, label, span),
            StmtKind::For { init, cond, post, body } => {
                self.for_stmt(*init, *cond, *post, *body, label, span)
            }
            StmtKind::Range { key, value, tok, x, body, .. } => {
                self.range_stmt(*key, *value, *tok, *x, *body, label, span)
            }
            StmtKind::CaseClause { .. } | StmtKind::CommClause { .. } => {}
        }
    }

    /// The block a label names, created on first mention.
    pub fn label_block(&mut self, name: Name) -> BlockId {
        if let Some(&b) = self.labels.get(&name) {
            return b;
        }
        let b = self.b.new_block("label");
        self.labels.insert(name, b);
        self.late_seal.push(b);
        b
    }

    fn local_decl(&mut self, d: mapscope_syntax::ast::DeclId) {
        let f = self.cx.f();
        let Decl::Gen(g) = &f[d] else { return };
        if g.tok != Token::Var {
            return;
        }
        for spec in &g.specs {
            let Spec::Value(vs) = spec else { continue };
            let values = if vs.values.is_empty() {
                vec![None; vs.names.len()]
            } else {
                self.rhs_values(&vs.values, vs.names.len(), vs.span).into_iter().map(Some).collect()
            };
            for (n, v) in vs.names.iter().zip(values) {
                if let Some(obj) = self.def_var(n.span.start) {
                    self.declare_local(obj, v, n.span);
                }
            }
        }
    }

    /// The values of a right-hand side for `n` variables: one expression each, or one
    /// multi-valued expression.
    pub fn rhs_values(&mut self, values: &[ExprId], n: usize, span: Span) -> Values {
        if values.len() == 1 && n > 1 {
            let mut vs = self.multi(values[0], n);
            while vs.len() < n {
                vs.push(self.zero(univ::INVALID));
            }
            vs.truncate(n);
            return vs;
        }
        let _ = span;
        values.iter().map(|&v| self.expr(v)).collect()
    }

    pub fn lvalue(&mut self, e: ExprId) -> Lvalue {
        let f = self.cx.f();
        match &f[e].kind {
            ExprKind::Paren { x, .. } => self.lvalue(*x),
            ExprKind::Ident(n) => {
                if f.name(*n) == "_" {
                    return Lvalue::Blank;
                }
                let obj = self.use_of(e).or_else(|| self.def_var(f[e].span.start));
                match obj {
                    Some(o) if self.local(o).is_some() => Lvalue::Local(o),
                    Some(o) if matches!(self.cx.program_obj_kind(o), ObjKind::Var { .. }) => {
                        Lvalue::Addr(self.global(o))
                    }
                    _ => Lvalue::Blank,
                }
            }
            ExprKind::Index { x, index, .. } if self.is_map_expr(*x) => {
                let map = self.expr(*x);
                let key_ty = self.map_key_type(map);
                let key = self.expr(*index);
                let key = self.coerce(key, key_ty, f[e].span);
                Lvalue::MapElem { map, key, span: f[e].span }
            }
            _ => Lvalue::Addr(self.addr(e)),
        }
    }

    pub fn load_lvalue(&mut self, lv: Lvalue, span: Span, e: ExprId) -> ValueId {
        match lv {
            Lvalue::Blank => self.expr(e),
            Lvalue::Local(o) => self.read_local(o, span).unwrap_or_else(|| self.expr(e)),
            Lvalue::Addr(a) => self.load(a, span),
            Lvalue::MapElem { map, key, span } => self.map_lookup(map, key, false, span)[0],
        }
    }

    pub fn store_lvalue(&mut self, lv: Lvalue, value: ValueId, span: Span) {
        match lv {
            Lvalue::Blank => {}
            Lvalue::Local(o) => self.write_local(o, value, span),
            Lvalue::Addr(a) => self.store(a, value, span),
            Lvalue::MapElem { map, key, span } => self.map_update(map, key, value, span),
        }
    }

    fn assign(&mut self, lhs: &[ExprId], tok: Token, rhs: &[ExprId], span: Span) {
        let f = self.cx.f();
        match tok {
            Token::Define => {
                let values = self.rhs_values(rhs, lhs.len(), span);
                for (&l, v) in lhs.iter().zip(values) {
                    let start = f[l].span.start;
                    if let Some(obj) = self.def_var(start) {
                        if !self.locals.contains_key(&obj) {
                            self.declare_local(obj, Some(v), f[l].span);
                            continue;
                        }
                    }
                    let lv = self.lvalue(l);
                    self.store_lvalue(lv, v, f[l].span);
                }
            }
            Token::Assign => {
                let lvs: Vec<Lvalue> = lhs.iter().map(|&l| self.lvalue(l)).collect();
                let values = self.rhs_values(rhs, lhs.len(), span);
                for ((lv, v), &l) in lvs.into_iter().zip(values).zip(lhs) {
                    self.store_lvalue(lv, v, f[l].span);
                }
            }
            op => {
                let (Some(&l), Some(&r)) = (lhs.first(), rhs.first()) else { return };
                let lv = self.lvalue(l);
                let old = self.load_lvalue(lv, span, l);
                let y = self.expr(r);
                let new = self.binary_values(assign_op(op), old, y, self.value_type(old), span);
                self.store_lvalue(lv, new, span);
            }
        }
    }

    fn return_stmt(&mut self, results: &[ExprId], span: Span) {
        if self.yield_ctx.is_some() {
            self.yield_return(results, span);
            return;
        }
        let values = if results.is_empty() {
            self.named_result_values(span)
        } else {
            self.rhs_values(results, self.result_types.len(), span)
        };
        let mut values = values;
        let count = self.result_types.len();
        while values.len() < count {
            let ty = self.result_types[values.len()];
            values.push(self.zero(ty));
        }
        values.truncate(count);
        // Named results are assigned before deferred calls run, which may read them.
        if self.has_defer && !results.is_empty() {
            for (i, &v) in values.iter().enumerate() {
                if let Some(o) = self.named_results.get(i).copied().flatten() {
                    self.write_local(o, v, span);
                }
            }
        }
        self.emit_return(values, span);
        self.start_unreachable();
    }

    fn branch_stmt(&mut self, tok: Token, label: Option<Name>, span: Span) {
        let target = match tok {
            Token::Goto => label.map(|l| self.label_block(l)),
            Token::Fallthrough => self.fallthrough_to,
            Token::Break => self
                .targets
                .iter()
                .rev()
                .find(|t| t.break_to.is_some() && (label.is_none() || t.label == label))
                .and_then(|t| t.break_to),
            _ => self
                .targets
                .iter()
                .rev()
                .find(|t| t.continue_to.is_some() && (label.is_none() || t.label == label))
                .and_then(|t| t.continue_to),
        };
        match target {
            Some(block) => self.b.jump(block, span),
            None => match self.outer_branch_target(tok, label) {
                // A jump out of a range-over-func body ends this call of the yield function.
                Some((level, block)) => self.exit_to_block(level, block, span),
                None => return,
            },
        }
        self.start_unreachable();
    }

    /// Emits the jumps of condition `e`: to `t` when true, `f` when false (`&&`, `||` and `!`
    /// short-circuit, as go/ssa's `cond`).
    pub fn cond(&mut self, e: ExprId, t: BlockId, f: BlockId) {
        let file = self.cx.f();
        match &file[e].kind {
            ExprKind::Paren { x, .. } => self.cond(*x, t, f),
            ExprKind::Unary { op: Token::Not, x, .. } => self.cond(*x, f, t),
            ExprKind::Binary { x, op: Token::LAnd, y, .. } => {
                let mid = self.b.new_block("cond.true");
                self.cond(*x, mid, f);
                self.b.seal_block(mid);
                self.b.switch_to_block(mid);
                self.cond(*y, t, f);
            }
            ExprKind::Binary { x, op: Token::LOr, y, .. } => {
                let mid = self.b.new_block("cond.false");
                self.cond(*x, t, mid);
                self.b.seal_block(mid);
                self.b.switch_to_block(mid);
                self.cond(*y, t, f);
            }
            _ => {
                let v = self.expr(e);
                let v = self.coerce(v, univ::BOOL, file[e].span);
                self.b.branch(v, t, f, file[e].span);
            }
        }
    }

    fn switch_stmt(
        &mut self,
        init: Option<StmtId>,
        tag: Option<ExprId>,
        body: StmtId,
        label: Option<Name>,
        span: Span,
    ) {
        if let Some(init) = init {
            self.stmt(init);
        }
        let tag_value = tag.map(|t| self.expr(t));
        let f = self.cx.f();
        let StmtKind::Block { list, .. } = &f[body].kind else { return };
        let done = self.b.new_block("switch.done");
        self.targets.push(Target { label, break_to: Some(done), continue_to: None });
        let bodies: Vec<BlockId> = list.iter().map(|_| self.b.new_block("switch.body")).collect();
        let mut default = None;
        for (i, &clause) in list.iter().enumerate() {
            let StmtKind::CaseClause { list: exprs, is_default, body: stmts, .. } = &f[clause].kind
            else {
                continue;
            };
            if *is_default {
                default = Some(i);
                continue;
            }
            for &c in exprs {
                let cond = match tag_value {
                    Some(tv) => {
                        let v = self.expr(c);
                        self.compare_eq(tv, v, f[c].span)
                    }
                    None => {
                        let v = self.expr(c);
                        self.coerce(v, univ::BOOL, f[c].span)
                    }
                };
                let next = self.b.new_block("switch.next");
                self.b.branch(cond, bodies[i], next, f[c].span);
                self.b.seal_block(next);
                self.b.switch_to_block(next);
            }
            let after_tests = self.b.current_block();
            self.b.switch_to_block(bodies[i]);
            self.fallthrough_to = bodies.get(i + 1).copied();
            self.stmt_list(stmts);
            if self.is_open() {
                self.b.jump(done, span);
            }
            if let Some(b) = after_tests {
                self.b.switch_to_block(b);
            }
        }
        let fallback = default.map_or(done, |d| bodies[d]);
        self.b.jump(fallback, span);
        if let Some(d) = default {
            if let StmtKind::CaseClause { body: stmts, .. } = &f[list[d]].kind {
                self.b.switch_to_block(bodies[d]);
                self.fallthrough_to = bodies.get(d + 1).copied();
                self.stmt_list(stmts);
                if self.is_open() {
                    self.b.jump(done, span);
                }
            }
        }
        self.fallthrough_to = None;
        for b in bodies {
            self.b.seal_block(b);
        }
        self.targets.pop();
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }

    fn type_switch(
        &mut self,
        init: Option<StmtId>,
        assign: StmtId,
        body: StmtId,
        label: Option<Name>,
        span: Span,
    ) {
        if let Some(init) = init {
            self.stmt(init);
        }
        let f = self.cx.f();
        // `x := y.(type)` or `y.(type)`.
        let (bound, guard) = match &f[assign].kind {
            StmtKind::Assign { lhs, rhs, .. } => (lhs.first().copied(), rhs.first().copied()),
            StmtKind::Expr(e) => (None, Some(*e)),
            _ => (None, None),
        };
        let Some(guard) = guard else { return };
        let inner = match &f[guard].kind {
            ExprKind::TypeAssert { x, .. } => *x,
            _ => guard,
        };
        let x = self.expr(inner);
        let x_ty = self.value_type(x);
        let objs: Vec<mapscope_types::types::ObjId> = bound
            .and_then(|b| self.cx.fcx().defs.get(&f[b].span.start).map(Iterator::collect))
            .unwrap_or_default();
        let StmtKind::Block { list, .. } = &f[body].kind else { return };
        let done = self.b.new_block("typeswitch.done");
        self.targets.push(Target { label, break_to: Some(done), continue_to: None });
        let mut default = None;
        for (i, &clause) in list.iter().enumerate() {
            let StmtKind::CaseClause { list: types, is_default, body: stmts, .. } = &f[clause].kind
            else {
                continue;
            };
            if *is_default {
                default = Some((i, stmts.clone()));
                continue;
            }
            let body_block = self.b.new_block("typeswitch.body");
            let mut single = None;
            for &t in types {
                let ty = self.expr_type(t);
                let is_nil = ty == univ::UNTYPED_NIL;
                let (cond, value) = if is_nil {
                    let nil = self.zero(x_ty);
                    (self.compare_eq(x, nil, f[t].span), x)
                } else {
                    let instr = self.b.emit(
                        InstrKind::TypeAssert { x, asserted: ty, comma_ok: true },
                        &[ty, univ::BOOL],
                        f[t].span,
                    );
                    let r: Values = self.b.function()[instr].results().collect();
                    (r[1], r[0])
                };
                single = if types.len() == 1 && !is_nil { Some(value) } else { None };
                let next = self.b.new_block("typeswitch.next");
                self.b.branch(cond, body_block, next, f[t].span);
                self.b.seal_block(next);
                self.b.switch_to_block(next);
            }
            let after = self.b.current_block();
            self.b.seal_block(body_block);
            self.b.switch_to_block(body_block);
            self.bind_clause_var(&objs, i, single.unwrap_or(x), f[clause].span);
            self.stmt_list(stmts);
            if self.is_open() {
                self.b.jump(done, span);
            }
            if let Some(b) = after {
                self.b.switch_to_block(b);
            }
        }
        if let Some((i, stmts)) = default {
            self.bind_clause_var(&objs, i, x, span);
            self.stmt_list(&stmts);
        }
        if self.is_open() {
            self.b.jump(done, span);
        }
        self.targets.pop();
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }

    /// Declares the symbolic variable of type-switch clause `index` (go/types' implicit object).
    fn bind_clause_var(
        &mut self,
        objs: &[mapscope_types::types::ObjId],
        index: usize,
        value: ValueId,
        span: Span,
    ) {
        let vars: Vec<_> = objs
            .iter()
            .copied()
            .filter(|&o| matches!(self.cx.program_obj_kind(o), ObjKind::Var { field: false, .. }))
            .collect();
        if let Some(&obj) = vars.get(index).or(vars.last()) {
            self.declare_local(obj, Some(value), span);
        }
    }

    fn select_stmt(&mut self, body: StmtId, label: Option<Name>, span: Span) {
        let f = self.cx.f();
        let StmtKind::Block { list, .. } = &f[body].kind else { return };
        let mut states = Vec::new();
        let mut recv_types = Vec::new();
        let mut has_default = false;
        // Per clause: its state index, and for a receive the lhs to assign.
        let mut clause_info = Vec::new();
        for &clause in list {
            let StmtKind::CommClause { comm, .. } = &f[clause].kind else { continue };
            let Some(comm) = comm else {
                has_default = true;
                clause_info.push(None);
                continue;
            };
            match &f[*comm].kind {
                StmtKind::Send { chan, value, .. } => {
                    let c = self.expr(*chan);
                    let v = self.expr(*value);
                    let v = match self.chan_elem_type(c) {
                        Some(e) => self.coerce(v, e, f[*comm].span),
                        None => v,
                    };
                    clause_info.push(Some((states.len(), None)));
                    states.push(SelectState { dir: SelectDir::Send, chan: c, send: Some(v) });
                }
                kind => {
                    let (recv, lhs, tok) = match kind {
                        StmtKind::Expr(e) => (*e, Vec::new(), Token::Illegal),
                        StmtKind::Assign { lhs, tok, rhs, .. } => {
                            (rhs.first().copied().unwrap_or(lhs[0]), lhs.clone(), *tok)
                        }
                        _ => continue,
                    };
                    let mut ch = recv;
                    while let ExprKind::Paren { x, .. } = &f[ch].kind {
                        ch = *x;
                    }
                    let ExprKind::Unary { op: Token::Arrow, x, .. } = &f[ch].kind else {
                        continue;
                    };
                    let c = self.expr(*x);
                    let elem = self.chan_elem_type(c).unwrap_or(univ::INVALID);
                    clause_info.push(Some((states.len(), Some((recv_types.len(), lhs, tok)))));
                    recv_types.push(elem);
                    states.push(SelectState { dir: SelectDir::Recv, chan: c, send: None });
                }
            }
        }
        let mut result_types = vec![univ::INT, univ::BOOL];
        result_types.extend(recv_types.iter().copied());
        let instr =
            self.b.emit(InstrKind::Select { states, blocking: !has_default }, &result_types, span);
        let results: Vec<ValueId> = self.b.function()[instr].results().collect();
        let index = results[0];
        let done = self.b.new_block("select.done");
        self.targets.push(Target { label, break_to: Some(done), continue_to: None });
        let mut default_body = None;
        for (&clause, info) in list.iter().zip(clause_info) {
            let StmtKind::CommClause { body: stmts, .. } = &f[clause].kind else { continue };
            let Some((state, recv)) = info else {
                default_body = Some(stmts.clone());
                continue;
            };
            let body_block = self.b.new_block("select.body");
            let next = self.b.new_block("select.next");
            let i = self.int_const(state as i128);
            let cond = self.b.emit_value(
                InstrKind::BinOp { op: BinaryOp::Eql, x: index, y: i },
                univ::BOOL,
                span,
            );
            self.b.branch(cond, body_block, next, span);
            self.b.seal_block(body_block);
            self.b.seal_block(next);
            self.b.switch_to_block(body_block);
            if let Some((r, lhs, tok)) = recv {
                let values = [results[2 + r], results[1]];
                for (&l, v) in lhs.iter().zip(values) {
                    if tok == Token::Define {
                        if let Some(obj) = self.def_var(f[l].span.start) {
                            self.declare_local(obj, Some(v), f[l].span);
                        }
                    } else {
                        let lv = self.lvalue(l);
                        self.store_lvalue(lv, v, f[l].span);
                    }
                }
            }
            self.stmt_list(stmts);
            if self.is_open() {
                self.b.jump(done, span);
            }
            self.b.switch_to_block(next);
        }
        match default_body {
            Some(stmts) => self.stmt_list(&stmts),
            None => {
                // A blocking select that matched none of its cases cannot happen (`select {}`
                // never returns); go/ssa ends that path with a panic, and so does the IR, which
                // keeps the select's block terminated.
                let message = self.b.constant(
                    univ::STRING,
                    ConstValue::String("blocking select matched no case".into()),
                );
                self.b.panic(message, span);
                self.start_unreachable();
            }
        }
        if self.is_open() {
            self.b.jump(done, span);
        }
        self.targets.pop();
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }

    fn for_stmt(
        &mut self,
        init: Option<StmtId>,
        cond: Option<ExprId>,
        post: Option<StmtId>,
        body: StmtId,
        label: Option<Name>,
        span: Span,
    ) {
        if let Some(init) = init {
            self.stmt(init);
        }
        let header = self.b.new_block("for.loop");
        let body_block = self.b.new_block("for.body");
        let post_block = self.b.new_block("for.post");
        let done = self.b.new_block("for.done");
        self.b.jump(header, span);
        self.b.switch_to_block(header);
        match cond {
            Some(c) => self.cond(c, body_block, done),
            None => self.b.jump(body_block, span),
        }
        self.b.seal_block(body_block);
        self.b.switch_to_block(body_block);
        self.targets.push(Target { label, break_to: Some(done), continue_to: Some(post_block) });
        self.stmt(body);
        self.targets.pop();
        if self.is_open() {
            self.b.jump(post_block, span);
        }
        self.b.seal_block(post_block);
        self.b.switch_to_block(post_block);
        if let Some(post) = post {
            self.stmt(post);
        }
        if self.is_open() {
            self.b.jump(header, span);
        }
        self.b.seal_block(header);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }

    /// Binds a range statement's key or value: declares it (`:=`) or assigns it (`=`).
    pub fn bind_range_var(&mut self, e: Option<ExprId>, tok: Token, value: ValueId) {
        let Some(e) = e else { return };
        let f = self.cx.f();
        let span = f[e].span;
        if tok == Token::Define {
            if let Some(obj) = self.def_var(span.start) {
                self.declare_local(obj, Some(value), span);
            }
        } else {
            let lv = self.lvalue(e);
            self.store_lvalue(lv, value, span);
        }
    }

    /// A loop skeleton for ranges: `header` tests, `body` runs the loop body with `break` to
    /// `done` and `continue` to `next`; the caller fills `header` and `next`.
    pub fn loop_body(&mut self, body: StmtId, label: Option<Name>, next: BlockId, done: BlockId) {
        self.targets.push(Target { label, break_to: Some(done), continue_to: Some(next) });
        self.stmt(body);
        self.targets.pop();
        if self.is_open() {
            self.b.jump(next, Span::default());
        }
    }

    /// The type of value `v`.
    pub fn value_type(&self, v: ValueId) -> TypeId {
        self.b.function()[v].ty
    }
}

/// The binary operator of an assignment operator (`+=` is `+`).
fn assign_op(tok: Token) -> Token {
    match tok {
        Token::AddAssign => Token::Add,
        Token::SubAssign => Token::Sub,
        Token::MulAssign => Token::Mul,
        Token::QuoAssign => Token::Quo,
        Token::RemAssign => Token::Rem,
        Token::AndAssign => Token::And,
        Token::OrAssign => Token::Or,
        Token::XorAssign => Token::Xor,
        Token::ShlAssign => Token::Shl,
        Token::ShrAssign => Token::Shr,
        Token::AndNotAssign => Token::AndNot,
        other => other,
    }
}
