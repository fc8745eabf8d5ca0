//! The constants a parameter is known to differ from where a block runs: the cases a `switch`
//! on the parameter (or a chain of `==` tests) has ruled out before its default is reached.
//!
//! A helper that returns nil only in its default (`switch kind { case "a": return s.a ...
//! }; return nil`) is nil for a caller only when that caller passes a value none of the cases
//! match; the summary records the cases, and the caller compares its argument.

use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BinaryOp, BlockId, ConstValue, Function, InstrKind, ValueDef, ValueId};
use mapscope_types::Program;
use mapscope_types::types::TypeId;

/// What a summary's key of a type switch's case starts with.
const TYPE_CASE: &str = "type:";

/// A type's spelling as a summary keeps a type switch's case: `type:` and the type.
pub fn type_key(program: &Program, ty: TypeId) -> Option<String> {
    if ty.arena as usize > program.units.len() {
        return None;
    }
    Some(format!("{TYPE_CASE}{}", mapscope_types::types::type_string(&program.types(), ty)))
}

/// Whether the cases a summary keeps are a type switch's ([`type_key`]).
pub fn all_types(cases: &[String]) -> bool {
    cases.iter().all(|c| c.starts_with(TYPE_CASE))
}

/// Whether a nil that a call returns only in the default of a type switch on a parameter
/// (`cases`, as [`type_key`] spells them) is ruled out at a write every way to which has
/// asserted the call's argument `arg` (the same value, or the same field read through the same
/// pointer) to one of those types (`guards`, the conditions guarding the write): `if _,
/// isTrend := sink.(*TrendSink); isTrend { m.Values[k] = v }` after `m.Values =
/// values(sink)`, whose switch makes the map for `*TrendSink`. Where the argument is a
/// different value in another turn of a loop, the write is taken as guarded all the same.
pub fn asserted_to_a_case(
    program: &Program,
    f: &Function,
    arg: ValueId,
    cases: &[String],
    guards: &[(ValueId, bool)],
) -> bool {
    let arg = crate::nilness::strip_conversions(f, arg);
    // A field read twice through one pointer value (`t.Sink` at the call and in the assertion,
    // through embedded fields too).
    let field_read = |v: ValueId| {
        let InstrKind::Load { addr } = f[f.defining_instr(v)?].kind else { return None };
        crate::nilness::field_path(f, addr)
    };
    let same = |x: ValueId| {
        let x = crate::nilness::strip_conversions(f, x);
        x == arg
            || {
                let place = crate::nilness::loaded_from(f, x);
                place.is_some() && place == crate::nilness::loaded_from(f, arg)
            }
            || field_read(x).is_some_and(|read| field_read(arg) == Some(read))
    };
    guards.iter().any(|&(cond, taken)| {
        let ValueDef::Result { instr, index: 1 } = f[cond].def else { return false };
        let InstrKind::TypeAssert { x, asserted, comma_ok: true } = &f[instr].kind else {
            return false;
        };
        taken && same(*x) && type_key(program, *asserted).is_some_and(|k| cases.contains(&k))
    })
}

/// A constant's spelling as a summary keeps it: the kind, then the value.
pub fn case_key(value: &ConstValue) -> Option<String> {
    match value {
        ConstValue::String(s) => Some(format!("string:{s}")),
        ConstValue::Int(i) => Some(format!("int:{i}")),
        ConstValue::Bool(b) => Some(format!("bool:{b}")),
        _ => None,
    }
}

/// The key of `v` when it is a constant (through conversions).
pub fn constant_key(f: &Function, v: ValueId) -> Option<String> {
    match &f[crate::nilness::strip_conversions(f, v)].def {
        ValueDef::Const(c) => case_key(c),
        _ => None,
    }
}

/// The parameter and the constants it differs from on every path to `block`: each is an `==`
/// test whose false edge (or a `!=` test whose true edge) is the only way to `block`. Only one
/// parameter is kept, the one tested first on the way. A block that another branch decides
/// between those tests and itself (a loop, an `if !ok` after an early `if spec == ""`) is not
/// a default of them: none.
pub fn excluded_cases(
    program: &Program,
    f: &Function,
    dominators: &DomTree,
    block: BlockId,
) -> Option<(u32, Vec<String>)> {
    let mut found: Option<(u32, Vec<String>)> = None;
    let mut below = block;
    while let Some(above) = dominators.idom(below) {
        if let Some((param, key)) = ruled_out_on_the_way(program, f, dominators, above, block) {
            match &mut found {
                Some((p, keys)) if *p == param => keys.push(key),
                Some(_) => {}
                None => found = Some((param, vec![key])),
            }
        } else if found.is_none() && decides(f, dominators, above, block) {
            return None;
        }
        below = above;
    }
    let (param, mut keys) = found?;
    keys.sort();
    keys.dedup();
    Some((param, keys))
}

/// The parameter and constant that `test`'s branch rules out on every path to `block`.
fn ruled_out_on_the_way(
    program: &Program,
    f: &Function,
    dominators: &DomTree,
    test: BlockId,
    block: BlockId,
) -> Option<(u32, String)> {
    let last = *f[test].instrs().last()?;
    let InstrKind::If { cond } = &f[last].kind else { return None };
    let instr = f.defining_instr(*cond)?;
    // A case of a type switch on the parameter (`t, ok := p.(T)`): its false edge rules the
    // type out.
    if let InstrKind::TypeAssert { x, asserted, comma_ok: true } = &f[instr].kind {
        let ValueDef::Param { index, .. } = f[crate::nilness::strip_conversions(f, *x)].def else {
            return None;
        };
        let key = type_key(program, *asserted)?;
        let &succ = f[test].succs().get(1)?;
        let &other = f[test].succs().first()?;
        let only_edge = f[succ].preds().len() == 1 && succ != other;
        return (only_edge && dominators.dominates(succ, block)).then_some((index, key));
    }
    let InstrKind::BinOp { op, x, y } = &f[instr].kind else { return None };
    let differs_on = match op {
        BinaryOp::Eql => 1,
        BinaryOp::Neq => 0,
        _ => return None,
    };
    let param_of = |v: ValueId| match &f[crate::nilness::strip_conversions(f, v)].def {
        ValueDef::Param { index, .. } => Some(*index),
        _ => None,
    };
    let (param, key) = match (param_of(*x), param_of(*y)) {
        (Some(p), None) => (p, constant_key(f, *y)?),
        (None, Some(p)) => (p, constant_key(f, *x)?),
        _ => return None,
    };
    let &succ = f[test].succs().get(differs_on)?;
    let &other = f[test].succs().get(1 - differs_on)?;
    let only_edge = f[succ].preds().len() == 1 && succ != other;
    (only_edge && dominators.dominates(succ, block)).then_some((param, key))
}

/// Whether the branch ending `test` decides whether `block` runs: one way is the only way to
/// it, the other leads elsewhere.
fn decides(f: &Function, dominators: &DomTree, test: BlockId, block: BlockId) -> bool {
    let Some(&last) = f[test].instrs().last() else { return false };
    if !matches!(f[last].kind, InstrKind::If { .. }) {
        return false;
    }
    let succs = f[test].succs();
    succs.len() == 2
        && succs[0] != succs[1]
        && succs.iter().any(|&s| f[s].preds().len() == 1 && dominators.dominates(s, block))
}
