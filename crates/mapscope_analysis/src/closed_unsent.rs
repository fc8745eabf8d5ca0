//! A receive without `ok` from a channel whose only sender may close it without sending: the
//! function made the channel and handed it only to one goroutine (`go collect(input, ch)`)
//! whose function sends on it and closes it, and has a path to the close that sends nothing
//! (`if len(counts) == 0 { return }` before the send, with `defer close(out)`). On that path
//! the receive gets the zero value.

use crate::module::Module;
use crate::nilness::strip_conversions;
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BlockId, Builtin, Callee, Function, InstrId, InstrKind, ValueId};

/// Whether receive `recv` in `f` of `chan` may get the zero value of a channel its only sender
/// closes without sending.
pub fn closed_unsent(module: &Module<'_>, f: &Function, chan: ValueId, recv: InstrId) -> bool {
    let chan = strip_conversions(f, chan);
    let Some(make) = f.defining_instr(chan) else { return false };
    if !matches!(f[make].kind, InstrKind::MakeChan { .. }) {
        return false;
    }
    // The channel (or a conversion of it to `chan<-`) is received from here once and handed
    // to one `go` statement; nothing else in the function touches it.
    let Some(uses) = channel_uses(f, chan) else { return false };
    let mut started = None;
    for &(u, value) in &uses {
        match &f[u].kind {
            InstrKind::Recv { .. } if u == recv => {}
            InstrKind::Go { call } if started.is_none() => {
                let Callee::Static(_) = call.callee else { return false };
                let positions: Vec<usize> = call
                    .args
                    .iter()
                    .enumerate()
                    .filter(|&(_, &a)| a == value)
                    .map(|(j, _)| j)
                    .collect();
                let [param] = positions[..] else { return false };
                let Some(targets) = module.resolve(f, call) else { return false };
                let [callee] = targets.callees[..] else { return false };
                started = Some((callee, param));
            }
            _ => return false,
        }
    }
    let Some((callee, param)) = started else { return false };
    let g = module.functions[callee].function;
    if !g.free_vars().is_empty() {
        return false;
    }
    let Some(&out) = g.params().get(param) else { return false };
    closes_without_send(g, out)
}

/// The uses of channel `chan` in `f`, each with the value it uses (the channel, or a
/// conversion of it to `chan<-` or `<-chan`); `None` when a conversion has no result.
pub(crate) fn channel_uses(f: &Function, chan: ValueId) -> Option<Vec<(InstrId, ValueId)>> {
    let mut uses = Vec::new();
    for &u in f[chan].referrers() {
        match &f[u].kind {
            InstrKind::Convert { .. } => {
                let r = f[u].result()?;
                uses.extend(f[r].referrers().iter().map(|&x| (x, r)));
            }
            _ => uses.push((u, chan)),
        }
    }
    Some(uses)
}

/// Whether `g` only sends on and closes its channel parameter `out`, and has a path from its
/// entry to a close of it (direct, or deferred and then returning) on which it sends nothing
/// and leaves no loop whose body sends (a block that sends is off the path even where it
/// sends after the close: the path is taken whole or not at all).
fn closes_without_send(g: &Function, out: ValueId) -> bool {
    let mut sending = vec![false; g.block_count()];
    let mut closes = Vec::new();
    let mut deferred = Vec::new();
    for &u in g[out].referrers() {
        let Some(block) = g[u].block() else { return false };
        match &g[u].kind {
            InstrKind::Send { chan, value } if *chan == out && *value != out => {
                sending[block.index()] = true
            }
            InstrKind::Call { call } if call.callee == Callee::Builtin(Builtin::Close) => {
                closes.push(block)
            }
            InstrKind::Defer { call } if call.callee == Callee::Builtin(Builtin::Close) => {
                deferred.push(block)
            }
            _ => return false,
        }
    }
    if !sending.iter().any(|&s| s) {
        return false;
    }
    // A loop whose body sends: leaving it after no turn is a count the analysis does not
    // know, so its header is closed to the send-free path.
    let dominators = DomTree::new(g);
    let mut blocked = sending.clone();
    for header in g.block_ids() {
        for &latch in g[header].preds() {
            if dominators.dominates(header, latch)
                && loop_body(g, header, latch).any(|b| sending[b.index()])
            {
                blocked[header.index()] = true;
            }
        }
    }
    let free = reach(g, &[Function::ENTRY], &blocked);
    let returns_after = |defer: BlockId| {
        let after = reach(g, &[defer], &blocked);
        g.block_ids().any(|b| {
            after[b.index()]
                && g[b].instrs().iter().any(|&i| matches!(g[i].kind, InstrKind::Return { .. }))
        })
    };
    closes.iter().any(|c| free[c.index()])
        || deferred.iter().any(|&d| free[d.index()] && returns_after(d))
}

/// The blocks of the natural loop of back edge `latch → header`.
fn loop_body(g: &Function, header: BlockId, latch: BlockId) -> impl Iterator<Item = BlockId> {
    let mut seen = vec![false; g.block_count()];
    seen[header.index()] = true;
    let mut work = vec![latch];
    while let Some(b) = work.pop() {
        if std::mem::replace(&mut seen[b.index()], true) {
            continue;
        }
        work.extend(g[b].preds().iter().copied());
    }
    g.block_ids().filter(move |b| seen[b.index()])
}

/// The blocks reachable from `starts` through blocks not `blocked` (a blocked start counts as
/// unreached).
fn reach(g: &Function, starts: &[BlockId], blocked: &[bool]) -> Vec<bool> {
    let mut seen = vec![false; g.block_count()];
    let mut work: Vec<BlockId> = starts.to_vec();
    while let Some(b) = work.pop() {
        if blocked[b.index()] || std::mem::replace(&mut seen[b.index()], true) {
            continue;
        }
        work.extend(g[b].succs().iter().copied());
    }
    seen
}
