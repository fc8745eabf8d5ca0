//! Values a higher-order function builds itself and hands to the function its caller passes:
//! a visitor (`c.Each(func(e *Entry) bool { e.Tags[k] = v; ... })`) that writes a map of its
//! argument on every call, called by `Each` with a placeholder literal built without that map.
//!
//! `passed_callbacks` covers an argument that is the higher-order function's own parameter;
//! this covers one it makes or looks up, whose nil the function itself shows, for each
//! function the module's calls pass (a function or a function literal, whose summary says
//! which of its parameters' maps it writes).

use crate::module::Module;
use crate::nilness::{Context, Origin, Search, strip_conversions};
use crate::summary::ParamWrite;
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{Callee, Function, InstrId, InstrKind, ValueDef, ValueId};

/// A write of a function passed to `f` that `f`'s call of it reaches with a nil map.
#[derive(Debug)]
pub struct CallbackNil {
    /// `f`'s call of its function-valued parameter.
    pub call: InstrId,
    /// The passed function's write, as its summary has it.
    pub write: ParamWrite,
    /// The function whose call passes the writing function, for messages.
    pub passer: String,
    pub origins: Vec<Origin>,
}

/// The calls of `f` of a function-valued parameter: (call, the parameter's index).
fn parameter_calls(f: &Function) -> Vec<(InstrId, u32)> {
    let mut out = Vec::new();
    for block in f.block_ids() {
        for &i in f[block].instrs() {
            let InstrKind::Call { call } = &f[i].kind else { continue };
            let Callee::Dynamic(callee) = &call.callee else { continue };
            if let ValueDef::Param { index, .. } = f[strip_conversions(f, *callee)].def {
                out.push((i, index));
            }
        }
    }
    out
}

/// A call of `f` by itself that hands its function-valued parameter `func` on in the same
/// place, and the argument it passes for parameter `param`: (the call, the argument).
fn own_recursion(f: &Function, func: u32, param: u32) -> Option<(InstrId, ValueId)> {
    f.block_ids().find_map(|block| {
        f[block].instrs().iter().find_map(|&i| {
            let InstrKind::Call { call } = &f[i].kind else { return None };
            let Callee::Static(callee) = &call.callee else { return None };
            let ValueDef::Function { name } = &f[*callee].def else { return None };
            if **name != *f.name {
                return None;
            }
            let passed = strip_conversions(f, *call.args.get(func as usize)?);
            let forwards = matches!(f[passed].def, ValueDef::Param { index, .. } if index == func);
            forwards.then_some((i, *call.args.get(param as usize)?))
        })
    })
}

/// The module function `value` is, directly or as the code of a closure made there.
fn passed_function(module: &Module<'_>, g: &Function, value: ValueId) -> Option<usize> {
    let value = strip_conversions(g, value);
    let func = match g.defining_instr(value).map(|i| &g[i].kind) {
        Some(InstrKind::MakeClosure { func, .. }) => *func,
        _ => value,
    };
    let ValueDef::Function { name } = &g[func].def else { return None };
    module.lookup(name)
}

/// The writes of functions that the module's calls of `f` pass to it, reached by `f`'s own call
/// of that function with a value `f` shows nil at the written map.
pub fn nil_callback_args(cx: Context<'_>, f: &Function) -> Vec<CallbackNil> {
    let calls = parameter_calls(f);
    if calls.is_empty() {
        return Vec::new();
    }
    let module = cx.module;
    let Some(me) = module.lookup(&f.name) else { return Vec::new() };
    let Some(callers) = module.call_index().seen_calls(me) else { return Vec::new() };
    let mut dominators = None;
    let mut out: Vec<CallbackNil> = Vec::new();
    for &(caller, passing) in callers {
        let g = module.functions[caller].function;
        let InstrKind::Call { call: passing_call } = &g[passing].kind else { continue };
        if !matches!(passing_call.callee, Callee::Static(_)) {
            continue;
        }
        for &(call, param) in &calls {
            let Some(&passed) = passing_call.args.get(param as usize) else { continue };
            let Some(written) = passed_function(module, g, passed) else { continue };
            let Some(summary) = cx.summaries.get(written) else { continue };
            let InstrKind::Call { call: own_call } = &f[call].kind else { continue };
            let writes = summary.writes.iter().filter(|w| {
                w.certain && !w.bound && w.loops_over.is_empty() && w.loops_over_slices.is_empty()
            });
            for write in writes {
                let Some(&arg) = own_call.args.get(write.param as usize) else { continue };
                // `f`'s own parameter is its callers' to show ([`crate::passed_callbacks`]),
                // but a recursive `f` that hands the function on to itself shows what it
                // passes for that parameter (`n.Children[name].Walk(depth+1, visit)`).
                let (at, arg) = match f[strip_conversions(f, arg)].def {
                    ValueDef::Param { index, .. } => {
                        let Some(recursion) = own_recursion(f, param, index) else { continue };
                        recursion
                    }
                    _ => (call, arg),
                };
                if out.iter().any(|o| o.call == at && o.write.site == write.site) {
                    continue;
                }
                let Some(block) = f[at].block() else { continue };
                let mut search = Search::new(f, cx, false);
                search.inside_loops(dominators.get_or_insert_with(|| DomTree::new(f)), block);
                let Some(origins) = search.nil_access(arg, &write.access, at) else { continue };
                if !search.path_exists(block) || search.stopped_before(at) {
                    continue;
                }
                out.push(CallbackNil {
                    call: at,
                    write: write.clone(),
                    passer: crate::nilness::short_name(&g.name),
                    origins,
                });
            }
        }
    }
    out
}
