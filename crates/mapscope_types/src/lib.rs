//! mapscope_types: loads Go packages as the go command does and type-checks them like go/types.
//!
//! [`load_and_check`] loads packages matched by patterns ([`load::load`]: files, `go env`, build
//! constraints, modules) and checks them ([`check::check_all`]); [`Program::check_package`]
//! checks one package given as source text, its imports resolved by an [`Importer`], with no
//! file system and no Go installation. Both record the type of every expression in a [`Program`],
//! which later layers read through [`query`] (predicates, identity, method sets, lookup) and
//! [`types::TypeView`].

pub mod check;
pub mod constant;
mod float_constant;
pub mod load;
mod objects;
mod program;
pub mod query;
mod stack;
pub mod types;

pub use check::{Importer, MemoryImporter, Program, UnitResult};
pub use load::UnitId;
pub use program::{ExprAt, load_and_check};

/// A note or error with a position (`line`/`col` are 1-based; `line` 0 when the note concerns a whole
/// package, `col` 0 when a `//line` directive left the column unknown).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    pub path: String,
    pub line: u32,
    pub col: u32,
    pub message: String,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.path, self.message)
        } else if self.col == 0 {
            // go/token's Position.String: no column when it is unknown.
            write!(f, "{}:{}: {}", self.path, self.line, self.message)
        } else {
            write!(f, "{}:{}:{}: {}", self.path, self.line, self.col, self.message)
        }
    }
}
