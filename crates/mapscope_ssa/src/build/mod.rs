//! Lowering of a checked package's typed AST to the IR (follows go/ssa's `builder.go` and
//! `create.go`): which functions a package has, what go/ssa names them, and the package
//! initializer.
//!
//! [`build_unit`] builds one [`Function`] per function and method declaration with a body, per
//! function literal (named `parent$N` in the order go/ssa creates them), per range-over-func loop
//! body (go/ssa's synthetic yield function, numbered like a literal) and the synthetic package
//! initializer `init`, which runs the package-level variable initializers; declared `init`
//! functions are `init#1`, `init#2`, ... as in go/ssa. A generic function is built once, over its
//! type parameters.
//!
//! The lowering itself is split by concern: `func.rs` (locals, parameters, closures and free
//! variables), `stmt.rs` (statements and control flow), `expr.rs` (expressions, calls, builtins and
//! conversions), `maps.rs` (map operations, map literals and ranges over every kind of operand)
//! and `rangefunc.rs` (a range over a function: its body, and the ways out of it).

mod expr;
mod func;
mod maps;
mod rangefunc;
mod stmt;
#[cfg(test)]
mod tests;

use crate::ProgramTypeInfo;
use crate::ir::Function;
use mapscope_syntax::Span;
use mapscope_syntax::ast::{Decl, File};
use mapscope_types::Program;
use mapscope_types::check::initorder::Initializer;
use mapscope_types::check::{FileInfo, Record};
use mapscope_types::types::{ObjId, Type, TypeView};
use rustc_hash::{FxHashMap, FxHashSet};

pub(crate) use func::FnLower;

/// The values of an expression with several results (a call, a comma-ok form): most have one
/// or two, which stay inline.
pub(crate) type Values = smallvec::SmallVec<[crate::ir::ValueId; 2]>;

/// One file of the unit being built, with what the checker recorded for it.
pub(crate) struct FileCx<'a> {
    pub id: mapscope_types::load::FileId,
    pub file: &'a File,
    pub info: &'a FileInfo,
    pub records: &'a [Record],
    /// go/types' `Defs`: the objects declared at each offset (a type switch's symbolic variable
    /// declares one object per clause, all at its own offset).
    pub defs: Defs,
}

/// The objects a file declares, by offset: one sorted list rather than a list per offset.
#[derive(Default)]
pub(crate) struct Defs(Vec<(u32, ObjId)>);

impl Defs {
    /// The objects declared at `offset`, in arena order.
    pub fn get(&self, offset: &u32) -> Option<impl DoubleEndedIterator<Item = ObjId> + Clone + '_> {
        let start = self.0.partition_point(|&(o, _)| o < *offset);
        let end = start + self.0[start..].partition_point(|&(o, _)| o == *offset);
        (start < end).then(|| self.0[start..end].iter().map(|&(_, obj)| obj))
    }
}

/// What the lowering builds beyond its defaults.
#[derive(Clone, Copy, Debug, Default)]
pub struct BuildOptions {
    /// Give each function that defers calls go/ssa's Recover block
    /// ([`Function::recover`](crate::Function::recover)), with its named results in memory
    /// (`Alloc`) so that the block can return what they hold. Off by default: the analyses read
    /// every `return` of a function as one it may take, and the Recover block's would add the
    /// named results, or a zero value, to what each such function returns.
    pub recover_blocks: bool,
}

/// What every function of one unit shares while it is built.
pub(crate) struct Ctx<'a> {
    pub program: &'a Program,
    pub options: BuildOptions,
    pub types: &'a ProgramTypeInfo<'a>,
    pub pkg_path: &'a str,
    pub files: Vec<FileCx<'a>>,
    pub cur: usize,
    /// Locals that live in memory (an `Alloc`): captured by a closure, address taken, or of struct
    /// or array type, as go/ssa leaves them after lifting.
    pub boxed: FxHashSet<ObjId>,
    /// The span starts of the functions being built that defer calls (a `defer` in their body or
    /// in a range-over-func body in it, not in a nested function literal): each of their returns
    /// runs the deferred calls. Also the starts of the range-over-func statements whose bodies
    /// hold such a `defer`.
    pub deferring: FxHashSet<u32>,
    /// The span starts of the functions being built that a `return` in a range-over-func body in
    /// them returns from: their results live in memory, shared with the bodies.
    pub yield_returns: FxHashSet<u32>,
    /// The stack of [`func::boxed_locals`]' walk, kept from one declaration to the next.
    pub scan_work: Vec<func::Scan>,
    /// The arenas of finished builders, for the next ones (a stack: a function literal is built
    /// while its enclosing function's builder is alive).
    pub memory: Vec<crate::builder::BuilderMemory>,
    /// The emptied maps of locals of finished functions, for the next ones (a stack, as `memory`):
    /// a map grown afresh for every function rehashes at each doubling.
    pub local_maps: Vec<FxHashMap<ObjId, func::Local>>,
    /// The span of the declaration whose functions are being built: locals are declared inside it.
    pub outer: Span,
    pub out: Vec<Function>,
    /// go/ssa's names of the functions and methods referred to so far (spelling a method's
    /// receiver type is not cheap).
    pub func_names: FxHashMap<ObjId, std::rc::Rc<str>>,
}

impl<'a> Ctx<'a> {
    pub fn f(&self) -> &'a File {
        self.files[self.cur].file
    }
    pub fn fcx(&self) -> &FileCx<'a> {
        &self.files[self.cur]
    }
    /// Takes what [`func::boxed_locals`] found in the declaration about to be built.
    pub fn set_scan(&mut self, scan: func::Scanned) {
        self.boxed = scan.boxed;
        self.deferring = scan.deferring;
        self.yield_returns = scan.yield_returns;
    }

    pub fn program_obj_kind(&self, o: ObjId) -> &'a mapscope_types::types::ObjKind {
        &self.program.obj(o).kind
    }
}

/// Builds every function of checked unit `unit` of `program` (its test variant included, as the
/// loader grouped it), in declaration order, the package initializer first. Functions that the
/// lowering could not make well formed still come out: the verifier reports them.
pub fn build_unit<'a>(
    program: &'a Program,
    unit: usize,
    types: &'a ProgramTypeInfo<'a>,
) -> Vec<Function> {
    build_unit_with(program, unit, types, BuildOptions::default())
}

/// [`build_unit`] with `options`.
pub fn build_unit_with<'a>(
    program: &'a Program,
    unit: usize,
    types: &'a ProgramTypeInfo<'a>,
    options: BuildOptions,
) -> Vec<Function> {
    let result = &program.units[unit];
    let arena = unit as u32 + 1;
    let mut files = Vec::new();
    // The unit's file index of each built file (a file without records is not built).
    let mut file_index: FxHashMap<usize, usize> = FxHashMap::default();
    // The objects declared in each file, found in one pass over the arena (a pass per file
    // would cost files × objects on the largest packages).
    let mut defs_of: FxHashMap<mapscope_types::load::FileId, Defs> = FxHashMap::default();
    for (idx, obj) in result.arena.objs.iter().enumerate() {
        if let Some(fid) = obj.file {
            defs_of.entry(fid).or_default().0.push((obj.pos, ObjId { arena, idx: idx as u32 }));
        }
    }
    for defs in defs_of.values_mut() {
        // Stable: the objects declared at one offset keep their arena order.
        defs.0.sort_by_key(|&(offset, _)| offset);
    }
    for (index, (fid, records)) in result.records.iter().enumerate() {
        let file = &program.loaded.files[fid.0 as usize].ast;
        let defs = defs_of.remove(fid).unwrap_or_default();
        let Some(info) = result.info.get(index) else { continue };
        file_index.insert(index, files.len());
        files.push(FileCx { id: *fid, file, info, records, defs });
    }
    let mut cx = Ctx {
        program,
        options,
        types,
        pkg_path: &result.path,
        files,
        cur: 0,
        boxed: FxHashSet::default(),
        deferring: FxHashSet::default(),
        yield_returns: FxHashSet::default(),
        scan_work: Vec::new(),
        memory: Vec::new(),
        local_maps: Vec::new(),
        outer: Span::default(),
        out: Vec::new(),
        func_names: FxHashMap::default(),
    };
    // About one function per declaration (function literals add more): the list is not regrown
    // and copied for every few functions of a large unit.
    cx.out.reserve(cx.files.iter().map(|f| f.file.decls.len()).sum::<usize>() + 1);
    let inits: Vec<Initializer> = result
        .init_order
        .iter()
        .filter_map(|i| Some(Initializer { file: *file_index.get(&i.file)?, ..*i }))
        .collect();
    build_init(&mut cx, &inits);
    let mut init_count = 0;
    // A function or method declared twice (go/types' "redeclared in this block", which it
    // reports) would give two functions one name; the first declaration is the one in scope.
    let mut built: FxHashSet<String> = FxHashSet::default();
    for fi in 0..cx.files.len() {
        cx.cur = fi;
        let file = cx.f();
        for &d in &file.decls {
            let Decl::Func(fd) = &file[d] else { continue };
            let Some(body) = fd.body else { continue };
            let name_text = file.name(fd.name.name);
            let name = if fd.recv.is_none() && name_text == "init" {
                init_count += 1;
                format!("{}.init#{init_count}", cx.pkg_path)
            } else if fd.recv.is_some() {
                let recv = method_receiver_string(&cx, fd.name.span.start);
                format!("({recv}).{name_text}")
            } else {
                format!("{}.{name_text}", cx.pkg_path)
            };
            if name_text == "_" || !built.insert(name.clone()) {
                continue;
            }
            cx.outer = fd.span;
            let mut work = std::mem::take(&mut cx.scan_work);
            let scan = func::boxed_locals(&cx, mapscope_syntax::visit::NodeRef::Decl(d), &mut work);
            cx.scan_work = work;
            cx.set_scan(scan);
            let function = FnLower::build_decl(&mut cx, name, d, body);
            cx.out.push(function);
        }
    }
    cx.out
}

/// go/ssa's receiver spelling in `Function.String()`: `T`, `*T` or `*T[P]`, package-qualified.
fn method_receiver_string(cx: &Ctx<'_>, name_offset: u32) -> String {
    let Some(objs) = cx.fcx().defs.get(&name_offset) else { return "?".into() };
    for o in objs {
        let ty = cx.program.obj(o).ty;
        if let Type::Signature(sig) = cx.program.ty(ty) {
            if let Some(recv) = sig.recv {
                return cx.program.type_string(recv);
            }
        }
    }
    "?".into()
}

/// The synthetic package initializer: every package-level variable initializer, in go/types'
/// initialization order (source order unless a variable depends on a later one), as go/ssa.
fn build_init(cx: &mut Ctx<'_>, inits: &[Initializer]) {
    let name = format!("{}.init", cx.pkg_path);
    cx.outer = Span::default();
    cx.set_scan(func::Scanned::default());
    let function = FnLower::build_init(cx, name, inits);
    cx.out.insert(0, function);
}
