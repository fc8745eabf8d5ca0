//! [`TypeInfo`] for a checked `mapscope_types` program: the IR's type questions answered by
//! `mapscope_types::query` over core types, as go/ssa answers them with `typeparams.CoreType`.

use crate::TypeInfo;
use mapscope_types::Program;
use mapscope_types::query::{self, ProgramTypes};
use mapscope_types::types::{Type, TypeId, TypeView};
use std::cell::RefCell;

/// A checked program's types as the IR asks about them.
#[derive(Debug)]
pub struct ProgramTypeInfo<'p> {
    /// The queries memoise interface type sets, hence a cell behind `&self`.
    types: RefCell<ProgramTypes<'p>>,
}

impl<'p> ProgramTypeInfo<'p> {
    pub fn new(program: &'p Program) -> ProgramTypeInfo<'p> {
        ProgramTypeInfo { types: RefCell::new(program.types()) }
    }

    /// The core type's structure, when `ty` has a core type.
    fn core<R>(&self, ty: TypeId, answer: impl FnOnce(&Type) -> Option<R>) -> Option<R> {
        let mut types = self.types.borrow_mut();
        let core = query::core_type(&mut *types, ty)?;
        answer(types.ty(core))
    }
}

impl TypeInfo for ProgramTypeInfo<'_> {
    fn type_string(&self, ty: TypeId) -> String {
        query::type_string(&*self.types.borrow(), ty)
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
        let mut types = self.types.borrow_mut();
        query::is_type_param(&*types, ty) || query::is_interface(&mut *types, ty)
    }

    fn is_boolean(&self, ty: TypeId) -> bool {
        self.core(ty, |t| match t {
            Type::Basic(kind, _) => Some(kind.is_boolean()),
            _ => None,
        })
        .unwrap_or(false)
    }

    fn identical(&self, a: TypeId, b: TypeId) -> bool {
        query::identical(&mut *self.types.borrow_mut(), a, b)
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
    }
}
