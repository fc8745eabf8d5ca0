//! Tree traversal over the arena AST: the children of a node in source order, and a preorder walk.
//!
//! The walk keeps its own stack, so arbitrarily deep trees do not grow the call stack.

use crate::ast::*;

/// A reference to any node that has children.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum NodeRef {
    Expr(ExprId),
    Stmt(StmtId),
    Decl(DeclId),
    /// The `index`-th spec of the [`GenDecl`] `decl`.
    Spec {
        decl: DeclId,
        index: u32,
    },
    FieldList(FieldListId),
}

impl NodeRef {
    /// The node's span (`go/ast`'s `Pos()..End()`).
    pub fn span(self, f: &File) -> Span {
        match self {
            NodeRef::Expr(e) => f[e].span,
            NodeRef::Stmt(s) => f[s].span,
            NodeRef::Decl(d) => f.decl_span(d),
            NodeRef::Spec { decl, index } => match &f[decl] {
                Decl::Gen(g) => match &g.specs[index as usize] {
                    Spec::Import(s) => s.span,
                    Spec::Value(s) => s.span,
                    Spec::Type(s) => s.span,
                },
                _ => Span::default(),
            },
            NodeRef::FieldList(l) => f[l].span,
        }
    }
}

/// Calls `visit` on each direct child of `node`, in source order. Identifiers that declare names
/// ([`Ident`]) and comments are not nodes here; field types and tags are reached through the
/// field list.
pub fn for_each_child(f: &File, node: NodeRef, visit: &mut impl FnMut(NodeRef)) {
    use NodeRef as N;
    match node {
        N::Expr(id) => expr_children(f, id, visit),
        N::Stmt(id) => stmt_children(f, id, visit),
        N::Decl(id) => match &f[id] {
            Decl::Bad { .. } => {}
            Decl::Gen(g) => {
                (0..g.specs.len() as u32).for_each(|index| visit(N::Spec { decl: id, index }))
            }
            Decl::Func(fd) => {
                fd.recv.into_iter().for_each(|r| visit(N::FieldList(r)));
                visit(N::Expr(fd.ty));
                fd.body.into_iter().for_each(|b| visit(N::Stmt(b)));
            }
        },
        N::Spec { decl, index } => {
            let Decl::Gen(g) = &f[decl] else { return };
            match g.specs.get(index as usize) {
                Some(Spec::Import(s)) => visit(N::Expr(s.path)),
                Some(Spec::Value(s)) => {
                    s.ty.into_iter().chain(s.values.iter().copied()).for_each(|x| visit(N::Expr(x)))
                }
                Some(Spec::Type(s)) => {
                    s.type_params.into_iter().for_each(|tp| visit(N::FieldList(tp)));
                    visit(N::Expr(s.ty));
                }
                None => {}
            }
        }
        N::FieldList(id) => {
            for field in &f[id].list {
                field.ty.into_iter().chain(field.tag).for_each(|x| visit(N::Expr(x)));
            }
        }
    }
}

fn expr_children(f: &File, id: ExprId, visit: &mut impl FnMut(NodeRef)) {
    use NodeRef as N;
    let mut ex = |x: ExprId| visit(N::Expr(x));
    match &f[id].kind {
        ExprKind::Bad | ExprKind::Ident(_) | ExprKind::BasicLit { .. } => {}
        ExprKind::Ellipsis { elt } => elt.iter().copied().for_each(ex),
        ExprKind::FuncLit { ty, body } => {
            visit(N::Expr(*ty));
            visit(N::Stmt(*body));
        }
        ExprKind::CompositeLit { ty, elts, .. } => ty.iter().chain(elts).copied().for_each(ex),
        ExprKind::Paren { x, .. }
        | ExprKind::Selector { x, .. }
        | ExprKind::Star { x }
        | ExprKind::Unary { x, .. } => ex(*x),
        ExprKind::Index { x, index, .. } => [*x, *index].into_iter().for_each(ex),
        ExprKind::IndexList { x, indices, .. } => {
            std::iter::once(x).chain(indices).copied().for_each(ex)
        }
        ExprKind::Slice { x, low, high, max, .. } => {
            std::iter::once(*x).chain(*low).chain(*high).chain(*max).for_each(ex)
        }
        ExprKind::TypeAssert { x, ty, .. } => std::iter::once(*x).chain(*ty).for_each(ex),
        ExprKind::Call { fun, args, .. } => std::iter::once(fun).chain(args).copied().for_each(ex),
        ExprKind::Binary { x, y, .. } => [*x, *y].into_iter().for_each(ex),
        ExprKind::KeyValue { key, value, .. } => [*key, *value].into_iter().for_each(ex),
        ExprKind::ArrayType { len, elt, .. } => {
            len.iter().chain(std::iter::once(elt)).copied().for_each(ex)
        }
        ExprKind::StructType { fields, .. } => visit(N::FieldList(*fields)),
        ExprKind::FuncType { type_params, params, results, .. } => type_params
            .iter()
            .chain(std::iter::once(params))
            .chain(results)
            .for_each(|l| visit(N::FieldList(*l))),
        ExprKind::InterfaceType { methods, .. } => visit(N::FieldList(*methods)),
        ExprKind::MapType { key, value } => [*key, *value].into_iter().for_each(ex),
        ExprKind::ChanType { value, .. } => ex(*value),
    }
}

fn stmt_children(f: &File, id: StmtId, visit: &mut impl FnMut(NodeRef)) {
    use NodeRef as N;
    let s = |x: &StmtId| N::Stmt(*x);
    let e = |x: &ExprId| N::Expr(*x);
    match &f[id].kind {
        StmtKind::Bad | StmtKind::Empty { .. } | StmtKind::Branch { .. } => {}
        StmtKind::Decl(d) => visit(N::Decl(*d)),
        StmtKind::Labeled { stmt, .. } => visit(s(stmt)),
        StmtKind::Expr(x) | StmtKind::Go { call: x } | StmtKind::Defer { call: x } => visit(e(x)),
        StmtKind::Send { chan, value, .. } => [chan, value].map(e).into_iter().for_each(visit),
        StmtKind::IncDec { x, .. } => visit(e(x)),
        StmtKind::Assign { lhs, rhs, .. } => lhs.iter().chain(rhs).map(e).for_each(visit),
        StmtKind::Return { results } => results.iter().map(e).for_each(visit),
        StmtKind::Block { list, .. } => list.iter().map(s).for_each(visit),
        StmtKind::If { init, cond, body, els } => {
            init.iter().map(s).for_each(&mut *visit);
            visit(e(cond));
            visit(s(body));
            els.iter().map(s).for_each(visit);
        }
        StmtKind::CaseClause { list, body, .. } => {
            list.iter().map(e).for_each(&mut *visit);
            body.iter().map(s).for_each(visit);
        }
        StmtKind::Switch { init, tag, body } => {
            init.iter().map(s).for_each(&mut *visit);
            tag.iter().map(e).for_each(&mut *visit);
            visit(s(body));
        }
        StmtKind::TypeSwitch { init, assign, body } => {
            init.iter().map(s).for_each(&mut *visit);
            visit(s(assign));
            visit(s(body));
        }
        StmtKind::CommClause { comm, body, .. } => comm.iter().chain(body).map(s).for_each(visit),
        StmtKind::Select { body } => visit(s(body)),
        StmtKind::For { init, cond, post, body } => {
            init.iter().map(s).for_each(&mut *visit);
            cond.iter().map(e).for_each(&mut *visit);
            post.iter().map(s).for_each(&mut *visit);
            visit(s(body));
        }
        StmtKind::Range { key, value, x, body, .. } => {
            key.iter().chain(value).chain(std::iter::once(x)).map(e).for_each(&mut *visit);
            visit(s(body));
        }
    }
}

/// Preorder walk over the whole file (declarations in order, children in source order).
/// `visit` returns whether to descend into the node's children.
pub fn walk(f: &File, mut visit: impl FnMut(NodeRef) -> bool) {
    let mut stack: Vec<NodeRef> = f.decls.iter().rev().map(|&d| NodeRef::Decl(d)).collect();
    let mut children = Vec::new();
    while let Some(node) = stack.pop() {
        if !visit(node) {
            continue;
        }
        for_each_child(f, node, &mut |c| children.push(c));
        stack.extend(children.drain(..).rev());
    }
}

/// The innermost expression whose span contains `offset` (`start <= offset < end`), if any.
pub fn innermost_expr_at(f: &File, offset: u32) -> Option<ExprId> {
    let mut found = None;
    walk(f, |n| {
        let sp = n.span(f);
        if sp.start <= offset && offset < sp.end {
            if let NodeRef::Expr(e) = n {
                found = Some(e);
            }
            true
        } else {
            // Field lists and specs do not always cover their children (ranges are go/ast's).
            matches!(n, NodeRef::Decl(_))
        }
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_file;

    fn kinds(src: &str) -> Vec<String> {
        let p = parse_file(src.as_bytes());
        assert!(p.errors.is_empty(), "{:?}", p.errors);
        let f = &p.file;
        let mut out = Vec::new();
        walk(f, |n| {
            out.push(match n {
                NodeRef::Expr(e) => match &f[e].kind {
                    ExprKind::Ident(name) => format!("Ident({})", f.name(*name)),
                    k => format!("{k:?}").split([' ', '{', '(']).next().unwrap_or("").to_string(),
                },
                NodeRef::Stmt(s) => format!("{:?}", f[s].kind)
                    .split([' ', '{', '('])
                    .next()
                    .unwrap_or("")
                    .to_string(),
                NodeRef::Decl(_) => "Decl".into(),
                NodeRef::Spec { .. } => "Spec".into(),
                NodeRef::FieldList(_) => "FieldList".into(),
            });
            true
        });
        out
    }

    #[test]
    fn preorder_in_source_order() {
        let got =
            kinds("package p\nvar m = map[string]int{\"a\": 1}\nfunc f(x int) { m[\"b\"] = x }\n");
        let want = [
            "Decl",
            "Spec",
            "CompositeLit",
            "MapType",
            "Ident(string)",
            "Ident(int)",
            "KeyValue",
            "BasicLit",
            "BasicLit",
            "Decl",
            "FuncType",
            "FieldList",
            "Ident(int)",
            "Block",
            "Assign",
            "Index",
            "Ident(m)",
            "BasicLit",
            "Ident(x)",
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn innermost() {
        let src = "package p\nvar v = a.b[c+d](e)\n";
        let p = parse_file(src.as_bytes());
        let f = &p.file;
        let at = |s: &str| {
            let off = src.find(s).expect("in source") as u32;
            innermost_expr_at(f, off).map(|e| f.text(f[e].span).into_owned())
        };
        assert_eq!(at("d]").as_deref(), Some("d"));
        assert_eq!(at("+").as_deref(), Some("c+d"));
        assert_eq!(at("(e").as_deref(), Some("a.b[c+d](e)"));
        assert_eq!(at(".b").as_deref(), Some("a.b"));
        assert_eq!(innermost_expr_at(f, 0), None);
    }

    #[test]
    fn every_node_once_and_inside_its_parent() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut checked = 0;
        for entry in std::fs::read_dir(dir).expect("fixtures") {
            let path = entry.expect("entry").path();
            let name =
                path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            if !name.ends_with(".go") || name.starts_with("err_") {
                continue;
            }
            let p = parse_file(&std::fs::read(&path).expect("readable"));
            let f = &p.file;
            let mut seen = std::collections::HashSet::new();
            let mut stack: Vec<NodeRef> = f.decls.iter().map(|&d| NodeRef::Decl(d)).collect();
            while let Some(n) = stack.pop() {
                assert!(seen.insert(n), "{name}: {n:?} reached twice");
                let outer = n.span(f);
                for_each_child(f, n, &mut |c| {
                    let inner = c.span(f);
                    assert!(
                        outer.start <= inner.start && inner.end <= outer.end,
                        "{name}: {c:?} {inner:?} outside {n:?} {outer:?}"
                    );
                    stack.push(c);
                });
            }
            checked += seen.len();
        }
        assert!(checked > 3000, "walked only {checked} nodes");
    }
}
