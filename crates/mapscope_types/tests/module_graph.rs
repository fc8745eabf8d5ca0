//! Which version of a module the loader picks when only the module graph names it: the `modgraph`
//! fixture's two main modules, whose imports reach modules their go.mod files do not list, over
//! the fixture's own module cache (`modgraph/modcache`: the extracted trees and the
//! `cache/download` go.mod files the go command left there).
//!
//! What the go command answers (the fixture's modules served from a file:// GOPROXY into a scratch
//! GOMODCACHE, `GOFLAGS=-mod=mod go list -m all`):
//! - `unpruned` (go 1.16) requires a v1.0.0 and n v1.1.0; a v1.0.0 requires n v1.0.0, which
//!   requires c v1.2.0; n v1.1.0 requires nothing. Minimal version selection reads the
//!   requirements of every module version the graph reaches, n v1.0.0 included though n v1.1.0 is
//!   selected: c v1.2.0 (and `go build` succeeds with `-mod=readonly`). This is the reduction of
//!   rocketmq-client-go's unresolved golang.org/x/crypto (docs/real-code-findings.md).
//! - `pruned` (go 1.21) requires p v1.0.0 and u v1.0.0. p (go 1.21) requires c v1.1.0 and
//!   q v1.0.0, and q (go 1.21) requires c v1.2.0; u (go 1.16) requires w v1.0.0 (go 1.21), which
//!   requires d v1.1.0. The graph is pruned: p's requirements are read, not q's, so c stays at
//!   v1.1.0; u predates pruning, so everything below it is read and d v1.1.0 is selected.
//!   `go build -mod=mod` builds with those versions (adding c and d to go.mod as indirect); with
//!   `-mod=readonly` it asks for `go mod tidy`, which is why the loader must look past go.mod.
//! - `work` (a go.work file, go 1.21) uses `one`, which requires e v1.0.0, and `two`, which
//!   requires f v1.0.0 (go 1.21), which requires e v1.1.0 (go 1.21), which requires g v1.0.0.
//!   f is pruned, so e v1.1.0's requirements come in only because the workspace selects e above
//!   the version `one` requires and the go command then reads the selected version's go.mod:
//!   g v1.0.0 (`go list -m all`; `go build ./one ./two` succeeds).
//!
//! The cache holds q v1.0.0's go.mod (`go list -m all` fetches it to print q) and c v1.2.0's tree
//! (the `unpruned` module's), so a walk that ignored pruning would pick c v1.2.0 for `pruned`.

use mapscope_types::load::Env;
use std::path::{Path, PathBuf};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/modgraph")
}

/// The go environment of the host, in directory `main`, with the fixture's module cache.
fn env(main: &str) -> Env {
    let mut env = Env::from_host(fixture().join(main));
    env.gomodcache = fixture().join("modcache");
    env
}

/// Loads and checks `pattern` in directory `main`, expecting no diagnostic and no type error, and
/// gives the directory of every package outside the standard library, by import path.
fn package_dirs(main: &str, pattern: &str) -> Vec<(String, PathBuf)> {
    let program = mapscope_types::load_and_check(&env(main), &[pattern.to_string()]);
    let diagnostics: Vec<String> =
        program.loaded.diagnostics.iter().map(|d| d.to_string()).collect();
    assert!(diagnostics.is_empty(), "every import resolves: {diagnostics:#?}");
    let errors: Vec<String> = program.errors().iter().map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let mut dirs: Vec<(String, PathBuf)> = program
        .loaded
        .units
        .iter()
        .filter(|u| u.path.starts_with("example.com/"))
        .map(|u| (u.path.clone(), u.dir.clone()))
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn an_unpruned_graph_reads_the_requirements_of_versions_it_does_not_select() {
    let cache = fixture().join("modcache/example.com");
    assert_eq!(
        package_dirs("unpruned", "."),
        [
            ("example.com/a".to_string(), cache.join("a@v1.0.0")),
            // Required only by n v1.0.0, which n v1.1.0 outranks.
            ("example.com/c".to_string(), cache.join("c@v1.2.0")),
            ("example.com/unpruned".to_string(), fixture().join("unpruned")),
        ]
    );
}

#[test]
fn a_pruned_graph_reads_only_the_requirements_of_its_roots_and_of_older_modules() {
    let cache = fixture().join("modcache/example.com");
    assert_eq!(
        package_dirs("pruned", "."),
        [
            // p's requirement; q's newer one is pruned out.
            ("example.com/c".to_string(), cache.join("c@v1.1.0")),
            // w's requirement, read because u (go 1.16) is not pruned below.
            ("example.com/d".to_string(), cache.join("d@v1.1.0")),
            ("example.com/p".to_string(), cache.join("p@v1.0.0")),
            ("example.com/pruned".to_string(), fixture().join("pruned")),
            ("example.com/u".to_string(), cache.join("u@v1.0.0")),
        ]
    );
}

#[test]
fn a_workspace_reads_the_requirements_of_a_version_selected_above_its_modules_requirement() {
    assert_eq!(
        package_dirs("work", "./one"),
        [
            // Required by e v1.1.0, which two's f selects above one's e v1.0.0.
            ("example.com/g".to_string(), fixture().join("modcache/example.com/g@v1.0.0")),
            ("example.com/one".to_string(), fixture().join("work/one")),
        ]
    );
}
