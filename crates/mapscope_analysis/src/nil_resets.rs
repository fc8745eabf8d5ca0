//! Writes into a map field that only the creation of a value makes, after a method stored nil
//! into it on the value it runs on, where the module calls that method and then the writer on
//! every path to the writer's call:
//!
//! ```go
//! func (m *OrderedMap[K, V]) Delete(k K) { ...; if len(m.keys) == 0 { m.index = nil } }
//! func (m *OrderedMap[K, V]) Set(k K, v V) { m.index[k] = len(m.keys) } // nil after a drain
//! pending.Delete("build-42"); pending.Set("build-43", job)
//! ```
//!
//! Nothing makes the map again once the nil store ran: creation is the only maker. A writer
//! that tests the field against nil is left to its guard, a store of nil into a value the
//! storing function allocated itself is that function's business, and a writer that reads a
//! flag the resetting function sets (`m.closed = true` beside `m.groups = nil`) is taken to
//! refuse a reset value.

use crate::FunctionContext;
use crate::nilness::{field_tested, strip_conversions};
use crate::summary::Site;
use mapscope_ssa::{ConstValue, Function, InstrKind, ValueDef, ValueId};
use mapscope_types::types::ObjId;

/// The nil store into the receiver's field that leaves the field the write reaches through
/// `map` nil, when the rule applies.
pub fn nil_reset_write(cx: &FunctionContext<'_>, map: ValueId) -> Option<Site> {
    let f = cx.function;
    let module = cx.analysis.module;
    let (writer, field) = crate::once_resets::written_field(cx, map)?;
    let me = &module.functions[writer];
    if !cx.analysis.fields.set_at_creation(module.program, field) || field_tested(me, f, field) {
        return None;
    }
    let stores = module.once_made_fields().nil_stores.get(&field)?;
    stores.iter().find_map(|&(index, store)| {
        let resetter = module.functions[index].function;
        // The nil goes into the value the method runs on (its receiver or a pointer
        // parameter), which lives on after it.
        let InstrKind::Store { addr, .. } = resetter[store].kind else { return None };
        let select = resetter.defining_instr(addr)?;
        let InstrKind::FieldAddr { base, .. } = resetter[select].kind else { return None };
        let on_param =
            matches!(resetter[strip_conversions(resetter, base)].def, ValueDef::Param { .. });
        // A reset that also sets a flag of the value (`m.closed = true; m.groups = nil`), and
        // a writer that reads that flag (`if m.closed { return ErrClosed }`): the writer
        // refuses a reset value.
        let flags = flags_set(&module.functions[index], resetter);
        let reads_flag = f.block_ids().any(|b| {
            f[b].instrs().iter().any(|&i| {
                matches!(f[i].kind, InstrKind::FieldAddr { .. })
                    && me.fields.selection(me.index_in_unit, i).is_some_and(|o| flags.contains(&o))
            })
        });
        (on_param && !reads_flag && index != writer && module.calls_in_order(index, writer, true))
            .then(|| module.site(index, resetter[store].span.start))
    })
}

/// The fields into which `f` stores a boolean constant.
fn flags_set(mf: &crate::module::ModuleFunction<'_>, f: &Function) -> Vec<ObjId> {
    let mut out = Vec::new();
    for b in f.block_ids() {
        for &i in f[b].instrs() {
            let InstrKind::Store { addr, value } = f[i].kind else { continue };
            if !matches!(f[value].def, ValueDef::Const(ConstValue::Bool(_))) {
                continue;
            }
            if let Some(select) = f.defining_instr(addr)
                && let Some(obj) = mf.fields.selection(mf.index_in_unit, select)
            {
                out.push(obj);
            }
        }
    }
    out
}
