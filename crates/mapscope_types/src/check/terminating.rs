//! Terminating statements (go/types' return.go): a function with results whose body does not end
//! in one is reported with "missing return" at its closing brace.

use super::Checker;
use crate::types::{Type, TypeView};
use mapscope_syntax::Token;
use mapscope_syntax::ast::{ExprKind as E, File, StmtId, StmtKind as S};

impl Checker<'_> {
    /// After a function body is checked: a signature with results needs a terminating body
    /// (the spec's "Terminating statements").
    pub(super) fn check_missing_return(&mut self, body: StmtId) {
        if !self.record {
            return;
        }
        let Some(sig) = self.funcs.last().map(|c| c.sig) else { return };
        let Type::Signature(s) = self.ty(sig) else { return };
        if s.results.is_empty() {
            return;
        }
        let f = self.file();
        let S::Block { rbrace: Some(rbrace), .. } = f[body].kind else { return };
        if !self.terminating(f, body, None) {
            self.error(rbrace, "missing return");
        }
    }

    /// Whether statement `s` (labeled `label`, if it is) is terminating.
    fn terminating(&self, f: &File, s: StmtId, label: Option<&str>) -> bool {
        crate::stack::maybe_grow(|| match &f[s].kind {
            S::Labeled { label: l, stmt, .. } => self.terminating(f, *stmt, Some(f.name(l.name))),
            S::Expr(x) => self.is_panic_call(f, *x),
            S::Return { .. } => true,
            S::Branch { tok, .. } => matches!(tok, Token::Goto | Token::Fallthrough),
            S::Block { list, .. } => self.terminating_list(f, list, None),
            S::If { body, els: Some(els), .. } => {
                self.terminating(f, *body, None) && self.terminating(f, *els, None)
            }
            S::Switch { body, .. } | S::TypeSwitch { body, .. } => {
                let S::Block { list, .. } = &f[*body].kind else { return false };
                let mut has_default = false;
                for &c in list {
                    let S::CaseClause { is_default, body, .. } = &f[c].kind else { continue };
                    has_default |= *is_default;
                    if !self.terminating_list(f, body, None) || has_break_list(f, body, label, true)
                    {
                        return false;
                    }
                }
                has_default
            }
            S::Select { body } => {
                let S::Block { list, .. } = &f[*body].kind else { return false };
                list.iter().all(|&c| {
                    let S::CommClause { body, .. } = &f[c].kind else { return true };
                    self.terminating_list(f, body, None) && !has_break_list(f, body, label, true)
                })
            }
            S::For { cond: None, body, .. } => !has_break(f, *body, label, true),
            _ => false,
        })
    }

    /// The last statement that is not empty is terminating (trailing empty statements are
    /// permitted).
    fn terminating_list(&self, f: &File, list: &[StmtId], label: Option<&str>) -> bool {
        list.iter()
            .rev()
            .find(|&&s| !matches!(f[s].kind, S::Empty { .. }))
            .is_some_and(|&s| self.terminating(f, s, label))
    }

    /// A call of the predeclared `panic`, possibly parenthesized (as recorded: a local `panic`
    /// is another object).
    fn is_panic_call(&self, f: &File, mut x: mapscope_syntax::ast::ExprId) -> bool {
        while let E::Paren { x: inner, .. } = f[x].kind {
            x = inner;
        }
        let E::Call { fun, .. } = &f[x].kind else { return false };
        let mut fun = *fun;
        while let E::Paren { x: inner, .. } = f[fun].kind {
            fun = inner;
        }
        let E::Ident(_) = f[fun].kind else { return false };
        let used = self.info.get(self.cur_file).and_then(|i| i.uses.get(&f[fun].span.start));
        used.is_some_and(|&o| o.arena == 0 && &*self.obj(o).name == "panic")
    }
}

/// Whether `s` is or holds a `break` of the statement labeled `label`, or with `implicit` an
/// unlabeled one of the innermost breakable statement (go/types' `hasBreak`).
fn has_break(f: &File, s: StmtId, label: Option<&str>, implicit: bool) -> bool {
    crate::stack::maybe_grow(|| match &f[s].kind {
        S::Labeled { stmt, .. } => has_break(f, *stmt, label, implicit),
        S::Branch { tok: Token::Break, label: l } => match l {
            None => implicit,
            Some(l) => label == Some(f.name(l.name)),
        },
        S::Block { list, .. } => has_break_list(f, list, label, implicit),
        S::If { body, els, .. } => {
            has_break(f, *body, label, implicit)
                || els.is_some_and(|e| has_break(f, e, label, implicit))
        }
        S::CaseClause { body, .. } | S::CommClause { body, .. } => {
            has_break_list(f, body, label, implicit)
        }
        // A nested breakable statement takes the unlabeled breaks; only a labeled one reaches out.
        S::Switch { body, .. }
        | S::TypeSwitch { body, .. }
        | S::Select { body }
        | S::For { body, .. }
        | S::Range { body, .. } => label.is_some() && has_break(f, *body, label, false),
        _ => false,
    })
}

fn has_break_list(f: &File, list: &[StmtId], label: Option<&str>, implicit: bool) -> bool {
    list.iter().any(|&s| has_break(f, s, label, implicit))
}
