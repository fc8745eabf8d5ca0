//! The function builder: blocks, instructions, and SSA construction from variable reads and writes
//! by Braun et al. (follows the role of go/ssa's `emit.go` and `lift.go`, by another algorithm).
//!
//! go/ssa builds a naive form first, every local an `Alloc` with loads and stores, then "lifts"
//! the allocs it can into registers, placing φ-nodes at dominance frontiers (Cytron et al. 1991).
//! This builder places them while the code is being emitted instead, with the algorithm of
//! M. Braun, S. Buchwald, S. Hack, R. Leißa, C. Mallon and A. Zwinkau, "Simple and Efficient
//! Construction of Static Single Assignment Form", CC 2013:
//!
//! - the front end declares a [`Variable`] per local and calls [`FunctionBuilder::write_variable`]
//!   and [`FunctionBuilder::read_variable`] as it lowers assignments and uses;
//! - a read finds the nearest definition by walking predecessors; where several meet it places a φ,
//!   and in a block whose predecessors are not all known yet (a loop header before its back edge is
//!   lowered) an *incomplete* φ, completed when the front end calls
//!   [`FunctionBuilder::seal_block`] to promise that no predecessor will be added;
//! - a φ whose operands are all one value (or itself) is *trivial*: it is replaced by that value
//!   everywhere and removed, and the φs that used it are checked again. For reducible control flow,
//!   which every Go function without `goto` has, no unnecessary φ remains.
//!
//! Locals whose address is taken, or that a closure captures and assigns, are not variables but an
//! `Alloc` with explicit `Load`s and `Store`s, as in go/ssa; deciding which is the front end's job.
//!
//! [`FunctionBuilder::finish`] removes the blocks that cannot be reached from the entry (and the φ
//! edges that came from them), renumbers blocks, instructions and values densely, rebuilds the
//! referrer lists, and in debug builds runs the verifier.

use crate::ir::{
    BasicBlock, BlockId, ConstValue, Function, InstrId, InstrKind, Instruction, Value, ValueDef,
    ValueId,
};
use mapscope_syntax::Span;
use mapscope_syntax::stack::maybe_grow;
use mapscope_types::types::TypeId;
use rustc_hash::FxHashMap;
use smallvec::SmallVec;
use std::collections::hash_map::Entry;
use std::sync::Arc;

/// The entry of [`FunctionBuilder`]'s `replaced` for a value that stands for itself.
const NOT_REPLACED: u32 = u32::MAX;

/// The entry of [`FunctionBuilder`]'s `replaced` for the result of a φ in its block (a value that
/// stands for itself, and whose referrers the builder keeps).
const LIVE_PHI: u32 = u32::MAX - 1;

/// A source-level local variable whose SSA values the builder tracks, declared with
/// [`FunctionBuilder::declare_variable`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Variable(u32);

#[derive(Clone, Debug)]
struct VariableInfo {
    /// Where the name is in the builder's `variable_names`: most variables get no φ, so the
    /// name is copied into one buffer rather than allocated per variable.
    name: std::ops::Range<u32>,
    /// The name as the φs placed for the variable share it, made at the first of them.
    phi_comment: Option<Arc<str>>,
    ty: TypeId,
    /// Where it is declared; the φs placed for it carry this span.
    span: Span,
}

/// Per-block construction state, beside the block itself.
#[derive(Clone, Debug, Default)]
struct BlockState {
    /// No predecessor will be added any more (Braun et al.'s "sealed").
    sealed: bool,
    /// The block has its terminator; nothing more may be emitted into it.
    filled: bool,
    /// φs placed while the block was unsealed, completed by `seal_block`.
    incomplete_phis: Vec<(Variable, InstrId)>,
}

/// The arenas and tables a finished builder leaves behind, cleared, for the next builder
/// ([`FunctionBuilder::finish_into`], [`FunctionBuilder::with_memory`]): a unit's functions are
/// built one after another, and allocating and growing these afresh for each cost more than
/// clearing them.
#[derive(Debug, Default)]
pub(crate) struct BuilderMemory {
    instrs: Vec<Instruction>,
    values: Vec<Value>,
    blocks: Vec<BasicBlock>,
    states: Vec<BlockState>,
    variables: Vec<VariableInfo>,
    variable_names: String,
    replaced: Vec<u32>,
    phis_being_filled: Vec<bool>,
    current_defs: FxHashMap<(Variable, BlockId), ValueId>,
    constants: FxHashMap<(TypeId, ConstValue), ValueId>,
    instr_lists: Vec<Vec<InstrId>>,
    scratch: FinishScratch,
}

/// The working lists of [`FunctionBuilder::finish_into`] (reachability and the renumbering of
/// blocks, instructions and values), kept for the next function rather than allocated for each.
#[derive(Debug, Default)]
struct FinishScratch {
    reachable: Vec<bool>,
    stack: Vec<BlockId>,
    touched_phis: Vec<InstrId>,
    block_map: Vec<u32>,
    instr_map: Vec<u32>,
    value_map: Vec<u32>,
    uses: Vec<u32>,
}

/// The largest hash table (`current_defs`, `constants`) kept for the next builder: clearing a
/// table costs its capacity, which a large function of a unit would otherwise impose on every
/// small function after it. At 2^14 the clearing was 3 % of building go/, unicode/ and encoding/
/// (callgrind); at 2^10 a large function pays for its own table and no other does.
const MAX_KEPT_TABLE: usize = 1 << 10;

/// The room a block's instruction list starts with when no finished function left one: a
/// unit's first functions would otherwise regrow their blocks' lists from nothing (4, 8, 16).
/// The function gets an exact copy of each list; only the builder's lists have this room.
const FIRST_BLOCK_CAPACITY: usize = 16;

/// Builds one [`Function`]; see the module documentation.
#[derive(Debug)]
pub struct FunctionBuilder {
    func: Function,
    states: Vec<BlockState>,
    current: Option<BlockId>,
    variables: Vec<VariableInfo>,
    /// The names of the variables, one after another.
    variable_names: String,
    /// The value of each variable at the end of each block, as far as it has been read or written
    /// (Braun et al.'s `currentDef`).
    current_defs: FxHashMap<(Variable, BlockId), ValueId>,
    /// Removed trivial φs and the value each was replaced by. A definition recorded before the φ
    /// was removed, or a value id the front end still holds, is looked up through this map.
    /// Indexed by value, [`NOT_REPLACED`] or [`LIVE_PHI`] for the others: every operand is
    /// resolved, so this is an array rather than a map, and the entry that resolving reads also
    /// says whether the operand is a φ's result.
    replaced: Vec<u32>,
    /// φs whose operands are being added: never judged trivial before they have all of them.
    /// Indexed by instruction, and only as long as the largest φ id asked about: a flag per
    /// instruction costs less than a set that every φ enters and leaves.
    phis_being_filled: Vec<bool>,
    constants: FxHashMap<(TypeId, ConstValue), ValueId>,
    /// Empty instruction lists for new blocks, with the room earlier blocks grew them to. A
    /// finished function gets an exact copy of each live block's list, and the lists go back
    /// here: a block's list grows while it is built without an allocation per doubling.
    instr_lists: Vec<Vec<InstrId>>,
    scratch: FinishScratch,
}

impl FunctionBuilder {
    /// Starts a function with the given parameters (name and type, receiver first) and result
    /// types. The entry block exists, is current and is sealed: nothing may jump to it.
    pub fn new(
        name: &str,
        span: Span,
        params: &[(&str, TypeId)],
        result_types: Vec<TypeId>,
    ) -> FunctionBuilder {
        FunctionBuilder::with_memory(name, span, params, result_types, [0; 3], Default::default())
    }

    /// [`FunctionBuilder::new`] in the arenas a finished builder left (`memory`), with room
    /// reserved for about `[instructions, values, blocks]` (see [`FunctionBuilder::reserve`])
    /// before the parameters and the entry block are made, so that the arenas are not grown
    /// from them.
    pub(crate) fn with_memory(
        name: &str,
        span: Span,
        params: &[(&str, TypeId)],
        result_types: Vec<TypeId>,
        [instrs, values, blocks]: [usize; 3],
        memory: BuilderMemory,
    ) -> FunctionBuilder {
        let mut builder = FunctionBuilder {
            func: Function {
                name: name.into(),
                span,
                result_types,
                synthetic: None,
                params: Vec::with_capacity(params.len()),
                recover: None,
                free_vars: Vec::new(),
                blocks: memory.blocks,
                instrs: memory.instrs,
                values: memory.values,
            },
            states: memory.states,
            current: None,
            variables: memory.variables,
            variable_names: memory.variable_names,
            current_defs: memory.current_defs,
            replaced: memory.replaced,
            phis_being_filled: memory.phis_being_filled,
            constants: memory.constants,
            instr_lists: memory.instr_lists,
            scratch: memory.scratch,
        };
        builder.reserve(instrs, values.max(params.len()), blocks.max(1));
        for (index, &(name, ty)) in params.iter().enumerate() {
            let index = u32::try_from(index).expect("more than u32::MAX parameters");
            let value = builder.new_value(ValueDef::Param { index, name: name.into() }, ty);
            builder.func.params.push(value);
        }
        let entry = builder.new_block("entry");
        debug_assert_eq!(entry, Function::ENTRY);
        builder.seal_block(entry);
        builder.switch_to_block(entry);
        builder
    }

    /// Reserves room for about `instrs` more instructions, `values` values and `blocks` blocks, so
    /// that a front end that can estimate the function's size spares the arenas their regrowth.
    pub fn reserve(&mut self, instrs: usize, values: usize, blocks: usize) {
        self.func.instrs.reserve(instrs);
        self.func.values.reserve(values);
        // A variable's definition is recorded per block where it is written or read through, about
        // as often as values are made; rehashing the map as it grows cost more than this room.
        self.current_defs.reserve(values);
        self.replaced.reserve(values);
        self.func.blocks.reserve(blocks);
        self.states.reserve(blocks);
    }

    /// The function as built so far, for printing while debugging the front end. Its ids have
    /// holes where φs were removed; [`FunctionBuilder::finish`] closes them.
    pub fn function(&self) -> &Function {
        &self.func
    }

    /// Marks the function as synthetic, saying why in go/ssa's words.
    pub fn set_synthetic(&mut self, why: &'static str) {
        self.func.synthetic = Some(why);
    }

    /// Makes `block` the function's Recover block (go/ssa's `Function.Recover`), where control
    /// resumes after a deferred call recovers from a panic. No edge may lead to it; it is kept
    /// although the entry does not reach it, and it must end in a `return`.
    pub fn set_recover(&mut self, block: BlockId) {
        debug_assert!(block.index() < self.func.blocks.len(), "set_recover: no block {block}");
        self.func.recover = Some(block);
    }

    /// The Recover block, once [`FunctionBuilder::set_recover`] has named one.
    pub fn recover_block(&self) -> Option<BlockId> {
        self.func.recover
    }

    /// Parameter number `index`.
    pub fn param(&self, index: usize) -> ValueId {
        self.func.params[index]
    }

    /// Adds a free variable (a function literal's captured variable); bound in order by
    /// [`InstrKind::MakeClosure`].
    pub fn add_free_var(&mut self, name: &str, ty: TypeId) -> ValueId {
        let index =
            u32::try_from(self.func.free_vars.len()).expect("more than u32::MAX free variables");
        let value = self.new_value(ValueDef::FreeVar { index, name: name.into() }, ty);
        self.func.free_vars.push(value);
        value
    }

    /// The constant `value` of type `ty`; asking twice gives the same value.
    pub fn constant(&mut self, ty: TypeId, value: ConstValue) -> ValueId {
        // The value is cloned only for a new constant (a string's clone allocates).
        let next = ValueId::from_index(self.func.values.len());
        match self.constants.entry((ty, value)) {
            Entry::Occupied(existing) => *existing.get(),
            Entry::Vacant(slot) => {
                let def = ValueDef::Const(slot.key().1.clone());
                slot.insert(next);
                self.new_value(def, ty)
            }
        }
    }

    /// A reference to the package-level function `name`, of signature type `ty`.
    pub fn function_ref(&mut self, name: &str, ty: TypeId) -> ValueId {
        self.new_value(ValueDef::Function { name: name.into() }, ty)
    }

    /// The address of the package-level variable `name`; `ty` is a pointer type.
    pub fn global(&mut self, name: &str, ty: TypeId) -> ValueId {
        self.new_value(ValueDef::Global { name: name.into() }, ty)
    }

    /// Creates an empty, unsealed block. `comment` says what it is for (`for.body`).
    pub fn new_block(&mut self, comment: &'static str) -> BlockId {
        let id = BlockId::from_index(self.func.blocks.len());
        let instrs =
            self.instr_lists.pop().unwrap_or_else(|| Vec::with_capacity(FIRST_BLOCK_CAPACITY));
        self.func.blocks.push(BasicBlock { comment, instrs, ..BasicBlock::default() });
        self.states.push(BlockState::default());
        id
    }

    /// Makes `block` the block that instructions are emitted into.
    pub fn switch_to_block(&mut self, block: BlockId) {
        debug_assert!(block.index() < self.func.blocks.len(), "switch_to_block: no block {block}");
        self.current = Some(block);
    }

    /// The block instructions are emitted into.
    pub fn current_block(&self) -> Option<BlockId> {
        self.current
    }

    /// Whether `block` has its terminator.
    pub fn is_filled(&self, block: BlockId) -> bool {
        self.states[block.index()].filled
    }

    /// Declares a local variable of type `ty`. The front end writes its initial value (the zero
    /// value for `var x T`) before reading it; a read that no write reaches gives the zero value.
    pub fn declare_variable(&mut self, name: &str, ty: TypeId, span: Span) -> Variable {
        let id =
            Variable(u32::try_from(self.variables.len()).expect("more than u32::MAX variables"));
        let start = self.variable_names.len();
        self.variable_names.push_str(name);
        let end = self.variable_names.len();
        let range =
            u32::try_from(start).unwrap_or(u32::MAX)..u32::try_from(end).unwrap_or(u32::MAX);
        self.variables.push(VariableInfo { name: range, phi_comment: None, ty, span });
        id
    }

    /// Records that `variable` holds `value` from here to the end of the current block, or until
    /// the next write.
    pub fn write_variable(&mut self, variable: Variable, value: ValueId) {
        let block = self.expect_current("write_variable");
        let value = self.resolve(value);
        self.current_defs.insert((variable, block), value);
    }

    /// The value `variable` holds at this point of the current block, placing φs as needed.
    pub fn read_variable(&mut self, variable: Variable) -> ValueId {
        let block = self.expect_current("read_variable");
        self.read_variable_in(variable, block)
    }

    /// Promises that `block` will get no more predecessors, and completes the φs placed in it
    /// meanwhile. Seal a block as soon as all its predecessors are known: a loop header after its
    /// back edge is added, any other block once its incoming jumps are emitted.
    pub fn seal_block(&mut self, block: BlockId) {
        let state = &mut self.states[block.index()];
        debug_assert!(!state.sealed, "seal_block: block {block} is already sealed");
        state.sealed = true;
        for (variable, phi) in std::mem::take(&mut state.incomplete_phis) {
            self.add_phi_operands(variable, phi);
        }
    }

    /// Seals every block not sealed yet, for front ends that know all edges only at the end.
    pub fn seal_all_blocks(&mut self) {
        for index in 0..self.states.len() {
            if !self.states[index].sealed {
                self.seal_block(BlockId::from_index(index));
            }
        }
    }

    /// Emits `kind`, defining one value of each of `result_types`, at the end of the current block.
    /// Terminators go through [`FunctionBuilder::jump`], [`FunctionBuilder::branch`],
    /// [`FunctionBuilder::ret`] and [`FunctionBuilder::panic`], which also add the edges.
    pub fn emit(&mut self, kind: InstrKind, result_types: &[TypeId], span: Span) -> InstrId {
        debug_assert!(
            !kind.is_terminator(),
            "emit: {kind:?} is a terminator; use jump, branch, ret or panic, which add the edges"
        );
        debug_assert!(
            !matches!(kind, InstrKind::Phi { .. }),
            "emit: φs are placed by read_variable or emit_phi"
        );
        if let Some(expected) = kind.fixed_result_count() {
            debug_assert_eq!(
                expected as usize,
                result_types.len(),
                "emit: {kind:?} defines {expected} values, but {} result types were given",
                result_types.len()
            );
        }
        self.append(kind, result_types, span)
    }

    /// Emits an instruction that defines exactly one value, and returns that value.
    pub fn emit_value(&mut self, kind: InstrKind, ty: TypeId, span: Span) -> ValueId {
        let instr = self.emit(kind, &[ty], span);
        ValueId(self.func.instrs[instr.index()].first_result)
    }

    /// Emits an instruction that defines no value (`update`, `store`, `go`, ...).
    pub fn emit_effect(&mut self, kind: InstrKind, span: Span) -> InstrId {
        self.emit(kind, &[], span)
    }

    /// The values `instr` defines, in order.
    pub fn results(&self, instr: InstrId) -> Vec<ValueId> {
        self.func.instrs[instr.index()].results().collect()
    }

    /// Places a φ with the given edges (one per predecessor, in order) at the start of `block`,
    /// for front ends that join values themselves, as go/ssa does for `&&` and `||`. The block must
    /// be sealed, so that its predecessors are final.
    pub fn emit_phi(
        &mut self,
        block: BlockId,
        edges: Vec<ValueId>,
        ty: TypeId,
        comment: &str,
        span: Span,
    ) -> ValueId {
        debug_assert!(self.states[block.index()].sealed, "emit_phi: block {block} is not sealed");
        debug_assert_eq!(
            edges.len(),
            self.func.blocks[block.index()].preds.len(),
            "emit_phi: a φ needs one edge per predecessor of block {block}"
        );
        let phi = self.insert_phi(block, ty, comment.into(), span);
        for edge in edges {
            self.push_phi_edge(phi, edge);
        }
        ValueId(self.func.instrs[phi.index()].first_result)
    }

    /// Ends the current block with a jump to `target`.
    pub fn jump(&mut self, target: BlockId, span: Span) {
        self.terminate(InstrKind::Jump, &[target], span);
    }

    /// Ends the current block with `if cond goto if_true else if_false`.
    pub fn branch(&mut self, cond: ValueId, if_true: BlockId, if_false: BlockId, span: Span) {
        debug_assert_ne!(
            if_true, if_false,
            "branch: both targets are block {if_true}; jump instead"
        );
        self.terminate(InstrKind::If { cond }, &[if_true, if_false], span);
    }

    /// Ends the current block with a return of `results`.
    pub fn ret(&mut self, results: Vec<ValueId>, span: Span) {
        self.terminate(InstrKind::Return { results }, &[], span);
    }

    /// Ends the current block with a panic.
    pub fn panic(&mut self, value: ValueId, span: Span) {
        self.terminate(InstrKind::Panic { value }, &[], span);
    }

    /// Finishes the function: removes unreachable blocks and the φ edges from them, then φs made
    /// trivial by that, and renumbers blocks, instructions and values densely in block order.
    /// Every block must be sealed and filled. In debug builds the result is verified, and a
    /// violation panics with the printed function.
    pub fn finish(self, types: &dyn crate::TypeInfo) -> Function {
        self.finish_into(types, &mut BuilderMemory::default())
    }

    /// [`FunctionBuilder::finish`], leaving the builder's arenas and tables, cleared, in
    /// `memory` for the next builder.
    pub(crate) fn finish_into(
        mut self,
        types: &dyn crate::TypeInfo,
        memory: &mut BuilderMemory,
    ) -> Function {
        debug_assert!(
            self.states.iter().all(|state| state.sealed),
            "finish: blocks {:?} are not sealed",
            self.unfinished_blocks(|state| state.sealed)
        );
        self.remove_unreachable_blocks();
        let mut old = self.func;
        let func = compact(&mut old, &mut self.scratch);
        for block in &mut old.blocks {
            let mut list = std::mem::take(&mut block.instrs);
            list.clear();
            self.instr_lists.push(list);
        }
        if cfg!(debug_assertions) {
            crate::verify::must_verify(&func, types);
        }
        old.instrs.clear();
        old.values.clear();
        old.blocks.clear();
        self.states.clear();
        self.variables.clear();
        self.variable_names.clear();
        self.phis_being_filled.clear();
        self.replaced.clear();
        if self.current_defs.capacity() <= MAX_KEPT_TABLE {
            self.current_defs.clear();
        } else {
            self.current_defs = FxHashMap::default();
        }
        if self.constants.capacity() <= MAX_KEPT_TABLE {
            self.constants.clear();
        } else {
            self.constants = FxHashMap::default();
        }
        *memory = BuilderMemory {
            instrs: old.instrs,
            values: old.values,
            blocks: old.blocks,
            states: self.states,
            variables: self.variables,
            variable_names: self.variable_names,
            phis_being_filled: self.phis_being_filled,
            replaced: self.replaced,
            current_defs: self.current_defs,
            constants: self.constants,
            instr_lists: self.instr_lists,
            scratch: self.scratch,
        };
        func
    }

    fn unfinished_blocks(&self, done: impl Fn(&BlockState) -> bool) -> Vec<BlockId> {
        (0..self.states.len())
            .filter(|&index| !done(&self.states[index]))
            .map(BlockId::from_index)
            .collect()
    }

    fn expect_current(&self, operation: &str) -> BlockId {
        self.current.unwrap_or_else(|| panic!("{operation}: no current block"))
    }

    fn new_value(&mut self, def: ValueDef, ty: TypeId) -> ValueId {
        let id = ValueId::from_index(self.func.values.len());
        self.func.values.push(Value { def, ty, referrers: SmallVec::new() });
        self.replaced.push(NOT_REPLACED);
        id
    }

    /// Follows the replacements of removed φs from `value` to a live value.
    fn resolve(&self, mut value: ValueId) -> ValueId {
        while let Some(&next) = self.replaced.get(value.index()).filter(|&&r| r < LIVE_PHI) {
            value = ValueId(next);
        }
        value
    }

    /// Creates an instruction in no block yet, with its results and its operands' referrers.
    fn new_instr(&mut self, mut kind: InstrKind, result_types: &[TypeId], span: Span) -> InstrId {
        let id = InstrId::from_index(self.func.instrs.len());
        // One pass over the operands: each is resolved to a live value, and, since only φs'
        // users are looked up while building (to remove trivial φs), recorded as a referrer
        // only of a φ; `compact` builds every value's referrer list once the instructions are
        // final.
        kind.for_each_operand_mut(|operand| {
            let value = self.resolve(*operand);
            *operand = value;
            debug_assert!(value.index() < self.func.values.len(), "no value {value}");
            if self.is_phi_value(value) {
                self.func.values[value.index()].referrers.push(id)
            }
        });
        let first_result =
            u32::try_from(self.func.values.len()).expect("more than u32::MAX values");
        for (index, &ty) in result_types.iter().enumerate() {
            let index = u32::try_from(index).expect("more than u32::MAX results");
            self.new_value(ValueDef::Result { instr: id, index }, ty);
        }
        let result_count = u32::try_from(result_types.len()).expect("more than u32::MAX results");
        self.func.instrs.push(Instruction { kind, block: None, span, first_result, result_count });
        id
    }

    fn append(&mut self, kind: InstrKind, result_types: &[TypeId], span: Span) -> InstrId {
        let block = self.expect_current("emit");
        debug_assert!(
            !self.states[block.index()].filled,
            "emit: block {block} already ends in a terminator; switch to another block first"
        );
        let id = self.new_instr(kind, result_types, span);
        self.func.instrs[id.index()].block = Some(block);
        self.func.blocks[block.index()].instrs.push(id);
        id
    }

    fn terminate(&mut self, kind: InstrKind, targets: &[BlockId], span: Span) {
        let block = self.expect_current("terminator");
        self.append(kind, &[], span);
        self.states[block.index()].filled = true;
        for &target in targets {
            debug_assert!(
                !self.states[target.index()].sealed,
                "block {block} jumps to block {target}, which is sealed: it may not get new predecessors"
            );
            self.func.blocks[block.index()].succs.push(target);
            self.func.blocks[target.index()].preds.push(block);
        }
    }

    /// Inserts an operand-less φ after the φs already at the start of `block`.
    fn insert_phi(&mut self, block: BlockId, ty: TypeId, comment: Arc<str>, span: Span) -> InstrId {
        let phi = self.new_instr(InstrKind::Phi { edges: Vec::new(), comment }, &[ty], span);
        self.func.instrs[phi.index()].block = Some(block);
        let value = self.phi_value(phi);
        self.replaced[value.index()] = LIVE_PHI;
        let instrs = &self.func.instrs;
        let block_instrs = &mut self.func.blocks[block.index()].instrs;
        let position = block_instrs
            .iter()
            .take_while(|&&i| matches!(instrs[i.index()].kind, InstrKind::Phi { .. }))
            .count();
        block_instrs.insert(position, phi);
        phi
    }

    fn push_phi_edge(&mut self, phi: InstrId, value: ValueId) {
        let value = self.resolve(value);
        if let InstrKind::Phi { edges, .. } = &mut self.func.instrs[phi.index()].kind {
            edges.push(value);
        }
        if self.is_phi_value(value) {
            self.func.values[value.index()].referrers.push(phi);
        }
    }

    /// Whether `value`, a resolved value, is the result of a φ, whose referrers the builder keeps
    /// up to date.
    fn is_phi_value(&self, value: ValueId) -> bool {
        self.replaced.get(value.index()) == Some(&LIVE_PHI)
    }

    fn phi_value(&self, phi: InstrId) -> ValueId {
        ValueId(self.func.instrs[phi.index()].first_result)
    }

    fn read_variable_in(&mut self, variable: Variable, block: BlockId) -> ValueId {
        if let Some(&value) = self.current_defs.get(&(variable, block)) {
            return self.resolve(value);
        }
        // A chain of sealed single-predecessor blocks is walked in a loop rather than by recursion:
        // straight-line code of any length costs no stack.
        let mut chain: SmallVec<[BlockId; 8]> = smallvec::smallvec![block];
        let mut top = block;
        let value = loop {
            if !self.states[top.index()].sealed {
                let phi = self.new_variable_phi(variable, top);
                self.states[top.index()].incomplete_phis.push((variable, phi));
                break self.phi_value(phi);
            }
            let preds = &self.func.blocks[top.index()].preds;
            match (preds.len(), preds.first().copied()) {
                (0, _) => {
                    let ty = self.variables[variable.0 as usize].ty;
                    break self.constant(ty, ConstValue::Zero);
                }
                (1, Some(pred)) => {
                    if let Some(&value) = self.current_defs.get(&(variable, pred)) {
                        break self.resolve(value);
                    }
                    chain.push(pred);
                    top = pred;
                }
                _ => {
                    // The φ is recorded as the definition before its operands are read, which ends
                    // the search when a read comes back around a loop.
                    let phi = self.new_variable_phi(variable, top);
                    self.current_defs.insert((variable, top), self.phi_value(phi));
                    break maybe_grow(|| self.add_phi_operands(variable, phi));
                }
            }
        };
        for block in chain {
            self.current_defs.insert((variable, block), value);
        }
        value
    }

    fn new_variable_phi(&mut self, variable: Variable, block: BlockId) -> InstrId {
        let info = &mut self.variables[variable.0 as usize];
        let names = &self.variable_names;
        let comment = info.phi_comment.get_or_insert_with(|| {
            let name = names.get(info.name.start as usize..info.name.end as usize);
            Arc::from(name.unwrap_or_default())
        });
        let (ty, comment, span) = (info.ty, comment.clone(), info.span);
        self.insert_phi(block, ty, comment, span)
    }

    /// Gives `phi` one operand per predecessor of its block, then removes it if it is trivial.
    fn add_phi_operands(&mut self, variable: Variable, phi: InstrId) -> ValueId {
        let Some(block) = self.func.instrs[phi.index()].block else {
            return self.resolve(self.phi_value(phi));
        };
        self.set_being_filled(phi, true);
        // The block is sealed, so its predecessors stay as they are while the reads below recurse.
        let pred_count = self.func.blocks[block.index()].preds.len();
        if let InstrKind::Phi { edges, .. } = &mut self.func.instrs[phi.index()].kind {
            edges.reserve_exact(pred_count);
        }
        for position in 0..pred_count {
            let Some(&pred) = self.func.blocks[block.index()].preds.get(position) else { break };
            let value = self.read_variable_in(variable, pred);
            self.push_phi_edge(phi, value);
        }
        self.set_being_filled(phi, false);
        self.try_remove_trivial_phi(phi)
    }

    fn set_being_filled(&mut self, phi: InstrId, filling: bool) {
        if self.phis_being_filled.len() <= phi.index() {
            self.phis_being_filled.resize(self.func.instrs.len().max(phi.index() + 1), false);
        }
        self.phis_being_filled[phi.index()] = filling;
    }

    fn is_being_filled(&self, phi: InstrId) -> bool {
        self.phis_being_filled.get(phi.index()).copied().unwrap_or(false)
    }

    /// Removes `phi` if all its operands other than itself are one value, replacing it by that
    /// value everywhere; then tries again the φs that used it. Returns the value that now stands
    /// for `phi`.
    fn try_remove_trivial_phi(&mut self, phi: InstrId) -> ValueId {
        let phi_value = self.phi_value(phi);
        if self.func.instrs[phi.index()].block.is_none() || self.is_being_filled(phi) {
            return self.resolve(phi_value);
        }
        let InstrKind::Phi { edges, .. } = &self.func.instrs[phi.index()].kind else {
            unreachable!("try_remove_trivial_phi on a non-φ");
        };
        let mut same = None;
        for &edge in edges {
            let edge = self.resolve(edge);
            if edge == phi_value || Some(edge) == same {
                continue;
            }
            if same.is_some() {
                return phi_value;
            }
            same = Some(edge);
        }
        // A φ with no operand but itself is only reachable through itself: in unreachable code.
        let same = match same {
            Some(value) => value,
            None => {
                let ty = self.func.values[phi_value.index()].ty;
                self.constant(ty, ConstValue::Zero)
            }
        };
        let mut users: SmallVec<[InstrId; 8]> =
            SmallVec::from_slice(&self.func.values[phi_value.index()].referrers);
        users.sort_unstable();
        users.dedup();
        users.retain(|user| *user != phi);
        self.remove_instr(phi);
        self.replace_all_uses(phi_value, same);
        self.replaced[phi_value.index()] = same.0;
        for user in users {
            if matches!(self.func.instrs[user.index()].kind, InstrKind::Phi { .. }) {
                maybe_grow(|| self.try_remove_trivial_phi(user));
            }
        }
        self.resolve(same)
    }

    /// Takes `instr` out of its block and out of its operands' referrer lists.
    fn remove_instr(&mut self, instr: InstrId) {
        let data = &mut self.func.instrs[instr.index()];
        let Some(block) = data.block.take() else { return };
        self.func.blocks[block.index()].instrs.retain(|&i| i != instr);
        let values = &mut self.func.values;
        data.kind
            .for_each_operand(|operand| remove_one_referrer(&mut values[operand.index()], instr));
    }

    /// Makes every operand that names `old` name `new`, moving the referrer entries along.
    fn replace_all_uses(&mut self, old: ValueId, new: ValueId) {
        let referrers = std::mem::take(&mut self.func.values[old.index()].referrers);
        // A user listed twice is rewritten on its first visit; the second finds nothing to do.
        for &user in &referrers {
            self.func.instrs[user.index()].kind.for_each_operand_mut(|operand| {
                if *operand == old {
                    *operand = new;
                }
            });
        }
        self.func.values[new.index()].referrers.extend(referrers);
    }

    /// Removes the blocks the entry cannot reach, their instructions, and the φ edges they fed;
    /// then removes the φs that this made trivial.
    /// Leaves which blocks the entry (or the Recover block) reaches in `scratch.reachable`.
    fn remove_unreachable_blocks(&mut self) {
        let blocks = &self.func.blocks;
        let reachable = &mut self.scratch.reachable;
        reachable.clear();
        reachable.resize(blocks.len(), false);
        let stack = &mut self.scratch.stack;
        stack.clear();
        stack.push(Function::ENTRY);
        reachable[0] = !blocks.is_empty();
        // The Recover block is a second entry: no edge reaches it, and what it reaches is live.
        if let Some(recover) = self.func.recover.filter(|r| r.index() < blocks.len()) {
            reachable[recover.index()] = true;
            stack.push(recover);
        }
        while let Some(block) = stack.pop() {
            for &succ in &blocks[block.index()].succs {
                if !reachable[succ.index()] {
                    reachable[succ.index()] = true;
                    stack.push(succ);
                }
            }
        }
        let mut touched_phis = std::mem::take(&mut self.scratch.touched_phis);
        touched_phis.clear();
        for index in 0..self.scratch.reachable.len() {
            if self.scratch.reachable[index] {
                continue;
            }
            let dead = BlockId::from_index(index);
            for succ in std::mem::take(&mut self.func.blocks[index].succs) {
                self.remove_pred_edges(succ, dead, &mut touched_phis);
            }
            for instr in self.func.blocks[index].instrs.clone() {
                self.remove_instr(instr);
            }
            self.func.blocks[index].preds.clear();
        }
        for &phi in &touched_phis {
            self.try_remove_trivial_phi(phi);
        }
        self.scratch.touched_phis = touched_phis;
    }

    /// Removes every edge from `dead` into `block`, with the matching operand of each of its φs.
    fn remove_pred_edges(
        &mut self,
        block: BlockId,
        dead: BlockId,
        touched_phis: &mut Vec<InstrId>,
    ) {
        while let Some(position) =
            self.func.blocks[block.index()].preds.iter().position(|&p| p == dead)
        {
            self.func.blocks[block.index()].preds.remove(position);
            for instr in self.func.blocks[block.index()].instrs.clone() {
                let InstrKind::Phi { edges, .. } = &mut self.func.instrs[instr.index()].kind else {
                    break;
                };
                if position < edges.len() {
                    let operand = edges.remove(position);
                    remove_one_referrer(&mut self.func.values[operand.index()], instr);
                    touched_phis.push(instr);
                }
            }
        }
    }
}

fn remove_one_referrer(value: &mut Value, instr: InstrId) {
    if let Some(position) = value.referrers.iter().position(|&r| r == instr) {
        value.referrers.swap_remove(position);
    }
}

/// An entry of `compact`'s renumbering tables for a block, instruction or value that is dropped.
const DROPPED: u32 = u32::MAX;

/// Renumbers the blocks marked `reachable`, the instructions they hold and the values that are not
/// results of dropped instructions densely, in block order, and rebuilds the referrer lists. What
/// moves into the new function is taken out of `old`; its arenas are left for reuse.
/// An operand that names a dropped value (a builder bug) becomes an out-of-range id, which the
/// verifier reports.
///
/// The new numbering is computed into flat tables in two walks over the live blocks, without
/// listing the instructions and values in their new order first: the values other than results
/// keep their relative order and come first, then each instruction's results, in block order.
fn compact(old: &mut Function, scratch: &mut FinishScratch) -> Function {
    let FinishScratch { reachable, block_map, instr_map, value_map, uses, .. } = scratch;
    block_map.clear();
    block_map.resize(old.blocks.len(), DROPPED);
    let mut live_count = 0;
    let live = reachable.iter().enumerate().filter(|&(_, &live)| live);
    for (new_index, (index, _)) in live.enumerate() {
        block_map[index] = u32::try_from(new_index).expect("more than u32::MAX blocks");
        live_count = new_index + 1;
    }
    let is_live = |index: usize| block_map[index] != DROPPED;
    instr_map.clear();
    instr_map.resize(old.instrs.len(), DROPPED);
    value_map.clear();
    value_map.resize(old.values.len(), DROPPED);
    let mut next_value = 0u32;
    for (index, value) in old.values.iter().enumerate() {
        if !matches!(value.def, ValueDef::Result { .. }) {
            value_map[index] = next_value;
            next_value += 1;
        }
    }
    let mut next_instr = 0u32;
    for (index, block) in old.blocks.iter().enumerate() {
        if !is_live(index) {
            continue;
        }
        for &instr in &block.instrs {
            instr_map[instr.index()] = next_instr;
            next_instr += 1;
            for result in old.instrs[instr.index()].results() {
                if let Some(slot) = value_map.get_mut(result.index()) {
                    *slot = next_value;
                    next_value += 1;
                }
            }
        }
    }
    let map_value = |v: ValueId| ValueId(value_map.get(v.index()).copied().unwrap_or(DROPPED));
    let map_block = |b: BlockId| {
        let mapped = block_map[b.index()];
        assert_ne!(mapped, DROPPED, "a live block names a removed block");
        BlockId(mapped)
    };

    // Definitions, kinds and comments move out of `old`.
    let mut values: Vec<Value> = Vec::with_capacity(next_value as usize);
    for old_value in &mut old.values {
        if !matches!(old_value.def, ValueDef::Result { .. }) {
            let def = std::mem::replace(&mut old_value.def, ValueDef::Const(ConstValue::Nil));
            values.push(Value { def, ty: old_value.ty, referrers: SmallVec::new() });
        }
    }
    let mut instrs = Vec::with_capacity(next_instr as usize);
    // Each value's uses, counted while the operands are renumbered, so that each referrer list
    // is allocated once, at its final length.
    uses.clear();
    uses.resize(next_value as usize, 0);
    for (index, block) in old.blocks.iter_mut().enumerate() {
        if !is_live(index) {
            continue;
        }
        // The block's instruction list is renumbered where it is; the function gets an exact
        // copy below, and the builder keeps the list for its next blocks.
        for instr in &mut block.instrs {
            let old_instr = &mut old.instrs[instr.index()];
            let new_id = InstrId(instr_map[instr.index()]);
            *instr = new_id;
            let first_result = u32::try_from(values.len()).expect("more than u32::MAX values");
            for (result_index, result) in old_instr.results().enumerate() {
                let ty = old.values[result.index()].ty;
                let index = u32::try_from(result_index).expect("more than u32::MAX results");
                values.push(Value {
                    def: ValueDef::Result { instr: new_id, index },
                    ty,
                    referrers: SmallVec::new(),
                });
            }
            let mut kind = std::mem::replace(&mut old_instr.kind, InstrKind::Jump);
            kind.for_each_operand_mut(|operand| {
                *operand = map_value(*operand);
                if let Some(count) = uses.get_mut(operand.index()) {
                    *count += 1;
                }
            });
            instrs.push(Instruction {
                kind,
                block: old_instr.block.map(map_block),
                span: old_instr.span,
                first_result,
                result_count: old_instr.result_count,
            });
        }
    }
    for (value, &count) in values.iter_mut().zip(uses.iter()) {
        if count > 2 {
            value.referrers = SmallVec::with_capacity(count as usize);
        }
    }
    for (index, instr) in instrs.iter().enumerate() {
        instr.kind.for_each_operand(|operand| {
            if let Some(value) = values.get_mut(operand.index()) {
                value.referrers.push(InstrId::from_index(index));
            }
        });
    }
    // Sized up front: the filter hides the count from `collect`, whose doubling would leave
    // spare capacity in every function the analyses keep.
    let mut blocks = Vec::with_capacity(live_count);
    let live_blocks = old.blocks.iter_mut().enumerate().filter(|&(index, _)| is_live(index));
    blocks.extend(live_blocks.map(|(_, old_block)| {
        // The edge lists are inline: renumbered where they are and moved, not collected anew.
        let mut preds = std::mem::take(&mut old_block.preds);
        let mut succs = std::mem::take(&mut old_block.succs);
        for block in preds.iter_mut().chain(succs.iter_mut()) {
            *block = map_block(*block);
        }
        BasicBlock {
            comment: std::mem::take(&mut old_block.comment),
            instrs: old_block.instrs.as_slice().to_vec(),
            preds,
            succs,
        }
    }));
    Function {
        name: std::mem::take(&mut old.name),
        span: old.span,
        result_types: std::mem::take(&mut old.result_types),
        synthetic: old.synthetic,
        params: renumbered(std::mem::take(&mut old.params), map_value),
        recover: old.recover.map(map_block),
        free_vars: renumbered(std::mem::take(&mut old.free_vars), map_value),
        blocks,
        instrs,
        values,
    }
}

/// `values` renumbered by `map_value` where they are: the list, allocated at its final length
/// when the function began, moves into the finished function.
fn renumbered(mut values: Vec<ValueId>, map_value: impl Fn(ValueId) -> ValueId) -> Vec<ValueId> {
    for value in &mut values {
        *value = map_value(*value);
    }
    // Free variables are pushed one by one; the analyses keep the list.
    values.shrink_to_fit();
    values
}

#[cfg(test)]
mod tests;
