//! Maps known empty at an instruction because every path to it empties them last: a `clear`,
//! a drain (a `range` over the map that deletes, on every iteration, the key it visits), or
//! the `make` itself, with nothing writing into the map or handing it on after that.
//!
//! `for k := range pending { delete(pending, k) }` leaves `pending` empty, so a callee's loop
//! over it runs no iteration, and a nil map written only inside that loop is never written.
//! A delete that some iterations skip (`if done(k) { delete(pending, k) }`) may leave keys, and
//! so does a loop that can `break`: on such a path the map counts as filled.

use crate::nilness::strip_conversions;
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BlockId, Builtin, Callee, Function, InstrId, InstrKind, ValueDef, ValueId};

/// Whether the map `map` is empty where `at` runs: walking back from `at` along every path, a
/// `clear` of it, the exit of a loop draining it, or its `make` comes before any write into it,
/// any instruction handing it on (a call other than `len`, a store, a closure), and, for a map
/// not made here (which other names may reach), any call at all.
pub fn emptied_at(f: &Function, dominators: &DomTree, map: ValueId, at: InstrId) -> bool {
    let map = strip_conversions(f, map);
    let Some(at_block) = f[at].block() else { return false };
    let def = f.defining_instr(map);
    let made_here = def.is_some_and(|d| matches!(f[d].kind, InstrKind::MakeMap { .. }));
    let mut visited = vec![false; f.block_count()];
    // Blocks to scan backward, each from its end or from just before an instruction.
    let mut work: Vec<(BlockId, Option<InstrId>)> = vec![(at_block, Some(at))];
    while let Some((block, before)) = work.pop() {
        let instrs = f[block].instrs();
        let end = before.and_then(|b| instrs.iter().position(|&i| i == b)).unwrap_or(instrs.len());
        let mut closed = false;
        for &instr in instrs[..end].iter().rev() {
            if Some(instr) == def {
                // The map is made here, before anything filled it on this path; any other
                // definition (a φ, a load) is a map this walk knows nothing about.
                if !made_here {
                    return false;
                }
                closed = true;
                break;
            }
            match step(f, map, made_here, instr) {
                Step::Emptied => {
                    closed = true;
                    break;
                }
                Step::Filled => return false,
                Step::Neutral => {}
            }
        }
        if closed {
            continue;
        }
        let preds = f[block].preds();
        if preds.is_empty() {
            // The entry of the function: a parameter or free variable nobody emptied.
            return false;
        }
        for &pred in preds {
            if drains(f, dominators, map, pred, block) {
                continue;
            }
            if !visited[pred.index()] {
                visited[pred.index()] = true;
                work.push((pred, None));
            }
        }
    }
    true
}

enum Step {
    Emptied,
    Filled,
    Neutral,
}

/// What `instr` does to `map`'s entries, walking backward.
fn step(f: &Function, map: ValueId, made_here: bool, instr: InstrId) -> Step {
    let is_map = |v: ValueId| strip_conversions(f, v) == map;
    match &f[instr].kind {
        InstrKind::MapClear { map: m } if is_map(*m) => Step::Emptied,
        InstrKind::MapUpdate { map: m, .. } if is_map(*m) => Step::Filled,
        InstrKind::MapLookup { .. } | InstrKind::MapRange { .. } | InstrKind::MapDelete { .. } => {
            Step::Neutral
        }
        InstrKind::Call { call } if call.callee == Callee::Builtin(Builtin::Len) => Step::Neutral,
        InstrKind::Call { .. } | InstrKind::Go { .. } | InstrKind::Defer { .. } if !made_here => {
            Step::Filled
        }
        kind if kind.operands().into_iter().any(is_map) => Step::Filled,
        _ => Step::Neutral,
    }
}

/// Whether the edge `header → done` leaves a `range` over `map` that deletes the key it visits
/// on every iteration and writes nothing into the map: the map is empty after it.
fn drains(
    f: &Function,
    dominators: &DomTree,
    map: ValueId,
    header: BlockId,
    done: BlockId,
) -> bool {
    let Some(&last) = f[header].instrs().last() else { return false };
    let InstrKind::If { cond } = f[last].kind else { return false };
    let [body, exit] = f[header].succs() else { return false };
    if *exit != done || body == exit {
        return false;
    }
    let ValueDef::Result { instr: next, index: 0 } = f[strip_conversions(f, cond)].def else {
        return false;
    };
    let InstrKind::MapNext { iter } = &f[next].kind else { return false };
    let Some(range) = f.defining_instr(*iter) else { return false };
    let InstrKind::MapRange { map: ranged } = &f[range].kind else { return false };
    if strip_conversions(f, *ranged) != map {
        return false;
    }
    let Some(key) = f[next].results().nth(1) else { return false };
    let in_loop = |b: BlockId| dominators.dominates(*body, b);
    let back_edges: Vec<BlockId> =
        f[header].preds().iter().copied().filter(|&p| in_loop(p)).collect();
    let writes = f.block_ids().filter(|&b| in_loop(b)).any(|b| {
        f[b].instrs().iter().any(|&i| {
            matches!(&f[i].kind, InstrKind::MapUpdate { map: m, .. } if strip_conversions(f, *m) == map)
        })
    });
    !writes
        && !back_edges.is_empty()
        && f.block_ids().filter(|&b| in_loop(b)).any(|b| {
            back_edges.iter().all(|&edge| dominators.dominates(b, edge))
                && f[b].instrs().iter().any(|&i| {
                    matches!(&f[i].kind, InstrKind::MapDelete { map: m, key: k }
                        if strip_conversions(f, *m) == map && strip_conversions(f, *k) == key)
                })
        })
}
