//! Sizes and alignments as the gc compiler lays types out on 64-bit targets (go/types' `gcSizes`),
//! for `unsafe.Sizeof`, `Alignof` and `Offsetof` constants.

use super::Checker;
use crate::types::{BasicKind, Type, TypeId, TypeView};

const WORD: u64 = 8;

impl Checker<'_> {
    /// Alignment of `t`; `None` when unknown (type parameters, invalid types).
    pub(crate) fn align_of(&mut self, t: TypeId, depth: u32) -> Option<u64> {
        if depth > 32 {
            return None;
        }
        let u = self.under(self.unalias(t));
        Some(match self.ty(u).clone() {
            Type::Basic(k, _) => match k {
                BasicKind::String | BasicKind::Complex128 => WORD,
                BasicKind::Complex64 => 4,
                k if k.is_untyped() => return None,
                k => k.size().clamp(1, WORD),
            },
            Type::Array(_, e) => self.align_of(e, depth + 1)?,
            Type::Struct(fs) => {
                let mut a = 1;
                for f in fs {
                    a = a.max(self.align_of(f.ty, depth + 1)?);
                }
                a
            }
            Type::Pointer(_)
            | Type::Slice(_)
            | Type::Map(..)
            | Type::Chan(..)
            | Type::Signature(_) => WORD,
            Type::Interface(_) if !self.is_type_param(t) => WORD,
            _ => return None,
        })
    }

    /// Size of `t` in bytes; `None` when unknown.
    pub(crate) fn size_of(&mut self, t: TypeId, depth: u32) -> Option<u64> {
        if depth > 32 {
            return None;
        }
        let u = self.under(self.unalias(t));
        Some(match self.ty(u).clone() {
            Type::Basic(k, _) => match k {
                k if k.is_untyped() => return None,
                k => k.size(),
            },
            Type::Array(n, e) => {
                let n = n?;
                if n == 0 {
                    0
                } else {
                    let es = self.size_of(e, depth + 1)?;
                    let ea = self.align_of(e, depth + 1)?;
                    let stride = es.div_ceil(ea) * ea;
                    stride.checked_mul(n - 1)?.checked_add(es)?
                }
            }
            Type::Struct(fs) => {
                if fs.is_empty() {
                    return Some(0);
                }
                let offs = self.field_offsets(u, depth)?;
                let last = fs.len() - 1;
                let mut size = offs[last] + self.size_of(fs[last].ty, depth + 1)?;
                // gc pads a trailing zero-size field so that its address stays inside the object.
                if self.size_of(fs[last].ty, depth + 1)? == 0 && size > 0 {
                    size += 1;
                }
                let a = self.align_of(u, depth)?;
                size.div_ceil(a) * a
            }
            Type::Slice(_) => 3 * WORD,
            Type::Interface(_) if !self.is_type_param(t) => 2 * WORD,
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Signature(_) => WORD,
            _ => return None,
        })
    }

    /// Byte offsets of the fields of a struct type.
    pub(crate) fn field_offsets(&mut self, st: TypeId, depth: u32) -> Option<Vec<u64>> {
        let Type::Struct(fs) = self.ty(st).clone() else { return None };
        let mut off = 0u64;
        let mut out = Vec::with_capacity(fs.len());
        for f in &fs {
            let a = self.align_of(f.ty, depth + 1)?;
            off = off.div_ceil(a) * a;
            out.push(off);
            off += self.size_of(f.ty, depth + 1)?;
        }
        Some(out)
    }

    /// Offset of field `name` in struct type `t`, following embedded (non-pointer) fields.
    pub(crate) fn offset_of(&mut self, t: TypeId, name: &str, depth: u32) -> Option<u64> {
        if depth > 16 {
            return None;
        }
        let u = self.under(self.unalias(t));
        let Type::Struct(fs) = self.ty(u).clone() else { return None };
        let offs = self.field_offsets(u, depth)?;
        if let Some(i) = fs.iter().position(|f| &*f.name == name) {
            return Some(offs[i]);
        }
        for (i, f) in fs.iter().enumerate() {
            if f.embedded && !matches!(self.ty(self.unalias(f.ty)), Type::Pointer(_)) {
                if let Some(o) = self.offset_of(f.ty, name, depth + 1) {
                    return Some(offs[i] + o);
                }
            }
        }
        None
    }
}
