//! Implementations of an interface method that return a nil map on every path (a no-op
//! tracer's `func (noopSpan) Attributes() map[string]string { return nil }`): a call through
//! the interface that may run one gets that nil, whatever the other implementations return.
//!
//! The summaries of an interface call's implementations are met, so a nil result only some of
//! them give is dropped; an implementation that can give nothing else is the exception, since
//! a caller writing into its result panics whenever that implementation is the one in use.
//! It counts only when the module boxes a value of its type into an interface in a function,
//! or in a method of a type it boxes in turn (`noopTracer{}` returned by `newTracer`, whose
//! `Start` returns `noopSpan{}`): a no-op type nothing creates is never the one in use.

use crate::module::Module;
use crate::summary::Summary;
use mapscope_ssa::{ConstValue, Function, InstrKind, ValueDef};

/// Adds to `joined`, the met summary of an interface call, the nil results of those of
/// `callees` (module function indices, with their summaries) that return the constant nil for
/// that result at every return, when the module creates their type; the name of the first
/// such implementation, for messages.
pub fn add_always_nil<'m>(
    module: &Module<'m>,
    joined: &mut Summary,
    callees: &[(usize, &Summary)],
) -> Option<&'m str> {
    let mut first = None;
    for &(callee, summary) in callees {
        let g = module.functions[callee].function;
        for nil in &summary.nil_results {
            if always_nil(g, nil.result as usize)
                && !joined.nil_results.iter().any(|n| n.result == nil.result)
                && receiver(&g.name).is_some_and(|r| created(module, r, 1))
            {
                joined.nil_results.push(nil.clone());
                first.get_or_insert(&*g.name);
            }
        }
    }
    first
}

/// The receiver type a method's name spells, without a pointer (`pkg.noopSpan` of
/// `(pkg.noopSpan).Attributes` and of `(*pkg.noopSpan).Attributes`).
fn receiver(name: &str) -> Option<&str> {
    let (receiver, _) = name.strip_prefix('(')?.rsplit_once(").")?;
    Some(receiver.trim_start_matches('*'))
}

/// Whether the module boxes a value of type `ty` (or a pointer to one) into an interface in a
/// function, or in a method of a type it creates so, `depth` methods deep.
fn created(module: &Module<'_>, ty: &str, depth: usize) -> bool {
    module.functions.iter().enumerate().any(|(index, mf)| {
        let g = mf.function;
        let boxes = g.block_ids().any(|b| {
            g[b].instrs().iter().any(|&i| {
                let InstrKind::MakeInterface { x } = &g[i].kind else { return false };
                crate::concrete_types::type_name(module, index, *x)
                    .is_some_and(|name| name.trim_start_matches('*') == ty)
            })
        });
        boxes
            && match receiver(&g.name) {
                None => true,
                Some(owner) => depth > 0 && owner != ty && created(module, owner, depth - 1),
            }
    })
}

/// Whether every return of `g` gives the constant nil for result `result`.
fn always_nil(g: &Function, result: usize) -> bool {
    let mut returns = 0;
    for b in g.block_ids() {
        for &i in g[b].instrs() {
            let InstrKind::Return { results } = &g[i].kind else { continue };
            returns += 1;
            let nil = results.get(result).is_some_and(|&r| {
                matches!(
                    g[crate::nilness::strip_conversions(g, r)].def,
                    ValueDef::Const(ConstValue::Nil)
                )
            });
            if !nil {
                return false;
            }
        }
    }
    returns > 0
}
