//! Labels (go/types' labels.go): each function body declares its labels, and `goto`, `break`
//! and `continue` refer to them; recorded in `Defs` and `Uses`.
//!
//! Misplaced jumps are not diagnosed here: only what the labels denote is recorded.

use super::Checker;
use crate::types::{ObjId, ObjKind, univ};
use mapscope_syntax::ast::{StmtId, StmtKind};
use mapscope_syntax::visit::{NodeRef, for_each_child};

impl Checker<'_> {
    /// Declares the labels of the function body `body` (not those of the function literals inside
    /// it, which have their own) and records the jumps that name them.
    pub(super) fn record_labels(&mut self, body: StmtId) {
        if !self.record {
            return;
        }
        let f = self.file();
        let mut labels: Vec<(&str, ObjId)> = Vec::new();
        let mut jumps = Vec::new();
        // Only statements are walked: an expression holds statements only inside a function
        // literal, whose labels are its own, so the body's expressions need not be visited.
        let mut stack = vec![body];
        while let Some(s) = stack.pop() {
            match &f[s].kind {
                StmtKind::Labeled { label, .. } => {
                    let name = f.name(label.name);
                    // The blank label and a second label of one name declare nothing.
                    if name != "_" && labels.iter().all(|(n, _)| *n != name) {
                        let pos = label.span.start;
                        let o = self.new_obj(ObjKind::Label, name, univ::INVALID, pos);
                        self.record_def(pos, Some(o));
                        labels.push((name, o));
                    }
                }
                StmtKind::Branch { label: Some(label), .. } => jumps.push(*label),
                _ => {}
            }
            let at = stack.len();
            for_each_child(f, NodeRef::Stmt(s), &mut |child| {
                if let NodeRef::Stmt(child) = child {
                    stack.push(child);
                }
            });
            stack[at..].reverse();
        }
        for jump in jumps {
            let name = f.name(jump.name);
            if let Some(&(_, o)) = labels.iter().find(|(n, _)| *n == name) {
                self.record_use(jump.span.start, o);
            }
        }
    }
}
