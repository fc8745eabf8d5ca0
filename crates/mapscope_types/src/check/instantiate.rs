//! Instantiation (go/types' instantiate.go): instances of generic types and aliases, and the
//! underlying types of instances completed at the end of a unit.

use super::Checker;
use crate::types::{Named, ObjId, Type, TypeId, TypeView, univ};
use rustc_hash::FxHashMap;

impl Checker<'_> {
    /// Instantiates a generic named type or alias with type arguments.
    pub(crate) fn instantiate(&mut self, origin: TypeId, targs: Vec<TypeId>) -> TypeId {
        let key = (origin, targs.clone());
        if let Some(&t) = self.instances.get(&key) {
            return t;
        }
        let t = match self.ty(origin).clone() {
            Type::Named(n) => {
                if n.tparams.is_empty() {
                    return origin;
                }
                self.new_type(Type::Named(Box::new(Named {
                    obj: n.obj,
                    underlying: None,
                    methods: n.methods.clone(),
                    tparams: Vec::new(),
                    origin: Some(origin),
                    targs,
                })))
            }
            Type::Alias { obj, rhs, .. } => {
                // Generic alias: the type parameters were declared while resolving the alias.
                let tps = self.alias_tparams(obj);
                let map: FxHashMap<TypeId, TypeId> =
                    tps.iter().copied().zip(targs.iter().copied()).collect();
                let r = self.subst(rhs, &map);
                self.new_type(Type::Alias { obj, rhs: r, targs })
            }
            _ => return univ::INVALID,
        };
        self.instances.insert(key, t);
        t
    }

    /// The type parameters of a generic named type or alias (none for other types).
    pub(super) fn generic_tparams(&mut self, origin: TypeId) -> Vec<TypeId> {
        match self.ty(origin) {
            Type::Named(n) => n.tparams.clone(),
            &Type::Alias { obj, .. } => self.alias_tparams(obj),
            _ => Vec::new(),
        }
    }

    fn alias_tparams(&mut self, obj: ObjId) -> Vec<TypeId> {
        // Collect type parameters occurring in the alias' right-hand side, by index.
        let Type::Alias { rhs, .. } = self.ty(self.obj(obj).ty).clone() else { return Vec::new() };
        let mut out: Vec<(u32, TypeId)> = Vec::new();
        self.collect_tparams(rhs, &mut out, 0);
        out.sort();
        out.dedup();
        out.into_iter().map(|(_, t)| t).collect()
    }

    fn collect_tparams(&self, t: TypeId, out: &mut Vec<(u32, TypeId)>, depth: u32) {
        if depth > 20 {
            return;
        }
        match self.ty(t) {
            Type::TypeParam { index, .. } => out.push((*index, t)),
            Type::Pointer(x) | Type::Slice(x) | Type::Array(_, x) | Type::Chan(_, x) => {
                self.collect_tparams(*x, out, depth + 1)
            }
            Type::Map(k, v) => {
                self.collect_tparams(*k, out, depth + 1);
                self.collect_tparams(*v, out, depth + 1);
            }
            Type::Named(n) => {
                for &a in &n.targs {
                    self.collect_tparams(a, out, depth + 1);
                }
            }
            Type::Struct(fs) | Type::Tuple(fs) => {
                for fl in fs {
                    self.collect_tparams(fl.ty, out, depth + 1);
                }
            }
            Type::Signature(s) => {
                for fl in s.params.iter().chain(s.results.iter()) {
                    self.collect_tparams(fl.ty, out, depth + 1);
                }
            }
            // An alias of an instance of another generic alias (`type Maker[T any] =
            // Factory[T, []T]`): its parameters are in the instance's substituted right side.
            Type::Alias { rhs, .. } => self.collect_tparams(*rhs, out, depth + 1),
            _ => {}
        }
    }

    /// Finishes own instances so importers see complete types.
    pub(super) fn finish_instances(&mut self) {
        for i in 0..self.arena.types.len() {
            if let Type::Named(n) = &self.arena.types[i] {
                if n.underlying.is_none() && n.origin.is_some() {
                    let t = TypeId { arena: self.arena_id, idx: i as u32 };
                    self.instance_under(t);
                }
            }
        }
    }
}

/// A source instantiation (`f[A]`, `G[A]`, or a call whose type arguments were inferred) whose
/// type arguments are checked against their constraints once the unit is checked, as go/types
/// verifies them later: a constraint may mention types whose declarations are not complete yet.
pub(super) struct PendingVerify {
    file: usize,
    /// Where an error goes when the failing type argument has no expression of its own (it
    /// was inferred): the call, or the partially instantiated function.
    pos: u32,
    /// The positions of the explicit type arguments, in order.
    arg_pos: Vec<u32>,
    tparams: Vec<TypeId>,
    targs: Vec<TypeId>,
}

impl Checker<'_> {
    /// Schedules the check that `targs` satisfy the constraints of `tparams` (root units only:
    /// the result is an error message, and dependencies report none).
    pub(super) fn verify_later(
        &mut self,
        pos: u32,
        arg_pos: Vec<u32>,
        tparams: Vec<TypeId>,
        targs: Vec<TypeId>,
    ) {
        if !self.record || tparams.is_empty() || tparams.len() != targs.len() {
            return;
        }
        let file = self.cur_file;
        self.pending_verify.push(PendingVerify { file, pos, arg_pos, tparams, targs });
    }

    /// Schedules go/types' `validVarType` for a type argument, or a variable's, parameter's or
    /// result's type: a constraint interface (one with type terms or `comparable`) is no type of
    /// values.
    pub(super) fn var_type_later(&mut self, pos: u32, t: TypeId) {
        if self.record && !self.is_type_param(t) {
            self.pending_var_types.push((self.cur_file, pos, t));
        }
    }

    /// Checks the scheduled instantiations; the first unsatisfied constraint of each is reported at
    /// its type argument (go/types' `verify` as `instantiatedType` and `instantiateSignature`
    /// call it).
    pub(super) fn verify_pending(&mut self) {
        // An expression checked twice (once for a hint, once for its value) is reported once.
        let mut seen: rustc_hash::FxHashSet<(usize, u32)> = Default::default();
        for (file, pos, t) in std::mem::take(&mut self.pending_var_types) {
            let u = self.under(t);
            if !matches!(self.ty(u), Type::Interface(_)) {
                continue;
            }
            let ts = self.type_set(u);
            if ts.comparable || ts.terms.is_some() {
                let why = if ts.comparable {
                    "interface is (or embeds) comparable"
                } else {
                    "interface contains type constraints"
                };
                self.cur_file = file;
                let ty = self.message_type_string(t);
                if !seen.insert((file, pos)) {
                    continue;
                }
                self.error(pos, format!("cannot use type {ty} outside a type constraint: {why}"));
            }
        }
        // go/types' map type check: the key type must be comparable (an interface is).
        for (file, pos, k) in std::mem::take(&mut self.pending_map_keys) {
            if self.has_unknown_part(k, 0) || self.comparable_type(k, true, 0) {
                continue;
            }
            if !seen.insert((file, pos)) {
                continue;
            }
            self.cur_file = file;
            let why = if self.is_type_param(k) { " (missing comparable constraint)" } else { "" };
            let ty = self.message_type_string(k);
            self.error(pos, format!("invalid map key type {ty}{why}"));
        }
        let pending = std::mem::take(&mut self.pending_verify);
        for p in pending {
            self.cur_file = p.file;
            if let Some((i, cause)) = self.verify(&p.tparams, &p.targs) {
                let at = p.arg_pos.get(i).copied().unwrap_or(p.pos);
                if seen.insert((p.file, at)) {
                    self.error(at, cause);
                }
            }
        }
    }

    /// The index of the first type argument that does not satisfy its constraint, with go/types'
    /// message. A constraint mentioning type parameters of the list is instantiated with the
    /// same type arguments first (`PT interface{ *T; M() }`).
    fn verify(&mut self, tparams: &[TypeId], targs: &[TypeId]) -> Option<(usize, String)> {
        let map: FxHashMap<TypeId, TypeId> =
            tparams.iter().copied().zip(targs.iter().copied()).collect();
        for (i, (&tp, &ta)) in tparams.iter().zip(targs).enumerate() {
            let Type::TypeParam { constraint, .. } = *self.ty(tp) else { continue };
            let bound = self.subst(constraint, &map);
            if let Err(cause) = self.satisfies(ta, bound) {
                return Some((i, cause));
            }
        }
        None
    }

    /// Whether type `v` satisfies constraint `t` (go/types' `implements` for a constraint): `t`'s
    /// methods, its type terms and comparability; the error is go/types' cause. Invalid types
    /// satisfy everything, as go/types avoids follow-on errors.
    fn satisfies(&mut self, v: TypeId, t: TypeId) -> Result<(), String> {
        let (vu, tu) = (self.under(v), self.under(t));
        if self.unalias(vu) == univ::INVALID || self.unalias(tu) == univ::INVALID {
            return Ok(());
        }
        if let Type::Pointer(b) = *self.ty(vu) {
            if self.under(b) == univ::INVALID {
                return Ok(());
            }
        }
        // Messages are spelled only for an error: the qualifiers behind them are costly.
        let names = |c: &Self| (c.message_type_string(v), c.message_type_string(t));
        if !matches!(self.ty(tu), Type::Interface(_)) {
            let (vs, ts_name) = names(self);
            let ptr_to_iface = match *self.ty(tu) {
                Type::Pointer(b) => self.is_interface(b),
                _ => false,
            };
            let detail = if ptr_to_iface {
                format!("type {ts_name} is pointer to interface, not interface")
            } else {
                format!("{ts_name} is not an interface")
            };
            return Err(format!("{vs} does not satisfy {ts_name} ({detail})"));
        }
        let tset = self.type_set(t);
        if tset.methods.is_empty() && tset.terms.is_none() && !tset.comparable {
            return Ok(());
        }
        // A type parameter's underlying type is its constraint: it is an interface here.
        let vset = matches!(self.ty(vu), Type::Interface(_)).then(|| self.type_set(v));
        if vset.as_ref().is_some_and(|s| s.terms.as_ref().is_some_and(Vec::is_empty)) {
            return Ok(());
        }
        let Some(terms) = tset.terms.clone() else {
            self.satisfy_methods(v, t, &tset.methods)?;
            return self.satisfy_comparable(&tset, v);
        };
        if terms.is_empty() {
            return Err(format!("cannot satisfy {} (empty type set)", names(self).1));
        }
        self.satisfy_methods(v, t, &tset.methods)?;
        if let Some(vset) = vset {
            // Every type of an interface's (or type parameter's) type set must be in `t`'s.
            let subset = match &vset.terms {
                None => false,
                Some(vterms) => {
                    vterms.iter().all(|&x| terms.iter().any(|&y| self.term_subset(x, y)))
                }
            };
            if !subset {
                let (vs, ts_name) = names(self);
                return Err(format!("{vs} does not satisfy {ts_name}"));
            }
            return self.satisfy_comparable(&tset, v);
        }
        let included = terms.iter().any(|&(tilde, tt)| {
            let x = if tilde { vu } else { v };
            self.identical(tt, x)
        });
        if !included {
            // A term without `~` that would include `v` with one is suggested.
            let alt = terms.iter().copied().find(|&(tilde, tt)| {
                !tilde && {
                    let ttu = self.under(tt);
                    self.identical(tt, ttu) && self.identical(tt, vu)
                }
            });
            let (vs, ts_name) = names(self);
            let detail = if let Some((_, a)) = alt {
                format!("possibly missing ~ for {} in {ts_name}", self.message_type_string(a))
            } else if self.mentions(tu, v, 0) {
                format!("{ts_name} mentions {vs}, but {vs} is not in the type set of {ts_name}")
            } else {
                let list: Vec<String> = terms
                    .iter()
                    .map(|&(tilde, tt)| {
                        format!("{}{}", if tilde { "~" } else { "" }, self.message_type_string(tt))
                    })
                    .collect();
                format!("{vs} missing in {}", list.join(" | "))
            };
            return Err(format!("{vs} does not satisfy {ts_name} ({detail})"));
        }
        self.satisfy_comparable(&tset, v)
    }

    /// `v` has the constraint's methods (go/types' `hasAllMethods`), else go/types' cause.
    fn satisfy_methods(&mut self, v: TypeId, t: TypeId, methods: &[ObjId]) -> Result<(), String> {
        if methods.is_empty() {
            return Ok(());
        }
        let mut none = FxHashMap::default();
        self.unify_methods(v, methods, &[], &mut none).map_err(|cause| {
            let (vs, ts_name) = (self.message_type_string(v), self.message_type_string(t));
            format!("{vs} does not satisfy {ts_name} {cause}")
        })
    }

    /// A comparable constraint needs a strictly comparable `v`, or since Go 1.20 a comparable one
    /// (an interface, or a struct or array holding one): the spec's "satisfying a type constraint".
    fn satisfy_comparable(
        &mut self,
        tset: &crate::types::TypeSet,
        v: TypeId,
    ) -> Result<(), String> {
        if !self.set_comparable(tset) || self.comparable_type(v, false, 0) {
            return Ok(());
        }
        if self.comparable_type(v, true, 0) {
            // Packages checked from memory have no module (0): the newest language.
            let minor = self.lang_minor();
            if minor == 0 || minor >= 20 {
                return Ok(());
            }
            let vs = self.message_type_string(v);
            return Err(format!("{vs} to satisfy comparable requires go1.20 or later"));
        }
        let vs = self.message_type_string(v);
        Err(format!("{vs} does not satisfy comparable"))
    }

    /// go/types' `typeSet.IsComparable`: a set of all types when `comparable` restricts it,
    /// else when it has terms and every one is strictly comparable.
    fn set_comparable(&mut self, tset: &crate::types::TypeSet) -> bool {
        match &tset.terms {
            None => tset.comparable,
            Some(terms) => {
                !terms.is_empty() && terms.iter().all(|&(_, t)| self.comparable_type(t, false, 0))
            }
        }
    }

    /// go/types' `comparableType`: with `dynamic`, as the spec's comparable (interfaces are, and
    /// so structs and arrays of them), else strictly comparable; a type parameter by its type
    /// set.
    fn comparable_type(&mut self, t: TypeId, dynamic: bool, depth: u32) -> bool {
        if depth > 64 {
            return false;
        }
        let t = self.unalias(t);
        if let Type::TypeParam { constraint, .. } = *self.ty(t) {
            let s = self.type_set(constraint);
            return self.set_comparable(&s);
        }
        let u = self.under(t);
        match self.ty(u).clone() {
            Type::Basic(k, _) => k != crate::types::BasicKind::UntypedNil,
            Type::Pointer(_) | Type::Chan(..) => true,
            Type::Struct(fields) => {
                fields.iter().all(|f| self.comparable_type(f.ty, dynamic, depth + 1))
            }
            Type::Array(_, e) => self.comparable_type(e, dynamic, depth + 1),
            Type::Interface(_) => {
                dynamic || {
                    let s = self.type_set(u);
                    self.set_comparable(&s)
                }
            }
            _ => false,
        }
    }

    /// Whether `t`, or a field or element type its comparability depends on, is unknown here
    /// (cgo's types, missing imports): such a map key is not judged.
    fn has_unknown_part(&mut self, t: TypeId, depth: u32) -> bool {
        let u = self.under(t);
        if u == univ::INVALID || depth > 64 {
            return true;
        }
        match self.ty(u).clone() {
            Type::Struct(fields) => fields.iter().any(|f| self.has_unknown_part(f.ty, depth + 1)),
            Type::Array(_, e) => self.has_unknown_part(e, depth + 1),
            Type::Invalid => true,
            _ => false,
        }
    }

    /// Term `x` is a subset of term `y` (go/types' `term.subsetOf`): they are not disjoint, and
    /// `~t` is only within another `~t`.
    fn term_subset(&mut self, (xt, x): (bool, TypeId), (yt, y): (bool, TypeId)) -> bool {
        let ux = if yt { self.under(x) } else { x };
        let uy = if xt { self.under(y) } else { y };
        self.identical(ux, uy) && (!xt || yt)
    }

    /// Whether interface `t` names `v` in an embedded element or term, in it or in the literal
    /// interfaces it embeds (go/types' `mentions`, for the message).
    fn mentions(&mut self, t: TypeId, v: TypeId, depth: u32) -> bool {
        if depth > 20 {
            return false;
        }
        let Type::Interface(it) = self.ty(t).clone() else { return self.identical(t, v) };
        for e in it.embeddeds {
            let e = self.unalias(e);
            let found = match self.ty(e).clone() {
                Type::Union(ts) => ts.iter().any(|&(_, x)| self.identical(x, v)),
                Type::Interface(_) => self.mentions(e, v, depth + 1),
                _ => self.identical(e, v),
            };
            if found {
                return true;
            }
        }
        false
    }
}
