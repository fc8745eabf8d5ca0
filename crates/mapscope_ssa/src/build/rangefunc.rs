//! Range over a function (follows go/ssa's `rangeFunc`, `buildYieldFunc` and `buildYieldResume`):
//! the loop body becomes the synthetic yield function `parent$N`, and control that leaves the body
//! for the function around the loop goes through a jump variable they share.
//!
//! The loop allocates the jump variable (`jump$N`, READY = 0) and calls the iterator with the
//! body's closure. The body panics unless called while READY, is BUSY (-1) while it runs, and
//! returns true (READY again) at its end or a `continue`. A `break`, `continue` or `goto` to a
//! statement outside the body, and a `return`, store an exit id (1, 2, ... per declared function
//! or literal) in the jump variable and return false; a `return v` first stores `v` in the
//! results of the function it returns from, which live in memory and are free variables of the
//! body. After the call the loop resumes on the jump variable: BUSY panics, READY becomes DONE
//! (-2) and leaves the loop, and each exit id does what its statement does: returns the stored
//! results, jumps to its target, or, for a target further out, stores the same id in the
//! enclosing body's own jump variable and returns false from that body.

use super::Values;
use super::func::{Captured, FnLower, Slot, Target};
use crate::ir::{BinaryOp, BlockId, CallCommon, Callee, ConstValue, InstrKind, ValueId};
use mapscope_syntax::Span;
use mapscope_syntax::Token;
use mapscope_syntax::ast::{ExprId, Name, StmtId};
use mapscope_types::types::{ObjId, Type, TypeId, univ};

/// go/ssa's jump states; exits are the positive ids.
const READY: i128 = 0;
const BUSY: i128 = -1;
const DONE: i128 = -2;

/// How a range-over-func body (go/ssa's yield function) reaches the functions around it.
pub(crate) struct YieldCtx {
    /// 1 for a loop of a declared function or literal, 2 for a loop in that loop's body, ...
    pub level: u32,
    /// The loop's start, which names its jump variable (`Captured::Jump`).
    pub start: u32,
    pub jump_name: String,
    /// The `break` and `continue` targets of the functions around the body, innermost last, with
    /// the level of the function each block belongs to; the loop's own `break` is the last.
    pub outer_targets: Vec<(u32, Target)>,
    /// The results (type and named object) of the function a `return` returns from.
    pub results: Vec<(TypeId, Option<ObjId>)>,
    /// The exits of this body that the function around the loop resumes.
    pub exits: Vec<Exit>,
    /// Where the body ends an iteration (`continue`): READY again, then return true.
    pub ycont: BlockId,
}

/// A way out of a range-over-func body to a function around it (go/ssa's `exit`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Exit {
    pub id: i64,
    pub to: ExitTo,
    pub span: Span,
}

#[derive(Clone, Copy, Debug)]
pub(crate) enum ExitTo {
    /// Return from the declared function or literal, with the results the body stored.
    Return,
    /// Jump to this block of the function at this level.
    Block(u32, BlockId),
    /// `goto` a label the body does not define: the function around the loop jumps to it.
    Label(Name),
}

impl FnLower<'_, '_> {
    /// 0 in a declared function or literal, else the range-over-func body's level.
    fn level(&self) -> u32 {
        self.yield_ctx.as_ref().map_or(0, |y| y.level)
    }

    /// `for key, value tok range x { body }` where `x` is a function taking a `yield_ty`.
    pub fn range_func(
        &mut self,
        vars: (Option<ExprId>, Option<ExprId>, Token),
        x: ExprId,
        yield_ty: TypeId,
        body: StmtId,
        label: Option<Name>,
        span: Span,
    ) {
        let (key, value, tok) = vars;
        // go/ssa evaluates the iterator before it builds the body.
        let func = self.expr(x);
        let yield_params: Vec<TypeId> = match self.cx.types.core_type(yield_ty) {
            Some(Type::Signature(y)) => y.params.iter().map(|p| p.ty).collect(),
            _ => Vec::new(),
        };
        let f = self.cx.f();
        let vars = [key, value];
        let params: Vec<Slot> = yield_params
            .iter()
            .enumerate()
            .map(|(i, &ty)| {
                let obj = vars.get(i).copied().flatten().and_then(|e| {
                    (tok == Token::Define).then(|| self.def_var(f[e].span.start)).flatten()
                });
                Slot { name: format!("p{i}").into(), ty, obj }
            })
            .collect();
        let results = [Slot { name: "".into(), ty: univ::BOOL, obj: None }];
        let name = self.next_anon_name();
        let jump_name = format!("jump${}", self.anon);
        let jump_ty = self.cx.types.pointer_to(univ::INT);
        let alloc = InstrKind::Alloc { heap: true, name: jump_name.as_str().into() };
        let jump = self.b.emit_value(alloc, jump_ty, span);
        self.jumps.insert(span.start, jump);
        let done = self.b.new_block("rangefunc.done");
        let level = self.level();
        let mut outer_targets =
            self.yield_ctx.as_ref().map(|y| y.outer_targets.clone()).unwrap_or_default();
        outer_targets.extend(self.targets.iter().map(|&t| (level, t)));
        outer_targets.push((level, Target { label, break_to: Some(done), continue_to: None }));
        let source_results = match &self.yield_ctx {
            Some(y) => y.results.clone(),
            None => (0..self.result_types.len())
                .map(|i| (self.result_types[i], self.named_results.get(i).copied().flatten()))
                .collect(),
        };
        // A `defer` in the body goes on this function's stack (go/ssa's `Defer.DeferStack`): the
        // body runs none itself, and this function has a Recover block.
        let body_defers = self.cx.deferring.contains(&span.start);
        let uniq = self.uniq;
        let built = {
            let mut inner = FnLower::new(self.cx, name.clone(), span, &params, &results);
            inner.has_defer = false;
            inner.uniq = uniq;
            inner.b.set_synthetic("range-over-func yield");
            let ycont = inner.b.new_block("yield-continue");
            inner.yield_ctx = Some(Box::new(YieldCtx {
                level: level + 1,
                start: span.start,
                jump_name,
                outer_targets,
                results: source_results,
                exits: Vec::new(),
                ycont,
            }));
            inner.targets.push(Target { label, break_to: None, continue_to: Some(ycont) });
            inner.yield_prologue(key, value, tok, span);
            inner.stmt(body);
            inner.finish(Span::new(span.end, span.end))
        };
        self.uniq = built.uniq;
        self.cx.out.push(built.function);
        if body_defers {
            self.ensure_recover_block(span);
        }
        let closure = self.make_closure(&name, yield_ty, &built.captures, span);
        let call = CallCommon { callee: Callee::Dynamic(func), args: vec![closure] };
        self.b.emit(InstrKind::Call { call }, &[], span);
        self.resume_after_loop(jump, &built.exits, done, span);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }

    /// The body's entry: panics unless the loop is READY, marks it BUSY, and assigns the
    /// parameters to the loop's variables when the statement assigns (`=`) rather than declares.
    fn yield_prologue(
        &mut self,
        key: Option<ExprId>,
        value: Option<ExprId>,
        tok: Token,
        span: Span,
    ) {
        let Some(start) = self.yield_ctx.as_ref().map(|y| y.start) else { return };
        let Some(jump) = self.captured_addr(Captured::Jump(start), span) else { return };
        let state = self.load(jump, span);
        let ready = self.is_state(state, READY, span);
        let valid = self.b.new_block("yield-loop");
        let invalid = self.b.new_block("yield-invalid");
        self.b.branch(ready, valid, invalid, span);
        self.b.seal_block(valid);
        self.b.seal_block(invalid);
        self.b.switch_to_block(invalid);
        self.panic_message("yield function called after range loop exit", span);
        self.b.switch_to_block(valid);
        let busy = self.int_const(BUSY);
        self.store(jump, busy, span);
        if tok == Token::Assign {
            for (i, e) in [key, value].into_iter().enumerate() {
                if i < self.b.function().params.len() {
                    let p = self.b.param(i);
                    self.bind_range_var(e, Token::Assign, p);
                }
            }
        }
    }

    /// Ends a range-over-func body: its end continues the loop, and each label it jumps to but
    /// does not define becomes an exit. Returns the exits for the function around the loop.
    pub fn end_yield_body(&mut self, end: Span) -> Vec<Exit> {
        let Some(ycont) = self.yield_ctx.as_ref().map(|y| y.ycont) else { return Vec::new() };
        if self.is_open() {
            self.b.jump(ycont, end);
        }
        self.b.seal_block(ycont);
        self.b.switch_to_block(ycont);
        if let Some(start) = self.yield_ctx.as_ref().map(|y| y.start) {
            if let Some(jump) = self.captured_addr(Captured::Jump(start), end) {
                let ready = self.int_const(READY);
                self.store(jump, ready, end);
            }
        }
        let more = self.bool_const(true);
        self.b.ret(vec![more], end);
        let mut outside: Vec<(BlockId, Name)> = self
            .labels
            .iter()
            .filter(|(name, _)| !self.defined_labels.contains(name))
            .map(|(&name, &block)| (block, name))
            .collect();
        outside.sort_unstable_by_key(|&(block, _)| block);
        for (block, name) in outside {
            self.b.switch_to_block(block);
            self.leave_yield_body(ExitTo::Label(name), None, end);
        }
        self.yield_ctx.as_mut().map(|y| std::mem::take(&mut y.exits)).unwrap_or_default()
    }

    /// Leaves the range-over-func body for `to`: stores the exit's id (a new one unless given)
    /// in the loop's jump variable and returns false.
    fn leave_yield_body(&mut self, to: ExitTo, id: Option<i64>, span: Span) {
        let Some(start) = self.yield_ctx.as_ref().map(|y| y.start) else { return };
        let id = id.unwrap_or_else(|| {
            self.uniq += 1;
            self.uniq
        });
        if let Some(jump) = self.captured_addr(Captured::Jump(start), span) {
            let code = self.int_const(i128::from(id));
            self.store(jump, code, span);
        }
        let more = self.bool_const(false);
        self.b.ret(vec![more], span);
        if let Some(y) = self.yield_ctx.as_mut() {
            y.exits.push(Exit { id, to, span });
        }
    }

    /// `return results` in a range-over-func body: the values go to the results of the function
    /// it returns from (a bare `return` leaves them as they are), then the body exits.
    pub fn yield_return(&mut self, results: &[ExprId], span: Span) {
        let slots = self.yield_ctx.as_ref().map(|y| y.results.clone()).unwrap_or_default();
        if !results.is_empty() {
            let values: Values = self.rhs_values(results, slots.len(), span);
            let values: Vec<ValueId> = values
                .into_iter()
                .zip(&slots)
                .map(|(v, &(ty, _))| self.coerce(v, ty, span))
                .collect();
            for (i, (v, &(_, obj))) in values.into_iter().zip(&slots).enumerate() {
                let addr = match obj {
                    Some(obj) => self.local_addr(obj, span),
                    None => self.captured_addr(Captured::Result(i), span),
                };
                if let Some(addr) = addr {
                    self.store(addr, v, span);
                }
            }
        }
        self.leave_yield_body(ExitTo::Return, None, span);
        self.start_unreachable();
    }

    /// The `break` or `continue` target of a function around this range-over-func body, with
    /// that function's level.
    pub fn outer_branch_target(&self, tok: Token, label: Option<Name>) -> Option<(u32, BlockId)> {
        let y = self.yield_ctx.as_ref()?;
        y.outer_targets.iter().rev().find_map(|&(level, t)| {
            let block = if tok == Token::Break { t.break_to } else { t.continue_to };
            block.filter(|_| label.is_none() || t.label == label).map(|b| (level, b))
        })
    }

    /// Leaves the body for `block` of the function at `level` (a `break` or `continue` out).
    pub fn exit_to_block(&mut self, level: u32, block: BlockId, span: Span) {
        self.leave_yield_body(ExitTo::Block(level, block), None, span);
    }

    /// The name and type of the free variable of a synthetic capture.
    pub fn synthetic_capture_var(&self, c: Captured) -> Option<(String, TypeId)> {
        let y = self.yield_ctx.as_ref()?;
        match c {
            Captured::Jump(_) => Some((y.jump_name.clone(), self.cx.types.pointer_to(univ::INT))),
            Captured::Result(i) => {
                let &(ty, _) = y.results.get(i)?;
                Some((String::new(), self.cx.types.pointer_to(ty)))
            }
            Captured::Local(_) => None,
        }
    }

    /// After the iterator call: what the jump variable says the loop did (go/ssa's
    /// `buildYieldResume`).
    fn resume_after_loop(&mut self, jump: ValueId, exits: &[Exit], done: BlockId, span: Span) {
        let state = self.load(jump, span);
        let busy = self.b.new_block("rangefunc.resume.busy");
        let check = self.b.new_block("rangefunc.resume.ready.check");
        let is_busy = self.is_state(state, BUSY, span);
        self.b.branch(is_busy, busy, check, span);
        self.b.seal_block(busy);
        self.b.seal_block(check);
        self.b.switch_to_block(busy);
        self.panic_message("iterator call did not preserve panic", span);
        self.b.switch_to_block(check);
        let ready = self.b.new_block("rangefunc.resume.ready");
        let rest = self.b.new_block("rangefunc.resume.exits");
        let is_ready = self.is_state(state, READY, span);
        self.b.branch(is_ready, ready, rest, span);
        self.b.seal_block(ready);
        self.b.seal_block(rest);
        self.b.switch_to_block(ready);
        let finished = self.int_const(DONE);
        self.store(jump, finished, span);
        self.b.jump(done, span);
        self.b.switch_to_block(rest);
        let level = self.level();
        for exit in exits {
            let matched = self.b.new_block("rangefunc.resume.match");
            let next = self.b.new_block("rangefunc.resume.cnd");
            let is_exit = self.is_state(state, i128::from(exit.id), exit.span);
            self.b.branch(is_exit, matched, next, exit.span);
            self.b.seal_block(matched);
            self.b.seal_block(next);
            self.b.switch_to_block(matched);
            match exit.to {
                ExitTo::Return if level == 0 => self.return_after_loop(exit.span),
                ExitTo::Block(to, block) if to == level => self.b.jump(block, exit.span),
                ExitTo::Label(name) => {
                    let block = self.label_block(name);
                    self.b.jump(block, exit.span);
                }
                // An exit further out: this body leaves too, with the same id.
                _ if level > 0 => self.leave_yield_body(exit.to, Some(exit.id), exit.span),
                _ => self.b.jump(done, exit.span),
            }
            self.b.switch_to_block(next);
        }
        self.b.jump(done, span);
    }

    /// Returns from the function after a body's `return`: the deferred calls run, then the
    /// results are read where the body stored them.
    fn return_after_loop(&mut self, span: Span) {
        if self.has_defer {
            self.b.emit_effect(InstrKind::RunDefers, span);
        }
        let mut results = Vec::with_capacity(self.result_types.len());
        for i in 0..self.result_types.len() {
            let ty = self.result_types[i];
            let value = match self.named_results.get(i).copied().flatten() {
                Some(obj) => self.read_local(obj, span),
                None => self.result_slots.get(i).copied().flatten().map(|a| self.load(a, span)),
            };
            let value = value.unwrap_or_else(|| self.zero(ty));
            results.push(self.coerce(value, ty, span));
        }
        self.b.ret(results, span);
    }

    /// `state == code`, a jump variable's value compared with a constant.
    fn is_state(&mut self, state: ValueId, code: i128, span: Span) -> ValueId {
        let code = self.int_const(code);
        let op = InstrKind::BinOp { op: BinaryOp::Eql, x: state, y: code };
        self.b.emit_value(op, univ::BOOL, span)
    }

    /// `panic(message)`, the message boxed in an `interface{}` as go/ssa's `emitConv`.
    fn panic_message(&mut self, message: &str, span: Span) {
        let text = self.b.constant(univ::STRING, ConstValue::String(message.into()));
        let value = self.coerce(text, univ::EMPTY_IFACE, span);
        self.b.panic(value, span);
    }
}
