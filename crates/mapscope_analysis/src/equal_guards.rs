//! Writes that run only where their map deeply equals a value the code tested non-nil:
//! `if assert.Equal(t, want, got) { if want != nil { got[k] = v } }`.
//!
//! A nil map never deeply equals a non-nil one (`reflect.DeepEqual`, and testify's equality,
//! which uses it), so `got` is not nil there. The deep-equality predicates are
//! `reflect.DeepEqual`, testify's `assert.Equal`, `assert.Equalf` and `ObjectsAreEqual` (as
//! functions and as `Assertions` methods), and the module's own functions whose `true` results
//! all lie where a call of one of those on two of their parameters said true.

use crate::key_values::precedes;
use crate::module::Module;
use crate::nilness::{entering_branch, loaded_from, strip_conversions, without_negations};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{
    BinaryOp, BlockId, CallCommon, Callee, ConstValue, ConversionKind, Function, InstrId,
    InstrKind, ValueDef, ValueId,
};

/// Whether `block` runs only where map `map` deeply equals a value that a branch on the way
/// tested non-nil.
pub fn equals_non_nil(
    module: &Module<'_>,
    f: &Function,
    dominators: &DomTree,
    block: BlockId,
    map: ValueId,
) -> bool {
    let map = unboxed(f, map);
    let mut equal_to = Vec::new();
    let mut non_nil = Vec::new();
    let mut at = Some(block);
    while let Some(b) = at {
        at = dominators.idom(b);
        let Some((cond, taken)) = entering_branch(f, b) else { continue };
        let (cond, taken) = without_negations(f, cond, taken);
        let Some(instr) = f.defining_instr(cond) else { continue };
        match &f[instr].kind {
            InstrKind::Call { call } if taken => {
                let Some((x, y)) = deep_equal_operands(module, f, call, 0) else { continue };
                let (x, y) = (unboxed(f, x), unboxed(f, y));
                if x == map {
                    equal_to.push(y);
                } else if y == map {
                    equal_to.push(x);
                }
            }
            InstrKind::BinOp { op: op @ (BinaryOp::Neq | BinaryOp::Eql), x, y } => {
                let (x, y) = (strip_conversions(f, *x), strip_conversions(f, *y));
                let Some(tested) = crate::nilness::nil_operand(f, x, y) else { continue };
                if (*op == BinaryOp::Neq) == taken {
                    non_nil.push(tested);
                }
            }
            _ => {}
        }
    }
    equal_to.iter().any(|&e| non_nil.iter().any(|&n| same_value(f, dominators, e, n, 0)))
}

/// How deep a module function's deep-equality predicate may call another one.
const MAX_WRAPPER_DEPTH: usize = 1;

/// The two operands a call compares for deep equality, when its callee is a deep-equality
/// predicate.
fn deep_equal_operands(
    module: &Module<'_>,
    f: &Function,
    call: &CallCommon,
    depth: usize,
) -> Option<(ValueId, ValueId)> {
    let Callee::Static(callee) = &call.callee else { return None };
    let ValueDef::Function { name } = &f[*callee].def else { return None };
    let known = match &**name {
        "reflect.DeepEqual" | "github.com/stretchr/testify/assert.ObjectsAreEqual" => Some((0, 1)),
        "github.com/stretchr/testify/assert.Equal"
        | "github.com/stretchr/testify/assert.Equalf"
        | "(*github.com/stretchr/testify/assert.Assertions).Equal"
        | "(*github.com/stretchr/testify/assert.Assertions).Equalf" => Some((1, 2)),
        _ => None,
    };
    let (a, b) = match known {
        Some(operands) => operands,
        None if depth < MAX_WRAPPER_DEPTH => {
            let targets = module.resolve(f, call)?;
            let &[index] = targets.callees.as_slice() else { return None };
            predicate_params(module, module.functions[index].function, depth + 1)?
        }
        None => return None,
    };
    Some((*call.args.get(a)?, *call.args.get(b)?))
}

/// The two parameters a module function with one `bool` result compares: every return of it
/// gives `false`, the result of a deep-equality call on those parameters, or `true` where
/// such a call said true.
fn predicate_params(module: &Module<'_>, g: &Function, depth: usize) -> Option<(usize, usize)> {
    if g.result_types.len() != 1 {
        return None;
    }
    let param = |v: ValueId| g.params().iter().position(|&p| p == unboxed(g, v));
    let mut compared = None;
    let mut said_true = Vec::new();
    for b in g.block_ids() {
        for &i in g[b].instrs() {
            let InstrKind::Call { call } = &g[i].kind else { continue };
            let Some((x, y)) = deep_equal_operands(module, g, call, depth) else { continue };
            let (Some(x), Some(y)) = (param(x), param(y)) else { continue };
            if compared.is_some_and(|c| c != (x, y)) {
                return None;
            }
            compared = Some((x, y));
            said_true.extend(g[i].result());
        }
    }
    let compared = compared?;
    let dominators = DomTree::new(g);
    let mut returns = 0;
    for b in g.block_ids() {
        for &i in g[b].instrs() {
            let InstrKind::Return { results } = &g[i].kind else { continue };
            returns += 1;
            let &[result] = results.as_slice() else { return None };
            let result = strip_conversions(g, result);
            let ok = match &g[result].def {
                ValueDef::Const(ConstValue::Bool(false)) => true,
                ValueDef::Const(ConstValue::Bool(true)) => {
                    under_true(g, &dominators, b, &said_true)
                }
                _ => said_true.contains(&result),
            };
            if !ok {
                return None;
            }
        }
    }
    (returns > 0).then_some(compared)
}

/// Whether `block` runs only where one of `results` is true.
fn under_true(g: &Function, dominators: &DomTree, block: BlockId, results: &[ValueId]) -> bool {
    let mut at = Some(block);
    while let Some(b) = at {
        at = dominators.idom(b);
        let Some((cond, taken)) = entering_branch(g, b) else { continue };
        let (cond, taken) = without_negations(g, cond, taken);
        if taken && results.contains(&cond) {
            return true;
        }
    }
    false
}

/// `v` without the conversions to interfaces that comparing it through `any` adds.
fn unboxed(f: &Function, v: ValueId) -> ValueId {
    let mut v = strip_conversions(f, v);
    while let Some(i) = f.defining_instr(v) {
        match &f[i].kind {
            InstrKind::MakeInterface { x }
            | InstrKind::Convert { kind: ConversionKind::ChangeInterface, x } => {
                v = strip_conversions(f, *x);
            }
            _ => break,
        }
    }
    v
}

/// How deep [`same_value`] compares field selections.
const MAX_FIELD_DEPTH: usize = 4;

/// Whether `a` and `b` are one value: the same SSA value, the same field of one struct value,
/// or loads of one place (one variable's, or the same field of one pointer) that no store of
/// the function changes.
fn same_value(f: &Function, dominators: &DomTree, a: ValueId, b: ValueId, depth: usize) -> bool {
    let (a, b) = (strip_conversions(f, a), strip_conversions(f, b));
    if a == b {
        return true;
    }
    if depth > MAX_FIELD_DEPTH {
        return false;
    }
    let kind = |v: ValueId| f.defining_instr(v).map(|i| &f[i].kind);
    match (kind(a), kind(b)) {
        (
            Some(InstrKind::Field { base: x, field: i }),
            Some(InstrKind::Field { base: y, field: j }),
        ) => i == j && same_value(f, dominators, *x, *y, depth + 1),
        (Some(InstrKind::FieldAddr { .. }), Some(InstrKind::FieldAddr { .. })) => {
            same_address(f, dominators, a, b, depth)
        }
        (Some(InstrKind::Load { addr: x }), Some(InstrKind::Load { addr: y })) => {
            let same_place = match (loaded_from(f, a), loaded_from(f, b)) {
                (Some(p), Some(q)) => p == q,
                _ => same_address(f, dominators, *x, *y, depth + 1),
            };
            // The earlier load: a store before it on every path (a range variable's copy)
            // changes neither.
            let first = [a, b].into_iter().filter_map(|v| f.defining_instr(v)).find(|&i| {
                [a, b]
                    .iter()
                    .filter_map(|&v| f.defining_instr(v))
                    .all(|j| precedes(f, dominators, i, j) || i == j)
            });
            same_place
                && first.is_some_and(|first| !stored_into(f, dominators, *x, first, depth + 1))
        }
        _ => false,
    }
}

/// Whether addresses `a` and `b` are one: the same value, or the same field of one pointer.
fn same_address(f: &Function, dominators: &DomTree, a: ValueId, b: ValueId, depth: usize) -> bool {
    if a == b {
        return true;
    }
    if depth > MAX_FIELD_DEPTH {
        return false;
    }
    let kind = |v: ValueId| f.defining_instr(v).map(|i| &f[i].kind);
    match (kind(a), kind(b)) {
        (
            Some(InstrKind::FieldAddr { base: x, field: i }),
            Some(InstrKind::FieldAddr { base: y, field: j }),
        ) => i == j && same_value(f, dominators, *x, *y, depth + 1),
        _ => false,
    }
}

/// Whether a store of the function other than those that run before `first` on every path
/// may write the place `addr` points to: one into the same variable (or a struct holding it),
/// or through an address spelled like it.
fn stored_into(
    f: &Function,
    dominators: &DomTree,
    addr: ValueId,
    first: InstrId,
    depth: usize,
) -> bool {
    let later = |store: InstrId| !precedes(f, dominators, store, first);
    if let Some(place) = crate::nilness::location(f, addr) {
        if crate::length_guards::stores_into(f, &place, |_| true).into_iter().any(later) {
            return true;
        }
    }
    f.block_ids().any(|b| {
        f[b].instrs().iter().any(|&i| match &f[i].kind {
            InstrKind::Store { addr: stored, .. } => {
                later(i) && same_address(f, dominators, *stored, addr, depth)
            }
            _ => false,
        })
    })
}
