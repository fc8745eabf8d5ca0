//! The IR's text form, for people and for golden tests (follows go/ssa's `print.go` and
//! `WriteFunction` in `func.go`).
//!
//! A function prints as a header, its signature, then each block:
//!
//! ```text
//! # Name: count
//! # Recover: 2                              (functions that defer calls only)
//! # Free variables:                         (function literals only)
//! #   0: x *int
//! func count(c bool) int:
//! 0: entry                                                              P:0 S:1
//!         jump 1
//! 1: for.loop                                                    P:2 S:2 idom:0
//!         t4 = phi [0: 0:int, 2: t5] #i                                     int
//!         if c goto 2 else 3
//! ```
//!
//! - A block header is its index and comment, then, right-aligned, its predecessor and successor
//!   counts and its immediate dominator, exactly as go/ssa prints them.
//! - Every instruction takes one tab-indented line. The values it defines come first (`t4 =`, or
//!   `t2, t3 =` for several), then its text as documented on each [`InstrKind`] variant, then,
//!   right-aligned at column 80, the result type (several in parentheses).
//! - `tN` is value N, its [`ValueId`]: the numbers are the ids analyses and the verifier report.
//!   Parameters and free variables print as their names, functions and globals as theirs, and
//!   constants as `value:type` (`1:int`, `"k":string`, `nil:map[string]int`, `zero:T` for the zero
//!   value of a type without a literal), as in go/ssa.
//! - φs start with `phi`; map operations are the only lines with `make map`, `lookup`, `update`,
//!   `delete`, `clear`, `range` and `next`.
//! - With [`PrintOptions::spans`], each instruction line ends in `@start..end`, its source span.
//!
//! The printer never panics: a malformed function (an id out of range, a φ with too many edges)
//! prints with `?` where something is missing, because the verifier prints what it rejects.

use crate::TypeInfo;
use crate::dom::DomTree;
use crate::ir::{
    BlockId, CallCommon, Callee, ConstValue, Function, InstrId, InstrKind, Instruction, SelectDir,
    ValueDef, ValueId, is_iterator_type,
};
use mapscope_types::types::TypeId;
use std::fmt::Write;

/// go/ssa's "punchcard": types are right-aligned at this column.
const LINE_WIDTH: usize = 80;
/// The width a tab counts for when aligning, as in go/ssa.
const TAB_WIDTH: usize = 8;

/// What to print beyond the default form.
#[derive(Clone, Copy, Debug, Default)]
pub struct PrintOptions {
    /// End each instruction line with its source span.
    pub spans: bool,
}

/// The function in the text form described in the module documentation.
pub fn print_function(func: &Function, types: &dyn TypeInfo) -> String {
    print_function_with(func, types, PrintOptions::default())
}

/// The function in the text form, with `options`.
pub fn print_function_with(func: &Function, types: &dyn TypeInfo, options: PrintOptions) -> String {
    let printer = Printer { func, types };
    let mut out = String::new();
    printer.write_function(&mut out, options);
    out
}

struct Printer<'a> {
    func: &'a Function,
    types: &'a dyn TypeInfo,
}

impl Printer<'_> {
    fn write_function(&self, out: &mut String, options: PrintOptions) {
        let func = self.func;
        let _ = writeln!(out, "# Name: {}", func.name);
        if let Some(recover) = func.recover {
            let _ = writeln!(out, "# Recover: {recover}");
        }
        if !func.free_vars.is_empty() {
            out.push_str("# Free variables:\n");
            for (index, &v) in func.free_vars.iter().enumerate() {
                let _ = writeln!(out, "#   {index}: {} {}", self.value_name(v), self.value_type(v));
            }
        }
        let params: Vec<String> = func
            .params
            .iter()
            .map(|&p| format!("{} {}", self.value_name(p), self.value_type(p)))
            .collect();
        let results: Vec<String> = func.result_types.iter().map(|&t| self.type_string(t)).collect();
        let results = match results.as_slice() {
            [] => String::new(),
            [single] => format!(" {single}"),
            several => format!(" ({})", several.join(", ")),
        };
        let _ = writeln!(out, "func {}({}){results}:", func.name, params.join(", "));

        let dom = DomTree::new(func);
        for (index, block) in func.blocks.iter().enumerate() {
            let id = BlockId::from_index(index);
            let label = format!("{index}: {}", block.comment);
            let mut counts = format!("P:{} S:{}", block.preds.len(), block.succs.len());
            if let Some(idom) = dom.idom(id) {
                let _ = write!(counts, " idom:{idom}");
            }
            let padding = (LINE_WIDTH - 1).saturating_sub(label.len() + counts.len()).max(1);
            let _ = writeln!(out, "{label}{:padding$}{counts}", "");
            for &instr in &block.instrs {
                self.write_instr_line(out, id, instr, options);
            }
        }
    }

    fn write_instr_line(
        &self,
        out: &mut String,
        block: BlockId,
        instr: InstrId,
        options: PrintOptions,
    ) {
        out.push('\t');
        let Some(data) = self.func.instrs.get(instr.index()) else {
            let _ = writeln!(out, "?instruction {}", instr.0);
            return;
        };
        let mut line = String::new();
        let results: Vec<ValueId> = self.func.existing_results(data).collect();
        if !results.is_empty() {
            let names: Vec<String> = results.iter().map(|&r| self.value_name(r)).collect();
            let _ = write!(line, "{} = ", names.join(", "));
        }
        self.write_kind(&mut line, block, data);
        out.push_str(&line);
        if !results.is_empty() {
            let types: Vec<String> = results.iter().map(|&r| self.value_type(r)).collect();
            let types =
                if types.len() == 1 { types.concat() } else { format!("({})", types.join(", ")) };
            let used = TAB_WIDTH + line.chars().count() + 1;
            let padding = LINE_WIDTH.saturating_sub(used + types.chars().count()).max(1);
            let _ = write!(out, "{:padding$}{types}", "");
        }
        if options.spans {
            let _ = write!(out, " @{}..{}", data.span.start, data.span.end);
        }
        out.push('\n');
    }

    fn write_kind(&self, out: &mut String, block: BlockId, instr: &Instruction) {
        let kind = &instr.kind;
        let n = |v: &ValueId| self.value_name(*v);
        let _ = match kind {
            InstrKind::MakeMap { reserve, escapes } => {
                let ty = self.result_type_of(instr);
                let verdict = match escapes {
                    Some(true) => " (escapes)",
                    Some(false) => " (does not escape)",
                    None => "",
                };
                match reserve {
                    Some(hint) => write!(out, "make {ty} {}{verdict}", n(hint)),
                    None => write!(out, "make {ty}{verdict}"),
                }
            }
            InstrKind::MapLookup { map, key, comma_ok } => {
                write!(out, "lookup {}[{}]{}", n(map), n(key), comma_ok_suffix(*comma_ok))
            }
            InstrKind::MapUpdate { map, key, value } => {
                write!(out, "update {}[{}] = {}", n(map), n(key), n(value))
            }
            InstrKind::MapDelete { map, key } => write!(out, "delete {}[{}]", n(map), n(key)),
            InstrKind::MapClear { map } => write!(out, "clear {}", n(map)),
            InstrKind::MapRange { map: x } | InstrKind::StringRange { string: x } => {
                write!(out, "range {}", n(x))
            }
            InstrKind::MapNext { iter } | InstrKind::StringNext { iter } => {
                write!(out, "next {}", n(iter))
            }
            InstrKind::Alloc { heap, name } => {
                let elem = self.result_type_of(instr);
                write!(out, "{} {elem} ({name})", if *heap { "new" } else { "local" })
            }
            InstrKind::Load { addr } => write!(out, "*{}", n(addr)),
            InstrKind::Store { addr, value } => write!(out, "*{} = {}", n(addr), n(value)),
            InstrKind::FieldAddr { base, field } => write!(out, "&{}.#{field}", n(base)),
            InstrKind::Field { base, field } => write!(out, "{}.#{field}", n(base)),
            InstrKind::IndexAddr { base, index } => write!(out, "&{}[{}]", n(base), n(index)),
            InstrKind::Index { base, index } => write!(out, "{}[{}]", n(base), n(index)),
            InstrKind::Slice { base, low, high, max } => {
                let bound = |b: &Option<ValueId>| b.as_ref().map(n).unwrap_or_default();
                let _ = write!(out, "slice {}[{}:{}", n(base), bound(low), bound(high));
                if max.is_some() {
                    let _ = write!(out, ":{}", bound(max));
                }
                write!(out, "]")
            }
            InstrKind::MakeSlice { len, cap } => {
                write!(out, "make {} {} {}", self.result_type_of(instr), n(len), n(cap))
            }
            InstrKind::MakeChan { size } => {
                write!(out, "make {} {}", self.result_type_of(instr), n(size))
            }
            InstrKind::BinOp { op, x, y } => write!(out, "{} {} {}", n(x), op.token(), n(y)),
            InstrKind::UnOp { op, x } => write!(out, "{}{}", op.token(), n(x)),
            InstrKind::Convert { kind: conversion, x } => {
                let to = self.result_type_of(instr);
                write!(out, "{} {to} <- {} ({})", conversion.keyword(), self.value_type(*x), n(x))
            }
            InstrKind::MakeInterface { x } => {
                let to = self.result_type_of(instr);
                write!(out, "make {to} <- {} ({})", self.value_type(*x), n(x))
            }
            InstrKind::TypeAssert { x, asserted, comma_ok } => {
                let asserted = self.type_string(*asserted);
                write!(out, "typeassert{} {}.({asserted})", comma_ok_suffix(*comma_ok), n(x))
            }
            InstrKind::MakeClosure { func, bindings } => {
                let bindings: Vec<String> = bindings.iter().map(n).collect();
                write!(out, "make closure {} [{}]", n(func), bindings.join(", "))
            }
            InstrKind::Call { call } => self.write_call(out, "", call),
            InstrKind::Go { call } => self.write_call(out, "go ", call),
            InstrKind::Defer { call } => self.write_call(out, "defer ", call),
            InstrKind::RunDefers => write!(out, "rundefers"),
            InstrKind::Send { chan, value } => write!(out, "send {} <- {}", n(chan), n(value)),
            InstrKind::Recv { chan, comma_ok } => {
                write!(out, "<-{}{}", n(chan), comma_ok_suffix(*comma_ok))
            }
            InstrKind::Select { states, blocking } => {
                let states: Vec<String> = states
                    .iter()
                    .map(|s| match (s.dir, &s.send) {
                        (SelectDir::Send, Some(value)) => format!("{}<-{}", n(&s.chan), n(value)),
                        (SelectDir::Send, None) => format!("{}<-?", n(&s.chan)),
                        (SelectDir::Recv, _) => format!("<-{}", n(&s.chan)),
                    })
                    .collect();
                let non = if *blocking { "" } else { "non" };
                write!(out, "select {non}blocking [{}]", states.join(", "))
            }
            InstrKind::Phi { edges, comment } => {
                let preds = self.func.blocks.get(block.index()).map_or(&[][..], |b| &b.preds[..]);
                let edges: Vec<String> = edges
                    .iter()
                    .enumerate()
                    .map(|(i, edge)| match preds.get(i) {
                        Some(pred) => format!("{pred}: {}", n(edge)),
                        None => format!("?: {}", n(edge)),
                    })
                    .collect();
                let _ = write!(out, "phi [{}]", edges.join(", "));
                if comment.is_empty() { Ok(()) } else { write!(out, " #{comment}") }
            }
            InstrKind::If { cond } => {
                let (if_true, if_false) = (self.succ(block, 0), self.succ(block, 1));
                write!(out, "if {} goto {if_true} else {if_false}", n(cond))
            }
            InstrKind::Jump => write!(out, "jump {}", self.succ(block, 0)),
            InstrKind::Return { results } => {
                let results: Vec<String> = results.iter().map(n).collect();
                if results.is_empty() {
                    write!(out, "return")
                } else {
                    write!(out, "return {}", results.join(", "))
                }
            }
            InstrKind::Panic { value } => write!(out, "panic {}", n(value)),
        };
    }

    fn write_call(&self, out: &mut String, prefix: &str, call: &CallCommon) -> std::fmt::Result {
        out.push_str(prefix);
        match &call.callee {
            Callee::Static(f) | Callee::Dynamic(f) => out.push_str(&self.value_name(*f)),
            Callee::Invoke { receiver, method } => {
                let _ = write!(out, "invoke {}.{method}", self.value_name(*receiver));
            }
            Callee::Builtin(builtin) => out.push_str(builtin.name()),
        }
        let args: Vec<String> = call.args.iter().map(|&a| self.value_name(a)).collect();
        write!(out, "({})", args.join(", "))
    }

    /// The type an instruction's kind text names: for `make` the result's type, for `local` and
    /// `new` the allocated variable's (the result's element) type.
    fn result_type_of(&self, instr: &Instruction) -> String {
        let Some(result) = instr.results().next().and_then(|r| self.func.values.get(r.index()))
        else {
            return "?".to_string();
        };
        match instr.kind {
            InstrKind::Alloc { .. } => self
                .types
                .pointer_elem(result.ty)
                .map_or_else(|| "?".to_string(), |e| self.type_string(e)),
            _ => self.type_string(result.ty),
        }
    }

    fn succ(&self, block: BlockId, index: usize) -> String {
        self.func
            .blocks
            .get(block.index())
            .and_then(|b| b.succs.get(index))
            .map_or_else(|| "?".to_string(), |s| s.to_string())
    }

    fn type_string(&self, ty: TypeId) -> String {
        if is_iterator_type(ty) { "iter".to_string() } else { self.types.type_string(ty) }
    }

    fn value_type(&self, value: ValueId) -> String {
        self.func
            .values
            .get(value.index())
            .map_or_else(|| "?".to_string(), |v| self.type_string(v.ty))
    }

    /// How an operand or result is spelled: see the module documentation.
    fn value_name(&self, value: ValueId) -> String {
        let Some(data) = self.func.values.get(value.index()) else {
            return format!("?{value}");
        };
        match &data.def {
            ValueDef::Result { .. } => value.to_string(),
            ValueDef::Param { name, .. }
            | ValueDef::FreeVar { name, .. }
            | ValueDef::Function { name }
            | ValueDef::Global { name } => name.to_string(),
            ValueDef::Const(constant) => {
                let ty = self.type_string(data.ty);
                match constant {
                    ConstValue::Bool(b) => format!("{b}:{ty}"),
                    ConstValue::Int(i) => format!("{i}:{ty}"),
                    ConstValue::Float { bits } => format!("{}:{ty}", f64::from_bits(*bits)),
                    ConstValue::String(s) => format!("{s:?}:{ty}"),
                    ConstValue::Nil => format!("nil:{ty}"),
                    ConstValue::Zero => format!("zero:{ty}"),
                }
            }
        }
    }
}

fn comma_ok_suffix(comma_ok: bool) -> &'static str {
    if comma_ok { ",ok" } else { "" }
}

#[cfg(test)]
mod tests;
