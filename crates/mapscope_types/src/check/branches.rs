//! Jumps without labels (go/types' statement contexts in stmt.go): `break` outside a loop, switch
//! or select, `continue` outside a loop, and `fallthrough` anywhere but at the end of a case of
//! an expression switch that is not the last one.

use super::Checker;
use mapscope_syntax::Token;
use mapscope_syntax::ast::{File, StmtId, StmtKind as S};

/// go/types' `stmtContext` bits.
const BREAK_OK: u8 = 1;
const CONTINUE_OK: u8 = 2;
const FALLTHROUGH_OK: u8 = 4;
const FINAL_SWITCH_CASE: u8 = 8;
const IN_TYPE_SWITCH: u8 = 16;

impl Checker<'_> {
    /// Reports the misplaced unlabeled jumps of a function body (not of the function literals in
    /// it, whose bodies are checked on their own).
    pub(super) fn check_branches(&mut self, body: StmtId) {
        if !self.record {
            return;
        }
        let f = self.file();
        if let S::Block { list, .. } = &f[body].kind {
            self.branch_list(f, 0, list);
        }
    }

    /// go/types' `stmtList`: only the last statement (trailing empty ones aside) may fall through.
    fn branch_list(&mut self, f: &File, ctx: u8, list: &[StmtId]) {
        let ok = ctx & FALLTHROUGH_OK != 0;
        let inner = ctx & !FALLTHROUGH_OK;
        let n =
            list.iter().rposition(|&s| !matches!(f[s].kind, S::Empty { .. })).map_or(0, |i| i + 1);
        for (i, &s) in list[..n].iter().enumerate() {
            let ctx = if ok && i + 1 == n { inner | FALLTHROUGH_OK } else { inner };
            self.branch_stmt(f, ctx, s);
        }
    }

    fn branch_stmt(&mut self, f: &File, ctx: u8, s: StmtId) {
        crate::stack::maybe_grow(|| self.branch_stmt_inner(f, ctx, s));
    }

    fn branch_stmt_inner(&mut self, f: &File, ctx: u8, s: StmtId) {
        let inner = ctx & !(FALLTHROUGH_OK | FINAL_SWITCH_CASE | IN_TYPE_SWITCH);
        let clauses = |body: StmtId| match &f[body].kind {
            S::Block { list, .. } => list.as_slice(),
            _ => &[],
        };
        match &f[s].kind {
            S::Labeled { stmt, .. } => self.branch_stmt(f, ctx, *stmt),
            S::Branch { tok, label: None } => {
                let msg = match tok {
                    Token::Break if ctx & BREAK_OK == 0 => {
                        "break not in for, switch, or select statement"
                    }
                    Token::Continue if ctx & CONTINUE_OK == 0 => "continue not in for statement",
                    Token::Fallthrough if ctx & FALLTHROUGH_OK == 0 => {
                        if ctx & FINAL_SWITCH_CASE != 0 {
                            "cannot fallthrough final case in switch"
                        } else if ctx & IN_TYPE_SWITCH != 0 {
                            "cannot fallthrough in type switch"
                        } else {
                            "fallthrough statement out of place"
                        }
                    }
                    _ => return,
                };
                self.error(f[s].span.start, msg);
            }
            S::Block { list, .. } => self.branch_list(f, inner, list),
            S::If { body, els, .. } => {
                self.branch_stmt(f, inner, *body);
                if let Some(e) = els {
                    self.branch_stmt(f, inner, *e);
                }
            }
            S::Switch { body, .. } => {
                let cl = clauses(*body);
                for (i, &c) in cl.iter().enumerate() {
                    if let S::CaseClause { body, .. } = &f[c].kind {
                        let last =
                            if i + 1 < cl.len() { FALLTHROUGH_OK } else { FINAL_SWITCH_CASE };
                        self.branch_list(f, inner | BREAK_OK | last, body);
                    }
                }
            }
            S::TypeSwitch { body, .. } => {
                for &c in clauses(*body) {
                    if let S::CaseClause { body, .. } = &f[c].kind {
                        self.branch_list(f, inner | BREAK_OK | IN_TYPE_SWITCH, body);
                    }
                }
            }
            S::Select { body } => {
                for &c in clauses(*body) {
                    if let S::CommClause { body, .. } = &f[c].kind {
                        self.branch_list(f, inner | BREAK_OK, body);
                    }
                }
            }
            S::For { body, .. } | S::Range { body, .. } => {
                self.branch_stmt(f, inner | BREAK_OK | CONTINUE_OK, *body)
            }
            _ => {}
        }
    }
}
