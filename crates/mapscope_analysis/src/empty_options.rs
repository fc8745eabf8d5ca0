//! Writes that find their map nil when a caller passes a collection parameter empty, so that
//! the loop over it (the options a constructor applies) runs no code that could make the map.
//!
//! `o := Options{Name: name}; for _, apply := range opts { apply(&o) }; o.Headers[k] = v`: the
//! loop hands `&o` to option functions the search cannot follow, any of which may make
//! `Headers`, so the write is not reported as such. A caller the module shows passing no
//! options (`New("emails")`: the variadic parameter is nil) runs none of them, and then the
//! write panics on the map the literal left nil. The search is repeated with the loop's blocks
//! taken as never running ([`crate::empty_loops`]), and the write is reported only with such a
//! call, which the finding names. A write inside the loop itself is left alone: it runs only
//! when there are options.

use crate::FunctionContext;
use crate::nilness::{Origin, Search};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BlockId, Function, InstrId, ValueId};

/// A write whose map is nil when a call of the module passes parameter `param` empty.
#[derive(Debug)]
pub struct EmptyCallWrite {
    pub origins: Vec<Origin>,
    /// The caller's index in the module and its call.
    pub caller: usize,
    pub call: InstrId,
    pub param: u32,
}

/// The way write `update` (in `block`, of `map`) panics when a caller passes a collection the
/// function loops over empty; `looped` is [`crate::empty_loops::looped_params`] of the function.
pub fn write_when_empty(
    cx: &FunctionContext<'_>,
    dominators: &DomTree,
    looped: &[(u32, Vec<bool>)],
    block: BlockId,
    update: InstrId,
    map: ValueId,
) -> Option<EmptyCallWrite> {
    let f = cx.function;
    let module = cx.analysis.module;
    let me = module.lookup(&f.name)?;
    for (param, skipped) in looped {
        let (param, skipped) = (*param, skipped.as_slice());
        if skipped.get(block.index()).copied().unwrap_or(true) {
            continue;
        }
        let mut search = Search::new(f, cx.analysis, false);
        search.missing_keys = true;
        search.inside_loops(dominators, block);
        search.skip_blocks(skipped.to_vec());
        let Some(&collection) = f.params().get(param as usize) else { continue };
        if !reached_while_empty(f, skipped, collection, block) {
            continue;
        }
        let Some(origins) = search.nil_value(map, 0) else { continue };
        if !search.path_exists(block) || search.stopped_before(update) {
            continue;
        }
        let empty_call =
            module.arguments_for(me, param)?.into_iter().find(|&(caller, call, arg)| {
                let g = module.functions[caller].function;
                arg.is_some_and(|arg| crate::length_guards::known_empty(g, arg, &[call]))
            });
        if let Some((caller, call, _)) = empty_call {
            return Some(EmptyCallWrite { origins, caller, call, param });
        }
    }
    None
}

/// Whether `block` is reached from the entry, with `collection` empty, without running a
/// `skipped` block or taking the edge of a length test that shows `collection` non-empty
/// (`if len(opts) > 0 { o.Headers[k] = v }` runs only with options).
fn reached_while_empty(
    f: &Function,
    skipped: &[bool],
    collection: ValueId,
    block: BlockId,
) -> bool {
    let shows_non_empty = |pred: BlockId, succ: BlockId| {
        f[pred].succs().iter().any(|&other| {
            other != succ
                && crate::length_guards::emptied_by_edge(f, pred, other).contains(&collection)
        })
    };
    let mut seen = vec![false; f.block_count()];
    let mut stack = vec![Function::ENTRY];
    while let Some(b) = stack.pop() {
        if b == block {
            return true;
        }
        if std::mem::replace(&mut seen[b.index()], true) {
            continue;
        }
        for &succ in f[b].succs() {
            if !skipped.get(succ.index()).copied().unwrap_or(false) && !shows_non_empty(b, succ) {
                stack.push(succ);
            }
        }
    }
    false
}
