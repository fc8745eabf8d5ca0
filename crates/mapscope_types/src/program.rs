//! A checked [`Program`]'s entry points: [`load_and_check`], the type errors, the expression at a
//! position, and the oracle-comparison lines ([`Program::expr_lines`]).

use crate::check::{Mode, Program};
use crate::query::is_map;
use crate::types::TypeId;
use mapscope_syntax::ast::ExprId;

/// The innermost recorded expression at a position ([`Program::expr_at`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExprAt {
    /// Byte span of the expression in its file.
    pub span: mapscope_syntax::Span,
    /// Its source text.
    pub text: String,
    /// What it denotes: a value, a type, a builtin or no value (never `None` or a package name).
    pub mode: Mode,
    pub ty: TypeId,
}

impl Program {
    /// The oracle-comparison format: `path:line:col: TYPE` for every recorded value expression of
    /// the root units (maps only unless `all`), sorted bytewise: exactly the lines of
    /// `tools/mapexprs [-all]`, which the oracle tests and `scripts/types-corpus.sh` compare.
    pub fn expr_lines(&self, all: bool) -> Vec<String> {
        let mut types = self.types();
        let mut out = Vec::new();
        for u in &self.units {
            for (fi, (fid, recs)) in u.records.iter().enumerate() {
                let sf = &self.loaded.files[fid.0 as usize];
                let line = |offset: u32, t: TypeId| {
                    let (path, line, col) = sf.position(offset);
                    format!("{path}:{line}:{col}: {}", self.type_string(t))
                };
                for &(off, t) in u.extra.get(fi).into_iter().flatten() {
                    if all || is_map(&mut types, t) {
                        out.push(line(off, t));
                    }
                }
                for (i, r) in recs.iter().enumerate() {
                    if r.mode == Mode::Value && (all || is_map(&mut types, r.ty)) {
                        out.push(line(sf.ast[ExprId(i as u32)].span.start, r.ty));
                    }
                }
            }
        }
        out.sort();
        out
    }

    /// The innermost recorded expression (value, type, builtin or no value) whose span contains
    /// `line:col` (1-based, byte column) in the file shown as `path` (or whose path is `path`).
    pub fn expr_at(&self, path: &str, line: u32, col: u32) -> Option<ExprAt> {
        let mut best: Option<ExprAt> = None;
        for u in &self.units {
            for (fid, recs) in &u.records {
                let sf = &self.loaded.files[fid.0 as usize];
                if sf.display != path && sf.path.to_string_lossy() != path {
                    continue;
                }
                let Some(off) = sf.ast.line_index.offset(mapscope_syntax::LineCol { line, col })
                else {
                    continue;
                };
                for (i, r) in recs.iter().enumerate() {
                    if matches!(r.mode, Mode::None | Mode::PkgName) {
                        continue;
                    }
                    let span = sf.ast[ExprId(i as u32)].span;
                    let inside = span.start <= off && off < span.end.max(span.start + 1);
                    if inside && best.as_ref().is_none_or(|b| span.len() < b.span.len()) {
                        let text = sf.ast.text(span).to_string();
                        best = Some(ExprAt { span, text, mode: r.mode, ty: r.ty });
                    }
                }
            }
        }
        best
    }

    /// Type errors of the root units, each with the parts go/types reports after it (their
    /// messages start with a tab: `\tother declaration of x`, the `refers to` lines of a
    /// cycle), sorted by the position of the error itself.
    pub fn errors_with_parts(&self) -> Vec<(crate::Diagnostic, Vec<crate::Diagnostic>)> {
        let mut v: Vec<(crate::Diagnostic, Vec<crate::Diagnostic>)> = Vec::new();
        for u in &self.units {
            for e in &u.errors {
                match v.last_mut() {
                    Some((_, parts)) if e.message.starts_with('\t') => parts.push(e.clone()),
                    _ => v.push((e.clone(), Vec::new())),
                }
            }
        }
        v.sort_by(|(a, _), (b, _)| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
        v.dedup();
        v
    }

    /// Type errors of the root units, sorted by position. A file checked in several views of its
    /// package (the package and its test variant) gives its errors once; go/types' own repeats
    /// within one view (each cycle through a node lists that node's step again) stay.
    pub fn errors(&self) -> Vec<crate::Diagnostic> {
        let mut v: Vec<crate::Diagnostic> = Vec::new();
        let mut earlier_units: rustc_hash::FxHashSet<&crate::Diagnostic> = Default::default();
        for u in &self.units {
            v.extend(u.errors.iter().filter(|e| !earlier_units.contains(e)).cloned());
            earlier_units.extend(&u.errors);
        }
        v.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
        v
    }
}

/// Loads the packages matched by `patterns` and type-checks them.
///
/// Runs on its own thread pool with large stacks: the checker recurses over the syntax tree, and real
/// code nests deeply (long `+` chains of string literals, nested composite literals).
pub fn load_and_check(env: &crate::load::Env, patterns: &[String]) -> Program {
    let run = || {
        let t0 = std::time::Instant::now();
        let loaded = crate::load::load(env, patterns);
        let t1 = std::time::Instant::now();
        let mut p = crate::check::check_all(loaded);
        p.load_time = t1 - t0;
        p.check_time = t1.elapsed();
        p
    };
    match rayon::ThreadPoolBuilder::new().stack_size(crate::stack::THREAD_STACK).build() {
        Ok(pool) => pool.install(run),
        Err(_) => run(),
    }
}
