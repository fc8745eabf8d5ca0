//! The universe arena: predeclared types, constants, `nil`, builtins, `error`, `any`, `comparable`, package `unsafe`.

use super::Arena;
use crate::constant::Value;
use crate::types::{
    BasicKind as K, Builtin, Field, Interface, Named, ObjId, ObjKind, Object, Signature, Type, univ,
};
use rustc_hash::FxHashMap;

/// The universe and `unsafe` scopes with their arena (arena 0).
#[derive(Debug)]
pub struct Universe {
    pub arena: Arena,
    pub scope: FxHashMap<&'static str, ObjId>,
    pub unsafe_scope: FxHashMap<&'static str, ObjId>,
}

fn obj(a: &mut Arena, kind: ObjKind, name: &str, ty: crate::types::TypeId) -> ObjId {
    a.objs.push(Object { kind, name: name.into(), pkg: 0, ty, file: None, pos: 0 });
    ObjId { arena: 0, idx: a.objs.len() as u32 - 1 }
}

/// The built-in functions of the universe scope, by name.
const UNIVERSE_BUILTINS: [(&str, Builtin); 18] = {
    use Builtin as B;
    [
        ("append", B::Append),
        ("cap", B::Cap),
        ("clear", B::Clear),
        ("close", B::Close),
        ("complex", B::Complex),
        ("copy", B::Copy),
        ("delete", B::Delete),
        ("imag", B::Imag),
        ("len", B::Len),
        ("make", B::Make),
        ("max", B::Max),
        ("min", B::Min),
        ("new", B::New),
        ("panic", B::Panic),
        ("print", B::Print),
        ("println", B::Println),
        ("real", B::Real),
        ("recover", B::Recover),
    ]
};

/// The built-in functions of package unsafe, by name.
const UNSAFE_BUILTINS: [(&str, Builtin); 8] = {
    use Builtin as B;
    [
        ("Add", B::Add),
        ("Alignof", B::Alignof),
        ("Offsetof", B::Offsetof),
        ("Sizeof", B::Sizeof),
        ("Slice", B::Slice),
        ("SliceData", B::SliceData),
        ("String", B::String),
        ("StringData", B::StringData),
    ]
};

/// A built-in function's name as declared (`len`, `Sizeof`).
pub(super) fn builtin_name(b: Builtin) -> &'static str {
    UNIVERSE_BUILTINS.iter().chain(&UNSAFE_BUILTINS).find(|(_, x)| *x == b).map_or("", |(n, _)| n)
}

impl Universe {
    pub fn new() -> Universe {
        let mut a = Arena::default();
        let basics: [(K, &'static str); 28] = [
            (K::Bool, "invalid type"),
            (K::Bool, "bool"),
            (K::Int, "int"),
            (K::Int8, "int8"),
            (K::Int16, "int16"),
            (K::Int32, "int32"),
            (K::Int64, "int64"),
            (K::Uint, "uint"),
            (K::Uint8, "uint8"),
            (K::Uint16, "uint16"),
            (K::Uint32, "uint32"),
            (K::Uint64, "uint64"),
            (K::Uintptr, "uintptr"),
            (K::Float32, "float32"),
            (K::Float64, "float64"),
            (K::Complex64, "complex64"),
            (K::Complex128, "complex128"),
            (K::String, "string"),
            (K::UnsafePointer, "Pointer"),
            (K::UntypedBool, "untyped bool"),
            (K::UntypedInt, "untyped int"),
            (K::UntypedRune, "untyped rune"),
            (K::UntypedFloat, "untyped float"),
            (K::UntypedComplex, "untyped complex"),
            (K::UntypedString, "untyped string"),
            (K::UntypedNil, "untyped nil"),
            (K::Uint8, "byte"),
            (K::Int32, "rune"),
        ];
        for (i, (k, n)) in basics.iter().enumerate() {
            a.types.push(if i == 0 { Type::Invalid } else { Type::Basic(*k, n) });
        }
        a.types.push(Type::Interface(Box::default())); // 28 EMPTY_IFACE
        a.types.push(Type::Tuple(Vec::new())); // 29 EMPTY_TUPLE
        a.types.push(Type::Invalid); // 30 ERROR (filled below)
        a.types.push(Type::Invalid); // 31 ANY
        a.types.push(Type::Invalid); // 32 COMPARABLE
        let mut scope = FxHashMap::default();
        for (i, (_, n)) in basics.iter().enumerate().skip(1) {
            if i == univ::UNSAFE_POINTER.idx as usize || n.starts_with("untyped") {
                continue;
            }
            let o = obj(&mut a, ObjKind::TypeName, n, univ::t(i as u32));
            scope.insert(*n, o);
        }
        // error: type error interface{ Error() string }
        let error_obj = obj(&mut a, ObjKind::TypeName, "error", univ::ERROR);
        let string_result = Field {
            name: "".into(),
            ty: univ::STRING,
            embedded: false,
            tag: None,
            obj: None,
            pkg: 0,
        };
        a.types.push(Type::Signature(Box::new(Signature {
            results: vec![string_result],
            recv: None,
            ..Default::default()
        })));
        let sig = univ::t(a.types.len() as u32 - 1);
        let m = obj(&mut a, ObjKind::Func, "Error", sig);
        a.types
            .push(Type::Interface(Box::new(Interface { methods: vec![m], ..Default::default() })));
        let err_iface = univ::t(a.types.len() as u32 - 1);
        a.types[univ::ERROR.idx as usize] = Type::Named(Box::new(Named {
            obj: error_obj,
            underlying: Some(err_iface),
            methods: Vec::new(),
            tparams: Vec::new(),
            origin: None,
            targs: Vec::new(),
        }));
        scope.insert("error", error_obj);
        let any_obj = obj(&mut a, ObjKind::TypeName, "any", univ::ANY);
        a.types[univ::ANY.idx as usize] =
            Type::Alias { obj: any_obj, rhs: univ::EMPTY_IFACE, targs: Vec::new() };
        scope.insert("any", any_obj);
        let cmp_obj = obj(&mut a, ObjKind::TypeName, "comparable", univ::COMPARABLE);
        a.types.push(Type::Interface(Box::new(Interface {
            tset: Some(Box::new(crate::types::TypeSet {
                methods: Vec::new(),
                terms: None,
                comparable: true,
            })),
            ..Default::default()
        })));
        let cmp_iface = univ::t(a.types.len() as u32 - 1);
        a.types[univ::COMPARABLE.idx as usize] = Type::Named(Box::new(Named {
            obj: cmp_obj,
            underlying: Some(cmp_iface),
            methods: Vec::new(),
            tparams: Vec::new(),
            origin: None,
            targs: Vec::new(),
        }));
        scope.insert("comparable", cmp_obj);
        for (n, v) in [("true", Value::Bool(true)), ("false", Value::Bool(false))] {
            let o = obj(&mut a, ObjKind::Const(v), n, univ::UNTYPED_BOOL);
            scope.insert(n, o);
        }
        let o = obj(&mut a, ObjKind::Const(Value::Int(0)), "iota", univ::UNTYPED_INT);
        scope.insert("iota", o);
        let o = obj(&mut a, ObjKind::Nil, "nil", univ::UNTYPED_NIL);
        scope.insert("nil", o);
        for (n, b) in UNIVERSE_BUILTINS {
            let o = obj(&mut a, ObjKind::Builtin(b), n, univ::INVALID);
            scope.insert(n, o);
        }
        let mut unsafe_scope = FxHashMap::default();
        let o = obj(&mut a, ObjKind::TypeName, "Pointer", univ::UNSAFE_POINTER);
        unsafe_scope.insert("Pointer", o);
        for (n, b) in UNSAFE_BUILTINS {
            let o = obj(&mut a, ObjKind::Builtin(b), n, univ::INVALID);
            unsafe_scope.insert(n, o);
        }
        Universe { arena: a, scope, unsafe_scope }
    }
}

impl Default for Universe {
    fn default() -> Self {
        Self::new()
    }
}
