//! A constructor that makes a map field only under a test of its parameter (`if cfg.Track {
//! s.seen = make(...) }`, `if cfg.TTL > 0 { ... }`): the test, so that a caller whose argument
//! passes it, spelled out as a constant or a composite literal, does not get the field nil.
//!
//! The field is nil on the other path, which the summary reports as before; only a caller that
//! shows the make runs is spared. A caller passing a value the analysis cannot read (a config
//! loaded from a file) keeps the finding: with the feature off, the write panics.

use crate::nilness::{
    Location, Root, entering_branch, is_nil_constant, location, strip_conversions,
};
use crate::summary::{ParamTest, ParamTestKind};
use mapscope_ssa::{BinaryOp, ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId};

/// How deep a field path of a parameter is followed.
const MAX_PATH: usize = 4;

/// The test of a parameter under which every store of a map into the field at `fields` of a
/// struct the function allocates runs, when there is one such test for all of them (each
/// store directly inside `if test { ... }` or its `else`).
pub fn made_when(f: &Function, fields: &[u32]) -> Option<ParamTest> {
    let mut found: Option<ParamTest> = None;
    let mut any = false;
    for block in f.block_ids() {
        for &i in f[block].instrs() {
            let InstrKind::Store { addr, value } = &f[i].kind else { continue };
            let Some(place) = location(f, *addr) else { continue };
            if !matches!(place.root, Root::Alloc(_)) || place.fields != fields {
                continue;
            }
            if is_nil_constant(f, strip_conversions(f, *value)) {
                continue;
            }
            any = true;
            let (cond, taken) = entering_branch(f, block)?;
            let test = param_test(f, cond, taken)?;
            match &found {
                Some(t) if *t != test => return None,
                _ => found = Some(test),
            }
        }
    }
    found.filter(|_| any)
}

/// `cond` as a test of a parameter's field, taken when it is `taken`.
fn param_test(f: &Function, cond: ValueId, taken: bool) -> Option<ParamTest> {
    let cond = strip_conversions(f, cond);
    if let Some(i) = f.defining_instr(cond) {
        if let InstrKind::BinOp { op, x, y } = &f[i].kind {
            let (x, y) = (strip_conversions(f, *x), strip_conversions(f, *y));
            let (path_side, constant, op) = match (&f[x].def, &f[y].def) {
                (_, ValueDef::Const(ConstValue::Int(c))) => (x, *c, *op),
                (ValueDef::Const(ConstValue::Int(c)), _) => (y, *c, flipped(*op)?),
                _ => return None,
            };
            let (param, deref, fields) = param_path(f, path_side, 0)?;
            let op = op.is_comparison().then(|| op.token())?;
            let kind = ParamTestKind::Compare { op: op.to_string(), value: constant.to_string() };
            return Some(ParamTest { param, deref, fields, kind, taken });
        }
    }
    let (param, deref, fields) = param_path(f, cond, 0)?;
    Some(ParamTest { param, deref, fields, kind: ParamTestKind::Truth, taken })
}

fn flipped(op: BinaryOp) -> Option<BinaryOp> {
    Some(match op {
        BinaryOp::Eql => BinaryOp::Eql,
        BinaryOp::Neq => BinaryOp::Neq,
        BinaryOp::Lss => BinaryOp::Gtr,
        BinaryOp::Leq => BinaryOp::Geq,
        BinaryOp::Gtr => BinaryOp::Lss,
        BinaryOp::Geq => BinaryOp::Leq,
        _ => return None,
    })
}

/// The parameter, whether it is a pointer the path starts through, and the field path that `v`
/// reads: `p`, `p.a.b` of a struct parameter (kept in a register or spilled to memory), or
/// `p.a` through a pointer parameter.
fn param_path(f: &Function, v: ValueId, depth: usize) -> Option<(u32, bool, Vec<u32>)> {
    if depth > MAX_PATH {
        return None;
    }
    let v = strip_conversions(f, v);
    if let ValueDef::Param { index, .. } = f[v].def {
        return Some((index, false, Vec::new()));
    }
    let i = f.defining_instr(v)?;
    match &f[i].kind {
        InstrKind::Field { base, field } => {
            let (param, deref, mut fields) = param_path(f, *base, depth + 1)?;
            fields.push(*field);
            Some((param, deref, fields))
        }
        InstrKind::Load { addr } => address_path(f, *addr, depth + 1),
        _ => None,
    }
}

/// [`param_path`] of what address `addr` points to.
fn address_path(f: &Function, addr: ValueId, depth: usize) -> Option<(u32, bool, Vec<u32>)> {
    if depth > MAX_PATH {
        return None;
    }
    let addr = strip_conversions(f, addr);
    if let ValueDef::Param { index, .. } = f[addr].def {
        return Some((index, true, Vec::new()));
    }
    let i = f.defining_instr(addr)?;
    match &f[i].kind {
        InstrKind::FieldAddr { base, field } => {
            let (param, deref, mut fields) = address_path(f, *base, depth + 1)?;
            fields.push(*field);
            Some((param, deref, fields))
        }
        // A struct parameter spilled to memory: the only store into the variable is the
        // parameter (a store into a field of it would change what the test reads).
        InstrKind::Alloc { .. } => {
            let mut param = None;
            for &user in f[addr].referrers() {
                match &f[user].kind {
                    InstrKind::Store { addr: a, value } if *a == addr => {
                        let ValueDef::Param { index, .. } = f[strip_conversions(f, *value)].def
                        else {
                            return None;
                        };
                        if param.replace(index).is_some() {
                            return None;
                        }
                    }
                    InstrKind::Load { .. } => {}
                    InstrKind::FieldAddr { .. } => {
                        let stored = f[user].result().is_some_and(|r| {
                            f[r].referrers().iter().any(|&u| {
                                !matches!(
                                    f[u].kind,
                                    InstrKind::Load { .. } | InstrKind::FieldAddr { .. }
                                )
                            })
                        });
                        if stored {
                            return None;
                        }
                    }
                    _ => return None,
                }
            }
            Some((param?, false, Vec::new()))
        }
        _ => None,
    }
}

/// Whether the caller's argument `arg` (at call `call`) passes `test` as the make needs, when
/// the caller spells the value out: `Some(true)` when the callee makes the field for it.
pub fn makes_for(f: &Function, arg: ValueId, test: &ParamTest, call: InstrId) -> Option<bool> {
    let value = argument_field(f, arg, test.deref, &test.fields, call)?;
    let passes = match (&test.kind, value) {
        (ParamTestKind::Truth, Read::Const(ConstValue::Bool(b))) => b,
        (ParamTestKind::Truth, Read::Zero) => false,
        (ParamTestKind::Compare { op, value: constant }, read) => {
            let x = match read {
                Read::Const(ConstValue::Int(x)) => x,
                Read::Zero => 0,
                _ => return None,
            };
            let y: i128 = constant.parse().ok()?;
            match op.as_str() {
                "==" => x == y,
                "!=" => x != y,
                "<" => x < y,
                "<=" => x <= y,
                ">" => x > y,
                ">=" => x >= y,
                _ => return None,
            }
        }
        _ => return None,
    };
    Some(passes == test.taken)
}

/// What a caller's argument holds at a field path.
enum Read {
    Const(ConstValue),
    /// The zero value of the field's type.
    Zero,
}

/// The field at `fields` of argument `arg` (through the pointer when `deref`): a constant, or
/// a struct the caller builds in a variable of its own (a composite literal) whose address
/// goes nowhere but field stores and loads, with one constant stored there or none.
fn argument_field(
    f: &Function,
    arg: ValueId,
    deref: bool,
    fields: &[u32],
    call: InstrId,
) -> Option<Read> {
    let arg = strip_conversions(f, arg);
    match &f[arg].def {
        ValueDef::Const(c) if fields.is_empty() && !deref => return Some(Read::Const(c.clone())),
        ValueDef::Const(ConstValue::Zero) if !deref => return Some(Read::Zero),
        _ => {}
    }
    let root = if deref {
        arg
    } else {
        let load = f.defining_instr(arg)?;
        let InstrKind::Load { addr } = &f[load].kind else { return None };
        strip_conversions(f, *addr)
    };
    let alloc = f.defining_instr(root)?;
    if !matches!(f[alloc].kind, InstrKind::Alloc { .. }) {
        return None;
    }
    let wanted = Location { root: Root::Alloc(alloc), fields: fields.to_vec() };
    let (Some(alloc_block), Some(call_block)) = (f[alloc].block(), f[call].block()) else {
        return None;
    };
    // Only the literal's own stores, in the block that builds it and makes the call.
    if alloc_block != call_block {
        return None;
    }
    let mut stored = None;
    for &i in f[alloc_block].instrs() {
        if i == call {
            break;
        }
        match &f[i].kind {
            InstrKind::Store { addr, value } => {
                let Some(place) = location(f, *addr) else { continue };
                if place.root != wanted.root {
                    continue;
                }
                if place.fields == wanted.fields {
                    let ValueDef::Const(c) = &f[strip_conversions(f, *value)].def else {
                        return None;
                    };
                    stored = Some(c.clone());
                } else if wanted.fields.starts_with(&place.fields) {
                    // The whole struct (or an outer field) stored: not a literal's fields.
                    return None;
                }
            }
            InstrKind::Call { .. } | InstrKind::Go { .. } | InstrKind::Defer { .. } => {
                let mut touches = false;
                f[i].kind.for_each_operand(|v| {
                    touches |=
                        location(f, strip_conversions(f, v)).is_some_and(|p| p.root == wanted.root);
                });
                if touches {
                    return None;
                }
            }
            _ => {}
        }
    }
    Some(stored.map_or(Read::Zero, Read::Const))
}
