//! The `make` of a slice whose elements an index of a value reads: the slice itself, or a slice
//! expression over it (`rows = rows[:n]` after `make([]T, 0, n)` shows elements nothing set).

use mapscope_ssa::{Function, InstrId, InstrKind};

/// How many slice expressions over the `make` [`made_slice`] follows.
const MAX_RESLICES: usize = 3;

/// The `make([]T, len, cap)` that instruction `i` (the definition of an indexed slice) is, or
/// slices again: the elements it shows are the made slice's.
pub fn made_slice(f: &Function, mut i: InstrId) -> Option<InstrId> {
    for _ in 0..=MAX_RESLICES {
        match &f[i].kind {
            InstrKind::MakeSlice { .. } => return Some(i),
            InstrKind::Slice { base, .. } => {
                i = f.defining_instr(crate::nilness::strip_conversions(f, *base))?;
            }
            _ => return None,
        }
    }
    None
}
