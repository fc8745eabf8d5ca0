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

    /// The kinds of the cells a value of `ty` occupies in memory, for value numbering's
    /// type-based aliasing. A table that cannot tell answers [`CellKinds::ANY`].
    fn cell_kinds(&self, _ty: TypeId) -> CellKinds {
        CellKinds::ANY
    }
}

/// A set of kinds of the scalar cells (a basic value, a pointer, a map, a slice header...) that a
/// value of some type is made of: a struct or an array is made of its fields' or elements' cells.
///
/// Without `unsafe`, a Go program reads a cell only as the kind it was written as (a `*MyInt` may
/// become an `*int`, but never a `*string`): a store whose cells share no kind with a load's cannot
/// change what the load reads. Named types have their underlying types' cells, since pointer
/// conversions between types of one underlying type are legal.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct CellKinds(u32);

impl CellKinds {
    /// Every kind: a type parameter's, or one a table cannot see into.
    pub const ANY: CellKinds = CellKinds(u32::MAX);
    /// No cell: a zero-size type.
    pub const NONE: CellKinds = CellKinds(0);

    /// The one kind numbered `kind` (below 31; kinds are the table's own numbering).
    pub fn one(kind: u32) -> CellKinds {
        debug_assert!(kind < 31, "cell kind {kind} out of range");
        CellKinds(1 << kind.min(30))
    }

    pub fn union(self, other: CellKinds) -> CellKinds {
        CellKinds(self.0 | other.0)
    }

    /// Whether a cell of one set may be a cell of the other.
    pub fn overlaps(self, other: CellKinds) -> bool {
        self.0 & other.0 != 0
    }
}
