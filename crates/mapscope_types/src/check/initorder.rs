//! Package initialization order (follows go/types' `initorder.go`): the order in which a
//! package's variable initializers run, which go/ssa follows when it builds the package
//! initializer (so closures in initializers are numbered in that order).
//!
//! go/types records, while checking each package-level declaration, the package-level objects it
//! refers to (`addDeclDep`: identifiers, method values and method expressions). Those uses are
//! all in [`FileInfo`], so the dependency graph is derived here after checking instead of during
//! it: a declaration's dependencies are the package-level constants, variables and functions used
//! inside its initializer (a variable or constant) or its whole declaration (a function).
//! Functions are then removed from the graph, each variable depending on what it reaches through
//! functions, and the variables are emitted fewest-dependencies first, source order among equals.

use super::{Arena, FileInfo, Selection};
use crate::load::FileId;
use crate::types::{ObjId, ObjKind};
use mapscope_syntax::Span;
use mapscope_syntax::Token;
use mapscope_syntax::ast::{Decl, DeclId, File, Spec};
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::BTreeSet;

/// One initializer of go/types' `Info.InitOrder`: value spec `spec` of declaration `decl` in
/// file `file` (an index into the unit's files).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Initializer {
    pub file: usize,
    pub decl: DeclId,
    pub spec: usize,
    /// `Some(i)`: the spec has one value per name and this initializes name `i` with value `i`;
    /// `None`: one multi-valued expression initializes all the names.
    pub value: Option<usize>,
}

/// A package-level constant, variable or function: a node of the dependency graph.
struct Node {
    is_func: bool,
    /// The variable initializer it belongs to (several names may share one).
    init: Option<usize>,
    /// Where its dependencies are used: file and the spans of its type and initializer (or of
    /// the whole function declaration).
    file: usize,
    spans: Vec<Span>,
    /// The object's name and the offset of its declaring identifier, for cycle errors.
    name: mapscope_syntax::ast::Name,
    pos: u32,
}

/// An error of an initialization cycle (go/types' `reportCycle`): the file (an index into the
/// unit's files), the offset and the message; the further parts of one error start with a tab.
pub type CycleError = (usize, u32, String);

/// The initialization order of a checked unit whose files are `files` (with the checker's
/// records `info`, in the same order) and whose objects are in `arena` (arena number `arena_id`),
/// and the errors of the initialization cycles found on the way.
pub fn init_order(
    files: &[(FileId, &File)],
    info: &[FileInfo],
    arena: &Arena,
    arena_id: u32,
) -> (Vec<Initializer>, Vec<CycleError>) {
    // The package-level objects by their declaring identifier.
    let mut by_pos: FxHashMap<(FileId, u32), ObjId> = FxHashMap::default();
    for (idx, obj) in arena.objs.iter().enumerate() {
        if matches!(obj.kind, ObjKind::Const(_) | ObjKind::Var { field: false, .. } | ObjKind::Func)
        {
            if let Some(fid) = obj.file {
                by_pos.entry((fid, obj.pos)).or_insert(ObjId { arena: arena_id, idx: idx as u32 });
            }
        }
    }
    let mut nodes: Vec<Node> = Vec::new();
    let mut node_of: FxHashMap<ObjId, usize> = FxHashMap::default();
    let mut inits: Vec<Initializer> = Vec::new();
    // Nodes are created in declaration order, which is go/types' `order` tie-break.
    for (fi, &(fid, file)) in files.iter().enumerate() {
        for &d in &file.decls {
            match &file[d] {
                Decl::Func(fd) => {
                    let node = nodes.len();
                    nodes.push(Node {
                        is_func: true,
                        init: None,
                        file: fi,
                        spans: vec![fd.span],
                        name: fd.name.name,
                        pos: fd.name.span.start,
                    });
                    if let Some(&o) = by_pos.get(&(fid, fd.name.span.start)) {
                        node_of.insert(o, node);
                    }
                }
                Decl::Gen(g) if matches!(g.tok, Token::Var | Token::Const) => {
                    let is_var = g.tok == Token::Var;
                    // A constant spec without values repeats the previous spec's.
                    let mut inherited: (Option<mapscope_syntax::ast::ExprId>, Vec<_>) =
                        (None, Vec::new());
                    for (si, spec) in g.specs.iter().enumerate() {
                        let Spec::Value(vs) = spec else { continue };
                        if !is_var && !vs.values.is_empty() {
                            inherited = (vs.ty, vs.values.clone());
                        }
                        let (ty, values) = if is_var || !vs.values.is_empty() {
                            (vs.ty, vs.values.clone())
                        } else {
                            inherited.clone()
                        };
                        let one_to_one = values.len() == vs.names.len();
                        let shared = if is_var && !values.is_empty() && !one_to_one {
                            inits.push(Initializer { file: fi, decl: d, spec: si, value: None });
                            Some(inits.len() - 1)
                        } else {
                            None
                        };
                        for (ni, name) in vs.names.iter().enumerate() {
                            let mut spans: Vec<Span> = Vec::new();
                            // A constant's type names no constant go/types counts as a
                            // dependency (`const x x = 2` is no initialization cycle).
                            if let (Some(t), true) = (ty, is_var) {
                                spans.push(file[t].span);
                            }
                            if one_to_one {
                                spans.push(file[values[ni]].span);
                            } else {
                                spans.extend(values.iter().map(|&v| file[v].span));
                            }
                            let init = if is_var && one_to_one {
                                inits.push(Initializer {
                                    file: fi,
                                    decl: d,
                                    spec: si,
                                    value: Some(ni),
                                });
                                Some(inits.len() - 1)
                            } else {
                                shared
                            };
                            let node = nodes.len();
                            nodes.push(Node {
                                is_func: false,
                                init,
                                file: fi,
                                spans,
                                name: name.name,
                                pos: name.span.start,
                            });
                            if let Some(&o) = by_pos.get(&(fid, name.span.start)) {
                                node_of.insert(o, node);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
    // Each file's uses of package-level objects (identifiers and selected methods), by offset.
    let uses: Vec<Vec<(u32, usize)>> = info
        .iter()
        .map(|fi| {
            let mut v: Vec<(u32, usize)> = fi
                .uses
                .iter()
                .filter_map(|(&off, o)| node_of.get(o).map(|&n| (off, n)))
                .chain(fi.selections.iter().filter_map(|(&off, s)| match s {
                    Selection::Method { obj, .. } | Selection::MethodExpr { obj, .. } => {
                        node_of.get(obj).map(|&n| (off, n))
                    }
                    Selection::Field { .. } => None,
                }))
                .collect();
            v.sort_unstable();
            v
        })
        .collect();
    let deps: Vec<Vec<usize>> = nodes
        .iter()
        .map(|n| {
            let Some(file_uses) = uses.get(n.file) else { return Vec::new() };
            let mut d: Vec<usize> = Vec::new();
            for s in &n.spans {
                let lo = file_uses.partition_point(|&(off, _)| off < s.start);
                let hi = file_uses.partition_point(|&(off, _)| off < s.end);
                d.extend(file_uses[lo..hi].iter().map(|&(_, n)| n));
            }
            d.sort_unstable();
            d.dedup();
            d
        })
        .collect();
    // Functions removed: a constant or variable depends on every constant or variable it
    // reaches directly or through functions only (go/types' `dependencyGraph`).
    let mut succ: Vec<FxHashSet<usize>> = vec![FxHashSet::default(); nodes.len()];
    let mut pred: Vec<FxHashSet<usize>> = vec![FxHashSet::default(); nodes.len()];
    let mut seen: Vec<usize> = vec![usize::MAX; nodes.len()];
    for (n, node) in nodes.iter().enumerate() {
        if node.is_func {
            continue;
        }
        let mut stack: Vec<usize> = deps[n].clone();
        while let Some(m) = stack.pop() {
            if seen[m] == n {
                continue;
            }
            seen[m] = n;
            if nodes[m].is_func {
                stack.extend(deps[m].iter().copied());
            } else {
                succ[n].insert(m);
                pred[m].insert(n);
            }
        }
    }
    let mut ndeps: Vec<usize> = succ.iter().map(FxHashSet::len).collect();
    let mut queue: BTreeSet<(usize, usize)> =
        nodes.iter().enumerate().filter(|(_, n)| !n.is_func).map(|(i, _)| (ndeps[i], i)).collect();
    let mut emitted = vec![false; inits.len()];
    let mut order = Vec::new();
    let mut cycles = Vec::new();
    while let Some((left, n)) = queue.pop_first() {
        // A node that still depends on others when its turn comes is on a cycle.
        if left > 0 {
            let mut seen = vec![false; nodes.len()];
            if let Some(cycle) = find_path(&deps, n, n, &mut seen) {
                report_cycle(files, &nodes, &cycle, &mut cycles);
            }
        }
        for &p in &pred[n] {
            if queue.remove(&(ndeps[p], p)) {
                ndeps[p] = ndeps[p].saturating_sub(1);
                queue.insert((ndeps[p], p));
            }
        }
        if let Some(i) = nodes[n].init {
            if !emitted[i] {
                emitted[i] = true;
                order.push(inits[i]);
            }
        }
    }
    (order, cycles)
}

/// go/types' `findPath`: a path of dependencies from `from` to `to`, dependencies tried in
/// declaration order; the path comes back reversed and ends with the first step.
fn find_path(deps: &[Vec<usize>], from: usize, to: usize, seen: &mut [bool]) -> Option<Vec<usize>> {
    if std::mem::replace(&mut seen[from], true) {
        return None;
    }
    for &d in &deps[from] {
        if d == to {
            return Some(vec![d]);
        }
        if let Some(mut p) = find_path(deps, d, to, seen) {
            p.push(d);
            return Some(p);
        }
    }
    None
}

/// go/types' `reportCycle`: one error for a node that refers to itself, otherwise the cycle's
/// first node and then each step of the cycle, at the node that takes it.
fn report_cycle(
    files: &[(FileId, &File)],
    nodes: &[Node],
    cycle: &[usize],
    out: &mut Vec<CycleError>,
) {
    let name = |n: &Node| files[n.file].1.name(n.name).to_string();
    let first = &nodes[cycle[0]];
    if cycle.len() == 1 {
        let msg = format!("initialization cycle: {} refers to itself", name(first));
        out.push((first.file, first.pos, msg));
        return;
    }
    out.push((first.file, first.pos, format!("initialization cycle for {}", name(first))));
    let mut obj = first;
    for &next in cycle.iter().rev() {
        let next = &nodes[next];
        out.push((obj.file, obj.pos, format!("\t{} refers to {}", name(obj), name(next))));
        obj = next;
    }
}
