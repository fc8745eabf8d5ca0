//! Maps asserted out of a map of interfaces under a constant key (`bag["labels"].(map[string]string)`
//! of a property bag hooks share), and the stores that box a map of that type under the same
//! key into a map of the same type, possibly in another function of the package: an interface
//! holding a nil map is not a nil interface, so the assertion succeeds, with or without `ok`,
//! and gives the nil map that store boxed.
//!
//! What an interface holds is not followed back to where it was boxed; a constant key of a
//! map of one type is taken to name one slot, as the hooks of one bag use it.

use crate::module::Module;
use crate::nilness::strip_conversions;
use mapscope_ssa::{ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId};
use mapscope_types::query;

/// A store that boxes a map under the asserted key: the module function it is in, the
/// `MapUpdate`, and the map boxed.
#[derive(Debug)]
pub struct BoxingStore {
    pub function: usize,
    pub update: InstrId,
    pub boxed: ValueId,
}

/// The map of interfaces and the constant key that the type assertion `assert` (in `f`) asserts
/// a lookup of, when it asserts a map type.
fn asserted_slot(
    module: &Module<'_>,
    f: &Function,
    assert: InstrId,
) -> Option<(ValueId, Box<str>)> {
    let InstrKind::TypeAssert { x, asserted, .. } = &f[assert].kind else { return None };
    let program = module.program;
    if asserted.arena as usize > program.units.len()
        || !query::is_map(&mut program.types(), *asserted)
    {
        return None;
    }
    let lookup = f.defining_instr(strip_conversions(f, *x))?;
    let InstrKind::MapLookup { map, key, comma_ok: false } = &f[lookup].kind else { return None };
    let ValueDef::Const(ConstValue::String(key)) = &f[strip_conversions(f, *key)].def else {
        return None;
    };
    Some((*map, key.clone()))
}

/// The stores, in the functions of the package of module function `me` (whose body is `f`),
/// that box a map of the type `assert` asserts under the constant key it looks up, into a map
/// of the type it looks up in.
pub fn boxing_stores(
    module: &Module<'_>,
    me: usize,
    f: &Function,
    assert: InstrId,
) -> Vec<BoxingStore> {
    let Some((map, key)) = asserted_slot(module, f, assert) else { return Vec::new() };
    let InstrKind::TypeAssert { asserted, .. } = &f[assert].kind else { return Vec::new() };
    let program = module.program;
    let unit = module.functions[me].unit;
    let bag_type = f[map].ty;
    let mut out = Vec::new();
    for (index, other) in module.functions.iter().enumerate() {
        if other.unit != unit {
            continue;
        }
        let g = other.function;
        for block in g.block_ids() {
            for &i in g[block].instrs() {
                let InstrKind::MapUpdate { map: stored_into, key: stored_key, value } = &g[i].kind
                else {
                    continue;
                };
                let same_key = matches!(&g[strip_conversions(g, *stored_key)].def,
                    ValueDef::Const(ConstValue::String(k)) if *k == key);
                if !same_key {
                    continue;
                }
                let Some(boxing) = g.defining_instr(*value) else { continue };
                let InstrKind::MakeInterface { x: boxed } = &g[boxing].kind else { continue };
                let known =
                    |ty: mapscope_types::types::TypeId| ty.arena as usize <= program.units.len();
                if !known(g[*stored_into].ty) || !known(bag_type) || !known(g[*boxed].ty) {
                    continue;
                }
                let mut types = program.types();
                let same_types = query::identical(&mut types, g[*stored_into].ty, bag_type)
                    && query::identical(&mut types, g[*boxed].ty, *asserted);
                if same_types {
                    out.push(BoxingStore { function: index, update: i, boxed: *boxed });
                }
            }
        }
    }
    out
}
