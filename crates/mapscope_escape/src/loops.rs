//! Loop depth of each basic block, from the natural loops of the control-flow graph: gc's
//! `loopDepth`, which it counts while walking statements (a label that is jumped back to counts
//! as a loop too, as every back edge does here); and which blocks gc keeps at all, since it
//! removes the branches a constant condition never takes before escape analysis.

use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BlockId, ConstValue, Function, InstrKind, ValueDef};

#[derive(Clone, Debug, Default)]
pub struct LoopDepths {
    depth: Vec<u32>,
    header: Vec<bool>,
    live: Vec<bool>,
}

impl LoopDepths {
    pub fn new(function: &Function) -> LoopDepths {
        let n = function.block_count();
        let mut depths =
            LoopDepths { depth: vec![0; n], header: vec![false; n], live: live_blocks(function) };
        // Most functions have no cycle at all, so no loop: the dominator tree is not needed.
        if is_acyclic(function) {
            return depths;
        }
        let dom = DomTree::new(function);
        // The back edges, grouped by header: several `continue`s make one loop, not several.
        let mut tails: Vec<Vec<BlockId>> = vec![Vec::new(); n];
        for tail in function.block_ids() {
            for &head in function[tail].succs() {
                if dom.dominates(head, tail) {
                    tails[head.index()].push(tail);
                }
            }
        }
        let mut in_loop = vec![u32::MAX; n];
        for (loop_id, head) in function.block_ids().enumerate() {
            if tails[head.index()].is_empty() {
                continue;
            }
            // The natural loop: the header, and every block that reaches a tail without passing
            // through the header.
            let mark = loop_id as u32;
            depths.header[head.index()] = true;
            let mut stack = tails[head.index()].clone();
            let mut body = vec![head];
            in_loop[head.index()] = mark;
            while let Some(b) = stack.pop() {
                if in_loop[b.index()] == mark {
                    continue;
                }
                in_loop[b.index()] = mark;
                body.push(b);
                stack.extend(function[b].preds().iter().copied());
            }
            for b in body {
                depths.depth[b.index()] += 1;
            }
        }
        depths
    }

    /// How many loops hold `block` (0 outside every loop).
    pub fn depth(&self, block: BlockId) -> u32 {
        self.depth.get(block.index()).copied().unwrap_or(0)
    }

    /// Whether `block` is reachable without taking a branch a constant condition rules out.
    pub fn is_live(&self, block: BlockId) -> bool {
        self.live.get(block.index()).copied().unwrap_or(true)
    }

    /// Whether `block` is the header of a loop.
    pub fn is_header(&self, block: BlockId) -> bool {
        self.header.get(block.index()).copied().unwrap_or(false)
    }
}

/// Whether the control-flow graph, unreachable blocks included, has no cycle (a depth-first
/// search meets no edge back to a block it is still inside).
fn is_acyclic(function: &Function) -> bool {
    const NEW: u8 = 0;
    const INSIDE: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![NEW; function.block_count()];
    let mut stack: Vec<(BlockId, usize)> = Vec::new();
    for start in function.block_ids() {
        if state[start.index()] != NEW {
            continue;
        }
        state[start.index()] = INSIDE;
        stack.push((start, 0));
        while let Some((block, next)) = stack.last_mut() {
            let block = *block;
            match function[block].succs().get(*next).copied() {
                Some(succ) => {
                    *next += 1;
                    match state.get(succ.index()).copied() {
                        Some(INSIDE) => return false,
                        Some(NEW) => {
                            state[succ.index()] = INSIDE;
                            stack.push((succ, 0));
                        }
                        _ => {}
                    }
                }
                None => {
                    state[block.index()] = DONE;
                    stack.pop();
                }
            }
        }
    }
    true
}

/// The blocks reachable from the entry when `if true`/`if false` go only where they must.
pub fn live_blocks(function: &Function) -> Vec<bool> {
    let mut live = vec![false; function.block_count()];
    let mut stack = vec![Function::ENTRY];
    while let Some(b) = stack.pop() {
        if live[b.index()] {
            continue;
        }
        live[b.index()] = true;
        let succs = function[b].succs();
        let taken = function[b].instrs().last().and_then(|&t| match &function[t].kind {
            InstrKind::If { cond } => match constant_bool(function, *cond) {
                Some(true) => succs.first().copied(),
                Some(false) => succs.get(1).copied(),
                None => None,
            },
            _ => None,
        });
        match taken {
            Some(s) => stack.push(s),
            None => stack.extend(succs.iter().copied()),
        }
    }
    live
}

/// The value of a boolean constant, through the conversions the builder wraps it in.
fn constant_bool(function: &Function, mut v: mapscope_ssa::ValueId) -> Option<bool> {
    loop {
        match &function.get_value(v)?.def {
            ValueDef::Const(ConstValue::Bool(b)) => return Some(*b),
            ValueDef::Result { instr, .. } => match &function[*instr].kind {
                InstrKind::Convert { x, .. } => v = *x,
                _ => return None,
            },
            _ => return None,
        }
    }
}
