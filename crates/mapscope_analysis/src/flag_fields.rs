//! Boolean fields that say a map field of the same struct is made: every store of `true` into
//! the flag sits beside a `make` into the map field of the same value, and every store that
//! may leave the map nil sits beside a store of `false` into the flag.
//!
//! ```go
//! func (c *cache) init()  { c.answers = make(map[string][]string); c.initialized = true }
//! func (c *cache) Flush() { c.answers = nil; c.initialized = false }
//! func (c *cache) Store(k string, v []string) {
//!     if !c.initialized { c.init() }
//!     c.answers[k] = v // made: the flag is true only while the map exists
//! }
//! ```
//!
//! "Beside" means in the same block, through the same pointer; a zero value has the flag
//! false, so the rule holds for it too. Both fields must be unexported and declared in the
//! module, so that no code outside it stores into them.

use crate::nilness::strip_conversions;
use mapscope_ssa::{ConstValue, Function, InstrKind, ValueDef, ValueId};
use mapscope_types::Program;
use mapscope_types::types::{ObjId, TypeView};
use rustc_hash::{FxHashMap, FxHashSet};

/// A field's store in one block: the pointer it goes through, the field index, and what is
/// stored.
#[derive(Clone, Copy)]
struct FieldStore {
    base: ValueId,
    field: u32,
    value: ValueId,
}

/// What one pass over the module's stores gathers: per flag field, the map fields made beside
/// every store into it; per map field, the flags cleared beside every store that may leave it
/// nil.
#[derive(Debug, Default)]
pub struct FlagScan {
    /// Flag object → the map field indices made beside every store of `true` so far.
    made_beside_true: FxHashMap<ObjId, FxHashSet<u32>>,
    /// Map field object → the flags set `false` beside every store that may leave it nil.
    cleared_with: FxHashMap<ObjId, FxHashSet<ObjId>>,
    /// (flag object, map field index) → the map field's object.
    map_field_objects: FxHashMap<(ObjId, u32), ObjId>,
}

impl FlagScan {
    /// Records the stores of one function, whose field selections `selection` names.
    pub fn add_function(
        &mut self,
        program: &Program,
        f: &Function,
        selection: impl Fn(mapscope_ssa::InstrId) -> Option<ObjId>,
    ) {
        for b in f.block_ids() {
            let mut stores: Vec<(FieldStore, ObjId)> = Vec::new();
            for &i in f[b].instrs() {
                let InstrKind::Store { addr, value } = &f[i].kind else { continue };
                let Some(field_addr) = f.defining_instr(*addr) else { continue };
                let InstrKind::FieldAddr { base, field } = &f[field_addr].kind else { continue };
                let Some(obj) = selection(field_addr) else { continue };
                let store =
                    FieldStore { base: strip_conversions(f, *base), field: *field, value: *value };
                stores.push((store, obj));
            }
            let is_bool = |v: ValueId, b: bool| {
                let v = strip_conversions(f, v);
                matches!(f[v].def, ValueDef::Const(ConstValue::Bool(x)) if x == b)
            };
            let is_made = |v: ValueId| {
                f.defining_instr(strip_conversions(f, v))
                    .is_some_and(|i| matches!(f[i].kind, InstrKind::MakeMap { .. }))
            };
            let is_map = |obj: ObjId| {
                let ty = program.obj(obj).ty;
                mapscope_types::query::is_map(&mut program.types(), ty)
            };
            let unexported =
                |obj: ObjId| program.obj(obj).name.chars().next().is_some_and(char::is_lowercase);
            for &(store, obj) in &stores {
                if !unexported(obj) {
                    continue;
                }
                if is_map(obj) {
                    if is_made(store.value) {
                        continue;
                    }
                    // A store that may leave the map nil: the flags cleared beside it.
                    let cleared: FxHashSet<ObjId> = stores
                        .iter()
                        .filter(|(s, _)| s.base == store.base && is_bool(s.value, false))
                        .map(|&(_, o)| o)
                        .collect();
                    let entry = self.cleared_with.entry(obj).or_insert_with(|| cleared.clone());
                    entry.retain(|o| cleared.contains(o));
                    continue;
                }
                if is_bool(store.value, false) {
                    continue;
                }
                // A store of `true` (or of anything else): the maps made beside it.
                let made: FxHashSet<u32> = stores
                    .iter()
                    .filter(|(s, o)| {
                        s.base == store.base && is_made(s.value) && is_map(*o) && unexported(*o)
                    })
                    .map(|(s, o)| {
                        self.map_field_objects.insert((obj, s.field), *o);
                        s.field
                    })
                    .collect();
                let made = if is_bool(store.value, true) { made } else { FxHashSet::default() };
                let entry = self.made_beside_true.entry(obj).or_insert_with(|| made.clone());
                entry.retain(|m| made.contains(m));
            }
        }
    }

    /// The (flag, map field index) pairs where the flag being true means the map is made.
    pub fn finish(self) -> FxHashSet<(ObjId, u32)> {
        let mut pairs = FxHashSet::default();
        for (flag, made) in self.made_beside_true {
            for field in made {
                let Some(&map) = self.map_field_objects.get(&(flag, field)) else { continue };
                // Every store that may leave the map nil clears this flag beside it.
                let cleared = self.cleared_with.get(&map).is_none_or(|flags| flags.contains(&flag));
                if cleared {
                    pairs.insert((flag, field));
                }
            }
        }
        pairs
    }
}
