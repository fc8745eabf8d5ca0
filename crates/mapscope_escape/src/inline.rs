//! Which functions gc inlines, and at what cost (follows `cmd/compile/internal/inline/inl.go`,
//! Go 1.26, PGO off: `CanInline`, `InlineImpossible` and `hairyVisitor`).
//!
//! gc charges a function one unit per node of its typed syntax tree, plus, per call, the
//! callee's own cost when the callee can be inlined or 57 when it cannot (17 for a call of a
//! parameter), and inlines it when the total is at most 80. The syntax tree here is the parser's,
//! whose nodes are close to gc's: type expressions, parentheses and blocks cost nothing, `&T{}`
//! is one node, a call of a method is the call, its receiver and its arguments. What the cost
//! of a call is depends on the callee, which only the IR resolves: [`Shape`] keeps the spans of
//! the calls, and [`cost`] prices them once the callees' costs are known, callees first.
//!
//! gc never inlines a function with `go`, `defer` or `recover()`, or one marked
//! `//go:noinline`, `//go:uintptrescapes`, `//go:uintptrkeepalive`, `//go:cgo_unsafe_args` or
//! `//go:yeswritebarrierrec`; a function over 5000 nodes ("big") inlines only callees costing at
//! most 20.

use mapscope_ssa::{Callee, Function, InstrKind, ValueDef};
use mapscope_syntax::ast::{Decl, ExprId, ExprKind, File, Spec, StmtId, StmtKind};
use mapscope_syntax::token::Token;
use rustc_hash::{FxHashMap, FxHashSet};

/// gc's `inlineMaxBudget`.
pub const MAX_COST: u32 = 80;
/// gc's `inlineExtraCallCost`: a call that is not inlined.
const CALL_COST: u32 = 57;
/// gc's `inlineParamCallCost`: a call of a parameter, which may turn out to be inlinable.
const PARAM_CALL_COST: u32 = 17;
/// gc's `inlineBigFunctionNodes` and `inlineBigFunctionMaxCost`.
const BIG_FUNCTION_NODES: u32 = 5000;
pub const BIG_FUNCTION_MAX_COST: u32 = 20;
/// What a function literal costs its enclosing function (gc does not look inside it).
const CLOSURE_COST: u32 = 16;

/// What the syntax says about a declared function's inlinability.
#[derive(Clone, Debug, Default)]
pub struct Shape {
    /// gc's nodes, each call counted as one.
    pub nodes: u32,
    /// The spans of the calls in the body, to be priced by their callees, each with whether
    /// what is called is a bare name (`f`, `pkg.F`, `T`): a builtin or a conversion named so is
    /// one node to gc, not a call and a name.
    pub calls: Vec<((u32, u32), bool)>,
    /// Why gc cannot inline it whatever it costs.
    pub impossible: Option<&'static str>,
    /// It holds function literals, whose copies the escape graph does not make.
    pub has_closures: bool,
    /// It has type parameters or is a method of a generic type.
    pub generic: bool,
}

/// The [`Shape`]s of a unit's declared functions, by the span of their declaration.
#[derive(Clone, Debug, Default)]
pub struct Shapes {
    by_span: FxHashMap<(u32, u32), Shape>,
}

impl Shapes {
    pub fn get(&self, span: (u32, u32)) -> Option<&Shape> {
        self.by_span.get(&span)
    }
}

/// The pragmas that forbid inlining.
const FORBIDDING_PRAGMAS: [&str; 5] = [
    "//go:noinline",
    "//go:uintptrescapes",
    "//go:uintptrkeepalive",
    "//go:cgo_unsafe_args",
    "//go:yeswritebarrierrec",
];

/// The shapes of the functions declared in `files`. Two declarations with one span (in two
/// files) are ambiguous and count as not inlinable.
pub fn shapes<'a>(files: impl Iterator<Item = &'a File>) -> Shapes {
    let mut shapes = Shapes::default();
    let mut ambiguous = FxHashSet::default();
    for file in files {
        let packages = import_names(file);
        for &d in &file.decls {
            let Decl::Func(fd) = &file[d] else { continue };
            let Some(body) = fd.body else { continue };
            let mut counter = Counter { file, packages: &packages, shape: Shape::default() };
            counter.stmt(body);
            let mut shape = counter.shape;
            shape.generic = is_generic(file, fd);
            if let Some(doc) = fd.doc {
                for c in &file[doc].list {
                    let text = file.comment_text(c);
                    if let Some(p) = FORBIDDING_PRAGMAS.iter().find(|p| text.starts_with(**p)) {
                        shape.impossible = Some(p);
                    }
                }
            }
            let key = (fd.span.start, fd.span.end);
            if shapes.by_span.insert(key, shape).is_some() {
                ambiguous.insert(key);
            }
        }
    }
    for key in ambiguous {
        if let Some(s) = shapes.by_span.get_mut(&key) {
            s.impossible = Some("ambiguous declaration");
        }
    }
    shapes
}

/// The names a file's imports bind, which make `pkg.F` one node rather than a selection.
fn import_names(file: &File) -> FxHashSet<String> {
    let mut names = FxHashSet::default();
    for &d in &file.decls {
        let Decl::Gen(g) = &file[d] else { continue };
        for spec in &g.specs {
            let Spec::Import(i) = spec else { continue };
            if let Some(n) = i.name {
                names.insert(file.name(n.name).to_string());
                continue;
            }
            let path = file.text(file[i.path].span);
            let path = path.trim_matches(|c| c == '"' || c == '`');
            let mut segments = path.rsplit('/');
            let mut last = segments.next().unwrap_or(path);
            // `math/rand/v2` is package rand.
            if last.len() > 1
                && last.starts_with('v')
                && last[1..].bytes().all(|b| b.is_ascii_digit())
            {
                last = segments.next().unwrap_or(last);
            }
            names.insert(last.to_string());
        }
    }
    names
}

struct Counter<'a> {
    file: &'a File,
    packages: &'a FxHashSet<String>,
    shape: Shape,
}

impl Counter<'_> {
    fn stmts(&mut self, list: &[StmtId]) {
        for &s in list {
            self.stmt(s);
        }
    }

    fn exprs(&mut self, list: &[ExprId]) {
        for &e in list {
            self.expr(e);
        }
    }

    fn opt_stmt(&mut self, s: Option<StmtId>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn opt_expr(&mut self, e: Option<ExprId>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn stmt(&mut self, s: StmtId) {
        let file = self.file;
        match &file[s].kind {
            StmtKind::Bad => self.shape.impossible = Some("syntax error"),
            StmtKind::Decl(d) => {
                if let Decl::Gen(g) = &file[*d] {
                    if g.tok != Token::Var {
                        return;
                    }
                    for spec in &g.specs {
                        let Spec::Value(v) = spec else { continue };
                        // A declaration and an assignment of each name.
                        self.shape.nodes += 2 * v.names.len() as u32;
                        if !v.values.is_empty() {
                            self.shape.nodes += 1 + v.names.len() as u32;
                            self.exprs(&v.values);
                        }
                    }
                }
            }
            StmtKind::Empty { .. } => {}
            StmtKind::Labeled { stmt, .. } => {
                self.shape.nodes += 1;
                self.stmt(*stmt);
            }
            StmtKind::Expr(e) => self.expr(*e),
            StmtKind::Send { chan, value, .. } => {
                self.shape.nodes += 1;
                self.expr(*chan);
                self.expr(*value);
            }
            StmtKind::IncDec { x, .. } => {
                self.shape.nodes += 2;
                self.expr(*x);
            }
            StmtKind::Assign { lhs, tok, rhs, .. } => {
                self.shape.nodes += 1;
                if *tok == Token::Define {
                    // Each new variable is declared first.
                    self.shape.nodes += 2 * lhs.len() as u32;
                }
                self.exprs(lhs);
                self.exprs(rhs);
            }
            StmtKind::Go { .. } => self.shape.impossible = Some("unhandled op GO"),
            StmtKind::Defer { .. } => self.shape.impossible = Some("unhandled op DEFER"),
            StmtKind::Return { results } => {
                self.shape.nodes += 1;
                self.exprs(results);
            }
            StmtKind::Branch { tok, .. } => {
                if *tok != Token::Fallthrough {
                    self.shape.nodes += 1;
                }
            }
            StmtKind::Block { list, .. } => self.stmts(list),
            StmtKind::If { init, cond, body, els } => {
                self.opt_stmt(*init);
                // `if true` and `if false` cost only the branch taken.
                match constant_bool(file, *cond) {
                    Some(true) => self.stmt(*body),
                    Some(false) => self.opt_stmt(*els),
                    None => {
                        self.shape.nodes += 1;
                        self.expr(*cond);
                        self.stmt(*body);
                        self.opt_stmt(*els);
                    }
                }
            }
            StmtKind::CaseClause { list, body, .. } => {
                self.shape.nodes += 1;
                self.exprs(list);
                self.stmts(body);
            }
            StmtKind::Switch { init, tag, body } => {
                self.shape.nodes += 1;
                self.opt_stmt(*init);
                self.opt_expr(*tag);
                self.stmt(*body);
            }
            StmtKind::TypeSwitch { init, assign, body } => {
                self.shape.nodes += 1;
                self.opt_stmt(*init);
                self.stmt(*assign);
                self.stmt(*body);
            }
            StmtKind::CommClause { comm, body, .. } => {
                self.shape.nodes += 1;
                self.opt_stmt(*comm);
                self.stmts(body);
            }
            StmtKind::Select { body } => {
                self.shape.nodes += 1;
                self.stmt(*body);
            }
            StmtKind::For { init, cond, post, body } => {
                self.shape.nodes += 1;
                self.opt_stmt(*init);
                self.opt_expr(*cond);
                self.opt_stmt(*post);
                self.stmt(*body);
            }
            StmtKind::Range { key, value, x, body, .. } => {
                self.shape.nodes += 1;
                self.opt_expr(*key);
                self.opt_expr(*value);
                self.expr(*x);
                self.stmt(*body);
            }
        }
    }

    fn expr(&mut self, e: ExprId) {
        let file = self.file;
        match &file[e].kind {
            ExprKind::Bad => self.shape.impossible = Some("syntax error"),
            ExprKind::Ident(_) | ExprKind::BasicLit { .. } => self.shape.nodes += 1,
            // Types produce no code.
            ExprKind::Ellipsis { .. }
            | ExprKind::ArrayType { .. }
            | ExprKind::StructType { .. }
            | ExprKind::FuncType { .. }
            | ExprKind::InterfaceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => {}
            ExprKind::FuncLit { .. } => {
                self.shape.nodes += CLOSURE_COST;
                self.shape.has_closures = true;
            }
            ExprKind::CompositeLit { elts, .. } => {
                self.shape.nodes += 1;
                for &elt in elts {
                    match &file[elt].kind {
                        ExprKind::KeyValue { key, value, .. } => {
                            self.shape.nodes += 1;
                            // A struct literal's field name is no node of its own.
                            if !matches!(file[*key].kind, ExprKind::Ident(_)) {
                                self.expr(*key);
                            }
                            self.expr(*value);
                        }
                        _ => self.expr(elt),
                    }
                }
            }
            ExprKind::Paren { x, .. } => self.expr(*x),
            ExprKind::Selector { x, .. } => {
                let qualified = match &file[*x].kind {
                    ExprKind::Ident(n) => self.packages.contains(file.name(*n)),
                    _ => false,
                };
                self.shape.nodes += 1;
                if !qualified {
                    self.expr(*x);
                }
            }
            ExprKind::Index { x, index, .. } => {
                self.shape.nodes += 1;
                self.expr(*x);
                self.expr(*index);
            }
            ExprKind::IndexList { x, .. } => self.expr(*x),
            ExprKind::Slice { x, low, high, max, .. } => {
                self.shape.nodes += 1;
                self.expr(*x);
                // gc does not charge `s[0:]` and `s[:len(s)]`.
                if let Some(low) = low {
                    if !is_zero(file, *low) {
                        self.expr(*low);
                    }
                }
                self.opt_expr(*high);
                self.opt_expr(*max);
            }
            ExprKind::TypeAssert { x, .. } => {
                self.shape.nodes += 1;
                self.expr(*x);
            }
            ExprKind::Call { fun, args, .. } => {
                let span = file[e].span;
                if let ExprKind::Ident(n) = &file[*fun].kind {
                    if file.name(*n) == "recover" {
                        self.shape.impossible = Some("call to recover");
                    }
                }
                self.shape.nodes += 1;
                let named = match &file[unparen(file, *fun)].kind {
                    ExprKind::Ident(_) => true,
                    ExprKind::Selector { x, .. } => matches!(
                        &file[*x].kind,
                        ExprKind::Ident(n) if self.packages.contains(file.name(*n))
                    ),
                    _ => false,
                };
                self.shape.calls.push(((span.start, span.end), named));
                self.expr(*fun);
                self.exprs(args);
            }
            ExprKind::Star { x } => {
                self.shape.nodes += 1;
                self.expr(*x);
            }
            ExprKind::Unary { op, x, .. } => {
                // `&T{...}` is one node.
                let literal = *op == Token::And
                    && matches!(file[unparen(file, *x)].kind, ExprKind::CompositeLit { .. });
                if !literal {
                    self.shape.nodes += 1;
                }
                self.expr(*x);
            }
            ExprKind::Binary { x, y, .. } => {
                self.shape.nodes += 1;
                self.expr(*x);
                self.expr(*y);
            }
            ExprKind::KeyValue { key, value, .. } => {
                self.shape.nodes += 1;
                self.expr(*key);
                self.expr(*value);
            }
        }
    }
}

/// Whether a declaration has type parameters, or is a method of a generic type.
pub fn is_generic(file: &File, fd: &mapscope_syntax::ast::FuncDecl) -> bool {
    if let ExprKind::FuncType { type_params: Some(_), .. } = file[fd.ty].kind {
        return true;
    }
    let Some(recv) = fd.recv else { return false };
    file[recv].list.iter().filter_map(|field| field.ty).any(|mut ty| {
        loop {
            match &file[ty].kind {
                ExprKind::Star { x } | ExprKind::Paren { x, .. } => ty = *x,
                ExprKind::Index { .. } | ExprKind::IndexList { .. } => return true,
                _ => return false,
            }
        }
    })
}

fn unparen(file: &File, mut e: ExprId) -> ExprId {
    while let ExprKind::Paren { x, .. } = file[e].kind {
        e = x;
    }
    e
}

fn is_zero(file: &File, e: ExprId) -> bool {
    matches!(file[e].kind, ExprKind::BasicLit { .. }) && file.text(file[e].span) == "0"
}

fn constant_bool(file: &File, e: ExprId) -> Option<bool> {
    match &file[unparen(file, e)].kind {
        ExprKind::Ident(n) => match file.name(*n) {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// The inline cost of declared function `function` of the given shape, or `None` when gc cannot
/// inline it: its nodes, plus for each call what `callee_cost` says the callee costs inlined
/// (`None`: not inlinable), else 57 (17 for a call of a parameter).
pub fn cost(
    function: &Function,
    shape: &Shape,
    callee_cost: &dyn Fn(&str) -> Option<u32>,
) -> Option<u32> {
    if shape.impossible.is_some() || function.synthetic.is_some() {
        return None;
    }
    let big = shape.nodes > BIG_FUNCTION_NODES;
    let mut calls: FxHashMap<(u32, u32), &Callee> = FxHashMap::default();
    let mut implicit_conversions = 0u32;
    let explicit: FxHashSet<(u32, u32)> = shape.calls.iter().map(|(span, _)| *span).collect();
    for block in function.block_ids() {
        for &i in function[block].instrs() {
            match &function[i].kind {
                InstrKind::Call { call } => {
                    calls.insert((function[i].span.start, function[i].span.end), &call.callee);
                }
                // A conversion to an interface the source does not spell is a node of gc's tree
                // (not one `panic`'s operand: gc gives that one back).
                InstrKind::MakeInterface { .. } => {
                    let span = (function[i].span.start, function[i].span.end);
                    let panicked = function[i].result().is_some_and(|r| {
                        function[r]
                            .referrers()
                            .iter()
                            .all(|&u| matches!(function[u].kind, InstrKind::Panic { .. }))
                    });
                    if !explicit.contains(&span) && !panicked {
                        implicit_conversions += 1;
                    }
                }
                _ => {}
            }
        }
    }
    let mut total = shape.nodes + implicit_conversions;
    for (span, named) in &shape.calls {
        // A conversion or a builtin is one node: its name is not another.
        let named = u32::from(*named);
        let extra = match calls.get(span) {
            // A conversion, or a call the IR does not keep.
            None => {
                total = total.saturating_sub(named);
                0
            }
            Some(Callee::Builtin(b)) => {
                total = total.saturating_sub(named);
                u32::from(*b == mapscope_ssa::Builtin::Panic)
            }
            Some(Callee::Invoke { .. }) => CALL_COST,
            Some(Callee::Static(v) | Callee::Dynamic(v)) => match &function[*v].def {
                ValueDef::Function { name } if **name == *function.name => CALL_COST,
                ValueDef::Function { name } => {
                    // A method's selector is no node of its own: gc calls the method expression.
                    if name.starts_with('(') {
                        total = total.saturating_sub(1);
                    }
                    match callee_cost(name) {
                        Some(c) if !big || c <= BIG_FUNCTION_MAX_COST => c,
                        _ => CALL_COST,
                    }
                }
                ValueDef::Param { .. } | ValueDef::FreeVar { .. } => PARAM_CALL_COST,
                _ => CALL_COST,
            },
        };
        total = total.saturating_add(extra);
        if total > MAX_COST {
            return None;
        }
    }
    Some(total)
}

/// Whether a function of `nodes` nodes is "big": it inlines only cheap callees.
pub fn is_big(shape: &Shape) -> bool {
    shape.nodes > BIG_FUNCTION_NODES
}

/// Whether inlining `function` can change a verdict beyond what its tags say: it allocates
/// (a variable kept in memory, a map, slice, closure, boxed interface value or string), or calls
/// a function that `callee_allocates` says is inlined and allocates. A callee that allocates
/// nothing only moves its arguments, which its tags summarise, so the graph need not copy it.
pub fn allocates(
    function: &Function,
    is_string: &dyn Fn(mapscope_types::types::TypeId) -> bool,
    callee_allocates: &dyn Fn(&str) -> bool,
) -> bool {
    for block in function.block_ids() {
        for &i in function[block].instrs() {
            let allocating = match &function[i].kind {
                InstrKind::Alloc { .. }
                | InstrKind::MakeMap { .. }
                | InstrKind::MakeSlice { .. }
                | InstrKind::MakeClosure { .. }
                | InstrKind::MakeInterface { .. } => true,
                InstrKind::Convert { x, .. } => {
                    is_string(function[*x].ty)
                        || function[i].result().is_some_and(|r| is_string(function[r].ty))
                }
                InstrKind::BinOp { .. } => {
                    function[i].result().is_some_and(|r| is_string(function[r].ty))
                }
                InstrKind::Call { call } | InstrKind::Go { call } | InstrKind::Defer { call } => {
                    match &call.callee {
                        Callee::Builtin(mapscope_ssa::Builtin::Append) => true,
                        Callee::Static(v) => match &function[*v].def {
                            ValueDef::Function { name } => callee_allocates(name),
                            _ => false,
                        },
                        _ => false,
                    }
                }
                _ => false,
            };
            if allocating {
                return true;
            }
        }
    }
    false
}
