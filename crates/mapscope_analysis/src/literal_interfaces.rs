//! The struct pointers a slice literal of interfaces boxes (`[]Exporter{&JSONLines{...},
//! &CSV{Base: Base{name: "csv"}}}`), read by a loop over every element that calls methods on
//! each: which method each concrete type runs (its own, or one promoted from an embedded
//! struct, whose receiver is that field), and so which field path of the literal a write of
//! the method the loop reaches is.
//!
//! An interface call otherwise resolves to the module's methods of its name, all of them
//! agreeing, and the receiver a promoted method gets is not the boxed pointer but its embedded
//! field: an outer type's own `Init` that shadows the embedded base's, and does not make the
//! base's map, leaves it nil for a promoted `SetMeta`.

use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{Callee, Function, InstrId, InstrKind, ValueId};
use mapscope_types::types::{Type, TypeId, TypeView};

use crate::key_values::{element_stores, precedes};
use crate::nilness::{Context, ELEMENT, Location, Root, strip_conversions};

/// For the interface call `at` (whose receiver `interface` is read from an element of a slice
/// literal, in a loop over every element that reaches `at` on every turn), of a method that
/// resolves to one function of the module: the places, one per element whose concrete type
/// runs that function (itself or promoted), that the function's receiver field path `fields`
/// is in the boxed struct literal, with the `MakeInterface` boxing it, when no call through
/// `interface` that may run before `at` on the turn (each resolved for that concrete type) can
/// store into the place or let it escape.
pub fn boxed_element_places(
    cx: Context<'_>,
    function: usize,
    f: &Function,
    interface: ValueId,
    fields: &[u32],
    at: InstrId,
) -> Option<Vec<(Location, InstrId)>> {
    let module = cx.module;
    let interface = strip_conversions(f, interface);
    let InstrKind::Call { call } = &f[at].kind else { return None };
    let Callee::Invoke { receiver, method } = &call.callee else { return None };
    if strip_conversions(f, *receiver) != interface || fields.contains(&ELEMENT) {
        return None;
    }
    let targets = module.resolve(f, call)?;
    let [writer] = targets.callees[..] else { return None };
    let load = f.defining_instr(interface)?;
    let (_, slice) = crate::literal_pointers::walked_element(f, load, f[at].block()?)?;
    // The interface goes only to method calls on it.
    let invokes: Vec<InstrId> = f[interface]
        .referrers()
        .iter()
        .map(|&u| match &f[u].kind {
            InstrKind::Call { call: c } => match &c.callee {
                Callee::Invoke { receiver: r, .. }
                    if strip_conversions(f, *r) == interface
                        && !c.args.iter().any(|&a| strip_conversions(f, a) == interface) =>
                {
                    Some(u)
                }
                _ => None,
            },
            _ => None,
        })
        .collect::<Option<_>>()?;
    let dominators = DomTree::new(f);
    let earlier: Vec<InstrId> =
        invokes.into_iter().filter(|&u| u != at && !precedes(f, &dominators, at, u)).collect();
    let mut out = Vec::new();
    for (path, store, stored) in element_stores(f, slice)? {
        if !path.is_empty() {
            return None;
        }
        let boxing = f.defining_instr(strip_conversions(f, stored))?;
        let InstrKind::MakeInterface { x } = &f[boxing].kind else { return None };
        let alloc = f.defining_instr(strip_conversions(f, *x))?;
        // A struct literal whose address goes only into its own fields, before it is boxed
        // (the search looks back from the box), and into this box.
        let pointer = f[alloc].result()?;
        let only_boxed = matches!(f[alloc].kind, InstrKind::Alloc { .. })
            && f[pointer].referrers().iter().all(|&u| {
                u == boxing
                    || matches!(f[u].kind, InstrKind::FieldAddr { .. })
                        && f[u].result().is_some_and(|a| {
                            f[a].referrers().iter().all(|&s| precedes(f, &dominators, s, boxing))
                        })
            })
            && f[boxing].result().is_some_and(|b| f[b].referrers() == [store]);
        if !only_boxed {
            return None;
        }
        let concrete = crate::concrete_types::type_name(module, function, pointer)?;
        let elem = pointee(cx, function, f, alloc)?;
        // The function this type runs for `method`, and the path of its receiver inside the
        // struct; another function writes something else.
        let (runs, prefix) = method_of(cx, &concrete, elem, method)?;
        if runs != writer {
            continue;
        }
        let mut place = prefix.clone();
        place.extend_from_slice(fields);
        let filled = earlier.iter().try_fold(false, |filled, &u| {
            let InstrKind::Call { call: c } = &f[u].kind else { return None };
            let Callee::Invoke { method: m, .. } = &c.callee else { return None };
            let (callee, at_path) = method_of(cx, &concrete, elem, m)?;
            let summary = cx.summaries.get(callee)?;
            let touches = place.strip_prefix(at_path.as_slice()).is_some_and(|rest| {
                summary.initialises_field(0, rest)
                    || summary.may_store(0, rest)
                    || summary.lets_escape(0, rest)
            });
            Some(filled || touches)
        })?;
        if !filled {
            out.push((Location { root: Root::Alloc(alloc), fields: place }, boxing));
        }
    }
    Some(out)
}

/// The module function that type `concrete` (a pointer to struct type `elem`, as the program
/// spells it) runs for `method`, and the field path of its receiver inside the struct: its own
/// method, or the method of a struct embedded by value (one level deep) that it promotes.
fn method_of(
    cx: Context<'_>,
    concrete: &str,
    elem: TypeId,
    method: &str,
) -> Option<(usize, Vec<u32>)> {
    let module = cx.module;
    let own = |ty: &str| {
        module
            .lookup(&format!("(*{ty}).{method}"))
            .or_else(|| module.lookup(&format!("({ty}).{method}")))
    };
    if let Some(index) = own(concrete.strip_prefix('*')?) {
        return Some((index, Vec::new()));
    }
    let mut found = None;
    for (index, embedded) in embedded_fields(cx, elem)?.into_iter().enumerate() {
        let Some(embedded) = embedded else { continue };
        if let Some(callee) = own(&embedded) {
            // Two embedded fields with the method: Go rejects the call.
            if found.is_some() {
                return None;
            }
            found = Some((callee, vec![index as u32]));
        }
    }
    found
}

/// The struct type that `alloc` (an `Alloc` of `f`, the module's function `function`)
/// allocates.
fn pointee(cx: Context<'_>, function: usize, f: &Function, alloc: InstrId) -> Option<TypeId> {
    let program = cx.module.program;
    let ty = f[f[alloc].result()?].ty;
    if ty.arena as usize <= program.units.len() {
        let mut types = program.types();
        let under = mapscope_types::query::underlying(&mut types, ty);
        if let &Type::Pointer(elem) = types.ty(under) {
            return Some(elem);
        }
    }
    let me = &cx.module.functions[function];
    me.fields.alloc_elem(me.index_in_unit, alloc)
}

/// Per field of struct type `elem`, the type name of a field embedded by value.
fn embedded_fields(cx: Context<'_>, elem: TypeId) -> Option<Vec<Option<String>>> {
    let program = cx.module.program;
    let known = |ty: TypeId| ty.arena as usize <= program.units.len();
    if !known(elem) {
        return None;
    }
    let mut types = program.types();
    let under = mapscope_types::query::underlying(&mut types, elem);
    let Type::Struct(fields) = types.ty(under) else { return None };
    let fields = fields.clone();
    Some(
        fields
            .iter()
            .map(|field| {
                let by_value = field.embedded
                    && known(field.ty)
                    && !matches!(types.ty(field.ty), Type::Pointer(_));
                by_value.then(|| program.type_string(field.ty))
            })
            .collect(),
    )
}
