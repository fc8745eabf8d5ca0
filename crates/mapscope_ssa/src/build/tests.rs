//! The builder on packages given as source text: regressions from fuzzing (code with type errors
//! still gets verified IR) and snapshots of the printed IR of lowerings go/ssa defines.

use crate::ProgramTypeInfo;
use crate::build::{BuildOptions, build_unit_with};
use crate::print::print_function;
use crate::verify::verify;
use mapscope_types::{MemoryImporter, Program};

/// Checks `src` as package `p`, builds it, asserts that every function verifies, and prints the
/// functions whose name is in `names` (all of them when `names` is empty), in build order.
pub(crate) fn printed(src: &str, names: &[&str]) -> String {
    printed_package("p", src, names)
}

/// [`printed`] for a package with import path `path`.
fn printed_package(path: &str, src: &str, names: &[&str]) -> String {
    printed_package_with(path, src, names, BuildOptions::default())
}

/// [`printed_package`] built with `options`.
fn printed_package_with(path: &str, src: &str, names: &[&str], options: BuildOptions) -> String {
    let mut program = Program::new();
    let (unit, _) = program.check_package(path, &[("p.go", src)], &MemoryImporter::default());
    let types = ProgramTypeInfo::new(&program);
    let functions = build_unit_with(&program, unit.0 as usize, &types, options);
    let mut out = String::new();
    for f in &functions {
        let violations = verify(f, &types);
        assert!(violations.is_empty(), "{}: {violations:?}\n{}", f.name, print_function(f, &types));
        if names.is_empty() || names.contains(&&*f.name) {
            out.push_str(&print_function(f, &types));
            out.push('\n');
        }
    }
    assert!(!out.is_empty(), "none of {names:?} was built");
    out
}

// ---- lowerings of tests/fixtures/lowering (its map operations are checked against go/ssa) ----

const LOWERING: &str = include_str!("../../tests/fixtures/lowering/lowering.go");

/// The IR of the lowering fixture's functions `names`.
fn lowering(names: &[&str]) -> String {
    let names: Vec<String> = names.iter().map(|n| format!("example.com/lowering.{n}")).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    printed_package("example.com/lowering", LOWERING, &names)
}

/// [`lowering`] with go/ssa's Recover blocks.
fn lowering_with_recover_blocks(names: &[&str]) -> String {
    let names: Vec<String> = names.iter().map(|n| format!("example.com/lowering.{n}")).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let options = BuildOptions { recover_blocks: true };
    printed_package_with("example.com/lowering", LOWERING, &names, options)
}

#[test]
fn range_over_a_string_decodes_runes() {
    insta::assert_snapshot!(lowering(&["Runes", "RuneKeys"]));
}

#[test]
fn deferred_builtins_stay_builtin_calls() {
    insta::assert_snapshot!(lowering(&["Deferred", "Recovered"]));
}

#[test]
fn go_statements_on_builtins() {
    insta::assert_snapshot!(lowering(&["Started"]));
}

#[test]
fn promoted_methods_select_through_embedded_fields() {
    insta::assert_snapshot!(lowering(&["Promoted"]));
}

#[test]
fn promoted_fields_load_only_the_selected_field() {
    insta::assert_snapshot!(lowering(&["PromotedFields"]));
}

#[test]
fn unsafe_pointer_functions_keep_their_operands() {
    // go/ssa prints Views as `t0 = Add(p, 8:int)`, `t4 = Slice(t2, t3)`, `t5 = SliceData(b)`,
    // `t7 = String(nil:*byte, 0:int)`, `t10 = Add(nil:unsafe.Pointer, 0:int)` and
    // `t14 = StringData("x":string)`, with the result types printed here.
    insta::assert_snapshot!(lowering(&["Views", "Interned"]));
}

#[test]
fn comparisons_are_booleans_with_operands_converted_as_go_ssa_does() {
    insta::assert_snapshot!(lowering(&["Compared"]));
}

#[test]
fn named_results_are_read_again_after_deferred_calls() {
    // go/ssa's returnStmt stores the results in the result variables, emits rundefers, then loads
    // them for the return: a deferred `c.reset()` or closure changes what the caller receives.
    insta::assert_snapshot!(lowering(&["Reset", "Recount"]));
}

#[test]
fn a_function_that_defers_has_a_recover_block_returning_its_named_results() {
    // go/ssa: `# Recover: N`, a block no edge reaches that loads the named results (kept in
    // memory, `new`, for it) and returns them; an unnamed result's is its zero value here.
    insta::assert_snapshot!(lowering_with_recover_blocks(&["Salvaged", "Reset", "Deferred"]));
}

#[test]
fn defers_in_a_range_over_func_body_are_the_enclosing_functions() {
    // The body (Closed$1) defers without running the calls; Closed runs them at its return and
    // has the Recover block, as go/ssa's `defer [stack]` into the parent's defer stack.
    insta::assert_snapshot!(lowering_with_recover_blocks(&["Closed", "Closed$1"]));
    // Without Recover blocks, the calls still go on Closed's stack.
    let plain = lowering(&["Closed", "Closed$1"]);
    let (body, closed) = plain.split_once("# Name: example.com/lowering.Closed\n").unwrap();
    assert!(body.contains("defer delete") && !body.contains("rundefers"), "{plain}");
    assert!(closed.contains("rundefers") && !closed.contains("# Recover"), "{plain}");
}

#[test]
fn a_return_in_a_range_over_func_body_stores_the_enclosing_functions_result() {
    // go/ssa: Indexed$1 stores `m` through its free variable of Indexed's result (`* = t`), sets
    // the jump variable to the return's exit id and returns false; after `seq(closure)` Indexed
    // loads the result and returns it when the jump variable holds that id. `seq` is called
    // directly, not boxed: only the body is a closure.
    let ir = lowering(&["Indexed", "Indexed$1"]);
    assert!(!ir.contains("new func(yield func(string) bool) (seq)"), "{ir}");
    insta::assert_snapshot!(ir);
}

#[test]
fn break_continue_and_goto_out_of_a_range_over_func_body_resume_after_the_call() {
    // go/ssa's exits: `continue rows`, `break rows` and `goto out` store ids 1, 2 and 3 in the
    // jump variable and return false; Tallied's resume switch jumps to the loop's next index,
    // past the loop, and to the label.
    insta::assert_snapshot!(lowering(&["Tallied", "Tallied$1"]));
}

#[test]
fn a_return_two_bodies_deep_passes_through_the_middle_body() {
    // The inner body stores the results and exit 1; the middle body's resume stores exit 1 in
    // its own jump variable and returns false; the function's resume runs the deferred calls
    // and returns the stored results. `break` in the inner body ends only the inner loop.
    let src = "package p
func f(rows func(func(int) bool), cols func(func(int, string) bool)) (found string, err error) {
	defer func() {}()
	for r := range rows {
		for c, s := range cols {
			if c == r {
				return s, nil
			}
			if c > r {
				break
			}
		}
	}
	return \"\", nil
}
";
    insta::assert_snapshot!(printed(src, &["p.f", "p.f$2", "p.f$2$1"]));
}

// ---- regressions from the robustness test (tests/robustness.rs) ----

#[test]
fn goto_an_undefined_label_ends_in_a_panic() {
    let ir = printed(
        "package p\nfunc f(n int) int {\n\tif n > 0 {\n\t\tgoto end\n\t}\n\treturn n\n}\n",
        &[],
    );
    assert!(ir.contains("panic \"goto undefined label\""), "{ir}");
}

#[test]
fn receive_and_send_on_a_non_channel_build_no_channel_operation() {
    let ir = printed(
        "package p\nvar c int\nvar x = <-c\nfunc f() (int, bool) {\n\tc <- 1\n\tv, ok := <-c\n\treturn v, ok\n}\n",
        &[],
    );
    assert!(!ir.contains("<-"), "{ir}");
}

#[test]
fn delete_from_a_non_map_builds_no_delete() {
    let ir = printed("package p\nfunc f(k string) {\n\tdelete(1, k)\n}\n", &[]);
    assert!(!ir.contains("delete"), "{ir}");
}

#[test]
fn values_fit_slots_of_the_invalid_type() {
    // The map's element type and the function's result type are rejected; what flows into them
    // is typed, and verifies.
    let ir = printed(
        "package p\nvar m map[string]undefined\nfunc f() undefined {\n\tm[\"a\"] = 1\n\treturn 2\n}\n",
        &["p.f"],
    );
    assert!(ir.contains("update"), "{ir}");
}

#[test]
fn a_label_defined_twice_gets_a_block_per_statement() {
    // Found by fuzz/ssa_build: the second `a:` jumped to its own block and emitted after the jump.
    let ir = printed(
        "package p\nfunc f(x bool) {\na:\n\tif x {\n\t\tgoto a\n\t}\na:\n\tif x {\n\t}\n}\n",
        &[],
    );
    assert_eq!(ir.matches(": label").count(), 2, "{ir}");
}

#[test]
fn dereferencing_a_non_pointer_loads_nothing() {
    // Found by fuzz/ssa_build: `*a` of an int loaded from an int.
    let ir = printed("package p\nfunc f(a int) int {\n\tx := *a\n\t*a = 1\n\treturn x\n}\n", &[]);
    assert!(!ir.contains("*a"), "{ir}");
}

#[test]
fn deeply_nested_expressions_build_on_a_grown_stack() {
    // The escape scan and the lowering recurse once per level; a test thread's 2 MiB stack holds
    // far fewer levels than this, so both must continue on grown segments.
    const LEVELS: usize = 20_000;
    let nested = format!("{}&x{}", "(".repeat(LEVELS), ")".repeat(LEVELS));
    let src = format!("package p\nfunc f() *int {{\n\tx := 1\n\treturn {nested}\n}}\n");
    let ir = printed(&src, &["p.f"]);
    assert!(ir.contains("new int (x)"), "{ir}");
}

#[test]
fn a_package_variable_beside_a_closure_in_its_spec_stays_global() {
    // `x` is declared inside the spec being built, yet package-level: no free variable.
    let ir = printed("package p\nvar x, f = 1, func() int { return x }\n", &["p.init$1"]);
    assert!(ir.contains("*p.x"), "{ir}");
}

#[test]
fn unsafe_slice_of_a_non_pointer_builds_no_call() {
    // Found by the robustness test: the checker types `unsafe.Slice(b[0], n)` from its operand, a
    // byte, which the builtin call then carried where the verifier wants a pointer.
    let ir = printed(
        "package p\nimport \"unsafe\"\nfunc f(b []byte) []byte {\n\treturn unsafe.Slice(b[0], len(b))\n}\n",
        &["p.f"],
    );
    assert!(!ir.contains("Slice("), "{ir}");
}
