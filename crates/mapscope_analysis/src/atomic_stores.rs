//! Values published through a struct field of `sync/atomic`'s `Value` or `Pointer[T]`: a
//! `Load` gives back what one of the package's `Store`s, `Swap`s or `CompareAndSwap`s on that
//! field put there, so a map the stored value left nil is nil in what a `Load` returns.

use crate::fields::selected_field;
use crate::models::static_callee_name;
use crate::module::{Module, ModuleFunction};
use crate::nilness::strip_conversions;
use mapscope_ssa::{InstrId, InstrKind, ValueId};
use mapscope_types::types::ObjId;

/// The methods that read what the atomic holds.
const LOADS: &[&str] = &["(*sync/atomic.Value).Load", "(*sync/atomic.Pointer[T]).Load"];

/// The methods that put a value into the atomic, with the argument they put (after the
/// receiver): `Store(v)`, `Swap(v)`, `CompareAndSwap(old, new)`.
const STORES: &[(&str, usize)] = &[
    ("(*sync/atomic.Value).Store", 1),
    ("(*sync/atomic.Value).Swap", 1),
    ("(*sync/atomic.Value).CompareAndSwap", 2),
    ("(*sync/atomic.Pointer[T]).Store", 1),
    ("(*sync/atomic.Pointer[T]).Swap", 1),
    ("(*sync/atomic.Pointer[T]).CompareAndSwap", 2),
];

/// One value put into an atomic field: the function (by module index), the call and the value.
#[derive(Debug)]
pub struct AtomicStore {
    pub function: usize,
    pub call: InstrId,
    pub value: ValueId,
}

/// The atomic struct field that `call` (an instruction of module function `index`) loads from:
/// a `Load` whose receiver is the address of a field.
pub fn loaded_field(module: &Module, index: usize, call: InstrId) -> Option<ObjId> {
    let me = module.functions.get(index)?;
    let f = me.function;
    let InstrKind::Call { call: common } = &f[call].kind else { return None };
    if !LOADS.contains(&static_callee_name(f, common)?) {
        return None;
    }
    atomic_field(me, *common.args.first()?)
}

/// The field whose address `receiver` is.
fn atomic_field(me: &ModuleFunction, receiver: ValueId) -> Option<ObjId> {
    let selection = selected_field(me.function, strip_conversions(me.function, receiver))?;
    me.fields.selection(me.index_in_unit, selection)
}

/// Every value the functions of `unit` put into atomic field `field` that no later store of
/// the same function on the way replaces (a constructor's placeholder overwritten before it
/// returns is never loaded), or `None` when some code uses the field's address in another way
/// (hands it to a call, keeps it): then what the atomic holds is not known.
pub fn stores(module: &Module, unit: usize, field: ObjId) -> Option<Vec<AtomicStore>> {
    let mut found = Vec::new();
    for (index, me) in module.functions.iter().enumerate() {
        if me.unit != unit {
            continue;
        }
        let f = me.function;
        let mut here = Vec::new();
        for block in f.block_ids() {
            for &i in f[block].instrs() {
                if !matches!(f[i].kind, InstrKind::FieldAddr { .. })
                    || me.fields.selection(me.index_in_unit, i) != Some(field)
                {
                    continue;
                }
                let Some(address) = f[i].result() else { continue };
                for &user in f[address].referrers() {
                    let InstrKind::Call { call } = &f[user].kind else { return None };
                    let name = static_callee_name(f, call)?;
                    if call.args.first() != Some(&address) {
                        return None;
                    }
                    if LOADS.contains(&name) {
                        continue;
                    }
                    let &(_, arg) = STORES.iter().find(|(n, _)| *n == name)?;
                    let &value = call.args.get(arg)?;
                    here.push(AtomicStore { function: index, call: user, value });
                }
            }
        }
        let calls: Vec<InstrId> = here.iter().map(|s| s.call).collect();
        here.retain(|s| {
            !calls.iter().any(|&c| c != s.call && crate::key_values::instr_reaches(f, s.call, c))
        });
        found.extend(here);
    }
    Some(found)
}
