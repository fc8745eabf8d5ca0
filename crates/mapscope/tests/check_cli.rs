//! `mapscope check` end to end: text and go vet -json output on the nil-map-write corpus, exit
//! statuses (0 clean, 1 findings, 2 errors) and the bundled examples' one real bug.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/nilmap")
}

fn mapscope(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mapscope"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run mapscope")
}

#[test]
fn text_names_the_write_and_where_the_nil_comes_from() {
    let out = mapscope(&corpus(), &["check", "./pos_struct_ptr_lit"]);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "pos_struct_ptr_lit/main.go:10:2: assignment to entry in nil map: `r.byName` is nil on a \
         path to this write [nil-map-write]\n  note: pos_struct_ptr_lit/main.go:9:7: `r.byName` \
         is nil: this composite literal does not set it\n"
    );
}

#[test]
fn clean_packages_exit_zero() {
    let out = mapscope(&corpus(), &["check", "./neg_guard_eq_nil", "./neg_nil_reads"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stdout.is_empty(), "{}", String::from_utf8_lossy(&out.stdout));
}

#[test]
fn json_has_go_vet_shape() {
    let out = mapscope(&corpus(), &["check", "--format", "json", "./pos_zero_local"]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let list = &v["example.com/nilmapcorpus/pos_zero_local"]["unsafemap"];
    let d = &list[0];
    assert_eq!(list.as_array().map(Vec::len), Some(1), "{v}");
    assert_eq!(d["posn"], "pos_zero_local/main.go:6:2");
    assert_eq!(d["end"], "pos_zero_local/main.go:6:13");
    let message = d["message"].as_str().unwrap_or_default();
    assert!(message.starts_with("assignment to entry in nil map"), "{message}");
    assert!(message.ends_with("[MS1001 nil-map-write]"), "{message}");
    assert_eq!(d["related"][0]["posn"], "pos_zero_local/main.go:5:6");
}

#[test]
fn pattern_errors_exit_two() {
    let out = mapscope(&corpus(), &["check", "./no_such_dir"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!out.stderr.is_empty());
}

#[test]
fn type_errors_are_printed_and_the_run_goes_on() {
    let dir = std::env::temp_dir().join(format!("mapscope-check-cli-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("bad")).expect("temp dir");
    std::fs::create_dir_all(dir.join("nil")).expect("temp dir");
    std::fs::write(dir.join("go.mod"), "module example.com/t\n\ngo 1.22\n").expect("go.mod");
    std::fs::write(dir.join("bad/bad.go"), "package bad\n\nvar x int = \"s\"\n").expect("bad.go");
    std::fs::write(
        dir.join("nil/nil.go"),
        "package nil\n\nfunc f() {\n\tvar m map[int]int\n\tm[1] = 1\n}\n",
    )
    .expect("nil.go");
    let out = mapscope(&dir, &["check", "./..."]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad/bad.go:3:13"));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("nil/nil.go:5:2: "));
}

/// An error go/types reports in parts (`other declaration of x`) is printed as the go command
/// prints it: the parts follow the error, each on a line of its own indented by a tab.
#[test]
fn parts_of_a_type_error_follow_it() {
    let dir = module(
        "parts",
        &[
            ("go.mod", "module example.com/t\n\ngo 1.22\n"),
            ("p/p.go", "package p\n\nvar x int\nvar x string\n"),
        ],
    );
    let out = mapscope(&dir, &["check", "./..."]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "p/p.go:4:5: x redeclared in this block\n\tp/p.go:3:5: other declaration of x\n"
    );
}

/// A function declared twice (modbus's examples/ redeclare methods of another file) is a type
/// error; the analysis goes on with the first declaration, the one in scope, and still reports
/// the package's nil-map write.
#[test]
fn redeclared_functions_do_not_stop_the_analysis() {
    let first = "package main\n\ntype Error string\n\n\
        func (e Error) Error() string { return string(e) }\n\n\
        const ErrIllegal Error = \"illegal\"\n\n\
        type handler struct{ coils []bool }\n\n\
        func handle(h *handler, addr int) (res []bool, err error) {\n\
        \tif addr > len(h.coils) {\n\t\terr = ErrIllegal\n\t\treturn\n\t}\n\
        \tfor i := 0; i < addr; i++ {\n\t\tres = append(res, h.coils[i])\n\t}\n\treturn\n}\n\n\
        func main() {\n\tvar m map[string]int\n\tm[\"k\"] = 1\n\thandle(&handler{}, 1)\n}\n";
    let second = "package main\n\nfunc handle(h *handler, addr int) (res []bool, err error) {\n\
        \terr = ErrIllegal\n\treturn\n}\n\nfunc (h *handler) Coils() {}\n\nfunc (h *handler) Coils() {}\n";
    let dir = module(
        "redeclared",
        &[("go.mod", "module example.com/t\n\ngo 1.22\n"), ("a.go", first), ("b.go", second)],
    );
    let out = mapscope(&dir, &["check", "./..."]);
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("b.go:3:6: handle redeclared in this block"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("a.go:24:2: "), "{stderr}");
}

/// README's first command: the examples hold one nil-map write and one map race, and the rest of
/// their code is correct.
#[test]
fn examples_hold_one_nil_map_bug_and_one_race() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let out = mapscope(&examples, &["check", "./..."]);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    insta::assert_snapshot!("examples_check", String::from_utf8_lossy(&out.stdout));
}

/// A fresh module under the system's temporary directory with `files` (path, text).
fn module(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mapscope-check-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

#[test]
fn notes_point_into_other_packages_of_the_module() {
    let dir = module(
        "notes",
        &[
            ("go.mod", "module example.com/m\n\ngo 1.22\n"),
            (
                "cache/cache.go",
                "package cache\n\ntype Cache struct{ items map[string]int }\n\n\
                 func New() *Cache { return &Cache{} }\n\n\
                 func (c *Cache) Put(k string, v int) { c.items[k] = v }\n",
            ),
            (
                "app/main.go",
                "package main\n\nimport \"example.com/m/cache\"\n\n\
                 func main() {\n\tc := cache.New()\n\tc.Put(\"a\", 1)\n}\n",
            ),
        ],
    );
    // Only app is named; cache is loaded and summarised because it is in the main module.
    let out = mapscope(&dir, &["check", "./app"]);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "cache/cache.go:7:40: assignment to entry in nil map: `c.items` is nil when main calls \
         Cache.Put [nil-map-write]\n  \
         note: app/main.go:6:7: `c.items` is nil: New at cache.go:5 does not set `items`\n  \
         note: cache/cache.go:5:28: New leaves `items` nil here\n  \
         note: app/main.go:7:2: `c.items` is nil when Cache.Put is called here\n"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn enable_runs_checks_that_are_off_by_default() {
    let dir = module(
        "enable",
        &[
            ("go.mod", "module example.com/r\n\ngo 1.22\n"),
            (
                "r.go",
                "package r\n\nfunc twice(m map[string]int, k string) int {\n\treturn m[k] + m[k]\n}\n",
            ),
        ],
    );
    assert_eq!(mapscope(&dir, &["check"]).status.code(), Some(0));
    let out = mapscope(&dir, &["check", "--enable", "redundant-map-lookup"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("r.go:4:16: redundant map lookup"), "{text}");
    assert_eq!(mapscope(&dir, &["check", "--enable", "no-such-check"]).status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn disable_leaves_a_check_out() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let out = mapscope(&examples, &["check", "--disable", "concurrent-map-access", "./..."]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("[nil-map-write]") && !text.contains("concurrent"), "{text}");
    let out = mapscope(&examples, &["check", "--disable", "MS1001", "--disable", "MS2001"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    assert_eq!(
        mapscope(&examples, &["check", "--disable", "no-such-check"]).status.code(),
        Some(2)
    );
}

/// A test module whose nil maps follow an error that a test-assertion library checked: gocheck's
/// `c.Assert(err, IsNil)` stops the test, testify's `assert.NoError(t, err)` marks it failed, so
/// the write panics only in a test that has already failed. `c.Assert(err, NotNil)` and a
/// checker library's unknown function stop nothing, so those writes are reported.
#[test]
fn writes_after_failed_test_assertions_are_not_findings() {
    let dir = module(
        "assertions",
        &[
            (
                "go.mod",
                "module example.com/m\n\ngo 1.22\n\n\
                 require (\n\tgopkg.in/check.v1 v1.0.0\n\tgithub.com/stretchr/testify v1.9.0\n)\n\n\
                 replace gopkg.in/check.v1 => ./third_party/check\n\n\
                 replace github.com/stretchr/testify => ./third_party/testify\n",
            ),
            ("third_party/check/go.mod", "module gopkg.in/check.v1\n\ngo 1.22\n"),
            (
                "third_party/check/check.go",
                "package check\n\ntype Checker interface{ Check(params []any) bool }\n\n\
                 type C struct{ failed bool }\n\n\
                 func (c *C) Assert(obtained any, checker Checker, args ...any) {}\n\n\
                 func (c *C) Check(obtained any, checker Checker, args ...any) bool { return true }\n\n\
                 func Fails(err error) {}\n\n\
                 var IsNil, NotNil Checker\n",
            ),
            ("third_party/testify/go.mod", "module github.com/stretchr/testify\n\ngo 1.22\n"),
            (
                "third_party/testify/assert/assert.go",
                "package assert\n\ntype T interface{ Errorf(string, ...any) }\n\n\
                 func NoError(t T, err error, msgs ...any) bool { return err == nil }\n",
            ),
            (
                "status/status.go",
                "package status\n\nimport \"errors\"\n\n\
                 type Status map[string]int\n\n\
                 func (s Status) Add(path string) { s[path] = 1 }\n\n\
                 func Read(ok bool) (Status, error) {\n\
                 \tif !ok {\n\t\treturn nil, errors.New(\"no head\")\n\t}\n\
                 \treturn Status{}, nil\n}\n",
            ),
            (
                "status/status_test.go",
                "package status\n\nimport (\n\t\"testing\"\n\n\
                 \t\"github.com/stretchr/testify/assert\"\n\t. \"gopkg.in/check.v1\"\n)\n\n\
                 func asserted(c *C, ok bool) {\n\ts, err := Read(ok)\n\tc.Assert(err, IsNil)\n\ts.Add(\"a\")\n}\n\n\
                 func checked(c *C, ok bool) {\n\ts, err := Read(ok)\n\tc.Check(err, IsNil)\n\ts.Add(\"b\")\n}\n\n\
                 func TestNoError(t *testing.T) {\n\ts, err := Read(false)\n\tassert.NoError(t, err)\n\ts.Add(\"c\")\n}\n\n\
                 func notNil(c *C, ok bool) {\n\ts, err := Read(ok)\n\tc.Assert(err, NotNil)\n\ts.Add(\"d\")\n}\n\n\
                 func TestUse(t *testing.T) {\n\tasserted(&C{}, false)\n\tchecked(&C{}, false)\n\tnotNil(&C{}, false)\n}\n",
            ),
        ],
    );
    let out = mapscope(&dir, &["check", "./..."]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    let calls: Vec<&str> = stdout.lines().filter(|l| l.contains("is called here")).collect();
    assert_eq!(
        calls,
        ["  note: status/status_test.go:31:2: `s` is nil when Status.Add is called here"],
        "{stdout}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
