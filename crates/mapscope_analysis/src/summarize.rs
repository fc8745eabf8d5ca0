//! Computing the [`Summary`] of every function of the module, bottom-up over the call graph's
//! strongly connected components, each component iterated until its summaries stop changing.
//!
//! A function's summary is found with the same [`Search`] as the checks use, in summary mode:
//! a write whose map comes from a parameter becomes a [`ParamWrite`]; a return whose map is nil
//! (or whose struct leaves a map field nil) a [`NilResult`] ([`NilResultField`]); a pointer
//! parameter's field that holds a map on every return an initialisation; and every way a
//! parameter's address leaves what the function shows, an escape.

use crate::fields::FieldFacts;
use crate::module::Module;
use crate::nilness::{
    Context, DEREF, ELEMENT, Globals, Location, Origin, Root, Search, is_nil_constant, location,
    strip_conversions,
};
use crate::summary::{
    Access, DecodedFrom, FieldFromParam, NilResult, NilResultField, NilTest, ParamNil, ParamWrite,
    ResultParam, Site, Summary,
};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{
    BinaryOp, BlockId, Callee, ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId,
};
use mapscope_types::Program;
use mapscope_types::query;
use mapscope_types::types::{Type, TypeId, TypeView};
use rayon::prelude::*;

/// How many rounds a recursive component's summaries are recomputed before its last answer is
/// kept; the facts grow with each round, and a round only recomputes the members whose callees
/// changed (std's largest component, 2,210 functions of go/types and go/ast, settles in 8).
const MAX_ROUNDS: usize = 16;

/// Stack of the threads that compute summaries.
const SUMMARY_STACK: usize = 16 << 20;

/// How deep the fields of nested struct values are searched for maps.
const MAX_FIELD_DEPTH: usize = 3;

/// Adds to `edges` the methods each function binds into method values (`a.track`): a bound
/// method's summary says what binding it does to the receiver
/// ([`crate::method_values`]), so the method is summarised first.
fn add_bound_methods(module: &Module<'_>, edges: &mut [Vec<usize>]) {
    for (index, m) in module.functions.iter().enumerate() {
        let f = m.function;
        let before = edges[index].len();
        for block in f.block_ids() {
            for &i in f[block].instrs() {
                let InstrKind::MakeClosure { func, .. } = &f[i].kind else { continue };
                let ValueDef::Function { name } = &f[*func].def else { continue };
                let Some(method) = name.strip_suffix("$bound") else { continue };
                edges[index].extend(module.lookup(method));
            }
        }
        if edges[index].len() > before {
            edges[index].sort_unstable();
            edges[index].dedup();
        }
    }
}

/// The summaries of every function of `module`, by the module's function index.
///
/// A function's summary depends only on its callees' summaries, so the components of one level
/// of the condensed call graph (those whose callees all lie in lower levels) are independent and
/// are summarised in parallel. A recursive component is iterated in rounds, each round
/// recomputing in parallel, from the previous round's summaries, the members whose callees in
/// the component changed. Every summary is thus computed from summaries that do not depend on
/// the number of threads or their timing, and the result is the same on every run.
pub fn summarize(module: &Module<'_>, globals: &Globals, fields: &FieldFacts) -> Vec<Summary> {
    let mut edges = module.call_edges();
    add_bound_methods(module, &mut edges);
    let components = mapscope_ssa::scc::strongly_connected_components(&edges);
    let mut summaries = vec![Summary::default(); module.functions.len()];
    let mut run = || {
        for level in levels(&edges, &components) {
            let (alone, recursive): (Vec<&Vec<usize>>, Vec<&Vec<usize>>) =
                level.iter().map(|&c| &components[c]).partition(|members| {
                    members.len() == 1 && !edges[members[0]].contains(&members[0])
                });
            let cx = Context { module, summaries: &summaries, globals, fields };
            let computed: Vec<(usize, Summary)> = alone
                .par_iter()
                .map(|members| (members[0], summarize_function(cx, members[0])))
                .collect();
            for (index, summary) in computed {
                summaries[index] = summary;
            }
            for component in recursive {
                summarize_component(module, globals, fields, &edges, component, &mut summaries);
            }
        }
    };
    // As many threads as the pool the caller runs in (all cores outside any pool), each with a
    // stack like a main thread's: the search recurses, boundedly, over values.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(rayon::current_num_threads())
        .stack_size(SUMMARY_STACK)
        .build();
    match pool {
        Ok(pool) => pool.install(run),
        Err(_) => run(),
    }
    summaries
}

/// The components grouped by level, each level in the order the components come: a component's
/// level is one more than the highest level of the components it calls (0 for none).
fn levels(edges: &[Vec<usize>], components: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let mut component_of = vec![0; edges.len()];
    for (c, members) in components.iter().enumerate() {
        for &m in members {
            component_of[m] = c;
        }
    }
    // Components come callees first, so a callee's level is known before its callers ask.
    let mut level_of = vec![0usize; components.len()];
    let mut levels: Vec<Vec<usize>> = Vec::new();
    for (c, members) in components.iter().enumerate() {
        let level = members
            .iter()
            .flat_map(|&m| &edges[m])
            .map(|&callee| component_of[callee])
            .filter(|&d| d != c)
            .map(|d| level_of[d] + 1)
            .max()
            .unwrap_or(0);
        level_of[c] = level;
        if levels.len() <= level {
            levels.resize_with(level + 1, Vec::new);
        }
        levels[level].push(c);
    }
    levels
}

/// Iterates the summaries of a recursive component until they stop changing (at most
/// [`MAX_ROUNDS`] rounds). Round one computes every member; each later round only the members
/// that call a member whose summary the round before changed.
fn summarize_component(
    module: &Module<'_>,
    globals: &Globals,
    fields: &FieldFacts,
    edges: &[Vec<usize>],
    component: &[usize],
    summaries: &mut [Summary],
) {
    let mut members = component.to_vec();
    members.sort_unstable();
    // The callers of each member inside the component, by the member's position in `members`.
    let mut callers = vec![Vec::new(); members.len()];
    for &caller in &members {
        for callee in &edges[caller] {
            if let Ok(at) = members.binary_search(callee) {
                callers[at].push(caller);
            }
        }
    }
    let mut dirty = members.clone();
    for _ in 0..MAX_ROUNDS {
        let cx = Context { module, summaries, globals, fields };
        let changed: Vec<(usize, Summary)> = dirty
            .par_iter()
            .filter_map(|&index| {
                let summary = summarize_function(cx, index);
                (summary != cx.summaries[index]).then_some((index, summary))
            })
            .collect();
        if changed.is_empty() {
            break;
        }
        dirty.clear();
        for (index, summary) in changed {
            summaries[index] = summary;
            if let Ok(at) = members.binary_search(&index) {
                dirty.extend_from_slice(&callers[at]);
            }
        }
        dirty.sort_unstable();
        dirty.dedup();
    }
}

/// One function's summary, given its callees' summaries in `cx`.
pub fn summarize_function(cx: Context<'_>, index: usize) -> Summary {
    let module = cx.module;
    let mf = &module.functions[index];
    let f = mf.function;
    let program = module.program;
    let site = |span_start: u32| module.site(index, span_start);
    let text = |start: u32, end: u32| {
        mf.file
            .source
            .get(start as usize..end as usize)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("")
            .to_string()
    };
    let mut summary = Summary::default();
    let mut returns = Vec::new();
    let dominators = DomTree::new(f);
    let certain = |block| {
        reached_by_every_call(f, &dominators, block)
            || crate::failure_exits::reached_unless_failing(module, f, &dominators, block)
    };
    for block in f.block_ids() {
        summary.callback_args.extend(crate::passed_callbacks::callback_args(
            f,
            &dominators,
            block,
            &|| certain(block),
            &|| ranged_params(f, &dominators, block),
            &|| ranged_slices(f, &dominators, block),
        ));
        for &instr in f[block].instrs() {
            match &f[instr].kind {
                InstrKind::MapUpdate { map, .. } => {
                    let mut search = Search::new(f, cx, true);
                    search.inside_loops(&dominators, block);
                    let Some(origins) = search.nil_value(*map, 0) else { continue };
                    if !search.path_exists(block) || search.stopped_before(instr) {
                        continue;
                    }
                    // A write in a loop that runs only when the map exists.
                    if crate::length_guards::in_range_over_itself(f, &dominators, block, *map) {
                        continue;
                    }
                    let span = f[instr].span;
                    let expr =
                        crate::checks::nil_map_write::map_expr_text(&text(span.start, span.end))
                            .to_string();
                    // A write behind `if _, ok := m[k]; !ok` runs whenever the map is nil.
                    let certain_when_nil =
                        certain(block) || search.reached_whenever_nil(&dominators, block, *map);
                    for origin in origins {
                        if let Origin::Param { index: param, access } = origin {
                            if tests_a_sibling(f, param, &access) {
                                continue;
                            }
                            summary.writes.push(ParamWrite {
                                param,
                                access,
                                expr: expr.clone(),
                                site: site(span.start),
                                end: site(span.end),
                                certain: certain_when_nil,
                                loops_over: ranged_params(f, &dominators, block),
                                loops_over_slices: ranged_slices(f, &dominators, block),
                                bound: false,
                            });
                        }
                    }
                }
                InstrKind::Call { call } => {
                    let Some(callee) = cx.call_summary(f, call) else { continue };
                    for write in &callee.summary.writes {
                        let Some(&arg) = callee.args.get(write.param as usize) else { continue };
                        if write.bound && crate::method_values::stores_field(f, arg, &write.access)
                        {
                            continue;
                        }
                        if loops_over_empty(f, instr, &callee.args, &write.loops_over_slices)
                            || loops_over_emptied(
                                f,
                                &dominators,
                                instr,
                                &callee.args,
                                &write.loops_over,
                            )
                        {
                            continue;
                        }
                        let mut search = Search::new(f, cx, true);
                        search.inside_loops(&dominators, block);
                        // The callee writes only inside its loop over a map this call passes:
                        // a way on which a test found that map empty writes nothing (bleve's
                        // `if sr.Facets == nil && len(other.Facets) != 0 { adopt; return }`).
                        search.also_needs(crate::length_guards::callee_loop_needs(
                            f,
                            &callee.args,
                            &write.loops_over,
                            instr,
                            block,
                        ));
                        let Some(origins) = search.nil_access(arg, &write.access, instr) else {
                            continue;
                        };
                        if !search.path_exists(block) {
                            continue;
                        }
                        // A model's write has no source: it panics at this call, which is
                        // where a caller's finding belongs, and the call spells the map.
                        let span = f[instr].span;
                        let (expr, write_site, write_end) = if write.site.is_nowhere() {
                            let call_text = text(span.start, span.end);
                            let shown = crate::checks::nil_map_write::receiver_text(&call_text)
                                .filter(|_| write.param == 0 && is_method_call(f, call))
                                .map_or_else(|| write.expr.clone(), str::to_string);
                            (shown, site(span.start), site(span.end))
                        } else {
                            (write.expr.clone(), write.site.clone(), write.end.clone())
                        };
                        // A callee's loop over a map this function passes on: only a loop over
                        // this function's own parameter, or over a map filled before the call,
                        // keeps the write certain. A model's loop (maps.Copy's over its source)
                        // is taken to run, as the loops of this function's own body are.
                        let loop_runs = |(param, access): &(u32, Access)| {
                            loops_translate(
                                f,
                                &callee.args,
                                std::slice::from_ref(&(*param, access.clone())),
                            ) || (*access == Access::value()
                                && callee
                                    .args
                                    .get(*param as usize)
                                    .is_some_and(|&a| filled_before(f, &dominators, a, instr)))
                        };
                        let certain_here = write.certain
                            && certain(block)
                            && (write.site.is_nowhere() || write.loops_over.iter().all(loop_runs));
                        for origin in origins {
                            if let Origin::Param { index: param, access } = origin {
                                summary.writes.push(ParamWrite {
                                    param,
                                    access,
                                    expr: expr.clone(),
                                    site: write_site.clone(),
                                    end: write_end.clone(),
                                    certain: certain_here,
                                    loops_over: translated_loops(
                                        f,
                                        &callee.args,
                                        &write.loops_over,
                                        ranged_params(f, &dominators, block),
                                    ),
                                    loops_over_slices: translated_loops(
                                        f,
                                        &callee.args,
                                        &write.loops_over_slices,
                                        ranged_slices(f, &dominators, block),
                                    ),
                                    bound: write.bound,
                                });
                            }
                        }
                    }
                }
                // A closure that captures a map by value and writes into it on every call:
                // the map it gets is the one this function reads now, nil or not.
                InstrKind::MakeClosure { func, bindings } => {
                    if let Some((_, write, receiver)) =
                        crate::method_values::bound_pointer_write(&cx, f, *func, bindings)
                    {
                        let mut search = Search::new(f, cx, true);
                        let origins = search.nil_access(receiver, &write.access, instr);
                        if search.path_exists(block) {
                            for origin in origins.into_iter().flatten() {
                                if let Origin::Param { index: param, access } = origin {
                                    summary.writes.push(ParamWrite {
                                        param,
                                        access,
                                        expr: write.expr.clone(),
                                        site: write.site.clone(),
                                        end: write.end.clone(),
                                        certain: certain(block),
                                        loops_over: ranged_params(f, &dominators, block),
                                        loops_over_slices: ranged_slices(f, &dominators, block),
                                        bound: true,
                                    });
                                }
                            }
                        }
                    }
                    for (module_index, cell, update) in
                        captured_writes(module, f, instr, *func, bindings, false)
                    {
                        let Some(place) = crate::nilness::location(f, cell) else { continue };
                        let mut search = Search::new(f, cx, true);
                        let Some(origins) = search.nil_in_captured(&place, instr) else {
                            continue;
                        };
                        if !search.path_exists(block) {
                            continue;
                        }
                        let g = module.functions[module_index].function;
                        let Some(expr) = g.free_vars().iter().find_map(|&v| match &g[v].def {
                            ValueDef::FreeVar { name, .. }
                                if g[update].kind.operands().into_iter().any(|o| {
                                    g.defining_instr(o).is_some_and(|l| {
                                        matches!(g[l].kind, InstrKind::Load { addr } if addr == v)
                                    })
                                }) =>
                            {
                                Some(name.to_string())
                            }
                            _ => None,
                        }) else {
                            continue;
                        };
                        let span = g[update].span;
                        for origin in origins {
                            if let Origin::Param { index: param, access } = origin {
                                summary.writes.push(ParamWrite {
                                    param,
                                    access,
                                    expr: expr.clone(),
                                    site: module.site(module_index, span.start),
                                    end: module.site(module_index, span.end),
                                    certain: certain(block),
                                    loops_over: ranged_params(f, &dominators, block),
                                    loops_over_slices: ranged_slices(f, &dominators, block),
                                    bound: false,
                                });
                            }
                        }
                    }
                }
                // A return after a call that never returns (`fatal(msg); return nil`) is never
                // taken.
                InstrKind::Return { .. } if module.never_returns(f, block) => {}
                InstrKind::Return { results } => {
                    let results = results.iter().map(|&v| stored_before_defers(f, instr, v));
                    returns.push((instr, results.collect()));
                }
                _ => {}
            }
        }
    }
    summary.context_flags = crate::context_keys::context_flags(cx, f, &dominators, &returns);
    (summary.implies, summary.false_results, summary.true_results) =
        crate::bool_params::implications(cx, f, &dominators, &returns);
    for (ret, results) in &returns {
        nil_results(cx, index, *ret, results, &mut summary);
    }
    for field in crate::recover_fallbacks::fallback_fields(cx, index) {
        let known = summary.nil_result_fields.iter().any(|k| {
            k.result == field.result && k.access == field.access && k.when_decoded.is_none()
        });
        if !known {
            summary.nil_result_fields.push(field);
        }
    }
    summary.reflect_zeroes = crate::reflect_zeroes::zeroed_params(f)
        .into_iter()
        .map(|(param, set)| (param, module.site(index, f[set].span.start)))
        .collect();
    summary.gob_results = (0..f.result_types.len())
        .filter(|&i| {
            returns.iter().any(|(_, results)| {
                results.get(i).is_some_and(|&v| crate::gob_decoded::decoded_local(f, v))
            })
        })
        .map(|i| i as u32)
        .collect();
    summary.result_params = result_params(program, f, &returns);
    summary.returns_params = returns_params(program, f, &returns);
    summary.returned_fields = crate::field_pointers::returned_fields(program, f, &returns);
    summary.nil_tests = nil_tests(f, &returns);
    for (param, &value) in f.params().iter().enumerate() {
        let param = param as u32;
        let ty = f[value].ty;
        let fields = map_fields_through_pointers(program, ty);
        for (access, _) in fields.iter().filter(|(a, _)| a.deref) {
            let place = Location { root: Root::Param(param), fields: access.fields.clone() };
            let made_on_every_return = !returns.is_empty()
                && returns
                    .iter()
                    .all(|(ret, _)| Search::new(f, cx, true).nil_at(&place, *ret, 0).is_none());
            if made_on_every_return {
                summary.initialises.push((param, access.clone()));
            }
            // A store of nil that every return sees, as a `Reset` does: a nil stored on one
            // branch only is usually tied to state the later write also tests. A fresh struct
            // copied over the whole place (`*c = T{limit: c.limit}`) stores its zero map.
            // A callee's reset counts as well (`start` calling `r.Freeze()` last), at the
            // callee's store.
            let mut stores = returns.iter().map(|(ret, _)| {
                let origins = Search::new(f, cx, false).nil_at(&place, *ret, 0)?;
                origins.iter().find_map(|o| match o {
                    Origin::NilStore(store) | Origin::Allocation(store) => {
                        Some(module.site(index, f[*store].span.start))
                    }
                    Origin::CalleeNils { site, .. } => Some(site.clone()),
                    _ => None,
                })
            });
            let deep_copy = crate::param_copies::copied_nil_for_nil(f, &dominators, param, access);
            if let Some(copy) = deep_copy {
                summary.copies.push(copy);
            } else if let Some(Some(site)) = stores.next() {
                if stores.all(|s| s.is_some()) {
                    summary.nils.push(ParamNil { param, access: access.clone(), site });
                }
            }
            if !made_on_every_return {
                summary.copies.extend(crate::param_copies::copied_from(
                    cx,
                    f,
                    &dominators,
                    &returns,
                    param,
                    access,
                ));
            }
        }
        if is_pointer(program, ty) {
            let returned = summary.returns_params.iter().any(|&(_, p)| p == param);
            escapes(cx, f, param, value, returned, &mut summary);
        }
    }
    summary.normalise();
    summary
}

/// The map results that every return reads from the same place of a parameter (a field of
/// what it points to, or of the struct it is), in a function that stores into no parameter's
/// memory and calls nothing that could: a getter.
fn result_params(
    program: &Program,
    f: &Function,
    returns: &[(InstrId, Vec<ValueId>)],
) -> Vec<ResultParam> {
    let calls_or_stores = f.block_ids().any(|b| {
        f[b].instrs().iter().any(|&i| match &f[i].kind {
            InstrKind::Call { .. } | InstrKind::Go { .. } | InstrKind::Defer { .. } => true,
            InstrKind::Store { addr, .. } => {
                location(f, *addr).is_none_or(|l| matches!(l.root, Root::Param(_)))
            }
            _ => false,
        })
    });
    if returns.is_empty() || calls_or_stores {
        return Vec::new();
    }
    // A field of what a parameter points to, or of a struct parameter (a value receiver's
    // `func (o Opt[T]) OrZero() T { return o.val }`), but not the parameter itself; a copy
    // spilled to memory counts only when nothing stores into its fields.
    let read = |v: ValueId| -> Option<(u32, Access)> {
        let v = strip_conversions(f, v);
        if let Some(instr) = f.defining_instr(v)
            && let InstrKind::Load { addr } = &f[instr].kind
            && let Some(Location { root: Root::Alloc(alloc), .. }) = location(f, *addr)
        {
            f[alloc].result().and_then(|copy| crate::param_conditions::spilled_param(f, copy))?;
        }
        param_place(f, v).filter(|(_, access)| access.deref || !access.fields.is_empty())
    };
    let mut out = Vec::new();
    for (i, &ty) in f.result_types.iter().enumerate() {
        // A result of a type parameter's type is a map for a caller that instantiates it so.
        if !is_map(program, ty) && !crate::zero_generic::type_param(program, ty, false) {
            continue;
        }
        let mut places = returns.iter().map(|(_, results)| results.get(i).and_then(|&v| read(v)));
        let Some(Some(first)) = places.next() else { continue };
        if places.all(|p| p.as_ref() == Some(&first)) {
            out.push(ResultParam { result: i as u32, param: first.0, access: first.1 });
        }
    }
    out
}

/// The `bool` results that every return gives as the same nil test of a parameter's map.
fn nil_tests(f: &Function, returns: &[(InstrId, Vec<ValueId>)]) -> Vec<NilTest> {
    let mut found = Vec::new();
    if returns.is_empty() {
        return found;
    }
    for result in 0..f.result_types.len() {
        let test_at = |results: &Vec<ValueId>| {
            let v = strip_conversions(f, *results.get(result)?);
            let (v, true_when_nil) = crate::nilness::without_negations(f, v, true);
            let InstrKind::BinOp { op, x, y } = &f[f.defining_instr(v)?].kind else {
                return None;
            };
            let nil_when_true = match op {
                BinaryOp::Eql => true_when_nil,
                BinaryOp::Neq => !true_when_nil,
                _ => return None,
            };
            let (x, y) = (strip_conversions(f, *x), strip_conversions(f, *y));
            let tested = crate::nilness::nil_operand(f, x, y)?;
            let (param, access) = param_place(f, tested)?;
            Some(NilTest { result: result as u32, param, access, true_when_nil: nil_when_true })
        };
        let mut tests = returns.iter().map(|(_, results)| test_at(results));
        let Some(Some(first)) = tests.next() else { continue };
        if tests.all(|t| t.as_ref() == Some(&first)) {
            found.push(first);
        }
    }
    found
}

/// The parameter maps whose `range` loops enclose `block`: loop headers on its dominator
/// chain that test the `ok` of a `next` over a map read from a parameter, whose body (the
/// true successor) dominates `block`; the loop's exit, which a nil map takes at once, is
/// dominated by the header too.
fn ranged_params(f: &Function, dominators: &DomTree, block: BlockId) -> Vec<(u32, Access)> {
    let mut out = Vec::new();
    let mut at = block;
    while let Some(up) = dominators.idom(at) {
        at = up;
        let Some(&last) = f[at].instrs().last() else { continue };
        let InstrKind::If { cond } = &f[last].kind else { continue };
        if !f[at].succs().first().is_some_and(|&body| dominators.dominates(body, block)) {
            continue;
        }
        let ValueDef::Result { instr: next, index: 0 } = f[strip_conversions(f, *cond)].def else {
            continue;
        };
        let InstrKind::MapNext { iter } = &f[next].kind else { continue };
        let Some(range) = f.defining_instr(*iter) else { continue };
        let InstrKind::MapRange { map } = &f[range].kind else { continue };
        if let Some(place) = param_place(f, *map) {
            out.push(place);
        }
    }
    out
}

/// The parameter collections whose counting loops (`range` over a slice, `i < len(xs)` from
/// zero) enclose `block`.
fn ranged_slices(f: &Function, dominators: &DomTree, block: BlockId) -> Vec<(u32, Access)> {
    crate::length_guards::loop_needs(f, dominators, block)
        .into_iter()
        .filter(|need| matches!(f[need.read].kind, InstrKind::Call { .. }))
        .filter_map(|need| param_place(f, need.collection))
        .collect()
}

/// Whether `call` passes, for one of the parameter collections `loops` a callee's write
/// loops over, a value known empty (nil, `[]T{}`, `make([]T, 0)`): the loop, and the write,
/// never run.
pub fn loops_over_empty(
    f: &Function,
    call: InstrId,
    args: &[ValueId],
    loops: &[(u32, Access)],
) -> bool {
    loops.iter().any(|(param, access)| {
        args.get(*param as usize).is_some_and(|&arg| {
            if *access == Access::value() {
                crate::length_guards::known_empty(f, arg, &[call])
            } else {
                literal_leaves_field(f, arg, access, call)
            }
        })
    })
}

/// Whether `arg` points to a composite literal of this function (`&request{parameter: p}`)
/// that leaves the field at `access` zero and goes nowhere but its own field stores and `call`:
/// a slice field it leaves out is empty when the callee loops over it.
fn literal_leaves_field(f: &Function, arg: ValueId, access: &Access, call: InstrId) -> bool {
    let [field] = access.fields[..] else { return false };
    if !access.deref {
        return false;
    }
    let arg = strip_conversions(f, arg);
    let Some(alloc) = f.defining_instr(arg) else { return false };
    if !matches!(f[alloc].kind, InstrKind::Alloc { .. }) {
        return false;
    }
    f[arg].referrers().iter().all(|&user| match &f[user].kind {
        _ if user == call => true,
        InstrKind::Store { addr, value } => {
            *addr == arg && matches!(f[*value].def, ValueDef::Const(ConstValue::Zero))
        }
        InstrKind::FieldAddr { field: other, .. } => {
            *other != field
                && f[user].result().is_some_and(|address| {
                    f[address].referrers().iter().all(|&store| {
                        matches!(&f[store].kind, InstrKind::Store { addr, value }
                            if *addr == address && *value != address)
                    })
                })
        }
        _ => false,
    })
}

/// Whether `call` passes, for one of the parameter maps `loops` a callee's write loops over,
/// a map emptied on every path to it (cleared or drained): the loop, and the write, never run.
pub fn loops_over_emptied(
    f: &Function,
    dominators: &DomTree,
    call: InstrId,
    args: &[ValueId],
    loops: &[(u32, Access)],
) -> bool {
    loops.iter().any(|(param, access)| {
        *access == Access::value()
            && args
                .get(*param as usize)
                .is_some_and(|&arg| crate::drained_maps::emptied_at(f, dominators, arg, call))
    })
}

/// The parameter place the map `v` is read from: the parameter itself, a field of its struct
/// value, or a field of what it points to.
fn param_place(f: &Function, v: ValueId) -> Option<(u32, Access)> {
    let v = strip_conversions(f, v);
    if let ValueDef::Param { index, .. } = f[v].def {
        return Some((index, Access::value()));
    }
    let instr = f.defining_instr(v)?;
    match &f[instr].kind {
        InstrKind::Load { addr } => {
            let place = location(f, *addr)?;
            if place.fields.contains(&ELEMENT) {
                return None;
            }
            match place.root {
                Root::Param(param) => Some((param, Access { deref: true, fields: place.fields })),
                // A struct parameter spilled to memory: its fields are the caller's.
                Root::Alloc(alloc) => {
                    let spilled = f[alloc].result()?;
                    let param = f[spilled].referrers().iter().find_map(|&u| match &f[u].kind {
                        InstrKind::Store { addr, value } if *addr == spilled => {
                            match f[strip_conversions(f, *value)].def {
                                ValueDef::Param { index, .. } => Some(index),
                                _ => None,
                            }
                        }
                        _ => None,
                    })?;
                    Some((param, Access { deref: false, fields: place.fields }))
                }
                _ => None,
            }
        }
        InstrKind::Field { .. } => {
            let mut fields = Vec::new();
            let mut base = v;
            while let Some(i) = f.defining_instr(base) {
                let InstrKind::Field { base: b, field } = &f[i].kind else { break };
                fields.push(*field);
                base = strip_conversions(f, *b);
            }
            fields.reverse();
            let ValueDef::Param { index, .. } = f[base].def else { return None };
            Some((index, Access { deref: false, fields }))
        }
        _ => None,
    }
}

/// Whether every map a callee's write loops over is, at this call, a map read from one of this
/// function's parameters (so the condition passes on to its callers).
/// Whether `map` is a map made in `f` that holds an entry at `at`: a write into it comes
/// before `at` on every path, and nothing deletes from or clears it (a loop over it runs).
fn filled_before(f: &Function, dominators: &DomTree, map: ValueId, at: InstrId) -> bool {
    let map = strip_conversions(f, map);
    let made =
        f.defining_instr(map).is_some_and(|i| matches!(f[i].kind, InstrKind::MakeMap { .. }));
    let Some(at_block) = f[at].block() else { return false };
    let users = f[map].referrers();
    let emptied = users
        .iter()
        .any(|&u| matches!(&f[u].kind, InstrKind::MapDelete { .. } | InstrKind::MapClear { .. }));
    made && !emptied
        && users.iter().any(|&u| {
            let InstrKind::MapUpdate { map: written, .. } = &f[u].kind else { return false };
            let Some(block) = f[u].block() else { return false };
            strip_conversions(f, *written) == map
                && if block == at_block {
                    let instrs = f[block].instrs();
                    let position = |i: InstrId| instrs.iter().position(|&x| x == i);
                    position(u) < position(at)
                } else {
                    dominators.strictly_dominates(block, at_block)
                }
        })
}

fn loops_translate(f: &Function, args: &[ValueId], loops: &[(u32, Access)]) -> bool {
    loops.iter().all(|(param, access)| translate(f, args, *param, access).is_some())
}

/// A callee's loop conditions as conditions on this function's parameters, with this function's
/// own loops around the call.
fn translated_loops(
    f: &Function,
    args: &[ValueId],
    loops: &[(u32, Access)],
    mut own: Vec<(u32, Access)>,
) -> Vec<(u32, Access)> {
    own.extend(loops.iter().filter_map(|(param, access)| translate(f, args, *param, access)));
    own
}

/// The place of this function's parameter that the callee's `access` of parameter `param`
/// reads, when the argument is a parameter (or its value's fields) of this function.
fn translate(f: &Function, args: &[ValueId], param: u32, access: &Access) -> Option<(u32, Access)> {
    let arg = strip_conversions(f, *args.get(param as usize)?);
    if access.deref {
        let place = location(f, arg)?;
        let Root::Param(mine) = place.root else { return None };
        let mut fields = place.fields;
        fields.extend_from_slice(&access.fields);
        return Some((mine, Access { deref: true, fields }));
    }
    let (mine, mut own) = param_place(f, arg).or_else(|| match f[arg].def {
        ValueDef::Param { index, .. } => Some((index, Access::value())),
        _ => None,
    })?;
    own.fields.extend_from_slice(&access.fields);
    Some((mine, own))
}

/// Whether `block` runs only on the non-nil way of a nil test (`x != nil`, `x == nil`) of a
/// value `tested` accepts (conversions stripped).
pub(crate) fn guarded_non_nil_where(
    f: &Function,
    dominators: &DomTree,
    block: BlockId,
    tested: &dyn Fn(ValueId) -> bool,
) -> bool {
    f.block_ids().any(|b| {
        let Some(&last) = f[b].instrs().last() else { return false };
        let InstrKind::If { cond } = &f[last].kind else { return false };
        let Some(test) = f.defining_instr(strip_conversions(f, *cond)) else { return false };
        let InstrKind::BinOp { op, x, y } = &f[test].kind else { return false };
        let (x, y) = (strip_conversions(f, *x), strip_conversions(f, *y));
        let tests = (tested(x) && is_nil_constant(f, y)) || (tested(y) && is_nil_constant(f, x));
        let succs = f[b].succs();
        let non_nil_succ = match op {
            BinaryOp::Neq => succs.first(),
            BinaryOp::Eql => succs.get(1),
            _ => None,
        };
        tests
            && non_nil_succ
                .is_some_and(|&s| f[s].preds().len() == 1 && dominators.dominates(s, block))
    })
}

/// The nil maps and nil map fields that return `ret` gives back.
fn nil_results(
    cx: Context<'_>,
    index: usize,
    ret: InstrId,
    results: &[ValueId],
    summary: &mut Summary,
) {
    let module = cx.module;
    let f = module.functions[index].function;
    let program = module.program;
    let Some(block) = f[ret].block() else { return };
    let return_site = module.site(index, f[ret].span.start);
    // Made only for a return that gives a nil.
    let dominators = std::cell::OnceCell::new();
    let dominators = || dominators.get_or_init(|| DomTree::new(f));
    let looped = std::cell::OnceCell::new();
    let looped = || looped.get_or_init(|| crate::empty_loops::looped_params(f, dominators()));
    for (i, &value) in results.iter().enumerate() {
        let Some(&ty) = f.result_types.get(i) else { continue };
        // A struct pointer boxed in an interface result, the only type every return boxes.
        let (value, ty) =
            crate::concrete_types::boxed_result(module, f, value, i).unwrap_or((value, ty));
        let result = i as u32;
        if let Some(pointer) = crate::zero_generic::fresh_zero(program, f, value, ret) {
            let with_non_nil = results
                .iter()
                .enumerate()
                .filter(|&(j, &other)| j != i && !is_nil_or_zero(f, other))
                .map(|(j, _)| j as u32)
                .collect();
            let with_false = results
                .iter()
                .enumerate()
                .filter(|&(j, &other)| {
                    j != i
                        && matches!(
                            f[strip_conversions(f, other)].def,
                            ValueDef::Const(ConstValue::Bool(false))
                        )
                })
                .map(|(j, _)| j as u32)
                .collect();
            summary.zero_results.push(crate::summary::ZeroResult {
                result,
                site: return_site.clone(),
                pointer,
                with_false,
                with_non_nil,
            });
            continue;
        }
        // What a function returns when a caller passes nil is the caller's to know (`Clone`
        // returning nil for a nil receiver): its parameters count as non-nil here.
        if is_map(program, ty) {
            let mut search = Search::new(f, cx, false);
            search.assume_non_nil(f.params());
            // What the deferred calls leave in the named result is returned: a deferred
            // closure that makes it whenever it is nil saves every return.
            let made_by_defer = reloaded_after_defers(f, ret, value)
                .is_some_and(|place| deferred_closure_makes(module, f, &place));
            let nil = if made_by_defer { None } else { search.nil_value(value, 0) };
            // `if s.tools == nil { return nil }`: nil exactly when the caller's field is.
            let field_nil = nil
                .as_ref()
                .filter(|_| is_nil_constant(f, strip_conversions(f, value)))
                .and_then(|_| param_field_tested_nil(f, dominators(), block));
            if nil.is_some() && search.path_exists(block) {
                let with_non_nil = results
                    .iter()
                    .enumerate()
                    .filter(|&(j, &other)| j != i && !is_nil_or_zero(f, other))
                    .map(|(j, _)| j as u32)
                    .collect();
                let with_false = false_results(f, &search, results, i);
                summary.nil_results.push(NilResult {
                    result,
                    with_non_nil,
                    with_false,
                    site: return_site.clone(),
                    // The cases ruled out where the nil enters the return's φ (a type
                    // switch's default), or where the return is.
                    unless_param_in: crate::param_cases::excluded_cases(
                        program,
                        f,
                        dominators(),
                        search.nil_edges().last().map_or(block, |&(_, pred)| pred),
                    ),
                    unless_context_has: nil
                        .as_deref()
                        .and_then(|origins| {
                            crate::context_keys::assertion_key(
                                module,
                                f,
                                origins,
                                &search.context_params,
                            )
                        })
                        .or_else(|| {
                            crate::context_keys::behind_failed_assertion(cx, f, dominators(), block)
                        }),
                    only_when_empty: crate::length_guards::behind_empty_param(
                        f,
                        dominators(),
                        block,
                    ),
                    only_when_field_nil: field_nil,
                });
            } else if !made_by_defer {
                // Nil only when a map parameter is (`return nil` under `if m == nil`, or the
                // parameter itself): the caller's argument decides.
                for (param, &p) in f.params().iter().enumerate() {
                    if !is_map(program, f[p].ty) {
                        continue;
                    }
                    let others: Vec<ValueId> =
                        f.params().iter().copied().filter(|&q| q != p).collect();
                    let mut search = Search::new(f, cx, true);
                    search.assume_non_nil(&others);
                    let Some(origins) = search.nil_value(value, 0) else { continue };
                    let only_this = origins.iter().all(|o| match o {
                        Origin::Param { index, .. } => *index as usize == param,
                        _ => true,
                    });
                    if only_this && search.path_exists(block) {
                        summary.nil_with_params.push(ResultParam {
                            result,
                            param: param as u32,
                            access: Access::value(),
                        });
                    }
                }
            }
            continue;
        }
        // A return of the failure path (another result tested non-nil on the way, the error
        // of `if err != nil { return c, err }`): callers check the error before they use the
        // struct.
        let mut fields = map_fields(program, ty);
        fields.extend(crate::zero_generic::type_param_fields(program, ty));
        let failing = !fields.is_empty()
            && results.iter().enumerate().any(|(j, &other)| {
                let other = strip_conversions(f, other);
                j != i && guarded_non_nil_where(f, dominators(), block, &|tested| tested == other)
            });
        if failing {
            continue;
        }
        for (access, names) in fields {
            let value = strip_conversions(f, value);
            let mut search = Search::new(f, cx, false);
            search.decoded_params = true;
            search.assume_non_nil(f.params());
            let appended = match access.fields.as_slice() {
                [field] if access.deref => {
                    crate::appended_elements::just_appended_without(f, value, *field, ret)
                }
                _ => None,
            };
            let origins = if let Some(append) = appended {
                Some(vec![Origin::Allocation(append)])
            } else if access.deref {
                // A pointer merged from several (the one found, or a new one made on a miss)
                // is nil at the field when one of them is.
                let places = crate::nilness::pointed_places(f, value, 0);
                if places.is_empty() {
                    crate::overwritten_slots::stored_without(
                        program,
                        f,
                        dominators(),
                        &mut search,
                        value,
                        &access,
                        ret,
                    )
                } else {
                    places.into_iter().find_map(|mut place| {
                        place.fields.extend_from_slice(&access.fields);
                        search.nil_at(&place, ret, 0)
                    })
                }
            } else {
                search.nil_access(value, &access, ret)
            };
            // Nil when a loop over a collection parameter, which a caller may pass empty, does
            // not run (the options a constructor applies).
            let mut when_empty = None;
            let origins = origins.or_else(|| {
                looped().iter().find_map(|(param, skipped)| {
                    search = Search::new(f, cx, false);
                    search.decoded_params = true;
                    search.assume_non_nil(f.params());
                    search.skip_blocks(skipped.clone());
                    let origins = search.nil_access(value, &access, ret)?;
                    when_empty = Some(*param);
                    Some(origins)
                })
            });
            let Some(origins) = origins else {
                fields_from_params(cx, f, ret, value, result, &access, summary);
                continue;
            };
            if !search.reachable(block) {
                continue;
            }
            // `if o.m != nil { c.m = maps.Clone(o.m) }`: nil exactly where the parameter's is.
            {
                let copied = crate::self_copies::copied_when_non_nil(
                    f,
                    dominators(),
                    value,
                    access.deref,
                    &access.fields,
                );
                if let Some(Location { root: crate::nilness::Root::Param(param), fields }) = copied
                {
                    summary.fields_from_params.push(FieldFromParam {
                        result,
                        access: access.clone(),
                        param,
                        param_access: Access { deref: true, fields },
                    });
                    continue;
                }
            }
            // The allocation that leaves the field unset explains it best.
            let site: Site = origins
                .iter()
                .find_map(|o| match o {
                    Origin::Allocation(at)
                    | Origin::NilStore(at)
                    | Origin::JsonNull(at)
                    | Origin::JsonReplaced(at) => Some(module.site(index, f[*at].span.start)),
                    Origin::CalleeField { site, .. } => Some(site.clone()),
                    Origin::JsonParam { call, .. } => Some(module.site(index, f[*call].span.start)),
                    _ => None,
                })
                .unwrap_or_else(|| return_site.clone());
            let when_decoded = origins.iter().find_map(|o| match o {
                Origin::JsonParam { call, param, keys, absent_too, unknown_nil, .. } => {
                    // Searched again with the decode's error not nil: still nil when the
                    // function carries on past a failed decode.
                    let error_kept = f[*call].results().last().is_none_or(|err| {
                        let mut again = Search::new(f, cx, false);
                        again.decoded_params = true;
                        again.assume_non_nil(f.params());
                        again.assume_non_nil(&[err]);
                        if !access.deref {
                            return again.nil_access(value, &access, ret).is_some();
                        }
                        let places = crate::nilness::pointed_places(f, value, 0);
                        places.is_empty()
                            || places.into_iter().any(|mut place| {
                                place.fields.extend_from_slice(&access.fields);
                                again.nil_at(&place, ret, 0).is_some()
                            })
                    });
                    Some(DecodedFrom {
                        param: *param,
                        keys: keys.clone(),
                        absent_too: *absent_too,
                        unknown_nil: *unknown_nil,
                        error_kept,
                    })
                }
                _ => None,
            });
            // An error built at the return, or one a callee returns beside the nil it gives.
            let mut with_non_nil = built_non_nil_results(f, results, i, cx.globals);
            for (j, &other) in results.iter().enumerate() {
                if j != i && !with_non_nil.contains(&(j as u32)) && search.found_with_non_nil(other)
                {
                    with_non_nil.push(j as u32);
                }
            }
            with_non_nil.sort_unstable();
            let made_when = crate::param_conditions::made_when(f, &access.fields)
                .or_else(|| crate::param_conditions::passed_on(cx, f, &origins));
            let unless_context_has =
                crate::context_keys::assertion_key(module, f, &origins, &search.context_params)
                    .or_else(|| {
                        crate::context_keys::behind_failed_assertion(cx, f, dominators(), block)
                    });
            let counts_param = crate::length_guards::behind_count_test(f, dominators(), block);
            // False results, and the ones false wherever the local keeps its zero value
            // (`found`, set with it).
            let mut with_false = false_results(f, &search, results, i);
            for (j, &other) in results.iter().enumerate() {
                if j != i
                    && !access.deref
                    && !with_false.contains(&(j as u32))
                    && crate::unfilled_flags::false_while_unfilled(
                        f,
                        value,
                        &access.fields,
                        &origins,
                        other,
                        ret,
                    )
                {
                    with_false.push(j as u32);
                }
            }
            with_false.sort_unstable();
            summary.nil_result_fields.push(NilResultField {
                result,
                access,
                names,
                site,
                when_decoded,
                with_false,
                with_non_nil,
                with_non_nil_fields: crate::error_fields::non_nil_fields(
                    f,
                    dominators(),
                    value,
                    block,
                ),
                made_when,
                unless_context_has,
                counts_param,
                when_empty,
            });
        }
    }
}

/// The results other than result `i` that a return gives as the constant `false`, or as a
/// boolean that is false wherever the nil `search` found comes (the `ok` of the failed
/// assertion handed back with its zero value: `md, ok := ctx.Value(k).(T); return md, ok`).
fn false_results(f: &Function, search: &Search<'_>, results: &[ValueId], i: usize) -> Vec<u32> {
    let is_false = |v: ValueId| {
        matches!(f[strip_conversions(f, v)].def, ValueDef::Const(ConstValue::Bool(false)))
            || search.found_with_false(v)
    };
    let others = results.iter().enumerate().filter(|&(j, &other)| j != i && is_false(other));
    others.map(|(j, _)| j as u32).collect()
}

/// Records that map field `access` of struct result `result` (the value `value` returned at
/// `ret`) is nil exactly where one parameter's map is: with parameters taken as possibly nil,
/// every nil found comes from that one parameter.
fn fields_from_params(
    cx: Context<'_>,
    f: &Function,
    ret: InstrId,
    value: ValueId,
    result: u32,
    access: &Access,
    summary: &mut Summary,
) {
    let Some(block) = f[ret].block() else { return };
    let mut search = Search::new(f, cx, true);
    let Some(origins) = search.nil_access(value, access, ret) else { return };
    if !search.reachable(block) {
        return;
    }
    let [Origin::Param { index, access: param_access }] = origins.as_slice() else { return };
    summary.fields_from_params.push(FieldFromParam {
        result,
        access: access.clone(),
        param: *index,
        param_access: param_access.clone(),
    });
}

/// The map field of a parameter that a branch above `block` found nil (`if s.m == nil {
/// return nil }`), when one does: of a pointer parameter, or of a struct passed by value (a
/// value receiver's `if r.m == nil`, its field the caller's argument's).
fn param_field_tested_nil(
    f: &Function,
    dominators: &DomTree,
    block: BlockId,
) -> Option<(u32, Access)> {
    crate::guarding_edges::guarding_edges(f, dominators, block).find_map(|edge| {
        let (cond, taken) =
            crate::nilness::without_negations(f, strip_conversions(f, edge.cond), edge.taken);
        let tested = crate::bool_params::nil_on_edge(f, cond, taken)?;
        let (param, access) = param_place(f, tested)?;
        (!access.fields.is_empty()).then_some((param, access))
    })
}

/// The pointer results that every return gives as the same pointer parameter.
fn returns_params(
    program: &Program,
    f: &Function,
    returns: &[(InstrId, Vec<ValueId>)],
) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    if returns.is_empty() {
        return out;
    }
    for (i, &ty) in f.result_types.iter().enumerate() {
        if !is_pointer(program, ty) {
            continue;
        }
        let param_of = |results: &Vec<ValueId>| {
            let v = strip_conversions(f, *results.get(i)?);
            match f[v].def {
                ValueDef::Param { index, .. } => Some(index),
                _ => None,
            }
        };
        let first = param_of(&returns[0].1);
        if first.is_some() && returns.iter().all(|(_, results)| param_of(results) == first) {
            out.extend(first.map(|param| (i as u32, param)));
        }
    }
    out
}

/// For a return's reload of a named result after `rundefers` (go/ssa reloads named results
/// after the deferred calls, which may change them): the value the return stored into it just
/// before, in the return's block; else `value`. What the deferred calls do to it is judged
/// apart (see `reloaded_after_defers`).
fn stored_before_defers(f: &Function, ret: InstrId, value: ValueId) -> ValueId {
    let Some(block) = f[ret].block() else { return value };
    let Some(load) = f.defining_instr(value).filter(|&l| f[l].block() == Some(block)) else {
        return value;
    };
    let InstrKind::Load { addr } = f[load].kind else { return value };
    if !matches!(f.defining_instr(addr).map(|d| &f[d].kind), Some(InstrKind::Alloc { .. })) {
        return value;
    }
    let instrs = f[block].instrs();
    let Some(at) = instrs.iter().position(|&i| i == load) else { return value };
    let Some(defers) =
        instrs[..at].iter().rposition(|&i| matches!(f[i].kind, InstrKind::RunDefers))
    else {
        return value;
    };
    // A deferred call given the variable's address (`defer s.init()`) may set what it holds.
    let into_variable = |mut v: ValueId| loop {
        if v == addr {
            return true;
        }
        match f.defining_instr(v).map(|d| &f[d].kind) {
            Some(InstrKind::FieldAddr { base, .. }) => v = *base,
            _ => return false,
        }
    };
    let handed_to_defer = f.block_ids().any(|b| {
        f[b].instrs().iter().any(|&i| {
            matches!(&f[i].kind, InstrKind::Defer { call } if call.args.iter().any(|&a| into_variable(a)))
        })
    });
    if handed_to_defer {
        return value;
    }
    (instrs[..defers].iter().rev())
        .find_map(|&i| match f[i].kind {
            InstrKind::Store { addr: a, value: stored } if a == addr => Some(stored),
            _ => None,
        })
        .unwrap_or(value)
}

/// The named result a return reloads after running the deferred calls, when `value` was stored
/// into it just before: go/ssa reloads named results after `rundefers`, since a deferred
/// closure may change them (`defer func() { if m == nil { m = make(...) } }()`), while the IR
/// returns the stored value itself.
fn reloaded_after_defers(f: &Function, ret: InstrId, value: ValueId) -> Option<Location> {
    let block = f[ret].block()?;
    let instrs = f[block].instrs();
    let at = instrs.iter().position(|&i| i == ret)?;
    let defers = instrs[..at].iter().rposition(|&i| matches!(f[i].kind, InstrKind::RunDefers))?;
    instrs[..defers].iter().rev().find_map(|&i| match &f[i].kind {
        InstrKind::Store { addr, value: stored } if *stored == value => {
            let place = location(f, *addr)?;
            matches!(place.root, Root::Alloc(_)).then_some(place)
        }
        _ => None,
    })
}

/// Whether a closure deferred in `f` captures the named result at `place` and, entered with it
/// nil, stores something other than nil into it on every path through the closure.
fn deferred_closure_makes(module: &Module<'_>, f: &Function, place: &Location) -> bool {
    let Root::Alloc(alloc) = place.root else { return false };
    let Some(named) = f[alloc].result() else { return false };
    if !place.fields.is_empty() {
        return false;
    }
    f.block_ids().any(|b| {
        f[b].instrs().iter().any(|&i| {
            let InstrKind::Defer { call } = &f[i].kind else { return false };
            let mapscope_ssa::Callee::Dynamic(closure) = &call.callee else { return false };
            let Some(make) = f.defining_instr(*closure) else { return false };
            let InstrKind::MakeClosure { func, bindings } = &f[make].kind else { return false };
            let ValueDef::Function { name } = &f[*func].def else { return false };
            let Some(g) = module.lookup(name).map(|g| module.functions[g].function) else {
                return false;
            };
            bindings
                .iter()
                .position(|&v| v == named)
                .and_then(|k| g.free_vars().get(k).copied())
                .is_some_and(|free| makes_on_every_path(g, free))
        })
    })
}

/// Whether every path from `g`'s entry to a return stores a value other than nil through the
/// pointer `free`, when what it points to is nil at entry (so a test of it against nil before
/// the store goes the nil way).
fn makes_on_every_path(g: &Function, free: ValueId) -> bool {
    let loads_free = |v: ValueId| {
        g.defining_instr(strip_conversions(g, v))
            .is_some_and(|i| matches!(g[i].kind, InstrKind::Load { addr } if addr == free))
    };
    let mut visited = vec![false; g.block_count()];
    let mut stack = vec![Function::ENTRY];
    visited[Function::ENTRY.index()] = true;
    while let Some(block) = stack.pop() {
        let mut made = false;
        for &i in g[block].instrs() {
            match &g[i].kind {
                InstrKind::Store { addr, value }
                    if *addr == free && !is_nil_constant(g, strip_conversions(g, *value)) =>
                {
                    made = true;
                    break;
                }
                InstrKind::Return { .. } => return false,
                _ => {}
            }
        }
        if made {
            continue;
        }
        let succs = g[block].succs();
        let taken: Vec<BlockId> = match g[block].instrs().last().map(|&i| &g[i].kind) {
            Some(InstrKind::If { cond }) if succs.len() == 2 => {
                match g.defining_instr(strip_conversions(g, *cond)).map(|i| &g[i].kind) {
                    Some(InstrKind::BinOp { op, x, y })
                        if matches!(op, BinaryOp::Eql | BinaryOp::Neq)
                            && ((loads_free(*x)
                                && is_nil_constant(g, strip_conversions(g, *y)))
                                || (loads_free(*y)
                                    && is_nil_constant(g, strip_conversions(g, *x)))) =>
                    {
                        let nil_way = if *op == BinaryOp::Eql { succs[0] } else { succs[1] };
                        vec![nil_way]
                    }
                    _ => succs.to_vec(),
                }
            }
            _ => succs.to_vec(),
        };
        if taken.is_empty() {
            // A block that leaves the closure by panicking.
            return false;
        }
        for succ in taken {
            if !visited[succ.index()] {
                visited[succ.index()] = true;
                stack.push(succ);
            }
        }
    }
    true
}

/// Records where the address in pointer parameter `param` (or one of its fields) goes beyond
/// loads, stores into it and calls whose summaries keep it.
fn escapes(
    cx: Context<'_>,
    f: &Function,
    param: u32,
    value: ValueId,
    returned: bool,
    summary: &mut Summary,
) {
    let mut addresses = vec![(value, Vec::new())];
    while let Some((addr, path)) = addresses.pop() {
        for &user in f[addr].referrers() {
            let escaped = match &f[user].kind {
                // A chaining method's own pointer handed back: `returns_params` tells callers,
                // who follow the result as the argument's place.
                InstrKind::Return { .. } if returned && addr == value => false,
                // A field's address handed back: `returned_fields` tells callers, who follow
                // the result to the argument's field.
                InstrKind::Return { .. }
                    if summary
                        .returned_fields
                        .iter()
                        .any(|r| r.param == param && r.fields == path) =>
                {
                    false
                }
                InstrKind::Load { .. } | InstrKind::BinOp { .. } | InstrKind::If { .. } => false,
                InstrKind::Store { addr: a, value } => {
                    // A store into the memory: callers must assume it may make what is there.
                    if *a == addr && !is_nil_or_zero(f, *value) {
                        summary.stores.push((param, path.clone()));
                    }
                    !(*a == addr && *value != addr)
                }
                InstrKind::FieldAddr { field, .. } => {
                    if let Some(r) = f[user].result() {
                        let mut p = path.clone();
                        p.push(*field);
                        addresses.push((r, p));
                    }
                    false
                }
                InstrKind::IndexAddr { base, index } if *base == addr && *index != addr => {
                    if let Some(r) = f[user].result() {
                        let mut p = path.clone();
                        p.push(ELEMENT);
                        addresses.push((r, p));
                    }
                    false
                }
                InstrKind::Call { call } => match cx.call_summary(f, call) {
                    Some(callee) => {
                        for (j, _) in callee.args.iter().enumerate().filter(|(_, a)| **a == addr) {
                            for (p, rest) in &callee.summary.escapes {
                                if *p == j as u32 {
                                    let mut full = path.clone();
                                    full.extend_from_slice(rest);
                                    summary.escapes.push((param, full));
                                }
                            }
                            for (p, rest) in &callee.summary.stores {
                                if *p == j as u32 {
                                    let mut full = path.clone();
                                    full.extend_from_slice(rest);
                                    summary.stores.push((param, full));
                                }
                            }
                        }
                        // A pointer a chaining callee hands back is used further under
                        // another name.
                        let handed_back = callee.summary.returns_params.iter().any(|&(r, j)| {
                            callee.args.get(j as usize) == Some(&addr)
                                && f[user]
                                    .results()
                                    .nth(r as usize)
                                    .is_some_and(|v| !f[v].referrers().is_empty())
                        });
                        // An address the argument list does not name went into a closure.
                        handed_back || !callee.args.contains(&addr)
                    }
                    None => true,
                },
                _ => true,
            };
            if escaped {
                summary.escapes.push((param, path.clone()));
            }
        }
    }
}

/// Whether `block` runs in every call, but for loops: no branch on the way to it may lead
/// elsewhere, except a loop's own condition (a write in a loop over an argument runs whenever
/// the argument is not empty). A write behind any other branch depends on arguments or state
/// that a caller's path does not show.
pub(crate) fn reached_by_every_call(f: &Function, dominators: &DomTree, block: BlockId) -> bool {
    let reaches = |from: BlockId| {
        let mut seen = vec![false; f.block_count()];
        let mut stack = vec![from];
        while let Some(b) = stack.pop() {
            if b == block {
                return true;
            }
            if std::mem::replace(&mut seen[b.index()], true) {
                continue;
            }
            stack.extend_from_slice(f[b].succs());
        }
        false
    };
    let mut at = block;
    while let Some(up) = dominators.idom(at) {
        at = up;
        if f[at].succs().len() < 2 {
            continue;
        }
        let loop_header = f[at].preds().iter().any(|&p| dominators.dominates(at, p));
        if !loop_header && !f[at].succs().iter().all(|&s| reaches(s)) {
            return false;
        }
    }
    true
}

/// The writes of the closure that `func` (made in `f` at `closure` with `bindings`) makes into
/// a map variable it captures, on every call of the closure, when only `f` stores into the
/// variable, none of its stores can run after the closure is made, every closure binding the
/// variable only reads it, and this one only looks the map up and writes it (no test of it):
/// the closure's module index, the variable's cell, and the write. With `stores_after`, stores
/// of `f` after the closure is made count too: the caller looks for the nil where the closure
/// is called, not where it is made.
pub(crate) fn captured_writes(
    module: &crate::module::Module<'_>,
    f: &Function,
    closure: InstrId,
    func: ValueId,
    bindings: &[ValueId],
    stores_after: bool,
) -> Vec<(usize, ValueId, InstrId)> {
    let ValueDef::Function { name } = &f[func].def else { return Vec::new() };
    let Some(gi) = module.lookup(name) else { return Vec::new() };
    let g = module.functions[gi].function;
    let Some(block) = f[closure].block() else { return Vec::new() };
    // What can run after the closure is made: the rest of its block and what follows.
    let instrs = f[block].instrs();
    let at = instrs.iter().position(|&x| x == closure).unwrap_or(0);
    let mut after = vec![false; f.block_count()];
    let mut stack: Vec<BlockId> = f[block].succs().to_vec();
    while let Some(b) = stack.pop() {
        if !std::mem::replace(&mut after[b.index()], true) {
            stack.extend_from_slice(f[b].succs());
        }
    }
    let runs_after = |i: InstrId| {
        f[i].block().is_some_and(|b| {
            after[b.index()]
                || (b == block && instrs.iter().position(|&x| x == i).is_some_and(|p| p > at))
        })
    };
    let only_reads = |h: &Function, free: ValueId| {
        h[free].referrers().iter().all(|&u| matches!(h[u].kind, InstrKind::Load { .. }))
    };
    let mut out = Vec::new();
    let mut dominators = None;
    for (k, &free) in g.free_vars().iter().enumerate() {
        let Some(&cell) = bindings.get(k) else { continue };
        let Some(alloc) = f.defining_instr(cell) else { continue };
        let is_map_cell = matches!(f[alloc].kind, InstrKind::Alloc { .. })
            && g[free]
                .referrers()
                .iter()
                .any(|&u| g[u].result().is_some_and(|m| is_map(module.program, g[m].ty)));
        if !is_map_cell {
            continue;
        }
        let fine = f[cell].referrers().iter().all(|&u| match &f[u].kind {
            InstrKind::Store { addr, value } => {
                *addr == cell && *value != cell && (stores_after || !runs_after(u))
            }
            InstrKind::Load { .. } => true,
            InstrKind::MakeClosure { func, bindings } => {
                let ValueDef::Function { name } = &f[*func].def else { return false };
                let Some(h) = module.lookup(name).map(|i| module.functions[i].function) else {
                    return false;
                };
                bindings.iter().zip(h.free_vars()).all(|(&b, &v)| b != cell || only_reads(h, v))
            }
            _ => false,
        });
        if !fine {
            continue;
        }
        // In the closure: loads of the variable, only looked up in and written.
        let mut writes = Vec::new();
        let only_used = g[free].referrers().iter().all(|&load| {
            matches!(g[load].kind, InstrKind::Load { .. })
                && g[load].result().is_some_and(|m| {
                    g[m].referrers().iter().all(|&u| match &g[u].kind {
                        InstrKind::MapUpdate { map, key, value } => {
                            writes.push(u);
                            *map == m && *key != m && *value != m
                        }
                        InstrKind::MapLookup { map, key, .. } => *map == m && *key != m,
                        _ => false,
                    })
                })
        });
        if !only_used {
            continue;
        }
        for update in writes {
            let Some(write_block) = g[update].block() else { continue };
            let tree = dominators.get_or_insert_with(|| DomTree::new(g));
            if reached_by_every_call(g, tree, write_block) {
                out.push((gi, cell, update));
                break;
            }
        }
    }
    out
}

/// Whether the function tests another map field of the same struct against nil: fields made
/// together are often tested one for the other (`if t.byName != nil { t.byValue[k] = v }`),
/// which the search cannot relate, so such a write is left out of the summary.
fn tests_a_sibling(f: &Function, param: u32, access: &Access) -> bool {
    let Some((_, parent)) = access.fields.split_last() else { return false };
    f.block_ids().any(|b| {
        f[b].instrs().iter().any(|&i| {
            let InstrKind::BinOp { op: BinaryOp::Eql | BinaryOp::Neq, x, y } = &f[i].kind else {
                return false;
            };
            let (x, y) = (strip_conversions(f, *x), strip_conversions(f, *y));
            let Some(tested) = crate::nilness::nil_operand(f, x, y) else { return false };
            let Some(load) = f.defining_instr(tested) else { return false };
            let InstrKind::Load { addr } = &f[load].kind else { return false };
            location(f, *addr).is_some_and(|l| {
                l.root == Root::Param(param)
                    && access.deref
                    && l.fields.len() == access.fields.len()
                    && l.fields.starts_with(parent)
                    && l.fields != access.fields
            })
        })
    })
}

/// The results other than result `i` that a return gives as a value surely not nil: an
/// interface made from a concrete value (`ErrorResponse{...}` as an `error`, non-nil even for a
/// nil pointer inside), or the error of `errors.New` or `fmt.Errorf`.
fn built_non_nil_results(
    f: &Function,
    results: &[ValueId],
    i: usize,
    globals: &Globals,
) -> Vec<u32> {
    let built = |v: ValueId| {
        let Some(instr) = f.defining_instr(strip_conversions(f, v)) else { return false };
        match &f[instr].kind {
            _ if builds_non_nil(f, instr) => true,
            // A sentinel error: `var errShort = errors.New(...)`, given its value by the package
            // initializer, and no code stores a nil into it.
            InstrKind::Load { addr } => match &f[*addr].def {
                ValueDef::Global { name } => {
                    let key = crate::globals::global_key(name);
                    globals.initialized(key) && globals.address_followed(key)
                }
                _ => false,
            },
            _ => false,
        }
    };
    let others = results.iter().enumerate().filter(|&(j, &other)| j != i && built(other));
    others.map(|(j, _)| j as u32).collect()
}

/// Whether `instr` builds a value that is never nil where it is made: an interface boxing a
/// value, or a new error (`errors.New`, `fmt.Errorf`).
pub fn builds_non_nil(f: &Function, instr: InstrId) -> bool {
    match &f[instr].kind {
        InstrKind::MakeInterface { .. } => true,
        InstrKind::Call { call } => matches!(
            &call.callee,
            Callee::Static(c) if matches!(&f[*c].def,
                ValueDef::Function { name } if matches!(&**name, "errors.New" | "fmt.Errorf"))
        ),
        _ => false,
    }
}

fn is_nil_or_zero(f: &Function, v: ValueId) -> bool {
    matches!(f[strip_conversions(f, v)].def, ValueDef::Const(ConstValue::Nil | ConstValue::Zero))
}

/// Whether `ty` is one of the program's types (not a pointer type the IR derived).
fn known(program: &Program, ty: TypeId) -> bool {
    ty.arena as usize <= program.units.len()
}

fn is_map(program: &Program, ty: TypeId) -> bool {
    known(program, ty) && query::is_map(&mut program.types(), ty)
}

/// Whether `ty` is a pointer to a map (`*map[string]string`, a `new(T)` with `T` a map).
pub fn points_to_map(program: &Program, ty: TypeId) -> bool {
    if !known(program, ty) {
        return false;
    }
    let mut types = program.types();
    let under = query::underlying(&mut types, ty);
    let Type::Pointer(elem) = *types.ty(under) else { return false };
    is_map(program, elem)
}

/// Whether `a` and `b` are the same type: one id, or identical types the checker knows (the
/// types the IR derived itself live past the program's arenas and are not compared).
pub fn same_type(program: &Program, a: TypeId, b: TypeId) -> bool {
    a == b
        || (known(program, a) && known(program, b) && query::identical(&mut program.types(), a, b))
}

fn is_pointer(program: &Program, ty: TypeId) -> bool {
    known(program, ty) && query::is_pointer(&mut program.types(), ty)
}

/// The map fields of a struct, or of the struct a pointer points to, with their field paths
/// spelled with names (`items`, `config.byName`); nested struct values are searched too.
pub fn map_fields(program: &Program, ty: TypeId) -> Vec<(Access, String)> {
    map_fields_within(program, ty, false)
}

/// [`map_fields`], and those of the structs that the struct's own pointer fields point to
/// (one pointer deep, through a [`DEREF`] step): a method of `*host` that resets
/// `h.registry.pending` through `h.registry.seal()` leaves it nil for its callers too.
fn map_fields_through_pointers(program: &Program, ty: TypeId) -> Vec<(Access, String)> {
    map_fields_within(program, ty, true)
}

fn map_fields_within(
    program: &Program,
    ty: TypeId,
    through_pointers: bool,
) -> Vec<(Access, String)> {
    if !known(program, ty) {
        return Vec::new();
    }
    let mut types = program.types();
    let mut under = query::underlying(&mut types, ty);
    let mut deref = false;
    if let Type::Pointer(elem) = *types.ty(under) {
        if !known(program, elem) {
            return Vec::new();
        }
        under = query::underlying(&mut types, elem);
        deref = true;
    }
    let mut out = Vec::new();
    collect_map_fields(
        program,
        under,
        &mut Vec::new(),
        &mut Vec::new(),
        0,
        deref && through_pointers,
        &mut |fields, names| {
            out.push((Access { deref, fields }, names));
        },
    );
    out
}

fn collect_map_fields(
    program: &Program,
    under: TypeId,
    path: &mut Vec<u32>,
    names: &mut Vec<String>,
    depth: usize,
    through_pointers: bool,
    found: &mut dyn FnMut(Vec<u32>, String),
) {
    let mut types = program.types();
    let Type::Struct(fields) = types.ty(under) else { return };
    let fields = fields.clone();
    for (i, field) in fields.iter().enumerate() {
        if !known(program, field.ty) {
            continue;
        }
        let field_under = query::underlying(&mut types, field.ty);
        path.push(i as u32);
        names.push(field.name.to_string());
        let pointee = match types.ty(field_under) {
            &Type::Pointer(elem) => Some(elem),
            _ => None,
        };
        match types.ty(field_under) {
            Type::Map(..) => found(path.clone(), names.join(".")),
            Type::Struct(_) if depth < MAX_FIELD_DEPTH => collect_map_fields(
                program,
                field_under,
                path,
                names,
                depth + 1,
                through_pointers,
                found,
            ),
            _ => {}
        }
        if let Some(elem) = pointee.filter(|&e| through_pointers && depth == 0 && known(program, e))
        {
            let elem_under = query::underlying(&mut types, elem);
            if matches!(types.ty(elem_under), Type::Struct(_)) {
                path.push(DEREF);
                collect_map_fields(program, elem_under, path, names, depth + 1, false, found);
                path.pop();
            }
        }
        path.pop();
        names.pop();
    }
}

/// Whether `call` statically calls a method (go/ssa spells its name `(T).m`): its receiver is
/// the text before the method's name.
fn is_method_call(f: &Function, call: &mapscope_ssa::CallCommon) -> bool {
    matches!(&call.callee, mapscope_ssa::Callee::Static(v)
        if matches!(&f[*v].def, mapscope_ssa::ValueDef::Function { name } if name.starts_with('(')))
}
