//! A map variable that function literals capture and that nothing ever makes: `var seen
//! map[string]bool` written by a recursive `visit` closure panics at its first write.
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
