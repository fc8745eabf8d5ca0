//! mapscope_ssa: an SSA intermediate representation of Go function bodies (follows go/ssa's `doc.go`).
//!
//! # Abstraction level
//!
//! The IR is close to Go, as golang.org/x/tools/go/ssa is: it exists for source analyses, not for
//! generating machine code. Loops, `if`, `switch` and `select` become basic blocks and jumps;
//! expressions become instructions on values in static single assignment form, with φ-nodes where
//! control flow joins. Types are the type checker's: every value carries a `mapscope_types`
//! [`TypeId`](mapscope_types::types::TypeId), and the IR never creates types. What it needs to
//! know about them it asks through [`TypeInfo`].
//!
//! Map operations are what mapscope analyses, so each is one instruction: `make map`, `lookup`
//! (plain and comma-ok), `update`, `delete`, `clear`, `range` and `next`. go/ssa lowers `delete`
//! and `clear` to builtin calls and shares `Lookup` and `Range` with strings; here a check finds
//! every map read, write and iteration by matching one variant of [`InstrKind`].
//!
//! Each [`Function`] owns its blocks, instructions and values in arenas with dense `u32` ids
//! ([`BlockId`], [`InstrId`], [`ValueId`]); each instruction keeps the source [`Span`] it was
//! lowered from. Only ids and the topology of the graphs matter: names (of blocks, variables,
//! functions) are there for people, as in go/ssa.
//!
//! # Values and instructions
//!
//! A value is defined either outside the instruction stream (a parameter, a free variable, a
//! constant, a reference to a function or a global), or as a result of an instruction. Unlike
//! go/ssa, there are no tuple values: an instruction with several results defines several values,
//! so `v, ok := m[k]` is one `lookup` that defines `v` and `ok`. The table shows which instructions
//! define values (results) and which end a block:
//!
//! ```text
//!                     results              terminator   go/ssa
//!   MakeMap           1                                 MakeMap
//!   MapLookup         1, or 2 with ,ok                  Lookup
//!   MapUpdate         0                                 MapUpdate
//!   MapDelete         0                                 Call to builtin delete
//!   MapClear          0                                 Call to builtin clear
//!   MapRange          1 (an iterator)                   Range
//!   MapNext           3 (ok, key, element)              Next
//!   StringRange       1 (an iterator)                   Range on a string
//!   StringNext        3 (ok, index, rune)               Next on a string
//!   Alloc             1 (a pointer)                     Alloc
//!   Load              1                                 UnOp *
//!   Store             0                                 Store
//!   FieldAddr, Field  1                                 FieldAddr, Field
//!   IndexAddr, Index  1                                 IndexAddr, Index (Lookup on strings)
//!   Slice             1                                 Slice
//!   MakeSlice         1                                 MakeSlice
//!   MakeChan          1                                 MakeChan
//!   BinOp, UnOp       1                                 BinOp, UnOp
//!   Convert           1                                 Convert, ChangeType, ChangeInterface, ...
//!   MakeInterface     1                                 MakeInterface
//!   TypeAssert        1, or 2 with ,ok                  TypeAssert + Extract
//!   MakeClosure       1                                 MakeClosure
//!   Call              one per callee result             Call + Extract
//!   Go, Defer         0                                 Go, Defer
//!   RunDefers         0                                 RunDefers
//!   Send              0                                 Send
//!   Recv              1, or 2 with ,ok                  UnOp <-
//!   Select            2 + one per receive               Select + Extract
//!   Phi               1                                 Phi
//!   If, Jump          0                    yes          If, Jump
//!   Return, Panic     0                    yes          Return, Panic
//! ```
//!
//! # Construction
//!
//! [`FunctionBuilder`] is what the front end calls: it creates blocks, emits instructions and
//! places φ-nodes on the fly from variable reads and writes (Braun et al. 2013, see
//! `builder.rs`), removes trivial φs and unreachable blocks, and
//! hands back a finished [`Function`] with dense ids. go/ssa instead builds loads and stores first
//! and lifts them; both end at the same form. Locals whose address is taken, or that a closure
//! captures and assigns, stay an `Alloc` with `Load`s and `Store`s, as in go/ssa.
//!
//! # Analyses over the IR
//!
//! - [`dom`]: dominator and post-dominator trees and dominance frontiers.
//! - [`verify`]: the verifier (go/ssa's `sanity.go`); it runs after every build in tests and debug
//!   builds.
//! - [`print`](mod@print): the text form, one line per instruction, which is also the golden format of tests.
//! - [`gvn`]: global value numbering that respects the memory effects of map operations.
//!
//! # Lowering and the function table
//!
//! [`build::build_unit`] lowers `mapscope_types`' typed AST to this IR (go/ssa's `builder.go`):
//! one [`Function`] per function declaration and literal, with the `TypeInfo` of the type
//! checker's `Program` ([`ProgramTypeInfo`]). Functions refer to each other by name
//! ([`ValueDef::Function`]); a [`FunctionTable`] of the units an analysis looks at resolves those
//! names to the functions. A table of globals, which [`ValueDef::Global`] would point into, is
//! planned.

pub mod build;
mod builder;
pub mod dom;
pub mod gvn;
pub mod print;
mod program_types;
pub mod scc;
mod table;

pub mod ir;

mod type_info;
pub mod verify;

#[cfg(test)]
mod testing;

pub use builder::{FunctionBuilder, Variable};
pub use ir::{
    BasicBlock, BinaryOp, BlockId, Builtin, CallCommon, Callee, ConstValue, ConversionKind,
    Function, InstrId, InstrKind, Instruction, MAP_ITER_TYPE, STRING_ITER_TYPE, SelectDir,
    SelectState, UnaryOp, Value, ValueDef, ValueId, is_iterator_type,
};
pub use mapscope_syntax::Span;
pub use program_types::ProgramTypeInfo;
pub use table::FunctionTable;
pub use type_info::{CellKinds, TypeInfo};
