//! Global value numbering over the dominator tree, with the memory effects of map operations,
//! stores and calls respected (no go/ssa counterpart; the scheme is the dominator-tree value
//! numbering of P. Briggs, K. D. Cooper and L. T. Simpson, "Value Numbering", 1997).
//!
//! Two values get the same number when they are sure to be equal: the same operation on operands
//! with the same numbers. A value's number is a value id, its *leader*: the first value with that
//! number in a preorder walk of the dominator tree, which therefore dominates every other.
//!
//! - Pure instructions (arithmetic, conversions, field and index addresses and values, slicing,
//!   `make interface`, type assertions) are keyed by their kind, their operands' numbers and their
//!   result types, in a table scoped to the dominator tree: an instruction can only match one that
//!   dominates it. Commutative operators order their operands first.
//! - A φ whose edges all have one number gets that number; φs of one block with the same edge
//!   numbers share one.
//! - Allocations, calls, receives and `next` are never equal to anything else.
//! - Memory reads are numbered only while nothing that may change what they read can have run
//!   since an earlier, dominating read. A map lookup `m[k]` matches an earlier `m[k]` (same map and
//!   key numbers) only when no `update`, `delete` or `clear` of a map that may be `m`, and no call,
//!   lies on any path between them. A load matches an earlier load of the same address only when no
//!   store or call that may reach that address lies between. A store reaches a load only when
//!   their types share a kind of cell ([`crate::CellKinds`]: storing a map into a slice element
//!   cannot change a string field). Calls of the builtins that write no memory (`len`, `cap`,
//!   `min`, `max`, `real`, `imag`, `complex`, `new`, `print`, `println`) change nothing.
//! - A local variable whose address is only loaded from and stored to (through its fields and
//!   elements too), never passed, captured or stored, is *confined*: only stores into it change
//!   it, and they change nothing else, so calls and stores through other pointers keep its loads (a struct key built once into a
//!   local and read again after a call).
//!
//! Which writes may touch a map: two maps may be one unless their key or element types differ, or
//! both are results of different `make map` instructions. A `store` does not touch map entries,
//! since Go cannot take the address of a map element; it can replace a map held in a variable, and
//! then the load that reads that variable again gets a new number, and with it every lookup through
//! the reloaded map. Writes into map internals through `unsafe.Pointer` are outside the model, as
//! they are for go/ssa's analyses. Calls, `go`, `rundefers` and channel operations (after which
//! another goroutine's writes may be visible) change anything.
//!
//! Memory facts are tracked as the set of reads available at each point. A block starts with what
//! was available at the end of its immediate dominator, minus what the blocks on paths from there
//! to it may change: those are the blocks reached walking back from its predecessors without
//! passing the dominator, including the block itself when a loop leads back to it. An update
//! followed by a lookup of the same key is not forwarded: a NaN key is never found again.

use crate::CellKinds;
use crate::TypeInfo;
use crate::dom::DomTree;
use crate::ir::{BlockId, Builtin, CallCommon, Callee, Function, InstrId, InstrKind, ValueId};
use mapscope_types::types::TypeId;
use rustc_hash::FxHashMap;

/// The value number of every value of a function.
#[derive(Clone, Debug)]
pub struct ValueNumbering {
    numbers: Vec<ValueId>,
}

impl ValueNumbering {
    /// Numbers the values of `func`, which must verify.
    pub fn compute(func: &Function, types: &dyn TypeInfo, dom: &DomTree) -> ValueNumbering {
        Numberer::new(func, types, &|_| false).run(dom)
    }

    /// Numbers the values of `func` as [`ValueNumbering::compute`] does, with the calls for which
    /// `writes_nothing` holds taken as writing no memory: an analysis that knows its callees
    /// (a getter of the module) keeps the reads around them.
    pub fn compute_with_calls(
        func: &Function,
        types: &dyn TypeInfo,
        dom: &DomTree,
        writes_nothing: &dyn Fn(&CallCommon) -> bool,
    ) -> ValueNumbering {
        Numberer::new(func, types, writes_nothing).run(dom)
    }

    /// The number of `value`: the leader of the values sure to equal it.
    pub fn number(&self, value: ValueId) -> ValueId {
        self.numbers.get(value.index()).copied().unwrap_or(value)
    }

    /// Whether `a` and `b` are sure to hold equal values.
    pub fn congruent(&self, a: ValueId, b: ValueId) -> bool {
        self.number(a) == self.number(b)
    }
}

/// The memory reads available at a point, with their numbers.
type Available = FxHashMap<MemoryKey, ValueId>;

/// What a pure instruction or a φ is keyed by.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
enum ExprKey {
    /// The instruction's kind with every operand replaced by its number, and its result types.
    Pure(InstrKind, Vec<TypeId>),
    /// A φ's block and the numbers of its edges.
    Phi(BlockId, Vec<ValueId>),
}

/// A memory read: what it reads, by numbers.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum MemoryKey {
    /// The element `lookup map[key]` yields.
    MapElement { map: ValueId, key: ValueId },
    /// The presence flag a comma-ok lookup yields.
    MapHas { map: ValueId, key: ValueId },
    /// `*addr`.
    Load { addr: ValueId },
}

/// What an instruction may change.
#[derive(Clone, Copy, Debug)]
enum Effect {
    /// The entries of this map (and of any map it may be).
    MapWrite(ValueId),
    /// Memory reached through pointers: the store's address.
    Store(ValueId),
    /// Anything.
    Everything,
}

fn effect_of(kind: &InstrKind, writes_nothing: &dyn Fn(&CallCommon) -> bool) -> Option<Effect> {
    match kind {
        InstrKind::MapUpdate { map, .. }
        | InstrKind::MapDelete { map, .. }
        | InstrKind::MapClear { map } => Some(Effect::MapWrite(*map)),
        InstrKind::Store { addr, .. } => Some(Effect::Store(*addr)),
        InstrKind::Call { call: CallCommon { callee: Callee::Builtin(builtin), .. } }
            if builtin_writes_no_memory(*builtin) =>
        {
            None
        }
        InstrKind::Call { call } if writes_nothing(call) => None,
        InstrKind::Call { .. }
        | InstrKind::Go { .. }
        | InstrKind::RunDefers
        | InstrKind::Send { .. }
        | InstrKind::Recv { .. }
        | InstrKind::Select { .. } => Some(Effect::Everything),
        // A deferred call runs at `rundefers` or when a panic unwinds, not here.
        _ => None,
    }
}

/// Whether a call of `builtin` returns without writing memory another read may see. `append` and
/// `copy` write slice elements; `close`, `panic` and `recover` change control or synchronise.
pub fn builtin_writes_no_memory(builtin: Builtin) -> bool {
    use Builtin::*;
    matches!(builtin, Len | Cap | Min | Max | Real | Imag | Complex | New | Print | Println)
}

fn is_pure(kind: &InstrKind) -> bool {
    matches!(
        kind,
        InstrKind::BinOp { .. }
            | InstrKind::UnOp { .. }
            | InstrKind::Convert { .. }
            | InstrKind::Field { .. }
            | InstrKind::Index { .. }
            | InstrKind::FieldAddr { .. }
            | InstrKind::IndexAddr { .. }
            | InstrKind::Slice { .. }
            | InstrKind::MakeInterface { .. }
            | InstrKind::TypeAssert { .. }
    )
}

struct Numberer<'a> {
    func: &'a Function,
    types: &'a dyn TypeInfo,
    numbers: Vec<ValueId>,
    /// Pure expressions available in the dominator-tree scope being visited, with their leader
    /// instruction; `scope_log` lists the keys in insertion order so that leaving a block can
    /// remove its own.
    expressions: FxHashMap<ExprKey, InstrId>,
    scope_log: Vec<ExprKey>,
    /// The memory reads available at the end of each visited block, with their numbers.
    available_at_end: Vec<Option<Available>>,
    /// Per value, the confined local variable its address lies in, if any.
    confined_root: Vec<Option<ValueId>>,
    /// Whether a call (not of a builtin) writes no memory, as the caller knows.
    writes_nothing: &'a dyn Fn(&CallCommon) -> bool,
}

impl<'a> Numberer<'a> {
    fn new(
        func: &'a Function,
        types: &'a dyn TypeInfo,
        writes_nothing: &'a dyn Fn(&CallCommon) -> bool,
    ) -> Numberer<'a> {
        Numberer {
            func,
            types,
            numbers: (0..func.values.len()).map(ValueId::from_index).collect(),
            expressions: FxHashMap::default(),
            scope_log: Vec::new(),
            available_at_end: vec![None; func.blocks.len()],
            confined_root: confined_roots(func),
            writes_nothing,
        }
    }

    fn run(mut self, dom: &DomTree) -> ValueNumbering {
        // A preorder walk with an explicit stack: `Some(block)` enters a block, `None` leaves the
        // most recently entered one, restoring the expression table.
        let mut stack: Vec<Option<BlockId>> = vec![Some(crate::Function::ENTRY)];
        let mut scope_marks: Vec<usize> = Vec::new();
        while let Some(step) = stack.pop() {
            match step {
                Some(block) => {
                    scope_marks.push(self.scope_log.len());
                    self.visit_block(dom, block);
                    stack.push(None);
                    let children: Vec<BlockId> = dom.children(block).collect();
                    stack.extend(children.into_iter().rev().map(Some));
                }
                None => {
                    let mark = scope_marks.pop().unwrap_or(0);
                    for key in self.scope_log.drain(mark..) {
                        self.expressions.remove(&key);
                    }
                }
            }
        }
        ValueNumbering { numbers: self.numbers }
    }

    fn number(&self, value: ValueId) -> ValueId {
        self.numbers.get(value.index()).copied().unwrap_or(value)
    }

    fn visit_block(&mut self, dom: &DomTree, block: BlockId) {
        // Control enters the Recover block from wherever a deferred call recovered, not from the
        // end of the entry that the dominator tree hangs it under: no read is available there.
        let idom = dom.idom(block).filter(|_| self.func.recover() != Some(block));
        let mut available = match idom {
            None => Available::default(),
            Some(idom) => {
                let mut available = self.available_at_end[idom.index()].clone().unwrap_or_default();
                for between in self.blocks_between(idom, block) {
                    for &instr in &self.func.blocks[between.index()].instrs {
                        if let Some(effect) =
                            effect_of(&self.func.instrs[instr.index()].kind, self.writes_nothing)
                        {
                            self.kill(&mut available, effect);
                        }
                    }
                }
                available
            }
        };
        for &instr in &self.func.blocks[block.index()].instrs {
            self.visit_instr(block, instr, &mut available);
        }
        self.available_at_end[block.index()] = Some(available);
    }

    /// The blocks on paths from the end of `idom` to the start of `block`, other than `idom`:
    /// those reached walking back from `block`'s predecessors without passing `idom`.
    fn blocks_between(&self, idom: BlockId, block: BlockId) -> Vec<BlockId> {
        let mut seen = vec![false; self.func.blocks.len()];
        seen[idom.index()] = true;
        let mut stack: Vec<BlockId> = self.func.blocks[block.index()].preds.to_vec();
        let mut between = Vec::new();
        while let Some(b) = stack.pop() {
            if std::mem::replace(&mut seen[b.index()], true) {
                continue;
            }
            between.push(b);
            stack.extend(self.func.blocks[b.index()].preds.iter().copied());
        }
        between
    }

    /// Removes from `available` the reads `effect` may change.
    fn kill(&self, available: &mut Available, effect: Effect) {
        match effect {
            // Nothing but its own stores reaches a confined variable.
            Effect::Everything => available.retain(|key, _| match key {
                MemoryKey::Load { addr } => self.confined_root[addr.index()].is_some(),
                MemoryKey::MapElement { .. } | MemoryKey::MapHas { .. } => false,
            }),
            Effect::Store(stored) => {
                let stored_root = self.confined_root[self.number(stored).index()];
                let stored_cells = self.pointee_cells(stored);
                available.retain(|key, _| match key {
                    MemoryKey::Load { addr } => {
                        let root = self.confined_root[addr.index()];
                        // A confined local is reached only through its own addresses.
                        ((root.is_some() || stored_root.is_some()) && root != stored_root)
                            || !self.pointee_cells(*addr).overlaps(stored_cells)
                    }
                    MemoryKey::MapElement { .. } | MemoryKey::MapHas { .. } => true,
                })
            }
            Effect::MapWrite(written) => available.retain(|key, _| match key {
                MemoryKey::MapElement { map, .. } | MemoryKey::MapHas { map, .. } => {
                    !self.may_alias_maps(*map, written)
                }
                MemoryKey::Load { .. } => true,
            }),
        }
    }

    /// The cell kinds of what the address `addr` points to.
    fn pointee_cells(&self, addr: ValueId) -> CellKinds {
        match self.types.pointer_elem(self.func.values[addr.index()].ty) {
            Some(elem) => self.types.cell_kinds(elem),
            None => CellKinds::ANY,
        }
    }

    /// Whether the maps `a` and `b` may be one map.
    fn may_alias_maps(&self, a: ValueId, b: ValueId) -> bool {
        let (a, b) = (self.number(a), self.number(b));
        if a == b {
            return true;
        }
        let made_here = |v: ValueId| {
            self.func.defining_instr(v).is_some_and(|i| {
                matches!(self.func.instrs[i.index()].kind, InstrKind::MakeMap { .. })
            })
        };
        if made_here(a) && made_here(b) {
            return false;
        }
        let key_elem = |v: ValueId| self.types.map_key_elem(self.func.values[v.index()].ty);
        match (key_elem(a), key_elem(b)) {
            (Some((key_a, elem_a)), Some((key_b, elem_b))) => {
                self.types.identical(key_a, key_b) && self.types.identical(elem_a, elem_b)
            }
            _ => true,
        }
    }

    fn visit_instr(&mut self, block: BlockId, instr: InstrId, available: &mut Available) {
        let data = &self.func.instrs[instr.index()];
        let results: Vec<ValueId> = data.results().collect();
        match &data.kind {
            InstrKind::Phi { edges, .. } => {
                let edge_numbers: Vec<ValueId> = edges.iter().map(|&e| self.number(e)).collect();
                let result = results[0];
                let first = edge_numbers.first().copied().unwrap_or(result);
                if edge_numbers.iter().all(|&n| n == first) && first != result {
                    self.numbers[result.index()] = first;
                } else {
                    self.number_expression(ExprKey::Phi(block, edge_numbers), instr, &results);
                }
            }
            InstrKind::MapLookup { map, key, comma_ok } => {
                let (map, key) = (self.number(*map), self.number(*key));
                self.number_read(MemoryKey::MapElement { map, key }, results[0], available);
                if *comma_ok {
                    self.number_read(MemoryKey::MapHas { map, key }, results[1], available);
                }
            }
            InstrKind::Load { addr } => {
                let addr = self.number(*addr);
                self.number_read(MemoryKey::Load { addr }, results[0], available);
            }
            kind if is_pure(kind) => {
                let mut key = kind.clone();
                key.for_each_operand_mut(|operand| *operand = self.number(*operand));
                if let InstrKind::BinOp { op, x, y } = &mut key {
                    if op.is_commutative() && y < x {
                        std::mem::swap(x, y);
                    }
                }
                let types = results.iter().map(|r| self.func.values[r.index()].ty).collect();
                self.number_expression(ExprKey::Pure(key, types), instr, &results);
            }
            kind => {
                if let Some(effect) = effect_of(kind, self.writes_nothing) {
                    self.kill(available, effect);
                }
            }
        }
    }

    /// Gives `results` the numbers of the leader for `key`, or makes `instr` its leader.
    fn number_expression(&mut self, key: ExprKey, instr: InstrId, results: &[ValueId]) {
        match self.expressions.get(&key) {
            Some(&leader) => {
                let leader_results = self.func.instrs[leader.index()].results();
                for (result, leader_result) in results.iter().zip(leader_results) {
                    self.numbers[result.index()] = self.number(leader_result);
                }
            }
            None => {
                self.expressions.insert(key.clone(), instr);
                self.scope_log.push(key);
            }
        }
    }

    fn number_read(&mut self, key: MemoryKey, result: ValueId, available: &mut Available) {
        match available.get(&key) {
            Some(&number) => self.numbers[result.index()] = number,
            None => {
                available.insert(key, result);
            }
        }
    }
}

/// For every value that is an address inside a confined local variable (an `Alloc` whose
/// address, and the field and element addresses derived from it, are only loaded from and
/// stored to), that variable's `Alloc` result.
fn confined_roots(func: &Function) -> Vec<Option<ValueId>> {
    let mut roots = vec![None; func.values.len()];
    for instr in &func.instrs {
        if !matches!(instr.kind, InstrKind::Alloc { .. }) {
            continue;
        }
        let Some(alloc) = instr.results().next() else { continue };
        let mut addresses = vec![alloc];
        let mut derived = Vec::new();
        let mut confined = true;
        while let Some(address) = addresses.pop() {
            derived.push(address);
            for &user in func[address].referrers() {
                let user = &func.instrs[user.index()];
                match &user.kind {
                    InstrKind::Load { .. } => {}
                    InstrKind::Store { addr, value } if *addr == address && *value != address => {}
                    InstrKind::FieldAddr { base, .. } | InstrKind::IndexAddr { base, .. }
                        if *base == address =>
                    {
                        addresses.extend(user.results());
                    }
                    _ => confined = false,
                }
            }
            if !confined {
                break;
            }
        }
        if confined {
            for address in derived {
                roots[address.index()] = Some(alloc);
            }
        }
    }
    roots
}

#[cfg(test)]
mod tests;
