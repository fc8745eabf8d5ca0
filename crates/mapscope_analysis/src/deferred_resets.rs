//! Deferred calls run last-in first-out: a deferred call that writes a map field of a pointer on
//! every call (`defer func() { r.annotate("outcome", o) }()`, or `defer r.annotate(...)`) runs
//! after every call deferred later, so one deferred later that leaves the field nil on every
//! return (`defer r.publish()`, whose `r.annotations = nil` hands the map off) empties it first.
//!
//! Only a pair with no other `defer` that could be registered between them counts (whatever
//! runs between the reset and the write could make the map again), the writer deferred on
//! every path to the resetter's `defer`, both on the same pointer: a parameter of the function
//! (or the cell go/ssa boxes a captured one in), a local allocation, or what one store put
//! into the variable a literal captures.

use crate::nilness::Location;
use crate::summary::{ParamNil, ParamWrite};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{CallCommon, Callee, Function, InstrId, InstrKind, ValueDef, ValueId};

/// A deferred write into a map field that a call deferred later sets to nil first.
#[derive(Debug)]
pub struct LifoReset {
    /// The `defer` of the writing call.
    pub writer: InstrId,
    /// The write, as the writing callee's summary gives it.
    pub write: ParamWrite,
    /// The `defer` of the call that sets the field to nil, and its callee's name.
    pub resetter: InstrId,
    pub reset_by: String,
    /// The callee's nil store.
    pub reset: ParamNil,
}

/// A map field a deferred call writes or resets: the pointer's place and the field path.
struct Deferred {
    defer: InstrId,
    pointer: Location,
    fields: Vec<u32>,
}

/// The writes of `f`'s deferred calls that a call deferred after them resets to nil first.
pub fn lifo_resets(cx: &crate::nilness::Context<'_>, f: &Function) -> Vec<LifoReset> {
    let defers: Vec<InstrId> = f
        .block_ids()
        .flat_map(|b| f[b].instrs().iter().copied())
        .filter(|&i| matches!(f[i].kind, InstrKind::Defer { .. }))
        .collect();
    if defers.len() < 2 {
        return Vec::new();
    }
    let mut writes = Vec::new();
    let mut resets = Vec::new();
    for &defer in &defers {
        let InstrKind::Defer { call } = &f[defer].kind else { continue };
        match &call.callee {
            Callee::Dynamic(value) => {
                writes.extend(literal_writes(cx, f, defer, *value));
            }
            _ => {
                let Some(summary) = cx.call_summary(f, call) else { continue };
                for write in summary.summary.writes.iter().filter(|w| certain_field_write(w)) {
                    let Some(&arg) = summary.args.get(write.param as usize) else { continue };
                    let Some(pointer) = crate::nilness::location(f, arg) else { continue };
                    let fields = write.access.fields.clone();
                    writes.push((Deferred { defer, pointer, fields }, write.clone()));
                }
                for nil in summary.summary.nils.iter().filter(|n| n.access.deref) {
                    let Some(&arg) = summary.args.get(nil.param as usize) else { continue };
                    let Some(pointer) = crate::nilness::location(f, arg) else { continue };
                    let fields = nil.access.fields.clone();
                    let reset = (Deferred { defer, pointer, fields }, nil.clone());
                    resets.push((reset, summary.callee.clone()));
                }
            }
        }
    }
    if writes.is_empty() || resets.is_empty() {
        return Vec::new();
    }
    let dominators = DomTree::new(f);
    let mut out = Vec::new();
    for (written, write) in &writes {
        let reset = resets.iter().find(|((reset, _), _)| {
            reset.pointer == written.pointer
                && reset.fields == written.fields
                && crate::key_values::precedes(f, &dominators, written.defer, reset.defer)
                && defers.iter().all(|&other| {
                    other == written.defer
                        || other == reset.defer
                        || crate::key_values::precedes(f, &dominators, other, written.defer)
                        || crate::key_values::precedes(f, &dominators, reset.defer, other)
                })
        });
        let Some(((reset, nil), reset_by)) = reset else { continue };
        out.push(LifoReset {
            writer: written.defer,
            write: write.clone(),
            resetter: reset.defer,
            reset_by: reset_by.clone(),
            reset: nil.clone(),
        });
    }
    out
}

/// A write into a map field of what a pointer parameter points to that every call runs.
fn certain_field_write(write: &ParamWrite) -> bool {
    write.certain
        && write.access.deref
        && !write.access.fields.is_empty()
        && !write.bound
        && write.loops_over.is_empty()
        && write.loops_over_slices.is_empty()
}

/// The writes of a function literal deferred at `defer`, where it is made, into a map field of
/// a pointer it captures: one call, reached by every call of the literal, whose summary writes
/// the field on every call, with the pointer used for nothing else but reads of its fields.
fn literal_writes(
    cx: &crate::nilness::Context<'_>,
    f: &Function,
    defer: InstrId,
    value: ValueId,
) -> Vec<(Deferred, ParamWrite)> {
    let module = cx.module;
    let Some(made) = f.defining_instr(value) else { return Vec::new() };
    let InstrKind::MakeClosure { func, bindings } = &f[made].kind else { return Vec::new() };
    if f[value].referrers().iter().any(|&u| u != defer) {
        return Vec::new();
    }
    let ValueDef::Function { name } = &f[*func].def else { return Vec::new() };
    let Some(g) = module.lookup(name).map(|i| module.functions[i].function) else {
        return Vec::new();
    };
    let mut g_dominators = None;
    let mut out = Vec::new();
    for (&free, &cell) in g.free_vars().iter().zip(bindings) {
        let Some(pointer) = captured_pointer(f, cell) else { continue };
        let Some(call) = only_call_with(g, free) else { continue };
        let InstrKind::Call { call: common } = &g[call].kind else { continue };
        let tree = g_dominators.get_or_insert_with(|| DomTree::new(g));
        let every_call =
            g[call].block().is_some_and(|b| crate::summarize::reached_by_every_call(g, tree, b));
        if !every_call {
            continue;
        }
        let Some(summary) = cx.call_summary(g, common) else { continue };
        for write in summary.summary.writes.iter().filter(|w| certain_field_write(w)) {
            let passes_free = summary.args.get(write.param as usize).is_some_and(|&arg| {
                let load = g.defining_instr(arg);
                load.is_some_and(|l| matches!(g[l].kind, InstrKind::Load { addr } if addr == free))
            });
            if passes_free {
                let fields = write.access.fields.clone();
                let pointer = pointer.clone();
                out.push((Deferred { defer, pointer, fields }, write.clone()));
            }
        }
    }
    out
}

/// The place of the pointer a captured variable `cell` of `f` holds: a boxed parameter, or the
/// one value stored into the cell.
fn captured_pointer(f: &Function, cell: ValueId) -> Option<Location> {
    if let Some(param) = crate::nilness::boxed_param(f, cell) {
        return crate::nilness::location(f, param);
    }
    let stored = crate::nilness::only_stored(f, cell)?;
    crate::nilness::location(f, stored)
}

/// The one call of `g` that gets the pointer in captured variable `free`, when `g` only loads
/// the variable and otherwise only reads the pointer's fields.
fn only_call_with(g: &Function, free: ValueId) -> Option<InstrId> {
    let mut found = None;
    for &load in g[free].referrers() {
        let InstrKind::Load { .. } = g[load].kind else { return None };
        let pointer = g[load].result()?;
        for &user in g[pointer].referrers() {
            match &g[user].kind {
                InstrKind::Call { call: CallCommon { args, .. } }
                    if found.is_none() && args.iter().filter(|&&a| a == pointer).count() == 1 =>
                {
                    found = Some(user);
                }
                InstrKind::FieldAddr { .. } => {
                    let address = g[user].result()?;
                    let only_loaded = g[address]
                        .referrers()
                        .iter()
                        .all(|&r| matches!(g[r].kind, InstrKind::Load { .. }));
                    if !only_loaded {
                        return None;
                    }
                }
                _ => return None,
            }
        }
    }
    found
}
