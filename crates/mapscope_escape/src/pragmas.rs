//! Tags of functions declared without a body (implemented in assembly or linked by name), from
//! their pragmas (follows gc's `paramTag` for bodyless functions in `escape/escape.go`).
//!
//! gc assumes a bodyless function leaks every pointer argument to the heap, unless its
//! declaration carries `//go:noescape`, in which case nothing escapes.

use crate::Tags;
use crate::graph::FuncTags;
use crate::leaks::Leaks;
use mapscope_syntax::ast::{Decl, ExprKind};
use mapscope_types::Program;

const NOESCAPE: &str = "//go:noescape";

/// The tags of unit `unit`'s bodyless functions, by the name the IR gives a call to them.
pub fn bodyless_tags(program: &Program, unit: usize) -> Tags {
    let mut tags = Tags::default();
    let result = &program.units[unit];
    for (fid, _) in &result.records {
        let file = &program.loaded.files[fid.0 as usize].ast;
        for &d in &file.decls {
            let Decl::Func(fd) = &file[d] else { continue };
            if fd.body.is_some() || fd.recv.is_some() {
                continue;
            }
            let noescape = is_noescape(file, fd);
            let ExprKind::FuncType { params, .. } = file[fd.ty].kind else { continue };
            let count: usize = file[params].list.iter().map(|field| field.names.len().max(1)).sum();
            let leaks = if noescape { Leaks::NOESCAPE } else { Leaks::UNKNOWN };
            let name = format!("{}.{}", result.path, file.name(fd.name.name));
            tags.insert(name, FuncTags { params: vec![leaks; count], inline_cost: None });
        }
    }
    tags
}

/// Whether a function declaration carries `//go:noescape`.
pub fn is_noescape(file: &mapscope_syntax::ast::File, fd: &mapscope_syntax::ast::FuncDecl) -> bool {
    fd.doc.is_some_and(|doc| {
        file[doc].list.iter().any(|c| file.comment_text(c).starts_with(NOESCAPE))
    })
}
