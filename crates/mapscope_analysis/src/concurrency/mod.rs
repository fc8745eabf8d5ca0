//! The goroutine model behind `concurrent-map-access`: which map operations of a unit may run at
//! the same time as a write to the same map, with no mutex held in common.
//!
//! [`walk`] walks every thread of the unit and records each map access with its object, the
//! mutexes held, the goroutines live and whether the thread had blocked before; [`resolve`] names
//! objects. This module pairs the accesses. Two accesses race when they touch the same map
//! object, at least one writes, no mutex is held by both with one of them holding it for
//! writing, and their threads may overlap: one is a goroutine (or a descendant of one) that was
//! live in the other's thread at the access, two instances of a goroutine started in a loop or a
//! handler, or goroutines started while the other was live.
//!
//! Precision comes before recall, so a pair is dropped when the analysis cannot be sure:
//! accesses after a goroutine blocked on a channel, a select or a wait are taken as ordered after
//! what its parent did before the matching send; a map made by a goroutine is that goroutine's
//! own (each instance makes its own); accesses through values it cannot follow are not compared.

mod constructions;
mod counted_loops;
mod latches;
pub mod resolve;
pub(crate) mod stops;
pub mod walk;

use mapscope_ssa::{Function, TypeInfo, ValueDef};
use resolve::{Obj, Resolver};
use rustc_hash::FxHashMap;
use walk::{Access, Mode, Signal, SpawnKind, Thread, ThreadId, Walk};

/// How many sends and closes the ordering through channels follows before it takes every
/// receive as ordered (precision first, and a bound on the work).
const MAX_SIGNALS: usize = 512;

/// One race: the access to report, the access it races with, and the threads that run them.
#[derive(Debug, Clone)]
pub struct Race {
    pub report: Access,
    pub other: Access,
}

/// What [`races`] found, with the threads the accesses name.
#[derive(Debug)]
pub struct Analysis {
    pub threads: Vec<Thread>,
    pub races: Vec<Race>,
}

/// Finds the races among the functions of one unit (the result of `build_unit`).
/// `file_of` gives each function's file (an index), so that findings follow source order.
pub fn races(functions: &[Function], types: &dyn TypeInfo, file_of: &[Option<usize>]) -> Analysis {
    if !walk::starts_goroutines(functions) {
        return Analysis { threads: Vec::new(), races: Vec::new() };
    }
    let by_name: FxHashMap<&str, usize> =
        functions.iter().enumerate().map(|(i, f)| (&*f.name, i)).collect();
    let resolver = Resolver {
        functions,
        exhausted: Default::default(),
        types,
        by_name: &by_name,
        sent: Default::default(),
        sent_functions: Default::default(),
        early_receives: Default::default(),
        singleton_fields: Default::default(),
        unset_fields: Default::default(),
        always_set_functions: Default::default(),
        static_call_sites: Default::default(),
        used_as_values: Default::default(),
        param_fields: Default::default(),
        bound_fields: Default::default(),
        bound_missed: Default::default(),
        bound_frozen: Default::default(),
        passing: Default::default(),
        making_singletons: Default::default(),
        global_stores: Default::default(),
        field_functions: Default::default(),
        field_stores: Default::default(),
        back_pointers: Default::default(),
        blocks_in_cycles: Default::default(),
        cleared_fields: Default::default(),
        map_functions: Default::default(),
    };
    let mut walk = Walk::new(resolver, types);
    let served_by = servers(functions);
    walk.handlers_served = served_by != Servers::None;
    let roots = threads_of_roots(functions, roots(functions, &by_name));
    for root in &roots {
        walk.run_root(root);
    }
    // A receiver walked before its sender saw nothing sent yet: walk again, knowing the sends.
    let sent_later = walk.resolver.early_receives.borrow().iter().any(|chan| {
        walk.resolver.sent.borrow().contains_key(chan)
            || walk.resolver.sent_functions.borrow().contains_key(chan)
    });
    // A field bound to a caller's object after the walk had resolved it unbound: walk again,
    // with every binding known from the start.
    let bound_later = {
        let bound = walk.resolver.bound_fields.borrow();
        walk.resolver
            .bound_missed
            .borrow()
            .iter()
            .any(|k| bound.get(k).is_some_and(Option::is_some))
    };
    walk.resolver.bound_frozen.set(true);
    if sent_later || bound_later {
        walk.restart();
        for root in &roots {
            walk.run_root(root);
        }
    }
    let threads = std::mem::take(&mut walk.threads);
    let mut accesses: Vec<Access> = walk.accesses.into_values().collect();
    let position = |a: &Access| {
        let f = &functions[a.func];
        let at = match a.mode {
            Mode::Read => feeds_update(f, a.instr).unwrap_or(a.instr),
            Mode::Write => a.instr,
        };
        (file_of.get(a.func).copied().flatten(), f[at].span.start)
    };
    accesses.sort_by_key(|a| (position(a), a.thread));
    // Pairs by map object.
    let mut by_map: FxHashMap<Obj, Vec<&Access>> = FxHashMap::default();
    for a in &accesses {
        by_map.entry(a.map.unsharded()).or_default().push(a);
    }
    // A package-level map an init function sets to nil is used only during init, when no other
    // goroutine runs (encoding/gob's typeInfoMapInit): what looks like a later write is guarded.
    let init_only = globals_reset_by_init(functions);
    by_map.retain(|obj, _| !matches!(obj, Obj::Contents(g) if matches!(&**g, Obj::Global(name) if init_only.contains(&**name))));
    let mut races = Vec::new();
    let mut objects: Vec<_> = by_map.into_iter().collect();
    objects.sort_by(|a, b| a.0.cmp(&b.0));
    let mut sent_sites: FxHashMap<(usize, mapscope_ssa::InstrId), Vec<Obj>> = FxHashMap::default();
    for (chan, sent) in walk.resolver.sent.borrow().iter() {
        for site in sent.iter().filter_map(Obj::site) {
            sent_sites.entry(site).or_default().push(chan.clone());
        }
    }
    let mut family = Family::new(&threads, sent_sites);
    // Only httptest servers serve, and no goroutine but their handlers runs: every request comes
    // from a root, which waits for its response before it goes on, so handlers run one at a time,
    // each while the code that sent its request waits.
    family.sequential_requests = served_by == Servers::TestOnly
        && threads.iter().all(|t| t.parent.is_none() || t.kind == SpawnKind::Handler);
    for (_, group) in objects {
        // Most maps are used by one thread only: nothing to pair.
        let first = group[0].thread;
        if !threads[first].multi && group.iter().all(|a| a.thread == first) {
            continue;
        }
        if group.iter().all(|a| a.mode == Mode::Read) {
            continue;
        }
        let mut pairs = Vec::new();
        for (x, a) in group.iter().enumerate() {
            for b in &group[x..] {
                if (a.mode == Mode::Write || b.mode == Mode::Write) && may_race(&family, a, b) {
                    pairs.push((*a, *b));
                }
            }
        }
        if let Some(race) = representative(&position, &pairs) {
            races.push(race);
        }
    }
    Analysis { threads, races }
}

/// For a lookup whose value goes, in the same block, into a map update (`m[k]++`,
/// `m[k] = append(m[k], v)`): that update, the one statement both belong to.
fn feeds_update(f: &Function, lookup: mapscope_ssa::InstrId) -> Option<mapscope_ssa::InstrId> {
    let block = f[lookup].block()?;
    let mut values = vec![f[lookup].result()?];
    for _ in 0..3 {
        let mut next = Vec::new();
        for &v in &values {
            for &user in f[v].referrers() {
                if f[user].block() != Some(block) {
                    continue;
                }
                if let mapscope_ssa::InstrKind::MapUpdate { value, .. } = f[user].kind {
                    if value == v {
                        return no_call_between(f, lookup, user).then_some(user);
                    }
                }
                next.extend(f[user].result());
            }
        }
        values = next;
    }
    None
}

/// Whether no call but a builtin's (`append`) runs between two instructions of one block: a
/// lookup and the update it feeds are one statement, not two with an `Unlock` between them.
fn no_call_between(f: &Function, from: mapscope_ssa::InstrId, to: mapscope_ssa::InstrId) -> bool {
    let Some(block) = f[from].block() else { return false };
    let instrs = f[block].instrs();
    let (Some(start), Some(end)) =
        (instrs.iter().position(|&i| i == from), instrs.iter().position(|&i| i == to))
    else {
        return false;
    };
    instrs[start.min(end)..start.max(end)].iter().all(|&i| match &f[i].kind {
        mapscope_ssa::InstrKind::Call { call } => {
            matches!(call.callee, mapscope_ssa::Callee::Builtin(_))
        }
        _ => true,
    })
}

/// The functions a thread starts from: those no other function of the unit calls or refers to,
/// function literals excepted (they run where their closure is called).
fn roots(functions: &[Function], by_name: &FxHashMap<&str, usize>) -> Vec<usize> {
    let mut referenced = vec![false; functions.len()];
    for f in functions {
        for block in f.block_ids() {
            for &i in f[block].instrs() {
                f[i].kind.for_each_operand(|v| {
                    if let ValueDef::Function { name } = &f[v].def {
                        let name = name.strip_suffix("$bound").unwrap_or(name);
                        if let Some(&callee) = by_name.get(name) {
                            if !std::ptr::eq(&functions[callee], f) {
                                referenced[callee] = true;
                            }
                        }
                    }
                });
            }
        }
    }
    (0..functions.len()).filter(|&i| !referenced[i] && !functions[i].name.contains('$')).collect()
}

/// The roots grouped by the thread that runs them: the package initializer and `main` run one
/// after the other on the main goroutine; every other root on a thread of its own.
fn threads_of_roots(functions: &[Function], roots: Vec<usize>) -> Vec<Vec<usize>> {
    let short = |i: usize| functions[i].name.rsplit('.').next().unwrap_or("");
    // `init`, then `init#1`, `init#2`, ... in declaration order.
    let init_order = |i: usize| match short(i) {
        _ if functions[i].name.starts_with('(') => None,
        "init" => Some(0),
        s => s.strip_prefix("init#").and_then(|n| n.parse::<u32>().ok()),
    };
    let is_main = |i: usize| short(i) == "main" && !functions[i].name.starts_with('(');
    let Some(main) = roots.iter().copied().find(|&r| is_main(r)) else {
        return roots.into_iter().map(|r| vec![r]).collect();
    };
    let mut main_thread: Vec<usize> =
        roots.iter().copied().filter(|&r| init_order(r).is_some()).collect();
    main_thread.sort_by_key(|&r| init_order(r));
    main_thread.push(main);
    let mut grouped: Vec<Vec<usize>> =
        roots.into_iter().filter(|r| !main_thread.contains(r)).map(|r| vec![r]).collect();
    grouped.insert(0, main_thread);
    grouped
}

/// The package-level variables an init function (or the package initializer) sets to nil.
fn globals_reset_by_init(functions: &[Function]) -> rustc_hash::FxHashSet<Box<str>> {
    let mut names = rustc_hash::FxHashSet::default();
    for f in functions {
        let short = f.name.rsplit('.').next().unwrap_or("");
        if f.name.starts_with('(') || (short != "init" && !short.starts_with("init#")) {
            continue;
        }
        for block in f.block_ids() {
            for &i in f[block].instrs() {
                let mapscope_ssa::InstrKind::Store { addr, value } = &f[i].kind else { continue };
                if let (ValueDef::Global { name }, ValueDef::Const(mapscope_ssa::ConstValue::Nil)) =
                    (&f[*addr].def, &f[*value].def)
                {
                    names.insert(name.clone());
                }
            }
        }
    }
    names
}

/// Which HTTP servers a unit starts.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Servers {
    None,
    /// httptest servers only: the unit's own code sends every request.
    TestOnly,
    /// A server listening for anyone's requests.
    Listening,
}

/// The HTTP servers the unit starts: only when it starts one do the handlers it registers run
/// on goroutines of their own (a mux may also be called directly, one request at a time).
fn servers(functions: &[Function]) -> Servers {
    const TEST_SERVERS: usize = 3;
    const SERVERS: [&str; 10] = [
        "net/http/httptest.NewServer",
        "net/http/httptest.NewTLSServer",
        "net/http/httptest.NewUnstartedServer",
        "net/http.ListenAndServe",
        "net/http.ListenAndServeTLS",
        "net/http.Serve",
        "net/http.ServeTLS",
        "(*net/http.Server).ListenAndServe",
        "(*net/http.Server).ListenAndServeTLS",
        "(*net/http.Server).Serve",
    ];
    let mut found = Servers::None;
    for f in functions {
        for block in f.block_ids() {
            for &i in f[block].instrs() {
                f[i].kind.for_each_operand(|v| {
                    let ValueDef::Function { name } = &f[v].def else { return };
                    match SERVERS.iter().position(|s| *s == &**name) {
                        Some(k) if k < TEST_SERVERS && found == Servers::None => {
                            found = Servers::TestOnly;
                        }
                        Some(k) if k >= TEST_SERVERS => found = Servers::Listening,
                        Some(_) => {}
                        None => {}
                    }
                });
            }
        }
    }
    found
}

/// Whether access `a`'s map, or the struct holding it, is reached through `part`.
fn reaches(a: &Access, part: &Obj) -> bool {
    a.map.unsharded().contains(part)
        || a.holder.as_ref().is_some_and(|h| h.unsharded().contains(part))
}

/// The threads with what pairing asks of them again and again, computed once.
struct Family<'t> {
    threads: &'t [Thread],
    /// Each thread followed by its ancestors, nearest first.
    ancestors: Vec<Vec<ThreadId>>,
    /// The allocation sites of the objects sent on channels.
    sent_sites: FxHashMap<(usize, mapscope_ssa::InstrId), Vec<Obj>>,
    /// Every send, close and signal of the unit with its thread; `None` past [`MAX_SIGNALS`],
    /// when every receive is taken as ordered.
    signals: Option<Vec<(ThreadId, &'t Signal)>>,
    /// Whether every signal names its channel: then a channel the unit makes that no signal
    /// names is signalled only by code outside the unit (`signal.Notify`).
    all_named: bool,
    /// The goroutines each group's own `Go` started (see `Family::group_end`).
    group_members: FxHashMap<&'t Obj, Vec<ThreadId>>,
    /// Whether handlers serve requests one at a time, each while its sender waits.
    sequential_requests: bool,
}

impl<'t> Family<'t> {
    fn new(
        threads: &'t [Thread],
        sent_sites: FxHashMap<(usize, mapscope_ssa::InstrId), Vec<Obj>>,
    ) -> Family<'t> {
        let ancestors: Vec<Vec<ThreadId>> = (0..threads.len())
            .map(|mut t| {
                let mut up = vec![t];
                while let Some(p) = threads[t].parent {
                    up.push(p);
                    t = p;
                }
                up
            })
            .collect();
        let signals: Vec<(ThreadId, &Signal)> = threads
            .iter()
            .enumerate()
            .flat_map(|(t, thread)| thread.signals.iter().map(move |s| (t, s)))
            .collect();
        let all_named = signals.iter().all(|(_, s)| s.chan.is_some());
        let signals = (signals.len() <= MAX_SIGNALS).then_some(signals);
        let mut group_members: FxHashMap<&Obj, Vec<ThreadId>> = FxHashMap::default();
        for (t, thread) in threads.iter().enumerate() {
            if let Some(group) = &thread.group {
                group_members.entry(group).or_default().push(t);
            }
        }
        Family {
            threads,
            ancestors,
            sent_sites,
            signals,
            all_named,
            group_members,
            sequential_requests: false,
        }
    }

    /// Whether only code outside the unit can signal `chan`: the unit makes it, and every
    /// signal of the unit names its channel.
    fn signalled_outside_only(&self, chan: &Obj) -> bool {
        self.all_named && matches!(chan, Obj::Site { .. })
    }

    /// Whether `y` may come after something `x`'s side did after `x`: its thread waited for a
    /// wait group, a select or a channel the analysis cannot name; or it received from a
    /// channel that a signal coming after `x` sends on (or closes, unless only a send can have
    /// woken it). A channel nothing is seen to signal may be named differently where it is
    /// signalled, so it counts as waited for, unless the unit makes it and every signal names
    /// its channel.
    fn waits_for(&self, x: &Access, y: &Access) -> bool {
        if !y.synced {
            return false;
        }
        if y.waited_otherwise {
            return true;
        }
        let Some(signals) = &self.signals else { return true };
        // The signals that come after `x`: those of its thread and of the threads it starts
        // after it, and those made after waiting for one of them.
        let mut after: Vec<bool> = signals
            .iter()
            .map(|&(t, s)| s.chan.is_none() || s.waited_otherwise || self.started_after(x, t))
            .collect();
        loop {
            let mut changed = false;
            for (n, (_, signal)) in signals.iter().enumerate() {
                if after[n] {
                    continue;
                }
                let woken = signal.waited_on.iter().any(|(chan, sends_only)| {
                    signals.iter().zip(&after).any(|((_, s), &a)| a && s.wakes(chan, *sends_only))
                });
                if woken {
                    after[n] = true;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        y.waited_on.iter().any(|(chan, sends_only)| {
            let signalled = signals.iter().any(|(_, s)| s.wakes(chan, *sends_only));
            // A channel signalled only from outside (`signal.Notify`) is not signalled after `x`.
            let unseen = !signalled && !self.signalled_outside_only(chan);
            unseen || signals.iter().zip(&after).any(|((_, s), &a)| a && s.wakes(chan, *sends_only))
        })
    }

    /// Whether `x`'s thread may have heard from goroutine `g` (or one `g` started) by what it
    /// waited for on every path to `x`: a wait group or something it cannot name, or a channel that `g`'s
    /// side signals, directly or through threads that waited for it before signalling. A
    /// channel nothing is seen to signal may be named differently where it is signalled, so it
    /// counts as heard from, unless the unit makes it and names every channel it signals.
    fn heard_from(&self, x: &Access, g: ThreadId) -> bool {
        if x.blocked_always {
            return true;
        }
        // What it received on every path, and what the goroutines of the groups it waited for
        // had waited for when they returned.
        let mut channels: Vec<(Obj, bool)> = x.heard_on.iter().cloned().collect();
        // The receives of a loop that drains `g` are heard on the paths that started it.
        let drains = x.drained.iter().filter(|(t, _)| *t == g).map(|(_, c)| (c.clone(), false));
        channels.extend(drains);
        for group in &x.waited_groups {
            match self.group_end(group, g) {
                Some(waited) => channels.extend(waited),
                None => return true,
            }
        }
        let Some(signals) = &self.signals else { return true };
        // A receive on one branch hears nothing on the other.
        let mut seen: std::collections::BTreeSet<(Obj, bool)> = channels.iter().cloned().collect();
        let mut next = 0;
        while let Some((chan, sends_only)) = channels.get(next).cloned() {
            next += 1;
            let mut signalled = false;
            for &(t, signal) in signals {
                if !signal.wakes(&chan, sends_only) {
                    continue;
                }
                signalled = true;
                // A thread does not wake itself.
                if t == x.thread {
                    continue;
                }
                if self.ancestors[t].contains(&g)
                    || signal.waited_otherwise
                    || !signal.waited_groups.is_empty()
                {
                    return true;
                }
                for waited in &signal.waited_on {
                    if seen.insert(waited.clone()) {
                        channels.push(waited.clone());
                    }
                }
            }
            // Code outside may signal such a channel, but it has not heard from `g`.
            if !signalled && !self.signalled_outside_only(&chan) {
                return true;
            }
        }
        false
    }

    /// Whether what `y`'s thread signalled before `y` may be what woke `x`, which heard from
    /// it: not when `x` heard, on every path, on a channel that only `y`'s thread signals and
    /// that it had not signalled before `y` (a worker acquiring a semaphore slot before its
    /// write, and sending its result after it, to a caller that receives the results).
    fn signalled_to(&self, x: &Access, y: &Access) -> bool {
        if x.blocked_always || !x.waited_groups.is_empty() {
            return y.signalled;
        }
        if !y.signalled {
            // Signalled on some path only (an earlier trip round a loop that sends after its
            // write): if `x` heard only through channels `y`'s thread may already have
            // signalled before `y`, an earlier send may be what woke it.
            let mut heard = x.heard_on.iter().map(|(c, _)| c).peekable();
            return heard.peek().is_some() && heard.all(|c| y.signalled_on.contains(c));
        }
        if y.signalled_unnamed {
            return true;
        }
        if self.signals.is_none() {
            return true;
        }
        let drains = x.drained.iter().filter(|(t, _)| *t == y.thread).map(|(_, c)| (c, false));
        let heard = x.heard_on.iter().map(|(c, s)| (c, *s)).chain(drains);
        !heard.into_iter().any(|(chan, sends_only)| self.woken_after(x, chan, sends_only, y))
    }

    /// Whether `x`'s thread received, on every path to `x`, from a channel that only `y`'s
    /// thread signals, one instance of it, and that it had not signalled on any path to `y`:
    /// the signal that woke `x` came after `y` (`started <- e; m[e]++; close(done)` against
    /// `<-started; <-done; m[e] = 0`).
    fn heard_after(&self, x: &Access, y: &Access) -> bool {
        if self.threads[y.thread].multi {
            return false;
        }
        x.heard_on.iter().any(|(chan, sends_only)| self.woken_after(x, chan, *sends_only, y))
    }

    /// For a wait on `group`, the channels its goroutines (those its `Go` started) had waited
    /// on when they returned: what the wait may have heard of `g` through them. `None` when it
    /// may have heard from `g` otherwise: `g` is one of them or started by one, one of them
    /// waited for something the analysis cannot name or for another group, one never returns,
    /// or the group has no such goroutines (its `Done`s are called where the walk does not
    /// follow them).
    fn group_end(&self, group: &Obj, g: ThreadId) -> Option<Vec<(Obj, bool)>> {
        let members = self.group_members.get(group)?;
        let mut waited = Vec::new();
        for &t in members {
            if self.ancestors[t].contains(&g) || self.ancestors[g].contains(&t) {
                return None;
            }
            let end = self.threads[t].end.as_ref()?;
            if end.waited_otherwise || !end.waited_groups.is_empty() {
                return None;
            }
            waited.extend(end.waited_on.iter().cloned());
        }
        Some(waited)
    }

    /// Whether thread `t` is `x`'s or one it starts after `x` (not live, joined or finished
    /// there), or a descendant of such a one.
    fn started_after(&self, x: &Access, t: ThreadId) -> bool {
        if t == x.thread {
            return true;
        }
        if !self.is_proper_ancestor(x.thread, t) {
            return false;
        }
        let below = self.ancestors[t].iter().take_while(|&&a| a != x.thread);
        !below.clone().any(|a| x.live.contains(a) || x.joined.contains(a) || x.finished.contains(a))
    }

    /// Whether `x` received from a channel whose sender or closer had seen `y`'s thread return
    /// (waited on its group, or on what it defers `Done` or `close` on) before signalling.
    fn relayed_end(&self, x: &Access, y: &Access) -> bool {
        let ended_before = |s: &Signal| {
            s.finished.contains(&y.thread)
                || self.threads[y.thread]
                    .done_at_exit
                    .iter()
                    .any(|g| s.waited_groups.contains(g) || s.waited_on.iter().any(|(c, _)| c == g))
        };
        x.heard_on.iter().any(|(chan, sends_only)| {
            self.threads
                .iter()
                .flat_map(|t| &t.signals)
                .any(|s| s.wakes(chan, *sends_only) && ended_before(s))
        })
    }

    fn is_proper_ancestor(&self, ancestor: ThreadId, of: ThreadId) -> bool {
        ancestor != of && self.ancestors[of].contains(&ancestor)
    }

    /// Whether `obj` can be the same object for both accesses: not when one side's thread made
    /// it, since each instance of that thread makes its own (a map made in a handler, a mutex
    /// declared in the function a goroutine runs), unless that thread started the other side's
    /// and handed it on; nor when the parent made it again while the goroutine ran
    /// (`c := newConn(); go c.serve()` in a loop gives each goroutine its own).
    fn shared(&self, obj: &Obj, a: &Access, b: &Access) -> bool {
        let Some(site) = obj.site() else { return true };
        // Made by two different threads, each in its own call of the function holding the
        // `make` (a local that a goroutine's closure captures, in a function two goroutines
        // call): two objects, unless one thread is the other's ancestor or it is sent on.
        let maker = |t: ThreadId| {
            self.ancestors[t].iter().copied().find(|&u| self.threads[u].allocs.contains(&site))
        };
        if let (Some(p), Some(q)) = (maker(a.thread), maker(b.thread))
            && p != q
            && !self.ancestors[p].contains(&q)
            && !self.ancestors[q].contains(&p)
            && !self.sent_sites.contains_key(&site)
        {
            return false;
        }
        [(a, b), (b, a)].iter().all(|(x, y)| {
            // Sent on a channel, it is handed to whichever thread receives it (though each
            // instance of the sender still makes its own): to the other side if it received
            // from such a channel (or waited on something unnamed) before its access.
            let handed_over = x.thread != y.thread
                && self.sent_sites.get(&site).is_some_and(|channels| {
                    y.waited_otherwise
                        || channels.iter().any(|c| y.waited_on.iter().any(|(w, _)| w == c))
                });
            let own = self.threads[x.thread].allocs.contains(&site)
                && !self.is_proper_ancestor(x.thread, y.thread)
                && !handed_over;
            let fresh =
                self.ancestors[x.thread].iter().any(|&t| self.threads[t].fresh.contains(&site));
            !own && !fresh
        })
    }

    /// Whether `obj` is made by the thread of one access, which started (directly or through
    /// others) the thread of the other, and is not sent on a channel: each instance of the
    /// maker has its own, which only its own descendants see.
    fn instance_local(&self, obj: &Obj, a: &Access, b: &Access) -> bool {
        let Some(site) = obj.site() else { return false };
        if self.sent_sites.contains_key(&site) {
            return false;
        }
        [(a, b), (b, a)].iter().any(|(x, y)| {
            self.threads[x.thread].allocs.contains(&site)
                && self.is_proper_ancestor(x.thread, y.thread)
        })
    }

    /// Whether `x`'s receive from `chan` (that only a send can wake, for `sends_only`) was woken
    /// after `y`: only `y`'s thread signals the channel, and it had not on any path to `y`.
    fn woken_after(&self, x: &Access, chan: &Obj, sends_only: bool, y: &Access) -> bool {
        let Some(signals) = &self.signals else { return false };
        if y.signalled_on.contains(chan) {
            return false;
        }
        // A channel the receiving thread made itself is signalled only by the thread and its
        // descendants: what another thread signals is another instance, made by another call
        // of the same function (Send called by two tests, each draining its own goroutines).
        let own = self.makes_own(x.thread, chan);
        let mut waking = signals
            .iter()
            .filter(|(t, s)| {
                s.wakes(chan, sends_only) && (!own || self.ancestors[*t].contains(&x.thread))
            })
            .peekable();
        waking.peek().is_some() && waking.all(|&(t, _)| t == y.thread)
    }

    /// Whether `thread` makes the channel `chan` itself (no ancestor of it executes the `make`)
    /// and never sends it on a channel.
    fn makes_own(&self, thread: ThreadId, chan: &Obj) -> bool {
        let &Obj::Site { func, instr } = chan else { return false };
        let site = (func, instr);
        self.threads[thread].allocs.contains(&site)
            && !self.ancestors[thread][1..].iter().any(|&p| self.threads[p].allocs.contains(&site))
            && !self.sent_sites.contains_key(&site)
    }

    /// Whether a mutex both accesses hold excludes them (a mutex reached through an element of a
    /// slice guards what is reached through the same element: the map, or the struct holding
    /// it): one of them holds it for writing, and
    /// it is one mutex, not a copy or a fresh variable per goroutine.
    fn held_in_common(&self, a: &Access, b: &Access) -> bool {
        // The same mutex field of the struct both reach the map through: one struct when both
        // name it alike, or when neither can name it (a pointer an interface method returns)
        // while the map itself has one name.
        if a.holder == b.holder
            && (a.holder.is_some() || a.map == b.map)
            && a.holder_locks.iter().any(|&(field, mode)| {
                b.holder_locks.iter().any(|&(other, other_mode)| {
                    other == field && (mode == Mode::Write || other_mode == Mode::Write)
                })
            })
        {
            return true;
        }
        // A mutex picked by the index that picks the map element: one per element.
        let by_index = a.index_locks.iter().any(|(lock, mode)| {
            b.index_locks.iter().any(|(other, other_mode)| {
                other == lock
                    && (*mode == Mode::Write || *other_mode == Mode::Write)
                    && self.shared(lock, a, b)
            })
        });
        if by_index {
            return true;
        }
        // A hashed pick of an element is any element here, like the element a loop visits.
        a.locks.iter().any(|(lock, mode)| {
            let lock = lock.unsharded();
            b.locks.iter().any(|(other, other_mode)| {
                other.unsharded() == lock
                    && (*mode == Mode::Write || *other_mode == Mode::Write)
                    && lock.elements().all(|e| reaches(a, e) && reaches(b, e))
                    && self.shared(&lock, a, b)
            })
        })
    }
}

/// Whether `x`'s thread received from goroutine `g`'s channel as many times as it started
/// instances of `g`, each of which sends on it (see `Access::drained`).
fn drained(threads: &[Thread], x: &Access, g: ThreadId) -> bool {
    x.drained.iter().any(|(t, chan)| {
        *t == g && threads[g].signals.iter().any(|s| s.chan.as_ref() == Some(chan) && !s.close)
    })
}

/// Whether `x`'s thread may have signalled, before `x`, what `y`'s thread waited for: it
/// signalled on every path, or on some path on a channel `y`'s thread received from (a send in
/// an earlier step of the loop `x` is in), so the wait may have returned before `x`; unless
/// that step made its own map.
fn signalled_before(x: &Access, y: &Access) -> bool {
    x.signalled
        || (!x.made_in_loop && y.waited_on.iter().any(|(chan, _)| x.signalled_on.contains(chan)))
}

/// Whether the threads of `a` and `b` may run the two accesses at the same time, with nothing
/// ordering them and no mutex in common.
fn may_race(family: &Family<'_>, a: &Access, b: &Access) -> bool {
    let threads = family.threads;
    // Which element an access picks is not tracked, so two of them may well touch different
    // ones; unless one goes through every element.
    let one_element = (a.map.through_element() || b.map.through_element())
        && !a.every_element
        && !b.every_element;
    if one_element || family.held_in_common(a, b) || !family.shared(&a.map, a, b) {
        return false;
    }
    // A `Once`'s function runs once, before every `Do` of it returns; but a `Once` each
    // instance of a goroutine makes anew (a value receiver's copy) is another `Once` in each.
    let own_once = |x: &Access, o: &Obj| {
        threads[x.thread].multi && o.site().is_some_and(|s| threads[x.thread].allocs.contains(&s))
    };
    let once_before = |x: &Access, y: &Access| {
        x.once.as_ref().is_some_and(|o| {
            !(x.thread == y.thread && own_once(x, o))
                && (y.once.as_ref() == Some(o) || y.after_onces.contains(o))
        })
    };
    if once_before(a, b) || once_before(b, a) {
        return false;
    }
    if a.finished.contains(&b.thread) || b.finished.contains(&a.thread) {
        return false;
    }
    let handler = |x: &Access| threads[x.thread].kind == SpawnKind::Handler;
    if family.sequential_requests && (handler(a) || handler(b)) {
        return false;
    }
    // A goroutine that defers `wg.Done()` has ended once the other side's `wg.Wait()` returns.
    // Likewise one that defers `close(done)` once the other side received from `done`, or
    // whose end the sender of what the other side received had waited for.
    let ended = |x: &Access, y: &Access| {
        let direct = x.joined.contains(&y.thread)
            && threads[y.thread].done_at_exit.iter().any(|g| {
                // A receive only a send can have woken (`range ch`, `v, ok := <-ch` with ok)
                // does not see the deferred close.
                x.groups_waited_always.contains(g)
                    || x.heard_on.iter().any(|(chan, sends_only)| chan == g && !sends_only)
            });
        direct || family.relayed_end(x, y)
    };
    if ended(a, b) || ended(b, a) {
        return false;
    }
    if a.thread == b.thread {
        // Each call of a handler gets a request and a response writer of its own, and so does
        // each call of a round tripper a library makes for a request: two instances never
        // share one. (A parameter is only an object of its own where the walk entered the
        // function without a caller to bind it: a handler, a library's callback.)
        if a.through_request && b.through_request {
            return false;
        }
        // Only one instance gets past a won `CompareAndSwap`.
        return threads[a.thread].multi && !(a.exclusive && b.exclusive || a.relayed && b.relayed);
    }
    let (up_a, up_b) = (&family.ancestors[a.thread], &family.ancestors[b.thread]);
    // Two threads that each received their own request or response writer (two handlers, a
    // handler and a root walked without a caller) do not share it: only a goroutine handed
    // one by the thread that received it (or by an ancestor of that one) does.
    if a.through_request && b.through_request {
        // The descendant's request is its own when its thread was entered at the function
        // whose parameter it is (a handler its ancestor registered), not handed down.
        let own = |x: &Access| match x.map.root() {
            Obj::Param { func, .. } => threads[x.thread].entries.contains(func),
            _ => false,
        };
        let shared = (up_b.contains(&a.thread) && !own(b)) || (up_a.contains(&b.thread) && !own(a));
        if !shared {
            return false;
        }
    }
    // One runs while the other's thread has the goroutine (or an ancestor of it) live.
    // What the goroutine does after receiving is ordered after what the other side did before
    // sending, so only an access after the other side's send still races with it.
    for (x, y, up_y) in [(a, b, up_b), (b, a, up_a)] {
        if up_y.iter().any(|g| x.live.contains(g) && !drained(threads, x, *g)) {
            return !family.waits_for(x, y) || signalled_before(x, y);
        }
    }
    // The other side received from or waited for the goroutine: only what the goroutine does
    // after its own send, close or `Done` may run at the same time.
    // (If the goroutine itself waited before its access, that orders it after the other side
    // only when the other side had not signalled yet: `Done` then `Wait` on both sides is a
    // barrier, and what follows it on each side runs at the same time.)
    // (A receive joins every goroutine live at it, but it hears only from those that signal
    // that channel, or signal a thread that does: the others are still live.)
    for (x, y, up_y) in [(a, b, up_b), (b, a, up_a)] {
        if let Some(&g) = up_y.iter().find(|g| x.joined.contains(g)) {
            if !family.heard_from(x, g) {
                return !family.waits_for(x, y) || signalled_before(x, y);
            }
            if family.heard_after(x, y) {
                return false;
            }
            return family.signalled_to(x, y)
                && (!family.waits_for(x, y) || signalled_before(x, y));
        }
    }
    // A map one side's goroutine makes for itself and hands to a goroutine it starts is that
    // instance's: another instance's child has its own, so only the rules above (the child
    // against its own parent) can pair them.
    if family.instance_local(&a.map, a, b) {
        return false;
    }
    // Two goroutines, one started while the other (or an ancestor of it) was live. One access
    // may be ordered before the other only if the other waited for something first and the one
    // did not signal before it (a barrier, `Done` then `Wait`, orders nothing after it).
    for (up_x, up_y) in [(up_a, up_b), (up_b, up_a)] {
        for &g in up_x {
            if up_y.iter().any(|h| threads[g].live_at_spawn.contains(h)) {
                let ordered =
                    |x: &Access, y: &Access| family.waits_for(x, y) && !signalled_before(x, y);
                return !ordered(a, b) && !ordered(b, a);
            }
        }
    }
    false
}

/// One race per map: the write that takes part in every racing pair if there is one (the first
/// in source order), otherwise the first write that holds no lock, otherwise the first write;
/// with the access it races with.
fn representative<P: Ord>(
    position: &dyn Fn(&Access) -> P,
    pairs: &[(&Access, &Access)],
) -> Option<Race> {
    // By source position, so that the read and the write of `m[k] += v` count as one access
    // (`position` gives a read that feeds a write the write's position).
    let key = |a: &Access| position(a);
    let mut writes: Vec<&Access> =
        pairs.iter().flat_map(|(a, b)| [*a, *b]).filter(|a| a.mode == Mode::Write).collect();
    writes.sort_by_key(|a| position(a));
    writes.dedup_by_key(|a| key(a));
    // Without one, a write that holds no lock: that is where a lock is missing.
    let in_every = writes
        .iter()
        .find(|w| pairs.iter().all(|(a, b)| key(a) == key(w) || key(b) == key(w)))
        .or_else(|| writes.iter().find(|w| w.locks.is_empty()))
        .or(writes.first())?;
    let (a, b) = pairs.iter().find(|(a, b)| key(a) == key(in_every) || key(b) == key(in_every))?;
    let (report, other) = if key(a) == key(in_every) { (*a, *b) } else { (*b, *a) };
    Some(Race { report: report.clone(), other: other.clone() })
}
