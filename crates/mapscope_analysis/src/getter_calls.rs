//! Two calls of one getter with the same arguments, taken as one value: `fd.IsMap()` tested
//! before a loop and again inside it.
//!
//! ```go
//! if fd.IsMap() { mp = make(map[string]string) }
//! for _, v := range src {
//!     cv, err := convert(fd, v)
//!     if fd.IsMap() { mp[k] = cv } // made: IsMap gave the same answer both times
//! }
//! ```
//!
//! A getter is a module function that writes nothing its caller could read again
//! ([`crate::write_free`]) and reads no package-level variable; its answer can change only
//! when a field it reads (or one a getter it calls reads) is stored. The caller must store
//! into none of those fields, as a flag read twice through one pointer counts as one value when
//! the function never stores its field: calls in between are taken not to change them.

use crate::module::Module;
use mapscope_ssa::{CallCommon, Callee, Function, InstrKind, ValueDef, ValueId};
use mapscope_types::types::ObjId;

/// How deep getters calling getters are followed.
const MAX_DEPTH: usize = 4;

/// Whether calls `a` and `b` in `f` call the same getter with arguments `same` pairs up.
pub fn same_getter_call(
    module: &Module<'_>,
    f: &Function,
    a: &CallCommon,
    b: &CallCommon,
    same: impl Fn(ValueId, ValueId) -> bool,
) -> bool {
    let (Callee::Static(x), Callee::Static(y)) = (&a.callee, &b.callee) else { return false };
    let (ValueDef::Function { name: p }, ValueDef::Function { name: q }) = (&f[*x].def, &f[*y].def)
    else {
        return false;
    };
    if p != q || a.args.len() != b.args.len() {
        return false;
    }
    if !a.args.iter().zip(&b.args).all(|(&u, &v)| same(u, v)) {
        return false;
    }
    let Some(getter) = module.lookup(p) else { return false };
    if !module.call_writes_nothing(f, a) {
        return false;
    }
    let mut read = Vec::new();
    if !fields_read(module, getter, 0, &mut read) {
        return false;
    }
    let Some(caller) = module.lookup(&f.name) else { return false };
    !stores_any(module, caller, &read)
}

/// Collects the fields function `index` and the module functions it calls read; false when it
/// reads a package-level variable, or the calls go deeper than [`MAX_DEPTH`].
fn fields_read(module: &Module<'_>, index: usize, depth: usize, read: &mut Vec<ObjId>) -> bool {
    if depth > MAX_DEPTH {
        return false;
    }
    let mf = &module.functions[index];
    let g = mf.function;
    for block in g.block_ids() {
        for &instr in g[block].instrs() {
            match &g[instr].kind {
                InstrKind::FieldAddr { .. } | InstrKind::Field { .. } => {
                    let Some(field) = mf.fields.selection(mf.index_in_unit, instr) else {
                        return false;
                    };
                    if !read.contains(&field) {
                        read.push(field);
                    }
                }
                InstrKind::Load { addr } if matches!(g[*addr].def, ValueDef::Global { .. }) => {
                    return false;
                }
                InstrKind::Call { call } => {
                    if let Callee::Static(callee) = &call.callee
                        && let ValueDef::Function { name } = &g[*callee].def
                        && let Some(next) = module.lookup(name)
                        && (next == index || !fields_read(module, next, depth + 1, read))
                    {
                        return false;
                    }
                }
                _ => {}
            }
        }
    }
    true
}

/// Whether function `index` stores into any of `fields`.
fn stores_any(module: &Module<'_>, index: usize, fields: &[ObjId]) -> bool {
    let mf = &module.functions[index];
    let f = mf.function;
    f.block_ids().any(|block| {
        f[block].instrs().iter().any(|&instr| {
            let InstrKind::Store { addr, .. } = f[instr].kind else { return false };
            let Some(select) = f.defining_instr(addr) else { return false };
            matches!(f[select].kind, InstrKind::FieldAddr { .. })
                && mf
                    .fields
                    .selection(mf.index_in_unit, select)
                    .is_none_or(|field| fields.contains(&field))
        })
    })
}
