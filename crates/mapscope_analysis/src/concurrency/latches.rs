//! Goroutines started behind a latch: a `go` guarded by a test that a field is unset (`if
//! p.ticker == nil`, `if !s.started`) and preceded by a store that sets it starts at most once
//! per object when nothing in the unit ever unsets that field again.
//!
//! A second start would need the test to find the field unset, and every store into it (that
//! does not initialise a new object) sets it: once the first start's store ran, every later test
//! of that object fails, in any thread. This holds without a lock; the lock only decides which
//! of two callers racing to the first test wins, and the walk keeps instances started by
//! different threads apart anyway.
//!
//! A `CompareAndSwap` from zero or false to a set value (`if !s.started.CompareAndSwap(false,
//! true) { return }`) is the test and the store in one step, on a field that no atomic store,
//! swap or add unsets; and a `go` inside the function a `sync.Once` runs is latched by that
//! `Once` (the walk's own rule) when no code replaces a `Once` (`s.once = sync.Once{}`).

use super::resolve::{Context, Obj, Resolver};
use crate::guarding_edges::guarding_edges;
use crate::key_values::precedes;
use crate::models::static_callee_name;
use crate::nilness::{strip_conversions, without_negations};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BinaryOp, ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId};
use rustc_hash::{FxHashMap, FxHashSet};
use std::rc::Rc;

/// The fields (by `Resolver::field_key` of the struct pointer and field index) that the unit
/// only ever sets: every store into one, other than into a struct being built, stores a value
/// that is never nil, false or zero, and no store replaces a whole struct holding one.
#[derive(Debug, Default)]
pub struct LatchFields {
    fields: FxHashSet<(String, u32)>,
    /// Some store replaces a `sync.Once` that is not being built (`s.once = sync.Once{}`), so
    /// a `Once` may let a second call through.
    once_reset: bool,
    /// Fields set as above but unset by deferred atomic stores (`defer s.busy.Store(false)`),
    /// with the functions (by index) whose defers they are.
    cleared_by_defers: FxHashMap<(String, u32), Vec<usize>>,
}

impl LatchFields {
    pub fn of(resolver: &Resolver) -> LatchFields {
        let mut setting = FxHashSet::default();
        let mut unsetting = FxHashSet::default();
        let mut replaced = FxHashSet::default();
        let mut deferred: FxHashMap<(String, u32), Vec<usize>> = FxHashMap::default();
        for (index, f) in resolver.functions.iter().enumerate() {
            for block in f.block_ids() {
                for &i in f[block].instrs() {
                    if let InstrKind::Call { call }
                    | InstrKind::Defer { call }
                    | InstrKind::Go { call } = &f[i].kind
                    {
                        if let Some((addr, sets_it)) = atomic_write(f, call)
                            && let Some(&InstrKind::FieldAddr { base, field }) =
                                f.defining_instr(addr).map(|d| &f[d].kind)
                            && !fresh(f, base)
                        {
                            let key = (resolver.field_key(f[base].ty), field);
                            if sets_it {
                                setting.insert(key);
                            } else if matches!(f[i].kind, InstrKind::Defer { .. }) {
                                deferred.entry(key).or_default().push(index);
                            } else {
                                unsetting.insert(key);
                            }
                        }
                        continue;
                    }
                    let InstrKind::Store { addr, value } = f[i].kind else { continue };
                    match f.defining_instr(addr).map(|d| &f[d].kind) {
                        // Initialising a local or a literal: a new object, not yet shared.
                        Some(InstrKind::Alloc { .. }) => {}
                        Some(&InstrKind::FieldAddr { base, field }) => {
                            if fresh(f, base) {
                                continue;
                            }
                            let key = (resolver.field_key(f[base].ty), field);
                            if sets(f, value) {
                                setting.insert(key);
                            } else {
                                unsetting.insert(key);
                            }
                            // A struct-valued field replaced whole resets the fields inside.
                            replaced.insert(resolver.field_key(f[addr].ty));
                        }
                        _ => {
                            replaced.insert(resolver.field_key(f[addr].ty));
                        }
                    }
                }
            }
        }
        setting.retain(|key| !unsetting.contains(key) && !replaced.contains(&key.0));
        deferred.retain(|key, _| setting.contains(key));
        setting.retain(|key| !deferred.contains_key(key));
        LatchFields {
            fields: setting,
            once_reset: replaced.contains("*sync.Once"),
            cleared_by_defers: deferred,
        }
    }

    /// Whether the latch `key` is unset only by deferred calls of function `started`: a
    /// goroutine running `started` clears it as it returns, after everything it did, so a
    /// start that finds it unset again comes after the last instance ended (`if
    /// !e.busy.CompareAndSwap(false, true) { continue }; go func() { defer
    /// e.busy.Store(false); ... }()`).
    fn cleared_on_return_of(&self, key: &(String, u32), started: usize) -> bool {
        self.cleared_by_defers.get(key).is_some_and(|fs| fs.iter().all(|&g| g == started))
    }

    /// Whether no code of the unit replaces a `sync.Once` it did not just build.
    pub fn onces_fire_once(&self) -> bool {
        !self.once_reset
    }

    fn contains(&self, key: &(String, u32)) -> bool {
        self.fields.contains(key)
    }
}

/// Whether `v` is a value a latch is set with: never nil, false or zero.
fn sets(f: &Function, v: ValueId) -> bool {
    match &f[v].def {
        ValueDef::Const(c) => match c {
            ConstValue::Bool(b) => *b,
            ConstValue::Int(n) => *n != 0,
            ConstValue::String(s) => !s.is_empty(),
            ConstValue::Float { bits } => f64::from_bits(*bits) != 0.0,
            ConstValue::Nil | ConstValue::Zero => false,
        },
        ValueDef::Function { .. } => true,
        ValueDef::Result { instr, .. } => matches!(
            f[*instr].kind,
            InstrKind::Alloc { .. }
                | InstrKind::MakeMap { .. }
                | InstrKind::MakeChan { .. }
                | InstrKind::MakeSlice { .. }
                | InstrKind::MakeClosure { .. }
                | InstrKind::MakeInterface { .. }
                // A constructor's result (`time.NewTicker(d)`, `newConn()`).
                | InstrKind::Call { .. }
        ),
        _ => false,
    }
}

/// The `sync/atomic` operations on an address: `(*atomic.Bool).Store(p, v)` and the other
/// types' methods, and the functions on a pointer (`atomic.StoreInt32(p, v)`), with the index
/// of the value argument each writes (`CompareAndSwap`'s new value); `Add` and `And`/`Or`
/// may bring a value back to zero and count as unsetting.
fn atomic_operation(name: &str) -> Option<(&str, usize)> {
    let op = match name.strip_prefix("(*sync/atomic.") {
        Some(method) => method.split_once(").")?.1,
        None => {
            let function = name.strip_prefix("sync/atomic.")?;
            ["CompareAndSwap", "Store", "Swap", "Add", "And", "Or"]
                .into_iter()
                .find(|op| function.starts_with(op))?
        }
    };
    match op {
        "CompareAndSwap" => Some((op, 2)),
        "Store" | "Swap" => Some((op, 1)),
        "Add" | "And" | "Or" => Some((op, usize::MAX)),
        _ => None,
    }
}

/// For a call of a `sync/atomic` write: the address it writes and whether it only ever sets
/// (stores a value never zero or false).
fn atomic_write(f: &Function, call: &mapscope_ssa::CallCommon) -> Option<(ValueId, bool)> {
    let (_, value) = atomic_operation(static_callee_name(f, call)?)?;
    let addr = *call.args.first()?;
    let sets_it = call.args.get(value).is_some_and(|&v| sets(f, strip_conversions(f, v)));
    Some((addr, sets_it))
}

/// For `cond`, a `CompareAndSwap` from zero or false to a value that sets (`if
/// !s.started.CompareAndSwap(false, true) { return }`, `atomic.CompareAndSwapInt32(&s.state,
/// 0, 1)`), taken the way it succeeded: the address it swapped. The swap found the latch unset
/// and set it in one step.
fn swapped_on(f: &Function, cond: ValueId, taken: bool) -> Option<ValueId> {
    let (cond, taken) = without_negations(f, strip_conversions(f, cond), taken);
    let InstrKind::Call { call } = &f[f.defining_instr(cond)?].kind else { return None };
    let (op, _) = atomic_operation(static_callee_name(f, call)?)?;
    let zero = |v: ValueId| {
        matches!(
            f[strip_conversions(f, v)].def,
            ValueDef::Const(ConstValue::Bool(false) | ConstValue::Int(0))
        )
    };
    let swaps = op == "CompareAndSwap"
        && taken
        && call.args.get(1).is_some_and(|&old| zero(old))
        && call.args.get(2).is_some_and(|&new| sets(f, strip_conversions(f, new)));
    swaps.then(|| call.args.first().copied())?
}

/// Whether `v` is a struct allocated in `f` itself (a literal being built).
fn fresh(f: &Function, v: ValueId) -> bool {
    matches!(f.defining_instr(v).map(|d| &f[d].kind), Some(InstrKind::Alloc { .. }))
}

/// A latch a goroutine start sits behind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Latch {
    /// The field's object.
    pub field: Obj,
    /// No mutex is locked or unlocked between the test and the start: a mutex held at the
    /// start was held at the test too, so of the threads that reach the test one sets the
    /// latch and starts the goroutine, whichever threads they are.
    pub tested_under_held_lock: bool,
}

/// The latch a goroutine start `go` of `f` (in `cx`) sits behind: the object of a field that an
/// `if` above it finds unset, and that a store between the test and the start sets.
pub fn latch_of_start(
    resolver: &Resolver,
    latches: &mut Option<LatchFields>,
    f: &Function,
    dominators: &DomTree,
    go: InstrId,
    cx: &Rc<Context>,
    started: usize,
) -> Option<Latch> {
    let block = f[go].block()?;
    guarding_edges(f, dominators, block).find_map(|edge| {
        let swapped = swapped_on(f, edge.cond, edge.taken);
        let addr = swapped.or_else(|| unset_on(f, edge.cond, edge.taken))?;
        let &InstrKind::FieldAddr { base, field } = &f[f.defining_instr(addr)?].kind else {
            return None;
        };
        // Which fields are latches is asked of the whole unit, once, and only when some
        // start sits behind a test of a field.
        let latches = latches.get_or_insert_with(|| LatchFields::of(resolver));
        let key = (resolver.field_key(f[base].ty), field);
        let self_cleared = swapped.is_some() && latches.cleared_on_return_of(&key, started);
        if !latches.contains(&key) && !self_cleared {
            return None;
        }
        let latch = resolver.object(addr, cx)?;
        let set = swapped.is_some()
            || f.block_ids().filter(|&b| dominators.dominates(edge.succ, b)).any(|b| {
                f[b].instrs().iter().any(|&i| {
                    let InstrKind::Store { addr: a, .. } = f[i].kind else { return false };
                    matches!(f.defining_instr(a).map(|d| &f[d].kind),
                    Some(&InstrKind::FieldAddr { field: g, .. }) if g == field)
                        && precedes(f, dominators, i, go)
                        && resolver.object(a, cx).as_ref() == Some(&latch)
                })
            });
        if !set {
            return None;
        }
        let between = f
            .block_ids()
            .filter(|&b| dominators.dominates(edge.succ, b) && dominators.dominates(b, block));
        let locking = between.flat_map(|b| f[b].instrs().iter()).any(|&i| {
            // The start's own block counts up to the start.
            if f[i].block() == Some(block) && !precedes(f, dominators, i, go) {
                return false;
            }
            let InstrKind::Call { call } = &f[i].kind else { return false };
            static_callee_name(f, call).is_some_and(|name| {
                [").Lock", ").Unlock", ").RLock", ").RUnlock"].iter().any(|m| name.ends_with(m))
            })
        });
        Some(Latch { field: latch, tested_under_held_lock: !locking })
    })
}

/// The field address whose value `cond` finds unset on the edge where it is `taken`: a load
/// compared equal to nil, or a boolean load found false.
fn unset_on(f: &Function, cond: ValueId, taken: bool) -> Option<ValueId> {
    let (cond, taken) = without_negations(f, strip_conversions(f, cond), taken);
    let loaded = |v: ValueId| match f.defining_instr(strip_conversions(f, v)).map(|d| &f[d].kind) {
        Some(&InstrKind::Load { addr }) => Some(addr),
        _ => None,
    };
    let is_nil = |v: ValueId| matches!(f[v].def, ValueDef::Const(ConstValue::Nil));
    match &f[f.defining_instr(cond)?].kind {
        &InstrKind::BinOp { op: op @ (BinaryOp::Eql | BinaryOp::Neq), x, y } => {
            let unset = (op == BinaryOp::Eql) == taken;
            let other = if is_nil(y) {
                x
            } else if is_nil(x) {
                y
            } else {
                return None;
            };
            if unset { loaded(other) } else { None }
        }
        InstrKind::Load { addr } if !taken => Some(*addr),
        _ => None,
    }
}
