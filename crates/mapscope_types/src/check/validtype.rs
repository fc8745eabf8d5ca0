//! Invalid recursive types (go/types' validtype.go): a defined type must not contain itself
//! through struct fields, array elements or embedded interfaces; each such cycle is reported
//! once, with the path around it.

use super::Checker;
use crate::types::{ObjId, ObjKind, Type, TypeId, TypeView, univ};
use mapscope_syntax::ast::ExprId;
use rustc_hash::FxHashSet;

impl Checker<'_> {
    /// go/types' `validType` for the package-level type declarations `objs` (in declaration
    /// order). Generic types and their instances are not followed.
    pub(super) fn check_valid_types(&mut self, objs: &[ObjId]) {
        self.check_direct_cycles(objs);
        let mut bad: FxHashSet<TypeId> = FxHashSet::default();
        let mut valid: FxHashSet<TypeId> = FxHashSet::default();
        for &o in objs {
            if !matches!(self.obj(o).kind, ObjKind::TypeName) {
                continue;
            }
            let t = self.obj(o).ty;
            if matches!(self.ty(t), Type::Named(_)) {
                self.valid_type(t, &mut Vec::new(), &mut bad, &mut valid);
            }
        }
    }

    /// go/types' `validType` for a type declared in a function, `o`, once declared. A local
    /// declaration can only refer to itself, the names after it are not in scope yet: as its own
    /// alias or defined type (`type T = T`, `type T T`), or inside a struct or array.
    pub(super) fn check_local_valid_type(&mut self, o: ObjId, rhs_expr: ExprId) {
        let t = self.obj(o).ty;
        let refers_to_itself = match *self.ty(t) {
            Type::Alias { rhs, .. } => rhs == t,
            Type::Named(ref n) => {
                n.underlying == Some(univ::INVALID) && self.recorded_type(rhs_expr) == Some(t)
            }
            _ => false,
        };
        if refers_to_itself {
            if let Type::Alias { rhs, .. } = &mut self.arena.types[t.idx as usize] {
                *rhs = univ::INVALID;
            }
            self.report_type_cycle(&[o]);
            return;
        }
        if matches!(self.ty(t), Type::Named(_)) {
            let mut valid = FxHashSet::default();
            self.valid_type(t, &mut Vec::new(), &mut FxHashSet::default(), &mut valid);
        }
    }

    /// go/types' `directCycles`: a package-level type declared as another type's bare name,
    /// which is declared as another's, and so on back to itself (`type a b; type b a`), has no
    /// type at all. Each such cycle is reported once, from its first declaration in the source.
    /// Their types are invalid already, so the walk of `valid_type` says nothing more.
    fn check_direct_cycles(&mut self, objs: &[ObjId]) {
        // Declarations whose walk is done (go/types' black nodes).
        let mut done: FxHashSet<ObjId> = FxHashSet::default();
        for &o in objs {
            let mut path: Vec<ObjId> = Vec::new();
            let mut at = o;
            while !done.contains(&at) {
                if let Some(start) = path.iter().position(|&p| p == at) {
                    let mut cycle = path[start..].to_vec();
                    let first = (0..cycle.len())
                        .min_by_key(|&i| (self.obj(cycle[i]).file, self.obj(cycle[i]).pos))
                        .unwrap_or(0);
                    cycle.rotate_left(first);
                    self.report_type_cycle(&cycle);
                    break;
                }
                path.push(at);
                match self.declared_as_bare_name(at) {
                    Some(next) => at = next,
                    None => break,
                }
            }
            done.extend(path);
        }
    }

    /// The package-level type name that the type declaration of `o` writes as its bare right-hand
    /// side (`type a b`: `b`), if it is one.
    fn declared_as_bare_name(&self, o: ObjId) -> Option<ObjId> {
        let (file, rhs) = self.type_spec_rhs(o)?;
        let ast = &self.loaded.files[self.unit.files[file].0 as usize].ast;
        let mapscope_syntax::ast::ExprKind::Ident(name) = ast[rhs].kind else { return None };
        let next = *self.scope.get(ast.name(name))?;
        matches!(self.obj(next).kind, ObjKind::TypeName).then_some(next)
    }

    /// Whether `t` is valid; `path` holds the defined types being expanded, `bad` those
    /// already found to contain themselves (go/types makes their underlying type invalid), and
    /// `valid` those whose expansion was checked.
    fn valid_type(
        &mut self,
        t: TypeId,
        path: &mut Vec<TypeId>,
        bad: &mut FxHashSet<TypeId>,
        valid: &mut FxHashSet<TypeId>,
    ) -> bool {
        crate::stack::maybe_grow(|| self.valid_type_inner(t, path, bad, valid))
    }

    fn valid_type_inner(
        &mut self,
        t: TypeId,
        path: &mut Vec<TypeId>,
        bad: &mut FxHashSet<TypeId>,
        valid: &mut FxHashSet<TypeId>,
    ) -> bool {
        let t = self.unalias(t);
        // Only the parts a cycle can go through are copied out of the arena.
        let parts: Vec<TypeId> = match self.ty(t) {
            Type::Array(_, el) => vec![*el],
            Type::Struct(fields) => fields.iter().map(|f| f.ty).collect(),
            Type::Interface(it) => it.embeddeds.clone(),
            Type::Named(_) => Vec::new(),
            _ => return true,
        };
        match *self.ty(t) {
            Type::Named(ref n) => {
                if n.obj.arena != self.arena_id || !n.tparams.is_empty() || !n.targs.is_empty() {
                    return true;
                }
                let Some(under) = n.underlying.filter(|&u| u != univ::INVALID) else {
                    return false;
                };
                if bad.contains(&t) {
                    return false;
                }
                // A type whose expansion was checked contains no cycle, nor leads into one.
                if valid.contains(&t) {
                    return true;
                }
                if let Some(start) = path.iter().position(|&p| p == t) {
                    bad.insert(t);
                    let cycle: Vec<ObjId> = path[start..]
                        .iter()
                        .filter_map(|&p| match self.ty(p) {
                            Type::Named(n) => Some(n.obj),
                            _ => None,
                        })
                        .collect();
                    self.report_type_cycle(&cycle);
                    return false;
                }
                // go/types follows the type as declared (`type x y` goes through y).
                let rhs = self.declared_rhs(n.obj).unwrap_or(under);
                path.push(t);
                let ok = self.valid_type(rhs, path, bad, valid);
                path.pop();
                if ok {
                    valid.insert(t);
                }
                ok
            }
            _ => parts.into_iter().all(|p| self.valid_type(p, path, bad, valid)),
        }
    }

    /// The type a package-level type declaration of this unit writes on its right-hand side, as
    /// recorded (`None` when it is not known).
    fn declared_rhs(&self, o: ObjId) -> Option<TypeId> {
        let (file, rhs) = self.type_spec_rhs(o)?;
        let r = self.records.get(file)?.get(rhs.index())?;
        (r.mode == super::Mode::TypeExpr && r.ty != univ::INVALID).then_some(r.ty)
    }

    /// Where a package-level type declaration of this unit is (its file's index in the unit) and
    /// the type expression on its right-hand side.
    fn type_spec_rhs(&self, o: ObjId) -> Option<(usize, ExprId)> {
        if o.arena != self.arena_id {
            return None;
        }
        let Some(super::DeclInfo::Type { file, decl, spec }) = self.decls.get(&o.idx) else {
            return None;
        };
        let ast = &self.loaded.files[self.unit.files[*file].0 as usize].ast;
        let mapscope_syntax::ast::Decl::Gen(g) = &ast[*decl] else { return None };
        let Some(mapscope_syntax::ast::Spec::Type(ts)) = g.specs.get(*spec) else { return None };
        Some((*file, ts.ty))
    }

    /// go/types' `cycleError` for a cycle of type names, starting at its first element.
    fn report_type_cycle(&mut self, cycle: &[ObjId]) {
        let Some(&first) = cycle.first() else { return };
        let at = |c: &Self, o: ObjId| (c.obj(o).file, c.obj(o).pos, c.obj(o).name.clone());
        let (file, pos, name) = at(self, first);
        let Some(file) = file else { return };
        if cycle.len() == 1 {
            self.error_at(file, pos, format!("invalid recursive type: {name} refers to itself"));
            return;
        }
        self.error_at(file, pos, format!("invalid recursive type {name}"));
        for i in 0..cycle.len() {
            let (file, pos, name) = at(self, cycle[i]);
            let next = self.obj(cycle[(i + 1) % cycle.len()]).name.clone();
            if let Some(file) = file {
                self.error_at(file, pos, format!("\t{name} refers to {next}"));
            }
        }
    }
}
