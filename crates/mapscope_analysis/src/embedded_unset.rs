//! Struct-valued fields (an embedded base) into which the module only ever stores values that
//! leave one of their map fields nil, so that every value of the outer type has that map nil.
//!
//! A base type made by a constructor (`newBase` makes `hits`) is often embedded by value; a
//! handler added later fills the embedded field with a bare literal (`base: base{name:
//! "users"}`) that skips the constructor. The handler's methods then run the base's writes on
//! a nil map however the handler is reached (an `http.Handler` in a mux, a slice of
//! interfaces), which the path search, starting from a receiver nobody is seen passing, cannot
//! follow. When every store into the embedded field (the composite literals creating the outer
//! values included) is a local literal or a zero value that leaves the map unset, and the map
//! field is set only where a base value is created ([`crate::fields`]' `set_at_creation`: no
//! store fills it in a value that already exists), no value of the outer type ever holds the
//! map.

use crate::module::Module;
use crate::nilness::{Origin, strip_conversions};
use crate::summary::{Access, Site};
use mapscope_ssa::{ConstValue, Function, InstrKind, ValueDef, ValueId};

use mapscope_types::types::{ObjId, Type, TypeView};
use rustc_hash::{FxHashMap, FxHashSet};

/// What the module stores into one struct-valued field.
#[derive(Debug, Default)]
struct Stored {
    /// The indices of the fields that some stored value may set; `None` when a stored value is
    /// not a local literal or zero value, which may set any.
    sets: Option<FxHashSet<u32>>,
    /// The first local literal stored, where a value that skips a field is built.
    literal: Option<Site>,
}

/// The stores into the module's struct-valued fields, by field object.
#[derive(Debug, Default)]
pub struct EmbeddedStores {
    by_field: FxHashMap<ObjId, Stored>,
    /// Fields that a store may set in a value that already exists: stored into through an
    /// address that is not a fresh allocation's, or inside a struct value stored whole
    /// through such an address (`*b = newBase()`).
    filled_later: FxHashSet<ObjId>,
}

impl EmbeddedStores {
    /// Scans every store of the module whose address selects a field.
    pub fn new(module: &Module<'_>) -> EmbeddedStores {
        let program = module.program;
        let mut by_field: FxHashMap<ObjId, Stored> = FxHashMap::default();
        let mut filled_later: FxHashSet<ObjId> = FxHashSet::default();
        for (index, mf) in module.functions.iter().enumerate() {
            let f = mf.function;
            for block in f.block_ids() {
                for &i in f[block].instrs() {
                    let InstrKind::Store { addr, value } = &f[i].kind else { continue };
                    // A store through a parameter, a global or an element may fill a value
                    // that already exists, and so may a whole struct stored there.
                    let Some(address) = f.defining_instr(*addr) else {
                        filled_later.extend(struct_fields(program, f[*value].ty));
                        continue;
                    };
                    let field = match &f[address].kind {
                        // A local variable: only what is stored into a field from it counts.
                        InstrKind::Alloc { .. } => continue,
                        InstrKind::FieldAddr { base, .. } => {
                            let Some(field) = mf.fields.selection(mf.index_in_unit, address) else {
                                continue;
                            };
                            let fresh = f
                                .defining_instr(*base)
                                .is_some_and(|b| matches!(f[b].kind, InstrKind::Alloc { .. }));
                            if !fresh {
                                filled_later.insert(field);
                                filled_later.extend(struct_fields(program, f[*value].ty));
                            }
                            field
                        }
                        _ => {
                            filled_later.extend(struct_fields(program, f[*value].ty));
                            continue;
                        }
                    };
                    let stored = by_field.entry(field).or_insert_with(|| Stored {
                        sets: Some(FxHashSet::default()),
                        literal: None,
                    });
                    match literal_sets(f, *value) {
                        Some(LiteralSets::Zero) => {}
                        Some(LiteralSets::Fields(set, at)) => {
                            if let Some(sets) = stored.sets.as_mut() {
                                sets.extend(set);
                            }
                            if stored.literal.is_none() {
                                stored.literal = Some(module.site(index, f[at].span.start));
                            }
                        }
                        None => stored.sets = None,
                    }
                }
            }
        }
        EmbeddedStores { by_field, filled_later }
    }
}

/// The field objects of struct type `ty`, none for another type.
fn struct_fields(
    program: &mapscope_types::Program,
    ty: mapscope_types::types::TypeId,
) -> Vec<ObjId> {
    if ty.arena as usize > program.units.len() {
        return Vec::new();
    }
    let mut types = program.types();
    let under = mapscope_types::query::underlying(&mut types, ty);
    match types.ty(under) {
        Type::Struct(fields) => fields.iter().filter_map(|field| field.obj).collect(),
        _ => Vec::new(),
    }
}

/// What a value stored into a struct-valued field sets.
enum LiteralSets {
    /// The zero value: nothing.
    Zero,
    /// A local composite literal: the indices of the fields it stores into, and its allocation.
    Fields(Vec<u32>, mapscope_ssa::InstrId),
}

/// The fields a stored value sets, when it is the zero value or a load of a local allocation
/// whose address goes only to field selections and that load.
fn literal_sets(f: &Function, value: ValueId) -> Option<LiteralSets> {
    let value = strip_conversions(f, value);
    if matches!(f[value].def, ValueDef::Const(ConstValue::Zero)) {
        return Some(LiteralSets::Zero);
    }
    let load = f.defining_instr(value)?;
    let InstrKind::Load { addr } = &f[load].kind else { return None };
    let alloc = f.defining_instr(*addr)?;
    if !matches!(f[alloc].kind, InstrKind::Alloc { .. }) {
        return None;
    }
    let mut set = Vec::new();
    for &user in f[*addr].referrers() {
        match &f[user].kind {
            InstrKind::Load { .. } => {}
            InstrKind::FieldAddr { field, .. } => {
                let stored = f[user].result().is_some_and(|r| {
                    f[r].referrers()
                        .iter()
                        .any(|&u| matches!(&f[u].kind, InstrKind::Store { addr, .. } if *addr == r))
                });
                // A field whose address goes elsewhere may be set there.
                let only_stored = f[user].result().is_some_and(|r| {
                    f[r].referrers().iter().all(|&u| match &f[u].kind {
                        InstrKind::Store { addr, value } => *addr == r && *value != r,
                        InstrKind::Load { .. } => true,
                        _ => false,
                    })
                });
                if stored || !only_stored {
                    set.push(*field);
                }
            }
            _ => return None,
        }
    }
    Some(LiteralSets::Fields(set, alloc))
}

/// The origin of the map at `access` of `arg`, the address of a struct-valued field
/// (`&h.base`), when every value the module stores into that field leaves the map nil and
/// the map is set only where a value of its struct is created: the literal that skips it.
pub fn unset_in_every_value(
    cx: &crate::FunctionContext<'_>,
    arg: ValueId,
    access: &Access,
) -> Option<Origin> {
    let f = cx.function;
    let module = cx.analysis.module;
    let me = module.lookup(&f.name)?;
    let &[index] = access.fields.as_slice() else { return None };
    if !access.deref {
        return None;
    }
    let selection = f.defining_instr(strip_conversions(f, arg))?;
    if !matches!(f[selection].kind, InstrKind::FieldAddr { .. }) {
        return None;
    }
    let mf = &module.functions[me];
    let field = mf.fields.selection(mf.index_in_unit, selection)?;
    let stores = module.embedded_stores();
    let stored = stores.by_field.get(&field)?;
    let literal = stored.literal.clone()?;
    if stored.sets.as_ref()?.contains(&index) {
        return None;
    }
    let program = module.program;
    let map_field = {
        let mut types = program.types();
        let under = mapscope_types::query::underlying(&mut types, program.obj(field).ty);
        let Type::Struct(fields) = types.ty(under) else { return None };
        fields.get(index as usize)?.obj?
    };
    // Code outside the package cannot set an unexported field; the module's own code sets
    // it only where it creates a value.
    let name = &program.obj(map_field).name;
    if name.starts_with(char::is_uppercase) || stores.filled_later.contains(&map_field) {
        return None;
    }
    Some(Origin::UnsetInEveryValue {
        field: program.obj(field).name.to_string(),
        map: program.obj(map_field).name.to_string(),
        literal,
    })
}
