//! A hand-written model of net/http's default transport and its `Clone`, whose source the
//! analysis does not build. `http.DefaultTransport` is declared as a `&Transport{...}` literal
//! without `TLSNextProto` (net/http/transport.go), and `(*Transport).Clone` copies that map into
//! the clone only when the original had one before the transport first set up HTTP/2
//! (`if !t.tlsNextProtoWasNil`), so the clone of the default transport has a nil
//! `TLSNextProto`, and registering an ALPN protocol in it panics.

use crate::models::static_callee_name;
use crate::module::Module;
use crate::nilness::strip_conversions;
use mapscope_ssa::{CallCommon, Function, InstrKind, ValueDef, ValueId};
use mapscope_types::types::TypeView;

/// go/ssa's name of the clone method.
const CLONE: &str = "(*net/http.Transport).Clone";
/// go/ssa's name of the default transport.
const DEFAULT_TRANSPORT: &str = "net/http.DefaultTransport";
/// The map field the clone copies only when it is set.
const NEXT_PROTO: &str = "TLSNextProto";

/// Whether `fields` (through a `*http.Transport` of type `ty`'s pointee) is its `TLSNextProto`.
fn next_proto(module: &Module<'_>, ty: mapscope_types::types::TypeId, fields: &[u32]) -> bool {
    let program = module.program;
    if ty.arena as usize > program.units.len() {
        return false;
    }
    let mut types = program.types();
    let under = mapscope_types::query::underlying(&mut types, ty);
    let mapscope_types::types::Type::Pointer(elem) = *types.ty(under) else { return false };
    crate::nilness::map_field_object(program, elem, fields)
        .is_some_and(|obj| &*program.obj(obj).name == NEXT_PROTO)
}

/// The receiver whose `TLSNextProto` the clone's `fields` copy, when `call` clones a transport
/// and `fields` is that map.
pub fn cloned_from(
    module: &Module<'_>,
    f: &Function,
    call: &CallCommon,
    fields: &[u32],
) -> Option<ValueId> {
    if static_callee_name(f, call) != Some(CLONE) {
        return None;
    }
    let &receiver = call.args.first()?;
    next_proto(module, f[receiver].ty, fields).then_some(receiver)
}

/// The default transport asserted to `*http.Transport` at `v` (`http.DefaultTransport.
/// (*http.Transport)`).
fn asserted_default(f: &Function, v: ValueId) -> bool {
    let Some(assert) = f.defining_instr(strip_conversions(f, v)) else { return false };
    let InstrKind::TypeAssert { x, .. } = &f[assert].kind else { return false };
    let Some(load) = f.defining_instr(strip_conversions(f, *x)) else { return false };
    let InstrKind::Load { addr } = &f[load].kind else { return false };
    is_default(f, *addr)
}

/// Whether `addr` is the address of the default transport variable.
fn is_default(f: &Function, addr: ValueId) -> bool {
    matches!(&f[addr].def, ValueDef::Global { name } if &**name == DEFAULT_TRANSPORT)
}

/// Whether some function of the program `unit` is linked into (its command's packages, or the
/// whole module for a library package) may set the default transport's `TLSNextProto`: it
/// stores into the variable, or hands its asserted pointer to anything but `Clone` and field
/// reads (`http2.ConfigureTransport(t)`, `t.TLSNextProto = m`).
fn default_touched(module: &Module<'_>, unit: usize) -> bool {
    let linked = module.command_units(unit);
    module.functions.iter().any(|other| {
        if linked.as_ref().is_some_and(|units| !units.contains(&other.unit)) {
            return false;
        }
        let g = other.function;
        g.block_ids().any(|b| {
            g[b].instrs().iter().any(|&i| match &g[i].kind {
                InstrKind::Store { addr, .. } => is_default(g, *addr),
                InstrKind::TypeAssert { .. } => {
                    let Some(result) = g[i].result() else { return false };
                    asserted_default(g, result)
                        && g[result].referrers().iter().any(|&u| match &g[u].kind {
                            InstrKind::Call { call } => static_callee_name(g, call) != Some(CLONE),
                            InstrKind::FieldAddr { .. } => g[u].result().is_none_or(|a| {
                                g[a].referrers()
                                    .iter()
                                    .any(|&r| !matches!(g[r].kind, InstrKind::Load { .. }))
                            }),
                            _ => true,
                        })
                }
                _ => false,
            })
        })
    })
}

/// Whether `arg` is `http.DefaultTransport.(*http.Transport)` and `fields` its `TLSNextProto`,
/// which nothing in the program it is linked into may set.
pub fn default_without_next_proto(
    module: &Module<'_>,
    f: &Function,
    arg: ValueId,
    fields: &[u32],
) -> bool {
    let Some(unit) = module.lookup(&f.name).map(|me| module.functions[me].unit) else {
        return false;
    };
    asserted_default(f, arg)
        && next_proto(module, f[strip_conversions(f, arg)].ty, fields)
        && !default_touched(module, unit)
}
