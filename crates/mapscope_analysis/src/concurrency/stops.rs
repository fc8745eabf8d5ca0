//! The functions of a unit that never return to their caller: every path ends in a call that
//! does not return (`log.Fatal`, `os.Exit`, `t.FailNow()`, testify's `require.Fail`) or in one
//! of the unit's own functions that never returns (a `fail(msg)` helper wrapping `log.Fatal`).

use crate::models::{never_returns, static_callee_name};
use mapscope_ssa::{BlockId, Function, InstrKind};
use rustc_hash::{FxHashMap, FxHashSet};

/// The unit's functions (by index) that never return.
#[derive(Debug, Default)]
pub struct Stopping {
    functions: FxHashSet<usize>,
}

impl Stopping {
    pub fn of(functions: &[Function], by_name: &FxHashMap<&str, usize>) -> Stopping {
        let mut stopping = Stopping::default();
        // A helper can wrap a helper: repeat until no function joins (a few rounds at most).
        loop {
            let before = stopping.functions.len();
            for (index, f) in functions.iter().enumerate() {
                if !stopping.functions.contains(&index)
                    && f.block_count() > 0
                    && !stopping.returns(f, by_name)
                {
                    stopping.functions.insert(index);
                }
            }
            if stopping.functions.len() == before {
                return stopping;
            }
        }
    }

    /// Whether control never leaves `block` of `f`: it calls a function that never returns.
    pub fn stops(&self, f: &Function, block: BlockId, by_name: &FxHashMap<&str, usize>) -> bool {
        never_returns(f, block)
            || (!self.functions.is_empty()
                && f[block].instrs().iter().any(|&i| match &f[i].kind {
                    InstrKind::Call { call } => static_callee_name(f, call)
                        .and_then(|name| by_name.get(name))
                        .is_some_and(|callee| self.functions.contains(callee)),
                    _ => false,
                }))
    }

    /// Whether some path from `f`'s entry reaches a return without passing a block that stops.
    fn returns(&self, f: &Function, by_name: &FxHashMap<&str, usize>) -> bool {
        let mut seen = vec![false; f.block_count()];
        let mut stack = vec![Function::ENTRY];
        while let Some(b) = stack.pop() {
            if std::mem::replace(&mut seen[b.index()], true) || self.stops(f, b, by_name) {
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
}
