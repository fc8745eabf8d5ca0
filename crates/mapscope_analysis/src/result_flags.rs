//! Loops over a callee's result that holds entries only when a flag field has one value, and
//! nils a caller picks only when the same flag field has the other: the loop body never runs
//! on the nil's path.
//!
//! ```go
//! var batches map[*batch][]int
//! if !w.async { batches = make(map[*batch][]int) }
//! for b, idxs := range pw.writeMessages(indexes) { // nil (empty) when pw.w.async
//!     batches[b] = idxs
//! }
//! ```
//!
//! A flag is a boolean field, known by its field object: `w.async` in the caller and
//! `p.w.async` in the callee read the same field of two values of one type. It may also be a
//! boolean parameter of the callee (`func collect(enabled bool) map[K]V` that returns nil
//! unless `enabled`): the caller's argument for it is then the flag, the very value its own
//! branch tests or the field it reads. A configuration
//! flag like this one is set once for a whole object graph, so the two reads are taken to agree;
//! that trusts the code's own structure, which is what keeps the check from crying wolf here.

use crate::flag_guards::{edge_condition, guards};
use crate::module::{Module, ModuleFunction};
use crate::nilness::{is_nil_constant, strip_conversions, without_negations};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BlockId, Function, InstrKind, ValueDef, ValueId};
use mapscope_types::types::ObjId;

/// What a flag is: a boolean field (its object), a boolean parameter of the callee, or a value
/// of the caller (the argument passed for such a parameter, or a condition it tests).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Key {
    Field(ObjId),
    Param(u32),
    Value(ValueId),
}

/// A flag and one of its values.
type Flag = (Key, bool);

/// How many φs deep the callee's result is followed to its sources.
const MAX_SOURCES: usize = 64;

/// Whether the write in `block` of `f` runs only inside a loop over a callee's result that holds
/// entries only under a flag, while the nil edge `phi_block ← pred` is taken only under the
/// flag's other value.
pub fn loop_over_flagged_result(
    module: &Module<'_>,
    f: &Function,
    dominators: &DomTree,
    (phi_block, pred): (BlockId, BlockId),
    block: BlockId,
) -> bool {
    let Some(me) = module.lookup(&f.name).map(|i| &module.functions[i]) else { return false };
    let mut nil_guards = guards(f, dominators, pred);
    nil_guards.extend(edge_condition(f, pred, phi_block));
    let nil_flags: Vec<Flag> =
        nil_guards.iter().flat_map(|&(cond, taken)| caller_flags(me, cond, taken)).collect();
    crate::length_guards::looped_collections(f, dominators, block).into_iter().any(|collection| {
        result_flags(module, me, collection).iter().any(|&(key, value)| {
            nil_flags.iter().any(|&(other, other_value)| other == key && other_value != value)
        })
    })
}

/// The flags a branch of the caller on `cond`, taken the way `taken` says, decides: the
/// condition itself, and the field it reads if it is one.
fn caller_flags(me: &ModuleFunction<'_>, cond: ValueId, taken: bool) -> Vec<Flag> {
    let (value, value_taken) = without_negations(me.function, cond, taken);
    let mut flags = vec![(Key::Value(value), value_taken)];
    flags.extend(flag_of(me, cond, taken));
    flags
}

/// The flags under which every function that the call giving `collection` may run returns
/// something that is not nil: whenever such a flag has the other value, the result is nil.
fn result_flags(module: &Module<'_>, me: &ModuleFunction<'_>, collection: ValueId) -> Vec<Flag> {
    let f = me.function;
    let ValueDef::Result { instr, index: 0 } = f[strip_conversions(f, collection)].def else {
        return Vec::new();
    };
    let InstrKind::Call { call } = &f[instr].kind else { return Vec::new() };
    let Some(targets) = module.resolve(f, call) else { return Vec::new() };
    let mut common: Option<Vec<Flag>> = None;
    for callee in targets.callees {
        // A parameter of the callee is the argument the caller passes for it.
        let flags: Vec<Flag> = non_nil_only_under(&module.functions[callee])
            .into_iter()
            .flat_map(|(key, value)| match key {
                Key::Param(index) => targets
                    .args
                    .get(index as usize)
                    .map(|&arg| caller_flags(me, strip_conversions(f, arg), value))
                    .unwrap_or_default(),
                _ => vec![(key, value)],
            })
            .collect();
        common = Some(match common {
            None => flags,
            Some(before) => before.into_iter().filter(|flag| flags.contains(flag)).collect(),
        });
    }
    common.unwrap_or_default()
}

/// The flags that hold wherever `mf`, a function of one result, returns a value that is not the
/// constant nil: at the return, or where that value is made.
fn non_nil_only_under(mf: &ModuleFunction<'_>) -> Vec<Flag> {
    let g = mf.function;
    let dominators = DomTree::new(g);
    let flags_at = |block: BlockId| -> Vec<Flag> {
        guards(g, &dominators, block)
            .into_iter()
            .filter_map(|(cond, taken)| callee_flag(mf, cond, taken))
            .collect()
    };
    let mut common: Option<Vec<Flag>> = None;
    for b in g.block_ids() {
        for &i in g[b].instrs() {
            let InstrKind::Return { results } = &g[i].kind else { continue };
            let [result] = results[..] else { return Vec::new() };
            let at_return = flags_at(b);
            let mut sources = Vec::new();
            if !non_nil_sources(g, result, &mut sources, &mut Vec::new()) {
                return Vec::new();
            }
            for source in sources {
                let mut flags = at_return.clone();
                if let Some(made_in) = g.defining_instr(source).and_then(|d| g[d].block()) {
                    flags.extend(flags_at(made_in));
                }
                common = Some(match common {
                    None => flags,
                    Some(before) => {
                        before.into_iter().filter(|flag| flags.contains(flag)).collect()
                    }
                });
            }
        }
    }
    common.unwrap_or_default()
}

/// Pushes the values that `v` may be, through φs, other than the constant nil; false when there
/// are too many to follow.
fn non_nil_sources(
    g: &Function,
    v: ValueId,
    out: &mut Vec<ValueId>,
    seen: &mut Vec<ValueId>,
) -> bool {
    let v = strip_conversions(g, v);
    if seen.contains(&v) || is_nil_constant(g, v) {
        return true;
    }
    if seen.len() > MAX_SOURCES {
        return false;
    }
    seen.push(v);
    match g.defining_instr(v).map(|d| &g[d].kind) {
        Some(InstrKind::Phi { edges, .. }) => {
            edges.iter().all(|&edge| non_nil_sources(g, edge, out, seen))
        }
        _ => {
            out.push(v);
            true
        }
    }
}

/// The flag that the branch on `cond`, taken the way `taken` says, decides: a boolean field read
/// from a struct value (`o.trace`) or through a pointer (`p.w.async`), under its negations.
fn flag_of(mf: &ModuleFunction<'_>, cond: ValueId, taken: bool) -> Option<Flag> {
    let f = mf.function;
    let (cond, taken) = without_negations(f, cond, taken);
    let read = f.defining_instr(cond)?;
    let selection = match &f[read].kind {
        InstrKind::Load { addr } => f.defining_instr(*addr)?,
        InstrKind::Field { .. } => read,
        _ => return None,
    };
    let field = mf.fields.selection(mf.index_in_unit, selection)?;
    Some((Key::Field(field), taken))
}

/// The flag of a callee's branch: a field it reads, or one of its boolean parameters.
fn callee_flag(mf: &ModuleFunction<'_>, cond: ValueId, taken: bool) -> Option<Flag> {
    let f = mf.function;
    let (value, value_taken) = without_negations(f, cond, taken);
    if let ValueDef::Param { index, .. } = f[value].def {
        return Some((Key::Param(index), value_taken));
    }
    flag_of(mf, cond, taken)
}
