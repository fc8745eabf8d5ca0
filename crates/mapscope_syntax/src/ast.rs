//! The typed Go AST: one arena per file, `u32` ids, byte-offset spans, node kinds as in `go/ast`.
//!
//! # Shape
//!
//! A parsed file is a [`File`]. It owns:
//! - the source bytes (literal values and comment texts are spans into them),
//! - one arena per node family: [`Expr`] by [`ExprId`], [`Stmt`] by [`StmtId`], [`Decl`] by [`DeclId`],
//!   [`FieldList`] by [`FieldListId`] and [`CommentGroup`] by [`CommentGroupId`],
//! - a per-file name table: every identifier's text is interned once and referred to by a [`Name`],
//! - a [`LineIndex`] that maps byte offsets to 1-based line and byte column, like `go/token`.
//!
//! Ids are dense (`0..file.exprs.len()`), so later layers keep side tables as plain vectors
//! indexed by id (the type of every `ExprId`, the scope of every block `StmtId`, ...).
//! Children are always created before their parent, so a child's id is smaller than its parent's.
//!
//! # Correspondence with `go/ast`
//!
//! Every `go/ast` node kind has a variant of the same name, with the same fields and the same positions
//! (as byte offsets, `Option<u32>` where `go/ast` may hold `token.NoPos`).
//! Differences, all deliberate:
//! - Type expressions are expressions ([`ExprKind::ArrayType`], [`ExprKind::FuncType`], ...), as in `go/ast`;
//!   `FuncDecl::ty` and `FuncLit::ty` point to an [`ExprKind::FuncType`].
//! - `BlockStmt`, `CaseClause` and `CommClause` are statements ([`StmtKind::Block`], ...);
//!   every "`*BlockStmt`" field is a [`StmtId`] of a `StmtKind::Block`.
//! - Identifiers that *use* a name are expressions ([`ExprKind::Ident`]); identifiers that *declare*
//!   a name (field names, spec names, labels, the package name, selector names) are inline [`Ident`]s.
//!   Both are unique per byte offset, which later layers may use as a key.
//! - Each [`Expr`] and [`Stmt`] carries its [`Span`], equal to `go/ast`'s `Pos()..End()` for the node.
//! - Doc and line comments are [`CommentGroupId`]s into [`File::comments`], attached by the same rules as go/parser.
//!
//! # Robustness
//!
//! Syntax trees may be incomplete: after a syntax error the parser inserts [`ExprKind::Bad`],
//! [`StmtKind::Bad`] or [`Decl::Bad`] nodes and goes on. An id stored in a node is always valid
//! for the file that holds the node; nothing else about the tree is guaranteed for files with errors.

use crate::token::Token;
use std::borrow::Cow;
use std::fmt;
use std::ops::Index;

/// A half-open byte range `start..end` in the file's source.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default, Debug)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    #[inline]
    pub const fn new(start: u32, end: u32) -> Span {
        Span { start, end }
    }

    #[inline]
    pub const fn len(self) -> u32 {
        self.end - self.start
    }

    #[inline]
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `offset` lies in `start..end`, or is `end` itself (for cursor positions).
    #[inline]
    pub const fn contains_inclusive(self, offset: u32) -> bool {
        self.start <= offset && offset <= self.end
    }

    #[inline]
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

macro_rules! id_type {
    ($(#[$m:meta])* $name:ident) => {
        $(#[$m])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        pub struct $name(pub u32);

        impl $name {
            /// The id as a dense vector index.
            #[inline]
            pub const fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

id_type!(
    /// Index of an [`Expr`] in [`File::exprs`].
    ExprId
);
id_type!(
    /// Index of a [`Stmt`] in [`File::stmts`].
    StmtId
);
id_type!(
    /// Index of a [`Decl`] in [`File::decls`].
    DeclId
);
id_type!(
    /// Index of a [`FieldList`] in [`File::field_lists`].
    FieldListId
);
id_type!(
    /// Index of a [`CommentGroup`] in [`File::comments`].
    CommentGroupId
);
id_type!(
    /// An interned identifier text, unique per file: two identifiers of one file have the same
    /// `Name` exactly when their texts are equal. Resolve it with [`File::name`].
    Name
);

/// A declaring occurrence of an identifier (field, parameter, spec or label name, selector).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Ident {
    pub name: Name,
    pub span: Span,
}

/// The kind of a [`BasicLit`](ExprKind::BasicLit): one of `Int`, `Float`, `Imag`, `Char`, `String`.
pub type LitKind = Token;

/// Channel direction of a [`ExprKind::ChanType`], with `go/ast.ChanDir` values.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ChanDir {
    /// `chan T`
    Both = 3,
    /// `chan<- T`
    Send = 1,
    /// `<-chan T`
    Recv = 2,
}

/// An expression node (including type expressions) with its span.
#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

/// Expression kinds, one per `go/ast` expression node.
#[derive(Clone, Debug)]
pub enum ExprKind {
    /// Placeholder for a syntax error; the span covers the bad source.
    Bad,
    /// A use of a name (or a blank `_`).
    Ident(Name),
    /// `...T` in a parameter list, or `...` as an array length (`elt` is `None` there).
    Ellipsis { elt: Option<ExprId> },
    /// An integer, float, imaginary, rune or string literal; its text is `file.text(expr.span)`.
    BasicLit { kind: LitKind },
    /// `func(...) ... { ... }`; `ty` is a [`ExprKind::FuncType`], `body` a block.
    FuncLit { ty: ExprId, body: StmtId },
    /// `T{elts}`; `ty` is `None` for elided types inside another composite literal.
    CompositeLit {
        ty: Option<ExprId>,
        lbrace: u32,
        elts: Vec<ExprId>,
        rbrace: u32,
        incomplete: bool,
    },
    /// `(x)`
    Paren { lparen: u32, x: ExprId, rparen: u32 },
    /// `x.sel`
    Selector { x: ExprId, sel: Ident },
    /// `x[index]` (an index expression or an instantiation with one type argument).
    Index { x: ExprId, lbrack: u32, index: ExprId, rbrack: u32 },
    /// `x[a, b, ...]`: an instantiation with several type arguments.
    IndexList { x: ExprId, lbrack: u32, indices: Vec<ExprId>, rbrack: u32 },
    /// `x[low:high]` or `x[low:high:max]`.
    Slice {
        x: ExprId,
        lbrack: u32,
        low: Option<ExprId>,
        high: Option<ExprId>,
        max: Option<ExprId>,
        slice3: bool,
        rbrack: u32,
    },
    /// `x.(T)`, or `x.(type)` in a type switch guard (`ty` is `None`).
    TypeAssert { x: ExprId, lparen: u32, ty: Option<ExprId>, rparen: u32 },
    /// `fun(args)` and `fun(args...)` (`ellipsis` is the position of `...`).
    Call { fun: ExprId, lparen: u32, args: Vec<ExprId>, ellipsis: Option<u32>, rparen: u32 },
    /// `*x`: a dereference or a pointer type.
    Star { x: ExprId },
    /// `op x` for `+ - ! ^ & <- ~`.
    Unary { op: Token, op_pos: u32, x: ExprId },
    /// `x op y`.
    Binary { x: ExprId, op: Token, op_pos: u32, y: ExprId },
    /// `key: value` in a composite literal.
    KeyValue { key: ExprId, colon: u32, value: ExprId },
    /// `[len]elt`, `[...]elt` (len is an [`ExprKind::Ellipsis`]) or `[]elt` (len is `None`).
    ArrayType { lbrack: u32, len: Option<ExprId>, elt: ExprId },
    /// `struct { fields }`.
    StructType { fields: FieldListId, incomplete: bool },
    /// `func[type_params](params) results`; `func_pos` is `None` for method signatures in interfaces.
    FuncType {
        func_pos: Option<u32>,
        type_params: Option<FieldListId>,
        params: FieldListId,
        results: Option<FieldListId>,
    },
    /// `interface { methods }`.
    InterfaceType { methods: FieldListId, incomplete: bool },
    /// `map[key]value`.
    MapType { key: ExprId, value: ExprId },
    /// `chan T`, `chan<- T`, `<-chan T`; `arrow` is the position of `<-`, if any.
    ChanType { arrow: Option<u32>, dir: ChanDir, value: ExprId },
}

/// A statement node with its span.
#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

/// Statement kinds, one per `go/ast` statement node.
#[derive(Clone, Debug)]
pub enum StmtKind {
    /// Placeholder for a syntax error; the span covers the bad source.
    Bad,
    /// A `const`, `type` or `var` declaration inside a function (always a [`Decl::Gen`]).
    Decl(DeclId),
    /// An empty statement; `implicit` when the `;` was inserted by the lexer.
    Empty { semicolon: u32, implicit: bool },
    /// `label: stmt`.
    Labeled { label: Ident, colon: u32, stmt: StmtId },
    /// An expression used as a statement.
    Expr(ExprId),
    /// `ch <- value`.
    Send { chan: ExprId, arrow: u32, value: ExprId },
    /// `x++` or `x--`.
    IncDec { x: ExprId, tok: Token, tok_pos: u32 },
    /// `lhs op rhs` for `=`, `:=` and the `op=` forms.
    Assign { lhs: Vec<ExprId>, tok: Token, tok_pos: u32, rhs: Vec<ExprId> },
    /// `go call`; `call` is normally an [`ExprKind::Call`] (a `Bad` expression after an error).
    Go { call: ExprId },
    /// `defer call`.
    Defer { call: ExprId },
    /// `return results`.
    Return { results: Vec<ExprId> },
    /// `break`, `continue`, `goto` or `fallthrough`, with an optional label.
    Branch { tok: Token, label: Option<Ident> },
    /// `{ list }`; `rbrace` is `None` when the closing brace is missing.
    Block { lbrace: u32, list: Vec<StmtId>, rbrace: Option<u32> },
    /// `if init; cond body else`; `els` is a block or another `if`.
    If { init: Option<StmtId>, cond: ExprId, body: StmtId, els: Option<StmtId> },
    /// `case list:` or `default:` (`list` is empty for default, told apart by `is_default`) in a switch.
    CaseClause { list: Vec<ExprId>, is_default: bool, colon: u32, body: Vec<StmtId> },
    /// `switch init; tag body`.
    Switch { init: Option<StmtId>, tag: Option<ExprId>, body: StmtId },
    /// `switch init; assign body` where `assign` is `x := y.(type)` or `y.(type)`.
    TypeSwitch { init: Option<StmtId>, assign: StmtId, body: StmtId },
    /// `case comm:` (`comm` is `None` for `default`) in a select.
    CommClause { comm: Option<StmtId>, colon: u32, body: Vec<StmtId> },
    /// `select body`.
    Select { body: StmtId },
    /// `for init; cond; post body`.
    For { init: Option<StmtId>, cond: Option<ExprId>, post: Option<StmtId>, body: StmtId },
    /// `for key, value tok range x body`; `tok` is `Assign` or `Define`, or `Illegal` without key.
    Range {
        key: Option<ExprId>,
        value: Option<ExprId>,
        tok: Token,
        tok_pos: Option<u32>,
        range: u32,
        x: ExprId,
        body: StmtId,
    },
}

/// A top-level (or local) declaration.
#[derive(Clone, Debug)]
pub enum Decl {
    /// Placeholder for a syntax error.
    Bad { span: Span },
    /// `import`, `const`, `type` or `var`, grouped or not.
    Gen(GenDecl),
    /// A function or method declaration.
    Func(FuncDecl),
}

/// `tok spec` or `tok ( specs )`.
#[derive(Clone, Debug)]
pub struct GenDecl {
    pub doc: Option<CommentGroupId>,
    /// `Import`, `Const`, `Type` or `Var`.
    pub tok: Token,
    pub tok_pos: u32,
    pub lparen: Option<u32>,
    pub specs: Vec<Spec>,
    pub rparen: Option<u32>,
    pub span: Span,
}

/// `func (recv) name[type_params](params) results body`.
#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub doc: Option<CommentGroupId>,
    pub recv: Option<FieldListId>,
    pub name: Ident,
    /// An [`ExprKind::FuncType`] holding the `func` position, type parameters, parameters and results.
    pub ty: ExprId,
    /// `None` for a function implemented outside Go.
    pub body: Option<StmtId>,
    pub span: Span,
}

/// One spec of a [`GenDecl`].
#[derive(Clone, Debug)]
pub enum Spec {
    Import(ImportSpec),
    Value(ValueSpec),
    Type(TypeSpec),
}

/// `name "path"`.
#[derive(Clone, Debug)]
pub struct ImportSpec {
    pub doc: Option<CommentGroupId>,
    /// Local name, including `.` and `_`.
    pub name: Option<Ident>,
    /// A string [`ExprKind::BasicLit`] (a `Bad` expression after an error).
    pub path: ExprId,
    pub comment: Option<CommentGroupId>,
    /// End of the spec (`go/ast.ImportSpec.EndPos`), normally the end of `path`.
    pub end_pos: Option<u32>,
    pub span: Span,
}

/// `names type = values` in a `const` or `var` declaration.
#[derive(Clone, Debug)]
pub struct ValueSpec {
    pub doc: Option<CommentGroupId>,
    pub names: Vec<Ident>,
    pub ty: Option<ExprId>,
    pub values: Vec<ExprId>,
    pub comment: Option<CommentGroupId>,
    pub span: Span,
}

/// `name[type_params] type` or the alias form `name[type_params] = type`.
#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub doc: Option<CommentGroupId>,
    pub name: Ident,
    pub type_params: Option<FieldListId>,
    /// Position of `=` for an alias declaration.
    pub assign: Option<u32>,
    pub ty: ExprId,
    pub comment: Option<CommentGroupId>,
    pub span: Span,
}

/// A parenthesised, braced or bracketed list of fields: parameters, results,
/// type parameters, receivers, struct fields or interface elements.
#[derive(Clone, Debug)]
pub struct FieldList {
    pub opening: Option<u32>,
    pub list: Vec<Field>,
    pub closing: Option<u32>,
    pub span: Span,
}

/// `names type tag`; `names` is empty for anonymous parameters, embedded fields and
/// interface elements that are not methods. `ty` is `None` only after syntax errors.
#[derive(Clone, Debug)]
pub struct Field {
    pub doc: Option<CommentGroupId>,
    pub names: Vec<Ident>,
    pub ty: Option<ExprId>,
    /// A string [`ExprKind::BasicLit`].
    pub tag: Option<ExprId>,
    pub comment: Option<CommentGroupId>,
    pub span: Span,
}

/// One `//` or `/* */` comment; the span covers the comment in the source.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Comment {
    pub span: Span,
}

/// Comments with no tokens and no blank lines between them, grouped as go/parser does.
#[derive(Clone, Debug)]
pub struct CommentGroup {
    pub list: Vec<Comment>,
}

impl CommentGroup {
    pub fn span(&self) -> Span {
        match (self.list.first(), self.list.last()) {
            (Some(a), Some(b)) => Span::new(a.span.start, b.span.end),
            _ => Span::default(),
        }
    }
}

/// Interned identifier texts of one file.
#[derive(Clone, Default)]
pub struct Names {
    pub(crate) text: String,
    pub(crate) ends: Vec<u32>,
}

impl Names {
    /// The text of `name`.
    #[inline]
    pub fn get(&self, name: Name) -> &str {
        let i = name.index();
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    /// Number of distinct names.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// All names with their ids, in id order.
    pub fn iter(&self) -> impl Iterator<Item = (Name, &str)> + '_ {
        (0..self.ends.len() as u32).map(move |i| (Name(i), self.get(Name(i))))
    }
}

impl fmt::Debug for Names {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter().map(|(_, s)| s)).finish()
    }
}

/// Maps byte offsets to 1-based lines and columns; columns count bytes, as in `go/token`.
#[derive(Clone, Debug, Default)]
pub struct LineIndex {
    /// Offset of the first byte of every line; `line_starts[0] == 0`.
    line_starts: Vec<u32>,
    len: u32,
}

/// A 1-based line and byte column.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct LineCol {
    pub line: u32,
    pub col: u32,
}

impl LineIndex {
    /// Builds the index of `src` (lines end at `\n`). As in go/token, a final newline starts no
    /// line: the end of the file is on the last line, after its newline, which is where
    /// go/parser reports errors at EOF (`7:17: expected ';', found 'EOF'`, not `8:1`).
    pub fn new(src: &[u8]) -> LineIndex {
        let mut line_starts = Vec::with_capacity(src.len() / 32 + 1);
        line_starts.push(0);
        line_starts.extend(
            memchr::memchr_iter(b'\n', src)
                .map(|i| i as u32 + 1)
                .filter(|&s| (s as usize) < src.len()),
        );
        LineIndex { line_starts, len: src.len() as u32 }
    }

    /// Line and column of `offset`; offsets past the end are clamped to the end.
    pub fn line_col(&self, offset: u32) -> LineCol {
        let offset = offset.min(self.len);
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        LineCol { line: line as u32 + 1, col: offset - self.line_starts[line] + 1 }
    }

    /// The 1-based line of `offset`.
    pub fn line(&self, offset: u32) -> u32 {
        self.line_col(offset).line
    }

    /// The byte offset of a 1-based line and byte column, if the line exists.
    pub fn offset(&self, lc: LineCol) -> Option<u32> {
        let start = *self.line_starts.get(lc.line.checked_sub(1)? as usize)?;
        Some((start + lc.col.saturating_sub(1)).min(self.len))
    }

    /// Number of lines as go/token counts them: a final newline starts no line, and a file
    /// without one still counts its last line.
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

/// One parsed Go source file.
#[derive(Clone, Debug)]
pub struct File {
    /// The source text the spans refer to.
    pub source: Box<[u8]>,
    /// The comment group right before `package`, if any.
    pub doc: Option<CommentGroupId>,
    /// Position of the `package` keyword (`None` if missing).
    pub package: Option<u32>,
    /// The package name (`_` with an empty span if missing).
    pub name: Ident,
    /// Top-level declarations in source order.
    pub decls: Vec<DeclId>,
    /// Every import spec of the file as `(decl, index in its specs)`, in source order.
    pub imports: Vec<(DeclId, u32)>,
    /// Every comment group of the file, in source order.
    pub comments: Vec<CommentGroup>,
    /// Minimum Go version required by the `//go:build` line (`"go1.21"`), as `go/ast.File.GoVersion`.
    pub go_version: String,

    pub exprs: Vec<Expr>,
    pub stmts: Vec<Stmt>,
    pub decl_arena: Vec<Decl>,
    pub field_lists: Vec<FieldList>,
    pub names: Names,
    pub line_index: LineIndex,
    /// The valid `//line` directives, by offset: what go/token's adjusted positions read.
    pub line_directives: Vec<LineDirective>,
}

/// A `//line filename:line[:col]` directive (go/scanner's `updateLineInfo`): from `offset` on,
/// positions read as that file, line and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineDirective {
    /// Where the directive takes effect: the start of the line after it.
    pub offset: u32,
    /// The file name as written, cleaned (relative names are relative to the file's directory);
    /// `None` for the file itself (a `//line :line:col` before any other directive), empty when a
    /// directive without a column names none.
    pub filename: Option<String>,
    pub line: u32,
    /// 0 when the directive gives no column: columns are unknown until the next directive.
    pub col: u32,
}

/// A position as go/token's `PositionFor(pos, adjusted=true)` gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position<'a> {
    /// The file a `//line` directive names (`None`: the file itself, when no directive applies or
    /// one kept the file's name).
    pub filename: Option<&'a str>,
    pub line: u32,
    /// 0 when a `//line` directive without a column makes it unknown.
    pub col: u32,
}

impl File {
    /// The text of an interned name.
    #[inline]
    pub fn name(&self, name: Name) -> &str {
        self.names.get(name)
    }

    /// The source bytes of `span` as text (lossy only for invalid UTF-8).
    pub fn text(&self, span: Span) -> Cow<'_, str> {
        let end = (span.end as usize).min(self.source.len());
        let start = (span.start as usize).min(end);
        String::from_utf8_lossy(&self.source[start..end])
    }

    /// The comment text as `go/ast.Comment.Text` holds it: the source with `\r` removed.
    pub fn comment_text(&self, c: &Comment) -> Cow<'_, str> {
        let raw = &self.source[c.span.range()];
        if raw.contains(&b'\r') {
            Cow::Owned(
                String::from_utf8_lossy(&crate::lexer::strip_cr(raw, raw.get(1) == Some(&b'*')))
                    .into_owned(),
            )
        } else {
            String::from_utf8_lossy(raw)
        }
    }

    /// Line and column of a byte offset.
    pub fn line_col(&self, offset: u32) -> LineCol {
        self.line_index.line_col(offset)
    }

    /// The position of a byte offset with `//line` directives applied, as go/token's
    /// `File.PositionFor(pos, true)` computes it: lines count on from the directive; the column is
    /// relative to the directive's on its own line, unknown (0) when it gave none, else unchanged.
    pub fn position(&self, offset: u32) -> Position<'_> {
        let here = self.line_index.line_col(offset);
        let i = self.line_directives.partition_point(|d| d.offset <= offset);
        let Some(directive) = i.checked_sub(1).map(|i| &self.line_directives[i]) else {
            return Position { filename: None, line: here.line, col: here.col };
        };
        let lines_after = i64::from(here.line) - i64::from(self.line_index.line(directive.offset));
        let line = u32::try_from(i64::from(directive.line) + lines_after).unwrap_or(u32::MAX);
        let col = if directive.col == 0 {
            0
        } else if lines_after == 0 {
            directive.col + (offset - directive.offset)
        } else {
            here.col
        };
        Position { filename: directive.filename.as_deref(), line, col }
    }

    /// The import spec behind an entry of [`File::imports`].
    pub fn import(&self, (decl, i): (DeclId, u32)) -> Option<&ImportSpec> {
        match &self[decl] {
            Decl::Gen(g) => match g.specs.get(i as usize) {
                Some(Spec::Import(s)) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    /// The span of a declaration.
    pub fn decl_span(&self, id: DeclId) -> Span {
        match &self[id] {
            Decl::Bad { span } => *span,
            Decl::Gen(g) => g.span,
            Decl::Func(f) => f.span,
        }
    }

    /// The text of the `//go:build` constraint line before the package clause, if any.
    pub fn build_constraint(&self) -> Option<Cow<'_, str>> {
        let pkg = self.package.unwrap_or(u32::MAX);
        self.comments
            .iter()
            .flat_map(|g| g.list.iter())
            .take_while(|c| c.span.start < pkg)
            .map(|c| self.comment_text(c))
            .find(|t| crate::build::split_go_build(t).is_some())
    }
}

impl Index<ExprId> for File {
    type Output = Expr;
    #[inline]
    fn index(&self, id: ExprId) -> &Expr {
        &self.exprs[id.index()]
    }
}

impl Index<StmtId> for File {
    type Output = Stmt;
    #[inline]
    fn index(&self, id: StmtId) -> &Stmt {
        &self.stmts[id.index()]
    }
}

impl Index<DeclId> for File {
    type Output = Decl;
    #[inline]
    fn index(&self, id: DeclId) -> &Decl {
        &self.decl_arena[id.index()]
    }
}

impl Index<FieldListId> for File {
    type Output = FieldList;
    #[inline]
    fn index(&self, id: FieldListId) -> &FieldList {
        &self.field_lists[id.index()]
    }
}

impl Index<CommentGroupId> for File {
    type Output = CommentGroup;
    #[inline]
    fn index(&self, id: CommentGroupId) -> &CommentGroup {
        &self.comments[id.index()]
    }
}

/// A syntax error: the byte offset go/parser would report and its message.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct SyntaxError {
    pub offset: u32,
    pub message: String,
}

/// The result of parsing one file: always a [`File`], plus the syntax errors sorted as go/parser sorts them
/// (by position; positions after a `//line` directive sort by the position it names).
#[derive(Clone, Debug)]
pub struct Parse {
    pub file: File,
    pub errors: Vec<SyntaxError>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_follow_line_directives_as_go_token_does() {
        let src = "package p\n//line a.y:10\nvar x = 1\n//line b.y:20:5\nvar y = 2\nvar z = 3\n";
        let file = crate::parse_file(src.as_bytes()).file;
        let at = |needle: &str| file.position(src.find(needle).expect("in source") as u32);
        assert_eq!(at("package"), Position { filename: None, line: 1, col: 1 });
        // No column in the directive: columns stay unknown until the next directive.
        assert_eq!(at("x = 1"), Position { filename: Some("a.y"), line: 10, col: 0 });
        // A column: relative to it on the directive's own line, then the real column.
        assert_eq!(at("y = 2"), Position { filename: Some("b.y"), line: 20, col: 9 });
        assert_eq!(at("z = 3"), Position { filename: Some("b.y"), line: 21, col: 5 });
    }

    #[test]
    fn node_sizes_stay_small() {
        // Arenas hold millions of these on large trees; growth here costs throughput.
        assert!(std::mem::size_of::<Expr>() <= 56, "Expr is {} bytes", std::mem::size_of::<Expr>());
        assert!(std::mem::size_of::<Stmt>() <= 72, "Stmt is {} bytes", std::mem::size_of::<Stmt>());
    }

    #[test]
    fn line_index() {
        let src = b"ab\n\ncd\r\nef";
        let li = LineIndex::new(src);
        assert_eq!(li.line_count(), 4);
        assert_eq!(li.line_col(0), LineCol { line: 1, col: 1 });
        assert_eq!(li.line_col(2), LineCol { line: 1, col: 3 });
        assert_eq!(li.line_col(3), LineCol { line: 2, col: 1 });
        assert_eq!(li.line_col(8), LineCol { line: 4, col: 1 });
        assert_eq!(li.line_col(99), LineCol { line: 4, col: 3 });
        assert_eq!(li.offset(LineCol { line: 3, col: 2 }), Some(5));
        assert_eq!(li.offset(LineCol { line: 5, col: 1 }), None);
        // go/token: the end of a file that ends in a newline is on its last line.
        let li = LineIndex::new(b"ab\ncd\n");
        assert_eq!(li.line_count(), 2);
        assert_eq!(li.line_col(6), LineCol { line: 2, col: 4 });
        assert_eq!(li.line_col(3), LineCol { line: 2, col: 1 });
    }

    #[test]
    fn names_are_interned_per_file() {
        let p = crate::parse_file(b"package p\nvar x, y = x, y\n");
        let f = &p.file;
        let Decl::Gen(g) = &f[f.decls[0]] else { panic!("not a GenDecl") };
        let Spec::Value(v) = &g.specs[0] else { panic!("not a ValueSpec") };
        let ExprKind::Ident(use_x) = f[v.values[0]].kind else { panic!("not an identifier") };
        assert_eq!(v.names[0].name, use_x);
        assert_ne!(v.names[1].name, use_x);
        assert_eq!(f.name(use_x), "x");
    }
}
