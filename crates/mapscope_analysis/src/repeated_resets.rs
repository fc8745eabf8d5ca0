//! Writes into a map behind a pointer parameter that another path of the same function drops,
//! when a caller calls the function again and again with the same pointer: a line-driven
//! parser whose `END` case resets the current record (`p.cur = Event{}`) and whose default
//! case adds a property to the record's map, or a session whose `RSET` drops the recipients.
//!
//! ```go
//! func (p *Parser) Line(name, value string) {
//!     switch name {
//!     case "BEGIN": p.cur = Event{Props: map[string]string{}}
//!     case "END":   p.events = append(p.events, p.cur); p.cur = Event{}
//!     default:      p.cur.Props[name] = value // nil after an END
//!     }
//! }
//! for sc.Scan() { p.Line(...) }
//! ```
//!
//! One call leaves the map nil (a store of nil, of a value without the map, or a call whose
//! summary sets it to nil) and returns without making it again; the next call may take the
//! path to the write, which makes and tests nothing. Only a write whose path tests nothing the
//! pointer reaches counts: a test of the state there (`if p.cur.Kind == "" { return }`, `if
//! s.st == stateMail`) may be what keeps the write from the dropped map, and following such
//! state machines is not done here. The map's zero value before the first call is not
//! counted either: which call comes first is the input's business.
//! A function that compares the map with nil anywhere (a lazy `if c.pending == nil { make }`)
//! knows of the dropped map and is left alone.

use crate::FunctionContext;
use crate::key_values::{block_reaches, block_reaches_avoiding};
use crate::module::Module;
use crate::nilness::{Root, is_nil_constant, location, points_into_param, strip_conversions};
use mapscope_ssa::{
    BinaryOp, BlockId, ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId,
};
use rustc_hash::FxHashSet;

/// How many values the search of a condition's inputs visits before it gives up (and takes
/// the condition to read the pointer's memory).
const CONDITION_VISITS: usize = 64;

/// How the reset drops the map.
#[derive(Debug)]
pub enum Dropped {
    /// A store of nil into it.
    NilStore,
    /// A store of a value without it into a place holding it (`p.cur = Event{}`).
    Value,
    /// A call of the named function, whose summary sets it to nil.
    Call(String),
}

/// A write whose map an earlier call of the same function may have dropped.
#[derive(Debug)]
pub struct RepeatedReset {
    /// The instruction of the function that drops the map.
    pub reset: InstrId,
    pub how: Dropped,
    /// The caller's index in the module and its call inside a loop.
    pub caller: usize,
    pub call: InstrId,
}

/// The reset and the repeated call that make the map of write `update` (through `map`) nil,
/// when the rule applies.
pub fn dropped_by_earlier_call(
    cx: &FunctionContext<'_>,
    update: InstrId,
    map: ValueId,
) -> Option<RepeatedReset> {
    let f = cx.function;
    let module = cx.analysis.module;
    let load = f.defining_instr(strip_conversions(f, map))?;
    let InstrKind::Load { addr } = f[load].kind else { return None };
    let place = location(f, addr)?;
    let Root::Param(param) = place.root else { return None };
    if place.fields.is_empty() || place.fields.contains(&crate::nilness::ELEMENT) {
        return None;
    }
    // A function that tests the map against nil (`if c.pending == nil { c.pending =
    // make(...) }`) knows of the dropped map: the test, not the input, decides.
    if tests_place_nil(f, &place) {
        return None;
    }
    let write_block = f[update].block()?;
    let changes = |i: InstrId| changes_place(f, i, param, &place.fields);
    // The write's way from the entry makes nothing and tests nothing the pointer reaches.
    let dominators = mapscope_ssa::dom::DomTree::new(f);
    let tests_state = crate::guarding_edges::guarding_edges(f, &dominators, write_block)
        .any(|edge| reads_param_memory(f, edge.cond, param));
    if tests_state
        || !reached_without(f, Function::ENTRY, None, write_block, Some(update), &changes)
    {
        return None;
    }
    // A reset that can return with the map dropped.
    let (reset, how) = f.block_ids().find_map(|b| {
        f[b].instrs().iter().find_map(|&i| {
            let how = drops_place(cx, f, i, param, &place.fields)?;
            let returns = f.block_ids().any(|r| {
                matches!(f[r].instrs().last().map(|&l| &f[l].kind), Some(InstrKind::Return { .. }))
                    && reached_without(f, b, Some(i), r, None, &|j| j != i && changes(j))
            });
            returns.then_some((i, how))
        })
    })?;
    let me = module.lookup(&f.name)?;
    let (caller, call) =
        module.arguments_for(me, param)?.into_iter().find_map(|(caller, call, arg)| {
            repeated_with_same(module, caller, call, arg?).then_some((caller, call))
        })?;
    Some(RepeatedReset { reset, how, caller, call })
}

/// Whether `f` compares the map at `place` with nil anywhere.
fn tests_place_nil(f: &Function, place: &crate::nilness::Location) -> bool {
    let loads_place = |v: ValueId| {
        f.defining_instr(strip_conversions(f, v)).is_some_and(|d| {
            matches!(f[d].kind, InstrKind::Load { addr } if location(f, addr).as_ref() == Some(place))
        })
    };
    f.block_ids().any(|b| {
        f[b].instrs().iter().any(|&i| {
            let InstrKind::BinOp { op: BinaryOp::Eql | BinaryOp::Neq, x, y } = f[i].kind else {
                return false;
            };
            crate::nilness::nil_operand(f, x, y).is_some_and(loads_place)
        })
    })
}

/// Whether some path from `from` (after instruction `after` there, if given) reaches `to`
/// (before instruction `before` there, if given) through no instruction `blocked` accepts.
fn reached_without(
    f: &Function,
    from: BlockId,
    after: Option<InstrId>,
    to: BlockId,
    before: Option<InstrId>,
    blocked: &dyn Fn(InstrId) -> bool,
) -> bool {
    let position = |b: BlockId, i: InstrId| f[b].instrs().iter().position(|&x| x == i);
    let clear = |b: BlockId, start: usize, end: usize| {
        f[b].instrs().get(start..end).unwrap_or(&[]).iter().all(|&i| !blocked(i))
    };
    let start = after.and_then(|a| position(from, a)).map_or(0, |p| p + 1);
    let end = |b: BlockId| before.and_then(|x| position(b, x)).unwrap_or(f[b].instrs().len());
    if from == to && start <= end(to) {
        return clear(from, start, end(to));
    }
    if !clear(from, start, f[from].instrs().len()) {
        return false;
    }
    // A path through `to` stops there: only the instructions before `before` must be clear.
    let whole = |b: BlockId| f[b].instrs().len();
    block_reaches_avoiding(f, from, to, |b| !clear(b, 0, if b == to { end(b) } else { whole(b) }))
}

/// Whether instruction `i` may change the map at `fields` under pointer parameter `param`: a
/// store to it or to a place holding it, or a call handed a pointer into that memory.
fn changes_place(f: &Function, i: InstrId, param: u32, fields: &[u32]) -> bool {
    match &f[i].kind {
        InstrKind::Store { addr, .. } => location(f, *addr)
            .is_some_and(|l| l.root == Root::Param(param) && fields.starts_with(&l.fields)),
        InstrKind::Call { call } => call.args.iter().any(|&a| points_into_param(f, a, param)),
        _ => false,
    }
}

/// How `i` leaves the map at `fields` under pointer parameter `param` nil, if it does.
fn drops_place(
    cx: &FunctionContext<'_>,
    f: &Function,
    i: InstrId,
    param: u32,
    fields: &[u32],
) -> Option<Dropped> {
    match &f[i].kind {
        InstrKind::Store { addr, value } => {
            let place = location(f, *addr)?;
            if place.root != Root::Param(param) || !fields.starts_with(&place.fields) {
                return None;
            }
            let rest = &fields[place.fields.len()..];
            if rest.is_empty() {
                return is_nil_constant(f, strip_conversions(f, *value))
                    .then_some(Dropped::NilStore);
            }
            value_lacks(f, *value, rest).then_some(Dropped::Value)
        }
        InstrKind::Call { call } => {
            let module = cx.analysis.module;
            let targets = module.resolve(f, call)?;
            let [callee] = targets.callees[..] else { return None };
            let summary = cx.analysis.summaries.get(callee)?;
            summary
                .nils
                .iter()
                .any(|nil| {
                    nil.access.deref
                        && nil.access.fields == fields
                        && targets.args.get(nil.param as usize).is_some_and(|&a| {
                            matches!(f[strip_conversions(f, a)].def, ValueDef::Param { index, .. }
                                if index == param)
                        })
                })
                .then(|| Dropped::Call(module.functions[callee].function.name.to_string()))
        }
        _ => None,
    }
}

/// Whether struct value `value` holds no map at field path `rest`: the zero value, or a
/// composite literal that sets nothing on that path.
fn value_lacks(f: &Function, value: ValueId, rest: &[u32]) -> bool {
    let value = strip_conversions(f, value);
    if matches!(f[value].def, ValueDef::Const(ConstValue::Zero | ConstValue::Nil)) {
        return true;
    }
    let Some(load) = f.defining_instr(value) else { return false };
    let InstrKind::Load { addr } = f[load].kind else { return false };
    let Some(alloc) = f.defining_instr(addr) else { return false };
    if !matches!(f[alloc].kind, InstrKind::Alloc { .. }) {
        return false;
    }
    // Every use of the literal's memory is a load or a store into a field off the path.
    let mut addresses = vec![addr];
    while let Some(at) = addresses.pop() {
        for &user in f[at].referrers() {
            match &f[user].kind {
                InstrKind::Load { .. } => {}
                InstrKind::Store { addr, .. } if *addr == at => {
                    let place = location(f, at).map(|l| l.fields).unwrap_or_default();
                    if rest.starts_with(&place) || place.starts_with(rest) {
                        return false;
                    }
                }
                InstrKind::FieldAddr { .. } => addresses.extend(f[user].result()),
                _ => return false,
            }
        }
    }
    true
}

/// Whether condition `cond` depends on what pointer parameter `param` points to: a load from
/// there, or a call handed a pointer into it, among its inputs.
fn reads_param_memory(f: &Function, cond: ValueId, param: u32) -> bool {
    let mut seen = FxHashSet::default();
    let mut stack = vec![cond];
    while let Some(v) = stack.pop() {
        if !seen.insert(v) {
            continue;
        }
        if seen.len() > CONDITION_VISITS {
            return true;
        }
        let Some(instr) = f.defining_instr(v) else { continue };
        match &f[instr].kind {
            InstrKind::Load { addr } if points_into_param(f, *addr, param) => return true,
            InstrKind::Call { call }
                if call.args.iter().any(|&a| points_into_param(f, a, param)) =>
            {
                return true;
            }
            kind => kind.for_each_operand(|o| stack.push(o)),
        }
    }
    false
}

/// Whether `call` of `caller` sits in a loop and hands the same pointer `arg` on each turn,
/// and no result of the call decides whether the loop goes on (a parser that reports the end
/// of its input, and a caller that stops there, may never call it after the reset).
fn repeated_with_same(module: &Module<'_>, caller: usize, call: InstrId, arg: ValueId) -> bool {
    let g = module.functions[caller].function;
    let Some(block) = g[call].block() else { return false };
    if !block_reaches(g, block, block) {
        return false;
    }
    let same = match g.defining_instr(arg).and_then(|i| g[i].block()) {
        Some(defined) => !(block_reaches(g, defined, block) && block_reaches(g, block, defined)),
        None => true,
    };
    same && !result_leaves_loop(g, call, block)
}

/// Whether a branch on a result of `call` (in `block`, inside a loop) has a way that never
/// comes back to the call.
fn result_leaves_loop(g: &Function, call: InstrId, block: BlockId) -> bool {
    let mut stack: Vec<ValueId> = g[call].results().collect();
    let mut seen = FxHashSet::default();
    while let Some(v) = stack.pop() {
        if !seen.insert(v) || seen.len() > CONDITION_VISITS {
            continue;
        }
        for &user in g[v].referrers() {
            match &g[user].kind {
                InstrKind::If { .. } => {
                    let Some(b) = g[user].block() else { continue };
                    if g[b].succs().iter().any(|&s| s != block && !block_reaches(g, s, block)) {
                        return true;
                    }
                }
                InstrKind::BinOp { .. } | InstrKind::UnOp { .. } | InstrKind::Phi { .. } => {
                    stack.extend(g[user].result())
                }
                _ => {}
            }
        }
    }
    false
}
