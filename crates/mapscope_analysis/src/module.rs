//! The functions of the main module, indexed by their go/ssa names, with the file each comes
//! from, the resolution of calls to the functions that may run, and the strongly connected
//! components of the call graph in the order summaries are computed (callees first).

use crate::fields::FieldTable;
use crate::summary::Site;
use mapscope_ssa::{
    CallCommon, Callee, Function, InstrId, InstrKind, ProgramTypeInfo, ValueDef, ValueId,
};
use mapscope_syntax::File;
use mapscope_syntax::ast::Decl;
use mapscope_types::Program;
use mapscope_types::check::FileInfo;
use mapscope_types::types::ObjId;
use rustc_hash::{FxHashMap, FxHashSet};

/// One built unit: its index in the program, its functions, as `build_unit` returned them, and
/// their [`FieldTable`], made with the same `ProgramTypeInfo`.
#[derive(Debug)]
pub struct BuiltUnit<'a> {
    pub unit: usize,
    pub functions: &'a [Function],
    pub fields: &'a FieldTable,
}

/// A unit's IR as the analysis needs it: its functions and their field table, both made with
/// one `ProgramTypeInfo`.
#[derive(Debug)]
pub struct UnitIr {
    pub unit: usize,
    pub functions: Vec<Function>,
    pub fields: FieldTable,
    /// The pointer types the builder derived for the unit's values
    /// ([`ProgramTypeInfo::with_derived`] answers for them later).
    pub derived_pointers: Vec<mapscope_types::types::TypeId>,
}

impl UnitIr {
    /// Builds `unit` of `program` with `types`.
    pub fn build<'p>(program: &'p Program, unit: usize, types: &'p ProgramTypeInfo<'p>) -> UnitIr {
        let functions = mapscope_ssa::build::build_unit(program, unit, types);
        let fields = FieldTable::new(&functions, types);
        UnitIr { unit, functions, fields, derived_pointers: types.derived_pointers() }
    }

    /// Type information that answers for this unit's values, derived pointer types included.
    pub fn types<'p>(&self, program: &'p Program) -> ProgramTypeInfo<'p> {
        ProgramTypeInfo::with_derived(program, self.derived_pointers.clone())
    }

    pub fn as_built(&self) -> BuiltUnit<'_> {
        BuiltUnit { unit: self.unit, functions: &self.functions, fields: &self.fields }
    }
}

/// A function of the module, with the source it was lowered from.
#[derive(Debug)]
pub struct ModuleFunction<'a> {
    pub function: &'a Function,
    pub unit: usize,
    pub file: &'a File,
    pub info: &'a FileInfo,
    /// The file as diagnostics print it.
    pub path: &'a str,
    /// The unit's field table, and the function's index in the unit for it.
    pub fields: &'a FieldTable,
    pub index_in_unit: usize,
}

/// Every function of the module and how calls resolve to them.
#[derive(Debug)]
pub struct Module<'a> {
    pub program: &'a Program,
    pub functions: Vec<ModuleFunction<'a>>,
    by_name: FxHashMap<&'a str, usize>,
    /// Methods by their bare name (`Put`), for calls through interfaces.
    methods: FxHashMap<&'a str, Vec<usize>>,
    /// The import paths of the module's packages.
    packages: rustc_hash::FxHashSet<&'a str>,
    /// The units whose package is `main`.
    commands: rustc_hash::FxHashSet<usize>,
    /// Package-level variables set only to `sync.OnceValue(f)` (or `OnceValues`), with `f`'s
    /// name: calling the variable runs `f` at most once and returns what it returned.
    once_values: FxHashMap<&'a str, &'a str>,
    /// Struct fields (by their field object) set only to `sync.OnceValue(f)`, with `f`'s name,
    /// as `once_values` for package-level variables.
    once_fields: FxHashMap<ObjId, &'a str>,
    /// Struct fields of function type (hooks: `c.OnEvict`) that the module sets only to its
    /// own functions and function literals (or nil), with their names.
    hook_fields: FxHashMap<ObjId, Vec<&'a str>>,
    /// Package-level maps of functions set only to a literal, by name.
    tables: FxHashMap<&'a str, crate::dispatch_tables::Entries<'a>>,
    /// Functions whose every return makes a closure of one literal, with the literal's name.
    closure_factories: FxHashMap<&'a str, &'a str>,
    /// Every call the module makes, by callee; built on first use.
    call_index: std::sync::OnceLock<crate::param_keys::CallIndex>,
    /// Package-level variables of function type set only to functions (`var onError =
    /// func(...) { log.Fatalf(...) }`), with their names.
    global_functions: FxHashMap<&'a str, Vec<&'a str>>,
    /// The blocks of each function that never hand control on; built on first use.
    stopping: std::sync::OnceLock<crate::concurrency::stops::Stopping>,
    /// What the module stores into its struct-valued fields; built on first use.
    embedded_stores: std::sync::OnceLock<crate::embedded_unset::EmbeddedStores>,
    /// Which functions write nothing their callers could read again; built on first use.
    write_free: std::sync::OnceLock<crate::write_free::WriteFree>,
    /// The map fields only a Once's function makes, with their nil stores; built on first use.
    once_made_fields: std::sync::OnceLock<crate::once_resets::OnceMadeFields>,
    /// The map-of-maps fields whose inner maps only a struct's Once creates, per key of the
    /// first call; built on first use.
    once_keyed_fields: std::sync::OnceLock<crate::once_keyed::OnceKeyedFields>,
    /// The slice-of-maps fields a `clear` zeroes; built on first use.
    cleared_slots: std::sync::OnceLock<crate::cleared_slots::ClearedSlots>,
    /// The types whose `UnmarshalJSON` replaces the value ([`crate::fresh_decoders`]).
    fresh_decoders: std::sync::OnceLock<crate::fresh_decoders::FreshDecoders>,
    /// The units each command imports, directly or not; built on first use.
    command_imports: std::sync::OnceLock<FxHashMap<usize, rustc_hash::FxHashSet<usize>>>,
    /// Package-level variables stored once, by the package initializer, and otherwise only
    /// loaded: one value from start-up on (a context key made by a constructor).
    init_once_globals: rustc_hash::FxHashSet<&'a str>,
}

/// The functions a call may run and the arguments each receives, in parameter order (a bound
/// method's receiver and an interface call's receiver first).
#[derive(Debug)]
pub struct CallTargets {
    pub callees: Vec<usize>,
    pub args: Vec<ValueId>,
}

impl<'a> Module<'a> {
    /// Indexes the functions of `units`; functions whose file cannot be found (the package
    /// initializer, whose code comes from every file) are left out.
    pub fn new(program: &'a Program, units: &[BuiltUnit<'a>]) -> Module<'a> {
        let mut module = Module {
            program,
            functions: Vec::new(),
            by_name: FxHashMap::default(),
            methods: FxHashMap::default(),
            packages: units.iter().map(|u| program.loaded.units[u.unit].path.as_str()).collect(),
            commands: rustc_hash::FxHashSet::default(),
            once_values: once_values(units),
            init_once_globals: init_once_globals(units),
            once_fields: once_fields(units),
            hook_fields: hook_fields(units),
            tables: crate::dispatch_tables::tables(units),
            closure_factories: crate::closure_factories::factories(units),
            call_index: std::sync::OnceLock::new(),
            global_functions: global_functions(units),
            stopping: std::sync::OnceLock::new(),
            embedded_stores: std::sync::OnceLock::new(),
            write_free: std::sync::OnceLock::new(),
            once_made_fields: std::sync::OnceLock::new(),
            once_keyed_fields: std::sync::OnceLock::new(),
            cleared_slots: std::sync::OnceLock::new(),
            fresh_decoders: std::sync::OnceLock::new(),
            command_imports: std::sync::OnceLock::new(),
        };
        for built in units {
            for (index_in_unit, function, (file, info, path)) in
                files_of(program, built.unit, built.functions)
            {
                let index = module.functions.len();
                if file.names.get(file.name.name) == "main" {
                    module.commands.insert(built.unit);
                }
                module.by_name.insert(&function.name, index);
                if let Some(method) = method_name(&function.name) {
                    module.methods.entry(method).or_default().push(index);
                }
                module.functions.push(ModuleFunction {
                    function,
                    unit: built.unit,
                    file,
                    info,
                    path,
                    fields: built.fields,
                    index_in_unit,
                });
            }
        }
        module
    }

    /// Whether unit `unit` is a `main` package: nothing can import it.
    pub fn is_command(&self, unit: usize) -> bool {
        self.commands.contains(&unit)
    }

    /// The index of the function named `name` (go/ssa's `Function.String()`).
    pub fn lookup(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    /// Every call the module makes, by callee ([`crate::param_keys::CallIndex`]), indexed once.
    pub fn call_index(&self) -> &crate::param_keys::CallIndex {
        self.call_index.get_or_init(|| crate::param_keys::CallIndex::new(self))
    }

    /// The calls of function `me` the module makes, as the caller's index, the call and the
    /// argument passed for parameter `param` (`None` for a call that may run another function
    /// too); `None` when code the module does not show may call `me`.
    pub fn arguments_for(
        &self,
        me: usize,
        param: u32,
    ) -> Option<Vec<(usize, InstrId, Option<ValueId>)>> {
        let calls = self.call_index().seen_calls(me)?;
        let argument = |caller: usize, call: InstrId| {
            let g = self.functions[caller].function;
            let InstrKind::Call { call: common } = &g[call].kind else { return None };
            let targets = self.resolve(g, common)?;
            if targets.callees != [me] {
                return None;
            }
            targets.args.get(param as usize).copied()
        };
        Some(calls.iter().map(|&(caller, call)| (caller, call, argument(caller, call))).collect())
    }

    /// Whether control never leaves `block` of `f`: it calls a function that never returns,
    /// the standard library's (`log.Fatal`, `os.Exit`, `t.FailNow`) or the module's own (a
    /// `fatal(msg)` helper, also one called through a package-level function variable).
    pub fn never_returns(&self, f: &Function, block: mapscope_ssa::BlockId) -> bool {
        match self.lookup(&f.name) {
            Some(index) => self.stopping().stops(index, block),
            None => crate::models::never_returns(f, block),
        }
    }

    fn stopping(&self) -> &crate::concurrency::stops::Stopping {
        self.stopping.get_or_init(|| {
            let functions: Vec<&Function> = self.functions.iter().map(|m| m.function).collect();
            crate::concurrency::stops::Stopping::with_callees(&functions, |f, call| {
                match &call.callee {
                    Callee::Static(v) => {
                        let ValueDef::Function { name } = &f[*v].def else { return None };
                        Some(vec![self.lookup(name)?])
                    }
                    Callee::Dynamic(v) => {
                        let InstrKind::Load { addr } = &f[f.defining_instr(*v)?].kind else {
                            return None;
                        };
                        let ValueDef::Global { name } = &f[*addr].def else { return None };
                        let stored = self.global_functions.get(&**name)?;
                        stored.iter().map(|n| self.lookup(n)).collect()
                    }
                    _ => None,
                }
            })
        })
    }

    /// The stores into the module's struct-valued fields ([`crate::embedded_unset`]), scanned
    /// once.
    pub fn embedded_stores(&self) -> &crate::embedded_unset::EmbeddedStores {
        self.embedded_stores.get_or_init(|| crate::embedded_unset::EmbeddedStores::new(self))
    }

    /// Whether some function of the module calls function `first` and then function `then`:
    /// with `dominating`, the first call comes before the second on every path to it; without,
    /// some path leads from the first to the second (round a loop, too).
    pub fn calls_in_order(&self, first: usize, then: usize, dominating: bool) -> bool {
        let calls = self.call_index();
        let (firsts, thens) = (calls.calls_of(first), calls.calls_of(then));
        firsts.iter().any(|&(caller, a)| {
            let g = self.functions[caller].function;
            // A deferred (or started) call runs later than where it stands.
            if !matches!(g[a].kind, InstrKind::Call { .. }) {
                return false;
            }
            let mut dominators = None;
            thens.iter().any(|&(other, b)| {
                other == caller
                    && if dominating {
                        let dominators =
                            dominators.get_or_insert_with(|| mapscope_ssa::dom::DomTree::new(g));
                        crate::key_values::precedes(g, dominators, a, b)
                    } else {
                        crate::key_values::instr_reaches(g, a, b)
                    }
            })
        })
    }

    /// The slice-of-maps fields a `clear` zeroes ([`crate::cleared_slots`]).
    pub fn cleared_slots(&self) -> &crate::cleared_slots::ClearedSlots {
        self.cleared_slots.get_or_init(|| crate::cleared_slots::ClearedSlots::new(self))
    }

    /// The types whose `UnmarshalJSON` decodes into a fresh value and stores it over the
    /// receiver ([`crate::fresh_decoders`]).
    pub fn fresh_decoders(&self) -> &crate::fresh_decoders::FreshDecoders {
        self.fresh_decoders.get_or_init(|| crate::fresh_decoders::FreshDecoders::new(self))
    }

    /// The map-of-maps fields whose every inner map a struct's Once creates
    /// ([`crate::once_keyed`]).
    pub fn once_keyed_fields(&self) -> &crate::once_keyed::OnceKeyedFields {
        self.once_keyed_fields.get_or_init(|| crate::once_keyed::OnceKeyedFields::new(self))
    }

    /// The map fields only a Once's function makes ([`crate::once_resets`]).
    pub fn once_made_fields(&self) -> &crate::once_resets::OnceMadeFields {
        self.once_made_fields.get_or_init(|| crate::once_resets::OnceMadeFields::new(self))
    }

    /// Whether `call` in `f` runs only code that writes nothing `f` could read again
    /// ([`crate::write_free`]).
    pub fn call_writes_nothing(&self, f: &Function, call: &CallCommon) -> bool {
        self.write_free
            .get_or_init(|| crate::write_free::WriteFree::new(self))
            .call_writes_nothing(self, f, call)
    }

    /// Where `offset` of function `index`'s file is.
    pub fn site(&self, index: usize, offset: u32) -> Site {
        let f = &self.functions[index];
        let lc = f.file.line_col(offset);
        Site { path: f.path.to_string(), offset, line: lc.line, col: lc.col }
    }

    /// Whether the package-level variable `name` is stored once, by its package's initializer,
    /// and only loaded otherwise: the same value wherever it is loaded.
    pub fn set_once_at_init(&self, name: &str) -> bool {
        self.init_once_globals.contains(name)
    }

    /// The functions `call` in `f` may run, when the module has their source; `None` for calls
    /// to functions outside the module, to unknown function values and to builtins.
    pub fn resolve(&self, f: &Function, call: &CallCommon) -> Option<CallTargets> {
        match &call.callee {
            Callee::Static(v) => {
                let ValueDef::Function { name } = &f[*v].def else { return None };
                match self.lookup(name) {
                    Some(callee) => {
                        Some(CallTargets { callees: vec![callee], args: call.args.clone() })
                    }
                    // A library call that calls the argument's own method (json's
                    // `MarshalJSON`), when the module has it: that method, on the argument.
                    None => self.implicit_method(f, call, name),
                }
            }
            Callee::Dynamic(v) => {
                let instr = f.defining_instr(*v)?;
                if let InstrKind::Load { addr } = &f[instr].kind {
                    let function = match &f[*addr].def {
                        ValueDef::Global { name } => self.once_values.get(&**name)?,
                        // `r.hosts()` of a field set to `sync.OnceValue(load)`.
                        _ => {
                            let field_addr = f.defining_instr(*addr)?;
                            let me = &self.functions[self.lookup(&f.name)?];
                            let field = me.fields.selection(me.index_in_unit, field_addr)?;
                            if let Some(hooks) = self.hook_fields.get(&field) {
                                let callees =
                                    hooks.iter().map(|h| self.lookup(h)).collect::<Option<_>>()?;
                                return Some(CallTargets { callees, args: call.args.clone() });
                            }
                            self.once_fields.get(&field)?
                        }
                    };
                    return Some(CallTargets {
                        callees: vec![self.lookup(function)?],
                        args: call.args.clone(),
                    });
                }
                if let Some(entries) = crate::dispatch_tables::looked_up(&self.tables, f, *v) {
                    let callees = entries.iter().map(|e| self.lookup(e)).collect::<Option<_>>()?;
                    return Some(CallTargets { callees, args: call.args.clone() });
                }
                // `next := q.Puller(); next()`: the literal every return of `Puller` makes.
                if let InstrKind::Call { call: maker } = &f[instr].kind
                    && let Callee::Static(maker) = &maker.callee
                    && let ValueDef::Function { name } = &f[*maker].def
                {
                    let literal = self.closure_factories.get(&**name)?;
                    return Some(CallTargets {
                        callees: vec![self.lookup(literal)?],
                        args: call.args.clone(),
                    });
                }
                let InstrKind::MakeClosure { func, bindings } = &f[instr].kind else { return None };
                let ValueDef::Function { name } = &f[*func].def else { return None };
                match name.strip_suffix("$bound") {
                    // A method value: the receiver is bound, the arguments follow it.
                    Some(method) => {
                        let mut args = bindings.clone();
                        args.extend_from_slice(&call.args);
                        Some(CallTargets { callees: vec![self.lookup(method)?], args })
                    }
                    None => Some(CallTargets {
                        callees: vec![self.lookup(name)?],
                        args: call.args.clone(),
                    }),
                }
            }
            Callee::Invoke { receiver, method } => {
                // An interface declared outside the module (`http.ResponseWriter`) is mostly
                // implemented outside it too: the module's methods of that name (a test's
                // mock) are not what such a call runs.
                let interface = self.program.type_string(f[*receiver].ty);
                let package = interface.rsplit_once('.').map_or("", |(p, _)| p);
                if !package.is_empty() && !self.packages.contains(package) {
                    return None;
                }
                // Methods of that name taking the receiver and as many arguments, of a type
                // whose values can reach this call.
                let caller_unit = self.unit_of(f);
                let callees: Vec<usize> = self
                    .methods
                    .get(&**method)?
                    .iter()
                    .copied()
                    .filter(|&c| self.functions[c].function.params().len() == call.args.len() + 1)
                    .filter(|&c| self.may_implement(c, package, method, caller_unit))
                    .collect();
                let callees = crate::concrete_types::narrow(self, f, *receiver, callees);
                if callees.is_empty() {
                    return None;
                }
                // The concrete value inside the interface is the method's receiver.
                let concrete = f
                    .defining_instr(*receiver)
                    .and_then(|i| match &f[i].kind {
                        InstrKind::MakeInterface { x } => Some(*x),
                        _ => None,
                    })
                    .unwrap_or(*receiver);
                let mut args = vec![concrete];
                args.extend_from_slice(&call.args);
                Some(CallTargets { callees, args })
            }
            Callee::Builtin(_) => None,
        }
    }

    /// The module's method that library function `name` calls on its argument
    /// ([`crate::models::IMPLICIT_METHODS`]), with that argument as its receiver.
    fn implicit_method(&self, f: &Function, call: &CallCommon, name: &str) -> Option<CallTargets> {
        let &(_, arg, methods) =
            crate::models::IMPLICIT_METHODS.iter().find(|(n, ..)| n.contains(&name))?;
        let &value = call.args.get(arg)?;
        let InstrKind::MakeInterface { x } = &f[f.defining_instr(value)?].kind else { return None };
        let ty = crate::concrete_types::type_name(self, self.lookup(&f.name)?, *x)?;
        let callee = crate::models::receiver_method(&ty, methods, |name| self.lookup(name))?;
        Some(CallTargets { callees: vec![callee], args: vec![*x] })
    }

    /// The unit `f` was built in, when it is one of the module's functions.
    fn unit_of(&self, f: &Function) -> Option<usize> {
        self.lookup(&f.name).map(|i| self.functions[i].unit)
    }

    /// Whether method `callee` may be what an interface call of `method` runs, for an interface
    /// declared in package `interface_package`, in a function of `caller_unit`. Two Go rules
    /// narrow the candidates that share the name: an unexported method name belongs to its
    /// package, so only types of the interface's package implement it; and nothing imports a
    /// `main` package, so the values in a command's code have types of the packages it
    /// imports, directly or not, and a type declared in another command or in a package it
    /// does not import never reaches it. Without them, two commands of one module that declare
    /// the same type and method would see each other's writes.
    fn may_implement(
        &self,
        callee: usize,
        interface_package: &str,
        method: &str,
        caller_unit: Option<usize>,
    ) -> bool {
        let target = &self.functions[callee];
        let callee_package = self.program.loaded.units[target.unit].path.as_str();
        let exported = method.chars().next().is_some_and(char::is_uppercase);
        if !exported && !interface_package.is_empty() && callee_package != interface_package {
            return false;
        }
        match caller_unit {
            Some(caller) if caller != target.unit => {
                let caller_package = self.program.loaded.units[caller].path.as_str();
                if caller_package == callee_package {
                    return true;
                }
                // A command's values have the types of the packages it imports, directly or
                // not, and no other (a library package beside it in the module, another
                // command).
                if !self.commands.contains(&caller) {
                    return true;
                }
                let imports = self
                    .command_imports
                    .get_or_init(|| crate::command_imports::closures(self.program, &self.commands));
                imports.get(&caller).is_some_and(|units| units.contains(&target.unit))
            }
            _ => true,
        }
    }

    /// The units linked into one program with command `unit` (the command and the packages it
    /// imports, directly or not), or `None` when `unit` is no command: a library package may be
    /// linked with any package of the module.
    pub fn command_units(&self, unit: usize) -> Option<FxHashSet<usize>> {
        if !self.commands.contains(&unit) {
            return None;
        }
        let imports = self
            .command_imports
            .get_or_init(|| crate::command_imports::closures(self.program, &self.commands));
        let mut units = imports.get(&unit).cloned().unwrap_or_default();
        units.insert(unit);
        Some(units)
    }

    /// The strongly connected components of the call graph, callees before callers (Tarjan's
    /// algorithm, iterative, since call chains can be long).
    pub fn components(&self) -> Vec<Vec<usize>> {
        mapscope_ssa::scc::strongly_connected_components(&self.call_edges())
    }

    /// The call graph: for each function, the module functions its calls, `go` and `defer`
    /// statements may run, sorted.
    pub fn call_edges(&self) -> Vec<Vec<usize>> {
        self.functions.iter().map(|m| self.callees_of(m.function)).collect()
    }

    /// Whether a call running `from` may run module function `target`, through calls the
    /// module resolves (a function value or interface call it cannot resolve is not followed).
    pub fn reaches(&self, from: &[usize], target: usize) -> bool {
        let mut seen = FxHashSet::default();
        let mut stack: Vec<usize> = from.to_vec();
        while let Some(function) = stack.pop() {
            if function == target {
                return true;
            }
            if seen.insert(function) {
                stack.extend(self.callees_of(self.functions[function].function));
            }
        }
        false
    }

    fn callees_of(&self, f: &Function) -> Vec<usize> {
        let mut out = Vec::new();
        for block in f.block_ids() {
            for &i in f[block].instrs() {
                let call = match &f[i].kind {
                    InstrKind::Call { call }
                    | InstrKind::Go { call }
                    | InstrKind::Defer { call } => call,
                    _ => continue,
                };
                if let Some(targets) = self.resolve(f, call) {
                    out.extend(targets.callees);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// The package-level variables of `units` whose every store is of a function (or a function
/// literal capturing nothing), with the functions' names.
fn global_functions<'a>(units: &[BuiltUnit<'a>]) -> FxHashMap<&'a str, Vec<&'a str>> {
    let mut found: FxHashMap<&'a str, Option<Vec<&'a str>>> = FxHashMap::default();
    for f in units.iter().flat_map(|u| u.functions.iter()) {
        for block in f.block_ids() {
            for &i in f[block].instrs() {
                let InstrKind::Store { addr, value } = &f[i].kind else { continue };
                let ValueDef::Global { name: global } = &f[*addr].def else { continue };
                let function = match &f[*value].def {
                    ValueDef::Function { name } => Some(&**name),
                    _ => f.defining_instr(*value).and_then(|d| match &f[d].kind {
                        InstrKind::MakeClosure { func, bindings } if bindings.is_empty() => {
                            match &f[*func].def {
                                ValueDef::Function { name } => Some(&**name),
                                _ => None,
                            }
                        }
                        _ => None,
                    }),
                };
                let entry = found.entry(&**global).or_insert_with(|| Some(Vec::new()));
                match (entry.as_mut(), function) {
                    (Some(functions), Some(function)) => functions.push(function),
                    _ => *entry = None,
                }
            }
        }
    }
    found.into_iter().filter_map(|(global, functions)| Some((global, functions?))).collect()
}

/// The function-typed struct fields of `units` that some store sets to a function of the
/// module and every store sets to one (a function, a function literal with or without captured
/// variables, not a method value) or to nil, with the functions' names.
fn hook_fields<'a>(units: &[BuiltUnit<'a>]) -> FxHashMap<ObjId, Vec<&'a str>> {
    let mut found: FxHashMap<ObjId, Option<Vec<&'a str>>> = FxHashMap::default();
    for u in units {
        for (index, f) in u.functions.iter().enumerate() {
            for block in f.block_ids() {
                for &i in f[block].instrs() {
                    let InstrKind::Store { addr, value } = &f[i].kind else { continue };
                    let Some(field_addr) = f.defining_instr(*addr) else { continue };
                    let Some(field) = u.fields.selection(index, field_addr) else { continue };
                    let value = crate::nilness::strip_conversions(f, *value);
                    if crate::nilness::is_nil_constant(f, value) {
                        continue;
                    }
                    let function = match &f[value].def {
                        ValueDef::Function { name } => Some(&**name),
                        _ => f.defining_instr(value).and_then(|d| match &f[d].kind {
                            InstrKind::MakeClosure { func, .. } => match &f[*func].def {
                                ValueDef::Function { name } if !name.ends_with("$bound") => {
                                    Some(&**name)
                                }
                                _ => None,
                            },
                            _ => None,
                        }),
                    };
                    let entry = found.entry(field).or_insert_with(|| Some(Vec::new()));
                    match (entry.as_mut(), function) {
                        (Some(functions), Some(function)) => {
                            if !functions.contains(&function) {
                                functions.push(function);
                            }
                        }
                        _ => *entry = None,
                    }
                }
            }
        }
    }
    found
        .into_iter()
        .filter_map(|(field, functions)| Some((field, functions.filter(|f| !f.is_empty())?)))
        .collect()
}

/// The package-level variables of `units` that the package initializer (`pkg.init`, whose code
/// comes from the variables' declarations) stores into once and every other use only loads: an
/// `init` function the programmer wrote, or any other function, storing into one, or taking its
/// address for anything but a load (a field, a call), leaves it out.
fn init_once_globals<'a>(units: &[BuiltUnit<'a>]) -> rustc_hash::FxHashSet<&'a str> {
    let mut stores: FxHashMap<&'a str, Option<usize>> = FxHashMap::default();
    for f in units.iter().flat_map(|u| u.functions.iter()) {
        for block in f.block_ids() {
            for &i in f[block].instrs() {
                for used in f[i].kind.operands() {
                    let ValueDef::Global { name } = &f[used].def else { continue };
                    let entry = stores.entry(name).or_insert(Some(0));
                    match &f[i].kind {
                        InstrKind::Load { addr } if *addr == used => {}
                        InstrKind::Store { addr, value }
                            if *addr == used && *value != used && f.name.ends_with(".init") =>
                        {
                            *entry = entry.map(|n| n + 1);
                        }
                        _ => *entry = None,
                    }
                }
            }
        }
    }
    stores.into_iter().filter(|&(_, n)| n == Some(1)).map(|(name, _)| name).collect()
}

/// The package-level variables of `units` whose every store is of `sync.OnceValue(f)` or
/// `sync.OnceValues(f)` for a function (or function literal) `f`, with `f`'s name.
fn once_values<'a>(units: &[BuiltUnit<'a>]) -> FxHashMap<&'a str, &'a str> {
    let mut found: FxHashMap<&'a str, Option<&'a str>> = FxHashMap::default();
    for f in units.iter().flat_map(|u| u.functions.iter()) {
        for block in f.block_ids() {
            for &i in f[block].instrs() {
                let InstrKind::Store { addr, value } = &f[i].kind else { continue };
                let ValueDef::Global { name: global } = &f[*addr].def else { continue };
                let function = once_value_function(f, *value);
                let entry = found.entry(&**global).or_insert(function);
                if *entry != function {
                    *entry = None;
                }
            }
        }
    }
    found.into_iter().filter_map(|(global, function)| Some((global, function?))).collect()
}

/// The struct fields the module sets only to `sync.OnceValue(f)` of one `f`, by the type of the
/// pointer to the struct and the field.
fn once_fields<'a>(units: &[BuiltUnit<'a>]) -> FxHashMap<ObjId, &'a str> {
    let field_stores = || {
        units.iter().flat_map(|u| {
            u.functions.iter().enumerate().flat_map(move |(index, f)| {
                f.block_ids().flat_map(move |b| f[b].instrs().iter()).filter_map(move |&i| {
                    let InstrKind::Store { addr, value } = &f[i].kind else { return None };
                    let field_addr = f.defining_instr(*addr)?;
                    let field = u.fields.selection(index, field_addr)?;
                    Some((f, field, *value))
                })
            })
        })
    };
    // The fields some store fills with a `OnceValue`; then every store into them must.
    let mut found: FxHashMap<ObjId, Option<&'a str>> = FxHashMap::default();
    for (f, field, value) in field_stores() {
        if let Some(function) = once_value_function(f, value) {
            found.insert(field, Some(function));
        }
    }
    if found.is_empty() {
        return FxHashMap::default();
    }
    for (f, field, value) in field_stores() {
        if let Some(entry) = found.get_mut(&field) {
            if *entry != once_value_function(f, value) {
                *entry = None;
            }
        }
    }
    found.into_iter().filter_map(|(field, function)| Some((field, function?))).collect()
}

/// The function `value` runs when it is the result of `sync.OnceValue(f)` or
/// `sync.OnceValues(f)`.
fn once_value_function(f: &Function, value: ValueId) -> Option<&str> {
    let instr = f.defining_instr(value)?;
    let InstrKind::Call { call } = &f[instr].kind else { return None };
    let Callee::Static(callee) = &call.callee else { return None };
    let ValueDef::Function { name } = &f[*callee].def else { return None };
    let generic = name.split_once('[').map_or(&**name, |(g, _)| g);
    if !matches!(generic, "sync.OnceValue" | "sync.OnceValues") {
        return None;
    }
    let [arg] = call.args.as_slice() else { return None };
    let arg = match f.defining_instr(*arg).map(|d| &f[d].kind) {
        Some(InstrKind::MakeClosure { func, .. }) => *func,
        _ => *arg,
    };
    match &f[arg].def {
        ValueDef::Function { name } => Some(name),
        _ => None,
    }
}

/// The bare name of a method (`Put` of `(*example.com/m.T).Put`), `None` for functions.
fn method_name(name: &str) -> Option<&str> {
    if !name.starts_with('(') {
        return None;
    }
    let (_, method) = name.rsplit_once(").")?;
    (!method.contains('$')).then_some(method)
}

/// The functions of a unit paired with their file, its checker records and its printed path.
///
/// Declared functions come file by file in declaration order, so a declared function moves the
/// cursor. A function literal is in the file of the function that holds it (`f$1` in `f`'s),
/// wherever the builder put it: it emits a literal before the function that holds it, which may
/// be the first of the next file. Literals of package-level initializers, whose function names
/// no file, stay at the cursor.
pub(crate) fn files_of<'a>(
    program: &'a Program,
    unit: usize,
    functions: &'a [Function],
) -> Vec<(usize, &'a Function, (&'a File, &'a FileInfo, &'a str))> {
    let result = &program.units[unit];
    // The built files, in the order the builder walks them (a file without records is not built).
    let files: Vec<(&File, &FileInfo, &str)> = result
        .records
        .iter()
        .enumerate()
        .filter_map(|(index, (fid, _))| {
            let info = result.info.get(index)?;
            let source = &program.loaded.files[fid.0 as usize];
            Some((&source.ast, info, source.display.as_str()))
        })
        .collect();
    let is_declared =
        |function: &Function| function.synthetic.is_none() && !function.name.contains('$');
    // The file of each declared function, by name.
    let mut declared_files: FxHashMap<&str, usize> = FxHashMap::default();
    let mut cursor = 0;
    for function in functions.iter().filter(|f| is_declared(f)) {
        let declared_in = |file: &File| {
            file.decls
                .iter()
                .any(|&d| matches!(&file[d], Decl::Func(fd) if fd.span == function.span))
        };
        if let Some(i) = (cursor..files.len()).find(|&i| declared_in(files[i].0)) {
            cursor = i;
            declared_files.insert(&function.name, i);
        }
    }
    let mut out = Vec::new();
    let mut cursor = 0;
    for (index, function) in functions.iter().enumerate() {
        // The package initializer gathers initializers from every file: its spans name no file.
        if function.synthetic == Some("package initializer") {
            continue;
        }
        if is_declared(function) {
            match declared_files.get(&*function.name) {
                Some(&i) => cursor = i,
                None => continue,
            }
        }
        let holder = function.name.split('$').next().unwrap_or_default();
        let at = match declared_files.get(holder) {
            Some(&i) if function.synthetic.is_none() => i,
            _ => cursor,
        };
        let Some(&file) = files.get(at) else { continue };
        out.push((index, function, file));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_come_callees_first() {
        // 0 → 1 ⇄ 2 → 3, 4 alone
        let edges = vec![vec![1], vec![2], vec![1, 3], vec![], vec![]];
        let mut components = mapscope_ssa::scc::strongly_connected_components(&edges);
        for c in &mut components {
            c.sort_unstable();
        }
        assert_eq!(components, vec![vec![3], vec![1, 2], vec![0], vec![4]]);
    }

    #[test]
    fn method_names_come_from_go_ssa_names() {
        assert_eq!(method_name("(*example.com/m/pkg.T).Add"), Some("Add"));
        assert_eq!(method_name("(example.com/m.T).String"), Some("String"));
        assert_eq!(method_name("example.com/m.main"), None);
        assert_eq!(method_name("(*example.com/m.T).Add$1"), None);
    }
}
