//! Struct fields as the whole module uses them: which map fields some code makes, and which no
//! code of the module ever makes and no code outside it can reach, so that every read of them
//! is nil.
//!
//! The IR names a field by its index in a struct type, and the struct type of an address may be
//! a pointer type that only the `ProgramTypeInfo` that built the unit can answer for. So the
//! field's object is looked up right after a unit is built, with that same `ProgramTypeInfo`,
//! into a [`FieldTable`]; the module-wide [`FieldFacts`] are computed from the tables later.

use crate::inner_on_miss::OnMiss;
use crate::module::{BuiltUnit, Module};
use crate::nilness::{is_nil_constant, strip_conversions};
use crate::summary::Site;
use mapscope_ssa::{ConstValue, Function, InstrId, InstrKind, ProgramTypeInfo, ValueDef, ValueId};
use mapscope_types::Program;
use mapscope_types::types::{ObjId, Type, TypeId, TypeView};
use rustc_hash::{FxHashMap, FxHashSet};

/// How deep a type is searched for map fields that a value of it lets other code reach.
const MAX_EXPOSURE_DEPTH: usize = 4;

/// For one unit's functions: the field object each field selection names, and the map fields
/// that each conversion to an interface or call argument lets the callee reach.
#[derive(Debug, Default)]
pub struct FieldTable {
    /// By function index in the unit, then by instruction (`FieldAddr` and `Field`).
    selections: Vec<FxHashMap<InstrId, ObjId>>,
    /// By function index: `make interface`, calls, `go` and `defer`, with the map fields their
    /// operands reach.
    exposures: Vec<Vec<(InstrId, Vec<ObjId>)>>,
    /// The map fields of every struct type the unit creates a value of (allocations, elements
    /// of made slices, maps and channels, package-level variables), nested struct values
    /// included: a method of a struct that is never created never runs on a real value.
    created: FxHashSet<ObjId>,
    /// By function index: the struct type each `Alloc` of a struct with map fields allocates,
    /// so that a search can name the field a place of the allocation is.
    alloc_elems: Vec<FxHashMap<InstrId, TypeId>>,
    /// The map fields inside struct values stored whole through an address that is not a
    /// fresh allocation (`*p = T{...}`, `s[i] = T{...}`, `x.inner = Inner{...}`): such a store
    /// may make the field in a value that already exists.
    stored_whole: FxHashSet<ObjId>,
    /// The map fields such whole stores may make: those a local composite literal sets, or
    /// all of them for any other value.
    made_whole: FxHashSet<ObjId>,
    /// Whole stores of a local composite literal that sets some map fields of its struct but
    /// not these (`r.stats = stats{done: map[string]int{}}` drops `panics`), and stores of nil
    /// into a map field of a value the function then recycles (`s.attrs = nil` before `r.free
    /// = append(r.free, s)`), with the function index and the store.
    reset_drops: Vec<(ObjId, usize, InstrId, Drop)>,
    /// The map fields that some code may leave nil or set to something other than a map it
    /// has just made: an allocation that does not store a `make` into the field, zero elements
    /// of made slices, maps, channels and arrays, package-level values, a store of any other
    /// value, or the field's address handed on.
    maybe_unmade: FxHashSet<ObjId>,
    /// (slice or map field, map field of its element): an `append` stored into the slice
    /// field, or a store into the map field, adds an element built here (a literal, a zero
    /// value) without that map ([`crate::appended_elements`]).
    appended_without: FxHashSet<(ObjId, ObjId)>,
}

impl FieldTable {
    /// The table of `functions`, asking `types`, which must be the one that built them.
    pub fn new(functions: &[Function], types: &ProgramTypeInfo<'_>) -> FieldTable {
        let mut table = FieldTable::default();
        let mut reach_memo: FxHashMap<TypeId, Vec<ObjId>> = FxHashMap::default();
        // Asking for a core type clones the type's structure: each question is asked once.
        let mut field_memo: FxHashMap<(TypeId, u32, bool), Option<ObjId>> = FxHashMap::default();
        let mut empty_memo: FxHashMap<TypeId, bool> = FxHashMap::default();
        let mut created_types: FxHashSet<TypeId> = FxHashSet::default();
        let written_twice = struct_types_written_twice(functions, types);
        let mut field_of = |ty: TypeId, index: u32, through_pointer: bool| {
            *field_memo.entry((ty, index, through_pointer)).or_insert_with(|| {
                let ty = if through_pointer {
                    match types.core_type(ty) {
                        Some(Type::Pointer(elem)) => elem,
                        _ => return None,
                    }
                } else {
                    ty
                };
                field_object(types, *written_twice.get(&ty).unwrap_or(&ty), index)
            })
        };
        let mut whole_memo: FxHashMap<TypeId, Vec<ObjId>> = FxHashMap::default();
        let mut reflection = crate::reflect_created::ReflectScan::default();
        for (function_index, f) in functions.iter().enumerate() {
            let mut selections = FxHashMap::default();
            let mut exposures = Vec::new();
            let mut alloc_elems = FxHashMap::default();
            // Asked once per slice: a literal of n elements has n stores, each of which would
            // otherwise walk the slice's n referrers.
            let mut variadic_memo: FxHashMap<ValueId, bool> = FxHashMap::default();
            for block in f.block_ids() {
                for &i in f[block].instrs() {
                    match &f[i].kind {
                        InstrKind::FieldAddr { base, field } => {
                            if let Some(obj) = field_of(f[*base].ty, *field, true) {
                                selections.insert(i, obj);
                            }
                        }
                        InstrKind::Field { base, field } => {
                            if let Some(obj) = field_of(f[*base].ty, *field, false) {
                                selections.insert(i, obj);
                            }
                        }
                        // An interface with methods is called through them; only an empty
                        // interface (`any`) hands the value to code that looks inside it.
                        InstrKind::MakeInterface { x }
                            if *empty_memo
                                .entry(f[f[i].result().unwrap_or(*x)].ty)
                                .or_insert_with_key(|&ty| is_empty_interface(types, ty)) =>
                        {
                            let reached = reachable_map_fields(types, f[*x].ty, &mut reach_memo);
                            if !reached.is_empty() {
                                exposures.push((i, reached));
                            }
                        }
                        InstrKind::Call { call }
                        | InstrKind::Go { call }
                        | InstrKind::Defer { call } => {
                            let mut reached = Vec::new();
                            for &arg in &call.args {
                                reached.extend(reachable_map_fields(
                                    types,
                                    f[arg].ty,
                                    &mut reach_memo,
                                ));
                            }
                            if !reached.is_empty() {
                                reached.sort_unstable_by_key(|o| (o.arena, o.idx));
                                reached.dedup();
                                exposures.push((i, reached));
                            }
                        }
                        _ => {}
                    }
                    // `s.attrs = nil` on a value that the function then recycles (appends
                    // to a free list, stores, sends): the value lives on without the map.
                    if let InstrKind::Store { addr, value } = &f[i].kind {
                        let dropped = is_nil_constant(f, strip_conversions(f, *value))
                            && matches!(types.core_type(f[*value].ty), Some(Type::Map(..)));
                        if let (true, Some(selection)) = (dropped, f.defining_instr(*addr)) {
                            if let InstrKind::FieldAddr { base, .. } = f[selection].kind {
                                if !in_fresh_allocation(f, base) && recycled(f, base) {
                                    if let Some(&field) = selections.get(&selection) {
                                        table.reset_drops.push((
                                            field,
                                            function_index,
                                            i,
                                            Drop::NilRecycled,
                                        ));
                                    }
                                }
                            }
                        }
                    }
                    if let InstrKind::Store { addr, value } = &f[i].kind {
                        // An allocation, or an element of the slice `append(s, x)` makes for
                        // its variadic arguments or of a slice literal: a copy into a value
                        // being created.
                        let fresh = f.defining_instr(*addr).is_some_and(|d| match &f[d].kind {
                            InstrKind::Alloc { .. } => true,
                            InstrKind::IndexAddr { base, index } => {
                                *variadic_memo
                                    .entry(*base)
                                    .or_insert_with(|| is_variadic_slice(f, *base))
                                    || literal_element(f, *base, *index, i)
                            }
                            _ => false,
                        });
                        if !fresh {
                            let inside = whole_memo
                                .entry(f[*value].ty)
                                .or_insert_with_key(|&ty| map_fields_by_value(types, ty));
                            table.stored_whole.extend(inside.iter().copied());
                            match literal_sets(f, &selections, *value) {
                                // A struct value put into a field of a value being created
                                // (`&Runner{stats: stats{...}}`) is part of that creation.
                                _ if in_fresh_allocation(f, *addr) => {}
                                Some(set) if !set.is_empty() => {
                                    let own = direct_map_fields(types, f[*value].ty);
                                    for &field in &own {
                                        if !set.contains(&field) {
                                            table.reset_drops.push((
                                                field,
                                                function_index,
                                                i,
                                                Drop::Literal,
                                            ));
                                        }
                                    }
                                    table.made_whole.extend(set);
                                    // Map fields of nested struct values: not followed.
                                    table.made_whole.extend(
                                        inside.iter().copied().filter(|o| !own.contains(o)),
                                    );
                                }
                                _ => table.made_whole.extend(inside.iter().copied()),
                            }
                        }
                    }
                    if let InstrKind::Alloc { .. } = &f[i].kind {
                        let elem = f[i].result().and_then(|r| match types.core_type(f[r].ty) {
                            Some(Type::Pointer(e)) => Some(e),
                            _ => None,
                        });
                        if let Some(elem) = elem {
                            let has_maps = !whole_memo
                                .entry(elem)
                                .or_insert_with_key(|&ty| map_fields_by_value(types, ty))
                                .is_empty();
                            if has_maps {
                                alloc_elems.insert(i, elem);
                            }
                        }
                    }
                    let created = match &f[i].kind {
                        InstrKind::Alloc { .. } => f[i].result().map(|r| (f[r].ty, true)),
                        InstrKind::MakeSlice { .. }
                        | InstrKind::MakeMap { .. }
                        | InstrKind::MakeChan { .. } => f[i].result().map(|r| (f[r].ty, false)),
                        _ => None,
                    };
                    if let Some((ty, pointer)) = created {
                        let elem = match (pointer, types.core_type(ty)) {
                            (true, Some(Type::Pointer(e))) => Some(e),
                            (false, Some(Type::Slice(e) | Type::Map(_, e) | Type::Chan(_, e))) => {
                                Some(e)
                            }
                            _ => None,
                        };
                        if let Some(elem) = elem {
                            if created_types.insert(elem) {
                                table.created.extend(map_fields_by_value(types, elem));
                            }
                        }
                    }
                }
            }
            for v in 0..f.value_count() {
                let v = ValueId(v as u32);
                if !matches!(f[v].def, mapscope_ssa::ValueDef::Global { .. }) {
                    continue;
                }
                if let Some(Type::Pointer(elem)) = types.core_type(f[v].ty) {
                    if created_types.insert(elem) {
                        table.created.extend(map_fields_by_value(types, elem));
                    }
                }
            }
            maybe_unmade(f, types, &selections, &mut whole_memo, &mut table.maybe_unmade);
            crate::appended_elements::scan(f, types, &selections, &mut table.appended_without);
            reflection.add_function(f);
            table.selections.push(selections);
            table.exposures.push(exposures);
            table.alloc_elems.push(alloc_elems);
        }
        table.created.extend(reflection.created_fields(types));
        table
    }

    /// The field object that `instr` (a `FieldAddr` or `Field` of function `function`) selects.
    pub fn selection(&self, function: usize, instr: InstrId) -> Option<ObjId> {
        self.selections.get(function)?.get(&instr).copied()
    }

    /// The struct type that `alloc` (an `Alloc` of function `function`) allocates, when it has
    /// map fields.
    pub fn alloc_elem(&self, function: usize, alloc: InstrId) -> Option<TypeId> {
        self.alloc_elems.get(function)?.get(&alloc).copied()
    }

    fn exposures(&self, function: usize) -> &[(InstrId, Vec<ObjId>)] {
        self.exposures.get(function).map_or(&[], Vec::as_slice)
    }
}

/// Adds to `out` the map fields that `f` may leave nil ([`FieldTable::maybe_unmade`]).
fn maybe_unmade(
    f: &Function,
    types: &ProgramTypeInfo<'_>,
    selections: &FxHashMap<InstrId, ObjId>,
    by_value: &mut FxHashMap<TypeId, Vec<ObjId>>,
    out: &mut FxHashSet<ObjId>,
) {
    let is_make = |v: ValueId| {
        f.defining_instr(strip_conversions(f, v))
            .is_some_and(|d| matches!(f[d].kind, InstrKind::MakeMap { .. }))
    };
    // Whether the address of a map field is only loaded from and given fresh maps.
    let only_made_into = |addr: ValueId| {
        f[addr].referrers().iter().all(|&user| match &f[user].kind {
            InstrKind::Load { .. } => true,
            InstrKind::Store { addr: a, value } => *a == addr && is_make(*value),
            _ => false,
        })
    };
    let mut fields_of = |ty: TypeId| {
        by_value.entry(ty).or_insert_with_key(|&ty| map_fields_by_value(types, ty)).clone()
    };
    for block in f.block_ids() {
        for &i in f[block].instrs() {
            let Some(result) = f[i].result() else { continue };
            match &f[i].kind {
                InstrKind::Alloc { .. } => {
                    let Some(Type::Pointer(elem)) = types.core_type(f[result].ty) else {
                        continue;
                    };
                    let inside = fields_of(elem);
                    if inside.is_empty() {
                        continue;
                    }
                    let set = made_at_creation(f, i, selections);
                    out.extend(inside.into_iter().filter(|o| !set.contains(o)));
                }
                InstrKind::MakeSlice { .. }
                | InstrKind::MakeMap { .. }
                | InstrKind::MakeChan { .. } => {
                    if let Some(Type::Slice(e) | Type::Map(_, e) | Type::Chan(_, e)) =
                        types.core_type(f[result].ty)
                    {
                        out.extend(fields_of(e));
                    }
                }
                InstrKind::FieldAddr { .. } => {
                    let Some(&obj) = selections.get(&i) else { continue };
                    if matches!(
                        types.core_type(types_of_pointee(types, f[result].ty)),
                        Some(Type::Map(..))
                    ) && !only_made_into(result)
                    {
                        out.insert(obj);
                    }
                }
                _ => {}
            }
        }
    }
    for v in 0..f.value_count() {
        let v = ValueId(v as u32);
        if let ValueDef::Global { .. } = f[v].def {
            if let Some(Type::Pointer(elem)) = types.core_type(f[v].ty) {
                out.extend(fields_of(elem));
            }
        }
    }
}

/// The direct map fields that the allocation `alloc` gets a fresh map for as it is created
/// (a composite literal, or `t.m = make(...)` right after `t := new(T)`): stored in the
/// allocation's block before anything else uses the value or reads the field; nested struct
/// values are not followed.
pub(crate) fn made_at_creation(
    f: &Function,
    alloc: InstrId,
    selections: &FxHashMap<InstrId, ObjId>,
) -> FxHashSet<ObjId> {
    let (Some(block), Some(result)) = (f[alloc].block(), f[alloc].result()) else {
        return FxHashSet::default();
    };
    let is_make = |v: ValueId| {
        f.defining_instr(strip_conversions(f, v))
            .is_some_and(|d| matches!(f[d].kind, InstrKind::MakeMap { .. }))
    };
    let instrs = f[block].instrs();
    let position = |at: InstrId| {
        (f[at].block() == Some(block)).then(|| instrs.iter().position(|&x| x == at)).flatten()
    };
    let users = f[result].referrers();
    let first_other_use = users
        .iter()
        .filter(|&&u| !matches!(f[u].kind, InstrKind::FieldAddr { .. }))
        .map(|&u| position(u).unwrap_or(usize::MAX))
        .min()
        .unwrap_or(usize::MAX);
    // Where each field is first given a fresh map, and first used otherwise.
    let mut made_at: FxHashMap<ObjId, usize> = FxHashMap::default();
    let mut used_at: FxHashMap<ObjId, usize> = FxHashMap::default();
    for &user in users {
        if !matches!(f[user].kind, InstrKind::FieldAddr { .. }) {
            continue;
        }
        let (Some(addr), Some(&obj)) = (f[user].result(), selections.get(&user)) else {
            continue;
        };
        for &u in f[addr].referrers() {
            let at = position(u).unwrap_or(usize::MAX);
            let slot = match &f[u].kind {
                InstrKind::Store { addr: a, value }
                    if *a == addr && is_make(*value) && at < first_other_use =>
                {
                    made_at.entry(obj).or_insert(usize::MAX)
                }
                _ => used_at.entry(obj).or_insert(usize::MAX),
            };
            *slot = (*slot).min(at);
        }
    }
    made_at
        .into_iter()
        .filter(|(obj, at)| used_at.get(obj).is_none_or(|used| used > at))
        .map(|(obj, _)| obj)
        .collect()
}

/// Whether `slice` is made only to hand `append` its variadic elements: a `make` whose value
/// goes only to element addresses and to `append` calls as the added elements.
fn is_variadic_slice(f: &Function, slice: ValueId) -> bool {
    let made =
        f.defining_instr(slice).is_some_and(|d| matches!(f[d].kind, InstrKind::MakeSlice { .. }));
    made && f[slice].referrers().iter().all(|&u| match &f[u].kind {
        InstrKind::IndexAddr { .. } => true,
        InstrKind::Call { call } => {
            call.callee == mapscope_ssa::Callee::Builtin(mapscope_ssa::Builtin::Append)
                && call.args.get(1) == Some(&slice)
                && call.args.first() != Some(&slice)
        }
        _ => false,
    })
}

/// Whether `store` fills element `index` of the slice `slice` as part of its literal: a
/// constant index of a `make` in the store's own block.
fn literal_element(f: &Function, slice: ValueId, index: ValueId, store: InstrId) -> bool {
    let made =
        f.defining_instr(slice).filter(|&d| matches!(f[d].kind, InstrKind::MakeSlice { .. }));
    made.is_some_and(|d| f[d].block() == f[store].block())
        && matches!(f[strip_conversions(f, index)].def, ValueDef::Const(_))
}

/// The type a pointer type points to, or the type itself.
fn types_of_pointee(types: &ProgramTypeInfo<'_>, ty: TypeId) -> TypeId {
    match types.core_type(ty) {
        Some(Type::Pointer(elem)) => elem,
        _ => ty,
    }
}

/// The map fields of a value of type `ty`: its own and those of struct and array values inside.
fn map_fields_by_value(types: &ProgramTypeInfo<'_>, ty: TypeId) -> Vec<ObjId> {
    let mut out = Vec::new();
    let mut work = vec![(ty, 0)];
    while let Some((t, depth)) = work.pop() {
        if depth > MAX_EXPOSURE_DEPTH {
            continue;
        }
        match types.core_type(t) {
            Some(Type::Array(_, e)) => work.push((e, depth + 1)),
            Some(Type::Struct(fields)) => {
                for field in fields {
                    match types.core_type(field.ty) {
                        Some(Type::Map(..)) => out.extend(field.obj),
                        Some(Type::Struct(_) | Type::Array(..)) => work.push((field.ty, depth + 1)),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    out
}

fn is_empty_interface(types: &ProgramTypeInfo<'_>, ty: TypeId) -> bool {
    match types.core_type(ty) {
        Some(Type::Interface(iface)) => {
            iface.methods.is_empty()
                && iface.embeddeds.is_empty()
                && iface.tset.as_ref().is_none_or(|t| t.methods.is_empty())
        }
        _ => true,
    }
}

/// Struct types written out more than once (`events struct{ ... }` in a declaration and again
/// in the composite literal that fills it, which a function allocates) that the unit selects
/// fields of, each mapped to the
/// one of its identical types whose first field was declared first. Go has one type there,
/// but each writing declares its own field objects; the selections of every writing name the
/// representative's fields, so that a `make` stored through the literal counts for the field
/// the declaration's users write.
fn struct_types_written_twice(
    functions: &[Function],
    types: &ProgramTypeInfo<'_>,
) -> FxHashMap<TypeId, TypeId> {
    use mapscope_ssa::TypeInfo;
    let mut seen: FxHashSet<TypeId> = FxHashSet::default();
    let mut unnamed: Vec<(TypeId, ObjId)> = Vec::new();
    // The struct types a function allocates a value of (a composite literal's writing).
    let mut allocated: FxHashSet<TypeId> = FxHashSet::default();
    for f in functions {
        for block in f.block_ids() {
            for &i in f[block].instrs() {
                if let InstrKind::Alloc { .. } = &f[i].kind
                    && let Some(v) = f[i].result()
                    && let Type::Pointer(elem) = types.structure(f[v].ty)
                {
                    allocated.insert(elem);
                }
                let (base, through_pointer) = match &f[i].kind {
                    InstrKind::FieldAddr { base, .. } => (*base, true),
                    InstrKind::Field { base, .. } => (*base, false),
                    _ => continue,
                };
                let mut ty = f[base].ty;
                if through_pointer {
                    match types.structure(ty) {
                        Type::Pointer(elem) => ty = elem,
                        _ => continue,
                    }
                }
                if !seen.insert(ty) {
                    continue;
                }
                if let Type::Struct(fields) = types.structure(ty)
                    && let Some(first) = fields.first().and_then(|field| field.obj)
                {
                    unnamed.push((ty, first));
                }
            }
        }
    }
    let mut map = FxHashMap::default();
    if unnamed.len() < 2 {
        return map;
    }
    unnamed.sort_unstable_by_key(|&(_, first)| (first.arena, first.idx));
    let mut representatives: Vec<TypeId> = Vec::new();
    // Two writings of one type inside declarations (`insertion struct{...}` and `update
    // struct{...}`, sibling fields) are two places whose fields Go keeps apart: only a writing
    // that a function allocates (the literal) is merged with another.
    for (ty, _) in unnamed {
        let merges = |r: TypeId| {
            (allocated.contains(&ty) || allocated.contains(&r)) && types.identical(r, ty)
        };
        match representatives.iter().find(|&&r| merges(r)) {
            Some(&r) => {
                map.insert(ty, r);
            }
            None => representatives.push(ty),
        }
    }
    map
}

fn field_object(types: &ProgramTypeInfo<'_>, ty: TypeId, index: u32) -> Option<ObjId> {
    match types.core_type(ty)? {
        Type::Struct(fields) => fields.get(index as usize)?.obj,
        _ => None,
    }
}

/// The map fields that a value of type `ty` lets code reach: through pointers, struct fields,
/// slices, arrays and map elements.
fn reachable_map_fields(
    types: &ProgramTypeInfo<'_>,
    ty: TypeId,
    memo: &mut FxHashMap<TypeId, Vec<ObjId>>,
) -> Vec<ObjId> {
    if let Some(found) = memo.get(&ty) {
        return found.clone();
    }
    let mut out = Vec::new();
    let mut work = vec![(ty, 0)];
    let mut seen = FxHashSet::default();
    while let Some((t, depth)) = work.pop() {
        if depth > MAX_EXPOSURE_DEPTH || !seen.insert(t) {
            continue;
        }
        match types.core_type(t) {
            Some(Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e)) => {
                work.push((e, depth + 1))
            }
            Some(Type::Map(_, v)) => work.push((v, depth + 1)),
            Some(Type::Struct(fields)) => {
                for field in fields {
                    if matches!(types.core_type(field.ty), Some(Type::Map(..))) {
                        out.extend(field.obj);
                    }
                    work.push((field.ty, depth + 1));
                }
            }
            _ => {}
        }
    }
    memo.insert(ty, out.clone());
    out
}

/// The unexported map fields of the module's structs that no code of the module makes and that
/// no code outside it can reach (through an empty interface, or as an argument of a function
/// without source).
#[derive(Debug, Default)]
pub struct FieldFacts {
    never_made: FxHashMap<FieldKey, Option<Site>>,
    /// The function literals stored as the `New` of a `sync.Pool`, by go/ssa name.
    pool_news: FxHashSet<String>,
    /// Fields that only methods nothing can call make ([`crate::dead_methods`]), with the
    /// first such method's name as go/ssa spells it.
    made_only_by_dead: FxHashMap<FieldKey, String>,
    /// Fields holding a map of maps into which no code of the module puts an inner map.
    inner_never_made: FxHashSet<FieldKey>,
    /// Fields holding a map of maps into which code of the module puts inner maps only under
    /// constant keys (a constructor seeding `m["GET"]`), with those keys.
    inner_keys: FxHashMap<FieldKey, Vec<ConstValue>>,
    /// Unexported map fields that only the allocation creating a value sets (a composite
    /// literal, or a store into the fresh allocation's field whose address goes nowhere else):
    /// no code of the module stores into the field of a value it did not just allocate, and
    /// none outside it can reach the field.
    set_at_creation: FxHashSet<FieldKey>,
    /// Fields of `set_at_creation` that every allocation creating a value sets to a map it
    /// makes, and no code sets otherwise: never nil, so a nil test of one (a defensive copy's
    /// `if c.headers == nil { return nil }`) never takes its nil branch.
    always_made: FxHashSet<FieldKey>,
    /// Fields holding a map of maps into which the module's code puts inner maps only on the
    /// branch where a lookup found the key missing ([`crate::inner_on_miss`]).
    inner_on_miss: FxHashSet<FieldKey>,
    /// Fields holding a map of maps into which the module's code puts inner maps only in loops,
    /// each under the key of its turn, or on a miss ([`crate::seeded_inner`]).
    inner_seeded: FxHashSet<FieldKey>,
    /// (slice or map field, map field of its element) where the module adds an element
    /// without the map.
    appended_without: FxHashSet<(FieldKey, FieldKey)>,
    /// Unexported map fields that only the allocation creating a value makes, and that a reset
    /// drops from a value that already exists (a whole store of a composite literal that makes
    /// other map fields of the struct but not this one), with where.
    dropped_by_reset: FxHashMap<FieldKey, Vec<Reset>>,
    /// (boolean field, index of a map field of the same struct) where the flag being true
    /// means the map is made ([`crate::flag_fields`]).
    flag_made: FxHashSet<(ObjId, u32)>,
    /// Fields holding a map of maps into which the module's code stores a nil inner map
    /// (`m.usage[tenant] = nil`), with where.
    inner_nil_stored: FxHashMap<FieldKey, Option<Site>>,
    /// Fields holding a map of maps that a decode of constant JSON fills with a `null` inner
    /// map, which no code compares with nil ([`crate::json_null_inner`]), with the decode and
    /// the keys whose inner maps are `null`.
    inner_json_null: FxHashMap<FieldKey, (Option<Site>, Vec<String>)>,
    /// Array fields whose map slots the module makes only at some indices
    /// ([`crate::array_slots`]).
    pub(crate) array_slots: crate::array_slots::SlotFacts,
    /// Map fields of values the module's code encodes to JSON ([`crate::json_encoded`]).
    json_encoded: FxHashSet<FieldKey>,
    /// Names of the map fields of values the module's code encodes with gob
    /// ([`crate::gob_decoded`]), which gob matches by name alone.
    gob_encoded: FxHashSet<Box<str>>,
    /// Map fields that the module's code only ever sets to a map it fills right where it makes
    /// it (a literal with entries), and from which it never deletes: never empty where set.
    never_empty: FxHashSet<FieldKey>,
    /// Named map types with a value-receiver `UnmarshalJSON` that the module's decoding meets
    /// nil ([`crate::zero_decoded`]).
    nil_unmarshaled: FxHashMap<FieldKey, Option<Site>>,
}

/// How a value that lives on loses a map field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Drop {
    /// A struct literal without it, stored over the value.
    Literal,
    /// `v.f = nil`, and the value handed on for reuse.
    NilRecycled,
}

/// A store that drops a map field from a value that lives on.
#[derive(Clone, Debug)]
pub struct Reset {
    pub site: Option<Site>,
    pub how: Drop,
    /// The module's index of the function that resets, and the store.
    pub function: Option<usize>,
    pub store: InstrId,
}

/// A field by its declaration (file and offset): the objects of a generic struct's instances
/// are the same field.
pub(crate) type FieldKey = (u32, u32);

pub(crate) fn key(program: &Program, obj: ObjId) -> Option<FieldKey> {
    let o = program.obj(obj);
    Some((o.file?.0, o.pos))
}

impl FieldFacts {
    /// Scans every function of `units` (package initializers too, which fill package-level
    /// structs) with calls resolved in `module`.
    pub fn new(module: &Module<'_>, units: &[BuiltUnit<'_>]) -> FieldFacts {
        let program = module.program;
        let module_files: FxHashSet<u32> = units
            .iter()
            .flat_map(|u| program.loaded.units[u.unit].files.iter().map(|f| f.0))
            .collect();
        let mut made: FxHashSet<FieldKey> = FxHashSet::default();
        let unexported =
            |o: ObjId| program.obj(o).name.chars().next().is_some_and(|c| !c.is_uppercase());
        let created: FxHashSet<FieldKey> = units
            .iter()
            .flat_map(|u| u.fields.created.iter().filter_map(|&o| key(program, o)))
            .collect();
        let mut inner_made: FxHashSet<FieldKey> = FxHashSet::default();
        let mut inner_const: FxHashMap<FieldKey, Vec<ConstValue>> = FxHashMap::default();
        // Inner maps created under a parameter of the function named: (field, name, param).
        let mut inner_by_param: Vec<(FieldKey, &str, u32)> = Vec::new();
        let mut seen: FxHashMap<FieldKey, ObjId> = FxHashMap::default();
        // Fields some code may make in a value that already exists.
        let mut made_later: FxHashSet<FieldKey> = units
            .iter()
            .flat_map(|u| u.fields.stored_whole.iter().filter_map(|&o| key(program, o)))
            .collect();
        // The same, with whole stores counting only for the map fields they may make.
        let mut made_later_by_parts: FxHashSet<FieldKey> = units
            .iter()
            .flat_map(|u| u.fields.made_whole.iter().filter_map(|&o| key(program, o)))
            .collect();
        let mut drops: FxHashMap<FieldKey, Vec<Reset>> = FxHashMap::default();
        for u in units {
            for &(obj, function, store, how) in &u.fields.reset_drops {
                let (Some(k), Some(f)) = (key(program, obj), u.functions.get(function)) else {
                    continue;
                };
                let function = module.lookup(&f.name);
                let site = function.map(|i| module.site(i, f[store].span.start));
                drops.entry(k).or_default().push(Reset { site, how, function, store });
            }
        }
        let functions = units.iter().flat_map(|u| {
            u.functions.iter().enumerate().map(move |(index, f)| (f, u.fields, index))
        });
        let pool_news = pool_new_functions(program, units);
        let mut on_miss: FxHashSet<FieldKey> = FxHashSet::default();
        let mut seeded: FxHashSet<FieldKey> = FxHashSet::default();
        let mut filled_otherwise: FxHashSet<FieldKey> = FxHashSet::default();
        let mut exposed: FxHashSet<FieldKey> = FxHashSet::default();
        let mut inner_nil_stored: FxHashMap<FieldKey, Option<Site>> = FxHashMap::default();
        // A method nothing can call makes nothing (`Initialize` beside an interface's `Init`).
        let dead = crate::dead_methods::dead_methods(program, module, units);
        let mut dead_makers: FxHashMap<FieldKey, String> = FxHashMap::default();
        // Fields set to a map filled where it is made, and fields set or emptied otherwise.
        let mut filled_stores: FxHashSet<FieldKey> = FxHashSet::default();
        let mut other_stores: FxHashSet<FieldKey> = FxHashSet::default();
        for (f, table, index_in_unit) in functions {
            let dead_function = crate::dead_methods::is_dead(&dead, &f.name);
            let mut dominators = None;
            let field_of = |s: InstrId| table.selection(index_in_unit, s);
            for block in f.block_ids() {
                for &i in f[block].instrs() {
                    let Some(obj) = table.selection(index_in_unit, i) else { continue };
                    let Some(k) = key(program, obj) else { continue };
                    if let InstrKind::FieldAddr { .. } = f[i].kind {
                        seen.insert(k, obj);
                        // A store into a copy nothing reads again (the value variable of a
                        // `range` loop, `sh.m = make(...)`) makes no map anyone sees.
                        // What a method nothing can call makes, no value ever gets.
                        // Nor does a copy of the same field (`h2.attrs = maps.Clone(h.attrs)`).
                        let makes = address_makes(f, i)
                            && !into_unread_copy(f, i)
                            && !crate::self_copies::only_copies_itself(f, i, &|s| {
                                field_of(s).and_then(|o| key(program, o)) == Some(k)
                            });
                        match stores_filled(f, i) {
                            Some(true) => {
                                filled_stores.insert(k);
                            }
                            Some(false) => {
                                other_stores.insert(k);
                            }
                            None => {}
                        }
                        if makes && dead_function {
                            dead_makers.entry(k).or_insert_with(|| f.name.to_string());
                        } else if makes {
                            made.insert(k);
                            if !sets_fresh_allocation(f, i) {
                                made_later.insert(k);
                                made_later_by_parts.insert(k);
                            }
                        }
                    }
                    // A map read from a struct value and emptied (`delete(e.labels, k)`).
                    if matches!(f[i].kind, InstrKind::Field { .. })
                        && f[i].result().is_some_and(|v| emptied(f, v))
                    {
                        other_stores.insert(k);
                    }
                    if let Some(store) = stores_nil_inner(f, i) {
                        inner_nil_stored.entry(k).or_insert_with(|| {
                            module.lookup(&f.name).map(|at| module.site(at, f[store].span.start))
                        });
                    }
                    let fill = selection_fills_inner(f, i);
                    if !matches!(fill, Fill::Nothing) {
                        match crate::inner_on_miss::selection_fills(
                            f,
                            i,
                            &field_of,
                            &mut dominators,
                        ) {
                            OnMiss::Nothing => {}
                            OnMiss::OnMiss => {
                                on_miss.insert(k);
                            }
                            OnMiss::Seeded => {
                                seeded.insert(k);
                            }
                            OnMiss::Other => {
                                filled_otherwise.insert(k);
                            }
                        }
                    }
                    match fill {
                        Fill::Nothing => {}
                        Fill::Keys(keys, params) => {
                            inner_const.entry(k).or_default().extend(keys);
                            for param in params {
                                inner_by_param.push((k, &*f.name, param));
                            }
                        }
                        Fill::Unknown => {
                            inner_made.insert(k);
                        }
                    }
                }
            }
            for (instr, reached) in table.exposures(index_in_unit) {
                let resolved = match &f[*instr].kind {
                    InstrKind::Call { call }
                    | InstrKind::Go { call }
                    | InstrKind::Defer { call } => {
                        // A function value is the module's own code in all but rare programs.
                        module.resolve(f, call).is_some()
                            || only_holds(f, call)
                            || matches!(
                                call.callee,
                                mapscope_ssa::Callee::Builtin(_) | mapscope_ssa::Callee::Dynamic(_)
                            )
                    }
                    // An `any` that only a pool keeps: put back with `Put`, or made by the
                    // pool's `New` function for `Get`.
                    InstrKind::MakeInterface { .. } => f[*instr].result().is_some_and(|v| {
                        f[v].referrers().iter().all(|&u| match &f[u].kind {
                            InstrKind::Call { call } => {
                                only_holds(f, call) || is_errors_as_target(f, call, v)
                            }
                            InstrKind::Return { .. } => {
                                pool_news.contains(&*f.name) || is_heap_pop(f)
                            }
                            InstrKind::Store { addr, value } => {
                                *value == v && only_printed(f, *addr)
                            }
                            _ => false,
                        })
                    }),
                    _ => false,
                };
                if !resolved {
                    // Code without source may fill the field, and its inner maps too.
                    let keys = reached.iter().filter_map(|&o| key(program, o));
                    // An encoder only reads what it is handed, and what a decoder does to a
                    // map field is modelled where the decoded value is read
                    // (`models::json_unmarshal_effect`).
                    let json_call = |call: &mapscope_ssa::CallCommon| {
                        crate::json_encoded::is_encoder_call(f, call)
                            || crate::models::json_unmarshal_target(f, call).is_some()
                    };
                    let read_only = match &f[*instr].kind {
                        InstrKind::Call { call } => json_call(call),
                        InstrKind::MakeInterface { .. } => f[*instr].result().is_some_and(|v| {
                            f[v].referrers().iter().all(|&u| {
                                matches!(&f[u].kind, InstrKind::Call { call } if json_call(call))
                            })
                        }),
                        _ => false,
                    };
                    // What looks inside an `any` is reflection, which cannot set an unexported
                    // field (`CanSet` is false): it leaves such a map as the module made it.
                    let boxed = matches!(f[*instr].kind, InstrKind::MakeInterface { .. });
                    let settable = |&o: &ObjId| !boxed || !unexported(o);
                    let settable: FxHashSet<FieldKey> = reached
                        .iter()
                        .filter(|o| settable(o))
                        .filter_map(|&o| key(program, o))
                        .collect();
                    // A codec (JSON's, gob's) makes values of its own, but sets no unexported
                    // field in them either: only such a field's creation sets it there too.
                    let codec = |call: &mapscope_ssa::CallCommon| {
                        json_call(call)
                            || crate::gob_decoded::decode_target(f, call).is_some()
                            || crate::gob_decoded::is_encoder_call(f, call)
                    };
                    let only_codecs = boxed
                        && f[*instr].result().is_some_and(|v| {
                            f[v].referrers().iter().all(
                                |&u| matches!(&f[u].kind, InstrKind::Call { call } if codec(call)),
                            )
                        });
                    for k in keys {
                        exposed.insert(k);
                        if !read_only {
                            other_stores.insert(k);
                        }
                        if settable.contains(&k) {
                            made.insert(k);
                        }
                        if settable.contains(&k) || !only_codecs {
                            made_later.insert(k);
                            made_later_by_parts.insert(k);
                        }
                        inner_made.insert(k);
                    }
                }
            }
        }
        // A parameter used as a key creates the constants its callers pass, when all of them
        // pass constants.
        if !inner_by_param.is_empty() {
            let calls = crate::param_keys::CallIndex::new(module);
            for (k, name, param) in inner_by_param {
                let keys = module
                    .lookup(name)
                    .and_then(|index| calls.constant_arguments(module, index, param));
                match keys {
                    Some(keys) => inner_const.entry(k).or_default().extend(keys),
                    None => {
                        inner_made.insert(k);
                    }
                }
            }
        }
        // Code outside the module may set an exported field; an unexported one only its own
        // package can, and a field of a `main` package's type only that package (nothing
        // imports a command).
        let command_files: FxHashSet<u32> = units
            .iter()
            .map(|u| &program.loaded.units[u.unit].files)
            .filter(|files| {
                files.first().is_some_and(|f| {
                    let ast = &program.loaded.files[f.0 as usize].ast;
                    ast.names.get(ast.name.name) == "main"
                })
            })
            .flat_map(|files| files.iter().map(|f| f.0))
            .collect();
        let own = |k: &FieldKey, o: ObjId| {
            module_files.contains(&k.0)
                && (unexported(o) || command_files.contains(&k.0))
                && created.contains(k)
        };
        let inner_never_made = seen
            .iter()
            .filter(|&(k, &o)| own(k, o) && !inner_made.contains(k) && !inner_const.contains_key(k))
            .map(|(k, _)| *k)
            .collect();
        let inner_keys = inner_const
            .into_iter()
            .filter(|(k, _)| !inner_made.contains(k) && seen.get(k).is_some_and(|&o| own(k, o)))
            .collect();
        let set_at_creation = seen
            .iter()
            .filter(|&(k, &o)| !made_later.contains(k) && own(k, o))
            .map(|(k, _)| *k)
            .collect();
        let maybe_unmade: FxHashSet<FieldKey> = units
            .iter()
            .flat_map(|u| u.fields.maybe_unmade.iter().filter_map(|&o| key(program, o)))
            .collect();
        let always_made = seen
            .iter()
            .filter(|&(k, &o)| !made_later.contains(k) && !maybe_unmade.contains(k) && own(k, o))
            .map(|(k, _)| *k)
            .collect();
        let appended_without = units
            .iter()
            .flat_map(|u| u.fields.appended_without.iter())
            .filter_map(|&(slice, map)| Some((key(program, slice)?, key(program, map)?)))
            .collect();
        let inner_seeded: FxHashSet<FieldKey> = seeded
            .into_iter()
            .filter(|k| !filled_otherwise.contains(k) && !exposed.contains(k))
            .filter(|k| seen.get(k).is_some_and(|&o| own(k, o)))
            .collect();
        let inner_on_miss = on_miss
            .into_iter()
            .filter(|k| !filled_otherwise.contains(k) && !exposed.contains(k))
            .filter(|k| !inner_seeded.contains(k))
            .filter(|k| seen.get(k).is_some_and(|&o| own(k, o)))
            .collect();
        let dropped_by_reset = drops
            .into_iter()
            .filter(|(k, _)| {
                !made_later_by_parts.contains(k) && seen.get(k).is_some_and(|&o| own(k, o))
            })
            .collect();
        let never_made: FxHashMap<FieldKey, Option<Site>> = seen
            .into_iter()
            .filter(|&(k, o)| !made.contains(&k) && own(&k, o))
            .map(|(k, o)| (k, declaration(program, o)))
            .collect();
        let mut flags = crate::flag_fields::FlagScan::default();
        for u in units {
            for (index, f) in u.functions.iter().enumerate() {
                flags.add_function(program, f, |i| u.fields.selection(index, i));
            }
        }
        let flag_made = flags.finish();
        let json_encoded = crate::json_encoded::encoded_map_fields(program, units)
            .into_iter()
            .filter_map(|o| key(program, o))
            .collect();
        let array_slots = crate::array_slots::SlotFacts::new(program, units, &|o| {
            let k = key(program, o)?;
            (module_files.contains(&k.0) && (unexported(o) || command_files.contains(&k.0)))
                .then_some(k)
        });
        let never_empty = filled_stores.into_iter().filter(|k| !other_stores.contains(k)).collect();
        let made_only_by_dead =
            dead_makers.into_iter().filter(|(k, _)| never_made.contains_key(k)).collect();
        FieldFacts {
            never_made,
            pool_news: pool_news.iter().map(|name| name.to_string()).collect(),
            made_only_by_dead,
            inner_never_made,
            inner_keys,
            set_at_creation,
            always_made,
            inner_on_miss,
            inner_seeded,
            appended_without,
            dropped_by_reset,
            flag_made,
            inner_nil_stored,
            inner_json_null: crate::json_null_inner::null_inner_fields(module, units)
                .into_iter()
                .filter_map(|n| {
                    let site = module.lookup(&n.function).map(|i| module.site(i, n.at));
                    Some((key(program, n.field)?, (site, n.keys)))
                })
                .collect(),
            json_encoded,
            array_slots,
            gob_encoded: crate::gob_decoded::encoded_names(program, units),
            never_empty,
            nil_unmarshaled: crate::zero_decoded::nil_unmarshaled(program, units)
                .into_iter()
                .map(|(k, (name, at))| (k, module.lookup(&name).map(|i| module.site(i, at))))
                .collect(),
        }
    }

    /// Whether encoding/json meets a nil map of the named type declared by `obj` and calls its
    /// value-receiver `UnmarshalJSON` on it, with a decoding call that does.
    pub fn nil_unmarshaled(&self, program: &Program, obj: ObjId) -> Option<&Option<Site>> {
        self.nil_unmarshaled.get(&key(program, obj)?)
    }

    /// Whether every map the module's code stores into map field `obj` has entries from where
    /// it is made on, and no code deletes from or clears one: the field is never an empty map
    /// (so `omitempty` never drops it from what the module encodes).
    pub fn never_empty(&self, program: &Program, obj: ObjId) -> bool {
        key(program, obj).is_some_and(|k| self.never_empty.contains(&k))
    }

    /// Whether the module's code encodes values holding map field `obj` to JSON.
    pub fn json_encoded(&self, program: &Program, obj: ObjId) -> bool {
        key(program, obj).is_some_and(|k| self.json_encoded.contains(&k))
    }

    /// Whether the module's code encodes with gob values holding a map field named `name`.
    pub fn gob_encoded(&self, name: &str) -> bool {
        self.gob_encoded.contains(name)
    }

    /// Whether boolean field `flag` being true means that the map field at index `map_field`
    /// of the same struct is made.
    pub fn flag_means_made(&self, flag: ObjId, map_field: u32) -> bool {
        self.flag_made.contains(&(flag, map_field))
    }

    /// Whether no code of the module puts an inner map into the map of maps in field `obj`.
    pub fn inner_never_made(&self, program: &Program, obj: ObjId) -> bool {
        key(program, obj).is_some_and(|k| self.inner_never_made.contains(&k))
    }

    /// The constant keys under which the module's code puts inner maps into the map of maps in
    /// field `obj`, when it puts them under no other key and code outside it cannot.
    pub fn inner_keys(&self, program: &Program, obj: ObjId) -> Option<&[ConstValue]> {
        self.inner_keys.get(&key(program, obj)?).map(Vec::as_slice)
    }

    /// Whether map field `obj` is set only by the allocation that creates a value: a value
    /// created without it keeps it nil, whoever the value is handed to.
    pub fn set_at_creation(&self, program: &Program, obj: ObjId) -> bool {
        key(program, obj).is_some_and(|k| self.set_at_creation.contains(&k))
    }

    /// Whether map field `obj` holds a map on every value: every creation makes it and nothing
    /// stores anything else into it.
    pub fn always_made(&self, program: &Program, obj: ObjId) -> bool {
        key(program, obj).is_some_and(|k| self.always_made.contains(&k))
    }

    /// Whether the module puts inner maps into the map of maps in field `obj` only where a
    /// lookup found their key missing.
    pub fn inner_on_miss(&self, program: &Program, obj: ObjId) -> bool {
        key(program, obj).is_some_and(|k| self.inner_on_miss.contains(&k))
    }

    /// Whether the module's code puts inner maps into the map of maps in field `obj` only in
    /// loops, each under the key of its turn, or on a miss.
    pub fn inner_seeded(&self, program: &Program, obj: ObjId) -> bool {
        key(program, obj).is_some_and(|k| self.inner_seeded.contains(&k))
    }

    /// Where a decode of constant JSON leaves a `null` inner map in the map of maps in field
    /// `obj` that no code compares with nil, if one does, with the keys whose inner maps are
    /// `null`.
    pub fn inner_json_null(
        &self,
        program: &Program,
        obj: ObjId,
    ) -> Option<&(Option<Site>, Vec<String>)> {
        self.inner_json_null.get(&key(program, obj)?)
    }

    /// Where the module's code stores a nil inner map into the map of maps in field `obj`, if
    /// it does.
    pub fn inner_nil_stored(&self, program: &Program, obj: ObjId) -> Option<&Option<Site>> {
        self.inner_nil_stored.get(&key(program, obj)?)
    }

    /// Whether the module adds to slice or map field `slice` an element built without map
    /// field `map`.
    pub fn appended_without(&self, program: &Program, slice: ObjId, map: ObjId) -> bool {
        match (key(program, slice), key(program, map)) {
            (Some(s), Some(m)) => self.appended_without.contains(&(s, m)),
            _ => false,
        }
    }

    /// When map field `obj` is made only where a value is created and resets drop it from a
    /// value that exists: the resets, in the order of the module's units and functions.
    pub fn dropped_by_reset(&self, program: &Program, obj: ObjId) -> &[Reset] {
        key(program, obj).and_then(|k| self.dropped_by_reset.get(&k)).map_or(&[], Vec::as_slice)
    }

    /// The method nothing can call that makes field `obj`, when only such methods make it.
    pub fn made_only_by_dead(&self, program: &Program, obj: ObjId) -> Option<&str> {
        self.made_only_by_dead.get(&key(program, obj)?).map(String::as_str)
    }

    /// Whether the function named `name` is stored as the `New` of a `sync.Pool`.
    pub fn is_pool_new(&self, name: &str) -> bool {
        self.pool_news.contains(name)
    }

    /// Whether field `obj` is never made, and where it is declared.
    pub fn never_made(&self, program: &Program, obj: ObjId) -> Option<&Option<Site>> {
        self.never_made.get(&key(program, obj)?)
    }
}

/// Standard-library containers that keep the value they are given for a later `Get`, `Load`
/// or `Value` and never write into it: a pointer put back into a `sync.Pool` is not filled by
/// the pool, nor one pushed onto a `container/list`. `container/heap.Push` hands the value to
/// the heap's own `Push` method, which is the module's code and seen as such.
const HOLDERS: &[&str] = &[
    "container/heap.Push",
    "(*sync.Pool).Put",
    "(*sync.Map).Store",
    "(*sync.Map).LoadOrStore",
    "(*sync.Map).Swap",
    "(*container/list.List).PushFront",
    "(*container/list.List).PushBack",
    "(*container/list.List).InsertBefore",
    "(*container/list.List).InsertAfter",
    // An atomic only publishes the value it is given; `Load` hands it back
    // ([`crate::atomic_stores`]).
    "(*sync/atomic.Value).Load",
    "(*sync/atomic.Value).Store",
    "(*sync/atomic.Value).Swap",
    "(*sync/atomic.Value).CompareAndSwap",
    "(*sync/atomic.Pointer[T]).Load",
    "(*sync/atomic.Pointer[T]).Store",
    "(*sync/atomic.Pointer[T]).Swap",
    "(*sync/atomic.Pointer[T]).CompareAndSwap",
];

/// Standard-library functions that format their variadic `any` arguments and never write into
/// them (what they call on the values, `String` and `Error` methods, is the module's own code).
const PRINTERS: &[&str] = &[
    "fmt.Print",
    "fmt.Printf",
    "fmt.Println",
    "fmt.Sprint",
    "fmt.Sprintf",
    "fmt.Sprintln",
    "fmt.Fprint",
    "fmt.Fprintf",
    "fmt.Fprintln",
    "fmt.Errorf",
    "log.Print",
    "log.Printf",
    "log.Println",
    "log.Fatal",
    "log.Fatalf",
    "log.Fatalln",
    "log.Panic",
    "log.Panicf",
    "log.Panicln",
];

/// Whether `addr` is an element of a variadic `[]any` made for calls of [`PRINTERS`] only.
pub(crate) fn only_printed(f: &Function, addr: ValueId) -> bool {
    let Some(index) = f.defining_instr(addr) else { return false };
    let InstrKind::IndexAddr { base, .. } = &f[index].kind else { return false };
    let Some(make) = f.defining_instr(*base) else { return false };
    matches!(f[make].kind, InstrKind::MakeSlice { .. })
        && f[*base].referrers().iter().all(|&u| match &f[u].kind {
            InstrKind::IndexAddr { .. } => true,
            InstrKind::Call { call } => {
                matches!(&call.callee, mapscope_ssa::Callee::Static(c)
                    if matches!(&f[*c].def, ValueDef::Function { name } if PRINTERS.contains(&&**name)))
            }
            _ => false,
        })
}

/// Whether `call` is `errors.As(err, target)` with `target` the interface `v`: it sets the
/// pointer `target` points to, to an error the chain holds, and writes nothing inside that.
pub fn is_errors_as_target(f: &Function, call: &mapscope_ssa::CallCommon, v: ValueId) -> bool {
    call.args.get(1) == Some(&v)
        && matches!(&call.callee, mapscope_ssa::Callee::Static(c)
            if matches!(&f[*c].def, ValueDef::Function { name } if &**name == "errors.As"))
}

/// Whether `f` is a heap's `Pop` method (`func (q *Queue) Pop() any`): what it boxes goes
/// back through `container/heap.Pop`, which writes nothing into it, to the module's caller.
fn is_heap_pop(f: &Function) -> bool {
    f.name.starts_with('(')
        && f.name.ends_with(").Pop")
        && f.params().len() == 1
        && f.result_types.len() == 1
}

/// Whether `call` is to one of [`HOLDERS`], or to `cmp.Or`, which only compares its
/// arguments with the zero value and returns one.
fn only_holds(f: &Function, call: &mapscope_ssa::CallCommon) -> bool {
    if crate::global_literals::is_cmp_or(f, &call.callee) {
        return true;
    }
    let mapscope_ssa::Callee::Static(callee) = &call.callee else { return false };
    matches!(&f[*callee].def, mapscope_ssa::ValueDef::Function { name } if HOLDERS.contains(&&**name))
}

/// The function literals stored as the `New` of a `sync.Pool` (a literal has that one
/// reference, so what it returns goes to the pool's `Get` only).
fn pool_new_functions<'a>(program: &Program, units: &[BuiltUnit<'a>]) -> FxHashSet<&'a str> {
    let mut out = FxHashSet::default();
    let types = program.types();
    let functions = units
        .iter()
        .flat_map(|u| u.functions.iter().enumerate().map(move |(index, f)| (f, u.fields, index)));
    for (f, table, index_in_unit) in functions {
        for block in f.block_ids() {
            for &i in f[block].instrs() {
                let InstrKind::Store { addr, value } = &f[i].kind else { continue };
                let Some(field) = f.defining_instr(*addr) else { continue };
                let Some(obj) = table.selection(index_in_unit, field) else { continue };
                let object = program.obj(obj);
                if &*object.name != "New" || types.pkg_path(object.pkg) != "sync" {
                    continue;
                }
                let function = match f.defining_instr(*value).map(|d| &f[d].kind) {
                    Some(InstrKind::MakeClosure { func, .. }) => *func,
                    _ => *value,
                };
                let mapscope_ssa::ValueDef::Function { name } = &f[function].def else { continue };
                if name.contains('$') {
                    out.insert(&**name);
                }
            }
        }
    }
    out
}

/// What a field selection of a map of maps does to its inner maps.
enum Fill {
    Nothing,
    /// Writes non-nil inner maps under these constant keys only, and under these parameters
    /// of the function.
    Keys(Vec<ConstValue>, Vec<u32>),
    /// May let an inner map in under any key.
    Unknown,
}

/// Whether a field selection (`FieldAddr` or `Field`) of a map of maps lets an inner map in:
/// a store of anything but a fresh map without inner maps, a write of a non-nil inner map into
/// the loaded map (under constant keys only, or any), or the loaded map going anywhere but
/// lookups, `len`, `range` and deletes.
fn selection_fills_inner(f: &Function, selection: InstrId) -> Fill {
    let mut keys = Vec::new();
    let mut params = Vec::new();
    let unknown = selection_fills_inner_at(f, selection, &mut keys, &mut params);
    match (unknown, keys.is_empty() && params.is_empty()) {
        (true, _) => Fill::Unknown,
        (false, true) => Fill::Nothing,
        (false, false) => Fill::Keys(keys, params),
    }
}

/// [`selection_fills_inner`]: true when an inner map may come in under any key; the constant
/// keys of writes of inner maps are added to `keys`, and the parameters used as keys to
/// `params` (their callers' constants are the keys, [`crate::param_keys`]).
fn selection_fills_inner_at(
    f: &Function,
    selection: InstrId,
    keys: &mut Vec<ConstValue>,
    params: &mut Vec<u32>,
) -> bool {
    let Some(result) = f[selection].result() else { return true };
    let map_values: Vec<ValueId> = match f[selection].kind {
        InstrKind::Field { .. } => vec![result],
        _ => {
            let mut loaded = Vec::new();
            for &user in f[result].referrers() {
                match &f[user].kind {
                    InstrKind::Load { .. } => loaded.extend(f[user].result()),
                    InstrKind::Store { addr, value } if *addr == result => {
                        if !fresh_without_inner(f, strip_conversions(f, *value)) {
                            return true;
                        }
                    }
                    InstrKind::FieldAddr { .. } => {}
                    _ => return true,
                }
            }
            loaded
        }
    };
    map_values.into_iter().any(|m| {
        f[m].referrers().iter().any(|&user| match &f[user].kind {
            InstrKind::MapLookup { map, key, .. } => *map != m || *key == m,
            InstrKind::MapUpdate { map, key, value } => {
                if *map != m || *key == m {
                    return true;
                }
                if is_nil_constant(f, strip_conversions(f, *value)) {
                    return false;
                }
                match &f[strip_conversions(f, *key)].def {
                    ValueDef::Const(c) => {
                        keys.push(c.clone());
                        false
                    }
                    ValueDef::Param { index, .. } => {
                        params.push(*index);
                        false
                    }
                    _ => true,
                }
            }
            InstrKind::MapDelete { map, key } => *map != m || *key == m,
            InstrKind::MapRange { .. } | InstrKind::MapClear { .. } | InstrKind::BinOp { .. } => {
                false
            }
            // `m == nil` converts the map first.
            InstrKind::Convert { kind: mapscope_ssa::ConversionKind::ChangeType, .. } => {
                f[user].result().is_none_or(|r| {
                    f[r].referrers().iter().any(|&u| !matches!(f[u].kind, InstrKind::BinOp { .. }))
                })
            }
            InstrKind::Call { call } => {
                call.callee != mapscope_ssa::Callee::Builtin(mapscope_ssa::Builtin::Len)
            }
            _ => true,
        })
    })
}

/// Whether `v` is nil or a map made here into which nothing writes a non-nil element.
fn fresh_without_inner(f: &Function, v: ValueId) -> bool {
    if is_nil_constant(f, v) {
        return true;
    }
    let Some(make) = f.defining_instr(v) else { return false };
    matches!(f[make].kind, InstrKind::MakeMap { .. })
        && f[v].referrers().iter().all(|&user| match &f[user].kind {
            InstrKind::MapUpdate { map, value, .. } => {
                *map != v || is_nil_constant(f, strip_conversions(f, *value))
            }
            InstrKind::Store { value, .. } => *value == v,
            _ => false,
        })
}

/// Whether the address a `FieldAddr` computes may receive a map: a store of something other
/// than nil, or any use but loads and stores into it.
fn address_makes(f: &Function, field_addr: InstrId) -> bool {
    let Some(addr) = f[field_addr].result() else { return true };
    f[addr].referrers().iter().any(|&user| match &f[user].kind {
        InstrKind::Load { .. } => false,
        InstrKind::Store { addr: a, value } => {
            *a != addr || !is_nil_constant(f, strip_conversions(f, *value))
        }
        // Deeper fields of a struct-valued field are selected by their own FieldAddr.
        InstrKind::FieldAddr { .. } => false,
        _ => true,
    })
}

/// What the stores through a `FieldAddr` put into a map field: `Some(true)` when they only
/// store maps filled in the block that makes them (a literal with entries) and nothing deletes
/// from or clears the map loaded from the field, `Some(false)` when something else is stored or
/// the map is emptied (or the address goes elsewhere), `None` when the address is only loaded.
fn stores_filled(f: &Function, field_addr: InstrId) -> Option<bool> {
    let addr = f[field_addr].result()?;
    let mut stored = false;
    for &user in f[addr].referrers() {
        match &f[user].kind {
            InstrKind::Store { addr: a, value } if *a == addr => {
                if !filled_at_make(f, strip_conversions(f, *value)) {
                    return Some(false);
                }
                stored = true;
            }
            InstrKind::Load { .. } => {
                if f[user].result().is_some_and(|loaded| emptied(f, loaded)) {
                    return Some(false);
                }
            }
            InstrKind::FieldAddr { .. } => {}
            _ => return Some(false),
        }
    }
    stored.then_some(true)
}

/// Whether map `map` is handed to `delete` or `clear`.
fn emptied(f: &Function, map: ValueId) -> bool {
    f[map].referrers().iter().any(|&u| match &f[u].kind {
        InstrKind::MapDelete { map: m, .. } | InstrKind::MapClear { map: m } => *m == map,
        _ => false,
    })
}

/// Whether `map` is a `make` with a write into it in the same block (a literal with entries),
/// so that it is never empty once stored.
fn filled_at_make(f: &Function, map: ValueId) -> bool {
    let Some(made) = f.defining_instr(map) else { return false };
    if !matches!(f[made].kind, InstrKind::MakeMap { .. }) {
        return false;
    }
    let block = f[made].block();
    !emptied(f, map)
        && f[map].referrers().iter().any(|&u| {
            matches!(&f[u].kind, InstrKind::MapUpdate { map: m, .. } if *m == map)
                && f[u].block() == block
        })
}

/// Whether a `FieldAddr` selects a field of a fresh allocation of its function and its address
/// is only loaded from and stored into: a composite literal's field, or `t.m = make(...)`
/// right after `t := &T{}`, which sets the field of the value being created.
fn sets_fresh_allocation(f: &Function, field_addr: InstrId) -> bool {
    let InstrKind::FieldAddr { base, .. } = &f[field_addr].kind else { return false };
    let fresh =
        f.defining_instr(*base).is_some_and(|d| matches!(f[d].kind, InstrKind::Alloc { .. }));
    let Some(addr) = f[field_addr].result() else { return false };
    fresh
        && f[addr].referrers().iter().all(|&user| match &f[user].kind {
            InstrKind::Load { .. } => true,
            InstrKind::Store { addr: a, value } => *a == addr && *value != addr,
            _ => false,
        })
}

/// How deep [`only_written`] follows fields of fields.
const MAX_UNREAD_DEPTH: usize = 4;

/// Whether a `FieldAddr` selects a field of a local variable whose memory is only ever written:
/// its address goes nowhere but into stores and into field selections that are only stored
/// into, so a map made there is never seen.
fn into_unread_copy(f: &Function, field_addr: InstrId) -> bool {
    let InstrKind::FieldAddr { base, .. } = &f[field_addr].kind else { return false };
    let Some(alloc) = f.defining_instr(*base) else { return false };
    matches!(f[alloc].kind, InstrKind::Alloc { .. }) && only_written(f, *base, 0)
}

/// Whether address `addr` is only stored into, itself or through field selections.
fn only_written(f: &Function, addr: ValueId, depth: usize) -> bool {
    depth <= MAX_UNREAD_DEPTH
        && f[addr].referrers().iter().all(|&user| match &f[user].kind {
            InstrKind::Store { addr: a, value } => *a == addr && *value != addr,
            InstrKind::FieldAddr { .. } => {
                f[user].result().is_some_and(|r| only_written(f, r, depth + 1))
            }
            _ => false,
        })
}

fn declaration(program: &Program, obj: ObjId) -> Option<Site> {
    let o = program.obj(obj);
    let file = &program.loaded.files[o.file?.0 as usize];
    let lc = file.ast.line_col(o.pos);
    Some(Site { path: file.display.clone(), offset: o.pos, line: lc.line, col: lc.col })
}

/// The field selection (`FieldAddr`) whose address `v` is loaded from.
pub fn loaded_selection(f: &Function, v: ValueId) -> Option<InstrId> {
    let load = f.defining_instr(v)?;
    let InstrKind::Load { addr } = &f[load].kind else { return None };
    selected_field(f, *addr)
}

/// The field a load reads when its address is a field selection: the `FieldAddr` instruction.
pub fn selected_field(f: &Function, addr: ValueId) -> Option<InstrId> {
    let instr = f.defining_instr(addr)?;
    matches!(f[instr].kind, InstrKind::FieldAddr { .. }).then_some(instr)
}

/// The update that stores a nil inner map into the map that field selection `selection` reads
/// (`m.usage[tenant] = nil`), if one does.
fn stores_nil_inner(f: &Function, selection: InstrId) -> Option<InstrId> {
    let result = f[selection].result()?;
    let maps: Vec<ValueId> = match f[selection].kind {
        InstrKind::Field { .. } => vec![result],
        _ => f[result]
            .referrers()
            .iter()
            .filter(|&&u| matches!(f[u].kind, InstrKind::Load { .. }))
            .filter_map(|&u| f[u].result())
            .collect(),
    };
    maps.into_iter().find_map(|map| {
        f[map].referrers().iter().copied().find(|&u| {
            matches!(&f[u].kind, InstrKind::MapUpdate { map: m, value, .. }
                if *m == map && is_nil_constant(f, strip_conversions(f, *value)))
        })
    })
}

/// The map fields that `value`, a load of a local composite literal (an `Alloc` whose address
/// goes only to field selections that are stored into or loaded), sets to something other than
/// nil; `None` for any other value.
fn literal_sets(
    f: &Function,
    selections: &FxHashMap<InstrId, ObjId>,
    value: ValueId,
) -> Option<Vec<ObjId>> {
    let load = f.defining_instr(value)?;
    let InstrKind::Load { addr } = f[load].kind else { return None };
    let alloc = f.defining_instr(addr)?;
    if !matches!(f[alloc].kind, InstrKind::Alloc { .. }) {
        return None;
    }
    let mut set = Vec::new();
    for &user in f[addr].referrers() {
        match &f[user].kind {
            InstrKind::Load { .. } => {}
            InstrKind::FieldAddr { .. } => {
                let field_addr = f[user].result()?;
                for &use_ in f[field_addr].referrers() {
                    match &f[use_].kind {
                        InstrKind::Store { addr: a, value: v } if *a == field_addr => {
                            let v = crate::nilness::strip_conversions(f, *v);
                            if !crate::nilness::is_nil_constant(f, v) {
                                set.push(*selections.get(&user)?);
                            }
                        }
                        InstrKind::Load { .. } => {}
                        _ => return None,
                    }
                }
            }
            _ => return None,
        }
    }
    Some(set)
}

/// The map fields of struct type `ty` itself (not of struct values inside it).
pub(crate) fn direct_map_fields(types: &ProgramTypeInfo<'_>, ty: TypeId) -> Vec<ObjId> {
    match types.core_type(ty) {
        Some(Type::Struct(fields)) => fields
            .iter()
            .filter(|field| matches!(types.core_type(field.ty), Some(Type::Map(..))))
            .filter_map(|field| field.obj)
            .collect(),
        _ => Vec::new(),
    }
}

/// Whether `addr` is the address of a field (of a field...) of an allocation of `f`.
fn in_fresh_allocation(f: &Function, mut addr: ValueId) -> bool {
    for _ in 0..MAX_UNREAD_DEPTH {
        match f.defining_instr(addr).map(|d| &f[d].kind) {
            Some(InstrKind::FieldAddr { base, .. }) => addr = *base,
            Some(InstrKind::Alloc { .. }) => return true,
            _ => return false,
        }
    }
    false
}

/// Whether the pointer `value` is handed on where it lives after the function: stored,
/// appended to a slice, sent on a channel, or put back into a `sync.Pool`.
fn recycled(f: &Function, value: ValueId) -> bool {
    f[value].referrers().iter().any(|&user| match &f[user].kind {
        // Not into a local variable (a closure's captured copy).
        InstrKind::Store { addr, value: v } => {
            *v == value
                && !f
                    .defining_instr(*addr)
                    .is_some_and(|d| matches!(f[d].kind, InstrKind::Alloc { .. }))
        }
        InstrKind::Send { value: v, .. } => *v == value,
        InstrKind::Call { call } => match &call.callee {
            mapscope_ssa::Callee::Builtin(mapscope_ssa::Builtin::Append) => true,
            mapscope_ssa::Callee::Static(callee) => matches!(&f[*callee].def,
                ValueDef::Function { name } if &**name == "(*sync.Pool).Put"),
            _ => false,
        },
        // `any(p)` handed to `Pool.Put`.
        InstrKind::MakeInterface { .. } => f[user].result().is_some_and(|r| recycled(f, r)),
        _ => false,
    })
}
