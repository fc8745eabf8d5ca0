//! Dominance: dominator and post-dominator trees and dominance frontiers (follows go/ssa's `dom.go`).
//!
//! Block `a` dominates block `b` when every path from the entry to `b` passes through `a`; `a`
//! post-dominates `b` when every path from `b` to the function's exit passes through `a`. The
//! trees are computed with the iterative algorithm of K. D. Cooper, T. J. Harvey and K. Kennedy,
//! "A Simple, Fast Dominance Algorithm" (2001): in reverse postorder, each block's immediate
//! dominator is the nearest common ancestor of its processed predecessors, until nothing changes.
//! On the reducible graphs Go code yields it converges in two or three passes and beats
//! Lengauer–Tarjan (1979, which go/ssa uses) at these sizes, with a fraction of the code.
//!
//! The dominator tree is then numbered in preorder and postorder, so that `dominates` is two
//! comparisons, as in go/ssa. Dominance frontiers come from the same paper: a join block is in the
//! frontier of every block on the tree path from each predecessor up to, not including, the join's
//! immediate dominator.
//!
//! Post-dominance is dominance on the reversed graph from a virtual exit block that every block
//! ending in `return` or `panic` leads to. A block that cannot reach the exit (it is inside an
//! endless loop) has no post-dominator and post-dominates nothing. Unreachable blocks are outside
//! the dominator tree in the same way; a finished function has none. The Recover block of a
//! function that defers calls, which no edge reaches, is a child of the entry in the dominator
//! tree, as though an edge led there from the entry; the post-dominator tree sees no such edge.
//!
//! Every function here tolerates malformed input, edges naming blocks that do not exist included
//! (such edges are ignored), because the verifier calls them on functions it is about to reject.

use crate::ir::{BlockId, Function};

/// Marks "no node" in the arrays below: no immediate dominator, not numbered.
const NONE: u32 = u32::MAX;

/// A control-flow graph over nodes `0..n` as successor and predecessor lists, each kept as one
/// flat array with an offset per node: a function's graph costs a handful of allocations rather
/// than two per block, which matters because every function's tree is built (the verifier, the
/// analyses).
#[derive(Clone, Debug, Default)]
pub(crate) struct Graph {
    succs: Adjacency,
    preds: Adjacency,
}

/// Lists of nodes, one per node: list `n` is `targets[start[n]..start[n + 1]]`.
#[derive(Clone, Debug, Default)]
struct Adjacency {
    start: Vec<u32>,
    targets: Vec<u32>,
}

impl Adjacency {
    /// The lists of `node_count` nodes holding, for each `(from, to)` of `edges` in order, `to` in
    /// the list of `from`; edges naming other nodes are left out. `edges` is walked twice.
    fn new(node_count: usize, edges: impl Iterator<Item = (u32, u32)> + Clone) -> Adjacency {
        let inside = move |&(from, to): &(u32, u32)| {
            (from as usize) < node_count && (to as usize) < node_count
        };
        // Counts first, then each list's end as a running sum.
        let mut start = vec![0u32; node_count + 1];
        for (from, _) in edges.clone().filter(inside) {
            start[from as usize + 1] += 1;
        }
        for index in 1..start.len() {
            start[index] += start[index - 1];
        }
        // Filling list `n` moves `start[n]` to where list `n + 1` starts; shifting the array by
        // one afterwards restores the starts without a second cursor array.
        let mut targets = vec![0u32; start[node_count] as usize];
        for (from, to) in edges.filter(inside) {
            let cursor = &mut start[from as usize];
            targets[*cursor as usize] = to;
            *cursor += 1;
        }
        start.rotate_right(1);
        start[0] = 0;
        Adjacency { start, targets }
    }

    fn of(&self, node: u32) -> &[u32] {
        match (self.start.get(node as usize), self.start.get(node as usize + 1)) {
            (Some(&from), Some(&to)) => &self.targets[from as usize..to as usize],
            _ => &[],
        }
    }

    fn len(&self) -> usize {
        self.start.len().saturating_sub(1)
    }
}

impl Graph {
    /// The graph of `edges` over `node_count` nodes; edges naming other nodes are left out.
    pub(crate) fn from_edges(
        node_count: usize,
        edges: impl Iterator<Item = (u32, u32)> + Clone,
    ) -> Graph {
        Graph {
            succs: Adjacency::new(node_count, edges.clone()),
            preds: Adjacency::new(node_count, edges.map(|(from, to)| (to, from))),
        }
    }

    /// The graph of a function's successor lists.
    pub(crate) fn of_function(func: &Function) -> Graph {
        let edges = func
            .blocks
            .iter()
            .enumerate()
            .flat_map(|(from, block)| block.succs.iter().map(move |to| (from as u32, to.0)));
        Graph::from_edges(func.blocks.len(), edges)
    }

    /// The graph dominance is computed on: the function's edges, and one from the entry to the
    /// Recover block if there is one. No edge of the function reaches that block, but control
    /// gets there only through a deferred call, after the entry has run: the entry dominates it,
    /// and so do the named results' allocations it loads from. (go/ssa makes it the root of a
    /// second tree instead; one tree keeps every block in the reverse postorder and the preorder
    /// that analyses walk.)
    pub(crate) fn for_dominance(func: &Function) -> Graph {
        let edges = func
            .blocks
            .iter()
            .enumerate()
            .flat_map(|(from, block)| block.succs.iter().map(move |to| (from as u32, to.0)));
        let recover = func.recover.map(|r| (Function::ENTRY.0, r.0));
        Graph::from_edges(func.blocks.len(), edges.chain(recover))
    }

    /// The reversed graph with one more node, the virtual exit, that has an edge to every node
    /// without successors. Returns the graph and the exit's number.
    pub(crate) fn reversed_with_exit(&self) -> (Graph, u32) {
        let exit = self.len() as u32;
        let reversed =
            (0..exit).flat_map(|from| self.succs(from).iter().map(move |&to| (to, from)));
        let exits = (0..exit).filter(|&node| self.succs(node).is_empty()).map(|node| (exit, node));
        (Graph::from_edges(self.len() + 1, reversed.chain(exits)), exit)
    }

    /// The successors of `node`, in edge order; none for a node outside the graph.
    pub(crate) fn succs(&self, node: u32) -> &[u32] {
        self.succs.of(node)
    }

    /// The predecessors of `node`, in edge order; none for a node outside the graph.
    pub(crate) fn preds(&self, node: u32) -> &[u32] {
        self.preds.of(node)
    }

    pub(crate) fn len(&self) -> usize {
        self.succs.len()
    }
}

/// A dominator tree over a [`Graph`], for whichever root: the entry, or the virtual exit.
#[derive(Clone, Debug)]
pub(crate) struct Tree {
    /// Immediate dominators; `NONE` for the root and for nodes the root does not reach.
    idom: Vec<u32>,
    /// Each node's children in the tree, in reverse postorder.
    children: Adjacency,
    /// Preorder and postorder numbers in the tree; `NONE` outside it.
    pre: Vec<u32>,
    post: Vec<u32>,
    /// The graph's nodes reachable from the root, in reverse postorder of a depth-first search.
    reverse_postorder: Vec<u32>,
}

impl Tree {
    pub(crate) fn new(graph: &Graph, root: u32) -> Tree {
        let node_count = graph.len();
        let reverse_postorder = reverse_postorder(graph, root);
        let mut order = vec![NONE; node_count];
        for (position, &node) in reverse_postorder.iter().enumerate() {
            order[node as usize] = position as u32;
        }

        // Cooper, Harvey and Kennedy, figure 3. The root is its own dominator while iterating,
        // so that the intersection of two paths always ends.
        let mut idom = vec![NONE; node_count];
        if let Some(&first) = reverse_postorder.first() {
            idom[first as usize] = first;
        }
        let mut changed = true;
        while changed {
            changed = false;
            for &node in reverse_postorder.iter().skip(1) {
                let mut new_idom = NONE;
                for &pred in graph.preds(node) {
                    if idom[pred as usize] == NONE {
                        continue; // not processed yet, or unreachable
                    }
                    new_idom = if new_idom == NONE {
                        pred
                    } else {
                        intersect(&idom, &order, pred, new_idom)
                    };
                }
                if idom[node as usize] != new_idom {
                    idom[node as usize] = new_idom;
                    changed = true;
                }
            }
        }
        if let Some(&first) = reverse_postorder.first() {
            idom[first as usize] = NONE;
        }

        let tree_edges = reverse_postorder
            .iter()
            .filter(|&&node| idom[node as usize] != NONE)
            .map(|&node| (idom[node as usize], node));
        let children = Adjacency::new(node_count, tree_edges);
        let (pre, post) = number_tree(&children, reverse_postorder.first().copied(), node_count);
        Tree { idom, children, pre, post, reverse_postorder }
    }

    pub(crate) fn idom(&self, node: u32) -> Option<u32> {
        self.idom.get(node as usize).copied().filter(|&d| d != NONE)
    }

    pub(crate) fn children(&self, node: u32) -> &[u32] {
        self.children.of(node)
    }

    pub(crate) fn contains(&self, node: u32) -> bool {
        self.pre.get(node as usize).is_some_and(|&n| n != NONE)
    }

    /// Whether `a` dominates `b` (reflexively); false when either is outside the tree.
    pub(crate) fn dominates(&self, a: u32, b: u32) -> bool {
        self.contains(a)
            && self.contains(b)
            && self.pre[a as usize] <= self.pre[b as usize]
            && self.post[b as usize] <= self.post[a as usize]
    }

    /// The dominance frontier of every node: sorted, without duplicates.
    pub(crate) fn frontiers(&self, graph: &Graph) -> Vec<Vec<u32>> {
        let mut frontiers = vec![Vec::new(); graph.len()];
        for &join in &self.reverse_postorder {
            // The paper looks at join blocks only: a block with one predecessor has it as its
            // immediate dominator, so the walk below stops at once. The root is the exception when
            // a back edge leads to it, so every block is walked.
            let preds = graph.preds(join).iter().copied().filter(|&p| self.contains(p));
            let stop = self.idom[join as usize];
            for pred in preds {
                let mut runner = pred;
                while runner != stop && runner != NONE {
                    let frontier: &mut Vec<u32> = &mut frontiers[runner as usize];
                    if frontier.last() != Some(&join) {
                        frontier.push(join);
                    }
                    runner = self.idom[runner as usize];
                }
            }
        }
        for frontier in &mut frontiers {
            frontier.sort_unstable();
            frontier.dedup();
        }
        frontiers
    }
}

/// The nodes reachable from `root` in reverse postorder, by an explicit-stack depth-first search.
fn reverse_postorder(graph: &Graph, root: u32) -> Vec<u32> {
    let node_count = graph.len();
    if root as usize >= node_count {
        return Vec::new();
    }
    let mut visited = vec![false; node_count];
    let mut postorder = Vec::with_capacity(node_count);
    // Each frame is a node and the index of the next successor to visit.
    let mut stack = vec![(root, 0usize)];
    visited[root as usize] = true;
    while let Some((node, next)) = stack.last_mut() {
        if let Some(&succ) = graph.succs(*node).get(*next) {
            *next += 1;
            if !visited[succ as usize] {
                visited[succ as usize] = true;
                stack.push((succ, 0));
            }
        } else {
            postorder.push(*node);
            stack.pop();
        }
    }
    postorder.reverse();
    postorder
}

/// Walks up from `a` and `b` to their nearest common dominator; `order` is reverse postorder.
fn intersect(idom: &[u32], order: &[u32], mut a: u32, mut b: u32) -> u32 {
    while a != b {
        while order[a as usize] > order[b as usize] {
            a = idom[a as usize];
        }
        while order[b as usize] > order[a as usize] {
            b = idom[b as usize];
        }
    }
    a
}

/// Preorder and postorder numbers of the tree under `root`.
fn number_tree(children: &Adjacency, root: Option<u32>, node_count: usize) -> (Vec<u32>, Vec<u32>) {
    let mut pre = vec![NONE; node_count];
    let mut post = vec![NONE; node_count];
    let Some(root) = root else { return (pre, post) };
    let (mut next_pre, mut next_post) = (0, 0);
    let mut stack = vec![(root, 0usize)];
    pre[root as usize] = next_pre;
    next_pre += 1;
    while let Some((node, next)) = stack.last_mut() {
        if let Some(&child) = children.of(*node).get(*next) {
            *next += 1;
            pre[child as usize] = next_pre;
            next_pre += 1;
            stack.push((child, 0));
        } else {
            post[*node as usize] = next_post;
            next_post += 1;
            stack.pop();
        }
    }
    (pre, post)
}

/// The dominator tree of a function, rooted at its entry block.
#[derive(Clone, Debug)]
pub struct DomTree {
    tree: Tree,
}

impl DomTree {
    pub fn new(func: &Function) -> DomTree {
        DomTree { tree: Tree::new(&Graph::for_dominance(func), Function::ENTRY.0) }
    }

    /// The immediate dominator of `block`; `None` for the entry and unreachable blocks.
    pub fn idom(&self, block: BlockId) -> Option<BlockId> {
        self.tree.idom(block.0).map(BlockId)
    }

    /// The blocks `block` immediately dominates, in reverse postorder of the control-flow graph.
    pub fn children(&self, block: BlockId) -> impl ExactSizeIterator<Item = BlockId> + '_ {
        self.tree.children(block.0).iter().map(|&b| BlockId(b))
    }

    /// Whether every path from the entry to `b` passes through `a`; every block dominates itself.
    /// False when either block is unreachable.
    pub fn dominates(&self, a: BlockId, b: BlockId) -> bool {
        self.tree.dominates(a.0, b.0)
    }

    /// Whether `a` dominates `b` and is not `b`.
    pub fn strictly_dominates(&self, a: BlockId, b: BlockId) -> bool {
        a != b && self.dominates(a, b)
    }

    /// Whether the entry reaches `block`.
    pub fn is_reachable(&self, block: BlockId) -> bool {
        self.tree.contains(block.0)
    }

    /// The reachable blocks in reverse postorder of the control-flow graph: every block comes
    /// after its immediate dominator, and after all its predecessors but those of back edges.
    pub fn reverse_postorder(&self) -> impl ExactSizeIterator<Item = BlockId> + '_ {
        self.tree.reverse_postorder.iter().map(|&b| BlockId(b))
    }

    /// The reachable blocks in preorder of the dominator tree, the order in which a pass that
    /// keeps scoped facts (value numbering, dominating conditions) visits them.
    pub fn preorder(&self) -> Vec<BlockId> {
        let mut order: Vec<BlockId> = self.reverse_postorder().collect();
        order.sort_by_key(|b| self.tree.pre[b.index()]);
        order
    }

    /// The dominance frontier of every block.
    pub fn frontiers(&self, func: &Function) -> DominanceFrontiers {
        let frontiers = self.tree.frontiers(&Graph::for_dominance(func));
        DominanceFrontiers {
            frontiers: frontiers
                .into_iter()
                .map(|f| f.into_iter().map(BlockId).collect())
                .collect(),
        }
    }
}

/// The dominance frontier of each block: the blocks where its dominance ends, where a value
/// defined in it may meet other values in a φ.
#[derive(Clone, Debug)]
pub struct DominanceFrontiers {
    frontiers: Vec<Vec<BlockId>>,
}

impl DominanceFrontiers {
    /// The frontier of `block`, sorted.
    pub fn of(&self, block: BlockId) -> &[BlockId] {
        self.frontiers.get(block.index()).map_or(&[], Vec::as_slice)
    }
}

/// What immediately post-dominates a block: another block, or the function's exit itself.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PostDominator {
    Block(BlockId),
    /// The virtual exit: the block ends the function, or its paths to the end part without meeting.
    Exit,
}

/// The post-dominator tree of a function, rooted at a virtual exit that follows every `return`
/// and `panic`.
#[derive(Clone, Debug)]
pub struct PostDomTree {
    tree: Tree,
    exit: u32,
}

impl PostDomTree {
    pub fn new(func: &Function) -> PostDomTree {
        let (reversed, exit) = Graph::of_function(func).reversed_with_exit();
        PostDomTree { tree: Tree::new(&reversed, exit), exit }
    }

    /// The immediate post-dominator of `block`; `None` when `block` cannot reach the exit.
    pub fn ipdom(&self, block: BlockId) -> Option<PostDominator> {
        self.tree.idom(block.0).map(|d| {
            if d == self.exit { PostDominator::Exit } else { PostDominator::Block(BlockId(d)) }
        })
    }

    /// Whether every path from `b` to the exit passes through `a`; every block post-dominates
    /// itself. False when either block cannot reach the exit.
    pub fn post_dominates(&self, a: BlockId, b: BlockId) -> bool {
        a.0 != self.exit && b.0 != self.exit && self.tree.dominates(a.0, b.0)
    }

    /// Whether some path leads from `block` to a `return` or `panic`.
    pub fn reaches_exit(&self, block: BlockId) -> bool {
        block.0 != self.exit && self.tree.contains(block.0)
    }
}

#[cfg(test)]
mod tests;
