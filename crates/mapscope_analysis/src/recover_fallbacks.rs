//! A deferred function literal that calls `recover()` and stores a fallback into a named result
//! (`defer func() { if r := recover(); r != nil { rec = Record{Raw: line, Failed: true} } }()`)
//! decides what the function returns after a panic: a map field the fallback leaves out is nil
//! in the result then, whatever the normal returns make.
//! So does one that replaces a named result when the error result is not nil (`defer func() {
//! if err != nil { cfg = Config{} } }()`, so callers never see half a config): with the error,
//! the result's map fields the replacement leaves out are nil.
//!
//! The analysis builds no Recover block, and the returns load named results after the deferred
//! calls ran, so no return shows that value; this gives the summary the fields such a fallback
//! leaves nil, with the other named results the literal sets to something other than nil on
//! the way or tests for it (an error a caller tests first) and the fields of the fallback
//! holding a non-nil error.

use crate::nilness::{Context, Search};
use crate::summary::NilResultField;
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BinaryOp, Builtin, Callee, Function, InstrId, InstrKind, ValueDef, ValueId};

/// The map fields of named results that a deferred literal of function `index` stores a
/// fallback without: after `recover()`, or where another named result is not nil.
pub fn fallback_fields(cx: Context<'_>, index: usize) -> Vec<NilResultField> {
    let module = cx.module;
    let f = module.functions[index].function;
    let cells = named_result_cells(f);
    if cells.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for block in f.block_ids() {
        for &defer in f[block].instrs() {
            let InstrKind::Defer { call } = &f[defer].kind else { continue };
            let Callee::Dynamic(value) = call.callee else { continue };
            let Some(made) = f.defining_instr(value) else { continue };
            let InstrKind::MakeClosure { func, bindings } = &f[made].kind else { continue };
            let ValueDef::Function { name } = &f[*func].def else { continue };
            let Some(gi) = module.lookup(name) else { continue };
            let g = module.functions[gi].function;
            let recovers = calls_recover(g);
            // The literal's free variable bound to each named result's cell.
            let results: Vec<(u32, ValueId)> = cells
                .iter()
                .filter_map(|&(i, cell)| {
                    let k = bindings.iter().position(|&b| b == cell)?;
                    Some((i, *g.free_vars().get(k)?))
                })
                .collect();
            let dominators = DomTree::new(g);
            for &(result, free) in &results {
                if !only_replaced(g, free) {
                    continue;
                }
                for &store in g[free].referrers() {
                    let InstrKind::Store { addr, value } = g[store].kind else { continue };
                    if addr != free {
                        continue;
                    }
                    let Some(&ty) = f.result_types.get(result as usize) else { continue };
                    let Some(store_block) = g[store].block() else { continue };
                    let mut with_non_nil =
                        set_non_nil_with(g, &dominators, &results, result, store_block);
                    if !recovers {
                        let tested = tested_non_nil(g, &dominators, &results, result, store_block);
                        if tested.is_empty() {
                            continue;
                        }
                        with_non_nil.extend(tested);
                        with_non_nil.sort_unstable();
                        with_non_nil.dedup();
                    }
                    for (access, names) in crate::summarize::map_fields(module.program, ty) {
                        if access.deref || access.fields.is_empty() {
                            continue;
                        }
                        let mut search = Search::new(g, cx, false);
                        if search.nil_access(value, &access, store).is_none() {
                            continue;
                        }
                        out.push(NilResultField {
                            result,
                            access,
                            names,
                            site: module.site(gi, g[store].span.start),
                            when_decoded: None,
                            with_false: Vec::new(),
                            with_non_nil: with_non_nil.clone(),
                            with_non_nil_fields: crate::error_fields::non_nil_fields(
                                g,
                                &dominators,
                                value,
                                store_block,
                            ),
                            made_when: None,
                            unless_context_has: None,
                            counts_param: None,
                            when_empty: None,
                        });
                    }
                }
            }
        }
    }
    out
}

/// The named results' cells of `f`, each with its result index: what every `return` loads
/// for that result after the deferred calls ran.
fn named_result_cells(f: &Function) -> Vec<(u32, ValueId)> {
    let mut cells: Option<Vec<Option<ValueId>>> = None;
    for block in f.block_ids() {
        for &ret in f[block].instrs() {
            let InstrKind::Return { results } = &f[ret].kind else { continue };
            let loaded: Vec<Option<ValueId>> = results
                .iter()
                .map(|&v| {
                    let load = f.defining_instr(v)?;
                    let InstrKind::Load { addr } = f[load].kind else { return None };
                    let alloc = f.defining_instr(addr)?;
                    matches!(f[alloc].kind, InstrKind::Alloc { .. }).then_some(addr)
                })
                .collect();
            match &mut cells {
                None => cells = Some(loaded),
                Some(known) => {
                    for (known, now) in known.iter_mut().zip(loaded) {
                        if *known != now {
                            *known = None;
                        }
                    }
                }
            }
        }
    }
    let cells = cells.unwrap_or_default();
    cells.into_iter().enumerate().filter_map(|(i, c)| Some((i as u32, c?))).collect()
}

/// Whether `g` only reads the named result in `free` and stores whole values into it: no store
/// into one of its fields can fill the map after the fallback.
fn only_replaced(g: &Function, free: ValueId) -> bool {
    g[free].referrers().iter().all(|&u| match g[u].kind {
        InstrKind::Load { .. } => true,
        InstrKind::Store { addr, value } => addr == free && value != free,
        InstrKind::FieldAddr { .. } => g[u].result().is_some_and(|field| {
            g[field].referrers().iter().all(|&r| matches!(g[r].kind, InstrKind::Load { .. }))
        }),
        _ => false,
    })
}

/// Whether `g` calls the builtin `recover`.
pub(crate) fn calls_recover(g: &Function) -> bool {
    g.block_ids().flat_map(|b| g[b].instrs().iter().copied()).any(|i| {
        matches!(&g[i].kind, InstrKind::Call { call } if call.callee == Callee::Builtin(Builtin::Recover))
    })
}

/// The named results other than `result` that `g` sets to something other than nil on every
/// way to `block` or in it (`err = fmt.Errorf(...)` beside the fallback).
fn set_non_nil_with(
    g: &Function,
    dominators: &DomTree,
    results: &[(u32, ValueId)],
    result: u32,
    block: mapscope_ssa::BlockId,
) -> Vec<u32> {
    let mut out = Vec::new();
    for &(other, free) in results.iter().filter(|&&(other, _)| other != result) {
        let set = g[free].referrers().iter().any(|&u: &InstrId| match g[u].kind {
            InstrKind::Store { addr, value } if addr == free => {
                !crate::nilness::is_nil_constant(g, value)
                    && g[u].block().is_some_and(|b| dominators.dominates(b, block))
            }
            _ => false,
        });
        if set {
            out.push(other);
        }
    }
    out
}

/// The named results other than `result` that `g` tests for nil on the way to `block`, going
/// on only where they are not nil (`if err != nil { cfg = Config{} }`).
fn tested_non_nil(
    g: &Function,
    dominators: &DomTree,
    results: &[(u32, ValueId)],
    result: u32,
    block: mapscope_ssa::BlockId,
) -> Vec<u32> {
    let mut out = Vec::new();
    for test_block in g.block_ids() {
        let Some(&last) = g[test_block].instrs().last() else { continue };
        let InstrKind::If { cond } = g[last].kind else { continue };
        let Some(test) = g.defining_instr(cond) else { continue };
        let InstrKind::BinOp { op, x, y } = &g[test].kind else { continue };
        let (branch, tested) = match (op, crate::nilness::is_nil_constant(g, *y)) {
            (BinaryOp::Neq, true) => (0, *x),
            (BinaryOp::Eql, true) => (1, *x),
            _ => continue,
        };
        let Some(&taken) = g[test_block].succs().get(branch) else { continue };
        // The branch leads only where the test held: its target has no other way in.
        if g[taken].preds().len() != 1 || !dominators.dominates(taken, block) {
            continue;
        }
        let Some(load) = g.defining_instr(tested) else { continue };
        let InstrKind::Load { addr } = g[load].kind else { continue };
        for &(other, free) in results {
            if other != result && free == addr {
                out.push(other);
            }
        }
    }
    out
}
