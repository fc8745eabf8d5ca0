//! The functions of a unit that never return to their caller: every path ends in a call that
//! does not return (`log.Fatal`, `os.Exit`, `t.FailNow()`, testify's `require.Fail`) or in one
//! of the unit's own functions that never returns (a `fail(msg)` helper wrapping `log.Fatal`).

use crate::models::{never_returns, static_callee_name};
use mapscope_ssa::{BlockId, CallCommon, Function, InstrKind};
use rustc_hash::FxHashMap;

/// For each function of the unit (by index) and each of its blocks (by index), whether control
/// never leaves the block: it calls a function that never returns. Found once per unit, so
/// that the walk asks with a lookup at every block it visits.
#[derive(Debug, Default)]
pub struct Stopping {
    blocks: Vec<Box<[bool]>>,
}

impl Stopping {
    pub fn of(functions: &[Function], by_name: &FxHashMap<&str, usize>) -> Stopping {
        let functions: Vec<&Function> = functions.iter().collect();
        Stopping::with_callees(&functions, |f, call| {
            let callee = static_callee_name(f, call).and_then(|n| by_name.get(n))?;
            Some(vec![*callee])
        })
    }

    /// [`Stopping::of`] for any list of functions, with `callees` naming (by index in the list)
    /// the functions a call may run: a call stops when every one of them never returns.
    pub fn with_callees(
        functions: &[&Function],
        callees: impl Fn(&Function, &CallCommon) -> Option<Vec<usize>>,
    ) -> Stopping {
        let mut blocks: Vec<Box<[bool]>> = functions
            .iter()
            .map(|f| f.block_ids().map(|b| never_returns(f, b)).collect())
            .collect();
        // Each block's calls of the listed functions: block and callees.
        let calls: Vec<Vec<(usize, Vec<usize>)>> = functions
            .iter()
            .map(|f| {
                let mut calls = Vec::new();
                for block in f.block_ids() {
                    for &i in f[block].instrs() {
                        let InstrKind::Call { call } = &f[i].kind else { continue };
                        let targets = callees(f, call).filter(|c| !c.is_empty());
                        calls.extend(targets.map(|targets| (block.index(), targets)));
                    }
                }
                calls
            })
            .collect();
        let mut never = vec![false; functions.len()];
        // A helper can wrap a helper: repeat until no function joins (a few rounds at most).
        loop {
            let mut joined = false;
            for (index, f) in functions.iter().enumerate() {
                if !never[index] && f.block_count() > 0 && !returns(f, &blocks[index]) {
                    never[index] = true;
                    joined = true;
                }
            }
            if !joined {
                return Stopping { blocks };
            }
            for (index, calls) in calls.iter().enumerate() {
                for (block, targets) in calls {
                    if targets.iter().all(|&t| never[t]) {
                        blocks[index][*block] = true;
                    }
                }
            }
        }
    }

    /// Whether control never leaves `block` of the unit's function `func`.
    pub fn stops(&self, func: usize, block: BlockId) -> bool {
        self.blocks.get(func).and_then(|b| b.get(block.index())).copied().unwrap_or(false)
    }
}

/// Whether some path from `f`'s entry reaches a return without passing a block that stops.
fn returns(f: &Function, stops: &[bool]) -> bool {
    let mut seen = vec![false; f.block_count()];
    let mut stack = vec![Function::ENTRY];
    while let Some(b) = stack.pop() {
        if std::mem::replace(&mut seen[b.index()], true) || stops[b.index()] {
            continue;
        }
        let last = f[b].instrs().last().map(|&i| &f[i].kind);
        if matches!(last, Some(InstrKind::Return { .. })) {
            return true;
        }
        stack.extend(f[b].succs().iter().copied());
    }
    false
}
