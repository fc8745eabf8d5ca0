//! The program-wide function table (go/ssa's `Program.FuncValue` and `AllFunctions` lookups):
//! every built [`Function`] of a set of units, found by its go/ssa name, so that a
//! [`ValueDef::Function`] reference resolves to the function it names.
//!
//! The IR refers to functions by name ([`ValueDef::Function`]) so that each function can be built
//! and dropped on its own; an interprocedural pass that needs callee bodies collects the units it
//! looks at into a table. All functions of one table must be built with the same
//! [`ProgramTypeInfo`]: the pointer types the builder derives are ids of that value.

use crate::ProgramTypeInfo;
use crate::build::build_unit;
use crate::ir::{Callee, Function, ValueDef, ValueId};
use mapscope_types::Program;
use rustc_hash::FxHashMap;

/// Built functions, by go/ssa name (`Function::name`).
///
/// A name can be built twice when a package and its test variant are both in the table; the
/// first function added keeps the name, and [`FunctionTable::iter`] still yields both.
#[derive(Debug, Default)]
pub struct FunctionTable {
    functions: Vec<Function>,
    by_name: FxHashMap<Box<str>, usize>,
}

impl FunctionTable {
    pub fn new() -> FunctionTable {
        FunctionTable::default()
    }

    /// Builds every function of `units` of `program` into one table, in the order of `units`.
    pub fn build<'a>(
        program: &'a Program,
        units: impl IntoIterator<Item = usize>,
        types: &'a ProgramTypeInfo<'a>,
    ) -> FunctionTable {
        let mut table = FunctionTable::new();
        for unit in units {
            table.extend(build_unit(program, unit, types));
        }
        table
    }

    /// Adds `function`; its name keeps pointing at an earlier function of the same name.
    pub fn insert(&mut self, function: Function) {
        let index = self.functions.len();
        self.by_name.entry(function.name.clone()).or_insert(index);
        self.functions.push(function);
    }

    /// The function named `name` (go/ssa's `Function.String()`).
    pub fn get(&self, name: &str) -> Option<&Function> {
        self.by_name.get(name).map(|&index| &self.functions[index])
    }

    /// The function that value `value` of `function` refers to, when it is a
    /// [`ValueDef::Function`] whose function is in the table (not one of go/ssa's synthetic
    /// wrappers such as `$bound`, which are not built).
    pub fn resolve(&self, function: &Function, value: ValueId) -> Option<&Function> {
        match &function.get_value(value)?.def {
            ValueDef::Function { name } => self.get(name),
            _ => None,
        }
    }

    /// The function a call statically calls (a [`Callee::Static`] in the table).
    pub fn static_callee(&self, function: &Function, callee: &Callee) -> Option<&Function> {
        match callee {
            Callee::Static(value) => self.resolve(function, *value),
            _ => None,
        }
    }

    /// Every function, in the order they were added.
    pub fn iter(&self) -> std::slice::Iter<'_, Function> {
        self.functions.iter()
    }

    pub fn len(&self) -> usize {
        self.functions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.functions.is_empty()
    }
}

impl Extend<Function> for FunctionTable {
    fn extend<I: IntoIterator<Item = Function>>(&mut self, functions: I) {
        for function in functions {
            self.insert(function);
        }
    }
}

impl FromIterator<Function> for FunctionTable {
    fn from_iter<I: IntoIterator<Item = Function>>(functions: I) -> FunctionTable {
        let mut table = FunctionTable::new();
        table.extend(functions);
        table
    }
}

impl<'t> IntoIterator for &'t FunctionTable {
    type Item = &'t Function;
    type IntoIter = std::slice::Iter<'t, Function>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::InstrKind;
    use mapscope_types::MemoryImporter;

    #[test]
    fn references_resolve_across_packages() {
        let mut program = Program::new();
        let mut importer = MemoryImporter::default();
        let (lib, diagnostics) = program.check_package(
            "example.com/lib",
            &[("lib.go", "package lib\n\nfunc Put(m map[string]int) { m[\"a\"] = 1 }\n")],
            &importer,
        );
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        importer.insert("example.com/lib", lib);
        let (main, diagnostics) = program.check_package(
            "example.com/main",
            &[(
                "main.go",
                "package main\n\nimport \"example.com/lib\"\n\n\
                 func main() {\n\tm := map[string]int{}\n\tlib.Put(m)\n\tfunc() { lib.Put(m) }()\n}\n",
            )],
            &importer,
        );
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let types = ProgramTypeInfo::new(&program);
        let table = FunctionTable::build(&program, [lib.0 as usize, main.0 as usize], &types);
        let names: Vec<&str> = table.iter().map(|f| &*f.name).collect();
        assert_eq!(
            names,
            // A literal is finished before the function that holds it.
            [
                "example.com/lib.init",
                "example.com/lib.Put",
                "example.com/main.init",
                "example.com/main.main$1",
                "example.com/main.main"
            ]
        );
        let main_fn = table.get("example.com/main.main").expect("main is built");
        // Both the call of lib.Put and the closure resolve to built functions.
        let mut callees = Vec::new();
        for block in main_fn.block_ids() {
            for &instr in main_fn[block].instrs() {
                match &main_fn[instr].kind {
                    InstrKind::Call { call } => {
                        callees.extend(table.static_callee(main_fn, &call.callee))
                    }
                    InstrKind::MakeClosure { func, .. } => {
                        callees.extend(table.resolve(main_fn, *func))
                    }
                    _ => {}
                }
            }
        }
        let callees: Vec<&str> = callees.iter().map(|f| &*f.name).collect();
        assert_eq!(callees, ["example.com/lib.Put", "example.com/main.main$1"]);
        assert!(table.get("example.com/lib.Missing").is_none());
        assert_eq!(table.len(), 5);
    }
}
