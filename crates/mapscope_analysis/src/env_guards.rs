//! Stores that run only on one side of a test of the environment (`if p :=
//! os.Getenv("X"); p != ""`) in an `init` function: whether the package-level map they make
//! exists depends on the machine, so they do not count as making it.

use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{Callee, Function, InstrId, InstrKind, ValueDef, ValueId};

/// Whether `f` is an `init` function the programmer wrote (`pkg.init#1`).
pub fn is_init_function(f: &Function) -> bool {
    f.name.rsplit_once('.').is_some_and(|(_, last)| last.starts_with("init#"))
}

/// Whether store `i` of `f` runs only on one way of a branch on an environment variable (a
/// block on its dominator chain is the only successor taken from that way of an `if` testing
/// `os.Getenv`'s result or `os.LookupEnv`'s `ok`), and the other way stores nothing into the
/// package-level variable `i` stores into (`else { m = make(...) }` makes it either way).
pub fn env_guarded(f: &Function, dominators: &DomTree, i: InstrId) -> bool {
    let Some(mut at) = f[i].block() else { return false };
    let root = |s: InstrId| match &f[s].kind {
        InstrKind::Store { addr, .. } => crate::nilness::location(f, *addr).map(|l| l.root),
        _ => None,
    };
    let Some(mine) = root(i) else { return false };
    loop {
        if let &[pred] = f[at].preds()
            && let Some(&last) = f[pred].instrs().last()
            && let InstrKind::If { cond } = &f[last].kind
            && tests_environment(f, *cond)
        {
            let other = f[pred].succs().iter().copied().find(|&s| s != at);
            let stores_other_way = other.is_some_and(|other| {
                f.block_ids()
                    .filter(|&b| dominators.dominates(other, b))
                    .any(|b| f[b].instrs().iter().any(|&s| root(s) == Some(mine)))
            });
            return !stores_other_way;
        }
        match dominators.idom(at) {
            Some(up) => at = up,
            None => return false,
        }
    }
}

/// Whether `cond` is `os.Getenv(k) != ""` (or `==`), or the `ok` of `os.LookupEnv(k)`.
fn tests_environment(f: &Function, cond: ValueId) -> bool {
    let cond = crate::nilness::strip_conversions(f, cond);
    let is_env_call = |v: ValueId, name: &str, index: u32| {
        let v = crate::nilness::strip_conversions(f, v);
        let ValueDef::Result { instr, index: at } = f[v].def else { return false };
        if at != index {
            return false;
        }
        let InstrKind::Call { call } = &f[instr].kind else { return false };
        let Callee::Static(callee) = &call.callee else { return false };
        matches!(&f[*callee].def, ValueDef::Function { name: n } if &**n == name)
    };
    if is_env_call(cond, "os.LookupEnv", 1) {
        return true;
    }
    let Some(test) = f.defining_instr(cond) else { return false };
    let InstrKind::BinOp { x, y, .. } = &f[test].kind else { return false };
    (is_env_call(*x, "os.Getenv", 0) && matches!(f[*y].def, ValueDef::Const(_)))
        || (is_env_call(*y, "os.Getenv", 0) && matches!(f[*x].def, ValueDef::Const(_)))
}
