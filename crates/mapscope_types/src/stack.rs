//! The checker's stack: recursion over syntax trees grows its stack through
//! [`mapscope_syntax::stack::maybe_grow`], and checking runs on threads with large stacks.
//!
//! The checker recurses over expressions, types and statements, and real code nests deeply (long
//! `+` chains of string literals, nested composite literals), so every recursive entry point goes
//! through `maybe_grow`, with the one pair of sizes the parser uses too.

pub(crate) use mapscope_syntax::stack::maybe_grow;

/// Stack of each checker thread: 256 MiB of address space, reserved but touched only as used, so
/// that ordinary deep nesting never needs a segment switch.
pub(crate) const THREAD_STACK: usize = 256 << 20;
