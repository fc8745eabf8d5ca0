//! [`TypeInfo`] for a checked `mapscope_types` program: the IR's type questions answered by
//! `mapscope_types::query` over core types, as go/ssa answers them with `typeparams.CoreType`.

use crate::{CellKinds, TypeInfo};
use mapscope_types::Program;
use mapscope_types::query::{self, ProgramTypes};
use mapscope_types::types::{BasicKind, ObjId, Type, TypeId, TypeView};
use rustc_hash::FxHashMap;
use std::cell::RefCell;

/// The arena of the pointer types the builder derives ([`ProgramTypeInfo::pointer_to`]): the
/// address of a field, an element or a boxed local has a pointer type that the checker may never
/// have created, and its arenas are finished. No unit has this arena index.
const DERIVED_POINTER_ARENA: u32 = u32::MAX - 1;

/// A checked program's types as the IR asks about them.
#[derive(Debug)]
pub struct ProgramTypeInfo<'p> {
    program: &'p Program,
    /// The queries memoise interface type sets, hence a cell behind `&self`.
    types: RefCell<ProgramTypes<'p>>,
    /// The element types of the derived pointer types, by index.
    derived: RefCell<Vec<TypeId>>,
    /// The index of each element type in `derived`.
    derived_index: RefCell<FxHashMap<TypeId, u32>>,
    /// The answers of `identical` for two of the program's types, the smaller id first: the
    /// builder asks it at every conversion, mostly of the same few pairs (a function type spelled
    /// twice), and the checker's comparison walks the types' structure each time.
    identical: RefCell<FxHashMap<(TypeId, TypeId), bool>>,
    /// The core type of each of the program's types asked about, with its structure: the
    /// builder asks at nearly every expression, about few distinct types, and a hit then needs
    /// neither the queries nor a second lookup of the structure.
    cores: RefCell<FxHashMap<TypeId, Option<(TypeId, &'p Type)>>>,
    /// Whether each of the program's types asked about is an interface (or a type parameter):
    /// asked at every conversion and call.
    interfaces: RefCell<FxHashMap<TypeId, bool>>,
    /// The cell kinds of each type asked about: value numbering asks at every store.
    cells: RefCell<FxHashMap<TypeId, CellKinds>>,
}

impl<'p> ProgramTypeInfo<'p> {
    pub fn new(program: &'p Program) -> ProgramTypeInfo<'p> {
        ProgramTypeInfo {
            program,
            types: RefCell::new(program.types()),
            derived: RefCell::default(),
            derived_index: RefCell::default(),
            identical: RefCell::default(),
            cores: RefCell::default(),
            interfaces: RefCell::default(),
            cells: RefCell::default(),
        }
    }

    /// A `ProgramTypeInfo` that answers for the pointer types another one derived, given its
    /// [`derived_pointers`](Self::derived_pointers): questions about a unit's values after the
    /// one that built them is gone.
    pub fn with_derived(program: &'p Program, derived: Vec<TypeId>) -> ProgramTypeInfo<'p> {
        let derived_index = derived.iter().enumerate().map(|(i, &e)| (e, i as u32)).collect();
        ProgramTypeInfo {
            program,
            types: RefCell::new(program.types()),
            derived: RefCell::new(derived),
            derived_index: RefCell::new(derived_index),
            identical: RefCell::default(),
            cores: RefCell::default(),
            interfaces: RefCell::default(),
            cells: RefCell::default(),
        }
    }

    /// The element types of the pointer types derived so far, by index.
    pub fn derived_pointers(&self) -> Vec<TypeId> {
        self.derived.borrow().clone()
    }

    /// A pointer type to `elem`: the program's own when `elem` is a derived pointer's element
    /// already asked for, else a new derived one. Only this `ProgramTypeInfo` can answer
    /// questions about the ids it derives.
    pub fn pointer_to(&self, elem: TypeId) -> TypeId {
        let mut derived = self.derived.borrow_mut();
        let idx = *self.derived_index.borrow_mut().entry(elem).or_insert_with(|| {
            derived.push(elem);
            derived.len() as u32 - 1
        });
        TypeId { arena: DERIVED_POINTER_ARENA, idx }
    }

    /// The element of a derived pointer type.
    fn derived_elem(&self, ty: TypeId) -> Option<TypeId> {
        if ty.arena != DERIVED_POINTER_ARENA {
            return None;
        }
        self.derived.borrow().get(ty.idx as usize).copied()
    }

    /// Whether `ty` is a pointer type this value derived.
    pub fn is_derived(&self, ty: TypeId) -> bool {
        ty.arena == DERIVED_POINTER_ARENA
    }

    /// The core type's structure, cloned (a derived pointer is `Pointer(elem)`), when `ty` has a
    /// core type.
    pub fn core_type(&self, ty: TypeId) -> Option<Type> {
        if let Some(elem) = self.derived_elem(ty) {
            return Some(Type::Pointer(elem));
        }
        if crate::is_iterator_type(ty) {
            return None;
        }
        self.core_of(ty).map(|(_, core)| core.clone())
    }

    /// `f` of `ty`'s core type, borrowed rather than cloned (a struct's or signature's clone
    /// allocates); `None` when `ty` has no core type.
    pub fn with_core<R>(&self, ty: TypeId, f: impl FnOnce(&Type) -> R) -> Option<R> {
        if let Some(elem) = self.derived_elem(ty) {
            return Some(f(&Type::Pointer(elem)));
        }
        if crate::is_iterator_type(ty) {
            return None;
        }
        self.core_of(ty).map(|(_, core)| f(core))
    }

    /// `query::core_type` of one of the program's types and its structure, memoised.
    fn core_of(&self, ty: TypeId) -> Option<(TypeId, &'p Type)> {
        if let Some(&core) = self.cores.borrow().get(&ty) {
            return core;
        }
        let core = query::core_type(&mut *self.types.borrow_mut(), ty);
        let core = core.map(|id| (id, self.program.ty(id)));
        self.cores.borrow_mut().insert(ty, core);
        core
    }

    /// Whether `ty` has a core type and `f` holds for it.
    pub fn core_matches(&self, ty: TypeId, f: impl FnOnce(&Type) -> bool) -> bool {
        self.with_core(ty, f).unwrap_or(false)
    }

    /// `f` of `ty`'s underlying type, borrowed rather than cloned (see [`Self::with_core`]).
    pub fn with_underlying<R>(&self, ty: TypeId, f: impl FnOnce(&Type) -> R) -> R {
        if let Some(elem) = self.derived_elem(ty) {
            return f(&Type::Pointer(elem));
        }
        if crate::is_iterator_type(ty) {
            return f(&Type::Invalid);
        }
        let mut types = self.types.borrow_mut();
        let under = query::underlying(&mut *types, ty);
        f(types.ty(under))
    }

    /// The underlying type's structure, cloned (type parameters stay themselves).
    pub fn underlying_type(&self, ty: TypeId) -> Type {
        if let Some(elem) = self.derived_elem(ty) {
            return Type::Pointer(elem);
        }
        if crate::is_iterator_type(ty) {
            return Type::Invalid;
        }
        let mut types = self.types.borrow_mut();
        let under = query::underlying(&mut *types, ty);
        types.ty(under).clone()
    }

    /// The type's own structure (a named type is `Named`), cloned.
    pub fn structure(&self, ty: TypeId) -> Type {
        if let Some(elem) = self.derived_elem(ty) {
            return Type::Pointer(elem);
        }
        if crate::is_iterator_type(ty) {
            return Type::Invalid;
        }
        self.types.borrow().ty(ty).clone()
    }

    /// Whether `ty` is a type parameter.
    pub fn is_type_param(&self, ty: TypeId) -> bool {
        self.derived_elem(ty).is_none()
            && !crate::is_iterator_type(ty)
            && query::is_type_param(&*self.types.borrow(), ty)
    }

    /// Whether `ty` declares `method` (named `name`): a defined type (or the generic type of an
    /// instance) among its methods, an interface among the methods of its type set.
    pub fn declares_method(&self, ty: TypeId, method: ObjId, name: &str) -> bool {
        if self.derived_elem(ty).is_some() || crate::is_iterator_type(ty) {
            return false;
        }
        let mut types = self.types.borrow_mut();
        if let Type::Named(named) = types.ty(ty) {
            let declared = match named.origin.map(|origin| types.ty(origin)) {
                Some(Type::Named(origin)) => &origin.methods,
                _ => &named.methods,
            };
            if declared.contains(&method) {
                return true;
            }
        }
        query::is_interface(&mut *types, ty)
            && query::method_set(&mut *types, ty).iter().any(|&m| &*types.obj(m).name == name)
    }

    /// The cell kinds of `ty`, walking at most `depth` more levels of structs and arrays.
    fn cells_within(&self, ty: TypeId, depth: u32) -> CellKinds {
        if let Some(&known) = self.cells.borrow().get(&ty) {
            return known;
        }
        if depth == 0 || self.is_type_param(ty) {
            return CellKinds::ANY;
        }
        // Clone only the field and element types, so that the walk can ask again.
        let parts = self.with_underlying(ty, |t| match t {
            Type::Basic(kind, _) => Err(basic_cell(*kind)),
            Type::Pointer(_) => Err(CellKinds::one(POINTER_CELL)),
            Type::Slice(_) => Err(CellKinds::one(POINTER_CELL + 1)),
            Type::Map(..) => Err(CellKinds::one(POINTER_CELL + 2)),
            Type::Chan(..) => Err(CellKinds::one(POINTER_CELL + 3)),
            Type::Signature(_) => Err(CellKinds::one(POINTER_CELL + 4)),
            Type::Interface(_) => Err(CellKinds::one(POINTER_CELL + 5)),
            Type::Array(Some(0), _) => Err(CellKinds::NONE),
            Type::Array(_, elem) => Ok(vec![*elem]),
            Type::Struct(fields) => Ok(fields.iter().map(|f| f.ty).collect()),
            _ => Err(CellKinds::ANY),
        });
        let cells = match parts {
            Err(cells) => cells,
            Ok(parts) => parts
                .into_iter()
                .fold(CellKinds::NONE, |all, part| all.union(self.cells_within(part, depth - 1))),
        };
        self.cells.borrow_mut().insert(ty, cells);
        cells
    }

    fn core<R>(&self, ty: TypeId, answer: impl FnOnce(&Type) -> Option<R>) -> Option<R> {
        self.with_core(ty, answer).flatten()
    }
}

/// The cell kind of pointers (`unsafe.Pointer` among them); the kinds after it are slices, maps,
/// channels, functions and interfaces, those before it the typed basic kinds.
const POINTER_CELL: u32 = 17;

/// The cell kind of a basic type; an untyped one (never in memory) may be any.
fn basic_cell(kind: BasicKind) -> CellKinds {
    use BasicKind::*;
    let index = match kind {
        Bool => 0,
        Int => 1,
        Int8 => 2,
        Int16 => 3,
        Int32 => 4,
        Int64 => 5,
        Uint => 6,
        Uint8 => 7,
        Uint16 => 8,
        Uint32 => 9,
        Uint64 => 10,
        Uintptr => 11,
        Float32 => 12,
        Float64 => 13,
        Complex64 => 14,
        Complex128 => 15,
        String => 16,
        UnsafePointer => POINTER_CELL,
        UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedComplex | UntypedString
        | UntypedNil => return CellKinds::ANY,
    };
    CellKinds::one(index)
}

impl TypeInfo for ProgramTypeInfo<'_> {
    fn cell_kinds(&self, ty: TypeId) -> CellKinds {
        /// Deeper nesting of structs and arrays than any real type has; a cycle (an invalid
        /// type) stops here.
        const DEPTH: u32 = 64;
        self.cells_within(ty, DEPTH)
    }

    fn type_string(&self, ty: TypeId) -> String {
        match self.derived_elem(ty) {
            Some(elem) => format!("*{}", self.type_string(elem)),
            None => query::type_string(&*self.types.borrow(), ty),
        }
    }

    fn map_key_elem(&self, ty: TypeId) -> Option<(TypeId, TypeId)> {
        self.core(ty, |t| match t {
            Type::Map(k, e) => Some((*k, *e)),
            _ => None,
        })
    }

    fn pointer_elem(&self, ty: TypeId) -> Option<TypeId> {
        self.core(ty, |t| match t {
            Type::Pointer(e) => Some(*e),
            _ => None,
        })
    }

    fn chan_elem(&self, ty: TypeId) -> Option<TypeId> {
        self.core(ty, |t| match t {
            Type::Chan(_, e) => Some(*e),
            _ => None,
        })
    }

    fn is_interface(&self, ty: TypeId) -> bool {
        if self.is_derived(ty) {
            return false;
        }
        if let Some(&answer) = self.interfaces.borrow().get(&ty) {
            return answer;
        }
        let answer = {
            let mut types = self.types.borrow_mut();
            query::is_type_param(&*types, ty) || query::is_interface(&mut *types, ty)
        };
        self.interfaces.borrow_mut().insert(ty, answer);
        answer
    }

    fn is_boolean(&self, ty: TypeId) -> bool {
        self.core(ty, |t| match t {
            Type::Basic(kind, _) => Some(kind.is_boolean()),
            _ => None,
        })
        .unwrap_or(false)
    }

    fn field(&self, ty: TypeId, name: &str) -> Option<(u32, TypeId)> {
        let strukt = self.pointer_elem(ty).unwrap_or(ty);
        self.core(strukt, |t| match t {
            Type::Struct(fields) => {
                let index = fields.iter().position(|f| &*f.name == name)?;
                Some((u32::try_from(index).ok()?, fields[index].ty))
            }
            _ => None,
        })
    }

    fn identical(&self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        match (self.derived_elem(a), self.derived_elem(b)) {
            (None, None) => {
                let key = if a < b { (a, b) } else { (b, a) };
                if let Some(&same) = self.identical.borrow().get(&key) {
                    return same;
                }
                let same = query::identical(&mut *self.types.borrow_mut(), a, b);
                self.identical.borrow_mut().insert(key, same);
                same
            }
            (Some(x), Some(y)) => self.identical(x, y),
            (Some(x), None) | (None, Some(x)) => {
                let other = if self.is_derived(a) { b } else { a };
                match self.core_type(other) {
                    Some(Type::Pointer(e)) if !self.is_type_param(other) => {
                        !mapscope_types::query::is_named(&*self.types.borrow(), other)
                            && self.identical(x, e)
                    }
                    _ => false,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mapscope_types::MemoryImporter;

    #[test]
    fn answers_for_core_types_of_a_checked_package() {
        let mut program = Program::new();
        let src = "package p\n\ntype M map[string]int\n\ntype S[T ~map[int]bool] struct{ f T }\n\n\
                   var m M\nvar p *int\nvar c chan string\nvar b bool\nvar e error\n\
                   type Srv struct{ Addr string; Handler any }\nvar srv *Srv\n\
                   func g[T ~map[int]bool](t T) {}\n";
        let (unit, diagnostics) =
            program.check_package("p", &[("p.go", src)], &MemoryImporter::default());
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let types = ProgramTypeInfo::new(&program);
        let scope = program.unit(unit);
        let ty = |name: &str| program.obj(scope.lookup(name).expect(name)).ty;
        let (k, v) = types.map_key_elem(ty("m")).expect("M's core type is a map");
        assert_eq!((types.type_string(k), types.type_string(v)), ("string".into(), "int".into()));
        assert!(types.is_map(ty("m")) && !types.is_map(ty("p")));
        assert_eq!(types.pointer_elem(ty("p")).map(|t| types.type_string(t)), Some("int".into()));
        assert_eq!(types.chan_elem(ty("c")).map(|t| types.type_string(t)), Some("string".into()));
        assert!(types.is_boolean(ty("b")) && !types.is_boolean(ty("m")));
        assert!(types.is_interface(ty("e")) && !types.is_interface(ty("m")));
        assert!(types.identical(ty("m"), ty("m")) && !types.identical(ty("m"), ty("p")));
        assert_eq!(types.type_string(ty("m")), "p.M");
        let handler = types.field(ty("srv"), "Handler").map(|(i, t)| (i, types.type_string(t)));
        assert_eq!(handler, Some((1, "any".into())));
        assert_eq!(types.field(ty("srv"), "Missing"), None);
        assert_eq!(types.field(ty("m"), "Handler"), None);
    }

    #[test]
    fn cell_kinds_follow_underlying_types_into_structs_and_arrays() {
        let mut program = Program::new();
        let src = "package p\n\ntype MyInt int\ntype Pair struct{ Name string; N [2]MyInt }\n\
                   type Empty struct{ _ [0]string }\n\
                   var i int\nvar mi MyInt\nvar s string\nvar pair Pair\nvar m map[string]int\n\
                   var ps *string\nvar e Empty\nfunc g[T any](t T) {}\n";
        let (unit, diagnostics) =
            program.check_package("p", &[("p.go", src)], &MemoryImporter::default());
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let types = ProgramTypeInfo::new(&program);
        let scope = program.unit(unit);
        let cells = |name: &str| types.cell_kinds(program.obj(scope.lookup(name).expect(name)).ty);
        assert!(cells("i").overlaps(cells("mi")), "a *MyInt may become an *int");
        assert!(cells("pair").overlaps(cells("s")) && cells("pair").overlaps(cells("i")));
        assert!(!cells("m").overlaps(cells("s")) && !cells("ps").overlaps(cells("s")));
        assert!(!cells("i").overlaps(cells("s")) && !cells("m").overlaps(cells("ps")));
        assert!(!cells("e").overlaps(CellKinds::ANY), "a zero-size type has no cell");
    }
}
