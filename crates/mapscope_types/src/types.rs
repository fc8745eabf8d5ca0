//! Types and objects: per-unit arenas addressed by `(arena, index)` ids, and go/types' TypeString.
//!
//! Arena 0 is the universe (predeclared types and objects, package `unsafe`); arena `k + 1` belongs to
//! check unit `k`. A unit only ever creates types in its own arena, so units check in parallel while
//! reading the finished arenas of their dependencies.

use crate::constant::Value;
use std::fmt::Write;

/// A type: its arena and its index there.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct TypeId {
    pub arena: u32,
    pub idx: u32,
}

/// An object (constant, type name, variable, function, package name, builtin, nil, label).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct ObjId {
    pub arena: u32,
    pub idx: u32,
}

/// Basic kinds, as go/types' `BasicKind` (`byte` and `rune` are spelled as their own entries).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BasicKind {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

impl BasicKind {
    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            UntypedBool
                | UntypedInt
                | UntypedRune
                | UntypedFloat
                | UntypedComplex
                | UntypedString
                | UntypedNil
        )
    }
    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }
    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }
    pub fn is_float(self) -> bool {
        matches!(self, BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat)
    }
    pub fn is_complex(self) -> bool {
        matches!(self, BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex)
    }
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }
    pub fn is_string(self) -> bool {
        matches!(self, BasicKind::String | BasicKind::UntypedString)
    }
    pub fn is_boolean(self) -> bool {
        matches!(self, BasicKind::Bool | BasicKind::UntypedBool)
    }
    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }
    /// Size in bytes on a 64-bit target (0 for untyped kinds).
    pub fn size(self) -> u64 {
        use BasicKind::*;
        match self {
            Bool | Int8 | Uint8 => 1,
            Int16 | Uint16 => 2,
            Int32 | Uint32 | Float32 => 4,
            Int | Int64 | Uint | Uint64 | Uintptr | Float64 | Complex64 | UnsafePointer => 8,
            Complex128 | String => 16,
            _ => 0,
        }
    }
}

/// A struct field or a parameter/result variable inside a type.
#[derive(Clone, Debug)]
pub struct Field {
    pub name: Box<str>,
    pub ty: TypeId,
    pub embedded: bool,
    pub tag: Option<Box<str>>,
    /// The field's object (for fields: the `Var` object; for params: may be the param var).
    pub obj: Option<ObjId>,
    /// Package path of an unexported field (for identity).
    pub pkg: u32,
}

/// A function signature.
#[derive(Clone, Debug, Default)]
pub struct Signature {
    pub tparams: Vec<TypeId>,
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    pub variadic: bool,
    /// The receiver type for methods.
    pub recv: Option<TypeId>,
    /// Type parameters declared by a generic receiver (`func (s *Set[T]) ...`).
    pub recv_tparams: Vec<TypeId>,
    /// The receiver's name (the first parameter of a method expression `T.m`).
    pub recv_name: Box<str>,
}

/// An interface: explicit methods (sorted as go/types sorts them) and embedded elements.
#[derive(Clone, Debug, Default)]
pub struct Interface {
    /// Explicit methods: `Func` objects.
    pub methods: Vec<ObjId>,
    pub embeddeds: Vec<TypeId>,
    /// An implicit interface wraps a constraint written as a plain type or union (`[T ~int]`).
    pub implicit: bool,
    /// Computed type set: all methods (sorted) and the term list (`None`: all types).
    pub tset: Option<Box<TypeSet>>,
}

/// The type set of an interface.
#[derive(Clone, Debug, Default)]
pub struct TypeSet {
    pub methods: Vec<ObjId>,
    /// `None` means "every type"; `Some(terms)` a union of (tilde, type).
    pub terms: Option<Vec<(bool, TypeId)>>,
    pub comparable: bool,
}

/// A defined (named) type, possibly generic or an instance.
#[derive(Clone, Debug)]
pub struct Named {
    pub obj: ObjId,
    /// The underlying type; `None` while it is being resolved.
    pub underlying: Option<TypeId>,
    pub methods: Vec<ObjId>,
    pub tparams: Vec<TypeId>,
    /// For instances: the generic type and the type arguments.
    pub origin: Option<TypeId>,
    pub targs: Vec<TypeId>,
}

/// Channel direction.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

/// A Go type.
#[derive(Clone, Debug)]
pub enum Type {
    Invalid,
    Basic(BasicKind, &'static str),
    Pointer(TypeId),
    Slice(TypeId),
    /// Length `None` when it could not be evaluated.
    Array(Option<u64>, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Vec<Field>),
    Tuple(Vec<Field>),
    Signature(Box<Signature>),
    Interface(Box<Interface>),
    Union(Vec<(bool, TypeId)>),
    Named(Box<Named>),
    /// `type A = T` (and instances of generic aliases).
    Alias {
        obj: ObjId,
        rhs: TypeId,
        targs: Vec<TypeId>,
    },
    TypeParam {
        obj: ObjId,
        index: u32,
        constraint: TypeId,
    },
}

/// What an object is.
#[derive(Clone, Debug)]
pub enum ObjKind {
    Const(Value),
    TypeName,
    Var {
        field: bool,
        embedded: bool,
    },
    Func,
    /// An imported package name.
    PkgName(Imported),
    Builtin(Builtin),
    Nil,
    Label,
}

/// The package an imported package name denotes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Imported {
    /// Package `unsafe`, whose members live in the universe arena ([`crate::check::Universe`]).
    Unsafe,
    /// A checked package: its arena.
    Arena(u32),
    /// An import that did not resolve, or `C` (cgo).
    Missing,
}

/// A named language entity.
#[derive(Clone, Debug)]
pub struct Object {
    pub kind: ObjKind,
    pub name: Box<str>,
    /// The arena of the package that declares it (0: universe).
    pub pkg: u32,
    pub ty: TypeId,
    /// The file of the declaring identifier (`None` for predeclared objects) and its byte offset.
    pub file: Option<crate::load::FileId>,
    pub pos: u32,
}

/// Builtin functions.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    Add,
    Alignof,
    Offsetof,
    Sizeof,
    Slice,
    SliceData,
    String,
    StringData,
}

/// Read access to all arenas.
pub trait TypeView {
    fn ty(&self, id: TypeId) -> &Type;
    fn obj(&self, id: ObjId) -> &Object;
    /// Path of the package of arena `arena` (empty for the universe).
    fn pkg_path(&self, arena: u32) -> &str;
}

pub fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

/// The universe arena's fixed layout: the first type ids.
pub mod univ {
    use super::TypeId;
    pub const fn t(idx: u32) -> TypeId {
        TypeId { arena: 0, idx }
    }
    pub const INVALID: TypeId = t(0);
    pub const BOOL: TypeId = t(1);
    pub const INT: TypeId = t(2);
    pub const INT8: TypeId = t(3);
    pub const INT16: TypeId = t(4);
    pub const INT32: TypeId = t(5);
    pub const INT64: TypeId = t(6);
    pub const UINT: TypeId = t(7);
    pub const UINT8: TypeId = t(8);
    pub const UINT16: TypeId = t(9);
    pub const UINT32: TypeId = t(10);
    pub const UINT64: TypeId = t(11);
    pub const UINTPTR: TypeId = t(12);
    pub const FLOAT32: TypeId = t(13);
    pub const FLOAT64: TypeId = t(14);
    pub const COMPLEX64: TypeId = t(15);
    pub const COMPLEX128: TypeId = t(16);
    pub const STRING: TypeId = t(17);
    pub const UNSAFE_POINTER: TypeId = t(18);
    pub const UNTYPED_BOOL: TypeId = t(19);
    pub const UNTYPED_INT: TypeId = t(20);
    pub const UNTYPED_RUNE: TypeId = t(21);
    pub const UNTYPED_FLOAT: TypeId = t(22);
    pub const UNTYPED_COMPLEX: TypeId = t(23);
    pub const UNTYPED_STRING: TypeId = t(24);
    pub const UNTYPED_NIL: TypeId = t(25);
    pub const BYTE: TypeId = t(26);
    pub const RUNE: TypeId = t(27);
    /// `interface{}` (the type `any` aliases).
    pub const EMPTY_IFACE: TypeId = t(28);
    /// The tuple `()`.
    pub const EMPTY_TUPLE: TypeId = t(29);
    /// Named `error`, its underlying interface, `any` alias and `comparable`.
    pub const ERROR: TypeId = t(30);
    pub const ANY: TypeId = t(31);
    pub const COMPARABLE: TypeId = t(32);
}

/// go/types' TypeString with a nil qualifier.
pub fn type_string(v: &dyn TypeView, t: TypeId) -> String {
    let mut s = String::new();
    let mut seen = Vec::new();
    write_type(v, t, &mut s, &mut seen);
    s
}

fn write_type_name(v: &dyn TypeView, obj: ObjId, s: &mut String) {
    let o = v.obj(obj);
    let path = v.pkg_path(o.pkg);
    if !path.is_empty() {
        s.push_str(path);
        s.push('.');
    }
    s.push_str(&o.name);
}

fn write_type_list(v: &dyn TypeView, list: &[TypeId], s: &mut String, seen: &mut Vec<TypeId>) {
    s.push('[');
    for (i, &t) in list.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_type(v, t, s, seen);
    }
    s.push(']');
}

fn write_tparam_list(v: &dyn TypeView, list: &[TypeId], s: &mut String, seen: &mut Vec<TypeId>) {
    s.push('[');
    let mut prev_constraint: Option<TypeId> = None;
    for (i, &t) in list.iter().enumerate() {
        let Type::TypeParam { obj, constraint, .. } = v.ty(t) else { continue };
        if i > 0 {
            if prev_constraint != Some(*constraint) {
                s.push(' ');
                if let Some(pc) = prev_constraint {
                    write_type(v, pc, s, seen);
                }
            }
            s.push_str(", ");
        }
        prev_constraint = Some(*constraint);
        s.push_str(&v.obj(*obj).name);
    }
    if let Some(pc) = prev_constraint {
        s.push(' ');
        write_type(v, pc, s, seen);
    }
    s.push(']');
}

fn write_tuple(
    v: &dyn TypeView,
    fields: &[Field],
    variadic: bool,
    s: &mut String,
    seen: &mut Vec<TypeId>,
) {
    s.push('(');
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if !f.name.is_empty() {
            s.push_str(&f.name);
            s.push(' ');
        }
        if variadic && i == fields.len() - 1 {
            if let Type::Slice(e) = v.ty(f.ty) {
                s.push_str("...");
                write_type(v, *e, s, seen);
            } else {
                write_type(v, f.ty, s, seen);
                s.push_str("...");
            }
        } else {
            write_type(v, f.ty, s, seen);
        }
    }
    s.push(')');
}

/// Writes a signature without the leading `func`.
pub fn write_signature(v: &dyn TypeView, sig: &Signature, s: &mut String, seen: &mut Vec<TypeId>) {
    if !sig.tparams.is_empty() {
        write_tparam_list(v, &sig.tparams, s, seen);
    }
    write_tuple(v, &sig.params, sig.variadic, s, seen);
    match sig.results.as_slice() {
        [] => {}
        [r] if r.name.is_empty() => {
            s.push(' ');
            write_type(v, r.ty, s, seen);
        }
        rs => {
            s.push(' ');
            write_tuple(v, rs, false, s, seen);
        }
    }
}

fn write_type(v: &dyn TypeView, t: TypeId, s: &mut String, seen: &mut Vec<TypeId>) {
    if seen.contains(&t) {
        s.push_str("cycle");
        return;
    }
    seen.push(t);
    match v.ty(t) {
        Type::Invalid => s.push_str("invalid type"),
        Type::Basic(BasicKind::UnsafePointer, _) => s.push_str("unsafe.Pointer"),
        Type::Basic(_, name) => s.push_str(name),
        Type::Pointer(e) => {
            s.push('*');
            write_type(v, *e, s, seen);
        }
        Type::Slice(e) => {
            s.push_str("[]");
            write_type(v, *e, s, seen);
        }
        Type::Array(n, e) => {
            let _ = write!(s, "[{}]", n.map_or(-1, |n| n as i64));
            write_type(v, *e, s, seen);
        }
        Type::Map(k, e) => {
            s.push_str("map[");
            write_type(v, *k, s, seen);
            s.push(']');
            write_type(v, *e, s, seen);
        }
        Type::Chan(dir, e) => {
            let parens = *dir == ChanDir::Both && matches!(v.ty(*e), Type::Chan(ChanDir::Recv, _));
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            if parens {
                s.push('(');
            }
            write_type(v, *e, s, seen);
            if parens {
                s.push(')');
            }
        }
        Type::Struct(fields) => {
            s.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                if !f.embedded {
                    s.push_str(&f.name);
                    s.push(' ');
                }
                write_type(v, f.ty, s, seen);
                if let Some(tag) = &f.tag {
                    if !tag.is_empty() {
                        s.push(' ');
                        s.push_str(&go_quote(tag));
                    }
                }
            }
            s.push('}');
        }
        Type::Tuple(fields) => write_tuple(v, fields, false, s, seen),
        Type::Signature(sig) => {
            s.push_str("func");
            write_signature(v, sig, s, seen);
        }
        Type::Union(terms) => {
            for (i, (tilde, t)) in terms.iter().enumerate() {
                if i > 0 {
                    s.push_str(" | ");
                }
                if *tilde {
                    s.push('~');
                }
                write_type(v, *t, s, seen);
            }
        }
        Type::Interface(it) => {
            if t == univ::EMPTY_IFACE {
                s.push_str("any");
            } else if it.implicit && it.methods.is_empty() && it.embeddeds.len() == 1 {
                write_type(v, it.embeddeds[0], s, seen);
            } else if is_comparable_iface(v, t) {
                s.push_str("interface{comparable}");
            } else {
                s.push_str("interface{");
                let mut first = true;
                for &m in &it.methods {
                    if !first {
                        s.push_str("; ");
                    }
                    first = false;
                    let o = v.obj(m);
                    s.push_str(&o.name);
                    if let Type::Signature(sig) = v.ty(o.ty) {
                        write_signature(v, sig, s, seen);
                    }
                }
                for &e in &it.embeddeds {
                    if !first {
                        s.push_str("; ");
                    }
                    first = false;
                    write_type(v, e, s, seen);
                }
                s.push('}');
            }
        }
        Type::Named(n) => {
            write_type_name(v, n.obj, s);
            if !n.targs.is_empty() {
                write_type_list(v, &n.targs, s, seen);
            } else if !n.tparams.is_empty() {
                write_tparam_list(v, &n.tparams, s, seen);
            }
        }
        Type::Alias { obj, targs, .. } => {
            write_type_name(v, *obj, s);
            if !targs.is_empty() {
                write_type_list(v, targs, s, seen);
            }
        }
        Type::TypeParam { obj, .. } => s.push_str(&v.obj(*obj).name),
    }
    seen.pop();
}

fn is_comparable_iface(v: &dyn TypeView, t: TypeId) -> bool {
    matches!(v.ty(univ::COMPARABLE), Type::Named(n) if n.underlying == Some(t))
}

/// strconv.Quote for struct tags.
pub fn go_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\x0b' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
