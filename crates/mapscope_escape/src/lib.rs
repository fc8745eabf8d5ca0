//! mapscope_escape: escape analysis of Go over mapscope_ssa's IR, in the manner of gc's
//! `cmd/compile/internal/escape` (Go 1.26).
//!
//! # The model
//!
//! Every place a pointer can live is a *location*: an SSA value, a variable kept in memory, an
//! allocation (`make(map...)`, `new(T)`, `&T{...}`, a slice literal, a closure, an interface's
//! boxed value, a string built at run time, `append`'s backing store), a function's result, and
//! the heap. An assignment is an edge `dst ← src` with a dereference count: -1 for `&x`, 0 for a
//! copy, 1 for `*p` (`graph.rs`). Solving (`solve.rs`) walks backwards from each location and
//! finds the fewest dereferences with which every other location reaches it: an allocation whose
//! address reaches something that outlives it (the heap, a result, a variable of an enclosing
//! loop or function) escapes, and a parameter that reaches the heap or a result *leaks*, with
//! that many dereferences.
//!
//! # Interprocedural
//!
//! A unit's functions are solved in batches, callees first (`batch.rs`); a batch is a strongly
//! connected set of declared functions with their function literals. A call into an earlier
//! batch uses the callee's tags ([`Leaks`] per parameter), as gc's export data does; a call
//! inside the batch connects arguments to parameters directly. A callee that was not analysed
//! (another package that was not, an interface method, a function value, assembly) is assumed
//! the worst: its pointer arguments leak to the heap. gc reads every imported package's tags from
//! export data, so on a package whose dependencies were not analysed this errs towards
//! "escapes"; analysing the dependencies first ([`Tags`] carries them across units) closes that.
//!
//! # What comes out
//!
//! [`analyze_unit`] gives each allocation's verdict and each parameter's leaks ([`Verdict`]),
//! with the chain of edges that decided an escape; `report.rs` turns them into gc's `-m`
//! messages at gc's positions, using the syntax tree for gc's spelling of the expression.

mod batch;
mod gcfmt;
mod graph;
pub mod inline;
mod layout;
mod leaks;
mod levels;
mod loops;
mod pragmas;
pub mod report;
mod solve;

pub use graph::{FuncTags, is_variable_name};
pub use leaks::{Leaks, TAGGED_RESULTS};
pub use levels::dependency_levels;
pub use pragmas::bodyless_tags;

use graph::{BatchFunction, Graph, LocId, LocKind, TagSource};
use layout::Layout;
use mapscope_ssa::{Function, InstrId, InstrKind, ProgramTypeInfo, ValueDef, ValueId};
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// Escape tags of analysed functions, by the name the IR gives them (`pkg.F`, `(*pkg.T).M`).
#[derive(Clone, Debug, Default)]
pub struct Tags {
    by_function: FxHashMap<Box<str>, FuncTags>,
    /// The bodies of inlinable functions, for the packages that import them to inline.
    bodies: FxHashMap<Box<str>, Arc<InlineBody>>,
}

/// An inlinable function's IR, kept for other packages of the same program to inline as gc
/// inlines across packages.
#[derive(Debug)]
pub struct InlineBody {
    /// The [`Options::program`] it was built in: its types mean nothing in another program.
    pub program: usize,
    /// The unit it belongs to.
    pub unit: usize,
    pub function: Function,
    pub cost: u32,
    /// Whether inlining it can change a verdict ([`inline::allocates`]); a body that does not
    /// is called through its tags.
    pub allocates: bool,
    loops: Arc<loops::LoopDepths>,
    /// Its function literals (nested ones too) with their loops, copied with it.
    literals: Vec<(Function, Arc<loops::LoopDepths>)>,
    /// The pointer types its unit's IR derived (numbered by that unit's `ProgramTypeInfo`), with
    /// their elements: a unit that inlines the body derives its own.
    derived: FxHashMap<mapscope_types::types::TypeId, mapscope_types::types::TypeId>,
}

impl InlineBody {
    /// Its function literal named `name`, with its loops.
    pub(crate) fn literal(&self, name: &str) -> Option<(&Function, &Arc<loops::LoopDepths>)> {
        self.literals.iter().find(|(f, _)| &*f.name == name).map(|(f, loops)| (f, loops))
    }

    pub(crate) fn has_literals(&self) -> bool {
        !self.literals.is_empty()
    }

    /// `ty` in the numbering of a unit that inlines the body.
    pub(crate) fn translate(
        &self,
        ty: mapscope_types::types::TypeId,
        layout: &Layout<'_, '_>,
    ) -> mapscope_types::types::TypeId {
        match self.derived.get(&ty) {
            Some(&elem) => layout.pointer_to(elem),
            None => ty,
        }
    }
}

impl Tags {
    pub fn extend(&mut self, other: Tags) {
        self.by_function.extend(other.by_function);
        self.bodies.extend(other.bodies);
    }

    /// The body of inlinable function `function`, if it was kept.
    pub fn body(&self, function: &str) -> Option<&Arc<InlineBody>> {
        self.bodies.get(function)
    }

    pub fn get(&self, function: &str) -> Option<&FuncTags> {
        self.by_function.get(function)
    }

    pub fn insert(&mut self, function: String, tags: FuncTags) {
        self.by_function.insert(function.into(), tags);
    }

    pub fn len(&self) -> usize {
        self.by_function.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_function.is_empty()
    }
}

/// What the analysis needs from the syntax that the IR does not keep (see [`source_hints`]).
#[derive(Clone, Debug, Default)]
pub struct SourceHints {
    /// The spans of `+=` statements, whose concatenation the IR spells as `s = s + y`.
    pub op_assign: rustc_hash::FxHashSet<(u32, u32)>,
    /// The spans of every assignment with an operator (`x op= y`), which gc checks for
    /// self-assignment as `x = y`.
    pub any_op_assign: rustc_hash::FxHashSet<(u32, u32)>,
    /// What the declared functions' syntax says about their inlinability ([`inline_shapes`];
    /// empty unless inlining is modelled).
    pub shapes: inline::Shapes,
}

/// How the analysis runs.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Model gc's inlining (plain `-m`); without it the analysis matches `-m -l`.
    pub inlining: bool,
    /// Which program the unit belongs to (any number that tells programs apart, such as its
    /// address): inlined bodies of other packages are used only within one program.
    pub program: usize,
    /// The unit's index in its program.
    pub unit: usize,
}

/// The [`SourceHints`] of unit `unit`.
pub fn source_hints(program: &mapscope_types::Program, unit: usize) -> SourceHints {
    let mut hints = SourceHints::default();
    for (fid, _) in &program.units[unit].records {
        // The statements' arena, not a walk of the tree: a statement the parser made and then
        // left out of the tree would have the span of the one it kept, so the set is the same.
        let file = &program.loaded.files[fid.0 as usize].ast;
        for statement in &file.stmts {
            let mapscope_syntax::ast::StmtKind::Assign { tok, .. } = statement.kind else {
                continue;
            };
            let span = (statement.span.start, statement.span.end);
            use mapscope_syntax::token::Token;
            if tok == Token::AddAssign {
                hints.op_assign.insert(span);
            }
            if !matches!(tok, Token::Assign | Token::Define) {
                hints.any_op_assign.insert(span);
            }
        }
    }
    hints
}

/// The inlining shapes of unit `unit`'s declared functions, for [`SourceHints::shapes`] when
/// the analysis models inlining ([`source_hints`] leaves them out: `-l` needs none).
pub fn inline_shapes(program: &mapscope_types::Program, unit: usize) -> inline::Shapes {
    inline::shapes(
        program.units[unit]
            .records
            .iter()
            .map(|(fid, _)| &program.loaded.files[fid.0 as usize].ast),
    )
}

/// The pointer types the SSA builder derived for `function` (numbered by the unit's own
/// `ProgramTypeInfo`, so meaningless in another unit) with their elements, or `None` when one
/// cannot be carried to another unit (a pointer to a derived pointer).
fn derived_types(
    function: &Function,
    layout: &Layout<'_, '_>,
) -> Option<FxHashMap<mapscope_types::types::TypeId, mapscope_types::types::TypeId>> {
    let mut derived = FxHashMap::default();
    let types = function
        .result_types
        .iter()
        .copied()
        .chain((0..function.value_count()).map(|i| function[ValueId(i as u32)].ty));
    for ty in types {
        if let Some(elem) = layout.derived_elem(ty) {
            if layout.derived_elem(elem).is_some() {
                return None;
            }
            derived.insert(ty, elem);
        }
    }
    Some(derived)
}

/// The unit's own tags so far, then the imported ones.
struct Layered<'a> {
    local: &'a Tags,
    imported: &'a Tags,
}

impl TagSource for Layered<'_> {
    fn tags(&self, function: &str) -> Option<&FuncTags> {
        self.local.get(function).or_else(|| self.imported.get(function))
    }
}

/// What kind of allocation an escaping location is, as the IR made it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AllocKind {
    /// `make(map...)` or a map literal.
    Map,
    /// `make([]T, ...)`, a slice literal, or a variadic call's packed arguments.
    Slice,
    /// A variable kept in memory (a local or a parameter whose address is taken or captured).
    Variable,
    /// `new(T)`.
    New,
    /// A composite literal's storage (`&T{...}`, or a struct or array value built in memory).
    CompositeLiteral,
    /// A function literal's closure, or a method value (`x.M`).
    Closure,
    /// The boxed value of a conversion to an interface.
    Interface,
    /// A string or slice a conversion or `+` builds.
    String,
    /// `append`'s backing store.
    Append,
}

/// What a verdict is about.
#[derive(Clone, Debug, PartialEq)]
pub enum Subject {
    /// The allocation instruction `instr`.
    Alloc { instr: InstrId, kind: AllocKind },
    /// A function literal that captures nothing, named by `value`.
    Literal { value: ValueId },
    /// Parameter `index` (the receiver is 0) and where it leaks.
    Param { index: u32, leaks: Leaks },
}

/// One step of an explanation: a value flowing into a location.
#[derive(Clone, Debug)]
pub struct Step {
    /// Where the value flows: a description of the destination location.
    pub to: Place,
    pub from: Place,
    pub derefs: i32,
    /// gc's words for the assignment (`assign`, `call parameter`, `return`, `spill`, ...).
    pub why: &'static str,
    /// The unit function and instruction that made the flow.
    pub function: usize,
    pub instr: InstrId,
}

/// A location, as an explanation names it.
#[derive(Clone, Debug, PartialEq)]
pub enum Place {
    Heap,
    /// What writes through pointers (stores, `append`, `copy`).
    Mutator,
    Value {
        function: usize,
        value: ValueId,
    },
    Alloc {
        function: usize,
        instr: InstrId,
    },
    Literal {
        function: usize,
        value: ValueId,
    },
    Result {
        function: usize,
        index: u32,
    },
}

/// The verdict on one allocation, literal or parameter of a function.
#[derive(Clone, Debug)]
pub struct Verdict {
    /// The index of the function among the unit's functions.
    pub function: usize,
    pub subject: Subject,
    pub escapes: bool,
    /// Why it is on the heap whatever flows where (`too large for stack`).
    pub heap_alloc_reason: Option<&'static str>,
    /// A `[]byte(s)` conversion that neither escapes nor is written through, which gc compiles
    /// to share `s`'s bytes (`zero-copy string->[]byte conversion`).
    pub zero_copy: bool,
    /// How its address reached the heap: from the allocation to the root, in order.
    pub explanation: Vec<Step>,
    /// For an allocation of a callee inlined into another function: that function (its index
    /// among the unit's functions) and the outermost inlined call there, whose position gc
    /// reports it at.
    pub inlined_at: Option<(usize, InstrId)>,
    /// For an allocation of a callee of another package inlined here: its body, whose function
    /// holds `subject`'s instruction (`function` is then the function it was inlined into).
    pub foreign: Option<Arc<InlineBody>>,
    /// Whether the callee that holds it was inlined into `inlined_at`'s function itself, not
    /// into another inlined copy: `inlined_at`'s call is then its own call.
    pub inlined_directly: bool,
}

/// The escape analysis of one unit.
#[derive(Debug, Default)]
pub struct UnitEscape {
    pub verdicts: Vec<Verdict>,
    /// The tags of the unit's functions, for the units that import it.
    pub tags: Tags,
    /// Stores that gc ignores as self-assignments: unit function index and instruction.
    pub self_assignments: Vec<(usize, InstrId)>,
    /// The spans of the unit's calls gc inlines (only when inlining is modelled).
    pub inlined_calls: Vec<mapscope_ssa::Span>,
}

/// Analyses the functions the SSA builder made for one unit (`functions`, built with `types`),
/// reading the tags of functions of other units from `imported`, those of the unit's own
/// bodyless functions from `bodyless` ([`bodyless_tags`]), and what the IR lost of the syntax
/// from `hints` ([`source_hints`]).
pub fn analyze_unit(
    functions: &[Function],
    types: &ProgramTypeInfo<'_>,
    imported: &Tags,
    bodyless: &Tags,
    hints: &SourceHints,
) -> UnitEscape {
    analyze_unit_with(functions, types, imported, bodyless, hints, Options::default())
}

/// [`analyze_unit`] with [`Options`]: with `inlining`, a call gc inlines copies the callee's body
/// into the caller's graph (its tags carry its inline cost to the units that import it).
pub fn analyze_unit_with(
    functions: &[Function],
    types: &ProgramTypeInfo<'_>,
    imported: &Tags,
    bodyless: &Tags,
    hints: &SourceHints,
    options: Options,
) -> UnitEscape {
    let layout = Layout::new(types);
    let mut out = UnitEscape::default();
    out.tags.extend(bodyless.clone());
    let index_of: FxHashMap<&str, usize> =
        functions.iter().enumerate().map(|(i, f)| (&*f.name, i)).collect();
    let mut inliner = graph::Inliner::default();
    let mut loops_of: Vec<Option<Arc<loops::LoopDepths>>> = vec![None; functions.len()];
    let mut loops_at = |m: usize| -> Arc<loops::LoopDepths> {
        loops_of[m].get_or_insert_with(|| Arc::new(loops::LoopDepths::new(&functions[m]))).clone()
    };
    // The function literals of each declared function, by its name.
    let mut literals_of: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    if options.inlining {
        for (index, f) in functions.iter().enumerate() {
            if f.name.contains('$') {
                literals_of.entry(batch::group_name(&f.name)).or_default().push(index);
            }
        }
    }
    for members in batch::batches(functions) {
        if options.inlining {
            for &m in &members {
                let function = &functions[m];
                if function.name.contains('$') {
                    continue;
                }
                let key = (function.span.start, function.span.end);
                let Some(shape) = hints.shapes.get(key) else { continue };
                if inline::is_big(shape) {
                    inliner.big.insert(&function.name);
                }
                let callee_cost = |name: &str| {
                    out.tags.get(name).or_else(|| imported.get(name)).and_then(|t| t.inline_cost)
                };
                let Some(cost) = inline::cost(function, shape, &callee_cost) else { continue };
                out.tags.by_function.entry(function.name.clone()).or_default().inline_cost =
                    Some(cost);
                // The escape graph copies bodies with function literals only within their
                // package (another package's kept body holds no literals), and generic code
                // only within its package (gc reports it per instantiation).
                {
                    let allocates = {
                        let is_string = |t| layout.is_string(t);
                        let callee_allocates = |name: &str| {
                            inliner.inlinable.get(name).map_or_else(
                                || imported.body(name).is_some_and(|b| b.allocates),
                                |local| local.allocates,
                            )
                        };
                        // A function literal is a closure gc reports, even one that captures
                        // nothing and is no `MakeClosure`.
                        shape.has_closures
                            || inline::allocates(function, &is_string, &callee_allocates)
                    };
                    let loops = loops_at(m);
                    // Only a body that allocates is ever copied (see `inline::allocates`).
                    let own_literals =
                        literals_of.get(&*function.name).map_or(&[][..], Vec::as_slice);
                    let derived = if shape.generic || !allocates {
                        None
                    } else {
                        // Its literals' derived types too: they are copied with it.
                        let all_derived = || {
                            let mut all = derived_types(function, &layout)?;
                            for &l in own_literals {
                                all.extend(derived_types(&functions[l], &layout)?);
                            }
                            Some(all)
                        };
                        all_derived()
                    };
                    if let Some(derived) = derived {
                        let literals = own_literals
                            .iter()
                            .map(|&l| (functions[l].clone(), loops_at(l)))
                            .collect();
                        let body = InlineBody {
                            program: options.program,
                            unit: options.unit,
                            function: function.clone(),
                            cost,
                            allocates,
                            loops: loops.clone(),
                            derived,
                            literals,
                        };
                        out.tags.bodies.insert(function.name.clone(), Arc::new(body));
                    }
                    let local =
                        graph::LocalInlinable { unit_index: m, function, cost, loops, allocates };
                    inliner.inlinable.insert(&function.name, local);
                    // Its function literals are copied with it.
                    if literals_of.contains_key(&*function.name) {
                        inliner.with_literals.insert(&function.name);
                    }
                    for &index in literals_of.get(&*function.name).into_iter().flatten() {
                        let literal = &functions[index];
                        inliner.literals.insert(&literal.name, (index, literal, loops_at(index)));
                    }
                }
            }
        }
        let batch_functions: Vec<BatchFunction<'_>> = members
            .iter()
            .enumerate()
            .map(|(position, &m)| {
                let function = &functions[m];
                let parent = batch::parent_name(&function.name)
                    .and_then(|p| index_of.get(p))
                    .and_then(|p| members.iter().position(|m| m == p))
                    .map(|p| p as u32);
                BatchFunction {
                    function,
                    unit_index: m,
                    parent,
                    loops: loops_at(m),
                    frame: position as u32,
                    inlined_into: None,
                    inlined_call: None,
                    foreign: None,
                    depth_offset: 0,
                    copied_literal: false,
                }
            })
            .collect();
        let mut graph = {
            let source = Layered { local: &out.tags, imported };
            let foreign =
                graph::ForeignBodies { program: options.program, bodies: &imported.bodies };
            let inliner = options.inlining.then_some((&inliner, foreign));
            graph::build(batch_functions, &layout, &source, hints, inliner)
        };
        solve::solve(&mut graph);
        record(&graph, &layout, &mut out);
    }
    out
}

/// The tags and verdicts of a solved batch.
fn record(graph: &Graph<'_>, layout: &Layout<'_, '_>, out: &mut UnitEscape) {
    out.inlined_calls.extend(graph.inlined_calls.iter().copied());
    for &(f, instr) in &graph.self_assignments {
        out.self_assignments.push((graph.functions[f as usize].unit_index, instr));
    }
    for (f, bf) in graph.functions.iter().enumerate() {
        // An inlined copy has no parameters of its own; its allocations are recorded below. A
        // copied literal's parameters are the original literal's.
        if bf.inlined_into.is_some() || bf.copied_literal {
            continue;
        }
        let function = bf.function;
        let inline_cost = out.tags.get(&function.name).and_then(|t| t.inline_cost);
        let mut tags = FuncTags { inline_cost, ..FuncTags::default() };
        for (index, &p) in function.params().iter().enumerate() {
            let mut leaks =
                graph.value_loc(f as u32, p).map_or(Leaks::default(), |loc| graph.loc(loc).leaks);
            leaks.optimize();
            tags.params.push(leaks);
            if layout.has_pointers(function[p].ty) {
                out.verdicts.push(Verdict {
                    function: bf.unit_index,
                    subject: Subject::Param { index: index as u32, leaks },
                    escapes: false,
                    heap_alloc_reason: None,
                    zero_copy: false,
                    explanation: Vec::new(),
                    inlined_at: None,
                    foreign: None,
                    inlined_directly: false,
                });
            }
        }
        out.tags.by_function.insert(function.name.clone(), tags);
    }
    for (id, loc) in graph.locs.iter().enumerate() {
        let subject = match loc.kind {
            LocKind::Alloc { func, instr } => {
                let function = graph.functions[func as usize].function;
                let Some(kind) = alloc_kind(function, instr) else { continue };
                (func, Subject::Alloc { instr, kind })
            }
            LocKind::Literal { func, value } => (func, Subject::Literal { value }),
            _ => continue,
        };
        let (func, subject) = subject;
        // What a copied literal allocates, and what callees inlined into it allocate, is
        // reported from the original literal's analysis.
        if graph.in_copied_literal(func) {
            continue;
        }
        // Steps through another package's inlined code name instructions of no function of
        // this unit: the explanation leaves them out.
        let foreign = |l: LocId| {
            let f = graph.loc(l).func;
            graph.functions.get(f as usize).is_some_and(|bf| bf.foreign.is_some())
        };
        let explanation = loc
            .explanation
            .iter()
            .filter(|(dst, edge)| {
                !foreign(*dst)
                    && !foreign(edge.src)
                    && graph.functions[edge.note.func as usize].foreign.is_none()
            })
            .map(|(dst, edge)| Step {
                to: place(graph, *dst),
                from: place(graph, edge.src),
                derefs: edge.derefs,
                why: edge.note.why,
                function: graph.functions[edge.note.func as usize].unit_index,
                instr: edge.note.instr,
            })
            .collect();
        let _ = LocId(id as u32);
        let in_foreign = graph.functions[func as usize].foreign.is_some();
        let zero_copy = !loc.escapes
            && !loc.mutates
            && match &subject {
                Subject::Alloc { instr, kind: AllocKind::String } if !in_foreign => {
                    let function = graph.functions[func as usize].function;
                    string_to_bytes(function, *instr, layout)
                }
                _ => false,
            };
        out.verdicts.push(Verdict {
            function: graph.functions[func as usize].unit_index,
            subject,
            escapes: loc.escapes,
            heap_alloc_reason: loc.heap_alloc_reason,
            zero_copy,
            explanation,
            inlined_at: graph.inlined_at(func),
            foreign: graph.functions[func as usize].foreign.clone(),
            inlined_directly: graph.functions[func as usize].inlined_into.is_some_and(|into| {
                graph.functions.get(into as usize).is_some_and(|f| f.inlined_into.is_none())
            }),
        });
    }
}

/// Whether `instr` converts a string to a byte slice.
fn string_to_bytes(function: &Function, instr: InstrId, layout: &Layout<'_, '_>) -> bool {
    let InstrKind::Convert { x, .. } = &function[instr].kind else { return false };
    let Some(result) = function[instr].result() else { return false };
    layout.is_string(function[*x].ty)
        && layout.slice_elem(function[result].ty).is_some_and(|e| layout.is_byte(e))
}

fn place(graph: &Graph<'_>, loc: LocId) -> Place {
    let unit = |f: u32| graph.functions[f as usize].unit_index;
    match graph.loc(loc).kind {
        LocKind::Heap => Place::Heap,
        LocKind::Mutator => Place::Mutator,
        LocKind::Value { func, value } => Place::Value { function: unit(func), value },
        LocKind::Alloc { func, instr } => Place::Alloc { function: unit(func), instr },
        LocKind::Literal { func, value } => Place::Literal { function: unit(func), value },
        LocKind::Result { func, index } => Place::Result { function: unit(func), index },
    }
}

fn alloc_kind(function: &Function, instr: InstrId) -> Option<AllocKind> {
    Some(match &function[instr].kind {
        InstrKind::MakeMap { .. } => AllocKind::Map,
        InstrKind::MakeSlice { .. } => AllocKind::Slice,
        InstrKind::Alloc { name, .. } if &**name == "new" => AllocKind::New,
        InstrKind::Alloc { name, .. } if &**name == "complit" => AllocKind::CompositeLiteral,
        InstrKind::Alloc { .. } => AllocKind::Variable,
        InstrKind::MakeClosure { .. } => AllocKind::Closure,
        InstrKind::MakeInterface { .. } => AllocKind::Interface,
        InstrKind::Convert { .. } | InstrKind::BinOp { .. } => AllocKind::String,
        InstrKind::Call { .. } => AllocKind::Append,
        _ => return None,
    })
}

/// The name of the function whose literal `value` names, if it names one.
pub fn literal_name(function: &Function, value: ValueId) -> Option<&str> {
    match &function.get_value(value)?.def {
        ValueDef::Function { name } => Some(name),
        _ => None,
    }
}
