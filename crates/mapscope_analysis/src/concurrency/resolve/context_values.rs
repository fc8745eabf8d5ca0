//! Values carried by a `context.Context`: what `ctx.Value(key)` returns, traced back to the
//! `context.WithValue` that stored it, through derived contexts and `http.Request`s.
//!
//! A middleware that puts a map into the request's context hands that map to every handler
//! below it; the map is shared by requests when the middleware made it once.

use super::{Context, MAX_DEPTH, Obj, Resolver, static_callee_name};
use mapscope_ssa::{CallCommon, Callee, ConstValue, Function, InstrKind, ValueDef, ValueId};
use std::rc::Rc;

/// Functions that derive a context from their first argument, keeping its values.
pub(crate) const DERIVED: [&str; 7] = [
    "context.WithCancel",
    "context.WithCancelCause",
    "context.WithDeadline",
    "context.WithDeadlineCause",
    "context.WithTimeout",
    "context.WithTimeoutCause",
    "context.WithoutCancel",
];

/// One search for a context's value: the depth of the object resolution that asked (where the
/// value found is resolved), and the context variables being followed.
struct Search {
    outer_depth: usize,
    seen: Vec<(usize, ValueId)>,
}

/// A context key as the code spells it: the key's type before it became an `any`, and its
/// value when it is a constant (`"user"`).
#[derive(PartialEq, Eq, Debug)]
struct Key {
    ty: String,
    constant: Option<String>,
}

impl Resolver<'_> {
    /// For `ctx.Value(key)` (an invoke of `Value` on a `context.Context`): the object the
    /// `context.WithValue` that stored `key` in `ctx` stored, when one is found.
    pub(super) fn context_value(
        &self,
        call: &CallCommon,
        cx: &Rc<Context>,
        depth: usize,
    ) -> Option<Obj> {
        let Callee::Invoke { receiver, method } = &call.callee else { return None };
        let f = &self.functions[cx.func];
        if &**method != "Value" || self.types.type_string(f[*receiver].ty) != "context.Context" {
            return None;
        }
        let key = self.key(f, *call.args.first()?);
        let mut search = Search { outer_depth: depth + 1, seen: Vec::new() };
        self.stored_value(*receiver, &key, cx, 0, &mut search)
    }

    fn key(&self, f: &Function, arg: ValueId) -> Key {
        let value = strip_interface(f, arg);
        let constant = match &f[value].def {
            ValueDef::Const(c @ (ConstValue::String(_) | ConstValue::Int(_))) => {
                Some(format!("{c:?}"))
            }
            _ => None,
        };
        Key { ty: self.types.type_string(f[value].ty), constant }
    }

    /// What the context `ctx` (or the context of the request `ctx`) holds for `key`, `depth`
    /// steps into the search. A context variable reassigned from itself (`ctx = derive(ctx)`)
    /// holds what it held.
    fn stored_value(
        &self,
        ctx: ValueId,
        key: &Key,
        cx: &Rc<Context>,
        depth: usize,
        search: &mut Search,
    ) -> Option<Obj> {
        if self.too_deep(depth) {
            return None;
        }
        let f = &self.functions[cx.func];
        match &f.get_value(ctx)?.def {
            def @ (ValueDef::Param { .. } | ValueDef::FreeVar { .. }) => {
                let b = cx.binding(def)?;
                self.stored_value(b.value, key, &b.cx, depth + 1, search)
            }
            ValueDef::Result { instr, .. } if matches!(f[*instr].kind, InstrKind::Load { .. }) => {
                let InstrKind::Load { addr } = f[*instr].kind else { return None };
                self.variable_value(addr, key, cx, depth, search)
            }
            ValueDef::Result { instr, index } => {
                let InstrKind::Call { call } = &f[*instr].kind else { return None };
                let name = static_callee_name(f, call)?;
                // `g, ctx := errgroup.WithContext(parent)`.
                if (name, *index) == ("golang.org/x/sync/errgroup.WithContext", 1) {
                    return self.stored_value(*call.args.first()?, key, cx, depth + 1, search);
                }
                if *index != 0 {
                    return None;
                }
                if name == "context.WithValue" {
                    let [parent, k, v] = call.args[..] else { return None };
                    if self.key(f, k) == *key {
                        return self.object_at(strip_interface(f, v), cx, search.outer_depth);
                    }
                    return self.stored_value(parent, key, cx, depth + 1, search);
                }
                if DERIVED.contains(&name) {
                    return self.stored_value(*call.args.first()?, key, cx, depth + 1, search);
                }
                // A request holds its context's values: `r.Context()` of `r.WithContext(ctx)`.
                if name == "(*net/http.Request).Context" {
                    return self.stored_value(*call.args.first()?, key, cx, depth + 1, search);
                }
                if name == "(*net/http.Request).WithContext" || name == "(*net/http.Request).Clone"
                {
                    return self.stored_value(*call.args.get(1)?, key, cx, depth + 1, search);
                }
                // A function of the unit that returns a context (`WithSpan(ctx, s)`): what
                // every return agrees on, in the call's context.
                let Callee::Static(callee) = call.callee else { return None };
                let callee = self.static_callee(callee, cx)?;
                let callee_cx = Context::for_call(callee, &call.args, cx);
                let g = &self.functions[callee];
                let mut agreed: Option<Obj> = None;
                for block in g.block_ids() {
                    let Some(&last) = g[block].instrs().last() else { continue };
                    if let InstrKind::Return { results } = &g[last].kind {
                        let value = *results.first()?;
                        let obj = self.stored_value(value, key, &callee_cx, depth + 1, search)?;
                        if agreed.as_ref().is_some_and(|a| *a != obj) {
                            return None;
                        }
                        agreed = Some(obj);
                    }
                }
                agreed
            }
            _ => None,
        }
    }

    /// What the context variable at `addr` holds for `key`: what every value stored into it
    /// agrees on, leaving out stores derived from the variable itself.
    fn variable_value(
        &self,
        addr: ValueId,
        key: &Key,
        cx: &Rc<Context>,
        depth: usize,
        search: &mut Search,
    ) -> Option<Obj> {
        let (stores, owner_cx) = self.stores(addr, cx)?;
        let variable = (owner_cx.func, self.variable(addr, cx)?.0);
        if search.seen.contains(&variable) {
            return None;
        }
        search.seen.push(variable);
        let mut agreed: Option<Obj> = None;
        let mut found_all = true;
        for value in stores {
            let cycle_before = search.seen.len();
            match self.stored_value(value, key, &owner_cx, depth + 1, search) {
                Some(obj) if agreed.as_ref().is_none_or(|a| *a == obj) => agreed = Some(obj),
                Some(_) => found_all = false,
                // Derived from the variable itself: it adds nothing.
                None if self.derived_from(value, variable, &owner_cx) => {}
                None => found_all = false,
            }
            search.seen.truncate(cycle_before);
        }
        search.seen.pop();
        agreed.filter(|_| found_all)
    }

    /// Whether the context `value` is derived, through the functions that keep values, from a
    /// load of `variable`.
    fn derived_from(&self, value: ValueId, variable: (usize, ValueId), cx: &Rc<Context>) -> bool {
        let f = &self.functions[cx.func];
        let mut v = value;
        for _ in 0..MAX_DEPTH {
            let Some(instr) = f.defining_instr(v) else { return false };
            match &f[instr].kind {
                InstrKind::Load { addr } => {
                    return self.variable(*addr, cx).is_some_and(|(a, c)| (c.func, a) == variable);
                }
                InstrKind::Call { call } => {
                    let derives = static_callee_name(f, call).is_some_and(|n| {
                        DERIVED.contains(&n)
                            || n == "context.WithValue"
                            || n == "golang.org/x/sync/errgroup.WithContext"
                    });
                    match call.args.first() {
                        Some(&parent) if derives => v = parent,
                        _ => return false,
                    }
                }
                _ => return false,
            }
        }
        false
    }
}

/// The value before its conversion to an interface (`ctxKey{}` in `any(ctxKey{})`).
fn strip_interface(f: &Function, mut v: ValueId) -> ValueId {
    while let Some(InstrKind::MakeInterface { x }) = f.defining_instr(v).map(|i| &f[i].kind) {
        v = *x;
    }
    v
}
