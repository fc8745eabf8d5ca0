//! mapscope_syntax: Go 1.26 source text to a typed AST, with go/parser's diagnostics and error recovery.
//!
//! The entry point is [`parse_file`]: it never fails and never panics, and returns a [`Parse`]
//! holding the [`File`] AST (see [`ast`] for its shape) and the syntax errors in go/parser's order (by position),
//! with go/parser's messages. [`dump`] prints the canonical AST dump that `tools/astdump`
//! (go/parser) prints too; [`build`] parses `//go:build` lines.
//!
//! ```
//! let parse = mapscope_syntax::parse_file(b"package p\n\nvar m = map[string]int{}\n");
//! assert!(parse.errors.is_empty());
//! assert_eq!(parse.file.name(parse.file.name.name), "p");
//! ```

pub mod ast;
pub mod build;
pub mod dump;
mod lexer;
mod parser;
pub mod token;

pub use ast::{File, LineCol, LineIndex, Parse, Span, SyntaxError};
pub use token::Token;

/// Parses one Go source file. Never panics; syntax errors are returned in [`Parse::errors`].
///
/// Files longer than `u32::MAX` bytes cannot be represented (spans are `u32`); callers must
/// reject them before parsing (the CLI reports them as a diagnostic).
pub fn parse_file(src: &[u8]) -> Parse {
    parser::parse(src)
}
