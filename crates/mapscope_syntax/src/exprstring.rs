//! [`File::expr_string`]: an expression as go/types prints it in messages (`types.ExprString`).
//!
//! go/types never quotes source text: it prints the AST, so `(1<<64) -1` reads `(1 << 64) - 1`,
//! composite literals shrink to `T{…}` and function literals to `(func() literal)`. Messages
//! that match go/types' wording need the same spelling.

use crate::ast::{ChanDir, ExprId, ExprKind, Field, FieldListId, File};

/// What go/types prints for a missing node (an elided composite literal type, the `type` of
/// `x.(type)`): its `"(ast: %T)"` fallback applied to nil.
const NIL: &str = "(ast: <nil>)";

/// One step of the printer's work list: an expression to expand, or text to emit.
enum Piece<'a> {
    Expr(ExprId),
    Text(&'a str),
    Fields { list: FieldListId, sep: &'static str, iface: bool },
    Sig(ExprId),
}

impl File {
    /// `e` as go/types' `ExprString` spells it. Nesting depth costs heap, not stack.
    pub fn expr_string(&self, e: ExprId) -> String {
        let mut out = String::new();
        // Pieces are pushed in reverse, so the stack pops them in print order.
        let mut work = vec![Piece::Expr(e)];
        while let Some(piece) = work.pop() {
            match piece {
                Piece::Text(s) => out.push_str(s),
                Piece::Expr(e) => self.expand(e, &mut out, &mut work),
                Piece::Fields { list, sep, iface } => {
                    let fields = &self[list].list;
                    for (i, f) in fields.iter().enumerate().rev() {
                        self.push_field(f, iface, &mut work);
                        if i > 0 {
                            work.push(Piece::Text(sep));
                        }
                    }
                }
                Piece::Sig(e) => self.push_sig(e, &mut work),
            }
        }
        out
    }

    fn expand<'a>(&'a self, e: ExprId, out: &mut String, work: &mut Vec<Piece<'a>>) {
        let mut then = |pieces: Vec<Piece<'a>>| work.extend(pieces.into_iter().rev());
        match &self[e].kind {
            // go/types' fallback for nodes it does not expect here.
            ExprKind::Bad => out.push_str("(ast: *ast.BadExpr)"),
            ExprKind::KeyValue { .. } => out.push_str("(ast: *ast.KeyValueExpr)"),
            ExprKind::Ident(n) => out.push_str(self.name(*n)),
            ExprKind::Ellipsis { elt } => {
                out.push_str("...");
                if let Some(elt) = elt {
                    then(vec![Piece::Expr(*elt)]);
                }
            }
            ExprKind::BasicLit { .. } => out.push_str(&self.lit_value(e)),
            ExprKind::FuncLit { ty, .. } => {
                out.push('(');
                then(vec![Piece::Expr(*ty), Piece::Text(" literal)")]);
            }
            ExprKind::CompositeLit { ty, elts, .. } => {
                let close = if elts.is_empty() { "{}" } else { "{…}" };
                match ty {
                    Some(t) => then(vec![Piece::Expr(*t), Piece::Text(close)]),
                    None => {
                        out.push_str(NIL);
                        out.push_str(close);
                    }
                }
            }
            ExprKind::Paren { x, .. } => {
                out.push('(');
                then(vec![Piece::Expr(*x), Piece::Text(")")]);
            }
            ExprKind::Selector { x, sel } => {
                then(vec![Piece::Expr(*x), Piece::Text("."), Piece::Text(self.name(sel.name))]);
            }
            ExprKind::Index { x, index, .. } => {
                then(vec![
                    Piece::Expr(*x),
                    Piece::Text("["),
                    Piece::Expr(*index),
                    Piece::Text("]"),
                ]);
            }
            ExprKind::IndexList { x, indices, .. } => {
                let mut p = vec![Piece::Expr(*x), Piece::Text("[")];
                list(&mut p, indices);
                p.push(Piece::Text("]"));
                then(p);
            }
            ExprKind::Slice { x, low, high, max, slice3, .. } => {
                let mut p = vec![Piece::Expr(*x), Piece::Text("[")];
                p.extend(low.map(Piece::Expr));
                p.push(Piece::Text(":"));
                p.extend(high.map(Piece::Expr));
                if *slice3 {
                    p.push(Piece::Text(":"));
                    p.extend(max.map(Piece::Expr));
                }
                p.push(Piece::Text("]"));
                then(p);
            }
            ExprKind::TypeAssert { x, ty, .. } => {
                let mut p = vec![Piece::Expr(*x), Piece::Text(".(")];
                p.push(ty.map_or(Piece::Text(NIL), Piece::Expr));
                p.push(Piece::Text(")"));
                then(p);
            }
            ExprKind::Call { fun, args, ellipsis, .. } => {
                let mut p = vec![Piece::Expr(*fun), Piece::Text("(")];
                list(&mut p, args);
                if ellipsis.is_some() {
                    p.push(Piece::Text("..."));
                }
                p.push(Piece::Text(")"));
                then(p);
            }
            ExprKind::Star { x } => {
                out.push('*');
                then(vec![Piece::Expr(*x)]);
            }
            ExprKind::Unary { op, x, .. } => {
                out.push_str(op.as_str());
                then(vec![Piece::Expr(*x)]);
            }
            ExprKind::Binary { x, op, y, .. } => {
                then(vec![
                    Piece::Expr(*x),
                    Piece::Text(" "),
                    Piece::Text(op.as_str()),
                    Piece::Text(" "),
                    Piece::Expr(*y),
                ]);
            }
            ExprKind::ArrayType { len, elt, .. } => {
                out.push('[');
                let mut p: Vec<Piece<'a>> = len.map(Piece::Expr).into_iter().collect();
                p.extend([Piece::Text("]"), Piece::Expr(*elt)]);
                then(p);
            }
            ExprKind::StructType { fields, .. } => {
                out.push_str("struct{");
                then(vec![
                    Piece::Fields { list: *fields, sep: "; ", iface: false },
                    Piece::Text("}"),
                ]);
            }
            ExprKind::FuncType { .. } => {
                out.push_str("func");
                then(vec![Piece::Sig(e)]);
            }
            ExprKind::InterfaceType { methods, .. } => {
                out.push_str("interface{");
                then(vec![
                    Piece::Fields { list: *methods, sep: "; ", iface: true },
                    Piece::Text("}"),
                ]);
            }
            ExprKind::MapType { key, value } => {
                out.push_str("map[");
                then(vec![Piece::Expr(*key), Piece::Text("]"), Piece::Expr(*value)]);
            }
            ExprKind::ChanType { dir, value, .. } => {
                out.push_str(match dir {
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                    ChanDir::Both => "chan ",
                });
                then(vec![Piece::Expr(*value)]);
            }
        }
    }

    /// A literal's `go/ast.BasicLit.Value`: its source text, with carriage returns dropped from
    /// raw strings as go/scanner drops them.
    fn lit_value(&self, e: ExprId) -> String {
        let text = self.text(self[e].span);
        if text.starts_with('`') { text.replace('\r', "") } else { text.into_owned() }
    }

    /// `(params)` and the results of function type `e`, as go/types' `writeSigExpr`.
    fn push_sig<'a>(&'a self, e: ExprId, work: &mut Vec<Piece<'a>>) {
        let ExprKind::FuncType { params, results, .. } = &self[e].kind else { return };
        let mut p = vec![
            Piece::Text("("),
            Piece::Fields { list: *params, sep: ", ", iface: false },
            Piece::Text(")"),
        ];
        if let Some(res) = results {
            let fields = &self[*res].list;
            let count: usize = fields.iter().map(|f| f.names.len().max(1)).sum();
            match fields.as_slice() {
                [] => {}
                [only] if only.names.is_empty() && count == 1 => {
                    p.push(Piece::Text(" "));
                    p.extend(only.ty.map(Piece::Expr));
                }
                _ => p.extend([
                    Piece::Text(" ("),
                    Piece::Fields { list: *res, sep: ", ", iface: false },
                    Piece::Text(")"),
                ]),
            }
        }
        work.extend(p.into_iter().rev());
    }

    /// One field of a list, as go/types' `writeFieldList` prints it (tags are left out).
    fn push_field<'a>(&'a self, f: &Field, iface: bool, work: &mut Vec<Piece<'a>>) {
        let mut p = Vec::new();
        for (i, n) in f.names.iter().enumerate() {
            if i > 0 {
                p.push(Piece::Text(", "));
            }
            p.push(Piece::Text(self.name(n.name)));
        }
        match f.ty {
            // An interface method's type is its signature alone.
            Some(t) if iface && matches!(self[t].kind, ExprKind::FuncType { .. }) => {
                p.push(Piece::Sig(t));
            }
            Some(t) => {
                if !f.names.is_empty() {
                    p.push(Piece::Text(" "));
                }
                p.push(Piece::Expr(t));
            }
            None => {}
        }
        work.extend(p.into_iter().rev());
    }
}

/// Appends `exprs` separated by `", "`.
fn list(p: &mut Vec<Piece<'_>>, exprs: &[ExprId]) {
    for (i, &x) in exprs.iter().enumerate() {
        if i > 0 {
            p.push(Piece::Text(", "));
        }
        p.push(Piece::Expr(x));
    }
}

#[cfg(test)]
mod tests {
    use crate::ast::{Decl, ExprId, Spec};

    /// The expression of `var _ = <src>`.
    fn spell(src: &str) -> String {
        let parse = crate::parse_file(format!("package p\n\nvar _ = {src}\n").as_bytes());
        assert!(parse.errors.is_empty(), "{src}: {:?}", parse.errors);
        let f = &parse.file;
        let Decl::Gen(g) = &f[f.decls[0]] else { panic!("not a var declaration") };
        let Some(Spec::Value(v)) = g.specs.first() else { panic!("no value spec") };
        let e: ExprId = v.values[0];
        f.expr_string(e)
    }

    #[test]
    fn spells_expressions_as_go_types_does() {
        for (src, want) in [
            ("(1<<64) -1", "(1 << 64) - 1"),
            ("-x+ ^y", "-x + ^y"),
            ("a.b [ i ] ( x , y ... )", "a.b[i](x, y...)"),
            ("s[ : n : m ]", "s[:n:m]"),
            ("s[1:]", "s[1:]"),
            ("x.( T )", "x.(T)"),
            ("[]int{ 1, 2 }", "[]int{…}"),
            ("map[string]int{}", "map[string]int{}"),
            ("func(a, b int) (r int) { return }", "(func(a, b int) (r int) literal)"),
            ("func(int) error { return nil }", "(func(int) error literal)"),
            ("func() (int, error) { return 0, nil }", "(func() (int, error) literal)"),
            ("struct{ a, b int `tag`; c string }{}", "struct{a, b int; c string}{}"),
            (
                "interface{ M(x int) bool; io.Reader }(nil)",
                "interface{M(x int) bool; io.Reader}(nil)",
            ),
            ("[...]chan<- *T{}", "[...]chan<- *T{}"),
            ("make(<-chan int)", "make(<-chan int)"),
            ("G[int, string]{}", "G[int, string]{}"),
            ("`a\r\nb`", "`a\nb`"),
        ] {
            assert_eq!(spell(src), want, "{src}");
        }
    }

    #[test]
    fn deep_nesting_uses_no_stack() {
        // go/parser's nesting limit is 10^5; stay under it.
        let n = 50_000;
        let src = format!("{}1{}", "(".repeat(n), ")".repeat(n));
        assert_eq!(spell(&src), src);
    }
}
