//! Labels (go/types' labels.go): each function body declares its labels, and `goto`, `break`
//! and `continue` refer to them; recorded in `Defs` and `Uses`, and misplaced jumps, labels
//! declared twice or never used, and `goto`s into blocks or over variable declarations are
//! reported in go/types' words.

use super::Checker;
use crate::types::{ObjId, ObjKind, TypeView, univ};
use mapscope_syntax::Token;
use mapscope_syntax::ast::{Decl, File, Ident, StmtId, StmtKind};

/// A block of the walk (go/types' `block`): the labeled statement it belongs to, if any, and the
/// labels declared directly in it.
struct Frame<'f> {
    lstmt: Option<StmtId>,
    labels: Vec<(&'f str, StmtId)>,
}

/// The state of one function body's walk: every label declared in it (with whether a jump uses
/// it) and the enclosing blocks.
struct Walk<'f> {
    f: &'f File,
    all: Vec<(&'f str, ObjId, bool)>,
    frames: Vec<Frame<'f>>,
}

/// A jump statement's label and the name it spells.
type Jump<'f> = (&'f str, Ident);

impl<'f> Walk<'f> {
    /// The labeled statement of that name in the current block or an enclosing one.
    fn goto_target(&self, name: &str) -> Option<StmtId> {
        self.frames
            .iter()
            .rev()
            .find_map(|fr| fr.labels.iter().find(|(n, _)| *n == name).map(|&(_, s)| s))
    }

    /// The innermost enclosing labeled statement of that name.
    fn enclosing_target(&self, name: &str) -> Option<StmtId> {
        self.frames.iter().rev().find_map(|fr| {
            fr.lstmt.filter(|&s| match &self.f[s].kind {
                StmtKind::Labeled { label, .. } => self.f.name(label.name) == name,
                _ => false,
            })
        })
    }

    /// Marks the label `name` used and records the jump's use of it.
    fn use_label(&mut self, c: &mut Checker<'_>, name: &str, label: Ident) {
        if let Some(l) = self.all.iter_mut().find(|(n, _, _)| *n == name) {
            l.2 = true;
            c.record_use(label.span.start, l.1);
        }
    }

    /// go/types' `blockBranches`: the statements of one block, with `lstmt` the labeled statement
    /// the block belongs to; returns the forward `goto`s not resolved inside it.
    fn block(
        &mut self,
        c: &mut Checker<'_>,
        lstmt: Option<StmtId>,
        list: &[StmtId],
    ) -> Vec<Jump<'f>> {
        self.frames.push(Frame { lstmt, labels: Vec::new() });
        let mut st = BlockState { var_decl: None, fwd: Vec::new(), bad: Vec::new() };
        for &s in list {
            self.stmt(c, &mut st, None, s);
        }
        self.frames.pop();
        st.fwd
    }

    fn stmt(
        &mut self,
        c: &mut Checker<'_>,
        st: &mut BlockState<'f>,
        lstmt: Option<StmtId>,
        s: StmtId,
    ) {
        let f = self.f;
        match &f[s].kind {
            StmtKind::Decl(d) => {
                if let Decl::Gen(g) = &f[*d] {
                    if g.tok == Token::Var {
                        st.record_var_decl(g.tok_pos);
                    }
                }
            }
            StmtKind::Labeled { label, stmt, .. } => {
                let name = f.name(label.name);
                let mut lstmt = lstmt;
                if name != "_" {
                    let pos = label.span.start;
                    let o = c.new_obj(ObjKind::Label, name, univ::INVALID, pos);
                    let alt = self.all.iter().find(|(n, _, _)| *n == name).map(|l| l.1);
                    if let Some(alt) = alt {
                        c.error(pos, format!("label {name} already declared"));
                        c.error_alt_decl(alt, "");
                    } else {
                        self.all.push((name, o, false));
                        if let Some(fr) = self.frames.last_mut() {
                            fr.labels.push((name, s));
                        }
                        c.record_def(pos, Some(o));
                    }
                    // The forward jumps to this label are resolved here.
                    let fwd = std::mem::take(&mut st.fwd);
                    for jmp in fwd {
                        if jmp.0 != name {
                            st.fwd.push(jmp);
                            continue;
                        }
                        // A second label of the name takes the jump, so the first stays unused.
                        if alt.is_none() {
                            if let Some(l) = self.all.iter_mut().find(|(n, _, _)| *n == name) {
                                l.2 = true;
                            }
                        }
                        // go/types records the use with the label just made, even a second one.
                        c.record_use(jmp.1.span.start, o);
                        if let Some(at) = st.var_decl {
                            if st.bad.iter().any(|b| b.1.span.start == jmp.1.span.start) {
                                let line = c.line_of(at);
                                let msg = format!(
                                    "goto {name} jumps over variable declaration at line {line}"
                                );
                                c.error(jmp.1.span.start, msg);
                            }
                        }
                    }
                    lstmt = Some(s);
                }
                self.stmt(c, st, lstmt, *stmt);
            }
            StmtKind::Branch { tok, label: Some(label) } => {
                let name = f.name(label.name);
                let at = label.span.start;
                match tok {
                    Token::Break | Token::Continue => {
                        let target = self.enclosing_target(name).and_then(|t| match &f[t].kind {
                            StmtKind::Labeled { stmt, .. } => Some(&f[*stmt].kind),
                            _ => None,
                        });
                        let valid = match target {
                            Some(StmtKind::For { .. } | StmtKind::Range { .. }) => true,
                            Some(
                                StmtKind::Switch { .. }
                                | StmtKind::TypeSwitch { .. }
                                | StmtKind::Select { .. },
                            ) => *tok == Token::Break,
                            _ => false,
                        };
                        if !valid {
                            let what = if *tok == Token::Break { "break" } else { "continue" };
                            c.error(at, format!("invalid {what} label {name}"));
                            return;
                        }
                    }
                    Token::Goto => {
                        if self.goto_target(name).is_none() {
                            // The label may be declared later in this block or an enclosing one.
                            st.fwd.push((name, *label));
                            return;
                        }
                    }
                    _ => return,
                }
                self.use_label(c, name, *label);
            }
            StmtKind::Assign { tok: Token::Define, lhs, .. } => {
                if let Some(&l) = lhs.first() {
                    st.record_var_decl(f[l].span.start);
                }
            }
            StmtKind::Block { list, .. } => {
                let fwd = self.block(c, lstmt, list);
                st.fwd.extend(fwd);
            }
            StmtKind::If { body, els, .. } => {
                self.stmt(c, st, lstmt, *body);
                if let Some(e) = els {
                    self.stmt(c, st, lstmt, *e);
                }
            }
            StmtKind::CaseClause { body, .. } | StmtKind::CommClause { body, .. } => {
                let fwd = self.block(c, None, body);
                st.fwd.extend(fwd);
            }
            StmtKind::Switch { body, .. }
            | StmtKind::TypeSwitch { body, .. }
            | StmtKind::Select { body }
            | StmtKind::For { body, .. }
            | StmtKind::Range { body, .. } => self.stmt(c, st, lstmt, *body),
            _ => {}
        }
    }
}

/// The forward jumps of one block and the last variable declaration they may jump over.
struct BlockState<'f> {
    var_decl: Option<u32>,
    fwd: Vec<Jump<'f>>,
    /// The forward jumps seen before the last variable declaration.
    bad: Vec<Jump<'f>>,
}

impl BlockState<'_> {
    fn record_var_decl(&mut self, pos: u32) {
        self.var_decl = Some(pos);
        self.bad.clone_from(&self.fwd);
    }
}

impl Checker<'_> {
    /// go/types' `labels`: declares the labels of the function body `body` (not those of the
    /// function literals inside it, which have their own), records the jumps that name them and
    /// reports misplaced ones. Like go/types, does nothing for a body without labels.
    pub(super) fn record_labels(&mut self, body: StmtId) {
        if !self.record {
            return;
        }
        let f = self.file();
        if !has_label(f, body) {
            return;
        }
        let mut w = Walk { f, all: Vec::new(), frames: Vec::new() };
        let list = match &f[body].kind {
            StmtKind::Block { list, .. } => list.as_slice(),
            _ => &[],
        };
        let fwd = w.block(self, None, list);
        for (name, label) in fwd {
            let msg = if let Some(l) = w.all.iter_mut().find(|(n, _, _)| *n == name) {
                l.2 = true;
                format!("goto {name} jumps into block")
            } else {
                format!("label {name} not declared")
            };
            self.error(label.span.start, msg);
        }
        for &(name, o, used) in &w.all {
            if !used {
                let pos = self.obj(o).pos;
                self.error(pos, format!("label {name} declared and not used"));
            }
        }
    }

    /// The line of an offset of the current file, as positions print it.
    pub(super) fn line_of(&self, offset: u32) -> u32 {
        let file = &self.loaded.files[self.unit.files[self.cur_file].0 as usize];
        file.diagnostic(offset, String::new()).line
    }
}

/// go/types' `hasLabel`: whether the body (not counting function literals) has a labeled
/// statement or a jump naming a label.
fn has_label(f: &File, body: StmtId) -> bool {
    // An expression holds statements only inside a function literal, so only statements are walked.
    let mut stack = vec![body];
    while let Some(s) = stack.pop() {
        match &f[s].kind {
            StmtKind::Labeled { .. } | StmtKind::Branch { label: Some(_), .. } => return true,
            _ => {}
        }
        mapscope_syntax::visit::for_each_child(
            f,
            mapscope_syntax::visit::NodeRef::Stmt(s),
            &mut |c| {
                if let mapscope_syntax::visit::NodeRef::Stmt(c) = c {
                    stack.push(c);
                }
            },
        );
    }
    false
}
