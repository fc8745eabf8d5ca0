//! Packages given as source text, checked with no files and no Go installation.

use mapscope_types::types::{TypeView, type_string};
use mapscope_types::{MemoryImporter, Program, UnitId};

/// Checks `(path, files)` packages in order, each importing the ones before it; returns the
/// program, the units and every diagnostic as `file:line:col: message`.
fn check(packages: &[(&str, &[(&str, &str)])]) -> (Program, Vec<UnitId>, Vec<String>) {
    let mut program = Program::new();
    let mut importer = MemoryImporter::default();
    let mut units = Vec::new();
    let mut diagnostics = Vec::new();
    for &(path, files) in packages {
        let (unit, diags) = program.check_package(path, files, &importer);
        importer.insert(path, unit);
        units.push(unit);
        diagnostics.extend(diags.iter().map(ToString::to_string));
    }
    (program, units, diagnostics)
}

/// The type string of package-level object `name` of `unit`.
fn type_of(program: &Program, unit: UnitId, name: &str) -> String {
    let obj = program.unit(unit).lookup(name).unwrap_or_else(|| panic!("no object {name}"));
    type_string(program, program.obj(obj).ty)
}

const SET: &str = "package set

type Set map[string]bool

func New() Set { return Set{} }

func (s Set) Add(k string) { s[k] = true }
";

const USE: &str = "package use

import \"example.com/set\"

var s = set.New()

var bySize = map[int]set.Set{}

func Count() int {
	s.Add(\"x\")
	return len(s) + len(bySize)
}
";

#[test]
fn one_package_imports_another() {
    let (program, units, diagnostics) =
        check(&[("example.com/set", &[("set.go", SET)]), ("example.com/use", &[("use.go", USE)])]);
    assert_eq!(diagnostics, Vec::<String>::new());
    assert_eq!(type_of(&program, units[1], "s"), "example.com/set.Set");
    assert_eq!(type_of(&program, units[1], "bySize"), "map[int]example.com/set.Set");
    assert_eq!(type_of(&program, units[1], "Count"), "func() int");
    assert_eq!(program.unit(units[0]).path, "example.com/set");
    assert_eq!(program.unit(units[1]).name, "use");
}

#[test]
fn map_typed_expressions_are_recorded() {
    let (program, _, diagnostics) =
        check(&[("example.com/set", &[("set.go", SET)]), ("example.com/use", &[("use.go", USE)])]);
    assert_eq!(diagnostics, Vec::<String>::new());
    assert_eq!(
        program.expr_lines(false),
        [
            "set.go:5:25: example.com/set.Set",
            "set.go:7:30: example.com/set.Set",
            "use.go:10:2: example.com/set.Set",
            "use.go:11:13: example.com/set.Set",
            "use.go:11:22: map[int]example.com/set.Set",
            "use.go:5:9: example.com/set.Set",
            "use.go:7:14: map[int]example.com/set.Set",
        ]
    );
}

#[test]
fn type_error_is_reported_at_its_position() {
    let src = "package p\n\nvar x int = \"hello\"\n\nfunc f() { y := 1 }\n";
    let (program, _, diagnostics) = check(&[("example.com/p", &[("p.go", src)])]);
    let expected = [
        "p.go:3:13: cannot use \"hello\" (untyped string constant) as int value in variable declaration",
        "p.go:5:12: declared and not used: y",
    ];
    assert_eq!(diagnostics, expected);
    let errors: Vec<String> = program.errors().iter().map(ToString::to_string).collect();
    assert_eq!(errors, expected);
}

#[test]
fn syntax_errors_and_missing_imports_are_diagnostics() {
    let src = "package p\n\nimport \"example.com/missing\"\n\nvar v = missing.V\n\nfunc f( {}\n";
    let (_, _, diagnostics) = check(&[("example.com/p", &[("p.go", src)])]);
    // Syntax errors come first, then the import the importer cannot find.
    assert_eq!(diagnostics.first().map(String::as_str), Some("p.go:7:9: expected ')', found '{'"));
    assert_eq!(
        diagnostics.last().map(String::as_str),
        Some("p.go:3:8: cannot find package \"example.com/missing\"")
    );
}

#[test]
fn a_package_checked_twice_gets_two_units() {
    let (program, units, diagnostics) =
        check(&[("example.com/set", &[("set.go", SET)]), ("example.com/set", &[("set.go", SET)])]);
    assert_eq!(diagnostics, Vec::<String>::new());
    assert_ne!(units[0], units[1]);
    assert_eq!(type_of(&program, units[1], "New"), "func() example.com/set.Set");
}
