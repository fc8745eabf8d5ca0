//! The map field of an element of a slice that a closure reads through a captured variable,
//! when its creator stores only `make([]T, n)` into that variable and the field is one that only
//! the allocation creating a value sets: every element keeps it nil.
//!
//! A goroutine writing `parts[i].counts[w]++` into the slice its creator made with
//! `make([]partial, n)` panics unless something made each element's map; when no code of the
//! module stores into that field of an existing value ([`FieldFacts::set_at_creation`]) and
//! no element is replaced whole, nothing did.
//!
//! [`FieldFacts::set_at_creation`]: crate::fields::FieldFacts::set_at_creation

use crate::module::Module;
use crate::nilness::{Context, strip_conversions};
use crate::summary::Site;
use mapscope_ssa::{Function, InstrId, InstrKind, ValueDef, ValueId};

/// Where the elements whose map field a load at `addr` (in closure `f`) reads were made: the
/// `make` in the closure's creator, when every element keeps that field nil.
pub fn unfilled_captured_element(
    cx: Context<'_>,
    me: usize,
    f: &Function,
    addr: ValueId,
) -> Option<Site> {
    let module = cx.module;
    let this = &module.functions[me];
    // The field selection the map is read through, down to the element.
    let selection = f.defining_instr(addr)?;
    let InstrKind::FieldAddr { base, .. } = &f[selection].kind else { return None };
    let mut element = strip_conversions(f, *base);
    while let Some(InstrKind::FieldAddr { base, .. }) =
        f.defining_instr(element).map(|i| &f[i].kind)
    {
        element = strip_conversions(f, *base);
    }
    let InstrKind::IndexAddr { base: slice, .. } = &f[f.defining_instr(element)?].kind else {
        return None;
    };
    let InstrKind::Load { addr: variable } =
        &f[f.defining_instr(strip_conversions(f, *slice))?].kind
    else {
        return None;
    };
    let ValueDef::FreeVar { index: free, .. } = f[*variable].def else { return None };
    let obj = this.fields.selection(this.index_in_unit, selection)?;
    if !cx.fields.set_at_creation(module.program, obj) {
        return None;
    }
    // The creator: the function the literal is nested in, which makes the one closure of it.
    let (parent_name, _) = f.name.rsplit_once('$')?;
    let parent_index = module.lookup(parent_name)?;
    let parent = module.functions[parent_index].function;
    let mut closures = closures_of(parent, &f.name);
    let (Some(closure), None) = (closures.next(), closures.next()) else { return None };
    let InstrKind::MakeClosure { bindings, .. } = &parent[closure].kind else { return None };
    let cell = *bindings.get(free as usize)?;
    let make = only_stored_slice(module, parent, cell)?;
    Some(module.site(parent_index, parent[make].span.start))
}

/// The `MakeClosure` instructions of `parent` that create the function named `name`.
pub fn closures_of<'f>(parent: &'f Function, name: &'f str) -> impl Iterator<Item = InstrId> + 'f {
    parent.block_ids().flat_map(move |b| {
        parent[b].instrs().iter().copied().filter(move |&i| {
            matches!(&parent[i].kind, InstrKind::MakeClosure { func, .. }
                if matches!(&parent[*func].def, ValueDef::Function { name: n } if &**n == name))
        })
    })
}

/// The `make([]T, n)` that is the only value ever stored into variable `cell` of `parent`: it
/// is stored once there, read otherwise, and the closures it is captured by only read it.
fn only_stored_slice(module: &Module<'_>, parent: &Function, cell: ValueId) -> Option<InstrId> {
    let alloc = parent.defining_instr(cell)?;
    if !matches!(parent[alloc].kind, InstrKind::Alloc { .. }) {
        return None;
    }
    let mut made = None;
    for &user in parent[cell].referrers() {
        match &parent[user].kind {
            InstrKind::Load { .. } => {}
            InstrKind::Store { addr, value } if *addr == cell && *value != cell => {
                let make = parent.defining_instr(strip_conversions(parent, *value))?;
                if made.is_some() || !matches!(parent[make].kind, InstrKind::MakeSlice { .. }) {
                    return None;
                }
                made = Some(make);
            }
            InstrKind::MakeClosure { func, bindings } => {
                let ValueDef::Function { name } = &parent[*func].def else { return None };
                let g = module.functions[module.lookup(name)?].function;
                for (k, _) in bindings.iter().enumerate().filter(|&(_, &b)| b == cell) {
                    let free = *g.free_vars().get(k)?;
                    let only_read = g[free]
                        .referrers()
                        .iter()
                        .all(|&u| matches!(g[u].kind, InstrKind::Load { .. }));
                    if !only_read {
                        return None;
                    }
                }
            }
            _ => return None,
        }
    }
    made
}
