//! The flow graph of one batch: locations and the assignment edges between them, built from the
//! SSA IR of the batch's functions (follows gc's `escape/graph.go`, `expr.go`, `stmt.go`,
//! `assign.go` and `call.go`).
//!
//! gc builds its graph from the syntax tree, with a location per variable and per allocating
//! expression. Here each SSA value that can hold a pointer is a location, so a variable that the
//! builder put in registers is the web of values its φs join; a variable that stays in memory (an
//! `Alloc`) is a location of its own, and so is every allocation. An edge `dst ← src` with
//! `derefs` says that `src`'s value, dereferenced `derefs` times (-1: its address), flows into
//! `dst`.
//!
//! Stores are where the IR differs most from gc's tree: `*p = v` is an assignment to the heap
//! unless `p` is the address of a variable (or a field or array element of one) or the store
//! initialises the allocation it writes into (a composite literal's elements, a variadic call's
//! packed arguments), exactly the cases gc sees as assignments to a named location.

use crate::layout::{Layout, MAX_BY_VALUE_CAPTURE};
use crate::leaks::{Leaks, TAGGED_RESULTS};
use crate::loops::LoopDepths;
use mapscope_ssa::{
    Builtin, CallCommon, Callee, ConversionKind, Function, InstrId, InstrKind, SelectDir, Span,
    ValueDef, ValueId,
};
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// A location of the batch's graph.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct LocId(pub u32);

impl LocId {
    pub const HEAP: LocId = LocId(0);
    /// What writes through a pointer: stores, `append`, `copy`, `clear` (gc's `mutatorLoc`).
    pub const MUTATOR: LocId = LocId(1);

    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// What a location stands for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LocKind {
    /// The heap: everything that flows here escapes.
    Heap,
    /// Writes through pointers: what flows here with no dereference is mutated.
    Mutator,
    /// An SSA value of batch function `func` (parameters and free variables included).
    Value { func: u32, value: ValueId },
    /// The memory an allocating instruction creates: a variable, `new(T)`, a literal, a map, a
    /// closure, an interface's boxed value, a string.
    Alloc { func: u32, instr: InstrId },
    /// A function literal that captures nothing, which the IR names instead of making a closure:
    /// gc still gives it a location (its closure), reported as `func literal`.
    Literal { func: u32, value: ValueId },
    /// Result number `index` of batch function `func`.
    Result { func: u32, index: u32 },
}

/// Why a value flows, and where: gc's notes of `-m=2`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Note {
    pub why: &'static str,
    pub func: u32,
    pub instr: InstrId,
}

/// `dst ← src`: the value of `src`, dereferenced `derefs` times (-1: its address), flows into the
/// location holding the edge.
#[derive(Clone, Copy, Debug)]
pub struct Edge {
    pub src: LocId,
    pub derefs: i32,
    pub note: Note,
}

#[derive(Clone, Debug)]
pub struct Location {
    pub kind: LocKind,
    /// The batch function it belongs to (`u32::MAX` for the heap).
    pub func: u32,
    pub loop_depth: u32,
    /// The edges into this location.
    pub edges: Vec<Edge>,
    pub escapes: bool,
    /// Something writes through it (gc's `attrMutates`).
    pub mutates: bool,
    /// The parameter number, when this is a parameter's value.
    pub param: Option<u32>,
    pub leaks: Leaks,
    /// Allocated on the heap whatever flows where (gc's `HeapAllocReason`).
    pub heap_alloc_reason: Option<&'static str>,
    /// The walk that made it escape: the chain from it to the walk's root.
    pub explanation: Vec<(LocId, Edge)>,
}

/// A function of the batch, with its place among closures.
#[derive(Debug)]
pub struct BatchFunction<'f> {
    pub function: &'f Function,
    /// Its index among the unit's functions.
    pub unit_index: usize,
    /// The batch function whose body holds this function literal.
    pub parent: Option<u32>,
    /// Shared by the copies of an inlined callee.
    pub loops: Arc<LoopDepths>,
    /// The batch function whose frame its locations live on: itself, or for a copy of a callee
    /// inlined into another function, that function's frame.
    pub frame: u32,
    /// For an inlined copy, the batch function whose call it replaces.
    pub inlined_into: Option<u32>,
    /// For an inlined copy, the call instruction (of `inlined_into`) it replaces.
    pub inlined_call: Option<InstrId>,
    /// For a copy of a function of another package: its kept body (`unit_index` is then the
    /// frame's, as no function of this unit holds its instructions).
    pub foreign: Option<Arc<crate::InlineBody>>,
    /// The loop depth its body starts at: that of the inlined call.
    pub depth_offset: u32,
    /// A copy of a function literal of an inlined copy: a closure of the frame the copy was
    /// inlined into. Its parameters and what it allocates are the original literal's to report.
    pub copied_literal: bool,
}

/// What gc inlines, for the graph to copy inlined callees' bodies into their callers.
#[derive(Debug, Default)]
pub struct Inliner<'f> {
    /// The unit's inlinable functions with their unit indexes, costs and loops.
    pub inlinable: FxHashMap<&'f str, LocalInlinable<'f>>,
    /// Functions over gc's "big" size, which inline only cheap callees.
    pub big: rustc_hash::FxHashSet<&'f str>,
    /// The function literals of the inlinable functions, by name, with their unit indexes and
    /// loops: an inlined copy of a function copies its literals too.
    pub literals: FxHashMap<&'f str, (usize, &'f Function, Arc<LoopDepths>)>,
    /// The inlinable functions that hold function literals.
    pub with_literals: rustc_hash::FxHashSet<&'f str>,
}

/// An inlinable function of the unit.
#[derive(Debug)]
pub struct LocalInlinable<'f> {
    /// Its index among the unit's functions.
    pub unit_index: usize,
    pub function: &'f Function,
    pub cost: u32,
    pub loops: Arc<LoopDepths>,
    /// Whether it allocates ([`crate::inline::allocates`]): one that does not is called through
    /// its tags, which say all its copy would.
    pub allocates: bool,
}

/// The inlinable bodies of other packages of the program being analysed.
#[derive(Clone, Copy, Debug)]
pub struct ForeignBodies<'f> {
    pub program: usize,
    pub bodies: &'f FxHashMap<Box<str>, Arc<crate::InlineBody>>,
}

/// How deep inlined calls nest in one frame at most; gc stops at recursion, this also stops
/// a chain too long to matter.
const MAX_INLINE_DEPTH: u32 = 10;

/// What the batch's callers outside it know of a function: one leak set per parameter.
#[derive(Clone, Debug, Default)]
pub struct FuncTags {
    pub params: Vec<Leaks>,
    /// gc's inline cost when gc can inline it (only computed when inlining is modelled).
    pub inline_cost: Option<u32>,
}

/// The escape tags of functions analysed before, by function name.
pub trait TagSource {
    fn tags(&self, function: &str) -> Option<&FuncTags>;
}

/// The flow graph of one batch.
#[derive(Debug)]
pub struct Graph<'f> {
    pub functions: Vec<BatchFunction<'f>>,
    pub locs: Vec<Location>,
    value_locs: Vec<Vec<Option<LocId>>>,
    pub alloc_locs: FxHashMap<(u32, InstrId), LocId>,
    pub literal_locs: FxHashMap<(u32, ValueId), LocId>,
    pub result_locs: Vec<Vec<Option<LocId>>>,
    /// The value each free variable of a closure is bound to, in the closure's creator.
    free_var_bindings: FxHashMap<(u32, u32), (u32, ValueId)>,
    /// Captured variables gc captures by value (small, never reassigned, address not taken).
    by_value: FxHashMap<(u32, InstrId), bool>,
    by_name: FxHashMap<&'f str, u32>,
    /// The copies of function literals, by the batch function that names them and the name.
    literal_copies: FxHashMap<(u32, &'f str), u32>,
    /// Stores gc ignores as self-assignments (`b.buf = b.buf[:n]`), by function and instruction.
    pub self_assignments: Vec<(u32, InstrId)>,
    /// The spans of the batch's own calls that gc inlines (copied or not).
    pub inlined_calls: Vec<Span>,
}

impl<'f> Graph<'f> {
    pub fn loc(&self, id: LocId) -> &Location {
        &self.locs[id.index()]
    }

    /// For a location of an inlined copy: the frame's unit function index and the outermost
    /// inlined call there, where gc reports what the copy allocates.
    pub fn inlined_at(&self, f: u32) -> Option<(usize, InstrId)> {
        let mut at = self.functions.get(f as usize)?;
        let mut call = None;
        while let (Some(into), Some(i)) = (at.inlined_into, at.inlined_call) {
            call = Some(i);
            at = &self.functions[into as usize];
        }
        call.map(|i| (at.unit_index, i))
    }

    /// Whether batch function `f` is a copied literal or a copy inlined into one.
    pub fn in_copied_literal(&self, f: u32) -> bool {
        let mut at = self.functions.get(f as usize);
        while let Some(bf) = at {
            if bf.copied_literal {
                return true;
            }
            at = bf.inlined_into.and_then(|into| self.functions.get(into as usize));
        }
        false
    }

    /// The frame batch function `f`'s locations live on (see [`BatchFunction::frame`]).
    pub fn frame(&self, f: u32) -> u32 {
        self.functions.get(f as usize).map_or(f, |bf| bf.frame)
    }

    pub fn value_loc(&self, func: u32, value: ValueId) -> Option<LocId> {
        self.value_locs.get(func as usize)?.get(value.index()).copied().flatten()
    }

    /// Whether batch function `outer` holds `inner` among its (nested) function literals.
    /// Inlined copies count as the frames they were inlined into.
    pub fn contains_closure(&self, outer: u32, inner: u32) -> bool {
        let outer = self.frame(outer);
        let inner = self.frame(inner);
        let mut at = self.functions.get(inner as usize).and_then(|f| f.parent);
        while let Some(f) = at {
            if f == outer {
                return true;
            }
            at = self.functions[f as usize].parent;
        }
        false
    }
}

/// Builds the graph of a batch.
pub fn build<'f>(
    functions: Vec<BatchFunction<'f>>,
    layout: &Layout<'_, '_>,
    tags: &dyn TagSource,
    hints: &crate::SourceHints,
    inliner: Option<(&Inliner<'f>, ForeignBodies<'f>)>,
) -> Graph<'f> {
    let by_name =
        functions.iter().enumerate().map(|(i, f)| (&*f.function.name, i as u32)).collect();
    let mut graph = Graph {
        value_locs: functions.iter().map(|f| vec![None; f.function.value_count()]).collect(),
        result_locs: functions.iter().map(|f| vec![None; f.function.result_types.len()]).collect(),
        functions,
        locs: Vec::new(),
        alloc_locs: FxHashMap::default(),
        literal_locs: FxHashMap::default(),
        free_var_bindings: FxHashMap::default(),
        by_value: FxHashMap::default(),
        by_name,
        literal_copies: FxHashMap::default(),
        self_assignments: Vec::new(),
        inlined_calls: Vec::new(),
    };
    // Most values that hold pointers get a location: growing the vector as they come copies
    // every location several times over.
    graph.locs.reserve(2 + graph.functions.iter().map(|f| f.function.value_count()).sum::<usize>());
    let mut heap = new_location(LocKind::Heap, u32::MAX, 0);
    heap.escapes = true;
    heap.mutates = true;
    graph.locs.push(heap);
    let mut mutator = new_location(LocKind::Mutator, u32::MAX, 0);
    mutator.mutates = true;
    graph.locs.push(mutator);
    let mut builder = Builder { g: graph, layout, tags, hints, inliner };
    builder.bind_free_vars();
    builder.decide_captures();
    // Inlined copies are appended as their calls are met, and built then.
    for f in 0..builder.g.functions.len() as u32 {
        builder.function(f);
    }
    builder.g
}

fn new_location(kind: LocKind, func: u32, loop_depth: u32) -> Location {
    Location {
        kind,
        func,
        loop_depth,
        edges: Vec::new(),
        escapes: false,
        mutates: false,
        param: None,
        leaks: Leaks::default(),
        heap_alloc_reason: None,
        explanation: Vec::new(),
    }
}

/// A callee to inline.
struct Inlinee<'f> {
    /// Its index among the unit's functions, when it is the unit's.
    unit_index: Option<usize>,
    function: &'f Function,
    cost: u32,
    loops: Arc<LoopDepths>,
    foreign: Option<Arc<crate::InlineBody>>,
}

/// Where a store writes.
enum Target {
    Heap,
    Local(LocId),
}

struct Builder<'f, 'l, 'a, 'p> {
    g: Graph<'f>,
    layout: &'l Layout<'a, 'p>,
    tags: &'l dyn TagSource,
    hints: &'l crate::SourceHints,
    inliner: Option<(&'l Inliner<'f>, ForeignBodies<'f>)>,
}

/// A callee as escape analysis sees it.
enum Resolved<'t> {
    /// A function of this batch: arguments flow into its parameters.
    InBatch(u32),
    /// A function analysed before, with its tags.
    Tagged(&'t FuncTags),
    Unknown,
}

impl<'f> Builder<'f, '_, '_, '_> {
    fn func(&self, f: u32) -> &'f Function {
        self.g.functions[f as usize].function
    }

    /// The batch function that function name `name` in batch function `f` stands for: the
    /// copy of a literal when `f` is an inlined copy that holds it, else the batch's own.
    fn named(&self, f: u32, name: &str) -> Option<u32> {
        match self.g.literal_copies.get(&(f, name)) {
            Some(&copy) => Some(copy),
            None => self.g.by_name.get(name).copied(),
        }
    }

    /// The type of value `v` of batch function `f`, in this unit's numbering (an inlined body
    /// of another package numbers its derived pointer types its own way).
    fn ty(&self, f: u32, v: ValueId) -> mapscope_types::types::TypeId {
        let ty = self.func(f)[v].ty;
        match &self.g.functions[f as usize].foreign {
            Some(body) => body.translate(ty, self.layout),
            None => ty,
        }
    }

    fn add_loc(&mut self, loc: Location) -> LocId {
        let id = LocId(u32::try_from(self.g.locs.len()).expect("more than u32::MAX locations"));
        self.g.locs.push(loc);
        id
    }

    /// The location of value `v` of function `f`, or `None` when it holds no pointer.
    fn value(&mut self, f: u32, v: ValueId) -> Option<LocId> {
        if let Some(loc) = self.g.value_loc(f, v) {
            return Some(loc);
        }
        let function = self.func(f);
        let value = function.get_value(v)?;
        if !self.layout.has_pointers(self.ty(f, v)) {
            return None;
        }
        let bf = &self.g.functions[f as usize];
        let (offset, inlined) = (bf.depth_offset, bf.inlined_into.is_some());
        let mut depth = 0;
        let mut param = None;
        match &value.def {
            ValueDef::Result { instr, .. } => {
                if let Some(block) = function[*instr].block() {
                    let loops = &self.g.functions[f as usize].loops;
                    depth = loops.depth(block);
                    // A φ of a loop header carries the variable across iterations: it lives
                    // outside the loop, as gc's variable declared before the loop does.
                    if matches!(function[*instr].kind, InstrKind::Phi { .. })
                        && loops.is_header(block)
                    {
                        depth = depth.saturating_sub(1);
                    }
                }
            }
            // An inlined callee's parameters are the caller's locals: they leak nowhere.
            ValueDef::Param { index, .. } if !inlined => param = Some(*index),
            _ => {}
        }
        let depth = depth + offset;
        let mut loc = new_location(LocKind::Value { func: f, value: v }, f, depth);
        loc.param = param;
        let id = self.add_loc(loc);
        self.g.value_locs[f as usize][v.index()] = Some(id);
        if let ValueDef::Function { name } = &value.def {
            self.literal(f, v, name);
        }
        Some(id)
    }

    /// A reference to a function literal of the batch that captures nothing gets a closure
    /// location of its own, as gc gives every function literal.
    fn literal(&mut self, f: u32, v: ValueId, name: &str) {
        let Some(target) = self.named(f, name) else { return };
        if self.g.functions[target as usize].parent.is_none() {
            return;
        }
        let function = self.func(f);
        // A literal that a closure is made of is the closure's location already.
        let only_closed = function[v].referrers().iter().all(|&user| {
            matches!(&function[user].kind, InstrKind::MakeClosure { func, .. } if *func == v)
        });
        if only_closed && !function[v].referrers().is_empty() {
            return;
        }
        let Some(value_loc) = self.g.value_loc(f, v) else { return };
        let loc = self.add_loc(new_location(LocKind::Literal { func: f, value: v }, f, 0));
        self.g.literal_locs.insert((f, v), loc);
        let note = Note { why: "spill", func: f, instr: InstrId(0) };
        self.flow(value_loc, loc, -1, note);
    }

    fn alloc(&mut self, f: u32, instr: InstrId) -> LocId {
        if let Some(&loc) = self.g.alloc_locs.get(&(f, instr)) {
            return loc;
        }
        let function = self.func(f);
        let bf = &self.g.functions[f as usize];
        let depth = function[instr].block().map_or(0, |b| bf.loops.depth(b)) + bf.depth_offset;
        let loc = self.add_loc(new_location(LocKind::Alloc { func: f, instr }, f, depth));
        self.g.alloc_locs.insert((f, instr), loc);
        loc
    }

    fn result(&mut self, f: u32, index: usize) -> Option<LocId> {
        if let Some(loc) = self.g.result_locs[f as usize].get(index).copied().flatten() {
            return Some(loc);
        }
        // An inlined copy returns into its call's results, bound when it was made.
        if self.g.functions[f as usize].inlined_into.is_some() {
            return None;
        }
        let ty = *self.func(f).result_types.get(index)?;
        let ty = match &self.g.functions[f as usize].foreign {
            Some(body) => body.translate(ty, self.layout),
            None => ty,
        };
        if !self.layout.has_pointers(ty) {
            return None;
        }
        let loc =
            self.add_loc(new_location(LocKind::Result { func: f, index: index as u32 }, f, 0));
        self.g.result_locs[f as usize][index] = Some(loc);
        Some(loc)
    }

    fn flow(&mut self, dst: LocId, src: LocId, derefs: i32, note: Note) {
        if dst == src && derefs >= 0 {
            return;
        }
        self.g.locs[dst.index()].edges.push(Edge { src, derefs, note });
    }

    /// `dst ← v` with `derefs`, if `v` holds pointers.
    fn flow_value(&mut self, dst: Option<LocId>, f: u32, v: ValueId, derefs: i32, note: Note) {
        if let (Some(dst), Some(src)) = (dst, self.value(f, v)) {
            self.flow(dst, src, derefs, note);
        }
    }

    /// Records which value each closure's free variables are bound to.
    fn bind_free_vars(&mut self) {
        for f in 0..self.g.functions.len() as u32 {
            let function = self.func(f);
            for block in function.block_ids() {
                for &i in function[block].instrs() {
                    let InstrKind::MakeClosure { func, bindings } = &function[i].kind else {
                        continue;
                    };
                    let ValueDef::Function { name } = &function[*func].def else { continue };
                    let Some(&target) = self.g.by_name.get(&**name) else { continue };
                    for (index, &b) in bindings.iter().enumerate() {
                        self.g.free_var_bindings.insert((target, index as u32), (f, b));
                    }
                }
            }
        }
    }

    /// gc captures a variable by value when it is at most 128 bytes, its address is not taken and
    /// it is assigned only where it is declared; the others are captured by reference.
    fn decide_captures(&mut self) {
        let mut captured = Vec::new();
        for (&(_, index), &(f, b)) in &self.g.free_var_bindings {
            let _ = index;
            if let Some(instr) = self.func(f).defining_instr(b) {
                if matches!(self.func(f)[instr].kind, InstrKind::Alloc { .. }) {
                    captured.push((f, instr));
                }
            }
        }
        captured.sort();
        captured.dedup();
        for (f, instr) in captured {
            let by_value = self.captured_by_value(f, instr);
            self.g.by_value.insert((f, instr), by_value);
        }
    }

    /// The variable (its function and `Alloc`) whose address value `v` of `f` is: the
    /// instruction that defines it, or for a free variable, what its closure was made with, so
    /// that a closure nested in another captures the variable the way the outer one does.
    fn captured_variable(&self, f: u32, v: ValueId) -> Option<(u32, InstrId)> {
        let (mut f, mut v) = (f, v);
        // Bounded by the nesting of closures, which the bindings follow outwards.
        for _ in 0..self.g.functions.len() {
            let function = self.func(f);
            if let Some(instr) = function.defining_instr(v) {
                return Some((f, instr));
            }
            let ValueDef::FreeVar { index, .. } = function.get_value(v)?.def else { return None };
            (f, v) = *self.g.free_var_bindings.get(&(f, index))?;
        }
        None
    }

    fn captured_by_value(&self, f: u32, alloc: InstrId) -> bool {
        let function = self.func(f);
        let Some(addr) = function[alloc].result() else { return false };
        let Some(elem) = self.layout.pointer_elem(self.ty(f, addr)) else { return false };
        if self.layout.size(elem) > MAX_BY_VALUE_CAPTURE {
            return false;
        }
        // Every use of the address, in the declaring function and through the closures' free
        // variables: only loads, one initialising store, and bindings of closures.
        let mut stores = 0;
        let mut work = vec![(f, addr)];
        while let Some((g, v)) = work.pop() {
            let function = self.func(g);
            for &user in function[v].referrers() {
                match &function[user].kind {
                    InstrKind::Load { .. } => {}
                    InstrKind::Store { addr, value } if *addr == v && *value != v => {
                        stores += 1;
                        if g != f || stores > 1 {
                            return false;
                        }
                    }
                    InstrKind::MakeClosure { func, bindings } => {
                        let ValueDef::Function { name } = &function[*func].def else {
                            return false;
                        };
                        let Some(target) = self.named(g, name) else { return false };
                        for (index, &b) in bindings.iter().enumerate() {
                            if b == v {
                                let fv = self.func(target).free_vars().get(index).copied();
                                match fv {
                                    Some(fv) => work.push((target, fv)),
                                    None => return false,
                                }
                            }
                        }
                    }
                    _ => return false,
                }
            }
        }
        true
    }

    /// Where a store through `addr` (a value of `f`) made at `span` writes.
    fn store_target(&mut self, f: u32, addr: ValueId, span: Span) -> Target {
        let function = self.func(f);
        let Some(value) = function.get_value(addr) else { return Target::Heap };
        match &value.def {
            ValueDef::Result { instr, .. } => {
                let instr = *instr;
                match &function[instr].kind {
                    InstrKind::Alloc { name, .. } => {
                        if is_variable_name(name) || contains(function[instr].span, span) {
                            Target::Local(self.alloc(f, instr))
                        } else {
                            Target::Heap
                        }
                    }
                    InstrKind::FieldAddr { base, .. } => self.store_target(f, *base, span),
                    InstrKind::IndexAddr { base, .. } => {
                        let base = *base;
                        if self.layout.is_array_pointer(self.ty(f, base)) {
                            return self.store_target(f, base, span);
                        }
                        // The elements of a slice literal or of packed variadic arguments.
                        match function.defining_instr(base) {
                            Some(make)
                                if matches!(function[make].kind, InstrKind::MakeSlice { .. })
                                    && contains(function[make].span, span) =>
                            {
                                Target::Local(self.alloc(f, make))
                            }
                            _ => Target::Heap,
                        }
                    }
                    _ => Target::Heap,
                }
            }
            ValueDef::FreeVar { index, .. } => match self.g.free_var_bindings.get(&(f, *index)) {
                Some(&(creator, binding)) => self.store_target(creator, binding, span),
                None => Target::Heap,
            },
            _ => Target::Heap,
        }
    }

    /// gc ignores assignments that store a value back into the object it came from: `b.buf =
    /// b.buf[:n]`, `v.x = v.y`, `v.a[i] = v.a[j]` (`isSelfAssign`); they change no lifetime.
    fn is_self_assignment(&self, f: u32, addr: ValueId, value: ValueId) -> bool {
        let function = self.func(f);
        let def = |v: ValueId| function.defining_instr(v).map(|i| &function[i].kind);
        let mut value = value;
        while let Some(InstrKind::Convert { kind: ConversionKind::ChangeType, x }) = def(value) {
            value = *x;
        }
        // The right-hand side must be read in the assignment itself, after its left-hand side:
        // `x := p.f; ...; p.f = x` assigns a variable, which gc does not see as a self-assignment.
        let store_span = function[self_store_span(function, addr)].span;
        let after_lhs = |v: ValueId| {
            function.defining_instr(v).is_some_and(|i| function[i].span.start >= store_span.end)
        };
        // `x op= y` is, to gc, an assignment of `y` to `x`: the IR's `x = x op y`, whose first
        // operand reads `x` itself.
        if let Some(i) = function.defining_instr(value) {
            if let InstrKind::BinOp { x, y, .. } = &function[i].kind {
                let span = function[i].span;
                let reads_target =
                    matches!(def(*x), Some(InstrKind::Load { addr: from }) if *from == addr);
                if reads_target && self.hints.any_op_assign.contains(&(span.start, span.end)) {
                    value = *y;
                }
            }
        }
        if !after_lhs(value) {
            return false;
        }
        match def(value) {
            // A slice of the stored-to location itself.
            Some(InstrKind::Slice { base, .. }) => {
                matches!(def(*base), Some(InstrKind::Load { addr: from }) if self.same_safe(f, addr, *from))
            }
            // A sibling field or element of the same object.
            Some(InstrKind::Load { addr: from }) => match (def(addr), def(*from)) {
                (
                    Some(InstrKind::FieldAddr { base: a, .. }),
                    Some(InstrKind::FieldAddr { base: b, .. }),
                )
                | (
                    Some(InstrKind::IndexAddr { base: a, .. }),
                    Some(InstrKind::IndexAddr { base: b, .. }),
                ) => self.same_safe(f, *a, *b),
                _ => false,
            },
            _ => false,
        }
    }

    /// Whether two values compute the same address or value without side effects in between
    /// (gc's `SameSafeExpr` on the expressions they come from).
    fn same_safe(&self, f: u32, a: ValueId, b: ValueId) -> bool {
        if a == b {
            return true;
        }
        let function = self.func(f);
        let (Some(ia), Some(ib)) = (function.defining_instr(a), function.defining_instr(b)) else {
            return false;
        };
        match (&function[ia].kind, &function[ib].kind) {
            (
                InstrKind::FieldAddr { base: x, field: fx },
                InstrKind::FieldAddr { base: y, field: fy },
            )
            | (InstrKind::Field { base: x, field: fx }, InstrKind::Field { base: y, field: fy }) => {
                fx == fy && self.same_safe(f, *x, *y)
            }
            (InstrKind::Load { addr: x }, InstrKind::Load { addr: y }) => self.same_safe(f, *x, *y),
            (
                InstrKind::IndexAddr { base: x, index: i },
                InstrKind::IndexAddr { base: y, index: j },
            ) => i == j && self.same_safe(f, *x, *y),
            _ => false,
        }
    }

    fn function(&mut self, f: u32) {
        let function = self.func(f);
        for &p in function.params() {
            self.value(f, p);
        }
        // Every function literal named here gets its closure location, called or not.
        for index in 0..function.value_count() {
            let v = ValueId(index as u32);
            if matches!(function[v].def, ValueDef::Function { .. }) {
                self.value(f, v);
            }
        }
        // Free variables are the values their closure was created with.
        for (index, &fv) in function.free_vars().iter().enumerate() {
            if let Some(&(creator, binding)) = self.g.free_var_bindings.get(&(f, index as u32)) {
                let dst = self.value(f, fv);
                let note = Note { why: "captured by a closure", func: f, instr: InstrId(0) };
                if let Some(src) = self.value(creator, binding) {
                    if let Some(dst) = dst {
                        self.flow(dst, src, 0, note);
                    }
                }
            }
        }
        for block in function.block_ids() {
            // gc drops the bodies of `if false` (a constant condition) before escape analysis.
            if !self.g.functions[f as usize].loops.is_live(block) {
                continue;
            }
            for &i in function[block].instrs() {
                self.instruction(f, i);
            }
        }
    }

    fn instruction(&mut self, f: u32, i: InstrId) {
        let function = self.func(f);
        let instr = &function[i];
        let result = instr.result();
        let dst = |me: &mut Self| result.and_then(|r| me.value(f, r));
        let note = |why| Note { why, func: f, instr: i };
        match &instr.kind {
            InstrKind::Alloc { .. } | InstrKind::MakeMap { .. } | InstrKind::MakeSlice { .. } => {
                let loc = self.alloc(f, i);
                self.size_limits(f, i, loc);
                if let Some(d) = dst(self) {
                    self.flow(d, loc, -1, note("spill"));
                }
            }
            InstrKind::Load { addr } => {
                let d = dst(self);
                self.flow_value(d, f, *addr, 1, note("indirection"));
            }
            InstrKind::Store { addr, value } => {
                if self.is_self_assignment(f, *addr, *value) {
                    // An inlined copy's self-assignment, or a copied literal's, is reported by
                    // the callee's own analysis.
                    let bf = &self.g.functions[f as usize];
                    if bf.inlined_into.is_none() && !bf.copied_literal {
                        self.g.self_assignments.push((f, i));
                    }
                    return;
                }
                let target = match self.store_target(f, *addr, instr.span) {
                    Target::Heap => {
                        self.flow_value(Some(LocId::MUTATOR), f, *addr, 0, note("mutated"));
                        LocId::HEAP
                    }
                    Target::Local(loc) => loc,
                };
                self.flow_value(Some(target), f, *value, 0, note("assign"));
            }
            InstrKind::FieldAddr { base, .. }
            | InstrKind::Field { base, .. }
            | InstrKind::IndexAddr { base, .. }
            | InstrKind::Index { base, .. } => {
                let d = dst(self);
                self.flow_value(d, f, *base, 0, note("dot"));
            }
            InstrKind::Slice { base, .. } => {
                let d = dst(self);
                self.flow_value(d, f, *base, 0, note("slice"));
            }
            InstrKind::Convert { kind, x } => {
                if *kind == ConversionKind::Convert && self.allocates_string(f, i, *x) {
                    let loc = self.alloc(f, i);
                    if let Some(d) = dst(self) {
                        self.flow(d, loc, -1, note("spill"));
                    }
                } else {
                    let d = dst(self);
                    self.flow_value(d, f, *x, 0, note("convert"));
                    // unsafe.Pointer(uintptr(p) + n) points where p does (gc's `unsafeValue`).
                    if d.is_some() && !self.layout.has_pointers(self.ty(f, *x)) {
                        let mut sources = Vec::new();
                        self.unsafe_sources(f, *x, instr.span, &mut sources, 0);
                        for source in sources {
                            self.flow_value(d, f, source, 0, note("convert"));
                        }
                    }
                }
            }
            // `s += y` on strings is, to gc, an assignment of `y` to `s` (`OASOP`): `y` flows
            // into `s`, and nothing is allocated that escape analysis reports.
            InstrKind::BinOp { op: mapscope_ssa::BinaryOp::Add, y, .. }
                if result.is_some_and(|r| self.layout.is_string(self.ty(f, r)))
                    && self.hints.op_assign.contains(&(instr.span.start, instr.span.end)) =>
            {
                let d = dst(self);
                self.flow_value(d, f, *y, 0, note("assign"));
            }
            InstrKind::BinOp { op: mapscope_ssa::BinaryOp::Add, .. }
                if result.is_some_and(|r| self.layout.is_string(self.ty(f, r))) =>
            {
                let loc = self.alloc(f, i);
                if let Some(d) = dst(self) {
                    self.flow(d, loc, -1, note("spill"));
                }
            }
            InstrKind::MakeInterface { x } => {
                let d = dst(self);
                if self.layout.is_direct_iface(self.ty(f, *x)) {
                    self.flow_value(d, f, *x, 0, note("interface-converted"));
                } else {
                    let loc = self.alloc(f, i);
                    if let Some(d) = d {
                        self.flow(d, loc, -1, note("spill"));
                    }
                    self.flow_value(Some(loc), f, *x, 0, note("interface-converted"));
                }
            }
            InstrKind::TypeAssert { x, asserted, .. } => {
                let derefs = i32::from(
                    !self.layout.is_interface(*asserted) && !self.layout.is_direct_iface(*asserted),
                );
                let d = instr.results().next().and_then(|r| self.value(f, r));
                self.flow_value(d, f, *x, derefs, note("dot"));
            }
            InstrKind::MakeClosure { func, bindings } => {
                let loc = self.alloc(f, i);
                if let Some(d) = dst(self) {
                    self.flow(d, loc, -1, note("spill"));
                }
                let bound_method = matches!(&function[*func].def,
                    ValueDef::Function { name } if self.named(f, name).is_none());
                for &b in bindings {
                    let by_value = bound_method
                        || self.captured_variable(f, b).is_some_and(|variable| {
                            self.g.by_value.get(&variable).copied().unwrap_or(false)
                        });
                    let derefs = if by_value && !bound_method { 1 } else { 0 };
                    self.flow_value(Some(loc), f, b, derefs, note("captured by a closure"));
                }
            }
            InstrKind::Phi { edges, .. } => {
                let d = dst(self);
                for &e in edges {
                    self.flow_value(d, f, e, 0, note("assign"));
                }
            }
            InstrKind::Return { results } => {
                for (index, &r) in results.iter().enumerate() {
                    let d = self.result(f, index);
                    self.flow_value(d, f, r, 0, note("return"));
                }
            }
            InstrKind::Panic { value } => {
                self.flow_value(Some(LocId::HEAP), f, *value, 0, note("panic"));
            }
            InstrKind::MapUpdate { key, value, .. } => {
                self.flow_value(Some(LocId::HEAP), f, *key, 0, note("key of map put"));
                self.flow_value(Some(LocId::HEAP), f, *value, 0, note("value of map put"));
            }
            InstrKind::Send { value, .. } => {
                self.flow_value(Some(LocId::HEAP), f, *value, 0, note("send"));
            }
            InstrKind::Select { states, .. } => {
                for s in states {
                    if let (SelectDir::Send, Some(v)) = (s.dir, s.send) {
                        self.flow_value(Some(LocId::HEAP), f, v, 0, note("send"));
                    }
                }
            }
            InstrKind::Call { call } => self.call(f, i, call, false),
            InstrKind::Go { call } => self.call(f, i, call, true),
            InstrKind::Defer { call } => {
                // A defer outside any loop runs its call later on this frame; inside a loop its
                // closure must outlive the iteration, so it goes to the heap like a goroutine's.
                let in_loop =
                    instr.block().is_some_and(|b| self.g.functions[f as usize].loops.depth(b) > 0);
                self.call(f, i, call, in_loop);
            }
            // A range over a map: the iterator holds the map, and each element comes from its
            // contents (gc's "range-deref"); keys are not followed, as gc does not.
            // The iterator is no Go value: the element comes from the map it ranges over.
            InstrKind::MapNext { iter } => {
                let map = function.defining_instr(*iter).and_then(|r| match function[r].kind {
                    InstrKind::MapRange { map } => Some(map),
                    _ => None,
                });
                if let Some(map) = map {
                    let element = instr.results().nth(2).and_then(|r| self.value(f, r));
                    self.flow_value(element, f, map, 1, note("range-deref"));
                }
            }
            InstrKind::MakeChan { .. }
            | InstrKind::MapLookup { .. }
            | InstrKind::MapDelete { .. }
            | InstrKind::MapClear { .. }
            | InstrKind::MapRange { .. }
            // A string's bytes hold no pointers: ranging over one moves nothing.
            | InstrKind::StringRange { .. }
            | InstrKind::StringNext { .. }
            | InstrKind::BinOp { .. }
            | InstrKind::UnOp { .. }
            | InstrKind::RunDefers
            | InstrKind::Recv { .. }
            | InstrKind::If { .. }
            | InstrKind::Jump => {}
        }
    }

    /// The pointers an integer computed from `unsafe.Pointer` conversions holds: through the
    /// arithmetic and conversions of the expression at `within`, as gc's `unsafeValue` follows
    /// them (it stops at variables, as `runtime.noescape` relies on).
    fn unsafe_sources(&self, f: u32, v: ValueId, within: Span, out: &mut Vec<ValueId>, depth: u32) {
        // Expressions nest as deep as the source does; the bound only stops malformed input.
        if depth > 64 {
            return;
        }
        let function = self.func(f);
        let Some(i) = function.defining_instr(v) else { return };
        if !contains(within, function[i].span) {
            return;
        }
        match &function[i].kind {
            InstrKind::Convert { x, .. } => {
                if self.layout.has_pointers(self.ty(f, *x)) {
                    out.push(*x);
                } else {
                    self.unsafe_sources(f, *x, within, out, depth + 1);
                }
            }
            InstrKind::BinOp { op, x, y } => {
                self.unsafe_sources(f, *x, within, out, depth + 1);
                if !matches!(op, mapscope_ssa::BinaryOp::Shl | mapscope_ssa::BinaryOp::Shr) {
                    self.unsafe_sources(f, *y, within, out, depth + 1);
                }
            }
            InstrKind::UnOp { x, .. } => self.unsafe_sources(f, *x, within, out, depth + 1),
            _ => {}
        }
    }

    /// Whether a conversion makes a new string or slice: `string(bytes)`, `[]byte(s)`,
    /// `string(rune)` and the like (gc's `OBYTES2STR`, `OSTR2BYTES`, `ORUNESTR`, ...).
    fn allocates_string(&self, f: u32, i: InstrId, x: ValueId) -> bool {
        let function = self.func(f);
        let Some(r) = function[i].result() else { return false };
        let (to, from) = (self.ty(f, r), self.ty(f, x));
        let to_string = self.layout.is_string(to);
        // A constant converted to a string is folded; to a slice it is a new slice.
        if to_string && matches!(function[x].def, ValueDef::Const(_)) {
            return false;
        }
        let from_string = self.layout.is_string(from);
        (to_string && !from_string) || (from_string && self.layout.slice_elem(to).is_some())
    }

    /// gc's `HeapAllocReason`: allocations too large (or of unknown size) for the stack.
    fn size_limits(&mut self, f: u32, i: InstrId, loc: LocId) {
        use crate::layout::{MAX_IMPLICIT_STACK_VAR_SIZE, MAX_STACK_VAR_SIZE};
        let function = self.func(f);
        let Some(r) = function[i].result() else { return };
        let ty = self.ty(f, r);
        let reason = match &function[i].kind {
            InstrKind::Alloc { name, .. } => {
                let elem = self.layout.pointer_elem(ty);
                let size = elem.map_or(0, |e| self.layout.size(e));
                let limit = if is_variable_name(name) {
                    MAX_STACK_VAR_SIZE
                } else {
                    MAX_IMPLICIT_STACK_VAR_SIZE
                };
                (size > limit).then_some("too large for stack")
            }
            InstrKind::MakeSlice { len, cap } => {
                let elem = self.layout.slice_elem(ty);
                let elem_size = elem.map_or(1, |e| self.layout.size(e));
                match constant_int(function, *cap).or_else(|| constant_int(function, *len)) {
                    _ if elem_size == 0 => Some("zero-sized element"),
                    Some(n) => (n.saturating_mul(i128::from(elem_size))
                        > i128::from(MAX_IMPLICIT_STACK_VAR_SIZE))
                    .then_some("too large for stack"),
                    None => None,
                }
            }
            _ => None,
        };
        if let Some(reason) = reason {
            self.g.locs[loc.index()].heap_alloc_reason = Some(reason);
            self.g.locs[loc.index()].escapes = true;
            let note = Note { why: reason, func: f, instr: i };
            self.flow(LocId::HEAP, loc, -1, note);
        }
    }

    fn resolve(&self, f: u32, value: ValueId) -> Resolved<'_> {
        let function = self.func(f);
        let mut v = value;
        // A closure made here and called directly is the literal itself.
        if let Some(i) = function.defining_instr(v) {
            if let InstrKind::MakeClosure { func, .. } = &function[i].kind {
                v = *func;
            }
        }
        let ValueDef::Function { name } = &function[v].def else { return Resolved::Unknown };
        if let Some(target) = self.named(f, name) {
            return Resolved::InBatch(target);
        }
        match self.tags.tags(name) {
            Some(tags) => Resolved::Tagged(tags),
            None => Resolved::Unknown,
        }
    }

    fn call(&mut self, f: u32, i: InstrId, call: &CallCommon, to_heap: bool) {
        let function = self.func(f);
        let note = |why| Note { why, func: f, instr: i };
        let results: Vec<ValueId> = function[i].results().collect();
        let heap = Some(LocId::HEAP);
        if to_heap {
            // `go` and a `defer` in a loop: the call's closure, with the callee and the
            // arguments it captured, outlives the frame.
            match &call.callee {
                Callee::Dynamic(v) | Callee::Invoke { receiver: v, .. } => {
                    self.flow_value(heap, f, *v, 0, note("go/defer"));
                }
                Callee::Static(_) | Callee::Builtin(_) => {}
            }
            for &a in &call.args {
                self.flow_value(heap, f, a, 0, note("go/defer"));
            }
            return;
        }
        if let Callee::Static(v) = &call.callee {
            let bf = &self.g.functions[f as usize];
            // A copy's calls are the callee's own, recorded by its own analysis.
            if bf.inlined_into.is_none() && !bf.copied_literal && self.gc_inlines(f, *v) {
                self.g.inlined_calls.push(function[i].span);
            }
            if let Some(inlinee) = self.inlined_callee(f, *v) {
                return self.inline_call(f, i, call, inlinee, &results);
            }
        }
        let resolved = match &call.callee {
            Callee::Builtin(b) => return self.builtin(f, i, *b, &call.args, &results),
            Callee::Invoke { receiver, .. } => {
                self.flow_value(heap, f, *receiver, 0, note("call parameter"));
                Resolved::Unknown
            }
            Callee::Static(v) | Callee::Dynamic(v) => self.resolve(f, *v),
        };
        match resolved {
            Resolved::InBatch(target) => {
                let params = self.func(target).params().to_vec();
                for (&a, &p) in call.args.iter().zip(&params) {
                    let d = self.value(target, p);
                    self.flow_value(d, f, a, 0, note("call parameter"));
                }
                for (index, &r) in results.iter().enumerate() {
                    if let (Some(d), Some(src)) = (self.value(f, r), self.result(target, index)) {
                        self.flow(d, src, 0, note("call result"));
                    }
                }
            }
            Resolved::Tagged(tags) => {
                let tags = tags.clone();
                for (index, &a) in call.args.iter().enumerate() {
                    let leaks = tags.params.get(index).copied().unwrap_or(Leaks::UNKNOWN);
                    if let Some(d) = leaks.heap {
                        self.flow_value(heap, f, a, d as i32, note("call parameter"));
                    }
                    if let Some(d) = leaks.mutator {
                        let mutator = Some(LocId::MUTATOR);
                        self.flow_value(mutator, f, a, d as i32, note("call parameter"));
                    }
                    for (r, derefs) in leaks.results.iter().enumerate().take(TAGGED_RESULTS) {
                        if let (Some(d), Some(&result)) = (derefs, results.get(r)) {
                            let dst = self.value(f, result);
                            self.flow_value(dst, f, a, *d as i32, note("call parameter"));
                        }
                    }
                }
            }
            Resolved::Unknown => {
                for &a in &call.args {
                    self.flow_value(heap, f, a, 0, note("call parameter"));
                }
            }
        }
    }

    /// The callee of a static call from batch function `f` that gc inlines, when inlining is
    /// modelled: an inlinable function outside this batch (of this unit, or kept by another
    /// package of the program), cheap enough when `f` is big, not already being inlined here
    /// (gc does not inline a function into itself).
    fn inlined_callee(&self, f: u32, callee: ValueId) -> Option<Inlinee<'f>> {
        let (inliner, foreign) = self.inliner?;
        let ValueDef::Function { name } = &self.func(f)[callee].def else { return None };
        let inlinee = match inliner.inlinable.get(&**name) {
            Some(local) if !local.allocates => return None,
            Some(local) => Inlinee {
                unit_index: Some(local.unit_index),
                function: local.function,
                cost: local.cost,
                loops: local.loops.clone(),
                foreign: None,
            },
            None => {
                let body = foreign.bodies.get(&**name)?;
                if body.program != foreign.program || !body.allocates {
                    return None;
                }
                Inlinee {
                    unit_index: None,
                    function: &body.function,
                    cost: body.cost,
                    loops: body.loops.clone(),
                    foreign: Some(body.clone()),
                }
            }
        };
        if self.g.by_name.contains_key(&**name) {
            return None;
        }
        let frame = self.g.frame(f);
        if inlinee.cost > crate::inline::BIG_FUNCTION_MAX_COST
            && inliner.big.contains(&*self.func(frame).name)
        {
            return None;
        }
        let mut at = Some(f);
        let mut depth = 0;
        while let Some(g) = at {
            if *self.func(g).name == **name {
                return None;
            }
            depth += 1;
            at = self.g.functions[g as usize].inlined_into;
        }
        (depth <= MAX_INLINE_DEPTH).then_some(inlinee)
    }

    /// Whether gc inlines a static call of `callee` from batch function `f`, copied or not: the
    /// callee has an inline cost, cheap enough when `f` is big, and is not `f` itself.
    fn gc_inlines(&self, f: u32, callee: ValueId) -> bool {
        let Some((inliner, _)) = self.inliner else { return false };
        let ValueDef::Function { name } = &self.func(f)[callee].def else { return false };
        let cost = match inliner.inlinable.get(&**name) {
            Some(local) => Some(local.cost),
            None => self.tags.tags(name).and_then(|t| t.inline_cost),
        };
        let Some(cost) = cost else { return false };
        if self.g.by_name.contains_key(&**name) {
            return false;
        }
        cost <= crate::inline::BIG_FUNCTION_MAX_COST
            || !inliner.big.contains(&*self.func(self.g.frame(f)).name)
    }

    /// Copies `callee`'s body into `f` for call `i`: its parameters become locals the
    /// arguments are assigned to, its results flow into the call's, and its allocations are
    /// decided on `f`'s frame at the call's loop depth, as after gc's inlining.
    fn inline_call(
        &mut self,
        f: u32,
        i: InstrId,
        call: &CallCommon,
        inlinee: Inlinee<'f>,
        results: &[ValueId],
    ) {
        let callee = inlinee.function;
        let caller = &self.g.functions[f as usize];
        let unit_index = inlinee.unit_index.unwrap_or(caller.unit_index);
        let call_depth = self.func(f)[i].block().map_or(0, |b| caller.loops.depth(b));
        let copy = u32::try_from(self.g.functions.len()).expect("more than u32::MAX functions");
        let bf = BatchFunction {
            function: callee,
            unit_index,
            parent: None,
            loops: inlinee.loops,
            foreign: inlinee.foreign,
            frame: caller.frame,
            inlined_into: Some(f),
            inlined_call: Some(i),
            depth_offset: caller.depth_offset + call_depth,
            copied_literal: false,
        };
        self.g.functions.push(bf);
        self.g.value_locs.push(vec![None; callee.value_count()]);
        let bound: Vec<Option<LocId>> = (0..callee.result_types.len())
            .map(|index| results.get(index).and_then(|&r| self.value(f, r)))
            .collect();
        self.g.result_locs.push(bound);
        let note = Note { why: "call parameter", func: f, instr: i };
        for (&a, &p) in call.args.iter().zip(callee.params()) {
            let d = self.value(copy, p);
            self.flow_value(d, f, a, 0, note);
        }
        let literals = self.copy_literals(copy);
        self.function(copy);
        for literal in literals {
            self.function(literal);
        }
    }

    /// Copies the function literals that batch function `owner` (an inlined copy, or a copy of
    /// a literal) names, nested ones too, as closures of `owner`'s frame: gc's inlined copy
    /// makes its closures in the function it was inlined into. Binds their free variables and
    /// decides their captures; gives the copies, to be built after `owner`.
    fn copy_literals(&mut self, owner: u32) -> Vec<u32> {
        let Some((inliner, foreign)) = self.inliner else { return Vec::new() };
        let function = self.func(owner);
        let declared = crate::batch::group_name(&function.name);
        // A copy of another package's function takes its literals from that function's kept
        // body (the `'f` one, which the copies borrow).
        let body = match &self.g.functions[owner as usize].foreign {
            Some(_) => match foreign.bodies.get(declared) {
                Some(body) if body.has_literals() => Some(body),
                _ => return Vec::new(),
            },
            None => None,
        };
        // Most inlined callees hold no literal: no need to look through their values.
        if body.is_none()
            && !inliner.literals.contains_key(&*function.name)
            && !inliner.with_literals.contains(declared)
        {
            return Vec::new();
        }
        let mut copies = Vec::new();
        for index in 0..function.value_count() {
            let ValueDef::Function { name } = &function[ValueId(index as u32)].def else {
                continue;
            };
            let (unit_index, literal, loops) = match body {
                Some(body) => {
                    let Some((literal, loops)) = body.literal(name) else { continue };
                    (self.g.functions[owner as usize].unit_index, literal, loops)
                }
                None => {
                    let Some((unit_index, literal, loops)) = inliner.literals.get(&**name) else {
                        continue;
                    };
                    (*unit_index, *literal, loops)
                }
            };
            if self.g.literal_copies.contains_key(&(owner, &**name)) {
                continue;
            }
            let copy = u32::try_from(self.g.functions.len()).expect("more than u32::MAX functions");
            self.g.functions.push(BatchFunction {
                function: literal,
                unit_index,
                parent: Some(self.g.frame(owner)),
                loops: loops.clone(),
                frame: copy,
                inlined_into: None,
                inlined_call: None,
                foreign: body.cloned(),
                depth_offset: 0,
                copied_literal: true,
            });
            self.g.value_locs.push(vec![None; literal.value_count()]);
            self.g.result_locs.push(vec![None; literal.result_types.len()]);
            self.g.literal_copies.insert((owner, &literal.name), copy);
            copies.push(copy);
        }
        // The closures `owner` makes bind the copies' free variables.
        let mut captured = Vec::new();
        for block in function.block_ids() {
            for &i in function[block].instrs() {
                let InstrKind::MakeClosure { func, bindings } = &function[i].kind else {
                    continue;
                };
                let ValueDef::Function { name } = &function[*func].def else { continue };
                let Some(&target) = self.g.literal_copies.get(&(owner, &**name)) else {
                    continue;
                };
                for (index, &b) in bindings.iter().enumerate() {
                    self.g.free_var_bindings.insert((target, index as u32), (owner, b));
                    if let Some(alloc) = function.defining_instr(b) {
                        if matches!(function[alloc].kind, InstrKind::Alloc { .. }) {
                            captured.push(alloc);
                        }
                    }
                }
            }
        }
        captured.sort();
        captured.dedup();
        for alloc in captured {
            let by_value = self.captured_by_value(owner, alloc);
            self.g.by_value.insert((owner, alloc), by_value);
        }
        let mut nested = Vec::new();
        for &copy in &copies {
            nested.extend(self.copy_literals(copy));
        }
        copies.extend(nested);
        copies
    }

    fn builtin(&mut self, f: u32, i: InstrId, b: Builtin, args: &[ValueId], results: &[ValueId]) {
        let note = |why| Note { why, func: f, instr: i };
        let heap = Some(LocId::HEAP);
        let elem_has_pointers = |me: &Self, v: ValueId| {
            me.layout.slice_elem(me.ty(f, v)).is_some_and(|e| me.layout.has_pointers(e))
        };
        match b {
            Builtin::Append => {
                let dst = results.first().and_then(|&r| self.value(f, r));
                let backing = self.alloc(f, i);
                // The backing store is assigned back to the appended slice, which gc treats as
                // declared outside every loop.
                self.g.locs[backing.index()].loop_depth = self.g.functions[f as usize].depth_offset;
                if let Some(d) = dst {
                    self.flow(d, backing, -1, note("spill"));
                }
                if let Some(&s) = args.first() {
                    self.flow_value(dst, f, s, 0, note("appendee slice"));
                    self.flow_value(Some(LocId::MUTATOR), f, s, 0, note("appendee slice"));
                    if elem_has_pointers(self, s) {
                        self.flow_value(heap, f, s, 1, note("appendee slice"));
                    }
                }
                if let Some(&appended) = args.get(1) {
                    if elem_has_pointers(self, appended) {
                        self.flow_value(heap, f, appended, 1, note("appended slice..."));
                    }
                }
            }
            Builtin::Copy => {
                if let Some(&dst) = args.first() {
                    self.flow_value(Some(LocId::MUTATOR), f, dst, 0, note("copied-to slice"));
                }
                if let Some(&src) = args.get(1) {
                    if elem_has_pointers(self, src) {
                        self.flow_value(heap, f, src, 1, note("copied slice"));
                    }
                }
            }
            Builtin::Min | Builtin::Max => {
                let dst = results.first().and_then(|&r| self.value(f, r));
                for &a in args {
                    self.flow_value(dst, f, a, 0, note("call parameter"));
                }
            }
            Builtin::Clear => {
                if let Some(&s) = args.first() {
                    self.flow_value(Some(LocId::MUTATOR), f, s, 0, note("cleared"));
                }
            }
            // `go panic(x)` or `defer panic(x)`: what is panicked with escapes, as with `panic`.
            Builtin::Panic => {
                for &a in args {
                    self.flow_value(heap, f, a, 0, note("panic"));
                }
            }
            // unsafe's pointer arithmetic: the result points where the pointer operand does.
            Builtin::UnsafeAdd
            | Builtin::UnsafeSlice
            | Builtin::UnsafeSliceData
            | Builtin::UnsafeString
            | Builtin::UnsafeStringData => {
                let dst = results.first().and_then(|&r| self.value(f, r));
                if let Some(&pointer) = args.first() {
                    self.flow_value(dst, f, pointer, 0, note("call parameter"));
                }
            }
            Builtin::Cap
            | Builtin::Delete
            | Builtin::Close
            | Builtin::Complex
            | Builtin::Imag
            | Builtin::Len
            | Builtin::New
            | Builtin::Print
            | Builtin::Println
            | Builtin::Real
            | Builtin::Recover => {}
        }
    }
}

/// The instruction that computes a store's address, whose span is the assignment's left-hand side.
fn self_store_span(function: &Function, addr: ValueId) -> InstrId {
    function.defining_instr(addr).unwrap_or(InstrId(0))
}

/// Whether an `Alloc` named so is a variable (a local or a parameter kept in memory) rather than
/// `new(T)` or a composite literal.
pub fn is_variable_name(name: &str) -> bool {
    name != "new" && name != "complit"
}

fn contains(outer: Span, inner: Span) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

fn constant_int(function: &Function, v: ValueId) -> Option<i128> {
    match &function.get_value(v)?.def {
        ValueDef::Const(mapscope_ssa::ConstValue::Int(n)) => Some(*n),
        _ => None,
    }
}
