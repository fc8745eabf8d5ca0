//! A constructor that makes a map field only under a test of its parameter (`if cfg.Track {
//! s.seen = make(...) }`, `if cfg.TTL > 0 { ... }`): the test, so that a caller whose argument
//! passes it, spelled out as a constant or a composite literal, does not get the field nil.
//!
//! The field is nil on the other path, which the summary reports as before; only a caller that
//! shows the make runs is spared. A caller passing a value the analysis cannot read (a config
//! loaded from a file) keeps the finding: with the feature off, the write panics.

use crate::nilness::{
    Context, Location, Origin, Root, entering_branch, is_nil_constant, location, strip_conversions,
};
use crate::summary::{ParamTest, ParamTestKind};
use mapscope_ssa::{
    BinaryOp, Builtin, Callee, ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId,
};

/// How deep a field path of a parameter is followed.
const MAX_PATH: usize = 4;

/// In a field path, a step through a pointer field (`s.opts.NoCaching` with `opts` a
/// pointer): only [`caller_tests`] compares such paths; no caller's literal is read through
/// one.
const THROUGH_POINTER: u32 = u32::MAX - 1;

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

/// The test under which a callee makes the field whose nil `origins` name, when this
/// function hands one of its own parameters on as the tested argument (a wrapper
/// `Histogram(name, bounds...)` returning `NewHistogram(bounds...)`): the same test of that
/// parameter, so that its callers' arguments decide as the callee's would.
pub fn passed_on(cx: Context<'_>, f: &Function, origins: &[Origin]) -> Option<ParamTest> {
    let mut found: Option<ParamTest> = None;
    for origin in origins {
        let Origin::CalleeField { call, site, names, .. } = origin else { return None };
        let InstrKind::Call { call: common } = &f[*call].kind else { return None };
        let callee = cx.call_summary(f, common)?;
        let field = callee
            .summary
            .nil_result_fields
            .iter()
            .find(|n| n.site == *site && n.names == *names)?;
        let test = field.made_when.as_ref()?;
        let &arg = callee.args.get(test.param as usize)?;
        let ValueDef::Param { index, .. } = f[strip_conversions(f, arg)].def else {
            return None;
        };
        let test = ParamTest { param: index, ..test.clone() };
        match &found {
            Some(t) if *t != test => return None,
            _ => found = Some(test),
        }
    }
    found
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
            let op_token = op.is_comparison().then(|| op.token())?;
            // `len(bounds) > 0`: how many elements the caller passes.
            if let Some(counted) = length_operand(f, path_side) {
                let (param, deref, fields) = counted_path(f, counted)?;
                let kind =
                    ParamTestKind::Count { op: op_token.to_string(), value: constant.to_string() };
                return Some(ParamTest { param, deref, fields, kind, taken });
            }
            let (param, deref, fields) = param_path(f, path_side, 0)?;
            let kind =
                ParamTestKind::Compare { op: op_token.to_string(), value: constant.to_string() };
            return Some(ParamTest { param, deref, fields, kind, taken });
        }
    }
    let (param, deref, fields) = param_path(f, cond, 0)?;
    Some(ParamTest { param, deref, fields, kind: ParamTestKind::Truth, taken })
}

/// The operand of `len` that `v` is.
fn length_operand(f: &Function, v: ValueId) -> Option<ValueId> {
    let i = f.defining_instr(strip_conversions(f, v))?;
    match &f[i].kind {
        InstrKind::Call { call } if call.callee == Callee::Builtin(Builtin::Len) => {
            match call.args[..] {
                [x] => Some(strip_conversions(f, x)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The slice parameter whose length `v` has: the parameter itself (or a field path of it), or
/// a field of a struct this function allocates that it sets once, to the parameter or to a copy
/// of it (`h.bounds = append([]float64(nil), bounds...)`), and that nothing it calls before can
/// shorten (sorting keeps the length).
fn counted_path(f: &Function, v: ValueId) -> Option<(u32, bool, Vec<u32>)> {
    if let Some(path) = param_path(f, v, 0) {
        return Some(path);
    }
    let load = f.defining_instr(v)?;
    let InstrKind::Load { addr } = &f[load].kind else { return None };
    let place = location(f, *addr)?;
    if !matches!(place.root, Root::Alloc(_)) || place.fields.is_empty() {
        return None;
    }
    let mut copied = None;
    for block in f.block_ids() {
        for &i in f[block].instrs() {
            let InstrKind::Store { addr, value } = &f[i].kind else { continue };
            let Some(target) = location(f, *addr) else { continue };
            if target.root != place.root {
                continue;
            }
            if target.fields == place.fields {
                if copied.is_some() {
                    return None;
                }
                copied = Some(copy_of_param(f, *value)?);
            } else if place.fields.starts_with(&target.fields) {
                return None;
            }
        }
    }
    let param = copied?;
    Some((param, false, Vec::new()))
}

/// The slice parameter that `v` is, or that `append(nil, p...)` copies.
fn copy_of_param(f: &Function, v: ValueId) -> Option<u32> {
    let v = strip_conversions(f, v);
    if let ValueDef::Param { index, .. } = f[v].def {
        return Some(index);
    }
    let i = f.defining_instr(v)?;
    let InstrKind::Call { call } = &f[i].kind else { return None };
    if call.callee != Callee::Builtin(Builtin::Append) {
        return None;
    }
    let [base, elems] = call.args[..] else { return None };
    if !is_nil_constant(f, strip_conversions(f, base)) {
        return None;
    }
    match f[strip_conversions(f, elems)].def {
        ValueDef::Param { index, .. } => Some(index),
        _ => None,
    }
}

/// The length a caller's slice argument has where it is spelled out: nil (no variadic
/// arguments), or the arguments of a variadic call (`NewHistogram(0.1, 0.5)`).
fn argument_len(f: &Function, arg: ValueId) -> Option<i128> {
    let arg = strip_conversions(f, arg);
    if is_nil_constant(f, arg) {
        return Some(0);
    }
    let i = f.defining_instr(arg)?;
    match &f[i].kind {
        InstrKind::MakeSlice { len, .. } => match f[strip_conversions(f, *len)].def {
            ValueDef::Const(ConstValue::Int(n)) => Some(n),
            _ => None,
        },
        InstrKind::Slice { base, low: None, high: None, .. } => {
            let alloc = f.defining_instr(*base)?;
            if !matches!(f[alloc].kind, InstrKind::Alloc { .. }) {
                return None;
            }
            // The array go/ssa allocates for spelled-out variadic arguments: one store per
            // element, at constant indices.
            let mut len = 0;
            for &user in f[*base].referrers() {
                match &f[user].kind {
                    InstrKind::IndexAddr { index, .. } => {
                        let ValueDef::Const(ConstValue::Int(k)) = f[*index].def else {
                            return None;
                        };
                        len = len.max(k + 1);
                    }
                    InstrKind::Slice { .. } => {}
                    _ => return None,
                }
            }
            Some(len)
        }
        _ => None,
    }
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
/// `p.a` through a pointer parameter ([`read_path`] from a parameter).
fn param_path(f: &Function, v: ValueId, depth: usize) -> Option<(u32, bool, Vec<u32>)> {
    let (root, deref, fields) = read_path(f, strip_conversions(f, v), depth)?;
    if let ValueDef::Param { index, .. } = f[root].def {
        return Some((index, deref, fields));
    }
    let param = deref.then(|| spilled_param(f, root)).flatten()?;
    Some((param, false, fields))
}

/// The struct parameter that the variable `addr` holds when it is spilled to memory: the only
/// store into the variable is the parameter (a store into a field of it would change what a
/// test reads).
pub fn spilled_param(f: &Function, addr: ValueId) -> Option<u32> {
    let alloc = f.defining_instr(addr)?;
    if !matches!(f[alloc].kind, InstrKind::Alloc { .. }) {
        return None;
    }
    let mut param = None;
    for &user in f[addr].referrers() {
        match &f[user].kind {
            InstrKind::Store { addr: a, value } if *a == addr => {
                let ValueDef::Param { index, .. } = f[strip_conversions(f, *value)].def else {
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
                        !matches!(f[u].kind, InstrKind::Load { .. } | InstrKind::FieldAddr { .. })
                    })
                });
                if stored {
                    return None;
                }
            }
            _ => return None,
        }
    }
    param
}

/// Whether the caller's argument `arg` (at call `call`) passes `test` as the make needs, when
/// the caller spells the value out: `Some(true)` when the callee makes the field for it.
pub fn makes_for(f: &Function, arg: ValueId, test: &ParamTest, call: InstrId) -> Option<bool> {
    if let ParamTestKind::Count { op, value: constant } = &test.kind {
        if test.deref || !test.fields.is_empty() {
            return None;
        }
        let x = argument_len(f, arg)?;
        let y: i128 = constant.parse().ok()?;
        return Some(compare(op, x, y)? == test.taken);
    }
    if test.fields.contains(&THROUGH_POINTER) {
        return None;
    }
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
            compare(op, x, y)?
        }
        _ => return None,
    };
    Some(passes == test.taken)
}

/// `x op y` for a comparison operator in Go's spelling.
pub fn compare(op: &str, x: i128, y: i128) -> Option<bool> {
    Some(match op {
        "==" => x == y,
        "!=" => x != y,
        "<" => x < y,
        "<=" => x <= y,
        ">" => x > y,
        ">=" => x >= y,
        _ => return None,
    })
}

/// Whether the caller itself tests the field of its argument `arg` that the callee's `test`
/// reads (`if s.opts.NoCaching { subStore.lastSent[id] = n }` beside a constructor that makes
/// `lastSent` only under `s.opts.NoCaching`): its writes follow the same switch, so the field
/// the callee leaves nil under it is not taken to reach them.
pub fn caller_tests(f: &Function, arg: ValueId, test: &ParamTest) -> bool {
    let arg = strip_conversions(f, arg);
    f.block_ids().any(|b| {
        let Some(&last) = f[b].instrs().last() else { return false };
        let InstrKind::If { cond } = f[last].kind else { return false };
        let (cond, _) = crate::nilness::without_negations(f, strip_conversions(f, cond), true);
        let mut sides = vec![cond];
        if let Some(InstrKind::BinOp { x, y, .. }) = f.defining_instr(cond).map(|i| &f[i].kind) {
            sides.extend([*x, *y]);
        }
        sides.into_iter().any(|side| {
            read_path(f, strip_conversions(f, side), 0).is_some_and(|(root, deref, fields)| {
                root == arg && deref == test.deref && fields == test.fields
            })
        })
    })
}

/// The value a field read starts from, whether it goes through the value as a pointer, and the
/// field path: `s.opts.NoCaching` of a pointer `s` is `(s, true, [opts, NoCaching])`.
fn read_path(f: &Function, v: ValueId, depth: usize) -> Option<(ValueId, bool, Vec<u32>)> {
    if depth > MAX_PATH {
        return None;
    }
    let Some(i) = f.defining_instr(v) else { return Some((v, false, Vec::new())) };
    match &f[i].kind {
        InstrKind::Field { base, field } => {
            let (root, deref, mut fields) = read_path(f, strip_conversions(f, *base), depth + 1)?;
            fields.push(*field);
            Some((root, deref, fields))
        }
        InstrKind::Load { addr } => read_address(f, strip_conversions(f, *addr), depth + 1),
        _ => Some((v, false, Vec::new())),
    }
}

/// [`read_path`] of what address `addr` points to.
fn read_address(f: &Function, addr: ValueId, depth: usize) -> Option<(ValueId, bool, Vec<u32>)> {
    if depth > MAX_PATH {
        return None;
    }
    match f.defining_instr(addr).map(|i| &f[i].kind) {
        Some(InstrKind::FieldAddr { base, field }) => {
            let (root, deref, mut fields) =
                read_address(f, strip_conversions(f, *base), depth + 1)?;
            fields.push(*field);
            Some((root, deref, fields))
        }
        Some(InstrKind::Load { addr: inner }) => {
            let (root, deref, mut fields) =
                read_address(f, strip_conversions(f, *inner), depth + 1)?;
            if fields.is_empty() {
                return Some((addr, true, Vec::new()));
            }
            fields.push(THROUGH_POINTER);
            Some((root, deref, fields))
        }
        _ => Some((addr, true, Vec::new())),
    }
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
