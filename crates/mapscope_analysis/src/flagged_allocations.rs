//! Writes behind a test of a boolean field that every way from the allocation leaving the
//! map nil sets: the flag marks the value whose map was never made.
//!
//! ```go
//! cur = &service{name: name}
//! for _, old := range retired {
//!     if name == old { cur.retired = true; continue lines } // env stays nil
//! }
//! cur.env = make(map[string]string)
//! ...
//! if cur.retired { continue }
//! cur.env[key] = value // made: only a retired service lacks it
//! ```
//!
//! The write counts as guarded when the branch on the flag, read through the same pointer as
//! the map, reaches it only when the flag is false, and every path from the allocation to
//! that branch stores into the map or stores `true` into the flag through the allocation's
//! own pointer. A function that stores `false` into the flag anywhere is left alone.

use crate::nilness::{field_address, strip_conversions, without_negations};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BlockId, ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId};

/// Whether the write in `block` into `map` (a map field loaded through a pointer) is reached
/// only when a flag that every nil path from allocation `alloc` sets is false.
pub fn flag_set_on_nil_paths(
    f: &Function,
    dominators: &DomTree,
    alloc: InstrId,
    block: BlockId,
    map: ValueId,
) -> bool {
    let Some((pointer, map_field)) = field_of(f, map) else { return false };
    let Some(object) = f[alloc].result() else { return false };
    let Some(alloc_block) = f[alloc].block() else { return false };
    // The branches on a flag of the same pointer that reach the write only when it is false.
    let mut guard = None;
    let mut at = block;
    while let Some(parent) = dominators.idom(at) {
        if let Some(found) = false_flag_guard(f, dominators, parent, block, pointer) {
            guard = Some(found);
            break;
        }
        at = parent;
    }
    let Some((test_block, flag_field)) = guard else { return false };
    if flag_field == map_field {
        return false;
    }
    // A store of anything but `true` into the flag (bar the literal's zero) may clear it.
    let mut blocked = vec![false; f.block_count()];
    for b in f.block_ids() {
        for &i in f[b].instrs() {
            let InstrKind::Store { addr, value } = &f[i].kind else { continue };
            let Some((base, field)) = field_address(f, *addr) else { continue };
            let value = strip_conversions(f, *value);
            let is_true = matches!(f[value].def, ValueDef::Const(ConstValue::Bool(true)));
            if field == flag_field && !is_true {
                let zero = matches!(f[value].def, ValueDef::Const(ConstValue::Bool(false)))
                    && base == object
                    && b == alloc_block;
                if !zero {
                    return false;
                }
            }
            let marks = field == flag_field && is_true;
            let makes = field == map_field && !crate::nilness::is_nil_constant(f, value);
            if base == object && (marks || makes) {
                if b == alloc_block && !after(f, b, alloc, i) {
                    continue;
                }
                blocked[b.index()] = true;
            }
        }
    }
    // The allocation's block itself: its own stores come after the allocation, and the test
    // ends it.
    if blocked[alloc_block.index()] {
        return true;
    }
    // A path back through the allocation allocates another value.
    test_block != alloc_block
        && !crate::key_values::block_reaches_avoiding(f, alloc_block, test_block, |b| {
            b == alloc_block || blocked[b.index()]
        })
}

/// The branch at the end of `parent` when it tests a boolean field of `pointer` and only its
/// false side leads to `block`: the tested block and the flag's field index.
fn false_flag_guard(
    f: &Function,
    dominators: &DomTree,
    parent: BlockId,
    block: BlockId,
    pointer: ValueId,
) -> Option<(BlockId, u32)> {
    let &last = f[parent].instrs().last()?;
    let InstrKind::If { cond } = &f[last].kind else { return None };
    // The value of `cond` under which the flag is false.
    let (flag, cond_when_false) = without_negations(f, strip_conversions(f, *cond), false);
    let (base, field) = field_of(f, flag)?;
    if base != pointer {
        return None;
    }
    let succs = f[parent].succs();
    let (when_true, when_false) = (succs.first()?, succs.get(1)?);
    let (needed, other) =
        if cond_when_false { (*when_true, *when_false) } else { (*when_false, *when_true) };
    (needed != other && dominators.dominates(needed, block)).then_some((parent, field))
}

/// The pointer and field index `v` is loaded from, when it is a load of a field's address.
fn field_of(f: &Function, v: ValueId) -> Option<(ValueId, u32)> {
    let v = strip_conversions(f, v);
    let InstrKind::Load { addr } = &f[f.defining_instr(v)?].kind else { return None };
    field_address(f, *addr)
}

/// Whether `then` comes after `first` in `block`.
fn after(f: &Function, block: BlockId, first: InstrId, then: InstrId) -> bool {
    let instrs = f[block].instrs();
    let at = |i: InstrId| instrs.iter().position(|&x| x == i);
    at(then) > at(first)
}
