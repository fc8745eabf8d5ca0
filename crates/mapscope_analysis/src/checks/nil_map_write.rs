//! `nil-map-write` (MS1001): a write to a map that is nil on some path the function shows.

use crate::checks::declare_check;
use crate::{Finding, FunctionContext};
use mapscope_ssa::{
    BinaryOp, BlockId, Builtin, Callee, ConstValue, ConversionKind, Function, InstrId, InstrKind,
    Span, UnaryOp, ValueDef, ValueId,
};
use mapscope_types::types::{ObjKind, TypeView};

declare_check! {
    /// Reports a write `m[k] = v` (also `m[k]++`, `m[k] += v`) to a map that is nil on some path
    /// through the function.
    ///
    /// # What it does
    ///
    /// On the SSA form of each function it follows the map operand of every map update back to
    /// where its value comes from, and reports the update when, on some path the function's
    /// control flow allows, that value is nil: a map variable declared without a value or set to
    /// `nil`, a map that only some branches make, or a map field of a struct that `var t T`,
    /// `T{...}`, `&T{...}` or `new(T)` left unset and that no store on the path fills.
    /// Guards are understood through the control flow: a write reached only after
    /// `if m == nil { m = make(...) }` or inside `if m != nil { ... }` is not reported, nor one
    /// behind a read that a nil map cannot satisfy (`if m[k] > 0`, `if _, ok := m[k]; ok`,
    /// `if len(m) > 0`), nor one behind a condition that is known on the path the nil takes
    /// (`if i%n == 0 { m = make(...) }` when `i` is 0 on the first iteration of a loop).
    /// Each finding names the write and, as related notes, where the nil comes from.
    ///
    /// What it does not see yet: a map that comes from a parameter, a call's result, a global
    /// or memory that a callee, a closure or another goroutine can reach is assumed to be made.
    /// A struct whose address is passed to a call (`r.init()`) is assumed filled.
    /// Interprocedural summaries are the next step.
    ///
    /// # Why is this bad
    ///
    /// Reading, ranging over, deleting from or clearing a nil map is fine, but writing to one
    /// panics at run time with `assignment to entry in nil map`.
    /// The panic comes only on the path where the map is nil, which tests often miss.
    ///
    /// # Example
    ///
    /// ```go
    /// type Registry struct{ byName map[string]int }
    ///
    /// func NewRegistry() *Registry { return &Registry{} }
    ///
    /// func main() {
    ///     r := &Registry{}
    ///     r.byName["a"] = 1 // panics: byName was never made
    /// }
    /// ```
    ///
    /// Use instead:
    ///
    /// ```go
    /// r := &Registry{byName: make(map[string]int)}
    /// r.byName["a"] = 1
    /// ```
    ///
    /// # Fix safety
    ///
    /// There is no automatic fix yet.
    /// The usual fix, making the map where the value is created or before the first write, is
    /// safe when nothing tells a nil map apart from an empty one (`m == nil`, reflection,
    /// encoding to JSON, where nil becomes `null` and an empty map `{}`).
    pub struct NilMapWrite;
}

/// How deep the search follows copies of struct values from one allocation to another.
const MAX_COPY_DEPTH: usize = 8;

/// A memory location: an `Alloc` of this function and the field path inside it.
#[derive(Clone, PartialEq, Eq, Debug)]
struct Location {
    root: InstrId,
    fields: Vec<u32>,
}

/// Where a nil comes from, before the map expression's text is known.
#[derive(Clone, Debug)]
enum Origin {
    /// The constant nil of a map variable: the variable's declaration names it.
    NilConstant,
    /// The zero memory of an allocation that no store on the path filled.
    Allocation(InstrId),
    /// A store of nil or a zero struct.
    NilStore(InstrId),
}

pub fn run(cx: &FunctionContext<'_>) -> Vec<Finding> {
    let f = cx.function;
    let mut findings = Vec::new();
    for block in f.block_ids() {
        for &instr in f[block].instrs() {
            let InstrKind::MapUpdate { map, .. } = &f[instr].kind else { continue };
            let mut search = Search { f, chain: Vec::new(), selections: Vec::new() };
            let Some(origins) = search.nil_value(*map, 0) else { continue };
            // A write that every feasible path reaches only through a guard is not reported.
            if !search.path_exists(block) {
                continue;
            }
            findings.push(finding(cx, instr, &origins));
        }
    }
    findings
}

fn finding(cx: &FunctionContext<'_>, update: InstrId, origins: &[Origin]) -> Finding {
    let f = cx.function;
    let span = f[update].span;
    let expr = map_expr_text(cx.text(span));
    let shown = if expr.is_empty() { "the map".to_string() } else { format!("`{expr}`") };
    let mut related = Vec::new();
    for origin in origins {
        match origin {
            Origin::NilConstant => {
                if let Some((decl, no_value)) = declaration(cx, span.start) {
                    let note = if no_value {
                        format!("{shown} is declared here without a value")
                    } else {
                        format!("{shown} is declared here and is nil on a path to the write")
                    };
                    related.push((decl, note));
                }
            }
            Origin::Allocation(alloc) => {
                let InstrKind::Alloc { name, .. } = &f[*alloc].kind else { continue };
                let note = match &**name {
                    "complit" => format!("{shown} is nil: this composite literal does not set it"),
                    "new" => format!("{shown} is nil: new returns zeroed memory"),
                    var => format!("{shown} is nil: `{var}` is declared here without it"),
                };
                related.push((f[*alloc].span, note));
            }
            Origin::NilStore(store) => {
                let zero_struct = matches!(&f[*store].kind, InstrKind::Store { value, .. }
                    if matches!(f[strip_conversions(f, *value)].def, ValueDef::Const(ConstValue::Zero)));
                let note = if zero_struct {
                    format!("{shown} is nil: its struct is declared or set to the zero value here")
                } else {
                    format!("{shown} is set to nil here")
                };
                related.push((f[*store].span, note));
            }
        }
    }
    Finding {
        span,
        message: format!("assignment to entry in nil map: {shown} is nil on a path to this write"),
        related,
    }
}

/// The map operand's text of an index expression `m.f[k]`: everything before its last
/// top-level `[`.
fn map_expr_text(index_expr: &str) -> &str {
    let mut depth = 0usize;
    for (i, c) in index_expr.char_indices().rev() {
        match c {
            ']' | ')' | '}' => depth += 1,
            '[' | '(' | '{' => {
                depth = depth.saturating_sub(1);
                if depth == 0 && c == '[' {
                    return index_expr[..i].trim();
                }
            }
            _ => {}
        }
    }
    ""
}

/// The declaration of the identifier at `offset` (the map variable of `m[k] = v`), and whether
/// it is declared without a value (`var m map[K]V`).
fn declaration(cx: &FunctionContext<'_>, offset: u32) -> Option<(Span, bool)> {
    let obj = cx.program.obj(*cx.info.uses.get(&offset)?);
    // Only a variable declared in this file: `T{}.m[k]` starts with a type's name, which may be
    // declared elsewhere, and offsets are meaningful only in their own file.
    let declared_here = obj
        .file
        .is_some_and(|fid| std::ptr::eq(&cx.program.loaded.files[fid.0 as usize].ast, cx.file));
    if !declared_here || !matches!(obj.kind, ObjKind::Var { .. }) {
        return None;
    }
    let name_len = u32::try_from(obj.name.len()).ok()?;
    let decl = Span::new(obj.pos, obj.pos.checked_add(name_len)?);
    let rest = cx.file.source.get(obj.pos as usize..)?;
    let line = rest.split(|&b| b == b'\n').next().unwrap_or(&[]);
    let line_start = cx.file.line_index.line_col(obj.pos);
    let before = cx.file.source.get((obj.pos - (line_start.col - 1)) as usize..obj.pos as usize)?;
    let no_value = before.trim_ascii_start().starts_with(b"var") && !line.contains(&b'=');
    Some((decl, no_value))
}

struct Search<'f> {
    f: &'f Function,
    /// The values the nil flows through, which a guard may test.
    chain: Vec<ValueId>,
    /// The φ edges the nil flows through, outermost first: (the φ's block, the predecessor).
    selections: Vec<(BlockId, BlockId)>,
}

/// A value a condition evaluates to on the path the nil takes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Known {
    Int(i128),
    Bool(bool),
    /// The zero value of a nil map's element, whatever its type.
    Zero,
}

impl Search<'_> {
    /// Where `v` is nil from, if it is nil on some feasible path the function shows.
    fn nil_value(&mut self, v: ValueId, depth: usize) -> Option<Vec<Origin>> {
        let f = self.f;
        let v = strip_conversions(f, v);
        if self.chain.contains(&v) || depth > MAX_COPY_DEPTH {
            return None;
        }
        self.chain.push(v);
        match &f[v].def {
            ValueDef::Const(ConstValue::Nil | ConstValue::Zero) => Some(vec![Origin::NilConstant]),
            ValueDef::Result { instr, .. } => match &f[*instr].kind {
                InstrKind::Phi { edges, .. } => {
                    let block = f[*instr].block()?;
                    let preds = f[block].preds().to_vec();
                    for (edge, pred) in edges.iter().zip(preds) {
                        let edge_value = strip_conversions(f, *edge);
                        if !self.edge_feasible(pred, block, &[v, edge_value], None, None) {
                            continue;
                        }
                        self.selections.push((block, pred));
                        if let Some(origins) = self.nil_value(*edge, depth + 1) {
                            return Some(origins);
                        }
                        self.selections.pop();
                    }
                    None
                }
                InstrKind::Load { addr } => {
                    let location = location(f, *addr)?;
                    self.nil_at(&location, *instr, depth)
                }
                InstrKind::Field { base, field } => {
                    let base = strip_conversions(f, *base);
                    match &f[base].def {
                        ValueDef::Const(ConstValue::Zero) => Some(vec![Origin::NilConstant]),
                        ValueDef::Result { instr: load, .. } => {
                            let InstrKind::Load { addr } = &f[*load].kind else { return None };
                            let mut location = location(f, *addr)?;
                            location.fields.push(*field);
                            self.nil_at(&location, *load, depth)
                        }
                        _ => None,
                    }
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `location` holds nil just before `point` on some feasible path from its
    /// allocation; the origin if so.
    fn nil_at(&mut self, location: &Location, point: InstrId, depth: usize) -> Option<Vec<Origin>> {
        let f = self.f;
        if escapes(f, location.root) {
            return None;
        }
        let start = f[point].block()?;
        // Depth-first backwards; each block is scanned whole once it is entered from a successor.
        let mut visited = vec![false; f.block_count()];
        let mut stack: Vec<(BlockId, Option<InstrId>)> = vec![(start, Some(point))];
        while let Some((block, before)) = stack.pop() {
            let instrs = f[block].instrs();
            let end = match before {
                Some(p) => instrs.iter().position(|&i| i == p)?,
                None => instrs.len(),
            };
            let mut killed = false;
            for &i in instrs[..end].iter().rev() {
                match self.effect(location, i, depth) {
                    Effect::None => {}
                    Effect::Kill => {
                        killed = true;
                        break;
                    }
                    Effect::Nil(origins) => return Some(origins),
                }
            }
            if killed {
                continue;
            }
            for &pred in f[block].preds() {
                if !visited[pred.index()]
                    && self.edge_feasible(pred, block, &[], Some(location), None)
                {
                    visited[pred.index()] = true;
                    stack.push((pred, None));
                }
            }
        }
        None
    }

    /// What instruction `i` does to `location`, read backwards.
    fn effect(&mut self, location: &Location, i: InstrId, depth: usize) -> Effect {
        let f = self.f;
        match &f[i].kind {
            InstrKind::Alloc { .. } if i == location.root => {
                Effect::Nil(vec![Origin::Allocation(i)])
            }
            InstrKind::Store { addr, value } => {
                let Some(target) = self::location(f, *addr) else { return Effect::None };
                if target.root != location.root {
                    return Effect::None;
                }
                let Some(rest) = location.fields.strip_prefix(target.fields.as_slice()) else {
                    return Effect::None;
                };
                let value = strip_conversions(f, *value);
                match &f[value].def {
                    ValueDef::Const(ConstValue::Nil | ConstValue::Zero) => {
                        Effect::Nil(vec![Origin::NilStore(i)])
                    }
                    // A copy of a struct: the field holds what the source held when it was loaded.
                    ValueDef::Result { instr: load, .. } if !rest.is_empty() => {
                        let InstrKind::Load { addr: from } = &f[*load].kind else {
                            return Effect::Kill;
                        };
                        let Some(mut source) = self::location(f, *from) else {
                            return Effect::Kill;
                        };
                        source.fields.extend_from_slice(rest);
                        if depth >= MAX_COPY_DEPTH {
                            return Effect::Kill;
                        }
                        match self.nil_at(&source, *load, depth + 1) {
                            Some(origins) => Effect::Nil(origins),
                            None => Effect::Kill,
                        }
                    }
                    _ => match self.nil_value(value, depth + 1) {
                        Some(origins) if rest.is_empty() => Effect::Nil(origins),
                        _ => Effect::Kill,
                    },
                }
            }
            _ => Effect::None,
        }
    }

    /// Whether control can go from `pred` to `succ` while the tracked value is nil: not when
    /// `pred` ends in `if x == nil` (false edge) or `if x != nil` (true edge) for an `x` that is
    /// one of `values`, on the chain, a nil constant or a load of `location`; nor along the dead
    /// edge of a constant condition.
    /// With `entered`, the φs of that block have the values of the edge from that predecessor,
    /// so a condition computed from them (`i%n == 0` with `i` 0 on the first iteration) is known.
    fn edge_feasible(
        &self,
        pred: BlockId,
        succ: BlockId,
        values: &[ValueId],
        location: Option<&Location>,
        entered: Option<(BlockId, BlockId)>,
    ) -> bool {
        let f = self.f;
        let Some(&last) = f[pred].instrs().last() else { return true };
        let InstrKind::If { cond } = &f[last].kind else { return true };
        let succs = f[pred].succs();
        if succs.len() != 2 || succs[0] == succs[1] {
            return true;
        }
        let taken_true = succs[0] == succ;
        let cond = strip_conversions(f, *cond);
        let tracked = |x: ValueId| {
            values.contains(&x)
                || self.chain.contains(&x)
                || is_nil_constant(f, x)
                || location.is_some_and(|l| loaded_from(f, x).as_ref() == Some(l))
        };
        match self.evaluate(cond, &tracked, entered, 0) {
            Some(Known::Bool(b)) => return b == taken_true,
            // `if m[k]` on a nil map of bools reads false.
            Some(Known::Zero) => return !taken_true,
            _ => {}
        }
        match &f[cond].def {
            ValueDef::Const(ConstValue::Bool(b)) => *b == taken_true,
            ValueDef::Result { instr, .. } => {
                let InstrKind::BinOp { op, x, y } = &f[*instr].kind else { return true };
                let (x, y) = (strip_conversions(f, *x), strip_conversions(f, *y));
                let tested = if is_nil_constant(f, y) {
                    x
                } else if is_nil_constant(f, x) {
                    y
                } else {
                    return true;
                };
                let non_nil_when_true = match op {
                    BinaryOp::Neq => true,
                    BinaryOp::Eql => false,
                    _ => return true,
                };
                !(tracked(tested) && taken_true == non_nil_when_true)
            }
            _ => true,
        }
    }

    /// What `v` is on the path the nil takes, when that is known: constants, the φs of the
    /// `entered` block, and what reading a tracked (nil) map gives: the element's zero value,
    /// `ok` false, length 0.
    fn evaluate(
        &self,
        v: ValueId,
        tracked: &dyn Fn(ValueId) -> bool,
        entered: Option<(BlockId, BlockId)>,
        depth: usize,
    ) -> Option<Known> {
        let f = self.f;
        if depth > MAX_COPY_DEPTH {
            return None;
        }
        let v = strip_conversions(f, v);
        match &f[v].def {
            ValueDef::Const(ConstValue::Int(i)) => return Some(Known::Int(*i)),
            ValueDef::Const(ConstValue::Bool(b)) => return Some(Known::Bool(*b)),
            ValueDef::Result { .. } => {}
            _ => return None,
        }
        let ValueDef::Result { instr, index } = f[v].def else { return None };
        let eval = |x: ValueId| self.evaluate(x, tracked, entered, depth + 1);
        match &f[instr].kind {
            InstrKind::MapLookup { map, .. } if tracked(strip_conversions(f, *map)) => {
                Some(if index == 0 { Known::Zero } else { Known::Bool(false) })
            }
            InstrKind::Call { call } if call.callee == Callee::Builtin(Builtin::Len) => {
                let arg = strip_conversions(f, *call.args.first()?);
                tracked(arg).then_some(Known::Int(0))
            }
            InstrKind::Phi { edges, .. } => {
                let (block, pred) = entered?;
                if f[instr].block() != Some(block) {
                    return None;
                }
                let i = f[block].preds().iter().position(|&p| p == pred)?;
                eval(*edges.get(i)?)
            }
            InstrKind::UnOp { op: UnaryOp::Not, x } => match eval(*x)? {
                Known::Bool(b) => Some(Known::Bool(!b)),
                Known::Zero => Some(Known::Bool(true)),
                Known::Int(_) => None,
            },
            InstrKind::BinOp { op, x, y } => {
                let as_int = |k: Known| match k {
                    Known::Int(i) => Some(i),
                    Known::Zero => Some(0),
                    Known::Bool(_) => None,
                };
                let (a, b) = (eval(*x), eval(*y));
                // 0 % n and 0 * n are 0 whatever n is (n == 0 panics and ends the path).
                if matches!(op, BinaryOp::Rem | BinaryOp::Mul | BinaryOp::Quo)
                    && a.and_then(as_int) == Some(0)
                {
                    return Some(Known::Int(0));
                }
                let (a, b) = (a?, b?);
                if matches!((a, b), (Known::Bool(_), _) | (_, Known::Bool(_))) {
                    let as_bool = |k: Known| match k {
                        Known::Bool(b) => Some(b),
                        Known::Zero => Some(false),
                        Known::Int(_) => None,
                    };
                    let (p, q) = (as_bool(a)?, as_bool(b)?);
                    return match op {
                        BinaryOp::Eql => Some(Known::Bool(p == q)),
                        BinaryOp::Neq => Some(Known::Bool(p != q)),
                        _ => None,
                    };
                }
                let (a, b) = (as_int(a)?, as_int(b)?);
                Some(match op {
                    BinaryOp::Eql => Known::Bool(a == b),
                    BinaryOp::Neq => Known::Bool(a != b),
                    BinaryOp::Lss => Known::Bool(a < b),
                    BinaryOp::Leq => Known::Bool(a <= b),
                    BinaryOp::Gtr => Known::Bool(a > b),
                    BinaryOp::Geq => Known::Bool(a >= b),
                    BinaryOp::Add => Known::Int(a.checked_add(b)?),
                    BinaryOp::Sub => Known::Int(a.checked_sub(b)?),
                    BinaryOp::Mul => Known::Int(a.checked_mul(b)?),
                    BinaryOp::Rem if b != 0 => Known::Int(a.checked_rem(b)?),
                    _ => return None,
                })
            }
            _ => None,
        }
    }

    /// Whether a path the nil can take reaches `block`: through the φ edges the nil flows
    /// through, along edges that guards leave feasible, from the entry.
    fn path_exists(&self, block: BlockId) -> bool {
        let Some(&(start, pred)) = self.selections.last() else { return self.reachable(block) };
        // From the write back to the innermost φ's block, entering each φ block of the chain
        // only from the edge the nil comes through, with that block's φs known.
        let entered = Some((start, pred));
        let f = self.f;
        let mut visited = vec![false; f.block_count()];
        let mut stack = vec![block];
        visited[block.index()] = true;
        let mut found = false;
        while let Some(b) = stack.pop() {
            if b == start {
                found = true;
                break;
            }
            let selected = self.selections.iter().find(|(s, _)| *s == b).map(|&(_, p)| p);
            for &p in f[b].preds() {
                if selected.is_some_and(|s| s != p) || visited[p.index()] {
                    continue;
                }
                if self.edge_feasible(p, b, &[], None, entered) {
                    visited[p.index()] = true;
                    stack.push(p);
                }
            }
        }
        found && self.reachable(pred)
    }

    /// Whether `block` can be reached from the entry along edges that a guard on the chain
    /// leaves feasible.
    fn reachable(&self, block: BlockId) -> bool {
        let f = self.f;
        let mut visited = vec![false; f.block_count()];
        let mut stack = vec![block];
        visited[block.index()] = true;
        while let Some(b) = stack.pop() {
            if b == Function::ENTRY {
                return true;
            }
            for &pred in f[b].preds() {
                if !visited[pred.index()] && self.edge_feasible(pred, b, &[], None, None) {
                    visited[pred.index()] = true;
                    stack.push(pred);
                }
            }
        }
        false
    }
}

enum Effect {
    None,
    Kill,
    Nil(Vec<Origin>),
}

/// `v` without the conversions that do not change its nilness (`changetype`).
fn strip_conversions(f: &Function, mut v: ValueId) -> ValueId {
    while let Some(instr) = f.defining_instr(v) {
        match &f[instr].kind {
            InstrKind::Convert { kind: ConversionKind::ChangeType, x } => v = *x,
            _ => break,
        }
    }
    v
}

fn is_nil_constant(f: &Function, v: ValueId) -> bool {
    matches!(f[v].def, ValueDef::Const(ConstValue::Nil))
}

/// The location of the address `addr`: an `Alloc` of this function and field selections on it.
fn location(f: &Function, addr: ValueId) -> Option<Location> {
    let instr = f.defining_instr(addr)?;
    match &f[instr].kind {
        InstrKind::Alloc { .. } => Some(Location { root: instr, fields: Vec::new() }),
        InstrKind::FieldAddr { base, field } => {
            let mut location = location(f, *base)?;
            location.fields.push(*field);
            Some(location)
        }
        _ => None,
    }
}

/// The location `v` was loaded from, if `v` is a load.
fn loaded_from(f: &Function, v: ValueId) -> Option<Location> {
    let instr = f.defining_instr(v)?;
    match &f[instr].kind {
        InstrKind::Load { addr } => location(f, *addr),
        _ => None,
    }
}

/// Whether the allocation's address, or an address inside it, reaches anything but loads,
/// stores to it, field selections and returns: a call, a closure, another variable. Then code
/// this function does not show may fill it.
fn escapes(f: &Function, root: InstrId) -> bool {
    let Some(pointer) = f[root].result() else { return true };
    let mut addresses = vec![pointer];
    while let Some(addr) = addresses.pop() {
        for &user in f[addr].referrers() {
            match &f[user].kind {
                InstrKind::Load { .. } => {}
                InstrKind::Store { addr: a, value } if *a == addr && *value != addr => {}
                // Returning the address ends the function: nothing it calls can fill it first.
                InstrKind::Return { .. } => {}
                InstrKind::FieldAddr { .. } => match f[user].result() {
                    Some(r) => addresses.push(r),
                    None => return true,
                },
                _ => return true,
            }
        }
    }
    false
}
