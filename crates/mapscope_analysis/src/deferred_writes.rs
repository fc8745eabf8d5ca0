//! A deferred function literal that writes a map variable it captures on every call
//! (`defer func() { vars["_SOURCE"] = name }()` over a named result) runs at every return
//! after its `defer`: a return that leaves the variable nil (`return nil, err` stores nil into
//! the named result just before the deferred calls run) reaches the write.
//!
//! Only a literal deferred straight where it is made counts, whose variable the function
//! reads and stores but hands to nothing else, which every other closure only reads, and
//! which the literal itself only looks up and writes into, the write on every call: then
//! what the variable holds at a `rundefers` is what the literal writes into.

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
    /// The variable's cell in the deferring function.
    pub cell: ValueId,
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
        if !local_map_variable(module, f, cell) {
            continue;
        }
        let Some(mut writes) = only_written(program, g, free) else { continue };
        writes.sort_by_key(|&u| g[u].span.start);
        let tree = g_dominators.get_or_insert_with(|| DomTree::new(g));
        let every_call = writes
            .into_iter()
            .find(|&u| g[u].block().is_some_and(|b| reached_by_every_call(g, tree, b)));
        let ValueDef::FreeVar { name, .. } = &g[free].def else { continue };
        if let Some(update) = every_call {
            let name = name.to_string();
            out.push(DeferredWrite { name, closure: gi, cell, update, runs: runs.clone() });
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
