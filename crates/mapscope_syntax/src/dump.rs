//! The canonical AST dump shared with the go/parser oracle (`tools/astdump`).
//!
//! The format is defined in `tools/astdump/main.go`: one line per node, `Kind POS END` and the
//! node's scalar fields in `go/ast` field order, then its child nodes on indented lines. Both
//! programs must print the same bytes for the same file; the oracle tests diff them.

use crate::ast::*;
use crate::lexer::strip_cr;
use crate::token::Token;
use std::io::Write;

/// Capacity hint for a dump held in memory: a dump is several times larger than its source
/// (one line per node, with positions and field names).
const DUMP_BYTES_PER_SOURCE_BYTE: usize = 8;

/// FNV-1a 64's parameters (the offset basis and the prime), as in Go's `hash/fnv`.
const FNV64_OFFSET_BASIS: u64 = 0xcbf29ce484222325;
const FNV64_PRIME: u64 = 0x100000001b3;

/// Writes the error block and the AST dump of a parse (without the `== PATH` header).
pub fn write_dump(parse: &Parse, out: &mut Vec<u8>) {
    write_errors(parse, out);
    Dumper { f: &parse.file, out }.file();
}

/// Writes the error block, then `hash HEX`: the FNV-1a 64 hash of the dump, as `astdump -hash`.
pub fn write_dump_hash(parse: &Parse, out: &mut Vec<u8>) {
    write_errors(parse, out);
    let mut buf = Vec::with_capacity(parse.file.source.len() * DUMP_BYTES_PER_SOURCE_BYTE);
    Dumper { f: &parse.file, out: &mut buf }.file();
    let _ = writeln!(out, "hash {:016x}", fnv1a64(&buf));
}

fn write_errors(parse: &Parse, out: &mut Vec<u8>) {
    let _ = writeln!(out, "errors {}", parse.errors.len());
    for e in &parse.errors {
        let _ = writeln!(out, "{}: {}", e.offset, e.message.replace('\n', "\\n"));
    }
}

/// FNV-1a, 64 bit (Go's `hash/fnv.New64a`).
pub fn fnv1a64(data: &[u8]) -> u64 {
    let mut h = FNV64_OFFSET_BASIS;
    for &b in data {
        h ^= b as u64;
        h = h.wrapping_mul(FNV64_PRIME);
    }
    h
}

struct Dumper<'a> {
    f: &'a File,
    out: &'a mut Vec<u8>,
}

fn p(pos: Option<u32>) -> i64 {
    pos.map_or(-1, |p| p as i64)
}

impl Dumper<'_> {
    fn head(&mut self, level: usize, field: &str, kind: &str, start: i64, end: i64) {
        self.indent(level, field);
        let _ = write!(self.out, "{kind} {start} {end}");
    }

    fn indent(&mut self, level: usize, field: &str) {
        self.out.extend(std::iter::repeat_n(b' ', level));
        if !field.is_empty() {
            self.out.extend_from_slice(field.as_bytes());
            self.out.extend_from_slice(b": ");
        }
    }

    fn pos(&mut self, name: &str, pos: Option<u32>) {
        let _ = write!(self.out, " {name}={}", p(pos));
    }

    fn tok(&mut self, name: &str, t: Token) {
        let _ = write!(self.out, " {name}={}", t.as_str());
    }

    fn boolean(&mut self, name: &str, b: bool) {
        let _ = write!(self.out, " {name}={b}");
    }

    fn string(&mut self, name: &str, s: &[u8]) {
        let _ = write!(self.out, " {name}={}:\"", s.len());
        self.out.extend_from_slice(s);
        self.out.push(b'"');
    }

    fn nl(&mut self) {
        self.out.push(b'\n');
    }

    fn nil(&mut self, level: usize, field: &str) {
        self.indent(level, field);
        self.out.extend_from_slice(b"nil\n");
    }

    fn list_head(&mut self, level: usize, field: &str, n: usize) {
        self.indent(level, field);
        let _ = writeln!(self.out, "[{n}]");
    }

    fn file(&mut self) {
        let f = self.f;
        let end = match f.decls.last() {
            Some(&d) => Some(f.decl_span(d).end),
            None => {
                let e = f.name.span.end;
                if f.package.is_none() && e == 0 { None } else { Some(e) }
            }
        };
        self.head(0, "", "File", p(f.package), p(end));
        self.pos("Package", f.package);
        self.pos("FileStart", Some(0));
        self.pos("FileEnd", Some(f.source.len() as u32));
        self.string("GoVersion", f.go_version.as_bytes());
        self.nl();
        self.opt_group(1, "Doc", f.doc);
        if f.package.is_some() || !f.name(f.name.name).is_empty() {
            self.ident(1, "Name", f.name);
        } else {
            // go/parser's `new(ast.Ident)` for a file it gave up on.
            self.head(1, "Name", "Ident", -1, -1);
            self.pos("NamePos", None);
            self.string("Name", b"");
            self.nl();
        }
        self.list_head(1, "Decls", f.decls.len());
        for (i, &d) in f.decls.iter().enumerate() {
            self.decl(2, &i.to_string(), d);
        }
        self.list_head(1, "Comments", f.comments.len());
        for i in 0..f.comments.len() {
            self.group(2, &i.to_string(), CommentGroupId(i as u32));
        }
    }

    fn comment_text(&self, c: &Comment) -> Vec<u8> {
        let raw = &self.f.source[c.span.range()];
        strip_cr(raw, raw.get(1) == Some(&b'*'))
    }

    fn group(&mut self, level: usize, field: &str, g: CommentGroupId) {
        let f = self.f;
        let list = &f[g].list;
        let start = list.first().map_or(-1, |c| c.span.start as i64);
        let end =
            list.last().map_or(-1, |c| (c.span.start as usize + self.comment_text(c).len()) as i64);
        self.head(level, field, "CommentGroup", start, end);
        self.nl();
        self.list_head(level + 1, "List", list.len());
        for (i, c) in list.iter().enumerate() {
            let text = self.comment_text(c);
            let s = c.span.start as i64;
            self.head(level + 2, &i.to_string(), "Comment", s, s + text.len() as i64);
            self.pos("Slash", Some(c.span.start));
            self.string("Text", &text);
            self.nl();
        }
    }

    fn opt_group(&mut self, level: usize, field: &str, g: Option<CommentGroupId>) {
        match g {
            Some(g) => self.group(level, field, g),
            None => self.nil(level, field),
        }
    }

    fn ident(&mut self, level: usize, field: &str, id: Ident) {
        self.head(level, field, "Ident", id.span.start as i64, id.span.end as i64);
        self.pos("NamePos", Some(id.span.start));
        self.string("Name", self.f.name(id.name).as_bytes());
        self.nl();
    }

    fn opt_ident(&mut self, level: usize, field: &str, id: Option<Ident>) {
        match id {
            Some(id) => self.ident(level, field, id),
            None => self.nil(level, field),
        }
    }

    fn idents(&mut self, level: usize, field: &str, ids: &[Ident]) {
        self.list_head(level, field, ids.len());
        for (i, &id) in ids.iter().enumerate() {
            self.ident(level + 1, &i.to_string(), id);
        }
    }

    fn exprs(&mut self, level: usize, field: &str, list: &[ExprId]) {
        self.list_head(level, field, list.len());
        for (i, &e) in list.iter().enumerate() {
            self.expr(level + 1, &i.to_string(), e);
        }
    }

    fn opt_expr(&mut self, level: usize, field: &str, e: Option<ExprId>) {
        match e {
            Some(e) => self.expr(level, field, e),
            None => self.nil(level, field),
        }
    }

    fn stmts(&mut self, level: usize, field: &str, list: &[StmtId]) {
        self.list_head(level, field, list.len());
        for (i, &s) in list.iter().enumerate() {
            self.stmt(level + 1, &i.to_string(), s);
        }
    }

    fn opt_stmt(&mut self, level: usize, field: &str, s: Option<StmtId>) {
        match s {
            Some(s) => self.stmt(level, field, s),
            None => self.nil(level, field),
        }
    }

    fn field_list(&mut self, level: usize, field: &str, fl: Option<FieldListId>) {
        let Some(fl) = fl else { return self.nil(level, field) };
        let fields = &self.f[fl];
        let (start, end) = if fields.opening.is_none() && fields.list.is_empty() {
            (-1, if fields.closing.is_some() { fields.span.end as i64 } else { -1 })
        } else {
            (fields.span.start as i64, fields.span.end as i64)
        };
        self.head(level, field, "FieldList", start, end);
        self.pos("Opening", fields.opening);
        self.pos("Closing", fields.closing);
        self.nl();
        self.list_head(level + 1, "List", fields.list.len());
        for (i, fd) in fields.list.iter().enumerate() {
            let (s, e) = if fd.names.is_empty() && fd.ty.is_none() {
                (-1, -1)
            } else {
                (fd.span.start as i64, fd.span.end as i64)
            };
            self.head(level + 2, &i.to_string(), "Field", s, e);
            self.nl();
            let child = level + 3;
            self.opt_group(child, "Doc", fd.doc);
            self.idents(child, "Names", &fd.names);
            self.opt_expr(child, "Type", fd.ty);
            self.opt_expr(child, "Tag", fd.tag);
            self.opt_group(child, "Comment", fd.comment);
        }
    }

    fn expr(&mut self, level: usize, field: &str, id: ExprId) {
        crate::stack::maybe_grow(|| self.expr_inner(level, field, id));
    }

    fn expr_inner(&mut self, level: usize, field: &str, id: ExprId) {
        let f = self.f;
        let e = &f[id];
        let (s, end) = (e.span.start, e.span.end);
        let child = level + 1;
        match &e.kind {
            ExprKind::Bad => {
                self.head(level, field, "BadExpr", s as i64, end as i64);
                self.pos("From", Some(s));
                self.pos("To", Some(end));
                self.nl();
            }
            ExprKind::Ident(name) => self.ident(level, field, Ident { name: *name, span: e.span }),
            ExprKind::Ellipsis { elt } => {
                self.head(level, field, "Ellipsis", s as i64, end as i64);
                self.pos("Ellipsis", Some(s));
                self.nl();
                self.opt_expr(child, "Elt", *elt);
            }
            ExprKind::BasicLit { kind } => {
                self.head(level, field, "BasicLit", s as i64, end as i64);
                self.pos("ValuePos", Some(s));
                self.pos("ValueEnd", Some(end));
                self.tok("Kind", *kind);
                let raw = &f.source[e.span.range()];
                let value =
                    if raw.first() == Some(&b'`') { strip_cr(raw, false) } else { raw.to_vec() };
                self.string("Value", &value);
                self.nl();
            }
            ExprKind::FuncLit { ty, body } => {
                self.head(level, field, "FuncLit", s as i64, end as i64);
                self.nl();
                self.expr(child, "Type", *ty);
                self.stmt(child, "Body", *body);
            }
            ExprKind::CompositeLit { ty, lbrace, elts, rbrace, incomplete } => {
                self.head(level, field, "CompositeLit", s as i64, end as i64);
                self.pos("Lbrace", Some(*lbrace));
                self.pos("Rbrace", Some(*rbrace));
                self.boolean("Incomplete", *incomplete);
                self.nl();
                self.opt_expr(child, "Type", *ty);
                self.exprs(child, "Elts", elts);
            }
            ExprKind::Paren { lparen, x, rparen } => {
                self.head(level, field, "ParenExpr", s as i64, end as i64);
                self.pos("Lparen", Some(*lparen));
                self.pos("Rparen", Some(*rparen));
                self.nl();
                self.expr(child, "X", *x);
            }
            ExprKind::Selector { x, sel } => {
                self.head(level, field, "SelectorExpr", s as i64, end as i64);
                self.nl();
                self.expr(child, "X", *x);
                self.ident(child, "Sel", *sel);
            }
            ExprKind::Index { x, lbrack, index, rbrack } => {
                self.head(level, field, "IndexExpr", s as i64, end as i64);
                self.pos("Lbrack", Some(*lbrack));
                self.pos("Rbrack", Some(*rbrack));
                self.nl();
                self.expr(child, "X", *x);
                self.expr(child, "Index", *index);
            }
            ExprKind::IndexList { x, lbrack, indices, rbrack } => {
                self.head(level, field, "IndexListExpr", s as i64, end as i64);
                self.pos("Lbrack", Some(*lbrack));
                self.pos("Rbrack", Some(*rbrack));
                self.nl();
                self.expr(child, "X", *x);
                self.exprs(child, "Indices", indices);
            }
            ExprKind::Slice { x, lbrack, low, high, max, slice3, rbrack } => {
                self.head(level, field, "SliceExpr", s as i64, end as i64);
                self.pos("Lbrack", Some(*lbrack));
                self.boolean("Slice3", *slice3);
                self.pos("Rbrack", Some(*rbrack));
                self.nl();
                self.expr(child, "X", *x);
                self.opt_expr(child, "Low", *low);
                self.opt_expr(child, "High", *high);
                self.opt_expr(child, "Max", *max);
            }
            ExprKind::TypeAssert { x, lparen, ty, rparen } => {
                self.head(level, field, "TypeAssertExpr", s as i64, end as i64);
                self.pos("Lparen", Some(*lparen));
                self.pos("Rparen", Some(*rparen));
                self.nl();
                self.expr(child, "X", *x);
                self.opt_expr(child, "Type", *ty);
            }
            ExprKind::Call { fun, lparen, args, ellipsis, rparen } => {
                self.head(level, field, "CallExpr", s as i64, end as i64);
                self.pos("Lparen", Some(*lparen));
                self.pos("Ellipsis", *ellipsis);
                self.pos("Rparen", Some(*rparen));
                self.nl();
                self.expr(child, "Fun", *fun);
                self.exprs(child, "Args", args);
            }
            ExprKind::Star { x } => {
                self.head(level, field, "StarExpr", s as i64, end as i64);
                self.pos("Star", Some(s));
                self.nl();
                self.expr(child, "X", *x);
            }
            ExprKind::Unary { op, op_pos, x } => {
                self.head(level, field, "UnaryExpr", s as i64, end as i64);
                self.pos("OpPos", Some(*op_pos));
                self.tok("Op", *op);
                self.nl();
                self.expr(child, "X", *x);
            }
            ExprKind::Binary { x, op, op_pos, y } => {
                self.head(level, field, "BinaryExpr", s as i64, end as i64);
                self.pos("OpPos", Some(*op_pos));
                self.tok("Op", *op);
                self.nl();
                self.expr(child, "X", *x);
                self.expr(child, "Y", *y);
            }
            ExprKind::KeyValue { key, colon, value } => {
                self.head(level, field, "KeyValueExpr", s as i64, end as i64);
                self.pos("Colon", Some(*colon));
                self.nl();
                self.expr(child, "Key", *key);
                self.expr(child, "Value", *value);
            }
            ExprKind::ArrayType { lbrack, len, elt } => {
                self.head(level, field, "ArrayType", s as i64, end as i64);
                self.pos("Lbrack", Some(*lbrack));
                self.nl();
                self.opt_expr(child, "Len", *len);
                self.expr(child, "Elt", *elt);
            }
            ExprKind::StructType { fields, incomplete } => {
                self.head(level, field, "StructType", s as i64, end as i64);
                self.pos("Struct", Some(s));
                self.boolean("Incomplete", *incomplete);
                self.nl();
                self.field_list(child, "Fields", Some(*fields));
            }
            ExprKind::FuncType { func_pos, type_params, params, results } => {
                self.head(level, field, "FuncType", s as i64, end as i64);
                self.pos("Func", *func_pos);
                self.nl();
                self.field_list(child, "TypeParams", *type_params);
                self.field_list(child, "Params", Some(*params));
                self.field_list(child, "Results", *results);
            }
            ExprKind::InterfaceType { methods, incomplete } => {
                self.head(level, field, "InterfaceType", s as i64, end as i64);
                self.pos("Interface", Some(s));
                self.boolean("Incomplete", *incomplete);
                self.nl();
                self.field_list(child, "Methods", Some(*methods));
            }
            ExprKind::MapType { key, value } => {
                self.head(level, field, "MapType", s as i64, end as i64);
                self.pos("Map", Some(s));
                self.nl();
                self.expr(child, "Key", *key);
                self.expr(child, "Value", *value);
            }
            ExprKind::ChanType { arrow, dir, value } => {
                self.head(level, field, "ChanType", s as i64, end as i64);
                self.pos("Begin", Some(s));
                self.pos("Arrow", *arrow);
                let _ = write!(self.out, " Dir={}", *dir as u8);
                self.nl();
                self.expr(child, "Value", *value);
            }
        }
    }

    fn stmt(&mut self, level: usize, field: &str, id: StmtId) {
        crate::stack::maybe_grow(|| self.stmt_inner(level, field, id));
    }

    fn stmt_inner(&mut self, level: usize, field: &str, id: StmtId) {
        let f = self.f;
        let stmt = &f[id];
        let (s, end) = (stmt.span.start, stmt.span.end);
        let child = level + 1;
        match &stmt.kind {
            StmtKind::Bad => {
                self.head(level, field, "BadStmt", s as i64, end as i64);
                self.pos("From", Some(s));
                self.pos("To", Some(end));
                self.nl();
            }
            StmtKind::Decl(d) => {
                self.head(level, field, "DeclStmt", s as i64, end as i64);
                self.nl();
                self.decl(child, "Decl", *d);
            }
            StmtKind::Empty { semicolon, implicit } => {
                self.head(level, field, "EmptyStmt", s as i64, end as i64);
                self.pos("Semicolon", Some(*semicolon));
                self.boolean("Implicit", *implicit);
                self.nl();
            }
            StmtKind::Labeled { label, colon, stmt } => {
                self.head(level, field, "LabeledStmt", s as i64, end as i64);
                self.pos("Colon", Some(*colon));
                self.nl();
                self.ident(child, "Label", *label);
                self.stmt(child, "Stmt", *stmt);
            }
            StmtKind::Expr(x) => {
                self.head(level, field, "ExprStmt", s as i64, end as i64);
                self.nl();
                self.expr(child, "X", *x);
            }
            StmtKind::Send { chan, arrow, value } => {
                self.head(level, field, "SendStmt", s as i64, end as i64);
                self.pos("Arrow", Some(*arrow));
                self.nl();
                self.expr(child, "Chan", *chan);
                self.expr(child, "Value", *value);
            }
            StmtKind::IncDec { x, tok, tok_pos } => {
                self.head(level, field, "IncDecStmt", s as i64, end as i64);
                self.pos("TokPos", Some(*tok_pos));
                self.tok("Tok", *tok);
                self.nl();
                self.expr(child, "X", *x);
            }
            StmtKind::Assign { lhs, tok, tok_pos, rhs } => {
                self.head(level, field, "AssignStmt", s as i64, end as i64);
                self.pos("TokPos", Some(*tok_pos));
                self.tok("Tok", *tok);
                self.nl();
                self.exprs(child, "Lhs", lhs);
                self.exprs(child, "Rhs", rhs);
            }
            StmtKind::Go { call } | StmtKind::Defer { call } => {
                let (kind, name) = if matches!(stmt.kind, StmtKind::Go { .. }) {
                    ("GoStmt", "Go")
                } else {
                    ("DeferStmt", "Defer")
                };
                self.head(level, field, kind, s as i64, end as i64);
                self.pos(name, Some(s));
                self.nl();
                self.expr(child, "Call", *call);
            }
            StmtKind::Return { results } => {
                self.head(level, field, "ReturnStmt", s as i64, end as i64);
                self.pos("Return", Some(s));
                self.nl();
                self.exprs(child, "Results", results);
            }
            StmtKind::Branch { tok, label } => {
                self.head(level, field, "BranchStmt", s as i64, end as i64);
                self.pos("TokPos", Some(s));
                self.tok("Tok", *tok);
                self.nl();
                self.opt_ident(child, "Label", *label);
            }
            StmtKind::Block { lbrace, list, rbrace } => {
                self.head(level, field, "BlockStmt", s as i64, end as i64);
                self.pos("Lbrace", Some(*lbrace));
                self.pos("Rbrace", *rbrace);
                self.nl();
                self.stmts(child, "List", list);
            }
            StmtKind::If { init, cond, body, els } => {
                self.head(level, field, "IfStmt", s as i64, end as i64);
                self.pos("If", Some(s));
                self.nl();
                self.opt_stmt(child, "Init", *init);
                self.expr(child, "Cond", *cond);
                self.stmt(child, "Body", *body);
                self.opt_stmt(child, "Else", *els);
            }
            StmtKind::CaseClause { list, colon, body, .. } => {
                self.head(level, field, "CaseClause", s as i64, end as i64);
                self.pos("Case", Some(s));
                self.pos("Colon", Some(*colon));
                self.nl();
                self.exprs(child, "List", list);
                self.stmts(child, "Body", body);
            }
            StmtKind::Switch { init, tag, body } => {
                self.head(level, field, "SwitchStmt", s as i64, end as i64);
                self.pos("Switch", Some(s));
                self.nl();
                self.opt_stmt(child, "Init", *init);
                self.opt_expr(child, "Tag", *tag);
                self.stmt(child, "Body", *body);
            }
            StmtKind::TypeSwitch { init, assign, body } => {
                self.head(level, field, "TypeSwitchStmt", s as i64, end as i64);
                self.pos("Switch", Some(s));
                self.nl();
                self.opt_stmt(child, "Init", *init);
                self.stmt(child, "Assign", *assign);
                self.stmt(child, "Body", *body);
            }
            StmtKind::CommClause { comm, colon, body } => {
                self.head(level, field, "CommClause", s as i64, end as i64);
                self.pos("Case", Some(s));
                self.pos("Colon", Some(*colon));
                self.nl();
                self.opt_stmt(child, "Comm", *comm);
                self.stmts(child, "Body", body);
            }
            StmtKind::Select { body } => {
                self.head(level, field, "SelectStmt", s as i64, end as i64);
                self.pos("Select", Some(s));
                self.nl();
                self.stmt(child, "Body", *body);
            }
            StmtKind::For { init, cond, post, body } => {
                self.head(level, field, "ForStmt", s as i64, end as i64);
                self.pos("For", Some(s));
                self.nl();
                self.opt_stmt(child, "Init", *init);
                self.opt_expr(child, "Cond", *cond);
                self.opt_stmt(child, "Post", *post);
                self.stmt(child, "Body", *body);
            }
            StmtKind::Range { key, value, tok, tok_pos, range, x, body } => {
                self.head(level, field, "RangeStmt", s as i64, end as i64);
                self.pos("For", Some(s));
                self.pos("TokPos", *tok_pos);
                self.tok("Tok", *tok);
                self.pos("Range", Some(*range));
                self.nl();
                self.opt_expr(child, "Key", *key);
                self.opt_expr(child, "Value", *value);
                self.expr(child, "X", *x);
                self.stmt(child, "Body", *body);
            }
        }
    }

    fn decl(&mut self, level: usize, field: &str, id: DeclId) {
        let f = self.f;
        let child = level + 1;
        match &f[id] {
            Decl::Bad { span } => {
                self.head(level, field, "BadDecl", span.start as i64, span.end as i64);
                self.pos("From", Some(span.start));
                self.pos("To", Some(span.end));
                self.nl();
            }
            Decl::Gen(g) => {
                self.head(level, field, "GenDecl", g.span.start as i64, g.span.end as i64);
                self.pos("TokPos", Some(g.tok_pos));
                self.tok("Tok", g.tok);
                self.pos("Lparen", g.lparen);
                self.pos("Rparen", g.rparen);
                self.nl();
                self.opt_group(child, "Doc", g.doc);
                self.list_head(child, "Specs", g.specs.len());
                for (i, s) in g.specs.iter().enumerate() {
                    self.spec(child + 1, &i.to_string(), s);
                }
            }
            Decl::Func(fd) => {
                self.head(level, field, "FuncDecl", fd.span.start as i64, fd.span.end as i64);
                self.nl();
                self.opt_group(child, "Doc", fd.doc);
                self.field_list(child, "Recv", fd.recv);
                self.ident(child, "Name", fd.name);
                self.expr(child, "Type", fd.ty);
                self.opt_stmt(child, "Body", fd.body);
            }
        }
    }

    fn spec(&mut self, level: usize, field: &str, spec: &Spec) {
        let child = level + 1;
        match spec {
            Spec::Import(s) => {
                self.head(level, field, "ImportSpec", s.span.start as i64, s.span.end as i64);
                self.pos("EndPos", s.end_pos);
                self.nl();
                self.opt_group(child, "Doc", s.doc);
                self.opt_ident(child, "Name", s.name);
                self.expr(child, "Path", s.path);
                self.opt_group(child, "Comment", s.comment);
            }
            Spec::Value(s) => {
                self.head(level, field, "ValueSpec", s.span.start as i64, s.span.end as i64);
                self.nl();
                self.opt_group(child, "Doc", s.doc);
                self.idents(child, "Names", &s.names);
                self.opt_expr(child, "Type", s.ty);
                self.exprs(child, "Values", &s.values);
                self.opt_group(child, "Comment", s.comment);
            }
            Spec::Type(s) => {
                self.head(level, field, "TypeSpec", s.span.start as i64, s.span.end as i64);
                self.pos("Assign", s.assign);
                self.nl();
                self.opt_group(child, "Doc", s.doc);
                self.ident(child, "Name", s.name);
                self.field_list(child, "TypeParams", s.type_params);
                self.expr(child, "Type", s.ty);
                self.opt_group(child, "Comment", s.comment);
            }
        }
    }
}
