//! Functions, parameters, locals, closures and free variables (follows go/ssa's `func.go` and the
//! function-building parts of `builder.go`).
//!
//! A local lives in an SSA [`Variable`] unless it must live in memory: a closure captures it, its
//! address is taken (`&x`, a pointer-receiver method call, slicing an array), or its type is a
//! struct or array, whose fields and elements are written through addresses. Those are an `Alloc`
//! with loads and stores, as go/ssa leaves them after lifting. A closure's free variables are the
//! addresses of the captured locals, created on first use, so a literal nested in a literal
//! captures through its parent's free variable, as in go/ssa.

use super::rangefunc::YieldCtx;
use super::{Ctx, Values};
use crate::builder::{BuilderMemory, FunctionBuilder, Variable};
use crate::ir::{BlockId, ConstValue, Function, InstrKind, ValueId};
use crate::type_info::TypeInfo;
use mapscope_syntax::Span;
use mapscope_syntax::Token;
use mapscope_syntax::ast::{
    Decl, DeclId, ExprId, ExprKind, FieldListId, Name, Spec, StmtId, StmtKind,
};
use mapscope_syntax::visit::{NodeRef, for_each_child};
use mapscope_types::check::initorder::Initializer;
use mapscope_types::check::{Mode, Selection};
use mapscope_types::types::{BasicKind, ObjId, ObjKind, Type, TypeId, TypeView, univ};
use rustc_hash::{FxHashMap, FxHashSet};
use smallvec::SmallVec;

/// Source bytes per instruction, value and block, by which the builder reserves its arenas from
/// a function's length. Whole files of GOROOT's strings, net/http and encoding/json (comments
/// and declarations included) have 18 to 25 bytes per instruction and 64 to 107 per block;
/// function bodies are denser: at 16, 12 and 96 bytes, regrowing the arenas still cost 4 % of
/// building go/, unicode/ and encoding/ under callgrind. A guess too large costs address space
/// only until the function is finished.
const BYTES_PER_INSTRUCTION: usize = 11;
const BYTES_PER_VALUE: usize = 8;
const BYTES_PER_BLOCK: usize = 64;
/// The same for package initializers, whose values are mostly composite literals: unicode's
/// tables are 3.6 bytes per instruction (`{0x0041, 0x005a, 1}` is an address and a store per
/// field).
const INIT_BYTES_PER_INSTRUCTION: usize = 3;
const INIT_BYTES_PER_VALUE: usize = 3;

/// The largest map of locals kept for the next function (see [`Ctx::local_maps`]).
const MAX_KEPT_LOCALS: usize = 1 << 8;

/// Where a local lives.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Local {
    Var(Variable),
    /// In memory at this address (an `Alloc`, or a closure's free variable).
    Boxed(ValueId),
}

/// A statement that `break` or `continue` can leave.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Target {
    pub label: Option<Name>,
    pub break_to: Option<BlockId>,
    pub continue_to: Option<BlockId>,
}

/// What a closure captures: the address of a local, or one of the synthetic variables a
/// range-over-func body shares with the function around its loop (go/ssa's free variables of a
/// yield function).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Captured {
    Local(ObjId),
    /// Unnamed result `i` of the declared function or literal the body returns from (a named
    /// result is a `Local`).
    Result(usize),
    /// The jump variable of the range-over-func loop starting at this offset.
    Jump(u32),
}

/// The lowering of one function body.
pub(crate) struct FnLower<'c, 'a> {
    pub cx: &'c mut Ctx<'a>,
    pub b: FunctionBuilder,
    pub name: String,
    pub locals: FxHashMap<ObjId, Local>,
    pub result_types: Vec<TypeId>,
    pub named_results: Vec<Option<ObjId>>,
    /// Function literals (and range-over-func bodies) created so far, for `$N` names.
    pub anon: u32,
    pub targets: Vec<Target>,
    pub labels: FxHashMap<Name, BlockId>,
    /// The labels whose statement has been lowered: a second statement with the same label (a
    /// type error) gets a block of its own.
    pub defined_labels: FxHashSet<Name>,
    /// Blocks whose predecessors are known only at the end (goto targets).
    pub late_seal: Vec<BlockId>,
    /// The function defers calls, in its own body or in the range-over-func bodies in it: its
    /// returns run the deferred calls (`RunDefers`), and with `BuildOptions::recover_blocks` its
    /// named results live in memory and it has a Recover block. Never set for a range-over-func
    /// body, whose `defer`s go on the stack of the function around the loop.
    pub has_defer: bool,
    /// What the function captures, in the order of its free variables.
    pub captures: Vec<Captured>,
    /// The free variables of synthetic captures (`Captured::Result` and `Captured::Jump`).
    pub synthetic_captures: FxHashMap<Captured, ValueId>,
    /// Lowering a range-over-func loop body (go/ssa's yield function): how its exits reach the
    /// functions around it.
    pub yield_ctx: Option<Box<YieldCtx>>,
    /// The addresses of unnamed results that range-over-func bodies in the function return
    /// through (go/ssa keeps every result in memory; only these need to be), by result index;
    /// empty in a function with none.
    pub result_slots: Vec<Option<ValueId>>,
    /// The jump variables of the range-over-func loops lowered so far, by the loop's start.
    pub jumps: FxHashMap<u32, ValueId>,
    /// The last exit id given out in the declared function or literal and its range-over-func
    /// bodies (go/ssa's `uniq`, shared by a yield function with its parent).
    pub uniq: i64,
    /// The body of the next case clause, for `fallthrough`.
    pub fallthrough_to: Option<BlockId>,
}

/// A function [`FnLower::finish`] built, with what its parent needs to make its closure and, for a
/// range-over-func body, to resume after the loop.
pub(crate) struct Finished {
    pub function: Function,
    pub captures: Vec<Captured>,
    /// The exits of a range-over-func body that the function around its loop resumes.
    pub exits: Vec<super::rangefunc::Exit>,
    pub uniq: i64,
}

/// A parameter or result: its name, type and object (none for `_` or unnamed ones). The name is
/// borrowed from the source where it is spelled there.
pub(crate) struct Slot<'n> {
    pub name: std::borrow::Cow<'n, str>,
    pub ty: TypeId,
    pub obj: Option<ObjId>,
}

impl<'c, 'a> FnLower<'c, 'a> {
    pub fn new(
        cx: &'c mut Ctx<'a>,
        name: String,
        span: Span,
        params: &[Slot<'_>],
        results: &[Slot<'_>],
    ) -> FnLower<'c, 'a> {
        let has_defer = cx.deferring.contains(&span.start);
        let param_list: Vec<(&str, TypeId)> = params.iter().map(|p| (&*p.name, p.ty)).collect();
        let result_types: Vec<TypeId> = results.iter().map(|r| r.ty).collect();
        // A guess from the function's length spares most regrowth of the arenas.
        let bytes = span.end.saturating_sub(span.start) as usize;
        let capacity =
            [bytes / BYTES_PER_INSTRUCTION, bytes / BYTES_PER_VALUE, bytes / BYTES_PER_BLOCK];
        // The arenas a finished builder of this unit left, when there is one.
        let memory = cx.memory.pop().unwrap_or_default();
        let b = FunctionBuilder::with_memory(
            &name,
            span,
            &param_list,
            result_types.clone(),
            capacity,
            memory,
        );
        let locals = cx.local_maps.pop().unwrap_or_default();
        let mut lower = FnLower {
            cx,
            b,
            name,
            locals,
            result_types,
            named_results: results.iter().map(|r| r.obj).collect(),
            anon: 0,
            targets: Vec::new(),
            labels: FxHashMap::default(),
            defined_labels: FxHashSet::default(),
            late_seal: Vec::new(),
            // Known before the body is lowered: a `return` lowered before the function's `defer`
            // (in a loop) must run the deferred calls too.
            has_defer,
            captures: Vec::new(),
            synthetic_captures: FxHashMap::default(),
            yield_ctx: None,
            result_slots: Vec::new(),
            jumps: FxHashMap::default(),
            uniq: 0,
            fallthrough_to: None,
        };
        for (index, p) in params.iter().enumerate() {
            if let Some(obj) = p.obj {
                let value = lower.b.param(index);
                lower.declare_local(obj, Some(value), span);
            }
        }
        // A `return` in a range-over-func body stores the results where this function reads them
        // when its loop ends (go/ssa's `returnVars`): in memory.
        let yield_returns = lower.cx.yield_returns.contains(&span.start);
        for (i, r) in results.iter().enumerate() {
            match r.obj {
                Some(obj) => {
                    // As go/ssa, which lifts no result of a function with a Recover block: that
                    // block returns what the named results hold when a deferred call recovers,
                    // which may be any point of the body.
                    if (has_defer && lower.cx.options.recover_blocks) || yield_returns {
                        lower.cx.boxed.insert(obj);
                    }
                    lower.declare_local(obj, None, span);
                }
                None if yield_returns => {
                    let pointer = lower.cx.types.pointer_to(r.ty);
                    let kind = InstrKind::Alloc { heap: true, name: "".into() };
                    let addr = lower.b.emit_value(kind, pointer, span);
                    lower.result_slots.resize(results.len(), None);
                    lower.result_slots[i] = Some(addr);
                }
                None => {}
            }
        }
        lower
    }

    /// Gives the function its Recover block (go/ssa's `createRecoverBlock`), once, when
    /// [`BuildOptions::recover_blocks`](super::BuildOptions::recover_blocks) asks for it: where control
    /// resumes when a deferred call recovers from a panic. It returns what the named results hold,
    /// and the zero value for an unnamed result (go/ssa keeps unnamed results in memory too, and
    /// returns what a `return` stored there before a deferred call panicked). A range-over-func
    /// body makes none: its `defer`s are its enclosing function's, whose loop makes the block.
    pub fn ensure_recover_block(&mut self, span: Span) {
        if !self.cx.options.recover_blocks
            || self.yield_ctx.is_some()
            || self.b.recover_block().is_some()
        {
            return;
        }
        let saved = self.b.current_block();
        let block = self.b.new_block("recover");
        self.b.seal_block(block);
        self.b.switch_to_block(block);
        let mut results = Vec::with_capacity(self.result_types.len());
        for i in 0..self.result_types.len() {
            let ty = self.result_types[i];
            let value = match self.named_results.get(i).copied().flatten() {
                Some(obj) => match self.locals.get(&obj) {
                    Some(&Local::Boxed(addr)) => self.load(addr, span),
                    _ => self.zero(ty),
                },
                None => match self.result_slots.get(i).copied().flatten() {
                    Some(addr) => self.load(addr, span),
                    None => self.zero(ty),
                },
            };
            results.push(self.coerce(value, ty, span));
        }
        self.b.ret(results, span);
        self.b.set_recover(block);
        if let Some(saved) = saved {
            self.b.switch_to_block(saved);
        }
    }

    /// Ends the function (an implicit `return` when the end is reachable) and finishes it.
    pub fn finish(mut self, end: Span) -> Finished {
        let exits = if self.yield_ctx.is_some() {
            self.end_yield_body(end)
        } else {
            if self.is_open() {
                let results = self.named_result_values(end);
                self.emit_return(results, end);
            }
            Vec::new()
        };
        self.end_undefined_labels(end);
        self.b.seal_all_blocks();
        let captures = std::mem::take(&mut self.captures);
        let types: &dyn TypeInfo = self.cx.types;
        let mut memory = BuilderMemory::default();
        let function = self.b.finish_into(types, &mut memory);
        self.cx.memory.push(memory);
        let mut locals = std::mem::take(&mut self.locals);
        // As the builder's tables: a large function's map is not kept for every small one.
        if locals.capacity() <= MAX_KEPT_LOCALS {
            locals.clear();
            self.cx.local_maps.push(locals);
        }
        Finished { function, captures, exits, uniq: self.uniq }
    }

    /// Ends the blocks of labels that a `goto` names but no statement defines (a type error):
    /// with a panic, so that each block has its terminator.
    fn end_undefined_labels(&mut self, end: Span) {
        let mut undefined: Vec<BlockId> =
            self.labels.values().copied().filter(|&b| !self.b.is_filled(b)).collect();
        undefined.sort_unstable();
        for block in undefined {
            self.b.switch_to_block(block);
            let message =
                self.b.constant(univ::STRING, ConstValue::String("goto undefined label".into()));
            self.b.panic(message, end);
        }
    }

    /// Whether the current block can still take instructions.
    pub fn is_open(&self) -> bool {
        self.b.current_block().is_some_and(|b| !self.b.is_filled(b))
    }

    /// After a terminator: later statements go to a fresh block no edge reaches, which `finish`
    /// removes, as go/ssa's "unreachable" blocks.
    pub fn start_unreachable(&mut self) {
        let block = self.b.new_block("unreachable");
        self.b.seal_block(block);
        self.b.switch_to_block(block);
    }

    /// Returns `results`, which a function with deferred calls has already stored in its named
    /// results. As go/ssa's `returnStmt`, the deferred calls run first and the named results are
    /// read again after them: a deferred closure, or a deferred pointer method of a named result
    /// (`defer s.init()`), may change what the caller receives.
    pub fn emit_return(&mut self, results: Values, span: Span) {
        let mut results = results;
        if self.has_defer {
            self.b.emit_effect(InstrKind::RunDefers, span);
            for i in 0..results.len().min(self.named_results.len()) {
                if let Some(obj) = self.named_results[i] {
                    if let Some(v) = self.read_local(obj, span) {
                        results[i] = v;
                    }
                }
            }
        }
        let count = results.len().min(self.result_types.len());
        let mut coerced = Vec::with_capacity(count);
        for (i, v) in results.into_iter().take(count).enumerate() {
            coerced.push(self.coerce(v, self.result_types[i], span));
        }
        let results = coerced;
        self.b.ret(results, span);
    }

    pub fn named_result_values(&mut self, span: Span) -> Values {
        // By index rather than over copies of the two lists: reading a result lowers code.
        (0..self.result_types.len())
            .map(|i| {
                let ty = self.result_types[i];
                match self.named_results.get(i).copied().flatten() {
                    Some(o) => self.read_local(o, span).unwrap_or_else(|| self.zero(ty)),
                    None => self.zero(ty),
                }
            })
            .collect()
    }

    // ---- constants ----

    pub fn bool_const(&mut self, value: bool) -> ValueId {
        self.b.constant(univ::BOOL, ConstValue::Bool(value))
    }

    pub fn int_const(&mut self, value: i128) -> ValueId {
        self.b.constant(univ::INT, ConstValue::Int(value))
    }

    /// The zero value of `ty`, as a constant.
    pub fn zero(&mut self, ty: TypeId) -> ValueId {
        let value = self.cx.types.with_core(ty, |t| zero_value(t, ty)).unwrap_or(ConstValue::Zero);
        self.b.constant(ty, value)
    }

    // ---- locals ----

    fn must_box(&self, obj: ObjId) -> bool {
        self.cx.boxed.contains(&obj)
            || self.cx.types.with_underlying(self.cx.program.obj(obj).ty, |t| {
                matches!(t, Type::Struct(_) | Type::Array(..))
            })
    }

    /// Declares local `obj` with its initial value (its zero value when `None`).
    pub fn declare_local(&mut self, obj: ObjId, init: Option<ValueId>, span: Span) {
        // The program outlives this builder, so the name is borrowed from it, not copied.
        let program = self.cx.program;
        let (ty, name) = {
            let o = program.obj(obj);
            (o.ty, &*o.name)
        };
        let value = match init {
            Some(v) => self.coerce(v, ty, span),
            None => self.zero(ty),
        };
        if self.must_box(obj) {
            let pointer = self.cx.types.pointer_to(ty);
            let addr = self.b.emit_value(
                InstrKind::Alloc { heap: true, name: name.into() },
                pointer,
                span,
            );
            self.b.emit_effect(InstrKind::Store { addr, value }, span);
            self.locals.insert(obj, Local::Boxed(addr));
        } else {
            let var = self.b.declare_variable(name, ty, span);
            self.b.write_variable(var, value);
            self.locals.insert(obj, Local::Var(var));
        }
    }

    /// Whether `obj` is a local variable (not a field, not package-level) of the declaration
    /// being built. A local that code inside a declaration can see is declared inside it, so the
    /// position rules most variables out before the package scope is asked (which it still is:
    /// a package-level `var` spec declares its variables inside the spec being built).
    pub fn is_local_var(cx: &Ctx<'_>, obj: ObjId) -> bool {
        let o = cx.program.obj(obj);
        matches!(o.kind, ObjKind::Var { field: false, .. })
            && o.file == Some(cx.fcx().id)
            && cx.outer.start <= o.pos
            && o.pos < cx.outer.end
            && o.pkg != 0
            && cx.program.units[o.pkg as usize - 1].scope.get(&*o.name) != Some(&obj)
    }

    /// The address of what `c` names here: a local's, or a synthetic variable's, which in a
    /// range-over-func body is a free variable (bound by its parent in turn).
    pub fn captured_addr(&mut self, c: Captured, span: Span) -> Option<ValueId> {
        match c {
            Captured::Local(obj) => self.local_addr(obj, span),
            Captured::Jump(start) if self.jumps.contains_key(&start) => {
                self.jumps.get(&start).copied()
            }
            Captured::Result(i) if self.yield_ctx.is_none() => {
                self.result_slots.get(i).copied().flatten()
            }
            Captured::Jump(_) | Captured::Result(_) => {
                if let Some(&fv) = self.synthetic_captures.get(&c) {
                    return Some(fv);
                }
                let (name, ty) = self.synthetic_capture_var(c)?;
                let fv = self.b.add_free_var(&name, ty);
                self.captures.push(c);
                self.synthetic_captures.insert(c, fv);
                Some(fv)
            }
        }
    }

    /// Where local `obj` lives here; a local of an enclosing function becomes a free variable.
    pub fn local(&mut self, obj: ObjId) -> Option<Local> {
        if let Some(&l) = self.locals.get(&obj) {
            return Some(l);
        }
        if !Self::is_local_var(self.cx, obj) {
            return None;
        }
        // Captured: its address is a free variable of this closure.
        let program = self.cx.program;
        let (ty, name) = {
            let o = program.obj(obj);
            (o.ty, &*o.name)
        };
        let pointer = self.cx.types.pointer_to(ty);
        let fv = self.b.add_free_var(name, pointer);
        self.captures.push(Captured::Local(obj));
        self.locals.insert(obj, Local::Boxed(fv));
        Some(Local::Boxed(fv))
    }

    pub fn read_local(&mut self, obj: ObjId, span: Span) -> Option<ValueId> {
        match self.local(obj)? {
            Local::Var(v) => Some(self.b.read_variable(v)),
            Local::Boxed(addr) => Some(self.load(addr, span)),
        }
    }

    /// The address of local `obj`, boxing a register copy when the escape scan missed it.
    pub fn local_addr(&mut self, obj: ObjId, span: Span) -> Option<ValueId> {
        match self.local(obj)? {
            Local::Boxed(addr) => Some(addr),
            Local::Var(v) => {
                let value = self.b.read_variable(v);
                let ty = self.cx.program.obj(obj).ty;
                Some(self.spill(value, ty, span))
            }
        }
    }

    /// A fresh `Alloc` holding `value`.
    pub fn spill(&mut self, value: ValueId, ty: TypeId, span: Span) -> ValueId {
        let pointer = self.cx.types.pointer_to(ty);
        let addr =
            self.b.emit_value(InstrKind::Alloc { heap: false, name: "".into() }, pointer, span);
        let value = self.coerce(value, ty, span);
        self.b.emit_effect(InstrKind::Store { addr, value }, span);
        addr
    }

    /// `*addr`; an invalid value when the checker rejected `addr` as a pointer (`*x` of an int).
    pub fn load(&mut self, addr: ValueId, span: Span) -> ValueId {
        let ty = self.b.function()[addr].ty;
        match self.cx.types.pointer_elem(ty) {
            Some(elem) => self.b.emit_value(InstrKind::Load { addr }, elem, span),
            None => self.zero(univ::INVALID),
        }
    }

    pub fn store(&mut self, addr: ValueId, value: ValueId, span: Span) {
        let ty = self.b.function()[addr].ty;
        if let Some(elem) = self.cx.types.pointer_elem(ty) {
            let value = self.coerce(value, elem, span);
            self.b.emit_effect(InstrKind::Store { addr, value }, span);
        }
    }

    pub fn write_local(&mut self, obj: ObjId, value: ValueId, span: Span) {
        let ty = self.cx.program.obj(obj).ty;
        let value = self.coerce(value, ty, span);
        match self.local(obj) {
            Some(Local::Var(v)) => self.b.write_variable(v, value),
            Some(Local::Boxed(addr)) => self.store(addr, value, span),
            None => {}
        }
    }

    /// The object an identifier declares, if it declares a variable there.
    pub fn def_var(&self, offset: u32) -> Option<ObjId> {
        self.cx
            .fcx()
            .defs
            .get(&offset)?
            .find(|&o| matches!(self.cx.program.obj(o).kind, ObjKind::Var { field: false, .. }))
    }

    /// The object an identifier expression uses.
    pub fn use_of(&self, e: ExprId) -> Option<ObjId> {
        let offset = self.cx.f()[e].span.start;
        self.cx.fcx().info.uses.get(&offset).copied()
    }

    /// Next `$N` name for a function literal of this function.
    pub fn next_anon_name(&mut self) -> String {
        self.anon += 1;
        format!("{}${}", self.name, self.anon)
    }

    // ---- whole functions ----

    /// The parameters (or results) of a field list, with types from the signature's fields.
    pub fn slots(cx: &Ctx<'a>, list: Option<FieldListId>, types: &[TypeId]) -> Vec<Slot<'a>> {
        let mut out = Vec::with_capacity(types.len());
        Self::slots_into(cx, list, types, &mut out);
        out
    }

    /// [`FnLower::slots`] appended to `out`.
    fn slots_into(
        cx: &Ctx<'a>,
        list: Option<FieldListId>,
        types: &[TypeId],
        out: &mut Vec<Slot<'a>>,
    ) {
        let f = cx.f();
        let start = out.len();
        let unnamed = || Slot { name: "".into(), ty: univ::INVALID, obj: None };
        if let Some(list) = list {
            for field in &f[list].list {
                if field.names.is_empty() {
                    out.push(unnamed());
                }
                for n in &field.names {
                    // The checker declares a parameter twice at its name: for the signature's
                    // type, then (later in the arena) in the body's scope, which is the object
                    // the body's uses refer to. Taking the first made every parameter look
                    // like a variable captured from outside, loaded through a free variable.
                    let obj = cx.fcx().defs.get(&n.span.start).and_then(|mut objs| {
                        objs.rfind(|&o| {
                            matches!(cx.program.obj(o).kind, ObjKind::Var { field: false, .. })
                        })
                    });
                    out.push(Slot { name: f.name(n.name).into(), ty: univ::INVALID, obj });
                }
            }
        }
        // The signature is the truth about how many there are.
        out.resize_with(start + types.len(), unnamed);
        for (slot, &ty) in out[start..].iter_mut().zip(types) {
            slot.ty = ty;
        }
    }

    pub fn build_decl(cx: &mut Ctx<'a>, name: String, decl: DeclId, body: StmtId) -> Function {
        let f = cx.f();
        let Decl::Func(fd) = &f[decl] else { unreachable!("build_decl of a non-function") };
        let sig = cx
            .fcx()
            .defs
            .get(&fd.name.span.start)
            .and_then(|objs| {
                objs.into_iter().find(|&o| matches!(cx.program.obj(o).kind, ObjKind::Func))
            })
            .map(|o| cx.program.obj(o).ty);
        let (mut params, results) = match sig.map(|s| cx.program.ty(s)) {
            Some(Type::Signature(s)) => {
                let (params_list, results_list) = match &f[fd.ty].kind {
                    ExprKind::FuncType { params, results, .. } => (Some(*params), *results),
                    _ => (None, None),
                };
                let pts: SmallVec<[TypeId; 4]> = s.params.iter().map(|p| p.ty).collect();
                let rts: SmallVec<[TypeId; 2]> = s.results.iter().map(|p| p.ty).collect();
                let mut params = Vec::with_capacity(pts.len() + usize::from(s.recv.is_some()));
                if let Some(recv) = s.recv {
                    Self::slots_into(cx, fd.recv, &[recv], &mut params);
                }
                Self::slots_into(cx, params_list, &pts, &mut params);
                (params, Self::slots(cx, results_list, &rts))
            }
            _ => (Vec::new(), Vec::new()),
        };
        for p in &mut params {
            if p.name.is_empty() {
                p.name = "_".into();
            }
        }
        let mut lower = FnLower::new(cx, name, fd.span, &params, &results);
        lower.stmt(body);
        lower.finish(Span::new(fd.span.end, fd.span.end)).function
    }

    /// The package initializer: each package-level `var` with values, in order.
    pub fn build_init(cx: &mut Ctx<'a>, name: String, inits: &[Initializer]) -> Function {
        let mut lower = FnLower::new(cx, name, Span::default(), &[], &[]);
        lower.b.set_synthetic("package initializer");
        // The initializer has no span to guess its size from: its source is the initialized
        // values, which in table packages (unicode, crypto) make it the largest function.
        let bytes: usize = inits.iter().map(|init| initializer_bytes(lower.cx, init)).sum();
        lower.b.reserve(
            bytes / INIT_BYTES_PER_INSTRUCTION,
            bytes / INIT_BYTES_PER_VALUE,
            bytes / BYTES_PER_BLOCK,
        );
        for init in inits {
            lower.cx.cur = init.file;
            let f = lower.cx.f();
            let decl = init.decl;
            let Decl::Gen(g) = &f[decl] else { continue };
            let Some(Spec::Value(vs)) = g.specs.get(init.spec) else { continue };
            lower.cx.outer = vs.span;
            let mut work = std::mem::take(&mut lower.cx.scan_work);
            let node = NodeRef::Spec { decl, index: init.spec as u32 };
            let scan = boxed_locals(lower.cx, node, &mut work);
            lower.cx.scan_work = work;
            lower.cx.set_scan(scan);
            let (names, values) = match init.value {
                Some(i) => {
                    let Some(&value) = vs.values.get(i) else { continue };
                    let v = lower.expr(value);
                    let Some(name) = vs.names.get(i) else { continue };
                    (std::slice::from_ref(name), smallvec::smallvec![v])
                }
                None => (&vs.names[..], lower.rhs_values(&vs.values, vs.names.len(), vs.span)),
            };
            for (n, v) in names.iter().zip(values) {
                let objs: Vec<ObjId> = lower
                    .cx
                    .fcx()
                    .defs
                    .get(&n.span.start)
                    .map(Iterator::collect)
                    .unwrap_or_default();
                let Some(obj) = objs
                    .into_iter()
                    .find(|&o| matches!(lower.cx.program.obj(o).kind, ObjKind::Var { .. }))
                else {
                    continue;
                };
                if lower.cx.f().name(n.name) == "_" {
                    continue;
                }
                let addr = lower.global(obj);
                lower.store(addr, v, n.span);
            }
        }
        lower.finish(Span::default()).function
    }

    /// The address of package-level variable `obj`.
    pub fn global(&mut self, obj: ObjId) -> ValueId {
        let (name, ty) = {
            let o = self.cx.program.obj(obj);
            (format!("{}.{}", self.cx.program.pkg_path(o.pkg), o.name), o.ty)
        };
        let pointer = self.cx.types.pointer_to(ty);
        self.b.global(&name, pointer)
    }

    /// Builds function literal `e` (a closure) and yields its value: the function itself when it
    /// captures nothing, else a `MakeClosure` binding the captured locals' addresses.
    pub fn func_lit(&mut self, e: ExprId, ty_expr: ExprId, body: StmtId) -> ValueId {
        let span = self.cx.f()[e].span;
        let sig_ty = self.expr_type(e);
        let (params, results) = match self.cx.types.core_type(sig_ty) {
            Some(Type::Signature(s)) => {
                let (pl, rl) = match &self.cx.f()[ty_expr].kind {
                    ExprKind::FuncType { params, results, .. } => (Some(*params), *results),
                    _ => (None, None),
                };
                let pts: SmallVec<[TypeId; 4]> = s.params.iter().map(|p| p.ty).collect();
                let rts: SmallVec<[TypeId; 2]> = s.results.iter().map(|p| p.ty).collect();
                (Self::slots(self.cx, pl, &pts), Self::slots(self.cx, rl, &rts))
            }
            _ => (Vec::new(), Vec::new()),
        };
        let name = self.next_anon_name();
        let built = {
            let mut inner = FnLower::new(self.cx, name.clone(), span, &params, &results);
            inner.stmt(body);
            inner.finish(Span::new(span.end, span.end))
        };
        self.cx.out.push(built.function);
        self.make_closure(&name, sig_ty, &built.captures, span)
    }

    /// The closure value of function `name` binding the addresses of `captures`.
    pub fn make_closure(
        &mut self,
        name: &str,
        ty: TypeId,
        captures: &[Captured],
        span: Span,
    ) -> ValueId {
        let func = self.b.function_ref(name, ty);
        if captures.is_empty() {
            return func;
        }
        let bindings: Vec<ValueId> = captures
            .iter()
            .map(|&c| {
                self.captured_addr(c, span).unwrap_or_else(|| {
                    let ty = match c {
                        Captured::Local(obj) => self.cx.program.obj(obj).ty,
                        _ => univ::INVALID,
                    };
                    let ty = self.cx.types.pointer_to(ty);
                    self.zero(ty)
                })
            })
            .collect();
        self.b.emit_value(InstrKind::MakeClosure { func, bindings }, ty, span)
    }
}

/// The source length of what `init` initializes: the one value it names, or its whole spec.
fn initializer_bytes(cx: &Ctx<'_>, init: &Initializer) -> usize {
    let Some(f) = cx.files.get(init.file).map(|file| file.file) else { return 0 };
    let Decl::Gen(g) = &f[init.decl] else { return 0 };
    let Some(Spec::Value(vs)) = g.specs.get(init.spec) else { return 0 };
    let span = match init.value.and_then(|i| vs.values.get(i)) {
        Some(&value) => f[value].span,
        None => vs.span,
    };
    span.end.saturating_sub(span.start) as usize
}

/// What [`boxed_locals`] finds in a declaration (see the fields of `Ctx` of the same names).
#[derive(Default)]
pub(crate) struct Scanned {
    pub boxed: FxHashSet<ObjId>,
    pub deferring: FxHashSet<u32>,
    pub yield_returns: FxHashSet<u32>,
}

/// The locals of the declaration at `node` that must live in memory: captured by a function
/// literal or a range-over-func body, address taken, or the receiver of a pointer method; the
/// span starts of its functions that defer calls, and of its range-over-func bodies that defer
/// into them (`Ctx::deferring`); and of its functions that a `return` in a range-over-func body
/// returns from (`Ctx::yield_returns`).
///
/// The walk keeps its own stack rather than recursing, so it needs no stack check per node; a
/// [`Scan::Leave`] entry below a closure's children pops the closure once they are done. The
/// operand of a range over a function is evaluated by the function around the loop (go/ssa calls
/// it with the body's closure), so it is walked before the body's closure opens: ranging over a
/// local function does not box it.
///
/// `work` is the walk's stack, empty on return: the caller keeps it for the next declaration.
pub(crate) fn boxed_locals(cx: &Ctx<'_>, node: NodeRef, work: &mut Vec<Scan>) -> Scanned {
    let mut out = Scanned::default();
    let mut closures: Vec<Closure> = Vec::new();
    work.clear();
    work.push(Scan::Enter(node));
    while let Some(step) = work.pop() {
        match step {
            Scan::Enter(node) => {
                let Some(opens_closure) = scan_node(cx, node, &closures, &mut out) else {
                    continue;
                };
                let operand = match opens_closure {
                    Some(closure) if closure.range_func => {
                        work.push(Scan::Leave);
                        match node {
                            NodeRef::Stmt(s) => match &cx.f()[s].kind {
                                StmtKind::Range { x, .. } => Some(*x),
                                _ => None,
                            },
                            _ => None,
                        }
                    }
                    Some(closure) => {
                        closures.push(closure);
                        work.push(Scan::Leave);
                        None
                    }
                    None => None,
                };
                // Pushed in source order, then reversed, so that they are popped in order.
                let at = work.len();
                for_each_child(cx.f(), node, &mut |c| {
                    if operand.is_none_or(|x| c != NodeRef::Expr(x)) {
                        work.push(Scan::Enter(c));
                    }
                });
                work[at..].reverse();
                if let (Some(x), Some(closure)) = (operand, opens_closure) {
                    // Popped first: the operand outside the body's closure, then the body in it.
                    work.push(Scan::Open(closure));
                    work.push(Scan::Enter(NodeRef::Expr(x)));
                }
            }
            Scan::Open(closure) => closures.push(closure),
            Scan::Leave => {
                closures.pop();
            }
        }
    }
    out
}

/// A function literal or a range-over-func body that [`boxed_locals`]' walk is inside.
#[derive(Clone, Copy)]
pub(crate) struct Closure {
    span: Span,
    /// A range-over-func body (go/ssa's yield function), whose `defer`s go on the stack of the
    /// function around the loop.
    range_func: bool,
}

/// A step of [`boxed_locals`]' walk.
pub(crate) enum Scan {
    /// Look at a node, then at its children.
    Enter(NodeRef),
    /// A range-over-func body's closure opens (after its operand was walked).
    Open(Closure),
    /// The children of the innermost closure are done.
    Leave,
}

/// Records what `node` itself makes boxed, given the closures it is inside (innermost last), and
/// in `deferring` the function a `defer` statement belongs to. `None` when its subtree is not to
/// be walked (a type); else whether it opens a closure, and which.
fn scan_node(
    cx: &Ctx<'_>,
    node: NodeRef,
    closures: &[Closure],
    scanned: &mut Scanned,
) -> Option<Option<Closure>> {
    let out = &mut scanned.boxed;
    let f = cx.f();
    let uses = &cx.fcx().info.uses;
    match node {
        // A type holds no closure and takes no address: its subtree is not walked.
        NodeRef::Expr(e)
            if cx.fcx().records.get(e.index()).is_some_and(|r| r.mode == Mode::TypeExpr) =>
        {
            return None;
        }
        NodeRef::Expr(e) => match &f[e].kind {
            // Only a use inside a function literal can capture. An identifier, like a literal,
            // has no children: `None` spares the walk asking for them.
            ExprKind::Ident(_) => {
                if closures.is_empty() {
                    return None;
                }
                if let Some(&o) = uses.get(&f[e].span.start) {
                    let pos = cx.program.obj(o).pos;
                    if closures.last().is_some_and(|c| !(c.span.start <= pos && pos < c.span.end))
                        && FnLower::is_local_var(cx, o)
                    {
                        out.insert(o);
                    }
                }
                return None;
            }
            ExprKind::BasicLit { .. } => return None,
            ExprKind::Unary { op: Token::And, x, .. } => {
                if let Some(o) = root_var(cx, *x) {
                    out.insert(o);
                }
            }
            ExprKind::Selector { x, sel } => {
                if let Some(Selection::Method { ptr_recv: true, indirect: false, .. }) =
                    cx.fcx().info.selections.get(&sel.span.start)
                {
                    if let Some(o) = root_var(cx, *x) {
                        let ty = cx.program.obj(o).ty;
                        if !cx.types.core_matches(ty, |t| matches!(t, Type::Pointer(_))) {
                            out.insert(o);
                        }
                    }
                }
            }
            ExprKind::Slice { x, .. } => {
                if let Some(o) = root_var(cx, *x) {
                    let ty = cx.program.obj(o).ty;
                    if cx.types.with_underlying(ty, |t| matches!(t, Type::Array(..))) {
                        out.insert(o);
                    }
                }
            }
            ExprKind::FuncLit { .. } => {
                return Some(Some(Closure { span: f[e].span, range_func: false }));
            }
            _ => {}
        },
        NodeRef::Stmt(s) => match &f[s].kind {
            StmtKind::Range { x, .. } => {
                let ty = cx.fcx().records.get(x.index()).map_or(univ::INVALID, |r| r.ty);
                if cx.types.core_matches(ty, |t| matches!(t, Type::Signature(_))) {
                    return Some(Some(Closure { span: f[s].span, range_func: true }));
                }
            }
            // Functions are keyed by the start of the span `FnLower::new` gets: a closure's,
            // else the declaration's (`Ctx::outer`). A `defer` in a range-over-func body goes on
            // the stack of the innermost function literal or declaration around it, as go/ssa's
            // `Defer.DeferStack`: that function defers, and so does each body on the way, which
            // tells its loop to give the function a Recover block.
            StmtKind::Defer { .. } => {
                let mut owner = cx.outer.start;
                for closure in closures.iter().rev() {
                    if !closure.range_func {
                        owner = closure.span.start;
                        break;
                    }
                    scanned.deferring.insert(closure.span.start);
                }
                scanned.deferring.insert(owner);
            }
            // A `return` in a range-over-func body returns from the innermost function literal or
            // declaration around it, through result variables it shares with the body.
            StmtKind::Return { .. } if closures.last().is_some_and(|c| c.range_func) => {
                let owner = closures
                    .iter()
                    .rev()
                    .find(|c| !c.range_func)
                    .map_or(cx.outer.start, |c| c.span.start);
                scanned.yield_returns.insert(owner);
            }
            _ => {}
        },
        _ => {}
    }
    Some(None)
}

/// The local variable an addressable expression is rooted at (`x` of `x`, `x.f`, `x[i]` of an
/// array, `(x)`), if any.
fn root_var(cx: &Ctx<'_>, mut e: ExprId) -> Option<ObjId> {
    let f = cx.f();
    loop {
        match &f[e].kind {
            ExprKind::Paren { x, .. } => e = *x,
            ExprKind::Selector { x, sel } => match cx.fcx().info.selections.get(&sel.span.start) {
                Some(Selection::Field { indirect: false }) => e = *x,
                _ => return None,
            },
            ExprKind::Index { x, .. } => {
                let ty = cx.fcx().records.get(x.index()).map_or(univ::INVALID, |r| r.ty);
                if cx.types.with_underlying(ty, |t| matches!(t, Type::Array(..))) {
                    e = *x;
                } else {
                    return None;
                }
            }
            ExprKind::Ident(_) => {
                let o = *cx.fcx().info.uses.get(&f[e].span.start)?;
                return FnLower::is_local_var(cx, o).then_some(o);
            }
            _ => return None,
        }
    }
}

/// The zero value of type `ty`, whose core type is `core`.
fn zero_value(core: &Type, ty: TypeId) -> ConstValue {
    match core {
        Type::Basic(kind, _) => {
            if kind.is_boolean() {
                ConstValue::Bool(false)
            } else if kind.is_string() {
                ConstValue::String("".into())
            } else if kind.is_integer() {
                ConstValue::Int(0)
            } else if kind.is_float() {
                ConstValue::float(0.0)
            } else if ty == univ::UNTYPED_NIL || *kind == BasicKind::UnsafePointer {
                ConstValue::Nil
            } else {
                ConstValue::Zero
            }
        }
        Type::Pointer(_)
        | Type::Slice(_)
        | Type::Map(..)
        | Type::Chan(..)
        | Type::Signature(_)
        | Type::Interface(_) => ConstValue::Nil,
        _ => ConstValue::Zero,
    }
}
