//! A toy type table for the crate's tests: a few Go types and a [`TypeInfo`] that answers for them.
//!
//! Types are interned, so identity is equality of ids, as it is for go/types' basic types.

use crate::TypeInfo;
use mapscope_types::types::TypeId;

#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ToyType {
    Basic(&'static str),
    Map(TypeId, TypeId),
    Pointer(TypeId),
    Slice(TypeId),
    Chan(TypeId),
    /// An interface or a function signature, spelled out.
    Interface(&'static str),
    Signature(&'static str),
}

/// The toy table, with the types most tests need ready as fields.
#[derive(Debug)]
pub struct ToyTypes {
    types: Vec<ToyType>,
    pub int: TypeId,
    pub bool: TypeId,
    pub string: TypeId,
    pub any: TypeId,
    pub map_string_int: TypeId,
}

/// The arena the toy types claim; the universe (0) and the check units' arenas are never mixed in.
const TOY_ARENA: u32 = 7;

impl ToyTypes {
    pub fn new() -> ToyTypes {
        let mut toy = ToyTypes {
            types: Vec::new(),
            int: TypeId { arena: 0, idx: 0 },
            bool: TypeId { arena: 0, idx: 0 },
            string: TypeId { arena: 0, idx: 0 },
            any: TypeId { arena: 0, idx: 0 },
            map_string_int: TypeId { arena: 0, idx: 0 },
        };
        toy.int = toy.add(ToyType::Basic("int"));
        toy.bool = toy.add(ToyType::Basic("bool"));
        toy.string = toy.add(ToyType::Basic("string"));
        toy.any = toy.add(ToyType::Interface("any"));
        toy.map_string_int = toy.add(ToyType::Map(toy.string, toy.int));
        toy
    }

    /// The id of `ty`, added if it is new.
    pub fn add(&mut self, ty: ToyType) -> TypeId {
        let idx = match self.types.iter().position(|t| *t == ty) {
            Some(found) => found,
            None => {
                self.types.push(ty);
                self.types.len() - 1
            }
        };
        TypeId { arena: TOY_ARENA, idx: u32::try_from(idx).unwrap() }
    }

    pub fn map(&mut self, key: TypeId, elem: TypeId) -> TypeId {
        self.add(ToyType::Map(key, elem))
    }

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.add(ToyType::Pointer(elem))
    }

    fn get(&self, ty: TypeId) -> Option<&ToyType> {
        if ty.arena != TOY_ARENA {
            return None;
        }
        self.types.get(ty.idx as usize)
    }
}

impl TypeInfo for ToyTypes {
    fn type_string(&self, ty: TypeId) -> String {
        match self.get(ty) {
            Some(ToyType::Basic(name) | ToyType::Interface(name) | ToyType::Signature(name)) => {
                (*name).to_string()
            }
            Some(ToyType::Map(k, v)) => {
                format!("map[{}]{}", self.type_string(*k), self.type_string(*v))
            }
            Some(ToyType::Pointer(e)) => format!("*{}", self.type_string(*e)),
            Some(ToyType::Slice(e)) => format!("[]{}", self.type_string(*e)),
            Some(ToyType::Chan(e)) => format!("chan {}", self.type_string(*e)),
            None => format!("invalid type {}:{}", ty.arena, ty.idx),
        }
    }

    fn map_key_elem(&self, ty: TypeId) -> Option<(TypeId, TypeId)> {
        match self.get(ty)? {
            ToyType::Map(k, v) => Some((*k, *v)),
            _ => None,
        }
    }

    fn pointer_elem(&self, ty: TypeId) -> Option<TypeId> {
        match self.get(ty)? {
            ToyType::Pointer(e) => Some(*e),
            _ => None,
        }
    }

    fn chan_elem(&self, ty: TypeId) -> Option<TypeId> {
        match self.get(ty)? {
            ToyType::Chan(e) => Some(*e),
            _ => None,
        }
    }

    fn is_interface(&self, ty: TypeId) -> bool {
        matches!(self.get(ty), Some(ToyType::Interface(_)))
    }

    fn is_boolean(&self, ty: TypeId) -> bool {
        matches!(self.get(ty), Some(ToyType::Basic("bool")))
    }

    fn identical(&self, a: TypeId, b: TypeId) -> bool {
        a == b
    }
}

/// The snapshots spell types through this table, so it must spell them as go/types does.
#[test]
fn toy_types_spell_like_go() {
    let mut toy = ToyTypes::new();
    let ptr = toy.pointer(toy.int);
    let nested = toy.map(toy.string, ptr);
    let slice = toy.add(ToyType::Slice(nested));
    let chan = toy.add(ToyType::Chan(slice));
    let func = toy.add(ToyType::Signature("func(int) bool"));
    assert_eq!(toy.type_string(chan), "chan []map[string]*int");
    assert_eq!(toy.type_string(func), "func(int) bool");
    assert_eq!(toy.map(toy.string, toy.int), toy.map_string_int);
    assert_eq!(toy.map_key_elem(nested), Some((toy.string, ptr)));
    assert_eq!(toy.pointer_elem(ptr), Some(toy.int));
    assert_eq!(toy.chan_elem(chan), Some(slice));
    assert!(toy.is_interface(toy.any) && toy.is_boolean(toy.bool) && !toy.is_map(toy.int));
}
