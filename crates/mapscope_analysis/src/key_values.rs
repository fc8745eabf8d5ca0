//! The constants a value takes on the way to one use, when it is read from constant data the
//! function builds itself: a field of the elements of a slice literal that a loop walks whole
//! (`for _, e := range []event{{"mon", ...}, {"tue", ...}} { use(e.day) }` takes "mon" and
//! "tue"), through copies into local variables.
//!
//! Each answer is a value the use certainly sees on some run of the loop, with the store that
//! put it there; the list need not be complete (a value the search cannot follow adds nothing).
//! Only memory that nothing but loads, stores and field or element addresses touches is
//! followed, so no unseen code can have changed it.

use crate::nilness::strip_conversions;
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BinaryOp, Builtin, Callee, ConstValue, Function, InstrId, InstrKind, ValueDef};
use mapscope_ssa::{BlockId, ValueId};

/// How many copies, fields and elements the search follows from the value to its constants.
const MAX_DEPTH: usize = 8;

/// A constant the value takes, and the store that put it in memory on its way (`None` when the
/// value is the constant itself).
pub type KeyValue = (ConstValue, Option<InstrId>);

/// The constants `v` takes in `use_block` on some run of the loop that walks the data it is
/// read from.
pub fn constants_taken(f: &Function, v: ValueId, use_block: BlockId) -> Vec<KeyValue> {
    let mut out = Vec::new();
    let dominators = DomTree::new(f);
    let search = Search { f, dominators: &dominators, use_block };
    search.value(v, &mut Vec::new(), None, 0, &mut out);
    out.sort_by(|a, b| format!("{:?}", a.0).cmp(&format!("{:?}", b.0)));
    out.dedup_by(|a, b| a.0 == b.0);
    out
}

struct Search<'f> {
    f: &'f Function,
    dominators: &'f DomTree,
    /// Where the value is used: every turn of the loop must run it.
    use_block: BlockId,
}

impl Search<'_> {
    /// The constants of the value `v` at the field path `path` inside it, kept innermost first
    /// (the field nearest the root last).
    fn value(
        &self,
        v: ValueId,
        path: &mut Vec<u32>,
        store: Option<InstrId>,
        depth: usize,
        out: &mut Vec<KeyValue>,
    ) {
        let f = self.f;
        if depth > MAX_DEPTH {
            return;
        }
        let v = strip_conversions(f, v);
        if let ValueDef::Const(c) = &f[v].def {
            let scalar = matches!(
                c,
                ConstValue::Bool(_)
                    | ConstValue::Int(_)
                    | ConstValue::Float { .. }
                    | ConstValue::String(_)
            );
            if path.is_empty() && scalar {
                out.push((c.clone(), store));
            }
            return;
        }
        let Some(instr) = f.defining_instr(v) else { return };
        match &f[instr].kind {
            InstrKind::Field { base, field } => {
                path.push(*field);
                self.value(*base, path, store, depth + 1, out);
                path.pop();
            }
            InstrKind::Load { addr } => self.memory(*addr, instr, path, depth + 1, out),
            _ => {}
        }
    }

    /// The constants held at `path` inside the memory `addr` points to when `load` reads it.
    fn memory(
        &self,
        addr: ValueId,
        load: InstrId,
        path: &mut Vec<u32>,
        depth: usize,
        out: &mut Vec<KeyValue>,
    ) {
        let f = self.f;
        if depth > MAX_DEPTH {
            return;
        }
        let addr = strip_conversions(f, addr);
        let Some(instr) = f.defining_instr(addr) else { return };
        match &f[instr].kind {
            InstrKind::FieldAddr { base, field } => {
                path.push(*field);
                self.memory(*base, load, path, depth + 1, out);
                path.pop();
            }
            // A local variable or a literal's struct: the one store that fills the place.
            InstrKind::Alloc { .. } => {
                let Some(root) = f[instr].result() else { return };
                let Some(stores) = stores_into(f, root) else { return };
                let wanted: Vec<u32> = path.iter().rev().copied().collect();
                let covering: Vec<&(Vec<u32>, InstrId, ValueId)> =
                    stores.iter().filter(|(fields, _, _)| wanted.starts_with(fields)).collect();
                // Anything stored inside the place, or twice over it, makes the answer uncertain;
                // so does a store that may come after the load.
                let inside = stores.iter().any(|(fields, _, _)| {
                    fields.len() > wanted.len() && fields.starts_with(&wanted)
                });
                if let ([(fields, store, stored)], false) = (covering.as_slice(), inside) {
                    if self.before(*store, load) {
                        let mut rest = path[..path.len() - fields.len()].to_vec();
                        self.value(*stored, &mut rest, Some(*store), depth + 1, out);
                    }
                }
            }
            // An element of a slice made here, in a loop that visits every element.
            InstrKind::IndexAddr { base, index } => {
                let base = strip_conversions(f, *base);
                let Some(make) = f.defining_instr(base) else { return };
                if !matches!(f[make].kind, InstrKind::MakeSlice { .. }) {
                    return;
                }
                if !walks_every_index(f, *index, &|v| v == base, self.use_block) {
                    return;
                }
                let Some(stores) = element_stores(f, base) else { return };
                // Whole elements stored before the loop starts; a store into an element's field
                // may change what the loop reads.
                let whole = stores
                    .iter()
                    .all(|(fields, store, _)| fields.is_empty() && self.before(*store, load));
                if !whole {
                    return;
                }
                for (_, store, stored) in &stores {
                    self.value(*stored, &mut path.clone(), Some(*store), depth + 1, out);
                }
            }
            _ => {}
        }
    }

    fn before(&self, first: InstrId, then: InstrId) -> bool {
        runs_before(self.f, self.dominators, first, then)
    }
}

/// Whether `first` runs before `then` on every path to it: earlier in the same block, or in a
/// block that dominates it outside any loop back to `first`.
pub fn runs_before(f: &Function, dominators: &DomTree, first: InstrId, then: InstrId) -> bool {
    // A store in a loop header's dominator but inside the loop would dominate too; a block
    // that can reach itself is such a loop.
    precedes(f, dominators, first, then)
        && (f[first].block() == f[then].block()
            || f[first].block().is_some_and(|a| !reaches_itself(f, a)))
}

/// Whether `first` comes before `then` on every path to it, loops aside: earlier in the same
/// block, or in a block that strictly dominates `then`'s.
pub fn precedes(f: &Function, dominators: &DomTree, first: InstrId, then: InstrId) -> bool {
    let (Some(a), Some(b)) = (f[first].block(), f[then].block()) else { return false };
    if a == b {
        let instrs = f[a].instrs();
        let at = |i| instrs.iter().position(|&x| x == i);
        return matches!((at(first), at(then)), (Some(x), Some(y)) if x < y);
    }
    dominators.dominates(a, b)
}

/// Whether a path leads from `block` back to it: it is inside a loop.
fn reaches_itself(f: &Function, block: BlockId) -> bool {
    block_reaches(f, block, block)
}

/// Whether some path leads from instruction `from` to instruction `to` (`from` itself
/// excluded, unless a loop returns to it).
pub fn instr_reaches(f: &Function, from: InstrId, to: InstrId) -> bool {
    let (Some(a), Some(b)) = (f[from].block(), f[to].block()) else { return true };
    let instrs = f[a].instrs();
    let at = |i| instrs.iter().position(|&x| x == i);
    (a == b && matches!((at(from), at(to)), (Some(x), Some(y)) if x < y)) || block_reaches(f, a, b)
}

/// Whether a path of at least one edge leads from block `from` to block `to`.
pub fn block_reaches(f: &Function, from: BlockId, to: BlockId) -> bool {
    block_reaches_avoiding(f, from, to, |_| false)
}

/// Whether a path of at least one edge leads from block `from` to block `to` through no block
/// (`to` included) that `blocked` names.
pub fn block_reaches_avoiding(
    f: &Function,
    from: BlockId,
    to: BlockId,
    blocked: impl Fn(BlockId) -> bool,
) -> bool {
    let mut seen = vec![false; f.block_count()];
    let mut stack = f[from].succs().to_vec();
    while let Some(b) = stack.pop() {
        if blocked(b) {
            continue;
        }
        if b == to {
            return true;
        }
        if !std::mem::replace(&mut seen[b.index()], true) {
            stack.extend_from_slice(f[b].succs());
        }
    }
    false
}

/// Every store into the memory at `root` and its fields, as (field path from the root, store,
/// stored value); `None` when the address reaches anything else.
fn stores_into(f: &Function, root: ValueId) -> Option<Vec<(Vec<u32>, InstrId, ValueId)>> {
    let mut out = Vec::new();
    let mut addresses = vec![(root, Vec::new())];
    while let Some((addr, fields)) = addresses.pop() {
        for &user in f[addr].referrers() {
            match &f[user].kind {
                InstrKind::Load { .. } => {}
                InstrKind::Store { addr: a, value } if *a == addr && *value != addr => {
                    out.push((fields.clone(), user, *value));
                }
                InstrKind::FieldAddr { field, .. } => {
                    let mut inner = fields.clone();
                    inner.push(*field);
                    addresses.push((f[user].result()?, inner));
                }
                _ => return None,
            }
        }
    }
    Some(out)
}

/// The stores into the elements of the slice `slice` made here, as `stores_into` gives them;
/// `None` unless the slice is only indexed (each store at a constant index) and measured.
pub fn element_stores(f: &Function, slice: ValueId) -> Option<Vec<(Vec<u32>, InstrId, ValueId)>> {
    let mut out = Vec::new();
    let mut indices = Vec::new();
    for &user in f[slice].referrers() {
        match &f[user].kind {
            InstrKind::IndexAddr { base, index } if *base == slice => {
                let element = f[user].result()?;
                let stores = stores_into(f, element)?;
                let constant = match &f[strip_conversions(f, *index)].def {
                    ValueDef::Const(ConstValue::Int(i)) => Some(*i),
                    _ => None,
                };
                if stores.is_empty() {
                    continue;
                }
                // One store per element at a constant index: no element is overwritten.
                let i = constant?;
                if indices.contains(&i) || stores.len() != 1 {
                    return None;
                }
                indices.push(i);
                out.extend(stores);
            }
            InstrKind::Call { call }
                if call.callee == Callee::Builtin(Builtin::Len) && call.args == [slice] => {}
            _ => return None,
        }
    }
    Some(out)
}

/// Whether `index` (used in `block`) is the counter of a loop that runs from 0 while it is
/// less than `len(s)` of a value `s` that `is_slice` accepts, one at a time, with `block` run
/// on every turn: the loop of `range`.
pub fn walks_every_index(
    f: &Function,
    index: ValueId,
    is_slice: &dyn Fn(ValueId) -> bool,
    block: BlockId,
) -> bool {
    index_loop(f, index, is_slice).is_some_and(|(_, body)| straight_line(f, body, block))
}

/// Like [`walks_every_index`], but the body may branch on the way to `block`, as long as
/// every path from the body's start reaches `block` before it leaves the body (no `continue`,
/// `break` or return skips it).
pub fn walks_every_index_through(
    f: &Function,
    index: ValueId,
    is_slice: &dyn Fn(ValueId) -> bool,
    block: BlockId,
) -> bool {
    index_loop(f, index, is_slice)
        .is_some_and(|(header, body)| every_path_reaches(f, body, block, header))
}

/// The header and the first block of the body of the loop whose counter is `index`, when it
/// runs from 0 by 1 while below the length of a slice `is_slice` accepts.
fn index_loop(
    f: &Function,
    index: ValueId,
    is_slice: &dyn Fn(ValueId) -> bool,
) -> Option<(BlockId, BlockId)> {
    let phi = f.defining_instr(index)?;
    let InstrKind::Phi { edges, .. } = &f[phi].kind else { return None };
    let header = f[phi].block()?;
    let starts_at_zero =
        edges.iter().any(|&e| matches!(f[e].def, ValueDef::Const(ConstValue::Int(0))));
    let steps_by_one = edges.iter().any(|&e| {
        f.defining_instr(e).is_some_and(|i| {
            matches!(&f[i].kind, InstrKind::BinOp { op: BinaryOp::Add, x, y }
                if *x == index && matches!(f[*y].def, ValueDef::Const(ConstValue::Int(1))))
        })
    });
    if edges.len() != 2 || !starts_at_zero || !steps_by_one {
        return None;
    }
    // `if index < len(slice) goto body`.
    let &last = f[header].instrs().last()?;
    let InstrKind::If { cond } = &f[last].kind else { return None };
    let bounded = f.defining_instr(*cond).is_some_and(|i| match &f[i].kind {
        InstrKind::BinOp { op: BinaryOp::Lss, x, y } => {
            *x == index
                && f.defining_instr(*y).is_some_and(|l| {
                    matches!(&f[l].kind, InstrKind::Call { call }
                        if call.callee == Callee::Builtin(Builtin::Len)
                            && call.args.len() == 1
                            && is_slice(call.args[0]))
                })
        }
        _ => false,
    });
    let &body = f[header].succs().first()?;
    bounded.then_some((header, body))
}

/// Whether every path from block `from` reaches block `to` before block `avoid` or the
/// function's end (a path that loops forever without reaching `to` does not count against it).
pub fn every_path_reaches(f: &Function, from: BlockId, to: BlockId, avoid: BlockId) -> bool {
    let mut seen = vec![false; f.block_count()];
    let mut stack = vec![from];
    while let Some(at) = stack.pop() {
        if at == to {
            continue;
        }
        let succs = f[at].succs();
        if at == avoid || succs.is_empty() {
            return false;
        }
        if std::mem::replace(&mut seen[at.index()], true) {
            continue;
        }
        stack.extend_from_slice(succs);
    }
    true
}

/// Whether `to` is reached from `from` by following single successors only: no branch can
/// skip it.
pub fn straight_line(f: &Function, from: BlockId, to: BlockId) -> bool {
    let mut at = from;
    for _ in 0..f.block_count() {
        if at == to {
            return true;
        }
        match f[at].succs() {
            [next] => at = *next,
            _ => return false,
        }
    }
    false
}
