//! Writes through a function a caller passes: a higher-order helper (`Fold(xs, acc, step)`)
//! that hands its parameter to a call of its function-valued parameter writes that parameter
//! wherever the function the caller passes writes its argument.

use crate::summary::{CallbackArg, ParamWrite, Summary};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BlockId, Callee, Function, InstrKind, ValueDef, ValueId};
use std::borrow::Cow;

/// The parameter a call argument is on the first call in `block`: the parameter itself, or a
/// loop's phi (`acc = step(acc, x)`) that enters the loop with it.
fn entering_param(f: &Function, dominators: &DomTree, v: ValueId) -> Option<u32> {
    let v = crate::nilness::strip_conversions(f, v);
    match &f[v].def {
        ValueDef::Param { index, .. } => Some(*index),
        ValueDef::Result { instr, .. } => {
            let InstrKind::Phi { edges, .. } = &f[*instr].kind else { return None };
            let header = f[*instr].block()?;
            let preds = f[header].preds();
            let mut entering = preds
                .iter()
                .zip(edges.iter())
                .filter(|(p, _)| !dominators.dominates(header, **p))
                .map(|(_, &e)| crate::nilness::strip_conversions(f, e));
            let first = entering.next()?;
            let ValueDef::Param { index, .. } = f[first].def else { return None };
            entering.all(|e| e == first).then_some(index)
        }
        _ => None,
    }
}

/// The calls in `block` of a function-valued parameter that pass a parameter on, with the
/// certainty and the loops the summary's writes keep.
pub(crate) fn callback_args(
    f: &Function,
    dominators: &DomTree,
    block: BlockId,
    certain: &dyn Fn() -> bool,
    loops_over: &dyn Fn() -> Vec<(u32, crate::summary::Access)>,
    loops_over_slices: &dyn Fn() -> Vec<(u32, crate::summary::Access)>,
) -> Vec<CallbackArg> {
    let mut out = Vec::new();
    for &instr in f[block].instrs() {
        let InstrKind::Call { call } = &f[instr].kind else { continue };
        let Callee::Dynamic(callee) = &call.callee else { continue };
        let ValueDef::Param { index: func, .. } =
            f[crate::nilness::strip_conversions(f, *callee)].def
        else {
            continue;
        };
        for (arg, &value) in call.args.iter().enumerate() {
            let Some(param) = entering_param(f, dominators, value) else { continue };
            out.push(CallbackArg {
                func,
                arg: arg as u32,
                param,
                certain: certain(),
                loops_over: loops_over(),
                loops_over_slices: loops_over_slices(),
            });
        }
    }
    out
}

/// `summary` with the writes its callback arguments get from the functions a call passes
/// (`args`, in parameter order): a package-level function (or a function literal capturing
/// nothing) whose summary writes the argument on every call.
pub(crate) fn with_callback_writes<'s>(
    cx: &crate::nilness::Context<'_>,
    f: &Function,
    summary: Cow<'s, Summary>,
    args: &[ValueId],
) -> Cow<'s, Summary> {
    if summary.callback_args.is_empty() {
        return summary;
    }
    let mut added: Vec<ParamWrite> = Vec::new();
    for cb in &summary.callback_args {
        let Some(&passed) = args.get(cb.func as usize) else { continue };
        let ValueDef::Function { name } = &f[crate::nilness::strip_conversions(f, passed)].def
        else {
            continue;
        };
        let Some(step) = cx.module.lookup(name).and_then(|i| cx.summaries.get(i)) else {
            continue;
        };
        for write in step.writes.iter().filter(|w| w.certain && w.param == cb.arg) {
            added.push(ParamWrite {
                param: cb.param,
                certain: cb.certain,
                loops_over: cb.loops_over.clone(),
                loops_over_slices: cb.loops_over_slices.clone(),
                bound: false,
                ..write.clone()
            });
        }
    }
    if added.is_empty() {
        return summary;
    }
    let mut owned = summary.into_owned();
    owned.writes.extend(added);
    owned.normalise();
    Cow::Owned(owned)
}
