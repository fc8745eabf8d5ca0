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

/// The parameter and constant that `test`'s branch rules out on every path to `block`: the
/// edge that rules it out is the only way into a block that dominates `block`.
fn ruled_out_on_the_way(
    program: &Program,
    f: &Function,
    dominators: &DomTree,
    test: BlockId,
    block: BlockId,
) -> Option<(u32, String)> {
    f[test].succs().iter().find_map(|&succ| {
        let only_edge = f[succ].preds().len() == 1 && dominators.dominates(succ, block);
        only_edge.then(|| ruled_out_on_edge(program, f, test, succ)).flatten()
    })
}

/// The parameter and constant that the branch ending `test` rules out on its edge to `succ`:
/// the false edge of `p == c` or of a type switch's case `p.(T)`, the true edge of `p != c`,
/// and, for a boolean parameter tested itself (`if !create { return nil }`), the value it
/// does not have on that edge.
fn ruled_out_on_edge(
    program: &Program,
    f: &Function,
    test: BlockId,
    succ: BlockId,
) -> Option<(u32, String)> {
    let last = *f[test].instrs().last()?;
    let InstrKind::If { cond } = &f[last].kind else { return None };
    let succs = f[test].succs();
    if succs.len() != 2 || succs[0] == succs[1] {
        return None;
    }
    let edge = succs.iter().position(|&s| s == succ)?;
    let (tested, when_true) =
        crate::nilness::without_negations(f, crate::nilness::strip_conversions(f, *cond), true);
    if let ValueDef::Param { index, .. } = f[tested].def {
        let value = if edge == 0 { when_true } else { !when_true };
        return Some((index, case_key(&ConstValue::Bool(!value))?));
    }
    let instr = f.defining_instr(*cond)?;
    if let InstrKind::TypeAssert { x, asserted, comma_ok: true } = &f[instr].kind {
        let ValueDef::Param { index, .. } = f[crate::nilness::strip_conversions(f, *x)].def else {
            return None;
        };
        return (edge == 1).then(|| Some((index, type_key(program, *asserted)?))).flatten();
    }
    let InstrKind::BinOp { op, x, y } = &f[instr].kind else { return None };
    let differs_on = match op {
        BinaryOp::Eql => 1,
        BinaryOp::Neq => 0,
        _ => return None,
    };
    if edge != differs_on {
        return None;
    }
    let param_of = |v: ValueId| match &f[crate::nilness::strip_conversions(f, v)].def {
        ValueDef::Param { index, .. } => Some(*index),
        _ => None,
    };
    match (param_of(*x), param_of(*y)) {
        (Some(p), None) => Some((p, constant_key(f, *y)?)),
        (None, Some(p)) => Some((p, constant_key(f, *x)?)),
        _ => None,
    }
}

/// The parameter and the constants it differs from on the edge from `pred` to `succ`, when the
/// branch ending `pred` rules one out on that edge (the fall-through of a `switch` without a
/// default, after its last case): that one, with those of the same parameter
/// [`excluded_cases`] gives for `pred`.
pub fn excluded_on_edge(
    program: &Program,
    f: &Function,
    dominators: &DomTree,
    pred: BlockId,
    succ: BlockId,
) -> Option<(u32, Vec<String>)> {
    // `switch.next` blocks that only jump on stand for the edge into them.
    let (mut pred, mut succ) = (pred, succ);
    while let ([only], [_jump]) = (f[pred].preds(), f[pred].instrs()) {
        (pred, succ) = (*only, pred);
    }
    let (param, key) = ruled_out_on_edge(program, f, pred, succ)?;
    let mut keys = match excluded_cases(program, f, dominators, pred) {
        Some((p, keys)) if p == param => keys,
        _ => Vec::new(),
    };
    keys.push(key);
    keys.sort();
    keys.dedup();
    Some((param, keys))
}

/// Whether a call the module shows passes, for parameter `param` of `f`, a constant that is
/// none of `cases` (a constant, or a local holding one of several: `kind := a; if ... { kind =
/// b }`): only such a call reaches what a switch on the parameter leaves for other values.
pub fn some_call_passes_another(
    module: &crate::module::Module<'_>,
    f: &Function,
    param: u32,
    cases: &[String],
) -> bool {
    let Some(me) = module.lookup(&f.name) else { return false };
    module.call_index().calls_of(me).iter().any(|&(caller, call)| {
        let g = module.functions[caller].function;
        let InstrKind::Call { call: common } = &g[call].kind else { return false };
        let Some(targets) = module.resolve(g, common) else { return false };
        let Some(&arg) = targets.args.get(param as usize) else { return false };
        let mut constants = Vec::new();
        phi_constants(g, arg, 0, &mut constants);
        if let Some(block) = g[call].block() {
            constants.extend(crate::element_keys::constants_passed(g, arg, block));
        }
        constants.iter().filter_map(case_key).any(|key| !cases.contains(&key))
    })
}

/// The constants `v` may be through φs whose every edge is one (nothing when one is not).
fn phi_constants(f: &Function, v: ValueId, depth: usize, out: &mut Vec<ConstValue>) -> bool {
    let v = crate::nilness::strip_conversions(f, v);
    if let ValueDef::Const(c) = &f[v].def {
        out.push(c.clone());
        return true;
    }
    let Some(instr) = f.defining_instr(v) else { return false };
    let InstrKind::Phi { edges, .. } = &f[instr].kind else { return false };
    let mark = out.len();
    let all = depth < 4 && edges.iter().all(|&e| phi_constants(f, e, depth + 1, out));
    if !all {
        out.truncate(mark);
    }
    all
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
