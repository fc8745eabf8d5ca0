//! Queries over a checked [`Program`]: the map-typed expressions (the `mapexprs` oracle's lines) and the type at a position.

use crate::check::{Mode, Program};
use crate::types::{Type, TypeId, TypeView};
use mapscope_syntax::ast::ExprId;

impl Program {
    fn unalias(&self, mut t: TypeId) -> TypeId {
        for _ in 0..100 {
            match self.ty(t) {
                Type::Alias { rhs, .. } => t = *rhs,
                _ => break,
            }
        }
        t
    }

    /// Whether a type's underlying type is a map (type parameters excluded, as the oracle does).
    pub fn is_map(&self, t: TypeId) -> bool {
        let t = self.unalias(t);
        match self.ty(t) {
            Type::Map(..) => true,
            Type::Named(n) => {
                n.underlying.is_some_and(|u| matches!(self.ty(self.unalias(u)), Type::Map(..)))
            }
            _ => false,
        }
    }

    /// `path:line:col: TYPE` for every recorded value expression of the root units (maps only unless `all`),
    /// sorted bytewise: the same lines as `tools/mapexprs [-all]`.
    pub fn expr_lines(&self, all: bool) -> Vec<String> {
        let mut out = Vec::new();
        for u in &self.units {
            for (fi, (fid, recs)) in u.records.iter().enumerate() {
                let sf = &self.loaded.files[fid.0 as usize];
                for &(off, t) in u.extra.get(fi).into_iter().flatten() {
                    if all
                        || (self.is_map(t)
                            && !matches!(self.ty(self.unalias(t)), Type::TypeParam { .. }))
                    {
                        let lc = sf.ast.line_col(off);
                        out.push(format!(
                            "{}:{}:{}: {}",
                            sf.display,
                            lc.line,
                            lc.col,
                            self.type_string(t)
                        ));
                    }
                }
                for (i, r) in recs.iter().enumerate() {
                    if r.mode != Mode::Value {
                        continue;
                    }
                    if !all && !self.is_map(r.ty) {
                        continue;
                    }
                    if !all && matches!(self.ty(self.unalias(r.ty)), Type::TypeParam { .. }) {
                        continue;
                    }
                    let e = &sf.ast[ExprId(i as u32)];
                    let lc = sf.ast.line_col(e.span.start);
                    out.push(format!(
                        "{}:{}:{}: {}",
                        sf.display,
                        lc.line,
                        lc.col,
                        self.type_string(r.ty)
                    ));
                }
            }
        }
        out.sort();
        out
    }

    /// The innermost recorded expression (value or type) whose span contains `line:col` in the file shown as
    /// `path` (or whose absolute path is `path`): its source text and type string.
    pub fn type_at(&self, path: &str, line: u32, col: u32) -> Option<(String, String)> {
        let mut best: Option<(u32, String, String)> = None;
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
                    let e = &sf.ast[ExprId(i as u32)];
                    if e.span.start <= off && off < e.span.end.max(e.span.start + 1) {
                        let len = e.span.len();
                        if best.as_ref().is_none_or(|(l, _, _)| len < *l) {
                            let what = match r.mode {
                                Mode::TypeExpr => "type",
                                Mode::Builtin => "builtin",
                                Mode::NoValue => "no value",
                                _ => "value",
                            };
                            best = Some((
                                len,
                                format!("{} ({what})", sf.ast.text(e.span)),
                                self.type_string(r.ty),
                            ));
                        }
                    }
                }
            }
        }
        best.map(|(_, a, b)| (a, b))
    }

    /// Type errors of the root units, sorted by position.
    pub fn errors(&self) -> Vec<crate::Diagnostic> {
        let mut v: Vec<crate::Diagnostic> =
            self.units.iter().flat_map(|u| u.errors.iter().cloned()).collect();
        v.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
        v.dedup();
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
