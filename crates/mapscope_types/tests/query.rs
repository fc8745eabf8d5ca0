//! The public query surface (`mapscope_types::query`) on a package checked from source text.

use mapscope_types::query::{
    Lookup, comparable, core_type, identical, is_interface, is_map, is_named, is_pointer,
    is_signature, is_type_param, lookup_field_or_method, map_key_elem, method_set, underlying,
};
use mapscope_types::types::{Type, TypeId, TypeView, type_string};
use mapscope_types::{MemoryImporter, Program, UnitId};

const SRC: &str = "package q

type M map[string]int
type A = M
type P *int
type F func()
type S struct { m M }
type C struct { a [2]int; p *int; s string; i interface{} }

type Base struct{}
func (Base) V() {}
func (*Base) P() {}
type Outer struct { Base; x int }
type OuterP struct { *Base }
type Twice struct { Base; Other }
type Other struct{}
func (Other) V() {}
type I interface { W(); V() }

type G[T any] struct{ v T }
func (g G[T]) Get() T { return g.v }
type Num interface { ~int | ~int64 }
func Sum[T Num](xs []T) (s T) { return }
type Keys[K comparable, V any] map[K]V

var gi G[int]
var gj G[int]
var k Keys[string, bool]
var lit map[string]int
var po *Outer
";

fn program() -> (Program, UnitId) {
    let mut program = Program::new();
    let (unit, diagnostics) =
        program.check_package("example.com/q", &[("q.go", SRC)], &MemoryImporter::default());
    assert_eq!(diagnostics, Vec::new());
    (program, unit)
}

/// The type of package-level object `name`.
fn ty(program: &Program, unit: UnitId, name: &str) -> TypeId {
    program.obj(program.unit(unit).lookup(name).expect(name)).ty
}

#[test]
fn predicates() {
    let (program, unit) = program();
    let t = |name| ty(&program, unit, name);
    let mut cx = program.types();
    assert!(is_map(&mut cx, t("M")) && is_map(&mut cx, t("A")) && is_map(&mut cx, t("k")));
    assert!(!is_map(&mut cx, t("P")) && !is_map(&mut cx, t("S")));
    assert!(is_pointer(&mut cx, t("P")) && is_pointer(&mut cx, t("po")));
    assert!(is_signature(&mut cx, t("F")) && !is_signature(&mut cx, t("M")));
    assert!(is_interface(&mut cx, t("I")) && !is_interface(&mut cx, t("C")));
    assert!(is_named(&cx, t("A")) && !is_named(&cx, t("lit")));
    let (key, elem) = map_key_elem(&mut cx, t("k")).expect("Keys[string, bool] is a map");
    assert_eq!((type_string(&cx, key), type_string(&cx, elem)), ("string".into(), "bool".into()));
    assert_eq!(type_string(&cx, t("k")), "example.com/q.Keys[string, bool]");
}

#[test]
fn identity_and_underlying() {
    let (program, unit) = program();
    let t = |name| ty(&program, unit, name);
    let mut cx = program.types();
    assert!(identical(&mut cx, t("M"), t("A")), "an alias is its target");
    assert!(!identical(&mut cx, t("M"), t("lit")), "a defined type is not its literal");
    let u = underlying(&mut cx, t("M"));
    assert!(identical(&mut cx, u, t("lit")));
    assert!(identical(&mut cx, t("gi"), t("gj")), "instances with identical arguments");
    assert!(!identical(&mut cx, t("gi"), t("k")));
}

#[test]
fn comparability() {
    let (program, unit) = program();
    let t = |name| ty(&program, unit, name);
    let mut cx = program.types();
    for name in ["C", "P", "I", "Base", "po", "gi"] {
        assert!(comparable(&mut cx, t(name)), "{name} is comparable");
    }
    for name in ["M", "S", "F", "k"] {
        assert!(!comparable(&mut cx, t(name)), "{name} is not comparable");
    }
}

#[test]
fn type_parameters() {
    let (program, unit) = program();
    let mut cx = program.types();
    let Type::Signature(sum) = cx.ty(ty(&program, unit, "Sum")) else { panic!("Sum is a func") };
    let tp = sum.tparams[0];
    assert!(is_type_param(&cx, tp));
    assert_eq!(core_type(&mut cx, tp), None, "~int | ~int64 has no core type");
    assert!(comparable(&mut cx, tp), "every type in ~int | ~int64 is comparable");
    assert!(!is_map(&mut cx, tp) && !is_pointer(&mut cx, tp));
    let u = underlying(&mut cx, tp);
    assert!(matches!(cx.ty(u), Type::Interface(_)), "a type parameter's underlying type");
}

#[test]
fn method_sets() {
    let (program, unit) = program();
    let names = |cx: &mut mapscope_types::query::ProgramTypes<'_>, t| -> Vec<String> {
        method_set(cx, t).iter().map(|&m| cx.obj(m).name.to_string()).collect()
    };
    let t = |name| ty(&program, unit, name);
    let mut cx = program.types();
    assert_eq!(names(&mut cx, t("Base")), ["V"]);
    assert_eq!(names(&mut cx, t("Outer")), ["V"], "P needs a pointer receiver");
    assert_eq!(names(&mut cx, t("po")), ["P", "V"], "*Outer has both");
    assert_eq!(names(&mut cx, t("OuterP")), ["P", "V"], "embedded *Base promotes both");
    assert_eq!(names(&mut cx, t("Twice")), Vec::<String>::new(), "V at one depth twice");
    assert_eq!(names(&mut cx, t("I")), ["V", "W"]);
    assert_eq!(names(&mut cx, t("gi")), ["Get"]);
    assert_eq!(names(&mut cx, t("M")), Vec::<String>::new());
}

#[test]
fn field_and_method_lookup() {
    let (program, unit) = program();
    let t = |name| ty(&program, unit, name);
    let mut cx = program.types();
    match lookup_field_or_method(&mut cx, t("Outer"), "x") {
        Lookup::Field { ty, indirect: false, .. } => assert_eq!(type_string(&cx, ty), "int"),
        other => panic!("Outer.x: {other:?}"),
    }
    match lookup_field_or_method(&mut cx, t("po"), "P") {
        Lookup::Method { obj, ptr_recv: true, .. } => assert_eq!(&*cx.obj(obj).name, "P"),
        other => panic!("(*Outer).P: {other:?}"),
    }
    assert_eq!(lookup_field_or_method(&mut cx, t("Twice"), "V"), Lookup::Ambiguous);
    assert_eq!(lookup_field_or_method(&mut cx, t("Outer"), "nope"), Lookup::NotFound);
}
