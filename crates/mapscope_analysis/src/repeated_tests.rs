//! A branch on a call taken again with the same arguments and nothing run between: easyjson's
//! generated decoders set a map field to nil when `in.IsDelim('}')` holds and then loop `for
//! !in.IsDelim('}') { out.M[key] = ... }`, so the loop body runs only where the map was made.
//!
//! The second call is taken to answer as the first did: the same static callee, the same
//! arguments (values or equal constants), and on every way from the first to the second no
//! call and no store through a pointer the calls were given. A predicate whose answer changes
//! on its own (an iterator's `Next`) is not written so: code that tests it once to choose and
//! again to loop relies on the two answers agreeing.

use crate::nilness::{entering_branch, location, strip_conversions, without_negations};
use mapscope_ssa::{BlockId, Callee, Function, InstrId, InstrKind, ValueDef, ValueId};

/// How many single-predecessor blocks are climbed from a store to the branch guarding it.
const MAX_CLIMB: usize = 4;

/// Whether the write `point` is reached from the store `store` only through a branch that
/// repeats the call the branch guarding the store tested, the other way: the first test's
/// answer rules the write out.
pub fn rules_out(f: &Function, store: InstrId, point: InstrId) -> bool {
    let (Some(store_block), Some(write_block)) = (f[store].block(), f[point].block()) else {
        return false;
    };
    let Some((first, answer)) = guarding_call(f, store_block) else { return false };
    let InstrKind::Call { call: tested } = &f[first].kind else { return false };
    let Some(first_block) = f[first].block() else { return false };
    for header in f.block_ids() {
        let Some(&last) = f[header].instrs().last() else { continue };
        let InstrKind::If { cond } = f[last].kind else { continue };
        let (cond, taken) = without_negations(f, strip_conversions(f, cond), true);
        let Some(again) = f.defining_instr(cond) else { continue };
        if again == first || f[again].block() != Some(header) {
            continue;
        }
        let InstrKind::Call { call } = &f[again].kind else { continue };
        if !same_call(f, tested, call) {
            continue;
        }
        let succs = f[header].succs();
        let [when_true, when_false] = succs[..] else { continue };
        // The way the repeated test goes when it answers as the first did, and the other.
        let (agreeing, disagreeing) =
            if answer == taken { (when_true, when_false) } else { (when_false, when_true) };
        // Coming back to the repeated test from the agreeing way passes the first test again
        // (an outer loop over the object's keys), which chooses anew.
        if agreeing == disagreeing || reaches(f, agreeing, header, None, Some(first_block)) {
            continue;
        }
        if reaches(f, store_block, write_block, Some((header, disagreeing)), Some(first_block)) {
            continue;
        }
        if nothing_between(f, first_block, first, header, again, &tested.args) {
            return true;
        }
    }
    false
}

/// The call whose boolean result the branch guarding `block` tests (through single-predecessor
/// blocks), and the result on the way to `block`.
fn guarding_call(f: &Function, mut block: BlockId) -> Option<(InstrId, bool)> {
    for _ in 0..MAX_CLIMB {
        let [pred] = f[block].preds()[..] else { return None };
        let last = *f[pred].instrs().last()?;
        if let InstrKind::If { .. } = f[last].kind {
            let (cond, taken) = entering_branch(f, block)?;
            let (cond, taken) = without_negations(f, cond, taken);
            let call = f.defining_instr(cond)?;
            return matches!(f[call].kind, InstrKind::Call { .. }).then_some((call, taken));
        }
        block = pred;
    }
    None
}

/// Whether two calls name the same static function with the same arguments.
fn same_call(f: &Function, a: &mapscope_ssa::CallCommon, b: &mapscope_ssa::CallCommon) -> bool {
    let (Callee::Static(x), Callee::Static(y)) = (&a.callee, &b.callee) else { return false };
    let same_function = match (&f[*x].def, &f[*y].def) {
        (ValueDef::Function { name: m }, ValueDef::Function { name: n }) => m == n,
        _ => false,
    };
    same_function
        && a.args.len() == b.args.len()
        && a.args.iter().zip(&b.args).all(|(&u, &v)| same_value(f, u, v))
}

fn same_value(f: &Function, u: ValueId, v: ValueId) -> bool {
    let (u, v) = (strip_conversions(f, u), strip_conversions(f, v));
    u == v || matches!((&f[u].def, &f[v].def), (ValueDef::Const(a), ValueDef::Const(b)) if a == b)
}

/// Whether a path leads from the start of `from` to `to` (`from` itself when it loops back),
/// without taking the edge `cut` or entering the block `avoid`.
fn reaches(
    f: &Function,
    from: BlockId,
    to: BlockId,
    cut: Option<(BlockId, BlockId)>,
    avoid: Option<BlockId>,
) -> bool {
    let mut seen = vec![false; f.block_count()];
    let mut stack = vec![from];
    while let Some(block) = stack.pop() {
        for &succ in f[block].succs() {
            if cut == Some((block, succ)) || avoid == Some(succ) {
                continue;
            }
            if succ == to {
                return true;
            }
            if !std::mem::replace(&mut seen[succ.index()], true) {
                stack.push(succ);
            }
        }
    }
    false
}

/// Whether every instruction that may run after `first` (in `first_block`) and before
/// `again` (in `header`, not passing through `header` on the way) is neither a call nor a
/// store that may go through one of the `args` the calls are given.
fn nothing_between(
    f: &Function,
    first_block: BlockId,
    first: InstrId,
    header: BlockId,
    again: InstrId,
    args: &[ValueId],
) -> bool {
    let roots: Vec<_> = args.iter().filter_map(|&a| location(f, strip_conversions(f, a))).collect();
    let quiet = |i: InstrId| match &f[i].kind {
        InstrKind::Call { .. } | InstrKind::Go { .. } | InstrKind::Defer { .. } => false,
        InstrKind::Store { addr, .. } => {
            location(f, *addr).is_some_and(|place| roots.iter().all(|r| r.root != place.root))
        }
        _ => true,
    };
    let after = |block: BlockId, from: InstrId| {
        f[block].instrs().iter().skip_while(|&&i| i != from).skip(1).all(|&i| quiet(i))
    };
    let before = |block: BlockId, to: InstrId| {
        f[block].instrs().iter().take_while(|&&i| i != to).all(|&i| quiet(i))
    };
    if !after(first_block, first) || !before(header, again) {
        return false;
    }
    let mut seen = vec![false; f.block_count()];
    let mut stack: Vec<BlockId> = f[first_block].succs().to_vec();
    while let Some(block) = stack.pop() {
        if block == header || std::mem::replace(&mut seen[block.index()], true) {
            continue;
        }
        // A way that never comes to the repeated test does not matter.
        if !reaches(f, block, header, None, None) {
            continue;
        }
        if block == first_block || !f[block].instrs().iter().all(|&i| quiet(i)) {
            return false;
        }
        stack.extend_from_slice(f[block].succs());
    }
    true
}
