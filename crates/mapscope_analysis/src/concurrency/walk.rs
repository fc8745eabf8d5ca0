//! The walk that finds goroutines and the map accesses each one makes, with the locks held and
//! the goroutines that may run at the same time.
//!
//! Every thread of execution is walked from its start: the unit's root functions (those nothing
//! in the unit calls) on the thread that calls them, and each goroutine from its `go` statement
//! (or `wg.Go`, `errgroup.Go`, `time.AfterFunc`, an HTTP handler's registration). Calls to
//! functions of the unit are walked in place, with their parameters bound, so that a receiver's
//! field is the caller's object. Inside a function the walk is a forward dataflow over the
//! blocks, to a fixpoint, of three facts: the goroutines spawned on some path and not yet waited
//! for (live), the mutexes held on every path (locks), and whether some path has already
//! blocked on a channel or a wait since the thread started (synced).

use super::counted_loops::{TripCount, loop_bound};
use super::resolve::{
    Binding, Context, FRESH_REQUESTS, FieldStores, Obj, Resolver, allocates, field_path,
    static_callee_name,
};
use mapscope_ssa::{
    Builtin, CallCommon, Callee, ConversionKind, Function, InstrId, InstrKind, TypeInfo, ValueId,
};
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::BTreeSet;
use std::rc::Rc;

/// How many functions a call of a named function type's value may run before it is taken as
/// running none of them (see `Walk::named_func_values`).
const MAX_NAMED_FUNC_VALUES: usize = 4;
/// How many nested calls a walk follows.
const MAX_CALL_DEPTH: usize = 6;
/// How many instructions one unit's walk may visit before it stops following calls, so that a
/// huge package costs a bounded time (the check then sees less, never more).
const INSTRUCTION_BUDGET: usize = 1_000_000;
/// How many threads one unit's walk creates at most: a bound on the work, like the budget.
const MAX_THREADS: usize = 4_096;
/// How many channels a thread's receives are remembered for (see [`State::receive`]).
const MAX_WAITED_ON: usize = 4;
/// Dataflow passes over one function before its facts are taken as they are. Five let a
/// counted receive loop followed by a short circuit reach the accesses after it; six made the
/// walk take one `go` statement, reached from two calls with different objects (serf's two
/// coalescers), as two instances sharing the first call's object.
const MAX_PASSES: usize = 5;

pub type ThreadId = usize;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum Mode {
    Read,
    Write,
}

/// How a goroutine was started, for the message.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SpawnKind {
    Go,
    WaitGroupGo,
    ErrgroupGo,
    AfterFunc,
    ContextAfterFunc,
    Handler,
    /// The handler of an `http.Server` or httptest server, at the call that starts it serving.
    ServerHandler,
    /// A `RegisterOnShutdown` hook, which `Shutdown` starts on a goroutine of its own.
    ShutdownHook,
    /// An `http.Server`'s `ConnState` hook, called on the connections' goroutines.
    ConnState,
    /// An `http.Server`'s `ConnContext` hook, called in its accept loop.
    ConnContext,
    /// A `tls.Config` hook (`GetCertificate`), called in each TLS connection's handshake.
    TlsHandshake,
    /// A goroutine os/exec starts to copy a command's input or output (`cmd.Start`, `cmd.Run`):
    /// the stream, by its field of `exec.Cmd` (4 `Stdin`, 5 `Stdout`, 6 `Stderr`).
    CommandCopy(u32),
}

/// A thread of execution: a root, or a goroutine.
#[derive(Debug)]
pub struct Thread {
    pub parent: Option<ThreadId>,
    /// Where it was started: the function and instruction of its `go` statement or registration.
    pub spawn: Option<(usize, InstrId)>,
    pub kind: SpawnKind,
    /// Whether more than one instance may run at once (started in a loop, a handler).
    pub multi: bool,
    /// The goroutines live in the parent when this one was started.
    pub live_at_spawn: BTreeSet<ThreadId>,
    /// The allocation sites this thread executes: what it makes is its own.
    pub allocs: FxHashSet<(usize, InstrId)>,
    /// The sites its parent executes again while it runs (in the next iteration of the loop that
    /// started it): each instance may be handed its own object from such a site.
    pub fresh: FxHashSet<(usize, InstrId)>,
    /// The sites its parent executed while it ran, before it is (perhaps) started again: they
    /// become `fresh` when the same `go` statement is reached again with this thread live.
    pending_fresh: FxHashSet<(usize, InstrId)>,
    /// The sends and closes it makes, with what it had waited for before each.
    pub signals: Vec<Signal>,
    /// The wait groups whose `Done` it defers, and the channels it defers closing, in the
    /// function it runs: waiting on one of them waits for its end.
    pub done_at_exit: FxHashSet<Obj>,
    /// What it may have waited for when its function returns, if it returns.
    pub end: Option<End>,
    /// The functions its closure captures or its arguments pass, one for each (see
    /// `Walk::spawn_one_of`).
    pub runs: Vec<Option<usize>>,
    /// The group (`WaitGroup.Go`, errgroup's `Go`) that started it, whose `Wait` waits for its end.
    pub group: Option<Obj>,
    /// The flags its starter had set with `CompareAndSwap(false, true)` on every path to every
    /// start (see `State::flags_set`).
    pub flags_set_at_spawn: Option<BTreeSet<Obj>>,
    /// The latch its start sits behind (see `latches`): reaching the start again on the same
    /// object cannot start a second instance.
    latch: Option<Obj>,
    /// The call (its context) whose counting loop around the start makes at most one trip
    /// (`for range workers` with `workers` a caller's 1): the walk reaching the start again in
    /// that call goes round the loop, not through a second start.
    single_trip: Option<Rc<Context>>,
    /// Where what its first instance was started on comes from (see `constructions`).
    origins: Vec<Option<super::constructions::Origin>>,
    /// The functions the thread was entered at, without a caller (a root's, in order), or the
    /// function it runs (a goroutine's): their parameters are the thread's own.
    pub entries: Vec<usize>,
}

/// What a goroutine may have waited for before it returned.
#[derive(Debug, Clone)]
pub struct End {
    pub waited_on: BTreeSet<(Obj, bool)>,
    pub waited_otherwise: bool,
    pub waited_groups: BTreeSet<Obj>,
}

/// A send on a channel or a close of one, with what its thread may have waited for before it:
/// another thread that receives it is ordered after whatever that wait was ordered after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signal {
    /// The channel, when the analysis can name it.
    pub chan: Option<Obj>,
    pub close: bool,
    pub waited_on: BTreeSet<(Obj, bool)>,
    pub waited_otherwise: bool,
    /// The goroutines known to have returned, and the wait groups waited on, before it: a
    /// receiver of this signal is ordered after their ends too.
    pub finished: BTreeSet<ThreadId>,
    pub waited_groups: BTreeSet<Obj>,
}

impl Signal {
    /// Whether it can wake a receive from `chan`: it sends on it, or closes it unless only a
    /// send can have woken the receiver (`sends_only`).
    pub fn wakes(&self, chan: &Obj, sends_only: bool) -> bool {
        self.chan.as_ref() == Some(chan) && !(sends_only && self.close)
    }
}

/// One map operation on one thread, with what was true whenever it ran.
#[derive(Debug, Clone)]
pub struct Access {
    pub thread: ThreadId,
    pub func: usize,
    pub instr: InstrId,
    pub map: Obj,
    pub mode: Mode,
    /// Mutexes held on every path to it.
    pub locks: BTreeSet<(Obj, Mode)>,
    /// Goroutines that may run while it does.
    pub live: BTreeSet<ThreadId>,
    /// Goroutines its thread received from or waited for before it: only what they do after
    /// their own send, close or `Done` may still run at the same time.
    pub joined: BTreeSet<ThreadId>,
    /// Goroutines started by a `WaitGroup.Go` or errgroup `Go` whose group its thread waited
    /// for before it: they have returned, so nothing they do runs at the same time.
    pub finished: BTreeSet<ThreadId>,
    /// Goroutines started and not known to have returned on some visit to it: on a visit where
    /// a goroutine had not started (a first pass over a loop that starts it), the access came
    /// before it, so only these visits keep it out of `finished`.
    pub unfinished: BTreeSet<ThreadId>,
    /// Whether its thread may have blocked on a channel or a wait before it.
    pub synced: bool,
    /// The channels its thread may have received from before it, each with whether only a
    /// send can have woken it (a `range` loop's body, after a receive that got a value) or a
    /// close too.
    pub waited_on: BTreeSet<(Obj, bool)>,
    /// Whether its thread may have waited for something else (a wait group, a select, a
    /// channel the analysis cannot name) before it.
    pub waited_otherwise: bool,
    /// The channels its thread received from on every path to it (with whether only a send
    /// can have woken it), and whether it blocked on something it cannot name on every path:
    /// what it has surely heard from, where [`Access::waited_on`] is what it may have.
    pub heard_on: BTreeSet<(Obj, bool)>,
    pub blocked_always: bool,
    /// The wait groups its thread waited on before it.
    pub waited_groups: BTreeSet<Obj>,
    /// The wait groups its thread waited on before it on every path, on every visit: a
    /// goroutine that defers their `Done` has returned.
    pub groups_waited_always: BTreeSet<Obj>,
    /// Whether its thread sent, closed or signalled on every path before it: then what another
    /// goroutine does after receiving is not ordered before it.
    pub signalled: bool,
    /// The channels its thread sent on or closed on some path before it: a receive from a
    /// channel of its own that is not among them was woken by a signal after it.
    pub signalled_on: BTreeSet<Obj>,
    /// Whether its thread signalled, on some path before it, in a way that names no channel
    /// (`wg.Done`, a cancel function, a send on a channel it cannot name).
    pub signalled_unnamed: bool,
    /// The goroutines started in a counted loop that its thread received from as many times
    /// as it started them, with the channel (see `Walk::drained_by`): if each sends on that
    /// channel, they are still live on the path that started none, but none of them runs then.
    pub drained: BTreeSet<(ThreadId, Obj)>,
    /// What `drained` was over the walks of its function before the current one (see
    /// `Walk::walk_serial`), and which walk last visited the access.
    drained_before: Option<BTreeSet<(ThreadId, Obj)>>,
    drained_walk: u64,
    /// Whether the map is reached through an element of an array or slice chosen by a loop
    /// counting from the first element: the access touches every element's map in turn, so
    /// whichever element another access picks, this one touches it too.
    pub every_element: bool,
    /// Whether the map's allocation site may run more than once per call of its function (made
    /// in a loop): a signal on an earlier trip round the loop concerns another map.
    pub made_in_loop: bool,
    /// Whether the map is reached through a `*http.Request` or `http.ResponseWriter` parameter
    /// the walk could not bind: net/http gives each call of a handler a request and a writer of
    /// its own, and a client each call of its transport the request it was given.
    pub through_request: bool,
    /// Whether, on every path to it, its thread won a `CompareAndSwap` on a variable it did not
    /// make itself: of the instances of a goroutine, only one gets here.
    pub exclusive: bool,
    /// Whether the instance waited, just before, for a channel handed to it alone, and sends or
    /// closes after it on every path: instances passing a token along a chain of channels, each
    /// going on when the previous one is done.
    pub relayed: bool,
    /// The struct the map was loaded from a field of (`s` in `s.m[k]`), when it has an object:
    /// a mutex of that struct guards the map even where the map itself resolves elsewhere.
    pub holder: Option<Obj>,
    /// The fields of the struct the map was loaded from (through a pointer the function did not
    /// allocate) that are mutexes held on every path to it: `r.mu.Lock(); r.nodes[k]++`. Two
    /// accesses to one map through the same struct holding the same field hold one mutex, even
    /// where the walk names the struct two ways.
    pub holder_locks: BTreeSet<(u32, Mode)>,
    /// The `sync.Once` whose `Do` runs it, when it runs in the function given to `Do`: it runs
    /// once, before any `Do` of that `Once` returns.
    pub once: Option<Obj>,
    /// The `sync.Once`s whose `Do` its thread returned from on every path before it: the
    /// accesses of their functions are ordered before it.
    pub after_onces: BTreeSet<Obj>,
    /// The mutexes held on every path to it that are elements of an array or slice picked by
    /// the very index that picks the map (`mu, shard := &s.locks[i], s.shards[i]`): two
    /// accesses to one map element that both hold such a mutex hold the same one.
    pub index_locks: BTreeSet<(Obj, Mode)>,
}

/// The facts the walk carries from instruction to instruction. Its sets are shared between the
/// copies made at every block and call, and copied only when one copy changes.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
struct State {
    live: Sets<ThreadId>,
    joined: Sets<ThreadId>,
    finished: Sets<ThreadId>,
    locks: Sets<(Obj, Mode)>,
    synced: bool,
    /// See [`Access::waited_on`] and [`Access::waited_otherwise`].
    waited_on: Sets<(Obj, bool)>,
    /// See [`Access::waited_groups`].
    waited_groups: Sets<Obj>,
    /// See [`Access::groups_waited_always`].
    groups_waited_always: Sets<Obj>,
    waited_otherwise: bool,
    /// See [`Access::heard_on`] and [`Access::blocked_always`].
    heard_on: Sets<(Obj, bool)>,
    blocked_always: bool,
    signalled: bool,
    /// Won a `CompareAndSwap` on every path (see [`Access::exclusive`]).
    exclusive: bool,
    /// The `atomic.Bool`s that a `CompareAndSwap(false, true)` ran on, on every path, and that
    /// nothing stores into: true from then on, so a later `CompareAndSwap(false, true)` on one
    /// fails, in this thread or in a goroutine started after it (a hand-rolled once that `main`
    /// runs before it serves).
    flags_set: Sets<Obj>,
    /// The last thing the thread blocked on, on every path, was a receive from a channel of
    /// its own instance (see [`Access::relayed`]).
    relay: bool,
    /// False until some path reaches the point.
    reached: bool,
    /// The channels the thread sent on or closed on some path here (see
    /// [`Access::signalled_on`]).
    signalled_on: Sets<Obj>,
    /// See [`Access::signalled_unnamed`].
    signalled_unnamed: bool,
    /// See [`Access::drained`].
    drained: Sets<(ThreadId, Obj)>,
    /// The mutexes held on every path that are a field of a struct pointer, by where the
    /// pointer comes from (see `origin`), the field and the mutex (see [`Access::holder_locks`]).
    field_locks: Sets<((usize, ValueId), u32, Obj, Mode)>,
    /// The conditions every path here has tested, with the value each had (see [`CondKey`]).
    assumed: Sets<(CondKey, bool)>,
    /// Locks held exactly on the paths where a condition had a value: `if na.isUnix() {
    /// mu.Lock(); defer mu.Unlock() }` holds `mu` after the `if` when `na.isUnix()` is true, and
    /// a later test of the same condition (here or in a callee given `na`) takes it as held.
    cond_locks: Sets<((Obj, Mode), CondKey, bool)>,
    /// See [`Access::after_onces`].
    after_onces: Sets<Obj>,
    /// The mutexes held on every path that are elements picked by an index, by where the index
    /// comes from (see `origin`; [`Access::index_locks`]).
    index_locks: Sets<((usize, ValueId), Obj, Mode)>,
}

/// A condition the walk can recognise when it is tested again: a call of a function of the
/// unit on arguments that are values (no pointers, maps, channels, slices or interfaces, so
/// the result cannot change in between), or a boolean parameter; each argument by where it
/// comes from (the function and value it is bound to through the calls that passed it down).
type CondKey = (Option<usize>, Vec<(usize, ValueId)>);

/// How many conditions a state remembers as tested (see [`State::assumed`]).
const MAX_ASSUMED: usize = 8;

impl State {
    fn entry() -> State {
        State { reached: true, ..State::default() }
    }

    fn join(&mut self, other: &State) {
        if !other.reached {
            return;
        }
        if !self.reached {
            *self = other.clone();
            return;
        }
        // A goroutine one side never started is finished on that side as far as the accesses
        // after the join can tell: it cannot be running there.
        let started = |s: &State, t: &ThreadId| {
            s.live.contains(t) || s.joined.contains(t) || s.finished.contains(t)
        };
        if self.finished != other.finished {
            let finished: BTreeSet<ThreadId> = (self.finished.iter())
                .filter(|t| other.finished.contains(t) || !started(other, t))
                .chain(other.finished.iter().filter(|t| !started(self, t)))
                .copied()
                .collect();
            self.finished = Rc::new(finished);
        }
        union(&mut self.live, &other.live);
        union(&mut self.joined, &other.joined);
        let any_lock = !(self.locks.is_empty()
            && other.locks.is_empty()
            && self.cond_locks.is_empty()
            && other.cond_locks.is_empty());
        if any_lock
            && (self.locks != other.locks
                || self.cond_locks != other.cond_locks
                || self.assumed != other.assumed)
        {
            let cond_locks = self.conditional_locks(other);
            if *self.cond_locks != cond_locks {
                self.cond_locks = Rc::new(cond_locks);
            }
        }
        if self.locks != other.locks {
            meet_locks(Rc::make_mut(&mut self.locks), &other.locks);
        }
        intersect(&mut self.assumed, &other.assumed);
        union(&mut self.signalled_on, &other.signalled_on);
        self.signalled_unnamed |= other.signalled_unnamed;
        // The path around a counted loop that drains nothing started nothing either.
        union(&mut self.drained, &other.drained);
        intersect(&mut self.field_locks, &other.field_locks);
        self.synced |= other.synced;
        union(&mut self.waited_on, &other.waited_on);
        union(&mut self.waited_groups, &other.waited_groups);
        intersect(&mut self.groups_waited_always, &other.groups_waited_always);
        intersect(&mut self.flags_set, &other.flags_set);
        self.waited_otherwise |= other.waited_otherwise;
        intersect(&mut self.heard_on, &other.heard_on);
        intersect(&mut self.after_onces, &other.after_onces);
        intersect(&mut self.index_locks, &other.index_locks);
        self.blocked_always &= other.blocked_always;
        self.signalled &= other.signalled;
        self.exclusive &= other.exclusive;
        self.relay &= other.relay;
    }

    /// The conditional locks after joining `other`. On each side, a lock held while a condition
    /// is assumed is held under that condition, and any lock is held under a condition the
    /// side assumes the opposite of (no path of that side has it); what both sides agree on
    /// stays, except locks both sides hold outright.
    fn conditional_locks(&self, other: &State) -> BTreeSet<((Obj, Mode), CondKey, bool)> {
        let effective = |side: &State| -> BTreeSet<((Obj, Mode), CondKey, bool)> {
            let mut held = (*side.cond_locks).clone();
            for lock in side.locks.iter() {
                for (key, value) in side.assumed.iter() {
                    held.insert((lock.clone(), key.clone(), *value));
                }
            }
            held
        };
        let (mine, theirs) = (effective(self), effective(other));
        let covers = |side: &State, held: &BTreeSet<_>, c: &((Obj, Mode), CondKey, bool)| {
            held.contains(c) || side.assumed.contains(&(c.1.clone(), !c.2))
        };
        let both_hold = |(lock, _): &(Obj, Mode)| {
            self.locks.iter().any(|(l, _)| l == lock) && other.locks.iter().any(|(l, _)| l == lock)
        };
        mine.iter()
            .chain(theirs.iter())
            .filter(|c| !both_hold(&c.0))
            .filter(|c| covers(self, &mine, c) && covers(other, &theirs, c))
            .cloned()
            .collect()
    }

    /// Releases `lock`, an element mutex picked by the index from `picked` (when known): the
    /// same slice's mutexes picked by other indices stay held for the maps those pick.
    fn release_picked(&mut self, lock: &Obj, picked: Option<(usize, ValueId)>) {
        let Some(picked) = picked else { return self.release(lock) };
        let kept: Vec<_> = (self.index_locks.iter())
            .filter(|(at, held, _)| held == lock && *at != picked)
            .cloned()
            .collect();
        self.release(lock);
        if !kept.is_empty() {
            Rc::make_mut(&mut self.index_locks).extend(kept);
        }
    }

    /// Releases `lock`, also where it was held under a condition.
    fn release(&mut self, lock: &Obj) {
        if self.locks.iter().any(|(held, _)| held == lock) {
            Rc::make_mut(&mut self.locks).retain(|(held, _)| held != lock);
        }
        if self.cond_locks.iter().any(|((held, _), _, _)| held == lock) {
            Rc::make_mut(&mut self.cond_locks).retain(|((held, _), _, _)| held != lock);
        }
        if self.field_locks.iter().any(|(_, _, held, _)| held == lock) {
            Rc::make_mut(&mut self.field_locks).retain(|(_, _, held, _)| held != lock);
        }
        if self.index_locks.iter().any(|(_, held, _)| held == lock) {
            Rc::make_mut(&mut self.index_locks).retain(|(_, held, _)| held != lock);
        }
    }

    /// The branch where the condition `key` has `value`: the locks held under it are held.
    fn assume(&mut self, key: &CondKey, value: bool) {
        if self.cond_locks.iter().any(|(_, k, _)| k == key) {
            let cond_locks = Rc::make_mut(&mut self.cond_locks);
            let held: Vec<(Obj, Mode)> = (cond_locks.iter())
                .filter(|(_, k, v)| k == key && *v == value)
                .map(|(lock, _, _)| lock.clone())
                .collect();
            cond_locks.retain(|(_, k, _)| k != key);
            Rc::make_mut(&mut self.locks).extend(held);
        }
        if self.assumed.len() < MAX_ASSUMED && !self.assumed.contains(&(key.clone(), !value)) {
            Rc::make_mut(&mut self.assumed).insert((key.clone(), value));
        }
    }

    /// A receive, a wait or an acquiring atomic load: the goroutines live so far are joined.
    fn block(&mut self) {
        let live = std::mem::take(&mut self.live);
        union(&mut self.joined, &live);
        self.synced = true;
        self.waited_otherwise = true;
        self.blocked_always = true;
        self.relay = false;
    }

    /// A receive from the channel object `chan`: like [`State::block`], remembering what it
    /// waited for.
    fn receive(&mut self, chan: Obj) {
        let live = std::mem::take(&mut self.live);
        union(&mut self.joined, &live);
        self.synced = true;
        self.relay = false;
        if self.waited_on.len() < MAX_WAITED_ON {
            Rc::make_mut(&mut self.heard_on).insert((chan.clone(), false));
            Rc::make_mut(&mut self.waited_on).insert((chan, false));
        } else {
            // Past a few channels, the thread is taken to have waited for anything.
            self.waited_otherwise = true;
            self.blocked_always = true;
        }
    }
}

/// What one walk of one function keeps between its instructions.
#[derive(Default, Debug)]
struct Frame {
    /// The mutexes `defer m.Unlock()` releases at the function's `rundefers`, with the
    /// instruction that deferred each.
    deferred_unlocks: Vec<(Obj, InstrId)>,
    /// The mutexes `defer m.RLock()` (or `Lock`) takes again at `rundefers`, with how and the
    /// instruction that deferred each: a helper that drops a read lock to write returns with it
    /// held again.
    deferred_locks: Vec<(Obj, Mode, InstrId)>,
    /// The map writes deferred (`defer delete(m, k)`), with the instruction and the map.
    deferred_writes: Vec<(InstrId, ValueId)>,
    /// The channels `defer close(ch)` closes when the deferred calls run.
    deferred_closes: Vec<Option<Obj>>,
    /// The other deferred calls of functions (`defer s.record(k)`, `defer func() {...}()`),
    /// walked when the deferred calls run.
    deferred_calls: Vec<InstrId>,
    /// The deferred `wg.Done()`s that other deferred calls registered before them run after:
    /// those calls run once the group may have been waited for.
    deferred_signals: Vec<InstrId>,
    /// The cases of each `select` by its chosen-index value: a case's receive or send takes
    /// effect only on the branch that tests for that case's index.
    select_cases: FxHashMap<ValueId, Vec<mapscope_ssa::SelectState>>,
    /// Each call's entry and exit state from the previous pass: a call entered in the same state
    /// again is not walked again (its accesses are already recorded with those facts).
    calls: FxHashMap<InstrId, (State, State)>,
    /// Each `CompareAndSwap(false, true)` that sets a flag for good (see `State::flags_set`),
    /// and whether the flag was already set, on every path, when it ran: then it fails.
    flag_calls: FxHashMap<InstrId, bool>,
}

/// An access by thread, function, instruction, whether the thread had signalled, and the
/// struct holding the map: visits through different structs (a method called on two values
/// of its type) keep their own locks.
type AccessKey = (ThreadId, usize, InstrId, bool, Option<Obj>);

/// Where a thread was started: parent, spawning function and instruction, which of the
/// goroutines the instruction starts, and the functions it is given to run.
type SpawnKey = (ThreadId, usize, InstrId, usize, Vec<Option<usize>>);

/// The walk of one unit: its threads and the accesses found so far.
pub struct Walk<'a> {
    pub resolver: Resolver<'a>,
    /// Each function's dominator tree, made when an access needs it (see `published_as`).
    dominators: FxHashMap<usize, Rc<mapscope_ssa::dom::DomTree>>,
    /// The fields the unit only ever sets, found when a start first needs them.
    latches: Option<super::latches::LatchFields>,
    /// The unit's functions that never return, found when the walk starts.
    stopping: Option<Rc<super::stops::Stopping>>,
    pub types: &'a dyn TypeInfo,
    pub threads: Vec<Thread>,
    /// Accesses by (thread, function, instruction, whether the thread had signalled); facts
    /// merged over every visit. Visits before and after the thread signalled are kept apart
    /// (a ticker's first sample before `close(warm)`, the later ones after it).
    pub accesses: FxHashMap<AccessKey, Access>,
    /// Threads by (parent, spawning function, spawning instruction, which of the goroutines the
    /// instruction starts, the functions it is given to run).
    spawned: FxHashMap<SpawnKey, ThreadId>,
    pending: Vec<(ThreadId, Rc<Context>)>,
    /// The mutexes each goroutine starts holding: locked by its parent before the `go` and
    /// unlocked by the goroutine (see `Walk::handed_locks`).
    handed: FxHashMap<ThreadId, Vec<(Obj, Mode)>>,
    budget: usize,
    /// A number for each call of `walk_function`, and the one whose instructions are being
    /// stepped: an access visited again in a later pass of the same walk sees a state that
    /// holds at least what the earlier pass's did (the passes only add), so for the facts
    /// that must hold on every path, the later visit replaces the earlier one instead of
    /// meeting it (the first pass reaches a loop's exit before its body has run).
    walk_serial: u64,
    current_walk: u64,
    /// Whether the unit starts an HTTP server, so that registered handlers run concurrently.
    pub handlers_served: bool,
    /// For each interface type (as spelled by `type_string`), the concrete types the unit
    /// converts to it: an interface call whose receiver cannot be traced goes to the one
    /// implementation the unit makes, if there is only one.
    implementations: std::cell::OnceCell<FxHashMap<String, Vec<String>>>,
    /// The errgroups limited to one goroutine at a time (`g.SetLimit(1)`): each `Go` waits for
    /// the previous goroutine to finish.
    serial_groups: FxHashSet<Obj>,
    /// For each struct field holding channels (by the struct pointer's type and the field),
    /// whether every channel stored into it is made with a capacity of one.
    single_slot_fields: Option<FxHashMap<(String, u32), bool>>,
    /// Above zero while walking a `sync.Once.Do` function: its accesses are not recorded.
    quiet: usize,
    /// The `sync.Once`s whose `Do` function is being walked, innermost last (see
    /// [`Access::once`]).
    once_bodies: Vec<Obj>,
    /// The values passed to each library registration function (see [`registrations`]),
    /// found once per unit.
    registered_arguments: FxHashMap<(&'static str, usize), Vec<(usize, ValueId)>>,
    /// `plain_type`'s answers.
    plain_types: std::cell::RefCell<FxHashMap<mapscope_types::types::TypeId, bool>>,
    /// For each named function type (`type Hook func(...)`), the functions the unit converts
    /// to it, made when first needed (see `Walk::named_func_values`).
    named_func_values: Option<FxHashMap<String, Vec<Rc<Context>>>>,
    /// The atomic variables the unit stores into, made when first needed.
    atomic_stores: Option<FxHashSet<(String, u32)>>,
    /// httptest servers whose handler has not run yet: only code that is given the server (its
    /// `URL`, its `Client()`, the server itself) can send it a request, so the handler starts
    /// at the first such use (see [`server_uses`]).
    unused_servers: Vec<UnusedServer>,
}

/// An httptest server made at `at` in `cx`, whose handler `handler` starts at the first of
/// `uses`.
struct UnusedServer {
    cx: Rc<Context>,
    at: InstrId,
    uses: FxHashSet<InstrId>,
    handler: Rc<Context>,
    /// Which of the handlers `at` starts (a reverse proxy's hooks are one each).
    slot: usize,
    /// The server whose `Close` waits for the handler, when `at` makes it.
    group: Option<Obj>,
}

impl std::fmt::Debug for Walk<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Walk").field("threads", &self.threads.len()).finish_non_exhaustive()
    }
}

impl<'a> Walk<'a> {
    pub fn new(resolver: Resolver<'a>, types: &'a dyn TypeInfo) -> Walk<'a> {
        Walk {
            resolver,
            dominators: FxHashMap::default(),
            latches: None,
            stopping: None,
            types,
            threads: Vec::new(),
            accesses: FxHashMap::default(),
            spawned: FxHashMap::default(),
            pending: Vec::new(),
            handed: FxHashMap::default(),
            budget: INSTRUCTION_BUDGET,
            walk_serial: 0,
            current_walk: 0,
            handlers_served: false,
            implementations: std::cell::OnceCell::new(),
            serial_groups: FxHashSet::default(),
            single_slot_fields: None,
            quiet: 0,
            once_bodies: Vec::new(),
            registered_arguments: FxHashMap::default(),
            plain_types: Default::default(),
            named_func_values: None,
            atomic_stores: None,
            unused_servers: Vec::new(),
        }
    }

    /// Forgets the threads and accesses found, keeping what was learnt about what is sent on
    /// which channel, for a second walk.
    pub fn restart(&mut self) {
        self.threads.clear();
        self.accesses.clear();
        self.spawned.clear();
        self.pending.clear();
        self.budget = INSTRUCTION_BUDGET;
        self.serial_groups.clear();
        self.unused_servers.clear();
    }

    /// Walks root function `func` on a thread of its own, then every goroutine it starts.
    /// (Functions given together run one after the other on that thread: the package's
    /// initializer, then `main`, so that goroutines `init` starts are live in `main`.)
    pub fn run_root(&mut self, funcs: &[usize]) {
        let thread = self.threads.len();
        self.threads.push(Thread {
            parent: None,
            spawn: None,
            kind: SpawnKind::Go,
            multi: false,
            live_at_spawn: BTreeSet::new(),
            allocs: FxHashSet::default(),
            fresh: FxHashSet::default(),
            pending_fresh: FxHashSet::default(),
            signals: Vec::new(),
            done_at_exit: FxHashSet::default(),
            end: None,
            runs: Vec::new(),
            group: None,
            flags_set_at_spawn: None,
            latch: None,
            single_trip: None,
            origins: Vec::new(),
            entries: funcs.to_vec(),
        });
        let mut stack = Vec::new();
        let mut state = State::entry();
        for &func in funcs {
            let exit = self.walk_function(thread, &Context::root(func), state.clone(), &mut stack);
            if exit.reached {
                state = exit;
            }
        }
        while let Some((thread, cx)) = self.pending.pop() {
            let mut entry = State::entry();
            if let Some(flags) = &self.threads[thread].flags_set_at_spawn {
                entry.flags_set = Rc::new(flags.clone());
            }
            if let Some(handed) = self.handed.get(&thread) {
                Rc::make_mut(&mut entry.locks).extend(handed.iter().cloned());
            }
            let exit = self.walk_function(thread, &cx, entry, &mut stack);
            // What it had waited for when it returns: what a wait for its group hears through it.
            if exit.reached {
                self.threads[thread].end = Some(End {
                    waited_on: (*exit.waited_on).clone(),
                    waited_otherwise: exit.waited_otherwise,
                    waited_groups: (*exit.waited_groups).clone(),
                });
            }
        }
    }

    /// Walks one function in `cx` from `entry`; returns the state at its returns.
    fn walk_function(
        &mut self,
        thread: ThreadId,
        cx: &Rc<Context>,
        entry: State,
        stack: &mut Vec<usize>,
    ) -> State {
        let functions = self.resolver.functions;
        let f = &functions[cx.func];
        if stack.len() >= MAX_CALL_DEPTH || stack.contains(&cx.func) || self.budget == 0 {
            return entry;
        }
        stack.push(cx.func);
        self.walk_serial += 1;
        let (walk, outer_walk) = (self.walk_serial, self.current_walk);
        self.current_walk = walk;
        let n = f.block_count();
        let mut block_in = vec![State::default(); n];
        block_in[Function::ENTRY.index()] = entry;
        let mut exit = State::default();
        let mut frame = Frame::default();
        let by_name = self.resolver.by_name;
        let stopping = (self.stopping)
            .get_or_insert_with(|| Rc::new(super::stops::Stopping::of(functions, by_name)))
            .clone();
        for _ in 0..MAX_PASSES {
            let mut changed = false;
            frame.deferred_unlocks.clear();
            frame.deferred_locks.clear();
            frame.deferred_writes.clear();
            frame.deferred_closes.clear();
            frame.deferred_calls.clear();
            frame.select_cases.clear();
            for block in f.block_ids() {
                let mut state = block_in[block.index()].clone();
                if !state.reached {
                    continue;
                }
                for &i in f[block].instrs() {
                    self.budget = self.budget.saturating_sub(1);
                    self.step(thread, cx, i, &mut state, &mut frame, stack);
                }
                // Past a call that never returns (`log.Fatal`, `t.FailNow()`, a helper
                // wrapping one) nothing runs: no successor and no return is reached from here.
                if stopping.stops(cx.func, block) {
                    continue;
                }
                let last = f[block].instrs().last().map(|&i| &f[i].kind);
                if matches!(last, Some(InstrKind::Return { .. })) {
                    exit.join(&state);
                }
                // A range reads the map again at every step, after what the body did before it
                // (sent on a channel, released a lock, started a goroutine): an access at the
                // range statement on each way into the loop's `next`.
                for &succ in f[block].succs() {
                    if let Some((range, map)) = range_step(f, succ) {
                        self.access(thread, cx, range, map, Mode::Read, &state);
                    }
                }
                // The dead edge of a constant condition (`if debug {...}`) is not taken.
                // Also a comparison of values that are constants where this call's arguments
                // come from (`if kind == "last"` with the kind from a config literal).
                let taken = match last {
                    Some(InstrKind::If { cond }) => match f[*cond].def {
                        mapscope_ssa::ValueDef::Const(mapscope_ssa::ConstValue::Bool(b)) => {
                            Some(usize::from(!b))
                        }
                        _ => (self.resolver.constant_condition(*cond, cx).map(|b| usize::from(!b)))
                            .or_else(|| {
                                self.ranges_empty_map(thread, cx, *cond, &state).then_some(1)
                            }),
                    },
                    _ => None,
                };
                let won = match last {
                    Some(InstrKind::If { cond }) => self.compare_and_swap_won(thread, cx, *cond),
                    _ => None,
                };
                // A flag set before cannot be won again: only the losing way is taken.
                let taken = taken.or_else(|| match (last, &won) {
                    (Some(InstrKind::If { cond }), Some((at, None))) => {
                        compare_and_swap_lost(f, *cond, &frame).then_some(1 - *at)
                    }
                    _ => None,
                });
                // `if mu.TryLock() {...}`, `if !mu.TryLock() { return }`: held where it succeeded.
                let try_locked = match last {
                    Some(InstrKind::If { cond }) => self.try_locked(cx, *cond),
                    _ => None,
                };
                // `v, ok := <-ch` taken with ok (a `range` loop's body): a send woke it.
                let got_value = match last {
                    Some(InstrKind::If { cond }) => self.received_value(cx, *cond),
                    _ => None,
                };
                // The body of the case a `select` chose: its receive or send happened.
                let chosen = match last {
                    Some(InstrKind::If { cond }) => self.select_case(cx, &frame, *cond),
                    _ => None,
                };
                // `if na.isUnix()`, `if shared`: a condition the walk can recognise when it is
                // tested again, with a lock held under it (see `State::cond_locks`).
                let assumption = match last {
                    Some(InstrKind::If { cond }) => self.condition_key(cx, *cond),
                    _ => None,
                };
                for (n, &succ) in f[block].succs().iter().enumerate() {
                    if taken.is_some_and(|t| t != n) {
                        continue;
                    }
                    let assuming;
                    let state = match &assumption {
                        Some((key, when_true)) => {
                            let mut assumed = state.clone();
                            assumed.assume(key, if n == 0 { *when_true } else { !*when_true });
                            assuming = assumed;
                            &assuming
                        }
                        None => &state,
                    };
                    let before = block_in[succ.index()].clone();
                    if let Some((_, lock)) = try_locked.as_ref().filter(|(at, _)| *at == n) {
                        let mut holding = state.clone();
                        Rc::make_mut(&mut holding.locks).insert(lock.clone());
                        block_in[succ.index()].join(&holding);
                    } else if let Some((_, variable)) = won.as_ref().filter(|(at, _)| *at == n) {
                        let mut winner = state.clone();
                        match variable {
                            // A spinlock: the flag won is stored back, and won again by others.
                            Some(variable) => {
                                Rc::make_mut(&mut winner.locks)
                                    .insert((variable.clone(), Mode::Write));
                            }
                            None => winner.exclusive = true,
                        }
                        block_in[succ.index()].join(&winner);
                    } else if let (0, Some(case)) = (n, &chosen) {
                        let mut got = state.clone();
                        match (case.dir, case.send) {
                            (mapscope_ssa::SelectDir::Send, Some(value)) => {
                                self.send(thread, cx, case.chan, value, &mut got)
                            }
                            _ => self.receive(thread, cx, case.chan, None, &mut got),
                        }
                        block_in[succ.index()].join(&got);
                    } else if let (0, Some(chan)) = (n, &got_value) {
                        let mut got = state.clone();
                        if got.heard_on.contains(&(chan.clone(), false)) {
                            let heard = Rc::make_mut(&mut got.heard_on);
                            heard.remove(&(chan.clone(), false));
                            heard.insert((chan.clone(), true));
                        }
                        if got.waited_on.contains(&(chan.clone(), false)) {
                            let waited = Rc::make_mut(&mut got.waited_on);
                            waited.remove(&(chan.clone(), false));
                            waited.insert((chan.clone(), true));
                        }
                        block_in[succ.index()].join(&got);
                    } else {
                        block_in[succ.index()].join(state);
                    }
                    changed |= block_in[succ.index()] != before;
                }
            }
            if !changed {
                break;
            }
        }
        stack.pop();
        self.current_walk = outer_walk;
        exit
    }

    /// For `&p.f` with `p` a struct pointer: where `p` comes from and the field, unless `p` is a
    /// variable of some function (a copy, such as a value receiver's, has mutexes of its own).
    fn pointer_field(&self, v: ValueId, cx: &Rc<Context>) -> Option<((usize, ValueId), u32)> {
        let f = &self.resolver.functions[cx.func];
        let &InstrKind::FieldAddr { base, field } = f.defining_instr(v).map(|d| &f[d].kind)? else {
            return None;
        };
        Some((self.pointer_origin(base, cx)?, field))
    }

    /// For `&a[i]`, the address of an element of an array or slice, or of a field inside one
    /// (`&a[i].mu`, `&a[i].m` in a method called on `&a[i]`): where the index `i` comes from
    /// (see `index_origin`).
    fn picking_index(&self, v: ValueId, cx: &Rc<Context>) -> Option<(usize, ValueId)> {
        let (mut v, mut cx) = (v, cx.clone());
        // A few steps up: fields of fields, and a receiver bound by a call or two.
        for _ in 0..8 {
            let f = &self.resolver.functions[cx.func];
            match f.defining_instr(v).map(|d| &f[d].kind) {
                Some(&InstrKind::IndexAddr { index, .. }) => {
                    return Some(self.index_origin(index, &cx));
                }
                Some(&InstrKind::FieldAddr { base, .. }) => v = base,
                Some(_) => return None,
                None => {
                    let binding = cx.binding(&f[v].def)?.clone();
                    (v, cx) = (binding.value, binding.cx);
                }
            }
        }
        None
    }

    /// Where an index comes from (see `origin`), past conversions: each use of a `uint32`
    /// index as an `int` converts it anew.
    fn index_origin(&self, mut index: ValueId, cx: &Rc<Context>) -> (usize, ValueId) {
        let f = &self.resolver.functions[cx.func];
        while let Some(&InstrKind::Convert { x, .. }) = f.defining_instr(index).map(|d| &f[d].kind)
        {
            index = x;
        }
        origin(self.resolver.functions, index, cx)
    }

    /// Where the struct pointer `base` comes from (see `origin`), unless it is a variable
    /// allocated in a function.
    fn pointer_origin(&self, base: ValueId, cx: &Rc<Context>) -> Option<(usize, ValueId)> {
        let functions = self.resolver.functions;
        let (func, value) = origin(functions, base, cx);
        let g = &functions[func];
        let allocated =
            matches!(g.defining_instr(value).map(|d| &g[d].kind), Some(InstrKind::Alloc { .. }));
        (!allocated && self.types.pointer_elem(g[value].ty).is_some()).then_some((func, value))
    }

    /// The condition `cond` tests as a [`CondKey`], with the value it has where `cond` is true
    /// (`!p` is `p` false).
    fn condition_key(&self, cx: &Rc<Context>, cond: ValueId) -> Option<(CondKey, bool)> {
        let f = &self.resolver.functions[cx.func];
        let (mut cond, mut when_true) = (cond, true);
        while let Some(&InstrKind::UnOp { op: mapscope_ssa::UnaryOp::Not, x }) =
            f.defining_instr(cond).map(|d| &f[d].kind)
        {
            (cond, when_true) = (x, !when_true);
        }
        match f.defining_instr(cond).map(|d| &f[d].kind) {
            Some(InstrKind::Call { call }) => {
                let Callee::Static(callee) = call.callee else { return None };
                let func = self.resolver.static_callee(callee, cx)?;
                let plain = |&a: &ValueId| self.plain_type(f[a].ty);
                if call.args.is_empty() || !call.args.iter().all(plain) {
                    return None;
                }
                let origins =
                    call.args.iter().map(|&a| origin(self.resolver.functions, a, cx)).collect();
                Some(((Some(func), origins), when_true))
            }
            None if matches!(f[cond].def, mapscope_ssa::ValueDef::Param { .. }) => {
                Some(((None, vec![origin(self.resolver.functions, cond, cx)]), when_true))
            }
            _ => None,
        }
    }

    /// Whether values of `ty` hold no pointers a callee could write through (no pointer, map,
    /// channel, slice, function or interface at the top), cached by type.
    fn plain_type(&self, ty: mapscope_types::types::TypeId) -> bool {
        if let Some(&known) = self.plain_types.borrow().get(&ty) {
            return known;
        }
        let plain = !self.types.is_map(ty)
            && !self.types.is_interface(ty)
            && self.types.pointer_elem(ty).is_none()
            && self.types.chan_elem(ty).is_none()
            && {
                let name = self.types.type_string(ty);
                !name.starts_with(['[', '*']) && !name.starts_with("func")
            };
        self.plain_types.borrow_mut().insert(ty, plain);
        plain
    }

    /// A receive from `chan` (a statement, or the case a `select` chose).
    fn receive(
        &mut self,
        thread: ThreadId,
        cx: &Rc<Context>,
        chan: ValueId,
        at: Option<InstrId>,
        state: &mut State,
    ) {
        let f = &self.resolver.functions[cx.func];
        if is_timer_channel(f, chan) {
            return;
        }
        match self.single_slot_channel(chan, cx) {
            // Taking the value a one-slot channel keeps: its owner until it sends it back.
            Some(lock) if self.holds_owned_value(chan, cx) => {
                Rc::make_mut(&mut state.locks).insert((lock, Mode::Write));
            }
            // Taking the token back out of a one-slot channel used as a lock; or taking what
            // another goroutine handed over through one slot (`ready <- true`), which orders
            // this thread after what that one did before its send.
            Some(lock) => {
                state.release(&lock);
                state.receive(lock);
            }
            None => {
                let own = self.instance_channel(thread, chan, cx);
                let chan_obj = self.resolver.object(chan, cx);
                if let (Some(at), Some(chan_obj)) = (at, &chan_obj) {
                    for t in self.drained_by(cx, at, state) {
                        let key = (t, chan_obj.clone());
                        if !state.drained.contains(&key) {
                            Rc::make_mut(&mut state.drained).insert(key);
                        }
                    }
                }
                match chan_obj {
                    Some(chan) => state.receive(chan),
                    None => state.block(),
                }
                state.relay = own;
            }
        }
    }

    /// A send of `value` on `chan` (a statement, or the case a `select` chose).
    fn send(
        &mut self,
        thread: ThreadId,
        cx: &Rc<Context>,
        chan: ValueId,
        value: ValueId,
        state: &mut State,
    ) {
        if let Some(lock) = self.single_slot_channel(chan, cx) {
            if self.holds_owned_value(chan, cx) {
                // Handing the kept value back: its owner lets go of it.
                state.release(&lock);
            } else {
                // A send into a channel with one slot excludes every other sender until the
                // token is received: `guard <- struct{}{}; ...; <-guard` is a mutex.
                Rc::make_mut(&mut state.locks).insert((lock, Mode::Write));
            }
        }
        state.signalled = true;
        let chan_obj = self.resolver.object(chan, cx);
        self.record_signal(thread, chan_obj, false, state);
        self.record_send(chan, value, cx);
    }

    /// For a branch on `index == n` where `index` is a `select`'s chosen case, that case.
    fn select_case(
        &self,
        cx: &Rc<Context>,
        frame: &Frame,
        cond: ValueId,
    ) -> Option<mapscope_ssa::SelectState> {
        let f = &self.resolver.functions[cx.func];
        let InstrKind::BinOp { op: mapscope_ssa::BinaryOp::Eql, x, y } =
            f[f.defining_instr(cond)?].kind
        else {
            return None;
        };
        let cases = frame.select_cases.get(&x)?;
        let mapscope_ssa::ValueDef::Const(mapscope_ssa::ConstValue::Int(n)) = &f[y].def else {
            return None;
        };
        cases.get(usize::try_from(*n).ok()?).cloned()
    }

    fn step(
        &mut self,
        thread: ThreadId,
        cx: &Rc<Context>,
        i: InstrId,
        state: &mut State,
        frame: &mut Frame,
        stack: &mut Vec<usize>,
    ) {
        if !self.unused_servers.is_empty() {
            self.start_used_servers(thread, cx, i, state);
        }
        let f = &self.resolver.functions[cx.func];
        let kind = &f[i].kind;
        let fresh_request = matches!(kind, InstrKind::Call { call }
            if static_callee_name(f, call).is_some_and(|n| FRESH_REQUESTS.contains(&n)));
        if allocates(kind) || fresh_request {
            self.threads[thread].allocs.insert((cx.func, i));
            // A goroutine the thread heard from but did not see return may still be running.
            let running = state.live.iter().chain(state.joined.iter());
            for &t in running.filter(|t| !state.finished.contains(t)) {
                self.threads[t].pending_fresh.insert((cx.func, i));
            }
        }
        if let InstrKind::Call { call } = kind {
            if let Some(flag) = self.flag_set_by(cx, call) {
                let already = state.flags_set.contains(&flag);
                frame.flag_calls.insert(i, already);
                if !already {
                    Rc::make_mut(&mut state.flags_set).insert(flag);
                }
            }
        }
        match kind {
            InstrKind::MapUpdate { map, .. }
            | InstrKind::MapDelete { map, .. }
            | InstrKind::MapClear { map } => self.access(thread, cx, i, *map, Mode::Write, state),
            InstrKind::MapLookup { map, .. } | InstrKind::MapRange { map } => {
                self.access(thread, cx, i, *map, Mode::Read, state)
            }
            InstrKind::Recv { chan, .. } => self.receive(thread, cx, *chan, Some(i), state),
            InstrKind::Select { states, .. } => {
                if let Some(index) = f[i].results().next() {
                    frame.select_cases.insert(index, states.clone());
                }
            }
            InstrKind::Send { chan, value } => self.send(thread, cx, *chan, *value, state),
            InstrKind::RunDefers => {
                // A deferred close signals with what the function had waited for by its end.
                for chan in frame.deferred_closes.clone() {
                    self.record_signal(thread, chan, true, state);
                }
                // Deferred calls run newest first: the writes, then the unlocks registered
                // before them (`mu.Lock(); defer mu.Unlock(); defer delete(m, k)` deletes
                // under the lock).
                let held_at = |defer: InstrId, frame: &Frame| {
                    let locks_then = frame.deferred_unlocks.iter().filter(|(_, at)| *at > defer);
                    let mut held = state.clone();
                    for (lock, _) in locks_then {
                        held.release(lock);
                    }
                    held.signalled |= frame.deferred_signals.iter().any(|&at| at > defer);
                    held
                };
                for &(defer, map) in frame.deferred_writes.iter().rev() {
                    self.access(thread, cx, defer, map, Mode::Write, &held_at(defer, frame));
                }
                // A deferred function runs with the locks its later-registered unlocks left
                // (`defer s.observe(); mu.Lock(); defer mu.Unlock()` observes unlocked).
                for defer in frame.deferred_calls.clone().into_iter().rev() {
                    let InstrKind::Defer { call } = &f[defer].kind else { continue };
                    let mut held = held_at(defer, frame);
                    // Entered in the same state as before (another return, another pass): its
                    // accesses are recorded already.
                    if frame.calls.get(&defer).is_some_and(|(entry, _)| *entry == held) {
                        continue;
                    }
                    let entry = held.clone();
                    self.call(thread, cx, defer, call, &mut held, stack);
                    frame.calls.insert(defer, (entry, held));
                }
                // Newest first: `RUnlock(); defer RLock(); Lock(); defer Unlock()` unlocks, then
                // takes the read lock again.
                let mut ops: Vec<(InstrId, &Obj, Option<Mode>)> = (frame.deferred_unlocks.iter())
                    .map(|(lock, at)| (*at, lock, None))
                    .chain(
                        frame
                            .deferred_locks
                            .iter()
                            .map(|(lock, mode, at)| (*at, lock, Some(*mode))),
                    )
                    .collect();
                ops.sort_by_key(|&(at, _, _)| std::cmp::Reverse(at));
                for (_, lock, mode) in ops {
                    match mode {
                        Some(mode) => {
                            Rc::make_mut(&mut state.locks).insert((lock.clone(), mode));
                        }
                        None => state.release(lock),
                    }
                }
            }
            InstrKind::Defer { call } => {
                for lock in self.unlocked_mutexes(call, cx) {
                    frame.deferred_unlocks.push((lock, i));
                }
                if let Some(name) = self.callee_name(call, cx).filter(|n| LOCKS.contains(n)) {
                    let mode = lock_mode(name);
                    let mutex = call.args.first().and_then(|&m| self.resolver.object(m, cx));
                    if let Some(mutex) = mutex {
                        frame.deferred_locks.push((mutex, mode, i));
                    }
                }
                // `defer wg.Done()` in the function a goroutine runs: it is done at its end.
                if let Callee::Builtin(Builtin::Close) = call.callee {
                    let chan = call.args.first().and_then(|&c| self.resolver.object(c, cx));
                    frame.deferred_closes.push(chan);
                }
                // `defer close(done)` likewise.
                let signal = self.callee_name(call, cx) == Some("(*sync.WaitGroup).Done")
                    || matches!(call.callee, Callee::Builtin(Builtin::Close));
                // Unless a deferred call registered before it runs after it (deferred calls run
                // newest first): `defer tally(); defer wg.Done()` tallies after `Done`.
                let runs_last = frame.deferred_calls.is_empty() && frame.deferred_writes.is_empty();
                let at_exit = signal && runs_last;
                if signal && !runs_last {
                    frame.deferred_signals.push(i);
                }
                if stack.len() == 1 && at_exit {
                    if let Some(group) = call.args.first().and_then(|&g| self.made_object(g, cx)) {
                        self.threads[thread].done_at_exit.insert(group);
                    }
                }
                // `defer delete(m, k)`, `defer clear(m)`: a write when the deferred calls run.
                if let (Callee::Builtin(Builtin::Delete | Builtin::Clear), Some(&map)) =
                    (&call.callee, call.args.first())
                {
                    if self.types.is_map(f[map].ty) {
                        frame.deferred_writes.push((i, map));
                    }
                }
                let deferred_function = !matches!(call.callee, Callee::Builtin(_))
                    && self.unlocked_mutexes(call, cx).is_empty()
                    && !at_exit;
                if deferred_function {
                    frame.deferred_calls.push(i);
                }
            }
            InstrKind::Go { call } => {
                if let Some(callee_cx) = self.call_target(call, cx) {
                    self.spawn(thread, cx, i, callee_cx, SpawnKind::Go, state);
                } else if let Some(serve) =
                    self.callee_name(call, cx).filter(|name| SERVES.contains(name))
                {
                    // `go srv.Serve(ln)`: the server's goroutines start from here as well.
                    let tls = serve.ends_with("TLS");
                    self.start_server(thread, cx, i, call, tls, state);
                }
            }
            InstrKind::Call { call } => match frame.calls.get(&i) {
                Some((entry, exit)) if entry == state => *state = exit.clone(),
                _ => {
                    let entry = state.clone();
                    self.call(thread, cx, i, call, state, stack);
                    frame.calls.insert(i, (entry, state.clone()));
                }
            },
            _ => {}
        }
    }

    fn access(
        &mut self,
        thread: ThreadId,
        cx: &Rc<Context>,
        i: InstrId,
        map: ValueId,
        mode: Mode,
        state: &State,
    ) {
        if self.quiet > 0 {
            return;
        }
        let Some(obj) = self.resolver.object(map, cx) else { return };
        // A map this function stored into a struct's field before, on every path (`c.prices =
        // fresh` under the lock, then `fresh[k] = v` after it): the access is to what that
        // field holds too, as other goroutines reach it.
        for (published, container) in self.published_as(cx, i, map) {
            if published != obj {
                self.record_access(thread, cx, i, map, mode, state, published, Some(container));
            }
        }
        self.record_access(thread, cx, i, map, mode, state, obj, None);
    }

    /// The objects the map value `map` was published as before instruction `i`: the contents of
    /// each struct field a store earlier in the function, dominating `i`, put it into, with the
    /// struct.
    fn published_as(&mut self, cx: &Rc<Context>, i: InstrId, map: ValueId) -> Vec<(Obj, Obj)> {
        let f = &self.resolver.functions[cx.func];
        // Each store of the map into a field: the store, the field's address and the struct.
        let stores: Vec<(InstrId, ValueId, ValueId)> = (f[map].referrers().iter())
            .filter_map(|&u| match f[u].kind {
                InstrKind::Store { addr, value } if value == map => {
                    match f.defining_instr(addr).map(|d| &f[d].kind) {
                        Some(&InstrKind::FieldAddr { base, .. }) => Some((u, addr, base)),
                        _ => None,
                    }
                }
                _ => None,
            })
            .collect();
        if stores.is_empty() {
            return Vec::new();
        }
        let dominators = self.dominators_of(cx.func);
        let mut found = Vec::new();
        for (store, addr, base) in stores {
            if !crate::key_values::precedes(f, &dominators, store, i) {
                continue;
            }
            let (Some(published), Some(container)) =
                (self.resolver.contents_object(addr, cx), self.resolver.object(base, cx))
            else {
                continue;
            };
            found.push((published, container));
        }
        found
    }

    /// Records one access to `obj` (see [`Walk::access`]); `published_in`, for the contents of a
    /// field the map was stored into, is the struct holding that field.
    #[expect(clippy::too_many_arguments, reason = "the access's facts, passed on as they are")]
    fn record_access(
        &mut self,
        thread: ThreadId,
        cx: &Rc<Context>,
        i: InstrId,
        map: ValueId,
        mode: Mode,
        state: &State,
        obj: Obj,
        published_in: Option<Obj>,
    ) {
        let f = &self.resolver.functions[cx.func];
        let every_element = obj.through_element() && indexed_by_counting_loop(f, map);
        // The struct the map is a field of (`s` in `s.m[k]`).
        let holder_pointer = match f.defining_instr(map).map(|d| &f[d].kind) {
            Some(InstrKind::Load { addr }) => match f.defining_instr(*addr).map(|d| &f[d].kind) {
                Some(&InstrKind::FieldAddr { base, .. }) => Some(base),
                _ => None,
            },
            _ => None,
        };
        let holder_pointer = holder_pointer.filter(|_| published_in.is_none());
        let holder =
            published_in.or_else(|| holder_pointer.and_then(|base| self.resolver.object(base, cx)));
        let holder_origin = holder_pointer.and_then(|base| self.pointer_origin(base, cx));
        let holder_locks: BTreeSet<(u32, Mode)> = match holder_origin {
            Some(origin) => (state.field_locks.iter())
                .filter(|(base, _, _, _)| *base == origin)
                .map(|&(_, field, _, mode)| (field, mode))
                .collect(),
            None => BTreeSet::new(),
        };
        let map_index = match f.defining_instr(map).map(|d| &f[d].kind) {
            Some(&InstrKind::Load { addr }) => self.picking_index(addr, cx),
            Some(&InstrKind::Index { index, .. }) => Some(self.index_origin(index, cx)),
            _ => None,
        };
        let index_locks: BTreeSet<(Obj, Mode)> = match map_index {
            Some(index) => (state.index_locks.iter())
                .filter(|(at, _, _)| *at == index)
                .map(|(_, lock, mode)| (lock.clone(), *mode))
                .collect(),
            None => BTreeSet::new(),
        };
        let key = (thread, cx.func, i, state.signalled, holder.clone());
        let current_walk = self.current_walk;
        let resolver = &self.resolver;
        // Facts of the map object alone, worked out on the first visit only.
        let made_in_loop =
            |obj: &Obj| obj.site().is_some_and(|(func, at)| resolver.in_loop(func, at));
        let through_request = |obj: &Obj| match *obj.root() {
            Obj::Param { func, index } => {
                let g = &resolver.functions[func];
                g.params().get(index as usize).is_some_and(|&p| {
                    let ty = resolver.types.type_string(g[p].ty);
                    ty == "*net/http.Request" || ty == "net/http.ResponseWriter"
                })
            }
            _ => false,
        };
        let entry = self.accesses.entry(key).or_insert_with(|| Access {
            thread,
            func: cx.func,
            instr: i,
            made_in_loop: made_in_loop(&obj),
            through_request: through_request(&obj),
            map: obj,
            mode,
            locks: (*state.locks).clone(),
            live: BTreeSet::new(),
            joined: BTreeSet::new(),
            finished: BTreeSet::new(),
            unfinished: BTreeSet::new(),
            synced: false,
            waited_on: BTreeSet::new(),
            waited_otherwise: false,
            heard_on: (*state.heard_on).clone(),
            blocked_always: state.blocked_always,
            waited_groups: BTreeSet::new(),
            groups_waited_always: (*state.groups_waited_always).clone(),
            signalled: state.signalled,
            signalled_on: BTreeSet::new(),
            signalled_unnamed: false,
            drained: (*state.drained).clone(),
            drained_before: None,
            drained_walk: current_walk,
            every_element,
            exclusive: state.exclusive,
            relayed: state.relay && signals_after(f, i),
            holder,
            holder_locks: holder_locks.clone(),
            once: self.once_bodies.last().cloned(),
            after_onces: (*state.after_onces).clone(),
            index_locks: index_locks.clone(),
        });
        entry.holder_locks.retain(|field| holder_locks.contains(field));
        if entry.once.as_ref() != self.once_bodies.last() {
            entry.once = None;
        }
        entry.after_onces.retain(|o| state.after_onces.contains(o));
        entry.index_locks.retain(|l| index_locks.contains(l));
        meet_locks(&mut entry.locks, &state.locks);
        entry.live.extend(state.live.iter().copied());
        entry.joined.extend(state.joined.iter().copied());
        let started = state.live.iter().chain(state.joined.iter());
        entry.unfinished.extend(started.filter(|t| !state.finished.contains(t)));
        entry.finished.extend(state.finished.iter().copied());
        let unfinished = &entry.unfinished;
        entry.finished.retain(|t| !unfinished.contains(t));
        entry.synced |= state.synced;
        entry.waited_on.extend(state.waited_on.iter().cloned());
        entry.waited_otherwise |= state.waited_otherwise;
        entry.heard_on.retain(|c| state.heard_on.contains(c));
        entry.blocked_always &= state.blocked_always;
        entry.waited_groups.extend(state.waited_groups.iter().cloned());
        entry.groups_waited_always.retain(|g| state.groups_waited_always.contains(g));
        entry.signalled &= state.signalled;
        entry.signalled_on.extend(state.signalled_on.iter().cloned());
        entry.signalled_unnamed |= state.signalled_unnamed;
        if entry.drained_walk != current_walk {
            entry.drained_before = Some(std::mem::take(&mut entry.drained));
            entry.drained_walk = current_walk;
        }
        entry.drained = match &entry.drained_before {
            Some(before) => before.intersection(&state.drained).cloned().collect(),
            None => (*state.drained).clone(),
        };
        entry.exclusive &= state.exclusive;
        entry.relayed &= state.relay;
    }

    /// Records that `value` is sent on `chan`, for receives from it (see `Resolver::sent`).
    fn record_send(&self, chan: ValueId, value: ValueId, cx: &Rc<Context>) {
        let Some(chan) = self.resolver.object(chan, cx) else { return };
        if let Some(function) = self.resolver.function_value(value, cx) {
            // A closure sent to an executor goroutine runs there.
            let mut sent = self.resolver.sent_functions.borrow_mut();
            let functions = sent.entry(chan).or_default();
            if !functions.iter().any(|f| f.func == function.func) {
                functions.push(function);
            }
            return;
        }
        let Some(value) = self.resolver.object(value, cx) else { return };
        let mut sent = self.resolver.sent.borrow_mut();
        let values = sent.entry(chan).or_default();
        if !values.contains(&value) {
            values.push(value);
        }
    }

    /// For a function value received from a channel, the one function sent on it so far.
    fn received_function(&self, v: ValueId, cx: &Rc<Context>) -> Option<Rc<Context>> {
        let f = &self.resolver.functions[cx.func];
        let chan = super::resolve::received_channel(f, v)?;
        let chan = self.resolver.object(chan, cx)?;
        let sent = self.resolver.sent_functions.borrow();
        let Some(functions) = sent.get(&chan) else {
            self.resolver.early_receives.borrow_mut().insert(chan.clone());
            return None;
        };
        match functions.as_slice() {
            [only] => Some(only.clone()),
            _ => None,
        }
    }

    /// The mutex an `Unlock` or `RUnlock` call releases: one, or both of an ordered pair (see
    /// `ordered_pair`), since which of the two this is depends on the path.
    fn unlocked_mutexes(&self, call: &CallCommon, cx: &Rc<Context>) -> Vec<Obj> {
        if let Callee::Invoke { receiver, method } = &call.callee {
            return (&**method == "Unlock")
                .then(|| self.locker(*receiver, cx))
                .flatten()
                .map(|(lock, _)| lock)
                .into_iter()
                .collect();
        }
        let Some(name) = self.callee_name(call, cx) else { return Vec::new() };
        let Some(&mutex) = call.args.first().filter(|_| UNLOCKS.contains(&name)) else {
            return Vec::new();
        };
        match self.sync_map_value_lock(mutex, cx).or_else(|| self.resolver.object(mutex, cx)) {
            Some(obj) => vec![obj],
            None => (self.ordered_pair(mutex, cx).map(Vec::from))
                .or_else(|| self.unnamed_field_mutex(mutex, cx).map(|obj| vec![obj]))
                .unwrap_or_default(),
        }
    }

    /// A mutex field of a struct the resolver cannot name (reached through a pointer an
    /// interface method returned), named by where the pointer comes from and the field: its
    /// `Lock` and `Unlock` pair up, and accesses through the same pointer see it held.
    fn unnamed_field_mutex(&self, mutex: ValueId, cx: &Rc<Context>) -> Option<Obj> {
        let ((func, value), field) = self.pointer_field(mutex, cx)?;
        let instr = self.resolver.functions[func].defining_instr(value)?;
        Some(Obj::Field(Rc::new(Obj::Site { func, instr }), field))
    }

    /// For a mutex `first.mu` where `first, second` are two values put in an order by a swap
    /// (`if second.id < first.id { first, second = second, first }`), and the function locks
    /// `second.mu` as well: the two mutexes, `a.mu` and `b.mu`. Locking both in an order that
    /// avoids deadlock holds both, whichever comes first. Locking one of the pair is taken as
    /// holding both from that point (the accesses come after the second lock in such code).
    fn ordered_pair(&self, mutex: ValueId, cx: &Rc<Context>) -> Option<[Obj; 2]> {
        let f = &self.resolver.functions[cx.func];
        let (phi, path) = phi_field_path(f, mutex)?;
        let InstrKind::Phi { edges, .. } = &f[f.defining_instr(phi)?].kind else { return None };
        let block = f[f.defining_instr(phi)?].block()?;
        let [x, y] = edges.first().zip(edges.get(1)).map(|(&a, &b)| [a, b])?;
        if x == y {
            return None;
        }
        let partner = f[block].instrs().iter().find_map(|&i| {
            let InstrKind::Phi { edges: other, .. } = &f[i].kind else { return None };
            let other_value = f[i].result()?;
            let pairs = other.len() == edges.len()
                && edges
                    .iter()
                    .zip(other.iter())
                    .all(|(&a, &b)| (a == x && b == y) || (a == y && b == x));
            (other_value != phi && pairs).then_some(other_value)
        })?;
        // The function locks the partner's mutex too.
        let locks_partner = f.block_ids().any(|b| {
            f[b].instrs().iter().any(|&i| {
                let InstrKind::Call { call } = &f[i].kind else { return false };
                let lock = matches!(
                    static_callee_name(f, call),
                    Some("(*sync.Mutex).Lock" | "(*sync.RWMutex).Lock")
                );
                lock && call
                    .args
                    .first()
                    .and_then(|&m| phi_field_path(f, m))
                    .is_some_and(|(p, other_path)| p == partner && other_path == path)
            })
        });
        if !locks_partner {
            return None;
        }
        let object = |v: ValueId| {
            let mut obj = self.resolver.object(v, cx)?;
            for &field in &path {
                obj = Obj::Field(Rc::new(obj), field);
            }
            Some(obj)
        };
        Some([object(x)?, object(y)?])
    }

    /// The mutex behind a `sync.Locker` interface value, and how its `Lock` holds it: a
    /// `*sync.Mutex` or `*sync.RWMutex` for writing, an `RWMutex`'s `RLocker()` for reading.
    fn locker(&self, receiver: ValueId, cx: &Rc<Context>) -> Option<(Obj, Mode)> {
        if let Some(lock) = self.sync_map_value_lock(receiver, cx) {
            return Some((lock, Mode::Write));
        }
        let Some(concrete) = self.resolver.dynamic_value(receiver, cx) else {
            return self
                .field_locker(receiver, cx)
                .or_else(|| self.returned_locker(receiver, cx))
                .map(|lock| (lock, Mode::Write));
        };
        let f = &self.resolver.functions[concrete.cx.func];
        let ty = self.types.type_string(f[concrete.value].ty);
        if ty == "*sync.Mutex" || ty == "*sync.RWMutex" {
            return Some((self.resolver.object(concrete.value, &concrete.cx)?, Mode::Write));
        }
        let InstrKind::Call { call } = &f[f.defining_instr(concrete.value)?].kind else {
            return None;
        };
        if static_callee_name(f, call)? != "(*sync.RWMutex).RLocker" {
            return None;
        }
        Some((self.resolver.object(*call.args.first()?, &concrete.cx)?, Mode::Read))
    }

    /// For a mutex a `sync.Map` hands back (`actual, _ := s.locks.LoadOrStore(id,
    /// new(sync.Mutex))`, then `actual.(*sync.Mutex).Lock()`, or `Load`): any value of that
    /// map, taken as one lock. Two callers locking what the map holds under one key share the
    /// stored mutex; under different keys they hold different ones, which the walk does not
    /// tell apart (keys are not followed), so it takes them as the same: precision first.
    fn sync_map_value_lock(&self, receiver: ValueId, cx: &Rc<Context>) -> Option<Obj> {
        let f = &self.resolver.functions[cx.func];
        let InstrKind::TypeAssert { x, .. } = f[f.defining_instr(receiver)?].kind else {
            return None;
        };
        let ty = self.types.type_string(f[receiver].ty);
        if ty != "*sync.Mutex" && ty != "*sync.RWMutex" {
            return None;
        }
        let mapscope_ssa::ValueDef::Result { instr, index: 0 } =
            f[crate::nilness::strip_conversions(f, x)].def
        else {
            return None;
        };
        let InstrKind::Call { call } = &f[instr].kind else { return None };
        if !matches!(
            static_callee_name(f, call),
            Some("(*sync.Map).Load" | "(*sync.Map).LoadOrStore")
        ) {
            return None;
        }
        let map = self.resolver.object(*call.args.first()?, cx)?;
        Some(Obj::Contents(Rc::new(map)))
    }

    /// For a `sync.Locker` loaded from a struct field (an embedded `sync.Locker`) that the unit
    /// fills with a real mutex somewhere, and with something else elsewhere (a no-op lock for
    /// tools that run on one goroutine): the field, taken as the lock, since the analysis cannot
    /// tell which one a value holds. Precision first. A lock interface filled with what a
    /// constructor returns (`mut: sync.NewMutex()`, a package handing out a logging mutex or a
    /// plain one behind its own `Mutex` interface) counts as a real mutex too.
    fn field_locker(&self, receiver: ValueId, cx: &Rc<Context>) -> Option<Obj> {
        let functions = self.resolver.functions;
        let f = &functions[cx.func];
        let InstrKind::Load { addr } = f[f.defining_instr(receiver)?].kind else { return None };
        let InstrKind::FieldAddr { base, field } = f[f.defining_instr(addr)?].kind else {
            return None;
        };
        // The Locker of a `sync.Cond` (`c.L`), which `sync.NewCond` fills outside the unit:
        // made with the Cond and never changed, it is the lock Wait releases and takes again.
        let cond_locker = self.types.type_string(f[base].ty) == "*sync.Cond"
            && self.types.field(f[base].ty, "L").is_some_and(|(index, _)| index == field);
        if cond_locker {
            return self.resolver.object(addr, cx);
        }
        let key = (self.resolver.field_key(f[base].ty), field);
        let real = self.resolver.field_stores().get(&key)?.iter().any(|&(owner, value)| {
            let g = &functions[owner];
            let value = match g.defining_instr(value).map(|d| &g[d].kind) {
                Some(InstrKind::MakeInterface { x }) => *x,
                Some(InstrKind::Call { .. }) => return true,
                _ => value,
            };
            matches!(self.types.type_string(g[value].ty).as_str(), "*sync.Mutex" | "*sync.RWMutex")
        });
        if !real {
            return None;
        }
        self.resolver.object(receiver, cx).or_else(|| self.resolver.object(addr, cx))
    }

    /// For a lock interface value that a call returned (`mu := sync.NewMutex()` of a package
    /// handing out its own `Mutex` interface, captured by the goroutines it guards): the call's
    /// result, or the variable only ever set to call results, taken as the lock, as
    /// [`Walk::field_locker`] takes a field filled so.
    fn returned_locker(&self, receiver: ValueId, cx: &Rc<Context>) -> Option<Obj> {
        let obj = self.resolver.object(receiver, cx)?;
        // The value itself, or what a variable (captured by closures) holds.
        let site = match &obj {
            Obj::Contents(base) => &**base,
            site => site,
        };
        let &Obj::Site { func, instr } = site else { return None };
        let g = &self.resolver.functions[func];
        let filled_by_call = match &g[instr].kind {
            InstrKind::Call { .. } => true,
            InstrKind::Alloc { .. } => g[instr].result().is_some_and(|variable| {
                g[variable].referrers().iter().all(|&user| match &g[user].kind {
                    InstrKind::Store { addr, value } if *addr == variable => matches!(
                        g.defining_instr(*value).map(|d| &g[d].kind),
                        Some(InstrKind::Call { .. })
                    ),
                    InstrKind::Store { .. } => false,
                    _ => true,
                })
            }),
            _ => false,
        };
        filled_by_call.then_some(obj)
    }

    /// For a function loaded from a struct field that the unit only ever fills with methods of
    /// one mutex (`table{lock: rw.Lock, unlock: rw.Unlock}`): the mutex, and how calling it
    /// holds it (`None` for an unlock). Where one type's field holds both `RLock` and `Lock`
    /// (a reader's and a writer's table), it is taken as `Lock`: precision first.
    fn field_lock_method(&self, func: ValueId, cx: &Rc<Context>) -> Option<(Obj, Option<Mode>)> {
        let f = &self.resolver.functions[cx.func];
        let (base, field) = match &f[f.defining_instr(func)?].kind {
            InstrKind::Field { base, field } => (*base, *field),
            InstrKind::Load { addr } => match &f[f.defining_instr(*addr)?].kind {
                InstrKind::FieldAddr { base, field } => (*base, *field),
                _ => return None,
            },
            _ => return None,
        };
        let mut key = self.resolver.field_key(f[base].ty);
        if self.types.pointer_elem(f[base].ty).is_none() {
            key.insert(0, '*');
        }
        let mut found: Option<(Obj, Option<Mode>)> = None;
        for &(owner, value) in self.resolver.field_stores().get(&(key, field))? {
            let (method, receiver) = self.resolver.bound_method(value, &Context::root(owner), 0)?;
            let mode = match &*method {
                "(*sync.Mutex).Lock" | "(*sync.RWMutex).Lock" => Some(Mode::Write),
                "(*sync.RWMutex).RLock" => Some(Mode::Read),
                unlock if UNLOCKS.contains(&unlock) => None,
                _ => return None,
            };
            let mutex = self.resolver.object(receiver.value, &receiver.cx)?;
            found = match found {
                None => Some((mutex, mode)),
                Some((known, _)) if known != mutex => return None,
                Some((_, Some(_))) if mode.is_none() => return None,
                Some((_, None)) if mode.is_some() => return None,
                Some((known, seen)) => Some((known, seen.max(mode))),
            };
        }
        found
    }

    /// Borrowed from the unit's functions, not from the walk, so that the walk may go on
    /// changing while the name is in use.
    fn callee_name(&self, call: &CallCommon, cx: &Context) -> Option<&'a str> {
        let functions: &'a [Function] = self.resolver.functions;
        static_callee_name(&functions[cx.func], call)
    }

    fn call(
        &mut self,
        thread: ThreadId,
        cx: &Rc<Context>,
        i: InstrId,
        call: &CallCommon,
        state: &mut State,
        stack: &mut Vec<usize>,
    ) {
        if let Callee::Builtin(Builtin::Close) = call.callee {
            state.signalled = true;
            let chan = call.args.first().and_then(|&c| self.resolver.object(c, cx));
            self.record_signal(thread, chan, true, state);
            return;
        }
        if let Callee::Builtin(Builtin::Len) = call.callee {
            let f = &self.resolver.functions[cx.func];
            if let Some(&arg) = call.args.first() {
                if self.types.is_map(f[arg].ty) {
                    self.access(thread, cx, i, arg, Mode::Read, state);
                }
            }
            return;
        }
        if let Callee::Dynamic(func) = call.callee {
            // Cancelling a context closes its `Done` channel: what a goroutine does after
            // `<-ctx.Done()` is ordered after what came before the call.
            let ty = self.types.type_string(self.resolver.functions[cx.func][func].ty);
            if ty == "context.CancelFunc" || ty == "context.CancelCauseFunc" {
                state.signalled = true;
                state.signalled_unnamed = true;
                return;
            }
            // A wait group's `Wait` handed over as a method value (`return m, wg.Wait`).
            if let Some((method, receiver)) = self.resolver.bound_method(func, cx, 0) {
                if &*method == "(*sync.WaitGroup).Wait" {
                    let group = self.resolver.object(receiver.value, &receiver.cx);
                    self.wait_for_group(group, state);
                    return;
                }
            }
            // A function `sync.OnceFunc` (or `OnceValue`) made in the calling function is that
            // call's own, and runs in every call; one made elsewhere runs once for all its
            // callers, and is not walked (what it makes is shared, not the caller's own).
            if let Some((once, maker)) = self.resolver.once_function(func, cx, 0) {
                if maker == cx.func {
                    let exit = self.walk_function(thread, &once, state.clone(), stack);
                    if exit.reached {
                        *state = exit;
                    }
                }
                return;
            }
            // A mutex's methods kept in a struct's function fields (`t.lock()`).
            if let Some((lock, mode)) = self.field_lock_method(func, cx) {
                match mode {
                    Some(mode) => {
                        Rc::make_mut(&mut state.locks).insert((lock, mode));
                    }
                    None => state.release(&lock),
                }
                return;
            }
        }
        if let Callee::Invoke { receiver, method } = &call.callee {
            // Writing a response's status (or its first bytes) sends the header map: it reads
            // the map `w.Header()` is (see `RESPONSE_HEADER`).
            let f = &self.resolver.functions[cx.func];
            let writer = self.types.type_string(f[*receiver].ty) == "net/http.ResponseWriter";
            if writer && matches!(&**method, "WriteHeader" | "Write") && self.quiet == 0 {
                if let Some(w) = self.resolver.object(*receiver, cx) {
                    let header = Obj::Field(Rc::new(w), super::resolve::RESPONSE_HEADER);
                    self.record_access(thread, cx, i, *receiver, Mode::Read, state, header, None);
                }
            }
            if let Some((lock, mode)) = self.locker(*receiver, cx) {
                match &**method {
                    "Lock" => {
                        Rc::make_mut(&mut state.locks).insert((lock, mode));
                        return;
                    }
                    "Unlock" => {
                        state.release(&lock);
                        return;
                    }
                    _ => {}
                }
            }
        }
        let name = self.callee_name(call, cx);
        match name {
            Some(lock) if LOCKS.contains(&lock) => {
                let mode = lock_mode(lock);
                if let Some(&mutex) = call.args.first() {
                    if mode == Mode::Write && self.resolver.object(mutex, cx).is_none() {
                        for obj in self.ordered_pair(mutex, cx).into_iter().flatten() {
                            Rc::make_mut(&mut state.locks).insert((obj, mode));
                        }
                    }
                    let named = (self.sync_map_value_lock(mutex, cx))
                        .or_else(|| self.resolver.object(mutex, cx))
                        .or_else(|| self.unnamed_field_mutex(mutex, cx));
                    if let Some(obj) = named {
                        if let Some((base, field)) = self.pointer_field(mutex, cx) {
                            Rc::make_mut(&mut state.field_locks).insert((
                                base,
                                field,
                                obj.clone(),
                                mode,
                            ));
                        }
                        if let Some(index) = self.picking_index(mutex, cx) {
                            Rc::make_mut(&mut state.index_locks).insert((index, obj.clone(), mode));
                        }
                        Rc::make_mut(&mut state.locks).insert((obj, mode));
                    }
                }
                return;
            }
            Some(unlock) if UNLOCKS.contains(&unlock) => {
                // `s.locks[refLock].Unlock()` releases the element its index picks: a mutex
                // of the same slice picked by another index (`s.locks[hashLock]`) stays held
                // for the maps that index picks.
                let picked = call.args.first().and_then(|&m| self.picking_index(m, cx));
                for obj in self.unlocked_mutexes(call, cx) {
                    state.release_picked(&obj, picked);
                }
                return;
            }
            Some("(*os/exec.Cmd).Wait") => {
                let command = call.args.first().and_then(|&c| self.made_object(c, cx));
                self.wait_for_group(command, state);
                return;
            }
            Some(
                wait @ ("(*sync.WaitGroup).Wait" | "(*golang.org/x/sync/errgroup.Group).Wait"),
            ) => {
                let group = call.args.first().and_then(|&g| self.made_object(g, cx));
                self.wait_for_group(group, state);
                // A group made by `errgroup.WithContext` cancels its context when `Wait`
                // returns: a goroutine woken by `<-ctx.Done()` runs after it, at the same time
                // as what follows.
                let with_context = wait.contains("errgroup")
                    && call.args.first().is_some_and(|&g| self.made_with_context(g, cx));
                if with_context {
                    state.signalled = true;
                    state.signalled_unnamed = true;
                }
                return;
            }
            Some(start @ ("(*os/exec.Cmd).Start" | "(*os/exec.Cmd).Run")) => {
                self.start_command(thread, cx, i, call, state);
                if start == "(*os/exec.Cmd).Run" {
                    let command = call.args.first().and_then(|&c| self.made_object(c, cx));
                    self.wait_for_group(command, state);
                }
                return;
            }
            Some("(*golang.org/x/sync/singleflight.Group).DoChan") => {
                // The flight's function runs on a goroutine of its own.
                let target = call.args.get(2).and_then(|&a| self.resolver.function_value(a, cx));
                if let Some(target) = target {
                    self.spawn(thread, cx, i, target, SpawnKind::Go, state);
                }
                return;
            }
            Some("(*net/http.ServeMux).ServeHTTP") => {
                // A mux called directly serves the request with one of its handlers, on the
                // calling goroutine.
                let mut targets = Vec::new();
                for register in ["(*net/http.ServeMux).Handle", "(*net/http.ServeMux).HandleFunc"] {
                    for (owner, handler) in self.registered(register, 2) {
                        targets.extend(self.handler_targets(handler, &Context::root(owner)));
                    }
                }
                self.walk_alternatives(thread, targets, state, stack);
                return;
            }
            Some(serve) if SERVES.contains(&serve) => {
                let tls = serve.ends_with("TLS");
                self.start_server(thread, cx, i, call, tls, state);
                return;
            }
            Some(close @ ("(*net/http/httptest.Server).Close" | "(*net/http.Server).Shutdown")) => {
                if close == "(*net/http.Server).Shutdown" {
                    // Shutdown starts each `RegisterOnShutdown` hook on a goroutine of its own,
                    // and does not wait for them.
                    let hooks = self.registered("(*net/http.Server).RegisterOnShutdown", 1);
                    for (slot, (owner, hook)) in hooks.into_iter().enumerate() {
                        let target = self.resolver.function_value(hook, &Context::root(owner));
                        if let Some(target) = target {
                            let kind = SpawnKind::ShutdownHook;
                            self.spawn_one_of(thread, cx, (i, slot), target, kind, state);
                        }
                    }
                }
                // Both return once the requests in flight have been served: those of the
                // handlers the server was seen to start, or else of the handlers registered on
                // a mux; a server with neither is waited for by nothing.
                let server = call.args.first().and_then(|&s| self.made_object(s, cx));
                let threads = &self.threads;
                if server.is_some() && threads.iter().any(|t| t.group == server) {
                    self.wait_for_group(server, state);
                } else if state.live.iter().any(|&t| threads[t].kind == SpawnKind::Handler) {
                    state.block();
                }
                return;
            }
            Some("(*sync.Cond).Wait") => {
                state.block();
                return;
            }
            Some("(net/http.HandlerFunc).ServeHTTP") => {
                // `handler(deps).ServeHTTP(w, r)`: the function the HandlerFunc holds serves;
                // one taken from a table of routes may be any of its entries.
                let Some((&handler, args)) = call.args.split_first() else { return };
                let targets = match self.resolver.function_value(handler, cx) {
                    Some(target) => vec![target],
                    None => self.resolver.map_functions_of(handler, cx),
                };
                let targets = targets.iter().map(|t| t.applied(args, cx)).collect();
                self.walk_alternatives(thread, targets, state, stack);
                return;
            }
            Some("(*sync.Once).Do") => {
                // The function runs here, at most once: what it signals or starts counts, and
                // its map accesses are ordered before every `Do` of the same `Once` returns, so
                // they race only with accesses that do not come after such a return.
                let Some(&function) = call.args.get(1) else { return };
                if bound_method_name(&self.resolver.functions[cx.func], function)
                    .is_some_and(is_signal)
                {
                    // `once.Do(wg.Done)`.
                    state.signalled = true;
                    state.signalled_unnamed = true;
                    return;
                }
                let target = self.resolver.function_value(function, cx);
                let once = call.args.first().and_then(|&o| self.resolver.object(o, cx));
                if let Some(callee_cx) = target {
                    // Without a name for the `Once`, its function's accesses are not recorded.
                    match &once {
                        Some(once) => self.once_bodies.push(once.clone()),
                        None => self.quiet += 1,
                    }
                    let exit = self.walk_function(thread, &callee_cx, state.clone(), stack);
                    match &once {
                        Some(_) => drop(self.once_bodies.pop()),
                        None => self.quiet -= 1,
                    }
                    if exit.reached {
                        *state = exit;
                    }
                }
                if let Some(once) = once {
                    Rc::make_mut(&mut state.after_onces).insert(once);
                }
                return;
            }
            Some("(*time.Timer).Stop") => {
                // A stopped timer's callback does not run (when Stop says so): precision first,
                // every AfterFunc callback is taken as stopped.
                let threads = &self.threads;
                Rc::make_mut(&mut state.live).retain(|&t| threads[t].kind != SpawnKind::AfterFunc);
                Rc::make_mut(&mut state.joined)
                    .retain(|&t| threads[t].kind != SpawnKind::AfterFunc);
                return;
            }
            Some(atomic) if is_atomic_acquire(atomic) => {
                // An atomic load that sees another goroutine's store is ordered after it: a flag
                // polled until set publishes what was written before the store. Like a receive,
                // it hears the stores to the same variable (any store, when the variable has no
                // name); a `Swap` or `CompareAndSwap` also stores.
                let variable = call.args.first().and_then(|&a| self.resolver.object(a, cx));
                match variable.clone() {
                    Some(variable) => state.receive(variable),
                    None => state.block(),
                }
                if !atomic.ends_with("Load") && !atomic.contains(".Load") {
                    state.signalled = true;
                    self.record_signal(thread, variable, false, state);
                }
                return;
            }
            Some(signal) if is_signal(signal) => {
                state.signalled = true;
                if !is_atomic_store(signal) {
                    state.signalled_unnamed = true;
                }
                if is_atomic_store(signal) {
                    // An atomic store, heard by the loads of the same variable; it releases
                    // the variable held as a spinlock.
                    let variable = call.args.first().and_then(|&a| self.resolver.object(a, cx));
                    if let Some(variable) = &variable {
                        state.release(variable);
                    }
                    self.record_signal(thread, variable, false, state);
                }
                return;
            }
            Some("(*golang.org/x/sync/errgroup.Group).SetLimit") => {
                let f = &self.resolver.functions[cx.func];
                let one = call.args.get(1).is_some_and(|&n| {
                    matches!(
                        f[n].def,
                        mapscope_ssa::ValueDef::Const(mapscope_ssa::ConstValue::Int(1))
                    )
                });
                if let Some(group) = call.args.first().and_then(|&g| self.made_object(g, cx)) {
                    if one {
                        self.serial_groups.insert(group);
                    } else {
                        self.serial_groups.remove(&group);
                    }
                }
                return;
            }
            Some(spawner) => {
                if let Some((kind, arg)) = spawner_arg(spawner) {
                    if kind == SpawnKind::Handler && !self.handlers_served {
                        return;
                    }
                    let group = match kind {
                        SpawnKind::ErrgroupGo | SpawnKind::WaitGroupGo => {
                            call.args.first().and_then(|&g| self.made_object(g, cx))
                        }
                        // The httptest server made here, whose `Close` waits for its handlers.
                        SpawnKind::Handler if spawner.starts_with("net/http/httptest.") => {
                            Some(Obj::Site { func: cx.func, instr: i })
                        }
                        _ => None,
                    };
                    if let Some(group) = group.as_ref().filter(|g| self.serial_groups.contains(g)) {
                        // The previous goroutines of a group limited to one have finished.
                        let done: Vec<ThreadId> = state
                            .live
                            .iter()
                            .copied()
                            .filter(|&t| self.threads[t].group.as_ref() == Some(group))
                            .collect();
                        for t in done {
                            Rc::make_mut(&mut state.live).remove(&t);
                            Rc::make_mut(&mut state.joined).insert(t);
                            Rc::make_mut(&mut state.finished).insert(t);
                        }
                    }
                    let targets = match call.args.get(arg) {
                        Some(&a) => self.handler_targets(a, cx),
                        None => Vec::new(),
                    };
                    // An httptest server serves only requests sent to its address, which only
                    // code it is given knows: its handler starts at the first such use.
                    // So does a handler registered on a mux made here that only such servers
                    // serve.
                    let f = &self.resolver.functions[cx.func];
                    let uses = match spawner {
                        "net/http/httptest.NewServer" | "net/http/httptest.NewTLSServer" => {
                            f[i].result().map(|v| server_uses(f, v))
                        }
                        "(*net/http.ServeMux).HandleFunc" | "(*net/http.ServeMux).Handle" => {
                            call.args.first().and_then(|&mux| mux_server_uses(f, mux))
                        }
                        _ => None,
                    };
                    if let Some(uses) = uses.filter(|u| !u.is_empty() && !targets.is_empty()) {
                        let known =
                            self.unused_servers.iter().any(|u| u.at == i && Rc::ptr_eq(&u.cx, cx));
                        if !known {
                            for (slot, handler) in targets.into_iter().enumerate() {
                                self.unused_servers.push(UnusedServer {
                                    cx: cx.clone(),
                                    at: i,
                                    uses: uses.clone(),
                                    handler,
                                    slot,
                                    group: group.clone(),
                                });
                            }
                        }
                        return;
                    }
                    for (slot, callee_cx) in targets.into_iter().enumerate() {
                        let started =
                            self.spawn_one_of(thread, cx, (i, slot), callee_cx, kind, state);
                        if let (Some(t), Some(group)) = (started, group.clone()) {
                            self.threads[t].group = Some(group);
                        }
                    }
                    return;
                }
            }
            None => {}
        }
        if let Callee::Static(callee) = call.callee {
            if self.resolver.static_callee(callee, cx).is_none() {
                self.external_map_uses(thread, cx, i, call, name, state);
                if let Some(arg) = name.and_then(synchronous_callback) {
                    self.call_back(thread, cx, call, arg, state, stack);
                    return;
                }
                // A request returns after a server's handler answered it: the client waited
                // for a goroutine it cannot name.
                if name.is_some_and(|n| HTTP_REQUESTS.contains(&n)) {
                    state.block();
                }
                if let Some(name) = name {
                    // A method of the argument the library calls (a value's `MarshalJSON`)
                    // runs first, as part of the call.
                    if let Some(target) = self.implicit_method(name, call, cx) {
                        self.walk_alternatives(thread, vec![target], state, stack);
                    }
                    // fmt's printing calls the `String` (or `Error`) of the operands it
                    // formats as strings, one after another.
                    for target in self.formatted_methods(name, call, cx) {
                        self.walk_alternatives(thread, vec![target], state, stack);
                    }
                    let mut targets = Vec::new();
                    for callback in library_callbacks_of(name) {
                        targets.extend(self.library_callbacks(callback, cx));
                    }
                    if !targets.is_empty() {
                        // A logger writes each record under its own mutex: the writes of one
                        // logger never overlap (those of two loggers sharing a writer may).
                        let logger = self.logger_mutex(name, call, cx);
                        if let Some(mutex) = &logger {
                            Rc::make_mut(&mut state.locks).insert((mutex.clone(), Mode::Write));
                        }
                        self.walk_alternatives(thread, targets, state, stack);
                        if let Some(mutex) = &logger {
                            state.release(mutex);
                        }
                    }
                }
                return;
            }
        }
        if let Callee::Dynamic(func) = call.callee {
            if self.resolver.function_value(func, cx).is_none() {
                let targets = self.resolver.field_functions_of(func, cx);
                if targets.len() > 1 {
                    // Each function the field may hold runs from here (a default and an option).
                    let targets = targets.iter().map(|t| t.applied(&call.args, cx)).collect();
                    self.walk_alternatives(thread, targets, state, stack);
                    return;
                }
                // A callback taken from a registry map: each function registered there.
                let registered = self.resolver.map_functions_of(func, cx);
                if !registered.is_empty() {
                    let targets = registered.iter().map(|t| t.applied(&call.args, cx)).collect();
                    self.walk_alternatives(thread, targets, state, stack);
                    return;
                }
                // A value of a named function type taken from a slice (a list of hooks): each
                // function the unit makes a value of that type from.
                let f = &self.resolver.functions[cx.func];
                let from_slice = match f.defining_instr(func).map(|d| &f[d].kind) {
                    Some(InstrKind::Index { .. }) => true,
                    Some(InstrKind::Load { addr }) => matches!(
                        f.defining_instr(*addr).map(|d| &f[d].kind),
                        Some(InstrKind::IndexAddr { .. })
                    ),
                    _ => false,
                };
                let ty = self.types.type_string(f[func].ty);
                let named = if from_slice { self.named_func_values(&ty) } else { Vec::new() };
                if !named.is_empty() {
                    let targets = named.iter().map(|t| t.applied(&call.args, cx)).collect();
                    self.walk_alternatives(thread, targets, state, stack);
                    return;
                }
            }
        }
        if let Callee::Invoke { receiver, method } = &call.callee {
            if &**method == "ServeHTTP" {
                let f = &self.resolver.functions[cx.func];
                let served = f.defining_instr(*receiver).and_then(|d| match &f[d].kind {
                    InstrKind::Call { call } => static_callee_name(f, call),
                    _ => None,
                });
                if served == Some("expvar.Handler") {
                    let mut targets = Vec::new();
                    for callback in library_callbacks_of(EXPVAR_SERVE) {
                        targets.extend(self.library_callbacks(callback, cx));
                    }
                    self.walk_alternatives(thread, targets, state, stack);
                    return;
                }
                if let Some(inner) = self.timeout_handler_inner(*receiver, &call.args, cx) {
                    // `http.TimeoutHandler` serves in a goroutine it does not wait for once the
                    // deadline passes: the wrapped handler may still run after `ServeHTTP`.
                    self.spawn(thread, cx, i, inner, SpawnKind::Go, state);
                    return;
                }
            }
            if self.resolver.dynamic_value(*receiver, cx).is_none() {
                let targets = self.invoke_targets(*receiver, method, &call.args, cx);
                if !targets.is_empty() {
                    // Each implementation the receiver may hold runs from here.
                    self.walk_alternatives(thread, targets, state, stack);
                    return;
                }
            }
        }
        if let Some(callee_cx) = self.call_target(call, cx) {
            let exit = self.walk_function(thread, &callee_cx, state.clone(), stack);
            if exit.reached {
                *state = exit;
            }
        }
    }

    /// Walks each of `targets` from `state` (the functions a call may run) and leaves in
    /// `state` what holds after all of them.
    fn walk_alternatives(
        &mut self,
        thread: ThreadId,
        targets: Vec<Rc<Context>>,
        state: &mut State,
        stack: &mut Vec<usize>,
    ) {
        let mut exit = State::default();
        for target in targets {
            exit.join(&self.walk_function(thread, &target, state.clone(), stack));
        }
        if exit.reached {
            *state = exit;
        }
    }

    /// A function without a body in the unit (the standard library's, a dependency's) that is
    /// handed a map, as itself or in an interface (`json.Marshal(m)`), reads it: encoders,
    /// printers and copiers all range over it. The `maps` functions that change their first
    /// argument write it.
    fn external_map_uses(
        &mut self,
        thread: ThreadId,
        cx: &Rc<Context>,
        i: InstrId,
        call: &CallCommon,
        name: Option<&str>,
        state: &State,
    ) {
        // The `maps` functions that change their first argument.
        const WRITES_FIRST: [&str; 3] = ["maps.Copy", "maps.DeleteFunc", "maps.Insert"];
        // Functions that only keep the value, to hand it back later (`ctx.Value(k)`).
        const KEEPS: [&str; 1] = ["context.WithValue"];
        if name.is_some_and(|n| KEEPS.contains(&n)) {
            return;
        }
        let f = &self.resolver.functions[cx.func];
        // `http.Header`'s `Set`, `Add` and `Del` stay reads: their calls on a response's
        // header paired handler instances in tests of real modules (a recorder handed to
        // two goroutines, or one a test serves twice) that the walk does not tell apart.
        let writes_first = name.is_some_and(|n| {
            // Generic instantiations are named `maps.Copy[...]`.
            let base = n.split_once('[').map_or(n, |(base, _)| base);
            WRITES_FIRST.contains(&base)
        });
        for (n, &arg) in call.args.iter().enumerate() {
            let map = if self.types.is_map(f[arg].ty) {
                arg
            } else {
                match f.defining_instr(arg).map(|d| &f[d].kind) {
                    Some(InstrKind::MakeInterface { x }) if self.types.is_map(f[*x].ty) => *x,
                    // The `...any` of `fmt.Sprintf("%v", m)`: a slice made for the call.
                    Some(InstrKind::MakeSlice { .. }) => {
                        match self.packed_map(f, f[arg].referrers()) {
                            Some(map) => map,
                            None => continue,
                        }
                    }
                    _ => continue,
                }
            };
            // Every map handed over (`reflect.DeepEqual(last, s.m)` reads both).
            let mode = if n == 0 && writes_first { Mode::Write } else { Mode::Read };
            self.access(thread, cx, i, map, mode, state);
        }
    }

    /// For a handler made by `http.TimeoutHandler(h, ...)`: `h`'s `ServeHTTP` (or function),
    /// applied to `args`.
    fn timeout_handler_inner(
        &self,
        handler: ValueId,
        args: &[ValueId],
        cx: &Rc<Context>,
    ) -> Option<Rc<Context>> {
        let (instr, made_cx) = self.resolver.defining_call(handler, cx, 0)?;
        let f = &self.resolver.functions[made_cx.func];
        let InstrKind::Call { call } = &f[instr].kind else { return None };
        if static_callee_name(f, call) != Some("net/http.TimeoutHandler") {
            return None;
        }
        let inner = *call.args.first()?;
        match self.resolver.function_value(inner, &made_cx) {
            Some(function) => Some(function.applied(args, cx)),
            None => self.invoke_target(inner, "ServeHTTP", args, &made_cx),
        }
    }

    /// A map stored, as an interface, into an element of the variadic slice whose uses are
    /// `uses` (`[]any{m}` built for `fmt.Sprintf("%v", m)`).
    fn packed_map(&self, f: &Function, uses: &[InstrId]) -> Option<ValueId> {
        uses.iter().find_map(|&u| {
            let InstrKind::IndexAddr { .. } = f[u].kind else { return None };
            f[f[u].result()?].referrers().iter().find_map(|&store| {
                let InstrKind::Store { value, .. } = f[store].kind else { return None };
                match f.defining_instr(value).map(|d| &f[d].kind) {
                    Some(InstrKind::MakeInterface { x }) if self.types.is_map(f[*x].ty) => Some(*x),
                    _ => None,
                }
            })
        })
    }

    /// The methods of the unit's types that `callback` runs, with their receivers bound: the
    /// values registered with the library where the callback says (an `http.Client`'s
    /// `Transport`, the handler given to `slog.New`). A value registered in the function that
    /// makes the call (`caller`) is bound in the caller's context: a method value of a per-call
    /// object registered and executed by one call stays that call's.
    /// The stores into the fields named `names` of the struct whose pointer type is `key`, in
    /// the whole unit: a field's name is found from the type of one store's address.
    fn named_field_stores(&self, key: &str, names: &[&str]) -> Vec<(usize, ValueId)> {
        let functions = self.resolver.functions;
        let mut found: Vec<(usize, ValueId)> = Vec::new();
        for ((ty, field), stores) in self.resolver.field_stores() {
            if ty != key {
                continue;
            }
            let Some(&(func, value)) = stores.first() else { continue };
            let f = &functions[func];
            let base = f[value].referrers().iter().find_map(|&user| match f[user].kind {
                InstrKind::Store { addr, value: stored } if stored == value => {
                    match f.defining_instr(addr).map(|d| &f[d].kind) {
                        Some(InstrKind::FieldAddr { base, field: index }) if index == field => {
                            Some(*base)
                        }
                        _ => None,
                    }
                }
                _ => None,
            });
            let Some(base) = base else { continue };
            let named = names.iter().any(|name| {
                self.types.field(f[base].ty, name).is_some_and(|(index, _)| index == *field)
            });
            if named {
                found.extend_from_slice(stores);
            }
        }
        // The table is a hash map: one order for every run.
        found.sort_by_key(|&(func, value)| (func, value.index()));
        found
    }

    fn library_callbacks(
        &mut self,
        callback: &LibraryCallback,
        caller: &Rc<Context>,
    ) -> Vec<Rc<Context>> {
        let functions = self.resolver.functions;
        let registered: Vec<(usize, ValueId)> = match callback.registered {
            Registration::Field(ty, field) => self
                .resolver
                .field_stores()
                .get(&(ty.to_string(), field))
                .cloned()
                .unwrap_or_default(),
            Registration::Argument(function, arg) => self.registered(function, arg),
            Registration::NamedFields(ty, fields) => self.named_field_stores(ty, fields),
        };
        let mut targets = Vec::new();
        for (func, value) in registered {
            let f = &functions[func];
            let registering =
                if caller.func == func { caller.clone() } else { Context::root(func) };
            if callback.methods.is_empty() {
                targets.extend(self.registered_functions(&registering, value));
                continue;
            }
            let Some(InstrKind::MakeInterface { x }) = f.defining_instr(value).map(|d| &f[d].kind)
            else {
                continue;
            };
            let ty = self.types.type_string(f[*x].ty);
            for method in callback.methods {
                let Some(&method) = self.resolver.by_name.get(format!("({ty}).{method}").as_str())
                else {
                    continue;
                };
                targets.push(method_on(method, *x, &registering));
            }
        }
        targets
    }

    /// The mutex a `log.Logger` holds while it writes a record, for a call of one of its
    /// writing methods (the logger's own, as a field no Go code names) or of package log's
    /// functions (the standard logger's).
    fn logger_mutex(
        &self,
        name: &str,
        call: &mapscope_ssa::CallCommon,
        cx: &Rc<Context>,
    ) -> Option<Obj> {
        if LOG_WRITES.contains(&name) {
            return Some(Obj::Global(Rc::from("log.std")));
        }
        if !LOGGER_WRITES.contains(&name) {
            return None;
        }
        let logger = self.resolver.object(*call.args.first()?, cx)?;
        Some(Obj::Field(Rc::new(logger), LOGGER_MUTEX))
    }

    /// The method of its argument that a library call of `name` calls on the calling goroutine
    /// ([`crate::models::IMPLICIT_METHODS`]), when the argument is a value of a type of the unit that has it:
    /// the method with that value as its receiver.
    fn implicit_method(
        &self,
        name: &str,
        call: &mapscope_ssa::CallCommon,
        cx: &Rc<Context>,
    ) -> Option<Rc<Context>> {
        let &(_, arg, methods) =
            crate::models::IMPLICIT_METHODS.iter().find(|(n, ..)| n.contains(&name))?;
        let f = &self.resolver.functions[cx.func];
        let &value = call.args.get(arg)?;
        let Some(InstrKind::MakeInterface { x }) = f.defining_instr(value).map(|d| &f[d].kind)
        else {
            return None;
        };
        let method = self.receiver_method(f[*x].ty, methods)?;
        Some(method_on(method, *x, cx))
    }

    /// The first of `methods` the unit has for a value of type `ty`
    /// ([`crate::models::receiver_method`]).
    fn receiver_method(
        &self,
        ty: mapscope_types::types::TypeId,
        methods: &[&str],
    ) -> Option<usize> {
        let ty = self.types.type_string(ty);
        crate::models::receiver_method(&ty, methods, |name| {
            self.resolver.by_name.get(name).copied()
        })
    }

    /// The `Error` or `String` methods of the operands that a printing call of `name`
    /// ([`PRINTS`]) formats with `%v`, `%s`, `%q`, `%x` or `%X` (every operand, for the
    /// `Print` family), with each operand as its receiver, in order. A type that formats itself
    /// (`Format`) is left out, and so is every operand of a format the call does not spell as
    /// a constant or that picks operands by index or takes a width from one.
    fn formatted_methods(
        &self,
        name: &str,
        call: &mapscope_ssa::CallCommon,
        cx: &Rc<Context>,
    ) -> Vec<Rc<Context>> {
        let Some(&(_, format, operands)) = PRINTS.iter().find(|(n, ..)| *n == name) else {
            return Vec::new();
        };
        let f = &self.resolver.functions[cx.func];
        let Some(operands) = call.args.get(operands).and_then(|&s| slice_literal(f, s)) else {
            return Vec::new();
        };
        let stringed: Vec<bool> = match format {
            None => vec![true; operands.len()],
            Some(at) => {
                let Some(&format) = call.args.get(at) else { return Vec::new() };
                let mapscope_ssa::ValueDef::Const(mapscope_ssa::ConstValue::String(text)) =
                    &f[format].def
                else {
                    return Vec::new();
                };
                let Some(verbs) = format_verbs(text) else { return Vec::new() };
                verbs.iter().map(|v| matches!(v, 'v' | 's' | 'q' | 'x' | 'X')).collect()
            }
        };
        let mut targets = Vec::new();
        for (operand, stringed) in operands.into_iter().zip(stringed) {
            let Some(operand) = operand.filter(|_| stringed) else { continue };
            let Some(InstrKind::MakeInterface { x }) =
                f.defining_instr(operand).map(|d| &f[d].kind)
            else {
                continue;
            };
            if self.receiver_method(f[*x].ty, &["Format"]).is_some() {
                continue;
            }
            let Some(method) = self.receiver_method(f[*x].ty, &["Error", "String"]) else {
                continue;
            };
            targets.push(method_on(method, *x, cx));
        }
        targets
    }

    /// The values passed as argument `arg` to static calls of `function` in the unit, with the
    /// function each call is in; found once per unit.
    fn registered(&mut self, function: &'static str, arg: usize) -> Vec<(usize, ValueId)> {
        let functions = self.resolver.functions;
        self.registered_arguments
            .entry((function, arg))
            .or_insert_with(|| registrations(functions, function, arg))
            .clone()
    }

    /// The functions a value registered with a library denotes, in the registering function
    /// `func`: a function (`expvar.Func(f)`, wrapped in an interface or not), or the functions
    /// stored into a map of them made there (a template's `FuncMap{"name": f}`).
    fn registered_functions(&self, cx: &Rc<Context>, value: ValueId) -> Vec<Rc<Context>> {
        let f = &self.resolver.functions[cx.func];
        let unwrap = |v: ValueId| match f.defining_instr(v).map(|d| &f[d].kind) {
            Some(
                InstrKind::MakeInterface { x }
                | InstrKind::Convert { kind: mapscope_ssa::ConversionKind::ChangeType, x },
            ) => *x,
            _ => v,
        };
        let value = unwrap(unwrap(value));
        if let Some(function) = self.resolver.function_value(value, cx) {
            return vec![function];
        }
        let Some(InstrKind::MakeMap { .. }) = f.defining_instr(value).map(|d| &f[d].kind) else {
            return Vec::new();
        };
        let stored = f[value].referrers().iter().filter_map(|&u| match f[u].kind {
            InstrKind::MapUpdate { map, value: stored, .. } if map == value => Some(stored),
            _ => None,
        });
        stored.filter_map(|v| self.resolver.function_value(unwrap(v), cx)).collect()
    }

    /// The methods an interface call may run when its receiver comes from a function that
    /// returns different implementations, each with its receiver bound.
    fn invoke_targets(
        &self,
        receiver: ValueId,
        method: &str,
        args: &[ValueId],
        cx: &Rc<Context>,
    ) -> Vec<Rc<Context>> {
        let functions = self.resolver.functions;
        let mut targets = Vec::new();
        for concrete in self.resolver.dynamic_values(receiver, cx, 0) {
            let ty = self.types.type_string(functions[concrete.cx.func][concrete.value].ty);
            let Some(&func) = self.resolver.by_name.get(format!("({ty}).{method}").as_str()) else {
                return Vec::new();
            };
            let args = args.iter().map(|&a| Some(Binding { value: a, cx: cx.clone() }));
            let params = std::iter::once(Some(concrete)).chain(args).collect();
            targets.push(Rc::new(Context { func, params, free_vars: Vec::new() }));
        }
        targets
    }

    /// The method an interface call runs, with the receiver and arguments bound: the method of
    /// the concrete type the receiver was made from, or else of the one type the unit converts
    /// to the receiver's interface type. An `http.HandlerFunc` serves by calling itself.
    fn invoke_target(
        &self,
        receiver: ValueId,
        method: &str,
        call_args: &[ValueId],
        cx: &Rc<Context>,
    ) -> Option<Rc<Context>> {
        let functions = self.resolver.functions;
        let args = call_args.iter().map(|&a| Some(Binding { value: a, cx: cx.clone() }));
        if let Some(concrete) = self.resolver.dynamic_value(receiver, cx) {
            let ty = self.types.type_string(functions[concrete.cx.func][concrete.value].ty);
            if let Some(&func) = self.resolver.by_name.get(format!("({ty}).{method}").as_str()) {
                let params = std::iter::once(Some(concrete)).chain(args).collect();
                return Some(Rc::new(Context { func, params, free_vars: Vec::new() }));
            }
            if ty == "net/http.HandlerFunc" && method == "ServeHTTP" {
                let handler = self.resolver.function_value(concrete.value, &concrete.cx)?;
                return Some(handler.applied(call_args, cx));
            }
            return None;
        }
        let interface = self.types.type_string(functions[cx.func][receiver].ty);
        // Made when first needed: most units never call through an interface they cannot trace.
        let implementations = self
            .implementations
            .get_or_init(|| implementations(self.resolver.functions, self.types));
        let [only] = implementations.get(&interface)?.as_slice() else { return None };
        let func = *self.resolver.by_name.get(format!("({only}).{method}").as_str())?;
        let receiver = Some(Binding { value: receiver, cx: cx.clone() });
        let params = std::iter::once(receiver).chain(args).collect();
        Some(Rc::new(Context { func, params, free_vars: Vec::new() }))
    }

    /// The function a call runs and its context with the arguments bound.
    fn call_target(&self, call: &CallCommon, cx: &Rc<Context>) -> Option<Rc<Context>> {
        match call.callee {
            Callee::Static(v) => {
                Some(Context::for_call(self.resolver.static_callee(v, cx)?, &call.args, cx))
            }
            Callee::Dynamic(v) => {
                // A method value's receiver is already bound; the call's arguments follow it.
                let function = self
                    .resolver
                    .function_value(v, cx)
                    .or_else(|| self.received_function(v, cx))?;
                Some(function.applied(&call.args, cx))
            }
            Callee::Invoke { receiver, ref method } => {
                self.invoke_target(receiver, method, &call.args, cx)
            }
            Callee::Builtin(_) => None,
        }
    }

    fn spawn(
        &mut self,
        parent: ThreadId,
        cx: &Rc<Context>,
        i: InstrId,
        callee_cx: Rc<Context>,
        kind: SpawnKind,
        state: &mut State,
    ) -> Option<ThreadId> {
        self.spawn_one_of(parent, cx, (i, 0), callee_cx, kind, state)
    }

    /// Starts the handlers of the httptest servers whose first use is instruction `i` of `cx`.
    fn start_used_servers(
        &mut self,
        thread: ThreadId,
        cx: &Rc<Context>,
        i: InstrId,
        state: &mut State,
    ) {
        let mut k = 0;
        while k < self.unused_servers.len() {
            let server = &self.unused_servers[k];
            if !(Rc::ptr_eq(&server.cx, cx) && server.uses.contains(&i)) {
                k += 1;
                continue;
            }
            let server = self.unused_servers.swap_remove(k);
            let at = (server.at, server.slot);
            let started =
                self.spawn_one_of(thread, cx, at, server.handler, SpawnKind::Handler, state);
            if let (Some(t), Some(group)) = (started, server.group) {
                self.threads[t].group = Some(group);
            }
        }
    }

    /// Starts goroutine `slot` of those instruction `i` starts (os/exec starts one per stream).
    fn spawn_one_of(
        &mut self,
        parent: ThreadId,
        cx: &Rc<Context>,
        (i, slot): (InstrId, usize),
        callee_cx: Rc<Context>,
        kind: SpawnKind,
        state: &mut State,
    ) -> Option<ThreadId> {
        // What the goroutine runs beyond its function: the functions its closure captures or its
        // arguments pass (`go func() { f() }()` in a `goFunc(f)` helper runs each `f`).
        let runs: Vec<Option<usize>> = (callee_cx.free_vars.iter())
            .chain(callee_cx.params.iter())
            .map(|b| {
                let b = b.as_ref()?;
                let function = self.resolver.function_value(b.value, &b.cx).or_else(|| {
                    // A captured variable: the function stored into it.
                    let (stored, stored_cx) = self.resolver.single_store(b.value, &b.cx)?;
                    self.resolver.function_value(stored, &stored_cx)
                });
                function.map(|c| c.func)
            })
            .collect();
        // A goroutine a `sync.Once.Do` function starts is started once, whoever calls `Do`;
        // so is one behind a latch tested and set under a lock held at the start.
        let latch = self.latch_of_start(cx, i, callee_cx.func);
        let in_once = self.quiet > 0 || !self.once_bodies.is_empty();
        let latched_under_lock =
            latch.as_ref().is_some_and(|l| l.tested_under_held_lock) && !state.locks.is_empty();
        let parent_key = if in_once || latched_under_lock { ThreadId::MAX } else { parent };
        let key = (parent_key, cx.func, i, slot, runs.clone());
        // A goroutine that starts itself again (`go f()` inside `f`, through any chain) is one
        // thread with many instances, not an endless line of new ones.
        let mut up = Some(parent);
        while let Some(t) = up {
            if self.threads[t].spawn == Some((cx.func, i)) && self.threads[t].runs == runs {
                self.threads[t].multi = true;
                if t != parent {
                    // Started again by a goroutine it started (a retry that makes a new worker):
                    // what the function with the `go` statement made before it, there, is the
                    // new instance's own.
                    let made: Vec<(usize, InstrId)> = (self.threads[parent].allocs.iter())
                        .filter(|&&(func, _)| func == cx.func)
                        .copied()
                        .collect();
                    self.threads[t].fresh.extend(made);
                }
                Rc::make_mut(&mut state.live).insert(t);
                return Some(t);
            }
            up = self.threads[t].parent;
        }
        if !self.spawned.contains_key(&key) && self.threads.len() >= MAX_THREADS {
            return None;
        }
        let thread = match self.spawned.get(&key) {
            Some(&t) => {
                // Seen again with itself live (or heard from but not seen to return): started
                // in a loop, instances overlap.
                let running = state.live.contains(&t)
                    || (state.joined.contains(&t) && !state.finished.contains(&t));
                // Behind a latch the first start set on this object, no second one starts. (A
                // field named from the parameter of a root stands for the object any caller
                // passes: taken as the same latch, since a start on another object would run
                // on that object's maps, not on the ones the first instance was walked with.)
                let one_trip =
                    self.threads[t].single_trip.as_ref().is_some_and(|c| Rc::ptr_eq(c, cx));
                let same_latch = match (&latch, &self.threads[t].latch) {
                    (Some(here), Some(first)) => {
                        here.field == *first
                            || here.field.relative_to_param()
                            || first.relative_to_param()
                    }
                    _ => false,
                };
                let latched = running && (one_trip || same_latch);
                if running && !latched {
                    // Started on what another call of a constructor built: that
                    // constructor's allocations are this instance's own.
                    let now = super::constructions::origins(self.resolver.functions, &callee_cx);
                    let own = super::constructions::per_instance_sites(
                        &self.resolver,
                        &self.threads[t].origins,
                        &now,
                    );
                    let thread = &mut self.threads[t];
                    thread.multi = true;
                    let pending = std::mem::take(&mut thread.pending_fresh);
                    thread.fresh.extend(pending);
                    thread.fresh.extend(own);
                }
                self.threads[t].live_at_spawn.extend(state.live.iter().copied());
                if let Some(flags) = &mut self.threads[t].flags_set_at_spawn {
                    flags.retain(|flag| state.flags_set.contains(flag));
                }
                t
            }
            None => {
                let t = self.threads.len();
                let single_trip = self.makes_one_trip(cx, i).then(|| cx.clone());
                self.threads.push(Thread {
                    parent: Some(parent),
                    spawn: Some((cx.func, i)),
                    kind,
                    multi: matches!(
                        kind,
                        SpawnKind::Handler
                            | SpawnKind::ServerHandler
                            | SpawnKind::ConnState
                            | SpawnKind::TlsHandshake
                    ),
                    live_at_spawn: (*state.live).clone(),
                    allocs: FxHashSet::default(),
                    fresh: FxHashSet::default(),
                    pending_fresh: FxHashSet::default(),
                    signals: Vec::new(),
                    done_at_exit: self.first_deferred_done(&callee_cx),
                    end: None,
                    runs,
                    group: None,
                    flags_set_at_spawn: Some((*state.flags_set).clone()),
                    latch: latch.map(|l| l.field),
                    single_trip,
                    origins: super::constructions::origins(self.resolver.functions, &callee_cx),
                    entries: vec![callee_cx.func],
                });
                let handed = self.handed_locks(&callee_cx, state);
                if !handed.is_empty() {
                    for (lock, _) in &handed {
                        state.release(lock);
                    }
                    self.handed.insert(t, handed);
                }
                self.spawned.insert(key, t);
                self.pending.push((t, callee_cx));
                t
            }
        };
        Rc::make_mut(&mut state.live).insert(thread);
        Some(thread)
    }

    /// The dominator tree of function `func`, built on first use.
    fn dominators_of(&mut self, func: usize) -> Rc<mapscope_ssa::dom::DomTree> {
        let f = &self.resolver.functions[func];
        (self.dominators.entry(func))
            .or_insert_with(|| Rc::new(mapscope_ssa::dom::DomTree::new(f)))
            .clone()
    }

    /// Whether the start `i` of `cx` lies in a counting loop whose bound is, in this context, a
    /// constant of at most 1.
    fn makes_one_trip(&mut self, cx: &Rc<Context>, i: InstrId) -> bool {
        let f = &self.resolver.functions[cx.func];
        let dominators = self.dominators_of(cx.func);
        let Some(TripCount::Value(bound)) =
            f[i].block().and_then(|b| loop_bound(f, &dominators, b))
        else {
            return false;
        };
        self.resolver.constant_int(bound, cx).is_some_and(|n| n <= 1)
    }

    /// The latch the goroutine start `i` of `cx` sits behind (see `latches`).
    fn latch_of_start(
        &mut self,
        cx: &Rc<Context>,
        i: InstrId,
        started: usize,
    ) -> Option<super::latches::Latch> {
        let f = &self.resolver.functions[cx.func];
        let dominators = self.dominators_of(cx.func);
        super::latches::latch_of_start(
            &self.resolver,
            &mut self.latches,
            f,
            &dominators,
            i,
            cx,
            started,
        )
        .or_else(|| {
            // A start inside the function a `Once` runs: that `Once` lets one through,
            // unless some code makes it new again.
            let once = self.once_bodies.last()?;
            let latches = (self.latches)
                .get_or_insert_with(|| super::latches::LatchFields::of(&self.resolver));
            latches.onces_fire_once().then(|| super::latches::Latch {
                field: once.clone(),
                tested_under_held_lock: false,
            })
        })
    }

    /// The mutexes held here that the goroutine's function unlocks and never locks
    /// (`mu.Lock(); go func() { defer mu.Unlock(); ... }()`): the goroutine runs holding them,
    /// and the parent, which will not unlock them, no longer does.
    fn handed_locks(&self, callee_cx: &Rc<Context>, state: &State) -> Vec<(Obj, Mode)> {
        if state.locks.is_empty() {
            return Vec::new();
        }
        let f = &self.resolver.functions[callee_cx.func];
        let (mut unlocked, mut locked) = (Vec::new(), Vec::new());
        for block in f.block_ids() {
            for &i in f[block].instrs() {
                let call = match &f[i].kind {
                    InstrKind::Call { call } | InstrKind::Defer { call } => call,
                    _ => continue,
                };
                let unlocks = self.unlocked_mutexes(call, callee_cx);
                if !unlocks.is_empty() {
                    unlocked.extend(unlocks);
                    continue;
                }
                let lock = self.callee_name(call, callee_cx).is_some_and(|n| LOCKS.contains(&n));
                if let (true, Some(&mutex)) = (lock, call.args.first()) {
                    locked.extend(self.resolver.object(mutex, callee_cx));
                }
            }
        }
        state
            .locks
            .iter()
            .filter(|(lock, _)| unlocked.contains(lock) && !locked.contains(lock))
            .cloned()
            .collect()
    }

    /// `cmd.Start()` (also inside `cmd.Run()`): os/exec copies the command's output into each
    /// writer in `Stdout` and `Stderr` that is not an `*os.File`, and its input from `Stdin`, each
    /// in a goroutine of its own, which `cmd.Wait()` waits for. One goroutine serves both outputs
    /// when they are the same writer (and, precision first, when the analysis cannot tell).
    fn start_command(
        &mut self,
        thread: ThreadId,
        cx: &Rc<Context>,
        i: InstrId,
        call: &CallCommon,
        state: &mut State,
    ) {
        let Some(command) = call.args.first().and_then(|&c| self.made_object(c, cx)) else {
            return;
        };
        let functions = self.resolver.functions;
        // (field, method) of the streams os/exec copies.
        const STREAMS: [(u32, &str); 3] = [(4, "Read"), (5, "Write"), (6, "Write")];
        let mut copiers: Vec<(u32, Option<Obj>, Rc<Context>)> = Vec::new();
        for (func, f) in functions.iter().enumerate() {
            for block in f.block_ids() {
                for &s in f[block].instrs() {
                    let InstrKind::Store { addr, value } = f[s].kind else { continue };
                    let Some(&InstrKind::FieldAddr { base, field }) =
                        f.defining_instr(addr).map(|d| &f[d].kind)
                    else {
                        continue;
                    };
                    let Some(&(_, method)) = STREAMS.iter().find(|(index, _)| *index == field)
                    else {
                        continue;
                    };
                    if self.types.type_string(f[base].ty) != "*os/exec.Cmd" {
                        continue;
                    }
                    let root = Context::root(func);
                    if self.made_object(base, &root).as_ref() != Some(&command) {
                        continue;
                    }
                    let Some(&InstrKind::MakeInterface { x }) =
                        f.defining_instr(value).map(|d| &f[d].kind)
                    else {
                        continue;
                    };
                    let ty = self.types.type_string(f[x].ty);
                    if ty == "*os.File" {
                        continue;
                    }
                    let Some(&method) =
                        self.resolver.by_name.get(format!("({ty}).{method}").as_str())
                    else {
                        continue;
                    };
                    let writer = self.resolver.object(x, &root);
                    let receiver = Some(Binding { value: x, cx: root });
                    let copier = Rc::new(Context {
                        func: method,
                        params: vec![receiver],
                        free_vars: Vec::new(),
                    });
                    copiers.push((field, writer, copier));
                }
            }
        }
        // Stores into one field on different paths are alternatives, not more streams: a field
        // stored more than once is left out rather than guessed.
        let only = |field: u32| {
            let mut stored = copiers.iter().filter(move |(f, ..)| *f == field);
            match (stored.next(), stored.next()) {
                (Some(copier), None) => Some(copier),
                _ => None,
            }
        };
        let same_writer = match (only(5), only(6)) {
            (Some((_, out, _)), Some((_, err, _))) => out.is_none() || out == err,
            _ => false,
        };
        let mut started = Vec::new();
        for field in [4, 5, 6] {
            let Some((_, _, copier)) = only(field) else { continue };
            if field == 6 && same_writer {
                continue;
            }
            let (kind, slot) = (SpawnKind::CommandCopy(field), field as usize);
            started.extend(self.spawn_one_of(thread, cx, (i, slot), copier.clone(), kind, state));
        }
        for t in started {
            self.threads[t].group = Some(command.clone());
        }
    }

    /// A library call that runs its function argument `arg` on the calling goroutine before it
    /// returns (`sort.Slice`, `sync.Map.Range`, singleflight's `Do`): the function is walked
    /// here. Flights of one singleflight group under one constant key never overlap, as if the
    /// group held a lock for that key.
    fn call_back(
        &mut self,
        thread: ThreadId,
        cx: &Rc<Context>,
        call: &CallCommon,
        arg: usize,
        state: &mut State,
        stack: &mut Vec<usize>,
    ) {
        let Some(target) = call.args.get(arg).and_then(|&a| self.resolver.function_value(a, cx))
        else {
            return;
        };
        let f = &self.resolver.functions[cx.func];
        let flight = match (self.callee_name(call, cx), call.args.get(1).map(|&k| &f[k].def)) {
            (
                Some("(*golang.org/x/sync/singleflight.Group).Do"),
                Some(mapscope_ssa::ValueDef::Const(mapscope_ssa::ConstValue::String(key))),
            ) => call
                .args
                .first()
                .and_then(|&g| self.made_object(g, cx))
                .map(|group| (Obj::Entry(Rc::new(group), Rc::from(&**key)), Mode::Write)),
            _ => None,
        };
        let mut entry = state.clone();
        if let Some(flight) = &flight {
            Rc::make_mut(&mut entry.locks).insert(flight.clone());
        }
        let mut exit = self.walk_function(thread, &target, entry, stack);
        if exit.reached {
            if let Some(flight) = &flight {
                Rc::make_mut(&mut exit.locks).remove(flight);
            }
            *state = exit;
        }
    }

    /// A server starts serving (`srv.ListenAndServe()`, `ts.Start()`): its handler serves each
    /// connection on a goroutine of its own, the `ConnState` hook runs on those goroutines too,
    /// and the `ConnContext` hook runs in the accept loop, beside them. The handler and hooks are
    /// those the unit stores into any `http.Server` (most programs make one).
    fn start_server(
        &mut self,
        thread: ThreadId,
        cx: &Rc<Context>,
        i: InstrId,
        call: &CallCommon,
        tls: bool,
        state: &mut State,
    ) {
        let functions = self.resolver.functions;
        let Some(&receiver) = call.args.first() else { return };
        let mut server_ty = functions[cx.func][receiver].ty;
        let mut handlers = Vec::new();
        if self.types.type_string(server_ty) == "*net/http/httptest.Server" {
            // An httptest server serves the handler it was made with, and its `Config` holds
            // the `http.Server` whose hooks run.
            if let Some((made, made_cx)) = self.resolver.defining_call(receiver, cx, 0) {
                let maker = &functions[made_cx.func];
                if let InstrKind::Call { call: made_by } = &maker[made].kind {
                    if static_callee_name(maker, made_by)
                        == Some("net/http/httptest.NewUnstartedServer")
                    {
                        let handler = made_by.args.first();
                        if let Some(&h) = handler {
                            handlers.extend(self.handler_targets(h, &made_cx));
                        }
                    }
                }
            }
            let Some((_, config)) = self.types.field(server_ty, "Config") else { return };
            server_ty = config;
        }
        let key = self.resolver.field_key(server_ty);
        let stored = |name: &str| -> Vec<(usize, ValueId)> {
            let Some((field, _)) = self.types.field(server_ty, name) else { return Vec::new() };
            let stores = self.resolver.field_stores().get(&(key.clone(), field));
            stores.cloned().unwrap_or_default()
        };
        let (handler_stores, state_hooks, context_hooks) =
            (stored("Handler"), stored("ConnState"), stored("ConnContext"));
        for (func, value) in handler_stores {
            handlers.extend(self.handler_targets(value, &Context::root(func)));
        }
        let mut started: Vec<(Rc<Context>, SpawnKind)> =
            handlers.into_iter().map(|h| (h, SpawnKind::ServerHandler)).collect();
        // Serving TLS, each connection's goroutine runs the handshake, which calls the hooks
        // of the TLS config (those the unit stores into any `tls.Config`).
        let handshake_hooks = match tls {
            true => self.named_field_stores("*crypto/tls.Config", &TLS_SERVER_HOOKS),
            false => Vec::new(),
        };
        let hooks = [
            (state_hooks, SpawnKind::ConnState),
            (context_hooks, SpawnKind::ConnContext),
            (handshake_hooks, SpawnKind::TlsHandshake),
        ];
        for (hooks, kind) in hooks {
            for (func, value) in hooks {
                let hook = self.resolver.function_value(value, &Context::root(func));
                started.extend(hook.map(|h| (h, kind)));
            }
        }
        // Closing an httptest server, or shutting a server down, waits for them.
        let server = self.made_object(receiver, cx);
        for (slot, (target, kind)) in started.into_iter().enumerate() {
            if let Some(t) = self.spawn_one_of(thread, cx, (i, slot), target, kind, state) {
                self.threads[t].group = server.clone();
            }
        }
    }

    /// The functions the unit converts to the named function type `ty` (`Hook(f)`, or `f`
    /// passed where a `Hook` is expected), when there are a few: a call of a `Hook` value the
    /// analysis cannot trace may run any of them.
    fn named_func_values(&mut self, ty: &str) -> Vec<Rc<Context>> {
        if ty.starts_with("func(") {
            return Vec::new();
        }
        if self.named_func_values.is_none() {
            let mut found: FxHashMap<String, Vec<Rc<Context>>> = FxHashMap::default();
            for (owner, f) in self.resolver.functions.iter().enumerate() {
                for block in f.block_ids() {
                    for &i in f[block].instrs() {
                        let InstrKind::Convert { kind: ConversionKind::ChangeType, x } = f[i].kind
                        else {
                            continue;
                        };
                        let Some(result) = f[i].result() else { continue };
                        let named = self.types.type_string(f[result].ty);
                        if named.starts_with("func(") || !named.contains('.') {
                            continue;
                        }
                        let Some(target) = self.resolver.function_value(x, &Context::root(owner))
                        else {
                            continue;
                        };
                        let targets = found.entry(named).or_default();
                        if !targets.iter().any(|t| t.func == target.func) {
                            targets.push(target);
                        }
                    }
                }
            }
            self.named_func_values = Some(found);
        }
        let targets = self.named_func_values.as_ref().and_then(|n| n.get(ty));
        match targets {
            Some(targets) if targets.len() <= MAX_NAMED_FUNC_VALUES => targets.clone(),
            _ => Vec::new(),
        }
    }

    /// What serves a request for the handler value `h`: its `ServeHTTP`, or the function an
    /// `http.HandlerFunc` holds; for a library handler whose `ServeHTTP` has no body in the
    /// unit (a reverse proxy), the callbacks that `ServeHTTP` runs ([`LIBRARY_CALLBACKS`]),
    /// each on the request's goroutine.
    fn handler_targets(&mut self, h: ValueId, cx: &Rc<Context>) -> Vec<Rc<Context>> {
        let served = self.resolver.function_value(h, cx);
        if let Some(target) = served.or_else(|| self.invoke_target(h, "ServeHTTP", &[], cx)) {
            return vec![target];
        }
        let functions = self.resolver.functions;
        let (value, value_cx) = match self.resolver.dynamic_value(h, cx) {
            Some(concrete) => (concrete.value, concrete.cx),
            None => (h, cx.clone()),
        };
        let ty = self.types.type_string(functions[value_cx.func][value].ty);
        let serve = format!("({ty}).ServeHTTP");
        let mut hooks = Vec::new();
        for callback in library_callbacks_of(&serve) {
            hooks.extend(self.library_callbacks(callback, &value_cx));
        }
        hooks
    }

    /// The wait group whose `Done` the function `cx` runs defers first, if it does: deferred
    /// calls run newest first, so that `Done` runs last, as the goroutine returns.
    fn first_deferred_done(&self, cx: &Rc<Context>) -> FxHashSet<Obj> {
        let f = &self.resolver.functions[cx.func];
        let first_defer = f
            .block_ids()
            .flat_map(|b| f[b].instrs().iter().copied())
            .find(|&i| matches!(f[i].kind, InstrKind::Defer { .. }));
        let Some(defer) = first_defer else { return FxHashSet::default() };
        let InstrKind::Defer { call } = &f[defer].kind else { return FxHashSet::default() };
        if static_callee_name(f, call) != Some("(*sync.WaitGroup).Done") {
            return FxHashSet::default();
        }
        call.args.first().and_then(|&g| self.made_object(g, cx)).into_iter().collect()
    }

    /// Whether the errgroup `v` was made by `errgroup.WithContext` (its first result), in the
    /// function that waits or in one whose result or argument it is.
    fn made_with_context(&self, v: ValueId, cx: &Rc<Context>) -> bool {
        let (func, v) = origin(self.resolver.functions, v, cx);
        let f = &self.resolver.functions[func];
        let mapscope_ssa::ValueDef::Result { instr, index: 0 } = f[v].def else { return false };
        let InstrKind::Call { call } = &f[instr].kind else { return false };
        static_callee_name(f, call) == Some("golang.org/x/sync/errgroup.WithContext")
    }

    /// The object a value denotes, or else the call that made it: an `*exec.Cmd` from
    /// `exec.Command(...)`, an errgroup from `errgroup.WithContext(ctx)`, whose results have no
    /// object the unit allocates.
    fn made_object(&self, v: ValueId, cx: &Rc<Context>) -> Option<Obj> {
        let f = &self.resolver.functions[cx.func];
        self.resolver.object(v, cx).or_else(|| {
            let made = f.defining_instr(v)?;
            matches!(f[made].kind, InstrKind::Call { .. })
                .then_some(Obj::Site { func: cx.func, instr: made })
        })
    }

    fn record_signal(
        &mut self,
        thread: ThreadId,
        chan: Option<Obj>,
        close: bool,
        state: &mut State,
    ) {
        match &chan {
            Some(chan) => {
                if !state.signalled_on.contains(chan) {
                    Rc::make_mut(&mut state.signalled_on).insert(chan.clone());
                }
            }
            None => state.signalled_unnamed = true,
        }
        let signal = Signal {
            chan,
            close,
            waited_on: (*state.waited_on).clone(),
            waited_otherwise: state.waited_otherwise,
            finished: (*state.finished).clone(),
            waited_groups: (*state.waited_groups).clone(),
        };
        let signals = &mut self.threads[thread].signals;
        if !signals.contains(&signal) {
            signals.push(signal);
        }
    }

    /// The goroutines live here, started in a loop of this function, when the receive `at` is
    /// in a loop counting as many trips as the loop that started them (`errc := make(chan
    /// error, len(xs)); for _, x := range xs { go ... }; for range xs { <-errc }`): if each
    /// sends on the channel (known once they are walked), the receives wait for every one.
    fn drained_by(&self, cx: &Rc<Context>, at: InstrId, state: &State) -> Vec<ThreadId> {
        let candidates: Vec<ThreadId> = state
            .live
            .iter()
            .copied()
            .filter(|&t| {
                let thread = &self.threads[t];
                thread.multi && thread.spawn.is_some_and(|(func, _)| func == cx.func)
            })
            .collect();
        if candidates.is_empty() {
            return Vec::new();
        }
        let f = &self.resolver.functions[cx.func];
        let dominators = mapscope_ssa::dom::DomTree::new(f);
        let Some(bound) = f[at].block().and_then(|b| loop_bound(f, &dominators, b)) else {
            return Vec::new();
        };
        candidates
            .into_iter()
            .filter(|&t| {
                let Some((_, go)) = self.threads[t].spawn else { return false };
                f[go].block().and_then(|b| loop_bound(f, &dominators, b)).as_ref() == Some(&bound)
            })
            .collect()
    }

    /// A wait on a wait group or errgroup: the goroutines the group's own `Go` started have
    /// returned, and the goroutines live so far are joined.
    fn wait_for_group(&self, group: Option<Obj>, state: &mut State) {
        if let Some(group) = group {
            Rc::make_mut(&mut state.waited_groups).insert(group.clone());
            Rc::make_mut(&mut state.groups_waited_always).insert(group.clone());
            // The goroutines the group's `Go` started, and those whose first deferred call is the
            // group's `Done` (run last, as they return): the counter reaches zero only once
            // they have all called it.
            let done = state.live.iter().chain(state.joined.iter()).copied();
            let done: Vec<ThreadId> = done
                .filter(|&t| {
                    let thread = &self.threads[t];
                    thread.group.as_ref() == Some(&group) || thread.done_at_exit.contains(&group)
                })
                .collect();
            Rc::make_mut(&mut state.finished).extend(done);
            // It hears from the goroutines of the group, not from every goroutine live: it
            // has not blocked on something it cannot name (see `Family::heard_from`).
            let blocked_always = state.blocked_always;
            state.block();
            state.blocked_always = blocked_always;
            return;
        }
        state.block();
    }

    /// For a branch on the `ok` of a comma-ok receive, the channel object received from.
    fn received_value(&self, cx: &Rc<Context>, cond: ValueId) -> Option<Obj> {
        let f = &self.resolver.functions[cx.func];
        let mapscope_ssa::ValueDef::Result { instr, index: 1 } = f[cond].def else { return None };
        let InstrKind::Recv { chan, .. } = f[instr].kind else { return None };
        self.resolver.object(chan, cx)
    }

    /// For a branch on the result of `TryLock` or `TryRLock` (or its negation): the successor
    /// (0 or 1) where the mutex was acquired, and the mutex.
    fn try_locked(&self, cx: &Rc<Context>, cond: ValueId) -> Option<(usize, (Obj, Mode))> {
        let f = &self.resolver.functions[cx.func];
        // The successor where the call returned true: the first, unless negated.
        let (called, on_true) = crate::nilness::without_negations(f, cond, true);
        let acquired = usize::from(!on_true);
        let InstrKind::Call { call } = &f[f.defining_instr(called)?].kind else { return None };
        let mode = match static_callee_name(f, call)? {
            "(*sync.Mutex).TryLock" | "(*sync.RWMutex).TryLock" => Mode::Write,
            "(*sync.RWMutex).TryRLock" => Mode::Read,
            _ => return None,
        };
        let mutex = self.resolver.object(*call.args.first()?, cx)?;
        Some((acquired, (mutex, mode)))
    }

    /// For a branch on whether a `range` over a map got an entry: whether the map is still empty
    /// here, so the loop's body does not run (`l := newListener(); l.broadcast(m)` ranging over
    /// the clients it has not added yet). Only on a root thread that has started no goroutine,
    /// for a map made empty (`make`, `{}`) and not yet written by the thread.
    fn ranges_empty_map(
        &self,
        thread: ThreadId,
        cx: &Rc<Context>,
        cond: ValueId,
        state: &State,
    ) -> bool {
        let before_any_goroutine = self.threads[thread].parent.is_none()
            && state.live.is_empty()
            && state.joined.is_empty()
            && state.finished.is_empty();
        if !before_any_goroutine {
            return false;
        }
        let f = &self.resolver.functions[cx.func];
        let mapscope_ssa::ValueDef::Result { instr: next, index: 0 } = f[cond].def else {
            return false;
        };
        let InstrKind::MapNext { iter } = f[next].kind else { return false };
        let Some(&InstrKind::MapRange { map }) = f.defining_instr(iter).map(|d| &f[d].kind) else {
            return false;
        };
        let Some(obj) = self.resolver.object(map, cx) else { return false };
        let made_empty = match &obj {
            Obj::Site { func, instr } => {
                let g = &self.resolver.functions[*func];
                g[*instr].results().all(|made| empty_make(g, made))
            }
            Obj::Contents(field) => self.field_made_empty(field),
            _ => false,
        };
        made_empty
            && !(self.accesses.values())
                .any(|a| a.thread == thread && a.mode == Mode::Write && a.map == obj)
    }

    /// For `field`, field `index` of the struct literal `Site`: whether the one store into that
    /// field anywhere in the unit stores an empty map into this literal (`&listener{clients:
    /// make(...)}`), so the field holds it until a write to it.
    fn field_made_empty(&self, field: &Obj) -> bool {
        let Obj::Field(base, index) = field else { return false };
        let Obj::Site { func, instr } = **base else { return false };
        let g = &self.resolver.functions[func];
        g[instr].results().all(|literal| {
            let key = (self.resolver.field_key(g[literal].ty), *index);
            let Some(&[(owner, value)]) = self.resolver.field_stores().get(&key).map(Vec::as_slice)
            else {
                return false;
            };
            let into_literal = |u: &InstrId| match g[*u].kind {
                InstrKind::Store { addr, value: v } if v == value => matches!(
                    g.defining_instr(addr).map(|d| &g[d].kind),
                    Some(&InstrKind::FieldAddr { base, field }) if base == literal && field == *index
                ),
                _ => false,
            };
            owner == func && empty_make(g, value) && g[value].referrers().iter().any(into_literal)
        })
    }

    /// For a branch on `CompareAndSwap` (or its negation) of a variable the thread did not
    /// make, the successor (0 or 1) taken by the one caller that wins; and the variable when
    /// the unit stores into it elsewhere, which makes the winner hold it as a lock until that
    /// store (a spinlock) rather than win once for good.
    fn compare_and_swap_won(
        &mut self,
        thread: ThreadId,
        cx: &Rc<Context>,
        cond: ValueId,
    ) -> Option<(usize, Option<Obj>)> {
        let f = &self.resolver.functions[cx.func];
        let (called, on_true) = crate::nilness::without_negations(f, cond, true);
        let won = usize::from(!on_true);
        let InstrKind::Call { call } = &f[f.defining_instr(called)?].kind else { return None };
        let name = static_callee_name(f, call)?;
        if !(name.starts_with("sync/atomic.CompareAndSwap")
            || (name.starts_with("(*sync/atomic.") && name.ends_with(").CompareAndSwap")))
        {
            return None;
        }
        let address = *call.args.first()?;
        let variable = self.resolver.object(address, cx)?;
        let key = atomic_variable_key(&self.resolver, f, address);
        let stored = key.is_some_and(|key| self.atomic_stores().contains(&key));
        // Swapping a constant (`CompareAndSwap(false, true)`, not `(v, v+1)`) out of a variable
        // stored back elsewhere: a spinlock, a lock whoever made it, which excludes only what
        // holds it too.
        let constant_old = call
            .args
            .get(1)
            .is_some_and(|&old| matches!(f[old].def, mapscope_ssa::ValueDef::Const(_)));
        if stored && constant_old {
            return Some((won, Some(variable)));
        }
        let own = variable.site().is_some_and(|site| self.threads[thread].allocs.contains(&site));
        (!own).then_some((won, stored.then_some(variable)))
    }

    /// The flag `call` sets for good: `b.CompareAndSwap(false, true)` on an `atomic.Bool` that
    /// nothing stores into, which holds true after the call whether it won or not.
    fn flag_set_by(&mut self, cx: &Rc<Context>, call: &mapscope_ssa::CallCommon) -> Option<Obj> {
        let f = &self.resolver.functions[cx.func];
        let name = static_callee_name(f, call)?;
        if name != "(*sync/atomic.Bool).CompareAndSwap" {
            return None;
        }
        let [address, old, new] = call.args[..] else { return None };
        let constant = |v: ValueId| match f[v].def {
            mapscope_ssa::ValueDef::Const(mapscope_ssa::ConstValue::Bool(b)) => Some(b),
            _ => None,
        };
        if constant(old)? || !constant(new)? {
            return None;
        }
        let key = atomic_variable_key(&self.resolver, f, address)?;
        if self.atomic_stores().contains(&key) {
            return None;
        }
        self.resolver.object(address, cx)
    }

    /// The atomic variables the unit stores into with `Store` (by `atomic_variable_key`).
    fn atomic_stores(&mut self) -> &FxHashSet<(String, u32)> {
        let resolver = &self.resolver;
        self.atomic_stores.get_or_insert_with(|| {
            let mut stored = FxHashSet::default();
            for f in resolver.functions {
                for block in f.block_ids() {
                    for &i in f[block].instrs() {
                        let InstrKind::Call { call } = &f[i].kind else { continue };
                        let Some(name) = static_callee_name(f, call) else { continue };
                        if !is_atomic_store(name) {
                            continue;
                        }
                        let key =
                            call.args.first().and_then(|&a| atomic_variable_key(resolver, f, a));
                        stored.extend(key);
                    }
                }
            }
            stored
        })
    }

    /// Whether `chan` is a channel of this instance of the thread alone: one its parent makes
    /// anew for each instance, or one the analysis cannot name (a variable that takes a new
    /// channel on each trip round the loop that starts the instances).
    fn instance_channel(&self, thread: ThreadId, chan: ValueId, cx: &Rc<Context>) -> bool {
        if !self.threads[thread].multi {
            return false;
        }
        match self.resolver.object(chan, cx).and_then(|o| o.site()) {
            Some(site) => self.threads[thread].fresh.contains(&site),
            None => self.resolver.object(chan, cx).is_none(),
        }
    }

    /// Whether a one-slot channel carries a map or a pointer: the value it keeps is owned by
    /// whoever received it, until it is sent back (`m := <-l.counts; m[k]++; l.counts <- m`),
    /// the reverse of a token channel used as a mutex, which a send acquires.
    fn holds_owned_value(&self, chan: ValueId, cx: &Rc<Context>) -> bool {
        let f = &self.resolver.functions[cx.func];
        self.types
            .chan_elem(f[chan].ty)
            .is_some_and(|elem| self.types.is_map(elem) || self.types.pointer_elem(elem).is_some())
    }

    /// The channel object of `chan` when every channel it can be is made with one slot.
    fn single_slot_channel(&mut self, chan: ValueId, cx: &Rc<Context>) -> Option<Obj> {
        if self.single_slot_fields.is_none() {
            let stores = self.resolver.field_stores();
            self.single_slot_fields =
                Some(single_slot_fields(self.resolver.functions, self.types, stores));
        }
        let fields = self.single_slot_fields.as_ref()?;
        let f = &self.resolver.functions[cx.func];
        let single = match f.defining_instr(chan).map(|i| &f[i].kind) {
            Some(InstrKind::MakeChan { size }) => is_const_one(f, *size),
            Some(InstrKind::Load { addr }) => match f.defining_instr(*addr).map(|i| &f[i].kind) {
                Some(InstrKind::FieldAddr { base, field }) => {
                    let key = (self.resolver.field_key(f[*base].ty), *field);
                    fields.get(&key).copied().unwrap_or(false)
                }
                _ => false,
            },
            _ => false,
        };
        if single { self.resolver.object(chan, cx) } else { None }
    }
}

/// Where `v` comes from: the function and value a parameter or free variable is bound to through
/// the calls and closures that passed it down, or `v` itself.
fn origin(functions: &[Function], v: ValueId, cx: &Rc<Context>) -> (usize, ValueId) {
    let (mut v, mut cx) = (v, cx.clone());
    for _ in 0..MAX_CALL_DEPTH * 2 {
        let f = &functions[cx.func];
        v = spilled_param(f, v).unwrap_or(v);
        let Some(binding) = cx.binding(&f[v].def) else { break };
        let next = (binding.value, binding.cx.clone());
        (v, cx) = next;
    }
    (cx.func, v)
}

/// For a load of a parameter spilled to a local (`t1 = new T (na); *t1 = na; t2 = *t1`, as a
/// value receiver whose fields are read), the parameter, when nothing else stores to the local.
fn spilled_param(f: &Function, v: ValueId) -> Option<ValueId> {
    let &InstrKind::Load { addr } = f.defining_instr(v).map(|d| &f[d].kind)? else { return None };
    if !matches!(f.defining_instr(addr).map(|d| &f[d].kind), Some(InstrKind::Alloc { .. })) {
        return None;
    }
    let mut stored = None;
    for &use_ in f[addr].referrers() {
        match &f[use_].kind {
            InstrKind::Load { .. } => {}
            InstrKind::Store { addr: a, value } if *a == addr && stored.is_none() => {
                stored = Some(*value);
            }
            InstrKind::FieldAddr { .. } => {
                let only_loads = f[use_].results().all(|r| {
                    f[r].referrers().iter().all(|&u| matches!(f[u].kind, InstrKind::Load { .. }))
                });
                if !only_loads {
                    return None;
                }
            }
            _ => return None,
        }
    }
    stored.filter(|&p| matches!(f[p].def, mapscope_ssa::ValueDef::Param { .. }))
}

fn is_const_one(f: &Function, v: ValueId) -> bool {
    matches!(f[v].def, mapscope_ssa::ValueDef::Const(mapscope_ssa::ConstValue::Int(1)))
}

/// For each struct field channels are stored into, whether all of them are made with one slot.
fn single_slot_fields(
    functions: &[Function],
    types: &dyn TypeInfo,
    stores: &FieldStores,
) -> FxHashMap<(String, u32), bool> {
    let mut fields: FxHashMap<(String, u32), bool> = FxHashMap::default();
    for (key, stores) in stores {
        for &(func, value) in stores {
            let f = &functions[func];
            if types.chan_elem(f[value].ty).is_none() {
                continue;
            }
            let single = matches!(
                f.defining_instr(value).map(|d| &f[d].kind),
                Some(InstrKind::MakeChan { size }) if is_const_one(f, *size)
            );
            *fields.entry(key.clone()).or_insert(true) &= single;
        }
    }
    fields
}

/// For each interface type the unit converts values to, the distinct concrete types converted.
fn implementations(functions: &[Function], types: &dyn TypeInfo) -> FxHashMap<String, Vec<String>> {
    let mut found: FxHashMap<String, Vec<String>> = FxHashMap::default();
    for f in functions {
        for block in f.block_ids() {
            for &i in f[block].instrs() {
                let InstrKind::MakeInterface { x } = f[i].kind else { continue };
                let Some(result) = f[i].result() else { continue };
                let concrete = types.type_string(f[x].ty);
                let converted = found.entry(types.type_string(f[result].ty)).or_default();
                if !converted.contains(&concrete) {
                    converted.push(concrete);
                }
            }
        }
    }
    found
}

/// The mutexes held on both sides of a join: held on one side only, a mutex is not held; held
/// for writing on one side and for reading on the other, it is held for reading.
/// A set of [`State`], shared by its copies until one changes it.
type Sets<T> = Rc<BTreeSet<T>>;

/// `a ∪= b`, copying `a` only when `b` adds something.
fn union<T: Ord + Clone>(a: &mut Sets<T>, b: &Sets<T>) {
    if Rc::ptr_eq(a, b) || b.iter().all(|x| a.contains(x)) {
        return;
    }
    Rc::make_mut(a).extend(b.iter().cloned());
}

/// `a ∩= b`, copying `a` only when it loses something.
fn intersect<T: Ord + Clone>(a: &mut Sets<T>, b: &Sets<T>) {
    if Rc::ptr_eq(a, b) || a.iter().all(|x| b.contains(x)) {
        return;
    }
    Rc::make_mut(a).retain(|x| b.contains(x));
}

fn meet_locks(held: &mut BTreeSet<(Obj, Mode)>, other: &BTreeSet<(Obj, Mode)>) {
    let mut met = BTreeSet::new();
    for (lock, mode) in held.iter() {
        let other_mode = other.iter().filter(|(o, _)| o == lock).map(|&(_, m)| m).min();
        if let Some(other_mode) = other_mode {
            met.insert((lock.clone(), (*mode).min(other_mode)));
        }
    }
    *held = met;
}

/// Whether the address or value `v` is reached through an index (`a[i]`, `&a[i]`) that is a
/// loop counter starting at the first element (`for i := range a`, `for i := 0; ...; i++`).
fn indexed_by_counting_loop(f: &Function, v: ValueId) -> bool {
    let mut v = v;
    for _ in 0..16 {
        let Some(instr) = f.defining_instr(v) else { return false };
        v = match f[instr].kind {
            InstrKind::Load { addr } => addr,
            InstrKind::FieldAddr { base, .. }
            | InstrKind::Field { base, .. }
            | InstrKind::Slice { base, .. } => base,
            InstrKind::IndexAddr { base, index } | InstrKind::Index { base, index } => {
                if is_counting_from_zero(f, index) {
                    return true;
                }
                base
            }
            _ => return false,
        };
    }
    false
}

/// For the header of a loop over a map (its first instruction after the φs is the `next` of a
/// `range` over a map): that `range` and the map.
fn range_step(f: &Function, header: mapscope_ssa::BlockId) -> Option<(InstrId, ValueId)> {
    let first =
        f[header].instrs().iter().find(|&&i| !matches!(f[i].kind, InstrKind::Phi { .. }))?;
    let InstrKind::MapNext { iter } = f[*first].kind else { return None };
    let range = f.defining_instr(iter)?;
    match f[range].kind {
        InstrKind::MapRange { map } => Some((range, map)),
        _ => None,
    }
}

/// Whether every path from instruction `from` of `f` to a return sends on a channel or closes
/// one.
fn signals_after(f: &Function, from: InstrId) -> bool {
    let signals = |i: InstrId| match &f[i].kind {
        InstrKind::Send { .. } => true,
        InstrKind::Call { call } => matches!(call.callee, Callee::Builtin(Builtin::Close)),
        _ => false,
    };
    let Some(start) = f[from].block() else { return false };
    let after = f[start].instrs().iter().skip_while(|&&i| i != from).skip(1);
    if after.clone().any(|&i| signals(i)) {
        return true;
    }
    let mut seen = vec![false; f.block_count()];
    let mut work: Vec<mapscope_ssa::BlockId> = f[start].succs().to_vec();
    if work.is_empty() {
        return false;
    }
    while let Some(block) = work.pop() {
        if std::mem::replace(&mut seen[block.index()], true) {
            continue;
        }
        if f[block].instrs().iter().any(|&i| signals(i)) {
            continue;
        }
        if f[block].succs().is_empty() {
            return false;
        }
        work.extend(f[block].succs().iter().copied());
    }
    true
}

/// Whether `v` is a φ that starts at 0 (or -1, as range loops may) and steps by +1.
fn is_counting_from_zero(f: &Function, v: ValueId) -> bool {
    use mapscope_ssa::{BinaryOp, ConstValue, ValueDef};
    let Some(instr) = f.defining_instr(v) else { return false };
    let InstrKind::Phi { edges, .. } = &f[instr].kind else { return false };
    let (mut start, mut step) = (false, false);
    for &e in edges {
        match &f[e].def {
            ValueDef::Const(ConstValue::Int(0 | -1)) => start = true,
            _ => {
                let Some(def) = f.defining_instr(e) else { return false };
                match f[def].kind {
                    InstrKind::BinOp { op: BinaryOp::Add, x, y }
                        if x == v && matches!(f[y].def, ValueDef::Const(ConstValue::Int(1))) =>
                    {
                        step = true;
                    }
                    _ => return false,
                }
            }
        }
    }
    start && step
}

/// Whether `chan` is a timer's or ticker's channel (`t.C`, `time.After(d)`, `time.Tick(d)`), or
/// a request context's `Done()`: the runtime or net/http signals it, so receiving from it orders
/// nothing with another goroutine.
fn is_timer_channel(f: &Function, chan: ValueId) -> bool {
    // The function a value is the result of a static call to.
    let static_name = |v: ValueId| -> Option<&str> {
        let InstrKind::Call { call } = &f[f.defining_instr(v)?].kind else { return None };
        static_callee_name(f, call)
    };
    let Some(instr) = f.defining_instr(chan) else { return false };
    match &f[instr].kind {
        // `r.Context().Done()`: net/http cancels a request's context (the client left, the
        // handler returned, a `TimeoutHandler`'s deadline passed), not a goroutine of the unit.
        InstrKind::Call {
            call: CallCommon { callee: Callee::Invoke { receiver, method }, .. },
        } if &**method == "Done" => static_name(*receiver) == Some("(*net/http.Request).Context"),
        InstrKind::Call { .. } => matches!(static_name(chan), Some("time.After" | "time.Tick")),
        InstrKind::Load { addr } => {
            let Some(field) = f.defining_instr(*addr) else { return false };
            let InstrKind::FieldAddr { base, .. } = f[field].kind else { return false };
            // `t.C` where `t` was loaded from a variable holding a new timer or ticker.
            let timer =
                |v: ValueId| matches!(static_name(v), Some("time.NewTicker" | "time.NewTimer"));
            timer(base)
                || f.defining_instr(base).is_some_and(|load| match f[load].kind {
                    InstrKind::Load { addr } => f[addr].referrers().iter().any(|&u| {
                        matches!(f[u].kind, InstrKind::Store { addr: a, value } if a == addr && timer(value))
                    }),
                    _ => false,
                })
        }
        _ => false,
    }
}

/// Whether a `sync/atomic` call reads with acquire semantics (`Load`, `Swap`, `CompareAndSwap`,
/// as functions or as methods of the atomic types).
fn is_atomic_acquire(name: &str) -> bool {
    // Loading an atomic.Pointer orders the reader after the store of what it loaded, which was
    // complete before it was published; the map it points to may still be written in place
    // afterwards, and that is what is tracked (its object is the pointer's contents).
    if name.starts_with("(*sync/atomic.Pointer[") {
        return false;
    }
    let method = match name.strip_prefix("sync/atomic.") {
        Some(function) => function,
        None if name.starts_with("(*sync/atomic.") => name.rsplit(").").next().unwrap_or(""),
        None => return false,
    };
    ["Load", "Swap", "CompareAndSwap"].iter().any(|p| method.starts_with(p))
}

/// An atomic variable by its address: a struct field by the struct's type and the field, a
/// package-level variable by its name.
fn atomic_variable_key(
    resolver: &Resolver,
    f: &Function,
    address: ValueId,
) -> Option<(String, u32)> {
    match f.defining_instr(address).map(|d| &f[d].kind) {
        Some(InstrKind::FieldAddr { base, field }) => {
            Some((resolver.field_key(f[*base].ty), *field))
        }
        _ => match &f[address].def {
            mapscope_ssa::ValueDef::Global { name } => Some((name.to_string(), u32::MAX)),
            _ => None,
        },
    }
}

/// For a method value `x.M` (a closure over the receiver), the method's name.
fn bound_method_name(f: &Function, v: ValueId) -> Option<&str> {
    let InstrKind::MakeClosure { func, .. } = &f[f.defining_instr(v)?].kind else { return None };
    match &f[*func].def {
        mapscope_ssa::ValueDef::Function { name } => name.strip_suffix("$bound"),
        _ => None,
    }
}

/// Whether a call lets a goroutine waiting for this one go on: `WaitGroup.Done`, an atomic store.
fn is_signal(name: &str) -> bool {
    name == "(*sync.WaitGroup).Done" || is_atomic_store(name)
}

/// Whether a call is an atomic store (`atomic.StoreInt32`, `(*atomic.Bool).Store`).
fn is_atomic_store(name: &str) -> bool {
    name.strip_prefix("sync/atomic.").is_some_and(|f| f.starts_with("Store"))
        || (name.starts_with("(*sync/atomic.") && name.ends_with(").Store"))
}

/// Whether `cond` is a `CompareAndSwap(false, true)` (or its negation) on a flag set on every
/// path before it ran (see `Frame::flag_calls`): it fails.
fn compare_and_swap_lost(f: &Function, cond: ValueId, frame: &Frame) -> bool {
    let (called, _) = crate::nilness::without_negations(f, cond, true);
    f.defining_instr(called).is_some_and(|call| frame.flag_calls.get(&call) == Some(&true))
}

/// Where a library keeps the value whose methods it calls back.
#[derive(Debug)]
enum Registration {
    /// Stored into a field of the library's struct (by the pointer type and field index).
    Field(&'static str, u32),
    /// Passed to a function of the library, as the argument at that index.
    Argument(&'static str, usize),
    /// Stored into one of the fields of the library's struct named so (by the pointer type and
    /// the names), for a struct whose field positions change between Go releases
    /// (`http.Transport`'s `DialContext`).
    NamedFields(&'static str, &'static [&'static str]),
}

/// Methods of a library that call methods of a value the package registered with it, on the
/// calling goroutine.
#[derive(Debug)]
struct LibraryCallback {
    calls: &'static [&'static str],
    registered: Registration,
    /// The methods of the registered value it calls; none when the value is itself a function,
    /// or a map of functions, that it calls.
    methods: &'static [&'static str],
}

/// A reverse proxy's `ServeHTTP`, and the hooks it calls (see [`LIBRARY_CALLBACKS`]).
const REVERSE_PROXY_SERVE: &str = "(*net/http/httputil.ReverseProxy).ServeHTTP";
const REVERSE_PROXY_HOOKS: [&str; 4] = ["Director", "Rewrite", "ModifyResponse", "ErrorHandler"];

/// The name given to `ServeHTTP` called on the handler `expvar.Handler()` returns.
const EXPVAR_SERVE: &str = "(expvar.Handler()).ServeHTTP";

/// The methods of `http.Client` that send a request.
const CLIENT_REQUESTS: &[&str] = &[
    "(*net/http.Client).Do",
    "(*net/http.Client).Get",
    "(*net/http.Client).Head",
    "(*net/http.Client).Post",
    "(*net/http.Client).PostForm",
];

/// The methods of `log.Logger` that write a record to its output.
const LOGGER_WRITES: &[&str] = &[
    "(*log.Logger).Print",
    "(*log.Logger).Printf",
    "(*log.Logger).Println",
    "(*log.Logger).Output",
    "(*log.Logger).Fatal",
    "(*log.Logger).Fatalf",
    "(*log.Logger).Fatalln",
    "(*log.Logger).Panic",
    "(*log.Logger).Panicf",
    "(*log.Logger).Panicln",
];

/// The field index that stands for a `log.Logger`'s output mutex ([`Walk::logger_mutex`]).
const LOGGER_MUTEX: u32 = u32::MAX - 2;

/// The functions of package log that write a record to the standard logger's output.
const LOG_WRITES: &[&str] = &[
    "log.Print",
    "log.Printf",
    "log.Println",
    "log.Output",
    "log.Fatal",
    "log.Fatalf",
    "log.Fatalln",
    "log.Panic",
    "log.Panicf",
    "log.Panicln",
];

const LIBRARY_CALLBACKS: [LibraryCallback; 18] = [
    // A client sends each request through its `Transport`.
    LibraryCallback {
        calls: CLIENT_REQUESTS,
        registered: Registration::Field("*net/http.Client", 0),
        methods: &["RoundTrip"],
    },
    // It asks its `CheckRedirect` hook before following a redirect.
    LibraryCallback {
        calls: CLIENT_REQUESTS,
        registered: Registration::NamedFields("*net/http.Client", &["CheckRedirect"]),
        methods: &[],
    },
    // It takes the request's cookies from its `Jar` and stores the response's there.
    LibraryCallback {
        calls: CLIENT_REQUESTS,
        registered: Registration::NamedFields("*net/http.Client", &["Jar"]),
        methods: &["Cookies", "SetCookies"],
    },
    // An `http.Transport` dials each new connection (every request's, without keep-alives)
    // through its hooks, and asks its `Proxy` for each request's proxy. The dial runs on a
    // goroutine of the transport's while the request waits for it: for the races between
    // requests, the hooks run as part of each.
    LibraryCallback {
        calls: CLIENT_REQUESTS,
        registered: Registration::NamedFields(
            "*net/http.Transport",
            &["Proxy", "DialContext", "Dial", "DialTLSContext", "DialTLS"],
        ),
        methods: &[],
    },
    // A transport sends a request for a scheme registered with `RegisterProtocol` through
    // that scheme's round tripper.
    LibraryCallback {
        calls: CLIENT_REQUESTS,
        registered: Registration::Argument("(*net/http.Transport).RegisterProtocol", 2),
        methods: &["RoundTrip"],
    },
    // A pool's `Get` calls its `New` when it has nothing to hand out.
    LibraryCallback {
        calls: &["(*sync.Pool).Get"],
        registered: Registration::NamedFields("*sync.Pool", &["New"]),
        methods: &[],
    },
    // A scanner's `Scan` calls the split function its `Split` set.
    LibraryCallback {
        calls: &["(*bufio.Scanner).Scan"],
        registered: Registration::Argument("(*bufio.Scanner).Split", 1),
        methods: &[],
    },
    // A reverse proxy runs its hooks while it serves each request, on the request's goroutine.
    LibraryCallback {
        calls: &[REVERSE_PROXY_SERVE],
        registered: Registration::NamedFields(
            "*net/http/httputil.ReverseProxy",
            &REVERSE_PROXY_HOOKS,
        ),
        methods: &[],
    },
    // A logger hands each record to its handler, and derives loggers from derived handlers.
    LibraryCallback {
        calls: &[
            "(*log/slog.Logger).Debug",
            "(*log/slog.Logger).DebugContext",
            "(*log/slog.Logger).Error",
            "(*log/slog.Logger).ErrorContext",
            "(*log/slog.Logger).Info",
            "(*log/slog.Logger).InfoContext",
            "(*log/slog.Logger).Log",
            "(*log/slog.Logger).LogAttrs",
            "(*log/slog.Logger).Warn",
            "(*log/slog.Logger).WarnContext",
        ],
        registered: Registration::Argument("log/slog.New", 0),
        methods: &["Enabled", "Handle"],
    },
    LibraryCallback {
        calls: &["(*log/slog.Logger).With", "(*log/slog.Logger).WithGroup"],
        registered: Registration::Argument("log/slog.New", 0),
        methods: &["WithAttrs", "WithGroup"],
    },
    // A template calls the functions of its `FuncMap` while it executes.
    LibraryCallback {
        calls: &["(*text/template.Template).Execute", "(*text/template.Template).ExecuteTemplate"],
        registered: Registration::Argument("(*text/template.Template).Funcs", 1),
        methods: &[],
    },
    LibraryCallback {
        calls: &["(*html/template.Template).Execute", "(*html/template.Template).ExecuteTemplate"],
        registered: Registration::Argument("(*html/template.Template).Funcs", 1),
        methods: &[],
    },
    // A logger writes each record to the writer it was made with or given.
    LibraryCallback {
        calls: LOGGER_WRITES,
        registered: Registration::Argument("log.New", 0),
        methods: &["Write"],
    },
    LibraryCallback {
        calls: LOGGER_WRITES,
        registered: Registration::Argument("(*log.Logger).SetOutput", 1),
        methods: &["Write"],
    },
    LibraryCallback {
        calls: LOG_WRITES,
        registered: Registration::Argument("log.SetOutput", 0),
        methods: &["Write"],
    },
    // Parsing the command line sets each flag's `flag.Value` that an argument names.
    LibraryCallback {
        calls: &["(*flag.FlagSet).Parse"],
        registered: Registration::Argument("(*flag.FlagSet).Var", 1),
        methods: &["Set"],
    },
    LibraryCallback {
        calls: &["flag.Parse"],
        registered: Registration::Argument("flag.Var", 0),
        methods: &["Set"],
    },
    // Serving /debug/vars, or `expvar.Do`, calls every published `expvar.Func`.
    LibraryCallback {
        calls: &[EXPVAR_SERVE, "expvar.Do"],
        registered: Registration::Argument("expvar.Publish", 1),
        methods: &[],
    },
];

/// A call of `method` with `receiver`, a value of `cx`'s function, as its receiver.
fn method_on(method: usize, receiver: ValueId, cx: &Rc<Context>) -> Rc<Context> {
    let receiver = Some(Binding { value: receiver, cx: cx.clone() });
    Rc::new(Context { func: method, params: vec![receiver], free_vars: Vec::new() })
}

/// The printing functions of fmt and log: the name, the argument holding the format (none for
/// the `Print` family, which formats every operand with `%v`) and the argument holding the
/// operands (the variadic slice).
const PRINTS: [(&str, Option<usize>, usize); 20] = [
    ("fmt.Sprint", None, 0),
    ("fmt.Sprintln", None, 0),
    ("fmt.Print", None, 0),
    ("fmt.Println", None, 0),
    ("fmt.Fprint", None, 1),
    ("fmt.Fprintln", None, 1),
    ("fmt.Append", None, 1),
    ("fmt.Appendln", None, 1),
    ("fmt.Sprintf", Some(0), 1),
    ("fmt.Printf", Some(0), 1),
    ("fmt.Errorf", Some(0), 1),
    ("fmt.Fprintf", Some(1), 2),
    ("fmt.Appendf", Some(1), 2),
    ("log.Print", None, 0),
    ("log.Println", None, 0),
    ("log.Printf", Some(0), 1),
    ("(*log.Logger).Print", None, 1),
    ("(*log.Logger).Println", None, 1),
    ("(*log.Logger).Printf", Some(1), 2),
    ("(*testing.common).Logf", Some(1), 2),
];

/// The verb of each operand of a printing format, in order, when every verb takes the next
/// operand: `None` for a format that picks operands by index (`%[2]v`) or takes a width or
/// precision from one (`%*d`).
fn format_verbs(format: &str) -> Option<Vec<char>> {
    let mut verbs = Vec::new();
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            continue;
        }
        loop {
            match chars.next()? {
                '%' => break,
                '[' | '*' => return None,
                '+' | '-' | '#' | ' ' | '0'..='9' | '.' => {}
                verb => {
                    verbs.push(verb);
                    break;
                }
            }
        }
    }
    Some(verbs)
}

/// The elements of a slice made with a constant length and filled element by element, as the
/// IR passes variadic operands (`make []any 2 2`, then `*&s[0] = ...`): the value stored at each
/// index, `None` where none is.
fn slice_literal(f: &Function, slice: ValueId) -> Option<Vec<Option<ValueId>>> {
    let InstrKind::MakeSlice { len, .. } = &f[f.defining_instr(slice)?].kind else { return None };
    let mapscope_ssa::ValueDef::Const(mapscope_ssa::ConstValue::Int(n)) = f[*len].def else {
        return None;
    };
    let mut elements = vec![None; usize::try_from(n).ok().filter(|&n| n <= 64)?];
    for &user in f[slice].referrers() {
        let InstrKind::IndexAddr { base, index } = &f[user].kind else { continue };
        let mapscope_ssa::ValueDef::Const(mapscope_ssa::ConstValue::Int(i)) = f[*index].def else {
            continue;
        };
        let (Some(address), Ok(i)) = (f[user].result(), usize::try_from(i)) else { continue };
        if *base != slice || i >= elements.len() {
            continue;
        }
        for &store in f[address].referrers() {
            if let InstrKind::Store { addr, value } = &f[store].kind
                && *addr == address
            {
                elements[i] = Some(*value);
            }
        }
    }
    Some(elements)
}

/// The calls that send an HTTP request and wait for the response.
const HTTP_REQUESTS: [&str; 9] = [
    "net/http.Get",
    "net/http.Head",
    "net/http.Post",
    "net/http.PostForm",
    "(*net/http.Client).Do",
    "(*net/http.Client).Get",
    "(*net/http.Client).Head",
    "(*net/http.Client).Post",
    "(*net/http.Client).PostForm",
];

/// The library callbacks a call of `name` runs.
fn library_callbacks_of(name: &str) -> impl Iterator<Item = &'static LibraryCallback> + '_ {
    LIBRARY_CALLBACKS.iter().filter(move |c| c.calls.contains(&name))
}

/// The values passed as argument `arg` to static calls of `function` anywhere in the unit, with
/// the function each call is in.
fn registrations(functions: &[Function], function: &str, arg: usize) -> Vec<(usize, ValueId)> {
    let mut found = Vec::new();
    for (index, f) in functions.iter().enumerate() {
        for block in f.block_ids() {
            for &i in f[block].instrs() {
                let InstrKind::Call { call } = &f[i].kind else { continue };
                if static_callee_name(f, call) == Some(function) {
                    found.extend(call.args.get(arg).map(|&a| (index, a)));
                }
            }
        }
    }
    found
}

/// For a library function that calls its function argument on the calling goroutine before it
/// returns: that argument (counting a method's receiver as argument 0).
fn synchronous_callback(name: &str) -> Option<usize> {
    Some(match name {
        "sort.Slice" | "sort.SliceStable" | "sort.Search" | "sort.Find" => 1,
        "slices.SortFunc"
        | "slices.SortStableFunc"
        | "slices.IndexFunc"
        | "slices.ContainsFunc"
        | "slices.DeleteFunc"
        | "slices.MaxFunc"
        | "slices.MinFunc"
        | "slices.CompactFunc"
        | "slices.IsSortedFunc"
        | "maps.DeleteFunc" => 1,
        "slices.BinarySearchFunc" | "slices.EqualFunc" | "slices.CompareFunc" => 2,
        "(*sync.Map).Range" => 1,
        "path/filepath.Walk" | "path/filepath.WalkDir" => 1,
        "io/fs.WalkDir" => 2,
        "(*golang.org/x/sync/singleflight.Group).Do" => 2,
        _ => return None,
    })
}

/// The hooks of a `tls.Config` that a server's handshake calls.
const TLS_SERVER_HOOKS: [&str; 4] =
    ["GetCertificate", "GetConfigForClient", "VerifyPeerCertificate", "VerifyConnection"];

/// The calls that start serving HTTP on an `http.Server` or an httptest server, which run its
/// handler and hooks (see `Walk::start_server`).
const SERVES: [&str; 6] = [
    "(*net/http.Server).ListenAndServe",
    "(*net/http.Server).ListenAndServeTLS",
    "(*net/http.Server).Serve",
    "(*net/http.Server).ServeTLS",
    "(*net/http/httptest.Server).Start",
    "(*net/http/httptest.Server).StartTLS",
];

/// A value that is a field path (`&p.mu`, `&p.inner.mu`) of a φ-node: the φ, and the path
/// outermost first.
fn phi_field_path(f: &Function, value: ValueId) -> Option<(ValueId, Vec<u32>)> {
    let (base, path) = field_path(f, value);
    matches!(f[f.defining_instr(base)?].kind, InstrKind::Phi { .. }).then_some((base, path))
}

/// The calls that lock a mutex, for writing or (the last) for reading.
const LOCKS: [&str; 3] = ["(*sync.Mutex).Lock", "(*sync.RWMutex).Lock", "(*sync.RWMutex).RLock"];

/// How a call of one of [`LOCKS`] holds its mutex.
fn lock_mode(lock: &str) -> Mode {
    if lock == "(*sync.RWMutex).RLock" { Mode::Read } else { Mode::Write }
}

const UNLOCKS: [&str; 3] =
    ["(*sync.Mutex).Unlock", "(*sync.RWMutex).Unlock", "(*sync.RWMutex).RUnlock"];

/// Whether `made` is a `make` (or `{}`) of a map that nothing in its function writes.
fn empty_make(f: &Function, made: ValueId) -> bool {
    matches!(f.defining_instr(made).map(|d| &f[d].kind), Some(InstrKind::MakeMap { .. }))
        && (f[made].referrers().iter()).all(|&u| !matches!(f[u].kind, InstrKind::MapUpdate { .. }))
}

/// Whether some function of the unit may start a goroutine: a `go` statement, or a call of a
/// library function the walk starts goroutines for (`spawner_arg`, net/http's servers and
/// handlers, os/exec's copiers, singleflight's `DoChan`). A unit that starts none runs each root
/// on a thread of its own, one instance each, and no two of its accesses can race, so its walk
/// is skipped. (A new way to start a goroutine in the walk must be named here too.)
pub fn starts_goroutines(functions: &[Function]) -> bool {
    let starts = |f: &Function, call: &CallCommon| {
        static_callee_name(f, call).is_some_and(|name| {
            spawner_arg(name).is_some()
                || ["net/http.", "(*net/http.", "net/http/httptest.", "(*net/http/httptest."]
                    .iter()
                    .any(|package| name.starts_with(package))
                || matches!(
                    name,
                    "(*os/exec.Cmd).Start"
                        | "(*os/exec.Cmd).Run"
                        | "(*golang.org/x/sync/singleflight.Group).DoChan"
                )
        })
    };
    functions.iter().any(|f| {
        f.block_ids().flat_map(|b| f[b].instrs()).any(|&i| match &f[i].kind {
            InstrKind::Go { .. } => true,
            InstrKind::Call { call } | InstrKind::Defer { call } => starts(f, call),
            _ => false,
        })
    })
}

/// For a call that starts its function argument on another goroutine: how, and which argument
/// (counting the receiver of a method as argument 0).
fn spawner_arg(name: &str) -> Option<(SpawnKind, usize)> {
    Some(match name {
        "(*sync.WaitGroup).Go" => (SpawnKind::WaitGroupGo, 1),
        "(*golang.org/x/sync/errgroup.Group).Go" => (SpawnKind::ErrgroupGo, 1),
        "time.AfterFunc" => (SpawnKind::AfterFunc, 1),
        "context.AfterFunc" => (SpawnKind::ContextAfterFunc, 1),
        "net/http.HandleFunc" | "net/http.Handle" => (SpawnKind::Handler, 1),
        "net/http/httptest.NewServer" | "net/http/httptest.NewTLSServer" => (SpawnKind::Handler, 0),
        "net/http.ListenAndServe" => (SpawnKind::Handler, 1),
        "(*net/http.ServeMux).HandleFunc" | "(*net/http.ServeMux).Handle" => {
            (SpawnKind::Handler, 2)
        }
        _ => return None,
    })
}

/// The instructions of `f` that hand on the httptest server `server` (a call's result), or a
/// variable holding it, to code that may send it a request: anything but closing it, reading
/// it back, or keeping it in a local variable.
fn server_uses(f: &Function, server: ValueId) -> FxHashSet<InstrId> {
    let mut uses = FxHashSet::default();
    let mut values = vec![server];
    let mut seen = FxHashSet::default();
    while let Some(v) = values.pop() {
        if !seen.insert(v) {
            continue;
        }
        for &user in f[v].referrers() {
            match &f[user].kind {
                InstrKind::Call { call } | InstrKind::Defer { call }
                    if static_callee_name(f, call) == Some("(*net/http/httptest.Server).Close") => {
                }
                // Kept in a local variable (one a closure captures): its loads are the server.
                InstrKind::Store { addr, value }
                    if *value == v
                        && f.defining_instr(*addr)
                            .is_some_and(|a| matches!(f[a].kind, InstrKind::Alloc { .. })) =>
                {
                    values.push(*addr);
                }
                // A store into the variable: what it holds, not a use.
                InstrKind::Store { addr, .. } if *addr == v => {}
                InstrKind::Load { .. } => values.extend(f[user].result()),
                _ => {
                    uses.insert(user);
                }
            }
        }
    }
    uses
}

/// For a mux made in `f` (`http.NewServeMux()`) that is only registered on and given to
/// httptest servers: the uses of those servers ([`server_uses`]), the only way a request
/// reaches the mux's handlers.
fn mux_server_uses(f: &Function, mux: ValueId) -> Option<FxHashSet<InstrId>> {
    let mux = crate::nilness::strip_conversions(f, mux);
    let made = f.defining_instr(mux)?;
    let InstrKind::Call { call } = &f[made].kind else { return None };
    if static_callee_name(f, call) != Some("net/http.NewServeMux") {
        return None;
    }
    let mut uses = FxHashSet::default();
    let mut served = false;
    // The mux and the `http.Handler` interface values made of it.
    let mut users: Vec<InstrId> = f[mux].referrers().to_vec();
    while let Some(user) = users.pop() {
        if let InstrKind::MakeInterface { .. } = &f[user].kind {
            users.extend_from_slice(f[f[user].result()?].referrers());
            continue;
        }
        let InstrKind::Call { call } = &f[user].kind else { return None };
        match static_callee_name(f, call)? {
            "(*net/http.ServeMux).HandleFunc" | "(*net/http.ServeMux).Handle" => {}
            "net/http/httptest.NewServer" | "net/http/httptest.NewTLSServer" => {
                let server_uses = server_uses(f, f[user].result()?);
                if server_uses.is_empty() {
                    return None;
                }
                uses.extend(server_uses);
                served = true;
            }
            // An unstarted server serves nothing until `Start`: a request sent to its listener
            // waits for it. Its handlers start at its first use that may start it (`Start`
            // itself, or the server handed on, returned in a struct as a test helper does);
            // reading its fields, or capturing it in a handler registered on this mux, does not.
            "net/http/httptest.NewUnstartedServer" => {
                let server_uses = unstarted_server_uses(f, f[user].result()?, mux);
                if server_uses.is_empty() {
                    return None;
                }
                uses.extend(server_uses);
                served = true;
            }
            _ => return None,
        }
    }
    served.then_some(uses)
}

/// The uses of an unstarted httptest server made in `f` ([`server_uses`]) that may start it:
/// not the reads of its fields (`server.URL`, empty before `Start`) nor the closures that capture
/// it only to be registered on `mux`, whose requests come once it serves.
fn unstarted_server_uses(f: &Function, server: ValueId, mux: ValueId) -> FxHashSet<InstrId> {
    let registered_on_mux = |closure: ValueId| {
        f[closure].referrers().iter().all(|&user| match &f[user].kind {
            InstrKind::Call { call } => {
                matches!(
                    static_callee_name(f, call),
                    Some("(*net/http.ServeMux).HandleFunc" | "(*net/http.ServeMux).Handle")
                ) && call.args.first().map(|&m| crate::nilness::strip_conversions(f, m))
                    == Some(mux)
                    && call.args.first() != Some(&closure)
            }
            _ => false,
        })
    };
    let mut uses = server_uses(f, server);
    uses.retain(|&user| match &f[user].kind {
        InstrKind::FieldAddr { .. } => false,
        InstrKind::MakeClosure { .. } => !f[user].result().is_some_and(registered_on_mux),
        _ => true,
    });
    uses
}

#[cfg(test)]
mod tests {
    use super::format_verbs;

    #[test]
    fn format_verbs_take_operands_in_order() {
        assert_eq!(format_verbs("a %v, %5.2f%% %-08q %#x"), Some(vec!['v', 'f', 'q', 'x']));
        assert_eq!(format_verbs("no verbs"), Some(vec![]));
        // Operands picked by index, or widths taken from an operand, are not followed.
        assert_eq!(format_verbs("%[2]v %[1]v"), None);
        assert_eq!(format_verbs("%*d"), None);
        // A format cut after its `%` has no verb to name.
        assert_eq!(format_verbs("50%"), None);
    }
}
