//! What escape analysis asks about a type's memory: whether it holds pointers, its size and
//! whether an interface holds it directly (gc's `types.HasPointers`, `Size` and `IsDirectIface`
//! for amd64).

use mapscope_ssa::ProgramTypeInfo;
use mapscope_types::types::{BasicKind, Type, TypeId};
use rustc_hash::FxHashMap;
use std::cell::RefCell;

const POINTER_SIZE: u64 = 8;

/// gc's `ir.MaxStackVarSize`: a variable larger than this lives on the heap.
pub const MAX_STACK_VAR_SIZE: u64 = 128 * 1024;
/// gc's `ir.MaxImplicitStackVarSize`: `new(T)`, `&T{}` and `make([]T, n)` larger than this live on
/// the heap.
pub const MAX_IMPLICIT_STACK_VAR_SIZE: u64 = 64 * 1024;
/// gc captures a variable by value only when it is at most this large.
pub const MAX_BY_VALUE_CAPTURE: u64 = 128;

/// Memoised answers for one program's types.
pub struct Layout<'a, 'p> {
    types: &'a ProgramTypeInfo<'p>,
    pointers: RefCell<FxHashMap<TypeId, bool>>,
    sizes: RefCell<FxHashMap<TypeId, (u64, u64)>>,
}

impl std::fmt::Debug for Layout<'_, '_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Layout").finish_non_exhaustive()
    }
}

impl<'a, 'p> Layout<'a, 'p> {
    pub fn new(types: &'a ProgramTypeInfo<'p>) -> Self {
        Layout { types, pointers: RefCell::default(), sizes: RefCell::default() }
    }

    /// The pointer type to `elem` in this unit's numbering (see `InlineBody::derived`).
    pub fn pointer_to(&self, elem: TypeId) -> TypeId {
        self.types.pointer_to(elem)
    }

    /// The element of `ty` when it is a pointer type the unit's IR derived, which only this
    /// unit's numbering knows.
    pub fn derived_elem(&self, ty: TypeId) -> Option<TypeId> {
        if !self.types.is_derived(ty) {
            return None;
        }
        self.pointer_elem(ty)
    }

    /// Whether a value of type `ty` can hold a pointer; type parameters are assumed to.
    pub fn has_pointers(&self, ty: TypeId) -> bool {
        if let Some(&known) = self.pointers.borrow().get(&ty) {
            return known;
        }
        // A recursive type reaches itself only through a pointer, so the provisional answer is
        // never read as final.
        self.pointers.borrow_mut().insert(ty, true);
        let answer = match self.underlying(ty) {
            Under::Basic(kind) => matches!(
                kind,
                BasicKind::String | BasicKind::UnsafePointer | BasicKind::UntypedString
            ),
            Under::Array(len, elem) => len != Some(0) && self.has_pointers(elem),
            Under::Fields { types, .. } => types.iter().any(|&t| self.has_pointers(t)),
            Under::NoPointers => false,
            Under::PointerShaped | Under::Slice | Under::Interface | Under::Other => true,
        };
        self.pointers.borrow_mut().insert(ty, answer);
        answer
    }

    /// Size in bytes on a 64-bit target.
    pub fn size(&self, ty: TypeId) -> u64 {
        self.size_align(ty).0
    }

    fn size_align(&self, ty: TypeId) -> (u64, u64) {
        if let Some(&known) = self.sizes.borrow().get(&ty) {
            return known;
        }
        self.sizes.borrow_mut().insert(ty, (POINTER_SIZE, POINTER_SIZE));
        let answer = match self.underlying(ty) {
            Under::Basic(kind) => basic_size(kind),
            Under::PointerShaped => (POINTER_SIZE, POINTER_SIZE),
            Under::Slice => (3 * POINTER_SIZE, POINTER_SIZE),
            Under::Interface => (2 * POINTER_SIZE, POINTER_SIZE),
            Under::Array(len, elem) => {
                let (size, align) = self.size_align(elem);
                (size.saturating_mul(len.unwrap_or(0)), align)
            }
            Under::Fields { types, .. } => {
                let mut offset = 0u64;
                let mut align = 1u64;
                for t in types {
                    let (size, a) = self.size_align(t);
                    offset = offset.next_multiple_of(a).saturating_add(size);
                    align = align.max(a);
                }
                (offset.next_multiple_of(align), align)
            }
            _ => (POINTER_SIZE, POINTER_SIZE),
        };
        self.sizes.borrow_mut().insert(ty, answer);
        answer
    }

    /// Whether an interface stores a value of type `ty` in its data word itself, with no
    /// allocation: pointer-shaped types, and structs or arrays of exactly one of them.
    pub fn is_direct_iface(&self, ty: TypeId) -> bool {
        match self.underlying(ty) {
            Under::PointerShaped => true,
            Under::Basic(kind) => kind == BasicKind::UnsafePointer,
            Under::Array(Some(1), elem) => self.is_direct_iface(elem),
            Under::Fields { types, tuple: false } => {
                types.len() == 1 && self.is_direct_iface(types[0])
            }
            _ => false,
        }
    }

    pub fn is_interface(&self, ty: TypeId) -> bool {
        self.types.with_underlying(ty, |t| matches!(t, Type::Interface(_)))
    }

    pub fn is_string(&self, ty: TypeId) -> bool {
        self.types.with_underlying(ty, |t| {
            matches!(t, Type::Basic(BasicKind::String | BasicKind::UntypedString, _))
        })
    }

    pub fn is_byte(&self, ty: TypeId) -> bool {
        self.types.with_underlying(ty, |t| matches!(t, Type::Basic(BasicKind::Uint8, _)))
    }

    /// The element type of a slice, or of the array a pointer points to.
    pub fn slice_elem(&self, ty: TypeId) -> Option<TypeId> {
        self.types
            .with_core(ty, |t| match t {
                Type::Slice(elem) => Some(*elem),
                _ => None,
            })
            .flatten()
    }

    pub fn pointer_elem(&self, ty: TypeId) -> Option<TypeId> {
        self.types
            .with_core(ty, |t| match t {
                Type::Pointer(elem) => Some(*elem),
                _ => None,
            })
            .flatten()
    }

    /// Whether `ty` is a pointer to an array (indexing it addresses the pointee itself).
    pub fn is_array_pointer(&self, ty: TypeId) -> bool {
        self.pointer_elem(ty)
            .is_some_and(|e| self.types.with_underlying(e, |t| matches!(t, Type::Array(..))))
    }

    /// What the questions above need of `ty`'s underlying type, read without cloning it (a
    /// struct's clone copies its fields' names).
    fn underlying(&self, ty: TypeId) -> Under {
        self.types.with_underlying(ty, |t| match t {
            Type::Basic(kind, _) => Under::Basic(*kind),
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Signature(_) => {
                Under::PointerShaped
            }
            Type::Slice(_) => Under::Slice,
            Type::Interface(_) => Under::Interface,
            Type::Array(len, elem) => Under::Array(*len, *elem),
            Type::Struct(fields) => {
                Under::Fields { types: fields.iter().map(|f| f.ty).collect(), tuple: false }
            }
            Type::Tuple(fields) => {
                Under::Fields { types: fields.iter().map(|f| f.ty).collect(), tuple: true }
            }
            Type::Invalid | Type::Union(_) => Under::NoPointers,
            _ => Under::Other,
        })
    }
}

/// An underlying type as [`Layout`] sees it.
enum Under {
    Basic(BasicKind),
    /// A pointer, map, channel or function: one pointer word.
    PointerShaped,
    Slice,
    Interface,
    Array(Option<u64>, TypeId),
    /// A struct's or tuple's fields' types.
    Fields {
        types: Vec<TypeId>,
        tuple: bool,
    },
    /// An invalid type or a union, which hold nothing.
    NoPointers,
    /// A type parameter and the like.
    Other,
}

fn basic_size(kind: BasicKind) -> (u64, u64) {
    use BasicKind::*;
    match kind {
        Bool | Int8 | Uint8 | UntypedBool => (1, 1),
        Int16 | Uint16 => (2, 2),
        Int32 | Uint32 | Float32 | UntypedRune => (4, 4),
        Complex64 => (8, 4),
        Complex128 | UntypedComplex => (16, 8),
        String | UntypedString => (16, 8),
        _ => (8, 8),
    }
}
