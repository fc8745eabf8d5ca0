//! The questions about Go types that the IR's passes ask, as a trait (no go/ssa counterpart: go/ssa
//! calls go/types directly).
//!
//! The IR stores types as `mapscope_types` [`TypeId`]s and never looks inside them itself. The
//! verifier, the printer and value numbering ask these few questions instead, so that their tests
//! can answer them with a toy type table and the crate does not depend on how `mapscope_types`
//! represents types. The lead implements the trait for `mapscope_types`' `Program` (through its
//! `TypeView`), answering with core types, as go/ssa's `typeparams.CoreType` does.

use mapscope_types::types::TypeId;

/// Type queries, answered for the type's core type (its underlying type, or for a type parameter
/// the single underlying type of its type set, if there is one).
pub trait TypeInfo {
    /// The type spelled as go/types' `TypeString(t, nil)` spells it.
    fn type_string(&self, ty: TypeId) -> String;

    /// The key and element types when `ty`'s core type is a map.
    fn map_key_elem(&self, ty: TypeId) -> Option<(TypeId, TypeId)>;

    /// The element type when `ty`'s core type is a pointer.
    fn pointer_elem(&self, ty: TypeId) -> Option<TypeId>;

    /// The element type when `ty`'s core type is a channel.
    fn chan_elem(&self, ty: TypeId) -> Option<TypeId>;

    /// Whether `ty` is an interface type (type parameters count, as they do for go/ssa's invoke).
    fn is_interface(&self, ty: TypeId) -> bool;

    /// Whether `ty`'s core type is a boolean type.
    fn is_boolean(&self, ty: TypeId) -> bool;

    /// Type identity, go/types' `Identical`.
    fn identical(&self, a: TypeId, b: TypeId) -> bool;

    /// The index and type of the field named `name` in the struct `ty` or `*ty` (by core types),
    /// for analyses that model a library struct's fields (`http.Server.Handler`), whose positions
    /// change between Go releases. A toy type table may know none.
    fn field(&self, _ty: TypeId, _name: &str) -> Option<(u32, TypeId)> {
        None
    }

    /// Whether `ty`'s core type is a map.
    fn is_map(&self, ty: TypeId) -> bool {
        self.map_key_elem(ty).is_some()
    }
}
