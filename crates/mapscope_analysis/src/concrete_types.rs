//! The dynamic types an interface value may hold, when the function shows every one of them,
//! so that an interface call runs only the methods of those types.
//!
//! An interface call otherwise resolves to every module method of its name and arity, and a
//! caller may rely only on what all of them agree on: a write of one implementation is lost
//! beside another that does not write. When the receiver was boxed where the caller can see it
//! (`var s Store = &memStore{}`, or a constructor whose every return boxes one concrete type),
//! the other implementations can never run there.

use crate::module::Module;
use mapscope_ssa::{Callee, ConstValue, Function, InstrKind, ValueDef, ValueId};

/// How many calls deep a result's returns are followed.
const MAX_DEPTH: usize = 3;

/// The types (as the program spells them) `value`, an interface value, may hold when it is not
/// nil; `None` when some way it may come from is not one the function (or a callee's returns)
/// shows.
pub fn concrete_types(module: &Module<'_>, f: &Function, value: ValueId) -> Option<Vec<String>> {
    let index = module.lookup(&f.name)?;
    let mut out = Vec::new();
    let mut seen = Vec::new();
    collect(module, index, value, 0, &mut seen, &mut out)?;
    out.sort();
    out.dedup();
    Some(out)
}

/// Keeps those of `callees` (methods of an interface call) whose receiver is one of the types
/// the call's receiver may hold, when every such type has one of them; `callees` unchanged
/// otherwise (a promoted method, a type whose method the module lacks).
pub fn narrow(
    module: &Module<'_>,
    f: &Function,
    receiver: ValueId,
    callees: Vec<usize>,
) -> Vec<usize> {
    if callees.len() < 2 {
        return callees;
    }
    let Some(types) = concrete_types(module, f, receiver) else { return callees };
    if types.is_empty() {
        return callees;
    }
    let receiver_type = |c: usize| {
        let g = module.functions[c].function;
        type_name(module, c, *g.params().first()?)
    };
    let mut kept = Vec::new();
    for ty in &types {
        // A value-receiver method runs for the pointer too (`*T` holds `(T).M`).
        let runs = callees.iter().copied().filter(|&c| {
            receiver_type(c).is_some_and(|r| r == *ty || ty.strip_prefix('*') == Some(&*r))
        });
        let before = kept.len();
        kept.extend(runs);
        if kept.len() == before {
            return callees;
        }
    }
    kept.sort_unstable();
    kept.dedup();
    kept
}

fn collect(
    module: &Module<'_>,
    function: usize,
    value: ValueId,
    depth: usize,
    seen: &mut Vec<ValueId>,
    out: &mut Vec<String>,
) -> Option<()> {
    let f = module.functions[function].function;
    if matches!(f[value].def, ValueDef::Const(ConstValue::Nil)) {
        // A nil interface runs no method at all.
        return Some(());
    }
    let ValueDef::Result { instr, index } = f[value].def else { return None };
    match &f[instr].kind {
        InstrKind::MakeInterface { x } => {
            out.push(type_name(module, function, *x)?);
            Some(())
        }
        InstrKind::Phi { edges, .. } => {
            if seen.contains(&value) {
                return Some(());
            }
            seen.push(value);
            for &e in edges {
                collect(module, function, e, depth, seen, out)?;
            }
            Some(())
        }
        // A static call of a module function: what its returns box.
        InstrKind::Call { call } if depth < MAX_DEPTH => {
            let Callee::Static(_) = &call.callee else { return None };
            let targets = module.resolve(f, call)?;
            let [callee] = targets.callees[..] else { return None };
            let g = module.functions[callee].function;
            let index = index as usize;
            let mut inner = Vec::new();
            for block in g.block_ids() {
                let Some(&last) = g[block].instrs().last() else { continue };
                let InstrKind::Return { results } = &g[last].kind else { continue };
                let &result = results.get(index)?;
                collect(module, callee, result, depth + 1, &mut inner, out)?;
            }
            Some(())
        }
        _ => None,
    }
}

/// The value boxed by `value`, returned as result `index` of `f` in an interface, with its type,
/// when every return of `f` boxes that one concrete type there (or returns nil): a constructor
/// returning `Store` that always builds a `*memStore` leaves a map field of it nil as one
/// returning `*memStore` would. Two concrete types could share a field path and be mistaken for
/// each other, so they are not followed.
pub fn boxed_result(
    module: &Module<'_>,
    f: &Function,
    value: ValueId,
    index: usize,
) -> Option<(ValueId, mapscope_types::types::TypeId)> {
    let function = module.lookup(&f.name)?;
    let instr = f.defining_instr(value)?;
    let InstrKind::MakeInterface { x } = &f[instr].kind else { return None };
    let mut types = Vec::new();
    for block in f.block_ids() {
        let Some(&last) = f[block].instrs().last() else { continue };
        let InstrKind::Return { results } = &f[last].kind else { continue };
        let &result = results.get(index)?;
        collect(module, function, result, MAX_DEPTH, &mut Vec::new(), &mut types)?;
    }
    types.sort();
    types.dedup();
    let [only] = types.as_slice() else { return None };
    (Some(only) == type_name(module, function, *x).as_ref()).then_some((*x, f[*x].ty))
}

/// How the program spells the type of `value` of module function `function`: a pointer type
/// the unit's builder derived is spelled from the allocation it points to; `None` otherwise.
pub(crate) fn type_name(module: &Module<'_>, function: usize, value: ValueId) -> Option<String> {
    let program = module.program;
    let me = &module.functions[function];
    let f = me.function;
    let ty = f[value].ty;
    if ty.arena as usize <= program.units.len() {
        return Some(program.type_string(ty));
    }
    let alloc = f.defining_instr(value)?;
    let elem = me.fields.alloc_elem(me.index_in_unit, alloc)?;
    (elem.arena as usize <= program.units.len()).then(|| format!("*{}", program.type_string(elem)))
}
