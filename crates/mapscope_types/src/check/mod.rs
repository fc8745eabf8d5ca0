//! The type checker: package scopes, lazily resolved package-level declarations, and per-expression records.
//!
//! Units are checked in dependency order, one rayon task per unit of a dependency level. A unit
//! creates types and objects only in its own [`Arena`] and reads the finished arenas of the units it
//! imports. Function bodies are checked only for root units; dependencies contribute their API.

mod assign;
mod branches;
mod builtins;
mod call;
mod comparison;
mod constant_checks;
mod conversions;
mod decl;
mod expr;
mod index;
mod infer;
pub mod initorder;
mod instantiate;
mod labels;
mod lhs;
mod literals;
pub(crate) mod lookup;
mod map_element;
mod operand;
mod operators;
mod package;
pub(crate) mod predicates;
mod signature;
mod sizes;
mod stmt;
mod subst;
mod terminating;
pub(crate) mod typeset;
mod typexpr;
mod unify;
pub mod universe;
mod validtype;

use crate::Diagnostic;
use crate::load::{FileId, Loaded, Unit};
use crate::types::{Field, Imported, ObjId, ObjKind, Object, Type, TypeId, TypeView, univ};
use mapscope_syntax::ast::{Decl, DeclId, ExprId, File, Name, Spec};
pub use package::{Importer, MemoryImporter};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;
pub use universe::Universe;

/// The types and objects created by one unit (or the universe).
#[derive(Debug, Default)]
pub struct Arena {
    pub types: Vec<Type>,
    pub objs: Vec<Object>,
}

/// What an expression denotes, as recorded for it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// Not recorded (declaring identifiers, struct literal keys, syntax errors).
    None,
    Value,
    TypeExpr,
    Builtin,
    NoValue,
    PkgName,
}

/// The record of one expression: what it is and its type.
#[derive(Clone, Copy, Debug)]
pub struct Record {
    pub mode: Mode,
    pub ty: TypeId,
    /// The expression is a constant (its operands keep their untyped types, as in go/types).
    pub is_const: bool,
}

/// What a selector `x.sel` selects, as go/types' `Selection` (recorded at the offset of `sel`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Selection {
    /// A struct field; `indirect`: reached through a pointer.
    Field { indirect: bool },
    /// A method value or call `x.m`: the method, whether its receiver is a pointer, and whether a
    /// pointer was followed to reach it.
    Method { obj: ObjId, ptr_recv: bool, indirect: bool },
    /// A method expression `T.m`; `indirect`: `T` is a pointer, or a pointer is followed to
    /// reach the method.
    MethodExpr { obj: ObjId, ptr_recv: bool, indirect: bool },
}

/// What go/types' `Info` holds beyond types, for one file of a root unit, keyed by byte offset:
/// the object each identifier use denotes (`Uses`) and each declaring identifier declares
/// (`Defs`), the implicitly declared objects (`Implicits`), the selections (by the offset of the
/// selected name) with their paths through embedded fields, and constant values (by
/// expression). Later layers (the SSA builder) read them; `mapscope types --objects` prints them
/// for comparison with tools/typesobjects.
#[derive(Clone, Debug, Default)]
pub struct FileInfo {
    pub uses: FxHashMap<u32, ObjId>,
    /// `None`: an identifier that declares nothing (the package clause, a type switch's symbolic
    /// variable), as go/types records a nil object.
    pub defs: FxHashMap<u32, Option<ObjId>>,
    /// Objects declared without an identifier of their own, at the offset of go/types' node: an
    /// import without a name (its spec), a type switch clause's variable (its clause) and an
    /// unnamed parameter or result (its field).
    pub implicits: Vec<(u32, ObjId)>,
    pub selections: FxHashMap<u32, Selection>,
    /// go/types' `Selection.Index()` of each selection: the field indices through embedded
    /// fields, the last one the selected field's or method's.
    pub selection_paths: FxHashMap<u32, Box<[u32]>>,
    pub consts: FxHashMap<u32, crate::constant::Value>,
    /// Operations rejected because their operand is a map element, in source order of checking.
    pub map_element_misuses: Vec<MapElementMisuse>,
}

pub use map_element::{MapElementMisuse, MapElementOp};

const NO_RECORD: Record = Record { mode: Mode::None, ty: univ::INVALID, is_const: false };

/// The result of checking one unit.
#[derive(Debug)]
pub struct UnitResult {
    pub path: String,
    pub name: String,
    pub arena: Arena,
    pub scope: FxHashMap<Box<str>, ObjId>,
    /// Per file of the unit (same order as `Unit::files`): a record per `ExprId` (root units only).
    pub records: Vec<(FileId, Vec<Record>)>,
    /// Per file: records of implicit expressions that have no node (offset, type).
    pub extra: Vec<Vec<(u32, TypeId)>>,
    /// Per file: identifier uses, selections and constant values (root units only).
    pub info: Vec<FileInfo>,
    /// go/types' `Info.InitOrder`: the package-level variable initializers in the order they
    /// run (root units only).
    pub init_order: Vec<initorder::Initializer>,
    pub errors: Vec<Diagnostic>,
}

/// Everything checked: the loaded files, the universe and the unit results.
#[derive(Debug)]
pub struct Program {
    pub loaded: Loaded,
    pub universe: Universe,
    pub units: Vec<UnitResult>,
    /// Wall time of loading (finding, reading, selecting and parsing files) and of checking.
    pub load_time: std::time::Duration,
    pub check_time: std::time::Duration,
}

static INVALID_TYPE: Type = Type::Invalid;

impl TypeView for Program {
    fn ty(&self, id: TypeId) -> &Type {
        // A type of an arena the program does not hold (one a later stage derived for a unit,
        // such as the IR's pointer types) reads as invalid, like an index past an arena's end,
        // rather than panicking.
        let a = if id.arena == 0 {
            Some(&self.universe.arena)
        } else {
            self.units.get(id.arena as usize - 1).map(|u| &u.arena)
        };
        a.and_then(|a| a.types.get(id.idx as usize)).unwrap_or(&INVALID_TYPE)
    }
    fn obj(&self, id: ObjId) -> &Object {
        let a = if id.arena == 0 {
            &self.universe.arena
        } else {
            &self.units[id.arena as usize - 1].arena
        };
        &a.objs[id.idx as usize]
    }
    fn pkg_path(&self, arena: u32) -> &str {
        if arena == 0 { "" } else { &self.units[arena as usize - 1].path }
    }
}

impl Program {
    /// The type string of a type, as go/types' `TypeString(t, nil)`.
    pub fn type_string(&self, t: TypeId) -> String {
        crate::types::type_string(self, t)
    }
}

/// How a package-level object is declared (for lazy resolution).
#[derive(Clone, Debug)]
enum DeclInfo {
    /// `const` spec: file index, decl, spec index, name index, iota, and the spec providing type/values.
    Const {
        file: usize,
        decl: DeclId,
        spec: usize,
        name: usize,
        iota: i128,
        src_spec: usize,
    },
    /// `var` spec: all names of the spec resolve together.
    Var {
        file: usize,
        decl: DeclId,
        spec: usize,
        name: usize,
    },
    Type {
        file: usize,
        decl: DeclId,
        spec: usize,
    },
    Func {
        file: usize,
        decl: DeclId,
    },
}

/// Where a package-level object's lazy resolution (go/types' objDecl) stands.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Resolution {
    Unresolved,
    /// Its declaration is being checked.
    InProgress,
    Done,
}

/// One local scope: names bound in a block (per-file `Name`s).
#[derive(Default)]
struct Scope {
    names: Vec<(Name, ObjId)>,
}

/// Function context for `return` and result types.
#[derive(Clone)]
struct FuncCtx {
    sig: TypeId,
}

pub(crate) struct Checker<'a> {
    loaded: &'a Loaded,
    /// Resolves the unit's import paths to units checked before it.
    importer: &'a dyn Importer,
    universe: &'a Universe,
    done: &'a [OnceLock<UnitResult>],
    unit: &'a Unit,
    arena_id: u32,
    arena: Arena,
    scope: FxHashMap<Box<str>, ObjId>,
    decls: FxHashMap<u32, DeclInfo>,
    /// Resolution state per own object.
    state: Vec<Resolution>,
    /// Per file: import names and dot-imported scopes.
    file_imports: Vec<FxHashMap<Box<str>, ObjId>>,
    file_dot: Vec<Vec<(Imported, ObjId)>>,
    /// Per file: imports whose name another import of the file took first; go/types reports
    /// them unused all the same.
    redeclared_imports: Vec<Vec<ObjId>>,
    /// Per file: cache of name → package/universe object resolution.
    name_cache: Vec<FxHashMap<Name, Option<ObjId>>>,
    /// Methods by receiver base type name.
    methods: FxHashMap<Box<str>, Vec<ObjId>>,
    /// The file being checked: its index in `unit.files`.
    cur_file: usize,
    scopes: Vec<Scope>,
    records: Vec<Vec<Record>>,
    info: Vec<FileInfo>,
    /// Whether records and errors are kept (root units only).
    record: bool,
    /// go/types' `errpos`: while the value of an implicitly repeated constant spec is re-checked
    /// (without records), its errors are reported at the constant's name, the one position
    /// the repetition has.
    inherited_error_pos: Option<u32>,
    errors: Vec<Diagnostic>,
    funcs: Vec<FuncCtx>,
    iota: Option<i128>,
    /// go/types' `hasCallOrRecv`: whether the expression being checked called a function or
    /// received from a channel, which keeps `len` and `cap` of an array from being constant.
    has_call_or_recv: bool,
    /// Underlying types of instances created in other arenas, computed here.
    instance_underlying: FxHashMap<TypeId, TypeId>,
    /// Instances created here: (origin, args) → instance.
    instances: FxHashMap<(TypeId, Vec<TypeId>), TypeId>,
    /// Caches for interface type sets of types outside this arena.
    type_set_cache: FxHashMap<TypeId, crate::types::TypeSet>,
    /// Substitution cache for method signatures of instances.
    method_sig_cache: FxHashMap<(ObjId, TypeId), TypeId>,
    /// Blank (`_`) package-level vars and consts, checked but not in scope.
    blank: Vec<ObjId>,
    /// Explicit type arguments of a partially instantiated generic function, by index expression.
    partial_targs: FxHashMap<ExprId, Vec<TypeId>>,
    /// Instantiations whose type arguments are checked against their constraints at the end.
    pending_verify: Vec<instantiate::PendingVerify>,
    /// Untyped left operands of non-constant shifts (file, expression): their final type must be
    /// an integer type.
    shift_lhs: rustc_hash::FxHashSet<(usize, ExprId)>,
    /// Type arguments (file, offset, type) that must not be constraint interfaces.
    pending_var_types: Vec<(usize, u32, TypeId)>,
    /// Map key types written in this unit (file, offset of the key, type), checked for
    /// comparability at the end as go/types' `later` does.
    pending_map_keys: Vec<(usize, u32, TypeId)>,
    /// Defined types declared over a type whose declaration was in progress, with their
    /// right-hand side ([`Checker::resolve_pending_underlying`]).
    pending_underlying: Vec<(TypeId, TypeId)>,
    /// Range variables, declared after the range expression is checked.
    declare_later: Vec<(Name, ObjId)>,
    /// Parameters of the signature being built, declared once it is complete.
    pending_params: Vec<(Name, ObjId)>,
    /// Interfaces with embedded elements, whose methods are compared once every type is known.
    pending_embedded_methods: Vec<EmbeddedMethods>,
    /// Embedded struct field types as written (file, offset), checked once every type is known.
    pending_embedded_fields: Vec<(crate::load::FileId, u32, TypeId)>,
    /// Set while a function body declares its signature's names again, to where they start in
    /// the scope: a name declared twice among them was reported when the signature was resolved.
    redeclared_signature_from: Option<usize>,
    /// Per file: records of implicit expressions, as (offset, type).
    extra: Vec<Vec<(u32, TypeId)>>,
    /// Local variables that must be used, those that were, and unused ones found (offset, name).
    local_vars: Vec<ObjId>,
    used_vars: rustc_hash::FxHashSet<ObjId>,
    unused: Vec<(u32, String)>,
    unused_switch: Vec<(u32, String)>,
    /// Evaluating the left-hand side of `=`: a variable there is not used.
    lhs_mode: bool,
    /// Imports (package names) referred to at least once.
    used_pkgs: rustc_hash::FxHashSet<ObjId>,
    /// Per arena, how messages qualify its package's names ([`MessageView`]); built on the
    /// first message.
    qualifiers: std::cell::OnceCell<Vec<String>>,
}

impl TypeView for Checker<'_> {
    fn ty(&self, id: TypeId) -> &Type {
        let a = self.arena_of(id.arena);
        a.types.get(id.idx as usize).unwrap_or(&INVALID_TYPE)
    }
    fn obj(&self, id: ObjId) -> &Object {
        &self.arena_of(id.arena).objs[id.idx as usize]
    }
    fn pkg_path(&self, arena: u32) -> &str {
        if arena == 0 {
            ""
        } else if arena == self.arena_id {
            &self.unit.path
        } else {
            self.done[arena as usize - 1].get().map_or("", |u| u.path.as_str())
        }
    }
}

/// The checker derives underlying types of instances, type sets and method signatures on demand.
impl crate::query::TypeContext for Checker<'_> {
    fn instance_underlying(&mut self, t: TypeId) -> TypeId {
        self.instance_under(t)
    }
    fn type_set_memo(&mut self) -> &mut FxHashMap<TypeId, crate::types::TypeSet> {
        &mut self.type_set_cache
    }
    fn object_type(&mut self, o: ObjId) -> TypeId {
        self.obj_type(o)
    }
    fn method_signature(&mut self, m: ObjId, recv: TypeId) -> TypeId {
        self.method_sig(m, recv)
    }
}

/// The name a unit's package clause gives it (its first file's).
fn package_name(loaded: &Loaded, unit: &Unit) -> String {
    unit.files
        .first()
        .map(|f| loaded.files[f.0 as usize].ast.name_str().to_string())
        .unwrap_or_default()
}

/// The checker as go/types' messages see types: through `Checker.qualifier`, which leaves the
/// package being checked unqualified and names another package by its name, or by its quoted
/// path when two packages reachable from this one share that name.
pub(crate) struct MessageView<'c, 'a>(&'c Checker<'a>);

impl TypeView for MessageView<'_, '_> {
    fn ty(&self, id: TypeId) -> &Type {
        self.0.ty(id)
    }
    fn obj(&self, id: ObjId) -> &Object {
        self.0.obj(id)
    }
    fn pkg_path(&self, arena: u32) -> &str {
        self.0.qualifiers().get(arena as usize).map_or("", String::as_str)
    }
}

impl<'a> Checker<'a> {
    /// go/types' `markImports` then `qualifier`, per arena.
    fn qualifiers(&self) -> &[String] {
        self.qualifiers.get_or_init(|| {
            let units = &self.loaded.units;
            let name_of = |u: usize| -> String {
                if u + 1 == self.arena_id as usize {
                    package_name(self.loaded, self.unit)
                } else {
                    self.done
                        .get(u)
                        .and_then(OnceLock::get)
                        .map(|r| r.name.clone())
                        .unwrap_or_default()
                }
            };
            // Every package reachable through imports, this one included, by name.
            let mut paths_by_name: FxHashMap<String, rustc_hash::FxHashSet<&str>> =
                FxHashMap::default();
            let mut seen = vec![false; units.len()];
            let mut stack = vec![self.arena_id as usize - 1];
            while let Some(u) = stack.pop() {
                if std::mem::replace(&mut seen[u], true) {
                    continue;
                }
                paths_by_name.entry(name_of(u)).or_default().insert(units[u].path.as_str());
                stack.extend(units[u].imports.values().flatten().map(|id| id.0 as usize));
            }
            let mut q = vec![String::new(); units.len() + 1];
            for (u, unit) in units.iter().enumerate() {
                if u + 1 == self.arena_id as usize {
                    continue;
                }
                let name = name_of(u);
                q[u + 1] = if paths_by_name.get(&name).is_some_and(|p| p.len() > 1) {
                    format!("{:?}", unit.path)
                } else {
                    name
                };
            }
            q
        })
    }
}

impl<'a> Checker<'a> {
    fn arena_of(&self, arena: u32) -> &Arena {
        if arena == 0 {
            &self.universe.arena
        } else if arena == self.arena_id {
            &self.arena
        } else {
            match self.done.get(arena as usize - 1).and_then(OnceLock::get) {
                Some(u) => &u.arena,
                None => &self.universe.arena,
            }
        }
    }

    fn file(&self) -> &'a File {
        &self.loaded.files[self.unit.files[self.cur_file].0 as usize].ast
    }

    /// The Go language version (its minor number) of the file being checked: the module's,
    /// unless the file's `//go:build` line names a Go version, which go/types takes as the
    /// file's, but not below go1.21 (the first release that built files with such lines).
    /// Packages checked from memory have no module (0) and take the newest language.
    pub(crate) fn lang_minor(&self) -> u32 {
        let module = self.unit.go_minor;
        let Some(file) = self.unit.files.get(self.cur_file) else { return module };
        let version = &self.loaded.files[file.0 as usize].ast.go_version;
        match crate::load::gomod::go_minor(version) {
            0 => module,
            minor => minor.max(21),
        }
    }

    pub(crate) fn new_type(&mut self, t: Type) -> TypeId {
        self.arena.types.push(t);
        TypeId { arena: self.arena_id, idx: self.arena.types.len() as u32 - 1 }
    }

    pub(crate) fn new_obj(&mut self, kind: ObjKind, name: &str, ty: TypeId, pos: u32) -> ObjId {
        let file = self.unit.files.get(self.cur_file).copied();
        self.arena.objs.push(Object { kind, name: name.into(), pkg: self.arena_id, ty, file, pos });
        self.state.push(Resolution::Done);
        ObjId { arena: self.arena_id, idx: self.arena.objs.len() as u32 - 1 }
    }

    fn error(&mut self, mut offset: u32, msg: impl Into<String>) {
        if !self.record {
            match self.inherited_error_pos {
                Some(at) if self.unit.root => offset = at,
                _ => return,
            }
        }
        let msg = msg.into();
        // go/types' "cheap trick": once an error is reported, a message that mentions an
        // invalid operand or type past its start is a follow-on error and is dropped.
        let follow_on = |word: &str| msg.find(word).is_some_and(|i| i > 0);
        if !self.errors.is_empty() && (follow_on("invalid operand") || follow_on("invalid type")) {
            return;
        }
        // Further lines (a wrong method's `have`/`want`) served only the test above: go/types
        // prints them under the error, and reports compare its first line.
        let first_line = msg.split('\n').next().unwrap_or_default().to_string();
        let f = &self.loaded.files[self.unit.files[self.cur_file].0 as usize];
        self.errors.push(f.diagnostic(offset, first_line));
    }

    /// An error at `offset` of file `file` (which may be another file of the package).
    fn error_at(&mut self, file: crate::load::FileId, offset: u32, msg: String) {
        if self.record {
            self.errors.push(self.loaded.files[file.0 as usize].diagnostic(offset, msg));
        }
    }

    /// Where object `o` is declared, as go/types prints a position in a message (`file:line:col`).
    fn obj_position(&self, o: ObjId) -> Option<String> {
        let ob = self.obj(o);
        Some(self.offset_position(ob.file?, ob.pos))
    }

    /// Offset `offset` of file `file` as go/types prints a position in a message.
    fn offset_position(&self, file: crate::load::FileId, offset: u32) -> String {
        let d = self.loaded.files[file.0 as usize].diagnostic(offset, String::new());
        format!("{}:{}:{}", d.path, d.line, d.col)
    }

    /// go/types' `addAltDecl`: the further part of a redeclaration error, at the declaration it
    /// clashes with. go/types reports each further part of an error as an error of its own whose
    /// message starts with a tab.
    fn error_alt_decl(&mut self, alt: ObjId, what: &str) {
        let ob = self.obj(alt);
        if let Some(file) = ob.file {
            let (pos, name) = (ob.pos, ob.name.clone());
            self.error_at(file, pos, format!("\tother declaration of {what}{name}"));
        }
    }

    /// go/types' check of a type's methods (`collectMethods`): a method name declared twice for
    /// one receiver base type is reported at the later declaration.
    fn check_duplicate_methods(&mut self) {
        // A receiver base named through an alias is the aliased type: its methods are one list,
        // in source order, under the defined type's name.
        let mut names: Vec<Box<str>> = self.methods.keys().cloned().collect();
        names.sort();
        let mut bases: Vec<(TypeId, Box<str>, Vec<ObjId>)> = Vec::new();
        for name in names {
            let Some(&tn) = self.scope.get(&name) else { continue };
            if !matches!(self.obj(tn).kind, ObjKind::TypeName) {
                continue;
            }
            let t = self.unalias(self.obj(tn).ty);
            // Methods on another package's type are reported elsewhere.
            let Type::Named(n) = self.ty(t) else { continue };
            if n.obj.arena != self.arena_id {
                continue;
            }
            let base = self.obj(n.obj).name.clone();
            let ms = self.methods.get(&name).cloned().unwrap_or_default();
            match bases.iter_mut().find(|b| b.0 == t) {
                Some(b) => b.2.extend(ms),
                None => bases.push((t, base, ms)),
            }
        }
        for (t, base, mut ms) in bases {
            ms.sort();
            let mut seen: FxHashMap<Box<str>, ObjId> = FxHashMap::default();
            for m in ms {
                let name = self.obj(m).name.clone();
                if name.as_ref() == "_" {
                    continue;
                }
                match seen.get(&name) {
                    Some(&alt) => {
                        let at = self.obj_position(alt);
                        let msg = match at {
                            Some(at) => format!("method {base}.{name} already declared at {at}"),
                            None => format!("method {base}.{name} already declared"),
                        };
                        let ob = self.obj(m);
                        if let Some(file) = ob.file {
                            let pos = ob.pos;
                            self.error_at(file, pos, msg);
                        }
                    }
                    None => {
                        seen.insert(name, m);
                    }
                }
            }
            // go/types' checkFieldUniqueness: a struct's field and its method may not share
            // a name; reported at the method, with the field as the other declaration.
            let u = self.under(t);
            if let Type::Struct(fields) = self.ty(u).clone() {
                for field in fields.iter().filter(|fl| fl.name.as_ref() != "_") {
                    let (Some(&m), Some(field_obj)) = (seen.get(&field.name), field.obj) else {
                        continue;
                    };
                    // An unexported name is qualified by its package: a field of a struct
                    // declared in another package (`type Client base.Client[T]`) and a method
                    // of this one that share one spelling are different names.
                    let exported = field.name.starts_with(char::is_uppercase);
                    if !exported && field.pkg != self.obj(m).pkg {
                        continue;
                    }
                    let msg = format!("field and method with the same name {}", field.name);
                    self.error_at_object(m, msg);
                    self.error_alt_decl(field_obj, "");
                }
            }
        }
    }

    fn record_expr(&mut self, e: ExprId, mode: Mode, ty: TypeId) {
        if self.record {
            if let Some(r) = self.records[self.cur_file].get_mut(e.index()) {
                *r = Record { mode, ty, is_const: false };
            }
        }
    }

    /// The recorded type of an expression checked earlier in this file (`None` when not recorded).
    fn recorded_type(&self, e: ExprId) -> Option<TypeId> {
        self.records
            .get(self.cur_file)?
            .get(e.index())
            .filter(|r| r.mode != Mode::None)
            .map(|r| r.ty)
    }

    /// go/types' `Uses`: the identifier at `offset` denotes `o`.
    pub(super) fn record_use(&mut self, offset: u32, o: ObjId) {
        if self.record {
            self.info[self.cur_file].uses.insert(offset, o);
        }
    }

    /// go/types' `Defs`: the identifier at `offset` declares `o` (`None`: nothing).
    pub(super) fn record_def(&mut self, offset: u32, o: Option<ObjId>) {
        if self.record {
            self.info[self.cur_file].defs.insert(offset, o);
        }
    }

    /// go/types' `Implicits`: `o` is declared by the node at `offset`, without an identifier.
    pub(super) fn record_implicit_obj(&mut self, offset: u32, o: ObjId) {
        if self.record {
            self.info[self.cur_file].implicits.push((offset, o));
        }
    }

    /// go/types' `Selections`, at the offset of the selected name, and `Uses` of that name.
    fn record_selection(&mut self, offset: u32, s: Selection, path: Vec<u32>, obj: Option<ObjId>) {
        if self.record {
            let info = &mut self.info[self.cur_file];
            info.selections.insert(offset, s);
            info.selection_paths.insert(offset, path.into_boxed_slice());
            if let Some(o) = obj {
                info.uses.insert(offset, o);
            }
        }
    }

    fn record_const_value(&mut self, e: ExprId, v: &crate::constant::Value) {
        if self.record {
            self.info[self.cur_file].consts.insert(e.0, v.clone());
        }
    }

    fn record_const(&mut self, e: ExprId, ty: TypeId) {
        if self.record {
            if let Some(r) = self.records[self.cur_file].get_mut(e.index()) {
                *r = Record { mode: Mode::Value, ty, is_const: true };
            }
        }
    }

    /// A record without an expression node of its own: go/types' implicit `1` of `x++` (at `x`).
    fn record_implicit(&mut self, offset: u32, ty: TypeId) {
        if self.record {
            self.extra[self.cur_file].push((offset, ty));
        }
    }

    /// Where object `o` is declared, as go/types prints a position in messages (`path:line:col`).
    fn declared_at(&self, o: ObjId) -> String {
        let obj = self.obj(o);
        match obj.file {
            Some(file) => {
                let (path, line, col) = self.loaded.files[file.0 as usize].position(obj.pos);
                format!("{path}:{line}:{col}")
            }
            None => "-".to_string(),
        }
    }

    /// The type of an object, resolving its declaration first if needed.
    pub(crate) fn obj_type(&mut self, o: ObjId) -> TypeId {
        if o.arena == self.arena_id && self.state[o.idx as usize] == Resolution::Unresolved {
            self.resolve(o);
        }
        self.obj(o).ty
    }

    fn set_obj_type(&mut self, o: ObjId, t: TypeId) {
        if o.arena == self.arena_id {
            self.arena.objs[o.idx as usize].ty = t;
        }
    }

    // ---- scopes ----

    fn push_scope(&mut self) {
        self.scopes.push(Scope::default());
    }

    fn pop_scope(&mut self) {
        self.scopes.pop();
    }

    /// Declares `o` in the innermost scope, recording the declaring identifier (at the
    /// object's position) in `Defs`.
    fn declare(&mut self, name: Name, o: ObjId) {
        self.record_def(self.obj(o).pos, Some(o));
        self.bind(name, o);
    }

    /// Binds `name` to `o` in the innermost scope, without a declaring identifier of its own (a
    /// type switch clause's variable).
    fn bind(&mut self, name: Name, o: ObjId) {
        if self.file().name(name) == "_" {
            return;
        }
        let dup = self
            .scopes
            .last()
            .and_then(|s| s.names.iter().position(|(n, _)| *n == name).map(|i| (i, s.names[i].1)));
        if let Some((i, alt)) = dup {
            if self.redeclared_signature_from.is_none_or(|from| i < from) {
                let text = self.file().name(name).to_string();
                self.error(self.obj(o).pos, format!("{text} redeclared in this block"));
                self.error_alt_decl(alt, "");
            }
            // As go/types, the second declaration is not inserted: the name keeps denoting the
            // first, and the second is never reported unused.
            self.used_vars.insert(o);
            return;
        }
        if let Some(s) = self.scopes.last_mut() {
            s.names.push((name, o));
        }
    }

    /// Declares a package-level object; a second declaration of a name is an error.
    fn declare_pkg(&mut self, name: &str, o: ObjId) {
        if let Some(&alt) = self.scope.get(name) {
            self.error(self.obj(o).pos, format!("{name} redeclared in this block"));
            self.error_alt_decl(alt, "");
            return;
        }
        self.scope.insert(name.into(), o);
    }

    /// go/types' `declarePkgObj` for a constant, variable or type: `init`, and `main` in
    /// package main, may only be functions; such an object is reported and not declared (nor
    /// checked).
    fn declare_pkg_non_func(&mut self, name: &str, o: ObjId) {
        if name == "init" || name == "main" && self.is_main_package() {
            self.error(self.obj(o).pos, format!("cannot declare {name} - must be func"));
            return;
        }
        self.declare_pkg(name, o);
    }

    fn is_main_package(&self) -> bool {
        package_name(self.loaded, self.unit) == "main"
    }

    /// go/types' resolver on `func init` and `func main` (in package main): no type
    /// parameters, parameters or results, and init needs a body.
    fn check_init_or_main_func(&mut self, fd: &mapscope_syntax::ast::FuncDecl) {
        use mapscope_syntax::ast::ExprKind as E;
        let f = self.file();
        let name = f.name(fd.name.name);
        if name != "init" && !(name == "main" && self.is_main_package()) {
            return;
        }
        if let E::FuncType { type_params, params, results, .. } = f[fd.ty].kind {
            if let Some(first) = type_params.and_then(|tp| f[tp].list.first()) {
                let msg = format!("func {name} must have no type parameters");
                self.error(first.span.start, msg);
            }
            if !f[params].list.is_empty() || results.is_some() {
                let msg = format!("func {name} must have no arguments and no return values");
                self.error(fd.name.span.start, msg);
            }
        }
        if name == "init" && fd.body.is_none() {
            self.error(fd.name.span.start, "func init must have a body");
        }
    }

    /// Looks a name up: local scopes, then the package scope, file imports, dot imports, the universe.
    fn lookup(&mut self, name: Name) -> Option<ObjId> {
        for s in self.scopes.iter().rev() {
            if let Some(&(_, o)) = s.names.iter().rev().find(|(n, _)| *n == name) {
                return Some(o);
            }
        }
        if let Some(&r) = self.name_cache[self.cur_file].get(&name) {
            return r;
        }
        let text = self.file().name(name);
        // The file scope (imports, and what dot-imports bring in) is inside the package scope.
        let dotted = self.file_dot[self.cur_file].iter().find_map(|&(imported, pkg_name)| {
            let o = match imported {
                Imported::Arena(a) => self.done[a as usize - 1].get()?.scope.get(text).copied()?,
                Imported::Unsafe => self.universe.unsafe_scope.get(text).copied()?,
                Imported::Missing => return None,
            };
            crate::types::is_exported(&self.obj(o).name).then_some((o, pkg_name))
        });
        if let Some((_, pkg_name)) = dotted {
            self.used_pkgs.insert(pkg_name);
        }
        let r = self.file_imports[self.cur_file]
            .get(text)
            .copied()
            .or(dotted.map(|(o, _)| o))
            .or_else(|| self.scope.get(text).copied())
            .or_else(|| self.universe.scope.get(text).copied());
        self.name_cache[self.cur_file].insert(name, r);
        r
    }

    // ---- collecting package-level declarations ----

    fn collect(&mut self) {
        for fi in 0..self.unit.files.len() {
            self.cur_file = fi;
            let f = self.file();
            for &imp in &f.imports {
                let Some(spec) = f.import(imp) else { continue };
                let Some(path) = crate::load::file_imports_one(f, spec) else { continue };
                if let Some(why) = invalid_import_path(&path) {
                    // go/types declares nothing for it, so it is not reported as unused either.
                    self.error(f[spec.path].span.start, format!("invalid import path ({why})"));
                    continue;
                }
                let target = self.importer.import(&path);
                let (imported, pkg_name) = match (path.as_str(), target) {
                    ("unsafe", _) => (Imported::Unsafe, "unsafe".to_string()),
                    (_, Some(t)) => {
                        let a = t.0 + 1;
                        let n = self.done[t.0 as usize]
                            .get()
                            .map(|u| u.name.clone())
                            .unwrap_or_default();
                        (Imported::Arena(a), n)
                    }
                    ("C", None) => (Imported::Missing, "C".to_string()),
                    (_, None) => {
                        (Imported::Missing, path.rsplit('/').next().unwrap_or("").to_string())
                    }
                };
                let local = spec.name.map(|n| f.name(n.name).to_string());
                // Every import declares a package name, even `_` and `.` ones, which no scope holds.
                let pos = spec.name.map_or(f[spec.path].span.start, |n| n.span.start);
                let name = local.clone().unwrap_or(pkg_name);
                if name == "init" {
                    self.error(pos, "cannot import package as init - init must be a func");
                    continue;
                }
                let o = self.new_obj(ObjKind::PkgName(imported), &name, univ::INVALID, pos);
                match spec.name {
                    Some(n) => self.record_def(n.span.start, Some(o)),
                    None => self.record_implicit_obj(pos, o),
                }
                match local.as_deref() {
                    Some("_") => {}
                    Some(".") => {
                        if imported != Imported::Missing {
                            self.file_dot[fi].push((imported, o));
                        }
                    }
                    _ => match self.file_imports[fi].get(name.as_str()) {
                        Some(&alt) => {
                            self.error(pos, format!("{name} redeclared in this block"));
                            self.error_alt_decl(alt, "");
                            self.redeclared_imports[fi].push(o);
                        }
                        None => {
                            self.file_imports[fi].insert(name.into(), o);
                        }
                    },
                }
            }
            // The package clause declares no object.
            self.record_def(f.name.span.start, None);
            for &d in &f.decls {
                match &f[d] {
                    Decl::Bad { .. } => {}
                    Decl::Func(fd) => {
                        let name = f.name(fd.name.name);
                        let o =
                            self.new_obj(ObjKind::Func, name, univ::INVALID, fd.name.span.start);
                        self.record_def(fd.name.span.start, Some(o));
                        self.state[o.idx as usize] = Resolution::Unresolved;
                        self.decls.insert(o.idx, DeclInfo::Func { file: fi, decl: d });
                        // `func () f()` is reported (see func_decl_sig) and declared as a function.
                        let recv = fd.recv.filter(|&r| !f[r].list.is_empty());
                        if recv.is_none() {
                            self.check_init_or_main_func(fd);
                        }
                        if let Some(recv) = recv {
                            let base = f[recv]
                                .list
                                .first()
                                .and_then(|fl| fl.ty)
                                .and_then(|t| recv_base_name(f, t));
                            if let Some(b) = base {
                                self.methods.entry(b.into()).or_default().push(o);
                            }
                        } else if name != "init" && name != "_" {
                            self.declare_pkg(name, o);
                        }
                    }
                    Decl::Gen(g) => {
                        // The last const spec that gives a type or values (go/types' `last`).
                        let mut last_value_spec: Option<usize> = None;
                        for (si, spec) in g.specs.iter().enumerate() {
                            match spec {
                                Spec::Import(_) => {}
                                Spec::Type(ts) => {
                                    let name = f.name(ts.name.name);
                                    let o = self.new_obj(
                                        ObjKind::TypeName,
                                        name,
                                        univ::INVALID,
                                        ts.name.span.start,
                                    );
                                    self.record_def(ts.name.span.start, Some(o));
                                    self.state[o.idx as usize] = Resolution::Unresolved;
                                    self.decls.insert(
                                        o.idx,
                                        DeclInfo::Type { file: fi, decl: d, spec: si },
                                    );
                                    if name != "_" {
                                        self.declare_pkg_non_func(name, o);
                                    } else {
                                        // A blank type declaration is still checked.
                                        self.blank.push(o);
                                    }
                                }
                                Spec::Value(vs) => {
                                    let is_const = g.tok == mapscope_syntax::Token::Const;
                                    if !is_const || vs.ty.is_some() || !vs.values.is_empty() {
                                        last_value_spec = Some(si);
                                    }
                                    let init = match last_value_spec.map(|l| &g.specs[l]) {
                                        _ if !is_const => None,
                                        Some(Spec::Value(last)) => Some((
                                            &last.values[..],
                                            last.names.first().map_or(0, |n| n.span.start),
                                        )),
                                        _ => Some((&[][..], 0)),
                                    };
                                    self.arity_match(vs, init);
                                    for (ni, id) in vs.names.iter().enumerate() {
                                        let name = f.name(id.name);
                                        let kind = if is_const {
                                            ObjKind::Const(crate::constant::Value::Unknown)
                                        } else {
                                            ObjKind::Var { field: false, embedded: false }
                                        };
                                        let o =
                                            self.new_obj(kind, name, univ::INVALID, id.span.start);
                                        self.record_def(id.span.start, Some(o));
                                        self.state[o.idx as usize] = Resolution::Unresolved;
                                        let info = if is_const {
                                            DeclInfo::Const {
                                                file: fi,
                                                decl: d,
                                                spec: si,
                                                name: ni,
                                                iota: si as i128,
                                                src_spec: last_value_spec.unwrap_or(si),
                                            }
                                        } else {
                                            DeclInfo::Var { file: fi, decl: d, spec: si, name: ni }
                                        };
                                        self.decls.insert(o.idx, info);
                                        if name != "_" {
                                            self.declare_pkg_non_func(name, o);
                                        } else {
                                            // Blank package-level objects are still checked.
                                            self.blank.push(o);
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        self.key_methods_by_base_type();
        self.check_file_scope_conflicts();
    }

    /// go/types' check that the package and file scopes declare different names: a
    /// package-level object named like an import, or like an object a dot-import brings in, is
    /// reported at the package-level object.
    fn check_file_scope_conflicts(&mut self) {
        for fi in 0..self.unit.files.len() {
            self.cur_file = fi;
            let mut imports: Vec<(Box<str>, ObjId)> =
                self.file_imports[fi].iter().map(|(n, &o)| (n.clone(), o)).collect();
            imports.sort_by_key(|&(_, o)| o);
            for (name, o) in imports {
                let Some(&alt) = self.scope.get(&name) else { continue };
                let Some(package) = self.package_description(o) else { continue };
                self.error_at_object(
                    alt,
                    format!("{name} already declared through import of {package}"),
                );
                self.error_alt_decl(o, "");
            }
            for (imported, o) in self.file_dot[fi].clone() {
                let Some(package) = self.package_description(o) else { continue };
                let Imported::Arena(a) = imported else { continue };
                let Some(unit) = self.done[a as usize - 1].get() else { continue };
                let mut names: Vec<&str> = unit
                    .scope
                    .keys()
                    .map(|n| &**n)
                    .filter(|n| crate::types::is_exported(n))
                    .collect();
                names.sort_unstable();
                let clashes: Vec<(String, ObjId)> = names
                    .into_iter()
                    .filter_map(|n| self.scope.get(n).map(|&alt| (n.to_string(), alt)))
                    .collect();
                for (name, alt) in clashes {
                    let msg = format!("{name} already declared through dot-import of {package}");
                    self.error_at_object(alt, msg);
                }
            }
        }
    }

    /// An imported package as go/types' `Package.String` prints it: `package fmt ("fmt")`.
    fn package_description(&self, pkg_name: ObjId) -> Option<String> {
        let ObjKind::PkgName(Imported::Arena(a)) = self.obj(pkg_name).kind else { return None };
        let unit = self.done[a as usize - 1].get()?;
        Some(format!("package {} ({:?})", unit.name, unit.path))
    }

    /// An error at the declaration of object `o` (in whichever file of the package declares it).
    fn error_at_object(&mut self, o: ObjId, msg: String) {
        let ob = self.obj(o);
        if let Some(file) = ob.file {
            let pos = ob.pos;
            self.error_at(file, pos, msg);
        }
    }

    /// go/types' `resolveBaseTypeName`: a method declared on an alias (`type A = T; func (A)
    /// M()`) belongs to the defined type the alias names, found by following alias
    /// declarations as written (through one `*` at most), so that `T`'s declaration collects it
    /// with its own methods. A receiver that leads nowhere keeps its name.
    fn key_methods_by_base_type(&mut self) {
        let mut names: Vec<Box<str>> = self.methods.keys().cloned().collect();
        names.sort();
        for name in names {
            let Some(base) = self.alias_base_name(&name) else { continue };
            if base == name {
                continue;
            }
            let Some(ms) = self.methods.remove(&name) else { continue };
            let list = self.methods.entry(base).or_default();
            list.extend(ms);
            list.sort();
        }
    }

    /// The defined type a package-level type name stands for, following aliases as written.
    fn alias_base_name(&self, name: &str) -> Option<Box<str>> {
        use mapscope_syntax::ast::ExprKind as E;
        let mut name: Box<str> = name.into();
        let mut pointer = false;
        let mut seen: Vec<ObjId> = Vec::new();
        loop {
            let &o = self.scope.get(&name)?;
            if seen.contains(&o) || o.arena != self.arena_id {
                return None;
            }
            seen.push(o);
            let DeclInfo::Type { file, decl, spec } = *self.decls.get(&o.idx)? else { return None };
            let f = &self.loaded.files[self.unit.files[file].0 as usize].ast;
            let Decl::Gen(g) = &f[decl] else { return None };
            let Some(Spec::Type(ts)) = g.specs.get(spec) else { return None };
            if ts.assign.is_none() {
                return Some(name);
            }
            let mut t = unparen_expr(f, ts.ty);
            if let E::Star { x } = f[t].kind {
                if pointer {
                    return None;
                }
                pointer = true;
                t = unparen_expr(f, x);
            }
            let E::Ident(n) = f[t].kind else { return None };
            name = f.name(n).into();
        }
    }

    /// Resolves a package-level object's declaration.
    fn resolve(&mut self, o: ObjId) {
        let Some(info) = self.decls.get(&o.idx).cloned() else {
            self.state[o.idx as usize] = Resolution::Done;
            return;
        };
        self.state[o.idx as usize] = Resolution::InProgress;
        let saved_scopes = std::mem::take(&mut self.scopes);
        let saved_cur = self.cur_file;
        let saved_funcs = std::mem::take(&mut self.funcs);
        let saved_iota = self.iota.take();
        // Another declaration is checked in its own right, even when reached from an expression
        // that is re-checked without recording (an implicitly repeated constant spec).
        let saved_record = std::mem::replace(&mut self.record, self.unit.root);
        let saved_error_pos = self.inherited_error_pos.take();
        match info {
            DeclInfo::Type { file, decl, spec } => {
                self.cur_file = file;
                self.type_decl(o, decl, spec);
            }
            DeclInfo::Const { file, decl, spec, name, iota, src_spec } => {
                self.cur_file = file;
                self.const_decl(o, decl, spec, name, iota, src_spec);
            }
            DeclInfo::Var { file, decl, spec, name } => {
                self.cur_file = file;
                self.var_decl_pkg(o, decl, spec, name);
            }
            DeclInfo::Func { file, decl } => {
                self.cur_file = file;
                self.func_decl_sig(o, decl);
            }
        }
        self.scopes = saved_scopes;
        self.cur_file = saved_cur;
        self.funcs = saved_funcs;
        self.iota = saved_iota;
        self.record = saved_record;
        self.inherited_error_pos = saved_error_pos;
        self.state[o.idx as usize] = Resolution::Done;
    }
}

impl Checker<'_> {
    /// `"fmt" imported and not used`, per file, as go/types reports it.
    fn report_unused_imports(&mut self) {
        for fi in 0..self.unit.files.len() {
            self.cur_file = fi;
            let mut unused: Vec<(u32, String)> = Vec::new();
            let f = self.file();
            for &imp in &f.imports {
                let Some(spec) = f.import(imp) else { continue };
                let Some(path) = crate::load::file_imports_one(f, spec) else { continue };
                let local = spec.name.map(|n| f.name(n.name).to_string());
                if path == "C" || local.as_deref() == Some("_") {
                    continue;
                }
                let pos = spec.name.map_or(f[spec.path].span.start, |n| n.span.start);
                let obj = if local.as_deref() == Some(".") {
                    self.file_dot[fi].iter().map(|&(_, o)| o).find(|&o| self.obj(o).pos == pos)
                } else {
                    let imports =
                        self.file_imports[fi].values().chain(&self.redeclared_imports[fi]);
                    imports.copied().find(|&o| self.obj(o).pos == pos)
                };
                // An import that could not be resolved counts as used (go/types' fake packages).
                let missing = |c: &Self, o: ObjId| {
                    matches!(c.obj(o).kind, ObjKind::PkgName(Imported::Missing))
                };
                if let Some(o) = obj.filter(|&o| !missing(self, o)) {
                    if !self.used_pkgs.contains(&o) {
                        // go/types names the import when its name is not the path's last
                        // element, whether written or the package's own.
                        let name = local.unwrap_or_else(|| self.pkg_name_of(o));
                        let elem = path.rsplit('/').next().unwrap_or(&path);
                        let msg = if name == "." || name == elem {
                            format!("{path:?} imported and not used")
                        } else {
                            format!("{path:?} imported as {name} and not used")
                        };
                        unused.push((pos, msg));
                    }
                }
            }
            for (pos, msg) in unused {
                self.error(pos, msg);
            }
        }
    }

    fn pkg_name_of(&self, o: ObjId) -> String {
        match self.obj(o).kind {
            ObjKind::PkgName(Imported::Arena(a)) => {
                self.done[a as usize - 1].get().map(|u| u.name.clone()).unwrap_or_default()
            }
            _ => self.obj(o).name.to_string(),
        }
    }

    /// Methods declared on an alias receiver (`type A = t; func (A) M()`) belong to the aliased named type;
    /// on an alias of a pointer (`type A = *t`, as ipld-prime's generated `Maybe` types), to the pointer's
    /// named base type, with a pointer receiver.
    fn attach_alias_methods(&mut self) {
        let names: Vec<Box<str>> = self.methods.keys().cloned().collect();
        for n in names {
            let Some(&o) = self.scope.get(&n) else { continue };
            let t = self.obj(o).ty;
            if !matches!(self.ty(t), Type::Alias { .. }) {
                continue;
            }
            let mut target = self.unalias(t);
            if let Type::Pointer(elem) = self.ty(target) {
                target = self.unalias(*elem);
            }
            if target.arena != self.arena_id {
                continue;
            }
            let ms = self.methods.get(&n).cloned().unwrap_or_default();
            if let Type::Named(nd) = &mut self.arena.types[target.idx as usize] {
                for m in ms {
                    if !nd.methods.contains(&m) {
                        nd.methods.push(m);
                    }
                }
            }
        }
    }
}

/// Why go/types rejects an import path (its `validatedImportPath`): empty, or holding a
/// character that is not graphic, a space, or one of a few punctuation characters. Graphic is
/// approximated as not a control character (import paths are ASCII in practice).
fn invalid_import_path(path: &str) -> Option<String> {
    if path.is_empty() {
        return Some("empty string".into());
    }
    const ILLEGAL: &str = "!\"#$%&'()*,:;<=>?[\\]^{|}`\u{FFFD}";
    let c = path.chars().find(|&c| c.is_control() || c.is_whitespace() || ILLEGAL.contains(c))?;
    // Go's %#U: the code point, then the character quoted when it is printable.
    let code = format!("U+{:04X}", c as u32);
    Some(if c.is_control() {
        format!("invalid character {code}")
    } else {
        format!("invalid character {code} '{c}'")
    })
}

/// `e` without the parentheses around it.
pub(super) fn unparen_expr(f: &File, mut e: ExprId) -> ExprId {
    while let mapscope_syntax::ast::ExprKind::Paren { x, .. } = f[e].kind {
        e = x;
    }
    e
}

/// The receiver base type name of a receiver type expression (`T`, `*T`, `T[P]`, `*T[P]`, parenthesised).
fn recv_base_name(f: &File, mut t: ExprId) -> Option<String> {
    use mapscope_syntax::ast::ExprKind as E;
    loop {
        match &f[t].kind {
            E::Paren { x, .. } | E::Star { x } => t = *x,
            E::Index { x, .. } | E::IndexList { x, .. } => t = *x,
            E::Ident(n) => return Some(f.name(*n).to_string()),
            _ => return None,
        }
    }
}

/// Checks every unit, in dependency order, in parallel per level.
pub fn check_all(mut loaded: Loaded) -> Program {
    let universe = Universe::new();
    let n = loaded.units.len();
    let done: Vec<OnceLock<UnitResult>> = (0..n).map(|_| OnceLock::new()).collect();
    // Level of each unit: 1 + max level of its imports.
    let mut level = vec![0usize; n];
    for (i, u) in loaded.units.iter().enumerate() {
        level[i] = u.imports.values().flatten().map(|d| level[d.0 as usize] + 1).max().unwrap_or(0);
    }
    let max_level = level.iter().copied().max().unwrap_or(0);
    let mut by_level: Vec<Vec<usize>> = vec![Vec::new(); max_level + 1];
    for (i, &l) in level.iter().enumerate() {
        by_level[l].push(i);
    }
    // The syntax trees of files that only dependencies use are dropped once the last unit that reads
    // them is checked: importers need only the arenas, not the function bodies.
    let nf = loaded.files.len();
    let mut last_level = vec![0usize; nf];
    let mut keep = vec![false; nf];
    for (i, u) in loaded.units.iter().enumerate() {
        for f in &u.files {
            let f = f.0 as usize;
            last_level[f] = last_level[f].max(level[i]);
            keep[f] |= u.root;
        }
    }
    let mut drop_at: Vec<Vec<usize>> = vec![Vec::new(); max_level + 1];
    for f in 0..nf {
        if !keep[f] {
            drop_at[last_level[f]].push(f);
        }
    }
    for (l, lv) in by_level.iter().enumerate() {
        let results: Vec<(usize, UnitResult)> = lv
            .par_iter()
            .map(|&i| (i, check_unit(&loaded, &universe, &done, i, &loaded.units[i].imports)))
            .collect();
        for (i, r) in results {
            let _ = done[i].set(r);
        }
        for &f in &drop_at[l] {
            // Positions stay readable: objects of dependencies are still reported where declared.
            let ast = &mut loaded.files[f].ast;
            let old = std::mem::replace(ast, mapscope_syntax::parse_file(b"").file);
            ast.line_index = old.line_index;
            ast.line_directives = old.line_directives;
        }
    }
    let units = done.into_iter().map(|d| d.into_inner().expect("every unit is checked")).collect();
    Program {
        loaded,
        universe,
        units,
        load_time: Default::default(),
        check_time: Default::default(),
    }
}

/// Checks unit `i` of `loaded`, whose imports `importer` resolves to units of `done`: the one
/// path by which loaded packages ([`check_all`]) and packages given as source text
/// ([`Program::check_package`]) are checked.
fn check_unit<'a>(
    loaded: &'a Loaded,
    universe: &'a Universe,
    done: &'a [OnceLock<UnitResult>],
    i: usize,
    importer: &'a dyn Importer,
) -> UnitResult {
    let unit = &loaded.units[i];
    let nfiles = unit.files.len();
    let records: Vec<Vec<Record>> = if unit.root {
        unit.files
            .iter()
            .map(|f| vec![NO_RECORD; loaded.files[f.0 as usize].ast.exprs.len()])
            .collect()
    } else {
        vec![Vec::new(); nfiles]
    };
    let mut c = Checker {
        loaded,
        importer,
        universe,
        done,
        unit,
        arena_id: i as u32 + 1,
        arena: Arena::default(),
        scope: FxHashMap::default(),
        decls: FxHashMap::default(),
        state: Vec::new(),
        file_imports: vec![FxHashMap::default(); nfiles],
        file_dot: vec![Vec::new(); nfiles],
        redeclared_imports: vec![Vec::new(); nfiles],
        name_cache: vec![FxHashMap::default(); nfiles],
        methods: FxHashMap::default(),
        cur_file: 0,
        scopes: Vec::new(),
        records,
        info: vec![FileInfo::default(); if unit.root { nfiles } else { 0 }],
        record: unit.root,
        inherited_error_pos: None,
        errors: Vec::new(),
        funcs: Vec::new(),
        iota: None,
        has_call_or_recv: false,
        instance_underlying: FxHashMap::default(),
        instances: FxHashMap::default(),
        type_set_cache: FxHashMap::default(),
        method_sig_cache: FxHashMap::default(),
        blank: Vec::new(),
        partial_targs: FxHashMap::default(),
        pending_verify: Vec::new(),
        shift_lhs: Default::default(),
        pending_var_types: Vec::new(),
        pending_map_keys: Vec::new(),
        pending_underlying: Vec::new(),
        declare_later: Vec::new(),
        pending_params: Vec::new(),
        pending_embedded_methods: Vec::new(),
        pending_embedded_fields: Vec::new(),
        redeclared_signature_from: None,
        extra: vec![Vec::new(); nfiles],
        local_vars: Vec::new(),
        used_vars: Default::default(),
        unused: Vec::new(),
        unused_switch: Vec::new(),
        lhs_mode: false,
        used_pkgs: Default::default(),
        qualifiers: Default::default(),
    };
    c.collect();
    // Resolve every package-level object (types first, as their methods attach to them).
    let mut all: Vec<ObjId> = c.scope.values().copied().collect();
    all.sort();
    all.extend(c.blank.clone());
    for o in &all {
        c.obj_type(*o);
    }
    c.resolve_pending_underlying();
    c.attach_alias_methods();
    c.check_duplicate_methods();
    if unit.check_bodies {
        c.check_valid_types(&all);
    }
    let method_objs: Vec<ObjId> = c.methods.values().flatten().copied().collect();
    for m in method_objs {
        c.obj_type(m);
    }
    // Function bodies (and init functions, which are not in scope).
    if unit.check_bodies {
        let funcs: Vec<(ObjId, DeclInfo)> = c
            .decls
            .iter()
            .filter(|(_, d)| matches!(d, DeclInfo::Func { .. }))
            .map(|(&i, d)| (ObjId { arena: c.arena_id, idx: i }, d.clone()))
            .collect();
        let mut funcs = funcs;
        funcs.sort_by_key(|(o, _)| *o);
        for (o, d) in funcs {
            c.obj_type(o);
            if let DeclInfo::Func { file, decl } = d {
                c.cur_file = file;
                c.func_body(o, decl);
            }
        }
    }
    // Local types declared over one still in progress.
    c.resolve_pending_underlying();
    c.verify_pending();
    c.check_embedded_methods();
    c.check_embedded_fields();
    if unit.check_bodies {
        c.report_unused();
        c.report_unused_imports();
    }
    c.finish_instances();
    let Checker { arena, scope, records, mut errors, unit, extra, info, .. } = c;
    let init_order = if unit.root {
        let files: Vec<_> =
            unit.files.iter().map(|&f| (f, &loaded.files[f.0 as usize].ast)).collect();
        let (order, cycles) = initorder::init_order(&files, &info, &arena, i as u32 + 1);
        // Without the bodies the dependencies through functions are unknown.
        if unit.check_bodies {
            for (file, pos, msg) in cycles {
                errors.push(loaded.files[unit.files[file].0 as usize].diagnostic(pos, msg));
            }
        }
        order
    } else {
        Vec::new()
    };
    UnitResult {
        init_order,
        path: unit.path.clone(),
        name: package_name(loaded, unit),
        arena,
        scope,
        records: unit.files.iter().copied().zip(records).collect(),
        extra,
        info,
        errors,
    }
}

/// An interface type with embedded elements, as written in file `file`: its explicit methods and
/// its embedded elements, each with where it is written.
struct EmbeddedMethods {
    file: crate::load::FileId,
    explicit: Vec<(ObjId, u32)>,
    embedded: Vec<(TypeId, u32)>,
}

/// Small conveniences on the AST.
trait FileExt {
    fn name_str(&self) -> &str;
}

impl FileExt for File {
    fn name_str(&self) -> &str {
        self.name(self.name.name)
    }
}

pub(crate) fn field(name: &str, ty: TypeId) -> Field {
    Field { name: name.into(), ty, embedded: false, tag: None, obj: None, pkg: 0 }
}
