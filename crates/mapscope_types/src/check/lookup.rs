//! Field and method lookup (go/types' lookup.go), and method signatures seen through a receiver.

use super::Checker;
use crate::types::{ObjId, Type, TypeId, TypeView, univ};
use rustc_hash::FxHashMap;

/// Result of a field or method lookup.
#[derive(Clone, Debug)]
pub(crate) enum Lookup {
    NotFound,
    Ambiguous,
    Field {
        ty: TypeId,
        indirect: bool,
    },
    /// A method with its (receiver-substituted) signature and whether the receiver is a pointer.
    Method {
        #[expect(
            dead_code,
            reason = "the method object is kept for later layers' method resolution"
        )]
        obj: ObjId,
        sig: TypeId,
        ptr_recv: bool,
        indirect: bool,
    },
}

impl Checker<'_> {
    /// Looks up a field or method `name` in `t` (go/types' LookupFieldOrMethod, addressable receiver).
    pub(crate) fn lookup_field_or_method(&mut self, t: TypeId, name: &str) -> Lookup {
        let mut t = self.unalias(t);
        let mut indirect = false;
        if let Type::Pointer(b) = self.ty(t) {
            let b = *b;
            let bu = self.unalias(b);
            let bun = self.under(bu);
            if matches!(self.ty(bu), Type::Named(_)) || !matches!(self.ty(bun), Type::Interface(_))
            {
                t = bu;
                indirect = true;
            }
        }
        let mut current: Vec<(TypeId, bool)> = vec![(t, indirect)];
        let mut seen: Vec<TypeId> = Vec::new();
        for _depth in 0..16 {
            if current.is_empty() {
                break;
            }
            let mut found: Option<Lookup> = None;
            let mut count = 0;
            let mut next = Vec::new();
            for &(typ, ind) in &current {
                let typ = self.unalias(typ);
                if let Type::Named(n) = self.ty(typ).clone() {
                    if seen.contains(&typ) {
                        continue;
                    }
                    seen.push(typ);
                    let methods = match n.origin {
                        Some(o) => match self.ty(o) {
                            Type::Named(on) => on.methods.clone(),
                            _ => Vec::new(),
                        },
                        None => n.methods.clone(),
                    };
                    if let Some(&m) = methods.iter().find(|&&m| &*self.obj(m).name == name) {
                        let sig = self.method_sig(m, typ);
                        let ptr_recv = self.method_has_ptr_recv(m);
                        count += 1;
                        found = Some(Lookup::Method { obj: m, sig, ptr_recv, indirect: ind });
                        continue;
                    }
                }
                let u = if self.is_type_param(typ) { univ::INVALID } else { self.under(typ) };
                match self.ty(u).clone() {
                    Type::Struct(fields) => {
                        for fl in &fields {
                            if &*fl.name == name {
                                count += 1;
                                found = Some(Lookup::Field { ty: fl.ty, indirect: ind });
                            }
                            if fl.embedded {
                                let ft = self.unalias(fl.ty);
                                match self.ty(ft) {
                                    Type::Pointer(b) => next.push((*b, true)),
                                    _ => next.push((ft, ind)),
                                }
                            }
                        }
                    }
                    Type::Interface(_) => {
                        let ts = self.type_set(u);
                        if let Some(&m) = ts.methods.iter().find(|&&m| &*self.obj(m).name == name) {
                            count += 1;
                            let sig = self.obj(m).ty;
                            found = Some(Lookup::Method {
                                obj: m,
                                sig,
                                ptr_recv: false,
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
        if self.is_type_param(t) {
            let Type::TypeParam { constraint, .. } = self.ty(t).clone() else {
                return Lookup::NotFound;
            };
            let ts = self.type_set(constraint);
            if let Some(&m) = ts.methods.iter().find(|&&m| &*self.obj(m).name == name) {
                let sig = self.obj(m).ty;
                return Lookup::Method { obj: m, sig, ptr_recv: false, indirect };
            }
            // Fields of the core type.
            if let Some(c) = self.core(t) {
                if c != t && !self.is_type_param(c) {
                    let r = self.lookup_field_or_method(c, name);
                    if let Lookup::Field { .. } = r {
                        return r;
                    }
                }
            }
        }
        Lookup::NotFound
    }

    fn method_has_ptr_recv(&mut self, m: ObjId) -> bool {
        let t = self.obj_type(m);
        if let Type::Signature(s) = self.ty(t) {
            if let Some(r) = s.recv {
                return matches!(self.ty(r), Type::Pointer(_));
            }
        }
        false
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
