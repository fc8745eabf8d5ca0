//! The recursive-descent parser: tokens to the arena AST, with go/parser's decisions and recovery.
//!
//! The grammar functions follow go/parser's (Go 1.26) one by one, so that ambiguous syntax
//! (`[P *C]` in type declarations, `<-chan` re-association, composite literals in control
//! clauses via `expr_lev`) resolves the same way and errors come out with the same messages at
//! the same positions. Recovery is go/parser's too: `advance` skips to a synchronisation token
//! and is guaranteed to make progress; the nesting limit (100 000, "exceeded max nesting depth")
//! stops the parse like go/parser's bailout, and the stack grows on demand below it.

use crate::ast::*;
use crate::lexer::{Lexed, Lexer};
use crate::stack;
use crate::token::Token;
use rustc_hash::FxHashMap;

/// go/parser's `maxNestLev`: deeper nesting stops the parse with "exceeded max nesting depth".
/// go/parser added it so that hostile input cannot exhaust the stack (CVE-2022-1962); we keep
/// the same limit so that the same files are rejected, and grow our stack below it ([`stack`]).
const MAX_NEST_LEV: u32 = 100_000;

/// How often `advance` may stop at the same synchronisation token without the parse moving on.
/// go/parser's limit: both `parseOperand` and `parseStmt` may call `advance` and rightly not move,
/// so a stop without progress is allowed, but only so often; after that `advance` consumes the
/// token, which guarantees that error recovery cannot loop forever.
const MAX_SYNC_WITHOUT_PROGRESS: u32 = 10;

/// Arena capacity hints, in source bytes per node: rough averages for Go code, so that most
/// files are parsed without re-allocating the arenas (a hint only; the arenas still grow).
const SOURCE_BYTES_PER_EXPR: usize = 6;
const SOURCE_BYTES_PER_STMT: usize = 30;
const SOURCE_BYTES_PER_FIELD_LIST: usize = 60;

/// Placeholder for a package name that was not parsed; `parse_file` replaces it with go/parser's
/// empty identifier before the file is returned.
const NO_NAME: Name = Name(u32::MAX);

/// Token sets for `advance` (go/parser's `stmtStart`, `declStart` and `exprEnd`): tokens that
/// reliably start a statement or declaration, or end an expression, so error recovery can resume
/// there.
#[derive(Clone, Copy)]
enum Sync {
    StmtStart,
    DeclStart,
    ExprEnd,
}

impl Sync {
    fn contains(self, t: Token) -> bool {
        use Token::*;
        match self {
            Sync::StmtStart => matches!(
                t,
                Break
                    | Const
                    | Continue
                    | Defer
                    | Fallthrough
                    | For
                    | Go
                    | Goto
                    | If
                    | Return
                    | Select
                    | Switch
                    | Type
                    | Var
            ),
            Sync::DeclStart => matches!(t, Import | Const | Type | Var),
            Sync::ExprEnd => matches!(t, Comma | Colon | Semicolon | RParen | RBrack | RBrace),
        }
    }
}

/// Modes of `parse_simple_stmt`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Basic,
    LabelOk,
    RangeOk,
}

/// A parameter before grouping (go/parser's `field`).
#[derive(Clone, Copy)]
struct Param {
    name: Option<Ident>,
    ty: Option<ExprId>,
}

/// The parser state; the fields keep go/parser's names where the grammar functions rely on them.
pub(crate) struct Parser<'a> {
    src: &'a [u8],
    lexer: Lexer<'a>,
    lines: LineIndex,

    /// The current token (go/parser's one-token look-ahead) and its byte range.
    tok: Token,
    pos: u32,
    end: u32,
    /// The current token is a `;` inserted at a newline (go/parser: `p.lit == "\n"`).
    newline: bool,

    /// The last lead and line comments collected by `next` (see there).
    lead_comment: Option<CommentGroupId>,
    line_comment: Option<CommentGroupId>,
    comments: Vec<CommentGroup>,
    /// No token but comments has been seen yet: a `//go:build` line here sets `go_version`.
    top: bool,
    go_version: String,

    errors: Vec<SyntaxError>,
    /// The nesting limit was passed: like go/parser's bailout panic, the parse is over.
    bailed: bool,
    /// Where `advance` last stopped and how often it stopped there without progress.
    sync_pos: u32,
    sync_cnt: u32,
    /// go/parser's `exprLev`: below 0 in the header of an `if`, `for` or `switch`, where a `{`
    /// after a (possibly qualified or instantiated) type name starts the block, not a composite
    /// literal: `if x == T{} {` would be ambiguous, so Go requires `(T{})` there. Each enclosing
    /// `(`, `[` or `{` raises it, and inside those a `{` is a composite literal again. Literal
    /// types (`[]T{}`, `struct{}{}`, `map[K]V{}`) are never block starts.
    expr_lev: i32,
    /// go/parser's `inRhs`: parsing a right-hand side, where a stray `=` is taken as the binary
    /// operator `==` (see `tok_prec`), so that a mistyped comparison still parses as one.
    in_rhs: bool,
    /// go/parser's `nestLev`, counted by `nested` against [`MAX_NEST_LEV`].
    nest_lev: u32,

    exprs: Vec<Expr>,
    stmts: Vec<Stmt>,
    decls: Vec<Decl>,
    field_lists: Vec<FieldList>,
    names: Names,
    name_map: FxHashMap<&'a [u8], Name>,
    blank: Name,
}

/// Parses `src`; see [`crate::parse_file`].
pub(crate) fn parse(src: &[u8]) -> Parse {
    let mut p = Parser::new(src);
    let mut file = p.parse_file();
    let Parser { lexer, mut errors, .. } = p;
    errors.extend(lexer.errors);
    file.line_directives = lexer.line_infos;
    sort_errors(&mut errors, &file);
    Parse { file, errors }
}

/// Sorts like go/scanner's `ErrorList.Sort`: by file name, line and column as `//line`
/// directives adjust them (the file itself is unnamed), then message.
fn sort_errors(errors: &mut [SyntaxError], file: &File) {
    if file.line_directives.is_empty() {
        errors.sort_by(|a, b| a.offset.cmp(&b.offset).then_with(|| a.message.cmp(&b.message)));
        return;
    }
    let key = |offset: u32| {
        let p = file.position(offset);
        (p.filename.unwrap_or(""), p.line, p.col)
    };
    errors
        .sort_by(|a, b| key(a.offset).cmp(&key(b.offset)).then_with(|| a.message.cmp(&b.message)));
}

impl<'a> Parser<'a> {
    fn new(src: &'a [u8]) -> Parser<'a> {
        let n = src.len();
        let mut p = Parser {
            src,
            lexer: Lexer::new(src),
            lines: LineIndex::new(src),
            tok: Token::Illegal,
            pos: 0,
            end: 0,
            newline: false,
            lead_comment: None,
            line_comment: None,
            comments: Vec::new(),
            top: true,
            go_version: String::new(),
            errors: Vec::new(),
            bailed: false,
            sync_pos: 0,
            sync_cnt: 0,
            expr_lev: 0,
            in_rhs: false,
            nest_lev: 0,
            exprs: Vec::with_capacity(n / SOURCE_BYTES_PER_EXPR),
            stmts: Vec::with_capacity(n / SOURCE_BYTES_PER_STMT),
            decls: Vec::new(),
            field_lists: Vec::with_capacity(n / SOURCE_BYTES_PER_FIELD_LIST),
            names: Names::default(),
            name_map: FxHashMap::default(),
            blank: Name(0),
        };
        p.blank = p.intern_str("_");
        p.next();
        p
    }

    // ----------------------------------------------------------------------------------------
    // Tokens, comments and errors

    fn intern_str(&mut self, s: &'static str) -> Name {
        self.intern(s.as_bytes())
    }

    fn intern(&mut self, text: &'a [u8]) -> Name {
        if let Some(&n) = self.name_map.get(text) {
            return n;
        }
        let n = Name(self.names.ends.len() as u32);
        // Identifier bytes are ASCII or decoded letters and digits, so always UTF-8.
        self.names.text.push_str(&String::from_utf8_lossy(text));
        self.names.ends.push(self.names.text.len() as u32);
        self.name_map.insert(text, n);
        n
    }

    fn line(&self, offset: u32) -> u32 {
        self.lines.line(offset)
    }

    /// go/parser's `next0`: the next token, comments included. It also watches the comments
    /// before the first real token for `//go:build`, whose Go version go/parser records as
    /// `File.GoVersion`.
    fn next0(&mut self) {
        // After a bailout every further token is EOF, so all callers unwind as go/parser's
        // panic(bailout{}) would unwind them.
        if self.bailed {
            self.tok = Token::Eof;
            self.pos = self.src.len() as u32;
            self.end = self.pos;
            return;
        }
        let Lexed { tok, start, end, newline } = self.lexer.next_token();
        self.tok = tok;
        self.pos = start;
        self.end = end;
        self.newline = newline;
        if tok == Token::Comment {
            if self.top {
                let text = &self.src[start as usize..end as usize];
                if text.starts_with(b"//go:build") {
                    let text = String::from_utf8_lossy(text);
                    let text = text.strip_suffix('\r').unwrap_or(&text);
                    if let Some(expr) = crate::build::parse_go_build(text) {
                        self.go_version = expr.go_version().unwrap_or_default();
                    }
                }
            }
        } else {
            self.top = false;
        }
    }

    fn consume_comment(&mut self) -> (Comment, u32) {
        let span = Span::new(self.pos, self.end);
        let endline = self.line(self.end.saturating_sub(1).max(self.pos));
        self.next0();
        (Comment { span }, endline)
    }

    /// go/parser's `consumeCommentGroup`: adjacent comments form a group; a non-comment token
    /// or more than `n` empty lines end it. Returns the group and the line it ends on.
    fn consume_comment_group(&mut self, n: u32) -> (CommentGroupId, u32) {
        let mut list = Vec::new();
        let mut endline = self.line(self.pos);
        while self.tok == Token::Comment && self.line(self.pos) <= endline + n {
            let (c, e) = self.consume_comment();
            list.push(c);
            endline = e;
        }
        let id = CommentGroupId(self.comments.len() as u32);
        self.comments.push(CommentGroup { list });
        (id, endline)
    }

    /// go/parser's `next`: the next non-comment token, collecting the comment groups before it
    /// and remembering which of them is a lead comment (a group on its own lines, directly above
    /// the token: a declaration's `Doc`) and which a line comment (after a token on the same line,
    /// nothing after it: a field's or spec's `Comment`).
    fn next(&mut self) {
        self.lead_comment = None;
        self.line_comment = None;
        // Before the first token go/parser's position is token.NoPos, on line 0.
        let prev = if self.tok == Token::Illegal && self.pos == 0 && self.end == 0 {
            None
        } else {
            Some(self.pos)
        };
        self.next0();
        if self.tok == Token::Comment {
            self.comments_after(prev);
        }
    }

    #[cold]
    fn comments_after(&mut self, prev: Option<u32>) {
        let mut comment = None;
        let prev_line = prev.map_or(0, |p| self.line(p));
        // A comment on the previous token's line cannot be a lead comment; it is a line
        // comment if the next token is on another line (or there is no next token).
        if self.line(self.pos) == prev_line {
            let (c, endline) = self.consume_comment_group(0);
            comment = Some(c);
            if self.line(self.pos) != endline
                || self.tok == Token::Semicolon
                || self.tok == Token::Eof
            {
                self.line_comment = Some(c);
            }
        }
        let mut endline: i64 = -1;
        while self.tok == Token::Comment {
            let (c, e) = self.consume_comment_group(1);
            comment = Some(c);
            endline = e as i64;
        }
        // The last group ends on the line just above the next token: it documents that token.
        if endline + 1 == self.line(self.pos) as i64 {
            self.lead_comment = comment;
        }
    }

    /// Records an error. The parser runs in go/parser's `AllErrors` mode (as `tools/astdump`
    /// does), so no error is dropped as likely spurious and there is no 10-error bailout.
    fn error(&mut self, pos: u32, message: impl Into<String>) {
        // After the nesting bailout go/parser reports nothing more: its panic unwinds the parse.
        if self.bailed {
            return;
        }
        // Like token.File.Position, clamp to the file (a synthesized `_` at EOF ends past it).
        let offset = pos.min(self.src.len() as u32);
        self.errors.push(SyntaxError { offset, message: message.into() });
    }

    fn error_count(&self) -> usize {
        self.errors.len() + self.lexer.errors.len()
    }

    fn lit(&self) -> String {
        let raw = &self.src[self.pos as usize..self.end as usize];
        if self.tok == Token::String && raw.first() == Some(&b'`') && raw.contains(&b'\r') {
            return String::from_utf8_lossy(&crate::lexer::strip_cr(raw, false)).into_owned();
        }
        String::from_utf8_lossy(raw).into_owned()
    }

    fn error_expected(&mut self, pos: u32, msg: &str) {
        let mut msg = format!("expected {msg}");
        // Only an error at the current token can say what was found instead; literals are
        // quoted as written (`found 123`, not `found 'INT'`).
        if pos == self.pos {
            if self.tok == Token::Semicolon && self.newline {
                msg.push_str(", found newline");
            } else if self.tok.is_literal() {
                msg.push_str(", found ");
                msg.push_str(&self.lit());
            } else {
                msg.push_str(", found '");
                msg.push_str(self.tok.as_str());
                msg.push('\'');
            }
        }
        self.error(pos, msg);
    }

    fn expect(&mut self, tok: Token) -> u32 {
        let pos = self.pos;
        if self.tok != tok {
            self.error_expected(pos, &format!("'{}'", tok.as_str()));
        }
        // Consume the token even when it is the wrong one: every expect makes progress.
        self.next();
        pos
    }

    /// go/parser's `expect2`: like `expect`, but a missing token gives no position (go/ast's
    /// `token.NoPos`), for the nodes that record such a position as invalid.
    fn expect2(&mut self, tok: Token) -> Option<u32> {
        let pos = if self.tok == tok {
            Some(self.pos)
        } else {
            self.error_expected(self.pos, &format!("'{}'", tok.as_str()));
            None
        };
        self.next();
        pos
    }

    /// go/parser's `expectClosing`: like `expect`, but names the common mistake of a list
    /// broken over lines without a trailing comma (the newline became a `;`).
    fn expect_closing(&mut self, tok: Token, context: &str) -> u32 {
        if self.tok != tok && self.tok == Token::Semicolon && self.newline {
            self.error(self.pos, format!("missing ',' before newline in {context}"));
            self.next();
        }
        self.expect(tok)
    }

    /// go/parser's `expectSemi`: consumes a `;` and returns the line comment that belongs to
    /// the construct it ends.
    fn expect_semi(&mut self) -> Option<CommentGroupId> {
        match self.tok {
            // Go lets a `;` be omitted before a closing `)` or `}`.
            Token::RParen | Token::RBrace => None,
            Token::Comma | Token::Semicolon => {
                // A ',' where a ';' belongs is accepted as one, with an error.
                if self.tok == Token::Comma {
                    self.error_expected(self.pos, "';'");
                }
                // go/parser tests the token's literal: only a written ';' has the literal ";"
                // (a ',' standing in for one has none and takes the preceding comments).
                if self.tok == Token::Semicolon && !self.newline {
                    // An explicit ';': the comment after it on the line belongs to the
                    // construct, so take the line comment that consuming the ';' collects.
                    self.next();
                    self.line_comment
                } else {
                    // An automatic ';' (a newline): the line comment was already collected
                    // before it.
                    let c = self.line_comment;
                    self.next();
                    c
                }
            }
            _ => {
                self.error_expected(self.pos, "';'");
                self.advance(Sync::StmtStart);
                None
            }
        }
    }

    /// go/parser's `atComma`: whether a list goes on. A token other than ',' and the closing
    /// `follow` is reported as a missing ',' and the list goes on as if it were there, so one
    /// forgotten comma does not end the list.
    fn at_comma(&mut self, context: &str, follow: Token) -> bool {
        if self.tok == Token::Comma {
            return true;
        }
        if self.tok != follow {
            let mut msg = String::from("missing ','");
            if self.tok == Token::Semicolon && self.newline {
                msg.push_str(" before newline");
            }
            msg.push_str(" in ");
            msg.push_str(context);
            self.error(self.pos, msg);
            return true;
        }
        false
    }

    /// go/parser's `advance`, its error recovery: skips tokens until one in the `to` set (or
    /// EOF), where parsing can resume.
    fn advance(&mut self, to: Sync) {
        while self.tok != Token::Eof {
            if to.contains(self.tok) {
                // Stop only if the parse moved on since the last synchronisation, or a few
                // times without progress (parseOperand and parseStmt may both advance to the
                // same token and rightly stay). Past that, skip the token: go/parser accepts
                // losing possibly correct code after an earlier error over a parse that never
                // ends.
                if self.pos == self.sync_pos && self.sync_cnt < MAX_SYNC_WITHOUT_PROGRESS {
                    self.sync_cnt += 1;
                    return;
                }
                if self.pos > self.sync_pos {
                    self.sync_pos = self.pos;
                    self.sync_cnt = 0;
                    return;
                }
            }
            self.next();
        }
    }

    /// go/parser's `incNestLev`: counts one level and bails out past the limit.
    fn inc_nest(&mut self) {
        self.nest_lev += 1;
        if self.nest_lev > MAX_NEST_LEV && !self.bailed {
            self.error(self.pos, "exceeded max nesting depth");
            self.bailed = true;
            self.tok = Token::Eof;
            self.pos = self.src.len() as u32;
            self.end = self.pos;
        }
    }

    /// Runs `f` one nesting level deeper, with enough stack for it.
    #[inline]
    fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        self.inc_nest();
        let r = stack::maybe_grow(|| f(self));
        self.nest_lev -= 1;
        r
    }

    // ----------------------------------------------------------------------------------------
    // Node construction

    fn expr(&mut self, kind: ExprKind, start: u32, end: u32) -> ExprId {
        Self::push_expr(&mut self.exprs, kind, Span::new(start, end))
    }

    fn push_expr(exprs: &mut Vec<Expr>, kind: ExprKind, span: Span) -> ExprId {
        let id = ExprId(exprs.len() as u32);
        exprs.push(Expr { kind, span });
        id
    }

    fn stmt(&mut self, kind: StmtKind, start: u32, end: u32) -> StmtId {
        let id = StmtId(self.stmts.len() as u32);
        self.stmts.push(Stmt { kind, span: Span::new(start, end) });
        id
    }

    fn decl(&mut self, d: Decl) -> DeclId {
        let id = DeclId(self.decls.len() as u32);
        self.decls.push(d);
        id
    }

    fn field_list(
        &mut self,
        opening: Option<u32>,
        list: Vec<Field>,
        closing: Option<u32>,
    ) -> FieldListId {
        let start = opening.or_else(|| list.first().map(|f| f.span.start)).unwrap_or(0);
        let end = closing.map(|c| c + 1).or_else(|| list.last().map(|f| f.span.end)).unwrap_or(0);
        let id = FieldListId(self.field_lists.len() as u32);
        self.field_lists.push(FieldList { opening, list, closing, span: Span::new(start, end) });
        id
    }

    fn field(
        &self,
        doc: Option<CommentGroupId>,
        names: Vec<Ident>,
        ty: Option<ExprId>,
        tag: Option<ExprId>,
        comment: Option<CommentGroupId>,
    ) -> Field {
        let start = names
            .first()
            .map(|n| n.span.start)
            .or_else(|| ty.map(|t| self.exprs[t.index()].span.start));
        let end = tag
            .or(ty)
            .map(|t| self.exprs[t.index()].span.end)
            .or_else(|| names.last().map(|n| n.span.end));
        Field {
            doc,
            names,
            ty,
            tag,
            comment,
            span: Span::new(start.unwrap_or(0), end.unwrap_or(0)),
        }
    }

    #[inline]
    fn expr_span(&self, e: ExprId) -> Span {
        self.exprs[e.index()].span
    }

    #[inline]
    fn stmt_span(&self, s: StmtId) -> Span {
        self.stmts[s.index()].span
    }

    fn bad_expr(&mut self, from: u32, to: u32) -> ExprId {
        self.expr(ExprKind::Bad, from, to)
    }

    fn ident_expr(&mut self, id: Ident) -> ExprId {
        self.expr(ExprKind::Ident(id.name), id.span.start, id.span.end)
    }

    fn make_ident(&self, name: Name, pos: u32) -> Ident {
        let len = self.names.get(name).len() as u32;
        Ident { name, span: Span::new(pos, pos + len) }
    }

    fn unparen(&self, mut x: ExprId) -> ExprId {
        while let ExprKind::Paren { x: inner, .. } = self.exprs[x.index()].kind {
            x = inner;
        }
        x
    }

    fn as_ident(&self, x: ExprId) -> Option<Ident> {
        match self.exprs[x.index()].kind {
            ExprKind::Ident(name) => Some(Ident { name, span: self.expr_span(x) }),
            _ => None,
        }
    }

    fn pack_index_expr(
        &mut self,
        x: ExprId,
        lbrack: u32,
        mut exprs: Vec<ExprId>,
        rbrack: u32,
    ) -> ExprId {
        let start = self.expr_span(x).start;
        if exprs.len() == 1 {
            let index = exprs.pop().unwrap_or(x);
            self.expr(ExprKind::Index { x, lbrack, index, rbrack }, start, rbrack + 1)
        } else {
            self.expr(ExprKind::IndexList { x, lbrack, indices: exprs, rbrack }, start, rbrack + 1)
        }
    }

    // ----------------------------------------------------------------------------------------
    // Identifiers and lists

    fn parse_ident(&mut self) -> Ident {
        let pos = self.pos;
        if self.tok == Token::Ident {
            let name = self.intern(&self.src[pos as usize..self.end as usize]);
            let end = self.end;
            self.next();
            Ident { name, span: Span::new(pos, end) }
        } else {
            self.expect(Token::Ident);
            Ident { name: self.blank, span: Span::new(pos, pos + 1) }
        }
    }

    fn parse_ident_list(&mut self) -> Vec<Ident> {
        let mut list = vec![self.parse_ident()];
        while self.tok == Token::Comma {
            self.next();
            list.push(self.parse_ident());
        }
        list
    }

    fn parse_expr_list(&mut self) -> Vec<ExprId> {
        let mut list = vec![self.parse_expr()];
        while self.tok == Token::Comma {
            self.next();
            list.push(self.parse_expr());
        }
        list
    }

    fn parse_list(&mut self, in_rhs: bool) -> Vec<ExprId> {
        let old = self.in_rhs;
        self.in_rhs = in_rhs;
        let list = self.parse_expr_list();
        self.in_rhs = old;
        list
    }

    // ----------------------------------------------------------------------------------------
    // Types

    fn parse_type(&mut self) -> ExprId {
        match self.try_ident_or_type() {
            Some(t) => t,
            None => {
                let pos = self.pos;
                self.error_expected(pos, "type");
                self.advance(Sync::ExprEnd);
                self.bad_expr(pos, self.pos)
            }
        }
    }

    fn parse_qualified_ident(&mut self, ident: Option<Ident>) -> ExprId {
        let mut typ = self.parse_type_name(ident);
        if self.tok == Token::LBrack {
            typ = self.parse_type_instance(typ);
        }
        typ
    }

    fn parse_type_name(&mut self, ident: Option<Ident>) -> ExprId {
        let ident = match ident {
            Some(i) => i,
            None => self.parse_ident(),
        };
        let x = self.ident_expr(ident);
        if self.tok == Token::Period {
            self.next();
            let sel = self.parse_ident();
            return self.expr(ExprKind::Selector { x, sel }, ident.span.start, sel.span.end);
        }
        x
    }

    /// go/parser's `parseArrayType`: `[` is consumed (at `lbrack`); `len` is the length if the
    /// caller already parsed it.
    fn parse_array_type(&mut self, lbrack: u32, len: Option<ExprId>) -> ExprId {
        let mut len = len;
        if len.is_none() {
            self.expr_lev += 1;
            // `[...]T` is only valid in a composite literal, but accepted everywhere for a
            // more tolerant parse; the type checker complains.
            if self.tok == Token::Ellipsis {
                let pos = self.pos;
                len = Some(self.expr(
                    ExprKind::Ellipsis { elt: None },
                    pos,
                    pos + "...".len() as u32,
                ));
                self.next();
            } else if self.tok != Token::RBrack {
                len = Some(self.parse_rhs());
            }
            self.expr_lev -= 1;
        }
        // A trailing comma is valid in a type parameter list but not in an array length;
        // accept it for better recovery, with an error.
        if self.tok == Token::Comma {
            self.error(self.pos, "unexpected comma; expecting ]");
            self.next();
        }
        self.expect(Token::RBrack);
        let elt = self.parse_type();
        let end = self.expr_span(elt).end;
        self.expr(ExprKind::ArrayType { lbrack, len, elt }, lbrack, end)
    }

    /// Returns `(Some(name), array type)` for `x [P]E`/`x []E`, or `(None, instance)` for `x[P]`.
    ///
    /// After a name and `[`, a struct field or parameter is either `x [N]E` (a name and an array
    /// type) or `x[P]` (an embedded or unnamed instantiated type); only what follows the `]`
    /// tells them apart: a type after it makes an array.
    fn parse_array_field_or_type_instance(&mut self, x: Ident) -> (Option<Ident>, ExprId) {
        let lbrack = self.expect(Token::LBrack);
        let mut trailing_comma = None;
        let mut args = Vec::new();
        if self.tok != Token::RBrack {
            self.expr_lev += 1;
            args.push(self.parse_rhs());
            while self.tok == Token::Comma {
                let comma = self.pos;
                self.next();
                if self.tok == Token::RBrack {
                    trailing_comma = Some(comma);
                    break;
                }
                args.push(self.parse_rhs());
            }
            self.expr_lev -= 1;
        }
        let rbrack = self.expect(Token::RBrack);
        // `x []E`: a slice, since an instance needs type arguments.
        if args.is_empty() {
            let elt = self.parse_type();
            let end = self.expr_span(elt).end;
            return (
                Some(x),
                self.expr(ExprKind::ArrayType { lbrack, len: None, elt }, lbrack, end),
            );
        }
        // `x [N]E` if a type follows; an array length takes no trailing comma (an instance's
        // argument list does), so one is accepted here with an error.
        if args.len() == 1 {
            if let Some(elt) = self.try_ident_or_type() {
                if let Some(c) = trailing_comma {
                    self.error(c, "unexpected comma; expecting ]");
                }
                let end = self.expr_span(elt).end;
                let t =
                    self.expr(ExprKind::ArrayType { lbrack, len: Some(args[0]), elt }, lbrack, end);
                return (Some(x), t);
            }
        }
        // `x[P]`, `x[P1, P2]`: an instantiated type.
        let ident = self.ident_expr(x);
        (None, self.pack_index_expr(ident, lbrack, args, rbrack))
    }

    fn parse_field_decl(&mut self) -> Field {
        let doc = self.lead_comment;
        let mut names = Vec::new();
        let typ;
        match self.tok {
            Token::Ident => {
                let name = self.parse_ident();
                // A name followed by `.`, a tag or the end of the field is an embedded type.
                if matches!(
                    self.tok,
                    Token::Period | Token::String | Token::Semicolon | Token::RBrace
                ) {
                    typ = if self.tok == Token::Period {
                        self.parse_qualified_ident(Some(name))
                    } else {
                        self.ident_expr(name)
                    };
                } else {
                    names.push(name);
                    while self.tok == Token::Comma {
                        self.next();
                        names.push(self.parse_ident());
                    }
                    // One name and `[`: an embedded instance `T[P1, P2]` or a field `T []E`
                    // / `T [N]E`; the helper decides after the `]`.
                    if names.len() == 1 && self.tok == Token::LBrack {
                        let (n, t) = self.parse_array_field_or_type_instance(name);
                        if n.is_none() {
                            names.clear();
                        }
                        typ = t;
                    } else {
                        typ = self.parse_type();
                    }
                }
            }
            // `*T`, or the invalid `*(T)`.
            Token::Mul => {
                let star = self.pos;
                self.next();
                let x = if self.tok == Token::LParen {
                    self.error(self.pos, "cannot parenthesize embedded type");
                    self.next();
                    let t = self.parse_qualified_ident(None);
                    // The error is reported; a missing `)` needs no second one.
                    if self.tok == Token::RParen {
                        self.next();
                    }
                    t
                } else {
                    self.parse_qualified_ident(None)
                };
                let end = self.expr_span(x).end;
                typ = self.expr(ExprKind::Star { x }, star, end);
            }
            // The invalid `(*T)` or `(T)`: parsed as `*T` or `T` after the error.
            Token::LParen => {
                self.error(self.pos, "cannot parenthesize embedded type");
                self.next();
                if self.tok == Token::Mul {
                    let star = self.pos;
                    self.next();
                    let x = self.parse_qualified_ident(None);
                    let end = self.expr_span(x).end;
                    typ = self.expr(ExprKind::Star { x }, star, end);
                } else {
                    typ = self.parse_qualified_ident(None);
                }
                if self.tok == Token::RParen {
                    self.next();
                }
            }
            _ => {
                let pos = self.pos;
                self.error_expected(pos, "field name or embedded type");
                self.advance(Sync::ExprEnd);
                typ = self.bad_expr(pos, self.pos);
            }
        }
        let tag = if self.tok == Token::String { Some(self.basic_lit()) } else { None };
        let comment = self.expect_semi();
        self.field(doc, names, Some(typ), tag, comment)
    }

    /// The current literal token as a BasicLit (consumed).
    fn basic_lit(&mut self) -> ExprId {
        let (pos, end, kind) = (self.pos, self.end, self.tok);
        let e = self.expr(ExprKind::BasicLit { kind }, pos, end);
        self.next();
        e
    }

    fn parse_struct_type(&mut self) -> ExprId {
        let pos = self.expect(Token::Struct);
        let lbrace = self.expect(Token::LBrace);
        let mut list = Vec::new();
        // A field cannot start with `(`, but accepting one here lets `parse_field_decl` give
        // the precise error ("cannot parenthesize embedded type").
        while matches!(self.tok, Token::Ident | Token::Mul | Token::LParen) {
            list.push(self.parse_field_decl());
        }
        let rbrace = self.expect(Token::RBrace);
        let fields = self.field_list(Some(lbrace), list, Some(rbrace));
        self.expr(ExprKind::StructType { fields, incomplete: false }, pos, rbrace + 1)
    }

    fn parse_pointer_type(&mut self) -> ExprId {
        let star = self.expect(Token::Mul);
        let x = self.parse_type();
        let end = self.expr_span(x).end;
        self.expr(ExprKind::Star { x }, star, end)
    }

    fn parse_dots_type(&mut self) -> ExprId {
        let pos = self.expect(Token::Ellipsis);
        let elt = self.parse_type();
        let end = self.expr_span(elt).end;
        self.expr(ExprKind::Ellipsis { elt: Some(elt) }, pos, end)
    }

    /// go/parser's `parseParamDecl`: one entry of a parameter list, `[name] type` or, in a type
    /// parameter list (`type_sets_ok`), `[name] constraint` with `~T` and `A | B` terms. `name`
    /// is a name the caller already consumed. Either half may be missing: `parse_parameter_list`
    /// decides afterwards whether a lone identifier was a name or a type.
    fn parse_param_decl(&mut self, name: Option<Ident>, type_sets_ok: bool) -> Param {
        let mut f = Param { name: None, ty: None };
        let forced_ident = name.is_some();
        if !forced_ident && type_sets_ok && self.tok == Token::Tilde {
            return Param { name: None, ty: Some(self.embedded_elem(None)) };
        }
        let tok = if forced_ident { Token::Ident } else { self.tok };
        match tok {
            Token::Ident => {
                f.name = Some(match name {
                    Some(n) => n,
                    None => self.parse_ident(),
                });
                match self.tok {
                    // name type
                    Token::Ident
                    | Token::Mul
                    | Token::Arrow
                    | Token::Func
                    | Token::Chan
                    | Token::Map
                    | Token::Struct
                    | Token::Interface
                    | Token::LParen => {
                        f.ty = Some(self.parse_type());
                    }
                    // `name [N]T`, `name []T` or the instantiated type `name[T1, T2]`.
                    Token::LBrack => {
                        let Some(n) = f.name else { return f };
                        let (n, t) = self.parse_array_field_or_type_instance(n);
                        f.name = n;
                        f.ty = Some(t);
                    }
                    Token::Ellipsis => {
                        f.ty = Some(self.parse_dots_type());
                        return f;
                    }
                    // `pkg.T`: what looked like a name is a package, and the entry a type.
                    Token::Period => {
                        f.ty = Some(self.parse_qualified_ident(f.name));
                        f.name = None;
                    }
                    Token::Tilde if type_sets_ok => {
                        f.ty = Some(self.embedded_elem(None));
                        return f;
                    }
                    // `A | B` in a constraint: the identifier was the first term, not a name.
                    Token::Or if type_sets_ok => {
                        let n = f.name.take().map(|n| self.ident_expr(n));
                        f.ty = Some(self.embedded_elem(n));
                        return f;
                    }
                    _ => {}
                }
            }
            Token::Mul
            | Token::Arrow
            | Token::Func
            | Token::LBrack
            | Token::Chan
            | Token::Map
            | Token::Struct
            | Token::Interface
            | Token::LParen => {
                f.ty = Some(self.parse_type());
            }
            // `...T` without a name: always accepted here; `parse_parameter_list` checks
            // where `...` may stand.
            Token::Ellipsis => {
                f.ty = Some(self.parse_dots_type());
                return f;
            }
            _ => {
                // go/parser says "')'" here even in a type parameter list (where "']'" would
                // be right); the message is kept identical.
                self.error_expected(self.pos, "')'");
                self.advance(Sync::ExprEnd);
            }
        }
        // `[name] type | ...`: the rest of a constraint's union.
        if type_sets_ok && self.tok == Token::Or {
            if let Some(t) = f.ty {
                f.ty = Some(self.embedded_elem(Some(t)));
            }
        }
        f
    }

    fn parse_parameter_list(
        &mut self,
        name0: Option<Ident>,
        typ0: Option<ExprId>,
        closing: Token,
        dddok: bool,
    ) -> Vec<Field> {
        // go/parser's `parseParameterList`, which mirrors cmd/compile's syntax parser (hence
        // the intermediate `Param` list). `name0`/`typ0` are an entry the caller has already
        // parsed: `type T[P C]` is only known to be a type parameter list after `P C`.
        // Whether an entry's lone identifier is a name or a type is only known at the end of
        // the list: in `(a, b int)` a and b are names, in `(a, b)` they are types.
        //
        // Type parameter lists are the only ones closed by `]`.
        let tparams = closing == Token::RBrack;
        // Where "missing type parameter name" goes: the first entry.
        let pos0 = match (name0, typ0) {
            (Some(n), _) => n.span.start,
            (None, Some(t)) => self.expr_span(t).start,
            _ => self.pos,
        };
        let (mut name0, mut typ0) = (name0, typ0);
        let mut list: Vec<Param> = Vec::new();
        let mut named = 0;
        let mut typed = 0;
        while name0.is_some() || self.tok != closing && self.tok != Token::Eof {
            let par = if let Some(t) = typ0 {
                let t = if tparams { self.embedded_elem(Some(t)) } else { t };
                Param { name: name0, ty: Some(t) }
            } else {
                self.parse_param_decl(name0, tparams)
            };
            name0 = None;
            typ0 = None;
            if par.name.is_some() || par.ty.is_some() {
                list.push(par);
                if par.name.is_some() && par.ty.is_some() {
                    named += 1;
                }
                if par.ty.is_some() {
                    typed += 1;
                }
            }
            if !self.at_comma("parameter list", closing) {
                break;
            }
            self.next();
        }
        if list.is_empty() {
            return Vec::new();
        }

        // Distribute the types. If no entry is named, every lone identifier is a type.
        if named == 0 {
            for par in &mut list {
                if let Some(n) = par.name.take() {
                    par.ty = Some(self.ident_expr(n));
                }
            }
            // A type parameter always has a name; the same errors as below (go.dev/issue/64534).
            if tparams {
                // named == typed means no entry has a type: point at the closing `]`.
                let (err_pos, msg) = if named == typed {
                    (self.pos, "missing type constraint".to_string())
                } else {
                    let mut message = "missing type parameter name".to_string();
                    if list.len() == 1 {
                        message.push_str(" or invalid array length");
                    }
                    (pos0, message)
                };
                self.error(err_pos, msg);
            }
        } else if named != list.len() {
            // Some entries are named, so all must be: sweep right to left, giving each
            // name-only entry the type of the next typed entry (`a, b int`), and naming
            // type-only entries `_` at the type. `err_pos` ends at the leftmost problem.
            let mut err_pos = None;
            let mut typ: Option<ExprId> = None;
            for i in (0..list.len()).rev() {
                let par = list[i];
                if let Some(t) = par.ty {
                    typ = Some(t);
                    if par.name.is_none() {
                        let p = self.expr_span(t).start;
                        err_pos = Some(p);
                        list[i].name = Some(Ident { name: self.blank, span: Span::new(p, p + 1) });
                    }
                } else if typ.is_some() {
                    list[i].ty = typ;
                } else if let Some(n) = par.name {
                    // A name with no type to its right.
                    let p = n.span.start;
                    err_pos = Some(p);
                    list[i].ty = Some(self.bad_expr(p, self.pos));
                }
            }
            if err_pos.is_some() {
                let msg;
                let pos;
                // named == typed: some entries have no type at all, and they must be at the
                // end (else the sweep would have given them one), so point at the closing
                // token. Otherwise a type has no name.
                if named == typed {
                    pos = self.pos;
                    msg =
                        if tparams { "missing type constraint" } else { "missing parameter type" }
                            .to_string();
                } else {
                    pos = err_pos.unwrap_or(self.pos);
                    msg = if tparams {
                        let mut message = "missing type parameter name".to_string();
                        // `type A [N]int` with a non-constant N looks like a type parameter
                        // list (go.dev/issue/60812).
                        if list.len() == 1 {
                            message.push_str(" or invalid array length");
                        }
                        message
                    } else {
                        "missing parameter name".to_string()
                    };
                }
                self.error(pos, msg);
            }
        }

        // `...T` is valid only as the last parameter of a signature (`dddok`); elsewhere it
        // becomes a BadExpr and the first misuse is reported.
        let mut first = true;
        let n = list.len();
        for (i, par) in list.iter_mut().enumerate() {
            let Some(t) = par.ty else { continue };
            if matches!(self.exprs[t.index()].kind, ExprKind::Ellipsis { .. })
                && (!dddok || i + 1 < n)
            {
                let span = self.expr_span(t);
                if first {
                    first = false;
                    if dddok {
                        self.error(span.start, "can only use ... with final parameter");
                    } else {
                        self.error(span.start, "invalid use of ...");
                    }
                }
                par.ty = Some(Self::push_expr(&mut self.exprs, ExprKind::Bad, span));
            }
        }

        // To go/ast's fields: each unnamed type is a field of its own; consecutive names with
        // the same type (as distributed above: the same node) share one field, as written.
        let mut params = Vec::new();
        if named == 0 {
            for par in list {
                params.push(self.field(None, Vec::new(), par.ty, None, None));
            }
            return params;
        }
        let mut names: Vec<Ident> = Vec::new();
        let mut typ: Option<ExprId> = None;
        for par in list {
            if par.ty != typ {
                if !names.is_empty() {
                    params.push(self.field(None, std::mem::take(&mut names), typ, None, None));
                }
                typ = par.ty;
            }
            if let Some(n) = par.name {
                names.push(n);
            }
        }
        if !names.is_empty() {
            params.push(self.field(None, names, typ, None, None));
        }
        params
    }

    fn parse_type_parameters(&mut self) -> Option<FieldListId> {
        let lbrack = self.expect(Token::LBrack);
        let list = if self.tok != Token::RBrack {
            self.parse_parameter_list(None, None, Token::RBrack, false)
        } else {
            Vec::new()
        };
        let rbrack = self.expect(Token::RBrack);
        if list.is_empty() {
            self.error(rbrack, "empty type parameter list");
            return None;
        }
        Some(self.field_list(Some(lbrack), list, Some(rbrack)))
    }

    /// go/parser's `parseParameters`: a parenthesized list, or for results (`result`) also a
    /// single unparenthesized type, or nothing.
    fn parse_parameters(&mut self, result: bool) -> Option<FieldListId> {
        if !result || self.tok == Token::LParen {
            let lparen = self.expect(Token::LParen);
            let list = if self.tok != Token::RParen {
                self.parse_parameter_list(None, None, Token::RParen, !result)
            } else {
                Vec::new()
            };
            let rparen = self.expect(Token::RParen);
            return Some(self.field_list(Some(lparen), list, Some(rparen)));
        }
        let typ = self.try_ident_or_type()?;
        let f = self.field(None, Vec::new(), Some(typ), None, None);
        Some(self.field_list(None, vec![f], None))
    }

    fn func_type(
        &mut self,
        func_pos: Option<u32>,
        type_params: Option<FieldListId>,
        params: FieldListId,
        results: Option<FieldListId>,
    ) -> ExprId {
        let params_span = self.field_lists[params.index()].span;
        let start = func_pos.unwrap_or(params_span.start);
        let end = results.map_or(params_span.end, |r| self.field_lists[r.index()].span.end);
        self.expr(ExprKind::FuncType { func_pos, type_params, params, results }, start, end)
    }

    fn parse_func_type(&mut self) -> ExprId {
        let pos = self.expect(Token::Func);
        // A function type has no type parameters; they are parsed anyway for a precise error
        // and a tolerant parse.
        if self.tok == Token::LBrack {
            if let Some(tp) = self.parse_type_parameters() {
                let opening = self.field_lists[tp.index()].opening.unwrap_or(pos);
                self.error(opening, "function type must have no type parameters");
            }
        }
        let params = self.parse_params_required();
        let results = self.parse_parameters(true);
        self.func_type(Some(pos), None, params, results)
    }

    /// `parse_parameters(false)`, which always yields a list.
    fn parse_params_required(&mut self) -> FieldListId {
        match self.parse_parameters(false) {
            Some(l) => l,
            None => self.field_list(None, Vec::new(), None),
        }
    }

    /// go/parser's `parseMethodSpec`: an interface element starting with a name: a method
    /// `m(...)`, or an embedded (possibly qualified or instantiated) type.
    fn parse_method_spec(&mut self) -> Field {
        let doc = self.lead_comment;
        let mut idents = Vec::new();
        let typ;
        let x = self.parse_type_name(None);
        if let Some(ident) = self.as_ident(x) {
            // `m[` is a generic method `m[T any](...)` or an embedded instance `I[T]`: a name
            // followed by more than `,` or `]` is a type parameter declaration.
            if self.tok == Token::LBrack {
                let lbrack = self.pos;
                self.next();
                self.expr_lev += 1;
                let x2 = self.parse_expr();
                self.expr_lev -= 1;
                if let (Some(name0), true) =
                    (self.as_ident(x2), self.tok != Token::Comma && self.tok != Token::RBrack)
                {
                    // Interface methods have no type parameters; parse them anyway for a
                    // better error and recovery, and drop them.
                    self.parse_parameter_list(Some(name0), None, Token::RBrack, false);
                    self.expect(Token::RBrack);
                    self.error(lbrack, "interface method must have no type parameters");
                    let params = self.parse_params_required();
                    let results = self.parse_parameters(true);
                    idents.push(ident);
                    typ = self.func_type(None, None, params, results);
                } else {
                    // An embedded instantiated interface `I[T1, T2]`.
                    let mut list = vec![x2];
                    if self.at_comma("type argument list", Token::RBrack) {
                        self.expr_lev += 1;
                        self.next();
                        self.parse_type_args(&mut list);
                        self.expr_lev -= 1;
                    }
                    let rbrack = self.expect_closing(Token::RBrack, "type argument list");
                    typ = self.pack_index_expr(x, lbrack, list, rbrack);
                }
            } else if self.tok == Token::LParen {
                let params = self.parse_params_required();
                let results = self.parse_parameters(true);
                idents.push(ident);
                typ = self.func_type(None, None, params, results);
            } else {
                typ = x;
            }
        } else {
            // `pkg.I` or `pkg.I[T]`: an embedded qualified type.
            typ = if self.tok == Token::LBrack { self.parse_type_instance(x) } else { x };
        }
        // The caller adds the line comment: an embedded type may still continue with `| T`.
        self.field(doc, idents, Some(typ), None, None)
    }

    /// go/parser's `embeddedElem`: a union `T1 | ~T2 | ...` of interface or constraint terms,
    /// continuing from `x` if the first term is already parsed.
    fn embedded_elem(&mut self, x: Option<ExprId>) -> ExprId {
        let mut x = match x {
            Some(x) => x,
            None => self.embedded_term(),
        };
        while self.tok == Token::Or {
            let op_pos = self.pos;
            self.next();
            let y = self.embedded_term();
            let (start, end) = (self.expr_span(x).start, self.expr_span(y).end);
            x = self.expr(ExprKind::Binary { x, op: Token::Or, op_pos, y }, start, end);
        }
        x
    }

    /// go/parser's `embeddedTerm`: `~T` or a type.
    fn embedded_term(&mut self) -> ExprId {
        if self.tok == Token::Tilde {
            let op_pos = self.pos;
            self.next();
            let x = self.parse_type();
            let end = self.expr_span(x).end;
            return self.expr(ExprKind::Unary { op: Token::Tilde, op_pos, x }, op_pos, end);
        }
        match self.try_ident_or_type() {
            Some(t) => t,
            None => {
                let pos = self.pos;
                self.error_expected(pos, "~ term or type");
                self.advance(Sync::ExprEnd);
                self.bad_expr(pos, self.pos)
            }
        }
    }

    fn parse_interface_type(&mut self) -> ExprId {
        let pos = self.expect(Token::Interface);
        let lbrace = self.expect(Token::LBrace);
        let mut list = Vec::new();
        loop {
            match self.tok {
                Token::Ident => {
                    let mut f = self.parse_method_spec();
                    // Not a method: an embedded type, perhaps the first term of a union.
                    if f.names.is_empty() {
                        let t = self.embedded_elem(f.ty);
                        f = self.field(f.doc, Vec::new(), Some(t), None, None);
                    }
                    f.comment = self.expect_semi();
                    list.push(f);
                }
                Token::Tilde => {
                    let typ = self.embedded_elem(None);
                    let comment = self.expect_semi();
                    list.push(self.field(None, Vec::new(), Some(typ), None, comment));
                }
                _ => {
                    if let Some(t) = self.try_ident_or_type() {
                        let typ = self.embedded_elem(Some(t));
                        let comment = self.expect_semi();
                        list.push(self.field(None, Vec::new(), Some(typ), None, comment));
                    } else {
                        break;
                    }
                }
            }
        }
        let rbrace = self.expect(Token::RBrace);
        let methods = self.field_list(Some(lbrace), list, Some(rbrace));
        self.expr(ExprKind::InterfaceType { methods, incomplete: false }, pos, rbrace + 1)
    }

    fn parse_map_type(&mut self) -> ExprId {
        let pos = self.expect(Token::Map);
        self.expect(Token::LBrack);
        let key = self.parse_type();
        self.expect(Token::RBrack);
        let value = self.parse_type();
        let end = self.expr_span(value).end;
        self.expr(ExprKind::MapType { key, value }, pos, end)
    }

    /// `chan T`, `chan<- T` or `<-chan T`. Note that `chan<- chan T` binds the arrow to the
    /// left-most `chan`; the `<-chan` that follows a `<-` in an expression is sorted out by
    /// `parse_unary_expr`.
    fn parse_chan_type(&mut self) -> ExprId {
        let pos = self.pos;
        let mut dir = ChanDir::Both;
        let mut arrow = None;
        if self.tok == Token::Chan {
            self.next();
            if self.tok == Token::Arrow {
                arrow = Some(self.pos);
                self.next();
                dir = ChanDir::Send;
            }
        } else {
            arrow = Some(self.expect(Token::Arrow));
            self.expect(Token::Chan);
            dir = ChanDir::Recv;
        }
        let value = self.parse_type();
        let end = self.expr_span(value).end;
        self.expr(ExprKind::ChanType { arrow, dir, value }, pos, end)
    }

    /// go/parser's `parseTypeInstance`: `typ[T1, T2]`, the `[` not yet consumed.
    fn parse_type_instance(&mut self, typ: ExprId) -> ExprId {
        let opening = self.expect(Token::LBrack);
        self.expr_lev += 1;
        let mut list = Vec::new();
        self.parse_type_args(&mut list);
        self.expr_lev -= 1;
        let closing = self.expect_closing(Token::RBrack, "type argument list");
        // `T[]`: report it and keep an IndexExpr over a BadExpr, as go/parser does.
        if list.is_empty() {
            self.error_expected(closing, "type argument list");
            let index = self.bad_expr(opening + 1, closing);
            let start = self.expr_span(typ).start;
            return self.expr(
                ExprKind::Index { x: typ, lbrack: opening, index, rbrack: closing },
                start,
                closing + 1,
            );
        }
        self.pack_index_expr(typ, opening, list, closing)
    }

    /// Types separated by commas up to (not including) `]`.
    fn parse_type_args(&mut self, list: &mut Vec<ExprId>) {
        while self.tok != Token::RBrack && self.tok != Token::Eof {
            list.push(self.parse_type());
            if !self.at_comma("type argument list", Token::RBrack) {
                break;
            }
            self.next();
        }
    }

    /// go/parser's `tryIdentOrType`: a type if one starts here, else `None` with nothing
    /// consumed, so callers can tell "no type" from a malformed one. One nesting level, as in
    /// go/parser (types nest through it: `[][][]T`, `*(*T)`).
    fn try_ident_or_type(&mut self) -> Option<ExprId> {
        self.nested(|p| p.try_ident_or_type_inner())
    }

    fn try_ident_or_type_inner(&mut self) -> Option<ExprId> {
        Some(match self.tok {
            Token::Ident => {
                let t = self.parse_type_name(None);
                if self.tok == Token::LBrack { self.parse_type_instance(t) } else { t }
            }
            Token::LBrack => {
                let lbrack = self.expect(Token::LBrack);
                self.parse_array_type(lbrack, None)
            }
            Token::Struct => self.parse_struct_type(),
            Token::Mul => self.parse_pointer_type(),
            Token::Func => self.parse_func_type(),
            Token::Interface => self.parse_interface_type(),
            Token::Map => self.parse_map_type(),
            Token::Chan | Token::Arrow => self.parse_chan_type(),
            Token::LParen => {
                let lparen = self.pos;
                self.next();
                let x = self.parse_type();
                let rparen = self.expect(Token::RParen);
                self.expr(ExprKind::Paren { lparen, x, rparen }, lparen, rparen + 1)
            }
            _ => return None,
        })
    }

    // ----------------------------------------------------------------------------------------
    // Blocks

    /// Statements up to the end of a block or case clause.
    fn parse_stmt_list(&mut self) -> Vec<StmtId> {
        let mut list = Vec::new();
        while !matches!(self.tok, Token::Case | Token::Default | Token::RBrace | Token::Eof) {
            list.push(self.parse_stmt());
        }
        list
    }

    /// A BlockStmt node; without its `}` (an unterminated block) it ends where its last
    /// statement ends, as go/ast's `BlockStmt.End` says.
    fn block(&mut self, lbrace: u32, list: Vec<StmtId>, rbrace: Option<u32>) -> StmtId {
        let end = match rbrace {
            Some(r) => r + 1,
            None => list.last().map_or(lbrace + 1, |&s| self.stmt_span(s).end),
        };
        self.stmt(StmtKind::Block { lbrace, list, rbrace }, lbrace, end)
    }

    fn parse_block_stmt(&mut self) -> StmtId {
        let lbrace = self.expect(Token::LBrace);
        let list = self.parse_stmt_list();
        let rbrace = self.expect2(Token::RBrace);
        self.block(lbrace, list, rbrace)
    }

    // ----------------------------------------------------------------------------------------
    // Expressions

    fn parse_func_type_or_lit(&mut self) -> ExprId {
        let ty = self.parse_func_type();
        if self.tok != Token::LBrace {
            return ty;
        }
        // A function body inside a control clause header is an expression context again:
        // composite literals in it need no parentheses.
        self.expr_lev += 1;
        let body = self.parse_block_stmt();
        self.expr_lev -= 1;
        let (start, end) = (self.expr_span(ty).start, self.stmt_span(body).end);
        self.expr(ExprKind::FuncLit { ty, body }, start, end)
    }

    /// go/parser's `parseOperand`. The result may be a type, even `[...]T`, which is only valid
    /// as a composite literal type: callers check what they got.
    fn parse_operand(&mut self) -> ExprId {
        match self.tok {
            Token::Ident => {
                let id = self.parse_ident();
                return self.ident_expr(id);
            }
            Token::Int | Token::Float | Token::Imag | Token::Char | Token::String => {
                return self.basic_lit();
            }
            Token::LParen => {
                let lparen = self.pos;
                self.next();
                // Parentheses make a composite literal unambiguous, even in a control clause.
                self.expr_lev += 1;
                let x = self.parse_rhs();
                self.expr_lev -= 1;
                let rparen = self.expect(Token::RParen);
                return self.expr(ExprKind::Paren { lparen, x, rparen }, lparen, rparen + 1);
            }
            Token::Func => return self.parse_func_type_or_lit(),
            _ => {}
        }
        // A type, for a composite literal or a conversion.
        if let Some(t) = self.try_ident_or_type() {
            return t;
        }
        let pos = self.pos;
        self.error_expected(pos, "operand");
        self.advance(Sync::StmtStart);
        self.bad_expr(pos, self.pos)
    }

    fn parse_type_assertion(&mut self, x: ExprId) -> ExprId {
        let lparen = self.expect(Token::LParen);
        // `x.(type)`, a type switch guard, has no type (go/ast: `Type == nil`); whether it
        // stands where one is allowed is checked by the switch statement.
        let ty = if self.tok == Token::Type {
            self.next();
            None
        } else {
            Some(self.parse_type())
        };
        let rparen = self.expect(Token::RParen);
        let start = self.expr_span(x).start;
        self.expr(ExprKind::TypeAssert { x, lparen, ty, rparen }, start, rparen + 1)
    }

    /// go/parser's `parseIndexOrSliceOrInstance`: `x[i]`, `x[lo:hi]`, `x[lo:hi:max]` or the
    /// instance `x[T1, T2]`, the `[` not yet consumed. Which one is only known from what
    /// follows the first operand.
    fn parse_index_or_slice_or_instance(&mut self, x: ExprId) -> ExprId {
        let lbrack = self.expect(Token::LBrack);
        let start = self.expr_span(x).start;
        // `x[]` is never valid; accept it for tolerance, with an error.
        if self.tok == Token::RBrack {
            self.error_expected(self.pos, "operand");
            let rbrack = self.pos;
            self.next();
            let index = self.bad_expr(rbrack, rbrack);
            return self.expr(ExprKind::Index { x, lbrack, index, rbrack }, start, rbrack + 1);
        }
        self.expr_lev += 1;
        // At most three indices: `x[low:high:max]`.
        const N: usize = 3;
        let mut args = Vec::new();
        let mut index: [Option<ExprId>; N] = [None; N];
        let mut colons = [0u32; N - 1];
        // The first operand may be an index or a type argument: it is parsed as an expression
        // (in value context) either way, and a type there is fine for both.
        if self.tok != Token::Colon {
            index[0] = Some(self.parse_rhs());
        }
        let mut ncolons = 0;
        match self.tok {
            // A slice expression.
            Token::Colon => {
                while self.tok == Token::Colon && ncolons < N - 1 {
                    colons[ncolons] = self.pos;
                    ncolons += 1;
                    self.next();
                    if !matches!(self.tok, Token::Colon | Token::RBrack | Token::Eof) {
                        index[ncolons] = Some(self.parse_rhs());
                    }
                }
            }
            // An instance: `x[T1, T2, ...]`.
            Token::Comma => {
                if let Some(i0) = index[0] {
                    args.push(i0);
                }
                while self.tok == Token::Comma {
                    self.next();
                    if self.tok != Token::RBrack && self.tok != Token::Eof {
                        args.push(self.parse_type());
                    }
                }
            }
            _ => {}
        }
        self.expr_lev -= 1;
        let rbrack = self.expect(Token::RBrack);

        if ncolons > 0 {
            let mut slice3 = false;
            // A 3-index slice needs its middle and final index. go/parser checks it here,
            // not in the type checker, so that gofmt does not pass such programs
            // (go.dev/issue/7305).
            if ncolons == N - 1 {
                slice3 = true;
                if index[1].is_none() {
                    self.error(colons[0], "middle index required in 3-index slice");
                    index[1] = Some(self.bad_expr(colons[0] + 1, colons[1]));
                }
                if index[2].is_none() {
                    self.error(colons[1], "final index required in 3-index slice");
                    index[2] = Some(self.bad_expr(colons[1] + 1, rbrack));
                }
            }
            let kind = ExprKind::Slice {
                x,
                lbrack,
                low: index[0],
                high: index[1],
                max: index[2],
                slice3,
                rbrack,
            };
            return self.expr(kind, start, rbrack + 1);
        }
        if args.is_empty() {
            let index = match index[0] {
                Some(i) => i,
                None => self.bad_expr(lbrack + 1, rbrack),
            };
            return self.expr(ExprKind::Index { x, lbrack, index, rbrack }, start, rbrack + 1);
        }
        self.pack_index_expr(x, lbrack, args, rbrack)
    }

    fn parse_call_or_conversion(&mut self, fun: ExprId) -> ExprId {
        let lparen = self.expect(Token::LParen);
        self.expr_lev += 1;
        let mut list = Vec::new();
        let mut ellipsis = None;
        while self.tok != Token::RParen && self.tok != Token::Eof && ellipsis.is_none() {
            list.push(self.parse_rhs());
            if self.tok == Token::Ellipsis {
                ellipsis = Some(self.pos);
                self.next();
            }
            if !self.at_comma("argument list", Token::RParen) {
                break;
            }
            self.next();
        }
        self.expr_lev -= 1;
        let rparen = self.expect_closing(Token::RParen, "argument list");
        let start = self.expr_span(fun).start;
        self.expr(ExprKind::Call { fun, lparen, args: list, ellipsis, rparen }, start, rparen + 1)
    }

    fn parse_value(&mut self) -> ExprId {
        if self.tok == Token::LBrace {
            return self.parse_literal_value(None);
        }
        self.parse_expr()
    }

    fn parse_element(&mut self) -> ExprId {
        let x = self.parse_value();
        if self.tok == Token::Colon {
            let colon = self.pos;
            self.next();
            let value = self.parse_value();
            let (start, end) = (self.expr_span(x).start, self.expr_span(value).end);
            return self.expr(ExprKind::KeyValue { key: x, colon, value }, start, end);
        }
        x
    }

    /// go/parser's `parseLiteralValue`: the `{ ... }` of a composite literal of type `ty`
    /// (none for an elided type inside another literal).
    fn parse_literal_value(&mut self, ty: Option<ExprId>) -> ExprId {
        self.nested(|p| {
            let lbrace = p.expect(Token::LBrace);
            let mut elts = Vec::new();
            p.expr_lev += 1;
            while p.tok != Token::RBrace && p.tok != Token::Eof {
                elts.push(p.parse_element());
                if !p.at_comma("composite literal", Token::RBrace) {
                    break;
                }
                p.next();
            }
            p.expr_lev -= 1;
            let rbrace = p.expect_closing(Token::RBrace, "composite literal");
            let start = ty.map_or(lbrace, |t| p.expr_span(t).start);
            p.expr(
                ExprKind::CompositeLit { ty, lbrace, elts, rbrace, incomplete: false },
                start,
                rbrace + 1,
            )
        })
    }

    /// go/parser's `parsePrimaryExpr`: an operand followed by selectors, index or slice
    /// expressions, calls and composite literal values; `x` is an operand the caller already
    /// parsed.
    fn parse_primary_expr(&mut self, x: Option<ExprId>) -> ExprId {
        let mut x = match x {
            Some(x) => x,
            None => self.parse_operand(),
        };
        // The loop builds `a.b[c](d)...` iteratively, each suffix one level deeper: count one
        // nesting level per suffix (not per call) so that the limit bounds the tree's depth.
        let mut n = 0;
        let r = loop {
            n += 1;
            self.inc_nest();
            match self.tok {
                Token::Period => {
                    self.next();
                    match self.tok {
                        Token::Ident => {
                            let sel = self.parse_ident();
                            let start = self.expr_span(x).start;
                            x = self.expr(ExprKind::Selector { x, sel }, start, sel.span.end);
                        }
                        Token::LParen => x = self.parse_type_assertion(x),
                        _ => {
                            let pos = self.pos;
                            self.error_expected(pos, "selector or type assertion");
                            // Make progress, except at a `}`, which likely closes the block
                            // (go/parser's targeted recovery fix for `x.` at a block's end).
                            if self.tok != Token::RBrace {
                                self.next();
                            }
                            let sel = Ident { name: self.blank, span: Span::new(pos, pos + 1) };
                            let start = self.expr_span(x).start;
                            x = self.expr(ExprKind::Selector { x, sel }, start, pos + 1);
                        }
                    }
                }
                Token::LBrack => x = self.parse_index_or_slice_or_instance(x),
                Token::LParen => x = self.parse_call_or_conversion(x),
                // Does the `{` open a composite literal or the block of an `if`, `for` or
                // `switch`? After a (qualified or instantiated) type name it is the block in a
                // control clause (expr_lev < 0) and a literal elsewhere; after an array, slice,
                // struct or map type always a literal; after anything else never.
                Token::LBrace => {
                    let t = self.unparen(x);
                    match self.exprs[t.index()].kind {
                        ExprKind::Bad
                        | ExprKind::Ident(_)
                        | ExprKind::Selector { .. }
                        | ExprKind::Index { .. }
                        | ExprKind::IndexList { .. } => {
                            if self.expr_lev < 0 {
                                break x;
                            }
                        }
                        ExprKind::ArrayType { .. }
                        | ExprKind::StructType { .. }
                        | ExprKind::MapType { .. } => {}
                        _ => break x,
                    }
                    // `(T){...}`: the operand was a parenthesized literal type; accept it, with
                    // an error.
                    if t != x {
                        let p = self.expr_span(t).start;
                        self.error(p, "cannot parenthesize type in composite literal");
                    }
                    x = self.parse_literal_value(Some(x));
                }
                _ => break x,
            }
        };
        self.nest_lev -= n;
        r
    }

    fn parse_unary_expr(&mut self) -> ExprId {
        self.nested(|p| p.parse_unary_expr_inner())
    }

    fn parse_unary_expr_inner(&mut self) -> ExprId {
        match self.tok {
            Token::Add | Token::Sub | Token::Not | Token::Xor | Token::And | Token::Tilde => {
                let (pos, op) = (self.pos, self.tok);
                self.next();
                let x = self.parse_unary_expr();
                let end = self.expr_span(x).end;
                self.expr(ExprKind::Unary { op, op_pos: pos, x }, pos, end)
            }
            // `<-`: a receive `<-x` or a channel type `<-chan T`. After `<-chan` that is still
            // open: only the end of the unary expression tells. If it parsed as a channel type,
            // the `<-` belongs to that type and must be moved onto it:
            //   <- (chan T)      =>  (<-chan T)
            //   <- (chan<- T)    =>  (<-chan (<-T)), repeated down the nested channel types.
            // Otherwise it is a receive from an expression: <-(x).
            Token::Arrow => {
                let mut arrow = self.pos;
                self.next();
                let x = self.parse_unary_expr();
                if let ExprKind::ChanType { .. } = self.exprs[x.index()].kind {
                    // (<-type): re-associate the arrow with the channel type(s).
                    let mut typ = Some(x);
                    let mut dir = ChanDir::Send;
                    while let (Some(t), ChanDir::Send) = (typ, dir) {
                        let ExprKind::ChanType { arrow: t_arrow, dir: t_dir, value } =
                            self.exprs[t.index()].kind
                        else {
                            break;
                        };
                        // `<-<-chan T` is `<-(<-chan T)`, not a channel type.
                        if t_dir == ChanDir::Recv {
                            self.error_expected(t_arrow.unwrap_or(0), "'chan'");
                        }
                        let e = &mut self.exprs[t.index()];
                        e.span.start = arrow;
                        e.kind =
                            ExprKind::ChanType { arrow: Some(arrow), dir: ChanDir::Recv, value };
                        arrow = t_arrow.unwrap_or(0);
                        dir = t_dir;
                        typ = match self.exprs[value.index()].kind {
                            ExprKind::ChanType { .. } => Some(value),
                            _ => None,
                        };
                    }
                    // The last `chan<-`'s arrow now applies to its element, which is not a
                    // channel type: `<-chan<- int` is invalid.
                    if dir == ChanDir::Send {
                        self.error_expected(arrow, "channel type");
                    }
                    // Spans of the enclosing chan types start at their new `begin`; ends are unchanged.
                    return x;
                }
                let end = self.expr_span(x).end;
                self.expr(ExprKind::Unary { op: Token::Arrow, op_pos: arrow, x }, arrow, end)
            }
            // A pointer type or a dereference: the same StarExpr node either way.
            Token::Mul => {
                let pos = self.pos;
                self.next();
                let x = self.parse_unary_expr();
                let end = self.expr_span(x).end;
                self.expr(ExprKind::Star { x }, pos, end)
            }
            _ => self.parse_primary_expr(None),
        }
    }

    /// go/parser's `tokPrec`: the current operator and its precedence (0 if not a binary
    /// operator).
    #[inline]
    fn tok_prec(&self) -> (Token, u8) {
        let tok = if self.in_rhs && self.tok == Token::Assign { Token::Eql } else { self.tok };
        (tok, tok.precedence())
    }

    fn parse_binary_expr(&mut self, x: Option<ExprId>, prec1: u8) -> ExprId {
        let mut x = match x {
            Some(x) => x,
            None => self.parse_unary_expr(),
        };
        let mut n = 0;
        loop {
            n += 1;
            self.inc_nest();
            let (op, oprec) = self.tok_prec();
            if oprec < prec1 {
                break;
            }
            let op_pos = self.expect(op);
            let y = self.parse_binary_expr(None, oprec + 1);
            let (start, end) = (self.expr_span(x).start, self.expr_span(y).end);
            x = self.expr(ExprKind::Binary { x, op, op_pos, y }, start, end);
        }
        self.nest_lev -= n;
        x
    }

    /// go/parser's `parseExpr`. The result may be a type, even `[...]T`: callers check.
    fn parse_expr(&mut self) -> ExprId {
        self.parse_binary_expr(None, 1)
    }

    fn parse_rhs(&mut self) -> ExprId {
        let old = self.in_rhs;
        self.in_rhs = true;
        let x = self.parse_expr();
        self.in_rhs = old;
        x
    }

    // ----------------------------------------------------------------------------------------
    // Statements

    /// Returns the statement and whether it is a range clause (an `Assign` whose only rhs is
    /// a `range x` unary expression, see `parse_for_stmt`).
    ///
    /// go/parser's `parseSimpleStmt`. A statement that starts with an expression is only
    /// known to be an assignment, a send, an increment, a labeled statement or an expression
    /// statement after the first expression (list): one look-ahead token is not enough, so
    /// labels are parsed here too (`mode` says where one may stand) and so is the
    /// `k, v := range x` of a `for` clause (where `mode` allows it).
    fn parse_simple_stmt(&mut self, mode: Mode) -> (StmtId, bool) {
        // `parse_list(false)`, without allocating for the common single expression.
        let old = self.in_rhs;
        self.in_rhs = false;
        let x0 = self.parse_expr();
        let mut more = None;
        if self.tok == Token::Comma {
            let mut list = vec![x0];
            while self.tok == Token::Comma {
                self.next();
                list.push(self.parse_expr());
            }
            more = Some(list);
        }
        self.in_rhs = old;
        match self.tok {
            Token::Define
            | Token::Assign
            | Token::AddAssign
            | Token::SubAssign
            | Token::MulAssign
            | Token::QuoAssign
            | Token::RemAssign
            | Token::AndAssign
            | Token::OrAssign
            | Token::XorAssign
            | Token::ShlAssign
            | Token::ShrAssign
            | Token::AndNotAssign => {
                let (pos, tok) = (self.pos, self.tok);
                self.next();
                let mut is_range = false;
                // `k, v := range x` / `k = range x`: the rhs is kept as a `range x` unary
                // expression for `parse_for_stmt` to take apart.
                let y = if mode == Mode::RangeOk
                    && self.tok == Token::Range
                    && (tok == Token::Define || tok == Token::Assign)
                {
                    let rpos = self.pos;
                    self.next();
                    let range_x = self.parse_rhs();
                    let end = self.expr_span(range_x).end;
                    is_range = true;
                    vec![self.expr(
                        ExprKind::Unary { op: Token::Range, op_pos: rpos, x: range_x },
                        rpos,
                        end,
                    )]
                } else {
                    self.parse_list(true)
                };
                let lhs = more.unwrap_or_else(|| vec![x0]);
                let start = self.expr_span(x0).start;
                let end =
                    y.last().map_or(pos + tok.as_str().len() as u32, |&e| self.expr_span(e).end);
                return (
                    self.stmt(StmtKind::Assign { lhs, tok, tok_pos: pos, rhs: y }, start, end),
                    is_range,
                );
            }
            _ => {}
        }
        // Only an assignment takes a list; the other forms go on with its first expression.
        if more.is_some() {
            let p = self.expr_span(x0).start;
            self.error_expected(p, "1 expression");
        }
        match self.tok {
            Token::Colon => {
                let colon = self.pos;
                self.next();
                // A label is an identifier, and only allowed where a statement starts (not
                // in a clause header).
                if let (Some(label), Mode::LabelOk) = (self.as_ident(x0), mode) {
                    let stmt = self.parse_stmt();
                    let end = self.stmt_span(stmt).end;
                    return (
                        self.stmt(StmtKind::Labeled { label, colon, stmt }, label.span.start, end),
                        false,
                    );
                }
                // Reported at the colon, not at x0: what makes the label invalid may be a
                // token between them, and go/parser wants this one error for the line.
                self.error(colon, "illegal label declaration");
                let start = self.expr_span(x0).start;
                return (self.stmt(StmtKind::Bad, start, colon + 1), false);
            }
            Token::Arrow => {
                let arrow = self.pos;
                self.next();
                let y = self.parse_rhs();
                let (start, end) = (self.expr_span(x0).start, self.expr_span(y).end);
                return (
                    self.stmt(StmtKind::Send { chan: x0, arrow, value: y }, start, end),
                    false,
                );
            }
            Token::Inc | Token::Dec => {
                let (pos, tok) = (self.pos, self.tok);
                self.next();
                let start = self.expr_span(x0).start;
                return (
                    self.stmt(
                        StmtKind::IncDec { x: x0, tok, tok_pos: pos },
                        start,
                        pos + tok.as_str().len() as u32,
                    ),
                    false,
                );
            }
            _ => {}
        }
        let span = self.expr_span(x0);
        (self.stmt(StmtKind::Expr(x0), span.start, span.end), false)
    }

    /// go/parser's `parseCallExpr`: the call of a `go` or `defer` statement (`call_type`).
    fn parse_call_expr(&mut self, call_type: &str) -> Option<ExprId> {
        let mut x = self.parse_rhs();
        let t = self.unparen(x);
        if t != x {
            let p = self.expr_span(x).start;
            self.error(p, format!("expression in {call_type} must not be parenthesized"));
            x = t;
        }
        match self.exprs[x.index()].kind {
            ExprKind::Call { .. } => Some(x),
            // Already reported: no second error.
            ExprKind::Bad => None,
            _ => {
                let end = self.expr_span(x).end;
                self.error(end, format!("expression in {call_type} must be function call"));
                None
            }
        }
    }

    /// go/parser's `parseGoStmt` and `parseDeferStmt`, which differ only in the keyword.
    fn parse_go_or_defer_stmt(&mut self, tok: Token) -> StmtId {
        let pos = self.expect(tok);
        let name = tok.as_str();
        let call = self.parse_call_expr(name);
        self.expect_semi();
        match call {
            None => self.stmt(StmtKind::Bad, pos, pos + name.len() as u32),
            Some(call) => {
                let end = self.expr_span(call).end;
                let kind =
                    if tok == Token::Go { StmtKind::Go { call } } else { StmtKind::Defer { call } };
                self.stmt(kind, pos, end)
            }
        }
    }

    fn parse_return_stmt(&mut self) -> StmtId {
        let pos = self.pos;
        self.expect(Token::Return);
        let results = if self.tok != Token::Semicolon && self.tok != Token::RBrace {
            self.parse_list(true)
        } else {
            Vec::new()
        };
        self.expect_semi();
        let end = results.last().map_or(pos + "return".len() as u32, |&e| self.expr_span(e).end);
        self.stmt(StmtKind::Return { results }, pos, end)
    }

    fn parse_branch_stmt(&mut self, tok: Token) -> StmtId {
        let pos = self.expect(tok);
        let mut label = None;
        if tok == Token::Goto
            || ((tok == Token::Continue || tok == Token::Break) && self.tok == Token::Ident)
        {
            label = Some(self.parse_ident());
        }
        self.expect_semi();
        let end = label.map_or(pos + tok.as_str().len() as u32, |l| l.span.end);
        self.stmt(StmtKind::Branch { tok, label }, pos, end)
    }

    /// go/parser's `makeExpr`: the expression of a header part that was parsed as a simple
    /// statement but must be an expression (an `if` or `switch` condition). Anything else most
    /// often comes from a composite literal in the header, whose `{` was taken for the block;
    /// the error says so.
    fn make_expr(&mut self, s: Option<StmtId>, want: &str) -> Option<ExprId> {
        let s = s?;
        let st = &self.stmts[s.index()];
        if let StmtKind::Expr(x) = st.kind {
            return Some(x);
        }
        let found = if matches!(st.kind, StmtKind::Assign { .. }) {
            "assignment"
        } else {
            "simple statement"
        };
        let span = st.span;
        self.error(
            span.start,
            format!(
                "expected {want}, found {found} (missing parentheses around composite literal?)"
            ),
        );
        Some(self.bad_expr(span.start, span.end))
    }

    /// go/parser's `parseIfHeader` (itself adapted from cmd/compile's parser for better errors):
    /// `[init;] cond`. The part before the `{` is parsed as a simple statement; if a `;`
    /// follows, that was the init and the condition comes next, else it was the condition.
    /// The condition always exists afterwards (a BadExpr if missing), so the AST is valid.
    fn parse_if_header(&mut self) -> (Option<StmtId>, ExprId) {
        if self.tok == Token::LBrace {
            self.error(self.pos, "missing condition in if statement");
            let p = self.pos;
            return (None, self.bad_expr(p, p));
        }
        // A control clause: a `{` after a type name opens the block (see `expr_lev`).
        let prev_lev = self.expr_lev;
        self.expr_lev = -1;
        let mut init = None;
        if self.tok != Token::Semicolon {
            // `if var x = 1; ...` is not Go, but accept the declaration as an init statement
            // with an error.
            if self.tok == Token::Var {
                self.next();
                self.error(self.pos, "var declaration not allowed in if initializer");
            }
            init = Some(self.parse_simple_stmt(Mode::Basic).0);
        }
        let mut cond_stmt = None;
        // The `;` after the init, remembered to word the error if no condition follows it:
        // an automatic `;` means the `{` is on the next line.
        let mut semi: Option<(u32, bool)> = None;
        if self.tok != Token::LBrace {
            if self.tok == Token::Semicolon {
                semi = Some((self.pos, self.newline));
                self.next();
            } else {
                self.expect(Token::Semicolon);
            }
            if self.tok != Token::LBrace {
                cond_stmt = Some(self.parse_simple_stmt(Mode::Basic).0);
            }
        } else {
            // No `;`: what was parsed is the condition, and there is no init.
            cond_stmt = init.take();
        }
        let mut cond = None;
        if cond_stmt.is_some() {
            cond = self.make_expr(cond_stmt, "boolean expression");
        } else if let Some((pos, newline)) = semi {
            if newline {
                self.error(pos, "unexpected newline, expecting { after if clause");
            } else {
                self.error(pos, "missing condition in if statement");
            }
        }
        let cond = match cond {
            Some(c) => c,
            None => {
                let p = self.pos;
                self.bad_expr(p, p)
            }
        };
        self.expr_lev = prev_lev;
        (init, cond)
    }

    /// One nesting level per `if`, as in go/parser: `else if` chains recurse.
    fn parse_if_stmt(&mut self) -> StmtId {
        self.nested(|p| {
            let pos = p.expect(Token::If);
            let (init, cond) = p.parse_if_header();
            let body = p.parse_block_stmt();
            let mut els = None;
            if p.tok == Token::Else {
                p.next();
                match p.tok {
                    Token::If => els = Some(p.parse_if_stmt()),
                    Token::LBrace => {
                        els = Some(p.parse_block_stmt());
                        p.expect_semi();
                    }
                    _ => {
                        p.error_expected(p.pos, "if statement or block");
                        let pos = p.pos;
                        els = Some(p.stmt(StmtKind::Bad, pos, pos));
                    }
                }
            } else {
                p.expect_semi();
            }
            let end = p.stmt_span(els.unwrap_or(body)).end;
            p.stmt(StmtKind::If { init, cond, body, els }, pos, end)
        })
    }

    /// go/ast's `CaseClause.End`/`CommClause.End`: the last statement's end, or after the colon.
    fn clause_end(&self, colon: u32, body: &[StmtId]) -> u32 {
        body.last().map_or(colon + 1, |&s| self.stmt_span(s).end)
    }

    fn parse_case_clause(&mut self) -> StmtId {
        let pos = self.pos;
        let mut list = Vec::new();
        let is_default = self.tok != Token::Case;
        if self.tok == Token::Case {
            self.next();
            list = self.parse_list(true);
        } else {
            self.expect(Token::Default);
        }
        let colon = self.expect(Token::Colon);
        let body = self.parse_stmt_list();
        let end = self.clause_end(colon, &body);
        self.stmt(StmtKind::CaseClause { list, is_default, colon, body }, pos, end)
    }

    /// `x.(type)`.
    fn is_type_switch_assert(&self, x: ExprId) -> bool {
        matches!(self.exprs[x.index()].kind, ExprKind::TypeAssert { ty: None, .. })
    }

    /// go/parser's `isTypeSwitchGuard`: `x.(type)` or `v := x.(type)`; `v = x.(type)` is
    /// accepted too, with an error.
    fn is_type_switch_guard(&mut self, s: Option<StmtId>) -> bool {
        let Some(s) = s else { return false };
        match &self.stmts[s.index()].kind {
            StmtKind::Expr(x) => self.is_type_switch_assert(*x),
            StmtKind::Assign { lhs, tok, tok_pos, rhs }
                if lhs.len() == 1 && rhs.len() == 1 && self.is_type_switch_assert(rhs[0]) =>
            {
                match tok {
                    Token::Assign => {
                        let p = *tok_pos;
                        self.error(p, "expected ':=', found '='");
                        true
                    }
                    Token::Define => true,
                    _ => false,
                }
            }
            _ => false,
        }
    }

    /// go/parser's `parseSwitchStmt`: `switch [init;] [tag] {`, an expression switch, or a
    /// type switch if the last header part is a type switch guard.
    fn parse_switch_stmt(&mut self) -> StmtId {
        let pos = self.expect(Token::Switch);
        // As in `parse_if_header`: parse a simple statement; a following `;` makes it the init.
        let (mut s1, mut s2) = (None, None);
        if self.tok != Token::LBrace {
            // A control clause (see `expr_lev`).
            let prev_lev = self.expr_lev;
            self.expr_lev = -1;
            if self.tok != Token::Semicolon {
                s2 = Some(self.parse_simple_stmt(Mode::Basic).0);
            }
            if self.tok == Token::Semicolon {
                self.next();
                s1 = s2.take();
                if self.tok != Token::LBrace {
                    s2 = Some(self.parse_simple_stmt(Mode::Basic).0);
                }
            }
            self.expr_lev = prev_lev;
        }
        let type_switch = self.is_type_switch_guard(s2);
        let body = self.parse_clause_block(Self::parse_case_clause);
        let end = self.stmt_span(body).end;
        if type_switch {
            if let Some(assign) = s2 {
                return self.stmt(StmtKind::TypeSwitch { init: s1, assign, body }, pos, end);
            }
        }
        let tag = self.make_expr(s2, "switch expression");
        self.stmt(StmtKind::Switch { init: s1, tag, body }, pos, end)
    }

    /// go/parser's `parseCommClause`: a `select` case, whose communication is a send
    /// `ch <- v`, a receive `<-ch`, or a receive assigned with `=` or `:=`. As in
    /// `parse_simple_stmt`, which one is only known after the first expression list.
    fn parse_comm_clause(&mut self) -> StmtId {
        let pos = self.pos;
        let mut comm = None;
        if self.tok == Token::Case {
            self.next();
            let mut lhs = self.parse_list(false);
            // A send; a list before the arrow is reported and its first expression kept.
            if self.tok == Token::Arrow {
                if lhs.len() > 1 {
                    let p = self.expr_span(lhs[0]).start;
                    self.error_expected(p, "1 expression");
                }
                let arrow = self.pos;
                self.next();
                let rhs = self.parse_rhs();
                let (start, end) = (self.expr_span(lhs[0]).start, self.expr_span(rhs).end);
                comm =
                    Some(self.stmt(StmtKind::Send { chan: lhs[0], arrow, value: rhs }, start, end));
            } else {
                let tok = self.tok;
                // A receive with assignment: at most `v, ok`; the rhs must be the receive
                // (the type checker verifies that it is one).
                if tok == Token::Assign || tok == Token::Define {
                    if lhs.len() > 2 {
                        let p = self.expr_span(lhs[0]).start;
                        self.error_expected(p, "1 or 2 expressions");
                        lhs.truncate(2);
                    }
                    let tok_pos = self.pos;
                    self.next();
                    let rhs = self.parse_rhs();
                    let (start, end) = (self.expr_span(lhs[0]).start, self.expr_span(rhs).end);
                    comm = Some(self.stmt(
                        StmtKind::Assign { lhs, tok, tok_pos, rhs: vec![rhs] },
                        start,
                        end,
                    ));
                } else {
                    // A bare receive `<-ch`: a single expression.
                    if lhs.len() > 1 {
                        let p = self.expr_span(lhs[0]).start;
                        self.error_expected(p, "1 expression");
                    }
                    let span = self.expr_span(lhs[0]);
                    comm = Some(self.stmt(StmtKind::Expr(lhs[0]), span.start, span.end));
                }
            }
        } else {
            self.expect(Token::Default);
        }
        let colon = self.expect(Token::Colon);
        let body = self.parse_stmt_list();
        let end = self.clause_end(colon, &body);
        self.stmt(StmtKind::CommClause { comm, colon, body }, pos, end)
    }

    fn parse_select_stmt(&mut self) -> StmtId {
        let pos = self.expect(Token::Select);
        let body = self.parse_clause_block(Self::parse_comm_clause);
        let end = self.stmt_span(body).end;
        self.stmt(StmtKind::Select { body }, pos, end)
    }

    /// The `{ case ...: ... default: ... }` body shared by switch and select statements, with the
    /// statement's terminating semicolon.
    fn parse_clause_block(&mut self, parse_clause: fn(&mut Self) -> StmtId) -> StmtId {
        let lbrace = self.expect(Token::LBrace);
        let mut list = Vec::new();
        while self.tok == Token::Case || self.tok == Token::Default {
            list.push(parse_clause(self));
        }
        let rbrace = self.expect(Token::RBrace);
        self.expect_semi();
        self.block(lbrace, list, Some(rbrace))
    }

    /// go/parser's `parseForStmt`: `for {`, `for cond {`, `for init; cond; post {` or a range
    /// clause. The first header part is parsed as a simple statement that may be a range
    /// assignment (`Mode::RangeOk`); if it is, the loop is a RangeStmt and there are no more
    /// parts.
    fn parse_for_stmt(&mut self) -> StmtId {
        let pos = self.expect(Token::For);
        let (mut s1, mut s2, mut s3) = (None, None, None);
        // For `for range x`: the range expression without an assignment.
        let mut bare_range: Option<ExprId> = None;
        let mut is_range = false;
        if self.tok != Token::LBrace {
            // A control clause (see `expr_lev`).
            let prev_lev = self.expr_lev;
            self.expr_lev = -1;
            if self.tok != Token::Semicolon {
                // `for range x`: no assignment at all (go/ast: Key, Value nil, Tok ILLEGAL).
                if self.tok == Token::Range {
                    let rpos = self.pos;
                    self.next();
                    let x = self.parse_rhs();
                    let end = self.expr_span(x).end;
                    bare_range = Some(self.expr(
                        ExprKind::Unary { op: Token::Range, op_pos: rpos, x },
                        rpos,
                        end,
                    ));
                    is_range = true;
                } else {
                    let (s, r) = self.parse_simple_stmt(Mode::RangeOk);
                    s2 = Some(s);
                    is_range = r;
                }
            }
            // A three-part header: what was parsed is the init. The post statement is any
            // simple statement; no `;` may follow it before the `{`.
            if !is_range && self.tok == Token::Semicolon {
                self.next();
                s1 = s2.take();
                if self.tok != Token::Semicolon {
                    s2 = Some(self.parse_simple_stmt(Mode::Basic).0);
                }
                self.expect_semi();
                if self.tok != Token::LBrace {
                    s3 = Some(self.parse_simple_stmt(Mode::Basic).0);
                }
            }
            self.expr_lev = prev_lev;
        }
        let body = self.parse_block_stmt();
        self.expect_semi();
        let end = self.stmt_span(body).end;

        // Take the `k, v := range x` assignment built by `parse_simple_stmt` apart into a
        // RangeStmt; its lhs may hold at most key and value.
        if is_range {
            let (lhs, tok, tok_pos, range_expr) = match (bare_range, s2) {
                (Some(r), _) => (Vec::new(), Token::Illegal, None, r),
                (None, Some(s)) => match &self.stmts[s.index()].kind {
                    StmtKind::Assign { lhs, tok, tok_pos, rhs } => {
                        (lhs.clone(), *tok, Some(*tok_pos), rhs[0])
                    }
                    _ => return self.stmt(StmtKind::Bad, pos, end),
                },
                (None, None) => return self.stmt(StmtKind::Bad, pos, end),
            };
            let (key, value) = match lhs.len() {
                0 => (None, None),
                1 => (Some(lhs[0]), None),
                2 => (Some(lhs[0]), Some(lhs[1])),
                _ => {
                    let p = self.expr_span(lhs[lhs.len() - 1]).start;
                    self.error_expected(p, "at most 2 expressions");
                    return self.stmt(StmtKind::Bad, pos, end);
                }
            };
            let (range, x) = match self.exprs[range_expr.index()].kind {
                ExprKind::Unary { op_pos, x, .. } => (op_pos, x),
                _ => (self.expr_span(range_expr).start, range_expr),
            };
            return self.stmt(
                StmtKind::Range { key, value, tok, tok_pos, range, x, body },
                pos,
                end,
            );
        }
        let cond = self.make_expr(s2, "boolean or range expression");
        self.stmt(StmtKind::For { init: s1, cond, post: s3, body }, pos, end)
    }

    /// One nesting level per statement, as in go/parser (blocks nest through statements).
    fn parse_stmt(&mut self) -> StmtId {
        self.nested(|p| p.parse_stmt_inner())
    }

    fn parse_stmt_inner(&mut self) -> StmtId {
        use Token::*;
        match self.tok {
            Const | Type | Var => {
                let d = self.parse_decl(Sync::StmtStart);
                let span = self.decl_span(d);
                self.stmt(StmtKind::Decl(d), span.start, span.end)
            }
            Ident | Int | Float | Imag | Char | String | Func | LParen | LBrack | Struct | Map
            | Chan | Interface | Add | Sub | Mul | And | Xor | Arrow | Not => {
                // Tokens that may start an expression. Labeled statements come from here too
                // (the label is only known at the `:`), and their statement has already
                // consumed its `;`.
                let (s, _) = self.parse_simple_stmt(Mode::LabelOk);
                if !matches!(self.stmts[s.index()].kind, StmtKind::Labeled { .. }) {
                    self.expect_semi();
                }
                s
            }
            Go | Defer => self.parse_go_or_defer_stmt(self.tok),
            Return => self.parse_return_stmt(),
            Break | Continue | Goto | Fallthrough => self.parse_branch_stmt(self.tok),
            LBrace => {
                let s = self.parse_block_stmt();
                self.expect_semi();
                s
            }
            If => self.parse_if_stmt(),
            Switch => self.parse_switch_stmt(),
            Select => self.parse_select_stmt(),
            For => self.parse_for_stmt(),
            // An empty statement. An automatic `;` (implicit) has no length: go/ast ends it where
            // it starts.
            Semicolon => {
                let (p, implicit) = (self.pos, self.newline);
                self.next();
                self.stmt(
                    StmtKind::Empty { semicolon: p, implicit },
                    p,
                    if implicit { p } else { p + 1 },
                )
            }
            // The `;` before a closing `}` may be omitted: an implicit empty statement, and
            // the `}` is left for the block.
            RBrace => {
                let p = self.pos;
                self.stmt(StmtKind::Empty { semicolon: p, implicit: true }, p, p)
            }
            _ => {
                let pos = self.pos;
                self.error_expected(pos, "statement");
                self.advance(Sync::StmtStart);
                self.stmt(StmtKind::Bad, pos, self.pos)
            }
        }
    }

    // ----------------------------------------------------------------------------------------
    // Declarations

    fn decl_span(&self, d: DeclId) -> Span {
        match &self.decls[d.index()] {
            Decl::Bad { span } => *span,
            Decl::Gen(g) => g.span,
            Decl::Func(f) => f.span,
        }
    }

    fn parse_import_spec(&mut self, doc: Option<CommentGroupId>) -> Spec {
        let name = match self.tok {
            Token::Ident => Some(self.parse_ident()),
            Token::Period => {
                let dot = self.intern_str(".");
                let id = self.make_ident(dot, self.pos);
                self.next();
                Some(id)
            }
            _ => None,
        };
        let pos = self.pos;
        let path = if self.tok == Token::String {
            self.basic_lit()
        } else {
            if self.tok.is_literal() {
                self.error(pos, "import path must be a string");
                self.next();
            } else {
                self.error(pos, "missing import path");
                self.advance(Sync::ExprEnd);
            }
            self.expr(ExprKind::BasicLit { kind: Token::String }, pos, pos)
        };
        let comment = self.expect_semi();
        let start = name.map_or(pos, |n| n.span.start);
        let end = self.expr_span(path).end;
        Spec::Import(ImportSpec {
            doc,
            name,
            path,
            comment,
            end_pos: None,
            span: Span::new(start, end),
        })
    }

    fn parse_value_spec(&mut self, doc: Option<CommentGroupId>, keyword: Token) -> Spec {
        let names = self.parse_ident_list();
        let mut ty = None;
        let mut values = Vec::new();
        if keyword == Token::Const {
            if !matches!(self.tok, Token::Eof | Token::Semicolon | Token::RParen) {
                ty = self.try_ident_or_type();
                if self.tok == Token::Assign {
                    self.next();
                    values = self.parse_list(true);
                }
            }
        } else {
            if self.tok != Token::Assign {
                ty = Some(self.parse_type());
            }
            if self.tok == Token::Assign {
                self.next();
                values = self.parse_list(true);
            }
        }
        let comment = self.expect_semi();
        let start = names[0].span.start;
        let end = match (values.last(), ty) {
            (Some(&v), _) => self.expr_span(v).end,
            (None, Some(t)) => self.expr_span(t).end,
            (None, None) => names[names.len() - 1].span.end,
        };
        Spec::Value(ValueSpec { doc, names, ty, values, comment, span: Span::new(start, end) })
    }

    /// go/parser's `parseGenericType`: the rest of `type T[P C, ...] [=] U` once the `[` is known
    /// to open a type parameter list whose first entry (`name0`, `typ0`) is parsed.
    fn parse_generic_type(
        &mut self,
        open: u32,
        name0: Ident,
        typ0: Option<ExprId>,
    ) -> (FieldListId, Option<u32>, ExprId) {
        let list = self.parse_parameter_list(Some(name0), typ0, Token::RBrack, false);
        let close = self.expect(Token::RBrack);
        let tparams = self.field_list(Some(open), list, Some(close));
        let mut assign = None;
        if self.tok == Token::Assign {
            assign = Some(self.pos);
            self.next();
        }
        let ty = self.parse_type();
        (tparams, assign, ty)
    }

    fn parse_type_spec(&mut self, doc: Option<CommentGroupId>) -> Spec {
        let name = self.parse_ident();
        let mut type_params = None;
        let mut assign = None;
        let ty;
        // `type T[`: an array or slice type, or a type parameter list.
        if self.tok == Token::LBrack {
            let lbrack = self.pos;
            self.next();
            if self.tok == Token::Ident {
                // Either way an expression comes first: an array length (`[N]E`, `[P * C]E`)
                // or a type parameter with its constraint (`[P any]`, `[P *C]`). Parse it and
                // look at its shape. One exception: a name followed by `[` starts a constraint
                // (`[P []E]`); as an expression `P[]` would be an error, and an index or slice
                // expression is never a constant array length anyway.
                let id = self.parse_ident();
                let mut x = self.ident_expr(id);
                if self.tok != Token::LBrack {
                    // What `parse_expr` would do, with the name already consumed.
                    self.expr_lev += 1;
                    let lhs = self.parse_primary_expr(Some(x));
                    x = self.parse_binary_expr(Some(lhs), 1);
                    self.expr_lev -= 1;
                }
                // If x splits into a name and a constraint, it is a type parameter list, with
                // two tilts: a lone name followed by `]` (`[N]E`) is an array length, and an
                // ambiguous constraint followed by a comma (`[P *C, Q any]`) is a parameter.
                let (pname, ptype) = self.extract_name(x, self.tok == Token::Comma);
                match pname {
                    Some(pname) if ptype.is_some() || self.tok != Token::RBrack => {
                        let (params, assign_pos, typ) =
                            self.parse_generic_type(lbrack, pname, ptype);
                        type_params = Some(params);
                        assign = assign_pos;
                        ty = typ;
                    }
                    _ => ty = self.parse_array_type(lbrack, Some(x)),
                }
            } else {
                ty = self.parse_array_type(lbrack, None);
            }
        } else {
            // No type parameters; `=` makes an alias.
            if self.tok == Token::Assign {
                assign = Some(self.pos);
                self.next();
            }
            ty = self.parse_type();
        }
        let comment = self.expect_semi();
        let end = self.expr_span(ty).end;
        Spec::Type(TypeSpec {
            doc,
            name,
            type_params,
            assign,
            ty,
            comment,
            span: Span::new(name.span.start, end),
        })
    }

    /// go/parser's `extractName`: splits `x` into a type parameter name and its constraint if
    /// `x` can be read as `name constraint`. The split happens only if the constraint is
    /// certainly a type element (`is_type_elem`) or `force` is set. A lone name gives
    /// `(name, None)`; a failed split `(None, x)`. For example:
    ///
    /// ```text
    /// x           force   name   constraint
    /// P*[]int     any     P      *[]int
    /// P*E         true    P      *E
    /// P*E         false   -      (P*E: could be a product)
    /// P([]int)    any     P      ([]int)
    /// P(E)        false   -      (P(E): could be a call)
    /// P*E|F|~G    any     P      *E|F|~G
    /// ```
    fn extract_name(&mut self, x: ExprId, force: bool) -> (Option<Ident>, Option<ExprId>) {
        // Recursive over `|` chains as long as the nesting limit allows: grow the stack.
        stack::maybe_grow(|| self.extract_name_inner(x, force))
    }

    fn extract_name_inner(&mut self, x: ExprId, force: bool) -> (Option<Ident>, Option<ExprId>) {
        match self.exprs[x.index()].kind.clone() {
            ExprKind::Ident(_) => return (self.as_ident(x), None),
            ExprKind::Binary { x: bx, op, op_pos, y } => match op {
                Token::Mul => {
                    if let Some(name) = self.as_ident(bx) {
                        if force || self.is_type_elem(y) {
                            let end = self.expr_span(y).end;
                            let star = self.expr(ExprKind::Star { x: y }, op_pos, end);
                            return (Some(name), Some(star));
                        }
                    }
                }
                Token::Or => {
                    let f = force || self.is_type_elem(y);
                    if let (Some(name), Some(lhs)) = self.extract_name(bx, f) {
                        let (start, end) = (self.expr_span(lhs).start, self.expr_span(y).end);
                        let op = self.expr(ExprKind::Binary { x: lhs, op, op_pos, y }, start, end);
                        return (Some(name), Some(op));
                    }
                }
                _ => {}
            },
            // `P(C)`: name and parenthesized constraint. go/ast keeps the parentheses (the
            // compiler's parser drops them).
            ExprKind::Call { fun, lparen, args, ellipsis, rparen } => {
                if let Some(name) = self.as_ident(fun) {
                    if args.len() == 1
                        && ellipsis.is_none()
                        && (force || self.is_type_elem(args[0]))
                    {
                        let p = self.expr(
                            ExprKind::Paren { lparen, x: args[0], rparen },
                            lparen,
                            rparen + 1,
                        );
                        return (Some(name), Some(p));
                    }
                }
            }
            _ => {}
        }
        (None, Some(x))
    }

    /// go/parser's `isTypeElem`: whether `x` is certainly a (possibly parenthesized) type
    /// element: a composite type literal, `~T`, or a union containing one. False also when `x`
    /// could be an ordinary value expression (a name, `*E`, a call).
    fn is_type_elem(&self, x: ExprId) -> bool {
        stack::maybe_grow(|| self.is_type_elem_inner(x))
    }

    fn is_type_elem_inner(&self, x: ExprId) -> bool {
        match &self.exprs[x.index()].kind {
            ExprKind::ArrayType { .. }
            | ExprKind::StructType { .. }
            | ExprKind::FuncType { .. }
            | ExprKind::InterfaceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => true,
            ExprKind::Binary { x, y, .. } => self.is_type_elem(*x) || self.is_type_elem(*y),
            ExprKind::Unary { op, .. } => *op == Token::Tilde,
            ExprKind::Paren { x, .. } => self.is_type_elem(*x),
            _ => false,
        }
    }

    fn spec_end(&self, s: &Spec) -> u32 {
        match s {
            Spec::Import(i) => i.span.end,
            Spec::Value(v) => v.span.end,
            Spec::Type(t) => t.span.end,
        }
    }

    fn parse_gen_decl(&mut self, keyword: Token) -> DeclId {
        let doc = self.lead_comment;
        let pos = self.expect(keyword);
        let (mut lparen, mut rparen) = (None, None);
        let mut specs = Vec::new();
        if self.tok == Token::LParen {
            lparen = Some(self.pos);
            self.next();
            while self.tok != Token::RParen && self.tok != Token::Eof {
                let doc = self.lead_comment;
                specs.push(self.parse_spec(doc, keyword));
            }
            rparen = Some(self.expect(Token::RParen));
            self.expect_semi();
        } else {
            specs.push(self.parse_spec(None, keyword));
        }
        let end = match rparen {
            Some(r) => r + 1,
            None => specs.first().map_or(pos, |s| self.spec_end(s)),
        };
        self.decl(Decl::Gen(GenDecl {
            doc,
            tok: keyword,
            tok_pos: pos,
            lparen,
            specs,
            rparen,
            span: Span::new(pos, end),
        }))
    }

    fn parse_spec(&mut self, doc: Option<CommentGroupId>, keyword: Token) -> Spec {
        match keyword {
            Token::Import => self.parse_import_spec(doc),
            Token::Type => self.parse_type_spec(doc),
            _ => self.parse_value_spec(doc, keyword),
        }
    }

    fn parse_func_decl(&mut self) -> DeclId {
        let doc = self.lead_comment;
        let pos = self.expect(Token::Func);
        let mut recv = None;
        if self.tok == Token::LParen {
            recv = self.parse_parameters(false);
        }
        let name = self.parse_ident();
        let mut tparams = None;
        if self.tok == Token::LBrack {
            tparams = self.parse_type_parameters();
            // Methods have no type parameters; they are parsed for a precise error and a
            // tolerant parse, then dropped.
            if let (Some(_), Some(tp)) = (recv, tparams) {
                let opening = self.field_lists[tp.index()].opening.unwrap_or(pos);
                self.error(opening, "method must have no type parameters");
                tparams = None;
            }
        }
        let params = self.parse_params_required();
        let results = self.parse_parameters(true);
        let mut body = None;
        match self.tok {
            Token::LBrace => {
                body = Some(self.parse_block_stmt());
                self.expect_semi();
            }
            // No body (an external function), or a `{` on the next line, after an automatic
            // `;`: say so and take the block as the body.
            Token::Semicolon => {
                self.next();
                if self.tok == Token::LBrace {
                    self.error(self.pos, "unexpected semicolon or newline before {");
                    body = Some(self.parse_block_stmt());
                    self.expect_semi();
                }
            }
            _ => {
                self.expect_semi();
            }
        }
        let ty = self.func_type(Some(pos), tparams, params, results);
        let end = match body {
            Some(b) => self.stmt_span(b).end,
            None => self.expr_span(ty).end,
        };
        self.decl(Decl::Func(FuncDecl { doc, recv, name, ty, body, span: Span::new(pos, end) }))
    }

    fn parse_decl(&mut self, sync: Sync) -> DeclId {
        match self.tok {
            Token::Import | Token::Const | Token::Var | Token::Type => {
                self.parse_gen_decl(self.tok)
            }
            Token::Func => self.parse_func_decl(),
            _ => {
                let pos = self.pos;
                self.error_expected(pos, "declaration");
                self.advance(sync);
                self.decl(Decl::Bad { span: Span::new(pos, self.pos) })
            }
        }
    }

    // ----------------------------------------------------------------------------------------
    // Files

    fn parse_file(&mut self) -> File {
        let mut doc = None;
        let mut package = None;
        let mut name = Ident { name: NO_NAME, span: Span::default() };
        let mut decls = Vec::new();
        // go/parser gives up early on a file that is likely not Go at all: after scanning errors
        // in the first token, or errors in the package clause.
        let mut ok = self.error_count() == 0;
        if ok {
            doc = self.lead_comment;
            package = Some(self.expect(Token::Package));
            name = self.parse_ident();
            self.expect_semi();
            ok = self.error_count() == 0;
        }
        if ok {
            while self.tok == Token::Import {
                decls.push(self.parse_gen_decl(Token::Import));
            }
            // Imports after other declarations are still parsed, for tolerance, with an error.
            let mut prev = Token::Import;
            while self.tok != Token::Eof {
                if self.tok == Token::Import && prev != Token::Import {
                    self.error(self.pos, "imports must appear before other declarations");
                }
                prev = self.tok;
                decls.push(self.parse_decl(Sync::DeclStart));
            }
        }
        if !ok || self.bailed {
            // Like go/parser: no AST for a file that is likely not Go, or after a bailout.
            doc = None;
            package = None;
            decls.clear();
            name = Ident { name: NO_NAME, span: Span::default() };
        }
        if name.name == NO_NAME {
            // go/parser's empty `new(ast.Ident)`: an empty name at no position.
            let empty = self.intern(b"");
            name = Ident { name: empty, span: Span::default() };
        }
        let mut imports = Vec::new();
        for &d in &decls {
            if let Decl::Gen(g) = &self.decls[d.index()] {
                if g.tok == Token::Import {
                    for (i, s) in g.specs.iter().enumerate() {
                        if matches!(s, Spec::Import(_)) {
                            imports.push((d, i as u32));
                        }
                    }
                }
            }
        }
        if !ok || self.bailed {
            self.exprs.clear();
            self.stmts.clear();
            self.decls.clear();
            self.field_lists.clear();
            self.comments.clear();
            self.go_version.clear();
        }
        File {
            source: self.src.into(),
            doc,
            package,
            name,
            decls,
            imports,
            comments: std::mem::take(&mut self.comments),
            go_version: std::mem::take(&mut self.go_version),
            exprs: std::mem::take(&mut self.exprs),
            stmts: std::mem::take(&mut self.stmts),
            decl_arena: std::mem::take(&mut self.decls),
            field_lists: std::mem::take(&mut self.field_lists),
            names: std::mem::take(&mut self.names),
            line_index: std::mem::take(&mut self.lines),
            line_directives: Vec::new(),
        }
    }
}
