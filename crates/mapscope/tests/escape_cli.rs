//! `mapscope escape` end to end on the escape fixtures (crates/mapscope_escape/tests/fixtures):
//! gc's lines in gc's order, `--explain` with its chain and rule, `-m=2` flows, `--deps=false`'s
//! worst case for calls into packages that were not analysed (all with inlining off, `-l`), and
//! without `-l` the verdicts of inlined calls at the call.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../mapscope_escape/tests/fixtures")
}

/// `mapscope escape -l` (inlining off, as gc's `-gcflags='-m -l'`) in the fixture module.
fn mapscope(args: &[&str]) -> Output {
    mapscope_inlining(&[&["-l"], args].concat())
}

/// `mapscope escape` with gc's inlining modelled, as plain `-gcflags=-m`.
fn mapscope_inlining(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mapscope"))
        .current_dir(fixtures())
        .arg("escape")
        .arg("--tests=false")
        .args(args)
        .output()
        .expect("run mapscope")
}

fn stdout(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn lines_come_sorted_by_position_as_gc_prints_them() {
    let out = stdout(&mapscope(&["./maps"]));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "maps/maps.go:14:11: make(map[string]int) does not escape");
    assert_eq!(lines[1], "maps/maps.go:20:11: make(map[string]int) escapes to heap");
    let positions: Vec<(u32, u32)> = lines
        .iter()
        .map(|l| {
            let mut parts = l.split(':').skip(1).map(|n| n.parse::<u32>().unwrap_or(0));
            (parts.next().unwrap_or(0), parts.next().unwrap_or(0))
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] <= w[1]), "{out}");
}

#[test]
fn explain_prints_the_chain_and_the_rule() {
    let out = stdout(&mapscope(&["--explain", "maps/maps.go:20:11", "./maps"]));
    assert_eq!(
        out,
        "maps/maps.go:20:11: make(map[string]int) escapes to heap\n  flow: make(map[string]int) \
         ← &{storage for make(map[string]int)}:\n    from make(map[string]int) (spill) at \
         maps/maps.go:20:7\n  flow: ~r0 ← make(map[string]int):\n    (return) at \
         maps/maps.go:21:2\n  rule: its address is returned, and a result outlives the frame\n"
    );
}

#[test]
fn explain_at_a_position_without_verdict_fails() {
    let out = mapscope(&["--explain", "maps/maps.go:1:1", "./maps"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn verbose_flows_precede_the_verdict() {
    let out = stdout(&mapscope(&["-m=2", "./maps"]));
    assert!(
        out.contains(
            "maps/maps.go:25:15: make(map[string]int, 4) escapes to heap in storedInGlobal:\n\
             maps/maps.go:25:15:   flow: make(map[string]int, 4) ← &{storage for \
             make(map[string]int, 4)}:\n"
        ),
        "{out}"
    );
}

#[test]
fn calls_into_packages_not_analysed_leak_their_arguments() {
    // With the imported package analysed, params.NoEscape keeps x on the stack.
    let with = stdout(&mapscope(&["./crosspkg"]));
    assert!(!with.contains("moved to heap: x"), "{with}");
    let without = stdout(&mapscope(&["--deps=false", "./crosspkg"]));
    assert!(without.contains("crosspkg/crosspkg.go:7:2: moved to heap: x"), "{without}");
}

#[test]
fn without_l_an_inlined_constructor_is_decided_at_each_call() {
    let out = stdout(&mapscope_inlining(&["./inline"]));
    let lines: Vec<&str> = out.lines().collect();
    for expected in [
        "inline/inline.go:12:6: can inline newSet",
        // newSet's own analysis: its result escapes.
        "inline/inline.go:13:25: make(map[string]bool) escapes to heap",
        // Inlined into Local, where the set stays on the stack.
        "inline/inline.go:27:13: make(map[string]bool) does not escape",
        // Inlined into Returned, which returns it.
        "inline/inline.go:36:15: make(map[string]bool) escapes to heap",
    ] {
        assert!(lines.contains(&expected), "{expected} missing from:\n{out}");
    }
    let with_l = stdout(&mapscope(&["./inline"]));
    assert!(!with_l.contains("inline/inline.go:27:13:"), "{with_l}");
    assert!(!with_l.contains("can inline"), "{with_l}");
}

#[test]
fn a_constructor_of_another_package_is_inlined_in_one_program() {
    // Matched together, inline and inlinepkg share one program: NewSet's body is inlined in
    // inlinepkg and reported there with its type qualified.
    let out = stdout(&mapscope_inlining(&["./inline", "./inlinepkg"]));
    assert!(
        out.contains("inlinepkg/inlinepkg.go:9:20: &inline.Set{...} does not escape\n"),
        "{out}"
    );
    assert!(
        out.contains("inlinepkg/inlinepkg.go:18:22: make(map[string]bool) escapes to heap\n"),
        "{out}"
    );
}
