//! Map-of-maps fields whose every inner map is created by a function literal that a
//! `sync.Once` kept in a struct field runs, under a key the literal captures from a parameter
//! of the function that makes it:
//!
//! ```go
//! func (t *Tracker) ensure(tenant string) {
//!     t.once.Do(func() { t.usage[tenant] = make(map[string]int64) })
//! }
//! ```
//!
//! The Once runs once per struct value, not once per key, so only the first key ever passed
//! gets an inner map; nested-map-write reports a write under any other key. A Once looked up
//! per key (`t.onces[tenant].Do(...)`) is not a field and is left alone, as is a creation
//! under a key the literal does not take from its maker's parameters.

use crate::module::Module;
use crate::nilness::{is_nil_constant, strip_conversions};
use mapscope_ssa::{Callee, Function, InstrId, InstrKind, ValueDef, ValueId};
use mapscope_types::types::ObjId;
use rustc_hash::FxHashMap;

/// The function that runs a function literal once per `sync.Once` value.
const ONCE_DO: &str = "(*sync.Once).Do";

/// The map-of-maps fields whose every inner-map creation is made so, with one creation each,
/// built once per module.
#[derive(Debug, Default)]
pub struct OnceKeyedFields {
    fields: FxHashMap<ObjId, Option<(usize, InstrId)>>,
}

impl OnceKeyedFields {
    /// Scans every creation of an inner map in a field of the module.
    pub fn new(module: &Module<'_>) -> OnceKeyedFields {
        let mut fields: FxHashMap<ObjId, Option<(usize, InstrId)>> = FxHashMap::default();
        for (index, g) in module.functions.iter().enumerate() {
            let h = g.function;
            let field_of = |s: InstrId| g.fields.selection(g.index_in_unit, s);
            for b in h.block_ids() {
                for &i in h[b].instrs() {
                    let InstrKind::MapUpdate { map, key, value } = &h[i].kind else { continue };
                    if is_nil_constant(h, strip_conversions(h, *value)) {
                        continue;
                    }
                    let Some(field) = crate::inner_on_miss::reads_field(h, *map, &field_of) else {
                        continue;
                    };
                    let keyed = keyed_by_maker_parameter(module, h, *key);
                    let entry = fields.entry(field).or_insert(Some((index, i)));
                    if !keyed {
                        *entry = None;
                    }
                }
            }
        }
        fields.retain(|_, creation| creation.is_some());
        OnceKeyedFields { fields }
    }

    /// The creation of an inner map in `field` (its function's module index and the update),
    /// when every creation of one in the module is made so: in a literal a field's `sync.Once`
    /// runs, under a key captured from the maker's parameter.
    pub fn creation(&self, field: ObjId) -> Option<(usize, InstrId)> {
        self.fields.get(&field).copied().flatten()
    }
}

/// Whether `key` (in the literal `g`) is a variable `g` captures from a parameter of its maker,
/// which hands `g` only to `Do` of a `sync.Once` that is a struct's field.
fn keyed_by_maker_parameter(module: &Module<'_>, g: &Function, key: ValueId) -> bool {
    let key = strip_conversions(g, key);
    let captured = match g[key].def {
        ValueDef::FreeVar { index, .. } => index,
        _ => match g.defining_instr(key).map(|i| &g[i].kind) {
            Some(InstrKind::Load { addr }) => match g[strip_conversions(g, *addr)].def {
                ValueDef::FreeVar { index, .. } => index,
                _ => return false,
            },
            _ => return false,
        },
    };
    let Some((maker, _)) = g.name.rsplit_once('$') else { return false };
    let Some(maker) = module.lookup(maker) else { return false };
    let p = module.functions[maker].function;
    let mut handed = false;
    for b in p.block_ids() {
        for &i in p[b].instrs() {
            let InstrKind::MakeClosure { func, bindings } = &p[i].kind else { continue };
            if !matches!(&p[*func].def, ValueDef::Function { name } if **name == *g.name) {
                continue;
            }
            let Some(&binding) = bindings.get(captured as usize) else { return false };
            if !parameter_held(p, binding) {
                return false;
            }
            let Some(closure) = p[i].result() else { return false };
            for &u in p[closure].referrers() {
                let InstrKind::Call { call } = &p[u].kind else { return false };
                let Callee::Static(callee) = &call.callee else { return false };
                let runs_once = matches!(&p[*callee].def,
                    ValueDef::Function { name } if **name == *ONCE_DO);
                let once_field = call.args.first().is_some_and(|&a| maker_field(p, a));
                if !runs_once || !once_field {
                    return false;
                }
                handed = true;
            }
        }
    }
    handed
}

/// Whether `once` is the address of a field of a struct `p` is given (`&t.once` of the
/// receiver), not of one it looked up per key (`&t.tenants[k].once`).
fn maker_field(p: &Function, once: ValueId) -> bool {
    let Some(select) = p.defining_instr(strip_conversions(p, once)) else { return false };
    let InstrKind::FieldAddr { base, .. } = &p[select].kind else { return false };
    let base = strip_conversions(p, *base);
    if matches!(p[base].def, ValueDef::Param { .. }) {
        return true;
    }
    match p.defining_instr(base).map(|i| &p[i].kind) {
        Some(InstrKind::Load { addr }) => parameter_held(p, *addr),
        _ => false,
    }
}

/// Whether `v` is a parameter of `p`, or a variable that only ever holds one.
fn parameter_held(p: &Function, v: ValueId) -> bool {
    let v = strip_conversions(p, v);
    if matches!(p[v].def, ValueDef::Param { .. }) {
        return true;
    }
    let Some(alloc) = p.defining_instr(v) else { return false };
    if !matches!(p[alloc].kind, InstrKind::Alloc { .. }) {
        return false;
    }
    let mut stored = false;
    for &u in p[v].referrers() {
        match &p[u].kind {
            InstrKind::Store { addr, value } if *addr == v => {
                if !matches!(p[strip_conversions(p, *value)].def, ValueDef::Param { .. }) {
                    return false;
                }
                stored = true;
            }
            InstrKind::Load { .. } | InstrKind::MakeClosure { .. } => {}
            _ => return false,
        }
    }
    stored
}
