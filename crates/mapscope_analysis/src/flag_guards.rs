//! Nils a path picks only when a condition has one value, and writes that run only when the
//! same condition has the other: the two never meet.
//!
//! ```go
//! var costs map[string]float64
//! if opts.trace { costs = make(map[string]float64) }
//! for _, n := range nodes {
//!     if opts.trace { costs[n.name] = n.cost } // made: only the untraced path leaves it nil
//! }
//! ```
//!
//! A condition is an SSA value, so it cannot change between the two branches; two reads of
//! the same field of the same struct value (`opts.trace` twice, `opts` a value) are the same
//! value too. A flag read from memory (`o.trace` through a pointer) could change in between
//! and is not matched. A flag a function literal captures from its creator (`hasMeta`, set
//! once before the literal is made and never assigned again) is one value in each run of the
//! literal, though go/ssa reads it from the shared cell at each use.
//!
//! A write's condition may also imply the nil's condition the other way without being it: a bit
//! test `x&mask != 0` (or `x&mask == mask`) holds only for an `x` that is not zero, so a map made
//! under `if x != 0` is made for every write behind `if x&mask != 0` of the same `x`.
//!
//! A flag a loop carries from turn to turn (`section`, set from a header line) matches too:
//! when the make runs right after each new value is computed, whenever it equals the constant
//! the write tests, the turn that set the value made the map.

use crate::captured_elements::closures_of;
use crate::module::Module;
use crate::nilness::{
    Root, entering_branch, loaded_from, location, strip_conversions, without_negations,
};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BinaryOp, BlockId, Function, InstrId, InstrKind, ValueDef, ValueId};

/// How deep closures nested in closures are followed to the creator of a captured flag.
const MAX_NESTING: usize = 4;

/// Whether the nil that the φ edge `pred → phi_block` picks and the write in `block` need the
/// same condition to be both true and false: the edge (or a branch that must be taken to reach
/// `pred`) decides one way, and a branch that must be taken to reach the write the other.
pub fn opposite_guards(
    module: &Module<'_>,
    f: &Function,
    dominators: &DomTree,
    (phi_block, pred): (BlockId, BlockId),
    block: BlockId,
) -> bool {
    let write_guards = guards(f, dominators, block);
    if write_guards.is_empty() {
        return false;
    }
    let mut nil_guards = guards(f, dominators, pred);
    if let Some(edge) = edge_condition(f, pred, phi_block) {
        nil_guards.push(edge);
    }
    // Through a loop's back edge the nil comes from an earlier turn: a condition computed
    // inside the loop (`i < 3`, `err != nil`) is computed again before the write, and may
    // go the other way then (a retry loop's counter running out).
    if dominators.dominates(phi_block, pred) {
        nil_guards.retain(|&(cond, _)| {
            f.defining_instr(cond)
                .and_then(|d| f[d].block())
                .is_none_or(|b| !dominators.dominates(phi_block, b))
        });
    }
    nil_guards.iter().any(|&(cond, taken)| {
        write_guards.iter().any(|&write| implies(module, f, write, (cond, !taken)))
    })
}

/// Whether the map the write in `block` loads (`map`) is made, whenever the write runs, by a
/// store that a branch on the same condition taken the same way leads straight to, decided
/// before the write: `if !shared { u.tiers = make(...) }` ... `if !shared { u.tiers[k] = v }`.
/// Every store into the place must be a `make` so guarded, so that nothing resets it; a local
/// variable whose address a decoder gets (`json.Unmarshal(data, &m)`, which sets it to nil
/// for `null`) may change without a store, and is not judged.
pub fn made_under_same_guard(
    module: &Module<'_>,
    f: &Function,
    dominators: &DomTree,
    block: BlockId,
    map: ValueId,
) -> bool {
    let Some(place) = loaded_from(f, map) else { return false };
    if let Root::Alloc(alloc) = place.root
        && f[alloc].result().is_some_and(|address| {
            f[address].referrers().iter().any(|&u| {
                matches!(f[u].kind, InstrKind::MakeInterface { .. })
                    && f[u].result().is_some_and(|r| crate::models::only_decoded(f, r))
            })
        })
    {
        return false;
    }
    let write_guards = guards(f, dominators, block);
    if write_guards.is_empty() {
        return false;
    }
    let mut stores = 0;
    for b in f.block_ids() {
        for &i in f[b].instrs() {
            let InstrKind::Store { addr, value } = f[i].kind else { continue };
            if location(f, addr).as_ref() != Some(&place) {
                continue;
            }
            stores += 1;
            let made = matches!(
                f.defining_instr(strip_conversions(f, value)).map(|d| &f[d].kind),
                Some(InstrKind::MakeMap { .. })
            );
            let Some((cond, taken)) = entering_branch(f, b) else { return false };
            let [decided_at] = f[b].preds() else { return false };
            let guarded =
                write_guards.iter().any(|&write| implies(module, f, write, (cond, taken)));
            if !made {
                return false;
            }
            if guarded && dominators.dominates(*decided_at, block) {
                continue;
            }
            if !carried_into_guard(f, dominators, &place, &write_guards, (cond, taken), *decided_at)
            {
                return false;
            }
        }
    }
    stores > 0
}

/// Whether the make entered by the branch `made_when` (decided in `decided_at`) has run
/// whenever a write guard holds, through a variable a loop carries: the write tests `x == k`
/// for a φ `x` whose values are constants other than `k` and one value `v`, and the make runs
/// right after `v` is computed whenever `v == k`.
///
/// ```go
/// section := ""
/// for sc.Scan() {
///     if header { section = name; if section == "env" { spec.Env = make(...) }; continue }
///     if section == "env" { spec.Env[k] = v } // made: section became "env" on a turn that made it
/// }
/// ```
///
/// The place must be the same memory on every turn (its root made before the φ's block), and
/// every store into it a make (the caller checks), so nothing takes the map back.
fn carried_into_guard(
    f: &Function,
    dominators: &DomTree,
    place: &crate::nilness::Location,
    write_guards: &[(ValueId, bool)],
    made_when: (ValueId, bool),
    decided_at: BlockId,
) -> bool {
    let Some((v, k)) = equality_with_constant(f, made_when) else { return false };
    if f.defining_instr(v).and_then(|d| f[d].block()) != Some(decided_at) {
        return false;
    }
    write_guards.iter().any(|&guard| {
        let Some((x, write_k)) = equality_with_constant(f, guard) else { return false };
        if !same_operand_constant(f, write_k, k) || f[x].ty != f[v].ty {
            return false;
        }
        let Some(phi_block) = f
            .defining_instr(x)
            .filter(|&d| matches!(f[d].kind, InstrKind::Phi { .. }))
            .and_then(|d| f[d].block())
        else {
            return false;
        };
        let root_before = match place.root {
            Root::Alloc(alloc) => f[alloc]
                .block()
                .is_some_and(|b| b != phi_block && dominators.dominates(b, phi_block)),
            Root::Param(_) | Root::Global(_) => true,
            Root::Call(..) => false,
        };
        root_before && phi_values_other_than(f, x, v, &k)
    })
}

/// Whether two constants hold the same value of the same type.
fn same_operand_constant(f: &Function, a: ValueId, b: ValueId) -> bool {
    matches!((&f[a].def, &f[b].def), (ValueDef::Const(x), ValueDef::Const(y)) if x == y)
        && f[a].ty == f[b].ty
}

/// `(v, k)` when taking `cond` the way `taken` means `v == k` for a constant `k`.
fn equality_with_constant(
    f: &Function,
    (cond, taken): (ValueId, bool),
) -> Option<(ValueId, ValueId)> {
    let (cond, taken) = without_negations(f, cond, taken);
    let &InstrKind::BinOp { op, x, y } = f.defining_instr(cond).map(|i| &f[i].kind)? else {
        return None;
    };
    let equal = match op {
        BinaryOp::Eql => taken,
        BinaryOp::Neq => !taken,
        _ => return None,
    };
    if !equal {
        return None;
    }
    match (&f[x].def, &f[y].def) {
        (_, ValueDef::Const(_)) => Some((strip_conversions(f, x), y)),
        (ValueDef::Const(_), _) => Some((strip_conversions(f, y), x)),
        _ => None,
    }
}

/// Whether every value φ `x` takes, through the φs it is built of, is `v` or a constant other
/// than the constant `k`.
fn phi_values_other_than(f: &Function, x: ValueId, v: ValueId, k: &ValueId) -> bool {
    let ValueDef::Const(k) = &f[*k].def else { return false };
    let mut seen = vec![x];
    let mut work = vec![x];
    while let Some(phi) = work.pop() {
        let Some(InstrKind::Phi { edges, .. }) = f.defining_instr(phi).map(|d| &f[d].kind) else {
            return false;
        };
        for &edge in edges {
            let edge = strip_conversions(f, edge);
            if edge == v || seen.contains(&edge) {
                continue;
            }
            match &f[edge].def {
                ValueDef::Const(c) if c != k => {}
                ValueDef::Const(_) => return false,
                _ if matches!(
                    f.defining_instr(edge).map(|d| &f[d].kind),
                    Some(InstrKind::Phi { .. })
                ) =>
                {
                    seen.push(edge);
                    work.push(edge);
                }
                _ => return false,
            }
        }
    }
    true
}

/// The branches taken on every path to `block`: the entering branch of each block that
/// dominates it.
pub fn guards(f: &Function, dominators: &DomTree, block: BlockId) -> Vec<(ValueId, bool)> {
    let mut found = Vec::new();
    let mut at = Some(block);
    while let Some(here) = at {
        found.extend(entering_branch(f, here));
        at = dominators.idom(here);
    }
    found
}

/// The condition and direction of the edge `pred → succ` when `pred` ends in a two-way `if`.
pub fn edge_condition(f: &Function, pred: BlockId, succ: BlockId) -> Option<(ValueId, bool)> {
    let &last = f[pred].instrs().last()?;
    let InstrKind::If { cond } = f[last].kind else { return None };
    let succs = f[pred].succs();
    if succs.len() != 2 || succs[0] == succs[1] {
        return None;
    }
    Some((strip_conversions(f, cond), succs[0] == succ))
}

/// Whether the branch `holds` (a condition and the way it is taken) being taken means `needed`
/// is taken its way too: the same condition the same way, or what a bit test says of the value
/// it tests. `x&mask != 0` means `x != 0` (a value with a bit set is not zero), and `x == 0`
/// means `x&mask == 0`; nothing is implied the other way (`x != 0` leaves `x&1` open).
pub fn implies(
    module: &Module<'_>,
    f: &Function,
    holds: (ValueId, bool),
    needed: (ValueId, bool),
) -> bool {
    let (b, b_taken) = without_negations(f, holds.0, holds.1);
    let (a, a_taken) = without_negations(f, needed.0, needed.1);
    if a_taken == b_taken && same_value(module, f, a, b, 0) {
        return true;
    }
    // `x == y` taken one way is `x != y` taken the other (`if c.file != "" { m = load() }`,
    // then `if c.file == "" { m[k] = v }`).
    if a_taken != b_taken && complementary(module, f, a, b) {
        return true;
    }
    match (zero_test(f, b, b_taken), zero_test(f, a, a_taken)) {
        // A non-zero `x&m` has a bit of `x` set.
        (Some((known, true)), Some((other, true))) => {
            bit_sources(f, known, 0).into_iter().any(|s| same_operand(module, f, s, other, 0))
        }
        // A zero `x` leaves no bit of `x&m` set.
        (Some((known, false)), Some((other, false))) => {
            bit_sources(f, other, 0).into_iter().any(|s| same_operand(module, f, s, known, 0))
        }
        _ => false,
    }
}

/// What taking the branch on `cond` the way `taken` says of an integer: `(v, true)` when `v`
/// is then not zero (`v != 0` true, `v == 0` false, `v == k` true for a constant `k` other than
/// zero), `(v, false)` when it is zero.
fn zero_test(f: &Function, cond: ValueId, taken: bool) -> Option<(ValueId, bool)> {
    let &InstrKind::BinOp { op, x, y } = f.defining_instr(cond).map(|i| &f[i].kind)? else {
        return None;
    };
    let int = |v: ValueId| match &f[v].def {
        mapscope_ssa::ValueDef::Const(mapscope_ssa::ConstValue::Int(k)) => Some(*k),
        _ => None,
    };
    let (v, k) = match (int(x), int(y)) {
        (None, Some(k)) => (strip_conversions(f, x), k),
        (Some(k), None) => (strip_conversions(f, y), k),
        _ => return None,
    };
    match (op, k == 0, taken) {
        (BinaryOp::Neq, true, t) => Some((v, t)),
        (BinaryOp::Eql, true, t) => Some((v, !t)),
        (BinaryOp::Eql, false, true) | (BinaryOp::Neq, false, false) => Some((v, true)),
        _ => None,
    }
}

/// `v` and the values whose bits a non-zero `v` shows one of set: the operands of `&`, and the
/// left operand of `&^`, followed down.
fn bit_sources(f: &Function, v: ValueId, depth: usize) -> Vec<ValueId> {
    let mut found = vec![v];
    if depth > 4 {
        return found;
    }
    match f.defining_instr(v).map(|i| &f[i].kind) {
        Some(&InstrKind::BinOp { op: BinaryOp::And, x, y }) => {
            found.extend(bit_sources(f, strip_conversions(f, x), depth + 1));
            found.extend(bit_sources(f, strip_conversions(f, y), depth + 1));
        }
        Some(&InstrKind::BinOp { op: BinaryOp::AndNot, x, .. }) => {
            found.extend(bit_sources(f, strip_conversions(f, x), depth + 1));
        }
        _ => {}
    }
    found
}

/// Whether `a` and `b` are the same value: one SSA value, or the same field of the same struct
/// value.
fn same_value(module: &Module<'_>, f: &Function, a: ValueId, b: ValueId, depth: usize) -> bool {
    if a == b {
        return true;
    }
    if depth > 4 {
        return false;
    }
    let kind = |v: ValueId| f.defining_instr(v).map(|i| &f[i].kind);
    match (kind(a), kind(b)) {
        (
            Some(InstrKind::Field { base: x, field: i }),
            Some(InstrKind::Field { base: y, field: j }),
        ) => {
            i == j
                && same_value(
                    module,
                    f,
                    strip_conversions(f, *x),
                    strip_conversions(f, *y),
                    depth + 1,
                )
        }
        // `opts.trace` of a parameter the IR keeps in a local: the same field of a variable
        // that is only ever read.
        (Some(InstrKind::Load { addr: x }), Some(InstrKind::Load { addr: y })) => {
            // A parameter the IR keeps in a variable because a closure captures it: one value
            // while the function stores it once.
            if x == y && stored_once(f, *x) {
                return true;
            }
            // A flag the function literal captures: its creator sets it once before making
            // the literal, and neither it nor any literal it is bound into assigns it again,
            // so both reads in one run of the literal see that value.
            if x == y && fixed_capture(module, f, *x, 0) {
                return true;
            }
            match (kind(*x), kind(*y)) {
                (
                    Some(&InstrKind::FieldAddr { base: p, field: i }),
                    Some(&InstrKind::FieldAddr { base: q, field: j }),
                ) => {
                    i == j
                        && ((p == q && read_only(f, p))
                            || (same_value(module, f, p, q, depth + 1) && never_stored(f, p, i)))
                }
                _ => false,
            }
        }
        // `c.options` twice, for `c.options.trace`: the address of one field of the same
        // pointer, when nothing here stores the whole field.
        (
            Some(&InstrKind::FieldAddr { base: x, field: i }),
            Some(&InstrKind::FieldAddr { base: y, field: j }),
        ) => {
            i == j
                && (x == y || same_value(module, f, x, y, depth + 1))
                && never_stored(f, strip_conversions(f, x), i)
        }
        // `nracks > 0` written twice: the same comparison of the same values is one condition.
        (
            Some(&InstrKind::BinOp { op: p, x: x1, y: y1 }),
            Some(&InstrKind::BinOp { op: q, x: x2, y: y2 }),
        ) => {
            p == q
                && same_operand(module, f, x1, x2, depth + 1)
                && same_operand(module, f, y1, y2, depth + 1)
        }
        (Some(&InstrKind::UnOp { op: p, x: x1 }), Some(&InstrKind::UnOp { op: q, x: x2 })) => {
            p == q && same_value(module, f, x1, x2, depth + 1)
        }
        // `fd.IsMap()` twice: one getter of the same arguments, whose fields nothing here
        // stores.
        (Some(InstrKind::Call { call: c1 }), Some(InstrKind::Call { call: c2 })) => {
            crate::getter_calls::same_getter_call(module, f, c1, c2, |x, y| {
                same_operand(module, f, x, y, depth + 1)
            })
        }
        _ => false,
    }
}

/// Whether `a` and `b` compare the same operands, one for equality and the other for
/// inequality: each is true exactly when the other is false (for floats too: NaN is unequal).
fn complementary(module: &Module<'_>, f: &Function, a: ValueId, b: ValueId) -> bool {
    let kind = |v: ValueId| f.defining_instr(v).map(|i| &f[i].kind);
    let (
        Some(&InstrKind::BinOp { op: p, x: x1, y: y1 }),
        Some(&InstrKind::BinOp { op: q, x: x2, y: y2 }),
    ) = (kind(a), kind(b))
    else {
        return false;
    };
    matches!((p, q), (BinaryOp::Eql, BinaryOp::Neq) | (BinaryOp::Neq, BinaryOp::Eql))
        && same_operand(module, f, x1, x2, 1)
        && same_operand(module, f, y1, y2, 1)
}

/// [`same_value`], or two constants of the same value.
fn same_operand(module: &Module<'_>, f: &Function, a: ValueId, b: ValueId, depth: usize) -> bool {
    match (&f[a].def, &f[b].def) {
        (mapscope_ssa::ValueDef::Const(x), mapscope_ssa::ValueDef::Const(y)) => {
            x == y && f[a].ty == f[b].ty
        }
        _ => same_value(module, f, a, b, depth),
    }
}

/// Whether the function stores into field `field` of no struct of `base`'s type: a flag read
/// twice through the same pointer (`p.w.async`) has one value in between.
fn never_stored(f: &Function, base: ValueId, field: u32) -> bool {
    let ty = f[base].ty;
    f.block_ids().all(|b| {
        f[b].instrs().iter().all(|&i| {
            let InstrKind::Store { addr, .. } = f[i].kind else { return true };
            !matches!(f.defining_instr(addr).map(|d| &f[d].kind),
                Some(&InstrKind::FieldAddr { base: other, field: g }) if g == field && f[other].ty == ty)
        })
    })
}

/// Whether the captured variable `free` (a free variable of the function literal `f`) keeps
/// one value while `f` runs: the cell its creator binds in every `MakeClosure` of `f` is a
/// local of the creator stored once, as a whole, in a block that dominates each of those
/// `MakeClosure`s (or, for a literal nested in a literal, the creator's own captured variable
/// that is fixed the same way), and every literal it is bound into only loads it.
fn fixed_capture(module: &Module<'_>, f: &Function, free: ValueId, depth: usize) -> bool {
    if depth > MAX_NESTING {
        return false;
    }
    let ValueDef::FreeVar { index, .. } = f[free].def else { return false };
    let Some((parent_name, _)) = f.name.rsplit_once('$') else { return false };
    let Some(parent) = module.lookup(parent_name) else { return false };
    let parent = module.functions[parent].function;
    let mut cell = None;
    let mut makes = Vec::new();
    for closure in closures_of(parent, &f.name) {
        let InstrKind::MakeClosure { bindings, .. } = &parent[closure].kind else { return false };
        let Some(&bound) = bindings.get(index as usize) else { return false };
        if cell.replace(bound).is_some_and(|c| c != bound) {
            return false;
        }
        makes.push(closure);
    }
    let Some(cell) = cell else { return false };
    if matches!(parent[cell].def, ValueDef::FreeVar { .. }) {
        return only_loaded_by_closures(module, parent, cell, depth)
            && fixed_capture(module, parent, cell, depth + 1);
    }
    if !matches!(
        parent.defining_instr(cell).map(|i| &parent[i].kind),
        Some(InstrKind::Alloc { .. })
    ) {
        return false;
    }
    let mut store = None;
    for &u in parent[cell].referrers() {
        if let InstrKind::Store { addr, value } = parent[u].kind
            && addr == cell
            && value != cell
            && store.replace(u).is_some()
        {
            return false;
        }
    }
    let Some(store) = store else { return false };
    let Some(store_block) = parent[store].block() else { return false };
    let dominators = DomTree::new(parent);
    let before = |make: InstrId| {
        let Some(b) = parent[make].block() else { return false };
        if b == store_block {
            let order = parent[b].instrs();
            order.iter().position(|&i| i == store) < order.iter().position(|&i| i == make)
        } else {
            dominators.dominates(store_block, b)
        }
    };
    makes.iter().all(|&m| before(m))
        && parent[cell].referrers().iter().all(|&u| {
            u == store
                || { matches!(parent[u].kind, InstrKind::Load { .. }) }
                || closure_only_loads(module, parent, u, cell, depth)
        })
}

/// Whether the cell `cell` of `g` (a captured variable) is only loaded by `g` and by the
/// literals it is bound into.
fn only_loaded_by_closures(module: &Module<'_>, g: &Function, cell: ValueId, depth: usize) -> bool {
    g[cell].referrers().iter().all(|&u| {
        matches!(g[u].kind, InstrKind::Load { .. }) || closure_only_loads(module, g, u, cell, depth)
    })
}

/// Whether instruction `user` of `g` is a `MakeClosure` that binds `cell` only into literals
/// that load it (and bind it, in turn, only into literals that load it).
fn closure_only_loads(
    module: &Module<'_>,
    g: &Function,
    user: InstrId,
    cell: ValueId,
    depth: usize,
) -> bool {
    if depth > MAX_NESTING {
        return false;
    }
    let InstrKind::MakeClosure { func, bindings } = &g[user].kind else { return false };
    let ValueDef::Function { name } = &g[*func].def else { return false };
    let Some(closure) = module.lookup(name) else { return false };
    let closure = module.functions[closure].function;
    bindings.iter().enumerate().all(|(i, &b)| {
        b != cell
            || closure
                .free_vars()
                .get(i)
                .is_some_and(|&v| only_loaded_by_closures(module, closure, v, depth + 1))
    })
}

/// Whether `var` is a local variable stored once, as a whole, and otherwise only loaded or
/// captured by closures (which the analysis takes not to assign it).
fn stored_once(f: &Function, var: ValueId) -> bool {
    stored_once_else(f, var, |u| matches!(f[u].kind, InstrKind::MakeClosure { .. }))
}

/// Whether `var` is a local variable (an `Alloc`) stored once, as a whole, and otherwise only
/// read through the addresses of its fields: its fields keep their first values.
fn read_only(f: &Function, var: ValueId) -> bool {
    stored_once_else(f, var, |u| match &f[u].kind {
        InstrKind::FieldAddr { base, .. } if *base == var => {
            f[u].result().is_some_and(|r| only_loaded(f, r, 0))
        }
        _ => false,
    })
}

/// Whether `var` is a local variable (an `Alloc`) stored once, as a whole, and otherwise only
/// loaded or used as `other` allows.
fn stored_once_else(f: &Function, var: ValueId, other: impl Fn(InstrId) -> bool) -> bool {
    let Some(InstrKind::Alloc { .. }) = f.defining_instr(var).map(|i| &f[i].kind) else {
        return false;
    };
    let mut stores = 0;
    let uses_read = f[var].referrers().iter().all(|&u| match &f[u].kind {
        InstrKind::Store { addr, value } if *addr == var && *value != var => {
            stores += 1;
            true
        }
        InstrKind::Load { .. } => true,
        _ => other(u),
    });
    uses_read && stores == 1
}

/// Whether the address `addr` (of a field) is only loaded from, itself or through the addresses
/// of its own fields.
fn only_loaded(f: &Function, addr: ValueId, depth: usize) -> bool {
    depth < 8
        && f[addr].referrers().iter().all(|&u| match &f[u].kind {
            InstrKind::Load { .. } => true,
            InstrKind::FieldAddr { base, .. } if *base == addr => {
                f[u].result().is_some_and(|r| only_loaded(f, r, depth + 1))
            }
            _ => false,
        })
}
