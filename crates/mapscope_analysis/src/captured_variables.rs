//! A map variable that function literals capture and that nothing ever makes: `var seen
//! map[string]bool` written by a recursive `visit` closure panics at its first write.
//! Also one that another function literal of the same creator sets to nil, when the creator
//! hands both out (a `flush` that drops the map returned beside the `record` that writes it):
//! the caller may call them in any order.
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
    for closure in closures_of(parent, &f.name) {
        let InstrKind::MakeClosure { bindings, .. } = &parent[closure].kind else { return None };
        let bound = strip_conversions(parent, *bindings.get(index as usize)?);
        if cell.replace(bound).is_some_and(|c| c != bound) {
            return None;
        }
        if !handed_out(parent, closure) {
            return None;
        }
    }
    let cell = cell?;
    let alloc = parent.defining_instr(cell)?;
    let InstrKind::Alloc { name, .. } = &parent[alloc].kind else { return None };
    for &user in parent[cell].referrers() {
        let InstrKind::MakeClosure { func, bindings } = &parent[user].kind else { continue };
        let ValueDef::Function { name: sibling } = &parent[*func].def else { continue };
        if **sibling == *f.name || !handed_out(parent, user) {
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
