//! `flag.Value`s registered with `flag.Var` or a `FlagSet`'s `Var`: the flag package calls the
//! value's `Set` for every occurrence of the flag on the command line, so a registration runs
//! `Set` later on the very value it was given.
//!
//! A map-typed value (`type labels map[string]string`) is copied into the interface: a nil map
//! registered so stays nil whatever the caller makes afterwards, and a `Set` that writes into
//! its receiver on every call panics on the first occurrence of the flag. A value holding a
//! pointer to a map (`tagsValue{&cfg.Tags}`), or a pointer to a struct with one, writes through
//! it into whatever that place holds when the flags are parsed, which a store after the
//! registration may change: such a write counts as a bound method value's does.
//!
//! `Set` answers a malformed value with an error, and the flag package then stops: an early
//! return of an error built there (`return fmt.Errorf(...)`) does not keep `Set`'s write from
//! counting as run by every accepted occurrence of the flag.

use crate::nilness::{CallSummary, Context, short_name, strip_conversions};
use mapscope_ssa::{BlockId, CallCommon, Callee, Function, InstrKind, ValueDef, ValueId};
use mapscope_types::types::TypeView;
use std::borrow::Cow;

/// The summary of the `Set` method of the module's type that `call`, a registration of a
/// `flag.Value`, hands to the flag package, as a call of it on the registered value.
pub fn registered_set<'a>(
    cx: &Context<'a>,
    f: &Function,
    call: &CallCommon,
) -> Option<CallSummary<'a>> {
    let at = registered_value(f, call)?;
    let value = *call.args.get(at)?;
    let flag_name = *call.args.get(at + 1)?;
    let InstrKind::MakeInterface { x } = &f[f.defining_instr(value)?].kind else { return None };
    // A pointer type the IR derived (`&cfg.headers`) lives outside the program's arenas,
    // where no type string can be read: such a registration is left alone.
    let program = cx.module.program;
    // The address of a map-typed field (`fs.Var(&o.labels, ...)`): the flag package calls the
    // pointer's `Set`, which the value-receiver method of the field's type is, on what the
    // field holds when the flags are parsed.
    let (ty, field_address) = if f[*x].ty.arena as usize > program.units.len() {
        let selection = f.defining_instr(strip_conversions(f, *x))?;
        let me = &cx.module.functions[cx.module.lookup(&f.name)?];
        let field = me.fields.selection(me.index_in_unit, selection)?;
        let ty = program.obj(field).ty;
        if ty.arena as usize > program.units.len()
            || !mapscope_types::query::is_map(&mut program.types(), ty)
        {
            return None;
        }
        (program.type_string(ty), true)
    } else {
        (program.type_string(f[*x].ty), false)
    };
    let set = format!("({ty}).Set");
    let index = cx.module.lookup(&set)?;
    let mut summary = cx.summaries.get(index)?.clone();
    let g = cx.module.functions[index].function;
    for write in &mut summary.writes {
        if field_address && write.param == 0 && write.access == crate::summary::Access::value() {
            write.access.deref = true;
        }
        // Only a map-typed value is frozen by its copy into the interface: a map reached
        // through it the caller may still make before the flags are parsed, as it may for a
        // bound method value.
        write.bound = write.access.deref || !write.access.fields.is_empty();
    }
    for write in summary.writes.iter_mut().filter(|w| !w.certain) {
        write.certain = g.block_ids().any(|b| {
            g[b].instrs().iter().any(|&i| {
                matches!(g[i].kind, InstrKind::MapUpdate { .. })
                    && g[i].span.start == write.site.offset
                    && only_errors_skip(g, b)
            })
        });
    }
    Some(CallSummary {
        summary: Cow::Owned(summary),
        // `Set(s string)`: the flag's name stands for the string, which holds no map.
        args: vec![*x, flag_name],
        callee: format!("{} (run when the flag is parsed)", short_name(&set)),
    })
}

/// The index of the value argument of `call` when it registers a `flag.Value`:
/// `flag.Var(value, name, usage)`, or a FlagSet's method, which takes the set first.
fn registered_value(f: &Function, call: &CallCommon) -> Option<usize> {
    let Callee::Static(v) = &call.callee else { return None };
    let ValueDef::Function { name } = &f[*v].def else { return None };
    match &**name {
        "flag.Var" => Some(0),
        "(*flag.FlagSet).Var" => Some(1),
        _ => None,
    }
}

/// Whether the interface value `v` goes only to registrations of it as a `flag.Value`: the
/// flag package keeps it only to call its `Set` and `String` later, which
/// [`registered_set`] follows.
pub fn only_registered(f: &Function, v: ValueId) -> bool {
    let users = f[v].referrers();
    !users.is_empty()
        && users.iter().all(|&u| match &f[u].kind {
            InstrKind::Call { call } => {
                registered_value(f, call).is_some_and(|at| call.args.get(at) == Some(&v))
            }
            _ => false,
        })
}

/// Whether every return of `g` that a path from its entry reaches without passing `block`
/// returns an error built there, and `block` sits in no loop.
fn only_errors_skip(g: &Function, block: BlockId) -> bool {
    let Some(entry) = g.block_ids().next() else { return false };
    // The write's block reaching itself again is a loop: later iterations are another matter.
    if crate::key_values::block_reaches(g, block, block) {
        return false;
    }
    let mut seen = vec![false; g.block_count()];
    let mut stack = vec![entry];
    while let Some(b) = stack.pop() {
        if b == block || std::mem::replace(&mut seen[b.index()], true) {
            continue;
        }
        for &i in g[b].instrs() {
            if let InstrKind::Return { results } = &g[i].kind
                && !results.last().is_some_and(|&e| built_error(g, e))
            {
                return false;
            }
        }
        stack.extend_from_slice(g[b].succs());
    }
    true
}

/// Whether `e` is an error made right there: `fmt.Errorf(...)` or `errors.New(...)`.
fn built_error(g: &Function, e: ValueId) -> bool {
    let e = strip_conversions(g, e);
    let ValueDef::Result { instr, .. } = g[e].def else { return false };
    let InstrKind::Call { call } = &g[instr].kind else { return false };
    let Callee::Static(v) = &call.callee else { return false };
    matches!(&g[*v].def, ValueDef::Function { name } if matches!(&**name, "fmt.Errorf" | "errors.New"))
}
