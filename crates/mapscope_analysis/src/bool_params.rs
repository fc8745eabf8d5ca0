//! What a call's outcome says about a boolean it was given: `invariant(ok, msg)` returns nil
//! only when `ok` holds, testify's `assert.True(t, ok)` returns true only then, and
//! `require.True(t, ok)` returns at all only then; and about an error or pointer it was given:
//! `must(err)` and `require.NoError(t, err)` return only when `err` is nil.
//!
//! A comma-ok assertion that fails hands such a call a false `ok`, so the path on which the
//! call's outcome says otherwise is infeasible: the failed assertion's nil map never reaches a
//! write behind `if err := invariant(ok, ...); err != nil { return err }` or `require.True(t,
//! ok)`.

use crate::guarding_edges::guarding_edges;
use crate::nilness::{Context, location, strip_conversions, without_negations};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{
    BinaryOp, BlockId, ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId,
};
use mapscope_types::types::{Type, TypeView};
use serde::{Deserialize, Serialize};

/// The outcome of a call that shows a boolean parameter was true.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Outcome {
    /// The call returned at all.
    Returns,
    /// Boolean result `result` is true.
    True,
    /// Result `result` (an error, a pointer) is nil.
    Nil,
}

/// When the call has `outcome` (for result `result`), parameter `param` was as `shown` says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Implies {
    pub outcome: Outcome,
    pub result: u32,
    pub param: u32,
    #[serde(default)]
    pub shown: Shown,
}

/// What an outcome shows of a parameter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Shown {
    /// The boolean parameter was true.
    #[default]
    True,
    /// The error, interface or pointer parameter was nil.
    Nil,
}

/// What each outcome of `f` says about its boolean parameters, given its returns (each with
/// its result values), and the boolean results that are false, and those that are true, on
/// every return that returns (not behind a call that never does).
pub fn implications(
    cx: Context<'_>,
    f: &Function,
    dominators: &DomTree,
    returns: &[(InstrId, Vec<ValueId>)],
) -> (Vec<Implies>, Vec<u32>, Vec<u32>) {
    let program = cx.module.program;
    let mut types = program.types();
    let known = |ty: mapscope_types::types::TypeId| ty.arena as usize <= program.units.len();
    // Whether a type's underlying type is boolean (`Some(true)`) or nilable, an interface or
    // a pointer (`Some(false)`).
    let mut class = |ty| {
        if !known(ty) {
            return None;
        }
        let under = mapscope_types::query::underlying(&mut types, ty);
        match types.ty(under) {
            Type::Basic(kind, _) if kind.is_boolean() => Some(true),
            Type::Interface(_) | Type::Pointer(_) => Some(false),
            _ => None,
        }
    };
    let params_of = |class: &mut dyn FnMut(mapscope_types::types::TypeId) -> Option<bool>,
                     wanted: bool| {
        f.params()
            .iter()
            .filter(|&&p| class(f[p].ty) == Some(wanted))
            .filter_map(|&p| match f[p].def {
                ValueDef::Param { index, .. } => Some(index),
                _ => None,
            })
            .collect::<Vec<u32>>()
    };
    let bools = params_of(&mut class, true);
    let nilables = params_of(&mut class, false);
    // A return after a call that never returns (`os.Exit(1)`, `t.FailNow()`) is never taken.
    let returns: Vec<&(InstrId, Vec<ValueId>)> = returns
        .iter()
        .filter(|(ret, _)| f[*ret].block().is_some_and(|b| !cx.module.never_returns(f, b)))
        .collect();
    let bool_results: Vec<usize> =
        (0..f.result_types.len()).filter(|&r| class(f.result_types[r]) == Some(true)).collect();
    let mut always_false = Vec::new();
    let mut always_true = Vec::new();
    for &r in &bool_results {
        let all = |known: &dyn Fn(ValueId) -> bool| {
            !returns.is_empty()
                && returns.iter().all(|(_, results)| results.get(r).is_some_and(|&v| known(v)))
        };
        if all(&|v| false_value(cx, f, v)) {
            always_false.push(r as u32);
        }
        // `decodeNode` returning false only after a hook that exits: every return that
        // returns gives true.
        if all(&|v| true_value(cx, f, v)) {
            always_true.push(r as u32);
        }
    }
    let mut out = Vec::new();
    if returns.is_empty() {
        return (out, always_false, always_true);
    }
    // `func must(err error) { if err != nil { panic(err) } }`: every return lies where a test
    // found the parameter nil.
    for &param in &nilables {
        let nil_at = |ret: InstrId| {
            f[ret].block().is_some_and(|b| {
                guarding_edges(f, dominators, b)
                    .any(|edge| tested_nil(f, strip_conversions(f, edge.cond), edge.taken, param))
            })
        };
        if returns.iter().all(|(ret, _)| nil_at(*ret)) {
            out.push(Implies { outcome: Outcome::Returns, result: 0, param, shown: Shown::Nil });
        }
    }
    for &param in &bools {
        let holds =
            |ret: InstrId| f[ret].block().is_some_and(|b| holds_at(cx, f, dominators, b, param));
        if returns.iter().all(|(ret, _)| holds(*ret)) {
            out.push(Implies { outcome: Outcome::Returns, result: 0, param, shown: Shown::True });
            // Every other outcome says so too.
            continue;
        }
        for &r in &bool_results {
            let implied = returns.iter().all(|(ret, results)| {
                let Some(&v) = results.get(r) else { return false };
                false_value(cx, f, v) || implies_true(cx, f, v, param) || holds(*ret)
            });
            if implied {
                out.push(Implies {
                    outcome: Outcome::True,
                    result: r as u32,
                    param,
                    shown: Shown::True,
                });
            }
        }
        for r in 0..f.result_types.len() {
            if bool_results.contains(&r) {
                continue;
            }
            let implied = returns.iter().all(|(ret, results)| {
                let Some(&v) = results.get(r) else { return false };
                built_non_nil(f, v) || implies_when_nil(cx, f, v, param) || holds(*ret)
            });
            if implied {
                out.push(Implies {
                    outcome: Outcome::Nil,
                    result: r as u32,
                    param,
                    shown: Shown::True,
                });
            }
        }
    }
    (out, always_false, always_true)
}

/// Whether the edge on which `cond` is `taken` shows parameter `param` nil (`p == nil` taken,
/// `p != nil` not).
fn tested_nil(f: &Function, cond: ValueId, taken: bool, param: u32) -> bool {
    let (cond, taken) = without_negations(f, cond, taken);
    nil_on_edge(f, cond, taken).is_some_and(|tested| is_param(f, tested, param))
}

/// The value that taking the edge on which `cond` (a comparison with nil) is `taken` shows
/// nil.
pub(crate) fn nil_on_edge(f: &Function, cond: ValueId, taken: bool) -> Option<ValueId> {
    let Some(InstrKind::BinOp { op, x, y }) = f.defining_instr(cond).map(|i| &f[i].kind) else {
        return None;
    };
    let (x, y) = (strip_conversions(f, *x), strip_conversions(f, *y));
    let tested = crate::nilness::nil_operand(f, x, y)?;
    let nil = match op {
        BinaryOp::Eql => taken,
        BinaryOp::Neq => !taken,
        _ => return None,
    };
    nil.then_some(tested)
}

/// Whether `v` is true: the constant, or a call's result that is true on every return.
fn true_value(cx: Context<'_>, f: &Function, v: ValueId) -> bool {
    known_bool(cx, f, v, true)
}

/// Whether `v` is false: the constant, or a call's result that is false on every return.
fn false_value(cx: Context<'_>, f: &Function, v: ValueId) -> bool {
    known_bool(cx, f, v, false)
}

/// Whether `v` is `wanted`: the constant, or a call's result that is so on every return.
fn known_bool(cx: Context<'_>, f: &Function, v: ValueId, wanted: bool) -> bool {
    let v = strip_conversions(f, v);
    match &f[v].def {
        ValueDef::Const(ConstValue::Bool(b)) => *b == wanted,
        ValueDef::Result { instr, index } => {
            let InstrKind::Call { call } = &f[*instr].kind else { return false };
            cx.call_summary(f, call).is_some_and(|c| {
                let results =
                    if wanted { &c.summary.true_results } else { &c.summary.false_results };
                results.contains(index)
            })
        }
        _ => false,
    }
}

/// Whether boolean `v` being true means parameter `param` is true: `v` is the parameter, or
/// the result of a call that says so of the argument it was given for it.
fn implies_true(cx: Context<'_>, f: &Function, v: ValueId, param: u32) -> bool {
    let v = strip_conversions(f, v);
    if matches!(f[v].def, ValueDef::Param { index, .. } if index == param) {
        return true;
    }
    called_with(cx, f, v, Outcome::True).is_some_and(|arg| is_param(f, arg, param))
}

/// Whether `v` being nil means parameter `param` is true.
fn implies_when_nil(cx: Context<'_>, f: &Function, v: ValueId, param: u32) -> bool {
    called_with(cx, f, v, Outcome::Nil).is_some_and(|arg| is_param(f, arg, param))
}

fn is_param(f: &Function, v: ValueId, param: u32) -> bool {
    matches!(f[strip_conversions(f, v)].def, ValueDef::Param { index, .. } if index == param)
}

/// For a call result `v`: the argument that the callee's summary says was true when `v` has
/// `outcome`.
fn called_with(cx: Context<'_>, f: &Function, v: ValueId, outcome: Outcome) -> Option<ValueId> {
    let ValueDef::Result { instr, index } = f[strip_conversions(f, v)].def else { return None };
    let InstrKind::Call { call } = &f[instr].kind else { return None };
    let callee = cx.call_summary(f, call)?;
    let implied = callee.summary.implies.iter().find(|i| {
        i.shown == Shown::True
            && i.outcome == outcome
            && (i.result == index || outcome == Outcome::Returns)
    })?;
    callee.args.get(implied.param as usize).copied()
}

/// Whether `v` is an error or pointer built where it is returned (never nil).
fn built_non_nil(f: &Function, v: ValueId) -> bool {
    let Some(instr) = f.defining_instr(strip_conversions(f, v)) else { return false };
    crate::summarize::builds_non_nil(f, instr) || matches!(f[instr].kind, InstrKind::Alloc { .. })
}

/// Whether boolean parameter `param` is true wherever `block` runs: a branch above it enters
/// only where the parameter, or a call's outcome that implies it, holds.
fn holds_at(
    cx: Context<'_>,
    f: &Function,
    dominators: &DomTree,
    block: BlockId,
    param: u32,
) -> bool {
    guarding_edges(f, dominators, block).any(|edge| {
        edge_implies(cx, f, strip_conversions(f, edge.cond), edge.taken, |arg| {
            is_param(f, arg, param)
        })
    })
}

/// Whether taking the edge on which `cond` is `taken` shows that some argument `shown` accepts
/// was true: `cond` is that argument, or a call's outcome that implies it, or a nil test of
/// such a call's result (kept in a variable or a field just before).
pub fn edge_implies(
    cx: Context<'_>,
    f: &Function,
    cond: ValueId,
    taken: bool,
    shown: impl Fn(ValueId) -> bool,
) -> bool {
    let (cond, taken) = without_negations(f, cond, taken);
    if taken && shown(cond) {
        return true;
    }
    if taken && called_with(cx, f, cond, Outcome::True).is_some_and(&shown) {
        return true;
    }
    let Some(tested) = nil_on_edge(f, cond, taken) else { return false };
    let tested = stored_just_before(f, tested).unwrap_or(tested);
    called_with(cx, f, tested, Outcome::Nil).is_some_and(shown)
}

/// For a load of a place: the value stored into the same place just before it in the block
/// (`o.err = invariant(ok, ...); o.err != nil`).
fn stored_just_before(f: &Function, v: ValueId) -> Option<ValueId> {
    let load = f.defining_instr(v)?;
    let InstrKind::Load { addr } = &f[load].kind else { return None };
    let place = location(f, *addr)?;
    crate::nilness::stored_before_load(f, load, |a| location(f, a).as_ref() == Some(&place))
}

/// Whether the call `i` never returns when `is_false` holds for the argument its callee
/// needs true to return (`require.True(t, ok)` with a failed assertion's `ok`), or
/// `is_non_nil` for one it needs nil (`require.NoError(t, err)` with the error returned
/// beside a nil map).
pub fn stops_call(
    cx: Context<'_>,
    f: &Function,
    i: InstrId,
    is_false: impl Fn(ValueId) -> bool,
    is_non_nil: impl Fn(ValueId) -> bool,
) -> bool {
    let InstrKind::Call { call } = &f[i].kind else { return false };
    if let Some(asserted) = crate::models::nil_asserted_argument(f, call) {
        return is_non_nil(asserted);
    }
    let Some(callee) = cx.call_summary(f, call) else { return false };
    callee.summary.implies.iter().any(|imp| {
        imp.outcome == Outcome::Returns
            && callee.args.get(imp.param as usize).is_some_and(|&arg| match imp.shown {
                Shown::True => is_false(arg),
                Shown::Nil => is_non_nil(arg),
            })
    })
}
