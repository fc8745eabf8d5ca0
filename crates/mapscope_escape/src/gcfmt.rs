//! Expressions spelled as gc's `-m` messages spell them, and the positions gc gives them (follows
//! `cmd/compile/internal/ir/fmt.go`'s `exprFmt` and the positions of `cmd/compile/internal/syntax`).
//!
//! gc prints its own IR, made from the source: constants as their values, composite literals as
//! `T{...}`, function literals as `func literal`, conversions to unnamed types as `(T)(x)`,
//! parentheses only where precedence needs them. Its nodes sit at their operator: a call at `(`,
//! a composite literal at `{`, a binary expression at its operator, a selector at its `.`.

use mapscope_syntax::ast::{ExprId, ExprKind, File};
use mapscope_syntax::token::Token;
use mapscope_types::Program;
use mapscope_types::check::{FileInfo, Mode, Record, Selection};
use mapscope_types::constant::Value;
use mapscope_types::types::{BasicKind, ObjKind, Type, TypeId, TypeView};

/// One file's syntax with what the checker recorded for it.
#[derive(Clone)]
pub struct SourceFile<'a> {
    pub file: &'a File,
    pub info: &'a FileInfo,
    pub records: &'a [Record],
    pub program: &'a Program,
    /// The arena of the unit the file belongs to: its types print unqualified.
    pub arena: u32,
    /// The spans of the calls gc inlines, which it prints as the inlined call's result, `~r0`.
    pub inlined_calls: std::sync::Arc<rustc_hash::FxHashSet<(u32, u32)>>,
}

impl std::fmt::Debug for SourceFile<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SourceFile").finish_non_exhaustive()
    }
}

/// gc's `OpPrec` of the node an expression becomes.
fn precedence(kind: &ExprKind) -> u8 {
    match kind {
        ExprKind::Binary { op, .. } => match op {
            Token::LOr => 3,
            Token::LAnd => 4,
            Token::Eql | Token::Neq | Token::Lss | Token::Leq | Token::Gtr | Token::Geq => 5,
            Token::Add | Token::Sub | Token::Or | Token::Xor => 6,
            _ => 7,
        },
        ExprKind::Unary { .. } | ExprKind::Star { .. } => 7,
        _ => 8,
    }
}

impl SourceFile<'_> {
    fn record(&self, e: ExprId) -> Option<&Record> {
        self.records.get(e.0 as usize)
    }

    /// The names of the embedded fields that the field (or with `methods`, the method)
    /// selected at `offset` (a selector of `x`) is promoted through, outermost first; empty for
    /// one of `x`'s own type.
    fn implicit_fields(&self, x: ExprId, offset: u32, methods: bool) -> Vec<String> {
        let mut names = Vec::new();
        match self.info.selections.get(&offset) {
            Some(Selection::Field { .. }) => {}
            Some(Selection::Method { .. }) if methods => {}
            _ => return names,
        }
        let Some(path) = self.info.selection_paths.get(&offset) else { return names };
        let Some(mut ty) = self.record(x).map(|r| r.ty) else { return names };
        for &index in path.iter().take(path.len().saturating_sub(1)) {
            let Some(field) = self.struct_field(ty, index) else { return Vec::new() };
            names.push(field.name.to_string());
            ty = field.ty;
        }
        names
    }

    /// Field `index` of struct type `ty`, or of the struct it points to (through names and
    /// aliases).
    fn struct_field(&self, mut ty: TypeId, index: u32) -> Option<&mapscope_types::types::Field> {
        // Bounded: a chain of pointers, names and aliases ends quickly.
        for _ in 0..16 {
            match self.program.ty(ty) {
                Type::Struct(fields) => return fields.get(index as usize),
                Type::Pointer(elem) => ty = *elem,
                Type::Named(named) => ty = named.underlying?,
                Type::Alias { rhs, .. } => ty = *rhs,
                _ => return None,
            }
        }
        None
    }

    /// The name of the first result of the function `fun` calls, when it has one (not `_`),
    /// qualified by its package when that is not the viewing unit's, as gc spells inlined
    /// variables of another package (`token.pos`).
    fn result_name(&self, fun: ExprId) -> Option<String> {
        let record = self.record(self.unparen(fun))?;
        let Type::Signature(sig) = self.program.ty(record.ty) else { return None };
        let result = sig.results.first()?;
        let name = &result.name;
        if name.is_empty() || &**name == "_" {
            return None;
        }
        let pkg = result.obj.map_or(0, |o| self.program.obj(o).pkg);
        let unit = (pkg != 0 && pkg != self.arena)
            .then(|| self.program.units.get(pkg as usize - 1))
            .flatten();
        Some(match unit {
            Some(unit) => format!("{}.{name}", unit.name),
            None => name.to_string(),
        })
    }

    fn is_type(&self, e: ExprId) -> bool {
        self.record(e).is_some_and(|r| r.mode == Mode::TypeExpr)
            || matches!(
                self.file[e].kind,
                ExprKind::ArrayType { .. }
                    | ExprKind::MapType { .. }
                    | ExprKind::ChanType { .. }
                    | ExprKind::FuncType { .. }
                    | ExprKind::StructType { .. }
                    | ExprKind::InterfaceType { .. }
            )
    }

    /// Whether conversion `e` of `x` is between strings and byte or rune slices, or from an
    /// integer to a string: the conversions that allocate.
    fn converts_string(&self, e: ExprId, x: ExprId) -> bool {
        let (Some(to), Some(from)) = (self.record(e), self.record(x)) else { return false };
        if to.is_const {
            return false;
        }
        let to_string = self.is_string_type(to.ty);
        let from_string = self.is_string_type(from.ty);
        (to_string && !from_string) || (from_string && !to_string)
    }

    fn is_string_type(&self, ty: TypeId) -> bool {
        let mut ty = ty;
        for _ in 0..64 {
            match self.program.ty(ty) {
                Type::Basic(kind, _) => {
                    return matches!(kind, BasicKind::String | BasicKind::UntypedString);
                }
                Type::Named(n) => match n.underlying {
                    Some(u) => ty = u,
                    None => return false,
                },
                Type::Alias { rhs, .. } => ty = *rhs,
                _ => return false,
            }
        }
        false
    }

    /// Skips parentheses, which gc's IR does not keep.
    pub fn unparen(&self, mut e: ExprId) -> ExprId {
        while let ExprKind::Paren { x, .. } = self.file[e].kind {
            e = x;
        }
        e
    }

    /// The byte offset gc reports expression `e` at.
    pub fn position(&self, e: ExprId) -> u32 {
        let f = self.file;
        match &f[e].kind {
            // A conversion that builds a string or a slice sits at its operand.
            ExprKind::Call { fun, args, .. }
                if args.len() == 1 && self.is_type(*fun) && self.converts_string(e, args[0]) =>
            {
                self.position(args[0])
            }
            ExprKind::Call { lparen, .. } => *lparen,
            ExprKind::CompositeLit { lbrace, .. } => *lbrace,
            ExprKind::Binary { op_pos, .. } | ExprKind::Unary { op_pos, .. } => *op_pos,
            ExprKind::Selector { sel, .. } => sel.span.start.saturating_sub(1),
            ExprKind::Index { lbrack, .. } | ExprKind::Slice { lbrack, .. } => *lbrack,
            ExprKind::TypeAssert { lparen, .. } => lparen.saturating_sub(1),
            ExprKind::KeyValue { colon, .. } => *colon,
            ExprKind::Paren { x, .. } => self.position(*x),
            _ => f[e].span.start,
        }
    }

    /// `e` spelled as gc spells it.
    pub fn expr(&self, e: ExprId) -> String {
        let mut out = String::new();
        self.write(&mut out, e, 0);
        out
    }

    fn write(&self, out: &mut String, e: ExprId, prec: u8) {
        let e = self.unparen(e);
        let f = self.file;
        // A constant prints as its value (gc's IR keeps no names of constants), `nil` as nil.
        if let Some(value) = self.info.consts.get(&e.0) {
            if let Some(text) = self.constant(e, value) {
                out.push_str(&text);
                return;
            }
        }
        if prec > precedence(&f[e].kind) {
            out.push('(');
            self.write(out, e, 0);
            out.push(')');
            return;
        }
        match &f[e].kind {
            ExprKind::Ident(name) => {
                // Seen from another package (code inlined there), gc qualifies the variables and
                // functions of this one, locals included: `make([]byte, bufio.size)`.
                if let Some(&o) = self.info.uses.get(&f[e].span.start) {
                    let obj = self.program.obj(o);
                    let qualify = matches!(obj.kind, ObjKind::Var { .. } | ObjKind::Func)
                        && obj.pkg != 0
                        && obj.pkg != self.arena;
                    let unit = qualify.then(|| self.program.units.get(obj.pkg as usize - 1));
                    if let Some(unit) = unit.flatten() {
                        out.push_str(&unit.name);
                        out.push('.');
                    }
                }
                out.push_str(f.name(*name));
            }
            ExprKind::BasicLit { .. } => out.push_str(&f.text(f[e].span)),
            ExprKind::FuncLit { .. } => out.push_str("func literal"),
            ExprKind::CompositeLit { ty, elts, .. } => {
                match ty {
                    Some(t) => self.write_type(out, *t),
                    None => out.push_str(&self.elided_type(e)),
                }
                out.push_str(if elts.is_empty() { "{}" } else { "{...}" });
            }
            ExprKind::Paren { x, .. } => self.write(out, *x, prec),
            ExprKind::Selector { x, sel } => {
                self.write(out, *x, 8);
                // gc's tree spells the embedded fields a promoted field is reached through.
                for name in self.implicit_fields(*x, sel.span.start, false) {
                    out.push('.');
                    out.push_str(&name);
                }
                out.push('.');
                out.push_str(f.name(sel.name));
            }
            ExprKind::Index { x, index, .. } => {
                self.write(out, *x, 8);
                out.push('[');
                self.write(out, *index, 0);
                out.push(']');
            }
            ExprKind::IndexList { x, indices, .. } => {
                self.write(out, *x, 8);
                out.push('[');
                for (i, &index) in indices.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write(out, index, 0);
                }
                out.push(']');
            }
            ExprKind::Slice { x, low, high, max, slice3, .. } => {
                self.write(out, *x, 8);
                out.push('[');
                if let Some(l) = low {
                    self.write(out, *l, 0);
                }
                out.push(':');
                if let Some(h) = high {
                    self.write(out, *h, 0);
                }
                if *slice3 {
                    out.push(':');
                    if let Some(m) = max {
                        self.write(out, *m, 0);
                    }
                }
                out.push(']');
            }
            ExprKind::TypeAssert { x, ty, .. } => {
                self.write(out, *x, 8);
                out.push_str(".(");
                match ty {
                    Some(t) => self.write_type(out, *t),
                    None => out.push_str("type"),
                }
                out.push(')');
            }
            ExprKind::Call { fun, .. }
                if self.inlined_calls.contains(&(f[e].span.start, f[e].span.end)) =>
            {
                // The inlined call's result variable: its name when the callee names it.
                match self.result_name(*fun) {
                    Some(name) => out.push_str(&name),
                    None => out.push_str("~r0"),
                }
            }
            ExprKind::Call { fun, args, ellipsis, .. } => {
                self.write_call(out, *fun, args, *ellipsis)
            }
            ExprKind::Star { x } => {
                out.push('*');
                self.write(out, *x, 8);
            }
            ExprKind::Unary { op, x, .. } => {
                out.push_str(op.as_str());
                self.write(out, *x, 8);
            }
            ExprKind::Binary { x, op, y, .. } => {
                let p = precedence(&f[e].kind);
                self.write(out, *x, p);
                out.push(' ');
                out.push_str(op.as_str());
                out.push(' ');
                self.write(out, *y, p + 1);
            }
            ExprKind::KeyValue { key, value, .. } => {
                self.write(out, *key, 0);
                out.push(':');
                self.write(out, *value, 0);
            }
            _ => self.write_type(out, e),
        }
    }

    fn write_call(&self, out: &mut String, fun: ExprId, args: &[ExprId], ellipsis: Option<u32>) {
        let fun = self.unparen(fun);
        let f = self.file;
        // A conversion to a type without a name is parenthesised: `([]byte)(s)`.
        if self.is_type(fun) && args.len() == 1 {
            let named = matches!(f[fun].kind, ExprKind::Ident(_) | ExprKind::Selector { .. });
            if named {
                self.write_type(out, fun);
            } else {
                out.push('(');
                self.write_type(out, fun);
                out.push(')');
            }
            out.push('(');
            self.write(out, args[0], 0);
            out.push(')');
            return;
        }
        let is_make = matches!(f[fun].kind, ExprKind::Ident(n) if f.name(n) == "make")
            && self.record(fun).is_none_or(|r| r.mode == Mode::Builtin);
        // A method call on a concrete type is a call of the method expression with the receiver
        // first: `(*T).M(x, args)`.
        let mut receiver = None;
        match self.method_expression(fun) {
            Some((method, x, offset)) => {
                out.push_str(&method);
                receiver = Some((x, offset));
            }
            None => self.write(out, fun, 8),
        }
        out.push('(');
        if let Some((x, offset)) = receiver {
            self.write(out, x, 0);
            // The receiver of a promoted method is the embedded field that declares it.
            for name in self.implicit_fields(x, offset, true) {
                out.push('.');
                out.push_str(&name);
            }
            if !args.is_empty() {
                out.push_str(", ");
            }
        }
        // A call with variadic arguments passes them as one implicit slice literal.
        let packed_from = match ellipsis {
            None => self.variadic_params(fun).filter(|&fixed| args.len() > fixed),
            Some(_) => None,
        };
        for (i, &a) in args.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if packed_from == Some(i) {
                out.push_str("... argument...");
                break;
            }
            if i == 0 && (is_make || self.is_type(a)) {
                self.write_type(out, a);
            } else {
                self.write(out, a, 0);
            }
        }
        if ellipsis.is_some() {
            out.push_str("...");
        }
        out.push(')');
    }

    /// A type expression as gc's type printer spells it: from the type the checker recorded,
    /// else from the source.
    fn write_type(&self, out: &mut String, e: ExprId) {
        if let Some(r) = self.record(e) {
            if r.mode == Mode::TypeExpr && r.ty != mapscope_types::types::univ::INVALID {
                self.write_type_id(out, r.ty, 0);
                return;
            }
        }
        let f = self.file;
        match &f[e].kind {
            ExprKind::Ident(name) => {
                // Seen from another package (code inlined there), gc qualifies the variables and
                // functions of this one, locals included: `make([]byte, bufio.size)`.
                if let Some(&o) = self.info.uses.get(&f[e].span.start) {
                    let obj = self.program.obj(o);
                    let qualify = matches!(obj.kind, ObjKind::Var { .. } | ObjKind::Func)
                        && obj.pkg != 0
                        && obj.pkg != self.arena;
                    let unit = qualify.then(|| self.program.units.get(obj.pkg as usize - 1));
                    if let Some(unit) = unit.flatten() {
                        out.push_str(&unit.name);
                        out.push('.');
                    }
                }
                out.push_str(f.name(*name));
            }
            ExprKind::Selector { x, sel } => {
                self.write_type(out, *x);
                out.push('.');
                out.push_str(f.name(sel.name));
            }
            ExprKind::Paren { x, .. } => self.write_type(out, *x),
            ExprKind::Star { x } => {
                out.push('*');
                self.write_type(out, *x);
            }
            ExprKind::ArrayType { len, elt, .. } => {
                out.push('[');
                if let Some(len) = len {
                    match self.info.consts.get(&len.0).and_then(|v| v.go_string()) {
                        Some(n) => out.push_str(&n),
                        None => out.push_str(&f.text(f[*len].span)),
                    }
                }
                out.push(']');
                self.write_type(out, *elt);
            }
            ExprKind::MapType { key, value } => {
                out.push_str("map[");
                self.write_type(out, *key);
                out.push(']');
                self.write_type(out, *value);
            }
            ExprKind::ChanType { dir, value, .. } => {
                out.push_str(match dir {
                    mapscope_syntax::ast::ChanDir::Send => "chan<- ",
                    mapscope_syntax::ast::ChanDir::Recv => "<-chan ",
                    _ => "chan ",
                });
                self.write_type(out, *value);
            }
            ExprKind::InterfaceType { methods, .. } if f[*methods].list.is_empty() => {
                out.push_str("interface {}");
            }
            ExprKind::StructType { fields, .. } if f[*fields].list.is_empty() => {
                out.push_str("struct {}");
            }
            ExprKind::Index { x, index, .. } => {
                self.write_type(out, *x);
                out.push('[');
                self.write_type(out, *index);
                out.push(']');
            }
            ExprKind::IndexList { x, indices, .. } => {
                self.write_type(out, *x);
                out.push('[');
                for (i, &index) in indices.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    self.write_type(out, index);
                }
                out.push(']');
            }
            _ => out.push_str(&collapse_spaces(&f.text(f[e].span))),
        }
    }

    /// The type of a composite literal whose type the source leaves out (`{...}` inside another
    /// literal), as the checker recorded it.
    fn elided_type(&self, e: ExprId) -> String {
        match self.record(e) {
            Some(r) => self.type_name(r.ty),
            None => String::new(),
        }
    }

    /// The number of fixed parameters when `fun` is a variadic function or method value.
    fn variadic_params(&self, fun: ExprId) -> Option<usize> {
        let record = self.record(fun)?;
        let mut ty = record.ty;
        for _ in 0..64 {
            match self.program.ty(ty) {
                Type::Signature(sig) => {
                    return sig.variadic.then(|| sig.params.len().saturating_sub(1));
                }
                Type::Named(n) => ty = n.underlying?,
                Type::Alias { rhs, .. } => ty = *rhs,
                _ => return None,
            }
        }
        None
    }

    /// `T.M` or `(*T).M`, the receiver expression and the selected name's offset, when `fun`
    /// selects a method of a concrete type.
    fn method_expression(&self, fun: ExprId) -> Option<(String, ExprId, u32)> {
        let ExprKind::Selector { x, sel } = &self.file[fun].kind else { return None };
        let Some(Selection::Method { obj, .. }) = self.info.selections.get(&sel.span.start) else {
            return None;
        };
        let Type::Signature(sig) = self.program.ty(self.program.obj(*obj).ty) else { return None };
        let recv = sig.recv?;
        let name = self.file.name(sel.name);
        let text = match self.program.ty(recv) {
            Type::Pointer(elem) => format!("(*{}).{name}", self.type_name(*elem)),
            Type::Named(_) | Type::Alias { .. } => format!("{}.{name}", self.type_name(recv)),
            _ => return None,
        };
        if matches!(self.program.ty(recv), Type::Named(n) if matches!(self.program.ty(n.underlying?), Type::Interface(_)))
        {
            return None;
        }
        Some((text, *x, sel.span.start))
    }

    /// A type as gc's type printer spells it: named types of other packages qualified by their
    /// package's name, aliases by what they stand for, parameters without names.
    pub fn type_name(&self, ty: TypeId) -> String {
        let mut out = String::new();
        self.write_type_id(&mut out, ty, 0);
        out
    }

    fn write_type_id(&self, out: &mut String, ty: TypeId, depth: u32) {
        // Types nest only as deep as source text does; this bound stops a malformed cycle.
        if depth > 64 {
            out.push_str("...");
            return;
        }
        let program = self.program;
        let recurse = |out: &mut String, t: TypeId| self.write_type_id(out, t, depth + 1);
        let list = |out: &mut String, fields: &[mapscope_types::types::Field], variadic: bool| {
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                if variadic && i + 1 == fields.len() {
                    out.push_str("...");
                    match program.ty(f.ty) {
                        Type::Slice(elem) => recurse(out, *elem),
                        _ => recurse(out, f.ty),
                    }
                } else {
                    recurse(out, f.ty);
                }
            }
        };
        match program.ty(ty) {
            Type::Named(named) => {
                let obj = program.obj(named.obj);
                if obj.pkg != 0 && obj.pkg != self.arena {
                    out.push_str(&program.units[obj.pkg as usize - 1].name);
                    out.push('.');
                }
                out.push_str(&obj.name);
                if !named.targs.is_empty() {
                    out.push('[');
                    for (i, &t) in named.targs.iter().enumerate() {
                        if i > 0 {
                            out.push(',');
                        }
                        recurse(out, t);
                    }
                    out.push(']');
                }
            }
            Type::Alias { obj, rhs, .. } => {
                if program.obj(*obj).pkg == 0 {
                    out.push_str(&program.obj(*obj).name);
                } else {
                    recurse(out, *rhs);
                }
            }
            Type::TypeParam { obj, .. } => out.push_str(&program.obj(*obj).name),
            Type::Basic(_, name) => out.push_str(name),
            Type::Pointer(elem) => {
                out.push('*');
                recurse(out, *elem);
            }
            Type::Slice(elem) => {
                out.push_str("[]");
                recurse(out, *elem);
            }
            Type::Array(len, elem) => {
                out.push('[');
                out.push_str(&len.map_or("?".to_string(), |n| n.to_string()));
                out.push(']');
                recurse(out, *elem);
            }
            Type::Map(key, elem) => {
                out.push_str("map[");
                recurse(out, *key);
                out.push(']');
                recurse(out, *elem);
            }
            Type::Chan(dir, elem) => {
                out.push_str(match dir {
                    mapscope_types::types::ChanDir::Send => "chan<- ",
                    mapscope_types::types::ChanDir::Recv => "<-chan ",
                    mapscope_types::types::ChanDir::Both => "chan ",
                });
                recurse(out, *elem);
            }
            Type::Signature(sig) => {
                out.push_str("func(");
                list(out, &sig.params, sig.variadic);
                out.push(')');
                match sig.results.len() {
                    0 => {}
                    1 => {
                        out.push(' ');
                        recurse(out, sig.results[0].ty);
                    }
                    _ => {
                        out.push_str(" (");
                        list(out, &sig.results, false);
                        out.push(')');
                    }
                }
            }
            Type::Interface(iface) if iface.methods.is_empty() && iface.embeddeds.is_empty() => {
                out.push_str("interface {}");
            }
            Type::Struct(fields) if fields.is_empty() => out.push_str("struct {}"),
            Type::Struct(fields) => {
                out.push_str("struct { ");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    if !f.embedded {
                        out.push_str(&f.name);
                        out.push(' ');
                    }
                    recurse(out, f.ty);
                }
                out.push_str(" }");
            }
            _ => out.push_str(&program.type_string(ty)),
        }
    }

    /// A constant as gc prints an `OLITERAL`: runes quoted as runes, a value of a type other than
    /// its kind's default as a conversion (`T(v)`), other values in go/constant's spelling.
    fn constant(&self, e: ExprId, value: &Value) -> Option<String> {
        let f = self.file;
        if let ExprKind::BasicLit { kind: Token::Char } = f[e].kind {
            return Some(f.text(f[e].span).into_owned());
        }
        if matches!(value, Value::Unknown) {
            return None;
        }
        let text = value.go_string()?;
        let Some(record) = self.record(e) else { return Some(text) };
        let default = match self.program.ty(record.ty) {
            Type::Basic(kind, name) => match kind {
                BasicKind::Int | BasicKind::Float64 | BasicKind::String | BasicKind::Bool => {
                    !matches!(*name, "byte" | "rune")
                }
                BasicKind::Int32 if *name == "rune" => {
                    return Some(quote_rune(value).unwrap_or(text));
                }
                k => k.is_untyped(),
            },
            _ => false,
        };
        if default { Some(text) } else { Some(format!("{}({text})", self.type_name(record.ty))) }
    }
}

/// A rune constant as Go's `%q` prints it, for the printable ASCII runes; `None` for the rest.
fn quote_rune(value: &Value) -> Option<String> {
    let Value::Int(n) = value else { return None };
    let c = char::from_u32(u32::try_from(*n).ok()?)?;
    match c {
        '\\' => Some("'\\\\'".into()),
        '\'' => Some("'\\''".into()),
        ' '..='~' => Some(format!("'{c}'")),
        _ => None,
    }
}

fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
