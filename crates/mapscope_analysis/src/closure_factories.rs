//! Functions whose every return hands back a closure of one function literal (a generator's
//! `Puller()` returning `func() (Job, bool)`), so that a call of what such a function returned
//! runs that literal.

use crate::module::BuiltUnit;
use mapscope_ssa::{Function, InstrKind, ValueDef};
use rustc_hash::FxHashMap;

/// The functions of `units` with one result whose every `return` gives a closure of the same
/// function literal (a method value, `$bound`, aside: its arguments shift), with the literal's
/// name.
pub fn factories<'a>(units: &[BuiltUnit<'a>]) -> FxHashMap<&'a str, &'a str> {
    units
        .iter()
        .flat_map(|u| u.functions.iter())
        .filter_map(|f| Some((&*f.name, returned_literal(f)?)))
        .collect()
}

/// The function literal every return of `f` makes a closure of.
fn returned_literal(f: &Function) -> Option<&str> {
    if f.result_types.len() != 1 {
        return None;
    }
    let mut literal = None;
    for block in f.block_ids() {
        let Some(&last) = f[block].instrs().last() else { continue };
        let InstrKind::Return { results } = &f[last].kind else { continue };
        let [value] = results.as_slice() else { return None };
        let func = match f.defining_instr(*value).map(|d| &f[d].kind) {
            Some(InstrKind::MakeClosure { func, .. }) => *func,
            _ => *value,
        };
        let ValueDef::Function { name } = &f[func].def else { return None };
        if name.ends_with("$bound") || literal.is_some_and(|l| l != &**name) {
            return None;
        }
        literal = Some(&**name);
    }
    literal
}
