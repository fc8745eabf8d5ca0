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
    if created.is_empty() {
        return None;
    }
    let written = key_calls(f, key);
    let own_code = |calls: &[Box<str>]| calls.iter().any(|name| module.lookup(name).is_some());
    if own_code(&created) || own_code(&written) {
        return None;
    }
    if created.starts_with(&written) && !written.is_empty() || written.starts_with(&created) {
        return None;
    }
    if written.is_empty() && !read_from_field(f, key) {
        return None;
    }
    Some((created, written))
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
