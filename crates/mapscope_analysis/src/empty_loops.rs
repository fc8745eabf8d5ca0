//! The blocks that run only inside a loop over a collection parameter (`for _, o := range opts
//! { o(c) }`), which never run for a caller passing that parameter empty.
//!
//! A constructor applying functional options hands its fresh struct to code it cannot see, so
//! any map field may have been made by the time it returns. A caller passing no options (the
//! variadic parameter is then nil) runs none of that code: the fields only options set stay as
//! the allocation left them. The summary records such a nil field with the parameter
//! ([`crate::summary::NilResultField::when_empty`]), and only a call passing it known empty
//! (nil, `[]T{}`, `make([]T, 0)`, nothing for a variadic) sees the nil.

use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{Function, ValueDef};

/// For each collection parameter some counting loop or map `range` of `f` walks, the blocks
/// that run only inside such a loop over it (`skipped[block]`).
pub fn looped_params(f: &Function, dominators: &DomTree) -> Vec<(u32, Vec<bool>)> {
    let mut found: Vec<(u32, Vec<bool>)> = Vec::new();
    // Only a function that reads a parameter's length or ranges over one has such a loop.
    let walks_param = f.params().iter().any(|&p| !f[p].referrers().is_empty());
    if !walks_param {
        return found;
    }
    for block in f.block_ids() {
        for need in crate::length_guards::loop_needs(f, dominators, block) {
            let ValueDef::Param { index, .. } = f[need.collection].def else { continue };
            let at = match found.iter().position(|(p, _)| *p == index) {
                Some(at) => at,
                None => {
                    found.push((index, vec![false; f.block_count()]));
                    found.len() - 1
                }
            };
            found[at].1[block.index()] = true;
        }
    }
    found
}
