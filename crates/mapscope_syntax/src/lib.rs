//! mapscope_syntax: Go 1.26 source text to a typed AST, with go/parser's diagnostics and error recovery.
//!
//! The entry point is [`parse_file`]: it never fails and never panics, and returns a [`Parse`]
//! holding the [`File`] AST (see [`ast`] for its shape) and the syntax errors in go/parser's order (by position),
//! with go/parser's messages. [`dump`] prints the canonical AST dump that `tools/astdump`
//! (go/parser) prints too; [`build`] parses `//go:build` lines; [`visit`] walks the tree;
//! [`File::expr_string`] spells an expression as go/types does in its messages.
//!
//! ```
//! let parse = mapscope_syntax::parse_file(b"package p\n\nvar m = map[string]int{}\n");
//! assert!(parse.errors.is_empty());
//! assert_eq!(parse.file.name(parse.file.name.name), "p");
//! ```

pub mod ast;
pub mod build;
pub mod dump;
mod exprstring;
mod lexer;
mod parser;
pub mod stack;
pub mod token;
pub mod visit;

pub use ast::{File, LineCol, LineIndex, Parse, Span, SyntaxError};
pub use token::Token;

/// Parses one Go source file. Never panics; syntax errors are returned in [`Parse::errors`].
///
/// Spans are `u32` byte offsets: a file of `u32::MAX` bytes or more is not parsed; the result is
/// an empty [`File`] (without its source) and one error at offset 0 saying so.
pub fn parse_file(src: &[u8]) -> Parse {
    if src.len() >= u32::MAX as usize {
        let mut p = parser::parse(b"");
        p.errors = vec![SyntaxError {
            offset: 0,
            message: format!("file too large to parse ({} bytes; the limit is 4 GiB)", src.len()),
        }];
        return p;
    }
    parser::parse(src)
}
