//! Stack growth for code that recurses over syntax trees, which nest as deep as the parser's
//! limit (about 100 000 levels, go/parser's `maxNestLev`).
//!
//! No fixed stack holds that: a thread's default is 8 MiB (2 MiB for spawned threads), and one
//! level of expression nesting costs several frames. Recursive functions therefore run their
//! body through [`maybe_grow`], which continues on a heap-allocated stack segment when the current
//! one runs low. The parser, the dump and the checkers use the same two sizes from here.

/// Stack that must still be free when a recursive step starts; with less, the step runs on a new
/// segment. It has to cover the deepest chain of frames between two [`maybe_grow`] calls: one
/// nesting level of the parser passes through about ten grammar functions (binary, unary,
/// primary expression, operand, ...), each frame up to a few KiB in unoptimised builds, and one
/// level of the type checker (expression, call, inference, operand checks) holds larger frames,
/// so 256 KiB leaves a wide margin for both.
pub const RED_ZONE: usize = 256 * 1024;

/// Size of each new stack segment: a main thread's default. Large enough that a segment holds many
/// levels (allocating one is a `mmap` with a guard page, so it should be rare); its pages are
/// committed only as they are used.
pub const GROW: usize = 8 * 1024 * 1024;

/// Runs `f` on the current stack if at least [`RED_ZONE`] bytes of it are left, else on a new
/// segment of [`GROW`] bytes. Call it at the entry of every function that recurses once per
/// nesting level of the tree.
#[inline]
pub fn maybe_grow<R>(f: impl FnOnce() -> R) -> R {
    stacker::maybe_grow(RED_ZONE, GROW, f)
}
