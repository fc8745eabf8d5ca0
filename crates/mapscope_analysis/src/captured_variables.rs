//! A map variable that function literals capture and that nothing ever makes: `var seen
//! map[string]bool` written by a recursive `visit` closure panics at its first write.
//! Also one that another function literal of the same creator sets to nil, when the creator
//! hands both out (a `flush` that drops the map returned beside the `record` that writes it):
//! the caller may call them in any order. Or when it passes both to one call of a module
//! function that may call the writer after the one that sets nil (a retried transaction's
//! `reset` callback, called before each attempt's visitor: lnd's autopilot).
//!
//! The variable lives in its creator's frame (go/ssa's heap `Alloc`); the creator and every
//! closure it binds reach it only through that cell, so when none of them stores anything but
//! nil into it, and the cell goes nowhere else, every read of it gives nil.

use crate::captured_elements::closures_of;
use crate::module::Module;
use crate::nilness::{is_nil_constant, strip_conversions};
use crate::summary::Site;
use mapscope_ssa::{Function, InstrKind, ValueDef, ValueId};

/// How deep closures nested in closures are followed.
const MAX_NESTING: usize = 4;

/// The variable's name and declaration, when the map that closure `f` loads at `addr` (a
/// captured variable) is a variable of its creator that no code ever makes.
pub fn never_made_captured(
    module: &Module<'_>,
    f: &Function,
    addr: ValueId,
) -> Option<(String, Site)> {
    let ValueDef::FreeVar { index, .. } = f[strip_conversions(f, addr)].def else { return None };
    let (parent_name, _) = f.name.rsplit_once('$')?;
    let parent_index = module.lookup(parent_name)?;
    let parent = module.functions[parent_index].function;
    let mut cell = None;
    for closure in closures_of(parent, &f.name) {
        let InstrKind::MakeClosure { bindings, .. } = &parent[closure].kind else { return None };
        let bound = strip_conversions(parent, *bindings.get(index as usize)?);
        if cell.replace(bound).is_some_and(|c| c != bound) {
            return None;
        }
    }
    let cell = cell?;
    let alloc = parent.defining_instr(cell)?;
    let InstrKind::Alloc { name, .. } = &parent[alloc].kind else { return None };
    if !only_nil_stored(module, parent, cell, 0) {
        return None;
    }
    Some((name.to_string(), module.site(parent_index, parent[alloc].span.start)))
}

/// Whether the cell `cell` of function `g` is only read, stored nil, or bound into closures
/// that do the same with it.
fn only_nil_stored(module: &Module<'_>, g: &Function, cell: ValueId, depth: usize) -> bool {
    if depth > MAX_NESTING {
        return false;
    }
    g[cell].referrers().iter().all(|&user| match &g[user].kind {
        InstrKind::Load { .. } => true,
        InstrKind::Store { addr, value } => {
            *addr == cell && *value != cell && is_nil_constant(g, strip_conversions(g, *value))
        }
        InstrKind::MakeClosure { func, bindings } => {
            let ValueDef::Function { name } = &g[*func].def else { return false };
            let Some(closure) = module.lookup(name) else { return false };
            let closure = module.functions[closure].function;
            bindings.iter().enumerate().all(|(i, &b)| {
                strip_conversions(g, b) != cell || {
                    let free = closure.free_vars().get(i).copied();
                    free.is_some_and(|v| only_nil_stored(module, closure, v, depth + 1))
                }
            })
        }
        _ => false,
    })
}

/// The variable's name and the nil store, when the map that closure `f` loads at `addr` (a
/// captured variable) is set to nil by another function literal of its creator that the
/// creator hands out (returns or stores) as it does `f`, and `f` neither stores into the
/// variable nor calls the module's code.
pub fn nil_stored_by_sibling(
    module: &Module<'_>,
    f: &Function,
    addr: ValueId,
) -> Option<(String, Site)> {
    let free = strip_conversions(f, addr);
    let ValueDef::FreeVar { index, .. } = f[free].def else { return None };
    // `f` itself neither sets the variable (a guard making it again) nor calls the module's
    // code, which might.
    let quiet = f[free].referrers().iter().all(|&u| !matches!(f[u].kind, InstrKind::Store { .. }))
        && f.block_ids().all(|b| {
            f[b].instrs().iter().all(|&i| match &f[i].kind {
                InstrKind::Call { call } | InstrKind::Go { call } | InstrKind::Defer { call } => {
                    module.resolve(f, call).is_none()
                        && !matches!(
                            call.callee,
                            mapscope_ssa::Callee::Dynamic(_) | mapscope_ssa::Callee::Invoke { .. }
                        )
                }
                _ => true,
            })
        });
    if !quiet {
        return None;
    }
    let (parent_name, _) = f.name.rsplit_once('$')?;
    let parent = module.functions[module.lookup(parent_name)?].function;
    let mut cell = None;
    // Where the writer goes: out of the creator, or to calls together with its siblings.
    let mut passed = Vec::new();
    for closure in closures_of(parent, &f.name) {
        let InstrKind::MakeClosure { bindings, .. } = &parent[closure].kind else { return None };
        let bound = strip_conversions(parent, *bindings.get(index as usize)?);
        if cell.replace(bound).is_some_and(|c| c != bound) {
            return None;
        }
        if !handed_out(parent, closure) {
            passed.push(closure);
        }
    }
    let cell = cell?;
    // A sibling counts where it goes out too, or where it goes with every passed writer to a
    // call that may run the writer after it.
    let goes_with_writer = |sibling: mapscope_ssa::InstrId| {
        if passed.is_empty() {
            return handed_out(parent, sibling);
        }
        passed.iter().all(|&writer| called_after(module, parent, sibling, writer))
    };
    let alloc = parent.defining_instr(cell)?;
    let InstrKind::Alloc { name, .. } = &parent[alloc].kind else { return None };
    for &user in parent[cell].referrers() {
        let InstrKind::MakeClosure { func, bindings } = &parent[user].kind else { continue };
        let ValueDef::Function { name: sibling } = &parent[*func].def else { continue };
        if **sibling == *f.name || !goes_with_writer(user) {
            continue;
        }
        let Some(sibling_index) = module.lookup(sibling) else { continue };
        let closure = module.functions[sibling_index].function;
        for (i, &b) in bindings.iter().enumerate() {
            if strip_conversions(parent, b) != cell {
                continue;
            }
            let Some(&free) = closure.free_vars().get(i) else { continue };
            let store = closure[free].referrers().iter().copied().find(|&u| {
                matches!(&closure[u].kind, InstrKind::Store { addr, value }
                    if *addr == free && is_nil_constant(closure, strip_conversions(closure, *value)))
            });
            if let Some(store) = store {
                return Some((
                    name.to_string(),
                    module.site(sibling_index, closure[store].span.start),
                ));
            }
        }
    }
    None
}

/// Whether the closure that `make_closure` makes leaves its creator to be called later:
/// returned, or stored (into a field, a variable the creator returns), not only called,
/// deferred or started here.
fn handed_out(parent: &Function, make_closure: mapscope_ssa::InstrId) -> bool {
    let Some(closure) = parent[make_closure].result() else { return false };
    parent[closure].referrers().iter().any(|&u| match &parent[u].kind {
        InstrKind::Return { .. } => true,
        InstrKind::Store { value, .. } => *value == closure,
        _ => false,
    })
}

/// Whether the closures that `first` and `then` make are handed to one call of a module
/// function that may call the one `then` makes after the one `first` makes.
fn called_after(
    module: &Module<'_>,
    parent: &Function,
    first: mapscope_ssa::InstrId,
    then: mapscope_ssa::InstrId,
) -> bool {
    let (Some(first), Some(then)) = (parent[first].result(), parent[then].result()) else {
        return false;
    };
    parent[then].referrers().iter().any(|&user| {
        let InstrKind::Call { call } = &parent[user].kind else { return false };
        let Some(targets) = module.resolve(parent, call) else { return false };
        let &[callee] = targets.callees.as_slice() else { return false };
        let g = module.functions[callee].function;
        let param = |v: ValueId| {
            targets
                .args
                .iter()
                .position(|&a| strip_conversions(parent, a) == v)
                .and_then(|i| g.params().get(i).copied())
        };
        let (Some(first), Some(then)) = (param(first), param(then)) else { return false };
        let firsts = calls_of(module, g, first, false, 0);
        let thens = calls_of(module, g, then, false, 0);
        firsts
            .iter()
            .any(|&a| thens.iter().any(|&b| crate::literal_entries::may_run_before(g, a, b)))
    })
}

/// The calls in `g` that may call the function value `v` (with `cell`, the value in the
/// variable `v` points to): calls of it, also through a variable it is only stored into, and
/// calls of closures `g` makes that call what they bind it to (`func() error { ...; cb(n) }()`).
fn calls_of(
    module: &Module<'_>,
    g: &Function,
    v: ValueId,
    cell: bool,
    depth: usize,
) -> Vec<mapscope_ssa::InstrId> {
    if depth > MAX_NESTING {
        return Vec::new();
    }
    // The variables that hold `v` and nothing else (go/ssa's cells for captured parameters).
    let mut cells: Vec<ValueId> = g[v]
        .referrers()
        .iter()
        .filter_map(|&u| match g[u].kind {
            InstrKind::Store { addr, value } if value == v && !cell => Some(addr),
            _ => None,
        })
        .filter(|&addr| {
            g.defining_instr(addr).is_some_and(|a| matches!(g[a].kind, InstrKind::Alloc { .. }))
                && g[addr].referrers().iter().all(|&u| match g[u].kind {
                    InstrKind::Store { value, .. } => value == v,
                    _ => true,
                })
        })
        .collect();
    if cell {
        cells.push(v);
    }
    let is_v = |x: ValueId| {
        let x = strip_conversions(g, x);
        (!cell && x == v)
            || g.defining_instr(x).is_some_and(
                |l| matches!(g[l].kind, InstrKind::Load { addr } if cells.contains(&addr)),
            )
    };
    let mut found = Vec::new();
    for b in g.block_ids() {
        for &i in g[b].instrs() {
            let InstrKind::Call { call } = &g[i].kind else { continue };
            let mapscope_ssa::Callee::Dynamic(callee) = call.callee else { continue };
            if is_v(callee) {
                found.push(i);
                continue;
            }
            let Some(made) = g.defining_instr(strip_conversions(g, callee)) else { continue };
            let InstrKind::MakeClosure { func, bindings } = &g[made].kind else { continue };
            let ValueDef::Function { name } = &g[*func].def else { continue };
            let Some(h) = module.lookup(name).map(|h| module.functions[h].function) else {
                continue;
            };
            let calls = bindings.iter().zip(h.free_vars()).any(|(&b, &free)| {
                let b = strip_conversions(g, b);
                (b == v && !cell && !calls_of(module, h, free, false, depth + 1).is_empty())
                    || (cells.contains(&b)
                        && !calls_of(module, h, free, true, depth + 1).is_empty())
            });
            if calls {
                found.push(i);
            }
        }
    }
    found
}
