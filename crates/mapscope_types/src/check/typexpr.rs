//! Type expressions (go/types' typexpr.go): evaluating an expression that denotes a type, union
//! terms, struct and interface types.

use super::operand::Operand;
use super::{Checker, Mode};
use crate::constant::Value;
use crate::types::{
    BasicKind, ChanDir, Field, Interface, ObjId, ObjKind, Type, TypeId, TypeView, univ,
};
use mapscope_syntax::ast::{ChanDir as AstDir, ExprId, ExprKind as E, FieldListId};

impl Checker<'_> {
    /// Evaluates a type expression (recording it as a type).
    pub(crate) fn type_expr(&mut self, e: ExprId) -> TypeId {
        let t = crate::stack::maybe_grow(|| self.type_expr_inner(e));
        self.record_expr(e, Mode::TypeExpr, t);
        t
    }

    /// go/types' `is not a type` for expression `e`, evaluated to operand `x`, where a type
    /// belongs: a name or selection shows its operand, another expression its text; an invalid
    /// operand was reported already.
    pub(super) fn report_not_a_type(&mut self, e: ExprId, x: &Operand) {
        let f = self.file();
        let named = matches!(
            f[e].kind,
            E::Ident(_) | E::Selector { .. } | E::Index { .. } | E::IndexList { .. }
        );
        let shown = if !named {
            f.expr_string(e)
        } else if x.mode == Mode::Builtin {
            format!("{} (built-in)", f.expr_string(e))
        } else if x.mode != Mode::None {
            self.operand_text(e, x)
        } else if !matches!(self.ty(x.ty), Type::Invalid) {
            f.expr_string(e)
        } else {
            return;
        };
        self.error(f[e].span.start, format!("{shown} is not a type"));
    }

    fn type_expr_inner(&mut self, e: ExprId) -> TypeId {
        let f = self.file();
        match f[e].kind {
            E::Ident(n) if self.names_no_type(e, n) => univ::INVALID,
            E::Ident(_) | E::Selector { .. } | E::Index { .. } | E::IndexList { .. } => {
                let x = self.expr_or_type(e, None);
                if x.mode == Mode::TypeExpr {
                    x.ty
                } else {
                    self.report_not_a_type(e, &x);
                    univ::INVALID
                }
            }
            E::Paren { x, .. } => self.type_expr(x),
            E::Star { x } => {
                let b = self.type_expr(x);
                self.new_type(Type::Pointer(b))
            }
            E::ArrayType { len: None, elt, .. } => {
                let et = self.type_expr(elt);
                self.new_type(Type::Slice(et))
            }
            E::ArrayType { len: Some(l), elt, .. } => {
                // `[...]T` is only valid as a composite literal's type, which composite_lit
                // handles before it gets here.
                let n = if matches!(f[l].kind, E::Ellipsis { .. }) {
                    let msg = "invalid use of [...] array (outside a composite literal)";
                    self.error(f[l].span.start, msg);
                    None
                } else {
                    self.array_length(l)
                };
                let et = self.type_expr(elt);
                match n {
                    Some(n) => self.new_type(Type::Array(Some(n), et)),
                    // As in go/types, an array without a valid length is an invalid type, so
                    // that uses of it report nothing more.
                    None => univ::INVALID,
                }
            }
            E::MapType { key, value } => {
                let k = self.type_expr(key);
                let v = self.type_expr(value);
                // The key's comparability is checked once the types are set up.
                if self.record {
                    self.pending_map_keys.push((self.cur_file, f[key].span.start, k));
                }
                self.new_type(Type::Map(k, v))
            }
            E::ChanType { dir, value, .. } => {
                let v = self.type_expr(value);
                let d = match dir {
                    AstDir::Both => ChanDir::Both,
                    AstDir::Send => ChanDir::Send,
                    AstDir::Recv => ChanDir::Recv,
                };
                self.new_type(Type::Chan(d, v))
            }
            E::FuncType { .. } => {
                self.push_scope();
                let s = self.signature(e, None, Vec::new());
                self.pop_scope();
                s
            }
            E::StructType { fields, .. } => self.struct_type(fields),
            E::InterfaceType { methods, .. } => self.interface_type(methods),
            E::Binary { x, op: mapscope_syntax::Token::Or, y, .. } => {
                let mut terms = Vec::new();
                self.union_terms(x, &mut terms);
                self.union_terms(y, &mut terms);
                self.new_type(Type::Union(terms))
            }
            E::Unary { op: mapscope_syntax::Token::Tilde, x, .. } => {
                let t = self.type_expr(x);
                self.new_type(Type::Union(vec![(true, t)]))
            }
            E::Bad => univ::INVALID,
            _ => {
                self.error(f[e].span.start, format!("{} is not a type", f.expr_string(e)));
                univ::INVALID
            }
        }
    }

    /// go/types' `arrayLength`: the length must be a constant integer, representable as an
    /// `int` and not negative. Each violation is reported and gives no length.
    fn array_length(&mut self, l: ExprId) -> Option<u64> {
        let f = self.file();
        // A lone name may be a type parameter list that lacks its constraint (`type T[P] int`
        // parses as an array type), so a name that is no constant is reported as such.
        if let E::Ident(n) = f[l].kind {
            let name = f.name(n);
            match self.lookup(n) {
                None => {
                    let msg = format!("undefined array length {name} or missing type constraint");
                    self.error(f[l].span.start, msg);
                    return None;
                }
                Some(o) if !matches!(self.obj(o).kind, ObjKind::Const(_)) => {
                    self.error(f[l].span.start, format!("invalid array length {name}"));
                    return None;
                }
                Some(_) => {}
            }
        }
        // The length expression keeps its untyped type, as in go/types.
        let x = self.expr(l, None);
        let Some(v) = &x.val else {
            if x.mode == Mode::Value && x.ty != univ::INVALID {
                let msg = format!("array length {} must be constant", self.operand_text(l, &x));
                self.error(f[l].span.start, msg);
            }
            return None;
        };
        // A constant whose value was lost to an earlier error was reported there.
        if matches!(v, Value::Unknown) {
            return None;
        }
        let integer = self.basic(x.ty).is_some_and(BasicKind::is_integer);
        if integer || self.is_untyped(x.ty) {
            let n = v.as_i128().and_then(|n| i64::try_from(n).ok());
            if let Some(n) = n.and_then(|n| u64::try_from(n).ok()) {
                return Some(n);
            }
        }
        let text = self.operand_text(l, &x);
        let msg = if integer {
            format!("invalid array length {text}")
        } else {
            format!("array length {text} must be integer")
        };
        self.error(f[l].span.start, msg);
        None
    }

    /// go/types' `ident` where a type is wanted: a name that denotes an object other than a type
    /// is reported with the object's kind (`x (constant) is not a type`) and counts as a use.
    /// Returns whether it was such a name.
    pub(super) fn names_no_type(&mut self, e: ExprId, n: mapscope_syntax::ast::Name) -> bool {
        let f = self.file();
        let name = f.name(n);
        if name == "_" {
            return false;
        }
        let Some(o) = self.lookup(n) else { return false };
        if matches!(self.obj(o).kind, ObjKind::TypeName) {
            return false;
        }
        self.record_use(f[e].span.start, o);
        if matches!(self.obj(o).kind, ObjKind::Var { .. }) {
            self.used_vars.insert(o);
        }
        let kind = self.object_kind(o);
        self.error(f[e].span.start, format!("{name} ({kind}) is not a type"));
        true
    }

    /// What kind of object `o` is, in go/types' words (`objectKind`).
    fn object_kind(&mut self, o: ObjId) -> &'static str {
        match self.obj(o).kind {
            ObjKind::Const(_) => "constant",
            ObjKind::TypeName => "defined type",
            ObjKind::Var { field: true, .. } => "struct field",
            ObjKind::Var { .. } => self.var_kind(o),
            ObjKind::Func => {
                let t = self.obj_type(o);
                match self.ty(t) {
                    Type::Signature(sig) if sig.recv.is_some() => "method",
                    _ => "function",
                }
            }
            ObjKind::PkgName(_) => "package name",
            ObjKind::Builtin(_) => "built-in function",
            ObjKind::Nil => "untyped nil",
            ObjKind::Label => "label",
        }
    }

    /// Where variable `o` is declared: at package level, as a parameter, result or receiver of
    /// an enclosing function, or locally.
    fn var_kind(&mut self, o: ObjId) -> &'static str {
        let (name, file, pos) = {
            let ob = self.obj(o);
            (ob.name.clone(), ob.file, ob.pos)
        };
        if self.scope.get(&*name) == Some(&o) {
            return "package-level variable";
        }
        // A body declares its parameters and results anew, where the signature declared them.
        let declares = |c: &Self, fields: &[Field]| {
            fields.iter().filter_map(|p| p.obj).any(|p| {
                let ob = c.obj(p);
                ob.pos == pos && ob.file == file
            })
        };
        let sigs: Vec<TypeId> = self.funcs.iter().map(|c| c.sig).collect();
        for sig in sigs {
            let Type::Signature(sig) = self.ty(sig) else { continue };
            if declares(self, &sig.params) {
                return "parameter";
            }
            if declares(self, &sig.results) {
                return "result variable";
            }
            if sig.recv.is_some() && *sig.recv_name == *name {
                return "receiver";
            }
        }
        "local variable"
    }

    fn union_terms(&mut self, e: ExprId, out: &mut Vec<(bool, TypeId)>) {
        crate::stack::maybe_grow(|| self.union_terms_inner(e, out));
    }

    fn union_terms_inner(&mut self, e: ExprId, out: &mut Vec<(bool, TypeId)>) {
        let f = self.file();
        match f[e].kind {
            E::Binary { x, op: mapscope_syntax::Token::Or, y, .. } => {
                self.union_terms(x, out);
                self.union_terms(y, out);
            }
            E::Unary { op: mapscope_syntax::Token::Tilde, x, .. } => {
                let t = self.type_expr(x);
                out.push((true, t));
            }
            _ => {
                let t = self.type_expr(e);
                out.push((false, t));
            }
        }
    }

    /// go/types' `declareInSet` for a struct's fields: a name declared twice is reported with
    /// the earlier declaration; the blank name declares nothing. `declared` holds the fields
    /// declared so far (structs are small: a scan costs less than hashing).
    /// Declares field `o` among the fields `declared` so far; a redeclared name is reported
    /// and, as in go/types, the field is left out of the struct (so selecting the name finds
    /// the first field, not an ambiguity). Returns whether the field belongs to the struct.
    fn declare_field(&mut self, declared: &mut Vec<ObjId>, o: ObjId) -> bool {
        let name = &self.obj(o).name;
        if name.as_ref() == "_" || name.is_empty() {
            return true;
        }
        match declared.iter().copied().find(|&d| self.obj(d).name == *name) {
            Some(alt) => {
                let msg = format!("{name} redeclared");
                self.error(self.obj(o).pos, msg);
                self.error_alt_decl(alt, "");
                false
            }
            None => {
                declared.push(o);
                true
            }
        }
    }

    fn struct_type(&mut self, fl: FieldListId) -> TypeId {
        let f = self.file();
        let list = &f[fl].list;
        let mut fields = Vec::new();
        // The fields declared so far, by name (go/types' `objset`).
        let mut names: Vec<ObjId> = Vec::new();
        for fld in list {
            let Some(te) = fld.ty else { continue };
            let t = self.type_expr(te);
            // An empty tag is no tag: `struct{ x int "" }` is identical to `struct{ x int }`.
            let tag = fld.tag.and_then(|tg| {
                let text = f.text(f[tg].span);
                let tag = crate::constant::unquote(&text).unwrap_or_default();
                (!tag.is_empty()).then(|| String::from_utf8_lossy(&tag).into())
            });
            if fld.names.is_empty() {
                // Embedded: the field name is the type name.
                // The field is declared by the type's name: `T` of `*pkg.T`.
                let (name, pos) = embedded_name(f, te).unwrap_or((String::new(), f[te].span.start));
                if self.record {
                    let file = self.unit.files[self.cur_file];
                    self.pending_embedded_fields.push((file, f[te].span.start, t));
                }
                let o = self.new_obj(ObjKind::Var { field: true, embedded: true }, &name, t, pos);
                if !self.declare_field(&mut names, o) {
                    continue;
                }
                self.record_def(pos, Some(o));
                fields.push(Field {
                    name: name.into(),
                    ty: t,
                    embedded: true,
                    tag,
                    obj: Some(o),
                    pkg: self.arena_id,
                });
            } else {
                for id in &fld.names {
                    let name = f.name(id.name);
                    let o = self.new_obj(
                        ObjKind::Var { field: true, embedded: false },
                        name,
                        t,
                        id.span.start,
                    );
                    if !self.declare_field(&mut names, o) {
                        continue;
                    }
                    self.record_def(id.span.start, Some(o));
                    fields.push(Field {
                        name: name.into(),
                        ty: t,
                        embedded: false,
                        tag: tag.clone(),
                        obj: Some(o),
                        pkg: self.arena_id,
                    });
                }
            }
        }
        self.new_type(Type::Struct(fields))
    }

    /// go/types' later check of embedded fields, once every type is known: an embedded type
    /// is `T` or `*T` where `T` is neither a pointer (nor unsafe.Pointer), nor a type parameter,
    /// and `*T` does not point to an interface.
    pub(super) fn check_embedded_fields(&mut self) {
        for (file, pos, t) in std::mem::take(&mut self.pending_embedded_fields) {
            let (t, pointer) = match *self.ty(self.unalias(t)) {
                Type::Pointer(base) => (base, true),
                _ => (t, false),
            };
            let u = self.under(t);
            let why = match *self.ty(u) {
                Type::Basic(BasicKind::UnsafePointer, _) if t != univ::INVALID => "unsafe.Pointer",
                Type::Pointer(_) => "a pointer",
                _ if self.is_type_param(t) => "a (pointer to a) type parameter",
                Type::Interface(_) if pointer => "a pointer to an interface",
                _ => continue,
            };
            self.error_at(file, pos, format!("embedded field type cannot be {why}"));
        }
    }

    fn interface_type(&mut self, fl: FieldListId) -> TypeId {
        let f = self.file();
        let list = &f[fl].list;
        let mut it = Interface::default();
        // Each method and embedded element where it is written, for the check of methods that
        // embedded interfaces bring in twice.
        let mut explicit: Vec<(ObjId, u32)> = Vec::new();
        let mut embedded: Vec<(TypeId, u32)> = Vec::new();
        for fld in list {
            let Some(te) = fld.ty else { continue };
            if let Some(id) = fld.names.first() {
                self.push_scope();
                let sig = self.signature(te, None, Vec::new());
                self.pop_scope();
                let name = f.name(id.name);
                let o = self.new_obj(ObjKind::Func, name, sig, id.span.start);
                self.record_def(id.span.start, Some(o));
                // An explicit method declared twice (go/types' `computeInterfaceTypeSet`).
                let alt = it.methods.iter().copied().find(|&m| self.obj(m).name.as_ref() == name);
                if let (Some(alt), false) = (alt, name == "_") {
                    self.error(id.span.start, format!("duplicate method {name}"));
                    self.error_alt_decl(alt, "method ");
                    continue;
                }
                it.methods.push(o);
                explicit.push((o, id.span.start));
            } else {
                let t = self.type_expr(te);
                it.embeddeds.push(t);
                embedded.push((t, f[te].span.start));
            }
        }
        if self.record && !embedded.is_empty() {
            let file = self.unit.files[self.cur_file];
            self.pending_embedded_methods.push(super::EmbeddedMethods { file, explicit, embedded });
        }
        let mut ms = std::mem::take(&mut it.methods);
        self.sort_methods(&mut ms);
        it.methods = ms;
        let t = self.new_type(Type::Interface(Box::new(it)));
        // Set the receiver of the methods to the interface.
        t
    }
}

/// The field name of an embedded field type expression (`T`, `*T`, `pkg.T`, `T[A]`) and the
/// offset of the identifier that spells it.
fn embedded_name(f: &mapscope_syntax::ast::File, mut e: ExprId) -> Option<(String, u32)> {
    loop {
        match &f[e].kind {
            E::Star { x } | E::Paren { x, .. } => e = *x,
            E::Index { x, .. } | E::IndexList { x, .. } => e = *x,
            E::Selector { sel, .. } => return Some((f.name(sel.name).to_string(), sel.span.start)),
            E::Ident(n) => return Some((f.name(*n).to_string(), f[e].span.start)),
            _ => return None,
        }
    }
}
