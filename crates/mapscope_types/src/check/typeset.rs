//! Interface type sets (go/types' typeset.go): all methods and the term list of an interface.

use super::Checker;
use crate::types::{ObjId, Type, TypeId, TypeSet, TypeView};

impl Checker<'_> {
    /// The type set of an interface type (or of a type whose underlying type is an interface).
    pub(crate) fn type_set(&mut self, t: TypeId) -> TypeSet {
        let t = self.unalias(t);
        if let Some(ts) = self.type_set_cache.get(&t) {
            return ts.clone();
        }
        let u = self.under(t);
        let Type::Interface(it) = self.ty(u) else {
            return TypeSet {
                methods: Vec::new(),
                terms: Some(vec![(false, u)]),
                comparable: false,
            };
        };
        if let Some(ts) = &it.tset {
            return (**ts).clone();
        }
        let it = (**it).clone();
        // Guard against cycles through embedding.
        self.type_set_cache.insert(t, TypeSet::default());
        let mut methods: Vec<ObjId> = it.methods.clone();
        let mut terms: Option<Vec<(bool, TypeId)>> = None;
        let mut comparable = false;
        for &e in &it.embeddeds {
            let eu = self.unalias(e);
            let elem_terms: Option<Vec<(bool, TypeId)>> = match self.ty(eu).clone() {
                Type::Union(ts) => {
                    let mut out = Vec::new();
                    let mut all = false;
                    for (tilde, tt) in ts {
                        if self.is_interface(tt) {
                            let s = self.type_set(tt);
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
                    if self.is_interface(eu) {
                        let s = self.type_set(eu);
                        for m in s.methods {
                            let name = self.obj(m).name.clone();
                            if !methods.iter().any(|&x| self.obj(x).name == name) {
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
                                if self.identical(p, e) {
                                    out.push((pt && etl, p));
                                    break;
                                } else if etl {
                                    let pu = self.under(p);
                                    if self.identical(pu, e) {
                                        out.push((pt, p));
                                        break;
                                    }
                                } else if pt {
                                    let eu2 = self.under(e);
                                    if self.identical(eu2, p) {
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
        self.sort_methods(&mut methods);
        let ts = TypeSet { methods, terms, comparable };
        self.type_set_cache.insert(t, ts.clone());
        ts
    }

    pub(crate) fn sort_methods(&self, methods: &mut [ObjId]) {
        methods.sort_by(|&a, &b| {
            let (oa, ob) = (self.obj(a), self.obj(b));
            let (ea, eb) =
                (crate::types::is_exported(&oa.name), crate::types::is_exported(&ob.name));
            eb.cmp(&ea).then_with(|| oa.name.cmp(&ob.name)).then_with(|| {
                if ea {
                    std::cmp::Ordering::Equal
                } else {
                    self.pkg_path(oa.pkg).cmp(self.pkg_path(ob.pkg))
                }
            })
        });
    }
}
