//! The least length every call of the module passes for a slice parameter, so that a loop
//! over the parameter is known to make a first trip: `build(m, p, []string{"edge-1",
//! "lb-2"})` passes two elements, and `for _, hop := range trace { req.headers.Add(...) }`
//! in `build` runs its body before anything after the loop.
//!
//! Likewise the least integer constant every call passes for an integer parameter
//! (`loadIndex(src, 3)`: `for attempt := 1; attempt <= attempts; attempt++` makes a first
//! trip).
//!
//! Only calls the module shows count, and only when no code it does not show may call the
//! function ([`crate::param_keys::CallIndex::seen_calls`]); a slice literal's length is at
//! least one more than the highest constant index its elements are stored at.

use crate::module::Module;
use crate::nilness::strip_conversions;
use mapscope_ssa::{ConstValue, Function, InstrKind, ValueDef, ValueId};

/// The least length any call of `f` passes for its parameter `param`, when every call the
/// module makes shows one.
pub fn least_passed_length(module: &Module<'_>, f: &Function, param: u32) -> Option<i128> {
    least_passed(module, f, param, literal_length)
}

/// The least integer constant any call of `f` passes for its parameter `param`, when every
/// call the module makes passes one.
pub fn least_passed_integer(module: &Module<'_>, f: &Function, param: u32) -> Option<i128> {
    least_passed(module, f, param, |g, v| match g[strip_conversions(g, v)].def {
        ValueDef::Const(ConstValue::Int(n)) => Some(n),
        _ => None,
    })
}

/// The least of what `measure` gives for the argument every call of `f` the module makes
/// passes for parameter `param`; none when a call's argument has no measure.
fn least_passed(
    module: &Module<'_>,
    f: &Function,
    param: u32,
    measure: impl Fn(&Function, ValueId) -> Option<i128>,
) -> Option<i128> {
    let me = module.lookup(&f.name)?;
    let mut least: Option<i128> = None;
    for (caller, _, arg) in module.arguments_for(me, param)? {
        let length = measure(module.functions[caller].function, arg?)?;
        least = Some(least.map_or(length, |l| l.min(length)));
    }
    least
}

/// A lower bound of the length of the slice `v`: nil, a `make` with a constant length, or
/// a slice literal (a whole array whose elements are stored at constant indexes).
fn literal_length(f: &Function, v: ValueId) -> Option<i128> {
    let v = strip_conversions(f, v);
    if let ValueDef::Const(ConstValue::Nil) = f[v].def {
        return Some(0);
    }
    match &f[f.defining_instr(v)?].kind {
        InstrKind::MakeSlice { len, .. } => match f[strip_conversions(f, *len)].def {
            ValueDef::Const(ConstValue::Int(n)) => Some(n),
            _ => None,
        },
        InstrKind::Slice { base, low: None, high: None, max: None } => {
            let array = strip_conversions(f, *base);
            if !matches!(f[f.defining_instr(array)?].kind, InstrKind::Alloc { .. }) {
                return None;
            }
            let highest = f[array]
                .referrers()
                .iter()
                .filter_map(|&u| match &f[u].kind {
                    InstrKind::IndexAddr { base, index } if *base == array => {
                        match f[strip_conversions(f, *index)].def {
                            ValueDef::Const(ConstValue::Int(i)) => Some(i),
                            _ => None,
                        }
                    }
                    _ => None,
                })
                .max();
            Some(highest.map_or(0, |i| i + 1))
        }
        _ => None,
    }
}
