//! Options applied in a loop before the value they configure has its map: a constructor calls
//! each element of a slice parameter of functions on a value (`for _, o := range opts { o(c)
//! }`), and a caller passes an option that writes a map of that value (`WithHeader(k, v)`,
//! whose literal does `c.headers[k] = v`) while the map is still nil there, a make after the
//! loop coming too late.
//!
//! The loop's call has no callee the module can resolve, so the write is found from the other
//! side: the constructor's calls that the module shows, with the options each spells out in its
//! argument list (a variadic list or a slice literal), in order. The first option whose literal
//! writes a map of its argument on every call is where the loop panics, when that map is nil
//! on entry to the loop and no option before it in the list stores into that map or hands its
//! argument on.

use crate::module::Module;
use crate::nilness::{Origin, Search, strip_conversions};
use crate::summary::{Access, ParamWrite, Site};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BlockId, Callee, ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId};

/// A write of an option, which a loop of the function applies while the map is nil.
#[derive(Debug)]
pub struct EarlyOption {
    /// The loop's call of the option (`o(c)`).
    pub call: InstrId,
    /// Where the nil comes from, seen on entry to the loop.
    pub origins: Vec<Origin>,
    /// The option literal's write.
    pub write: ParamWrite,
    /// The option as its caller spells it: the function that returns the literal, or the
    /// literal's own name.
    pub option: String,
    /// The call of this function that passes the option.
    pub passed_at: Site,
}

/// The writes of options that the loops of function `f` apply before the map they write is
/// made, one per loop call at most.
pub fn early_options(cx: &crate::FunctionContext<'_>) -> Vec<EarlyOption> {
    let f = cx.function;
    let module = cx.analysis.module;
    let mut found = Vec::new();
    let mut dominators = None;
    for block in f.block_ids() {
        for &instr in f[block].instrs() {
            let InstrKind::Call { call } = &f[instr].kind else { continue };
            let Callee::Dynamic(function) = call.callee else { continue };
            let &[target] = call.args.as_slice() else { continue };
            let Some(param) = element_of_param(f, function) else { continue };
            let Some(me) = module.lookup(&f.name) else { continue };
            let Some(calls) = module.call_index().seen_calls(me) else { continue };
            let dominators = dominators.get_or_insert_with(|| DomTree::new(f));
            let Some((entry_block, entry)) = loop_entry(f, dominators, block) else { continue };
            for &(caller, at) in calls {
                let early = first_option_write(cx, caller, at, param, |access| {
                    let mut search = Search::new(f, cx.analysis, false);
                    let origins = search.nil_access(target, access, entry)?;
                    search.path_exists(entry_block).then_some(origins)
                });
                if let Some((write, option, origins)) = early {
                    let passed_at = {
                        let caller_function = module.functions[caller].function;
                        module.site(caller, caller_function[at].span.start)
                    };
                    found.push(EarlyOption { call: instr, origins, write, option, passed_at });
                    break;
                }
            }
        }
    }
    found
}

/// The index of the parameter whose element `function` is (`opts[i]`, loaded).
fn element_of_param(f: &Function, function: ValueId) -> Option<u32> {
    let function = strip_conversions(f, function);
    let element = match &f[f.defining_instr(function)?].kind {
        InstrKind::Load { addr } => match &f[f.defining_instr(*addr)?].kind {
            InstrKind::IndexAddr { base, .. } => *base,
            _ => return None,
        },
        InstrKind::Index { base, .. } => *base,
        _ => return None,
    };
    match f[element].def {
        ValueDef::Param { index, .. } => Some(index),
        _ => None,
    }
}

/// The block before the innermost loop around `block` and its last instruction, where the
/// loop is entered.
fn loop_entry(f: &Function, dominators: &DomTree, block: BlockId) -> Option<(BlockId, InstrId)> {
    let mut at = Some(block);
    while let Some(header) = at {
        let preds = f[header].preds();
        if preds.iter().any(|&p| dominators.dominates(header, p)) {
            let outside: Vec<BlockId> =
                preds.iter().copied().filter(|&p| !dominators.dominates(header, p)).collect();
            let &[before] = outside.as_slice() else { return None };
            return Some((before, *f[before].instrs().last()?));
        }
        at = dominators.idom(header);
    }
    None
}

/// The first write, in the order the call at `at` of function `caller` lists the options for
/// parameter `param`, that an option makes on every call into a map `nil_on_entry` finds nil,
/// with the option's name and the nil's origins; `None` when an option before it may make that
/// map, or one cannot be seen.
fn first_option_write(
    cx: &crate::FunctionContext<'_>,
    caller: usize,
    at: InstrId,
    param: u32,
    mut nil_on_entry: impl FnMut(&Access) -> Option<Vec<Origin>>,
) -> Option<(ParamWrite, String, Vec<Origin>)> {
    let module = cx.analysis.module;
    let g = module.functions[caller].function;
    let InstrKind::Call { call } = &g[at].kind else { return None };
    let targets = module.resolve(g, call)?;
    let &slice = targets.args.get(param as usize)?;
    let mut earlier: Vec<&Function> = Vec::new();
    for option in listed_elements(g, slice)? {
        let (name, literal) = option_literal(module, g, option)?;
        let index = module.lookup(literal)?;
        let function = module.functions[index].function;
        let summary = cx.analysis.summaries.get(index)?;
        let mut writes: Vec<&ParamWrite> =
            summary.writes.iter().filter(|w| w.certain && w.param == 0).collect();
        writes.sort_by(|a, b| (&a.site.path, a.site.offset).cmp(&(&b.site.path, b.site.offset)));
        for write in writes {
            if earlier.iter().any(|e| may_make(e, &write.access)) {
                continue;
            }
            if let Some(origins) = nil_on_entry(&write.access) {
                return Some((write.clone(), name, origins));
            }
        }
        earlier.push(function);
    }
    None
}

/// The elements of a slice the caller spells out (a variadic list or a slice literal), in
/// order: stores of each constant index into a slice made or an array allocated there.
fn listed_elements(g: &Function, slice: ValueId) -> Option<Vec<ValueId>> {
    let slice = strip_conversions(g, slice);
    let made = g.defining_instr(slice)?;
    let backing = match &g[made].kind {
        InstrKind::MakeSlice { .. } => slice,
        InstrKind::Slice { base, .. }
            if g.defining_instr(*base)
                .is_some_and(|a| matches!(g[a].kind, InstrKind::Alloc { .. })) =>
        {
            *base
        }
        _ => return None,
    };
    let mut elements: Vec<(i128, ValueId)> = Vec::new();
    for &user in g[backing].referrers() {
        match &g[user].kind {
            InstrKind::IndexAddr { index, .. } => {
                let ValueDef::Const(ConstValue::Int(i)) = &g[*index].def else { return None };
                let address = g[user].result()?;
                for &store in g[address].referrers() {
                    match &g[store].kind {
                        InstrKind::Store { addr, value } if *addr == address => {
                            elements.push((*i, *value));
                        }
                        _ => return None,
                    }
                }
            }
            InstrKind::Slice { .. } | InstrKind::Call { .. } => {}
            _ => return None,
        }
    }
    elements.sort_by_key(|&(i, _)| i);
    Some(elements.into_iter().map(|(_, v)| v).collect())
}

/// The option `value` is: a function literal or function named directly, or the result of a
/// module function every return of which makes a closure of one literal (`WithHeader(k, v)`),
/// with the name shown for it and the literal's go/ssa name.
fn option_literal<'a>(
    module: &Module<'a>,
    g: &'a Function,
    value: ValueId,
) -> Option<(String, &'a str)> {
    let value = strip_conversions(g, value);
    if let Some(literal) = literal_of(g, value) {
        return Some((crate::nilness::short_name(literal), literal));
    }
    let InstrKind::Call { call } = &g[g.defining_instr(value)?].kind else { return None };
    let Callee::Static(callee) = call.callee else { return None };
    let ValueDef::Function { name } = &g[callee].def else { return None };
    let factory = module.functions[module.lookup(name)?].function;
    let mut literal = None;
    for block in factory.block_ids() {
        let Some(&last) = factory[block].instrs().last() else { continue };
        let InstrKind::Return { results } = &factory[last].kind else { continue };
        let &[result] = results.as_slice() else { return None };
        let this = literal_of(factory, strip_conversions(factory, result))?;
        if literal.is_some_and(|l| l != this) {
            return None;
        }
        literal = Some(this);
    }
    Some((crate::nilness::short_name(name), literal?))
}

/// The go/ssa name of the function `value` is or makes a closure of.
fn literal_of(f: &Function, value: ValueId) -> Option<&str> {
    let function = match f.defining_instr(value).map(|d| &f[d].kind) {
        Some(InstrKind::MakeClosure { func, .. }) => *func,
        None => value,
        _ => return None,
    };
    match &f[function].def {
        ValueDef::Function { name } => Some(name),
        _ => None,
    }
}

/// Whether option `f` may make the map at `access` of its argument: it stores into that field
/// (or anything its argument points to, whole), or hands its argument on to a call.
fn may_make(f: &Function, access: &Access) -> bool {
    let Some(argument) = f.params().first().copied() else { return true };
    f.block_ids().any(|b| {
        f[b].instrs().iter().any(|&i| match &f[i].kind {
            InstrKind::Store { addr, .. } => path_from(f, *addr, argument).is_some_and(|path| {
                access.fields.starts_with(&path) || path.starts_with(&access.fields)
            }),
            InstrKind::Call { call } | InstrKind::Go { call } | InstrKind::Defer { call } => {
                call.args.iter().any(|&a| path_from(f, a, argument).is_some())
            }
            _ => false,
        })
    })
}

/// The field indices from `root` to `addr` through `FieldAddr`s, when `addr` is one of them.
fn path_from(f: &Function, mut addr: ValueId, root: ValueId) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    loop {
        if addr == root {
            path.reverse();
            return Some(path);
        }
        let InstrKind::FieldAddr { base, field } = &f[f.defining_instr(addr)?].kind else {
            return None;
        };
        path.push(*field);
        addr = *base;
    }
}
