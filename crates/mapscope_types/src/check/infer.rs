//! Type-argument inference (go/types' infer.go): from typed arguments, then core types, then
//! untyped defaults.

use super::operand::Operand;
use super::{Checker, Mode};
use crate::types::{BasicKind, Signature, Type, TypeId, TypeView, univ};
use mapscope_syntax::ast::ExprId;
use rustc_hash::FxHashMap;

impl Checker<'_> {
    /// Infers type arguments for a generic call by unification. `sig.tparams` lists every type
    /// parameter being inferred: the callee's, then those of its generic function arguments, whose
    /// operands carry their own (renamed) generic signatures (go/types' reverse inference);
    /// `explicit` holds the type arguments given explicitly. The result binds each type parameter
    /// it could infer; a binding may still mention type parameters that could not be inferred.
    pub(super) fn infer(
        &mut self,
        sig: &Signature,
        args: &[(Option<ExprId>, Operand)],
        dots: bool,
        explicit: &[(TypeId, TypeId)],
    ) -> FxHashMap<TypeId, TypeId> {
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
        // Constraint (core type) inference comes before untyped defaults, as in go/types.
        self.core_infer(sig, &mut map);
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
        self.core_infer(sig, &mut map);
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
        map
    }

    /// Infers type arguments from single-term constraints (`S ~[]E`): unify the core term with the bound
    /// argument, or take the term itself once it is fully known.
    pub(super) fn core_infer(&mut self, sig: &Signature, map: &mut FxHashMap<TypeId, TypeId>) {
        for _ in 0..4 {
            let mut changed = false;
            for &tp in &sig.tparams {
                let Type::TypeParam { constraint, .. } = self.ty(tp).clone() else { continue };
                let ts = self.type_set(constraint);
                let Some(terms) = ts.terms else { continue };
                if terms.len() != 1 {
                    continue;
                }
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
                } else {
                    // If the core term is fully known after substitution, it is the argument.
                    let c = self.subst(core, map);
                    let mut free = Vec::new();
                    self.collect_free(c, &sig.tparams, &mut free, 0);
                    if free.is_empty() && !matches!(self.ty(c), Type::Invalid) {
                        let tp = self.representative(tp, &sig.tparams, map);
                        map.insert(tp, c);
                        changed = true;
                    }
                }
            }
            if !changed {
                break;
            }
        }
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
