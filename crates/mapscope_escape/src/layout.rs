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
        match self.types.core_type(ty) {
            Some(Type::Pointer(elem)) => Some(elem),
            _ => None,
        }
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
            Type::Basic(kind, _) => matches!(
                kind,
                BasicKind::String | BasicKind::UnsafePointer | BasicKind::UntypedString
            ),
            Type::Array(len, elem) => len != Some(0) && self.has_pointers(elem),
            Type::Struct(fields) | Type::Tuple(fields) => {
                fields.iter().any(|f| self.has_pointers(f.ty))
            }
            Type::Invalid | Type::Union(_) => false,
            _ => true,
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
            Type::Basic(kind, _) => basic_size(kind),
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Signature(_) => {
                (POINTER_SIZE, POINTER_SIZE)
            }
            Type::Slice(_) => (3 * POINTER_SIZE, POINTER_SIZE),
            Type::Interface(_) => (2 * POINTER_SIZE, POINTER_SIZE),
            Type::Array(len, elem) => {
                let (size, align) = self.size_align(elem);
                (size.saturating_mul(len.unwrap_or(0)), align)
            }
            Type::Struct(fields) | Type::Tuple(fields) => {
                let mut offset = 0u64;
                let mut align = 1u64;
                for f in &fields {
                    let (size, a) = self.size_align(f.ty);
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
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Signature(_) => true,
            Type::Basic(kind, _) => kind == BasicKind::UnsafePointer,
            Type::Array(Some(1), elem) => self.is_direct_iface(elem),
            Type::Struct(fields) => fields.len() == 1 && self.is_direct_iface(fields[0].ty),
            _ => false,
        }
    }

    pub fn is_interface(&self, ty: TypeId) -> bool {
        matches!(self.underlying(ty), Type::Interface(_))
    }

    pub fn is_string(&self, ty: TypeId) -> bool {
        matches!(self.underlying(ty), Type::Basic(BasicKind::String | BasicKind::UntypedString, _))
    }

    pub fn is_byte(&self, ty: TypeId) -> bool {
        matches!(self.underlying(ty), Type::Basic(BasicKind::Uint8, _))
    }

    /// The element type of a slice, or of the array a pointer points to.
    pub fn slice_elem(&self, ty: TypeId) -> Option<TypeId> {
        match self.types.core_type(ty)? {
            Type::Slice(elem) => Some(elem),
            _ => None,
        }
    }

    pub fn pointer_elem(&self, ty: TypeId) -> Option<TypeId> {
        match self.types.core_type(ty)? {
            Type::Pointer(elem) => Some(elem),
            _ => None,
        }
    }

    /// Whether `ty` is a pointer to an array (indexing it addresses the pointee itself).
    pub fn is_array_pointer(&self, ty: TypeId) -> bool {
        self.pointer_elem(ty).is_some_and(|e| matches!(self.underlying(e), Type::Array(..)))
    }

    fn underlying(&self, ty: TypeId) -> Type {
        self.types.underlying_type(ty)
    }
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
