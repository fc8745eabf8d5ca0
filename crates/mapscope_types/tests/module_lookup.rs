//! Which module an import resolves to when module paths nest: the `nested` fixture's main module
//! `example.com/outer` requires `example.com/outer/inner` and `example.com/outer/both`, which sit in
//! the fixture's own module cache (`nested/modcache`, as `go mod download` lays it out).
//!
//! What the go command answers for this layout (go list -deps and go vet, with the fixture's modules
//! served from a file:// GOPROXY): `inner` and `inner/data` come from the cache, `inner/extra` from
//! the main module's `inner/extra` directory, and `both`, which both modules hold, is an ambiguous
//! import; the expressions are tools/mapexprs' with GOMODCACHE set to `nested/modcache`. No Go
//! program runs here.

use mapscope_types::load::Env;
use std::path::{Path, PathBuf};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/nested")
}

/// The go environment of the host, with the fixture's module cache in place of the host's.
fn env() -> Env {
    let mut env = Env::from_host(fixture().join("main"));
    env.gomodcache = fixture().join("modcache");
    env
}

#[test]
fn a_required_module_nested_below_the_main_module_provides_its_packages() {
    let program = mapscope_types::load_and_check(&env(), &["./app".to_string()]);
    let diagnostics: Vec<String> =
        program.loaded.diagnostics.iter().map(|d| d.to_string()).collect();
    assert!(diagnostics.is_empty(), "every import resolves: {diagnostics:#?}");
    let errors: Vec<String> = program.errors().iter().map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let mut dirs: Vec<(String, PathBuf)> =
        program.loaded.units.iter().map(|u| (u.path.clone(), u.dir.clone())).collect();
    dirs.sort();
    let cache = fixture().join("modcache/example.com/outer/inner@v1.0.0");
    let main = fixture().join("main");
    assert_eq!(
        dirs,
        [
            ("example.com/outer/app".to_string(), main.join("app")),
            ("example.com/outer/inner".to_string(), cache.clone()),
            ("example.com/outer/inner/data".to_string(), cache.join("data")),
            // The main module holds this directory and the nested module does not.
            ("example.com/outer/inner/extra".to_string(), main.join("inner/extra")),
        ]
    );
    // What tools/mapexprs prints for ./app with the fixture's module cache as GOMODCACHE.
    assert_eq!(
        program.expr_lines(false),
        [
            "app/app.go:13:9: map[string]int",
            "app/app.go:14:20: example.com/outer/inner.Counts",
            "app/app.go:15:3: map[string]int",
            "app/app.go:17:23: example.com/outer/inner/data.Table",
            "app/app.go:18:3: map[string]int",
            "app/app.go:20:17: example.com/outer/inner/extra.Index",
            "app/app.go:21:3: map[string]int",
            "app/app.go:23:9: map[string]int",
        ]
    );
}

#[test]
fn a_package_in_two_modules_is_an_ambiguous_import() {
    let env = env();
    let program = mapscope_types::load_and_check(&env, &["./amb".to_string()]);
    let ambiguous = format!(
        "ambiguous import: found package example.com/outer/both in multiple modules:\n\t\
         example.com/outer ({})\n\texample.com/outer/both v1.0.0 ({})",
        fixture().join("main/both").display(),
        fixture().join("modcache/example.com/outer/both@v1.0.0").display()
    );
    let diagnostics: Vec<String> =
        program.loaded.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        diagnostics,
        [format!("amb/amb.go:4:8: could not import example.com/outer/both ({ambiguous})")]
    );
    // Named as a pattern, it is the go command's pattern error, and nothing is loaded.
    let program = mapscope_types::load_and_check(&env, &["example.com/outer/both".to_string()]);
    assert_eq!(program.loaded.pattern_errors, [ambiguous]);
    assert!(program.loaded.units.is_empty(), "{:#?}", program.loaded.units);
}
