//! The query surface later layers read types through: predicates, identity, underlying and core
//! types, type sets, method sets, field and method lookup, and type strings, as go/types answers
//! them.
//!
//! Every query takes a [`TypeContext`]: the checker while it checks (which computes what it needs
//! on demand) or [`ProgramTypes`] over a checked [`Program`] (`program.types()`), so the checker
//! and the layers above it run the same code. Queries never create types and never fail: invalid
//! types answer `false`, `None` or the invalid type.

use crate::check::Program;
use crate::types::{ObjId, Object, Type, TypeId, TypeSet, TypeView, univ};
use rustc_hash::FxHashMap;

pub use crate::check::lookup::{
    Lookup, has_pointer_receiver, lookup_field_or_method, lookup_field_or_method_in_pkg, same_id,
};
pub use crate::check::predicates::{
    core_type, identical, is_interface, is_type_param, is_untyped, unalias, underlying,
};
pub use crate::check::typeset::{sort_methods, type_set};
pub use crate::types::type_string;

/// What the queries need beyond reading the arenas: facts the checker derives on demand, and a
/// checked program has recorded.
pub trait TypeContext: TypeView {
    /// The underlying type of an instance of a generic type whose underlying type is not recorded
    /// (the checker substitutes; in a checked program every instance has it recorded).
    fn instance_underlying(&mut self, t: TypeId) -> TypeId;
    /// Memo of the interface type sets computed so far.
    fn type_set_memo(&mut self) -> &mut FxHashMap<TypeId, TypeSet>;
    /// The type of an object (the checker resolves its declaration first).
    fn object_type(&mut self, o: ObjId) -> TypeId;
    /// The signature of method `m` as seen on receiver type `recv`. The checker substitutes an
    /// instance's type arguments; a checked program answers the method's declared signature.
    fn method_signature(&mut self, m: ObjId, recv: TypeId) -> TypeId;
}

/// A checked [`Program`] as a [`TypeContext`], with its own memo of interface type sets.
#[derive(Debug)]
pub struct ProgramTypes<'p> {
    program: &'p Program,
    type_sets: FxHashMap<TypeId, TypeSet>,
}

impl Program {
    /// The program's types, for the queries of [`crate::query`].
    pub fn types(&self) -> ProgramTypes<'_> {
        ProgramTypes { program: self, type_sets: FxHashMap::default() }
    }
}

impl TypeView for ProgramTypes<'_> {
    fn ty(&self, id: TypeId) -> &Type {
        self.program.ty(id)
    }
    fn obj(&self, id: ObjId) -> &Object {
        self.program.obj(id)
    }
    fn pkg_path(&self, arena: u32) -> &str {
        self.program.pkg_path(arena)
    }
}

impl TypeContext for ProgramTypes<'_> {
    fn instance_underlying(&mut self, _: TypeId) -> TypeId {
        // Every unit completes the underlying types of its instances before it finishes.
        univ::INVALID
    }
    fn type_set_memo(&mut self) -> &mut FxHashMap<TypeId, TypeSet> {
        &mut self.type_sets
    }
    fn object_type(&mut self, o: ObjId) -> TypeId {
        self.obj(o).ty
    }
    fn method_signature(&mut self, m: ObjId, _: TypeId) -> TypeId {
        self.obj(m).ty
    }
}

/// Whether `t`'s underlying type is a map (type parameters are not, whatever their constraint).
pub fn is_map<C: TypeContext + ?Sized>(cx: &mut C, t: TypeId) -> bool {
    map_key_elem(cx, t).is_some()
}

/// The key and element types of a type whose underlying type is a map.
pub fn map_key_elem<C: TypeContext + ?Sized>(cx: &mut C, t: TypeId) -> Option<(TypeId, TypeId)> {
    let u = structure(cx, t)?;
    match cx.ty(u) {
        Type::Map(k, e) => Some((*k, *e)),
        _ => None,
    }
}

/// Whether `t`'s underlying type is a pointer (type parameters excluded).
pub fn is_pointer<C: TypeContext + ?Sized>(cx: &mut C, t: TypeId) -> bool {
    structure(cx, t).is_some_and(|u| matches!(cx.ty(u), Type::Pointer(_)))
}

/// Whether `t`'s underlying type is a function signature (type parameters excluded).
pub fn is_signature<C: TypeContext + ?Sized>(cx: &mut C, t: TypeId) -> bool {
    structure(cx, t).is_some_and(|u| matches!(cx.ty(u), Type::Signature(_)))
}

/// The underlying type of a type that is not a type parameter (whose underlying type is its
/// constraint's interface, not a structure its values have).
fn structure<C: TypeContext + ?Sized>(cx: &mut C, t: TypeId) -> Option<TypeId> {
    if is_type_param(cx, t) { None } else { Some(underlying(cx, t)) }
}

/// Whether `t` is a defined type (named, possibly an instance), aliases resolved.
pub fn is_named<V: TypeView + ?Sized>(cx: &V, t: TypeId) -> bool {
    matches!(cx.ty(unalias(cx, t)), Type::Named(_))
}

/// Whether values of `t` can be compared with `==` (go/types' `Comparable`): booleans, numbers,
/// strings, pointers, channels and interfaces, and structs and arrays of comparable types; a type
/// parameter when every type of its type set is.
pub fn comparable<C: TypeContext + ?Sized>(cx: &mut C, t: TypeId) -> bool {
    comparable_depth(cx, t, 0)
}

fn comparable_depth<C: TypeContext + ?Sized>(cx: &mut C, t: TypeId, depth: u32) -> bool {
    // Valid types nest finitely without a named type in between; the bound guards invalid ones.
    if depth > 64 {
        return false;
    }
    let t = unalias(cx, t);
    if let Type::TypeParam { constraint, .. } = cx.ty(t) {
        let ts = type_set(cx, *constraint);
        return ts.comparable
            || ts.terms.is_some_and(|terms| {
                !terms.is_empty()
                    && terms.iter().all(|&(_, tt)| comparable_depth(cx, tt, depth + 1))
            });
    }
    let u = underlying(cx, t);
    match cx.ty(u).clone() {
        Type::Basic(k, _) => k != crate::types::BasicKind::UntypedNil,
        Type::Pointer(_) | Type::Chan(..) | Type::Interface(_) => true,
        Type::Struct(fields) => fields.iter().all(|f| comparable_depth(cx, f.ty, depth + 1)),
        Type::Array(_, e) => comparable_depth(cx, e, depth + 1),
        _ => false,
    }
}

/// The method set of `t` (go/types' `NewMethodSet`), sorted as go/types sorts methods: for an
/// interface the methods of its type set; otherwise the methods declared on `t` and promoted
/// through embedded fields, where a name found at a shallower depth (a field or a method)
/// hides deeper ones and a name found twice at one depth is left out, and pointer-receiver
/// methods only when `t` is a pointer or they are reached through an embedded pointer. Type
/// parameters have an empty method set.
pub fn method_set<C: TypeContext + ?Sized>(cx: &mut C, t: TypeId) -> Vec<ObjId> {
    let t = unalias(cx, t);
    if is_type_param(cx, t) {
        return Vec::new();
    }
    if is_interface(cx, t) {
        return type_set(cx, t).methods;
    }
    let (start, indirect) = match cx.ty(t) {
        Type::Pointer(b) => (unalias(cx, *b), true),
        _ => (t, false),
    };
    // Name -> the method found at the shallowest depth (None: a field, or two at that depth),
    // and whether it was reached through a pointer.
    let mut found: FxHashMap<Box<str>, Option<(ObjId, bool)>> = FxHashMap::default();
    let mut current = vec![(start, indirect)];
    let mut seen: Vec<TypeId> = Vec::new();
    while !current.is_empty() {
        let mut level: FxHashMap<Box<str>, Option<(ObjId, bool)>> = FxHashMap::default();
        let mut add = |name: &str, entry: Option<(ObjId, bool)>| {
            level.entry(name.into()).and_modify(|e| *e = None).or_insert(entry);
        };
        let mut next = Vec::new();
        for (typ, ind) in std::mem::take(&mut current) {
            let typ = unalias(cx, typ);
            if let Type::Named(n) = cx.ty(typ) {
                if seen.contains(&typ) {
                    continue;
                }
                seen.push(typ);
                let declared = match n.origin.map(|o| cx.ty(o)) {
                    Some(Type::Named(origin)) => origin.methods.clone(),
                    Some(_) => Vec::new(),
                    None => n.methods.clone(),
                };
                for m in declared {
                    add(&cx.obj(m).name, Some((m, ind)));
                }
            }
            if is_type_param(cx, typ) {
                continue;
            }
            let u = underlying(cx, typ);
            match cx.ty(u) {
                Type::Struct(fields) => {
                    for f in fields.clone() {
                        add(&f.name, None);
                        if f.embedded {
                            match cx.ty(unalias(cx, f.ty)) {
                                Type::Pointer(b) => next.push((*b, true)),
                                _ => next.push((f.ty, ind)),
                            }
                        }
                    }
                }
                Type::Interface(_) => {
                    for m in type_set(cx, u).methods {
                        add(&cx.obj(m).name, Some((m, ind)));
                    }
                }
                _ => {}
            }
        }
        for (name, entry) in level {
            found.entry(name).or_insert(entry);
        }
        current = next;
    }
    let mut methods: Vec<ObjId> = found
        .into_values()
        .flatten()
        .filter(|&(m, ind)| ind || !has_pointer_receiver(cx, m))
        .map(|(m, _)| m)
        .collect();
    sort_methods(cx, &mut methods);
    methods
}
