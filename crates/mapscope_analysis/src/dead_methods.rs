//! Methods that no code can call: never named by the module's code and matching no interface
//! method of the program, so that the maps they make do not count as made; and a command's
//! functions that its code never names (a constructor every caller bypasses with a bare
//! literal).
//!
//! The optional-interface idiom (`if in, ok := p.(Initializer); ok { in.Init(cfg) }`) runs a
//! set-up method only when its name and signature match the interface's. A method written as
//! `Initialize()`, or as `Init(cfg)` without the interface's `error` result, satisfies nothing:
//! no call runs it, and a map field only it makes stays nil in every value. A method is taken
//! to be dead only when nothing could run it unseen:
//!
//! - no code of the module names it (a call, a method value, a method expression), and no
//!   function literal inside it is named either;
//! - no interface declared in the module where its type can go (its own package, or a package
//!   that is not a command) has a method of its name with as many parameters and results, and no interface declared outside it (which its package's code may call, and
//!   whose function bodies the analysis does not check) has a method of its name at all, nor
//!   is the name one the standard library asserts inside its function bodies (`Unwrap`, `Is`);
//! - code outside the module cannot call it: an exported method only in a `main` package
//!   (nothing imports a command), and then only when the module imports nothing that calls
//!   methods by name through reflection (`reflect`, the template packages, `net/rpc`, `plugin`)
//!   and nothing from outside the module and the standard library;
//! - it is not a generic type's method, whose instances carry other names.

use crate::module::{BuiltUnit, Module};
use mapscope_ssa::{Function, ValueDef};
use mapscope_types::Program;
use mapscope_types::types::{ObjKind, Type, TypeView};
use rustc_hash::{FxHashMap, FxHashSet};

/// Method names the standard library asserts in function bodies (`errors.Is` asserts
/// `interface{ Is(error) bool }`), whose interfaces are not among the declarations the
/// analysis checks for packages outside the module.
const ASSERTED_IN_BODIES: &[&str] =
    &["Unwrap", "Is", "As", "Timeout", "Temporary", "Equal", "Close", "Flush"];

/// Imports that can call a value's exported methods by name.
const CALLS_BY_NAME: &[&str] = &["reflect", "text/template", "html/template", "net/rpc", "plugin"];

/// The go/ssa names of the module's methods and functions that no code can call, and of the function
/// literals inside them.
pub fn dead_methods<'a>(
    program: &Program,
    module: &Module<'a>,
    units: &[BuiltUnit<'a>],
) -> FxHashSet<&'a str> {
    let module_arenas: FxHashSet<usize> = units.iter().map(|u| u.unit + 1).collect();
    // Interface methods: of the module's interfaces by name and arity, of the others by name.
    // The module's by the unit declaring them: a `main` package's interfaces hold only its own
    // types, since nothing imports it.
    let mut own: FxHashMap<(&str, usize, usize), Vec<usize>> = FxHashMap::default();
    let mut foreign: FxHashSet<&str> = ASSERTED_IN_BODIES.iter().copied().collect();
    let arenas = std::iter::once(&program.universe.arena)
        .chain(program.units.iter().map(|u| &u.arena))
        .enumerate();
    for (index, arena) in arenas {
        let in_module = module_arenas.contains(&index);
        for ty in &arena.types {
            let Type::Interface(it) = ty else { continue };
            for &m in &it.methods {
                let obj = program.obj(m);
                if !matches!(obj.kind, ObjKind::Func) {
                    continue;
                }
                if !in_module {
                    foreign.insert(&obj.name);
                    continue;
                }
                let Type::Signature(sig) = program.ty(obj.ty) else { continue };
                own.entry((&obj.name, sig.params.len(), sig.results.len()))
                    .or_default()
                    .push(index - 1);
            }
        }
    }
    // Every function the module's code names, a method value's and expression's wrappers as
    // the method itself.
    let mut named: FxHashSet<&str> = FxHashSet::default();
    for f in units.iter().flat_map(|u| u.functions.iter()) {
        for b in f.block_ids() {
            for &i in f[b].instrs() {
                f[i].kind.for_each_operand(|v| {
                    if let ValueDef::Function { name } = &f[v].def {
                        let name = name.strip_suffix("$bound").unwrap_or(name);
                        named.insert(name.strip_suffix("$thunk").unwrap_or(name));
                    }
                });
            }
        }
    }
    // A literal inside a method keeps it alive when anything names the literal.
    let named_outer: FxHashSet<&str> =
        named.iter().filter_map(|n| n.split_once('$').map(|(outer, _)| outer)).collect();
    let module_paths: FxHashSet<&str> =
        units.iter().map(|u| program.loaded.units[u.unit].path.as_str()).collect();
    let mut dead: FxHashSet<&'a str> = FxHashSet::default();
    for mf in &module.functions {
        let f: &'a Function = mf.function;
        let name: &'a str = &f.name;
        if f.synthetic.is_some() || name.contains('[') {
            continue;
        }
        if !name.starts_with('(') {
            if function_is_dead(module, mf.unit, name, &named, &named_outer) {
                dead.insert(name);
            }
            continue;
        }
        let Some((_, method)) = name.rsplit_once(").") else { continue };
        if method.contains('$') || named.contains(name) || named_outer.contains(name) {
            continue;
        }
        if foreign.contains(method) {
            continue;
        }
        // The receiver is the first parameter; results come from the signature.
        let arity = (f.params().len().saturating_sub(1), f.result_types.len());
        let declared = own
            .get(&(method, arity.0, arity.1))
            .is_some_and(|at| at.iter().any(|&u| u == mf.unit || !module.is_command(u)));
        if declared {
            continue;
        }
        let exported = method.chars().next().is_some_and(char::is_uppercase);
        if exported
            && (!module.is_command(mf.unit) || calls_by_name(program, &module_paths, mf.unit))
        {
            continue;
        }
        dead.insert(name);
    }
    dead
}

/// Whether package-level function `name` of unit `unit` is one no code can call: a function of
/// a command with a `main` (nothing imports a `main` package) that its code never names, and
/// that neither the runtime (`main`, `init`) nor `go test` (`TestX`, ...) runs by its name.
fn function_is_dead(
    module: &Module<'_>,
    unit: usize,
    name: &str,
    named: &FxHashSet<&str>,
    named_outer: &FxHashSet<&str>,
) -> bool {
    let Some((package, function)) = name.rsplit_once('.') else { return false };
    // Only a program with a `main` runs from somewhere the analysis sees.
    if module.lookup(&format!("{package}.main")).is_none() {
        return false;
    }
    let run_by_name = ["main", "init", "Test", "Benchmark", "Example", "Fuzz"]
        .iter()
        .any(|prefix| function.starts_with(prefix));
    module.is_command(unit)
        && !run_by_name
        && !function.contains('$')
        && !named.contains(name)
        && !named_outer.contains(name)
}

/// Whether function `name` is a dead method or a function literal inside one.
pub fn is_dead(dead: &FxHashSet<&str>, name: &str) -> bool {
    dead.contains(name) || name.split_once('$').is_some_and(|(outer, _)| dead.contains(outer))
}

/// Whether unit `unit`, or a package of the module it imports, directly or not, imports a
/// package that may call methods by name, or one from outside the module and the standard
/// library (whose first path element has a dot).
fn calls_by_name(program: &Program, module_paths: &FxHashSet<&str>, unit: usize) -> bool {
    let mut seen: FxHashSet<usize> = FxHashSet::default();
    let mut stack = vec![unit];
    while let Some(u) = stack.pop() {
        if !seen.insert(u) {
            continue;
        }
        for (path, target) in &program.loaded.units[u].imports {
            let path = path.as_str();
            if module_paths.contains(path) {
                stack.extend(target.map(|t| t.0 as usize));
            } else if CALLS_BY_NAME.contains(&path)
                || path.split('/').next().is_some_and(|first| first.contains('.'))
            {
                return true;
            }
        }
    }
    false
}
