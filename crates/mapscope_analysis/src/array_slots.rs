//! Array fields of maps (`buffers [2]map[string]int`), or of structs holding a map
//! (`queues [3]queue`), whose slots the module makes only at some indices, or at none: a
//! constructor that makes `buffers[0]` alone, or loops `for i := 0; i < levels-1; i++`, or a
//! value-receiver `init` that fills a copy.
//!
//! An array's slots are places of the value that holds it, not values handed around, so when
//! every use of such a field's slots is a read, a `make` stored at a known index, or a nil
//! store, the indices no store reaches stay nil in every value. A write at such a constant
//! index, or at an index the function computes (`buffers[a.active]`), may meet one. Any other
//! use of a slot's address (a call, a copy of the address, a whole element or array stored)
//! may make it, and the field is left alone; so is an exported field, which code outside the
//! module may fill.

use crate::fields::FieldKey;
use crate::module::{BuiltUnit, ModuleFunction};
use crate::nilness::{Context, strip_conversions};
use mapscope_ssa::{BinaryOp, ConstValue, Function, InstrKind, ValueDef, ValueId};
use mapscope_types::Program;
use mapscope_types::types::{ObjId, Type, TypeId, TypeView};
use rustc_hash::FxHashMap;

/// The longest array whose slots are told apart; a longer one is a table, not a set of slots.
const MAX_SLOTS: u64 = 64;

/// How deep a slot's struct is followed to its map field (`queues[i].inbox.pending`).
const MAX_PATH: usize = 3;

/// The slots of one array field, by the path of struct fields from a slot to its map (empty
/// for an array of maps): which indices some store makes.
#[derive(Debug, Default)]
struct FieldSlots {
    name: String,
    length: usize,
    /// A use of a slot's address the scan cannot follow: any slot may be made.
    unknown: bool,
    made: FxHashMap<Vec<u32>, Vec<bool>>,
}

/// Array fields whose map slots the module makes only at some indices.
#[derive(Debug, Default)]
pub struct SlotFacts {
    /// The array fields every use of whose slots the scan follows, with their name, length
    /// and, by the path to a map, the indices made (a path no store makes is missing).
    followed: FxHashMap<FieldKey, FieldSlots>,
}

impl SlotFacts {
    /// Scans every function of `units` for the uses of the array fields `own` gives a key for
    /// (those code outside the module cannot reach).
    pub fn new(
        program: &Program,
        units: &[BuiltUnit<'_>],
        own: &dyn Fn(ObjId) -> Option<FieldKey>,
    ) -> SlotFacts {
        let mut fields: FxHashMap<FieldKey, FieldSlots> = FxHashMap::default();
        for u in units {
            for (index, f) in u.functions.iter().enumerate() {
                for block in f.block_ids() {
                    for &i in f[block].instrs() {
                        if !matches!(f[i].kind, InstrKind::FieldAddr { .. }) {
                            continue;
                        }
                        let Some(obj) = u.fields.selection(index, i) else { continue };
                        let Some(length) = array_length(program, program.obj(obj).ty) else {
                            continue;
                        };
                        let Some(key) = own(obj) else { continue };
                        let slots = fields.entry(key).or_insert_with(|| FieldSlots {
                            name: program.obj(obj).name.to_string(),
                            length,
                            ..FieldSlots::default()
                        });
                        if let Some(array) = f[i].result() {
                            scan_array(program, f, array, slots);
                        }
                    }
                }
            }
        }
        fields.retain(|_, s| !s.unknown);
        SlotFacts { followed: fields }
    }

    /// The field's name and the indices made at `path` of the slots of array field `key`, when
    /// some are not.
    fn made(&self, key: FieldKey, path: &[u32]) -> Option<(&str, Vec<bool>)> {
        let slots = self.followed.get(&key)?;
        let made = slots.made.get(path).cloned().unwrap_or_else(|| vec![false; slots.length]);
        made.iter().any(|m| !m).then_some((slots.name.as_str(), made))
    }
}

/// The length of `ty` when it is an array of at most [`MAX_SLOTS`] elements.
fn array_length(program: &Program, ty: TypeId) -> Option<usize> {
    if ty.arena as usize > program.units.len() {
        return None;
    }
    let mut types = program.types();
    let under = mapscope_types::query::underlying(&mut types, ty);
    match types.ty(under) {
        Type::Array(Some(n), _) if *n <= MAX_SLOTS => usize::try_from(*n).ok(),
        _ => None,
    }
}

/// Classifies the uses of `array`, the address of an array field.
fn scan_array(program: &Program, f: &Function, array: ValueId, slots: &mut FieldSlots) {
    for &u in f[array].referrers() {
        match &f[u].kind {
            InstrKind::Load { .. } => {}
            InstrKind::Store { addr, value } if *addr == array && is_zero(f, *value) => {}
            InstrKind::IndexAddr { base, index } if *base == array => {
                let Some(slot) = f[u].result() else { continue };
                scan_slot(program, f, slot, *index, &mut Vec::new(), slots);
            }
            _ => slots.unknown = true,
        }
    }
}

/// Classifies the uses of `place`, at `path` inside the slot at `index`.
fn scan_slot(
    program: &Program,
    f: &Function,
    place: ValueId,
    index: ValueId,
    path: &mut Vec<u32>,
    slots: &mut FieldSlots,
) {
    for &u in f[place].referrers() {
        match &f[u].kind {
            InstrKind::Load { .. } => {}
            InstrKind::Store { addr, value } if *addr == place => {
                if is_zero(f, *value) {
                    continue;
                }
                match value_kind(program, f[*value].ty) {
                    ValueKind::Map => {
                        let length = slots.length;
                        let made =
                            slots.made.entry(path.clone()).or_insert_with(|| vec![false; length]);
                        mark_made(f, index, made);
                    }
                    ValueKind::Holder => slots.unknown = true,
                    ValueKind::Plain => {}
                }
            }
            InstrKind::FieldAddr { base, field } if *base == place && path.len() < MAX_PATH => {
                let Some(inner) = f[u].result() else { continue };
                path.push(*field);
                scan_slot(program, f, inner, index, path, slots);
                path.pop();
            }
            _ => slots.unknown = true,
        }
    }
}

enum ValueKind {
    Map,
    /// A struct or array, which may hold maps.
    Holder,
    Plain,
}

fn value_kind(program: &Program, ty: TypeId) -> ValueKind {
    if ty.arena as usize > program.units.len() {
        return ValueKind::Holder;
    }
    let mut types = program.types();
    let under = mapscope_types::query::underlying(&mut types, ty);
    match types.ty(under) {
        Type::Map(..) => ValueKind::Map,
        Type::Struct(_) | Type::Array(..) | Type::TypeParam { .. } => ValueKind::Holder,
        _ => ValueKind::Plain,
    }
}

fn is_zero(f: &Function, v: ValueId) -> bool {
    matches!(f[strip_conversions(f, v)].def, ValueDef::Const(ConstValue::Nil | ConstValue::Zero))
}

/// Marks the indices a store at `index` reaches: a constant's, or a counting loop's
/// `for i := start; i < end; i++` with constant bounds; any other index may be any slot.
fn mark_made(f: &Function, index: ValueId, made: &mut [bool]) {
    let index = strip_conversions(f, index);
    let range = constant(f, index).map(|c| (c, c + 1)).or_else(|| counted_range(f, index));
    match range {
        Some((start, end)) => {
            let start = start.clamp(0, made.len() as i128) as usize;
            let end = end.clamp(0, made.len() as i128) as usize;
            for m in made.iter_mut().take(end).skip(start) {
                *m = true;
            }
        }
        None => made.iter_mut().for_each(|m| *m = true),
    }
}

fn constant(f: &Function, v: ValueId) -> Option<i128> {
    match f[strip_conversions(f, v)].def {
        ValueDef::Const(ConstValue::Int(c)) => Some(c),
        _ => None,
    }
}

/// The indices `[start, end)` that `index`, the counter of a loop stepping by one from a
/// constant to below (or up to) a constant, takes.
fn counted_range(f: &Function, index: ValueId) -> Option<(i128, i128)> {
    let phi = f.defining_instr(index)?;
    let InstrKind::Phi { edges, .. } = &f[phi].kind else { return None };
    let [a, b] = edges.as_slice() else { return None };
    let steps = |e: ValueId| {
        f.defining_instr(e).is_some_and(|i| {
            matches!(&f[i].kind, InstrKind::BinOp { op: BinaryOp::Add, x, y }
                if *x == index && constant(f, *y) == Some(1))
        })
    };
    let start = match (constant(f, *a), constant(f, *b)) {
        (Some(s), None) if steps(*b) => s,
        (None, Some(s)) if steps(*a) => s,
        _ => return None,
    };
    let header = f[phi].block()?;
    let &last = f[header].instrs().last()?;
    let InstrKind::If { cond } = &f[last].kind else { return None };
    let test = f.defining_instr(*cond)?;
    match &f[test].kind {
        InstrKind::BinOp { op: BinaryOp::Lss, x, y } if *x == index => {
            Some((start, constant(f, *y)?))
        }
        InstrKind::BinOp { op: BinaryOp::Leq, x, y } if *x == index => {
            Some((start, constant(f, *y)? + 1))
        }
        _ => None,
    }
}

/// The array field, the path from its slot to the map and the slot's index, when `addr` is
/// the address of a map in a slot of an array field (`&a.buffers[i]`, `&s.queues[p].pending`).
fn slot_of(
    me: &ModuleFunction<'_>,
    f: &Function,
    addr: ValueId,
) -> Option<(ObjId, Vec<u32>, ValueId)> {
    let mut path = Vec::new();
    let mut place = strip_conversions(f, addr);
    loop {
        let instr = f.defining_instr(place)?;
        match &f[instr].kind {
            InstrKind::FieldAddr { base, field } if path.len() < MAX_PATH => {
                path.push(*field);
                place = *base;
            }
            InstrKind::IndexAddr { base, index } => {
                let array = f.defining_instr(*base)?;
                let obj = me.fields.selection(me.index_in_unit, array)?;
                path.reverse();
                return Some((obj, path, *index));
            }
            _ => return None,
        }
    }
}

/// Whether `f` compares with nil a map it loads from the same slots: it knows they may be
/// nil, and its guard decides.
fn slots_tested(
    program: &Program,
    me: &ModuleFunction<'_>,
    f: &Function,
    key: FieldKey,
    path: &[u32],
) -> bool {
    let program_key = |obj: ObjId| crate::fields::key(program, obj);
    f.block_ids().any(|block| {
        f[block].instrs().iter().any(|&i| {
            let InstrKind::BinOp { op: BinaryOp::Eql | BinaryOp::Neq, x, y } = &f[i].kind else {
                return false;
            };
            let Some(other) = crate::nilness::nil_operand(f, *x, *y) else { return false };
            let Some(load) = f.defining_instr(strip_conversions(f, other)) else { return false };
            let InstrKind::Load { addr } = &f[load].kind else { return false };
            slot_of(me, f, *addr)
                .is_some_and(|(obj, p, _)| program_key(obj) == Some(key) && p.as_slice() == path)
        })
    })
}

/// When the map loaded from `addr` sits in a slot of an array field that the module makes
/// only at some indices, and the write's index may be one it does not: the field's name and
/// the indices never made.
pub fn unmade_slot(
    cx: Context<'_>,
    me: &ModuleFunction<'_>,
    f: &Function,
    addr: ValueId,
) -> Option<(String, Vec<usize>)> {
    let (obj, path, index) = slot_of(me, f, addr)?;
    let key = crate::fields::key(cx.module.program, obj)?;
    let (name, made) = cx.fields.array_slots.made(key, &path)?;
    let unmade: Vec<usize> = (0..made.len()).filter(|&i| !made[i]).collect();
    let reached = match constant(f, index) {
        Some(c) => usize::try_from(c).is_ok_and(|c| unmade.contains(&c)),
        None => true,
    };
    if !reached || slots_tested(cx.module.program, me, f, key, &path) {
        return None;
    }
    Some((name.to_string(), unmade))
}
