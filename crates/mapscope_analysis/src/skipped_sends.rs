//! A receive without `ok`, in a loop, from a channel the function closed before it, whose
//! senders are goroutines that may skip a send: a worker looping over its jobs with a way
//! through a turn that sends nothing (`continue` before the send). The loop that collects one
//! result per job then receives more often than anything was sent, and a receive from the
//! closed, drained channel gives the zero value.
//!
//! ```go
//! for src := range jobs { if !isImage(src) { continue }; results <- Result{Meta: ...} }
//! // the collector, after wg.Wait(); close(results):
//! for range sources { r := <-results; r.Meta["batch"] = id }
//! ```

use crate::module::Module;
use crate::nilness::strip_conversions;
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BlockId, Builtin, Callee, Function, InstrId, InstrKind, ValueId};

/// Whether receive `recv` of `f` from `chan` may get the zero value of a channel `f` closed
/// before it, fed by goroutines that may skip sends.
pub fn skipped_sends(module: &Module<'_>, f: &Function, chan: ValueId, recv: InstrId) -> bool {
    let chan = strip_conversions(f, chan);
    let Some(make) = f.defining_instr(chan) else { return false };
    if !matches!(f[make].kind, InstrKind::MakeChan { .. }) {
        return false;
    }
    let Some(recv_block) = f[recv].block() else { return false };
    let dominators = DomTree::new(f);
    if !in_loop(f, &dominators, recv_block) {
        return false;
    }
    let Some(uses) = crate::closed_unsent::channel_uses(f, chan) else { return false };
    let mut closed_before = false;
    let mut senders = Vec::new();
    for &(u, value) in &uses {
        match &f[u].kind {
            InstrKind::Recv { .. } => {}
            InstrKind::Call { call } if call.callee == Callee::Builtin(Builtin::Close) => {
                closed_before |= crate::key_values::precedes(f, &dominators, u, recv);
            }
            InstrKind::Go { call } => {
                let Some(param) = call.args.iter().position(|&a| a == value) else {
                    return false;
                };
                let Some(targets) = module.resolve(f, call) else { return false };
                let [callee] = targets.callees[..] else { return false };
                senders.push((callee, param));
            }
            _ => return false,
        }
    }
    closed_before
        && !senders.is_empty()
        && senders.iter().all(|&(callee, param)| {
            let g = module.functions[callee].function;
            g.params().get(param).is_some_and(|&out| may_skip_send(g, out))
        })
}

/// Whether `block` lies in a loop of `f`.
fn in_loop(f: &Function, dominators: &DomTree, block: BlockId) -> bool {
    f.block_ids().any(|header| {
        f[header].preds().iter().any(|&latch| {
            dominators.dominates(header, latch)
                && dominators.dominates(header, block)
                && reaches(f, block, latch, &[])
        })
    })
}

/// Whether `g` only sends on its channel parameter `out`, every send sits in a loop, and some
/// loop holding a send has a turn that avoids every send.
fn may_skip_send(g: &Function, out: ValueId) -> bool {
    let mut sending = Vec::new();
    for &u in g[out].referrers() {
        match &g[u].kind {
            InstrKind::Send { chan, value } if *chan == out && *value != out => {
                let Some(block) = g[u].block() else { return false };
                sending.push(block);
            }
            _ => return false,
        }
    }
    if sending.is_empty() {
        return false;
    }
    let dominators = DomTree::new(g);
    g.block_ids().any(|header| {
        g[header].preds().iter().any(|&latch| {
            if !dominators.dominates(header, latch) {
                return false;
            }
            let sends_inside = sending
                .iter()
                .any(|&s| dominators.dominates(header, s) && reaches(g, s, latch, &[]));
            // A turn from the header back to the latch that passes no sending block.
            sends_inside && !sending.contains(&header) && reaches(g, header, latch, &sending)
        })
    })
}

/// Whether `to` is reachable from `from` through blocks not in `avoid` (`from` itself
/// included in the walk).
fn reaches(f: &Function, from: BlockId, to: BlockId, avoid: &[BlockId]) -> bool {
    let mut seen = vec![false; f.block_count()];
    let mut work = vec![from];
    while let Some(b) = work.pop() {
        if avoid.contains(&b) || std::mem::replace(&mut seen[b.index()], true) {
            continue;
        }
        if b == to {
            return true;
        }
        work.extend(f[b].succs().iter().copied());
    }
    false
}
