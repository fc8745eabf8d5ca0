//! The oracle-comparison lines of `mapscope types --objects`: what each identifier and selector
//! of the root units denotes (go/types' `Info.Defs`, `Uses`, `Implicits` and `Selections`), in
//! the format of tools/typesobjects.

use crate::check::{FileInfo, Program, Selection};
use crate::load::SourceFile;
use crate::types::{ObjId, ObjKind, TypeView};
use mapscope_syntax::ast::ExprKind;
use std::path::Path;

impl Program {
    /// One line per fact, sorted bytewise, exactly as tools/typesobjects prints go/types' view:
    /// `path:line:col: def|use NAME -> TARGET`, `path:line:col: implicit NAME -> TARGET` and
    /// `path:line:col: sel KIND path=[i,...] indirect=BOOL`. TARGET is where the object is
    /// declared (a file below GOROOT, other than the working directory's, as `$GOROOT/...`),
    /// `universe`, `unsafe` or `nil`. Facts at positions outside the working directory are left
    /// out, as the oracle leaves out files that cgo generates.
    pub fn object_lines(&self, goroot: &Path) -> Vec<String> {
        let mut out = Vec::new();
        // go/packages gives package unsafe no syntax: go/types knows it without its source.
        for u in self.units.iter().filter(|u| u.path != "unsafe") {
            for ((fid, _), info) in u.records.iter().zip(&u.info) {
                let sf = &self.loaded.files[fid.0 as usize];
                self.file_object_lines(sf, info, goroot, &mut out);
            }
        }
        out.sort();
        out
    }

    fn file_object_lines(
        &self,
        sf: &SourceFile,
        info: &FileInfo,
        goroot: &Path,
        out: &mut Vec<String>,
    ) {
        let mut emit = |offset: u32, fact: String| {
            let (path, line, col) = sf.position(offset);
            if !path.starts_with('/') {
                out.push(format!("{path}:{line}:{col}: {fact}"));
            }
        };
        let name_at = |offset: u32| identifier_at(&sf.ast.source, offset);
        for (&offset, &o) in &info.defs {
            emit(offset, format!("def {} -> {}", name_at(offset), self.target(o, goroot)));
        }
        for (&offset, &o) in &info.uses {
            emit(offset, format!("use {} -> {}", name_at(offset), self.target(Some(o), goroot)));
        }
        for &(offset, o) in &info.implicits {
            let name = &self.obj(o).name;
            emit(offset, format!("implicit {name} -> {}", self.target(Some(o), goroot)));
        }
        let f = &sf.ast;
        for e in &f.exprs {
            let ExprKind::Selector { x, sel } = e.kind else { continue };
            let at = sel.span.start;
            let fact = match info.selections.get(&at) {
                Some(s) => {
                    let (kind, indirect) = match *s {
                        Selection::Field { indirect } => ("field", indirect),
                        Selection::Method { indirect, .. } => ("method", indirect),
                        Selection::MethodExpr { indirect, .. } => ("methodexpr", indirect),
                    };
                    let path = info.selection_paths.get(&at).map_or_else(String::new, |p| {
                        p.iter().map(u32::to_string).collect::<Vec<_>>().join(",")
                    });
                    format!("sel {kind} path=[{path}] indirect={indirect}")
                }
                None => {
                    let x_is_package = matches!(f[x].kind, ExprKind::Ident(_))
                        && info
                            .uses
                            .get(&f[x].span.start)
                            .is_some_and(|&o| matches!(self.obj(o).kind, ObjKind::PkgName(_)));
                    if !x_is_package {
                        continue;
                    }
                    "sel qualified path=[] indirect=false".to_string()
                }
            };
            emit(at, fact);
        }
    }

    /// Where object `o` is declared, as tools/typesobjects spells it.
    fn target(&self, o: Option<ObjId>, goroot: &Path) -> String {
        let Some(o) = o else { return "nil".into() };
        let obj = self.obj(o);
        let Some(file) = obj.file else {
            let in_unsafe = self.universe.unsafe_scope.values().any(|&u| u == o);
            return if in_unsafe { "unsafe" } else { "universe" }.into();
        };
        let (path, line, col) = self.loaded.files[file.0 as usize].position(obj.pos);
        let path = match Path::new(path).strip_prefix(goroot) {
            Ok(rel) if path.starts_with('/') => format!("$GOROOT/{}", rel.display()),
            _ => path.to_string(),
        };
        format!("{path}:{line}:{col}")
    }
}

/// The identifier that starts at `offset` of `source` (or the `.` of a dot import).
fn identifier_at(source: &[u8], offset: u32) -> &str {
    let rest = source.get(offset as usize..).unwrap_or_default();
    if rest.starts_with(b".") {
        return ".";
    }
    let text = std::str::from_utf8(rest)
        .unwrap_or_else(|e| std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or_default());
    let end = text
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '_'))
        .map_or(text.len(), |(i, _)| i);
    &text[..end]
}
