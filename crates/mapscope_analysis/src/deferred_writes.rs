//! A deferred function literal that writes a map variable it captures on every call
//! (`defer func() { vars["_SOURCE"] = name }()` over a named result) runs at every return
//! after its `defer`: a return that leaves the variable nil (`return nil, err` stores nil into
//! the named result just before the deferred calls run) reaches the write.
//!
//! Only a literal deferred straight where it is made counts, whose variable the function
//! reads and stores but hands to nothing else, which every other closure only reads, and
//! which the literal itself only looks up and writes into, the write on every call: then
//! what the variable holds at a `rundefers` is what the literal writes into. The same goes for
//! a map field of a pointer parameter the literal captures (`defer func() {
//! c.metrics["close"]++ }()` in a `Close` that sets `c.metrics = nil`), whose place the search
//! follows to each `rundefers`.

use crate::summarize::reached_by_every_call;
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{Callee, Function, InstrId, InstrKind, ValueDef, ValueId};
use mapscope_types::{Program, query};

/// A write of a deferred literal into a captured map variable.
#[derive(Debug)]
pub struct DeferredWrite {
    /// The variable's name.
    pub name: String,
    /// The literal's index in the module.
    pub closure: usize,
    /// The variable's cell in the deferring function, or the pointer parameter whose field
    /// the literal writes.
    pub cell: ValueId,
    /// The field of `cell`'s struct the map is in; empty for a map variable.
    pub fields: Vec<u32>,
    /// The write, in the literal.
    pub update: InstrId,
    /// The `rundefers` of the deferring function that run after the `defer` on every path.
    pub runs: Vec<InstrId>,
}

/// The captured map variables that the literal deferred at `defer` writes on every call, with
/// the `rundefers` the `defer` precedes.
pub fn deferred_writes(
    module: &crate::module::Module<'_>,
    f: &Function,
    dominators: &DomTree,
    defer: InstrId,
) -> Vec<DeferredWrite> {
    let InstrKind::Defer { call } = &f[defer].kind else { return Vec::new() };
    let Callee::Dynamic(value) = call.callee else { return Vec::new() };
    let Some(made) = f.defining_instr(value) else { return Vec::new() };
    let InstrKind::MakeClosure { func, bindings } = &f[made].kind else { return Vec::new() };
    // The literal is deferred and used for nothing else.
    if f[value].referrers().iter().any(|&u| u != defer) {
        return Vec::new();
    }
    let ValueDef::Function { name } = &f[*func].def else { return Vec::new() };
    let Some(gi) = module.lookup(name) else { return Vec::new() };
    let g = module.functions[gi].function;
    let runs = runs_after(f, dominators, defer);
    if runs.is_empty() {
        return Vec::new();
    }
    let program = module.program;
    let mut g_dominators = None;
    let mut out = Vec::new();
    for (&free, &cell) in g.free_vars().iter().zip(bindings) {
        let ValueDef::FreeVar { name, .. } = &g[free].def else { continue };
        // A map variable, or a map field of a pointer parameter (`defer func() {
        // c.metrics["close"]++ }()` in a method that may set `c.metrics = nil`).
        if !local_map_variable(module, f, cell) {
            continue;
        }
        let (cell, found) = match only_written(program, g, free) {
            Some(writes) => (cell, vec![(Vec::new(), writes)]),
            // The variable boxes a pointer parameter the literal captures: the place is the
            // parameter's field.
            None => match crate::nilness::boxed_param(f, cell) {
                Some(param) => (param, field_writes(program, g, free)),
                None => continue,
            },
        };
        for (fields, mut writes) in found {
            writes.sort_by_key(|&u| g[u].span.start);
            let tree = g_dominators.get_or_insert_with(|| DomTree::new(g));
            let every_call = writes
                .into_iter()
                .find(|&u| g[u].block().is_some_and(|b| reached_by_every_call(g, tree, b)));
            if let Some(update) = every_call {
                let name = name.to_string();
                let runs = runs.clone();
                out.push(DeferredWrite { name, closure: gi, cell, fields, update, runs });
            }
        }
    }
    out
}

/// The map fields of the struct that the pointer in captured variable `free` of `g` points to
/// which `g` only looks up and writes, with the writes: `g` only loads the variable, and uses
/// the pointer only to take those fields' addresses and load them.
fn field_writes(program: &Program, g: &Function, free: ValueId) -> Vec<(Vec<u32>, Vec<InstrId>)> {
    let mut out: Vec<(Vec<u32>, Vec<InstrId>)> = Vec::new();
    for &load in g[free].referrers() {
        let (InstrKind::Load { .. }, Some(pointer)) = (&g[load].kind, g[load].result()) else {
            return Vec::new();
        };
        for &select in g[pointer].referrers() {
            let InstrKind::FieldAddr { base, field } = &g[select].kind else { return Vec::new() };
            let Some(addr) = g[select].result() else { return Vec::new() };
            if *base != pointer {
                return Vec::new();
            }
            let Some(writes) = only_written(program, g, addr) else { return Vec::new() };
            match out.iter_mut().find(|(f, _)| f == &[*field]) {
                Some((_, known)) => known.extend(writes),
                None => out.push((vec![*field], writes)),
            }
        }
    }
    out
}

/// The `rundefers` that `defer` runs before on every path: in a block it dominates, after it.
fn runs_after(f: &Function, dominators: &DomTree, defer: InstrId) -> Vec<InstrId> {
    let Some(home) = f[defer].block() else { return Vec::new() };
    let mut out = Vec::new();
    for block in f.block_ids().filter(|&b| dominators.dominates(home, b)) {
        let instrs = f[block].instrs();
        let from = match block == home {
            true => instrs.iter().position(|&i| i == defer).map_or(instrs.len(), |p| p + 1),
            false => 0,
        };
        out.extend(
            instrs[from..].iter().copied().filter(|&i| matches!(f[i].kind, InstrKind::RunDefers)),
        );
    }
    out
}

/// Whether `cell` is a local variable of `f` (an `Alloc`) that `f` only loads and stores
/// (nothing it stores is its own address) and closures only read.
fn local_map_variable(module: &crate::module::Module<'_>, f: &Function, cell: ValueId) -> bool {
    let Some(alloc) = f.defining_instr(cell) else { return false };
    if !matches!(f[alloc].kind, InstrKind::Alloc { .. }) {
        return false;
    }
    f[cell].referrers().iter().all(|&u| match &f[u].kind {
        InstrKind::Store { addr, value } => *addr == cell && *value != cell,
        InstrKind::Load { .. } => true,
        InstrKind::MakeClosure { func, bindings } => {
            let ValueDef::Function { name } = &f[*func].def else { return false };
            let Some(h) = module.lookup(name).map(|i| module.functions[i].function) else {
                return false;
            };
            bindings.iter().zip(h.free_vars()).all(|(&b, &v)| {
                b != cell
                    || h[v].referrers().iter().all(|&r| matches!(h[r].kind, InstrKind::Load { .. }))
            })
        }
        _ => false,
    })
}

/// The writes into the map that free variable `free` of `g` holds, when `g` only loads the
/// variable and only looks the map up and writes it.
fn only_written(program: &Program, g: &Function, free: ValueId) -> Option<Vec<InstrId>> {
    let mut writes = Vec::new();
    for &load in g[free].referrers() {
        if !matches!(g[load].kind, InstrKind::Load { .. }) {
            return None;
        }
        let map = g[load].result()?;
        let ty = g[map].ty;
        if ty.arena as usize > program.units.len() || !query::is_map(&mut program.types(), ty) {
            return None;
        }
        for &u in g[map].referrers() {
            match &g[u].kind {
                InstrKind::MapUpdate { map: m, key, value }
                    if *m == map && *key != map && *value != map =>
                {
                    writes.push(u);
                }
                InstrKind::MapLookup { map: m, key, .. } if *m == map && *key != map => {}
                _ => return None,
            }
        }
    }
    Some(writes)
}
