//! Stack sizes for the checker's recursion over syntax trees, defined once for the crate.
//!
//! The checker recurses over expressions, types and statements, and real code nests deeply (long
//! `+` chains of string literals, nested composite literals), so every recursive entry point goes
//! through [`maybe_grow`] and checking runs on threads with large stacks.

/// Headroom: when less than this is left on the current stack, [`maybe_grow`] continues on a new
/// segment. 256 KiB is well above the frames one level of checking pushes before the next check.
pub(crate) const RED_ZONE: usize = 256 * 1024;

/// Size of each new stack segment: 8 MiB, a main thread's default, so segment switches stay rare
/// (each costs an allocation).
pub(crate) const GROW: usize = 8 * 1024 * 1024;

/// Stack of each checker thread: 256 MiB of address space, reserved but touched only as used, so
/// that ordinary deep nesting never needs a segment switch.
pub(crate) const THREAD_STACK: usize = 256 << 20;

/// Runs `f`, first moving to a new stack segment when less than [`RED_ZONE`] is left.
pub(crate) fn maybe_grow<R>(f: impl FnOnce() -> R) -> R {
    stacker::maybe_grow(RED_ZONE, GROW, f)
}
