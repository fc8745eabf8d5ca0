//! Solving a batch's graph: from every location, the fewest dereferences with which each other
//! location's value reaches it, and what follows (follows gc's `escape/solve.go`).
//!
//! A location whose address reaches a root that outlives it escapes, and then is walked again as
//! a root, since everything flowing into it now reaches the heap. A parameter that reaches the
//! heap or one of its function's results records a leak, which becomes the function's tag.

use crate::graph::{Edge, Graph, LocId, LocKind};
use std::collections::VecDeque;

/// Walks from every location until nothing changes; each location starts escaping at most once,
/// so this takes Θ(locations) walks, as gc's does.
pub fn solve(graph: &mut Graph<'_>) {
    let mut todo: VecDeque<LocId> = VecDeque::with_capacity(graph.locs.len());
    let can_outlive = CanOutlive::new(graph);
    for index in (0..graph.locs.len()).rev() {
        let id = LocId(index as u32);
        // A location nothing flows into reaches no one: walking from it finds nothing; nor
        // does a walk from a root that can outlive nothing (it may start escaping later, and
        // is walked then).
        if graph.locs[index].edges.is_empty() || !can_outlive.may(graph, id) {
            continue;
        }
        graph.locs[index].walk.queued_all = true;
        todo.push_back(id);
    }
    let mut walkgen = 0u32;
    while let Some(root) = todo.pop_front() {
        graph.locs[root.index()].walk.queued_all = false;
        walkgen += 1;
        walk_one(graph, root, walkgen, &mut todo);
    }
}

/// Which roots a walk can learn something from: the heap, escaping locations and results,
/// which outlive everything, and locations shallower than some location of their function or
/// enclosing a closure of the batch; walks from other roots change nothing.
struct CanOutlive {
    deepest: Vec<u32>,
    encloses: Vec<bool>,
}

impl CanOutlive {
    fn new(graph: &Graph<'_>) -> Self {
        let n = graph.functions.len();
        let mut deepest = vec![0; n];
        for loc in &graph.locs {
            if let Some(d) = deepest.get_mut(graph.frame(loc.func) as usize) {
                *d = (*d).max(loc.loop_depth);
            }
        }
        // A frame encloses a closure when it is one of the closure's ancestors.
        let mut encloses = vec![false; n];
        for g in 0..n as u32 {
            let mut at = graph.functions[graph.frame(g) as usize].parent;
            while let Some(p) = at {
                if std::mem::replace(&mut encloses[p as usize], true) {
                    break;
                }
                at = graph.functions[p as usize].parent;
            }
        }
        CanOutlive { deepest, encloses }
    }

    fn may(&self, graph: &Graph<'_>, root: LocId) -> bool {
        let r = graph.loc(root);
        if r.escapes || r.mutates || matches!(r.kind, LocKind::Heap | LocKind::Result { .. }) {
            return true;
        }
        let f = graph.frame(r.func) as usize;
        self.encloses.get(f).copied().unwrap_or(true)
            || r.loop_depth < self.deepest.get(f).copied().unwrap_or(u32::MAX)
    }
}

fn enqueue(graph: &mut Graph<'_>, todo: &mut VecDeque<LocId>, loc: LocId) {
    let l = &mut graph.locs[loc.index()];
    if l.walk.queued_all || l.edges.is_empty() {
        return;
    }
    l.walk.queued_all = true;
    if l.escapes {
        // Escaping locations first: their escape spreads faster.
        todo.push_front(loc);
    } else {
        todo.push_back(loc);
    }
}

/// Bellman-Ford from `root` over the edges backwards: derefs are bounded below by zero once an
/// address has been taken, so there are no negative cycles.
fn walk_one(graph: &mut Graph<'_>, root: LocId, walkgen: u32, all: &mut VecDeque<LocId>) {
    {
        let r = &mut graph.locs[root.index()].walk;
        r.walkgen = walkgen;
        r.derefs = 0;
        r.dst = None;
    }
    let mut todo = VecDeque::from([root]);
    while let Some(l) = todo.pop_front() {
        graph.locs[l.index()].walk.queued_one = 0;
        let mut derefs = graph.locs[l.index()].walk.derefs;
        let mut newly_escapes = false;
        if derefs < 0 {
            // l's address reaches root; what flows into l does not, only its value.
            derefs = 0;
            if outlives(graph, root, l) && !graph.locs[l.index()].escapes {
                newly_escapes = true;
            }
        }
        if graph.locs[l.index()].param.is_some() && outlives(graph, root, l) {
            leak_to(graph, l, root, derefs as u32);
        }
        // What is written through at no dereference is mutated, and so is what escapes.
        let root_mutates = graph.locs[root.index()].mutates;
        if root_mutates && graph.locs[l.index()].param.is_some() {
            graph.locs[l.index()].leaks.add_mutator(derefs as u32);
        }
        let newly_mutates =
            (newly_escapes || (derefs == 0 && root_mutates)) && !graph.locs[l.index()].mutates;
        if newly_mutates {
            graph.locs[l.index()].mutates = true;
            if !newly_escapes {
                enqueue(graph, all, l);
            }
        }
        if newly_escapes {
            let explanation = explain(graph, root, l);
            let loc = &mut graph.locs[l.index()];
            loc.escapes = true;
            loc.explanation = explanation;
            enqueue(graph, all, l);
            continue;
        }
        if graph.locs[l.index()].escapes && l != root {
            continue;
        }
        for index in 0..graph.locs[l.index()].edges.len() {
            let Edge { src, derefs: edge_derefs, .. } = graph.locs[l.index()].edges[index];
            if graph.locs[src.index()].escapes {
                continue;
            }
            let d = derefs + edge_derefs;
            let s = &mut graph.locs[src.index()].walk;
            if s.walkgen != walkgen || s.derefs > d {
                s.walkgen = walkgen;
                s.derefs = d;
                s.dst = Some((l, index as u32));
                if s.queued_one != walkgen {
                    s.queued_one = walkgen;
                    todo.push_back(src);
                }
            }
        }
    }
}

/// Whether `root` may live longer than `other`, so that `other`'s address reaching it forces
/// `other` onto the heap (gc's `outlives`).
pub fn outlives(graph: &Graph<'_>, root: LocId, other: LocId) -> bool {
    let r = graph.loc(root);
    let o = graph.loc(other);
    if r.escapes {
        return true;
    }
    if let LocKind::Result { .. } = r.kind {
        // A closure's result stays in the enclosing function that calls it directly.
        return !graph.contains_closure(o.func, r.func);
    }
    if graph.frame(r.func) == graph.frame(o.func) && r.loop_depth < o.loop_depth {
        return true;
    }
    graph.contains_closure(r.func, o.func)
}

/// Parameter `param` reaches `sink` with `derefs`: a leak to one of its own function's results,
/// or else to the heap (gc's `leakTo`).
fn leak_to(graph: &mut Graph<'_>, param: LocId, sink: LocId, derefs: u32) {
    let own_result = match graph.loc(sink).kind {
        LocKind::Result { func, index }
            if !graph.loc(sink).escapes && func == graph.loc(param).func =>
        {
            Some(index as usize)
        }
        _ => None,
    };
    let leaks = &mut graph.locs[param.index()].leaks;
    match own_result {
        Some(index) => leaks.add_result(index, derefs),
        None => leaks.add_heap(derefs),
    }
}

/// The chain of edges from `src` to `root` that the current walk found.
fn explain(graph: &Graph<'_>, root: LocId, src: LocId) -> Vec<(LocId, Edge)> {
    let mut chain = Vec::new();
    let mut at = src;
    let mut seen = rustc_hash::FxHashSet::default();
    while at != root && seen.insert(at) {
        let Some((dst, index)) = graph.loc(at).walk.dst else { break };
        chain.push((dst, graph.loc(dst).edges[index as usize]));
        at = dst;
    }
    chain
}
