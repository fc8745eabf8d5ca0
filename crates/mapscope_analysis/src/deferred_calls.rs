//! When deferred calls run: at the function's `rundefers`, just before it returns, so what the
//! function reads before that (the struct a `return t` copies) does not see their effects.

use mapscope_ssa::{Function, InstrId, InstrKind};

/// Whether `point` runs before the function's deferred calls: no `rundefers` comes before it
/// in its block (one comes right before each `return`, in the same block), and it is not the
/// read of a named result. `source` is the text of the function's file.
pub fn before_defers(f: &Function, point: InstrId, source: Option<&[u8]>) -> bool {
    let Some(block) = f[point].block() else { return false };
    for &i in f[block].instrs() {
        if i == point {
            return !reads_named_result(f, point, source);
        }
        if matches!(f[i].kind, InstrKind::RunDefers) {
            return false;
        }
    }
    false
}

/// Whether `point` loads a variable declared before the function's body opens (a named
/// result): a `return s` of a named result reads it before `rundefers`, but Go returns what
/// the deferred calls leave in it, which the IR reads again after them (`func New() (s S) {
/// s = S{}; defer s.init(); return s }`). Without the text, any variable counts.
fn reads_named_result(f: &Function, point: InstrId, source: Option<&[u8]>) -> bool {
    let InstrKind::Load { addr } = &f[point].kind else { return false };
    let Some(cell) = f.defining_instr(*addr) else { return false };
    if !matches!(f[cell].kind, InstrKind::Alloc { .. }) {
        return false;
    }
    let (from, to) = (f.span.start as usize, f[cell].span.start as usize);
    // The body's brace ends its line; one in the signature (`interface{}`) does not.
    source.and_then(|s| s.get(from..to)).is_none_or(|text| {
        !text.windows(2).any(|w| w[0] == b'{' && (w[1] == b'\n' || w[1] == b'\r'))
    })
}
