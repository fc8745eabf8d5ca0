//! Instances of one goroutine started on objects two different constructor calls built:
//! `h1 := newHost(); h2 := newHost(); h1.start(); h2.start()` starts the same `go` statement
//! twice, but each instance works on the maps its own host's constructor made.
//!
//! The walk names an object by its allocation site, so the two hosts' maps have one name, and
//! the second start (with the first instance still running) would make the maps look shared.
//! What tells them apart is where the goroutine's receiver or captured values come from: two
//! different calls of a constructor in one function, each returning what it allocates. The
//! allocation sites of that constructor (and of what it calls) then make a new object for each
//! instance, as the sites a loop runs again between starts do (`Thread::fresh`).

use super::resolve::{Context, Resolver, allocates, sole_stored};
use crate::models::static_callee_name;
use crate::nilness::strip_conversions;
use mapscope_ssa::{ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId};
use rustc_hash::FxHashSet;
use std::rc::Rc;

/// Where a bound value comes from: the function and value at the top of its chain of bindings,
/// past the fields and loads of a pointer path (`h.tracker` in a method called on `h1`).
pub type Origin = (usize, ValueId);

/// How many calls deep the constructor's own allocations are gathered.
const MAX_CALL_DEPTH: usize = 8;
/// How many functions the gathering visits at most.
const MAX_FUNCTIONS: usize = 512;

/// The origins of what a goroutine's context binds: its free variables, then its parameters.
pub fn origins(functions: &[Function], cx: &Rc<Context>) -> Vec<Option<Origin>> {
    (cx.free_vars.iter())
        .chain(cx.params.iter())
        .map(|b| b.as_ref().map(|b| origin_of(functions, b.value, &b.cx)))
        .collect()
}

fn origin_of(functions: &[Function], mut v: ValueId, cx: &Rc<Context>) -> Origin {
    let mut cx = cx.clone();
    for _ in 0..32 {
        let f = &functions[cx.func];
        match f.defining_instr(v).map(|d| &f[d].kind) {
            // A variable stored once (`h1, err := NewHost()` captured by a closure): what
            // was stored into it.
            Some(&InstrKind::Load { addr }) => match sole_stored(f, addr) {
                Some(stored) => v = stored,
                None => v = addr,
            },
            Some(&InstrKind::FieldAddr { base, .. } | &InstrKind::Field { base, .. }) => v = base,
            Some(_) => break,
            None => match cx.binding(&f[v].def) {
                Some(b) => (v, cx) = (b.value, b.cx.clone()),
                None => break,
            },
        }
    }
    (cx.func, v)
}

/// The allocation sites that make a new object for each instance, when a start with origins
/// `now` repeats one whose first instance had `first`: those of the constructor whose two
/// different calls, in one function, gave the two instances what they run on. Empty when the
/// starts do not differ that way.
pub fn per_instance_sites(
    resolver: &Resolver,
    first: &[Option<Origin>],
    now: &[Option<Origin>],
) -> FxHashSet<(usize, InstrId)> {
    let functions = resolver.functions;
    let mut sites = FxHashSet::default();
    for (a, b) in first.iter().zip(now) {
        let (Some((fa, va)), Some((fb, vb))) = (*a, *b) else { continue };
        if fa != fb || va == vb {
            continue;
        }
        let f = &functions[fa];
        let (Some(ca), Some(cb)) = (constructor(resolver, f, va), constructor(resolver, f, vb))
        else {
            continue;
        };
        // Each call must return what the constructor allocates, not a shared object (a cached
        // singleton resolves to a package-level variable, not to an allocation site).
        let root = Context::root(fa);
        let closure_a = callees(functions, resolver, ca);
        let closure_b = if cb == ca { None } else { Some(callees(functions, resolver, cb)) };
        let closure_b = closure_b.as_ref().unwrap_or(&closure_a);
        let made_by = |v: ValueId, callee: usize, closure: &FxHashSet<usize>| {
            match resolver.object(v, &root) {
                Some(obj) => obj.site().is_some_and(|(func, _)| closure.contains(&func)),
                // A constructor too long for the resolver to follow: what its returns return.
                None => returns_fresh(&functions[callee]),
            }
        };
        if !(made_by(va, ca, &closure_a) && made_by(vb, cb, closure_b)) {
            continue;
        }
        gather_sites(functions, &closure_a, &mut sites);
        gather_sites(functions, closure_b, &mut sites);
    }
    sites
}

/// Whether every return of `g` returns, as its first result, nil or a struct `g` allocates
/// (directly, or kept in a variable only such allocations are stored into).
fn returns_fresh(g: &Function) -> bool {
    let allocated = |v: ValueId| {
        matches!(g.defining_instr(v).map(|d| &g[d].kind), Some(InstrKind::Alloc { .. }))
    };
    let mut any = false;
    for block in g.block_ids() {
        let Some(&last) = g[block].instrs().last() else { continue };
        let InstrKind::Return { results } = &g[last].kind else { continue };
        let Some(&r) = results.first() else { return false };
        let r = strip_conversions(g, r);
        if matches!(g[r].def, ValueDef::Const(ConstValue::Nil)) {
            continue;
        }
        let fresh = allocated(r)
            || match g.defining_instr(r).map(|d| &g[d].kind) {
                Some(&InstrKind::Load { addr }) if allocated(addr) => {
                    g[addr].referrers().iter().all(|&u| match g[u].kind {
                        InstrKind::Store { addr: a, value } if a == addr => allocated(value),
                        InstrKind::Store { .. } => false,
                        _ => true,
                    })
                }
                _ => false,
            };
        if !fresh {
            return false;
        }
        any = true;
    }
    any
}

/// The unit's function `v` is the result of a static call of.
fn constructor(resolver: &Resolver, f: &Function, v: ValueId) -> Option<usize> {
    let ValueDef::Result { instr, .. } = f[v].def else { return None };
    let InstrKind::Call { call } = &f[instr].kind else { return None };
    resolver.by_name.get(static_callee_name(f, call)?).copied()
}

/// The functions `from` calls statically, itself included, a few calls deep.
fn callees(functions: &[Function], resolver: &Resolver, from: usize) -> FxHashSet<usize> {
    let mut seen = FxHashSet::default();
    seen.insert(from);
    let mut frontier = vec![from];
    for _ in 0..MAX_CALL_DEPTH {
        let mut next = Vec::new();
        for &func in &frontier {
            let f = &functions[func];
            for block in f.block_ids() {
                for &i in f[block].instrs() {
                    let InstrKind::Call { call } = &f[i].kind else { continue };
                    let Some(&callee) =
                        static_callee_name(f, call).and_then(|n| resolver.by_name.get(n))
                    else {
                        continue;
                    };
                    if seen.len() < MAX_FUNCTIONS && seen.insert(callee) {
                        next.push(callee);
                    }
                }
            }
        }
        frontier = next;
    }
    seen
}

/// The allocation sites of the functions in `closure`.
fn gather_sites(
    functions: &[Function],
    closure: &FxHashSet<usize>,
    sites: &mut FxHashSet<(usize, InstrId)>,
) {
    for &func in closure {
        let f = &functions[func];
        for block in f.block_ids() {
            sites.extend(
                f[block].instrs().iter().filter(|&&i| allocates(&f[i].kind)).map(|&i| (func, i)),
            );
        }
    }
}
