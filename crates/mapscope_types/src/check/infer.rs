//! Type-argument inference (go/types' infer.go): from typed arguments, then constraints (core
//! types and methods), then untyped defaults.

use super::lookup::Lookup;
use super::operand::Operand;
use super::{Checker, Mode};
use crate::types::{BasicKind, ObjId, Signature, Type, TypeId, TypeView, univ};
use mapscope_syntax::ast::ExprId;
use rustc_hash::FxHashMap;

impl Checker<'_> {
    /// Infers type arguments for a generic call by unification. `sig.tparams` lists every type
    /// parameter being inferred: the callee's, then those of its generic function arguments, whose
    /// operands carry their own (renamed) generic signatures (go/types' reverse inference);
    /// `explicit` holds the type arguments given explicitly. The result binds each type parameter
    /// it could infer; a binding may still mention type parameters that could not be inferred.
    /// The error is go/types' reason for giving up before "cannot infer" (a type argument that
    /// does not satisfy its constraint's methods), without the "in call to" prefix.
    pub(super) fn infer(
        &mut self,
        sig: &Signature,
        args: &[(Option<ExprId>, Operand)],
        dots: bool,
        explicit: &[(TypeId, TypeId)],
    ) -> (FxHashMap<TypeId, TypeId>, Option<String>) {
        let mut map: FxHashMap<TypeId, TypeId> = explicit.iter().copied().collect();
        // As go/types, the explicit type arguments are substituted into the parameters first: an
        // argument of type `M` for `maps.Clone[map[string]int]` does not rebind the first one.
        let given = map.clone();
        let n = args.len();
        let mut untyped: Vec<(TypeId, TypeId)> = Vec::new();
        for (i, (_, x)) in args.iter().enumerate() {
            if x.mode == Mode::None {
                continue;
            }
            let Some(pt) = self.param_type(sig, i, n, dots) else { continue };
            let pt = self.subst(pt, &given);
            if self.is_untyped(x.ty) {
                let ptu = self.unalias(pt);
                if sig.tparams.contains(&ptu) {
                    untyped.push((ptu, x.ty));
                }
                continue;
            }
            self.unify(pt, x.ty, &sig.tparams, &mut map, 0);
        }
        // Constraint inference (core types and methods) comes before untyped defaults, as in
        // go/types; with every type argument given explicitly, go/types does not infer at all.
        let methods = explicit.len() < sig.tparams.len();
        let failure = self.core_infer(sig, &mut map, methods).err();
        // Untyped constants: the largest default kind among the arguments for the same parameter.
        let mut best: Vec<(TypeId, TypeId)> = Vec::new();
        for (tp, ut) in untyped {
            if self.bound(tp, &sig.tparams, &map).is_some() || ut == univ::UNTYPED_NIL {
                continue;
            }
            let tp = self.representative(tp, &sig.tparams, &map);
            let rank = |c: &Checker<'_>, t: TypeId| match c.ty(t) {
                Type::Basic(BasicKind::UntypedInt, _) => 1,
                Type::Basic(BasicKind::UntypedRune, _) => 2,
                Type::Basic(BasicKind::UntypedFloat, _) => 3,
                Type::Basic(BasicKind::UntypedComplex, _) => 4,
                _ => 0,
            };
            match best.iter_mut().find(|(t, _)| *t == tp) {
                Some((_, cur)) => {
                    if rank(self, ut) > rank(self, *cur) {
                        *cur = ut;
                    }
                }
                None => best.push((tp, ut)),
            }
        }
        for (tp, ut) in best {
            let d = self.default_type(ut);
            map.insert(tp, d);
        }
        // A second core-type pass after the defaults; go/types matches methods only once, before
        // them, so a mismatch found here is left to the instantiation.
        let _ = self.core_infer(sig, &mut map, false);
        // Bound type arguments may mention other type parameters: substitute to a fixpoint (a
        // chain of bindings is at most as long as the list; a cycle stays parameterized).
        for _ in 0..sig.tparams.len() + 2 {
            let keys: Vec<TypeId> = map.keys().copied().collect();
            let mut changed = false;
            for k in keys {
                let v = map[&k];
                let s = self.subst(v, &map);
                if s != v {
                    map.insert(k, s);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        (map, failure)
    }

    /// Infers type arguments from constraints, as long as that binds more: from single-term
    /// constraints (`S ~[]E`), by unifying the core term with the bound argument or taking the term
    /// itself once it is fully known; and, with `methods`, from the constraint's methods (`L
    /// lister[T]` with `L` bound to a type whose `Items` returns `[]string` binds `T`), as go/types
    /// does since Go 1.21. A bound argument without one of the methods, or with a method whose
    /// signature cannot match, is go/types' "does not satisfy" error.
    pub(super) fn core_infer(
        &mut self,
        sig: &Signature,
        map: &mut FxHashMap<TypeId, TypeId>,
        methods: bool,
    ) -> Result<(), String> {
        // Type parameters bound here to a core term that mentions other type parameters (`PT
        // interface{ *T; M() }`): go/types binds the term as it stands, and its methods step
        // skips such a binding; the methods are left to the instantiation.
        let mut from_core: Vec<TypeId> = Vec::new();
        for _ in 0..sig.tparams.len().max(4) {
            let mut changed = false;
            for &tp in &sig.tparams {
                let Type::TypeParam { obj, constraint, .. } = self.ty(tp).clone() else { continue };
                let ts = self.type_set(constraint);
                // go/types matches the methods after the core term, with the binding as it is
                // then, and only a binding free of the type parameters being inferred (whose
                // method set is not known yet).
                let match_methods = |c: &mut Self,
                                     map: &mut FxHashMap<TypeId, TypeId>,
                                     from_core: &[TypeId]|
                 -> Result<bool, String> {
                    if !methods || ts.methods.is_empty() {
                        return Ok(false);
                    }
                    // go/types binds it to the core term itself, still parameterized.
                    if from_core.contains(&c.representative(tp, &sig.tparams, map)) {
                        return Ok(false);
                    }
                    let Some(tx) = c.bound(tp, &sig.tparams, map) else { return Ok(false) };
                    if c.is_parameterized(tx, &sig.tparams) {
                        return Ok(false);
                    }
                    let before = map.len();
                    c.unify_methods(tx, &ts.methods, &sig.tparams, map).map_err(|cause| {
                        format!(
                            "{} (type {}) does not satisfy {} {cause}",
                            c.obj(obj).name,
                            c.message_type_string(tx),
                            c.message_type_string(constraint)
                        )
                    })?;
                    Ok(map.len() != before)
                };
                let Some(terms) = ts.terms.clone().filter(|t| t.len() == 1) else {
                    changed |= match_methods(self, map, &from_core)?;
                    continue;
                };
                let (tilde, core) = terms[0];
                if let Some(bound) = self.bound(tp, &sig.tparams, map) {
                    let bu = if self.is_type_param(bound) {
                        self.core(bound).unwrap_or(bound)
                    } else if tilde {
                        self.under(bound)
                    } else {
                        bound
                    };
                    let before = map.len();
                    self.unify(core, bu, &sig.tparams, map, 0);
                    changed |= map.len() != before;
                    // go/types' inexact unification matches a defined type's underlying type
                    // against a literal core type (`int` included); the argument must match the
                    // core type as far as it is known, else inference ends with this error (in
                    // the first pass only: after the untyped defaults the instantiation says why).
                    let c = self.subst_bindings(core, &sig.tparams, map);
                    let b = if !self.is_type_param(bound)
                        && crate::query::is_named(self, bound)
                        && !crate::query::is_named(self, c)
                        && !self.is_type_param(c)
                    {
                        self.under(bound)
                    } else {
                        bu
                    };
                    if methods && self.mismatch(c, b, &sig.tparams, 0) {
                        return Err(format!(
                            "{} (type {}) does not satisfy {}",
                            self.obj(obj).name,
                            self.message_type_string(bound),
                            self.message_type_string(constraint)
                        ));
                    }
                } else if !tilde {
                    // A single type without `~` is the argument once it is fully known.
                    let c = self.subst(core, map);
                    let mut free = Vec::new();
                    self.collect_free(c, &sig.tparams, &mut free, 0);
                    if free.is_empty() && !matches!(self.ty(c), Type::Invalid) {
                        let tp = self.representative(tp, &sig.tparams, map);
                        if self.is_parameterized(core, &sig.tparams) {
                            from_core.push(tp);
                        }
                        map.insert(tp, c);
                        changed = true;
                    }
                }
                changed |= match_methods(self, map, &from_core)?;
            }
            if !changed {
                break;
            }
        }
        Ok(())
    }

    /// Matches the constraint methods `want` against the methods of type argument `tx`, binding
    /// type parameters of `tparams` in their signatures (go/types' `hasAllMethods` with exact
    /// unification). A method that is missing, has a pointer receiver `tx` lacks, or whose
    /// signature is not identical once bound gives go/types' cause, first line only (the `have` and
    /// `want` lines follow it there; the oracles compare first lines). A signature that stays
    /// parameterized after unification binds nothing and is not held against `tx`.
    pub(super) fn unify_methods(
        &mut self,
        tx: TypeId,
        want: &[ObjId],
        tparams: &[TypeId],
        map: &mut FxHashMap<TypeId, TypeId>,
    ) -> Result<(), String> {
        // An interface (or a type parameter, whose underlying type is its constraint) has its
        // methods whatever the receiver.
        let iface = self.is_interface(tx) || self.is_type_param(tx);
        for &m in want {
            let (name, pkg, wt) = {
                let o = self.obj(m);
                (o.name.clone(), o.pkg, o.ty)
            };
            // A pointer to an interface has no methods (go/types' lookup finds none through it).
            let txu = self.under(tx);
            if let Type::Pointer(b) = self.ty(txu).clone() {
                if self.is_interface(b) {
                    return Err(self.interface_ptr_error(tx).unwrap_or_default());
                }
            }
            match self.lookup_field_or_method(tx, pkg, &name) {
                Lookup::Method { sig, ptr_recv, indirect, .. } => {
                    if ptr_recv && !indirect && !iface {
                        return Err(format!("(method {name} has pointer receiver)"));
                    }
                    // Unify on a copy: a signature that does not match binds nothing.
                    let mut trial = map.clone();
                    self.unify(wt, sig, tparams, &mut trial, 0);
                    let bound = self.subst_bindings(wt, tparams, &trial);
                    if self.mismatch(bound, sig, tparams, 0) {
                        return Err(format!("(wrong type for method {name})"));
                    }
                    *map = trial;
                }
                Lookup::Field { .. } if !iface => {
                    let v = self.message_type_string(tx);
                    return Err(format!("({v}.{name} is a field, not a method)"));
                }
                Lookup::Ambiguous if !iface => {
                    let v = self.message_type_string(tx);
                    return Err(format!("(ambiguous selector {v}.{name})"));
                }
                _ => {
                    if let Some(why) = self.interface_ptr_error(tx) {
                        return Err(why);
                    }
                    // A method of that name declared by another package is unexported there.
                    let elsewhere = !iface
                        && matches!(
                            super::lookup::lookup_field_or_method_in_pkg(self, tx, None, &name),
                            Lookup::Method { .. }
                        );
                    let what = if elsewhere { "unexported" } else { "missing" };
                    return Err(format!("({what} method {name})"));
                }
            }
        }
        Ok(())
    }

    /// go/types' cause for a missing method of a pointer to an interface or to a type parameter.
    fn interface_ptr_error(&mut self, tx: TypeId) -> Option<String> {
        let txu = self.under(tx);
        let Type::Pointer(b) = self.ty(txu).clone() else { return None };
        let what = if self.is_type_param(b) {
            "type parameter"
        } else if self.is_interface(b) {
            "interface"
        } else {
            return None;
        };
        let v = self.message_type_string(tx);
        Some(format!("(type {v} is pointer to {what}, not {what})"))
    }

    /// Whether `p`, which may still mention type parameters of `tparams` left open, can never be
    /// identical to `a` (go/types' exact unification fails): a fully known `p` must be identical,
    /// and a parameterized one must have `a`'s structure where it is known. An open type parameter
    /// matches anything, and so, conservatively, does a parameterized interface or union.
    fn mismatch(&mut self, p: TypeId, a: TypeId, tparams: &[TypeId], depth: u32) -> bool {
        if depth > 30 {
            return false;
        }
        let (p, a) = (self.unalias(p), self.unalias(a));
        if tparams.contains(&p) {
            return false;
        }
        if !self.is_parameterized(p, tparams) {
            return !self.identical(p, a);
        }
        let mut pairs: Vec<(TypeId, TypeId)> = Vec::new();
        match (self.ty(p).clone(), self.ty(a).clone()) {
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                pairs.push((x, y))
            }
            (Type::Array(n, x), Type::Array(m, y)) => {
                if n != m {
                    return true;
                }
                pairs.push((x, y));
            }
            (Type::Chan(d, x), Type::Chan(e, y)) => {
                if d != e {
                    return true;
                }
                pairs.push((x, y));
            }
            (Type::Map(k1, v1), Type::Map(k2, v2)) => pairs.extend([(k1, k2), (v1, v2)]),
            (Type::Signature(s1), Type::Signature(s2)) => {
                if s1.variadic != s2.variadic
                    || s1.params.len() != s2.params.len()
                    || s1.results.len() != s2.results.len()
                {
                    return true;
                }
                let zip =
                    s1.params.iter().zip(&s2.params).chain(s1.results.iter().zip(&s2.results));
                pairs.extend(zip.map(|(x, y)| (x.ty, y.ty)));
            }
            (Type::Struct(f1), Type::Struct(f2)) => {
                if f1.len() != f2.len()
                    || f1.iter().zip(&f2).any(|(x, y)| {
                        x.name != y.name || x.embedded != y.embedded || x.tag != y.tag
                    })
                {
                    return true;
                }
                pairs.extend(f1.iter().zip(&f2).map(|(x, y)| (x.ty, y.ty)));
            }
            (Type::Named(n1), Type::Named(n2)) => {
                let same = n1.origin.is_some() && n1.origin == n2.origin;
                if !same || n1.targs.len() != n2.targs.len() {
                    return true;
                }
                pairs.extend(n1.targs.iter().copied().zip(n2.targs.iter().copied()));
            }
            (Type::Interface(_) | Type::Union(_), _) => return false,
            _ => return true,
        }
        pairs.into_iter().any(|(x, y)| self.mismatch(x, y, tparams, depth + 1))
    }

    /// `t` with the bindings of `map` substituted until nothing changes (bindings may mention
    /// other type parameters of `tparams`; a cycle stays parameterized).
    fn subst_bindings(
        &mut self,
        mut t: TypeId,
        tparams: &[TypeId],
        map: &FxHashMap<TypeId, TypeId>,
    ) -> TypeId {
        for _ in 0..tparams.len() + 2 {
            let s = self.subst(t, map);
            if s == t {
                break;
            }
            t = s;
        }
        t
    }

    /// The type parameter `t` of `tparams` stands for: the end of its chain of bindings to other
    /// type parameters of `tparams` (go/types' joined type parameters share one binding).
    pub(super) fn representative(
        &self,
        mut t: TypeId,
        tparams: &[TypeId],
        map: &FxHashMap<TypeId, TypeId>,
    ) -> TypeId {
        for _ in 0..=tparams.len() {
            match map.get(&t).map(|&b| self.unalias(b)) {
                Some(b) if b != t && tparams.contains(&b) => t = b,
                _ => break,
            }
        }
        t
    }

    /// The type bound to type parameter `t` (through joined type parameters), if any.
    pub(super) fn bound(
        &self,
        t: TypeId,
        tparams: &[TypeId],
        map: &FxHashMap<TypeId, TypeId>,
    ) -> Option<TypeId> {
        let r = self.representative(t, tparams, map);
        map.get(&r).copied().filter(|&b| !tparams.contains(&self.unalias(b)))
    }

    /// Whether `t` mentions any of `tparams`.
    pub(super) fn is_parameterized(&self, t: TypeId, tparams: &[TypeId]) -> bool {
        let mut free = Vec::new();
        self.collect_free(t, tparams, &mut free, 0);
        !free.is_empty()
    }

    pub(super) fn collect_free(
        &self,
        t: TypeId,
        tparams: &[TypeId],
        out: &mut Vec<TypeId>,
        depth: u32,
    ) {
        if depth > 20 {
            return;
        }
        if tparams.contains(&t) {
            out.push(t);
            return;
        }
        match self.ty(t) {
            Type::Pointer(x) | Type::Slice(x) | Type::Array(_, x) | Type::Chan(_, x) => {
                self.collect_free(*x, tparams, out, depth + 1)
            }
            Type::Map(k, v) => {
                self.collect_free(*k, tparams, out, depth + 1);
                self.collect_free(*v, tparams, out, depth + 1);
            }
            Type::Named(n) => {
                for &a in &n.targs {
                    self.collect_free(a, tparams, out, depth + 1);
                }
            }
            Type::Signature(s) => {
                for fl in s.params.iter().chain(s.results.iter()) {
                    self.collect_free(fl.ty, tparams, out, depth + 1);
                }
            }
            Type::Struct(fs) | Type::Tuple(fs) => {
                for fl in fs {
                    self.collect_free(fl.ty, tparams, out, depth + 1);
                }
            }
            Type::Interface(it) => {
                for &m in &it.methods {
                    self.collect_free(self.obj(m).ty, tparams, out, depth + 1);
                }
                for &e in &it.embeddeds {
                    self.collect_free(e, tparams, out, depth + 1);
                }
            }
            Type::Union(terms) => {
                for &(_, t) in terms {
                    self.collect_free(t, tparams, out, depth + 1);
                }
            }
            Type::Alias { rhs, .. } => self.collect_free(*rhs, tparams, out, depth + 1),
            _ => {}
        }
    }
}
