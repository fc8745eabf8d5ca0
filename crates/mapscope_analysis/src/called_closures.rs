//! A closure handed to a function that calls it right away, while the map variable it captures
//! and writes is still nil: `register := func(...) { commands[name] = ... }` passed to
//! `setupBuiltins(register)`, which registers the built-in commands, before the
//! `commands = make(...)` that was moved below it.
//!
//! The closure's write into a captured variable is known (`summarize::captured_writes`,
//! with stores after the closure's creation allowed); what is new is where the nil is looked
//! for: at the call that hands the closure to a module function whose every call calls that
//! parameter in its entry block, before any branch.

use crate::nilness::{Origin, Search, location, strip_conversions};
use mapscope_ssa::{Callee, Function, InstrId, InstrKind, ValueDef};

/// A closure's write into a captured map variable, run by a callee while the variable is nil.
#[derive(Debug)]
pub struct CalledWhileNil {
    /// The call that hands the closure on.
    pub call: InstrId,
    /// The callee, as messages name it.
    pub callee: String,
    /// The closure's module index and its write.
    pub closure: usize,
    pub update: InstrId,
    /// The captured variable's name.
    pub variable: String,
    pub origins: Vec<Origin>,
}

/// The writes of closures made in `cx`'s function that a callee runs while the map variable
/// they write is nil, one per call at most.
pub fn called_while_nil(cx: &crate::FunctionContext<'_>) -> Vec<CalledWhileNil> {
    let f = cx.function;
    let module = cx.analysis.module;
    let mut found = Vec::new();
    for block in f.block_ids() {
        for &call_instr in f[block].instrs() {
            let InstrKind::Call { call } = &f[call_instr].kind else { continue };
            if !matches!(call.callee, Callee::Static(_)) {
                continue;
            }
            let Some(targets) = module.resolve(f, call) else { continue };
            let &[callee] = targets.callees.as_slice() else { continue };
            let g = module.functions[callee].function;
            'args: for (param, &arg) in targets.args.iter().enumerate() {
                let arg = strip_conversions(f, arg);
                let Some(made) = f.defining_instr(arg) else { continue };
                let InstrKind::MakeClosure { func, bindings } = &f[made].kind else { continue };
                if !calls_param_first(g, param) {
                    continue;
                }
                let writes =
                    crate::summarize::captured_writes(module, f, made, *func, bindings, true);
                for (closure, cell, update) in writes {
                    // The search looks where the closure is made: nothing may store into
                    // the variable between there and the call.
                    if !unstored_between(f, made, call_instr, cell) {
                        continue;
                    }
                    let Some(place) = location(f, cell) else { continue };
                    let mut search = Search::new(f, cx.analysis, false);
                    let Some(origins) = search.nil_in_captured(&place, made) else {
                        continue;
                    };
                    if !search.path_exists(block) {
                        continue;
                    }
                    let h = module.functions[closure].function;
                    let variable =
                        bindings.iter().zip(h.free_vars()).find_map(|(&b, &v)| match &h[v].def {
                            ValueDef::FreeVar { name, .. } if b == cell => Some(name.to_string()),
                            _ => None,
                        });
                    let Some(variable) = variable else { continue };
                    found.push(CalledWhileNil {
                        call: call_instr,
                        callee: crate::nilness::short_name(&g.name),
                        closure,
                        update,
                        variable,
                        origins,
                    });
                    break 'args;
                }
            }
        }
    }
    found
}

/// Whether `g` calls its parameter `param` in its entry block, so on every call before it can
/// return or branch.
fn calls_param_first(g: &Function, param: usize) -> bool {
    let Some(&value) = g.params().get(param) else { return false };
    let Some(entry) = g.block_ids().next() else { return false };
    g[entry].instrs().iter().any(|&i| match &g[i].kind {
        InstrKind::Call { call } => {
            matches!(call.callee, Callee::Dynamic(v) if strip_conversions(g, v) == value)
        }
        _ => false,
    })
}

/// Whether `from` comes before `to` in one block, with no store into `cell` between them.
fn unstored_between(f: &Function, from: InstrId, to: InstrId, cell: mapscope_ssa::ValueId) -> bool {
    let Some(block) = f[from].block() else { return false };
    if f[to].block() != Some(block) {
        return false;
    }
    let instrs = f[block].instrs();
    let (Some(start), Some(end)) =
        (instrs.iter().position(|&i| i == from), instrs.iter().position(|&i| i == to))
    else {
        return false;
    };
    start < end
        && !instrs[start..end]
            .iter()
            .any(|&i| matches!(&f[i].kind, InstrKind::Store { addr, .. } if *addr == cell))
}
