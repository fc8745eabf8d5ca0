//! Interface type sets (go/types' typeset.go): all methods and the term list of an interface.

use super::Checker;
use super::predicates::{identical, is_interface, unalias, underlying};
use crate::query::TypeContext;
use crate::types::{ObjId, Type, TypeId, TypeSet, TypeView};

impl Checker<'_> {
    pub(crate) fn type_set(&mut self, t: TypeId) -> TypeSet {
        type_set(self, t)
    }

    pub(crate) fn sort_methods(&self, methods: &mut [ObjId]) {
        sort_methods(self, methods)
    }

    /// go/types' later check in `computeInterfaceTypeSet`: a method that an embedded interface
    /// brings in again must have the same signature as the first of its name (an explicit method,
    /// or one embedded earlier). A clash is reported at the embedding, with the first one's place.
    pub(super) fn check_embedded_methods(&mut self) {
        for iface in std::mem::take(&mut self.pending_embedded_methods) {
            // Each method of the interface so far, with where it was written or embedded.
            let mut seen: Vec<(ObjId, u32)> = iface.explicit.clone();
            for &(e, pos) in &iface.embedded {
                let union = matches!(self.ty(unalias(self, e)), Type::Union(_));
                if union || self.is_type_param(e) || !is_interface(self, e) {
                    continue;
                }
                for m in self.type_set(e).methods {
                    let (name, pkg) = (self.obj(m).name.clone(), self.obj(m).pkg);
                    let first = seen.iter().copied().find(|&(x, _)| {
                        let o = self.obj(x);
                        super::lookup::same_id(&o.name, o.pkg, &name, Some(pkg))
                    });
                    let Some((other, other_pos)) = first else {
                        seen.push((m, pos));
                        continue;
                    };
                    let (mt, ot) = (self.obj(m).ty, self.obj(other).ty);
                    if other != m && !identical(self, mt, ot) {
                        self.error_at(iface.file, pos, format!("duplicate method {name}"));
                        let msg = format!("\tother declaration of method {name}");
                        self.error_at(iface.file, other_pos, msg);
                    }
                }
            }
        }
    }
}

/// The type set of an interface type (or of a type whose underlying type is an interface).
pub fn type_set<C: TypeContext + ?Sized>(cx: &mut C, t: TypeId) -> TypeSet {
    let t = unalias(cx, t);
    if let Some(ts) = cx.type_set_memo().get(&t) {
        return ts.clone();
    }
    let u = underlying(cx, t);
    let Type::Interface(it) = cx.ty(u) else {
        return TypeSet { methods: Vec::new(), terms: Some(vec![(false, u)]), comparable: false };
    };
    if let Some(ts) = &it.tset {
        return (**ts).clone();
    }
    let it = (**it).clone();
    // Guard against cycles through embedding.
    cx.type_set_memo().insert(t, TypeSet::default());
    let mut methods: Vec<ObjId> = it.methods.clone();
    let mut terms: Option<Vec<(bool, TypeId)>> = None;
    let mut comparable = false;
    for &e in &it.embeddeds {
        let eu = unalias(cx, e);
        let elem_terms: Option<Vec<(bool, TypeId)>> = match cx.ty(eu).clone() {
            Type::Union(ts) => {
                let mut out = Vec::new();
                let mut all = false;
                for (tilde, tt) in ts {
                    if is_interface(cx, tt) {
                        let s = type_set(cx, tt);
                        match s.terms {
                            None => all = true,
                            Some(x) => out.extend(x),
                        }
                    } else {
                        out.push((tilde, tt));
                    }
                }
                if all { None } else { Some(out) }
            }
            _ => {
                if is_interface(cx, eu) {
                    let s = type_set(cx, eu);
                    for m in s.methods {
                        let (name, pkg) = (cx.obj(m).name.clone(), cx.obj(m).pkg);
                        let dup = |x: ObjId| {
                            let o = cx.obj(x);
                            super::lookup::same_id(&o.name, o.pkg, &name, Some(pkg))
                        };
                        if !methods.iter().any(|&x| dup(x)) {
                            methods.push(m);
                        }
                    }
                    comparable |= s.comparable;
                    s.terms
                } else {
                    Some(vec![(false, eu)])
                }
            }
        };
        if let Some(et) = elem_terms {
            terms = Some(match terms {
                None => et,
                Some(prev) => {
                    // Intersection: keep terms of `prev` that some term of `et` covers.
                    let mut out = Vec::new();
                    for (pt, p) in prev {
                        for &(etl, e) in &et {
                            if identical(cx, p, e) {
                                out.push((pt && etl, p));
                                break;
                            } else if etl {
                                let pu = underlying(cx, p);
                                if identical(cx, pu, e) {
                                    out.push((pt, p));
                                    break;
                                }
                            } else if pt {
                                let eu2 = underlying(cx, e);
                                if identical(cx, eu2, p) {
                                    out.push((false, e));
                                    break;
                                }
                            }
                        }
                    }
                    out
                }
            });
        }
    }
    sort_methods(cx, &mut methods);
    let ts = TypeSet { methods, terms, comparable };
    cx.type_set_memo().insert(t, ts.clone());
    ts
}

/// Sorts methods as go/types does: exported names first, then by name, unexported names of
/// different packages by package path.
pub fn sort_methods<V: TypeView + ?Sized>(cx: &V, methods: &mut [ObjId]) {
    methods.sort_by(|&a, &b| {
        let (oa, ob) = (cx.obj(a), cx.obj(b));
        let (ea, eb) = (crate::types::is_exported(&oa.name), crate::types::is_exported(&ob.name));
        eb.cmp(&ea).then_with(|| oa.name.cmp(&ob.name)).then_with(|| {
            if ea {
                std::cmp::Ordering::Equal
            } else {
                cx.pkg_path(oa.pkg).cmp(cx.pkg_path(ob.pkg))
            }
        })
    });
}
