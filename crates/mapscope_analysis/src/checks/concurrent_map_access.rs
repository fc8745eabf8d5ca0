//! `concurrent-map-access` (MS2001): a map written by one goroutine while another may use it,
//! with no mutex held in common and nothing ordering the two.

use crate::UnitFinding;
use crate::checks::declare_check;
use crate::concurrency::walk::{Access, Mode, SpawnKind, Thread};
use crate::concurrency::{Race, races};
use mapscope_ssa::{Function, InstrKind, Span, TypeInfo};

declare_check! {
    /// Reports a map operation that may run at the same time as a write to the same map from
    /// another goroutine, with no mutex held in common and no happens-before order between them.
    ///
    /// # What it does
    ///
    /// It walks each thread of a package from where it starts: the functions nothing in the
    /// package calls (`main`, `init`, the exported API), and every goroutine they start with a
    /// `go` statement, `sync.WaitGroup.Go`, errgroup's `Go`, `time.AfterFunc`,
    /// `context.AfterFunc`, an HTTP handler registration (functions, `http.Handler` values,
    /// middleware chains built by functions) or a handler wrapped by `http.TimeoutHandler`, following calls into the package with their
    /// arguments bound, so that `s.conns` in a method is the field of the caller's `s`. Interface
    /// calls go to the method of the value the receiver was made from (or of the one type the
    /// package converts to that interface); functions kept in struct fields or in maps kept in
    /// struct fields (a registry of hooks), taken from a map literal of functions (a dispatch
    /// table: the entry under a constant key, or else any entry), sent to an executor
    /// goroutine, returned by a factory (`rate := Memoize(f)`) or made by `sync.OnceValue` are
    /// followed to what they run or return, deferred calls run at the function's end with the
    /// locks still held then, and `ctx.Value(key)` is the value `context.WithValue` stored
    /// under that key, through derived contexts and requests. A request made by
    /// `http.NewRequest` (or httptest's) is new at each call, and `req.WithContext(ctx)` shares
    /// the original's `Header` and `Form`.
    /// Along the way it records every map operation (writes: `m[k] = v`, `delete`, `clear`,
    /// `maps.Copy`; reads: lookups, `range` at every step of the loop, after what the body did
    /// before it, `len`, and a map handed to a function without
    /// source, such as `json.Marshal`) with the mutexes held on every path to it (`Lock`,
    /// `RLock`, deferred unlocks and deferred `RLock`s, `sync.Locker` values, a
    /// `CompareAndSwap(false, true)` spinlock released by a `Store`, one-slot channels used as locks, a
    /// `TryLock` on the branch where it succeeded; a branch on a flag that the constructor of
    /// the receiver sets to a constant, as in `if s.shared { s.mu.Lock() }`, is taken only one
    /// way; a mutex locked under a condition, `if na.isUnix() { mu.Lock(); defer mu.Unlock() }`,
    /// is held where the same condition is tested true again, here or in a callee given the
    /// same values, when the condition is a boolean parameter or a call of a package function
    /// on values without pointers; a struct a function returns holds the objects its
    /// parameters were, so `tx := db.Begin()` locks what `tx.db.mu.Unlock()` unlocks), and the
    /// goroutines started before it and not yet waited for.
    /// Two accesses to the same map race when at least one writes, their goroutines may overlap
    /// (one was started and not waited for when the other ran, or both are instances of a
    /// goroutine started in a loop or of a handler, except through the `*http.Request` each
    /// call of a handler gets), and no mutex is held by both with one of
    /// them holding it for writing: a write under `RLock` alone, a mutex copied by a value
    /// receiver or a range copy, a mutex local to the call, an element's mutex guarding a shared
    /// map, and the wrong mutex all protect nothing. Order comes from `go` statements, waits on
    /// the group a goroutine was started or deferred `Done` on, channel sends and closes (a
    /// receive is ordered only after a send or close it can see, and only on the paths that
    /// made it: a `select` case orders only its own branch), context cancellation (a
    /// `CancelFunc`, or the `Wait` of a group `errgroup.WithContext` made, which cancels its
    /// context: a watcher woken by `<-ctx.Done()` runs after it, beside what follows),
    /// `errgroup.SetLimit(1)`, a won `CompareAndSwap`, an atomic load (or `Swap`, or
    /// `CompareAndSwap`) after the stores to the same variable, as a receive after a send, and
    /// token passing along a chain of channels. An `atomic.Bool` that nothing stores into holds
    /// true for good once `CompareAndSwap(false, true)` ran on it: a hand-rolled once that
    /// `main` runs on every path before it starts its goroutines is never won by them.
    ///
    /// What it does not see yet: goroutines and accesses in other packages; maps reached
    /// through values it cannot follow (an element of a slice of pointers picked by an index, a
    /// map returned by an interface call); which element of a slice or array an access picks
    /// (two accesses through elements are paired only when one loops over every element, or
    /// when both pick the element by a hash of a key, `shards[hash(k)%n]`, which any two keys
    /// may share; workers that each take only the keys of their own shard are therefore
    /// reported; a mutex picked from an array by the very index that picks the map,
    /// `mu, shard := &s.locks[i], s.shards[i]`, guards that element); which key of a map of
    /// maps, or of a
    /// `sync.Map`, unless both accesses reach the inner map under the same constant key
    /// (directly, or through a get-or-create helper that makes and stores it when missing). Callbacks that code without source runs for the package are not walked,
    /// except HTTP handlers, timer and context callbacks, and those a library runs on the
    /// calling goroutine: the `RoundTrip` of a transport the package puts under an
    /// `http.Client` (run by its `Do`, `Get`, ...), with the client's `CheckRedirect` and
    /// `Jar` and the dial and `Proxy` hooks of any `http.Transport` the package fills, the
    /// hooks of a reverse proxy (`Rewrite`, `Director`, `ModifyResponse`, `ErrorHandler`, run
    /// by its `ServeHTTP`, so on each request's goroutine when it is a server's handler), and
    /// the methods of a handler given to
    /// `slog.New` (run by the logger's `Info`, `With`, ...), the functions of a template's
    /// `FuncMap` (run by `Execute`), and the `expvar.Func`s the package publishes (run by
    /// serving `expvar.Handler()` or by `expvar.Do`). The writers and the reader in a command's
    /// `Stdout`, `Stderr` and `Stdin` run in goroutines `cmd.Start` starts and `cmd.Wait` (or
    /// `cmd.Run`) waits for, one goroutine for both outputs when they are the same writer.
    /// Function arguments that `sort.Slice`, the `slices` and `maps` `...Func` helpers,
    /// `sync.Map.Range`, `filepath.Walk` and singleflight's `Do` call are walked on the calling
    /// goroutine; an `http.Server`'s handler, `ConnState` and `ConnContext` hooks run when it
    /// serves, and the handshake hooks of a `tls.Config` (`GetCertificate`, ...) on each
    /// connection when it serves TLS, and `sync.Pool`'s `New` (by `Get`), a scanner's split
    /// function (by `Scan`) and the round trippers registered with `RegisterProtocol`. Hooks
    /// are those stored into any value of the library's type in the package: two clients with
    /// different hooks are not told apart. `w.Header()` is one map per response writer,
    /// written by index (`w.Header()[k] = v`; its `Set`, `Add` and `Del` count as reads), and
    /// read when the status is written (`WriteHeader`, `Write`); a request or
    /// response writer that a handler or a library's callback receives is its own in each
    /// call, so two goroutines handed one
    /// request by such a function are not reported. An httptest server's handler, and the handlers of a mux made in the same
    /// function that only httptest servers serve, run from the first instruction that hands
    /// the server on (reads its `URL`, calls its `Client`, captures or passes it): only code
    /// given its address can send it a request. A `sync.Locker` field that holds a real mutex in some value is taken as locked
    /// in every value, so a no-op lock chosen for another value is not seen; so is a field of
    /// any interface type with `Lock` and `Unlock` (a package's own `Mutex` interface) that
    /// some value fills with what a call returns (`mut: sync.NewMutex()`), which is taken for
    /// a real mutex.
    /// Accesses after a wait group's `Wait` or a receive from a channel
    /// it cannot name are taken as ordered after what the other side did before: that can hide
    /// real races, never add one. The exception is a group whose goroutines its own `Go`
    /// started and the walk saw return: its `Wait` hears only from them and from what they had
    /// waited for, so a collector goroutine nobody waits for still races with the reads after
    /// the workers' `Wait`. An HTTP request waits for the handler that answers it. A map a
    /// goroutine makes is its own unless it sends it on a channel the other side received from.
    /// One allocation site is one object for every call that runs it: a map made per call,
    /// filled, and then sent to a consumer that ranges over it is paired with the next call's
    /// writes. A struct reached two ways at different call depths may have its map and its
    /// mutex named differently; an object whose name the search gives up on at its depth bound
    /// is not compared at all. A receive loop is taken to wait for the goroutines of a loop only
    /// when both count the same trips from zero. A `sync.Once.Do` function's accesses are
    /// ordered before the accesses that follow a return from a `Do` of the same `Once` on every
    /// path, and race with the others; a `Once` without a name hides its function's accesses.
    /// A `Once` that each instance of a goroutine makes anew (a field of a value receiver's
    /// copy, in a handler that serves many requests) is a different `Once` in each instance.
    /// A goroutine started behind a latch (`if p.ticker == nil { p.ticker = time.NewTicker(d);
    /// go p.monitor() }`, `if !s.started { s.started = true; go ... }`) on a field that nothing
    /// in the unit sets back to nil or false starts once per object; the field is matched by
    /// type, so an unset through reflection or `unsafe` is not seen. Nothing runs after a call
    /// that never returns (`log.Fatal`, `t.FailNow()`, testify's `require.Fail`, or a helper
    /// whose every path ends in one), so a wait's timeout case that fails the test orders what
    /// follows the wait after its other case. A mutex picked by the index that picks the map's
    /// element guards that element's maps also when the two live in parallel slices
    /// (`s.locks[i]` and `s.hashes[i]`) or the map is a field of the element reached in a method
    /// called on `&s.hashes[i]`, and unlocking the mutex another index picks
    /// (`s.locks[refLock].Unlock()`) leaves it held; two elements' locks picked by different
    /// indices are still taken
    /// as one lock when both accesses may reach every element, so a write under the wrong
    /// stripe's lock is missed where the stripes are walked from the last. Two instances of a
    /// goroutine started on what two calls of one constructor in the same function built
    /// (`h1, h2 := newHost(), newHost()`, then `h1.start()` and `h2.start()`) each own what the
    /// constructor allocates; objects a constructor builds for calls in different functions
    /// still share their allocation sites' names.
    ///
    /// # Why is this bad
    ///
    /// Go's maps are not safe for concurrent use: a write racing with any other access corrupts
    /// the map, and the runtime detects it on a best-effort basis with
    /// `fatal error: concurrent map writes`, which no `recover` can catch: the whole process dies.
    ///
    /// # Example
    ///
    /// ```go
    /// func main() {
    ///     seen := map[string]bool{}
    ///     var wg sync.WaitGroup
    ///     for _, u := range urls {
    ///         wg.Add(1)
    ///         go func() {
    ///             defer wg.Done()
    ///             seen[u] = true // another instance of this goroutine writes at the same time
    ///         }()
    ///     }
    ///     wg.Wait()
    /// }
    /// ```
    ///
    /// Use instead:
    ///
    /// ```go
    /// var mu sync.Mutex
    /// ...
    ///         go func() {
    ///             defer wg.Done()
    ///             mu.Lock()
    ///             seen[u] = true
    ///             mu.Unlock()
    ///         }()
    /// ```
    ///
    /// # Fix safety
    ///
    /// There is no automatic fix: which mutex should guard the map, or whether the map should be
    /// owned by one goroutine or replaced by `sync.Map`, is a design choice.
    pub struct ConcurrentMapAccess;
}

/// Runs the check over the functions of one unit.
pub fn run_unit(
    functions: &[Function],
    types: &dyn TypeInfo,
    file_of: &[Option<usize>],
) -> Vec<UnitFinding> {
    let analysis = races(functions, types, file_of);
    analysis.races.iter().map(|race| finding(functions, &analysis.threads, race)).collect()
}

/// The map operand in the source of a map operation: `s.m` in `s.m[k]`, `delete(s.m, k)` or
/// `clear(s.m)`; `None` for other shapes.
pub fn map_operand(source: &str) -> Option<&str> {
    let source = source.trim();
    for call in ["delete(", "clear("] {
        if let Some(args) = source.strip_prefix(call).and_then(|r| r.strip_suffix(')')) {
            // The first argument ends at the first comma outside brackets.
            let mut depth = 0i32;
            let end = args
                .char_indices()
                .find(|&(_, c)| {
                    match c {
                        '(' | '[' | '{' => depth += 1,
                        ')' | ']' | '}' => depth -= 1,
                        _ => {}
                    }
                    c == ',' && depth == 0
                })
                .map_or(args.len(), |(i, _)| i);
            return Some(args[..end].trim());
        }
    }
    // `m[k]`: the map is everything before the `[` that matches the final `]`.
    if !source.ends_with(']') {
        return None;
    }
    Some(crate::checks::nil_map_write::map_expr_text(source)).filter(|m| !m.is_empty())
}

/// What an access does to the map, as a verb and as a participle (`deletes from`, `deleted from`).
fn verb(functions: &[Function], a: &Access) -> (&'static str, &'static str) {
    match (&functions[a.func][a.instr].kind, a.mode) {
        (InstrKind::MapDelete { .. }, _) => ("deletes from", "deleted from"),
        (InstrKind::MapClear { .. }, _) => ("clears", "cleared"),
        (InstrKind::MapRange { .. }, _) => ("ranges over", "ranged over"),
        (_, Mode::Write) => ("writes", "written"),
        (_, Mode::Read) => ("reads", "read"),
    }
}

fn started_how(thread: &Thread) -> &'static str {
    match thread.kind {
        SpawnKind::Go => "a goroutine started",
        SpawnKind::WaitGroupGo => "a goroutine started by WaitGroup.Go",
        SpawnKind::ErrgroupGo => "a goroutine started by errgroup's Go",
        SpawnKind::AfterFunc => "a time.AfterFunc callback registered",
        SpawnKind::ContextAfterFunc => "a context.AfterFunc callback registered",
        SpawnKind::Handler => "an HTTP handler registered",
        SpawnKind::ServerHandler => "an HTTP handler run by the server started",
        SpawnKind::ShutdownHook => "a RegisterOnShutdown hook started by the Shutdown",
        SpawnKind::ConnState => "an http.Server ConnState hook run by the server started",
        SpawnKind::ConnContext => "an http.Server ConnContext hook run by the server started",
        SpawnKind::TlsHandshake => "a tls.Config hook run in the handshakes of the server started",
        SpawnKind::CommandCopy(4) => {
            "a goroutine os/exec starts to copy the command's standard input"
        }
        SpawnKind::CommandCopy(5) => {
            "a goroutine os/exec starts to copy the command's standard output"
        }
        SpawnKind::CommandCopy(_) => {
            "a goroutine os/exec starts to copy the command's standard error"
        }
    }
}

fn finding(functions: &[Function], threads: &[Thread], race: &Race) -> UnitFinding {
    let (a, b) = (&race.report, &race.other);
    let span = |x: &Access| (x.func, functions[x.func][x.instr].span);
    let mut related = Vec::new();
    let who = |x: &Access, related: &mut Vec<((usize, Span), String)>| -> String {
        let thread = &threads[x.thread];
        match thread.spawn {
            Some((func, instr)) => {
                let n = related.len();
                related.push((
                    (func, functions[func][instr].span),
                    format!("{} here", started_how(thread)),
                ));
                let instances =
                    if thread.multi { " (more than one instance at a time)" } else { "" };
                format!("by {} at {{{n}}}{instances}", started_how(thread))
            }
            None => "by the calling goroutine".to_string(),
        }
    };
    let a_who = who(a, &mut related);
    let (does, other) = verb(functions, b);
    let n = related.len();
    related.push((span(b), format!("the other access: it {does} the map")));
    let b_who = if a.thread == b.thread {
        "by another instance of it".to_string()
    } else {
        who(b, &mut related)
    };
    let locks = if a.locks.is_empty() && b.locks.is_empty() {
        "no lock held"
    } else {
        "no lock held in common for writing"
    };
    let message = format!(
        "concurrent map write: {{map}} is written here {a_who}, while it is {other} at {{{n}}} \
         {b_who}; {locks}"
    );
    UnitFinding { at: span(a), message, related }
}

#[cfg(test)]
mod tests {
    use super::map_operand;

    #[test]
    fn map_operands_of_index_delete_and_clear() {
        assert_eq!(map_operand("s.m[k]"), Some("s.m"));
        assert_eq!(map_operand("s.shards[h(k)].m[key[0]]"), Some("s.shards[h(k)].m"));
        assert_eq!(map_operand("delete(c.entries, k)"), Some("c.entries"));
        assert_eq!(map_operand("delete(m[f(a, b)], k)"), Some("m[f(a, b)]"));
        assert_eq!(map_operand("clear(m)"), Some("m"));
        assert_eq!(map_operand("for k := range m {}"), None);
    }
}
