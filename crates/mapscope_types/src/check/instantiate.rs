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
