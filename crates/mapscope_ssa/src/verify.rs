//! The verifier: checks the invariants of a function's SSA form and reports every violation
//! (follows go/ssa's `sanity.go`, and the Go compiler's `cmd/compile/internal/ssa/check.go`).
//!
//! [`FunctionBuilder::finish`](crate::FunctionBuilder::finish) runs it in debug builds, so every
//! test that builds a function checks it. A pass that rewrites the IR should call
//! [`must_verify`] after it in its tests.
//!
//! What it checks:
//!
//! - structure: the entry block exists and has no predecessors; every block ends in exactly one
//!   terminator and has no other; φs come first; every instruction is in exactly one block, the
//!   one it records; every block is reachable from the entry, but the Recover block (go/ssa's
//!   `Function.Recover`), which no edge reaches and which ends in a `return`;
//! - edges: predecessor and successor lists mirror each other; a terminator has as many
//!   successors as it needs (`if` two different ones); no two edges join the same blocks;
//! - values: every operand exists and is defined by a parameter, free variable, constant,
//!   reference or an instruction still in a block; each instruction defines as many results as its
//!   kind has, and each result records its instruction; referrer lists hold exactly the operand
//!   slots that name their value;
//! - SSA: a φ has one edge per predecessor, and every use is dominated by its definition (a φ edge
//!   by the end of the matching predecessor, an instruction in the same block by an earlier one);
//! - types: map operations apply to a map (core type), with the key and element types of that
//!   map; `next` reads a `range`; loads and stores go through pointers with matching element types;
//!   `if` tests a boolean; φ edges and returned values have the expected types; `invoke` calls a
//!   method of an interface; a static call and a closure name a function; unsafe's `Add`, `Slice`
//!   and `String` get two operands and `SliceData` and `StringData` one, `Slice` and `String` read
//!   through a pointer and the `Data` functions yield one.
//!
//! The verifier never panics, whatever the function holds: it exists to look at functions that may
//! be broken. Ids out of range are reported and the checks that would need them skipped.

use crate::TypeInfo;
use crate::dom::DomTree;
use crate::ir::{
    BlockId, Builtin, Callee, Function, InstrId, InstrKind, MAP_ITER_TYPE, STRING_ITER_TYPE,
    SelectDir, ValueDef, ValueId, is_iterator_type,
};
use crate::print::print_function;
use mapscope_types::types::{TypeId, univ};
use std::fmt;

/// One broken invariant, with where it was found.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Violation {
    pub block: Option<BlockId>,
    pub instr: Option<InstrId>,
    pub message: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.block, self.instr) {
            (Some(block), Some(instr)) => write!(f, "block {block}, instruction {}: ", instr.0)?,
            (Some(block), None) => write!(f, "block {block}: ")?,
            (None, Some(instr)) => write!(f, "instruction {}: ", instr.0)?,
            (None, None) => {}
        }
        f.write_str(&self.message)
    }
}

/// Every violation of the IR's invariants in `func`; empty when it is well formed.
pub fn verify(func: &Function, types: &dyn TypeInfo) -> Vec<Violation> {
    let mut verifier = Verifier {
        func,
        types: Types(types),
        violations: Vec::new(),
        place: Vec::new(),
        uses: Vec::new(),
    };
    verifier.run();
    verifier.violations
}

/// Panics with the violations and the printed function unless `func` verifies. For tests and debug
/// builds: a violation is a bug in the builder or a pass, never in the Go code.
pub fn must_verify(func: &Function, types: &dyn TypeInfo) {
    let violations = verify(func, types);
    if !violations.is_empty() {
        let list: Vec<String> = violations.iter().map(|v| format!("  {v}")).collect();
        panic!(
            "function {} failed verification:\n{}\n{}",
            func.name,
            list.join("\n"),
            print_function(func, types)
        );
    }
}

/// [`TypeInfo`] behind a guard: the iterator pseudo-type never reaches the implementation.
struct Types<'a>(&'a dyn TypeInfo);

impl Types<'_> {
    fn map_key_elem(&self, ty: TypeId) -> Option<(TypeId, TypeId)> {
        if is_iterator_type(ty) { None } else { self.0.map_key_elem(ty) }
    }
    fn pointer_elem(&self, ty: TypeId) -> Option<TypeId> {
        if is_iterator_type(ty) { None } else { self.0.pointer_elem(ty) }
    }
    fn chan_elem(&self, ty: TypeId) -> Option<TypeId> {
        if is_iterator_type(ty) { None } else { self.0.chan_elem(ty) }
    }
    fn is_interface(&self, ty: TypeId) -> bool {
        !is_iterator_type(ty) && self.0.is_interface(ty)
    }
    fn is_boolean(&self, ty: TypeId) -> bool {
        !is_iterator_type(ty) && self.0.is_boolean(ty)
    }
    fn identical(&self, a: TypeId, b: TypeId) -> bool {
        if is_iterator_type(a) || is_iterator_type(b) { a == b } else { self.0.identical(a, b) }
    }
    fn string(&self, ty: TypeId) -> String {
        if is_iterator_type(ty) { "iter".to_string() } else { self.0.type_string(ty) }
    }
}

struct Verifier<'a> {
    func: &'a Function,
    types: Types<'a>,
    violations: Vec<Violation>,
    /// Where each instruction sits: its block and index there, once found in a block.
    place: Vec<Option<(BlockId, usize)>>,
    /// How many operand slots of placed instructions name each value (`check_values` counts).
    uses: Vec<usize>,
}

impl Verifier<'_> {
    fn report(&mut self, block: Option<BlockId>, instr: Option<InstrId>, message: String) {
        self.violations.push(Violation { block, instr, message });
    }

    fn run(&mut self) {
        if self.func.blocks.is_empty() {
            self.report(None, None, "function has no entry block".to_string());
            return;
        }
        self.check_blocks();
        self.check_recover();
        self.check_edges();
        self.check_values();
        self.check_referrers();
        let dom = DomTree::new(self.func);
        self.check_reachability(&dom);
        for index in 0..self.func.instrs.len() {
            let instr = InstrId::from_index(index);
            if let Some((block, position)) = self.place[index] {
                self.check_dominance(&dom, instr, block, position);
                self.check_types(instr, block);
            }
        }
    }

    /// Placement, terminators and φ positions; fills `place`.
    fn check_blocks(&mut self) {
        let func = self.func;
        self.place = vec![None; func.instrs.len()];
        if !func.blocks[0].preds.is_empty() {
            self.report(
                Some(Function::ENTRY),
                None,
                "the entry block has predecessors".to_string(),
            );
        }
        for (block_index, block) in func.blocks.iter().enumerate() {
            let b = BlockId::from_index(block_index);
            if block.instrs.is_empty() {
                self.report(
                    Some(b),
                    None,
                    "block has no instructions (it needs a terminator)".to_string(),
                );
            }
            let mut phis_allowed = true;
            for (position, &instr) in block.instrs.iter().enumerate() {
                let Some(data) = func.instrs.get(instr.index()) else {
                    self.report(Some(b), Some(instr), "instruction does not exist".to_string());
                    continue;
                };
                if let Some((other, _)) = self.place[instr.index()] {
                    self.report(
                        Some(b),
                        Some(instr),
                        format!("instruction is also in block {other}"),
                    );
                    continue;
                }
                self.place[instr.index()] = Some((b, position));
                if data.block != Some(b) {
                    self.report(
                        Some(b),
                        Some(instr),
                        format!("instruction records block {:?}", data.block),
                    );
                }
                let is_last = position + 1 == block.instrs.len();
                if data.kind.is_terminator() && !is_last {
                    self.report(
                        Some(b),
                        Some(instr),
                        "terminator before the end of its block".to_string(),
                    );
                }
                if is_last {
                    self.check_terminator(b, instr);
                }
                if matches!(data.kind, InstrKind::Phi { .. }) {
                    if !phis_allowed {
                        self.report(
                            Some(b),
                            Some(instr),
                            "φ after a non-φ instruction".to_string(),
                        );
                    }
                    let edges = match &data.kind {
                        InstrKind::Phi { edges, .. } => edges.len(),
                        _ => 0,
                    };
                    let preds = block.preds.len();
                    if edges != preds {
                        self.report(
                            Some(b),
                            Some(instr),
                            format!("φ has {edges} edges but the block has {preds} predecessors"),
                        );
                    }
                } else {
                    phis_allowed = false;
                }
            }
        }
        for (index, place) in self.place.clone().iter().enumerate() {
            if place.is_none() {
                self.report(
                    None,
                    Some(InstrId::from_index(index)),
                    "instruction is in no block".to_string(),
                );
            }
        }
    }

    /// The Recover block (go/ssa's sanity.go: it is one of the function's blocks) is a second
    /// entry: not the first, no edge leads to it, and it ends the function with a `return`.
    fn check_recover(&mut self) {
        let func = self.func;
        let Some(recover) = func.recover else { return };
        let Some(block) = func.blocks.get(recover.index()) else {
            self.report(None, None, format!("the Recover block {recover} does not exist"));
            return;
        };
        if recover == Function::ENTRY {
            self.report(Some(recover), None, "the Recover block is the entry".to_string());
        }
        if !block.preds.is_empty() {
            self.report(Some(recover), None, "the Recover block has predecessors".to_string());
        }
        let last = block.instrs.last().and_then(|&i| func.instrs.get(i.index()));
        if !last.is_some_and(|i| matches!(i.kind, InstrKind::Return { .. })) {
            self.report(Some(recover), None, "the Recover block does not return".to_string());
        }
    }

    fn check_terminator(&mut self, b: BlockId, instr: InstrId) {
        let kind = &self.func.instrs[instr.index()].kind;
        let succs = &self.func.blocks[b.index()].succs;
        match kind.successor_count() {
            None => {
                self.report(Some(b), Some(instr), "block does not end in a terminator".to_string())
            }
            Some(expected) if expected != succs.len() => self.report(
                Some(b),
                Some(instr),
                format!("terminator needs {expected} successors, the block has {}", succs.len()),
            ),
            Some(_) => {
                if let (InstrKind::If { .. }, [t, f]) = (kind, succs.as_slice()) {
                    if t == f {
                        self.report(
                            Some(b),
                            Some(instr),
                            format!("if goes to block {t} both ways"),
                        );
                    }
                }
                if let InstrKind::Return { results } = kind {
                    let (got, want) = (results.len(), self.func.result_types.len());
                    if got != want {
                        self.report(
                            Some(b),
                            Some(instr),
                            format!("returns {got} values from a function with {want} results"),
                        );
                    }
                }
            }
        }
    }

    /// Edges name existing blocks, mirror each other, and never join the same two blocks twice.
    fn check_edges(&mut self) {
        let blocks = &self.func.blocks;
        let count = |list: &[BlockId], b: BlockId| list.iter().filter(|&&x| x == b).count();
        for (index, block) in blocks.iter().enumerate() {
            let b = BlockId::from_index(index);
            for (what, list) in [("successor", &block.succs), ("predecessor", &block.preds)] {
                for (position, &other) in list.iter().enumerate() {
                    let Some(other_block) = blocks.get(other.index()) else {
                        self.report(Some(b), None, format!("{what} {other} does not exist"));
                        continue;
                    };
                    if list[..position].contains(&other) {
                        self.report(
                            Some(b),
                            None,
                            format!("two edges join blocks {b} and {other}"),
                        );
                        continue;
                    }
                    let mirror =
                        if what == "successor" { &other_block.preds } else { &other_block.succs };
                    if count(list, other) != count(mirror, b) {
                        let opposite =
                            if what == "successor" { "predecessor" } else { "successor" };
                        self.report(
                            Some(b),
                            None,
                            format!("{what} {other} does not list block {b} as its {opposite}"),
                        );
                    }
                }
            }
        }
    }

    /// Parameters, free variables and results point at their definitions and back; operands exist
    /// and are defined by something still in the function.
    fn check_values(&mut self) {
        let func = self.func;
        for (index, &param) in func.params.iter().enumerate() {
            if !matches!(func.values.get(param.index()).map(|v| &v.def), Some(ValueDef::Param { index: i, .. }) if *i as usize == index)
            {
                self.report(
                    None,
                    None,
                    format!("parameter {index} ({param}) is not a parameter value"),
                );
            }
        }
        for (index, &free) in func.free_vars.iter().enumerate() {
            if !matches!(func.values.get(free.index()).map(|v| &v.def), Some(ValueDef::FreeVar { index: i, .. }) if *i as usize == index)
            {
                self.report(
                    None,
                    None,
                    format!("free variable {index} ({free}) is not a free-variable value"),
                );
            }
        }
        let mut uses = vec![0usize; func.values.len()];
        for (index, data) in func.instrs.iter().enumerate() {
            let instr = InstrId::from_index(index);
            let block = self.place[index].map(|(b, _)| b);
            // The uses of each value by placed instructions, for `check_referrers`.
            if block.is_some() {
                data.kind.for_each_operand(|operand| {
                    if let Some(count) = uses.get_mut(operand.index()) {
                        *count += 1;
                    }
                });
            }
            if let Some(expected) = data.kind.fixed_result_count() {
                if expected != data.result_count {
                    self.report(
                        block,
                        Some(instr),
                        format!("defines {} values, its kind {expected}", data.result_count),
                    );
                }
            }
            let end = u64::from(data.first_result) + u64::from(data.result_count);
            if end > func.values.len() as u64 {
                self.report(
                    block,
                    Some(instr),
                    format!("results {}..{end} do not all exist", data.first_result),
                );
                continue;
            }
            for (result_index, result) in data.results().enumerate() {
                let ok = matches!(func.values.get(result.index()).map(|v| &v.def),
                    Some(ValueDef::Result { instr: i, index: r }) if *i == instr && *r as usize == result_index);
                if !ok {
                    self.report(
                        block,
                        Some(instr),
                        format!(
                            "result {result_index} ({result}) does not record this instruction"
                        ),
                    );
                }
            }
            let mut missing = Vec::new();
            data.kind.for_each_operand(|operand| match func.values.get(operand.index()) {
                None => missing.push(format!("operand {operand} does not exist")),
                Some(value) => {
                    if let ValueDef::Result { instr: def, .. } = value.def {
                        if self.place.get(def.index()).is_none_or(Option::is_none) {
                            missing.push(format!("operand {operand} is defined by instruction {}, which is in no block", def.0));
                        }
                    }
                }
            });
            for message in missing {
                self.report(block, Some(instr), message);
            }
        }
        self.uses = uses;
    }

    /// Each value's referrers are exactly the operand slots that name it, counted with multiplicity.
    fn check_referrers(&mut self) {
        let func = self.func;
        // Compared as multisets without a list per value: the counts agree, and each referrer
        // uses the value as many times as it is listed (the lists are built only to report).
        let uses = std::mem::take(&mut self.uses);
        // How many operand slots of placed instruction `user` name `value`.
        let slots = |user: InstrId, value: ValueId| {
            let mut n = 0;
            if self.place.get(user.index()).is_some_and(Option::is_some) {
                func.instrs[user.index()].kind.for_each_operand(|o| n += usize::from(o == value));
            }
            n
        };
        let mut sorted: Vec<InstrId> = Vec::new();
        let mut mismatched = Vec::new();
        for (index, value) in func.values.iter().enumerate() {
            let v = ValueId::from_index(index);
            let agree = value.referrers.len() == uses[index]
                && match value.referrers.as_slice() {
                    [] => true,
                    [only] => slots(*only, v) == 1,
                    _ => {
                        sorted.clear();
                        sorted.extend_from_slice(&value.referrers);
                        sorted.sort_unstable();
                        sorted.chunk_by(|a, b| a == b).all(|run| slots(run[0], v) == run.len())
                    }
                };
            if !agree {
                mismatched.push(v);
            }
        }
        for v in mismatched {
            let mut actual = func.values[v.index()].referrers.clone();
            actual.sort_unstable();
            let mut expected = Vec::new();
            for (index, data) in func.instrs.iter().enumerate() {
                if self.place[index].is_some() {
                    data.kind.for_each_operand(|o| {
                        if o == v {
                            expected.push(InstrId::from_index(index));
                        }
                    });
                }
            }
            self.report(
                None,
                None,
                format!("referrers of {v} are {actual:?}, its uses are {expected:?}"),
            );
        }
    }

    fn check_reachability(&mut self, dom: &DomTree) {
        for b in self.func.block_ids() {
            if !dom.is_reachable(b) {
                self.report(Some(b), None, "block is unreachable from the entry".to_string());
            }
        }
    }

    /// Every operand's definition dominates its use.
    fn check_dominance(&mut self, dom: &DomTree, instr: InstrId, block: BlockId, position: usize) {
        let func = self.func;
        if !dom.is_reachable(block) {
            return; // reported already; dominance means nothing there
        }
        let kind = &func.instrs[instr.index()].kind;
        let mut problems = Vec::new();
        let mut slot = 0;
        kind.for_each_operand(|operand| {
            let this_slot = slot;
            slot += 1;
            let Some(ValueDef::Result { instr: def, .. }) =
                func.values.get(operand.index()).map(|v| &v.def)
            else {
                return; // defined before the first instruction, or reported missing
            };
            let Some(Some((def_block, def_position))) = self.place.get(def.index()).copied() else {
                return; // reported by check_values
            };
            let slot = this_slot;
            let dominated = if let InstrKind::Phi { .. } = kind {
                // Edge `slot` is evaluated at the end of predecessor `slot`.
                match func.blocks[block.index()].preds.get(slot) {
                    Some(&pred) => dom.dominates(def_block, pred),
                    None => true, // the arity violation is reported already
                }
            } else if def_block == block {
                def_position < position
            } else {
                dom.dominates(def_block, block)
            };
            if !dominated {
                problems.push(format!(
                    "operand {operand} is not dominated by its definition in block {def_block}"
                ));
            }
        });
        for message in problems {
            self.report(Some(block), Some(instr), message);
        }
    }

    /// A value's type for the type checks: none for a value of the invalid type, which stands for
    /// an operand the type checker rejected (as in go/types, an invalid operand draws no further
    /// complaints).
    fn value_type(&self, value: ValueId) -> Option<TypeId> {
        self.func.values.get(value.index()).map(|v| v.ty).filter(|&ty| ty != univ::INVALID)
    }

    /// The type of result `index` of `instr`, as [`Self::value_type`] gives it; `None` when the
    /// result does not exist.
    fn result_type(&self, instr: InstrId, index: usize) -> Option<TypeId> {
        self.func
            .existing_results(&self.func.instrs[instr.index()])
            .nth(index)
            .and_then(|r| self.value_type(r))
    }

    /// Operand and result types fit the instruction. Values that do not exist are reported
    /// elsewhere and skipped here.
    fn check_types(&mut self, instr: InstrId, block: BlockId) {
        let func = self.func;
        let kind = &func.instrs[instr.index()].kind;
        let result = |index: usize| self.result_type(instr, index);
        let mut problems: Vec<String> = Vec::new();
        let t = |v: &ValueId| self.value_type(*v);
        // `mismatch(what, got, want)`: a type mismatch message unless identical. A slot of the
        // invalid type (the result of a function whose result type was rejected, the element
        // of a map whose element type was) takes any value, as an invalid operand fits any slot.
        let mismatch = |what: &str, got: Option<TypeId>, want: Option<TypeId>| -> Option<String> {
            let (got, want) = (got?, want.filter(|&w| w != univ::INVALID)?);
            (got != want && !self.types.identical(got, want)).then(|| {
                format!(
                    "{what} has type {}, want {}",
                    self.types.string(got),
                    self.types.string(want)
                )
            })
        };
        let map_of =
            |what: &str, map: &ValueId, problems: &mut Vec<String>| -> Option<(TypeId, TypeId)> {
                let ty = t(map)?;
                let key_elem = self.types.map_key_elem(ty);
                if key_elem.is_none() {
                    problems.push(format!(
                        "{what}'s map operand {map} has type {}, not a map",
                        self.types.string(ty)
                    ));
                }
                key_elem
            };
        // A value that exists but is no function reference (a missing one is reported elsewhere).
        let names_non_function = |f: &ValueId| {
            !matches!(
                func.values.get(f.index()).map(|v| &v.def),
                Some(ValueDef::Function { .. }) | None
            )
        };
        match kind {
            InstrKind::MakeMap { .. } => {
                if let Some(ty) = result(0) {
                    if self.types.map_key_elem(ty).is_none() {
                        problems.push(format!(
                            "make map yields type {}, not a map",
                            self.types.string(ty)
                        ));
                    }
                }
            }
            InstrKind::MapLookup { map, key, comma_ok } => {
                if let Some((key_type, elem_type)) = map_of("lookup", map, &mut problems) {
                    problems.extend(mismatch("the key", t(key), Some(key_type)));
                    problems.extend(mismatch("the element", result(0), Some(elem_type)));
                }
                if *comma_ok {
                    if let Some(ok) = result(1) {
                        if !self.types.is_boolean(ok) {
                            problems.push(format!(
                                "the ok result has type {}, not bool",
                                self.types.string(ok)
                            ));
                        }
                    }
                }
            }
            InstrKind::MapUpdate { map, key, value } => {
                if let Some((key_type, elem_type)) = map_of("update", map, &mut problems) {
                    problems.extend(mismatch("the key", t(key), Some(key_type)));
                    problems.extend(mismatch("the value", t(value), Some(elem_type)));
                }
            }
            InstrKind::MapDelete { map, key } => {
                if let Some((key_type, _)) = map_of("delete", map, &mut problems) {
                    problems.extend(mismatch("the key", t(key), Some(key_type)));
                }
            }
            InstrKind::MapClear { map } => {
                map_of("clear", map, &mut problems);
            }
            InstrKind::MapRange { map } => {
                map_of("range", map, &mut problems);
                if let Some(ty) = result(0) {
                    if ty != MAP_ITER_TYPE {
                        problems.push("range yields a value that is not an iterator".to_string());
                    }
                }
            }
            InstrKind::MapNext { iter } => {
                let range_map =
                    match func.defining_instr(*iter).and_then(|i| func.instrs.get(i.index())) {
                        Some(data) => match &data.kind {
                            InstrKind::MapRange { map } => Some(*map),
                            _ => None,
                        },
                        None => None,
                    };
                match range_map.and_then(|m| t(&m)).and_then(|ty| self.types.map_key_elem(ty)) {
                    None => problems.push(format!(
                        "next reads {iter}, which is not the iterator of a map range"
                    )),
                    Some((key_type, elem_type)) => {
                        if let Some(ok) = result(0) {
                            if !self.types.is_boolean(ok) {
                                problems.push("next's first result is not a bool".to_string());
                            }
                        }
                        problems.extend(mismatch("next's key", result(1), Some(key_type)));
                        problems.extend(mismatch("next's element", result(2), Some(elem_type)));
                    }
                }
            }
            InstrKind::StringRange { .. } => {
                if let Some(ty) = result(0) {
                    if ty != STRING_ITER_TYPE {
                        problems.push("range yields a value that is not an iterator".to_string());
                    }
                }
            }
            InstrKind::StringNext { iter } => {
                let from_string_range = func
                    .defining_instr(*iter)
                    .and_then(|i| func.instrs.get(i.index()))
                    .is_some_and(|data| matches!(data.kind, InstrKind::StringRange { .. }));
                if !from_string_range {
                    problems.push(format!(
                        "next reads {iter}, which is not the iterator of a string range"
                    ));
                }
                if let Some(ok) = result(0) {
                    if !self.types.is_boolean(ok) {
                        problems.push("next's first result is not a bool".to_string());
                    }
                }
            }
            InstrKind::Alloc { .. } => {
                if let Some(ty) = result(0) {
                    if self.types.pointer_elem(ty).is_none() {
                        problems.push(format!(
                            "alloc yields type {}, not a pointer",
                            self.types.string(ty)
                        ));
                    }
                }
            }
            InstrKind::Load { addr } | InstrKind::Store { addr, .. } => {
                let value_type = match kind {
                    InstrKind::Store { value, .. } => t(value),
                    _ => result(0),
                };
                if let Some(addr_type) = t(addr) {
                    match self.types.pointer_elem(addr_type) {
                        None => problems.push(format!(
                            "address {addr} has type {}, not a pointer",
                            self.types.string(addr_type)
                        )),
                        Some(elem) => {
                            problems.extend(mismatch("the value", value_type, Some(elem)))
                        }
                    }
                }
            }
            InstrKind::Send { chan, value } => {
                if let Some(chan_type) = t(chan) {
                    match self.types.chan_elem(chan_type) {
                        None => problems.push(format!("send on {chan}, which is not a channel")),
                        Some(elem) => {
                            problems.extend(mismatch("the value sent", t(value), Some(elem)))
                        }
                    }
                }
            }
            InstrKind::Recv { chan, .. } => {
                if let Some(chan_type) = t(chan) {
                    match self.types.chan_elem(chan_type) {
                        None => {
                            problems.push(format!("receive from {chan}, which is not a channel"))
                        }
                        Some(elem) => {
                            problems.extend(mismatch("the value received", result(0), Some(elem)))
                        }
                    }
                }
            }
            InstrKind::Select { states, .. } => {
                for state in states {
                    if (state.dir == SelectDir::Send) != state.send.is_some() {
                        problems.push(format!(
                            "select case on {} has a sent value only if it sends",
                            state.chan
                        ));
                    }
                }
            }
            InstrKind::If { cond } => {
                if let Some(ty) = t(cond) {
                    if !self.types.is_boolean(ty) {
                        problems.push(format!(
                            "if tests {cond} of type {}, not a boolean",
                            self.types.string(ty)
                        ));
                    }
                }
            }
            InstrKind::Phi { edges, .. } => {
                let phi_type = result(0);
                for (slot, edge) in edges.iter().enumerate() {
                    problems.extend(mismatch(
                        &format!("φ edge {slot} ({edge})"),
                        t(edge),
                        phi_type,
                    ));
                }
            }
            InstrKind::Return { results: returned } => {
                for (slot, (value, &want)) in returned.iter().zip(&func.result_types).enumerate() {
                    problems.extend(mismatch(
                        &format!("result {slot} ({value})"),
                        t(value),
                        Some(want),
                    ));
                }
            }
            InstrKind::Call { call } | InstrKind::Go { call } | InstrKind::Defer { call } => {
                match &call.callee {
                    Callee::Static(f) if names_non_function(f) => {
                        problems.push(format!("static call of {f}, which is not a function"));
                    }
                    Callee::Invoke { receiver, .. } => {
                        if t(receiver).is_some_and(|ty| !self.types.is_interface(ty)) {
                            problems
                                .push(format!("invoke on {receiver}, which is not an interface"));
                        }
                    }
                    Callee::Builtin(builtin) => {
                        problems.extend(self.unsafe_call_problems(*builtin, &call.args, result(0)));
                    }
                    Callee::Static(_) | Callee::Dynamic(_) => {}
                }
            }
            InstrKind::MakeClosure { func: f, .. } if names_non_function(f) => {
                problems.push(format!("closure of {f}, which is not a function"));
            }
            _ => {}
        }
        for message in problems {
            self.report(Some(block), Some(instr), message);
        }
    }
}

impl Verifier<'_> {
    /// What is wrong with a call of one of unsafe's pointer functions: go/types' signatures give
    /// `Add`, `Slice` and `String` two operands and the others one, `Slice` and `String` read
    /// through a pointer, and the `Data` functions yield one. Other builtins have no rule here.
    fn unsafe_call_problems(
        &self,
        builtin: Builtin,
        args: &[ValueId],
        result: Option<TypeId>,
    ) -> Vec<String> {
        let operands = match builtin {
            Builtin::UnsafeAdd | Builtin::UnsafeSlice | Builtin::UnsafeString => 2,
            Builtin::UnsafeSliceData | Builtin::UnsafeStringData => 1,
            _ => return Vec::new(),
        };
        let mut problems = Vec::new();
        let name = builtin.name();
        if args.len() != operands {
            problems.push(format!("{name} has {} operands, want {operands}", args.len()));
        }
        let reads_pointer = matches!(builtin, Builtin::UnsafeSlice | Builtin::UnsafeString);
        if let Some(pointer) = args.first().filter(|_| reads_pointer) {
            if let Some(ty) = self.value_type(*pointer) {
                if self.types.pointer_elem(ty).is_none() {
                    problems.push(format!(
                        "{name}'s operand {pointer} has type {}, not a pointer",
                        self.types.string(ty)
                    ));
                }
            }
        }
        let yields_pointer =
            matches!(builtin, Builtin::UnsafeSliceData | Builtin::UnsafeStringData);
        if let Some(ty) = result.filter(|_| yields_pointer) {
            if self.types.pointer_elem(ty).is_none() {
                problems
                    .push(format!("{name} yields type {}, not a pointer", self.types.string(ty)));
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests;
