//! Nils a path picks only when some collections are empty (the false edge of
//! `len(a)+len(b) > 0`), and the loops that run only when a collection is not: a write inside
//! such a loop never sees that nil.
//!
//! `var out map[K]V; if len(base)+len(extra) > 0 { out = make(...) }` followed by writes in
//! `for range base` and `for range extra` is safe: lengths are never negative, so the nil path
//! has both empty and neither loop body runs.
//!
//! The search for a nil ([`crate::nilness::Search::inside_loops`]) takes such an edge as closed
//! on the way to a write inside a loop over the emptied collection, wherever the test sits: it
//! need not dominate the write (`if b.Data == nil && len(entries) > 0 { b.Data = make(...) }`
//! then `for k, v := range entries { b.Data[k] = v }`), the write may be a callee's
//! (`header.Add(k, v)`), and the collection may be read twice from one place
//! (`len(s.input) > 0`, `range s.input`) when nothing stores into it between. A write inside a
//! `range` over the very map it writes never sees it nil either: ranging over a nil map runs no
//! iteration.
//!
//! A nil map's length is zero, so the edge of `len(src) == len(dst)` (or the false edge of
//! `!=`) that keeps `dst` nil shows `src` empty too: `maps.Copy(dst, src)` after it copies
//! nothing.
//!
//! A nil a callee returns only behind `len(param) == 0` ([`behind_empty_param`]) is nil for a
//! caller only when its argument is nil or [`known_empty`].

use crate::nilness::{Location, Root, entering_branch, loaded_from, location, strip_conversions};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{
    BinaryOp, BlockId, Builtin, CallCommon, Callee, ConstValue, Function, InstrId, InstrKind,
    ValueDef, ValueId,
};

/// The collections (the operands of `len`) that taking the edge `pred → succ` shows empty: the
/// false edge of `S > 0`, `S != 0` or `0 < S`, or the true edge of `S == 0`, `S <= 0` or
/// `S < 1`, where `S` is `len(c)` or a sum of them; and the nil edge of `c == nil` or `c !=
/// nil`.
pub fn emptied_by_edge(f: &Function, pred: BlockId, succ: BlockId) -> Vec<ValueId> {
    let Some((op, x, y, taken_true)) = comparison_edge(f, pred, succ) else { return Vec::new() };
    // A nil map, slice or channel is empty: the true edge of `c == nil`, the false of `c !=
    // nil` (what is compared with nil and also counted or ranged over is one of those).
    let nil = |v: ValueId| matches!(f[v].def, ValueDef::Const(ConstValue::Nil));
    if matches!(op, BinaryOp::Eql | BinaryOp::Neq) && (nil(x) != nil(y)) {
        let zero_when_true = op == BinaryOp::Eql;
        let tested = if nil(x) { y } else { x };
        return if taken_true == zero_when_true { vec![tested] } else { Vec::new() };
    }
    let int = |v: ValueId| match f[v].def {
        ValueDef::Const(ConstValue::Int(n)) => Some(n),
        _ => None,
    };
    // The sum, and whether the condition being true means it is zero.
    let (sum, zero_when_true) = match (op, int(x), int(y)) {
        (BinaryOp::Gtr | BinaryOp::Neq, _, Some(0)) => (x, false),
        (BinaryOp::Lss | BinaryOp::Neq, Some(0), _) => (y, false),
        (BinaryOp::Eql | BinaryOp::Leq, _, Some(0)) => (x, true),
        (BinaryOp::Eql, Some(0), _) => (y, true),
        (BinaryOp::Lss, _, Some(1)) => (x, true),
        _ => return Vec::new(),
    };
    if taken_true != zero_when_true {
        return Vec::new();
    }
    let mut collections = Vec::new();
    if lengths(f, sum, &mut collections, 0) {
        collections.into_iter().map(|(collection, _)| collection).collect()
    } else {
        Vec::new()
    }
}

/// The collections that taking the edge `pred → succ` shows as long as a collection `nil`
/// holds nil, so empty: the true edge of `len(a) == len(b)` or the false edge of `len(a) !=
/// len(b)` with `b` nil (`if len(src) != len(dst) { dst = make(...) }` leaves `dst` nil only
/// for an empty `src`).
fn as_long_as_nil(
    f: &Function,
    pred: BlockId,
    succ: BlockId,
    nil: &dyn Fn(ValueId) -> bool,
) -> Vec<ValueId> {
    let Some((op, x, y, taken_true)) = comparison_edge(f, pred, succ) else { return Vec::new() };
    let equal_when_true = match op {
        BinaryOp::Eql => true,
        BinaryOp::Neq => false,
        _ => return Vec::new(),
    };
    if taken_true != equal_when_true {
        return Vec::new();
    }
    let single = |v: ValueId| {
        let mut out = Vec::new();
        match lengths(f, v, &mut out, 0) {
            true if out.len() == 1 => Some(out[0].0),
            _ => None,
        }
    };
    let (Some(a), Some(b)) = (single(x), single(y)) else { return Vec::new() };
    match (nil(a), nil(b)) {
        (false, true) => vec![a],
        (true, false) => vec![b],
        _ => Vec::new(),
    }
}

/// The comparison `pred` branches on, its operands (conversions stripped), and whether the
/// edge to `succ` is its true edge.
fn comparison_edge(
    f: &Function,
    pred: BlockId,
    succ: BlockId,
) -> Option<(BinaryOp, ValueId, ValueId, bool)> {
    let &last = f[pred].instrs().last()?;
    let InstrKind::If { cond } = f[last].kind else { return None };
    let succs = f[pred].succs();
    if succs.len() != 2 || succs[0] == succs[1] {
        return None;
    }
    let cond = strip_conversions(f, cond);
    let InstrKind::BinOp { op, x, y } = f.defining_instr(cond).map(|i| &f[i].kind)? else {
        return None;
    };
    Some((*op, strip_conversions(f, *x), strip_conversions(f, *y), succs[0] == succ))
}

/// The collection parameter that every path to `block` has found empty: a test on the way
/// whose edge to `block` shows it empty (`if len(values) == 0 { return nil }`).
pub fn behind_empty_param(f: &Function, dominators: &DomTree, block: BlockId) -> Option<u32> {
    let mut below = block;
    while let Some(above) = dominators.idom(below) {
        below = above;
        for &succ in f[above].succs() {
            if f[succ].preds().len() != 1 || !dominators.dominates(succ, block) {
                continue;
            }
            let param = emptied_by_edge(f, above, succ).into_iter().find_map(|c| match f[c].def {
                ValueDef::Param { index, .. } => Some(index),
                _ => None,
            });
            if param.is_some() {
                return param;
            }
        }
    }
    None
}

/// The slice parameter whose length a comparison on the way to `block` tests in any form (`n
/// := len(params); switch n - parsed { case 0: ... }`, a constructor counting its variadic
/// arguments): which way it goes depends on how many arguments a caller passes, which a call
/// that spells them out shows ([`spelled_out`]) but the analysis does not count.
pub fn behind_count_test(f: &Function, dominators: &DomTree, block: BlockId) -> Option<u32> {
    let mut below = block;
    while let Some(above) = dominators.idom(below) {
        below = above;
        let Some(&last) = f[above].instrs().last() else { continue };
        let InstrKind::If { cond } = f[last].kind else { continue };
        // A loop's own test (`i < len(args)` of a `range`) counts turns, not arguments.
        if f[above].preds().iter().any(|&p| dominators.dominates(above, p)) {
            continue;
        }
        let guards = f[above]
            .succs()
            .iter()
            .any(|&succ| f[succ].preds().len() == 1 && dominators.dominates(succ, block));
        if !guards {
            continue;
        }
        let cond = strip_conversions(f, cond);
        let Some(InstrKind::BinOp { op, x, y }) = f.defining_instr(cond).map(|i| &f[i].kind) else {
            continue;
        };
        if !crate::nilness::is_comparison(*op) {
            continue;
        }
        if let Some(param) = counted_param(f, *x, 0).or_else(|| counted_param(f, *y, 0)) {
            return Some(param);
        }
    }
    None
}

/// The parameter whose `len` the integer `v` adds or subtracts.
fn counted_param(f: &Function, v: ValueId, depth: usize) -> Option<u32> {
    if depth > 8 {
        return None;
    }
    let v = strip_conversions(f, v);
    match &f[f.defining_instr(v)?].kind {
        InstrKind::Call { call } if call.callee == Callee::Builtin(Builtin::Len) => {
            match f[strip_conversions(f, *call.args.first()?)].def {
                ValueDef::Param { index, .. } => Some(index),
                _ => None,
            }
        }
        InstrKind::BinOp { op: BinaryOp::Add | BinaryOp::Sub, x, y } => {
            counted_param(f, *x, depth + 1).or_else(|| counted_param(f, *y, depth + 1))
        }
        _ => None,
    }
}

/// Whether `v` is a list of arguments spelled out at a call of a variadic function (`f("a",
/// "b")` makes a slice of constant, non-zero length for them).
pub fn spelled_out(f: &Function, v: ValueId) -> bool {
    let v = strip_conversions(f, v);
    f.defining_instr(v).is_some_and(|i| match &f[i].kind {
        InstrKind::MakeSlice { len, .. } => {
            matches!(f[strip_conversions(f, *len)].def, ValueDef::Const(ConstValue::Int(n)) if n > 0)
        }
        InstrKind::Slice { base, .. } => f
            .defining_instr(*base)
            .is_some_and(|b| matches!(f[b].kind, InstrKind::Alloc { .. })),
        _ => false,
    })
}

/// Whether the collection `v` is nil or empty where it is used: the nil constant, the empty
/// string, or a map or slice made here empty (`map[K]V{}`, `make([]T, 0)`) that nothing but
/// `len`, lookups, loops and calls in `readers` touches.
pub fn known_empty(f: &Function, v: ValueId, readers: &[InstrId]) -> bool {
    let v = strip_conversions(f, v);
    match &f[v].def {
        ValueDef::Const(ConstValue::Nil) => return true,
        ValueDef::Const(ConstValue::String(s)) => return s.is_empty(),
        _ => {}
    }
    let Some(made) = f.defining_instr(v) else { return false };
    let empty = match &f[made].kind {
        InstrKind::MakeMap { .. } => true,
        InstrKind::MakeSlice { len, .. } => {
            matches!(f[strip_conversions(f, *len)].def, ValueDef::Const(ConstValue::Int(0)))
        }
        _ => false,
    };
    empty
        && f[v].referrers().iter().all(|&user| {
            readers.contains(&user)
                || match &f[user].kind {
                    InstrKind::MapLookup { .. } | InstrKind::MapRange { .. } => true,
                    InstrKind::Call { call } => call.callee == Callee::Builtin(Builtin::Len),
                    _ => false,
                }
        })
}

/// Pushes the operand of each `len` that `v` sums, with the `len`; false when `v` is anything
/// else.
fn lengths(f: &Function, v: ValueId, out: &mut Vec<(ValueId, InstrId)>, depth: usize) -> bool {
    if depth > 8 {
        return false;
    }
    let v = strip_conversions(f, v);
    let Some(instr) = f.defining_instr(v) else { return false };
    match &f[instr].kind {
        InstrKind::Call { call } if call.callee == Callee::Builtin(Builtin::Len) => {
            match call.args[..] {
                [c] => {
                    out.push((strip_conversions(f, c), instr));
                    true
                }
                _ => false,
            }
        }
        InstrKind::BinOp { op: BinaryOp::Add, x, y } => {
            lengths(f, *x, out, depth + 1) && lengths(f, *y, out, depth + 1)
        }
        _ => false,
    }
}

/// A collection that a loop around a block needs non-empty for that block to run: the operand
/// of a `range` over a map or of the `len` of a counting loop, and the instruction that reads
/// it for the loop (the `range`, or the `len` each iteration compares against).
#[derive(Clone, Copy, Debug)]
pub struct LoopNeed {
    pub collection: ValueId,
    pub read: InstrId,
    /// The block that runs only inside the loop.
    pub block: BlockId,
}

/// The collections that must be non-empty for `block` to run: the operand `c` of each counting
/// loop `i < len(c)` (with `i` starting at a constant of at least zero) whose body holds the
/// block, and the map of each `range` over a map whose body holds it.
pub fn looped_collections(f: &Function, dominators: &DomTree, block: BlockId) -> Vec<ValueId> {
    loop_needs(f, dominators, block).into_iter().map(|need| need.collection).collect()
}

/// [`looped_collections`], with where each loop reads its collection.
pub fn loop_needs(f: &Function, dominators: &DomTree, block: BlockId) -> Vec<LoopNeed> {
    let mut found = Vec::new();
    let mut at = Some(block);
    while let Some(body) = at {
        at = dominators.idom(body);
        let Some((cond, true)) = entering_branch(f, body) else { continue };
        let ValueDef::Result { instr, index } = f[cond].def else { continue };
        match &f[instr].kind {
            InstrKind::BinOp { op: BinaryOp::Lss, x, y } if counts_from_zero(f, *x) => {
                // `i < len(a)+len(b)` needs only one of them non-empty.
                let mut collections = Vec::new();
                if lengths(f, *y, &mut collections, 0)
                    && let [(collection, read)] = collections[..]
                {
                    found.push(LoopNeed { collection, read, block });
                    if let Some((map, read)) = listed_map(f, collection) {
                        found.push(LoopNeed { collection: map, read, block });
                    }
                }
            }
            InstrKind::MapNext { iter } if index == 0 => {
                if let Some(range) = f.defining_instr(*iter) {
                    if let InstrKind::MapRange { map } = &f[range].kind {
                        found.push(LoopNeed {
                            collection: strip_conversions(f, *map),
                            read: range,
                            block,
                        });
                    }
                }
            }
            _ => {}
        }
    }
    found
}

/// The map whose keys (or values) a slice lists, `slices.Sorted(maps.Keys(m))` or
/// `slices.Collect(maps.Values(m))`, with the call that reads the map: the slice is empty
/// when the map is, so a loop over it needs the map non-empty.
fn listed_map(f: &Function, slice: ValueId) -> Option<(ValueId, InstrId)> {
    let called = |v: ValueId, names: &[&str]| {
        let instr = f.defining_instr(strip_conversions(f, v))?;
        let InstrKind::Call { call } = &f[instr].kind else { return None };
        let name = crate::models::static_callee_name(f, call)?;
        let name = name.split_once('[').map_or(name, |(generic, _)| generic);
        match (names.contains(&name), &call.args[..]) {
            (true, &[arg]) => Some((instr, arg)),
            _ => None,
        }
    };
    let (_, seq) = called(slice, &["slices.Sorted", "slices.Collect"])?;
    let (read, map) = called(seq, &["maps.Keys", "maps.Values"])?;
    Some((strip_conversions(f, map), read))
}

/// Whether taking the edge `pred → succ` shows empty a collection that one of `needs` needs
/// non-empty, with nothing on the way from the edge to the loop's read of it able to fill it:
/// a path through that edge never runs the block. The collection must be the same at the test
/// and at the loop: one value (or one field of one struct value) whose definition the way does
/// not run again, or a place loaded twice that the way stores nothing into, and no write into
/// the collection or call handed it on the way (`if len(c) > 0 { m = make(...) }; c[k] = v;
/// for range c { m[k] = v }` stays a nil write).
/// `nil` tells the values the path holds nil: a collection whose length the edge shows equal
/// to one of theirs is empty too. `writes_nothing` tells the calls that write no memory (a
/// getter called again on the way reads the same).
pub fn skips_needed_loop(
    f: &Function,
    needs: &[LoopNeed],
    pred: BlockId,
    succ: BlockId,
    nil: &dyn Fn(ValueId) -> bool,
    writes_nothing: &dyn Fn(&CallCommon) -> bool,
) -> bool {
    let mut emptied = emptied_by_edge(f, pred, succ);
    emptied.extend(as_long_as_nil(f, pred, succ, nil));
    !emptied.is_empty()
        && needs.iter().any(|need| {
            emptied
                .iter()
                .any(|&tested| unchanged_until_loop(f, tested, pred, succ, need, writes_nothing))
        })
}

/// What a collection is, for telling two reads of it apart.
#[derive(PartialEq, Eq)]
enum Identity {
    /// A value, or fields of a struct value: the base value and the field path.
    Value(ValueId, Vec<u32>),
    /// What a load reads from a place.
    Loaded(Location),
    /// What a chain of loads, field addresses and getter calls from a value reads
    /// (`e.ctx.vars` through the pointer `e.ctx` loaded on the way, `e.ctx.Inner().vars`): the
    /// root value and each step.
    Chain(ValueId, Vec<Step>),
}

/// One step of an [`Identity::Chain`].
#[derive(PartialEq, Eq)]
enum Step {
    Load,
    FieldAddr(u32),
    /// A call of the named function with the value so far as its only argument, which writes
    /// nothing: with nothing stored between, a second call reads what the first one did.
    Call(Box<str>),
}

/// The chain of loads, field addresses and getter calls that `v` reads, when it holds a load
/// through a loaded pointer or a getter's result.
fn chain(
    f: &Function,
    v: ValueId,
    writes_nothing: &dyn Fn(&CallCommon) -> bool,
) -> Option<Identity> {
    let mut steps = Vec::new();
    let mut at = strip_conversions(f, v);
    loop {
        match f.defining_instr(at).map(|i| &f[i].kind) {
            Some(InstrKind::Load { addr }) => {
                steps.push(Step::Load);
                at = strip_conversions(f, *addr);
            }
            Some(InstrKind::FieldAddr { base, field }) => {
                steps.push(Step::FieldAddr(*field));
                at = strip_conversions(f, *base);
            }
            Some(InstrKind::Call { call })
                if matches!(f[at].def, ValueDef::Result { index: 0, .. })
                    && call.args.len() == 1
                    && writes_nothing(call) =>
            {
                let name = crate::models::static_callee_name(f, call)?;
                steps.push(Step::Call(name.into()));
                at = strip_conversions(f, call.args[0]);
            }
            _ => break,
        }
    }
    let loads = steps.iter().filter(|s| **s == Step::Load).count();
    let calls = steps.iter().filter(|s| matches!(s, Step::Call(_))).count();
    if loads == 0 || loads + calls < 2 {
        return None;
    }
    steps.reverse();
    Some(Identity::Chain(at, steps))
}

/// The identity of collection `v`.
fn identity(f: &Function, v: ValueId, writes_nothing: &dyn Fn(&CallCommon) -> bool) -> Identity {
    let mut base = strip_conversions(f, v);
    // A place inside a call's result is one place only for that call: a getter called again
    // is followed through to what it was called on.
    let place = loaded_from(f, base);
    if let Some(place) = place.clone().filter(|p| !matches!(p.root, Root::Call(..))) {
        return Identity::Loaded(place);
    }
    if let Some(chain) = chain(f, base, writes_nothing) {
        return chain;
    }
    if let Some(place) = place {
        return Identity::Loaded(place);
    }
    let mut fields = Vec::new();
    while let Some(InstrKind::Field { base: b, field }) = f.defining_instr(base).map(|i| &f[i].kind)
    {
        fields.push(*field);
        base = strip_conversions(f, *b);
    }
    fields.reverse();
    Identity::Value(base, fields)
}

/// Whether the collection `tested` that the edge `pred → succ` shows empty is, on every way
/// from the edge to `need`'s loop, the collection that loop reads, and is not filled there.
fn unchanged_until_loop(
    f: &Function,
    tested: ValueId,
    pred: BlockId,
    succ: BlockId,
    need: &LoopNeed,
    writes_nothing: &dyn Fn(&CallCommon) -> bool,
) -> bool {
    // The very value the loop reads (`len(shard) != 0`, then `total.merge(shard)`) is the same
    // collection until its definition runs again, wherever it was loaded from.
    let identity = if strip_conversions(f, tested) == strip_conversions(f, need.collection) {
        Identity::Value(strip_conversions(f, tested), Vec::new())
    } else {
        identity(f, tested, writes_nothing)
    };
    if identity != self::identity(f, need.collection, writes_nothing)
        && !matches!(&identity, Identity::Value(v, p) if p.is_empty() && *v == strip_conversions(f, need.collection))
    {
        return false;
    }
    let mentions = |v: ValueId| {
        let v = strip_conversions(f, v);
        v == strip_conversions(f, tested) || v == need.collection
    };
    // What ends the sameness: running the definition again, or storing into the place.
    let changes = |i: InstrId| match &identity {
        Identity::Value(base, _) => f.defining_instr(*base) == Some(i),
        Identity::Loaded(place) => match &f[i].kind {
            InstrKind::Store { addr, .. } => location(f, *addr).is_some_and(|l| {
                l.root == place.root
                    && (l.fields.starts_with(&place.fields) || place.fields.starts_with(&l.fields))
            }),
            _ => false,
        },
        // Any store may write a place the chain goes through, and any call may store.
        Identity::Chain(..) => match &f[i].kind {
            InstrKind::Store { .. } => true,
            InstrKind::Call { call } => {
                !matches!(call.callee, Callee::Builtin(Builtin::Len | Builtin::Cap))
                    && !writes_nothing(call)
            }
            _ => false,
        },
    };
    // What may give the collection entries.
    let fills = |i: InstrId| match &f[i].kind {
        InstrKind::MapUpdate { map, .. } => mentions(*map),
        InstrKind::Call { call } => {
            call.callee != Callee::Builtin(Builtin::Len) && call.args.iter().any(|&a| mentions(a))
        }
        _ => false,
    };
    // A loaded place must not change between the test's load and the branch.
    if let Identity::Loaded(_) | Identity::Chain(..) = identity {
        let Some(load) = f.defining_instr(strip_conversions(f, tested)) else { return false };
        if f[load].block() != Some(pred) {
            return false;
        }
        let after = f[pred].instrs().iter().skip_while(|&&i| i != load);
        if after.clone().any(|&i| changes(i) || fills(i)) {
            return false;
        }
    }
    // Forward from the edge: every way must reach the loop's read before the block, and meet
    // nothing that changes or fills the collection before it.
    let mut visited = vec![false; f.block_count()];
    let mut stack = vec![succ];
    visited[succ.index()] = true;
    while let Some(b) = stack.pop() {
        let mut read = false;
        for &i in f[b].instrs() {
            if i == need.read {
                read = true;
                break;
            }
            if changes(i) || fills(i) {
                return false;
            }
        }
        if read {
            continue;
        }
        if b == need.block {
            return false;
        }
        for &next in f[b].succs() {
            if !visited[next.index()] {
                visited[next.index()] = true;
                stack.push(next);
            }
        }
    }
    true
}

/// Whether `i` is a loop counter whose first value is a constant of at least zero.
fn counts_from_zero(f: &Function, i: ValueId) -> bool {
    let Some(InstrKind::Phi { edges, .. }) = f.defining_instr(i).map(|d| &f[d].kind) else {
        return false;
    };
    edges.iter().any(|&e| matches!(f[e].def, ValueDef::Const(ConstValue::Int(n)) if n >= 0))
}

/// Whether `block` lies in a `range` over map `map` itself (the same value, or a load of the
/// same place that no store inside the loop changes): a nil map runs no iteration, so a write
/// there never sees it nil.
pub fn in_range_over_itself(
    f: &Function,
    dominators: &DomTree,
    block: BlockId,
    map: ValueId,
) -> bool {
    let map = strip_conversions(f, map);
    let place = loaded_from(f, map);
    let mut at = Some(block);
    while let Some(body) = at {
        at = dominators.idom(body);
        let Some((cond, true)) = entering_branch(f, body) else { continue };
        let ValueDef::Result { instr, index: 0 } = f[cond].def else { continue };
        let InstrKind::MapNext { iter } = &f[instr].kind else { continue };
        let Some(InstrKind::MapRange { map: ranged }) = f.defining_instr(*iter).map(|i| &f[i].kind)
        else {
            continue;
        };
        let ranged = strip_conversions(f, *ranged);
        if ranged == map {
            return true;
        }
        let same_place = place.as_ref().is_some_and(|p| {
            loaded_from(f, ranged).as_ref() == Some(p)
                && stores_into(f, p, |b| dominators.dominates(body, b)).is_empty()
        });
        if same_place {
            return true;
        }
    }
    false
}

/// The stores into `place`, into a struct holding it or into a part of it, in the blocks
/// `within` accepts.
pub fn stores_into(
    f: &Function,
    place: &Location,
    within: impl Fn(BlockId) -> bool,
) -> Vec<InstrId> {
    let overlaps = |l: &Location| {
        l.root == place.root
            && (l.fields.starts_with(&place.fields) || place.fields.starts_with(&l.fields))
    };
    let mut found = Vec::new();
    for b in f.block_ids().filter(|&b| within(b)) {
        for &i in f[b].instrs() {
            if let InstrKind::Store { addr, .. } = &f[i].kind {
                if location(f, *addr).as_ref().is_some_and(overlaps) {
                    found.push(i);
                }
            }
        }
    }
    found
}

/// The maps a call passes that a callee's write needs non-empty, as the loops over its
/// parameters (`loops_over`, whole parameters only) say: a way on which a test found one of
/// them empty leads to no write.
pub(crate) fn callee_loop_needs(
    f: &Function,
    args: &[ValueId],
    loops_over: &[(u32, crate::summary::Access)],
    call: InstrId,
    block: BlockId,
) -> Vec<LoopNeed> {
    loops_over
        .iter()
        .filter(|(_, access)| *access == crate::summary::Access::value())
        .filter_map(|(param, _)| {
            let &ranged = args.get(*param as usize)?;
            Some(LoopNeed { collection: strip_conversions(f, ranged), read: call, block })
        })
        .collect()
}
