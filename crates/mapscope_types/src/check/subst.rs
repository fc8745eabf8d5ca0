//! Substitution (go/types' subst.go): replacing type parameters in a type.

use super::Checker;
use crate::types::{Field, ObjKind, Type, TypeId, TypeView};
use rustc_hash::FxHashMap;

impl Checker<'_> {
    /// Substitutes type parameters in `t`.
    pub(crate) fn subst(&mut self, t: TypeId, map: &FxHashMap<TypeId, TypeId>) -> TypeId {
        if map.is_empty() {
            return t;
        }
        self.subst_depth(t, map, 0)
    }

    /// Substitutes into the types of `fields` in place; whether any of them changed.
    fn subst_fields<'f>(
        &mut self,
        fields: impl Iterator<Item = &'f mut Field>,
        map: &FxHashMap<TypeId, TypeId>,
        depth: u32,
    ) -> bool {
        let mut changed = false;
        for fl in fields {
            let n = self.subst_depth(fl.ty, map, depth);
            changed |= n != fl.ty;
            fl.ty = n;
        }
        changed
    }

    fn subst_depth(&mut self, t: TypeId, map: &FxHashMap<TypeId, TypeId>, depth: u32) -> TypeId {
        if depth > 50 {
            return t;
        }
        if let Some(&r) = map.get(&t) {
            return r;
        }
        let ty = self.ty(t).clone();
        let d = depth + 1;
        match ty {
            Type::Pointer(x) => {
                let y = self.subst_depth(x, map, d);
                if y == x { t } else { self.new_type(Type::Pointer(y)) }
            }
            Type::Slice(x) => {
                let y = self.subst_depth(x, map, d);
                if y == x { t } else { self.new_type(Type::Slice(y)) }
            }
            Type::Array(n, x) => {
                let y = self.subst_depth(x, map, d);
                if y == x { t } else { self.new_type(Type::Array(n, y)) }
            }
            Type::Chan(dir, x) => {
                let y = self.subst_depth(x, map, d);
                if y == x { t } else { self.new_type(Type::Chan(dir, y)) }
            }
            Type::Map(k, v) => {
                let (k2, v2) = (self.subst_depth(k, map, d), self.subst_depth(v, map, d));
                if k2 == k && v2 == v { t } else { self.new_type(Type::Map(k2, v2)) }
            }
            Type::Struct(fs) => {
                let mut out = fs.clone();
                let changed = self.subst_fields(out.iter_mut(), map, d);
                if changed { self.new_type(Type::Struct(out)) } else { t }
            }
            Type::Tuple(fs) => {
                let mut out = fs.clone();
                let changed = self.subst_fields(out.iter_mut(), map, d);
                if changed { self.new_type(Type::Tuple(out)) } else { t }
            }
            Type::Signature(s) => {
                let mut s2 = (*s).clone();
                let changed =
                    self.subst_fields(s2.params.iter_mut().chain(s2.results.iter_mut()), map, d);
                if changed { self.new_type(Type::Signature(Box::new(s2))) } else { t }
            }
            Type::Interface(it) => {
                let mut changed = false;
                let mut it2 = (*it).clone();
                it2.tset = None;
                for e in &mut it2.embeddeds {
                    let n = self.subst_depth(*e, map, d);
                    changed |= n != *e;
                    *e = n;
                }
                let mut ms = Vec::new();
                for &m in &it.methods {
                    let mt = self.obj(m).ty;
                    let n = self.subst_depth(mt, map, d);
                    if n != mt {
                        changed = true;
                        let (name, pos, pkg, file) = {
                            let o = self.obj(m);
                            (o.name.clone(), o.pos, o.pkg, o.file)
                        };
                        let copy = self.new_obj(ObjKind::Func, &name, n, pos);
                        // The copy keeps the declaring package, since an unexported method's
                        // identity depends on it, and the declaring file.
                        let copied = &mut self.arena.objs[copy.idx as usize];
                        copied.pkg = pkg;
                        copied.file = file;
                        ms.push(copy);
                    } else {
                        ms.push(m);
                    }
                }
                it2.methods = ms;
                if changed { self.new_type(Type::Interface(Box::new(it2))) } else { t }
            }
            Type::Union(terms) => {
                let mut changed = false;
                let mut out = terms.clone();
                for (_, x) in &mut out {
                    let n = self.subst_depth(*x, map, d);
                    changed |= n != *x;
                    *x = n;
                }
                if changed { self.new_type(Type::Union(out)) } else { t }
            }
            Type::Named(n) => {
                if let Some(origin) = n.origin {
                    let mut changed = false;
                    let mut args = n.targs.clone();
                    for a in &mut args {
                        let x = self.subst_depth(*a, map, d);
                        changed |= x != *a;
                        *a = x;
                    }
                    if changed { self.instantiate(origin, args) } else { t }
                } else {
                    t
                }
            }
            Type::Alias { obj, rhs, targs } => {
                let r = self.subst_depth(rhs, map, d);
                if r == rhs {
                    t
                } else {
                    let mut args = targs.clone();
                    for a in &mut args {
                        *a = self.subst_depth(*a, map, d);
                    }
                    self.new_type(Type::Alias { obj, rhs: r, targs: args })
                }
            }
            _ => t,
        }
    }
}
