//! Pointer results that are the address of a map field of a pointer parameter, as a helper
//! that picks which table to update hands them out (`func (c *DNSCache) table(v6 bool)
//! *map[string]string { if v6 { return &c.v6 }; return &c.v4 }`), each with the constant test
//! of a parameter that leads to its return.
//!
//! A caller writing through such a result writes the field of its own argument: the search
//! follows the result to that place, as it does a chaining method's pointer
//! ([`crate::summary::Summary::returns_params`]), taking only the returns a constant argument
//! can reach. A result used other than by loads (stored through, handed on) lets the place
//! escape, as any other address does.

use crate::nilness::{entering_branch, field_path, strip_conversions, without_negations};
use crate::summary::ReturnedField;
use mapscope_ssa::{BinaryOp, Function, InstrId, InstrKind, ValueDef, ValueId};
use mapscope_types::Program;
use mapscope_types::query;
use mapscope_types::types::{Type, TypeView};

/// The pointer-to-map results that every return gives as the address of a field of a pointer
/// parameter, one entry per return.
pub fn returned_fields(
    program: &Program,
    f: &Function,
    returns: &[(InstrId, Vec<ValueId>)],
) -> Vec<ReturnedField> {
    let mut out = Vec::new();
    if returns.is_empty() {
        return out;
    }
    for (i, &ty) in f.result_types.iter().enumerate() {
        if !points_to_map(program, ty) {
            continue;
        }
        let returned: Option<Vec<ReturnedField>> = returns
            .iter()
            .map(|(ret, results)| {
                let (base, fields) = field_path(f, *results.get(i)?)?;
                let ValueDef::Param { index: param, .. } = f[base].def else { return None };
                let when = f[*ret].block().and_then(|b| tested_param(f, b));
                Some(ReturnedField { result: i as u32, param, fields, when })
            })
            .collect();
        out.extend(returned.into_iter().flatten());
    }
    out
}

/// Whether `ty` is a pointer to a map.
fn points_to_map(program: &Program, ty: mapscope_types::types::TypeId) -> bool {
    if ty.arena as usize > program.units.len() {
        return false;
    }
    let mut types = program.types();
    let under = query::underlying(&mut types, ty);
    let Type::Pointer(elem) = types.ty(under) else { return false };
    let elem = *elem;
    query::is_map(&mut types, elem)
}

/// The nearest branch on the way into `block` (through single predecessors), when it tests a
/// parameter against a constant (or a boolean parameter itself): the parameter, the constant
/// ([`crate::param_cases::case_key`]) and whether the way into `block` needs them equal.
fn tested_param(f: &Function, mut block: mapscope_ssa::BlockId) -> Option<(u32, String, bool)> {
    let mut seen = 0;
    loop {
        if let Some((cond, taken)) = entering_branch(f, block) {
            let (cond, taken) = without_negations(f, cond, taken);
            return match &f[cond].def {
                ValueDef::Param { index, .. } => Some((*index, "bool:true".to_string(), taken)),
                ValueDef::Result { instr, .. } => {
                    let InstrKind::BinOp { op, x, y } = &f[*instr].kind else { return None };
                    let equal = match op {
                        BinaryOp::Eql => taken,
                        BinaryOp::Neq => !taken,
                        _ => return None,
                    };
                    let (x, y) = (strip_conversions(f, *x), strip_conversions(f, *y));
                    let (param, constant) = match (&f[x].def, &f[y].def) {
                        (ValueDef::Param { index, .. }, ValueDef::Const(c))
                        | (ValueDef::Const(c), ValueDef::Param { index, .. }) => (*index, c),
                        _ => return None,
                    };
                    Some((param, crate::param_cases::case_key(constant)?, equal))
                }
                _ => None,
            };
        }
        let [pred] = f[block].preds() else { return None };
        block = *pred;
        seen += 1;
        if seen > f.block_count() {
            return None;
        }
    }
}

/// Whether the return `returned` can give its field to a call passing `args`: a constant
/// argument for the tested parameter must agree with the test.
pub fn reachable_with(f: &Function, returned: &ReturnedField, args: &[ValueId]) -> bool {
    let Some((param, key, equal)) = &returned.when else { return true };
    let Some(&arg) = args.get(*param as usize) else { return true };
    match crate::param_cases::constant_key(f, arg) {
        Some(constant) => (constant == *key) == *equal,
        None => true,
    }
}
