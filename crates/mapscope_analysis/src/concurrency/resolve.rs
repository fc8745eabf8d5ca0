//! What object a value of the IR denotes, in a calling context: the abstraction that lets two
//! accesses in different goroutines be recognised as touching the same map or the same mutex.
//!
//! Objects are named by where they are allocated (an `Alloc`, `make` or composite literal of one
//! function), by a package-level variable, or by a parameter of a function the walk started from
//! without a caller; fields, elements and the contents of memory extend them. A value is followed
//! through copies, parameters bound at call sites, free variables bound by `MakeClosure`, and the
//! results of static calls. What cannot be followed (an interface call's result, a value loaded
//! from a slice of pointers) has no object, and accesses through it are not compared: the check
//! stays silent rather than guess.

pub use crate::models::static_callee_name;
use mapscope_ssa::{
    Callee, ConstValue, ConversionKind, Function, InstrId, InstrKind, ValueDef, ValueId,
};
use std::rc::Rc;

pub(crate) mod context_values;

/// For each package-level variable, its one store (function index and value), if it has one.
pub type GlobalStores = rustc_hash::FxHashMap<Box<str>, Option<(usize, ValueId)>>;

/// The stores into each struct field (by the struct pointer's type and the field): the storing
/// function's index and the value.
/// The field a response writer's `Header()` map is taken to be (no struct has that many
/// fields).
pub const RESPONSE_HEADER: u32 = u32::MAX - 1;

pub type FieldStores = rustc_hash::FxHashMap<(String, u32), Vec<(usize, ValueId)>>;

/// For a field `K.f` every store of which gives a new `K` a field path of the struct it is
/// then stored into (`t.keeper = &keeper{mu: &t.mu}`): the parent's type, its field holding
/// the `K`, and the path (`[mu]`), by `K`'s pointer type and `f`.
pub type BackPointers = rustc_hash::FxHashMap<(String, u32), Option<(String, u32, Rc<[u32]>)>>;

/// For each struct field holding a map of functions, the functions stored into such maps.
pub type MapFunctions = rustc_hash::FxHashMap<(String, u32), Vec<Rc<Context>>>;

/// For each struct field (by the struct pointer's type and the field), the one function stored.
pub type FieldFunctions = rustc_hash::FxHashMap<(String, u32), Option<Vec<Rc<Context>>>>;

/// How many concrete values an interface call is followed into.
const MAX_IMPLEMENTATIONS: usize = 4;

/// How deep resolution follows bindings and calls before giving up.
const MAX_DEPTH: usize = 12;

/// An abstract object: a variable, an allocation, or a part of one.
#[derive(Clone, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum Obj {
    /// Memory allocated by instruction `instr` of function `func` (an index into the unit's
    /// functions): a variable's `Alloc`, a `make`, a composite literal.
    Site { func: usize, instr: InstrId },
    /// A package-level variable's memory, by its name.
    Global(Rc<str>),
    /// Parameter `index` of function `func`, for a function the walk entered without a caller.
    Param { func: usize, index: u32 },
    /// Field `field` of the struct the base points to (or is).
    Field(Rc<Obj>, u32),
    /// Any element of the array or slice the base points to (or is).
    Elem(Rc<Obj>),
    /// The element of the array or slice the base points to (or is) that a hash of a key picks
    /// (`shards[hash(k)%n]`): any two picks may be the same element, whatever their keys.
    Shard(Rc<Obj>),
    /// The value stored in the memory the base points to.
    Contents(Rc<Obj>),
    /// The value the map the base is holds under a constant key (as the constant's spelling):
    /// the inner map `m["acme"]` of a map of maps.
    Entry(Rc<Obj>, Rc<str>),
}

impl Obj {
    /// Whether the object is an element of an array or slice. Which element is not tracked, so
    /// two goroutines writing `parts[i]` may well touch different ones.
    pub fn through_element(&self) -> bool {
        match self {
            Obj::Elem(_) => true,
            Obj::Site { .. } | Obj::Global(_) | Obj::Param { .. } => false,
            Obj::Field(base, _) | Obj::Contents(base) | Obj::Entry(base, _) | Obj::Shard(base) => {
                base.through_element()
            }
        }
    }

    /// Whether the object is reached from a parameter of a function the walk entered without
    /// a caller, so it stands for whatever that caller would pass.
    pub fn relative_to_param(&self) -> bool {
        match self {
            Obj::Param { .. } => true,
            Obj::Site { .. } | Obj::Global(_) => false,
            Obj::Field(base, _)
            | Obj::Contents(base)
            | Obj::Entry(base, _)
            | Obj::Shard(base)
            | Obj::Elem(base) => base.relative_to_param(),
        }
    }

    /// The object with every hashed pick of an element taken as any element (`Shard` as
    /// `Elem`): the accesses that may touch the same map are grouped by it.
    pub fn unsharded(&self) -> Obj {
        match self {
            Obj::Site { .. } | Obj::Global(_) | Obj::Param { .. } => self.clone(),
            Obj::Field(base, field) => Obj::Field(Rc::new(base.unsharded()), *field),
            Obj::Elem(base) | Obj::Shard(base) => Obj::Elem(Rc::new(base.unsharded())),
            Obj::Contents(base) => Obj::Contents(Rc::new(base.unsharded())),
            Obj::Entry(base, key) => Obj::Entry(Rc::new(base.unsharded()), key.clone()),
        }
    }

    /// The element objects along the path (`Elem(..)` parts): a mutex reached through one is
    /// some element's mutex, which guards only what is reached through the same element.
    pub fn elements(&self) -> impl Iterator<Item = &Obj> {
        let mut next = Some(self);
        std::iter::from_fn(move || {
            while let Some(obj) = next {
                next = match obj {
                    Obj::Site { .. } | Obj::Global(_) | Obj::Param { .. } => None,
                    Obj::Field(base, _)
                    | Obj::Elem(base)
                    | Obj::Shard(base)
                    | Obj::Contents(base)
                    | Obj::Entry(base, _) => Some(&**base),
                };
                if matches!(obj, Obj::Elem(_) | Obj::Shard(_)) {
                    return Some(obj);
                }
            }
            None
        })
    }

    /// Whether `part` is the object itself or one it is a field, element or contents of.
    pub fn contains(&self, part: &Obj) -> bool {
        let mut obj = self;
        loop {
            if obj == part {
                return true;
            }
            obj = match obj {
                Obj::Site { .. } | Obj::Global(_) | Obj::Param { .. } => return false,
                Obj::Field(base, _)
                | Obj::Elem(base)
                | Obj::Shard(base)
                | Obj::Contents(base)
                | Obj::Entry(base, _) => base,
            };
        }
    }

    /// The object at the root of the path: a site, a global or a parameter.
    pub fn root(&self) -> &Obj {
        let mut obj = self;
        while let Obj::Field(base, _)
        | Obj::Elem(base)
        | Obj::Shard(base)
        | Obj::Contents(base)
        | Obj::Entry(base, _) = obj
        {
            obj = base;
        }
        obj
    }

    /// The allocation site at the root of the object, if it has one.
    pub fn site(&self) -> Option<(usize, InstrId)> {
        match self {
            Obj::Site { func, instr } => Some((*func, *instr)),
            Obj::Global(_) | Obj::Param { .. } => None,
            Obj::Field(base, _)
            | Obj::Elem(base)
            | Obj::Shard(base)
            | Obj::Contents(base)
            | Obj::Entry(base, _) => base.site(),
        }
    }
}

/// A function being walked, with what its parameters and free variables are bound to.
#[derive(Debug)]
pub struct Context {
    pub func: usize,
    /// For each parameter, the argument in the caller's context; `None` for a root.
    pub params: Vec<Option<Binding>>,
    /// For each free variable, the value `MakeClosure` bound it to, in the creator's context.
    pub free_vars: Vec<Option<Binding>>,
}

/// A value in the context it is to be resolved in.
#[derive(Clone, Debug)]
pub struct Binding {
    pub value: ValueId,
    pub cx: Rc<Context>,
}

impl Context {
    /// What a parameter or free variable of the function is bound to here, if anything.
    pub fn binding(&self, def: &ValueDef) -> Option<&Binding> {
        match *def {
            ValueDef::Param { index, .. } => self.params.get(index as usize)?.as_ref(),
            ValueDef::FreeVar { index, .. } => self.free_vars.get(index as usize)?.as_ref(),
            _ => None,
        }
    }

    /// The context of a call of `func` from `caller` with `args`.
    pub fn for_call(func: usize, args: &[ValueId], caller: &Rc<Context>) -> Rc<Context> {
        let params = args.iter().map(|&a| Some(Binding { value: a, cx: caller.clone() })).collect();
        Rc::new(Context { func, params, free_vars: Vec::new() })
    }

    /// This function value's context (a method value's receiver, a closure's free variables)
    /// called from `caller` with `args`, which follow what is already bound.
    pub fn applied(&self, args: &[ValueId], caller: &Rc<Context>) -> Rc<Context> {
        let args = args.iter().map(|&a| Some(Binding { value: a, cx: caller.clone() }));
        let params = self.params.iter().cloned().chain(args).collect();
        Rc::new(Context { func: self.func, params, free_vars: self.free_vars.clone() })
    }

    pub fn root(func: usize) -> Rc<Context> {
        Rc::new(Context { func, params: Vec::new(), free_vars: Vec::new() })
    }
}

/// The fields of a struct allocation stored straight from parameters: field, parameter index.
/// The fields of one struct allocation stored from a parameter: the field, the parameter's
/// index, and the fields whose address is taken off the parameter on the way (`&t.mu`).
pub type ParamFields = Rc<[(u32, u32, Rc<[u32]>)]>;

/// Resolves values to objects over the functions of one unit.
pub struct Resolver<'a> {
    pub functions: &'a [Function],
    /// Whether a search gave up at the depth bound (see `Resolver::contents`).
    pub exhausted: std::cell::Cell<bool>,
    pub types: &'a dyn mapscope_ssa::TypeInfo,
    /// Function index by go/ssa name.
    pub by_name: &'a rustc_hash::FxHashMap<&'a str, usize>,
    /// The objects sent on each channel object so far: a receive from the channel yields one of
    /// them (a map handed to a consumer goroutine is the same map there).
    pub sent: std::cell::RefCell<rustc_hash::FxHashMap<Obj, Vec<Obj>>>,
    /// The functions (closures, method values) sent on each channel object so far: an executor
    /// goroutine that receives and calls them runs them.
    pub sent_functions: std::cell::RefCell<rustc_hash::FxHashMap<Obj, Vec<Rc<Context>>>>,
    /// The channels a receive was resolved from before anything was sent on them: if something
    /// is sent on one later, the walk met the receiver before the sender, and a second walk
    /// knows more.
    pub early_receives: std::cell::RefCell<rustc_hash::FxHashSet<Obj>>,
    /// For each function asked about, whether each of its blocks lies on a cycle.
    pub blocks_in_cycles: std::cell::RefCell<rustc_hash::FxHashMap<usize, Vec<bool>>>,
    /// For each function asked about, its stores of nil into struct fields (see
    /// `Resolver::taken_and_cleared`), found once.
    pub cleared_fields: std::cell::RefCell<rustc_hash::FxHashMap<usize, Rc<ClearedFields>>>,
    /// What `map_functions_of` found for each struct field holding a map of functions.
    pub map_functions: std::cell::RefCell<MapFunctions>,
    /// For each struct field (by the struct pointer's type and the field), the one object every
    /// store into it in the unit stores, if there is one (see `Resolver::singleton_field`).
    pub singleton_fields: std::cell::OnceCell<rustc_hash::FxHashMap<(String, u32), Option<Obj>>>,
    /// The fields some struct value of the unit may leave zero, made when first needed.
    pub unset_fields: std::cell::OnceCell<UnsetFields>,
    /// `function_field_always_set`'s answers, by the struct pointer's type and the field.
    pub always_set_functions:
        std::cell::RefCell<rustc_hash::FxHashMap<(mapscope_types::types::TypeId, u32), bool>>,
    /// The one store into each package-level variable (see `stores_to_globals`).
    pub global_stores: std::cell::OnceCell<GlobalStores>,
    /// What `field_function` found for each struct field.
    pub field_functions: std::cell::RefCell<FieldFunctions>,
    /// See [`Resolver::field_stores`].
    pub field_stores: std::cell::OnceCell<FieldStores>,
    /// Set while `singleton_fields` is being made.
    pub making_singletons: std::cell::Cell<bool>,
    /// The static call sites of each function, by the callee's index.
    pub static_call_sites: std::cell::OnceCell<rustc_hash::FxHashMap<usize, Vec<(usize, InstrId)>>>,
    /// The functions used other than as a static callee (see `functions_used_as_values`).
    pub used_as_values: std::cell::OnceCell<rustc_hash::FxHashSet<usize>>,
    /// For each struct allocation, the fields it is given straight from its function's
    /// parameters, by field and parameter index (see `Resolver::bound_fields`).
    pub param_fields: std::cell::RefCell<rustc_hash::FxHashMap<(usize, InstrId), ParamFields>>,
    /// For a struct allocation's field given a parameter (`&Tx{db: db}` in `Begin(db)`), the
    /// object the argument was where the allocation was resolved in a call; `None` once two
    /// calls gave different objects.
    pub bound_fields: std::cell::RefCell<rustc_hash::FxHashMap<(Obj, u32), Option<Obj>>>,
    /// The bound fields asked about before anything was bound to them: if one is bound later,
    /// the walk resolved the same field two ways, and walks again with `bound_frozen` set.
    pub bound_missed: std::cell::RefCell<rustc_hash::FxHashSet<(Obj, u32)>>,
    /// Set for the second walk: the bound fields are what the first one found.
    pub bound_frozen: std::cell::Cell<bool>,
    /// The parameters `passed_once` is asking about: a constructor's field bound
    /// to its parameter, passed that very field of another value the constructor made
    /// (`newTxManager(remote.logger)`), asks about the same parameter again, endlessly.
    pub passing: std::cell::RefCell<Vec<(usize, u32)>>,
    /// See `Resolver::back_pointer`.
    pub back_pointers: std::cell::OnceCell<BackPointers>,
}

impl std::fmt::Debug for Resolver<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Resolver").field("functions", &self.functions.len()).finish_non_exhaustive()
    }
}

impl Resolver<'_> {
    /// The object `v` denotes (a pointer's pointee, a map, a struct value's storage).
    pub fn object(&self, v: ValueId, cx: &Rc<Context>) -> Option<Obj> {
        self.object_at(v, cx, 0)
    }

    /// Whether a search has gone `depth` steps: it gives up, and says so.
    fn too_deep(&self, depth: usize) -> bool {
        let too_deep = depth > MAX_DEPTH;
        if too_deep {
            self.exhausted.set(true);
        }
        too_deep
    }

    fn object_at(&self, v: ValueId, cx: &Rc<Context>, depth: usize) -> Option<Obj> {
        if self.too_deep(depth) {
            return None;
        }
        let f = &self.functions[cx.func];
        match &f.get_value(v)?.def {
            ValueDef::Global { name } => Some(Obj::Global(Rc::from(&**name))),
            // A binding leads up to the caller (or the closure's creator): contexts form a
            // finite chain, so the step costs no depth, and an object is named the same however
            // many calls down it is reached.
            ValueDef::Param { index, .. } => match cx.params.get(*index as usize) {
                Some(Some(b)) => self.object_at(b.value, &b.cx, depth),
                Some(None) => None,
                None => Some(Obj::Param { func: cx.func, index: *index }),
            },
            ValueDef::FreeVar { index, .. } => {
                let b = cx.free_vars.get(*index as usize)?.as_ref()?;
                self.object_at(b.value, &b.cx, depth)
            }
            ValueDef::Result { instr, index } => self.result_object(*instr, *index, cx, depth),
            ValueDef::Const(_) | ValueDef::Function { .. } => None,
        }
    }

    fn result_object(
        &self,
        instr: InstrId,
        index: u32,
        cx: &Rc<Context>,
        depth: usize,
    ) -> Option<Obj> {
        let f = &self.functions[cx.func];
        let site = Obj::Site { func: cx.func, instr };
        match &f.get_instr(instr)?.kind {
            InstrKind::Alloc { .. } => {
                if cx.params.iter().any(Option::is_some) && !self.bound_frozen.get() {
                    self.bind_fields(&site, instr, cx, depth);
                }
                Some(site)
            }
            InstrKind::MakeMap { .. }
            | InstrKind::MakeChan { .. }
            | InstrKind::MakeSlice { .. } => Some(site),
            InstrKind::FieldAddr { base, field } => {
                Some(Obj::Field(Rc::new(self.object_at(*base, cx, depth + 1)?), *field))
            }
            InstrKind::IndexAddr { base, index } => {
                let base = Rc::new(self.object_at(*base, cx, depth + 1)?);
                Some(if self.hashed(*index, cx) { Obj::Shard(base) } else { Obj::Elem(base) })
            }
            InstrKind::Field { base, field } => self.field_of_value(*base, *field, cx, depth + 1),
            InstrKind::Index { base, index } => {
                let base = Rc::new(self.value_storage(*base, cx, depth + 1)?);
                Some(if self.hashed(*index, cx) { Obj::Shard(base) } else { Obj::Elem(base) })
            }
            InstrKind::Slice { base, .. } => self.object_at(*base, cx, depth + 1),
            InstrKind::Load { addr } => {
                // What the load reads is what was just stored there; when that cannot be named
                // (a call's result the walk does not follow), it is still not what the place
                // held before the store.
                if let Some(stored) = forwarded_store(f, instr, *addr) {
                    return self.object_at(stored, cx, depth + 1);
                }
                if self.swapped_out(instr, *addr, cx, depth) {
                    // `old := c.m; c.m = make(...)`: what was loaded is no longer in `c.m`.
                    return Some(site);
                }
                self.contents(*addr, cx, depth + 1)
            }
            InstrKind::Convert { kind: ConversionKind::ChangeType, x } => {
                self.object_at(*x, cx, depth + 1)
            }
            // An interface holding a pointer denotes what the pointer does: a method invoked
            // through the interface reaches the same fields.
            InstrKind::MakeInterface { x } => self.object_at(*x, cx, depth + 1),
            InstrKind::Phi { edges, .. } => {
                let mut objects = edges.iter().map(|&e| self.object_at(e, cx, depth + 1));
                if let Some(Some(first)) = objects.next() {
                    if objects.all(|o| o.as_ref() == Some(&first)) {
                        return Some(first);
                    }
                }
                self.got_or_created(edges, cx, depth)
                    .or_else(|| self.shared_or_fresh(edges, cx, depth))
            }
            // `m[k]` for a constant `k`, in a map of maps: the inner map under that key.
            InstrKind::MapLookup { map, key, .. }
                if index == 0
                    && f[instr].results().next().is_some_and(|r| self.types.is_map(f[r].ty)) =>
            {
                let key = self.constant_of(*key, cx, depth + 1)?;
                let map = self.object_at(*map, cx, depth + 1)?;
                Some(Obj::Entry(Rc::new(map), Rc::from(format!("{key:?}"))))
            }
            InstrKind::Recv { .. } | InstrKind::Select { .. } => {
                // The one object every send on this channel sends, if they agree.
                let chan = received_channel_of(f, instr, index)?;
                let chan = self.object_at(chan, cx, depth + 1)?;
                let sent = self.sent.borrow();
                let Some(objects) = sent.get(&chan) else {
                    self.early_receives.borrow_mut().insert(chan.clone());
                    return None;
                };
                let mut objects = objects.iter();
                let first = objects.next()?;
                objects.all(|o| o == first).then(|| first.clone())
            }
            // `v.(map[K]V)`: the interface holds what was converted to it.
            InstrKind::TypeAssert { x, .. } if index == 0 => self.object_at(*x, cx, depth + 1),
            InstrKind::Call { call } if index == 0 => {
                if let Some(obj) = self.context_value(call, cx, depth) {
                    return Some(obj);
                }
                // `w.Header()` of a response writer: the one header map it keeps, the same at
                // every call (net/http's and httptest's writers, and wrappers that delegate).
                if let Callee::Invoke { receiver, method } = &call.callee {
                    let writer =
                        self.types.type_string(f[*receiver].ty) == "net/http.ResponseWriter";
                    if writer && &**method == "Header" {
                        let writer = self.object_at(*receiver, cx, depth + 1)?;
                        return Some(Obj::Field(Rc::new(writer), RESPONSE_HEADER));
                    }
                    return None;
                }
                if let Callee::Dynamic(func) = call.callee {
                    // `sync.OnceValue(f)` called: what `f` returns, the same for every caller.
                    if let Some((once, _)) = self.once_function(func, cx, depth + 1) {
                        return self.returned_object(&once, depth + 1);
                    }
                    // A closure the walk can name (`snapshot := newCounter()`): what it returns,
                    // with its free variables and the call's arguments bound.
                    let function = self.function_value_at(func, cx, depth + 1)?;
                    return self.returned_object(&function.applied(&call.args, cx), depth + 1);
                }
                let Callee::Static(func) = call.callee else { return None };
                if let ValueDef::Function { name } = &f.get_value(func)?.def {
                    if ATOMIC_POINTER_READS.contains(&&**name) {
                        // What an atomic.Pointer holds: whatever was stored, the same object for
                        // every load (a map updated in place is seen by every reader).
                        let cell = self.object_at(*call.args.first()?, cx, depth + 1)?;
                        return Some(Obj::Contents(Rc::new(cell)));
                    }
                    // A shallow copy of a request: its `Header` and `Form` are the original's.
                    if **name == *"(*net/http.Request).WithContext" {
                        return self.object_at(*call.args.first()?, cx, depth + 1);
                    }
                    // A request made by net/http, which the unit has no source for: new at
                    // each call, like a `make`.
                    if FRESH_REQUESTS.contains(&&**name) || FRESH_LIBRARY_VALUES.contains(&&**name)
                    {
                        return Some(site);
                    }
                }
                let callee = self.static_callee(func, cx)?;
                let callee_cx = Context::for_call(callee, &call.args, cx);
                self.returned_object(&callee_cx, depth + 1)
            }
            _ => None,
        }
    }

    /// Whether an index is a hash of a key reduced to the number of elements: `h % n` or
    /// `h & mask` of what a call returns (`fnv.Sum32()`), directly or as the result of a
    /// function of the unit whose returns all are.
    fn hashed(&self, index: ValueId, cx: &Rc<Context>) -> bool {
        let f = &self.functions[cx.func];
        let index = without_converts(f, index);
        match f.defining_instr(index).map(|d| &f[d].kind) {
            Some(InstrKind::Call { call }) => {
                let Callee::Static(callee) = call.callee else { return false };
                let Some(callee) = self.static_callee(callee, cx) else { return false };
                let g = &self.functions[callee];
                let mut returns = first_results(g).peekable();
                returns.peek().is_some() && returns.all(|r| r.is_some_and(|r| reduced_hash(g, r)))
            }
            _ => reduced_hash(f, index),
        }
    }

    /// For the edges of a phi that joins a map's entry with a map made and stored under the
    /// same key when the entry was missing (`s, ok := m[k]; if !ok { s = make(...); m[k] = s }`):
    /// the entry, which is what both paths leave in the map.
    /// For a map that is one object on some paths and a map made here (or nil) on the others
    /// (`env := opts.Params; if len(env) == 0 { env = make(...) }`): that object, since on the
    /// paths where it is that object, what is done to the map is done to it.
    fn shared_or_fresh(&self, edges: &[ValueId], cx: &Rc<Context>, depth: usize) -> Option<Obj> {
        let f = &self.functions[cx.func];
        let mut shared: Option<Obj> = None;
        let mut fresh = false;
        for &e in edges {
            if !self.types.is_map(f[e].ty) {
                return None;
            }
            match (&f[e].def, f.defining_instr(e).map(|d| &f[d].kind)) {
                (ValueDef::Const(_), _) | (_, Some(InstrKind::MakeMap { .. })) => fresh = true,
                _ => {
                    let obj = self.object_at(e, cx, depth + 1)?;
                    if shared.as_ref().is_some_and(|s| *s != obj) {
                        return None;
                    }
                    shared = Some(obj);
                }
            }
        }
        shared.filter(|_| fresh)
    }

    fn got_or_created(&self, edges: &[ValueId], cx: &Rc<Context>, depth: usize) -> Option<Obj> {
        let f = &self.functions[cx.func];
        let mut entry: Option<(ValueId, ValueId)> = None;
        let mut made = Vec::new();
        for &e in edges {
            match &f[f.defining_instr(e)?].kind {
                InstrKind::MapLookup { map, key, .. } => {
                    if entry.is_some_and(|seen| seen != (*map, *key)) {
                        return None;
                    }
                    entry = Some((*map, *key));
                }
                InstrKind::MakeMap { .. } => made.push(e),
                _ => return None,
            }
        }
        let (map, key) = entry?;
        let key = self.constant_of(key, cx, depth + 1)?;
        let map = self.object_at(map, cx, depth + 1)?;
        // The store may load the map again: the same map is the same object.
        let stored_under_key = |v: ValueId| {
            f[v].referrers().iter().any(|&u| match f[u].kind {
                InstrKind::MapUpdate { map: m, key: k, value } => {
                    value == v
                        && self.constant_of(k, cx, depth + 1).as_ref() == Some(&key)
                        && self.object_at(m, cx, depth + 1).as_ref() == Some(&map)
                }
                _ => false,
            })
        };
        if made.is_empty() || !made.into_iter().all(stored_under_key) {
            return None;
        }
        Some(Obj::Entry(Rc::new(map), Rc::from(format!("{key:?}"))))
    }

    /// Whether the same block stores a new value into the memory `load` read, after it: the
    /// loaded value is then a snapshot that later users of the memory no longer see.
    /// Not for a variable that only ever holds what its own call made ([`own_made_variable`]):
    /// what it held is then named by the variable, which each instance of a goroutine or handler
    /// allocates anew, not by the load, which two instances would share.
    fn swapped_out(&self, load: InstrId, addr: ValueId, cx: &Rc<Context>, depth: usize) -> bool {
        let f = &self.functions[cx.func];
        if own_made_variable(f, addr) {
            return false;
        }
        let Some(block) = f[load].block() else { return false };
        let instrs = f[block].instrs();
        let Some(at) = instrs.iter().position(|&i| i == load) else { return false };
        let mut target = None;
        // Only a store to the same field (or the same variable) can be one into `addr`: tell
        // them apart by the instruction before resolving objects.
        let field_of = |v: ValueId| match f.defining_instr(v).map(|d| &f[d].kind) {
            Some(InstrKind::FieldAddr { field, .. }) => Some(*field),
            _ => None,
        };
        let field = field_of(addr);
        let same_block = instrs[at + 1..].iter().any(|&i| match &f[i].kind {
            InstrKind::Store { addr: a, .. } if field.is_none() || field_of(*a) == field => {
                let location = target.get_or_insert_with(|| self.object_at(addr, cx, depth + 1));
                location.is_some() && *location == self.object_at(*a, cx, depth + 1)
            }
            _ => false,
        });
        same_block || self.taken_and_cleared(block, addr, cx, depth)
    }

    /// Whether a later block that only runs after the load's block stores nil into the memory
    /// the map was loaded from (`subs := c.subs; ...; c.subs = nil`): the loaded map is taken
    /// out of it.
    fn taken_and_cleared(
        &self,
        block: mapscope_ssa::BlockId,
        addr: ValueId,
        cx: &Rc<Context>,
        depth: usize,
    ) -> bool {
        let f = &self.functions[cx.func];
        let Some(&InstrKind::FieldAddr { field, .. }) = f.defining_instr(addr).map(|i| &f[i].kind)
        else {
            return false;
        };
        // Every load asks: the function's nil stores and dominator tree are found once.
        let cleared = self
            .cleared_fields
            .borrow_mut()
            .entry(cx.func)
            .or_insert_with(|| Rc::new(ClearedFields::of(f)))
            .clone();
        let Some(dominators) = &cleared.dominators else { return false };
        let mut clears = cleared.stores.iter().filter(|&&(b, _, g)| g == field && b != block);
        let mut location = None;
        clears.any(|&(b, a, _)| {
            dominators.strictly_dominates(block, b) && {
                let location = location.get_or_insert_with(|| self.object_at(addr, cx, depth + 1));
                location.is_some() && self.object_at(a, cx, depth + 1) == *location
            }
        })
    }

    /// For a function value made by `sync.OnceFunc(f)`, `sync.OnceValue(f)` or
    /// `sync.OnceValues(f)` (directly, or kept in a variable or a package-level variable
    /// assigned once), `f` in its context, and the function that made it.
    pub fn once_function(
        &self,
        v: ValueId,
        cx: &Rc<Context>,
        depth: usize,
    ) -> Option<(Rc<Context>, usize)> {
        if self.too_deep(depth) {
            return None;
        }
        let f = &self.functions[cx.func];
        match &f[f.defining_instr(v)?].kind {
            InstrKind::Call { call } => {
                let Callee::Static(callee) = call.callee else { return None };
                let ValueDef::Function { name } = &f[callee].def else { return None };
                let once = ["sync.OnceFunc", "sync.OnceValue", "sync.OnceValues"];
                if !once.contains(&name.split('[').next().unwrap_or_default()) {
                    return None;
                }
                Some((self.function_value(*call.args.first()?, cx)?, cx.func))
            }
            InstrKind::Load { addr } => {
                if let ValueDef::Global { name } = &f[*addr].def {
                    let stores = self.global_stores.get_or_init(|| self.stores_to_globals());
                    let &(func, value) = stores.get(name)?.as_ref()?;
                    return self.once_function(value, &Context::root(func), depth + 1);
                }
                let (alloc, owner_cx) = self.variable(*addr, cx)?;
                let stored = sole_store(&self.functions[owner_cx.func], alloc)?;
                self.once_function(stored, &owner_cx, depth + 1)
            }
            _ => None,
        }
    }

    /// For each package-level variable, the one store into it in the unit (`None` when there
    /// are more), with its function.
    fn stores_to_globals(&self) -> GlobalStores {
        let mut stores: rustc_hash::FxHashMap<Box<str>, Option<(usize, ValueId)>> =
            Default::default();
        for (index, f) in self.functions.iter().enumerate() {
            for block in f.block_ids() {
                for &i in f[block].instrs() {
                    let InstrKind::Store { addr, value } = f[i].kind else { continue };
                    if let ValueDef::Global { name } = &f[addr].def {
                        stores
                            .entry(name.clone())
                            .and_modify(|s| *s = None)
                            .or_insert(Some((index, value)));
                    }
                }
            }
        }
        stores
    }

    /// For `addr` the address of field `f` of a struct type `T`: the function every store into
    /// `T.f` in the unit stores (the same function, bound in the storing function's context).
    fn field_function(&self, addr: ValueId, cx: &Rc<Context>, depth: usize) -> Option<Rc<Context>> {
        let f = &self.functions[cx.func];
        let InstrKind::FieldAddr { base, field } = f[f.defining_instr(addr)?].kind else {
            return None;
        };
        match self.stored_functions(base, field, cx, depth)?.as_slice() {
            [only] => Some(only.clone()),
            _ => None,
        }
    }

    /// For a function value loaded from a struct field, every function stores into that field
    /// of that type store (a default and the caller's option): a call of it may run any of them.
    pub fn field_functions_of(&self, v: ValueId, cx: &Rc<Context>) -> Vec<Rc<Context>> {
        let f = &self.functions[cx.func];
        let Some(InstrKind::Load { addr }) = f.defining_instr(v).map(|i| &f[i].kind) else {
            return Vec::new();
        };
        let Some(InstrKind::FieldAddr { base, field }) =
            f.defining_instr(*addr).map(|i| &f[i].kind)
        else {
            return Vec::new();
        };
        self.stored_functions(*base, *field, cx, 0).unwrap_or_default()
    }

    fn stored_functions(
        &self,
        base: ValueId,
        field: u32,
        cx: &Rc<Context>,
        depth: usize,
    ) -> Option<Vec<Rc<Context>>> {
        let f = &self.functions[cx.func];
        let key = (self.field_key(f[base].ty), field);
        if let Some(known) = self.field_functions.borrow().get(&key) {
            return known.clone();
        }
        let found = self.field_function_uncached(&key, depth);
        self.field_functions.borrow_mut().insert(key, found.clone());
        found
    }

    fn field_function_uncached(
        &self,
        key: &(String, u32),
        depth: usize,
    ) -> Option<Vec<Rc<Context>>> {
        let mut found: Vec<Rc<Context>> = Vec::new();
        for &(func, value) in self.field_stores().get(key)? {
            let stored = self.function_value_at(value, &Context::root(func), depth + 1)?;
            if !found.iter().any(|f| f.func == stored.func) {
                if found.len() == MAX_IMPLEMENTATIONS {
                    return None;
                }
                found.push(stored);
            }
        }
        (!found.is_empty()).then_some(found)
    }

    /// For a method value `x.M` of a method without a body in the unit (`wg.Wait`), followed
    /// through bindings, variables assigned once and the results of static calls: the method's
    /// name and its receiver.
    pub fn bound_method(
        &self,
        v: ValueId,
        cx: &Rc<Context>,
        depth: usize,
    ) -> Option<(Rc<str>, Binding)> {
        if self.too_deep(depth) {
            return None;
        }
        let f = &self.functions[cx.func];
        match &f.get_value(v)?.def {
            def @ (ValueDef::Param { .. } | ValueDef::FreeVar { .. }) => {
                let b = cx.binding(def)?;
                self.bound_method(b.value, &b.cx, depth + 1)
            }
            ValueDef::Result { instr, index } => match &f[*instr].kind {
                InstrKind::MakeClosure { func, bindings } => {
                    let ValueDef::Function { name } = &f[*func].def else { return None };
                    let method = name.strip_suffix("$bound")?;
                    let receiver = Binding { value: *bindings.first()?, cx: cx.clone() };
                    Some((Rc::from(method), receiver))
                }
                InstrKind::Load { addr } => {
                    let (alloc, owner_cx) = self.variable(*addr, cx)?;
                    let stored = sole_store(&self.functions[owner_cx.func], alloc)?;
                    self.bound_method(stored, &owner_cx, depth + 1)
                }
                InstrKind::Call { call } => {
                    let Callee::Static(func) = call.callee else { return None };
                    let callee = self.static_callee(func, cx)?;
                    let returned = sole_returned_value(&self.functions[callee], *index as usize)?;
                    let callee_cx = Context::for_call(callee, &call.args, cx);
                    self.bound_method(returned, &callee_cx, depth + 1)
                }
                _ => None,
            },
            ValueDef::Const(_) | ValueDef::Function { .. } | ValueDef::Global { .. } => None,
        }
    }

    /// The index of the function a `ValueDef::Function` value names.
    pub fn static_callee(&self, func: ValueId, cx: &Context) -> Option<usize> {
        match &self.functions[cx.func].get_value(func)?.def {
            ValueDef::Function { name } => self.by_name.get(&**name).copied(),
            _ => None,
        }
    }

    /// The function every return of the function in `cx` returns as its first result, if
    /// they agree on one function (the context of the first).
    fn returned_function(
        &self,
        cx: &Rc<Context>,
        index: usize,
        depth: usize,
    ) -> Option<Rc<Context>> {
        let f = &self.functions[cx.func];
        let mut found: Option<Rc<Context>> = None;
        for block in f.block_ids() {
            let &last = f[block].instrs().last()?;
            if let InstrKind::Return { results } = &f[last].kind {
                let result = *results.get(index)?;
                // A nil function is never called: a call of the result runs the others (`return
                // nil, err` beside `return func() {...}, nil`).
                if matches!(f[result].def, ValueDef::Const(ConstValue::Nil)) {
                    continue;
                }
                let g = self.function_value_at(result, cx, depth + 1)?;
                if found.as_ref().is_some_and(|prev| prev.func != g.func) {
                    return None;
                }
                found.get_or_insert(g);
            }
        }
        found
    }

    /// The object every return of the function returns as its first result, if they agree.
    /// A map made for the caller alone (a `make`, a literal, `maps.Clone`'s copy, nil) leaves
    /// the others to agree, as at a φ ([`Resolver::shared_or_fresh`]): `return noLabels` beside
    /// `return maps.Clone(l)` hands some callers one shared map.
    fn returned_object(&self, cx: &Rc<Context>, depth: usize) -> Option<Obj> {
        self.returned_object_skipping(cx, depth, true)
            .or_else(|| self.returned_object_skipping(cx, depth, false))
    }

    /// [`Resolver::returned_object`], with the fresh maps left out when `skip_fresh`: `None`
    /// when nothing else is returned.
    fn returned_object_skipping(
        &self,
        cx: &Rc<Context>,
        depth: usize,
        skip_fresh: bool,
    ) -> Option<Obj> {
        let f = &self.functions[cx.func];
        let mut found: Option<Obj> = None;
        for block in f.block_ids() {
            let &last = f[block].instrs().last()?;
            if let InstrKind::Return { results } = &f[last].kind {
                let result = *results.first()?;
                if skip_fresh && self.types.is_map(f[result].ty) && fresh_map(f, result) {
                    continue;
                }
                let o = self.object_at(result, cx, depth + 1)?;
                if found.as_ref().is_some_and(|prev| *prev != o) {
                    return None;
                }
                found = Some(o);
            }
        }
        // Beside fresh maps, only a map that outlives the call for sure: a package-level one
        // or a field. A map some allocation site makes (a literal a goroutine sends back) may
        // be a new one on each run, which the walk names alike.
        if skip_fresh {
            return found.filter(outlives_call);
        }
        found
    }

    /// The object the memory at `addr` holds, as a load from it names it.
    pub fn contents_object(&self, addr: ValueId, cx: &Rc<Context>) -> Option<Obj> {
        self.contents(addr, cx, 0)
    }

    /// What the memory at `addr` holds. A struct variable that is only ever a copy of another
    /// value (one store of a parameter or a load) holds what that value holds, so its fields
    /// resolve to the original's: a value receiver shares the original's maps.
    fn contents(&self, addr: ValueId, cx: &Rc<Context>, depth: usize) -> Option<Obj> {
        // A variable assigned once (a captured pointer or map, a parameter boxed for a closure)
        // holds that one value: resolve to it, so that the object is the map or struct itself.
        if let Some((value, value_cx)) = self.single_store(addr, cx) {
            let outer = self.exhausted.replace(false);
            let obj = self.object_at(value, &value_cx, depth + 1);
            let exhausted = self.exhausted.replace(outer);
            if obj.is_some() {
                return obj;
            }
            // Given up at the depth bound: the variable itself would name the object otherwise
            // than where what it holds is reached in fewer steps, and a map and the mutex
            // beside it would no longer be seen together.
            if exhausted {
                self.exhausted.set(true);
                return None;
            }
        }
        // A field that holds the same object in every value of its type holds it in this one
        // too, whichever value this is (an element, a copy, a value behind an unresolved
        // pointer).
        if let Some((field_addr, field_cx)) = self.address_origin(addr, cx, depth) {
            if let Some(obj) = self.singleton_field(field_addr, &field_cx) {
                return Some(obj);
            }
        }
        if let Some(obj) = self.back_pointer(addr, cx, depth) {
            return Some(obj);
        }
        let base = self.object_at(addr, cx, depth)?;
        if let Some(copied) = self.copy_source(&base, cx, depth) {
            return Some(copied);
        }
        Some(self.contents_of(base, cx, depth))
    }

    /// For `addr` the address of `k.f`, where every `K` is made with `f` pointing back into the
    /// struct it is stored in (`t.keeper = &keeper{mu: &t.mu}`) and `k` was loaded from such a
    /// struct's field (`t.keeper`): what `k.f` holds, that struct's field path (`t.mu`). The
    /// keeper's goroutine then locks the very mutex its owner's methods lock.
    fn back_pointer(&self, addr: ValueId, cx: &Rc<Context>, depth: usize) -> Option<Obj> {
        if self.too_deep(depth) {
            return None;
        }
        let f = &self.functions[cx.func];
        let InstrKind::FieldAddr { base, field } = f[f.defining_instr(addr)?].kind else {
            return None;
        };
        let table = self.back_pointers.get_or_init(|| self.back_pointer_table());
        if table.is_empty() {
            return None;
        }
        let (parent, holder, path) = table.get(&(self.field_key(f[base].ty), field))?.as_ref()?;
        let (mut loaded, mut loaded_cx) = self.address_origin(base, cx, depth)?;
        // Through a receiver spilled for a closure: the value stored into it (a few times over,
        // so that a variable storing its own load ends the search).
        let mut spills = 0;
        let (owner, held_in) = loop {
            spills += 1;
            if spills > 4 {
                return None;
            }
            let g = &self.functions[loaded_cx.func];
            let InstrKind::Load { addr: from } = g[g.defining_instr(loaded)?].kind else {
                return None;
            };
            match g[g.defining_instr(from)?].kind {
                InstrKind::FieldAddr { base: owner, field } => break (owner, field),
                InstrKind::Alloc { .. } => {
                    let stored = sole_store(g, from)?;
                    (loaded, loaded_cx) = self.address_origin(stored, &loaded_cx, depth + 1)?;
                }
                _ => return None,
            }
        };
        let g = &self.functions[loaded_cx.func];
        if held_in != *holder || self.field_key(g[owner].ty) != *parent {
            return None;
        }
        let mut obj = self.object_at(owner, &loaded_cx, depth + 1)?;
        for &inner in path.iter() {
            obj = Obj::Field(Rc::new(obj), inner);
        }
        Some(obj)
    }

    /// The fields [`Resolver::back_pointer`] follows: every store into `K.f` is into a struct
    /// allocated in the function, of a field path of the struct the allocation is then stored
    /// into, and every store into that struct's field is such an allocation (or nil).
    fn back_pointer_table(&self) -> BackPointers {
        let mut table = BackPointers::default();
        let mut made: rustc_hash::FxHashSet<(usize, ValueId)> = Default::default();
        for (index, f) in self.functions.iter().enumerate() {
            for block in f.block_ids() {
                for &i in f[block].instrs() {
                    let InstrKind::Store { addr, value } = f[i].kind else { continue };
                    let Some(&InstrKind::FieldAddr { base: made_here, field }) =
                        f.defining_instr(addr).map(|d| &f[d].kind)
                    else {
                        continue;
                    };
                    let key = (self.field_key(f[made_here].ty), field);
                    let shape = back_pointer_store(f, made_here, value)
                        .map(|(owner, holder, path)| (self.field_key(f[owner].ty), holder, path));
                    if shape.is_some() {
                        made.insert((index, made_here));
                    }
                    let entry = table.entry(key).or_insert_with(|| shape.clone());
                    if *entry != shape {
                        *entry = None;
                    }
                }
            }
        }
        let stores = self.field_stores();
        for entry in table.values_mut() {
            let Some((parent, holder, _)) = entry else { continue };
            let all_made = stores.get(&(parent.clone(), *holder)).is_some_and(|stored| {
                stored.iter().all(|&(func, v)| {
                    made.contains(&(func, v))
                        || matches!(self.functions[func][v].def, ValueDef::Const(_))
                })
            });
            if !all_made {
                *entry = None;
            }
        }
        table.retain(|_, entry| entry.is_some());
        table
    }

    /// For a field path inside a struct allocated here whose outer field was given a whole
    /// value (an embedded struct copied in, `&httpFront{sessionBase: base}`): the same path in
    /// that value, whose maps the copy shares.
    fn embedded_copy_source(
        &self,
        alloc: ValueId,
        mut fields: Vec<u32>,
        cx: &Rc<Context>,
        depth: usize,
    ) -> Option<Obj> {
        let f = &self.functions[cx.func];
        // `fields` is innermost first: the outer field is the last.
        let outer = fields.pop()?;
        if fields.is_empty() {
            return None;
        }
        let source = sole_field_store(f, alloc, outer)?;
        let Some(InstrKind::Load { .. }) = f.defining_instr(source).map(|i| &f[i].kind) else {
            return None;
        };
        let mut obj = self.value_storage(source, cx, depth + 1)?;
        for field in fields.into_iter().rev() {
            obj = Obj::Field(Rc::new(obj), field);
        }
        Some(self.contents_of(obj, cx, depth))
    }

    /// The address `addr` is, followed through parameters and free variables to the
    /// instruction that computed it (`&g.v` passed as `m`).
    fn address_origin(
        &self,
        addr: ValueId,
        cx: &Rc<Context>,
        depth: usize,
    ) -> Option<(ValueId, Rc<Context>)> {
        if self.too_deep(depth) {
            return None;
        }
        match &self.functions[cx.func].get_value(addr)?.def {
            def @ (ValueDef::Param { .. } | ValueDef::FreeVar { .. }) => {
                let b = cx.binding(def)?;
                self.address_origin(b.value, &b.cx, depth + 1)
            }
            ValueDef::Result { .. } => Some((addr, cx.clone())),
            _ => None,
        }
    }

    /// For `addr` the address of field `f` of a struct of type `T`: the one object every store
    /// into `T.f` in the unit stores, when it is one object at run time too (a package-level
    /// variable's, or made once: in `main` or `init`, outside loops), directly or through the
    /// parameter every call passes it to.
    fn singleton_field(&self, addr: ValueId, cx: &Rc<Context>) -> Option<Obj> {
        let f = &self.functions[cx.func];
        let InstrKind::FieldAddr { base, field } = f[f.defining_instr(addr)?].kind else {
            return None;
        };
        self.singleton_by_key(self.field_key(f[base].ty), field)
    }

    /// [`Resolver::singleton_field`] by the struct pointer type's key and the field.
    fn singleton_by_key(&self, key: String, field: u32) -> Option<Obj> {
        // While the table is being made, the objects it stores are resolved without it.
        if self.making_singletons.get() {
            return None;
        }
        let key = (key, field);
        let table = self.singleton_fields.get_or_init(|| {
            self.making_singletons.set(true);
            let table = self.singleton_table();
            self.making_singletons.set(false);
            table
        });
        table.get(&key)?.clone()
    }

    /// How a struct pointer type names its fields in the tables of field stores: its type
    /// string, with the type arguments of a generic type left out (`*Options[K]` inside the
    /// generic code and `*Options[string]` at its use are one struct's fields).
    pub fn field_key(&self, ty: mapscope_types::types::TypeId) -> String {
        let mut name = self.types.type_string(ty);
        let named = !name.trim_start_matches('*').starts_with("struct{");
        if named && name.ends_with(']') {
            if let Some(open) = name.find('[') {
                name.truncate(open);
            }
        }
        name
    }

    /// The static call sites of each function of the unit.
    fn call_sites(&self) -> rustc_hash::FxHashMap<usize, Vec<(usize, InstrId)>> {
        let mut sites: rustc_hash::FxHashMap<usize, Vec<(usize, InstrId)>> = Default::default();
        for (caller, f) in self.functions.iter().enumerate() {
            for block in f.block_ids() {
                for &i in f[block].instrs() {
                    let InstrKind::Call { call } = &f[i].kind else { continue };
                    let Callee::Static(callee) = call.callee else { continue };
                    if let ValueDef::Function { name } = &f[callee].def {
                        if let Some(&callee) = self.by_name.get(&**name) {
                            sites.entry(callee).or_default().push((caller, i));
                        }
                    }
                }
            }
        }
        sites
    }

    fn singleton_table(&self) -> rustc_hash::FxHashMap<(String, u32), Option<Obj>> {
        let unset = self.unset_fields.get_or_init(|| self.fields_left_unset());
        // A pointer field left unset is nil: nothing is reached through it, so the values that
        // set it still agree on what it points to. (Not a map field: the nil-map check is what
        // speaks of writes to a map a value left unset.)
        let reference = |stores: &[(usize, ValueId)]| {
            stores
                .iter()
                .all(|&(func, v)| self.types.pointer_elem(self.functions[func][v].ty).is_some())
        };
        let mut table: rustc_hash::FxHashMap<(String, u32), Option<Obj>> = self
            .field_stores()
            .iter()
            .filter(|(key, stores)| !unset.leaves(key) || reference(stores))
            .map(|(key, stores)| {
                let objects: Vec<Option<Obj>> = stores
                    .iter()
                    .map(|&(func, value)| self.made_once(value, &Context::root(func), 0))
                    .collect();
                let first = objects.first().cloned().flatten();
                let agreed = if objects.iter().all(|o| *o == first) {
                    first
                } else {
                    // A map field some values get a package-level map for (a default handed
                    // to the values that set none): any two values may share that map, so
                    // accesses through the field are taken to be to it.
                    let mut globals = stores.iter().zip(&objects).filter_map(|(&(func, v), o)| {
                        let o = o.as_ref()?;
                        let map = self.types.is_map(self.functions[func][v].ty);
                        (map && matches!(o.root(), Obj::Global(_))).then_some(o)
                    });
                    let global = globals.next();
                    if globals.all(|g| Some(g) == global) { global.cloned() } else { None }
                };
                (key.clone(), agreed)
            })
            .collect();
        // The objects above were resolved without the table: one that is a field of a struct
        // allocation (`r.features` of a registry `main` made) is what the table gives that
        // struct type's field, when it gives one.
        for _ in 0..3 {
            let mut changed = false;
            let keys: Vec<(String, u32)> = table.keys().cloned().collect();
            for key in keys {
                let Some(Some(Obj::Contents(inner))) = table.get(&key) else { continue };
                let Obj::Field(parent, field) = &**inner else { continue };
                let Obj::Site { func, instr } = **parent else { continue };
                let Some(result) = self.functions[func][instr].result() else { continue };
                let alias = (self.field_key(self.functions[func][result].ty), *field);
                if alias == key {
                    continue;
                }
                if let Some(Some(obj)) = table.get(&alias).cloned() {
                    table.insert(key, Some(obj));
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        table
    }

    /// The struct values of the unit that some field may be left zero in: a variable or
    /// `new(T)` whose field nothing stores into in its function, and elements of a slice made
    /// by `make` that its function does not assign whole (every field zero).
    fn fields_left_unset(&self) -> UnsetFields {
        let mut unset = UnsetFields::default();
        for f in self.functions {
            for block in f.block_ids() {
                for &i in f[block].instrs() {
                    let Some(result) = f[i].result() else { continue };
                    match f[i].kind {
                        InstrKind::MakeSlice { .. } => {
                            // Unless its elements are assigned whole (`ws[i] = worker{...}`).
                            let filled = f[result].referrers().iter().any(|&u| {
                                matches!(f[u].kind, InstrKind::IndexAddr { base, .. } if base == result)
                                    && f[u].result().is_some_and(|addr| {
                                        f[addr].referrers().iter().any(|&w| {
                                            matches!(f[w].kind, InstrKind::Store { addr: a, .. } if a == addr)
                                        })
                                    })
                            });
                            let slice = self.types.type_string(f[result].ty);
                            if let (false, Some(elem)) = (filled, slice.strip_prefix("[]")) {
                                // Fields stored into every element by a loop over the slice
                                // (`for i := range s { s[i].m = m }`) are not left zero.
                                let stored = every_element_fields(f, result);
                                unset
                                    .zero_types
                                    .entry(format!("*{elem}"))
                                    .or_default()
                                    .push(stored);
                            }
                        }
                        InstrKind::Alloc { .. } => {
                            // A variable given a whole value (a parameter spilled, a copy) holds
                            // that value's fields, whose own allocation is counted where made.
                            let copied = f[result].referrers().iter().any(|&w| {
                                matches!(f[w].kind, InstrKind::Store { addr, .. } if addr == result)
                            });
                            if copied {
                                continue;
                            }
                            let ty = self.field_key(f[result].ty);
                            let stored: Vec<u32> = f[result]
                                .referrers()
                                .iter()
                                .filter_map(|&u| match f[u].kind {
                                    InstrKind::FieldAddr { base, field } if base == result => {
                                        let addr = f[u].result()?;
                                        let stores = f[addr].referrers().iter().any(|&w| {
                                            matches!(f[w].kind, InstrKind::Store { addr: a, .. } if a == addr)
                                        });
                                        stores.then_some(field)
                                    }
                                    _ => None,
                                })
                                .collect();
                            unset.allocs.entry(ty).or_default().push(stored);
                        }
                        _ => {}
                    }
                }
            }
        }
        unset
    }

    /// Every store into a struct field in the unit, by the struct pointer's type and the field:
    /// the function and the value stored.
    pub fn field_stores(&self) -> &FieldStores {
        self.field_stores.get_or_init(|| {
            let mut stores = FieldStores::default();
            for (index, f) in self.functions.iter().enumerate() {
                for block in f.block_ids() {
                    for &i in f[block].instrs() {
                        let InstrKind::Store { addr, value } = f[i].kind else { continue };
                        let Some(InstrKind::FieldAddr { base, field }) =
                            f.defining_instr(addr).map(|d| &f[d].kind)
                        else {
                            continue;
                        };
                        let key = (self.field_key(f[*base].ty), *field);
                        stores.entry(key).or_default().push((index, value));
                    }
                }
            }
            stores
        })
    }

    /// The object `v` denotes in `cx` when it is one object for the whole run: rooted at a
    /// package-level variable, or made once (outside loops, in `main` or an `init` function); a
    /// parameter when every static call passes such an object, the same one.
    fn made_once(&self, v: ValueId, cx: &Rc<Context>, depth: usize) -> Option<Obj> {
        if depth > 2 {
            return None;
        }
        let obj = self.object(v, cx)?;
        let mut root = &obj;
        while let Obj::Field(base, _)
        | Obj::Elem(base)
        | Obj::Shard(base)
        | Obj::Contents(base)
        | Obj::Entry(base, _) = root
        {
            root = base;
        }
        match root {
            Obj::Global(_) => Some(obj),
            Obj::Site { func, instr } => {
                (self.runs_once(*func, 0) && !self.in_loop(*func, *instr)).then_some(obj)
            }
            // The parameter itself, or a part of it (`inv.stock` in `wire(inv)`, resolved with
            // the caller's arguments bound): what it is in every static call, when they agree.
            Obj::Param { func, index } if obj == *root || *func == cx.func => {
                let sites = self.static_call_sites.get_or_init(|| self.call_sites());
                let mut agreed: Option<Obj> = None;
                for &(caller, i) in sites.get(func)? {
                    let InstrKind::Call { call } = &self.functions[caller][i].kind else {
                        return None;
                    };
                    let passed = if obj == *root {
                        let arg = *call.args.get(*index as usize)?;
                        self.made_once(arg, &Context::root(caller), depth + 1)?
                    } else {
                        let bound = Context::for_call(*func, &call.args, &Context::root(caller));
                        self.made_once(v, &bound, depth + 1)?
                    };
                    if agreed.as_ref().is_some_and(|o| *o != passed) {
                        return None;
                    }
                    agreed = Some(passed);
                }
                agreed
            }
            Obj::Param { .. }
            | Obj::Field(..)
            | Obj::Elem(_)
            | Obj::Shard(_)
            | Obj::Contents(_)
            | Obj::Entry(..) => None,
        }
    }

    /// What the memory `base` holds: the one object every store into it stores, when `base` is a
    /// field or element of a local composite value (a struct or slice literal) that nothing
    /// outside the function can write; else the memory's contents as an object of its own.
    fn contents_of(&self, base: Obj, cx: &Rc<Context>, depth: usize) -> Obj {
        // Only a struct allocation's field given a parameter is bound (see `bind_fields`).
        if let Obj::Field(parent, field) = &base {
            if let Obj::Site { func, instr } = **parent {
                let fields = self.param_fields_of(func, instr);
                if let Some((_, param, path)) = fields.iter().find(|(f, _, _)| f == field) {
                    let key = ((**parent).clone(), *field);
                    let bound = self.bound_fields.borrow().get(&key).cloned();
                    match bound {
                        Some(Some(obj)) => return obj,
                        Some(None) => {}
                        None => {
                            // Resolved outside any call (a field store's value, a thread's
                            // root): the one object every call passes, if they agree.
                            if let Some(obj) = self.passed_once(func, *param, path) {
                                return obj;
                            }
                            self.bound_missed.borrow_mut().insert(key);
                        }
                    }
                }
            }
        }
        self.stored_into(&base, cx, depth).unwrap_or_else(|| Obj::Contents(Rc::new(base)))
    }

    /// The object parameter `param` of `func` is in every call, when every static call passes
    /// the same object made once, with `path`'s field addresses taken off it.
    fn passed_once(&self, func: usize, param: u32, path: &[u32]) -> Option<Obj> {
        let value = *self.functions[func].params().get(param as usize)?;
        if self.passing.borrow().contains(&(func, param)) {
            return None;
        }
        self.passing.borrow_mut().push((func, param));
        let obj = self.made_once(value, &Context::root(func), 0);
        self.passing.borrow_mut().pop();
        let mut obj = obj?;
        if obj.relative_to_param() {
            return None;
        }
        for &inner in path {
            obj = Obj::Field(Rc::new(obj), inner);
        }
        Some(obj)
    }

    /// Records what the fields of the struct allocated by `instr` are given from the
    /// parameters of the call `cx` is: `Begin(db)` returning `&Tx{db: db}` makes that `Tx`'s
    /// `db` the caller's database, so `tx.db.mu` is the mutex `db.mu` names in `Begin`.
    fn bind_fields(&self, site: &Obj, instr: InstrId, cx: &Rc<Context>, depth: usize) {
        let fields = self.param_fields_of(cx.func, instr);
        for (field, param, path) in fields.iter() {
            let Some(Some(binding)) = cx.params.get(*param as usize) else { continue };
            let Some(mut obj) = self.object_at(binding.value, &binding.cx, depth + 1) else {
                continue;
            };
            for &inner in path.iter() {
                obj = Obj::Field(Rc::new(obj), inner);
            }
            // A caller's own unbound parameter is no particular object.
            if obj.relative_to_param() {
                continue;
            }
            let mut bound = self.bound_fields.borrow_mut();
            let entry = bound.entry((site.clone(), *field)).or_insert_with(|| Some(obj.clone()));
            if entry.as_ref().is_some_and(|known| *known != obj) {
                *entry = None;
            }
        }
    }

    /// The fields of the struct allocated by `instr` in `func` that are stored straight from a
    /// parameter or from the address of a field inside what it points to (`mu: &t.mu`), with
    /// the parameter's index and that field path.
    fn param_fields_of(&self, func: usize, instr: InstrId) -> ParamFields {
        if let Some(known) = self.param_fields.borrow().get(&(func, instr)) {
            return known.clone();
        }
        let f = &self.functions[func];
        let mut found = Vec::new();
        if let Some(alloc) = f[instr].results().next() {
            for &use_ in f[alloc].referrers() {
                let InstrKind::FieldAddr { base, field } = f[use_].kind else { continue };
                if base != alloc {
                    continue;
                }
                let Some(addr) = f[use_].results().next() else { continue };
                for &store in f[addr].referrers() {
                    let InstrKind::Store { addr: a, value } = f[store].kind else { continue };
                    if a != addr {
                        continue;
                    }
                    if let Some((index, path)) = param_field_path(f, value) {
                        found.push((field, index, path));
                    }
                }
            }
        }
        let found: ParamFields = found.into();
        self.param_fields.borrow_mut().insert((func, instr), found.clone());
        found
    }

    /// For `base` a field path inside a confined local `Alloc` of the function `cx` runs: the
    /// object all the function's stores into `base` agree on. A value made anew on each trip
    /// round a loop is not one object, so such a store agrees with nothing.
    fn stored_into(&self, base: &Obj, cx: &Rc<Context>, depth: usize) -> Option<Obj> {
        if self.too_deep(depth) {
            return None;
        }
        let Obj::Field(parent, field) = base else { return None };
        let (func, site) = base.site()?;
        let home = self.context_of(cx, func)?;
        let cx = &home;
        let f = &self.functions[cx.func];
        if !matches!(f.get_instr(site)?.kind, InstrKind::Alloc { .. } | InstrKind::MakeSlice { .. })
        {
            return None;
        }
        let alloc = f[site].result()?;
        if !confined(f, alloc) {
            return None;
        }
        let mut agreed: Option<Obj> = None;
        for block in f.block_ids() {
            for &i in f[block].instrs() {
                let InstrKind::Store { addr, value } = f[i].kind else { continue };
                let target = self.object_at(addr, cx, depth + 1);
                let stored = if target.as_ref() == Some(base) {
                    self.object_at(value, cx, depth + 1)?
                } else if target.as_ref() == Some(&**parent) {
                    // A whole struct stored (an element of a slice literal): its field, as the
                    // local struct it was loaded from holds it.
                    let InstrKind::Load { addr: from } = f[f.defining_instr(value)?].kind else {
                        return None;
                    };
                    let from = Obj::Field(Rc::new(self.object_at(from, cx, depth + 1)?), *field);
                    self.stored_into(&from, cx, depth + 1)?
                } else {
                    continue;
                };
                if let Some((func, instr)) = stored.site() {
                    if self.in_loop(func, instr) {
                        return None;
                    }
                }
                if agreed.as_ref().is_some_and(|o| *o != stored) {
                    return None;
                }
                agreed = Some(stored);
            }
        }
        agreed
    }

    /// The context `func` runs in, for a value of `cx`: `cx` itself or the context of a caller
    /// or closure creator its bindings lead to.
    fn context_of(&self, cx: &Rc<Context>, func: usize) -> Option<Rc<Context>> {
        let mut work = vec![(cx.clone(), 0)];
        let mut seen: Vec<*const Context> = Vec::new();
        while let Some((cx, depth)) = work.pop() {
            if cx.func == func {
                return Some(cx);
            }
            if seen.contains(&Rc::as_ptr(&cx)) {
                continue;
            }
            seen.push(Rc::as_ptr(&cx));
            if depth < MAX_DEPTH {
                let bindings = cx.params.iter().chain(&cx.free_vars).flatten();
                work.extend(bindings.map(|b| (b.cx.clone(), depth + 1)));
            }
        }
        None
    }

    /// Whether function `func` runs at most once in the whole run: `main` or an `init`
    /// function, or a function with one static call, outside loops, in such a function (a
    /// constructor `main` calls once), and never used as a value.
    fn runs_once(&self, func: usize, depth: usize) -> bool {
        let name = &self.functions[func].name;
        let short = name.rsplit('.').next().unwrap_or("");
        // Package-level `main` and `init` only: a method named `init` (`(*shard).init`) runs
        // whenever it is called.
        let package_level = !name.starts_with('(');
        if package_level && (short == "main" || short == "init" || short.starts_with("init#")) {
            return true;
        }
        if depth > 2 || name.contains('$') {
            return false;
        }
        let sites = self.static_call_sites.get_or_init(|| self.call_sites());
        let [(caller, site)] = sites.get(&func).map_or(&[][..], Vec::as_slice) else {
            return false;
        };
        !self.in_loop(*caller, *site)
            && self.runs_once(*caller, depth + 1)
            && !self.used_as_values.get_or_init(|| self.functions_used_as_values()).contains(&func)
    }

    /// The functions of the unit that some instruction uses other than as the callee of a
    /// static call (a method value, a function stored or passed on).
    fn functions_used_as_values(&self) -> rustc_hash::FxHashSet<usize> {
        let mut used = rustc_hash::FxHashSet::default();
        for f in self.functions {
            for b in f.block_ids() {
                for &i in f[b].instrs() {
                    let callee = match &f[i].kind {
                        InstrKind::Call { call } => match call.callee {
                            Callee::Static(v) => Some(v),
                            _ => None,
                        },
                        _ => None,
                    };
                    f[i].kind.for_each_operand(|v| {
                        if Some(v) == callee {
                            return;
                        }
                        if let ValueDef::Function { name } = &f[v].def {
                            used.extend(self.by_name.get(&**name).copied());
                        }
                    });
                }
            }
        }
        used
    }

    /// Whether instruction `instr` of function `func` may run more than once per call.
    pub fn in_loop(&self, func: usize, instr: InstrId) -> bool {
        let f = &self.functions[func];
        let Some(block) = f[instr].block() else { return true };
        let mut cycles = self.blocks_in_cycles.borrow_mut();
        let in_cycle = cycles.entry(func).or_insert_with(|| blocks_in_cycles(f));
        in_cycle.get(block.index()).copied().unwrap_or(true)
    }

    /// The one value ever stored into the variable `addr` is (an `Alloc` of this function or of
    /// the closure's creator), counting stores by the closures that capture it.
    pub fn single_store(&self, addr: ValueId, cx: &Rc<Context>) -> Option<(ValueId, Rc<Context>)> {
        let (stored, alloc_cx) = self.stores(addr, cx)?;
        match stored[..] {
            [value] => Some((value, alloc_cx)),
            _ => None,
        }
    }

    /// Every value stored into the variable `addr` is (an `Alloc` of this function or of the
    /// closure's creator), with the context they are in; `None` when a closure that captures
    /// it assigns it, or its address goes elsewhere.
    fn stores(&self, addr: ValueId, cx: &Rc<Context>) -> Option<(Vec<ValueId>, Rc<Context>)> {
        let (alloc, alloc_cx) = self.variable(addr, cx)?;
        let owner = &self.functions[alloc_cx.func];
        let mut stored = Vec::new();
        for &user in owner.get_value(alloc)?.referrers() {
            match &owner[user].kind {
                InstrKind::Store { addr: a, value } if *a == alloc && *value != alloc => {
                    stored.push(*value);
                }
                InstrKind::MakeClosure { func, bindings } => {
                    // A closure that assigns the variable makes it more than one value.
                    let ValueDef::Function { name } = &owner.get_value(*func)?.def else {
                        return None;
                    };
                    let index = bindings.iter().position(|&b| b == alloc)?;
                    if self.closure_assigns(name, index, 0) {
                        return None;
                    }
                }
                InstrKind::Load { .. } => {}
                // Its address goes elsewhere (a call, a field of it): someone else may assign it.
                _ => return None,
            }
        }
        Some((stored, alloc_cx))
    }

    /// Whether the closure `name` may assign its free variable `index` (anything but loading
    /// it), itself or through the closures it hands the variable on to.
    fn closure_assigns(&self, name: &str, index: usize, depth: usize) -> bool {
        let Some(closure) = self.by_name.get(name).map(|&c| &self.functions[c]) else {
            return true;
        };
        let Some(free_var) = closure.free_vars().get(index).and_then(|&v| closure.get_value(v))
        else {
            return true;
        };
        free_var.referrers().iter().any(|&u| match &closure[u].kind {
            InstrKind::Load { .. } => false,
            InstrKind::MakeClosure { func, bindings } if depth < 4 => {
                let Some(ValueDef::Function { name }) = closure.get_value(*func).map(|v| &v.def)
                else {
                    return true;
                };
                bindings
                    .iter()
                    .enumerate()
                    .filter(|&(_, &b)| Some(b) == closure.free_vars().get(index).copied())
                    .any(|(inner, _)| self.closure_assigns(name, inner, depth + 1))
            }
            _ => true,
        })
    }

    /// The variable the address `addr` names: an `Alloc` of this function, or, for a free
    /// variable, the `Alloc` of the closure's creator (or its creator's, and so on) it is bound
    /// to; with the context it is in.
    fn variable(&self, addr: ValueId, cx: &Rc<Context>) -> Option<(ValueId, Rc<Context>)> {
        let (mut alloc, mut owner_cx) = (addr, cx.clone());
        // Through closures nested in closures, each handing the variable on.
        for _ in 0..8 {
            let ValueDef::FreeVar { index, .. } =
                self.functions[owner_cx.func].get_value(alloc)?.def
            else {
                break;
            };
            let b = owner_cx.free_vars.get(index as usize)?.as_ref()?;
            (alloc, owner_cx) = (b.value, b.cx.clone());
        }
        let owner = &self.functions[owner_cx.func];
        let is_alloc = matches!(owner[owner.defining_instr(alloc)?].kind, InstrKind::Alloc { .. });
        is_alloc.then_some((alloc, owner_cx))
    }

    /// For a field path inside a local variable that is a copy of another struct value, the
    /// object of the same path in the original.
    fn copy_source(&self, obj: &Obj, cx: &Rc<Context>, depth: usize) -> Option<Obj> {
        let mut fields = Vec::new();
        let mut root = obj;
        while let Obj::Field(base, field) = root {
            fields.push(*field);
            root = base;
        }
        let Obj::Site { func, instr } = root else { return None };
        if fields.is_empty() {
            return None;
        }
        // The copy is read where it was made: in the function that allocated it.
        let home = self.context_of(cx, *func)?;
        let cx = &home;
        let f = &self.functions[cx.func];
        if !matches!(f.get_instr(*instr)?.kind, InstrKind::Alloc { .. }) {
            return None;
        }
        let alloc = f[*instr].result()?;
        let Some(source) = sole_store(f, alloc) else {
            return self.embedded_copy_source(alloc, fields, cx, depth);
        };
        // A field assigned after the copy (`h2 := *h; h2.fields = maps.Clone(h.fields)`) no
        // longer holds the original's.
        if path_assigned(f, alloc, fields.iter().rev()) {
            return None;
        }
        if !matches!(
            f.get_value(source)?.def,
            ValueDef::Param { .. } | ValueDef::Result { .. } | ValueDef::FreeVar { .. }
        ) || matches!(
            f.defining_instr(source).map(|i| &f[i].kind),
            Some(InstrKind::Alloc { .. })
        ) {
            return None;
        }
        if let [field] = fields[..] {
            // A copy of a struct a call returned (`snap := r.snapshot()`).
            if let Some(InstrKind::Call { .. }) = f.defining_instr(source).map(|i| &f[i].kind) {
                return self.field_of_value(source, field, cx, depth + 1);
            }
        }
        let mut obj = self.value_storage(source, cx, depth + 1)?;
        for field in fields.into_iter().rev() {
            obj = Obj::Field(Rc::new(obj), field);
        }
        Some(self.contents_of(obj, cx, depth))
    }

    /// The storage a struct or array value was read from: for `*p` the object `p` points to.
    fn value_storage(&self, v: ValueId, cx: &Rc<Context>, depth: usize) -> Option<Obj> {
        let f = &self.functions[cx.func];
        match &f.get_value(v)?.def {
            ValueDef::Result { instr, .. } => match &f[*instr].kind {
                InstrKind::Load { addr } => self.object_at(*addr, cx, depth + 1),
                InstrKind::Field { base, field } => {
                    Some(Obj::Field(Rc::new(self.value_storage(*base, cx, depth + 1)?), *field))
                }
                _ => None,
            },
            ValueDef::Param { index, .. } => match cx.params.get(*index as usize) {
                Some(Some(b)) => self.value_storage(b.value, &b.cx, depth + 1),
                Some(None) => None,
                None => Some(Obj::Param { func: cx.func, index: *index }),
            },
            _ => None,
        }
    }

    /// Field `field` of the struct value `base`: what the field of its storage holds.
    fn field_of_value(
        &self,
        base: ValueId,
        field: u32,
        cx: &Rc<Context>,
        depth: usize,
    ) -> Option<Obj> {
        if self.too_deep(depth) {
            return None;
        }
        let f = &self.functions[cx.func];
        if let ValueDef::Result { instr, index: 0 } = f.get_value(base)?.def {
            if let InstrKind::Call { call } = &f[instr].kind {
                // A struct a function returns: its field as the function's body makes it.
                let Callee::Static(func) = call.callee else { return None };
                let callee = self.static_callee(func, cx)?;
                let returned = sole_returned_value(&self.functions[callee], 0)?;
                let callee_cx = Context::for_call(callee, &call.args, cx);
                return self.field_of_value(returned, field, &callee_cx, depth + 1);
            }
        }
        // A field that holds the same object in every value of its type, as `contents` names
        // it when the field is reached through a pointer (`p.Stats.counts` loaded whole here,
        // `s.counts` through `s *Stats` in a method).
        let mut key = self.field_key(f[base].ty);
        key.insert(0, '*');
        if let Some(obj) = self.singleton_by_key(key, field) {
            return Some(obj);
        }
        let storage = self.value_storage(base, cx, depth)?;
        Some(self.contents_of(Obj::Field(Rc::new(storage), field), cx, depth))
    }

    /// The concrete value behind an interface value: the operand of the `MakeInterface` that
    /// made it, followed through bindings, interface conversions, variables assigned once and
    /// the results of static calls whose returns all return the same value.
    pub fn dynamic_value(&self, v: ValueId, cx: &Rc<Context>) -> Option<Binding> {
        self.dynamic_value_at(v, cx, 0)
    }

    fn dynamic_value_at(&self, v: ValueId, cx: &Rc<Context>, depth: usize) -> Option<Binding> {
        if self.too_deep(depth) {
            return None;
        }
        let f = &self.functions[cx.func];
        match &f.get_value(v)?.def {
            def @ (ValueDef::Param { .. } | ValueDef::FreeVar { .. }) => {
                let b = cx.binding(def)?;
                self.dynamic_value_at(b.value, &b.cx, depth + 1)
            }
            ValueDef::Result { instr, index } => match &f[*instr].kind {
                InstrKind::MakeInterface { x } => Some(Binding { value: *x, cx: cx.clone() }),
                InstrKind::Convert { kind: ConversionKind::ChangeInterface, x } => {
                    self.dynamic_value_at(*x, cx, depth + 1)
                }
                InstrKind::Load { addr } => {
                    if let Some(InstrKind::FieldAddr { base, field }) =
                        f.defining_instr(*addr).map(|d| &f[d].kind)
                    {
                        // An interface field the unit stores into once (a decorator's
                        // `inner`): what that store put there.
                        let key = (self.field_key(f[*base].ty), *field);
                        let &[(owner, stored)] = self.field_stores().get(&key)?.as_slice() else {
                            return None;
                        };
                        let owner_cx =
                            self.context_of(cx, owner).unwrap_or_else(|| Context::root(owner));
                        return self.dynamic_value_at(stored, &owner_cx, depth + 1);
                    }
                    let (alloc, owner_cx) = self.variable(*addr, cx)?;
                    let stored = sole_store(&self.functions[owner_cx.func], alloc)?;
                    self.dynamic_value_at(stored, &owner_cx, depth + 1)
                }
                InstrKind::Call { call } if *index == 0 => {
                    let Callee::Static(func) = call.callee else { return None };
                    let callee = self.static_callee(func, cx)?;
                    let returned = sole_returned_value(&self.functions[callee], 0)?;
                    let callee_cx = Context::for_call(callee, &call.args, cx);
                    self.dynamic_value_at(returned, &callee_cx, depth + 1)
                }
                _ => None,
            },
            ValueDef::Const(_) | ValueDef::Function { .. } | ValueDef::Global { .. } => None,
        }
    }

    /// The concrete values an interface value may hold, when it comes from a function whose
    /// returns make it from different ones (a constructor choosing an implementation): each
    /// `MakeInterface` operand with its context, or nothing when one of them cannot be traced.
    pub fn dynamic_values(&self, v: ValueId, cx: &Rc<Context>, depth: usize) -> Vec<Binding> {
        if self.too_deep(depth) {
            return Vec::new();
        }
        let f = &self.functions[cx.func];
        let Some(value) = f.get_value(v) else { return Vec::new() };
        match &value.def {
            def @ (ValueDef::Param { .. } | ValueDef::FreeVar { .. }) => match cx.binding(def) {
                Some(b) => self.dynamic_values(b.value, &b.cx, depth + 1),
                None => Vec::new(),
            },
            ValueDef::Result { instr, index: 0 } => match &f[*instr].kind {
                InstrKind::MakeInterface { x } => vec![Binding { value: *x, cx: cx.clone() }],
                InstrKind::Load { addr } => {
                    let Some((alloc, owner_cx)) = self.variable(*addr, cx) else {
                        return self.element_values(*addr, cx, depth);
                    };
                    match sole_store(&self.functions[owner_cx.func], alloc) {
                        Some(stored) => self.dynamic_values(stored, &owner_cx, depth + 1),
                        None => Vec::new(),
                    }
                }
                InstrKind::Call { call } => {
                    let Callee::Static(func) = call.callee else { return Vec::new() };
                    let Some(callee) = self.static_callee(func, cx) else { return Vec::new() };
                    let g = &self.functions[callee];
                    let callee_cx = Context::for_call(callee, &call.args, cx);
                    let mut all = Vec::new();
                    let live = self.live_blocks(&callee_cx);
                    for block in g.block_ids() {
                        if !live[block.index()] {
                            continue;
                        }
                        let Some(&last) = g[block].instrs().last() else { continue };
                        let InstrKind::Return { results } = &g[last].kind else { continue };
                        let Some(&returned) = results.first() else { return Vec::new() };
                        let found = self.dynamic_values(returned, &callee_cx, depth + 1);
                        if found.is_empty() || all.len() + found.len() > MAX_IMPLEMENTATIONS {
                            return Vec::new();
                        }
                        all.extend(found);
                    }
                    all
                }
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    /// The blocks of the function `cx` runs that some path reaches, not taking the dead edge of
    /// a condition that is constant in this context.
    fn live_blocks(&self, cx: &Rc<Context>) -> Vec<bool> {
        let f = &self.functions[cx.func];
        let mut live = vec![false; f.block_count()];
        let mut work = vec![Function::ENTRY];
        while let Some(block) = work.pop() {
            if std::mem::replace(&mut live[block.index()], true) {
                continue;
            }
            let taken = match f[block].instrs().last().map(|&i| &f[i].kind) {
                Some(InstrKind::If { cond }) => match f[*cond].def {
                    ValueDef::Const(ConstValue::Bool(b)) => Some(usize::from(!b)),
                    _ => self.constant_condition(*cond, cx).map(|b| usize::from(!b)),
                },
                _ => None,
            };
            for (n, &succ) in f[block].succs().iter().enumerate() {
                if taken.is_none_or(|t| t == n) {
                    work.push(succ);
                }
            }
        }
        live
    }

    /// The value of a comparison `x == y` or `x != y` whose operands are constants in this
    /// context: literal constants, followed through parameters, free variables and the fields
    /// of struct literals stored once.
    pub fn constant_condition(&self, cond: ValueId, cx: &Rc<Context>) -> Option<bool> {
        let f = &self.functions[cx.func];
        let defined = f.defining_instr(cond).map(|d| &f[d].kind);
        let Some(&InstrKind::BinOp { op, x, y }) = defined else {
            // A flag: `if s.shared` with `shared` set by the constructor that made `s`.
            return match self.constant_of(cond, cx, 0)? {
                ConstValue::Bool(b) => Some(b),
                _ => None,
            };
        };
        // `if interval > 0 { go s.cleanup(interval) }` with the interval a caller's constant.
        if matches!(
            op,
            mapscope_ssa::BinaryOp::Lss
                | mapscope_ssa::BinaryOp::Leq
                | mapscope_ssa::BinaryOp::Gtr
                | mapscope_ssa::BinaryOp::Geq
        ) {
            let (ConstValue::Int(a), ConstValue::Int(b)) =
                (self.constant_of(x, cx, 0)?, self.constant_of(y, cx, 0)?)
            else {
                return None;
            };
            return crate::param_conditions::compare(op.token(), a, b);
        }
        let equal = match op {
            mapscope_ssa::BinaryOp::Eql => true,
            mapscope_ssa::BinaryOp::Neq => false,
            _ => return None,
        };
        // `opts.hook != nil` for a hook every value of its struct type is given.
        let nil = |v: ValueId| matches!(f[v].def, ValueDef::Const(ConstValue::Nil));
        match (nil(x), nil(y)) {
            (true, false) if self.function_field_always_set(y, cx) => return Some(!equal),
            (false, true) if self.function_field_always_set(x, cx) => return Some(!equal),
            _ => {}
        }
        let (a, b) = (self.constant_of(x, cx, 0)?, self.constant_of(y, cx, 0)?);
        if matches!(a, ConstValue::Float { .. }) || matches!(b, ConstValue::Float { .. }) {
            return None;
        }
        Some((a == b) == equal)
    }

    /// Whether `v` is a function loaded from a struct field that every value of its type is
    /// given, and only ever given functions: it is not nil.
    fn function_field_always_set(&self, v: ValueId, cx: &Rc<Context>) -> bool {
        let f = &self.functions[cx.func];
        let Some(InstrKind::Load { addr }) = f.defining_instr(v).map(|d| &f[d].kind) else {
            return false;
        };
        let Some(&InstrKind::FieldAddr { base, field }) =
            f.defining_instr(*addr).map(|d| &f[d].kind)
        else {
            return false;
        };
        let type_and_field = (f[base].ty, field);
        if let Some(&known) = self.always_set_functions.borrow().get(&type_and_field) {
            return known;
        }
        let key = (self.field_key(f[base].ty), field);
        let unset = self.unset_fields.get_or_init(|| self.fields_left_unset());
        let always = !unset.leaves(&key)
            && self.field_stores().get(&key).is_some_and(|stores| {
                stores.iter().all(|&(func, value)| {
                    self.function_value(value, &Context::root(func)).is_some()
                })
            });
        self.always_set_functions.borrow_mut().insert(type_and_field, always);
        always
    }

    /// `v` as an integer constant in this context (see `constant_condition`).
    pub fn constant_int(&self, v: ValueId, cx: &Rc<Context>) -> Option<i128> {
        match self.constant_of(v, cx, 0)? {
            ConstValue::Int(n) => Some(n),
            _ => None,
        }
    }

    fn constant_of(&self, v: ValueId, cx: &Rc<Context>, depth: usize) -> Option<ConstValue> {
        if self.too_deep(depth) {
            return None;
        }
        let f = &self.functions[cx.func];
        match &f.get_value(v)?.def {
            ValueDef::Const(c) => Some(c.clone()),
            def @ (ValueDef::Param { .. } | ValueDef::FreeVar { .. }) => {
                let b = cx.binding(def)?;
                self.constant_of(b.value, &b.cx, depth + 1)
            }
            ValueDef::Result { instr, index: 0 } => match f[*instr].kind {
                // `ctx.Done()` of a context nothing can cancel (`context.Background()`,
                // `context.TODO()`): nil.
                InstrKind::Call { ref call } => {
                    let Callee::Invoke { receiver, ref method } = call.callee else { return None };
                    if &**method != "Done" {
                        return None;
                    }
                    let (made, made_cx) = self.defining_call(receiver, cx, depth + 1)?;
                    let g = &self.functions[made_cx.func];
                    let InstrKind::Call { call: made } = &g[made].kind else { return None };
                    let name = static_callee_name(g, made)?;
                    matches!(name, "context.Background" | "context.TODO").then_some(ConstValue::Nil)
                }
                // A field of a struct value: what the one store into that field of the literal
                // it was loaded from stores.
                InstrKind::Field { base, field } => self.constant_field(base, field, cx, depth + 1),
                InstrKind::Load { addr } => match f[f.defining_instr(addr)?].kind {
                    InstrKind::FieldAddr { base, field } => {
                        match self.allocation(base, cx, depth + 1) {
                            Some((alloc, alloc_cx)) => {
                                self.constant_store(alloc, field, &alloc_cx, depth + 1)
                            }
                            None => self
                                .nested_field(base, field, cx, depth + 1)
                                .or_else(|| self.constructor_field(base, field, cx, depth + 1)),
                        }
                    }
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// Field `field` of the struct `base` points to, as a constant, when `base` is what a
    /// constructor of the unit returns (`NewStats(true)` returning `&Stats{shared: shared}`) and
    /// that constructor holds the only store into the field in the whole unit: nothing can
    /// change it afterwards.
    fn constructor_field(
        &self,
        base: ValueId,
        field: u32,
        cx: &Rc<Context>,
        depth: usize,
    ) -> Option<ConstValue> {
        if self.too_deep(depth) {
            return None;
        }
        let (call, call_cx) = self.defining_call(base, cx, depth + 1)?;
        let caller = &self.functions[call_cx.func];
        let InstrKind::Call { call } = &caller[call].kind else { return None };
        let Callee::Static(callee) = call.callee else { return None };
        let callee = self.static_callee(callee, &call_cx)?;
        let key = (self.field_key(self.functions[cx.func][base].ty), field);
        match self.field_stores().get(&key)?.as_slice() {
            [(func, _)] if *func == callee => {}
            _ => return None,
        }
        let g = &self.functions[callee];
        let mut made = None;
        for returned in first_results(g) {
            let returned = returned?;
            if made.replace(returned).is_some_and(|other| other != returned) {
                return None;
            }
        }
        let made = made?;
        if !matches!(g[g.defining_instr(made)?].kind, InstrKind::Alloc { .. }) {
            return None;
        }
        let stored = stored_in_field(g, made, field)?;
        let callee_cx = Context::for_call(callee, &call.args, &call_cx);
        self.constant_of(stored, &callee_cx, depth + 1)
    }

    /// Field `field` of the struct value `base` as a constant (see `constant_of`).
    fn constant_field(
        &self,
        base: ValueId,
        field: u32,
        cx: &Rc<Context>,
        depth: usize,
    ) -> Option<ConstValue> {
        if self.too_deep(depth) {
            return None;
        }
        let f = &self.functions[cx.func];
        match &f.get_value(base)?.def {
            def @ (ValueDef::Param { .. } | ValueDef::FreeVar { .. }) => {
                let b = cx.binding(def)?;
                self.constant_field(b.value, field, &b.cx, depth + 1)
            }
            ValueDef::Result { instr, index: 0 } => match f[*instr].kind {
                InstrKind::Load { addr } => {
                    let (alloc, alloc_cx) = self.allocation(addr, cx, depth + 1)?;
                    self.constant_store(alloc, field, &alloc_cx, depth + 1)
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// Field `field` of a struct-valued field of an allocation (`bi.cfg.numWorkers` with `bi :=
    /// &indexer{cfg: cfg}`), as a constant: the field of the one struct value stored there.
    fn nested_field(
        &self,
        base: ValueId,
        field: u32,
        cx: &Rc<Context>,
        depth: usize,
    ) -> Option<ConstValue> {
        let f = &self.functions[cx.func];
        let InstrKind::FieldAddr { base: outer, field: holder } = f[f.defining_instr(base)?].kind
        else {
            return None;
        };
        // `bi` captured by a closure lives in a local cell holding the literal.
        let outer = match f.defining_instr(outer).map(|d| &f[d].kind) {
            Some(&InstrKind::Load { addr }) => sole_stored(f, addr).unwrap_or(outer),
            _ => outer,
        };
        let (alloc, alloc_cx) = self.allocation(outer, cx, depth + 1)?;
        let g = &self.functions[alloc_cx.func];
        // The unit's one store into that field, in the literal being built: nothing replaces
        // the struct value afterwards.
        let key = (self.field_key(g[alloc].ty), holder);
        let &[(func, stored)] = self.field_stores().get(&key)?.as_slice() else { return None };
        if func != alloc_cx.func || stored_in_field(g, alloc, holder) != Some(stored) {
            return None;
        }
        self.constant_field(stored, field, &alloc_cx, depth + 1)
    }

    /// The local `Alloc` a pointer value is, followed through parameters and free variables.
    fn allocation(
        &self,
        v: ValueId,
        cx: &Rc<Context>,
        depth: usize,
    ) -> Option<(ValueId, Rc<Context>)> {
        if self.too_deep(depth) {
            return None;
        }
        let f = &self.functions[cx.func];
        match &f.get_value(v)?.def {
            def @ (ValueDef::Param { .. } | ValueDef::FreeVar { .. }) => {
                let b = cx.binding(def)?;
                self.allocation(b.value, &b.cx, depth + 1)
            }
            ValueDef::Result { instr, .. } => {
                matches!(f[*instr].kind, InstrKind::Alloc { .. }).then(|| (v, cx.clone()))
            }
            _ => None,
        }
    }

    /// The constant the one store into field `field` of the confined local `alloc` stores.
    fn constant_store(
        &self,
        alloc: ValueId,
        field: u32,
        cx: &Rc<Context>,
        depth: usize,
    ) -> Option<ConstValue> {
        let f = &self.functions[cx.func];
        if !confined(f, alloc) {
            return None;
        }
        let mut stored = None;
        let mut whole = None;
        for &user in f[alloc].referrers() {
            // `*t = cfg`: a parameter boxed into a local, the whole struct stored at once.
            if let InstrKind::Store { addr, value } = f[user].kind {
                if addr == alloc && whole.replace(value).is_some() {
                    return None;
                }
                continue;
            }
            let InstrKind::FieldAddr { field: k, .. } = f[user].kind else { continue };
            if k != field {
                continue;
            }
            for &store in f[f[user].result()?].referrers() {
                if let InstrKind::Store { value, .. } = f[store].kind {
                    if stored.replace(value).is_some() {
                        return None;
                    }
                }
            }
        }
        match (stored, whole) {
            (Some(value), None) => self.constant_of(value, cx, depth + 1),
            (None, Some(value)) => self.constant_field(value, field, cx, depth + 1),
            _ => None,
        }
    }

    /// For `addr` the address of an element of a slice or array made in this function (a slice
    /// literal of interface values): the concrete values of every store into its elements.
    fn element_values(&self, addr: ValueId, cx: &Rc<Context>, depth: usize) -> Vec<Binding> {
        let f = &self.functions[cx.func];
        let Some(InstrKind::IndexAddr { base, .. }) = f.defining_instr(addr).map(|i| &f[i].kind)
        else {
            return Vec::new();
        };
        let made_here = f.defining_instr(*base).is_some_and(|i| {
            matches!(f[i].kind, InstrKind::MakeSlice { .. } | InstrKind::Alloc { .. })
        });
        if !made_here {
            return Vec::new();
        }
        let mut all = Vec::new();
        for &user in f[*base].referrers() {
            let InstrKind::IndexAddr { base: b, .. } = f[user].kind else { continue };
            if b != *base {
                continue;
            }
            let Some(element) = f[user].result() else { continue };
            for &store in f[element].referrers() {
                let InstrKind::Store { addr: a, value } = f[store].kind else { continue };
                if a != element {
                    continue;
                }
                let found = self.dynamic_values(value, cx, depth + 1);
                if found.is_empty() || all.len() + found.len() > MAX_IMPLEMENTATIONS {
                    return Vec::new();
                }
                all.extend(found);
            }
        }
        all
    }

    /// The call whose result `v` is, followed through parameters, free variables, variables
    /// assigned once and conversions: its function, instruction and context.
    pub fn defining_call(
        &self,
        v: ValueId,
        cx: &Rc<Context>,
        depth: usize,
    ) -> Option<(InstrId, Rc<Context>)> {
        if self.too_deep(depth) {
            return None;
        }
        let f = &self.functions[cx.func];
        match &f.get_value(v)?.def {
            def @ (ValueDef::Param { .. } | ValueDef::FreeVar { .. }) => {
                let b = cx.binding(def)?;
                self.defining_call(b.value, &b.cx, depth + 1)
            }
            ValueDef::Result { instr, index: 0 } => match &f[*instr].kind {
                InstrKind::Call { .. } => Some((*instr, cx.clone())),
                InstrKind::MakeInterface { x } | InstrKind::Convert { x, .. } => {
                    self.defining_call(*x, cx, depth + 1)
                }
                InstrKind::Load { addr } => {
                    let (stored, owner_cx) = self.single_store(*addr, cx)?;
                    self.defining_call(stored, &owner_cx, depth + 1)
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// The value `v` stands for (see `origin`), and for a variable a closure captured (loaded
    /// from its cell), the one value stored into it, followed the same way.
    fn stored_origin(&self, v: ValueId, cx: &Rc<Context>) -> Option<(ValueId, Rc<Context>)> {
        let (v, cx) = self.origin(v, cx, 0)?;
        let f = &self.functions[cx.func];
        match f.defining_instr(v).map(|d| &f[d].kind) {
            Some(&InstrKind::Load { addr }) => {
                let (stored, stored_cx) = self.single_store(addr, &cx)?;
                self.origin(stored, &stored_cx, 0)
            }
            _ => Some((v, cx)),
        }
    }

    /// For a function value read from a map kept in a struct field (`for _, fn := range
    /// b.subs`, `fn := b.handlers[name]`), every function the unit stores into maps kept in that
    /// field of that type (`b.subs[id] = fn` in `Subscribe`, with `fn` followed to what
    /// `Subscribe`'s callers pass): a call of it may run any of them.
    pub fn map_functions_of(&self, v: ValueId, cx: &Rc<Context>) -> Vec<Rc<Context>> {
        let Some((v, cx)) = self.stored_origin(v, cx) else { return Vec::new() };
        let f = &self.functions[cx.func];
        let map = match f.defining_instr(v).map(|d| &f[d].kind) {
            Some(InstrKind::MapLookup { map, .. }) => *map,
            Some(InstrKind::MapNext { iter }) => {
                match f.defining_instr(*iter).map(|d| &f[d].kind) {
                    Some(InstrKind::MapRange { map }) => *map,
                    _ => return Vec::new(),
                }
            }
            _ => return Vec::new(),
        };
        let Some(key) = self.loaded_field(f, map) else {
            let lookup_key = match f.defining_instr(v).map(|d| &f[d].kind) {
                Some(InstrKind::MapLookup { key, .. }) => {
                    self.constant_of(*key, &cx, 0).map(|c| format!("{c:?}"))
                }
                _ => None,
            };
            return self.table_functions(map, lookup_key.as_deref(), &cx);
        };
        if let Some(found) = self.map_functions.borrow().get(&key) {
            return found.clone();
        }
        let found = self.stored_in_map_field(&key);
        self.map_functions.borrow_mut().insert(key, found.clone());
        found
    }

    /// For a map of functions made by a literal (`table := map[string]command{"set": ...}`, in
    /// this function or returned by the one called to get it), the functions of its entries,
    /// or of the entry under `key` when the lookup's key is a constant the literal has: a
    /// dispatch table. A function stored later, elsewhere, is not among them.
    fn table_functions(
        &self,
        map: ValueId,
        key: Option<&str>,
        cx: &Rc<Context>,
    ) -> Vec<Rc<Context>> {
        let Some((mut map, mut cx)) = self.stored_origin(map, cx) else { return Vec::new() };
        let f = &self.functions[cx.func];
        if let Some(InstrKind::Call { call }) = f.defining_instr(map).map(|d| &f[d].kind) {
            // `table := commands(env)`: the literal every return of `commands` returns.
            let Callee::Static(callee) = call.callee else { return Vec::new() };
            let Some(callee) = self.static_callee(callee, &cx) else { return Vec::new() };
            let callee_cx = Context::for_call(callee, &call.args, &cx);
            let g = &self.functions[callee];
            let mut returned =
                g.block_ids().filter_map(|b| match &g[*g[b].instrs().last()?].kind {
                    InstrKind::Return { results } => results.first().copied(),
                    _ => None,
                });
            let Some(first) = returned.next() else { return Vec::new() };
            if !returned.all(|r| r == first) {
                return Vec::new();
            }
            (map, cx) = (first, callee_cx);
        }
        let f = &self.functions[cx.func];
        if !matches!(f.defining_instr(map).map(|d| &f[d].kind), Some(InstrKind::MakeMap { .. })) {
            return Vec::new();
        }
        let entries: Vec<(ValueId, ValueId)> = (f[map].referrers().iter())
            .filter_map(|&u| match f[u].kind {
                InstrKind::MapUpdate { map: m, key, value } if m == map => Some((key, value)),
                _ => None,
            })
            .collect();
        let under_key = |k: ValueId| {
            key.is_some_and(|key| {
                self.constant_of(k, &cx, 0).is_some_and(|c| format!("{c:?}") == key)
            })
        };
        let chosen: Vec<ValueId> = if entries.iter().any(|&(k, _)| under_key(k)) {
            entries.iter().filter(|&&(k, _)| under_key(k)).map(|&(_, v)| v).collect()
        } else {
            entries.iter().map(|&(_, v)| v).collect()
        };
        let mut found: Vec<Rc<Context>> = Vec::new();
        for value in chosen {
            let Some(function) = self.function_value(value, &cx) else { continue };
            if found.len() == MAX_IMPLEMENTATIONS * 2 {
                break;
            }
            if !found.iter().any(|t| t.func == function.func) {
                found.push(function);
            }
        }
        found
    }

    /// The functions the unit stores into maps kept in the struct field `key` (a parameter
    /// stored followed to what the static calls pass).
    fn stored_in_map_field(&self, key: &(String, u32)) -> Vec<Rc<Context>> {
        let sites = self.static_call_sites.get_or_init(|| self.call_sites());
        let mut found: Vec<Rc<Context>> = Vec::new();
        for (g_index, g) in self.functions.iter().enumerate() {
            for block in g.block_ids() {
                for &i in g[block].instrs() {
                    let InstrKind::MapUpdate { map, value, .. } = g[i].kind else { continue };
                    if self.loaded_field(g, map).as_ref() != Some(key) {
                        continue;
                    }
                    let root = Context::root(g_index);
                    let stored = match &g[value].def {
                        // A parameter: what each static call passes.
                        ValueDef::Param { index, .. } => (sites.get(&g_index))
                            .into_iter()
                            .flatten()
                            .filter_map(|&(caller, at)| {
                                let InstrKind::Call { call } = &self.functions[caller][at].kind
                                else {
                                    return None;
                                };
                                let arg = *call.args.get(*index as usize)?;
                                self.function_value(arg, &Context::root(caller))
                            })
                            .collect(),
                        _ => self.function_value(value, &root).into_iter().collect::<Vec<_>>(),
                    };
                    for function in stored {
                        if found.len() < MAX_IMPLEMENTATIONS * 2
                            && !found.iter().any(|t| t.func == function.func)
                        {
                            found.push(function);
                        }
                    }
                }
            }
        }
        found
    }

    /// For a map loaded from a struct field, the field (by the struct pointer's type and index).
    fn loaded_field(&self, f: &Function, map: ValueId) -> Option<(String, u32)> {
        let InstrKind::Load { addr } = f[f.defining_instr(map)?].kind else { return None };
        let InstrKind::FieldAddr { base, field } = f[f.defining_instr(addr)?].kind else {
            return None;
        };
        Some((self.field_key(f[base].ty), field))
    }

    /// The value `v` stands for, followed through the parameters and free variables bound in
    /// `cx`, with the context it is in.
    fn origin(&self, v: ValueId, cx: &Rc<Context>, depth: usize) -> Option<(ValueId, Rc<Context>)> {
        if self.too_deep(depth) {
            return None;
        }
        let f = &self.functions[cx.func];
        match &f.get_value(v)?.def {
            def @ (ValueDef::Param { .. } | ValueDef::FreeVar { .. }) => match cx.binding(def) {
                Some(b) => self.origin(b.value, &b.cx, depth + 1),
                None => Some((v, cx.clone())),
            },
            _ => Some((v, cx.clone())),
        }
    }

    /// The function a callee value denotes and the context it runs in: a declared function or
    /// method, a closure with its free variables bound, or a method value bound to its receiver.
    pub fn function_value(&self, v: ValueId, cx: &Rc<Context>) -> Option<Rc<Context>> {
        self.function_value_at(v, cx, 0)
    }

    fn function_value_at(&self, v: ValueId, cx: &Rc<Context>, depth: usize) -> Option<Rc<Context>> {
        if self.too_deep(depth) {
            return None;
        }
        let f = &self.functions[cx.func];
        match &f.get_value(v)?.def {
            ValueDef::Function { name } => {
                let func = *self.by_name.get(&**name)?;
                Some(Context::root(func))
            }
            def @ (ValueDef::Param { .. } | ValueDef::FreeVar { .. }) => {
                let b = cx.binding(def)?;
                self.function_value_at(b.value, &b.cx, depth + 1)
            }
            ValueDef::Result { instr, index } => match &f[*instr].kind {
                InstrKind::MakeClosure { func, bindings } => {
                    let ValueDef::Function { name } = &f.get_value(*func)?.def else {
                        return None;
                    };
                    let bound: Vec<Option<Binding>> = bindings
                        .iter()
                        .map(|&b| Some(Binding { value: b, cx: cx.clone() }))
                        .collect();
                    if let Some(method) = name.strip_suffix("$bound") {
                        // A method value: the receiver is the method's first parameter.
                        let func = *self.by_name.get(method)?;
                        return Some(Rc::new(Context {
                            func,
                            params: bound,
                            free_vars: Vec::new(),
                        }));
                    }
                    let func = *self.by_name.get(&**name)?;
                    Some(Rc::new(Context { func, params: Vec::new(), free_vars: bound }))
                }
                InstrKind::Convert { x, .. } => self.function_value_at(*x, cx, depth + 1),
                InstrKind::Call { call } => {
                    // A function a factory returns (`rate := Memoize(f)`, `h := withAuth(h)`,
                    // `inc, snapshot := newCounter()`, a local `gate := func(h) { ... }`
                    // wrapping handlers): the one function its returns agree on, in the
                    // call's context.
                    let callee_cx = match call.callee {
                        Callee::Static(callee) => {
                            let callee = self.static_callee(callee, cx)?;
                            Context::for_call(callee, &call.args, cx)
                        }
                        Callee::Dynamic(factory) => {
                            self.function_value_at(factory, cx, depth + 1)?.applied(&call.args, cx)
                        }
                        _ => return None,
                    };
                    self.returned_function(&callee_cx, *index as usize, depth + 1)
                }
                InstrKind::Load { addr } => {
                    // A function variable (captured by a closure, perhaps): the one value
                    // stored into it.
                    if let Some((alloc, owner_cx)) = self.variable(*addr, cx) {
                        let stored = sole_store(&self.functions[owner_cx.func], alloc)?;
                        return self.function_value_at(stored, &owner_cx, depth + 1);
                    }
                    // A function kept in a struct field: the one function every store into
                    // that field of that type stores.
                    self.field_function(*addr, cx, depth + 1)
                }
                _ => None,
            },
            ValueDef::Const(_) | ValueDef::Global { .. } => None,
        }
    }
}

/// Whether some store writes the field path `fields` (outermost first) of the variable
/// `alloc`, or a part of it, after the variable itself was written.
fn path_assigned<'a>(f: &Function, alloc: ValueId, fields: impl Iterator<Item = &'a u32>) -> bool {
    let mut level = vec![alloc];
    for &field in fields {
        let mut next = Vec::new();
        for &v in &level {
            for &user in f[v].referrers() {
                match &f[user].kind {
                    InstrKind::FieldAddr { base, field: fld } if *base == v && *fld == field => {
                        next.extend(f[user].result());
                    }
                    _ => {}
                }
            }
        }
        if next.is_empty() {
            return false;
        }
        let stored = next.iter().any(|&a| {
            f[a].referrers()
                .iter()
                .any(|&u| matches!(&f[u].kind, InstrKind::Store { addr, .. } if *addr == a))
        });
        if stored {
            return true;
        }
        level = next;
    }
    false
}

/// Where the unit may leave struct fields zero (see `Resolver::fields_left_unset`).
#[derive(Debug, Default)]
pub struct UnsetFields {
    /// Struct pointer types whose values are also made zero (elements made by `make`).
    /// For each, the fields a loop over every element stores, per slice made.
    zero_types: rustc_hash::FxHashMap<String, Vec<Vec<u32>>>,
    /// For each struct pointer type, the fields each of its variables gets stored.
    allocs: rustc_hash::FxHashMap<String, Vec<Vec<u32>>>,
}

impl UnsetFields {
    /// Whether some value of the struct type of `key` may keep the field zero.
    fn leaves(&self, key: &(String, u32)) -> bool {
        let (ty, field) = key;
        let left = |all: &Vec<Vec<u32>>| all.iter().any(|stored| !stored.contains(field));
        self.zero_types.get(ty).is_some_and(left)
            || self
                .allocs
                .get(ty)
                .is_some_and(|all| all.iter().any(|stored| !stored.contains(field)))
    }
}

/// The fields stored into every element of the slice `slice` made in `f`: through `&slice[i]`
/// with `i` a loop counter from 0 while `i < len(slice)` (a range over the slice).
fn every_element_fields(f: &Function, slice: ValueId) -> Vec<u32> {
    let counts_every_element = |index: ValueId| {
        let Some(InstrKind::Phi { edges, .. }) = f.defining_instr(index).map(|d| &f[d].kind) else {
            return false;
        };
        let from_zero =
            edges.iter().any(|&e| matches!(f[e].def, ValueDef::Const(ConstValue::Int(0))));
        let bounded = f[index].referrers().iter().any(|&u| match &f[u].kind {
            InstrKind::BinOp { op: mapscope_ssa::BinaryOp::Lss, x, y } if *x == index => {
                matches!(f.defining_instr(*y).map(|d| &f[d].kind), Some(InstrKind::Call { call })
                    if matches!(call.callee, Callee::Builtin(mapscope_ssa::Builtin::Len))
                        && call.args.first() == Some(&slice))
            }
            _ => false,
        });
        from_zero && bounded
    };
    let mut fields = Vec::new();
    for &u in f[slice].referrers() {
        let InstrKind::IndexAddr { base, index } = f[u].kind else { continue };
        if base != slice || !counts_every_element(index) {
            continue;
        }
        let Some(element) = f[u].result() else { continue };
        for &g in f[element].referrers() {
            let InstrKind::FieldAddr { base, field } = f[g].kind else { continue };
            let stores = f[g].result().is_some_and(|addr| {
                f[addr]
                    .referrers()
                    .iter()
                    .any(|&w| matches!(f[w].kind, InstrKind::Store { addr: a, .. } if a == addr))
            });
            if base == element && stores {
                fields.push(field);
            }
        }
    }
    fields
}

/// The value of the one store into `addr` (`None` when there is none or more than one); other
/// uses of the address are not looked at.
/// A parameter, or the address of a field path inside what a pointer parameter points to
/// (`&t.mu`, `&t.state.mu`): the parameter's index and the path, outermost field first.
fn param_field_path(f: &Function, value: ValueId) -> Option<(u32, Rc<[u32]>)> {
    let (base, path) = field_path(f, value);
    match f[base].def {
        ValueDef::Param { index, .. } => Some((index, path.into())),
        _ => None,
    }
}

/// The value a chain of field addresses starts from (`t` in `&t.state.mu`, `value` itself when
/// it is no field address), and the fields, outermost first.
pub fn field_path(f: &Function, mut value: ValueId) -> (ValueId, Vec<u32>) {
    let mut path = Vec::new();
    while let Some(&InstrKind::FieldAddr { base, field }) =
        f.defining_instr(value).map(|d| &f[d].kind)
    {
        path.push(field);
        value = base;
    }
    path.reverse();
    (value, path)
}

/// For a store of `value` into a field of `made` (a struct allocated in `f`): when `value` is
/// a field path of some `owner` (`&t.mu`, or `t` itself) and `made` is stored into a field of
/// that same `owner`, the owner, that field and the path.
fn back_pointer_store(
    f: &Function,
    made: ValueId,
    value: ValueId,
) -> Option<(ValueId, u32, Rc<[u32]>)> {
    if !matches!(f[f.defining_instr(made)?].kind, InstrKind::Alloc { .. }) {
        return None;
    }
    let (owner, path) = field_path(f, value);
    f[made].referrers().iter().find_map(|&u| {
        let InstrKind::Store { addr, value: stored } = f[u].kind else { return None };
        let &InstrKind::FieldAddr { base, field } = &f[f.defining_instr(addr)?].kind else {
            return None;
        };
        (stored == made && one_variable_value(f, base, owner))
            .then(|| (owner, field, path.clone().into()))
    })
}

/// Whether `a` and `b` are one value: the same, or loads of one variable assigned once (a
/// parameter a closure captures is spilled, and each use loads it again).
fn one_variable_value(f: &Function, a: ValueId, b: ValueId) -> bool {
    if a == b {
        return true;
    }
    let variable = |v: ValueId| match f.defining_instr(v).map(|d| &f[d].kind) {
        Some(&InstrKind::Load { addr }) => Some(addr),
        _ => None,
    };
    match (variable(a), variable(b)) {
        (Some(x), Some(y)) => x == y && sole_stored(f, x).is_some(),
        _ => false,
    }
}

/// For a load of a struct field just stored in the same block (`req.Header = c.header;
/// req.Header[k] = v`): the value stored, when nothing between the two can have changed the
/// field (no call, no store into a field of that name or through another pointer).
fn forwarded_store(f: &Function, load: InstrId, addr: ValueId) -> Option<ValueId> {
    let field_of = |a: ValueId| match f.defining_instr(a).map(|d| &f[d].kind) {
        Some(&InstrKind::FieldAddr { base, field }) => Some((base, field)),
        _ => None,
    };
    let (base, field) = field_of(addr)?;
    let block = &f[f[load].block()?];
    let at = block.instrs().iter().position(|&i| i == load)?;
    for &i in block.instrs()[..at].iter().rev() {
        match &f[i].kind {
            InstrKind::Store { addr: a, value } => {
                match (field_of(*a), f.defining_instr(*a).map(|d| &f[d].kind)) {
                    (Some((b, g)), _) if g == field => {
                        return (b == base).then_some(*value);
                    }
                    (Some(_), _)
                    | (None, Some(InstrKind::IndexAddr { .. } | InstrKind::Alloc { .. })) => {}
                    _ => return None,
                }
            }
            InstrKind::Call { .. } | InstrKind::Go { .. } | InstrKind::Defer { .. } => return None,
            _ => {}
        }
    }
    None
}

/// The one value stored into the local variable `addr` (an `Alloc` of `f`), if it is one.
pub fn sole_stored(f: &Function, addr: ValueId) -> Option<ValueId> {
    matches!(f[f.defining_instr(addr)?].kind, InstrKind::Alloc { .. })
        .then(|| sole_store(f, addr))
        .flatten()
}

fn sole_store(f: &Function, addr: ValueId) -> Option<ValueId> {
    let mut stores =
        f.get_value(addr)?.referrers().iter().filter_map(|&user| match &f[user].kind {
            InstrKind::Store { addr: a, value } if *a == addr => Some(*value),
            _ => None,
        });
    let value = stores.next()?;
    stores.next().is_none().then_some(value)
}

/// The one whole value stored into field `field` of `alloc` (`&T{Base: base}`), when the
/// function stores nothing else into that field or below it.
fn sole_field_store(f: &Function, alloc: ValueId, field: u32) -> Option<ValueId> {
    let addresses = f[alloc].referrers().iter().filter_map(|&u| match f[u].kind {
        InstrKind::FieldAddr { base, field: fld } if base == alloc && fld == field => f[u].result(),
        _ => None,
    });
    let mut found = None;
    for address in addresses {
        for &user in f[address].referrers() {
            match &f[user].kind {
                InstrKind::Store { addr, value }
                    if *addr == address && found.replace(*value).is_some() =>
                {
                    return None;
                }
                // A store into a part of the field changes the copy.
                InstrKind::FieldAddr { .. } | InstrKind::IndexAddr { .. } => {
                    let part = f[user].result()?;
                    let stored = f[part].referrers().iter().any(
                        |&u| matches!(&f[u].kind, InstrKind::Store { addr, .. } if *addr == part),
                    );
                    if stored {
                        return None;
                    }
                }
                _ => {}
            }
        }
    }
    found
}

/// Whether the address of a local `Alloc` stays in its function: it and the addresses derived
/// from it (fields, elements, slices of it) are only loaded from, stored to and measured, never
/// stored elsewhere, passed to a call or captured.
fn confined(f: &Function, alloc: ValueId) -> bool {
    let mut work = vec![alloc];
    let mut seen = rustc_hash::FxHashSet::default();
    while let Some(v) = work.pop() {
        if !seen.insert(v) {
            continue;
        }
        let Some(value) = f.get_value(v) else { return false };
        for &user in value.referrers() {
            match &f[user].kind {
                InstrKind::FieldAddr { base, .. }
                | InstrKind::IndexAddr { base, .. }
                | InstrKind::Slice { base, .. }
                    if *base == v =>
                {
                    work.extend(f[user].result());
                }
                InstrKind::Load { .. } => {}
                InstrKind::Store { value, .. } if *value != v => {}
                InstrKind::Call { call }
                    if matches!(
                        call.callee,
                        Callee::Builtin(mapscope_ssa::Builtin::Len | mapscope_ssa::Builtin::Cap)
                    ) => {}
                _ => return false,
            }
        }
    }
    true
}

/// For each block of `f`, whether it lies on a cycle of the control-flow graph.
fn blocks_in_cycles(f: &Function) -> Vec<bool> {
    let edges: Vec<Vec<usize>> =
        f.block_ids().map(|b| f[b].succs().iter().map(|s| s.index()).collect()).collect();
    let mut in_cycle = vec![false; edges.len()];
    for component in mapscope_ssa::scc::strongly_connected_components(&edges) {
        let cyclic = component.len() > 1 || component.iter().any(|&b| edges[b].contains(&b));
        for b in component {
            in_cycle[b] = cyclic;
        }
    }
    in_cycle
}

/// The methods of `atomic.Pointer` that return the pointer it holds.
const ATOMIC_POINTER_READS: [&str; 2] =
    ["(*sync/atomic.Pointer[T]).Load", "(*sync/atomic.Pointer[T]).Swap"];

/// Result `index` of every `return` of `f`, when they all return the same value.
fn sole_returned_value(f: &Function, index: usize) -> Option<ValueId> {
    let mut found = None;
    for block in f.block_ids() {
        let Some(&last) = f[block].instrs().last() else { continue };
        if let InstrKind::Return { results } = &f[last].kind {
            let value = *results.get(index)?;
            if found.is_some_and(|v| v != value) {
                return None;
            }
            found = Some(value);
        }
    }
    found
}

/// The functions without source in the unit that return a new `*http.Request` at each call.
pub const FRESH_REQUESTS: [&str; 4] = [
    "net/http.NewRequest",
    "net/http.NewRequestWithContext",
    "net/http/httptest.NewRequest",
    "net/http/httptest.NewRequestWithContext",
];

/// Other functions without source in the unit that return a new value at each call, named
/// for the locks it holds: `log.New`'s logger.
const FRESH_LIBRARY_VALUES: [&str; 1] = ["log.New"];

/// Whether instruction `i` allocates memory that a new object is named after.
pub fn allocates(kind: &InstrKind) -> bool {
    matches!(
        kind,
        InstrKind::Alloc { .. }
            | InstrKind::MakeMap { .. }
            | InstrKind::MakeChan { .. }
            | InstrKind::MakeSlice { .. }
    )
}

/// Whether `addr` is a variable of `f` that no closure captures and that is only ever given
/// what this call of `f` made (`make`, a literal) or what a call returns given the variable's
/// own value, perhaps asserted back from `any` (`body := make(map[string]any);
/// json.Unmarshal(raw, &body); body = redact(body); body = rekey(body).(map[string]any)`):
/// each call's variable holds maps of that call alone. (A decoder given its address keeps the
/// map it holds or makes a new one; a helper given the map is taken to return it or a copy.)
fn own_made_variable(f: &Function, addr: ValueId) -> bool {
    if !matches!(f.defining_instr(addr).map(|d| &f[d].kind), Some(InstrKind::Alloc { .. })) {
        return false;
    }
    let loads_it = |v: ValueId| {
        let mut v = crate::nilness::strip_conversions(f, v);
        if let Some(InstrKind::MakeInterface { x }) = f.defining_instr(v).map(|d| &f[d].kind) {
            v = crate::nilness::strip_conversions(f, *x);
        }
        matches!(f.defining_instr(v).map(|d| &f[d].kind), Some(InstrKind::Load { addr: a }) if *a == addr)
    };
    let mut stored = false;
    for &user in f[addr].referrers() {
        match &f[user].kind {
            InstrKind::MakeClosure { .. } => return false,
            InstrKind::Store { addr: a, value } if *a == addr => {
                let mut value = crate::nilness::strip_conversions(f, *value);
                if let Some(InstrKind::TypeAssert { x, .. }) =
                    f.defining_instr(value).map(|d| &f[d].kind)
                {
                    value = crate::nilness::strip_conversions(f, *x);
                }
                let own = match f.defining_instr(value).map(|d| &f[d].kind) {
                    Some(kind) if allocates(kind) => true,
                    Some(InstrKind::Call { call }) => call.args.iter().any(|&arg| loads_it(arg)),
                    _ => false,
                };
                if !own {
                    return false;
                }
                stored = true;
            }
            _ => {}
        }
    }
    stored
}

/// The channel `value` was received from: the value of a receive, or of a `select`'s receive
/// case (its results are the chosen index, `ok`, then one value per receive case).
pub fn received_channel(f: &Function, value: ValueId) -> Option<ValueId> {
    let ValueDef::Result { instr, index } = f[value].def else { return None };
    received_channel_of(f, instr, index)
}

/// The channel result `index` of `instr` was received from (see [`received_channel`]).
fn received_channel_of(f: &Function, instr: InstrId, index: u32) -> Option<ValueId> {
    match &f[instr].kind {
        InstrKind::Recv { chan, .. } if index == 0 => Some(*chan),
        InstrKind::Select { states, .. } => {
            let case = usize::try_from(index).ok()?.checked_sub(2)?;
            let mut receives = states.iter().filter(|s| s.dir == mapscope_ssa::SelectDir::Recv);
            receives.nth(case).map(|s| s.chan)
        }
        _ => None,
    }
}

/// Whether `v` is `h % n` or `h & m` (after conversions) with `h` the result of a call.
fn reduced_hash(f: &Function, v: ValueId) -> bool {
    let Some(InstrKind::BinOp { op, x, .. }) =
        f.defining_instr(without_converts(f, v)).map(|d| &f[d].kind)
    else {
        return false;
    };
    let hashed = f.defining_instr(without_converts(f, *x)).map(|d| &f[d].kind);
    matches!(op, mapscope_ssa::BinaryOp::Rem | mapscope_ssa::BinaryOp::And)
        && matches!(hashed, Some(InstrKind::Call { .. }))
}

/// `v` under every conversion (an index's `uint32` to `int`).
fn without_converts(f: &Function, mut v: ValueId) -> ValueId {
    while let Some(InstrKind::Convert { x, .. }) = f.defining_instr(v).map(|d| &f[d].kind) {
        v = *x;
    }
    v
}

/// A function's stores of nil into struct fields (block, address, field), with its dominator
/// tree when it has any.
#[derive(Debug)]
pub struct ClearedFields {
    stores: Vec<(mapscope_ssa::BlockId, ValueId, u32)>,
    dominators: Option<mapscope_ssa::dom::DomTree>,
}

impl ClearedFields {
    fn of(f: &Function) -> ClearedFields {
        let stores: Vec<_> = f
            .block_ids()
            .flat_map(|b| f[b].instrs().iter().map(move |&i| (b, i)))
            .filter_map(|(b, i)| match f[i].kind {
                InstrKind::Store { addr, value }
                    if matches!(f[value].def, ValueDef::Const(ConstValue::Nil)) =>
                {
                    match f.defining_instr(addr).map(|d| &f[d].kind) {
                        Some(&InstrKind::FieldAddr { field, .. }) => Some((b, addr, field)),
                        _ => None,
                    }
                }
                _ => None,
            })
            .collect();
        let dominators = (!stores.is_empty()).then(|| mapscope_ssa::dom::DomTree::new(f));
        ClearedFields { stores, dominators }
    }
}

/// The first result of each return of `g` (`None` for a return without results).
fn first_results(g: &Function) -> impl Iterator<Item = Option<ValueId>> + '_ {
    g.block_ids().filter_map(|b| {
        let &last = g[b].instrs().last()?;
        match &g[last].kind {
            InstrKind::Return { results } => Some(results.first().copied()),
            _ => None,
        }
    })
}

/// The value the first store into field `field` of the allocation `alloc` stores.
fn stored_in_field(g: &Function, alloc: ValueId, field: u32) -> Option<ValueId> {
    g[alloc].referrers().iter().find_map(|&u| match g[u].kind {
        InstrKind::FieldAddr { base, field: k } if base == alloc && k == field => {
            let address = g[u].result()?;
            g[address].referrers().iter().find_map(|&s| match g[s].kind {
                InstrKind::Store { addr, value } if addr == address => Some(value),
                _ => None,
            })
        }
        _ => None,
    })
}

/// Whether map `v` is made for whoever receives it: nil, a `make` or literal, or the copy
/// `maps.Clone` returns.
fn fresh_map(f: &Function, v: ValueId) -> bool {
    let v = crate::nilness::strip_conversions(f, v);
    match (&f[v].def, f.defining_instr(v).map(|d| &f[d].kind)) {
        (ValueDef::Const(_), _) | (_, Some(InstrKind::MakeMap { .. })) => true,
        (_, Some(InstrKind::Call { call })) => {
            crate::models::static_callee_name(f, call) == Some("maps.Clone")
        }
        _ => false,
    }
}

/// Whether `o` is a package-level variable's or a field's map (or what such memory holds).
fn outlives_call(o: &Obj) -> bool {
    match o {
        Obj::Global(_) | Obj::Field(..) => true,
        Obj::Contents(base) => outlives_call(base),
        _ => false,
    }
}
