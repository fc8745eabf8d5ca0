//! What the pointers in a slice literal point to: `objs := []*T{{m: ...}, {name: "x"}}` holds
//! one fresh struct per element, and a loop that walks every element hands each of them on.
//! The same for struct values: `cases := []testCase{{headers: ...}, {name: "health"}}` read by
//! `for _, tc := range cases` gives each element's fields as its literal set them.
//!
//! A struct counts only when its address goes nowhere but into its one element and into its
//! own fields' stores and loads, and the slice only into element reads and `len`, and the
//! pointer read in the loop reaches the write before any other use: then no code the search
//! cannot see can have filled a field the literal leaves unset.

use crate::key_values::{element_stores, precedes, runs_before, walks_every_index};
use crate::nilness::strip_conversions;
use crate::summary::overlaps;
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BlockId, Function, InstrId, InstrKind, ValueId};

/// The allocation of a struct that `pointer` (read from an element of a slice literal, in a
/// loop that reaches `at` for every element) points to on some turn of the loop, whose map at
/// field path `fields` nothing sets.
pub fn unset_in_literal_element(
    f: &Function,
    pointer: ValueId,
    fields: &[u32],
    at: InstrId,
) -> Option<InstrId> {
    let load = f.defining_instr(strip_conversions(f, pointer))?;
    let (element, slice) = walked_element(f, load, f[at].block()?)?;
    let dominators = DomTree::new(f);
    // The pointer goes to `at` first: no other code sets a field through it before. A use
    // that `at` dominates (`apply(s); fmt.Println(describe(s))`) runs after the write has
    // panicked on this turn's element, and the next turn reads another element's pointer.
    let handed_first = f[load].result().is_some_and(|p| {
        f[p].referrers().contains(&at)
            && f[p].referrers().iter().all(|&u| u == at || precedes(f, &dominators, at, u))
    }) && f[element].result().is_some_and(|a| f[a].referrers() == [load]);
    if !handed_first {
        return None;
    }
    let stores = element_stores(f, slice)?;
    let mut objects = Vec::new();
    for (path, store, stored) in &stores {
        let object = strip_conversions(f, *stored);
        let alloc = f.defining_instr(object)?;
        let fresh = matches!(f[alloc].kind, InstrKind::Alloc { .. });
        if !path.is_empty()
            || !fresh
            || objects.contains(&alloc)
            || !runs_before(f, &dominators, *store, load)
        {
            return None;
        }
        objects.push(alloc);
    }
    stores.iter().zip(&objects).find_map(|((_, store, stored), &alloc)| {
        let set = fields_set(f, strip_conversions(f, *stored), *store)?;
        (!set.iter().any(|p| overlaps(p, fields))).then_some(alloc)
    })
}

/// The allocation of a struct whose map at the field path `addr` selects (`&h.tags`, with `h`
/// read from an element of a slice literal) nothing sets, when that selection is the pointer's
/// first use and sits in `write_block`, which the loop over every element runs on every turn:
/// a direct write `h.tags[k] = v` reaches each element's map as its literal left it.
pub fn unset_in_literal_field(
    f: &Function,
    addr: ValueId,
    write_block: BlockId,
) -> Option<InstrId> {
    let mut fields = Vec::new();
    let mut at = f.defining_instr(strip_conversions(f, addr))?;
    loop {
        let InstrKind::FieldAddr { base, field } = &f[at].kind else { return None };
        fields.push(*field);
        let base = strip_conversions(f, *base);
        match f.defining_instr(base).map(|d| (d, &f[d].kind)) {
            Some((inner, InstrKind::FieldAddr { .. })) => at = inner,
            _ => {
                if f[at].block() != Some(write_block) {
                    return None;
                }
                fields.reverse();
                return unset_in_literal_element(f, base, &fields, at);
            }
        }
    }
}

/// The pointers a slice literal of call results holds (`[]*Client{private, public}`, each
/// from a constructor and kept nowhere else), with the store of each into its element, when
/// `pointer` is read from an element of it in a loop that reaches `at` for every element and
/// goes only to `at`: on some turn `at` gets each of them, as the call made it.
pub fn called_in_literal_element(
    f: &Function,
    pointer: ValueId,
    at: InstrId,
) -> Option<Vec<(ValueId, InstrId)>> {
    let load = f.defining_instr(strip_conversions(f, pointer))?;
    let (element, slice) = walked_element(f, load, f[at].block()?)?;
    // The pointer goes only to `at`, and to reads of its fields (`fmt.Println(b.name)`).
    let handed_once = f[load]
        .result()
        .is_some_and(|p| f[p].referrers().iter().all(|&u| u == at || only_reads_field(f, u)))
        && f[element].result().is_some_and(|a| f[a].referrers() == [load]);
    if !handed_once {
        return None;
    }
    let stores = element_stores(f, slice)?;
    let dominators = DomTree::new(f);
    let mut out = Vec::new();
    for (path, store, stored) in &stores {
        let value = strip_conversions(f, *stored);
        let call = f.defining_instr(value)?;
        // Only the element holds the pointer: no other code sets a field through it.
        let kept_once = matches!(f[call].kind, InstrKind::Call { .. })
            && f[value].referrers() == [*store]
            && *stored == value;
        if !path.is_empty() || !kept_once || !runs_before(f, &dominators, *store, load) {
            return None;
        }
        out.push((value, *store));
    }
    (!out.is_empty()).then_some(out)
}

/// The allocation of the struct literal of an element of a slice literal that `load` (a read
/// of the whole element, in a loop that walks every index and runs `write_block` on every
/// turn) copies on some turn, whose map at field path `fields` the literal leaves unset.
pub fn unset_in_literal_value(
    f: &Function,
    load: InstrId,
    fields: &[u32],
    write_block: BlockId,
) -> Option<InstrId> {
    let (element, slice) = walked_element(f, load, write_block)?;
    let read_once = f[element].result().is_some_and(|a| f[a].referrers() == [load]);
    if !read_once {
        return None;
    }
    let stores = element_stores(f, slice)?;
    let dominators = DomTree::new(f);
    let mut objects = Vec::new();
    for (path, store, stored) in &stores {
        // `*elem = *lit`: the whole value of a fresh composite literal.
        let copy = f.defining_instr(strip_conversions(f, *stored))?;
        let InstrKind::Load { addr: object } = &f[copy].kind else { return None };
        let alloc = f.defining_instr(*object)?;
        let fresh = matches!(f[alloc].kind, InstrKind::Alloc { .. });
        if !path.is_empty() || !fresh || objects.contains(&alloc) {
            return None;
        }
        if !runs_before(f, &dominators, *store, load) || !runs_before(f, &dominators, copy, *store)
        {
            return None;
        }
        objects.push(alloc);
    }
    stores.iter().zip(&objects).find_map(|((_, store, stored), &alloc)| {
        let copy = f.defining_instr(strip_conversions(f, *stored))?;
        let InstrKind::Load { addr: object } = &f[copy].kind else { return None };
        let set = fields_set(f, *object, *store)?;
        (!set.iter().any(|p| overlaps(p, fields))).then_some(alloc)
    })
}

/// For `load`, a read of an element of a slice literal in a loop that walks every index and
/// runs `block` on every turn: the element's address and the slice, when that loop's read is
/// the only read of an element and nothing but the literal's stores writes one.
pub(crate) fn walked_element(
    f: &Function,
    load: InstrId,
    block: BlockId,
) -> Option<(InstrId, ValueId)> {
    let InstrKind::Load { addr } = &f[load].kind else { return None };
    let element = f.defining_instr(strip_conversions(f, *addr))?;
    let InstrKind::IndexAddr { base, index } = &f[element].kind else { return None };
    let slice = strip_conversions(f, *base);
    let make = f.defining_instr(slice)?;
    if !matches!(f[make].kind, InstrKind::MakeSlice { .. }) {
        return None;
    }
    if !walks_every_index(f, *index, &|v| v == slice, block) {
        return None;
    }
    let only_read = f[slice].referrers().iter().all(|&u| match &f[u].kind {
        InstrKind::IndexAddr { .. } => {
            u == element
                || f[u].result().is_some_and(|a| {
                    f[a].referrers().iter().all(|&s| matches!(f[s].kind, InstrKind::Store { .. }))
                })
        }
        _ => true,
    });
    only_read.then_some((element, slice))
}

/// Whether `user` selects a field's address that is only loaded from.
fn only_reads_field(f: &Function, user: InstrId) -> bool {
    matches!(f[user].kind, InstrKind::FieldAddr { .. })
        && f[user].result().is_some_and(|a| {
            f[a].referrers().iter().all(|&u| matches!(f[u].kind, InstrKind::Load { .. }))
        })
}

/// The field paths stored into the struct at `object`, when its address goes nowhere but into
/// `element_store` (as the stored value) and its fields' loads and stores.
fn fields_set(f: &Function, object: ValueId, element_store: InstrId) -> Option<Vec<Vec<u32>>> {
    let mut set = Vec::new();
    let mut addresses = vec![(object, Vec::new())];
    while let Some((addr, path)) = addresses.pop() {
        for &user in f[addr].referrers() {
            match &f[user].kind {
                InstrKind::Load { .. } => {}
                InstrKind::Store { addr: a, value } if *a == addr && *value != addr => {
                    set.push(path.clone());
                }
                InstrKind::Store { value, .. } if user == element_store && *value == addr => {}
                InstrKind::FieldAddr { field, .. } => {
                    let mut inner = path.clone();
                    inner.push(*field);
                    addresses.push((f[user].result()?, inner));
                }
                _ => return None,
            }
        }
    }
    Some(set)
}
