//! Unification (go/types' unify.go): matching a parameter type against an argument type to bind
//! type parameters.

use super::Checker;
use super::lookup::Lookup;
use crate::types::{Type, TypeId, TypeView};
use rustc_hash::FxHashMap;

impl Checker<'_> {
    /// Unifies parameter type `p` (mentioning `tparams`) with argument type `a`.
    pub(crate) fn unify(
        &mut self,
        p: TypeId,
        a: TypeId,
        tparams: &[TypeId],
        map: &mut FxHashMap<TypeId, TypeId>,
        depth: u32,
    ) {
        if depth > 30 {
            return;
        }
        if depth == 0 {
            // Nothing to infer when neither side mentions a type parameter being inferred (the
            // argument side does for a generic function argument, go/types' reverse inference).
            let mut free = Vec::new();
            self.collect_free(p, tparams, &mut free, 0);
            self.collect_free(a, tparams, &mut free, 0);
            if free.is_empty() {
                return;
            }
        }
        // A type parameter stands for its representative: go/types joins two unbound type
        // parameters into one, which this map records by binding one to the other.
        let mut p = self.representative(self.unalias(p), tparams, map);
        let mut a = self.representative(self.unalias(a), tparams, map);
        if p == a {
            return;
        }
        if tparams.contains(&a) && !tparams.contains(&p) {
            std::mem::swap(&mut p, &mut a);
        }
        if tparams.contains(&p) {
            match (map.get(&p).copied(), tparams.contains(&a)) {
                (None, _) => {
                    map.insert(p, a);
                }
                (Some(_), true) => match map.get(&a).copied() {
                    None => {
                        map.insert(a, p);
                    }
                    Some(b) => {
                        let bp = map[&p];
                        self.unify(bp, b, tparams, map, depth + 1);
                    }
                },
                (Some(b), false) => {
                    // The bound type may still mention type parameters being inferred.
                    self.unify(b, a, tparams, map, depth + 1);
                    // Prefer a named type over a type literal for the same parameter.
                    let bn = matches!(self.ty(self.unalias(b)), Type::Named(_));
                    let an = matches!(self.ty(self.unalias(a)), Type::Named(_));
                    // Between two type literals, a directed channel over a bidirectional one,
                    // whichever came first (go.dev/issue/62157): a value of the other stays
                    // assignable.
                    let directed = matches!(
                        self.ty(self.unalias(a)),
                        Type::Chan(dir, _) if *dir != crate::types::ChanDir::Both
                    );
                    if !bn && (an || directed) {
                        map.insert(p, a);
                    }
                }
            }
            return;
        }
        let (tp, ta) = (self.ty(p).clone(), self.ty(a).clone());
        // An interface parameter against a different argument type: unify the methods' signatures
        // (go/types' inexact interface unification), e.g. `func F[N any](g Graph[N])` called with a *T.
        // Two instances of one generic interface unify the same way, not by their type arguments
        // (unify.go's interface case comes before the named one): a type parameter no method
        // mentions is not inferred (Go's test/fixedbugs/issue53309.go).
        let same_origin = matches!((&tp, &ta), (Type::Named(x), Type::Named(y)) if x.origin.is_some() && x.origin == y.origin)
            && !self.is_interface(p);
        let mentions_tparams = !same_origin && depth < 4 && {
            let mut free = Vec::new();
            self.collect_free(p, tparams, &mut free, 0);
            !free.is_empty()
        };
        if mentions_tparams && !matches!(tp, Type::TypeParam { .. }) {
            let pu = self.under(p);
            if let Type::Interface(_) = self.ty(pu) {
                let ts = self.type_set(p);
                for m in ts.methods {
                    let (name, pkg, want) = {
                        let o = self.obj(m);
                        (o.name.clone(), o.pkg, o.ty)
                    };
                    if let Lookup::Method { sig, .. } = self.lookup_field_or_method(a, pkg, &name) {
                        self.unify(want, sig, tparams, map, depth + 1);
                    }
                }
                return;
            }
        }
        match (&tp, &ta) {
            (Type::Named(np), Type::Named(na)) => {
                if let (Some(op), Some(oa)) = (np.origin, na.origin) {
                    if op == oa || self.identical(op, oa) {
                        for (x, y) in np.targs.clone().into_iter().zip(na.targs.clone()) {
                            self.unify(x, y, tparams, map, depth + 1);
                        }
                    }
                }
                // Different named types bind nothing.
            }
            (Type::Named(_), Type::TypeParam { .. }) => {}
            (Type::Named(_), _) => {
                // Inexact unification: a named parameter type against a type literal argument.
                let pu = self.under(p);
                if pu != p && !matches!(self.ty(pu), Type::Interface(_)) {
                    self.unify(pu, a, tparams, map, depth + 1);
                }
            }
            (_, Type::TypeParam { .. }) => {
                // An argument of type parameter type unifies through its core type.
                if let Some(c) = self.core(a) {
                    if c != a && !self.is_type_param(c) {
                        self.unify(p, c, tparams, map, depth + 1);
                    }
                }
            }
            (_, Type::Named(_)) if !matches!(tp, Type::Interface(_)) => {
                // Inexact unification: a type literal parameter matches the argument's underlying type.
                let au = self.under(a);
                if au != a {
                    self.unify(p, au, tparams, map, depth + 1);
                }
            }
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                self.unify(*x, *y, tparams, map, depth + 1)
            }
            (Type::Array(_, x), Type::Array(_, y)) | (Type::Chan(_, x), Type::Chan(_, y)) => {
                self.unify(*x, *y, tparams, map, depth + 1)
            }
            (Type::Map(k1, v1), Type::Map(k2, v2)) => {
                self.unify(*k1, *k2, tparams, map, depth + 1);
                self.unify(*v1, *v2, tparams, map, depth + 1);
            }
            (Type::Signature(s1), Type::Signature(s2)) => {
                for (x, y) in s1.params.iter().zip(s2.params.iter()) {
                    self.unify(x.ty, y.ty, tparams, map, depth + 1);
                }
                for (x, y) in s1.results.iter().zip(s2.results.iter()) {
                    self.unify(x.ty, y.ty, tparams, map, depth + 1);
                }
            }
            (Type::Struct(f1), Type::Struct(f2)) => {
                for (x, y) in f1.iter().zip(f2.iter()) {
                    self.unify(x.ty, y.ty, tparams, map, depth + 1);
                }
            }
            _ => {}
        }
    }
}
