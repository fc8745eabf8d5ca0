//! Keys spelled one way where inner maps are created and another where one is written: every
//! creation of an inner map in a map-of-maps field puts its key through the same library
//! calls (`path.Clean(pattern)`, `at.Truncate(step).Unix()`), and a write looks its inner map
//! up under a key put through other calls, or through none (`r.URL.Path`, `at.Round(step)
//! .Unix()`). The two spellings agree for some keys only; for the others the write finds no
//! inner map, whatever the data, which is the shape of the bug rather than a matter of which
//! keys the data holds.
//!
//! Only library calls count: the module's own helper may normalise inside (`canon(name)`
//! calling `strings.ToLower`). One chain that starts the other (`strings.ToLower(x)` beside
//! `strings.ToLower(strings.TrimSpace(x))`) spells keys alike, and a key put through no call
//! counts only when it is read straight from a struct field (`r.URL.Path`): a parameter's
//! callers may have normalised it, a constant may be one the module creates, and a local
//! struct (a `time.Time` kept in memory) hides the calls that made it.

use crate::key_transforms::{created_key_calls, key_calls};
use crate::module::Module;
use crate::nilness::strip_conversions;
use mapscope_ssa::{Function, InstrKind, ValueId};
use mapscope_types::types::ObjId;

/// The library calls a key is put through, outermost first ([`key_calls`]).
pub type Spelling = Vec<Box<str>>;

/// The calls every creation in `field` puts its key through and the calls the write's `key`
/// (in `f`) goes through, when they spell keys differently.
pub fn respelled(
    module: &Module<'_>,
    f: &Function,
    key: ValueId,
    field: ObjId,
) -> Option<(Spelling, Spelling)> {
    let created = created_key_calls(module, field)?;
    let written = key_calls(f, key);
    let own_code = |calls: &[Box<str>]| calls.iter().any(|name| module.lookup(name).is_some());
    if own_code(&created) || own_code(&written) {
        return None;
    }
    if created.is_empty() {
        return read_back_through_call(module, f, key, field, &written)
            .then_some((created, written));
    }
    if created.starts_with(&written) && !written.is_empty() || written.starts_with(&created) {
        return None;
    }
    if written.is_empty() && !read_from_field(f, key) {
        return None;
    }
    Some((created, written))
}

/// The reverse spelling: every creation's key is read straight from a field of one struct
/// type (`u.Host`), and the write's key is what a library method of that type computes
/// from such a value (`u.Hostname()`, which drops the port).
fn read_back_through_call(
    module: &Module<'_>,
    f: &Function,
    key: ValueId,
    field: ObjId,
    written: &[Box<str>],
) -> bool {
    let [method] = written else { return false };
    // A generated getter (`GetHost`, which protobuf's code generator writes for every field)
    // hands the field back.
    let name = method.rsplit('.').next().unwrap_or(method);
    if !method.starts_with('(') || name.starts_with("Get") {
        return false;
    }
    let Some(call) = f.defining_instr(strip_conversions(f, key)) else { return false };
    let InstrKind::Call { call } = &f[call].kind else { return false };
    let Some(&receiver) = call.args.first() else { return false };
    let receiver_type = f[strip_conversions(f, receiver)].ty;
    let program = module.program;
    let mut bases = Vec::new();
    for (index, update) in crate::inner_on_miss::inner_creations(module, field) {
        let h = module.functions[index].function;
        let InstrKind::MapUpdate { key, .. } = &h[update].kind else { return false };
        let Some(load) = h.defining_instr(strip_conversions(h, *key)) else { return false };
        let InstrKind::Load { addr } = &h[load].kind else { return false };
        let Some(selection) = crate::fields::selected_field(h, *addr) else { return false };
        let InstrKind::FieldAddr { base, .. } = &h[selection].kind else { return false };
        bases.push(h[strip_conversions(h, *base)].ty);
    }
    !bases.is_empty()
        && bases.iter().all(|&t| crate::summarize::same_type(program, t, receiver_type))
}

/// Whether `key` is read from a field of a struct: loaded through a field's address, or
/// selected from a struct value.
fn read_from_field(f: &Function, key: ValueId) -> bool {
    let Some(instr) = f.defining_instr(strip_conversions(f, key)) else { return false };
    match &f[instr].kind {
        InstrKind::Field { .. } => true,
        InstrKind::Load { addr } => crate::fields::selected_field(f, *addr).is_some(),
        _ => false,
    }
}
