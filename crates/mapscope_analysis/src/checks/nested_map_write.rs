//! `nested-map-write` (MS1002): `m[a][b] = v` where the inner map `m[a]` may never have been
//! created for that key.

use crate::checks::declare_check;
use crate::foreign_keys::Uncovered;
use crate::nilness::{is_nil_constant, strip_conversions};
use crate::{Finding, FunctionContext, NoteAt};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::gvn::ValueNumbering;
use mapscope_ssa::{
    BinaryOp, BlockId, Builtin, Callee, ConstValue, Function, InstrId, InstrKind, UnaryOp,
    ValueDef, ValueId,
};
use mapscope_types::types::{ObjId, TypeView};
use rustc_hash::FxHashSet;

declare_check! {
    /// Reports a write into an inner map, `m[a][b] = v` (also `m[a][b]++`), when the lookup
    /// `m[a]` may find no key and so give the zero value, a nil map: the outer map is made in
    /// the function and nothing creates an inner map for `a`, or it is a field no code fills
    /// with inner maps, or the code tested the lookup and goes on to the write on the branch
    /// where the key is missing.
    ///
    /// # What it does
    ///
    /// For each write whose map is the result of a lookup in a map of maps, it looks at where
    /// the outer map comes from and at every write into it.
    /// It reports the write when the outer map is made in the same function (`make` or a
    /// literal), the function gives it and its inner maps to nothing it cannot follow (a call,
    /// a closure, a struct), and no write `m[k] = inner` whose key may equal `a` can run before
    /// the lookup (keys that are different constants cannot be equal). Deeper levels work the
    /// same way: `m[a][b][c] = v` needs an inner map created at `m[a][b]`, or a map with inner
    /// maps already in it stored at `m[a]`.
    /// Creations under constant keys cover only those keys: when the lookup's key is read from
    /// constant data the function builds (a field of the elements of a slice literal that a
    /// `range` loop walks whole, with no branch between the element and the write) and takes a
    /// constant no creation's key may equal, the write is reported for that key.
    /// Uses of the outer map from which no path leads back to the lookup (printing it after
    /// the loop) cannot create inner maps before it, so they do not count as handing it on.
    /// A write reached only through a guard that the missing key fails (`if inner != nil`,
    /// `if ok` after `inner, ok := m[a]`) is not reported.
    /// Whatever the outer map, the upsert idiom written for a miss without making anything,
    /// `inner := m[a]; inner[b] = v; m[a] = inner` (no other store into `m` before the lookup,
    /// no comma-ok test of `a`, no `range` over `m` giving it, `m` handed to no call before,
    /// and, for a field, no other function writing into it),
    /// writes into nil for a new key and is reported.
    /// Comma-ok creation (`inner, ok := m[a]; if !ok { inner = make(...); m[a] = inner }`),
    /// `if m[a] == nil { m[a] = make(...) }` and a key created just before all write into `m`
    /// with that key, so they are not reported. Only the first of several writes into one
    /// inner map (`m[a][x]--; m[a][y]++`) is reported: it panics first.
    /// Keys spelled one way where a field's inner maps are created and another where one is
    /// written find no inner map for some keys whatever the data: every creation putting its
    /// key through the same library calls (`path.Clean(p)`) and the write through others or
    /// none (`r.URL.Path`), or every creation reading its key straight from a field (`u.Host`)
    /// and the write through a library method of that type (`u.Hostname()`, without the port).
    ///
    /// When the outer map is an unexported struct field, it reports the write if no code of the
    /// module ever puts an inner map into that field's map (no write of a non-nil element, no
    /// literal with entries, the map never handed to other code, the struct never reaching a
    /// function without source or an empty interface).
    /// When the module puts inner maps into such a field only under constant keys (a
    /// constructor seeding `routes["GET"]`, or a function creating one under its parameter,
    /// `CreateGroup(name)`, that every call in the module passes a constant, directly or
    /// through its callers' parameters; not an exported function of a library package, not a
    /// function value, not a method an interface call may run, and not a function the module
    /// never calls), it reports a write whose
    /// key is another constant:
    /// in the function itself, or passed by a caller for a parameter when every call of the
    /// function reaches the write (the call is named in a note).
    /// Whatever the outer map, it also reports the write when the code itself saw the key
    /// missing on the way: `inner, ok := m[a]; if !ok { log(...) }; inner[b] = v` writes into
    /// nil on the `!ok` branch, as does a write after `if inner == nil { ... }` that goes on.
    /// It reports, too, a function that ensures inner maps itself for one key (`if _, ok :=
    /// m[k1]; !ok { m[k1] = make(...) }`, the test before the write on every path) and then
    /// writes `m[k2][x]` under a key that is another value, when nothing in the function
    /// stores into `m` under `k2` and every store into `m` there is such a creation under a
    /// key that is not a constant. A JSON `null` for an inner map (present, but nil) is not
    /// followed into another function's comma-ok test.
    /// Whatever the outer map, it reports a write after a creation that the presence test
    /// guards together with another condition (`if _, ok := m[a]; !ok && w > 0 { m[a] =
    /// make(...) }`, or the creation inside `if !ok` behind a further `if`): on the path where
    /// the key is missing and the other condition fails, nothing creates the inner map. The
    /// path may pass only branches that decide whether a creation runs, or that repeat a
    /// condition it already took (the same value, tested again, goes the same way), and no call
    /// unless the outer map is made in the function and reaches no other code; a creation guard
    /// that compares a value a branch before the test compared is left alone (`if w == 0 {
    /// continue }` makes `w > 0` true, which the check does not work out).
    /// The same holds for a presence test that is itself behind another branch (`if t ==
    /// TypeA { if _, ok := m[a]; !ok { m[a] = make(...) } }`): the function tests the key
    /// because it may be missing, and the branch's other way reaches the write with neither
    /// the test nor a creation, under the same rules for the branches and calls on the way.
    ///
    /// When the outer map is an unexported field into which the module's code puts inner maps
    /// only on the branch where a lookup found their key missing (get-or-create: `if _, ok :=
    /// d.teams[t]; !ok { d.teams[t] = make(...) }`, the map reaching no other code but
    /// printing), it reports a write from a function that tests no key of that field, creates
    /// no inner map in it, does not range over it and calls none of the module's code (a
    /// helper that might create the key) before the write: the module itself says a key may
    /// be missing, and this function counts on some other call having created this one.
    /// A `range` over the same field of another parameter (`for r := range shard.byRoute`
    /// before `h.byRoute[r][k]`, a merge) gives keys that value has, not this one, and does
    /// not count as looking at the key.
    /// The same holds for a field whose inner maps the module creates in loops, one per turn
    /// under the turn's key that is not a constant (`for pattern := range routes {
    /// rt.counts[pattern] = make(...) }`, a table seeded for a configured list), besides on a
    /// miss: it holds inner maps for the keys those loops walked, so such a write that runs on
    /// every call of its function is reported, and so is one that runs at most once per call
    /// after early returns that decide on something other than the key (`if ev.Units <= 0 {
    /// return }`, a parse error): a branch on the key, on something it is made from, on what
    /// the call giving it says beside it (`zone, ok := s.zoneOf(fqdn)`) or on a lookup of it
    /// elsewhere may turn unknown keys away, unless it goes on to the write for a missing key
    /// (`if _, taken := m[day][hour]; taken { return }` finds nothing in a nil map). Keys that
    /// every creation and the write put through the same calls (`strings.ToLower(role)` on
    /// both sides) are one spelling on purpose and are left to the data; a key put through
    /// them only where inner maps are created is not. A table that counting loops fill over
    /// constant ranges of a named integer type (`for d := time.Monday; d <= time.Friday; d++`)
    /// is reported after such early returns only when the type declares a constant no range
    /// covers (`time.Saturday`; the largest constant, when a loop stops before it, is a count
    /// such as `numKinds`), which the message names.
    /// The same holds for a field into which the module's code stores a nil inner map
    /// (`m.usage[tenant] = nil`, a reset): whatever creates the inner maps, such a write may
    /// find the nil.
    /// A presence test finds such a nil present (a placeholder, a tombstone), so a write after
    /// `if _, ok := m[k]; !ok { ... }` is reported too, unless the function compares an inner
    /// map of the field with nil, takes its `len`, creates one on every path to the write or
    /// calls the module's code first.
    /// A field whose every inner map is created by a function literal that a `sync.Once` field
    /// of the struct runs, under a key the literal captures from its maker's parameter
    /// (`t.once.Do(func() { t.usage[tenant] = make(...) })`), gets an inner map for the first
    /// key only: the Once runs once per struct, not once per key, so a write from another
    /// function under a key that is not a constant is reported. A Once found per key
    /// (`t.states[k].once`) is left alone.
    /// A map keyed by pointers finds nothing under an address allocated just now: a write
    /// under a pointer parameter that runs on every call, with no test, creation or range of a
    /// key of the field and no call of the module's code before it, is reported when a call
    /// passes a pointer allocated on the way (`g.Link(normalise(n), ...)`, where `normalise`
    /// returns the address of a copy it makes) and uses it for nothing else.
    /// A field that `json.Unmarshal` of constant JSON (in the function, or passed as a
    /// parameter's argument by a call) fills with `null` for an inner map holds a nil inner
    /// map under a key that is present: a presence test (`if _, ok := m[k]; !ok`) and a
    /// `range` over the map find it, so a write from a function that compares no inner map of
    /// the field with nil (nor takes its `len`), creates none on every path to the write and
    /// calls none of the module's code first is reported, unless its key is a constant the
    /// JSON gives an object. A module that compares an inner map of the field with nil
    /// anywhere, or replaces every inner map in a `range` over the field, repairs the `null`s.
    /// Whatever the outer map, it reports a write after a store under the same key of a map
    /// that may be nil: another key's inner map looked up with no presence test of that key in
    /// the function, or a copy of one that is nil for nil (`perms[d.name] =
    /// maps.Clone(perms[d.inherits])`, a module helper whose summary says so), when a path
    /// leads from that store to the write's lookup with no other store under a key that may
    /// be the same.
    /// A key read from a field that a creating function also stores (`p.current = name` next
    /// to the creation of `sections[name]`) is left alone: whether it was created depends on
    /// that field's history.
    /// When the function keeps the outer map to itself (made here, a field of a struct
    /// allocated here, or returned by a module function that makes it and creates its inner
    /// maps from its arguments, `cloneSections(base)`), and every inner map stored into it is
    /// stored under a key drawn from a collection (`for _, t := range tenants { m[t] = ... }`,
    /// `s.Name` of each element, the keys of a map argument, a field of what a reader's `Next()`
    /// gives on each turn), a write under a key drawn from
    /// another collection, or from other fields of the same elements (`for _, d := range
    /// s.DependsOn { m[d][...] }`, the keys of an overlay merged in), is reported: nothing made
    /// an inner map for a key that only that collection holds. A key the function tests in any
    /// way (compares, looks up in another map such as a set of declared names, hands to a call
    /// whose result a branch tests) is left alone, as is a key drawn the same way as a created
    /// one. A module function that creates one inner map per element of a slice literal its
    /// caller passes (`newQuotas([]string{"free", "pro"})`) creates them for those constants
    /// only: a lookup whose key takes another constant from data the caller builds
    /// (`"enterprise"` from a user fixture) is reported for that constant.
    /// A loop that carries the key from turn to turn (`section := ""`, set by each `[header]`
    /// line, which creates its inner map) writes on its first turn under the starting
    /// constant: when nothing before the loop created an inner map for that constant, a path
    /// from the loop's head reaches the write past no creation, and no branch tests the carried
    /// key, the write is reported.
    ///
    /// What it does not see: an outer map that comes from a parameter, a field, a global or a
    /// call may already hold every inner map the function needs, so it is assumed to unless a
    /// test on the path says otherwise; and any creation of an inner map for a key that may be
    /// `a`, even on another path (another branch, an earlier loop), counts as creating it (but
    /// for a creation that the path from a presence test skips, as above); so
    /// does a creation under a constant key when the lookup's key is not known to take another
    /// constant. Keys from a seeded set checked elsewhere (an enum validated by a caller) are
    /// therefore not reported: their values are not constant data of the function. Nor is a
    /// caller's own creation before it calls the writing function (an `ensure(t)` in every
    /// caller, with no test in the writer) seen: such a write is reported.
    ///
    /// # Why is this bad
    ///
    /// Looking up a missing key yields the element type's zero value, and the zero value of a
    /// map type is a nil map: writing into it panics with `assignment to entry in nil map`.
    ///
    /// # Example
    ///
    /// ```go
    /// byUser := map[string]map[string]int{}
    /// for _, e := range events {
    ///     byUser[e.User][e.Kind]++ // panics: byUser[e.User] was never made
    /// }
    /// ```
    ///
    /// Use instead:
    ///
    /// ```go
    /// byUser := map[string]map[string]int{}
    /// for _, e := range events {
    ///     inner, ok := byUser[e.User]
    ///     if !ok {
    ///         inner = map[string]int{}
    ///         byUser[e.User] = inner
    ///     }
    ///     inner[e.Kind]++
    /// }
    /// ```
    ///
    /// # Fix safety
    ///
    /// There is no automatic fix yet.
    /// Creating the inner map before the write is safe; it only changes behaviour for code that
    /// tells a missing key apart from a present empty inner map (`_, ok := m[a]`, `len(m)`).
    pub struct NestedMapWrite;
}

pub fn run(cx: &FunctionContext<'_>) -> Vec<Finding> {
    let f = cx.function;
    let mut numbering = None;
    let mut dominators = None;
    let mut findings = Vec::new();
    for block in f.block_ids() {
        for &update in f[block].instrs() {
            let InstrKind::MapUpdate { map: inner, .. } = &f[update].kind else { continue };
            let inner = strip_conversions(f, *inner);
            let ValueDef::Result { instr: lookup, index: 0 } = f[inner].def else { continue };
            let InstrKind::MapLookup { map: outer, key, .. } = &f[lookup].kind else { continue };
            let outer = strip_conversions(f, *outer);
            let local_make = chain(f, outer).filter(|(make, _)| {
                f[*make].result().is_some_and(|root| !tree_escapes(f, root, lookup))
            });
            let numbering = numbering.get_or_insert_with(|| cx.value_numbering());
            // A write after another into the same inner map (`m[a][x]--; m[a][y]++`): the
            // first one panics on a missing key. Only the first is reported.
            let dominators = dominators.get_or_insert_with(|| DomTree::new(f));
            if crate::checks::nil_map_write::written_before_numbered(
                f, dominators, update, inner, numbering,
            ) {
                continue;
            }
            let Some(lookup_block) = f[lookup].block() else { continue };
            let text = cx.text(f[update].span);
            let inner_text = inner_map_text(text);
            let shown = if inner_text.is_empty() {
                "the inner map".into()
            } else {
                format!("`{inner_text}`")
            };
            let lookup_note = (
                NoteAt::Here(f[lookup].span),
                format!("{shown} is looked up here; a missing key gives a nil map"),
            );
            // `inner := m[a]; inner[b] = v; m[a] = inner`: the store back is written for a
            // miss, which leaves nothing to store but a nil map.
            let me = cx.analysis.module.lookup(&f.name);
            if crate::missing_keys::upserted_miss(f, lookup, |v| v == inner)
                && me.is_some_and(|me| {
                    !crate::missing_keys::field_filled_elsewhere(cx.analysis.module, me, lookup)
                })
                && missing_key_reaches(f, numbering, lookup, block).is_some()
            {
                findings.push(Finding {
                    span: f[update].span,
                    elsewhere: None,
                    message: format!(
                        "assignment to entry in nil map: {shown} is nil when the key is missing: \
                         the inner map is stored back under its key after this write, but \
                         nothing creates it"
                    ),
                    related: vec![lookup_note],
                });
                continue;
            }
            if let Some(ensure) = ensured_other_key(f, numbering, outer, *key, lookup) {
                if missing_key_reaches(f, numbering, lookup, block).is_some() {
                    findings.push(Finding {
                        span: f[update].span,
                        elsewhere: None,
                        message: format!(
                            "assignment to entry in nil map: {shown} is nil for a new key: the \
                             inner map is created for another key before this write"
                        ),
                        related: vec![
                            (
                                NoteAt::Here(f[ensure].span),
                                "an inner map is created here, under a different key".into(),
                            ),
                            lookup_note,
                        ],
                    });
                    continue;
                }
            }
            // `m[a] = maps.Clone(m[b])`: nil when `b` is missing, and written through `a`.
            let stored = crate::nil_stored_inner::nil_stored_before(
                cx.analysis,
                f,
                numbering,
                outer,
                *key,
                lookup,
            );
            if let Some((store, missing)) = stored {
                if missing_key_reaches(f, numbering, lookup, block).is_some() {
                    findings.push(Finding {
                        span: f[update].span,
                        elsewhere: None,
                        message: format!(
                            "assignment to entry in nil map: {shown} may be nil: the map stored \
                             under this key before the write is nil when another key is missing"
                        ),
                        related: vec![
                            (
                                NoteAt::Here(f[missing].span),
                                "a missing key here gives a nil map".into(),
                            ),
                            (
                                NoteAt::Here(f[store].span),
                                "what it gives is stored under the written key here".into(),
                            ),
                            lookup_note,
                        ],
                    });
                    continue;
                }
            }
            // `if _, ok := m[a]; !ok && cond { m[a] = make(...) }`: the missing key goes on to
            // the write when `cond` fails.
            let skipped = crate::skipped_creation::skipped_creation(
                f,
                numbering,
                outer,
                *key,
                lookup,
                local_make.is_some(),
            );
            if let Some(skipped) = skipped {
                if let Some(around) = skipped.around {
                    if missing_key_reaches(f, numbering, lookup, block).is_some() {
                        findings.push(Finding {
                            span: f[update].span,
                            elsewhere: None,
                            message: format!(
                                "assignment to entry in nil map: {shown} may be nil: the \
                                 function tests the key and creates the inner map only on \
                                 some paths, and another reaches this write without either"
                            ),
                            related: vec![
                                (
                                    NoteAt::Here(f[around].span),
                                    "one way of this branch skips the test and the creation".into(),
                                ),
                                (
                                    NoteAt::Here(f[skipped.test].span),
                                    "the key is tested here, on the other way only".into(),
                                ),
                                lookup_note,
                            ],
                        });
                        continue;
                    }
                } else if missing_key_reaches(f, numbering, lookup, block).is_some() {
                    findings.push(Finding {
                        span: f[update].span,
                        elsewhere: None,
                        message: format!(
                            "assignment to entry in nil map: {shown} is nil when the key is \
                             missing: the inner map is created only on some of the paths \
                             where the key is found missing"
                        ),
                        related: vec![
                            (
                                NoteAt::Here(f[skipped.test].span),
                                "the key is found missing here".into(),
                            ),
                            (
                                NoteAt::Here(f[skipped.creation].span),
                                "the inner map is created here, but a path from the test \
                                 skips it"
                                    .into(),
                            ),
                            lookup_note,
                        ],
                    });
                    continue;
                }
            }
            let never_filled =
                local_make.is_none().then(|| never_filled_field(cx, outer)).flatten();
            if never_filled.is_none() && local_make.is_none() {
                if let Some(finding) = uncovered_key(
                    cx,
                    numbering,
                    outer,
                    *key,
                    (lookup, update),
                    &lookup_note,
                    &shown,
                ) {
                    findings.push(finding);
                    continue;
                }
            }
            if let Some(field) = never_filled {
                if missing_key_reaches(f, numbering, lookup, block).is_none() {
                    // Only nil placeholders go in, and a presence test finds them present.
                    findings.extend(nil_placeholder_field(cx, outer, update, &lookup_note, &shown));
                } else {
                    findings.push(Finding {
                        span: f[update].span,
                        elsewhere: None,
                        message: format!(
                            "assignment to entry in nil map: {shown} is nil: no code of the \
                             module puts an inner map into `{field}`"
                        ),
                        related: vec![lookup_note],
                    });
                }
                continue;
            }
            let finding = match local_make {
                // A map made here: nothing but this function can have created the inner map.
                Some((make, keys)) => {
                    let mut place = Place { make, keys: &keys, key: *key, taken: None };
                    if missing_key_reaches(f, numbering, lookup, block).is_none() {
                        continue;
                    }
                    if creation_reaches(f, numbering, &place, lookup_block, lookup) {
                        // Inner maps made for some constant keys only, and a key read from
                        // constant data that takes another one on its way to the write.
                        let taken = if lookup_block == block {
                            crate::key_values::constants_taken(f, *key, block)
                        } else {
                            Vec::new()
                        };
                        let uncovered = taken.iter().find(|(constant, _)| {
                            place.taken = Some(constant);
                            !creation_reaches(f, numbering, &place, lookup_block, lookup)
                        });
                        let Some((constant, store)) = uncovered else {
                            let first_turn = keys
                                .is_empty()
                                .then(|| first_turn_write(cx, make, *key, (lookup, update), &shown))
                                .flatten();
                            if let Some(finding) = first_turn {
                                findings.push(finding);
                            } else if keys.is_empty() {
                                findings.extend(foreign_key_write(
                                    cx,
                                    outer,
                                    *key,
                                    (lookup, update),
                                    &lookup_note,
                                    &shown,
                                ));
                            }
                            continue;
                        };
                        let mut related = vec![
                            (NoteAt::Here(f[make].span), "the outer map is made here".to_string()),
                            lookup_note,
                        ];
                        if let Some(store) = store {
                            related.push((
                                NoteAt::Here(f[*store].span),
                                format!("the key takes {} from here", spell(constant)),
                            ));
                        }
                        findings.push(Finding {
                            span: f[update].span,
                            elsewhere: None,
                            message: format!(
                                "assignment to entry in nil map: {shown} is nil for the key {}, \
                                 for which nothing creates an inner map",
                                spell(constant)
                            ),
                            related,
                        });
                        continue;
                    }
                    Finding {
                        span: f[update].span,
                        elsewhere: None,
                        message: format!(
                            "assignment to entry in nil map: {shown} is nil when the key is \
                             missing, and nothing creates it"
                        ),
                        related: vec![
                            (NoteAt::Here(f[make].span), "the outer map is made here".to_string()),
                            lookup_note,
                        ],
                    }
                }
                // Any map: only a path on which the code itself saw the key missing counts.
                None => {
                    let reaches = missing_key_reaches(f, numbering, lookup, block);
                    let Some(Some(edge)) = reaches else {
                        // A presence test finds a nil placeholder present.
                        let placeholder =
                            || nil_placeholder_field(cx, outer, update, &lookup_note, &shown);
                        if reaches.is_none() {
                            findings.extend(placeholder());
                        } else {
                            if let Some(finding) = foreign_key_write(
                                cx,
                                outer,
                                *key,
                                (lookup, update),
                                &lookup_note,
                                &shown,
                            ) {
                                findings.push(finding);
                                continue;
                            }
                            if let Some(finding) =
                                json_null_field(cx, outer, (lookup, update), &lookup_note, &shown)
                            {
                                findings.push(finding);
                                continue;
                            }
                            let unchecked = unchecked_on_miss_field(
                                cx,
                                outer,
                                (lookup, update),
                                &lookup_note,
                                &shown,
                            );
                            let once = || {
                                once_keyed_field(cx, outer, (lookup, update), &lookup_note, &shown)
                            };
                            let fresh = || {
                                fresh_key_field(cx, outer, (lookup, update), &lookup_note, &shown)
                            };
                            let respelled = || {
                                respelled_key_field(
                                    cx,
                                    outer,
                                    (lookup, update),
                                    &lookup_note,
                                    &shown,
                                )
                            };
                            findings.extend(
                                unchecked
                                    .or_else(placeholder)
                                    .or_else(once)
                                    .or_else(fresh)
                                    .or_else(respelled)
                                    .or_else(|| {
                                        stale_guard_field(
                                            cx,
                                            outer,
                                            (lookup, update),
                                            &lookup_note,
                                            &shown,
                                        )
                                    })
                                    .or_else(|| {
                                        swept_field(
                                            cx,
                                            outer,
                                            (lookup, update),
                                            &lookup_note,
                                            &shown,
                                        )
                                    }),
                            );
                        }
                        continue;
                    };
                    Finding {
                        span: f[update].span,
                        elsewhere: None,
                        message: format!(
                            "assignment to entry in nil map: {shown} is nil on the path where \
                             the key is missing"
                        ),
                        related: vec![
                            lookup_note,
                            (
                                NoteAt::Here(f[edge].span),
                                "the key is missing on this branch, and it goes on to the write"
                                    .to_string(),
                            ),
                        ],
                    }
                }
            };
            findings.push(finding);
        }
    }
    findings
}

/// A write on a loop's first turn under the constant the loop's carried key starts from, for
/// which nothing created an inner map ([`crate::first_turn_keys`]).
fn first_turn_write(
    cx: &FunctionContext<'_>,
    make: InstrId,
    key: ValueId,
    (lookup, update): (InstrId, InstrId),
    shown: &str,
) -> Option<Finding> {
    let f = cx.function;
    let creates = |i: InstrId| match &f[i].kind {
        InstrKind::MapUpdate { map, key, value }
            if chain(f, *map).is_some_and(|(m, keys)| m == make && keys.is_empty())
                && !is_nil_constant(f, strip_conversions(f, *value)) =>
        {
            Some(*key)
        }
        _ => None,
    };
    let turn = crate::first_turn_keys::first_turn_key(f, key, lookup, &creates)?;
    let initial = spell(&turn.initial);
    Some(Finding {
        span: f[update].span,
        elsewhere: None,
        message: format!(
            "assignment to entry in nil map: {shown} is nil on the loop's first turn: the key \
             starts as {initial} and an inner map is created only after it changes"
        ),
        related: vec![
            (NoteAt::Here(f[make].span), "the outer map is made here".to_string()),
            (
                NoteAt::Here(f[turn.phi].span),
                format!("the key is carried around this loop, starting as {initial}"),
            ),
            (
                NoteAt::Here(f[lookup].span),
                format!("{shown} is looked up here; no inner map exists yet for {initial}"),
            ),
        ],
    })
}

/// A write under a key drawn from another collection than the keys the function created inner
/// maps for ([`crate::foreign_keys`]).
fn foreign_key_write(
    cx: &FunctionContext<'_>,
    outer: ValueId,
    key: ValueId,
    (lookup, update): (InstrId, InstrId),
    lookup_note: &(NoteAt, String),
    shown: &str,
) -> Option<Finding> {
    let f = cx.function;
    let foreign = crate::foreign_keys::foreign_key(cx.analysis.module, f, outer, key, lookup)?;
    let message = match &foreign.why {
        Uncovered::OtherSource { same_data: true } => format!(
            "assignment to entry in nil map: {shown} is nil for a key no inner map was made \
             for: inner maps are created under keys taken one way from this data, and this key \
             is taken another way"
        ),
        Uncovered::OtherSource { same_data: false } => format!(
            "assignment to entry in nil map: {shown} is nil for a key no inner map was made \
             for: inner maps are created under keys taken from other data than this key"
        ),
        Uncovered::Constant(c) => format!(
            "assignment to entry in nil map: {shown} is nil for the key {}, for which no inner \
             map was made",
            spell(c)
        ),
    };
    Some(Finding {
        span: f[update].span,
        elsewhere: None,
        message,
        related: vec![
            (
                NoteAt::Here(f[foreign.creation].span),
                if matches!(f[foreign.creation].kind, InstrKind::Call { .. }) {
                    "this call creates the inner maps, for the keys of another collection".into()
                } else {
                    "inner maps are created here, for the keys of another collection".into()
                },
            ),
            lookup_note.clone(),
        ],
    })
}

/// The name of the unexported field that `outer` is read from, when no code of the module puts
/// an inner map into it (nor lets code outside the module near it).
fn never_filled_field(cx: &FunctionContext<'_>, outer: ValueId) -> Option<String> {
    let obj = outer_field(cx, outer)?;
    let program = cx.analysis.module.program;
    cx.analysis.fields.inner_never_made(program, obj).then(|| program.obj(obj).name.to_string())
}

/// A write into an inner map of a field that a decode of constant JSON fills with a `null`
/// inner map, from a function that tests no inner map of the field for nil, creates none on
/// every path and calls none of the module's code before the write ([`crate::json_null_inner`]).
fn json_null_field(
    cx: &FunctionContext<'_>,
    outer: ValueId,
    (lookup, update): (InstrId, InstrId),
    lookup_note: &(NoteAt, String),
    shown: &str,
) -> Option<Finding> {
    let f = cx.function;
    let module = cx.analysis.module;
    let obj = outer_field(cx, outer)?;
    let (decode, null_keys) = cx.analysis.fields.inner_json_null(module.program, obj)?;
    // A constant key whose inner map the JSON gives is no `null` one.
    let InstrKind::MapLookup { key, .. } = &f[lookup].kind else { return None };
    if let ValueDef::Const(ConstValue::String(k)) = &f[strip_conversions(f, *key)].def {
        if !null_keys.iter().any(|n| n == &**k) {
            return None;
        }
    }
    if !written_untested(cx, obj, update)? {
        return None;
    }
    let field = module.program.obj(obj).name.to_string();
    let mut related = vec![lookup_note.clone()];
    if let Some(site) = decode {
        related.push((
            NoteAt::Site(site.clone()),
            format!("this decode of constant JSON leaves a `null` inner map in `{field}`"),
        ));
    }
    Some(Finding {
        span: f[update].span,
        elsewhere: None,
        message: format!(
            "assignment to entry in nil map: {shown} may be nil: the JSON decoded into `{field}` \
             has `null` for an inner map, which a presence test finds present, and nothing \
             tests this one for nil first"
        ),
        related,
    })
}

/// A write into an inner map of a field whose inner maps the module creates only after finding
/// their key missing, from a function that neither tests nor creates a key of the field nor
/// calls code that might before the write ([`crate::inner_on_miss`]).
fn unchecked_on_miss_field(
    cx: &FunctionContext<'_>,
    outer: ValueId,
    (lookup, update): (InstrId, InstrId),
    lookup_note: &(NoteAt, String),
    shown: &str,
) -> Option<Finding> {
    let f = cx.function;
    let module = cx.analysis.module;
    let obj = outer_field(cx, outer)?;
    let nil_stored = cx.analysis.fields.inner_nil_stored(module.program, obj);
    let on_miss = cx.analysis.fields.inner_on_miss(module.program, obj);
    let seeded = cx.analysis.fields.inner_seeded(module.program, obj);
    if !on_miss && !seeded && nil_stored.is_none() {
        return None;
    }
    let me = &module.functions[module.lookup(&f.name)?];
    let selection = |s: InstrId| me.fields.selection(me.index_in_unit, s);
    // Inner maps made for the keys a loop walked: only a write that runs on every call, or
    // whose early returns decide on something other than the key, counts on this key being
    // one of them (a guard on the key may have turned the others away).
    let mut uncovered = None;
    if seeded && nil_stored.is_none() {
        // Keys created and written through the same calls (`strings.ToLower(role)`) are one
        // spelling on purpose; whether this one was created is up to the data.
        let InstrKind::MapLookup { key, .. } = f[lookup].kind else { return None };
        let created = crate::key_transforms::created_key_calls(module, obj);
        if created.is_some_and(|c| !c.is_empty() && c == crate::key_transforms::key_calls(f, key)) {
            return None;
        }
        let dominators = DomTree::new(f);
        let block = f[update].block()?;
        let of_field =
            |map: ValueId| crate::inner_on_miss::reads_field(f, map, &selection) == Some(obj);
        // A table a counting loop fills covers a range of values: only a constant of the key's
        // type that no range covers stands for the keys it misses.
        let counted = crate::key_free_guards::created_by_counter(module, obj);
        if counted {
            uncovered = crate::enum_ranges::uncovered_constant(module, obj, f[key].ty);
        }
        if !crate::summarize::reached_by_every_call(f, &dominators, block)
            && ((counted && uncovered.is_none())
                || !crate::key_free_guards::guards_let_missing_key_through(
                    f, lookup, update, &of_field,
                ))
        {
            return None;
        }
    }
    let resolves = |call: &mapscope_ssa::CallCommon| may_run_module_code(cx, call);
    if !crate::inner_on_miss::written_unchecked(f, obj, update, &selection, &resolves) {
        return None;
    }
    let InstrKind::MapLookup { key, .. } = f[lookup].kind else { return None };
    if crate::inner_on_miss::key_kept_with_creation(module, f, key, obj, &selection) {
        return None;
    }
    let field = module.program.obj(obj).name.to_string();
    if let Some(site) = nil_stored {
        let mut related = vec![lookup_note.clone()];
        if let Some(site) = site {
            related.push((
                NoteAt::Site(site.clone()),
                format!("a nil inner map is stored into `{field}` here"),
            ));
        }
        return Some(Finding {
            span: f[update].span,
            elsewhere: None,
            message: format!(
                "assignment to entry in nil map: {shown} may be nil: the module stores nil inner \
                 maps into `{field}`, and nothing tests or creates this one first"
            ),
            related,
        });
    }
    if let Some((constant, value)) = uncovered {
        return Some(Finding {
            span: f[update].span,
            elsewhere: None,
            message: format!(
                "assignment to entry in nil map: {shown} is nil for keys such as `{constant}` \
                 ({value}): the module creates inner maps in `{field}` in counting loops over \
                 a range of the key's type that leaves this constant out, and nothing tests or \
                 creates this one first"
            ),
            related: vec![lookup_note.clone()],
        });
    }
    let how = if seeded {
        "for the keys its loops walk (or where it finds a key missing)"
    } else {
        "only where it finds a key missing"
    };
    Some(Finding {
        span: f[update].span,
        elsewhere: None,
        message: format!(
            "assignment to entry in nil map: {shown} is nil for a key not seen before: the \
             module creates inner maps in `{field}` {how}, and nothing tests or creates this \
             one first"
        ),
        related: vec![lookup_note.clone()],
    })
}

/// A write into an inner map of a field whose every creation spells its key through other
/// library calls than the write's key goes through, from a function that neither tests nor
/// creates a key of the field before it ([`crate::respelled_keys`]).
fn respelled_key_field(
    cx: &FunctionContext<'_>,
    outer: ValueId,
    (lookup, update): (InstrId, InstrId),
    lookup_note: &(NoteAt, String),
    shown: &str,
) -> Option<Finding> {
    let f = cx.function;
    let module = cx.analysis.module;
    let obj = outer_field(cx, outer)?;
    let InstrKind::MapLookup { key, .. } = f[lookup].kind else { return None };
    let (created, written) = crate::respelled_keys::respelled(module, f, key, obj)?;
    let me = &module.functions[module.lookup(&f.name)?];
    let selection = |s: InstrId| me.fields.selection(me.index_in_unit, s);
    // A call creating under the other spelling creates no inner map for this one; an early
    // return may turn away the keys spelled differently (a window check before the write).
    let block = f[update].block()?;
    if !crate::summarize::reached_by_every_call(f, &DomTree::new(f), block)
        || !written_unchecked_by_calls(cx, obj, update)?
        || crate::inner_on_miss::key_kept_with_creation(module, f, key, obj, &selection)
    {
        return None;
    }
    let spelt = |calls: &[Box<str>]| match calls {
        [] => "no call (read straight from a field)".to_string(),
        _ => calls.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(" of "),
    };
    let field = module.program.obj(obj).name.to_string();
    Some(Finding {
        span: f[update].span,
        elsewhere: None,
        message: format!(
            "assignment to entry in nil map: {shown} is nil for keys spelled another way: the \
             module creates inner maps in `{field}` only under keys put through {}, and this \
             key goes through {}",
            spelt(&created),
            spelt(&written)
        ),
        related: vec![lookup_note.clone()],
    })
}

/// A write after a call of the function that creates every inner map of the field behind a
/// companion set, which a delete of an inner map elsewhere leaves holding the key
/// ([`crate::stale_guards`]).
fn stale_guard_field(
    cx: &FunctionContext<'_>,
    outer: ValueId,
    (lookup, update): (InstrId, InstrId),
    lookup_note: &(NoteAt, String),
    shown: &str,
) -> Option<Finding> {
    let f = cx.function;
    let module = cx.analysis.module;
    let obj = outer_field(cx, outer)?;
    let creator = crate::stale_guards::guarded_creator(module, obj)?;
    let InstrKind::MapLookup { key, .. } = f[lookup].kind else { return None };
    let ensure = crate::stale_guards::ensured_before(module, f, &creator, key, lookup)?;
    // Only the creator makes inner maps: what else the writer calls creates none.
    if !written_unchecked_by_calls(cx, obj, update)? {
        return None;
    }
    let (deleter, delete) = creator.delete;
    let program = module.program;
    let field = program.obj(obj).name.to_string();
    let set = program.obj(creator.set).name.to_string();
    let creator_name =
        crate::nilness::short_name(&module.functions[creator.function].function.name);
    let delete_site = module.site(deleter, module.functions[deleter].function[delete].span.start);
    Some(Finding {
        span: f[update].span,
        elsewhere: None,
        message: format!(
            "assignment to entry in nil map: {shown} is nil for a key whose inner map was \
             deleted: {creator_name} creates inner maps in `{field}` only for keys `{set}` does \
             not hold yet, and a delete from `{field}` leaves the key in `{set}`"
        ),
        related: vec![
            (NoteAt::Here(f[ensure].span), format!("{creator_name} is called here")),
            (
                NoteAt::Site(delete_site),
                format!("the inner map is deleted here, and `{set}` keeps the key"),
            ),
            lookup_note.clone(),
        ],
    })
}

/// Whether `call` in the checked function may run the module's code: a call of a module
/// function, of a function value or of an interface method.
fn may_run_module_code(cx: &FunctionContext<'_>, call: &mapscope_ssa::CallCommon) -> bool {
    cx.analysis.module.resolve(cx.function, call).is_some()
        || matches!(call.callee, Callee::Dynamic(_) | Callee::Invoke { .. })
}

/// A write under a key the function was handed, into an inner map of a field from which a
/// sweep deletes inner maps under the keys a `range` walks, with nothing before the write
/// testing, creating or ranging over a key of the field and no call of the module's code
/// ([`crate::evicted_inner`]).
fn swept_field(
    cx: &FunctionContext<'_>,
    outer: ValueId,
    (lookup, update): (InstrId, InstrId),
    lookup_note: &(NoteAt, String),
    shown: &str,
) -> Option<Finding> {
    let f = cx.function;
    let module = cx.analysis.module;
    let obj = outer_field(cx, outer)?;
    let InstrKind::MapLookup { key, .. } = f[lookup].kind else { return None };
    // A key tested on the way (`if _, ok := s.lastSeen[id]; !ok`) may stand for the inner map.
    if !matches!(f[strip_conversions(f, key)].def, ValueDef::Param { .. })
        || crate::key_sources::branch_depends_on(f, vec![strip_conversions(f, key)], lookup)
    {
        return None;
    }
    let me_index = module.lookup(&f.name)?;
    let (sweeper, delete) = crate::evicted_inner::sweep_delete(module, obj, me_index)?;
    let selection = |s: InstrId| {
        let me = &module.functions[me_index];
        me.fields.selection(me.index_in_unit, s)
    };
    if !written_unchecked(cx, obj, update)?
        || crate::inner_on_miss::key_kept_with_creation(module, f, key, obj, &selection)
    {
        return None;
    }
    let field = module.program.obj(obj).name.to_string();
    let delete_site = module.site(sweeper, module.functions[sweeper].function[delete].span.start);
    Some(Finding {
        span: f[update].span,
        elsewhere: None,
        message: format!(
            "assignment to entry in nil map: {shown} is nil once a sweep has deleted the key's \
             inner map from `{field}`, and nothing tests or creates it first"
        ),
        related: vec![
            lookup_note.clone(),
            (
                NoteAt::Site(delete_site),
                "a sweep deletes inner maps here, under the keys its loop walks".into(),
            ),
        ],
    })
}

/// [`written_unchecked`] with calls of the module's code allowed before the write: for rules
/// that know which calls create the field's inner maps.
fn written_unchecked_by_calls(
    cx: &FunctionContext<'_>,
    obj: ObjId,
    update: InstrId,
) -> Option<bool> {
    let f = cx.function;
    let module = cx.analysis.module;
    let me = &module.functions[module.lookup(&f.name)?];
    let selection = |s: InstrId| me.fields.selection(me.index_in_unit, s);
    let no_call = |_: &mapscope_ssa::CallCommon| false;
    Some(crate::inner_on_miss::written_unchecked(f, obj, update, &selection, &no_call))
}

/// Whether the write `update` into an inner map of field `obj` runs with nothing before it
/// testing, creating or ranging over a key of the field and no call of the module's code
/// ([`crate::inner_on_miss::written_unchecked`]).
fn written_unchecked(cx: &FunctionContext<'_>, obj: ObjId, update: InstrId) -> Option<bool> {
    let f = cx.function;
    let module = cx.analysis.module;
    let me = &module.functions[module.lookup(&f.name)?];
    let selection = |s: InstrId| me.fields.selection(me.index_in_unit, s);
    let resolves = |call: &mapscope_ssa::CallCommon| may_run_module_code(cx, call);
    Some(crate::inner_on_miss::written_unchecked(f, obj, update, &selection, &resolves))
}

/// Whether the write `update` into an inner map of field `obj` runs with nothing on the way
/// testing an inner map of the field for nil ([`crate::json_null_inner::written_untested`]).
fn written_untested(cx: &FunctionContext<'_>, obj: ObjId, update: InstrId) -> Option<bool> {
    let f = cx.function;
    let module = cx.analysis.module;
    let me = &module.functions[module.lookup(&f.name)?];
    let selection = |s: InstrId| me.fields.selection(me.index_in_unit, s);
    let resolves = |call: &mapscope_ssa::CallCommon| may_run_module_code(cx, call);
    Some(crate::json_null_inner::written_untested(f, obj, update, &selection, &resolves))
}

/// A write into an inner map of a field into which the module stores nil inner maps (`zones[name]
/// = nil`, a placeholder or a tombstone), from a function that tests no inner map of the field
/// for nil on the way: a presence test (`if _, ok := m[k]; !ok`) finds the nil present, so it
/// neither stops the write nor creates a map ([`crate::json_null_inner::written_untested`]).
fn nil_placeholder_field(
    cx: &FunctionContext<'_>,
    outer: ValueId,
    update: InstrId,
    lookup_note: &(NoteAt, String),
    shown: &str,
) -> Option<Finding> {
    let f = cx.function;
    let module = cx.analysis.module;
    if outer_made_here(f, outer, update) {
        return None;
    }
    let obj = outer_field(cx, outer)?;
    let site = cx.analysis.fields.inner_nil_stored(module.program, obj)?;
    if !written_untested(cx, obj, update)? {
        return None;
    }
    let field = module.program.obj(obj).name.to_string();
    let stored_here = site.iter().map(|site| {
        let note = format!("a nil inner map is stored into `{field}` here, under a present key");
        (NoteAt::Site(site.clone()), note)
    });
    let related = std::iter::once(lookup_note.clone()).chain(stored_here).collect();
    Some(Finding {
        span: f[update].span,
        elsewhere: None,
        message: format!(
            "assignment to entry in nil map: {shown} may be nil: the module stores nil inner \
             maps into `{field}`, which a presence test finds present, and nothing tests this \
             one for nil first"
        ),
        related,
    })
}

/// Whether `outer` is read from a field of a struct this function allocates, handing its
/// address to nothing before `update`, into which it stores a map it makes: the placeholders other code stores
/// into other values' maps are not in it (a test building its own response).
fn outer_made_here(f: &Function, outer: ValueId, update: InstrId) -> bool {
    let outer = strip_conversions(f, outer);
    let Some(load) = f.defining_instr(outer) else { return false };
    let InstrKind::Load { addr } = &f[load].kind else { return false };
    let Some((base, field)) = crate::nilness::field_address(f, *addr) else { return false };
    let Some(alloc) = f.defining_instr(base) else { return false };
    if !matches!(f[alloc].kind, InstrKind::Alloc { .. }) {
        return false;
    }
    let mut made = false;
    for &user in f[base].referrers() {
        // Handed on only after the write (returned, boxed for the return): the write has run.
        let InstrKind::FieldAddr { .. } = &f[user].kind else {
            if crate::key_values::instr_reaches(f, user, update) {
                return false;
            }
            continue;
        };
        let Some(address) = f[user].result() else { return false };
        for &use_ in f[address].referrers() {
            match &f[use_].kind {
                InstrKind::Load { .. } => {}
                InstrKind::Store { addr, value } if *addr == address => {
                    let stored = strip_conversions(f, *value);
                    let fresh = f
                        .defining_instr(stored)
                        .is_some_and(|d| matches!(f[d].kind, InstrKind::MakeMap { .. }));
                    if crate::nilness::field_address(f, address).is_some_and(|(_, g)| g == field) {
                        if !fresh {
                            return false;
                        }
                        made = true;
                    }
                }
                _ => return false,
            }
        }
    }
    made
}

/// A write into an inner map of a field whose every inner map a literal run by a field's
/// `sync.Once` creates, under a key captured from its maker's parameter
/// ([`crate::once_keyed`]): one key ever gets an inner map, and this write's key may be another.
fn once_keyed_field(
    cx: &FunctionContext<'_>,
    outer: ValueId,
    (lookup, update): (InstrId, InstrId),
    lookup_note: &(NoteAt, String),
    shown: &str,
) -> Option<Finding> {
    let f = cx.function;
    let module = cx.analysis.module;
    let obj = outer_field(cx, outer)?;
    let InstrKind::MapLookup { key, .. } = f[lookup].kind else { return None };
    if matches!(f[strip_conversions(f, key)].def, ValueDef::Const(_)) {
        return None;
    }
    let (index, creation) = module.once_keyed_fields().creation(obj)?;
    let creator = &module.functions[index];
    if *creator.function.name == *f.name {
        return None;
    }
    let field = module.program.obj(obj).name.to_string();
    let note = "the inner map is created here, in a function the struct's sync.Once runs once \
                for whichever key comes first";
    Some(Finding {
        span: f[update].span,
        elsewhere: None,
        message: format!(
            "assignment to entry in nil map: {shown} is nil for every key but the first: the \
             inner maps of `{field}` are created only under a sync.Once of the struct, which \
             runs once, not once per key"
        ),
        related: vec![
            (NoteAt::Site(module.site(index, creator.function[creation].span.start)), note.into()),
            lookup_note.clone(),
        ],
    })
}

/// A write into an inner map of a field under a pointer parameter that a call passes freshly
/// allocated ([`crate::fresh_pointer_keys`]), when the write runs on every call and nothing
/// before it tests, creates or ranges over a key of the field or calls the module's code.
fn fresh_key_field(
    cx: &FunctionContext<'_>,
    outer: ValueId,
    (lookup, update): (InstrId, InstrId),
    lookup_note: &(NoteAt, String),
    shown: &str,
) -> Option<Finding> {
    let f = cx.function;
    let module = cx.analysis.module;
    let obj = outer_field(cx, outer)?;
    let InstrKind::MapLookup { key, .. } = f[lookup].kind else { return None };
    if !matches!(f[strip_conversions(f, key)].def, ValueDef::Param { .. }) {
        return None;
    }
    let block = f[update].block()?;
    if !crate::summarize::reached_by_every_call(f, &DomTree::new(f), block) {
        return None;
    }
    if !written_unchecked(cx, obj, update)? {
        return None;
    }
    let (caller, call) = crate::fresh_pointer_keys::fresh_key_call(module, f, key)?;
    let site = module.site(caller, module.functions[caller].function[call].span.start);
    Some(Finding {
        span: f[update].span,
        elsewhere: None,
        message: format!(
            "assignment to entry in nil map: {shown} is nil: the key is a pointer allocated \
             just before the call, which no inner map was ever stored under"
        ),
        related: vec![
            lookup_note.clone(),
            (NoteAt::Site(site), "called here with a freshly allocated pointer".into()),
        ],
    })
}

/// The struct field that `outer` is read from.
fn outer_field(cx: &FunctionContext<'_>, outer: ValueId) -> Option<ObjId> {
    let module = cx.analysis.module;
    crate::missing_keys::map_field_obj(module, module.lookup(&cx.function.name)?, outer)
}

/// A write into an inner map of a field whose inner maps the module creates under constant
/// keys only, when the lookup's key is another constant: in the function itself, or passed by
/// a caller for a parameter on every call of which the write runs.
fn uncovered_key(
    cx: &FunctionContext<'_>,
    numbering: &ValueNumbering,
    outer: ValueId,
    key: ValueId,
    (lookup, update): (InstrId, InstrId),
    lookup_note: &(NoteAt, String),
    shown: &str,
) -> Option<Finding> {
    let f = cx.function;
    let module = cx.analysis.module;
    let obj = outer_field(cx, outer)?;
    let keys = cx.analysis.fields.inner_keys(module.program, obj)?;
    let block = f[update].block()?;
    missing_key_reaches(f, numbering, lookup, block)?;
    let field = module.program.obj(obj).name.to_string();
    let uncovered = |v: ValueId| match &f[strip_conversions(f, v)].def {
        ValueDef::Const(c) if !keys.contains(c) => Some(c.clone()),
        _ => None,
    };
    let message = |c: &ConstValue| {
        format!(
            "assignment to entry in nil map: {shown} is nil for the key {}: the module creates \
             inner maps in `{field}` only for {}",
            spell(c),
            keys.iter().map(spell).collect::<Vec<_>>().join(", ")
        )
    };
    if let Some(c) = uncovered(key) {
        return Some(Finding {
            span: f[update].span,
            elsewhere: None,
            message: message(&c),
            related: vec![lookup_note.clone()],
        });
    }
    // A parameter: a caller that passes another constant, when every call reaches the write.
    let ValueDef::Param { index, .. } = f[strip_conversions(f, key)].def else { return None };
    if !crate::summarize::reached_by_every_call(f, &DomTree::new(f), block) {
        return None;
    }
    let me = module.lookup(&f.name)?;
    for (caller, mf) in module.functions.iter().enumerate() {
        let g = mf.function;
        for b in g.block_ids() {
            for &i in g[b].instrs() {
                let InstrKind::Call { call } = &g[i].kind else { continue };
                let Some(targets) = module.resolve(g, call) else { continue };
                if targets.callees != [me] {
                    continue;
                }
                let Some(&arg) = targets.args.get(index as usize) else { continue };
                let ValueDef::Const(c) = &g[strip_conversions(g, arg)].def else { continue };
                if keys.contains(c) {
                    continue;
                }
                let note = format!("called here with the key {}", spell(c));
                return Some(Finding {
                    span: f[update].span,
                    elsewhere: None,
                    message: message(c),
                    related: vec![
                        lookup_note.clone(),
                        (NoteAt::Site(module.site(caller, g[i].span.start)), note),
                    ],
                });
            }
        }
    }
    None
}

/// `m[a]` of `m[a][b]`: the index expression without its last index.
fn inner_map_text(index_expr: &str) -> &str {
    crate::checks::nil_map_write::map_expr_text(index_expr)
}

/// The map made in this function that `v` is read from through lookups (`m[a][b]` is `m`
/// through keys `a`, `b`), with the keys outermost first.
fn chain(f: &Function, v: ValueId) -> Option<(InstrId, Vec<ValueId>)> {
    let mut keys = Vec::new();
    let mut v = strip_conversions(f, v);
    loop {
        let instr = f.defining_instr(v)?;
        match &f[instr].kind {
            InstrKind::MakeMap { .. } => {
                keys.reverse();
                return Some((instr, keys));
            }
            InstrKind::MapLookup { map, key, .. }
                if f[v].def == (ValueDef::Result { instr, index: 0 }) =>
            {
                keys.push(*key);
                v = strip_conversions(f, *map);
            }
            _ => return None,
        }
    }
}

/// Whether the map `root`, or an inner map read from it, reaches anything but map operations
/// on it, `len`, comparisons and returns before `lookup`: then code the check does not see may
/// create inner maps. A use from which no path leads to the lookup (printing the result after
/// the loop that fills it) lets nothing run before it.
pub(crate) fn tree_escapes(f: &Function, root: ValueId, lookup: InstrId) -> bool {
    let reaches_lookup = |user: InstrId| crate::key_values::instr_reaches(f, user, lookup);
    let used_as_map = |v: ValueId| {
        f[v].referrers().iter().any(|&u| match &f[u].kind {
            InstrKind::MapLookup { map, .. }
            | InstrKind::MapUpdate { map, .. }
            | InstrKind::MapDelete { map, .. }
            | InstrKind::MapRange { map }
            | InstrKind::MapClear { map } => *map == v,
            _ => false,
        })
    };
    let mut nodes = vec![root];
    let mut seen = FxHashSet::default();
    while let Some(node) = nodes.pop() {
        if !seen.insert(node) {
            continue;
        }
        for &user in f[node].referrers() {
            let escaped = match &f[user].kind {
                InstrKind::MapLookup { map, key, .. } => {
                    if *map == node && *key != node {
                        let inner = f[user].results().next();
                        nodes.extend(inner.filter(|&r| used_as_map(r)));
                    }
                    *map != node || *key == node
                }
                InstrKind::MapDelete { map, key } => *map != node || *key == node,
                InstrKind::MapUpdate { map, key, value } => {
                    *map != node || *key == node || *value == node
                }
                InstrKind::MapRange { .. } | InstrKind::MapClear { .. } => false,
                InstrKind::Call { call } => call.callee != Callee::Builtin(Builtin::Len),
                // Returning the map ends the function: no caller can fill it before these writes.
                InstrKind::BinOp { .. } | InstrKind::If { .. } | InstrKind::Return { .. } => false,
                _ => true,
            };
            if escaped && reaches_lookup(user) {
                return true;
            }
        }
    }
    false
}

/// The inner map a nested write looks up: the map made here, the keys that lead from it to the
/// map the lookup reads, and the lookup's key.
struct Place<'k> {
    make: InstrId,
    keys: &'k [ValueId],
    key: ValueId,
    /// A constant the lookup's key is known to take: only a creation whose key may equal it
    /// counts.
    taken: Option<&'k ConstValue>,
}

/// Whether `v` is nil or a map made here that nothing writes into: storing it creates no
/// deeper inner map.
fn fresh(f: &Function, v: ValueId) -> bool {
    let v = strip_conversions(f, v);
    if is_nil_constant(f, v) {
        return true;
    }
    f.defining_instr(v).is_some_and(|i| matches!(f[i].kind, InstrKind::MakeMap { .. }))
        && !f[v]
            .referrers()
            .iter()
            .any(|&u| matches!(&f[u].kind, InstrKind::MapUpdate { map, .. } if *map == v))
}

/// Whether a write that creates the inner map `place` names can run before `lookup` (in
/// `lookup_block`): a write of a non-nil map for a key that may be the lookup's at the same
/// depth, or of a map that already holds inner maps at a depth above, on any path that
/// reaches it.
fn creation_reaches(
    f: &Function,
    numbering: &ValueNumbering,
    place: &Place<'_>,
    lookup_block: BlockId,
    lookup: InstrId,
) -> bool {
    let depth = place.keys.len();
    let creates = |i: InstrId| {
        let InstrKind::MapUpdate { map, key: k, value } = &f[i].kind else { return false };
        let Some((make, keys)) = chain(f, *map) else { return false };
        if make != place.make || keys.len() > depth {
            return false;
        }
        let path_may_equal =
            keys.iter().zip(place.keys).all(|(&x, &y)| may_equal(f, numbering, x, y));
        if !path_may_equal {
            return false;
        }
        if keys.len() == depth {
            let same_key = match (place.taken, &f[strip_conversions(f, *k)].def) {
                (Some(taken), ValueDef::Const(c)) => c == taken,
                (Some(_), _) => true,
                (None, _) => may_equal(f, numbering, *k, place.key),
            };
            same_key && !is_nil_constant(f, strip_conversions(f, *value))
        } else {
            may_equal(f, numbering, *k, place.keys[keys.len()]) && !fresh(f, *value)
        }
    };
    let instrs = f[lookup_block].instrs();
    let before = instrs.iter().position(|&i| i == lookup).unwrap_or(instrs.len());
    if instrs[..before].iter().any(|&i| creates(i)) {
        return true;
    }
    let mut visited = vec![false; f.block_count()];
    let mut stack: Vec<BlockId> = f[lookup_block].preds().to_vec();
    while let Some(b) = stack.pop() {
        if std::mem::replace(&mut visited[b.index()], true) {
            continue;
        }
        if f[b].instrs().iter().any(|&i| creates(i)) {
            return true;
        }
        stack.extend_from_slice(f[b].preds());
    }
    false
}

/// The creation of an inner map in the "ensure" idiom (`if _, ok := m[k]; !ok { m[k] =
/// make(...) }`, or a test of `m[k] == nil`) for a key `k` other than the one `lookup` (of
/// `outer`, under `key`) uses, when that test comes before the lookup on every path and
/// nothing in the function writes into the map under a key that is the write's own value:
/// the function ensures inner maps itself, for the wrong key.
fn ensured_other_key(
    f: &Function,
    numbering: &ValueNumbering,
    outer: ValueId,
    key: ValueId,
    lookup: InstrId,
) -> Option<InstrId> {
    let same_map = |a: ValueId, b: ValueId| same_map(f, numbering, a, b);
    let is_constant = |v: ValueId| matches!(f[strip_conversions(f, v)].def, ValueDef::Const(_));
    if is_constant(key) {
        return None;
    }
    let lookup_block = f[lookup].block()?;
    let dominators = DomTree::new(f);
    let mut ensure = None;
    for block in f.block_ids() {
        for &i in f[block].instrs() {
            let InstrKind::MapUpdate { map, key: k, value } = &f[i].kind else { continue };
            if !same_map(*map, outer) {
                continue;
            }
            if numbering.congruent(*k, key) || strip_conversions(f, *k) == key {
                return None;
            }
            let made = f
                .defining_instr(strip_conversions(f, *value))
                .is_some_and(|d| matches!(f[d].kind, InstrKind::MakeMap { .. }));
            if !made || is_constant(*k) {
                // Another kind of store (an existing inner map, a seeded constant key) may
                // create the write's key some way the function does not show.
                return None;
            }
            // The test that guards the creation: a lookup of the same map under the same key
            // whose result or `ok` decides the branch into this block.
            let guarded_by = f[block].preds().iter().find_map(|&pred| {
                let &last = f[pred].instrs().last()?;
                let InstrKind::If { cond } = &f[last].kind else { return None };
                let mut tested = Vec::new();
                let cond = strip_conversions(f, *cond);
                let operands = match f.defining_instr(cond).map(|d| &f[d].kind) {
                    Some(InstrKind::BinOp { x, y, .. }) => vec![*x, *y],
                    Some(InstrKind::UnOp { op: UnaryOp::Not, x }) => vec![*x],
                    _ => vec![cond],
                };
                for v in operands {
                    let v = strip_conversions(f, v);
                    let ValueDef::Result { instr, .. } = f[v].def else { continue };
                    if let InstrKind::MapLookup { map: m2, key: k2, .. } = &f[instr].kind {
                        if same_map(*m2, outer) && numbering.congruent(*k2, *k) {
                            tested.push(instr);
                        }
                    }
                }
                tested.into_iter().next()
            })?;
            let guard_block = f[guarded_by].block()?;
            let before = if guard_block == lookup_block {
                let instrs = f[lookup_block].instrs();
                let at = |x: InstrId| instrs.iter().position(|&y| y == x);
                at(guarded_by) < at(lookup)
            } else {
                dominators.strictly_dominates(guard_block, lookup_block)
            };
            if !before {
                return None;
            }
            ensure = ensure.or(Some(i));
        }
    }
    ensure
}

/// The field that `v` is loaded from: (the struct's address, the field's index).
pub fn loaded_field(f: &Function, v: ValueId) -> Option<(ValueId, u32)> {
    let load = f.defining_instr(v)?;
    let InstrKind::Load { addr } = &f[load].kind else { return None };
    let selection = f.defining_instr(*addr)?;
    match &f[selection].kind {
        InstrKind::FieldAddr { base, field } => Some((*base, *field)),
        _ => None,
    }
}

/// Whether `a` and `b` are the same map: the same value, or loads of the same field of the same
/// base.
pub fn same_map(f: &Function, numbering: &ValueNumbering, a: ValueId, b: ValueId) -> bool {
    let (a, b) = (strip_conversions(f, a), strip_conversions(f, b));
    if a == b || numbering.congruent(a, b) {
        return true;
    }
    match (loaded_field(f, a), loaded_field(f, b)) {
        (Some((x, i)), Some((y, j))) => i == j && (x == y || numbering.congruent(x, y)),
        _ => false,
    }
}

/// Whether two keys may be equal: unless they are different constants or numbered apart
/// constants, they may.
pub fn may_equal(f: &Function, numbering: &ValueNumbering, a: ValueId, b: ValueId) -> bool {
    if numbering.congruent(a, b) {
        return true;
    }
    let constant = |v: ValueId| match &f[strip_conversions(f, v)].def {
        ValueDef::Const(c) => Some(c.clone()),
        _ => None,
    };
    match (constant(a), constant(b)) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// Whether the write in `write_block` can be reached from `lookup` along edges that a missing
/// key allows: a guard that tests the looked-up inner map or the lookup's `ok` rules out the
/// branch the missing key cannot take. `None` when it cannot; otherwise the branch (an `if`)
/// on the way that the missing key decided, if there is a path through one on which no other
/// branch comes between it and the write (a loop over something the missing key also
/// emptied would make the path infeasible in a way the check cannot see).
fn missing_key_reaches(
    f: &Function,
    numbering: &ValueNumbering,
    lookup: InstrId,
    write_block: BlockId,
) -> Option<Option<InstrId>> {
    let lookup_block = f[lookup].block()?;
    let results: Vec<ValueId> = f[lookup].results().collect();
    let is_lookup_result = |v: ValueId, index: usize| {
        let v = strip_conversions(f, v);
        results.get(index).is_some_and(|&r| r == v || numbering.congruent(r, v))
    };
    // What a condition is when the key is missing: the inner map nil, `ok` false.
    let missing = |cond: ValueId| -> Option<bool> { evaluate(f, cond, &is_lookup_result, 0) };
    // Backwards from the write: (block, the deciding branch met so far, whether another branch
    // came first).
    let mut visited: FxHashSet<(BlockId, bool, bool)> = FxHashSet::default();
    let mut stack: Vec<(BlockId, Option<InstrId>, bool)> = vec![(write_block, None, false)];
    let mut undecided = false;
    while let Some((b, decided, branched)) = stack.pop() {
        if b == lookup_block {
            if decided.is_some() {
                return Some(decided);
            }
            undecided = true;
            continue;
        }
        if !visited.insert((b, decided.is_some(), branched)) {
            continue;
        }
        for &pred in f[b].preds() {
            if crate::models::never_returns(f, pred) {
                continue;
            }
            let terminator = f[pred].instrs().last().copied();
            let known = match terminator.map(|i| &f[i].kind) {
                Some(InstrKind::If { cond }) if f[pred].succs().len() == 2 => {
                    let taken_true = f[pred].succs()[0] == b;
                    missing(*cond).map(|value| value == taken_true)
                }
                _ => None,
            };
            let branch = f[pred].succs().len() > 1;
            match known {
                Some(false) => {}
                Some(true) if !branched => stack.push((pred, decided.or(terminator), branched)),
                Some(true) => stack.push((pred, decided, branched)),
                None => stack.push((pred, decided, branched || (branch && decided.is_none()))),
            }
        }
    }
    undecided.then_some(None)
}

/// The value of a condition when the key is missing, if the condition depends on it alone.
pub fn evaluate(
    f: &Function,
    cond: ValueId,
    is_lookup_result: &dyn Fn(ValueId, usize) -> bool,
    depth: usize,
) -> Option<bool> {
    const MAX_DEPTH: usize = 4;
    if depth > MAX_DEPTH {
        return None;
    }
    let cond = strip_conversions(f, cond);
    if is_lookup_result(cond, 1) {
        return Some(false);
    }
    let instr = f.defining_instr(cond)?;
    match &f[instr].kind {
        InstrKind::UnOp { op: UnaryOp::Not, x } => {
            evaluate(f, *x, is_lookup_result, depth + 1).map(|b| !b)
        }
        InstrKind::BinOp { op: op @ (BinaryOp::Eql | BinaryOp::Neq), x, y } => {
            let nil_inner = |a: ValueId, b: ValueId| {
                is_lookup_result(a, 0) && is_nil_constant(f, strip_conversions(f, b))
            };
            if nil_inner(*x, *y) || nil_inner(*y, *x) {
                return Some(*op == BinaryOp::Eql);
            }
            if let (Some(a), Some(b)) = (
                evaluate(f, *x, is_lookup_result, depth + 1),
                known_bool(f, *y).or_else(|| evaluate(f, *y, is_lookup_result, depth + 1)),
            ) {
                return Some((a == b) == (*op == BinaryOp::Eql));
            }
            None
        }
        _ => None,
    }
}

pub fn known_bool(f: &Function, v: ValueId) -> Option<bool> {
    match f[strip_conversions(f, v)].def {
        ValueDef::Const(ConstValue::Bool(b)) => Some(b),
        _ => None,
    }
}

/// A key constant as Go spells it in a message.
pub(crate) fn spell(constant: &ConstValue) -> String {
    match constant {
        ConstValue::String(s) => format!("{s:?}"),
        ConstValue::Int(i) => i.to_string(),
        ConstValue::Bool(b) => b.to_string(),
        ConstValue::Float { bits } => f64::from_bits(*bits).to_string(),
        ConstValue::Nil => "nil".to_string(),
        ConstValue::Zero => "the zero value".to_string(),
    }
}
