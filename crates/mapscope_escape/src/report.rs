//! gc's `-m` messages for a unit's verdicts, at the positions gc gives them (follows the
//! reporting in gc's `escape/escape.go`: `finish`, `paramTag` and `reportLeaks`).
//!
//! gc reports every allocating expression (`escapes to heap` or `does not escape`), every
//! variable it moves to the heap, and for each parameter that can hold a pointer where it leaks.
//! The IR's instructions carry spans; the syntax tree at those spans gives gc's spelling and
//! position. An allocation whose expression cannot be found (the IR made it for something gc
//! does not allocate, such as a struct literal used as a value) gives no message.

use crate::gcfmt::SourceFile;
use crate::{AllocKind, Subject, UnitEscape, Verdict};
use mapscope_ssa::{Builtin, Callee, Function, InstrId, InstrKind, Span, ValueDef, ValueId};
use mapscope_syntax::ast::{Decl, ExprId, ExprKind, FieldListId, File, Spec, StmtId, StmtKind};
use mapscope_syntax::visit::{NodeRef, walk};
use mapscope_types::Program;
use mapscope_types::types::TypeView;
use rustc_hash::FxHashMap;

/// One of gc's `-m` lines: `path:line:col: text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// The file as the go command prints it.
    pub path: String,
    pub line: u32,
    pub col: u32,
    /// The byte offset in the file, for sorting.
    pub offset: u32,
    pub text: String,
    /// The verdict the message reports, an index into [`UnitEscape::verdicts`].
    pub verdict: usize,
}

/// A unit's files with the indexes the messages need: expressions by span, and which file
/// declares each function.
pub struct UnitSource<'a> {
    files: Vec<SourceFile<'a>>,
    sources: Vec<&'a mapscope_types::load::SourceFile>,
    /// Per file: the outermost expression with each span.
    by_span: Vec<FxHashMap<(u32, u32), ExprId>>,
    /// Per file: the `&` expression over each composite literal it takes the address of.
    address_of: Vec<FxHashMap<ExprId, ExprId>>,
    /// Per file: the declared functions, by span.
    decls: Vec<FxHashMap<(u32, u32), usize>>,
    /// Per file: the assignment statement each left-hand side expression belongs to, with its
    /// place among them.
    assignments: Vec<FxHashMap<ExprId, (StmtId, usize)>>,
    /// Per file: the assignments with an operator (`x op= y`), by span: the IR's store for one
    /// has the statement's span.
    op_assignments: Vec<FxHashMap<(u32, u32), StmtId>>,
    /// Per file: the values a statement or declaration boxes, by its span: a return's results,
    /// a `var` spec's values (also by each name's span).
    values_at: Vec<FxHashMap<(u32, u32), Vec<ExprId>>>,
    /// Per file: the identifiers among the outermost expressions (`by_span`), by position, to
    /// find the one that declares a variable inside a span.
    idents: Vec<Vec<(u32, u32, ExprId)>>,
    /// The unit's package path, which gc leaves out of function names.
    package: &'a str,
    /// The unit whose view the types are spelled from (see [`UnitSource::seen_from`]).
    viewer: usize,
}

impl std::fmt::Debug for UnitSource<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UnitSource").field("files", &self.files.len()).finish_non_exhaustive()
    }
}

impl<'a> UnitSource<'a> {
    pub fn new(program: &'a Program, unit: usize) -> Self {
        Self::seen_from(program, unit, unit)
    }

    /// Unit `unit`'s files with types spelled as gc spells them in unit `viewer`: the types of
    /// `unit` qualified by its package name when `viewer` is another unit (code inlined there).
    pub fn seen_from(program: &'a Program, unit: usize, viewer: usize) -> Self {
        Self::files_seen_from(program, unit, viewer, None)
    }

    /// [`UnitSource::seen_from`] with only the unit's file number `only.0` and in it only the
    /// declaration with span `only.1`, when given: inlined code needs its own function alone.
    fn files_seen_from(
        program: &'a Program,
        unit: usize,
        viewer: usize,
        only: Option<(usize, (u32, u32))>,
    ) -> Self {
        let result = &program.units[unit];
        let mut source = UnitSource {
            files: Vec::new(),
            sources: Vec::new(),
            by_span: Vec::new(),
            address_of: Vec::new(),
            decls: Vec::new(),
            assignments: Vec::new(),
            op_assignments: Vec::new(),
            values_at: Vec::new(),
            idents: Vec::new(),
            package: &result.path,
            viewer,
        };
        for (index, (fid, records)) in result.records.iter().enumerate() {
            let Some(info) = result.info.get(index) else { continue };
            let loaded = &program.loaded.files[fid.0 as usize];
            let file = &loaded.ast;
            if only.is_some_and(|(only, _)| only != index) {
                continue;
            }
            let declaration = only.map(|(_, span)| span);
            // Nearly every expression has a span of its own: sized once, the index never grows.
            let mut by_span = FxHashMap::with_capacity_and_hasher(
                if only.is_some() { 0 } else { file.exprs.len() },
                Default::default(),
            );
            let mut address_of = FxHashMap::default();
            let mut assignments = FxHashMap::default();
            let mut op_assignments = FxHashMap::default();
            let mut values_at: FxHashMap<(u32, u32), Vec<ExprId>> = FxHashMap::default();
            let mut idents = Vec::new();
            walk(file, |node| {
                if let (NodeRef::Decl(d), Some(span)) = (node, declaration) {
                    let f = &file[d];
                    if !matches!(f, Decl::Func(fd) if (fd.span.start, fd.span.end) == span) {
                        return false;
                    }
                }
                if let NodeRef::Stmt(st) = node {
                    match &file[st].kind {
                        StmtKind::Assign { lhs, tok, .. } => {
                            for (i, &l) in lhs.iter().enumerate() {
                                assignments.insert(l, (st, i));
                            }
                            use mapscope_syntax::token::Token;
                            if !matches!(tok, Token::Assign | Token::Define) {
                                let span = file[st].span;
                                op_assignments.insert((span.start, span.end), st);
                            }
                        }
                        StmtKind::Return { results } => {
                            let span = file[st].span;
                            values_at.insert((span.start, span.end), results.clone());
                        }
                        _ => {}
                    }
                }
                if let NodeRef::Spec { decl, index } = node {
                    if let Decl::Gen(g) = &file[decl] {
                        if let Some(Spec::Value(v)) = g.specs.get(index as usize) {
                            values_at.insert((v.span.start, v.span.end), v.values.clone());
                            if v.names.len() == v.values.len() {
                                for (n, &value) in v.names.iter().zip(&v.values) {
                                    values_at.insert((n.span.start, n.span.end), vec![value]);
                                }
                            }
                        }
                    }
                }
                if let NodeRef::Expr(e) = node {
                    let span = file[e].span;
                    by_span.entry((span.start, span.end)).or_insert(e);
                    if let ExprKind::Ident(_) = file[e].kind {
                        idents.push((span.start, span.end, e));
                    }
                    if let ExprKind::Unary { op: mapscope_syntax::token::Token::And, x, .. } =
                        file[e].kind
                    {
                        address_of.insert(unparen(file, x), e);
                    }
                }
                true
            });
            idents.retain(|&(start, end, e)| by_span.get(&(start, end)) == Some(&e));
            idents.sort_unstable_by_key(|&(start, end, _)| (start, end));
            let mut decls = FxHashMap::default();
            for (i, &d) in file.decls.iter().enumerate() {
                if let Decl::Func(fd) = &file[d] {
                    decls.insert((fd.span.start, fd.span.end), i);
                }
            }
            let arena = viewer as u32 + 1;
            let inlined_calls = std::sync::Arc::default();
            source.files.push(SourceFile { file, info, records, program, arena, inlined_calls });
            source.sources.push(loaded);
            source.by_span.push(by_span);
            source.address_of.push(address_of);
            source.decls.push(decls);
            source.assignments.push(assignments);
            source.op_assignments.push(op_assignments);
            source.values_at.push(values_at);
            source.idents.push(idents);
        }
        source
    }

    /// The file that declares `function`, found through the declared function that holds it.
    fn file_of(&self, functions: &[Function], function: usize) -> Option<usize> {
        let root = crate::batch::group_name(&functions[function].name);
        let declared = functions.iter().find(|f| &*f.name == root)?;
        self.file_of_declared(declared)
    }

    /// The file whose declarations include `declared`.
    fn file_of_declared(&self, declared: &Function) -> Option<usize> {
        let span = (declared.span.start, declared.span.end);
        self.decls.iter().position(|d| d.contains_key(&span))
    }

    /// The file and expression at `span`, looking in `file` when known, else in every file.
    fn expr_at(&self, file: Option<usize>, span: Span) -> Option<(usize, ExprId)> {
        let key = (span.start, span.end);
        match file {
            Some(fi) => self.by_span[fi].get(&key).map(|&e| (fi, e)),
            None => self
                .by_span
                .iter()
                .enumerate()
                .find_map(|(fi, index)| index.get(&key).map(|&e| (fi, e))),
        }
    }

    /// `(path, line, column)` of byte `offset` of the file that holds `function`'s code at
    /// `span` (the package initializer's code comes from several files).
    pub fn position(
        &self,
        functions: &[Function],
        function: usize,
        span: Span,
    ) -> Option<(String, u32, u32)> {
        let fi = match self.file_of(functions, function) {
            Some(fi) => fi,
            None => self.expr_at(None, span)?.0,
        };
        let (path, line, col) = self.sources[fi].position(span.start);
        Some((path.to_string(), line, col))
    }

    /// The expression at `span` in `function`'s code, spelled as gc spells it.
    pub fn expression(
        &self,
        functions: &[Function],
        function: usize,
        span: Span,
    ) -> Option<String> {
        let (fi, e) = self.expr_at(self.file_of(functions, function), span)?;
        Some(self.files[fi].expr(e))
    }

    /// Tells the spelling which calls gc inlines ([`crate::UnitEscape::inlined_calls`]): gc
    /// prints such a call inside an expression as its result, `~r0`.
    pub fn set_inlined_calls(&mut self, escape: &crate::UnitEscape) {
        let calls: std::sync::Arc<rustc_hash::FxHashSet<(u32, u32)>> =
            std::sync::Arc::new(escape.inlined_calls.iter().map(|s| (s.start, s.end)).collect());
        for file in &mut self.files {
            file.inlined_calls = calls.clone();
        }
    }

    /// The unit's package path.
    pub fn package(&self) -> &str {
        self.package
    }

    fn message(&self, file: usize, offset: u32, text: String, verdict: usize) -> Message {
        let (path, line, col) = self.sources[file].position(offset);
        Message { path: path.to_string(), line, col, offset, text, verdict }
    }
}

/// Whether expression `e`'s type is an interface (through names and aliases).
fn is_interface_expr(src: &SourceFile<'_>, e: ExprId) -> bool {
    use mapscope_types::types::Type;
    let Some(record) = src.records.get(e.0 as usize) else { return false };
    let mut ty = record.ty;
    // Bounded: an alias chain or a named type's underlying type ends quickly.
    for _ in 0..8 {
        match src.program.ty(ty) {
            Type::Interface(_) => return true,
            Type::Named(named) => match named.underlying {
                Some(under) => ty = under,
                None => return false,
            },
            Type::Alias { rhs, .. } => ty = *rhs,
            _ => return false,
        }
    }
    false
}

fn unparen(file: &File, mut e: ExprId) -> ExprId {
    while let ExprKind::Paren { x, .. } = file[e].kind {
        e = x;
    }
    e
}

/// gc's `-m` messages for `escape`, the analysis of unit `unit` of `program` whose functions the
/// SSA builder made as `functions`; in no particular order.
pub fn messages(
    source: &UnitSource<'_>,
    functions: &[Function],
    escape: &UnitEscape,
) -> Vec<Message> {
    let index_of: FxHashMap<&str, usize> =
        functions.iter().enumerate().map(|(i, f)| (&*f.name, i)).collect();
    // Each function's declared function (itself, or the one whose body holds the literal).
    let declared_of: Vec<usize> = functions
        .iter()
        .enumerate()
        .map(|(i, f)| index_of.get(crate::batch::group_name(&f.name)).copied().unwrap_or(i))
        .collect();
    // The package initializer has no declaration: a function literal of a package-level
    // variable's value is found by its own span, as a literal in some file.
    let files: Vec<Option<usize>> = declared_of
        .iter()
        .enumerate()
        .map(|(f, &d)| {
            source.file_of_declared(&functions[d]).or_else(|| {
                let literal = &functions[f];
                if f == d {
                    return None;
                }
                let (fi, e) = source.expr_at(None, literal.span)?;
                matches!(source.files[fi].file[e].kind, ExprKind::FuncLit { .. }).then_some(fi)
            })
        })
        .collect();
    let in_package_initializer = |f: usize| is_package_initializer(&functions[declared_of[f]]);
    // Parameters kept in memory that moved to the heap: reported as moved, not as leaking.
    let mut moved_params: FxHashMap<(usize, u32), bool> = FxHashMap::default();
    for v in escape.verdicts.iter().filter(|v| v.foreign.is_none()) {
        if let Subject::Alloc { instr, kind: AllocKind::Variable } = v.subject {
            if let Some(index) = boxed_param(&functions[v.function], instr) {
                moved_params.insert((v.function, index), v.escapes);
            }
        }
    }
    let mut out = Vec::new();
    let mut type_parameters: FxHashMap<usize, Vec<String>> = FxHashMap::default();
    for (index, v) in escape.verdicts.iter().enumerate() {
        if v.foreign.is_some() {
            continue;
        }
        let function = &functions[v.function];
        let file = files[v.function];
        let reporter = Reporter { source, function, file, verdict: index };
        let declared = declared_of[v.function];
        let type_parameters = type_parameters
            .entry(declared)
            .or_insert_with(|| {
                Reporter { source, function: &functions[declared], file, verdict: index }
                    .type_parameters()
            })
            .clone();
        match &v.subject {
            Subject::Literal { value }
                if in_package_initializer(v.function) && !passed_to_call(function, *value) =>
            {
                // Closures of package-level initializers are static functions to gc, unless
                // the initializer passes them to a call.
                continue;
            }
            Subject::Alloc { kind: AllocKind::Closure, instr }
                if in_package_initializer(v.function)
                    && function[*instr].result().is_none_or(|r| !passed_to_call(function, r)) =>
            {
                continue;
            }
            Subject::Param { index: p, leaks } => {
                // gc reports no tags for instantiated generic functions (they are dupok).
                if moved_params.get(&(v.function, *p)) == Some(&true) || !type_parameters.is_empty()
                {
                    continue;
                }
                reporter.param(*p, leaks, &mut out);
            }
            Subject::Alloc {
                kind: AllocKind::Slice | AllocKind::CompositeLiteral | AllocKind::Interface,
                instr,
            } if is_package_initializer(&functions[v.function])
                && function[*instr].result().is_none_or(|r| !used_dynamically(function, r, 0)) =>
            {
                // gc lays out package-level literals statically, unless they go into a map,
                // which is built at run time.
                continue;
            }
            Subject::Alloc { instr, kind } => {
                if *kind == AllocKind::Variable {
                    if v.escapes {
                        reporter.moved(*instr, &mut out);
                    }
                } else if let Some((fi, offset, mut what)) = reporter.allocation(*instr, *kind) {
                    if let Some(at) = v.inlined_directly.then_some(v.inlined_at).flatten() {
                        let constant = |operand| {
                            inlined_constant(source, functions, &files, function, operand, at)
                        };
                        if let Some(rewritten) = reporter.rewritten(*instr, *kind, constant) {
                            what = rewritten;
                        }
                    }
                    // gc reports generic code per instantiation, spelling type parameters as
                    // shapes; a line that would name a type parameter cannot match it.
                    if !mentions_any(&what, &type_parameters) {
                        out.push(source.message(fi, offset, verdict_text(&what, v), index));
                        if v.zero_copy {
                            let text = "zero-copy string->[]byte conversion".to_string();
                            out.push(source.message(fi, offset, text, index));
                        }
                    }
                }
            }
            Subject::Literal { value } => {
                let Some(name) = crate::literal_name(function, *value) else { continue };
                let Some(&lit) = index_of.get(name) else { continue };
                let lit = &functions[lit];
                let Some((fi, e)) = source.expr_at(file, lit.span) else { continue };
                let offset = source.files[fi].position(e);
                out.push(source.message(fi, offset, verdict_text("func literal", v), index));
            }
        }
    }
    // What an inlined callee allocates is reported at the outermost inlined call, where gc's
    // positions of inlined code point: the call's `(`.
    for m in &mut out {
        let Some((frame, call)) = escape.verdicts.get(m.verdict).and_then(|v| v.inlined_at) else {
            continue;
        };
        let Some(span) = functions.get(frame).and_then(|f| f.get_instr(call)).map(|i| i.span)
        else {
            continue;
        };
        let Some((fi, e)) = source.expr_at(files[frame], span) else { continue };
        if let ExprKind::Call { lparen, .. } = source.files[fi].file[e].kind {
            *m = source.message(fi, lparen, std::mem::take(&mut m.text), m.verdict);
        }
    }
    out.extend(foreign_messages(source, functions, &files, escape));
    out.extend(inlinable_messages(source, functions, escape));
    out.extend(bodyless_messages(source));
    for &(f, instr) in &escape.self_assignments {
        let file = files[f];
        let reporter = Reporter { source, function: &functions[f], file, verdict: usize::MAX };
        if let Some(m) = reporter.self_assignment(instr) {
            out.push(m);
        }
    }
    out
}

/// The lines for what callees of other packages allocate where they were inlined: at the
/// outermost inlined call's `(` in this unit, spelled from the callee's syntax with its types
/// qualified as seen from this unit.
fn foreign_messages(
    source: &UnitSource<'_>,
    functions: &[Function],
    files: &[Option<usize>],
    escape: &UnitEscape,
) -> Vec<Message> {
    let mut out = Vec::new();
    let Some(program) = source.files.first().map(|f| f.program) else { return out };
    let viewer = source.viewer;
    // Per callee (its unit and declaration), its declaration seen from this unit.
    let mut sources: FxHashMap<(usize, (u32, u32)), UnitSource<'_>> = FxHashMap::default();
    for (index, v) in escape.verdicts.iter().enumerate() {
        let (Some(body), Some((frame, call))) = (&v.foreign, v.inlined_at) else { continue };
        if !matches!(v.subject, Subject::Alloc { .. } | Subject::Literal { .. }) {
            continue;
        }
        // Where the copy was inlined: the call's `(` in this unit.
        let Some(span) = functions.get(frame).and_then(|f| f.get_instr(call)).map(|i| i.span)
        else {
            continue;
        };
        let Some((fi, e)) = source.expr_at(files.get(frame).copied().flatten(), span) else {
            continue;
        };
        let ExprKind::Call { lparen, .. } = source.files[fi].file[e].kind else { continue };
        let Subject::Alloc { instr, kind } = v.subject else {
            // A function literal of the copy that captures nothing: a closure all the same.
            out.push(source.message(fi, lparen, verdict_text("func literal", v), index));
            continue;
        };
        let function = &body.function;
        let text = if kind == AllocKind::Variable {
            let InstrKind::Alloc { name, .. } = &function[instr].kind else { continue };
            if !v.escapes || name.is_empty() {
                continue;
            }
            // gc spells another package's inlined variable with that package's name.
            match program.units.get(body.unit) {
                Some(callee) => format!("moved to heap: {}.{name}", callee.name),
                None => format!("moved to heap: {name}"),
            }
        } else {
            let span = (function.span.start, function.span.end);
            let key = (body.unit, span);
            let callee = match sources.entry(key) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(v) => {
                    let Some(index) = declaring_file(program, body.unit, function) else {
                        continue;
                    };
                    let only = Some((index, span));
                    v.insert(UnitSource::files_seen_from(program, body.unit, viewer, only))
                }
            };
            let file = callee.file_of_declared(function);
            let reporter = Reporter { source: callee, function, file, verdict: index };
            let Some((_, _, mut what)) = reporter.allocation(instr, kind) else { continue };
            if v.inlined_directly {
                let constant = |operand| {
                    inlined_constant(source, functions, files, function, operand, (frame, call))
                };
                if let Some(rewritten) = reporter.rewritten(instr, kind, constant) {
                    what = rewritten;
                }
            }
            verdict_text(&what, v)
        };
        out.push(source.message(fi, lparen, text, index));
    }
    out
}

/// The constant argument, as the caller's source spells it, of `callee`'s parameter `operand`
/// when `callee` was inlined at `call` (of unit function `frame`) and the argument there is a
/// constant string or integer: to gc the inlined parameter is then a variable whose only value
/// is that constant, which its escape analysis substitutes (`rewriteWithLiterals`).
fn inlined_constant(
    source: &UnitSource<'_>,
    functions: &[Function],
    files: &[Option<usize>],
    callee: &Function,
    operand: ValueId,
    (frame, call): (usize, InstrId),
) -> Option<String> {
    let ValueDef::Param { index, .. } = callee.get_value(operand)?.def else { return None };
    let caller = functions.get(frame)?;
    let InstrKind::Call { call: common } = &caller.get_instr(call)?.kind else { return None };
    let ValueDef::Const(value) = &caller.get_value(*common.args.get(index as usize)?)?.def else {
        return None;
    };
    let span = caller.get_instr(call)?.span;
    let (fi, e) = source.expr_at(files.get(frame).copied().flatten(), span)?;
    let src = &source.files[fi];
    let ExprKind::Call { args, .. } = &src.file[e].kind else { return None };
    // The receiver of a method call is the first argument of the IR's call, not of the syntax's.
    let receiver = usize::from(callee.name.starts_with('(') && common.args.len() > args.len());
    let arg = *args.get((index as usize).checked_sub(receiver)?)?;
    // The argument found must be the constant the IR passes, or the two lists are misaligned.
    let same = match (src.info.consts.get(&arg.0)?, value) {
        (mapscope_types::constant::Value::String(a), mapscope_ssa::ConstValue::String(b)) => {
            **a == *b.as_bytes()
        }
        (mapscope_types::constant::Value::Int(a), mapscope_ssa::ConstValue::Int(b)) => a == b,
        _ => false,
    };
    if !same || assigns_param(callee, index) {
        return None;
    }
    Some(src.expr(arg))
}

/// Whether `function` may assign a new value to its parameter `index`: then gc's parameter is
/// not a variable assigned once, and its conversions are not rewritten. A parameter whose
/// address is taken lives in memory (its uses are loads); one reassigned where paths join
/// meets its new value in a φ. A reassignment after the last use leaves no trace in the IR and
/// is not seen.
fn assigns_param(function: &Function, index: u32) -> bool {
    let Some(&param) = function.params().get(index as usize) else { return true };
    function[param]
        .referrers()
        .iter()
        .any(|&user| matches!(function[user].kind, InstrKind::Phi { .. }))
}

/// The number among unit `unit`'s files of the file that declares `function`.
fn declaring_file(program: &Program, unit: usize, function: &Function) -> Option<usize> {
    let span = (function.span.start, function.span.end);
    program.units.get(unit)?.records.iter().position(|(fid, _)| {
        let file = &program.loaded.files[fid.0 as usize].ast;
        file.decls
            .iter()
            .any(|&d| matches!(&file[d], Decl::Func(fd) if (fd.span.start, fd.span.end) == span))
    })
}

/// gc's `can inline F` lines under plain `-m`, for the declared functions the analysis found
/// inlinable (only when it models inlining), at the function's name or, for a method, its
/// receiver's `(`.
fn inlinable_messages(
    source: &UnitSource<'_>,
    functions: &[Function],
    escape: &UnitEscape,
) -> Vec<Message> {
    let mut out = Vec::new();
    for function in functions {
        if function.name.contains('$')
            || escape.tags.get(&function.name).and_then(|t| t.inline_cost).is_none()
        {
            continue;
        }
        let Some(fi) = source.file_of_declared(function) else { continue };
        let span = (function.span.start, function.span.end);
        let Some(&index) = source.decls[fi].get(&span) else { continue };
        let file = source.files[fi].file;
        let Decl::Func(fd) = &file[file.decls[index]] else { continue };
        // gc names generic functions per instantiation, and never inlines `init`.
        if crate::inline::is_generic(file, fd)
            || (fd.recv.is_none() && file.name(fd.name.name) == "init")
        {
            continue;
        }
        let offset = match fd.recv {
            Some(recv) => file[recv].opening.unwrap_or(fd.span.start),
            None => fd.name.span.start,
        };
        let text = format!("can inline {}", gc_function_name(&function.name, source.package));
        out.push(source.message(fi, offset, text, usize::MAX));
    }
    out
}

/// gc's lines for the parameters of functions declared without a body: `p does not escape` under
/// `//go:noescape`, else `leaking param: p`, for each named parameter that can hold a pointer.
fn bodyless_messages(source: &UnitSource<'_>) -> Vec<Message> {
    let mut out = Vec::new();
    let Some(first) = source.files.first() else { return out };
    let types = mapscope_ssa::ProgramTypeInfo::new(first.program);
    let layout = crate::layout::Layout::new(&types);
    for (fi, src) in source.files.iter().enumerate() {
        let file = src.file;
        for &d in &file.decls {
            let Decl::Func(fd) = &file[d] else { continue };
            if fd.body.is_some() || fd.recv.is_some() {
                continue;
            }
            let noescape = crate::pragmas::is_noescape(file, fd);
            let ExprKind::FuncType { params, .. } = file[fd.ty].kind else { continue };
            for field in &file[params].list {
                let Some(ty) = field.ty.and_then(|t| src.records.get(t.0 as usize)) else {
                    continue;
                };
                if !layout.has_pointers(ty.ty) {
                    continue;
                }
                for name in &field.names {
                    let name_text = file.name(name.name);
                    if name_text == "_" {
                        continue;
                    }
                    let text = if noescape {
                        format!("{name_text} does not escape")
                    } else {
                        format!("leaking param: {name_text}")
                    };
                    out.push(source.message(fi, name.span.start, text, usize::MAX));
                }
            }
        }
    }
    out
}

/// Whether `text` has one of `names` as a whole word.
fn mentions_any(text: &str, names: &[String]) -> bool {
    !names.is_empty()
        && text
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .any(|word| names.iter().any(|n| n == word))
}

/// Whether `e` calls one of package unsafe's functions (`unsafe.String`), which the IR lowers
/// as a conversion but which allocates nothing.
fn is_unsafe_call(src: &SourceFile<'_>, e: ExprId) -> bool {
    let file = src.file;
    let ExprKind::Call { fun, .. } = &file[e].kind else { return false };
    let ExprKind::Selector { x, .. } = &file[*fun].kind else { return false };
    let ExprKind::Ident(_) = file[*x].kind else { return false };
    src.info.uses.get(&file[*x].span.start).is_some_and(|&o| {
        matches!(
            src.program.obj(o).kind,
            mapscope_types::types::ObjKind::PkgName(mapscope_types::types::Imported::Unsafe)
        )
    })
}

/// Whether `value` is an argument of a call.
fn passed_to_call(function: &Function, value: ValueId) -> bool {
    function[value].referrers().iter().any(|&user| {
        matches!(&function[user].kind, InstrKind::Call { call } if call.args.contains(&value))
    })
}

/// Whether a value of the package initializer is used at run time rather than laid out
/// statically: stored into a map, passed to a call, directly or through the literal or
/// conversion that holds it.
fn used_dynamically(function: &Function, value: ValueId, depth: u32) -> bool {
    // Literals nest as deep as the source does; the bound only stops malformed input.
    if depth > 32 {
        return false;
    }
    function[value].referrers().iter().any(|&user| match &function[user].kind {
        InstrKind::MapUpdate { value: v, .. } => *v == value,
        InstrKind::Call { call } => call.args.contains(&value),
        InstrKind::MakeInterface { .. } | InstrKind::Convert { .. } => {
            function[user].result().is_some_and(|r| used_dynamically(function, r, depth + 1))
        }
        InstrKind::Store { addr, value: v } if *v == value => {
            holder(function, *addr).is_some_and(|h| used_dynamically(function, h, depth + 1))
        }
        _ => false,
    })
}

/// The allocation an element or field address points into.
fn holder(function: &Function, mut addr: ValueId) -> Option<ValueId> {
    for _ in 0..32 {
        match &function[function.defining_instr(addr)?].kind {
            InstrKind::FieldAddr { base, .. } | InstrKind::IndexAddr { base, .. } => addr = *base,
            InstrKind::Alloc { .. } | InstrKind::MakeSlice { .. } => return Some(addr),
            _ => return None,
        }
    }
    None
}

fn is_package_initializer(function: &Function) -> bool {
    function.synthetic == Some("package initializer")
}

fn verdict_text(what: &str, v: &Verdict) -> String {
    if what == "append" {
        return if v.escapes { "append escapes to heap" } else { "append does not escape" }.into();
    }
    if v.escapes { format!("{what} escapes to heap") } else { format!("{what} does not escape") }
}

/// The parameter an `Alloc` keeps in memory, when it is one: its first store is the parameter.
fn boxed_param(function: &Function, alloc: InstrId) -> Option<u32> {
    let addr = function[alloc].result()?;
    let InstrKind::Alloc { name, .. } = &function[alloc].kind else { return None };
    function[addr].referrers().iter().find_map(|&user| match &function[user].kind {
        InstrKind::Store { addr: a, value } if *a == addr => match &function[*value].def {
            ValueDef::Param { index, name: param } if param == name => Some(*index),
            _ => None,
        },
        _ => None,
    })
}

struct Reporter<'r, 'a> {
    source: &'r UnitSource<'a>,
    function: &'r Function,
    file: Option<usize>,
    verdict: usize,
}

impl Reporter<'_, '_> {
    /// The parameter and result lists of the function's declaration or literal.
    fn signature(&self) -> Option<(usize, Vec<FieldListId>, Option<FieldListId>)> {
        let fi = self.file?;
        let file = self.source.files[fi].file;
        let span = (self.function.span.start, self.function.span.end);
        let (recv, ty) = if let Some(&d) = self.source.decls[fi].get(&span) {
            let Decl::Func(fd) = &file[file.decls[d]] else { return None };
            (fd.recv, fd.ty)
        } else {
            let &e = self.source.by_span[fi].get(&span)?;
            let ExprKind::FuncLit { ty, .. } = file[e].kind else { return None };
            (None, ty)
        };
        let ExprKind::FuncType { params, results, .. } = file[ty].kind else { return None };
        Some((fi, recv.into_iter().chain([params]).collect(), results))
    }

    /// The type parameters of the declared function, or of the generic type it is a method of.
    fn type_parameters(&self) -> Vec<String> {
        let Some(fi) = self.file else { return Vec::new() };
        let file = self.source.files[fi].file;
        let span = (self.function.span.start, self.function.span.end);
        let Some(&d) = self.source.decls[fi].get(&span) else { return Vec::new() };
        let Decl::Func(fd) = &file[file.decls[d]] else { return Vec::new() };
        let mut names = Vec::new();
        if let ExprKind::FuncType { type_params: Some(list), .. } = file[fd.ty].kind {
            for field in &file[list].list {
                names.extend(field.names.iter().map(|n| file.name(n.name).to_string()));
            }
        }
        for field in fd.recv.iter().flat_map(|r| &file[*r].list) {
            let Some(mut t) = field.ty else { continue };
            if let ExprKind::Star { x } = file[t].kind {
                t = x;
            }
            let indices = match &file[t].kind {
                ExprKind::Index { index, .. } => vec![*index],
                ExprKind::IndexList { indices, .. } => indices.clone(),
                _ => Vec::new(),
            };
            for i in indices {
                if let ExprKind::Ident(n) = file[i].kind {
                    names.push(file.name(n).to_string());
                }
            }
        }
        names
    }

    /// gc's `F ignoring self-assignment in x.f = x.f[:n]`, at the assignment's operator.
    fn self_assignment(&self, instr: InstrId) -> Option<Message> {
        let span = self.function[instr].span;
        let (fi, st) = match self.source.expr_at(self.file, span) {
            Some((fi, lhs)) => (fi, self.source.assignments[fi].get(&lhs)?.0),
            // An assignment with an operator: the store has the statement's span.
            None => {
                let fi = self.file?;
                (fi, *self.source.op_assignments[fi].get(&(span.start, span.end))?)
            }
        };
        let src = &self.source.files[fi];
        let StmtKind::Assign { lhs, tok, tok_pos, rhs } = &src.file[st].kind else { return None };
        let list =
            |exprs: &[ExprId]| exprs.iter().map(|&e| src.expr(e)).collect::<Vec<_>>().join(", ");
        // gc spells the statement with its own operator (`b.w -= b.r`).
        let op = match tok {
            mapscope_syntax::token::Token::Define => "=",
            t => t.as_str(),
        };
        let text = format!(
            "{} ignoring self-assignment in {} {op} {}",
            gc_function_name(&self.function.name, self.source.package),
            list(lhs),
            list(rhs)
        );
        Some(self.source.message(fi, *tok_pos, text, self.verdict))
    }

    /// The name and offset of parameter `index` (unnamed parameters have no name).
    fn param_ident(&self, index: u32) -> Option<(usize, String, u32)> {
        let (fi, lists, _) = self.signature()?;
        let file = self.source.files[fi].file;
        let mut at = 0;
        for list in lists {
            for field in &file[list].list {
                if field.names.is_empty() {
                    if at == index {
                        return None;
                    }
                    at += 1;
                }
                for name in &field.names {
                    if at == index {
                        return Some((fi, file.name(name.name).to_string(), name.span.start));
                    }
                    at += 1;
                }
            }
        }
        None
    }

    fn result_name(&self, index: usize) -> String {
        let unnamed = || format!("~r{index}");
        let Some((fi, _, Some(results))) = self.signature() else { return unnamed() };
        let file = self.source.files[fi].file;
        let names: Vec<&str> = file[results]
            .list
            .iter()
            .flat_map(|f| f.names.iter().map(|n| file.name(n.name)))
            .collect();
        match names.get(index) {
            Some(name) if *name != "_" => name.to_string(),
            _ => unnamed(),
        }
    }

    fn param(&self, index: u32, leaks: &crate::Leaks, out: &mut Vec<Message>) {
        let Some((fi, name, offset)) = self.param_ident(index) else { return };
        if name == "_" {
            return;
        }
        let mut push = |text: String| out.push(self.source.message(fi, offset, text, self.verdict));
        let mut warned = false;
        if let Some(heap) = leaks.heap {
            warned = true;
            push(if heap == 0 {
                format!("leaking param: {name}")
            } else {
                format!("leaking param content: {name}")
            });
        }
        for (r, derefs) in leaks.results.iter().enumerate() {
            if let Some(level) = derefs {
                warned = true;
                let result = self.result_name(r);
                push(format!("leaking param: {name} to result {result} level={level}"));
            }
        }
        if !warned {
            push(format!("{name} does not escape"));
        }
    }

    /// `moved to heap: x`, at the identifier that declares `x`.
    fn moved(&self, instr: InstrId, out: &mut Vec<Message>) {
        let InstrKind::Alloc { name, .. } = &self.function[instr].kind else { return };
        if name.is_empty() {
            return;
        }
        let text = format!("moved to heap: {name}");
        if let Some(index) = boxed_param(self.function, instr) {
            if let Some((fi, _, offset)) = self.param_ident(index) {
                out.push(self.source.message(fi, offset, text, self.verdict));
            }
            return;
        }
        let span = self.function[instr].span;
        let Some(fi) = self.file.or_else(|| self.source.expr_at(None, span).map(|(fi, _)| fi))
        else {
            return;
        };
        let file = self.source.files[fi].file;
        // The declaring identifier: the first identifier spelled `name` inside the span.
        let idents = &self.source.idents[fi];
        let first = idents.partition_point(|&(start, ..)| start < span.start);
        let found = idents[first..]
            .iter()
            .take_while(|&&(start, ..)| start <= span.end)
            .find(|&&(_, end, e)| {
                end <= span.end
                    && matches!(file[e].kind, ExprKind::Ident(n) if file.name(n) == &**name)
            })
            .map(|&(start, ..)| start);
        let offset = found.unwrap_or(span.start);
        out.push(self.source.message(fi, offset, text, self.verdict));
    }

    /// The file, offset and gc spelling of an allocation, or `None` when gc has no message for it.
    fn allocation(&self, instr: InstrId, kind: AllocKind) -> Option<(usize, u32, String)> {
        let function = self.function;
        let span = function[instr].span;
        if kind == AllocKind::Interface && self.source.expr_at(self.file, span).is_none() {
            return self.boxed_in_statement(instr);
        }
        let (fi, e) = self.source.expr_at(self.file, span)?;
        let src = &self.source.files[fi];
        let file = src.file;
        let at = |e: ExprId| Some((fi, src.position(e), src.expr(e)));
        match kind {
            AllocKind::Map | AllocKind::New => at(e),
            AllocKind::Slice => match &file[e].kind {
                ExprKind::Call { fun, lparen, .. } => {
                    let is_make = matches!(file[unparen(file, *fun)].kind,
                        ExprKind::Ident(n) if file.name(n) == "make");
                    if is_make {
                        at(e)
                    } else if self.packs_append(instr) {
                        None
                    } else {
                        Some((fi, *lparen, "... argument".into()))
                    }
                }
                ExprKind::CompositeLit { .. } => at(e),
                _ => None,
            },
            AllocKind::CompositeLiteral => {
                // `{...}` for a pointer element of an outer literal is an implicit `&T{...}`.
                if let ExprKind::CompositeLit { ty: None, lbrace, elts, .. } = &file[e].kind {
                    let record = src.records.get(e.0 as usize)?;
                    if let mapscope_types::types::Type::Pointer(base) =
                        mapscope_types::types::TypeView::ty(src.program, record.ty)
                    {
                        let dots = if elts.is_empty() { "{}" } else { "{...}" };
                        return Some((fi, *lbrace, format!("&{}{dots}", src.type_name(*base))));
                    }
                }
                let amp = match file[e].kind {
                    ExprKind::Unary { op: mapscope_syntax::token::Token::And, .. } => e,
                    _ => *self.source.address_of[fi].get(&e)?,
                };
                let ExprKind::Unary { op_pos, .. } = file[amp].kind else { return None };
                Some((fi, op_pos, src.expr(amp)))
            }
            AllocKind::Closure => match &file[e].kind {
                ExprKind::FuncLit { .. } => Some((fi, file[e].span.start, "func literal".into())),
                ExprKind::Selector { .. } => at(e),
                _ => None,
            },
            AllocKind::String => {
                if self.inner_concatenation(instr) || is_unsafe_call(src, e) {
                    return None;
                }
                at(e)
            }
            AllocKind::Append => Some((fi, src.position(e), "append".into())),
            AllocKind::Interface => self.converted(instr, fi, e),
            AllocKind::Variable => None,
        }
    }

    /// gc's spelling of allocation `instr` after its escape analysis replaced a variable by its
    /// only value, a constant (`rewriteWithLiterals`), when `constant` gives that constant for
    /// the operand gc replaces: the value converted to an interface, or a `make`'s capacity (its
    /// length when it has none), which gc then spells as the constant.
    fn rewritten(
        &self,
        instr: InstrId,
        kind: AllocKind,
        constant: impl Fn(ValueId) -> Option<String>,
    ) -> Option<String> {
        match (&self.function.get_instr(instr)?.kind, kind) {
            (InstrKind::MakeInterface { x, .. }, AllocKind::Interface) => constant(*x),
            (InstrKind::MakeSlice { cap, .. }, AllocKind::Slice) => {
                let (fi, e) = self.source.expr_at(self.file, self.function[instr].span)?;
                let src = &self.source.files[fi];
                let ExprKind::Call { args, ellipsis: None, .. } = &src.file[e].kind else {
                    return None;
                };
                if !(2..=3).contains(&args.len()) {
                    return None;
                }
                let size = constant(*cap)?;
                let mut spelled: Vec<String> = args.iter().map(|&a| src.expr(a)).collect();
                *spelled.last_mut()? = size;
                Some(format!("make({})", spelled.join(", ")))
            }
            _ => None,
        }
    }

    /// Whether a `MakeSlice` packs `append`'s extra arguments, which gc sends to the heap one by
    /// one instead of allocating a slice.
    fn packs_append(&self, instr: InstrId) -> bool {
        let Some(slice) = self.function[instr].result() else { return false };
        self.function[slice].referrers().iter().any(|&user| {
            matches!(&self.function[user].kind,
                InstrKind::Call { call } if call.callee == Callee::Builtin(Builtin::Append)
                    && call.args.get(1) == Some(&slice))
        })
    }

    /// Whether a string `+` feeds another: gc flattens `a + b + c` into one concatenation.
    fn inner_concatenation(&self, instr: InstrId) -> bool {
        if !matches!(self.function[instr].kind, InstrKind::BinOp { .. }) {
            return false;
        }
        let Some(result) = self.function[instr].result() else { return false };
        let span = self.function[instr].span;
        self.function[result].referrers().iter().any(|&user| {
            let outer = self.function[user].span;
            matches!(self.function[user].kind,
                InstrKind::BinOp { op: mapscope_ssa::BinaryOp::Add, x, .. } if x == result)
                && outer.start <= span.start
                && span.end <= outer.end
                && outer != span
        })
    }

    /// The converted expression of a `MakeInterface` made at call `call_expr`'s span (an
    /// argument, or a packed variadic argument), or the expression at its span.
    fn converted(&self, instr: InstrId, fi: usize, e: ExprId) -> Option<(usize, u32, String)> {
        let src = &self.source.files[fi];
        let file = src.file;
        let function = self.function;
        let result = function[instr].result()?;
        let arg = match &file[e].kind {
            ExprKind::Call { args, .. } => {
                match self.argument_of(result, file[e].span, args) {
                    Some(arg) => arg,
                    // `panic(x)`: the one argument.
                    None if args.len() == 1 => args[0],
                    None => return None,
                }
            }
            // A map key boxed for a lookup or an update.
            ExprKind::Index { index, .. } if self.is_map_key(result) => *index,
            // An element of a composite literal.
            ExprKind::CompositeLit { elts, .. } => self.element_of(result, fi, e, elts)?,
            ExprKind::Unary { op: mapscope_syntax::token::Token::And, x, .. } => {
                let lit = src.unparen(*x);
                match &file[lit].kind {
                    ExprKind::CompositeLit { elts, .. } => {
                        self.element_of(result, fi, lit, elts)?
                    }
                    _ => e,
                }
            }
            // A comparison of an interface with a value of another type converts the value:
            // gc reports the conversion, at the value (`syscall.Errno(4) does not escape`).
            ExprKind::Binary {
                op: mapscope_syntax::token::Token::Eql | mapscope_syntax::token::Token::Neq,
                x,
                y,
                ..
            } => match (is_interface_expr(src, *x), is_interface_expr(src, *y)) {
                (true, false) => *y,
                (false, true) => *x,
                _ => e,
            },
            // A map literal's key or element.
            ExprKind::KeyValue { key, value, .. } => {
                if self.is_map_key(result) {
                    *key
                } else {
                    *value
                }
            }
            // A value boxed as it is assigned: the right-hand side.
            _ => match self.source.assignments[fi].get(&e) {
                Some(&(st, i)) => match &file[st].kind {
                    StmtKind::Assign { lhs, rhs, .. } if lhs.len() == rhs.len() => rhs[i],
                    _ => e,
                },
                None => e,
            },
        };
        Some((fi, src.position(arg), src.expr(arg)))
    }

    /// The value a `MakeInterface` boxes when its span is a statement's: a returned result or a
    /// declared variable's value.
    fn boxed_in_statement(&self, instr: InstrId) -> Option<(usize, u32, String)> {
        let function = self.function;
        let span = function[instr].span;
        let key = (span.start, span.end);
        let (fi, values) = match self.file {
            Some(fi) => (fi, self.source.values_at[fi].get(&key)?),
            None => self
                .source
                .values_at
                .iter()
                .enumerate()
                .find_map(|(fi, index)| index.get(&key).map(|v| (fi, v)))?,
        };
        let value = match values.as_slice() {
            [single] => *single,
            _ => {
                let result = function[instr].result()?;
                let position =
                    function[result].referrers().iter().find_map(|&user| {
                        match &function[user].kind {
                            InstrKind::Return { results } => {
                                results.iter().position(|&r| r == result)
                            }
                            _ => None,
                        }
                    })?;
                *values.get(position)?
            }
        };
        let src = &self.source.files[fi];
        Some((fi, src.position(value), src.expr(value)))
    }

    /// The element expression of composite literal `lit` that `value` is stored as.
    fn element_of(
        &self,
        value: ValueId,
        fi: usize,
        lit: ExprId,
        elts: &[ExprId],
    ) -> Option<ExprId> {
        let function = self.function;
        let file = self.source.files[fi].file;
        let store_addr =
            function[value].referrers().iter().find_map(|&user| match &function[user].kind {
                InstrKind::Store { addr, value: v } if *v == value => Some(*addr),
                _ => None,
            })?;
        let index = match &function[function.defining_instr(store_addr)?].kind {
            InstrKind::FieldAddr { field, .. } => {
                let field = *field as usize;
                // Keyed fields name the struct's field; positional ones are in order.
                let keyed = elts.iter().any(|&e| matches!(file[e].kind, ExprKind::KeyValue { .. }));
                if keyed {
                    let name = self.field_name(fi, lit, field)?;
                    return elts.iter().find_map(|&e| match &file[e].kind {
                        ExprKind::KeyValue { key, value, .. } => match file[*key].kind {
                            ExprKind::Ident(n) if file.name(n) == name => Some(*value),
                            _ => None,
                        },
                        _ => None,
                    });
                }
                field
            }
            InstrKind::IndexAddr { index, .. } => match &function[*index].def {
                ValueDef::Const(mapscope_ssa::ConstValue::Int(i)) => usize::try_from(*i).ok()?,
                _ => return None,
            },
            _ => return None,
        };
        let element = *elts.get(index)?;
        Some(match &file[element].kind {
            ExprKind::KeyValue { value, .. } => *value,
            _ => element,
        })
    }

    /// The name of field `index` of the struct type of composite literal `lit`.
    fn field_name(&self, fi: usize, lit: ExprId, index: usize) -> Option<String> {
        let src = &self.source.files[fi];
        let mut ty = src.records.get(lit.0 as usize)?.ty;
        let program = src.program;
        for _ in 0..64 {
            match mapscope_types::types::TypeView::ty(program, ty) {
                mapscope_types::types::Type::Struct(fields) => {
                    return fields.get(index).map(|f| f.name.to_string());
                }
                mapscope_types::types::Type::Named(n) => ty = n.underlying?,
                mapscope_types::types::Type::Alias { rhs, .. } => ty = *rhs,
                mapscope_types::types::Type::Pointer(elem) => ty = *elem,
                _ => return None,
            }
        }
        None
    }

    /// Whether `value` is used as the key of a map operation.
    fn is_map_key(&self, value: ValueId) -> bool {
        self.function[value].referrers().iter().any(|&user| {
            matches!(&self.function[user].kind,
                InstrKind::MapLookup { key, .. } | InstrKind::MapUpdate { key, .. }
                    | InstrKind::MapDelete { key, .. } if *key == value)
        })
    }

    /// The argument expression of call `call` that `value` (a converted argument) came from.
    fn argument_of(&self, value: ValueId, span: Span, args: &[ExprId]) -> Option<ExprId> {
        let function = self.function;
        for &user in function[value].referrers() {
            match &function[user].kind {
                InstrKind::Call { call: c }
                | InstrKind::Go { call: c }
                | InstrKind::Defer { call: c }
                    if function[user].span == span =>
                {
                    let position = c.args.iter().position(|&a| a == value)?;
                    let receiver = c.args.len().saturating_sub(args.len());
                    return args.get(position.checked_sub(receiver)?).copied();
                }
                InstrKind::Store { addr, value: v } if *v == value => {
                    let InstrKind::IndexAddr { base, index } =
                        &function[function.defining_instr(*addr)?].kind
                    else {
                        continue;
                    };
                    let ValueDef::Const(mapscope_ssa::ConstValue::Int(i)) = &function[*index].def
                    else {
                        continue;
                    };
                    let make = function.defining_instr(*base)?;
                    let InstrKind::MakeSlice { len, .. } = &function[make].kind else { continue };
                    let ValueDef::Const(mapscope_ssa::ConstValue::Int(n)) = &function[*len].def
                    else {
                        continue;
                    };
                    let fixed = args.len().checked_sub(usize::try_from(*n).ok()?)?;
                    return args.get(fixed + usize::try_from(*i).ok()?).copied();
                }
                _ => {}
            }
        }
        None
    }
}

/// A function's name as gc prints it in its own package: `(*T).M`, `T.M`, `F`, `F.func1`.
pub fn gc_function_name(name: &str, package: &str) -> String {
    let (base, literals) = match name.split_once('$') {
        Some((base, rest)) => (base, rest.split('$').map(|n| format!(".func{n}")).collect()),
        None => (name, String::new()),
    };
    let qualified = format!("{package}.");
    let base = match base.strip_prefix('(') {
        Some(method) => {
            let (receiver, rest) = method.split_once(')').unwrap_or((method, ""));
            let pointer = receiver.starts_with('*');
            let receiver = receiver.trim_start_matches('*').replace(&qualified, "");
            if pointer { format!("(*{receiver}){rest}") } else { format!("{receiver}{rest}") }
        }
        None => base.strip_prefix(&qualified).unwrap_or(base).to_string(),
    };
    base + &literals
}
