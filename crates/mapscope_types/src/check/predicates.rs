//! Predicates and type identity (go/types' predicates.go), with underlying and core types
//! (go/types' under.go) and untyped defaults.

use super::Checker;
use super::typeset::type_set;
use crate::query::TypeContext;
use crate::types::{BasicKind, Type, TypeId, TypeView, univ};
use rustc_hash::FxHashMap;

/// The checker reaches the shared queries of [`crate::query`] through these shorthands.
impl Checker<'_> {
    pub(crate) fn unalias(&self, t: TypeId) -> TypeId {
        unalias(self, t)
    }

    pub(crate) fn under(&mut self, t: TypeId) -> TypeId {
        underlying(self, t)
    }

    /// The underlying type of an instance, by substituting its type arguments in its origin's
    /// underlying type; recorded in the instance when it is this unit's, else memoised here.
    pub(super) fn instance_under(&mut self, t: TypeId) -> TypeId {
        if let Some(&u) = self.instance_underlying.get(&t) {
            return u;
        }
        let Type::Named(n) = self.ty(t) else { return univ::INVALID };
        let (origin, targs) = (n.origin.unwrap_or(univ::INVALID), n.targs.clone());
        let Type::Named(o) = self.ty(origin) else { return univ::INVALID };
        let Some(ou) = o.underlying else { return univ::INVALID };
        let tparams = o.tparams.clone();
        let map: FxHashMap<TypeId, TypeId> =
            tparams.iter().copied().zip(targs.iter().copied()).collect();
        let u = self.subst(ou, &map);
        let u = self.under(u);
        if t.arena == self.arena_id {
            if let Type::Named(n) = &mut self.arena.types[t.idx as usize] {
                n.underlying = Some(u);
            }
        } else {
            self.instance_underlying.insert(t, u);
        }
        u
    }

    pub(crate) fn core(&mut self, t: TypeId) -> Option<TypeId> {
        core_type(self, t)
    }

    /// Core type, or for strings-or-bytes sets (`~string | ~[]byte`) the bytestring pseudo core type `string`.
    pub(crate) fn core_string(&mut self, t: TypeId) -> Option<TypeId> {
        if let Some(c) = self.core(t) {
            return Some(c);
        }
        let t = self.unalias(t);
        if let Type::TypeParam { constraint, .. } = self.ty(t) {
            let c = *constraint;
            let terms = self.type_set(c).terms?;
            let all = terms.iter().all(|(_, tt)| {
                let u = self.under(*tt);
                self.is_string(u) || self.is_byte_slice(u)
            });
            if all && !terms.is_empty() {
                return Some(univ::STRING);
            }
        }
        None
    }

    pub(crate) fn basic(&mut self, t: TypeId) -> Option<BasicKind> {
        let u = self.under(t);
        match self.ty(u) {
            Type::Basic(k, _) => Some(*k),
            _ => None,
        }
    }

    pub(crate) fn is_string(&mut self, t: TypeId) -> bool {
        self.basic(t).is_some_and(BasicKind::is_string)
    }

    pub(crate) fn is_byte_slice(&mut self, t: TypeId) -> bool {
        let u = self.under(t);
        if let Type::Slice(e) = self.ty(u) {
            let e = *e;
            return self.basic(e) == Some(BasicKind::Uint8);
        }
        false
    }

    pub(crate) fn is_untyped(&self, t: TypeId) -> bool {
        is_untyped(self, t)
    }

    pub(crate) fn is_type_param(&self, t: TypeId) -> bool {
        is_type_param(self, t)
    }

    pub(crate) fn is_interface(&mut self, t: TypeId) -> bool {
        is_interface(self, t)
    }

    /// Default type of an untyped type.
    pub(crate) fn default_type(&self, t: TypeId) -> TypeId {
        match self.ty(t) {
            Type::Basic(k, _) => match k {
                BasicKind::UntypedBool => univ::BOOL,
                BasicKind::UntypedInt => univ::INT,
                BasicKind::UntypedRune => univ::RUNE,
                BasicKind::UntypedFloat => univ::FLOAT64,
                BasicKind::UntypedComplex => univ::COMPLEX128,
                BasicKind::UntypedString => univ::STRING,
                _ => t,
            },
            _ => t,
        }
    }

    pub(crate) fn identical(&mut self, a: TypeId, b: TypeId) -> bool {
        identical(self, a, b)
    }
}

/// `t` with aliases resolved (go/types' `Unalias`).
pub fn unalias<V: TypeView + ?Sized>(cx: &V, mut t: TypeId) -> TypeId {
    // An alias chain is at most as long as the aliases declared; the bound only guards against
    // a cycle left by an invalid declaration.
    for _ in 0..100 {
        match cx.ty(t) {
            Type::Alias { rhs, .. } => t = *rhs,
            _ => return t,
        }
    }
    t
}

/// The underlying type (go/types' `under`): for a named type its declared type structure, for a
/// type parameter the underlying type of its constraint (an interface), for other types the type
/// itself (aliases resolved). Invalid while a named type's declaration is being resolved.
pub fn underlying<C: TypeContext + ?Sized>(cx: &mut C, t: TypeId) -> TypeId {
    let t = unalias(cx, t);
    match cx.ty(t) {
        Type::Named(n) => {
            if let Some(u) = n.underlying {
                return u;
            }
            if n.origin.is_some() {
                return cx.instance_underlying(t);
            }
            univ::INVALID
        }
        Type::TypeParam { constraint, .. } => {
            let c = *constraint;
            underlying(cx, c)
        }
        _ => t,
    }
}

/// The core type (go/types' `coreType`): the underlying type, or for a type parameter the single
/// underlying type of every type in its type set (`None` when they differ or the set is all types).
pub fn core_type<C: TypeContext + ?Sized>(cx: &mut C, t: TypeId) -> Option<TypeId> {
    let t = unalias(cx, t);
    if let Type::TypeParam { constraint, .. } = cx.ty(t) {
        let c = *constraint;
        let ts = type_set(cx, c);
        let terms = ts.terms?;
        let mut out: Option<TypeId> = None;
        for (_, tt) in terms {
            let u = underlying(cx, tt);
            match out {
                None => out = Some(u),
                Some(o) if identical(cx, o, u) => {}
                Some(o) => {
                    // Channels with differing directions are fine if elements agree; keep it simple.
                    if let (Type::Chan(_, a), Type::Chan(_, b)) =
                        (cx.ty(o).clone(), cx.ty(u).clone())
                    {
                        if identical(cx, a, b) {
                            continue;
                        }
                    }
                    return None;
                }
            }
        }
        return out;
    }
    Some(underlying(cx, t))
}

/// Whether `t` is an untyped basic type (the type of an untyped constant or of `nil`).
pub fn is_untyped<V: TypeView + ?Sized>(cx: &V, t: TypeId) -> bool {
    matches!(cx.ty(t), Type::Basic(k, _) if k.is_untyped())
}

/// Whether `t` is a type parameter, aliases resolved.
pub fn is_type_param<V: TypeView + ?Sized>(cx: &V, t: TypeId) -> bool {
    matches!(cx.ty(unalias(cx, t)), Type::TypeParam { .. })
}

/// Whether `t`'s underlying type is an interface (type parameters are not interfaces, though
/// their underlying type is their constraint's).
pub fn is_interface<C: TypeContext + ?Sized>(cx: &mut C, t: TypeId) -> bool {
    if is_type_param(cx, t) {
        return false;
    }
    let u = underlying(cx, t);
    matches!(cx.ty(u), Type::Interface(_))
}

/// Type identity (go/types' `Identical`): aliases are their targets, defined types are identical
/// only to themselves (instances: same origin and identical type arguments), type literals
/// when their structure is, interfaces when their type sets have identical methods.
pub fn identical<C: TypeContext + ?Sized>(cx: &mut C, a: TypeId, b: TypeId) -> bool {
    identical_depth(cx, a, b, false, 0)
}

/// Type identity with struct tags ignored, at every depth (go/types' `IdenticalIgnoreTags`, which
/// conversions use).
pub fn identical_ignore_tags<C: TypeContext + ?Sized>(cx: &mut C, a: TypeId, b: TypeId) -> bool {
    identical_depth(cx, a, b, true, 0)
}

fn identical_depth<C: TypeContext + ?Sized>(
    cx: &mut C,
    a: TypeId,
    b: TypeId,
    ignore_tags: bool,
    depth: u32,
) -> bool {
    if depth > 64 {
        return true;
    }
    let a = unalias(cx, a);
    let b = unalias(cx, b);
    if a == b {
        return true;
    }
    let (ta, tb) = (cx.ty(a).clone(), cx.ty(b).clone());
    match (&ta, &tb) {
        (Type::Basic(x, _), Type::Basic(y, _)) => x == y,
        (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
            identical_depth(cx, *x, *y, ignore_tags, depth + 1)
        }
        (Type::Array(n, x), Type::Array(m, y)) => {
            n == m && identical_depth(cx, *x, *y, ignore_tags, depth + 1)
        }
        (Type::Map(k1, v1), Type::Map(k2, v2)) => {
            identical_depth(cx, *k1, *k2, ignore_tags, depth + 1)
                && identical_depth(cx, *v1, *v2, ignore_tags, depth + 1)
        }
        (Type::Chan(d1, x), Type::Chan(d2, y)) => {
            d1 == d2 && identical_depth(cx, *x, *y, ignore_tags, depth + 1)
        }
        (Type::Struct(f1), Type::Struct(f2)) => {
            f1.len() == f2.len()
                && f1.iter().zip(f2.iter()).all(|(x, y)| {
                    x.name == y.name
                        && x.embedded == y.embedded
                        && (ignore_tags || x.tag == y.tag)
                        && x.ty == y.ty
                })
                || f1.len() == f2.len() && {
                    let mut ok = true;
                    for (x, y) in f1.iter().zip(f2.iter()) {
                        if x.name != y.name
                            || x.embedded != y.embedded
                            || !ignore_tags && x.tag != y.tag
                            || !identical_depth(cx, x.ty, y.ty, ignore_tags, depth + 1)
                        {
                            ok = false;
                            break;
                        }
                    }
                    ok
                }
        }
        (Type::Tuple(f1), Type::Tuple(f2)) => {
            f1.len() == f2.len() && {
                let mut ok = true;
                for (x, y) in f1.iter().zip(f2.iter()) {
                    if !identical_depth(cx, x.ty, y.ty, ignore_tags, depth + 1) {
                        ok = false;
                        break;
                    }
                }
                ok
            }
        }
        (Type::Signature(s1), Type::Signature(s2)) => {
            if s1.variadic != s2.variadic
                || s1.params.len() != s2.params.len()
                || s1.results.len() != s2.results.len()
                || s1.tparams.len() != s2.tparams.len()
            {
                return false;
            }
            for (x, y) in s1
                .params
                .iter()
                .chain(s1.results.iter())
                .zip(s2.params.iter().chain(s2.results.iter()))
            {
                if !identical_depth(cx, x.ty, y.ty, ignore_tags, depth + 1) {
                    return false;
                }
            }
            true
        }
        (Type::Interface(_), Type::Interface(_)) => {
            let (s1, s2) = (type_set(cx, a), type_set(cx, b));
            if s1.methods.len() != s2.methods.len() || s1.terms.is_some() != s2.terms.is_some() {
                return false;
            }
            for (m1, m2) in s1.methods.iter().zip(s2.methods.iter()) {
                if cx.obj(*m1).name != cx.obj(*m2).name {
                    return false;
                }
                let (t1, t2) = (cx.obj(*m1).ty, cx.obj(*m2).ty);
                if !identical_depth(cx, t1, t2, ignore_tags, depth + 1) {
                    return false;
                }
            }
            true
        }
        (Type::Named(n1), Type::Named(n2)) => {
            if let (Some(o1), Some(o2)) = (n1.origin, n2.origin) {
                if o1 == o2 && n1.targs.len() == n2.targs.len() {
                    for (x, y) in n1.targs.iter().zip(n2.targs.iter()) {
                        if !identical_depth(cx, *x, *y, ignore_tags, depth + 1) {
                            return false;
                        }
                    }
                    return true;
                }
            }
            false
        }
        _ => false,
    }
}
