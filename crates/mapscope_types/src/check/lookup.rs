//! Field and method lookup (go/types' lookup.go), and method signatures seen through a receiver.

use super::Checker;
use super::predicates::{core_type, is_type_param, unalias, underlying};
use super::typeset::type_set;
use crate::query::TypeContext;
use crate::types::{ObjId, Type, TypeId, TypeView, univ};
use rustc_hash::FxHashMap;

/// The result of [`lookup_field_or_method`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lookup {
    NotFound,
    /// Several fields or methods of that name at the shallowest depth.
    Ambiguous,
    /// A field of type `ty`, its object, and its path (go/types' `Selection.Index()`: the
    /// indices of the embedded fields walked through, then its own); `indirect`: reached through
    /// a pointer.
    Field {
        ty: TypeId,
        obj: Option<ObjId>,
        index: Vec<u32>,
        indirect: bool,
    },
    /// A method: its object, its signature as seen on the receiver (see
    /// [`TypeContext::method_signature`]), whether it has a pointer receiver, its path (the
    /// embedded fields walked through, then its index among the methods of the type declaring
    /// it), and whether it was reached through a pointer.
    Method {
        obj: ObjId,
        sig: TypeId,
        ptr_recv: bool,
        index: Vec<u32>,
        indirect: bool,
    },
}

impl Checker<'_> {
    /// Looks up `name` as spelled in package `pkg` (see [`lookup_field_or_method_in_pkg`]).
    pub(crate) fn lookup_field_or_method(&mut self, t: TypeId, pkg: u32, name: &str) -> Lookup {
        lookup_field_or_method_in_pkg(self, t, Some(pkg), name)
    }

    /// The signature of method `m` as seen on receiver type `recv` (substituted for instances).
    pub(crate) fn method_sig(&mut self, m: ObjId, recv: TypeId) -> TypeId {
        let sig = self.obj_type(m);
        let Type::Named(n) = self.ty(recv).clone() else { return sig };
        if n.targs.is_empty() {
            return sig;
        }
        if let Some(&s) = self.method_sig_cache.get(&(m, recv)) {
            return s;
        }
        let Type::Signature(s) = self.ty(sig).clone() else { return sig };
        let map: FxHashMap<TypeId, TypeId> =
            s.recv_tparams.iter().copied().zip(n.targs.iter().copied()).collect();
        let r = self.subst(sig, &map);
        self.method_sig_cache.insert((m, recv), r);
        r
    }
}

/// go/types' `sameId`: an exported name is the same name in every package; an unexported one only
/// in the package that declares it (`None`: any package, for queries that name no package).
pub fn same_id(name_a: &str, pkg_a: u32, name_b: &str, pkg_b: Option<u32>) -> bool {
    name_a == name_b
        && (crate::types::is_exported(name_a) || pkg_b.is_none_or(|pkg_b| pkg_a == pkg_b))
}

/// Looks up a field or method `name` in `t` (go/types' LookupFieldOrMethod, addressable receiver),
/// matching an unexported `name` in any package.
pub fn lookup_field_or_method<C: TypeContext + ?Sized>(
    cx: &mut C,
    t: TypeId,
    name: &str,
) -> Lookup {
    lookup_field_or_method_in_pkg(cx, t, None, name)
}

/// Looks up a field or method `name` of package `pkg` (the arena of the package that spells the
/// name) in `t`: an unexported name only matches the fields and methods that package declares.
pub fn lookup_field_or_method_in_pkg<C: TypeContext + ?Sized>(
    cx: &mut C,
    t: TypeId,
    pkg: Option<u32>,
    name: &str,
) -> Lookup {
    lookup_matching(cx, t, pkg, name, false)
}

/// Looks up a field or method spelled like `name` but for the case of its letters, in any
/// package (go/types' lookup with `foldCase`): the near miss that an error message points at.
pub fn lookup_field_or_method_folding_case<C: TypeContext + ?Sized>(
    cx: &mut C,
    t: TypeId,
    name: &str,
) -> Lookup {
    lookup_matching(cx, t, None, name, true)
}

/// go/types' `sameId` with `foldCase`: a name that differs only in case matches whatever its
/// package.
fn matches_name(name_a: &str, pkg_a: u32, name_b: &str, pkg_b: Option<u32>, fold: bool) -> bool {
    (fold && fold_case_equal(name_a, name_b)) || same_id(name_a, pkg_a, name_b, pkg_b)
}

/// Whether two names are equal but for the case of their letters (go/types' `strings.EqualFold`).
fn fold_case_equal(a: &str, b: &str) -> bool {
    a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
}

fn lookup_matching<C: TypeContext + ?Sized>(
    cx: &mut C,
    t: TypeId,
    pkg: Option<u32>,
    name: &str,
    fold: bool,
) -> Lookup {
    // Blank fields and methods are never found (go/types' lookupFieldOrMethodImpl).
    if name == "_" {
        return Lookup::NotFound;
    }
    // Methods cannot be declared on a defined pointer type: look through it for fields only.
    let named = unalias(cx, t);
    if matches!(cx.ty(named), Type::Named(_)) {
        let u = underlying(cx, named);
        if matches!(cx.ty(u), Type::Pointer(_)) {
            return match lookup_matching(cx, u, pkg, name, fold) {
                Lookup::Method { .. } => Lookup::NotFound,
                r => r,
            };
        }
    }
    let mut t = unalias(cx, t);
    let mut indirect = false;
    if let Type::Pointer(b) = cx.ty(t) {
        let b = *b;
        let bu = unalias(cx, b);
        let bun = underlying(cx, bu);
        if !matches!(cx.ty(bun), Type::Interface(_)) || is_type_param(cx, bu) {
            t = bu;
            indirect = true;
        } else {
            // A pointer to an interface has no methods (and an interface no fields).
            return Lookup::NotFound;
        }
    }
    // The types to search at the current depth: each with the path of embedded fields that
    // reaches it and whether a pointer was followed on the way.
    let mut current: Vec<(TypeId, Vec<u32>, bool)> = vec![(t, Vec::new(), indirect)];
    let mut seen: Vec<TypeId> = Vec::new();
    for _depth in 0..16 {
        if current.is_empty() {
            break;
        }
        let mut found: Option<Lookup> = None;
        let mut count = 0;
        let mut next = Vec::new();
        for (typ, path, ind) in &current {
            let (typ, ind) = (*typ, *ind);
            let with = |i: usize| {
                let mut p = path.clone();
                p.push(i as u32);
                p
            };
            let typ = unalias(cx, typ);
            if let Type::Named(n) = cx.ty(typ).clone() {
                if seen.contains(&typ) {
                    continue;
                }
                seen.push(typ);
                let methods = match n.origin {
                    Some(o) => match cx.ty(o) {
                        Type::Named(on) => on.methods.clone(),
                        _ => Vec::new(),
                    },
                    None => n.methods.clone(),
                };
                if let Some(i) = methods
                    .iter()
                    .position(|&m| matches_name(&cx.obj(m).name, cx.obj(m).pkg, name, pkg, fold))
                {
                    let m = methods[i];
                    let sig = cx.method_signature(m, typ);
                    let ptr_recv = has_pointer_receiver(cx, m);
                    count += 1;
                    found = Some(Lookup::Method {
                        obj: m,
                        sig,
                        ptr_recv,
                        index: with(i),
                        indirect: ind,
                    });
                    continue;
                }
            }
            let u = if is_type_param(cx, typ) { univ::INVALID } else { underlying(cx, typ) };
            match cx.ty(u).clone() {
                Type::Struct(fields) => {
                    for (i, fl) in fields.iter().enumerate() {
                        if matches_name(&fl.name, fl.pkg, name, pkg, fold) {
                            count += 1;
                            found = Some(Lookup::Field {
                                ty: fl.ty,
                                obj: fl.obj,
                                index: with(i),
                                indirect: ind,
                            });
                        }
                        if fl.embedded {
                            let ft = unalias(cx, fl.ty);
                            match cx.ty(ft) {
                                Type::Pointer(b) => next.push((*b, with(i), true)),
                                _ => next.push((ft, with(i), ind)),
                            }
                        }
                    }
                }
                Type::Interface(_) => {
                    let ts = type_set(cx, u);
                    if let Some(i) = ts.methods.iter().position(|&m| {
                        matches_name(&cx.obj(m).name, cx.obj(m).pkg, name, pkg, fold)
                    }) {
                        count += 1;
                        let m = ts.methods[i];
                        let sig = cx.obj(m).ty;
                        found = Some(Lookup::Method {
                            obj: m,
                            sig,
                            ptr_recv: false,
                            index: with(i),
                            indirect: ind,
                        });
                    }
                }
                _ => {}
            }
        }
        if count > 1 {
            return Lookup::Ambiguous;
        }
        if let Some(f) = found {
            return f;
        }
        current = next;
    }
    // Type parameters: methods of the constraint's type set.
    if is_type_param(cx, t) {
        let Type::TypeParam { constraint, .. } = cx.ty(t).clone() else {
            return Lookup::NotFound;
        };
        let ts = type_set(cx, constraint);
        if let Some(i) = ts
            .methods
            .iter()
            .position(|&m| matches_name(&cx.obj(m).name, cx.obj(m).pkg, name, pkg, fold))
        {
            let m = ts.methods[i];
            let sig = cx.obj(m).ty;
            return Lookup::Method {
                obj: m,
                sig,
                ptr_recv: false,
                index: vec![i as u32],
                indirect,
            };
        }
        // Fields of the core type.
        if let Some(c) = core_type(cx, t) {
            if c != t && !is_type_param(cx, c) {
                let r = lookup_matching(cx, c, pkg, name, fold);
                if let Lookup::Field { .. } = r {
                    return r;
                }
            }
        }
    }
    Lookup::NotFound
}

/// Whether method `m` is declared with a pointer receiver (interface methods are not).
pub fn has_pointer_receiver<C: TypeContext + ?Sized>(cx: &mut C, m: ObjId) -> bool {
    let t = cx.object_type(m);
    match cx.ty(t) {
        Type::Signature(s) => s.recv.is_some_and(|r| matches!(cx.ty(r), Type::Pointer(_))),
        _ => false,
    }
}
