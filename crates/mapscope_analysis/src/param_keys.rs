//! The constants a function's parameter takes at every call the module makes: the keys a
//! registry's `AddGroup(name)` creates inner maps under, when every caller spells them out.
//!
//! A creation of an inner map under a parameter (`g.members[name] = map[string]bool{}`) covers
//! whatever keys the callers pass. When every call of the function in the module passes a
//! constant (or a parameter of a caller whose calls do, a few levels up) and no code can call
//! it where the module does not see (a function value, an interface, an importer), those
//! constants are all the keys it creates, and nested-map-write can tell a constant key no
//! creation covers.

use crate::module::Module;
use crate::nilness::strip_conversions;
use mapscope_ssa::{Callee, ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId};
use rustc_hash::{FxHashMap, FxHashSet};

/// How many callers up a parameter passed on as an argument is followed.
const MAX_CALLER_DEPTH: usize = 3;

/// Every call in the module, by callee: the caller's index and the call; and the functions
/// that may be called where the module does not show it.
#[derive(Debug, Default)]
pub struct CallIndex {
    calls: FxHashMap<usize, Vec<(usize, InstrId)>>,
    unseen: FxHashSet<usize>,
}

impl CallIndex {
    /// Scans every function of `module` once.
    pub fn new(module: &Module<'_>) -> CallIndex {
        let mut index = CallIndex::default();
        // Methods called through interfaces, by name: which calls reach them is not worked
        // out here (it is costly over a whole module), so they count as called unseen.
        let mut invoked: FxHashSet<&str> = FxHashSet::default();
        for (caller, mf) in module.functions.iter().enumerate() {
            let f = mf.function;
            for block in f.block_ids() {
                for &i in f[block].instrs() {
                    let kind = &f[i].kind;
                    if let InstrKind::Call { call }
                    | InstrKind::Go { call }
                    | InstrKind::Defer { call } = kind
                    {
                        if let Callee::Invoke { method, .. } = &call.callee {
                            invoked.insert(method);
                        } else if let Some(targets) = module.resolve(f, call) {
                            for &callee in &targets.callees {
                                index.calls.entry(callee).or_default().push((caller, i));
                            }
                        }
                        // A function passed as a value runs where the module cannot see.
                        for &a in &call.args {
                            index.note_value(module, f, a);
                        }
                        continue;
                    }
                    kind.for_each_operand(|v| index.note_value(module, f, v));
                }
            }
        }
        for (callee, mf) in module.functions.iter().enumerate() {
            let f = mf.function;
            let Some(short) = f.name.rsplit(['.', ')']).next() else { continue };
            let exported = short.chars().next().is_some_and(char::is_uppercase);
            // An importer may call an exported function or method of a library package; a
            // function literal runs wherever its value goes. A method that satisfies an
            // interface declared outside the module is called by code the module does not
            // show, but its receiver's map fields then reach an interface, which the field
            // facts already count as filling them, and a function the module never calls
            // gives no constants at all.
            let method = f.name.starts_with('(');
            if (exported && !module.is_command(mf.unit))
                || f.name.contains('$')
                || (method && invoked.contains(short))
            {
                index.unseen.insert(callee);
            }
        }
        index
    }

    /// The calls of `function` the module makes, as its caller's index and the call; `None`
    /// when code the module does not show may call it too.
    pub fn seen_calls(&self, function: usize) -> Option<&[(usize, InstrId)]> {
        if self.unseen.contains(&function) {
            return None;
        }
        Some(self.calls_of(function))
    }

    /// The calls of `function` the module makes, whether or not code it does not show calls it
    /// too.
    pub fn calls_of(&self, function: usize) -> &[(usize, InstrId)] {
        self.calls.get(&function).map_or(&[], Vec::as_slice)
    }

    /// Marks the function `v` names, when it is one, as called where the module cannot see.
    fn note_value(&mut self, module: &Module<'_>, f: &Function, v: ValueId) {
        if let ValueDef::Function { name } = &f[v].def {
            let name = name.strip_suffix("$bound").unwrap_or(name);
            if let Some(index) = module.lookup(name) {
                self.unseen.insert(index);
            }
        }
    }

    /// The constants parameter `param` of function `function` takes at every call, `None` when
    /// some call may pass anything else.
    pub fn constant_arguments(
        &self,
        module: &Module<'_>,
        function: usize,
        param: u32,
    ) -> Option<Vec<ConstValue>> {
        let mut out = Vec::new();
        let mut visiting = FxHashSet::default();
        self.collect(module, function, param, 0, &mut visiting, &mut out).then_some(out)
    }

    fn collect(
        &self,
        module: &Module<'_>,
        function: usize,
        param: u32,
        depth: usize,
        visiting: &mut FxHashSet<(usize, u32)>,
        out: &mut Vec<ConstValue>,
    ) -> bool {
        if depth > MAX_CALLER_DEPTH || self.unseen.contains(&function) {
            return false;
        }
        if !visiting.insert((function, param)) {
            // A recursive call passes on what an outer call passed.
            return true;
        }
        // A function the module never calls is called by code it does not show, if at all.
        let Some(calls) = self.calls.get(&function) else { return false };
        for &(caller, call) in calls {
            let g = module.functions[caller].function;
            let (InstrKind::Call { call } | InstrKind::Go { call } | InstrKind::Defer { call }) =
                &g[call].kind
            else {
                return false;
            };
            let Some(targets) = module.resolve(g, call) else { return false };
            let Some(&arg) = targets.args.get(param as usize) else { return false };
            match &g[strip_conversions(g, arg)].def {
                ValueDef::Const(c) if !matches!(c, ConstValue::Zero | ConstValue::Nil) => {
                    if !out.contains(c) {
                        out.push(c.clone());
                    }
                }
                ValueDef::Param { index, .. } => {
                    if !self.collect(module, caller, *index, depth + 1, visiting, out) {
                        return false;
                    }
                }
                _ => return false,
            }
        }
        true
    }
}
