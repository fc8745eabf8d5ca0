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
    let mut state = State::new(graph);
    let mut todo: VecDeque<LocId> = VecDeque::with_capacity(graph.locs.len());
    let can_outlive = CanOutlive::new(graph);
    for index in (0..graph.locs.len()).rev() {
        let id = LocId(index as u32);
        // A location nothing flows into reaches no one: walking from it finds nothing; nor
        // does a walk from a root that can outlive nothing (it may start escaping later, and
        // is walked then).
        if state.has_no_edges(index) || !can_outlive.may(graph, id) {
            continue;
        }
        state.nodes[index].queued_all = true;
        todo.push_back(id);
    }
    let mut walkgen = 0u32;
    let mut queue = VecDeque::new();
    while let Some(root) = todo.pop_front() {
        state.nodes[root.index()].queued_all = false;
        walkgen += 1;
        walk_one(graph, &mut state, root, walkgen, &mut todo, &mut queue);
    }
    for (loc, node) in graph.locs.iter_mut().zip(&state.nodes) {
        loc.escapes = node.escapes;
        loc.mutates = node.mutates;
    }
}

/// What the walks read and write of each location, packed together, and the edges in one
/// array: a walk visits the same locations again and again, and the graph's locations are
/// large and their edges scattered.
struct State {
    nodes: Vec<Node>,
    /// Every location's edges in order, `(source, derefs)`; a location's are
    /// `edges[node.edges.0..node.edges.1]`, in the order of its `Location::edges`.
    edges: Vec<(LocId, i32)>,
}

struct Node {
    /// The walk that last reached it, with the fewest dereferences it found and the edge it
    /// came by (the location the edge goes into, and the edge's number there).
    walkgen: u32,
    derefs: i32,
    dst: Option<(LocId, u32)>,
    queued_one: u32,
    queued_all: bool,
    edges: (u32, u32),
    func: u32,
    frame: u32,
    loop_depth: u32,
    escapes: bool,
    mutates: bool,
    is_param: bool,
    is_result: bool,
}

impl State {
    fn new(graph: &Graph<'_>) -> Self {
        let mut edges = Vec::with_capacity(graph.locs.iter().map(|l| l.edges.len()).sum());
        let nodes = graph
            .locs
            .iter()
            .map(|loc| {
                let first = edges.len() as u32;
                edges.extend(loc.edges.iter().map(|e| (e.src, e.derefs)));
                Node {
                    walkgen: 0,
                    derefs: 0,
                    dst: None,
                    queued_one: 0,
                    queued_all: false,
                    edges: (first, edges.len() as u32),
                    func: loc.func,
                    frame: graph.frame(loc.func),
                    loop_depth: loc.loop_depth,
                    escapes: loc.escapes,
                    mutates: loc.mutates,
                    is_param: loc.param.is_some(),
                    is_result: matches!(loc.kind, LocKind::Result { .. }),
                }
            })
            .collect();
        State { nodes, edges }
    }

    fn has_no_edges(&self, index: usize) -> bool {
        let (first, end) = self.nodes[index].edges;
        first == end
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

fn enqueue(state: &mut State, todo: &mut VecDeque<LocId>, loc: LocId) {
    if state.nodes[loc.index()].queued_all || state.has_no_edges(loc.index()) {
        return;
    }
    let l = &mut state.nodes[loc.index()];
    l.queued_all = true;
    if l.escapes {
        // Escaping locations first: their escape spreads faster.
        todo.push_front(loc);
    } else {
        todo.push_back(loc);
    }
}

/// Bellman-Ford from `root` over the edges backwards: derefs are bounded below by zero once an
/// address has been taken, so there are no negative cycles. `queue` is the walk's own, empty
/// between walks.
fn walk_one(
    graph: &mut Graph<'_>,
    state: &mut State,
    root: LocId,
    walkgen: u32,
    all: &mut VecDeque<LocId>,
    queue: &mut VecDeque<LocId>,
) {
    {
        let r = &mut state.nodes[root.index()];
        r.walkgen = walkgen;
        r.derefs = 0;
        r.dst = None;
    }
    queue.push_back(root);
    while let Some(l) = queue.pop_front() {
        state.nodes[l.index()].queued_one = 0;
        let mut derefs = state.nodes[l.index()].derefs;
        let mut newly_escapes = false;
        if derefs < 0 {
            // l's address reaches root; what flows into l does not, only its value.
            derefs = 0;
            if outlives(graph, state, root, l) && !state.nodes[l.index()].escapes {
                newly_escapes = true;
            }
        }
        if state.nodes[l.index()].is_param && outlives(graph, state, root, l) {
            leak_to(graph, state, l, root, derefs as u32);
        }
        // What is written through at no dereference is mutated, and so is what escapes.
        let root_mutates = state.nodes[root.index()].mutates;
        if root_mutates && state.nodes[l.index()].is_param {
            graph.locs[l.index()].leaks.add_mutator(derefs as u32);
        }
        let newly_mutates =
            (newly_escapes || (derefs == 0 && root_mutates)) && !state.nodes[l.index()].mutates;
        if newly_mutates {
            state.nodes[l.index()].mutates = true;
            if !newly_escapes {
                enqueue(state, all, l);
            }
        }
        if newly_escapes {
            graph.locs[l.index()].explanation = explain(graph, state, root, l);
            state.nodes[l.index()].escapes = true;
            enqueue(state, all, l);
            continue;
        }
        if state.nodes[l.index()].escapes && l != root {
            continue;
        }
        let (first, end) = state.nodes[l.index()].edges;
        for at in first..end {
            let (src, edge_derefs) = state.edges[at as usize];
            let s = &mut state.nodes[src.index()];
            if s.escapes {
                continue;
            }
            let d = derefs + edge_derefs;
            if s.walkgen != walkgen || s.derefs > d {
                s.walkgen = walkgen;
                s.derefs = d;
                s.dst = Some((l, at - first));
                if s.queued_one != walkgen {
                    s.queued_one = walkgen;
                    queue.push_back(src);
                }
            }
        }
    }
}

/// Whether `root` may live longer than `other`, so that `other`'s address reaching it forces
/// `other` onto the heap (gc's `outlives`).
fn outlives(graph: &Graph<'_>, state: &State, root: LocId, other: LocId) -> bool {
    let r = &state.nodes[root.index()];
    let o = &state.nodes[other.index()];
    if r.escapes {
        return true;
    }
    if r.is_result {
        // A closure's result stays in the enclosing function that calls it directly.
        return !graph.contains_closure(o.func, r.func);
    }
    if r.frame == o.frame && r.loop_depth < o.loop_depth {
        return true;
    }
    graph.contains_closure(r.func, o.func)
}

/// Parameter `param` reaches `sink` with `derefs`: a leak to one of its own function's results,
/// or else to the heap (gc's `leakTo`).
fn leak_to(graph: &mut Graph<'_>, state: &State, param: LocId, sink: LocId, derefs: u32) {
    let own_result = match graph.loc(sink).kind {
        LocKind::Result { func, index }
            if !state.nodes[sink.index()].escapes && func == graph.loc(param).func =>
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
fn explain(graph: &Graph<'_>, state: &State, root: LocId, src: LocId) -> Vec<(LocId, Edge)> {
    let mut chain = Vec::new();
    let mut at = src;
    let mut seen = rustc_hash::FxHashSet::default();
    while at != root && seen.insert(at) {
        let Some((dst, index)) = state.nodes[at.index()].dst else { break };
        chain.push((dst, graph.loc(dst).edges[index as usize]));
        at = dst;
    }
    chain
}
