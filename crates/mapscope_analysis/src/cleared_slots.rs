//! Writes into an element of a slice field of maps that `clear` zeroes: `clear(l.shards)` on a
//! `[]map[K]V` sets every element to nil (it does not empty the maps), and when only the
//! creation of a value makes the elements, every later write through one panics.
//!
//! ```go
//! func NewLimiter() *Limiter {
//!     l := &Limiter{shards: make([]map[string]int, 4)}
//!     for i := range l.shards { l.shards[i] = make(map[string]int) }
//!     return l
//! }
//! func (l *Limiter) Rotate()           { clear(l.shards) }        // nils every shard
//! func (l *Limiter) Allow(c string)    { l.shards[shardOf(c)][c]++ } // nil after a Rotate
//! ```
//!
//! The field must be unexported (or of a `main` package's type), its elements stored only by
//! functions that also store the slice itself (the creation), the clearing function must not
//! store elements again after the clear, the writing function must not test an element
//! against nil, and some function of the module must call the clearing function and then,
//! on some path, the writing one.

use crate::FunctionContext;
use crate::module::Module;
use crate::nilness::strip_conversions;
use crate::summary::Site;
use mapscope_ssa::{
    BinaryOp, Builtin, Callee, ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId,
};
use mapscope_types::types::{ObjId, TypeView};
use rustc_hash::{FxHashMap, FxHashSet};

/// The slice-of-maps fields some function clears, with each clearing function and `clear`
/// call, for the fields whose elements only the creation of a value stores.
#[derive(Debug, Default)]
pub struct ClearedSlots {
    cleared: FxHashMap<ObjId, Vec<(usize, InstrId)>>,
}

impl ClearedSlots {
    pub fn new(module: &Module<'_>) -> ClearedSlots {
        let mut clears: FxHashMap<ObjId, Vec<(usize, InstrId)>> = FxHashMap::default();
        let mut element_stores: FxHashMap<ObjId, FxHashSet<usize>> = FxHashMap::default();
        let mut slice_stores: FxHashMap<ObjId, FxHashSet<usize>> = FxHashMap::default();
        for (index, mf) in module.functions.iter().enumerate() {
            let f = mf.function;
            let field_of = |addr: ValueId| {
                let select = f.defining_instr(addr)?;
                matches!(f[select].kind, InstrKind::FieldAddr { .. })
                    .then(|| mf.fields.selection(mf.index_in_unit, select))?
            };
            for block in f.block_ids() {
                for &i in f[block].instrs() {
                    match &f[i].kind {
                        InstrKind::Call {
                            call:
                                mapscope_ssa::CallCommon {
                                    callee: Callee::Builtin(Builtin::Clear),
                                    args,
                                },
                        } => {
                            if let Some(field) =
                                args.first().and_then(|&s| loaded_field(f, s)).and_then(field_of)
                                && is_slice_of_maps(module, f, args[0])
                            {
                                clears.entry(field).or_default().push((index, i));
                            }
                        }
                        InstrKind::Store { addr, .. } => {
                            if let Some(field) = field_of(*addr) {
                                slice_stores.entry(field).or_default().insert(index);
                            } else if let Some(field) = element_of(f, *addr).and_then(field_of) {
                                element_stores.entry(field).or_default().insert(index);
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        let program = module.program;
        clears.retain(|field, sites| {
            let obj = program.obj(*field);
            let in_command = obj.file.is_some_and(|file| {
                let ast = &program.loaded.files[file.0 as usize].ast;
                ast.names.get(ast.name.name) == "main"
            });
            let unexported =
                obj.name.chars().next().is_some_and(|c| !c.is_uppercase()) || in_command;
            let stored_at_creation = element_stores.get(field).is_none_or(|fs| {
                fs.iter().all(|g| slice_stores.get(field).is_some_and(|s| s.contains(g)))
            });
            // A clear the same function follows with element stores refills the slice.
            sites.retain(|&(index, clear)| {
                let f = module.functions[index].function;
                !element_stores.get(field).is_some_and(|fs| fs.contains(&index))
                    && !f.block_ids().any(|b| {
                        f[b].instrs().iter().any(|&i| {
                            matches!(f[i].kind, InstrKind::Store { addr, .. }
                                if element_of(f, addr).is_some()
                                    && crate::key_values::instr_reaches(f, clear, i))
                        })
                    })
            });
            unexported && stored_at_creation && !sites.is_empty()
        });
        ClearedSlots { cleared: clears }
    }
}

/// The field address a slice value `s` was loaded from (`l.shards`).
fn loaded_field(f: &Function, s: ValueId) -> Option<ValueId> {
    let load = f.defining_instr(strip_conversions(f, s))?;
    match f[load].kind {
        InstrKind::Load { addr } => Some(addr),
        _ => None,
    }
}

/// For the address of a slice element (`&l.shards[i]`): the field address the slice was
/// loaded from.
fn element_of(f: &Function, addr: ValueId) -> Option<ValueId> {
    let index = f.defining_instr(addr)?;
    let InstrKind::IndexAddr { base, .. } = f[index].kind else { return None };
    loaded_field(f, base)
}

/// Whether `s` is a slice of maps.
pub(crate) fn is_slice_of_maps(module: &Module<'_>, f: &Function, s: ValueId) -> bool {
    use mapscope_types::types::{Type, TypeView};
    let program = module.program;
    if f[s].ty.arena as usize > program.units.len() {
        return false;
    }
    let mut types = program.types();
    let under = mapscope_types::query::underlying(&mut types, f[s].ty);
    let Type::Slice(elem) = *types.ty(under) else { return false };
    let elem = mapscope_types::query::underlying(&mut types, elem);
    matches!(types.ty(elem), Type::Map(..))
}

/// The `clear` that zeroes the slice element the write `map` (in `cx`) goes through, when the
/// rule applies (see the module's doc): where it is.
pub fn cleared_element_write(cx: &FunctionContext<'_>, map: ValueId) -> Option<Site> {
    let f = cx.function;
    let module = cx.analysis.module;
    let writer = module.lookup(&f.name)?;
    let me = &module.functions[writer];
    let load = f.defining_instr(strip_conversions(f, map))?;
    let InstrKind::Load { addr } = f[load].kind else { return None };
    let slice_field = element_of(f, addr)?;
    let select = f.defining_instr(slice_field)?;
    let field = me.fields.selection(me.index_in_unit, select)?;
    let sites = module.cleared_slots().cleared.get(&field)?;
    if tests_element_nil(me, f, field) {
        return None;
    }
    sites.iter().find_map(|&(index, clear)| {
        // Some function calls the clearing function and then, on some path, the writer.
        module
            .calls_in_order(index, writer, false)
            .then(|| module.site(index, module.functions[index].function[clear].span.start))
    })
}

/// Whether `f` compares an element of slice field `field` with nil.
fn tests_element_nil(me: &crate::module::ModuleFunction<'_>, f: &Function, field: ObjId) -> bool {
    let is_nil = |v: ValueId| matches!(f[v].def, ValueDef::Const(ConstValue::Nil));
    let of_field = |v: ValueId| {
        let Some(load) = f.defining_instr(strip_conversions(f, v)) else { return false };
        let InstrKind::Load { addr } = f[load].kind else { return false };
        element_of(f, addr)
            .and_then(|a| f.defining_instr(a))
            .and_then(|s| me.fields.selection(me.index_in_unit, s))
            == Some(field)
    };
    f.block_ids().any(|b| {
        f[b].instrs().iter().any(|&i| {
            matches!(f[i].kind, InstrKind::BinOp { op: BinaryOp::Eql | BinaryOp::Neq, x, y }
                if (is_nil(y) && of_field(x)) || (is_nil(x) && of_field(y)))
        })
    })
}
