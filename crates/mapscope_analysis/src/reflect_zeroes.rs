//! Reflective decoders that store the zero value into a map field of the struct their `any`
//! parameter points to: `reflect.ValueOf(dst).Elem().Field(i).Set(reflect.Zero(t))` under a
//! test that the field's kind is `reflect.Map` (an environment decoder resetting a map it has
//! no variable for). After such a call an exported map field of the caller's struct may be
//! nil, whatever it held; reflection cannot set an unexported one.

use crate::models::static_callee_name;
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BinaryOp, ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId};

/// `reflect.Map`, the `reflect.Kind` of a map type.
const REFLECT_MAP_KIND: i128 = 21;

/// The value `v` holds, looking through a local variable stored once (`v := ...` spilled to
/// memory) and conversions.
fn through_local(f: &Function, v: ValueId) -> ValueId {
    let v = crate::nilness::strip_conversions(f, v);
    let Some(load) = f.defining_instr(v) else { return v };
    let InstrKind::Load { addr } = &f[load].kind else { return v };
    let Some(alloc) = f.defining_instr(*addr) else { return v };
    if !matches!(f[alloc].kind, InstrKind::Alloc { .. }) {
        return v;
    }
    let mut stored = f[*addr].referrers().iter().filter_map(|&u| match &f[u].kind {
        InstrKind::Store { addr: a, value } if a == addr => Some(Some(*value)),
        InstrKind::Load { .. } => None,
        _ => Some(None),
    });
    match (stored.next(), stored.next()) {
        (Some(Some(value)), None) => crate::nilness::strip_conversions(f, value),
        _ => v,
    }
}

/// The call that gives `v` (through a local), when it calls the function named `name`.
fn called<'f>(f: &'f Function, v: ValueId, name: &str) -> Option<&'f [ValueId]> {
    let v = through_local(f, v);
    let instr = f.defining_instr(v)?;
    let InstrKind::Call { call } = &f[instr].kind else { return None };
    (static_callee_name(f, call)? == name).then_some(call.args.as_slice())
}

/// The parameter whose pointee the `reflect.Value` `v` is (`reflect.ValueOf(p).Elem()`).
fn pointee_of_param(f: &Function, v: ValueId) -> Option<u32> {
    let [value] = called(f, v, "(reflect.Value).Elem")? else { return None };
    let [param] = called(f, *value, "reflect.ValueOf")? else { return None };
    match f[crate::nilness::strip_conversions(f, *param)].def {
        ValueDef::Param { index, .. } => Some(index),
        _ => None,
    }
}

/// Whether `block` lies on the true side of a test `kind == reflect.Map`.
fn under_map_kind_test(f: &Function, dominators: &DomTree, block: mapscope_ssa::BlockId) -> bool {
    let mut at = block;
    while let Some(up) = dominators.idom(at) {
        let tested = f[up].instrs().last().and_then(|&last| match &f[last].kind {
            InstrKind::If { cond } => Some(*cond),
            _ => None,
        });
        let is_map_kind =
            |v: ValueId| matches!(f[v].def, ValueDef::Const(ConstValue::Int(REFLECT_MAP_KIND)));
        let map_test = tested.and_then(|cond| f.defining_instr(cond)).is_some_and(|i| {
            matches!(&f[i].kind, InstrKind::BinOp { op: BinaryOp::Eql, x, y }
                if is_map_kind(*x) || is_map_kind(*y))
        });
        if map_test && f[up].succs().first().is_some_and(|&t| dominators.dominates(t, block)) {
            return true;
        }
        at = up;
    }
    false
}

/// The `Set` calls of `f` that store `reflect.Zero` into a field of what one of its
/// parameters points to, under a map kind test, with that parameter.
pub fn zeroed_params(f: &Function) -> Vec<(u32, InstrId)> {
    let mut found = Vec::new();
    let dominators = std::cell::OnceCell::new();
    for block in f.block_ids() {
        for &i in f[block].instrs() {
            let InstrKind::Call { call } = &f[i].kind else { continue };
            if static_callee_name(f, call) != Some("(reflect.Value).Set") {
                continue;
            }
            let [field, value] = call.args.as_slice() else { continue };
            if called(f, *value, "reflect.Zero").is_none() {
                continue;
            }
            let Some([structure, _]) = called(f, *field, "(reflect.Value).Field") else {
                continue;
            };
            let Some(param) = pointee_of_param(f, *structure) else { continue };
            if under_map_kind_test(f, dominators.get_or_init(|| DomTree::new(f)), block) {
                found.push((param, i));
            }
        }
    }
    found
}
