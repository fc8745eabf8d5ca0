//! Writes into a map field that only a `sync.Once`'s function makes (`f.once.Do(func() {
//! f.m = make(...) })`, or a function given to `sync.OnceFunc`), where some function stores
//! nil into the field (a `Reset`, a `Fork` that clears its copy) and the module calls the
//! writer after it. The Once has run by then (or, in a copy, ran in the original), so nothing
//! makes the map again:
//!
//! ```go
//! func (l *Limiter) Reset() { l.tokens = nil }   // l.init is sync.OnceFunc(make tokens)
//! l.Reset(); l.Allow("10.0.0.9")                 // Allow: l.init(); l.tokens[c] = n - 1
//! ```
//!
//! A function that stores nil and also stores into a `sync.Once` (rearming it) is no such
//! reset, and a writer that tests the field against nil is left to its guard.

use crate::FunctionContext;
use crate::module::Module;
use crate::nilness::{is_nil_constant, strip_conversions};
use crate::summary::Site;
use mapscope_ssa::{Callee, Function, InstrId, InstrKind, ValueDef, ValueId};
use mapscope_types::types::ObjId;
use rustc_hash::{FxHashMap, FxHashSet};

/// The functions that run a function literal at most once.
const ONCE_RUNNERS: &[&str] = &["(*sync.Once).Do", "sync.OnceFunc"];

/// The map fields that only a Once's function makes, with the module's nil stores into them,
/// built once per module.
#[derive(Debug, Default)]
pub struct OnceMadeFields {
    /// The fields some Once's function makes and no other code does, with their nil stores
    /// (function, store).
    fields: FxHashMap<ObjId, Vec<(usize, InstrId)>>,
}

impl OnceMadeFields {
    /// Scans every store into a field of the module.
    pub fn new(module: &Module<'_>) -> OnceMadeFields {
        let mut fields: FxHashMap<ObjId, Vec<(usize, InstrId)>> = FxHashMap::default();
        let mut other_made: FxHashSet<ObjId> = FxHashSet::default();
        let mut once_made: FxHashSet<ObjId> = FxHashSet::default();
        for (index, mf) in module.functions.iter().enumerate() {
            let g = mf.function;
            let mut once = None;
            for b in g.block_ids() {
                for &i in g[b].instrs() {
                    let InstrKind::Store { addr, value } = &g[i].kind else { continue };
                    let Some(select) = g.defining_instr(*addr) else { continue };
                    let Some(field) = mf.fields.selection(mf.index_in_unit, select) else {
                        continue;
                    };
                    if is_nil_constant(g, strip_conversions(g, *value)) {
                        fields.entry(field).or_default().push((index, i));
                    } else if *once.get_or_insert_with(|| run_once(module, g)) {
                        once_made.insert(field);
                    } else {
                        other_made.insert(field);
                    }
                }
            }
        }
        // A field only nil stores touch is no Once's, nor one other code makes too.
        fields.retain(|field, _| once_made.contains(field) && !other_made.contains(field));
        OnceMadeFields { fields }
    }
}

/// For a write through `map` in `cx`: the writing function's module index and the struct
/// field the map was loaded from (`s.m[k] = v`).
fn written_field(cx: &FunctionContext<'_>, map: ValueId) -> Option<(usize, ObjId)> {
    let f = cx.function;
    let module = cx.analysis.module;
    let writer = module.lookup(&f.name)?;
    let me = &module.functions[writer];
    let load = f.defining_instr(strip_conversions(f, map))?;
    let InstrKind::Load { addr } = f[load].kind else { return None };
    let selection = f.defining_instr(addr)?;
    Some((writer, me.fields.selection(me.index_in_unit, selection)?))
}

/// The nil store that leaves the field a write reaches through `map` nil for good, when the
/// rule applies.
pub fn once_dropped_write(cx: &FunctionContext<'_>, map: ValueId) -> Option<Site> {
    let f = cx.function;
    let module = cx.analysis.module;
    let (writer, field) = written_field(cx, map)?;
    let me = &module.functions[writer];
    let resets = module.once_made_fields().fields.get(&field)?;
    if resets.is_empty() || crate::nilness::field_tested(me, f, field) {
        return None;
    }
    resets.iter().find_map(|&(index, store)| {
        let resetter = module.functions[index].function;
        if run_once(module, resetter) || rearms_once(module, resetter) {
            return None;
        }
        // Some function calls the resetting function and then the writer.
        module
            .calls_in_order(index, writer, true)
            .then(|| module.site(index, resetter[store].span.start))
    })
}

/// Whether `g` is a function literal that its maker hands only to a Once runner.
fn run_once(module: &Module<'_>, g: &Function) -> bool {
    let Some((parent, _)) = g.name.rsplit_once('$') else { return false };
    let Some(parent) = module.lookup(parent) else { return false };
    let p = module.functions[parent].function;
    let mut handed = false;
    for b in p.block_ids() {
        for &i in p[b].instrs() {
            let InstrKind::MakeClosure { func, .. } = &p[i].kind else { continue };
            if !matches!(&p[*func].def, ValueDef::Function { name } if **name == *g.name) {
                continue;
            }
            let Some(closure) = p[i].result() else { return false };
            for &u in p[closure].referrers() {
                let InstrKind::Call { call } = &p[u].kind else { return false };
                let Callee::Static(callee) = &call.callee else { return false };
                let runner = matches!(&p[*callee].def,
                    ValueDef::Function { name } if ONCE_RUNNERS.contains(&&**name));
                if !runner {
                    return false;
                }
                handed = true;
            }
        }
    }
    handed
}

/// Whether `g` stores into a `sync.Once` (a Once, a pointer to one, or a field set to
/// `sync.OnceFunc(...)`): a reset that rearms the lazy make.
fn rearms_once(module: &Module<'_>, g: &Function) -> bool {
    g.block_ids().any(|b| {
        g[b].instrs().iter().any(|&i| {
            let InstrKind::Store { value, .. } = &g[i].kind else { return false };
            // The stored value's type is one the checker knows (an address's pointer type may
            // be one only the IR builder made).
            let program = module.program;
            let stored = g[*value].ty;
            // A `*sync.Once` field given a pointer (`c.init = new(sync.Once)` in a clone)
            // rearms it as much as storing a zero Once does.
            let once_cell = stored.arena as usize <= program.units.len()
                && matches!(program.type_string(stored).as_str(), "sync.Once" | "*sync.Once");
            let once_func = g.defining_instr(strip_conversions(g, *value)).is_some_and(|d| {
                matches!(&g[d].kind, InstrKind::Call { call } if matches!(&call.callee,
                    Callee::Static(c) if matches!(&g[*c].def,
                        ValueDef::Function { name } if ONCE_RUNNERS.contains(&&**name))))
            });
            once_cell || once_func
        })
    })
}
