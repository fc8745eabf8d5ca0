//! Nils of a failed assertion of a context's value, which the caller's context decides.
//!
//! ```go
//! func Header(ctx context.Context) map[string][]byte {
//!     m, _ := ctx.Value(headerKey{}).(map[string][]byte) // nil without a header
//!     return m
//! }
//! Header(contextWithNewHeader(ctx))["k"] = v // WithValue(ctx, headerKey{}, map...{}): made
//! Header(context.Background())["k"] = v      // no value under the key: nil
//! ```
//!
//! `ctx.Value(k).(T)` with `ok` false is nil only for a context that holds no non-nil `T`
//! under `k`; when `ctx` is a parameter and `k` a constant key (a struct literal, a typed
//! constant), the summary keeps the parameter and the key, and each call site looks at its
//! argument: `context.Background()` or `TODO()`, or a `WithValue` chain on them without the
//! key, is a nil source; a context given a value of that type under the key (through derived
//! contexts and module functions that return contexts) is not, nor one the analysis cannot see.
//! A return behind the failure of such an assertion (`if !ok { return T{}, false }`) is
//! decided the same way, for a nil map result and for the nil map fields of a zero struct
//! ([`behind_failed_assertion`]); so is one behind `v == nil` for `v := ctx.Value(k)` (`if v ==
//! nil { return nil }; return v.(T)`), which any non-nil value under the key rules out
//! (`NON_NIL`). A constant key is also a package-level variable that only a package
//! initializer sets, once (`var key = newKey[int]()`): every use of it is that one value.
//! A function passing its own context parameter on to such a helper gets the same kind of
//! summary, and an assertion (or such a helper's result) in the writing function itself is
//! decided the same way over the calls the module makes of it ([`call_lacking_key`]).
//! The steps back follow those of the concurrency check's context values (a separate search:
//! that one finds the stored object, this one whether a non-nil value of a type is stored).

// The derived contexts (`WithCancel`, ...) keep their parent's values, as the concurrency
// check's tracing of `ctx.Value` knows too.
use crate::concurrency::resolve::context_values::DERIVED;
use crate::module::Module;
use crate::nilness::Origin;
use crate::param_keys::CallIndex;
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{
    BinaryOp, BlockId, CallCommon, Callee, ConstValue, ConversionKind, Function, InstrId,
    InstrKind, ValueDef, ValueId,
};

/// How many steps (calls, derived contexts, φ edges) the search follows back.
const MAX_DEPTH: usize = 8;

/// How many callers up a context parameter passed on as an argument is followed.
const MAX_CALLER_DEPTH: usize = 3;

/// For a comma-ok assertion `assert` of `ctx.Value(k)`, `ctx` a parameter and `k` a constant
/// key: the parameter's index and the key with the asserted type, as a summary keeps them.
pub fn value_assertion(module: &Module, f: &Function, assert: InstrId) -> Option<(u32, String)> {
    let InstrKind::TypeAssert { x, comma_ok: true, .. } = &f[assert].kind else { return None };
    let asserted = module.program.type_string(f[f[assert].results().next()?].ty);
    let (index, key) = context_value(module, f, *x)?;
    Some((index, format!("{key} as {asserted}")))
}

/// For `v` the result of `ctx.Value(k)`, `ctx` a parameter and `k` a constant key: the
/// parameter's index and the key.
fn context_value(module: &Module, f: &Function, v: ValueId) -> Option<(u32, String)> {
    let call = f.defining_instr(v)?;
    let InstrKind::Call { call } = &f[call].kind else { return None };
    let Callee::Invoke { receiver, method } = &call.callee else { return None };
    // `context.Context`, or an interface of the module's own that a context satisfies
    // (`interface{ Value(any) any }`): which contexts lack the key the call sites decide.
    if &**method != "Value" || call.args.len() != 1 {
        return None;
    }
    let ValueDef::Param { index, .. } = f[crate::nilness::strip_conversions(f, *receiver)].def
    else {
        return None;
    };
    let key = key_of(module, f, *call.args.first()?)?;
    Some((index, key))
}

/// The type a key is spelled with when any non-nil value under it will do: the test `v == nil`
/// of `v := ctx.Value(k)`, not an assertion to one type.
const NON_NIL: &str = "<non-nil>";

/// For `cond` a comparison of `ctx.Value(k)` with nil ([`context_value`]): the parameter and
/// the key (as any non-nil value), and whether the value is nil on the true edge.
fn nil_value_test(module: &Module, f: &Function, cond: ValueId) -> Option<((u32, String), bool)> {
    let InstrKind::BinOp { op, x, y } = &f[f.defining_instr(cond)?].kind else { return None };
    let nil_on_true = match op {
        BinaryOp::Eql => true,
        BinaryOp::Neq => false,
        _ => return None,
    };
    let is_nil = |v: ValueId| {
        matches!(f[crate::nilness::strip_conversions(f, v)].def, ValueDef::Const(ConstValue::Nil))
    };
    let value = match (is_nil(*x), is_nil(*y)) {
        (false, true) => *x,
        (true, false) => *y,
        _ => return None,
    };
    let (index, key) = context_value(module, f, crate::nilness::strip_conversions(f, value))?;
    Some(((index, format!("{key} as {NON_NIL}")), nil_on_true))
}

/// The context parameter and key when every origin of a nil is a failed assertion of that
/// parameter's value under that key: the caller's context decides the nil.
/// A callee's nil result that is such an assertion of the context this function passed it from
/// its own parameter counts too (`passed_on`: [`crate::nilness::Search::context_params`]).
pub fn assertion_key(
    module: &Module,
    f: &Function,
    origins: &[Origin],
    passed_on: &[(InstrId, u32, String)],
) -> Option<(u32, String)> {
    let mut found = None;
    for origin in origins {
        let here = match origin {
            Origin::FailedCommaOk(assert) => value_assertion(module, f, *assert)?,
            Origin::CalleeResult { call, .. } | Origin::CalleeField { call, .. } => passed_on
                .iter()
                .find(|(c, _, _)| c == call)
                .map(|(_, param, key)| (*param, key.clone()))?,
            _ => return None,
        };
        if found.as_ref().is_some_and(|f| *f != here) {
            return None;
        }
        found = Some(here);
    }
    found
}

/// The context parameter and key when every path to `block` passes the failure of a comma-ok
/// assertion of that parameter's value under a constant key ([`value_assertion`]), or a false
/// `ok` of a helper that the summary ties to such an assertion of the context this function
/// passes it from its parameter ([`context_flags`]): what a return there gives (`if !ok {
/// return T{}, false }`, `return nil`) is nil only for a caller whose context lacks the key.
pub fn behind_failed_assertion(
    cx: crate::nilness::Context<'_>,
    f: &Function,
    dominators: &DomTree,
    block: BlockId,
) -> Option<(u32, String)> {
    let mut below = block;
    while let Some(above) = dominators.idom(below) {
        below = above;
        let Some(&last) = f[above].instrs().last() else { continue };
        let InstrKind::If { cond } = &f[last].kind else { continue };
        let (ok, ok_on_true_edge) = crate::nilness::without_negations(f, *cond, true);
        // `ok` of an assertion (true when it holds), or `v == nil` of the value itself (true
        // when it is missing).
        let (found, held_on_true_edge) = match flag_of(cx, f, ok) {
            Some(found) => (found, ok_on_true_edge),
            None => match nil_value_test(cx.module, f, ok) {
                Some((found, nil_on_true)) => (found, ok_on_true_edge != nil_on_true),
                None => continue,
            },
        };
        let &[on_true, on_false] = f[above].succs() else { continue };
        let failed = if held_on_true_edge { on_false } else { on_true };
        if on_true != on_false
            && f[failed].preds().len() == 1
            && dominators.dominates(failed, block)
        {
            return Some(found);
        }
    }
    None
}

/// The context parameter and key of `f` whose lack of a value under the key `ok` being false
/// means: `ok` is the second result of the assertion of the parameter's value, or a result of a
/// call that the callee's summary so ties to the context this function passes from its
/// parameter.
fn flag_of(cx: crate::nilness::Context<'_>, f: &Function, ok: ValueId) -> Option<(u32, String)> {
    let ValueDef::Result { instr, index } = f[crate::nilness::strip_conversions(f, ok)].def else {
        return None;
    };
    match &f[instr].kind {
        InstrKind::TypeAssert { .. } if index == 1 => value_assertion(cx.module, f, instr),
        InstrKind::Call { call } => {
            let callee = cx.call_summary(f, call)?;
            callee.summary.context_flags.iter().find_map(|(result, param, key)| {
                let arg = *callee.args.get(*param as usize)?;
                (*result == index).then_some(())?;
                Some((own_param(f, arg)?, key.clone()))
            })
        }
        _ => None,
    }
}

/// The `bool` results of `f` that are false only where its context parameter holds no value
/// under a key ([`crate::summary::Summary::context_flags`]): on every return the result is
/// `true`, or an `ok` tied to that context and key (`flag_of`), or anything behind the
/// failure of such an `ok` ([`behind_failed_assertion`]), and at least one return ties it.
pub fn context_flags(
    cx: crate::nilness::Context<'_>,
    f: &Function,
    dominators: &DomTree,
    returns: &[(InstrId, Vec<ValueId>)],
) -> Vec<(u32, u32, String)> {
    let mut found = Vec::new();
    let Some((_, first)) = returns.first() else { return found };
    for result in 0..first.len() {
        let mut tied: Option<(u32, String)> = None;
        let all = returns.iter().all(|(ret, results)| {
            let Some(&value) = results.get(result) else { return false };
            let value = crate::nilness::strip_conversions(f, value);
            if matches!(f[value].def, ValueDef::Const(ConstValue::Bool(true))) {
                return true;
            }
            let here = flag_of(cx, f, value).or_else(|| {
                let block = f[*ret].block()?;
                behind_failed_assertion(cx, f, dominators, block)
            });
            match (here, &tied) {
                (Some(here), Some(seen)) => here == *seen,
                (Some(here), None) => {
                    tied = Some(here);
                    true
                }
                (None, _) => false,
            }
        });
        if all && let Some((param, key)) = tied {
            found.push((result as u32, param, key));
        }
    }
    found
}

/// A call the module makes that passes, for parameter `param` of function `function` (or for
/// a parameter of a caller passing it on, a few callers up), a context known to lack `key`:
/// the calling function's index and the call. Only the calls the module shows count: code it
/// does not show (an importer of an exported function) is taken to pass a context with the key.
pub fn call_lacking_key(
    module: &Module,
    calls: &CallIndex,
    function: usize,
    param: u32,
    key: &str,
) -> Option<(usize, InstrId)> {
    let mut visiting = Vec::new();
    lacking_in(module, calls, (function, param), key, 0, &mut visiting)
}

fn lacking_in(
    module: &Module,
    calls: &CallIndex,
    (function, param): (usize, u32),
    key: &str,
    depth: usize,
    visiting: &mut Vec<(usize, u32)>,
) -> Option<(usize, InstrId)> {
    if depth > MAX_CALLER_DEPTH || visiting.contains(&(function, param)) {
        return None;
    }
    visiting.push((function, param));
    for &(caller, call) in calls.seen_calls(function).unwrap_or(&[]) {
        let g = module.functions[caller].function;
        let (InstrKind::Call { call: common }
        | InstrKind::Go { call: common }
        | InstrKind::Defer { call: common }) = &g[call].kind
        else {
            continue;
        };
        let Some(targets) = module.resolve(g, common) else { continue };
        let Some(&arg) = targets.args.get(param as usize) else { continue };
        if holds(module, g, arg, key) == Some(false) {
            return Some((caller, call));
        }
        // A context the caller got as its own parameter: its callers decide.
        if let ValueDef::Param { index, .. } = g[without_interface_changes(g, arg)].def
            && let Some(found) =
                lacking_in(module, calls, (caller, index), key, depth + 1, visiting)
        {
            return Some(found);
        }
    }
    None
}

/// The index of `f`'s parameter that the context `arg` is, through interface changes.
pub fn own_param(f: &Function, arg: ValueId) -> Option<u32> {
    match f.get_value(without_interface_changes(f, arg))?.def {
        ValueDef::Param { index, .. } => Some(index),
        _ => None,
    }
}

/// Whether the context `ctx` holds a non-nil value under `key` (as [`value_assertion`] spells
/// it, with the asserted type): `Some(false)` for a context known to lack one, `None` when the
/// analysis cannot tell.
pub fn holds(module: &Module, f: &Function, ctx: ValueId, key: &str) -> Option<bool> {
    holds_in(module, &Frame { f, args: &[], caller: None }, ctx, key, 0)
}

/// A function being searched, with the arguments of the call that led into it and the frame of
/// its caller (none for the function the search started in).
struct Frame<'a> {
    f: &'a Function,
    args: &'a [ValueId],
    caller: Option<&'a Frame<'a>>,
}

fn holds_in(module: &Module, frame: &Frame, ctx: ValueId, key: &str, depth: usize) -> Option<bool> {
    if depth > MAX_DEPTH {
        return None;
    }
    let f = frame.f;
    let ctx = without_interface_changes(f, ctx);
    match &f.get_value(ctx)?.def {
        // The caller's argument, when the search entered this function through a call.
        ValueDef::Param { index, .. } => {
            let caller = frame.caller?;
            holds_in(module, caller, *frame.args.get(*index as usize)?, key, depth + 1)
        }
        ValueDef::Result { instr, index: 0 } => match &f[*instr].kind {
            InstrKind::Call { call } => call_holds(module, frame, call, key, depth),
            InstrKind::Phi { edges, .. } => {
                agreed(edges.iter().map(|&e| holds_in(module, frame, e, key, depth + 1)))
            }
            _ => None,
        },
        _ => None,
    }
}

/// What the context a call returns holds under `key`.
fn call_holds(
    module: &Module,
    frame: &Frame,
    call: &CallCommon,
    key: &str,
    depth: usize,
) -> Option<bool> {
    let f = frame.f;
    if let Callee::Static(callee) = call.callee
        && let ValueDef::Function { name } = &f[callee].def
    {
        match &**name {
            "context.Background" | "context.TODO" => return Some(false),
            "context.WithValue" => {
                let [parent, k, v] = call.args[..] else { return None };
                let stored = key_of(module, f, k);
                let (wanted_key, asserted) = key.rsplit_once(" as ")?;
                if stored.as_deref() != Some(wanted_key) {
                    return holds_in(module, frame, parent, key, depth + 1);
                }
                // The value under the key: a non-nil one of the asserted type makes the
                // assertion succeed; a nil, or a value of another type, makes it fail.
                let v = crate::nilness::strip_conversions(f, v);
                if matches!(f[v].def, ValueDef::Const(ConstValue::Nil)) {
                    return Some(false);
                }
                let Some(InstrKind::MakeInterface { x }) = f.defining_instr(v).map(|i| &f[i].kind)
                else {
                    // An interface value: its dynamic type is not known here.
                    return None;
                };
                if asserted != NON_NIL && module.program.type_string(f[*x].ty) != asserted {
                    return Some(false);
                }
                return made(f, *x).then_some(true);
            }
            name if DERIVED.contains(&name) => {
                return holds_in(module, frame, *call.args.first()?, key, depth + 1);
            }
            _ => {}
        }
    }
    // A module function returning a context (`contextWithNewHeader(ctx)`): what every return
    // agrees on, with the call's arguments for its parameters.
    let targets = module.resolve(f, call)?;
    let [callee] = targets.callees[..] else { return None };
    let g = module.functions.get(callee)?.function;
    let inner = Frame { f: g, args: &targets.args, caller: Some(frame) };
    let returns = g.block_ids().filter_map(|b| {
        let &last = g[b].instrs().last()?;
        match &g[last].kind {
            InstrKind::Return { results } => Some(results.first().copied()),
            _ => None,
        }
    });
    agreed(returns.map(|r| holds_in(module, &inner, r?, key, depth + 1)))
}

/// What every answer agrees on, or `None` when one is unknown or two differ.
fn agreed(mut answers: impl Iterator<Item = Option<bool>>) -> Option<bool> {
    let first = answers.next()??;
    answers.all(|a| a == Some(first)).then_some(first)
}

/// A constant context key (`headerKey{}`, `contextKey("k")`, `1`) as its type and value.
fn key_of(module: &Module, f: &Function, arg: ValueId) -> Option<String> {
    let value = without_interface(f, arg);
    // A pointer type the builder derived (`&key` of a package variable) is no constant key,
    // and only the builder can spell it.
    if f[value].ty.arena as usize > module.program.units.len() {
        return None;
    }
    let ty = module.program.type_string(f[value].ty);
    match &f[value].def {
        ValueDef::Const(c @ (ConstValue::Zero | ConstValue::String(_) | ConstValue::Int(_))) => {
            Some(format!("{ty}={c:?}"))
        }
        // `headerKey{}`: a load of a composite literal no store fills, the zero value.
        _ if zero_literal(f, value) => Some(format!("{ty}={:?}", ConstValue::Zero)),
        // `key` of `var key = newKey[int]()`: the one value an initializer stored.
        _ => initialized_global(module, f, value).map(|name| format!("{ty}=global {name}")),
    }
}

/// The name of the package-level variable that `v` loads, when only the package initializer
/// stores into it, once ([`Module::set_once_at_init`]): a key made at start-up and never
/// replaced, the same value at every load.
fn initialized_global(module: &Module, f: &Function, v: ValueId) -> Option<String> {
    let Some(InstrKind::Load { addr }) = f.defining_instr(v).map(|i| &f[i].kind) else {
        return None;
    };
    let ValueDef::Global { name } = &f[*addr].def else { return None };
    module.set_once_at_init(name).then(|| name.to_string())
}

/// Whether `v` loads a local allocation that nothing stores into: a composite literal of a
/// struct without fields set.
fn zero_literal(f: &Function, v: ValueId) -> bool {
    let Some(InstrKind::Load { addr }) = f.defining_instr(v).map(|i| &f[i].kind) else {
        return false;
    };
    matches!(f.defining_instr(*addr).map(|i| &f[i].kind), Some(InstrKind::Alloc { .. }))
        && f[*addr].referrers().iter().all(|&u| matches!(f[u].kind, InstrKind::Load { .. }))
}

/// `v` before conversions that keep its dynamic value: to another interface type (a context
/// passed as `interface{ Value(any) any }`), or between types of one underlying type.
fn without_interface_changes(f: &Function, mut v: ValueId) -> ValueId {
    for _ in 0..MAX_DEPTH {
        match f.defining_instr(v).map(|i| &f[i].kind) {
            Some(InstrKind::Convert {
                kind: ConversionKind::ChangeInterface | ConversionKind::ChangeType,
                x,
            }) => v = *x,
            _ => break,
        }
    }
    v
}

/// `v` before it was put into an interface.
fn without_interface(f: &Function, v: ValueId) -> ValueId {
    let v = crate::nilness::strip_conversions(f, v);
    match f.defining_instr(v).map(|i| &f[i].kind) {
        Some(InstrKind::MakeInterface { x }) => *x,
        _ => v,
    }
}

/// Whether `v` is made here: a `make` or a composite literal of a map.
fn made(f: &Function, v: ValueId) -> bool {
    matches!(
        f.defining_instr(crate::nilness::strip_conversions(f, v)).map(|i| &f[i].kind),
        Some(InstrKind::MakeMap { .. })
    )
}
