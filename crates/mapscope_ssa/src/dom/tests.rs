//! Dominance checked against the definitions: naive iterative dataflow (the Dragon book's
//! algorithm 10.16, as go/ssa's `sanityCheckDomTree`) on random graphs, and a hand-built function.

use super::{DomTree, Graph, PostDomTree, PostDominator, Tree};
use crate::testing::ToyTypes;
use crate::{BlockId, FunctionBuilder, Span};
use proptest::prelude::*;

/// `dominators[b][a]`: whether `a` dominates `b`, by iterating
/// `Dom(b) = {b} ∪ ⋂ Dom(p) over predecessors p` from "everything" to the fixed point. Nodes the
/// root does not reach keep "everything" and are left out of the comparisons.
fn naive_dominators(graph: &Graph, root: u32) -> Vec<Vec<bool>> {
    let n = graph.len();
    let mut dominators = vec![vec![true; n]; n];
    dominators[root as usize] = (0..n).map(|a| a == root as usize).collect();
    let mut changed = true;
    while changed {
        changed = false;
        for b in 0..n {
            if b == root as usize {
                continue;
            }
            let mut new = vec![true; n];
            for &p in graph.preds(b as u32) {
                for a in 0..n {
                    new[a] &= dominators[p as usize][a];
                }
            }
            new[b] = true;
            if new != dominators[b] {
                dominators[b] = new;
                changed = true;
            }
        }
    }
    dominators
}

fn naive_reachable(graph: &Graph, root: u32) -> Vec<bool> {
    let mut reachable = vec![false; graph.len()];
    let mut stack = vec![root];
    reachable[root as usize] = true;
    while let Some(node) = stack.pop() {
        for &succ in graph.succs(node) {
            if !reachable[succ as usize] {
                reachable[succ as usize] = true;
                stack.push(succ);
            }
        }
    }
    reachable
}

/// Checks `tree` against the naive dominance relation: `dominates`, the immediate dominators and
/// the dominance frontiers.
fn check_tree(graph: &Graph, root: u32, tree: &Tree) -> Result<(), TestCaseError> {
    let n = graph.len() as u32;
    let reachable = naive_reachable(graph, root);
    let dominators = naive_dominators(graph, root);
    let frontiers = tree.frontiers(graph);
    for b in 0..n {
        prop_assert_eq!(tree.contains(b), reachable[b as usize], "reachability of {}", b);
        if !reachable[b as usize] {
            continue;
        }
        for a in (0..n).filter(|&a| reachable[a as usize]) {
            let expected = dominators[b as usize][a as usize];
            prop_assert_eq!(tree.dominates(a, b), expected, "does {} dominate {}", a, b);
        }
        // The immediate dominator is the strict dominator that every other strict dominator
        // dominates.
        let strict: Vec<u32> =
            (0..n).filter(|&a| a != b && dominators[b as usize][a as usize]).collect();
        match tree.idom(b) {
            None => prop_assert!(b == root, "{} has no idom", b),
            Some(d) => {
                prop_assert!(
                    strict.contains(&d),
                    "idom {} of {} does not strictly dominate it",
                    d,
                    b
                );
                for &a in &strict {
                    prop_assert!(
                        dominators[d as usize][a as usize],
                        "{} dominates {} but not its idom {}",
                        a,
                        b,
                        d
                    );
                }
                prop_assert!(tree.children(d).contains(&b));
            }
        }
        // y is in DF(b) iff b dominates a predecessor of y and does not strictly dominate y.
        let expected_frontier: Vec<u32> = (0..n)
            .filter(|&y| reachable[y as usize])
            .filter(|&y| {
                let dominates_a_pred = graph
                    .preds(y)
                    .iter()
                    .any(|&p| reachable[p as usize] && dominators[p as usize][b as usize]);
                let strictly = y != b && dominators[y as usize][b as usize];
                dominates_a_pred && !strictly
            })
            .collect();
        prop_assert_eq!(&frontiers[b as usize], &expected_frontier, "frontier of {}", b);
    }
    Ok(())
}

/// Random graphs of 1 to 24 nodes with up to three edges a node on average, self-loops,
/// parallel edges and unreachable nodes included.
fn random_graph() -> impl Strategy<Value = Graph> {
    (1usize..24).prop_flat_map(|n| {
        let node = 0..n as u32;
        proptest::collection::vec((node.clone(), node), 0..3 * n)
            .prop_map(move |edges| Graph::from_edges(n, edges.into_iter()))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn dominators_match_naive_dataflow(graph in random_graph()) {
        let tree = Tree::new(&graph, 0);
        check_tree(&graph, 0, &tree)?;
    }

    #[test]
    fn post_dominators_match_naive_dataflow(graph in random_graph()) {
        let (reversed, exit) = graph.reversed_with_exit();
        let tree = Tree::new(&reversed, exit);
        check_tree(&reversed, exit, &tree)?;
    }
}

#[test]
fn edges_to_missing_nodes_are_ignored() {
    let graph = Graph::from_edges(2, [(0, 1), (1, 7), (9, 0)].into_iter());
    let tree = Tree::new(&graph, 0);
    assert_eq!(tree.idom(1), Some(0));
    assert_eq!(tree.idom(0), None);
    assert!(!tree.contains(7));
    let empty = Tree::new(&Graph::default(), 0);
    assert!(!empty.contains(0));
}

/// A function whose shape is known: entry → loop header ⇄ body, header → exit; the body also
/// panics on one path.
///
/// ```text
///   0 entry → 1 header
///   1 header → 2 body | 3 exit
///   2 body → 4 latch | 5 fail
///   4 latch → 1 header
///   5 fail: panic      3 exit: return
/// ```
#[test]
fn loop_with_a_panic() {
    let toy = ToyTypes::new();
    let span = Span::default();
    let mut b = FunctionBuilder::new("f", span, &[("c", toy.bool)], vec![]);
    let c = b.param(0);
    let header = b.new_block("header");
    let body = b.new_block("body");
    let exit = b.new_block("exit");
    let latch = b.new_block("latch");
    let fail = b.new_block("fail");
    b.jump(header, span);
    b.switch_to_block(header);
    b.branch(c, body, exit, span);
    b.switch_to_block(body);
    b.seal_block(body);
    b.branch(c, latch, fail, span);
    b.switch_to_block(latch);
    b.seal_block(latch);
    b.jump(header, span);
    b.seal_block(header);
    b.switch_to_block(exit);
    b.seal_block(exit);
    b.ret(vec![], span);
    b.switch_to_block(fail);
    b.seal_block(fail);
    let message = b.constant(toy.any, crate::ConstValue::Nil);
    b.panic(message, span);
    let func = b.finish(&toy);

    let [entry, header, body, exit, latch, fail] = [0, 1, 2, 3, 4, 5].map(BlockId);
    let dom = DomTree::new(&func);
    assert_eq!(dom.idom(entry), None);
    assert_eq!(dom.idom(header), Some(entry));
    assert_eq!(dom.idom(body), Some(header));
    assert_eq!(dom.idom(exit), Some(header));
    assert_eq!(dom.idom(latch), Some(body));
    assert_eq!(dom.idom(fail), Some(body));
    assert!(dom.dominates(header, latch) && !dom.dominates(latch, header));
    assert_eq!(dom.children(body).collect::<Vec<_>>().len(), 2);
    // Children come in reverse postorder: the search went into the body first, so it finished last.
    assert_eq!(dom.preorder(), [entry, header, exit, body, fail, latch]);

    let frontiers = dom.frontiers(&func);
    assert_eq!(frontiers.of(latch), [header]);
    assert_eq!(frontiers.of(body), [header]);
    assert_eq!(frontiers.of(header), [header]);
    assert_eq!(frontiers.of(exit), []);

    let post = PostDomTree::new(&func);
    assert_eq!(post.ipdom(exit), Some(PostDominator::Exit));
    assert_eq!(post.ipdom(fail), Some(PostDominator::Exit));
    // The body's paths part at the branch and meet only at the exit.
    assert_eq!(post.ipdom(body), Some(PostDominator::Exit));
    assert_eq!(post.ipdom(latch), Some(PostDominator::Block(header)));
    assert!(post.post_dominates(header, entry));
    assert!(!post.post_dominates(exit, header));
}

/// A block in an endless loop cannot reach the exit: it has no post-dominator.
#[test]
fn endless_loop_has_no_post_dominator() {
    let graph = Graph::from_edges(3, [(0, 1), (0, 2), (1, 1)].into_iter());
    let (reversed, exit) = graph.reversed_with_exit();
    let tree = Tree::new(&reversed, exit);
    assert!(!tree.contains(1));
    assert_eq!(tree.idom(0), Some(2));
}
