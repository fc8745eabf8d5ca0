//! mapscope_types: loads Go packages as the go command does and type-checks them like go/types.
//!
//! [`load::load`] turns patterns into parsed files grouped into check units in dependency order;
//! [`check::check_all`] type-checks the units and records the type of every expression.

pub mod check;
pub mod constant;
pub mod load;
mod query;
mod stack;
pub mod types;

pub use check::{Importer, MemoryImporter, Program, UnitResult};
pub use load::UnitId;
pub use query::load_and_check;

/// A note or error with a position (`line`/`col` are 1-based; 0 when the note concerns a whole package).
#[derive(Clone, Debug, PartialEq, Eq)]
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
        } else {
            write!(f, "{}:{}:{}: {}", self.path, self.line, self.col, self.message)
        }
    }
}
