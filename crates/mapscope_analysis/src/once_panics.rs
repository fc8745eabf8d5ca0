//! A `sync.Once` whose function panicked counts as done: `Do` never runs it again. When that
//! function can panic before it makes a map field (`panic(...)` on a bad entry, ahead of
//! `l.perKey = make(...)`) and some caller of the same Once recovers (a deferred `recover()`),
//! the program lives on with the field nil, and a writer that calls `Do` first and then writes
//! the field (`l.once.Do(l.load); l.perKey[key] = n`) panics:
//!
//! ```go
//! func (l *Limits) Get(k string) (n int, err error) { defer func() { recover() ... }(); l.once.Do(l.load); ... }
//! func (l *Limits) Override(k string, n int)        { l.once.Do(l.load); l.perKey[k] = n }
//! ```
//!
//! Only a field that no code of the module but the Once's function stores a map into, that the
//! writer does not test against nil, and a `panic` the function reaches without passing the
//! store count.

use crate::FunctionContext;
use crate::module::Module;
use crate::nilness::{is_nil_constant, location, strip_conversions};
use crate::summary::Site;
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BlockId, Callee, Function, InstrId, InstrKind, ValueDef, ValueId};
use mapscope_types::types::ObjId;

/// go/ssa's name of `sync.Once`'s `Do`.
const ONCE_DO: &str = "(*sync.Once).Do";

/// Where the Once's function panics before making the map, and the recovering `defer` of a
/// caller of the same Once.
#[derive(Debug)]
pub struct PanickedOnce {
    pub panic: Site,
    pub recover: Site,
}

/// The panic that leaves the map field the write reaches through `map` nil for good, when the
/// rule applies.
pub fn panicked_once_write(
    cx: &FunctionContext<'_>,
    dominators: &DomTree,
    write: InstrId,
    map: ValueId,
) -> Option<PanickedOnce> {
    let f = cx.function;
    let module = cx.analysis.module;
    let me = &module.functions[module.lookup(&f.name)?];
    let load = f.defining_instr(strip_conversions(f, map))?;
    let InstrKind::Load { addr } = f[load].kind else { return None };
    let select = f.defining_instr(addr)?;
    let InstrKind::FieldAddr { base, .. } = f[select].kind else { return None };
    let field = me.fields.selection(me.index_in_unit, select)?;
    if crate::nilness::field_tested(me, f, field) {
        return None;
    }
    let pointer = location(f, base)?;
    // A `Do` on a Once field of the same pointer, before the write on every path.
    let (once_field, runner) =
        f.block_ids().flat_map(|b| f[b].instrs().iter().copied()).find_map(|i| {
            let (once, func) = once_do(f, i)?;
            let once_select = f.defining_instr(once)?;
            let InstrKind::FieldAddr { base: once_base, .. } = f[once_select].kind else {
                return None;
            };
            if location(f, once_base).as_ref() != Some(&pointer)
                || !crate::key_values::precedes(f, dominators, i, write)
            {
                return None;
            }
            let once_field = me.fields.selection(me.index_in_unit, once_select)?;
            Some((once_field, once_function(module, f, func)?))
        })?;
    let g = module.functions[runner].function;
    let panic = panic_before_store(module, runner, field)?;
    if made_elsewhere(module, runner, field) {
        return None;
    }
    let recover = recovering_caller(module, once_field)?;
    Some(PanickedOnce { panic: module.site(runner, g[panic].span.start), recover })
}

/// The Once's address and the function value of a call `once.Do(func)` at `i`.
fn once_do(f: &Function, i: InstrId) -> Option<(ValueId, ValueId)> {
    let InstrKind::Call { call } = &f[i].kind else { return None };
    let Callee::Static(callee) = &call.callee else { return None };
    let ValueDef::Function { name } = &f[*callee].def else { return None };
    match (&**name == ONCE_DO, call.args.as_slice()) {
        (true, &[once, func]) => Some((once, func)),
        _ => None,
    }
}

/// The module function a function value handed to `Do` runs: a method value (`l.load`) or a
/// function literal.
fn once_function(module: &Module<'_>, f: &Function, func: ValueId) -> Option<usize> {
    let made = f.defining_instr(strip_conversions(f, func))?;
    let InstrKind::MakeClosure { func, .. } = &f[made].kind else { return None };
    let ValueDef::Function { name } = &f[*func].def else { return None };
    module.lookup(name.strip_suffix("$bound").unwrap_or(name))
}

/// A `panic` of function `runner` that some path from its entry reaches without storing into
/// `field` first.
fn panic_before_store(module: &Module<'_>, runner: usize, field: ObjId) -> Option<InstrId> {
    let mf = &module.functions[runner];
    let g = mf.function;
    let stores_field = |b: BlockId| {
        g[b].instrs().iter().any(|&i| {
            let InstrKind::Store { addr, .. } = g[i].kind else { return false };
            let select = g.defining_instr(addr);
            select.and_then(|s| mf.fields.selection(mf.index_in_unit, s)) == Some(field)
        })
    };
    let mut seen = vec![false; g.block_count()];
    let mut stack = vec![Function::ENTRY];
    while let Some(b) = stack.pop() {
        if std::mem::replace(&mut seen[b.index()], true) {
            continue;
        }
        if stores_field(b) {
            continue;
        }
        if let Some(&last) = g[b].instrs().last()
            && matches!(g[last].kind, InstrKind::Panic { .. })
        {
            return Some(last);
        }
        stack.extend_from_slice(g[b].succs());
    }
    None
}

/// Whether a function of the module other than `runner` stores something other than nil into
/// `field` (a literal setting it included).
fn made_elsewhere(module: &Module<'_>, runner: usize, field: ObjId) -> bool {
    module.functions.iter().enumerate().any(|(index, mf)| {
        let g = mf.function;
        index != runner
            && g.block_ids().flat_map(|b| g[b].instrs().iter().copied()).any(|i| {
                let InstrKind::Store { addr, value } = g[i].kind else { return false };
                let Some(select) = g.defining_instr(addr) else { return false };
                mf.fields.selection(mf.index_in_unit, select) == Some(field)
                    && !is_nil_constant(g, strip_conversions(g, value))
            })
    })
}

/// The `defer` of a recovering function literal in a function of the module that calls `Do`
/// on a Once kept in `once_field`.
fn recovering_caller(module: &Module<'_>, once_field: ObjId) -> Option<Site> {
    module.functions.iter().enumerate().find_map(|(index, mf)| {
        let g = mf.function;
        let instrs = || g.block_ids().flat_map(|b| g[b].instrs().iter().copied());
        let calls_do = instrs().any(|i| {
            once_do(g, i).is_some_and(|(once, _)| {
                g.defining_instr(once)
                    .and_then(|s| mf.fields.selection(mf.index_in_unit, s))
                    .is_some_and(|obj| obj == once_field)
            })
        });
        if !calls_do {
            return None;
        }
        let defer = instrs().find(|&i| {
            let InstrKind::Defer { call } = &g[i].kind else { return false };
            let Callee::Dynamic(value) = call.callee else { return false };
            let Some(made) = g.defining_instr(value) else { return false };
            let InstrKind::MakeClosure { func, .. } = &g[made].kind else { return false };
            let ValueDef::Function { name } = &g[*func].def else { return false };
            module.lookup(name).is_some_and(|l| {
                crate::recover_fallbacks::calls_recover(module.functions[l].function)
            })
        })?;
        Some(module.site(index, g[defer].span.start))
    })
}
