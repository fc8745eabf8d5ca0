//! The package loader: patterns → package directories → selected files → parsed ASTs → check units in dependency order.
//!
//! It follows the go command: module and workspace files, GOROOT/src (with its `vendor/`), vendored
//! and cached module dependencies, build constraints, and go vet's view of tests (a package with
//! in-package `_test.go` files is checked as its test variant; an external `p_test` package is a unit
//! of its own that imports the test variant).

pub mod build;
pub mod gomod;
mod graph;
mod provider;

use crate::Diagnostic;
use build::BuildContext;
use gomod::{GoMod, GoWork, Replace, ReplaceTarget, escape_path, go_minor};
use mapscope_syntax::ast::{ExprKind, File, SyntaxError};
use provider::Lookup;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Where Go lives and what to build for.
#[derive(Clone, Debug)]
pub struct Env {
    pub goroot: PathBuf,
    pub gomodcache: PathBuf,
    pub build: BuildContext,
    /// Directory that patterns and displayed paths are relative to.
    pub cwd: PathBuf,
    /// Load `_test.go` files and external test packages of matched packages (as go vet does).
    pub tests: bool,
}

impl Env {
    /// Reads the Go environment with one `go env` (and one `go list` for the tool tags),
    /// falling back to `$GOROOT`, `$GOPATH/pkg/mod` and linux/amd64 when `go` is not on PATH.
    pub fn from_host(cwd: PathBuf) -> Env {
        let mut vals: FxHashMap<String, String> = FxHashMap::default();
        let keys =
            ["GOROOT", "GOMODCACHE", "GOOS", "GOARCH", "CGO_ENABLED", "GOVERSION", "GOFLAGS"];
        if let Ok(out) = Command::new("go").arg("env").args(keys).current_dir(&cwd).output() {
            let text = String::from_utf8_lossy(&out.stdout);
            for (k, v) in keys.iter().zip(text.lines()) {
                vals.insert((*k).to_string(), v.to_string());
            }
        }
        let get = |k: &str, dflt: &str| {
            vals.get(k)
                .filter(|v| !v.is_empty())
                .cloned()
                .or_else(|| std::env::var(k).ok())
                .unwrap_or_else(|| dflt.to_string())
        };
        let goroot = PathBuf::from(get("GOROOT", "/usr/local/go"));
        let home = std::env::var("HOME").unwrap_or_default();
        let gomodcache = PathBuf::from(get("GOMODCACHE", &format!("{home}/go/pkg/mod")));
        let mut version = get("GOVERSION", "");
        if version.is_empty() {
            version = std::fs::read_to_string(goroot.join("VERSION"))
                .ok()
                .and_then(|t| t.lines().next().map(str::to_string))
                .unwrap_or_default();
        }
        let mut tags = FxHashSet::default();
        if let Ok(out) = Command::new("go")
            .args(["list", "-e", "-f", "{{context.ToolTags}}", "unsafe"])
            .current_dir(&goroot)
            .output()
        {
            let text = String::from_utf8_lossy(&out.stdout);
            for t in text.trim().trim_start_matches('[').trim_end_matches(']').split_whitespace() {
                tags.insert(t.to_string());
            }
        }
        for f in get("GOFLAGS", "").split_whitespace() {
            if let Some(list) = f.strip_prefix("-tags=") {
                tags.extend(tag_list(list));
            }
        }
        let build = BuildContext {
            goos: get("GOOS", "linux"),
            goarch: get("GOARCH", "amd64"),
            cgo_enabled: get("CGO_ENABLED", "1") == "1",
            go_minor: go_minor(&version).max(1),
            tags,
        };
        Env { goroot, gomodcache, build, cwd, tests: true }
    }

    /// Adds build tags as the go command's `-tags` takes them: a comma-separated list (the older
    /// space-separated form is accepted too).
    pub fn add_tags(&mut self, list: &str) {
        self.build.tags.extend(tag_list(list));
    }

    /// A path as shown to users: relative to the working directory when below it.
    pub fn display(&self, p: &Path) -> String {
        match p.strip_prefix(&self.cwd) {
            Ok(rel) if !rel.as_os_str().is_empty() => rel.to_string_lossy().into_owned(),
            _ => p.to_string_lossy().into_owned(),
        }
    }
}

/// The tags of a `-tags` list.
fn tag_list(list: &str) -> impl Iterator<Item = String> + '_ {
    list.split([',', ' ']).filter(|t| !t.is_empty()).map(str::to_string)
}

/// One module whose packages can be imported.
#[derive(Clone, Debug)]
struct Module {
    path: String,
    dir: PathBuf,
    vendor: bool,
    /// Its go.mod's `go` directive (empty if absent) and requirements: the module graph's roots.
    go: String,
    require: Vec<(String, String)>,
}

/// The modules in play: main modules (go.mod or go.work) and their requirements.
#[derive(Clone, Debug, Default)]
struct Modules {
    mains: Vec<Module>,
    require: FxHashMap<String, String>,
    replace: Vec<Replace>,
    /// The main go.mod files' `exclude`d module versions, which the module graph leaves out.
    exclude: FxHashSet<(String, String)>,
    go_minor: u32,
    /// Whether a go.work file chose the main modules.
    workspace: bool,
    /// Modules a go.work file lists that cannot be loaded (the go command refuses to run).
    work_errors: Vec<String>,
    /// The versions minimal version selection picks over the module graph (`load/graph.rs`),
    /// built on first need: for a module the main go.mod files do not list, which happens when
    /// they predate Go 1.17's complete `// indirect` lists.
    graph: std::sync::OnceLock<FxHashMap<String, String>>,
}

/// Index of a parsed file in [`Loaded::files`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct FileId(pub u32);

/// Index of a unit in [`Loaded::units`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct UnitId(pub u32);

/// A parsed source file.
#[derive(Debug)]
pub struct SourceFile {
    pub path: PathBuf,
    /// The path as printed in diagnostics.
    pub display: String,
    /// Size of the source in bytes (the syntax tree of a dependency-only file is dropped after checking).
    pub size: usize,
    pub ast: File,
    /// The file each of `ast.line_directives` names, as printed in diagnostics (a relative name is
    /// relative to this file's directory, as go/scanner resolves it).
    directive_displays: Vec<String>,
}

impl SourceFile {
    /// A parsed file; `display` prints a path as diagnostics show it.
    pub fn new(path: PathBuf, ast: File, display: impl Fn(&Path) -> String) -> SourceFile {
        let dir = path.parent().unwrap_or(Path::new(""));
        let directive_displays = ast
            .line_directives
            .iter()
            .map(|d| match d.filename.as_deref() {
                None => display(&path),
                Some("") => String::new(),
                Some(name) => display(&normalize(&dir.join(name))),
            })
            .collect();
        SourceFile {
            display: display(&path),
            size: ast.source.len(),
            path,
            ast,
            directive_displays,
        }
    }

    /// The position of a byte offset as diagnostics print it, `//line` directives applied as go/types
    /// applies them: the file, line and column (0 when a directive makes the column unknown).
    pub fn position(&self, offset: u32) -> (&str, u32, u32) {
        let p = self.ast.position(offset);
        let directive = self.ast.line_directives.partition_point(|d| d.offset <= offset);
        let path = match directive.checked_sub(1) {
            None => &self.display,
            Some(i) => &self.directive_displays[i],
        };
        (path, p.line, p.col)
    }

    /// A diagnostic at a byte offset of this file.
    pub fn diagnostic(&self, offset: u32, message: String) -> Diagnostic {
        let (path, line, col) = self.position(offset);
        Diagnostic { path: path.to_string(), line, col, message }
    }
}

/// Which view of a package a unit is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UnitKind {
    /// The package as its importers see it.
    Normal,
    /// The package with its in-package `_test.go` files.
    TestVariant,
    /// The external `p_test` package.
    XTest,
}

/// A set of files type-checked together as one package.
#[derive(Debug)]
pub struct Unit {
    /// The package path as go/types reports it (`p_test` for external tests).
    pub path: String,
    pub dir: PathBuf,
    pub kind: UnitKind,
    pub files: Vec<FileId>,
    /// Import path as written → the unit it resolves to (`None`: unresolved, or `unsafe`/`C`).
    pub imports: FxHashMap<String, Option<UnitId>>,
    /// Matched by the patterns and reported on (its function bodies are checked).
    pub root: bool,
    /// Function bodies must be checked (roots, and nothing else).
    pub check_bodies: bool,
    /// Minor Go version of the module the package belongs to.
    pub go_minor: u32,
}

/// Everything the loader produces.
#[derive(Debug, Default)]
pub struct Loaded {
    pub files: Vec<SourceFile>,
    /// Units in dependency order: every unit comes after the units it imports.
    pub units: Vec<Unit>,
    /// Errors at a position: syntax errors, and imports that cannot be resolved (`could not import
    /// X (why)`, at each import of it).
    pub diagnostics: Vec<Diagnostic>,
    /// Package-level notes: import cycles, directories without Go files among the dependencies.
    pub notes: Vec<Diagnostic>,
    /// Patterns that cannot be loaded, and go.work files the go command would refuse, in the go
    /// command's words: the run goes on with the other patterns, but the command should fail.
    pub pattern_errors: Vec<String>,
}

/// A package directory with its selected files, before units are formed.
#[derive(Debug, Default)]
struct Pkg {
    path: String,
    dir: PathBuf,
    go_files: Vec<FileId>,
    test_files: Vec<FileId>,
    xtest_files: Vec<FileId>,
    /// import path as written → resolved package index.
    imports: FxHashMap<String, Option<usize>>,
    test_imports: FxHashSet<String>,
    root: bool,
    go_minor: u32,
    /// The resolution context: std (GOROOT vendor), a module dir (its vendor), or plain.
    ctx: ImportCtx,
}

/// A package's state in the depth-first walk that orders packages by their imports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Visit {
    New,
    /// On the walk's stack: an import of it closes a cycle.
    OnStack,
    Done,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
enum ImportCtx {
    #[default]
    Plain,
    Std,
    Cmd,
}

struct Loader<'e> {
    env: &'e Env,
    mods: Modules,
    files: Vec<SourceFile>,
    pkgs: Vec<Pkg>,
    by_dir: FxHashMap<PathBuf, usize>,
    diagnostics: Vec<Diagnostic>,
    notes: Vec<Diagnostic>,
    pattern_errors: Vec<String>,
    /// The `all` pattern: every loaded package is a root, tests included.
    all: bool,
    /// Each package's imports in its non-test files, made when first asked for: ordering the
    /// units asks again and again, and reading them means unquoting every import spec.
    non_test_imports: std::sync::Mutex<FxHashMap<usize, std::sync::Arc<FxHashSet<String>>>>,
}

fn unquote_import(file: &File, id: mapscope_syntax::ast::ExprId) -> Option<String> {
    let e = &file[id];
    if !matches!(e.kind, ExprKind::BasicLit { .. }) {
        return None;
    }
    // As strconv.Unquote: `"m\x61th"` imports "math".
    crate::constant::unquote(file.text(e.span).trim())
        .map(|path| String::from_utf8_lossy(&path).into_owned())
}

/// Whether an import path is one go/types accepts (its `validatedImportPath`): not empty, and
/// only graphic, non-space characters outside a short list of punctuation.
fn valid_import_path(path: &str) -> bool {
    const ILLEGAL: &str = "!\"#$%&'()*,:;<=>?[\\]^{|}`\u{FFFD}";
    !path.is_empty()
        && path.chars().all(|c| !c.is_control() && !c.is_whitespace() && !ILLEGAL.contains(c))
}

/// The import path of one import spec.
pub fn file_imports_one(file: &File, spec: &mapscope_syntax::ast::ImportSpec) -> Option<String> {
    unquote_import(file, spec.path)
}

/// The import paths of a parsed file.
pub fn file_imports(file: &File) -> Vec<String> {
    file.imports
        .iter()
        .filter_map(|&i| file.import(i))
        .filter_map(|s| unquote_import(file, s.path))
        .collect()
}

fn is_std_path(p: &str) -> bool {
    let first = p.split('/').next().unwrap_or("");
    !first.contains('.')
}

fn note(path: String, message: String) -> Diagnostic {
    Diagnostic { path, line: 0, col: 0, message }
}

/// An I/O error as the go command prints it (`no such file or directory`, not Rust's
/// `No such file or directory (os error 2)`).
fn io_error_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

impl<'e> Loader<'e> {
    fn find_modules(env: &Env, start: &Path) -> Modules {
        let mut mods = Modules { go_minor: env.build.go_minor, ..Default::default() };
        // GOROOT/src and GOROOT/src/cmd are the std and cmd modules.
        let mut dir = Some(start);
        let mut work: Option<(PathBuf, GoWork)> = None;
        let mut gomod: Option<(PathBuf, GoMod)> = None;
        while let Some(d) = dir {
            if gomod.is_none() {
                if let Ok(t) = std::fs::read_to_string(d.join("go.mod")) {
                    gomod = Some((d.to_path_buf(), GoMod::parse(&t, d)));
                }
            }
            if std::env::var("GOWORK").map_or(true, |v| v != "off") {
                if let Ok(t) = std::fs::read_to_string(d.join("go.work")) {
                    work = Some((d.to_path_buf(), GoWork::parse(&t, d)));
                    break;
                }
            }
            dir = d.parent();
        }
        let add_main = |mods: &mut Modules, dir: &Path, m: &GoMod| {
            let minor = go_minor(&m.go);
            let vendor = minor >= 14 && dir.join("vendor/modules.txt").is_file();
            mods.mains.push(Module {
                path: m.module.clone(),
                dir: dir.to_path_buf(),
                vendor,
                go: m.go.clone(),
                require: m.require.clone(),
            });
            for (p, v) in &m.require {
                mods.require.entry(p.clone()).or_insert_with(|| v.clone());
            }
            mods.replace.extend(m.replace.iter().cloned());
            mods.exclude.extend(m.exclude.iter().cloned());
            if minor > 0 {
                mods.go_minor = minor;
            }
        };
        if let Some((work_dir, w)) = &work {
            mods.workspace = true;
            for u in &w.uses {
                match std::fs::read_to_string(u.join("go.mod")) {
                    Ok(t) => {
                        let m = GoMod::parse(&t, u);
                        add_main(&mut mods, u, &m);
                    }
                    Err(e) => {
                        let shown = normalize(u.strip_prefix(work_dir).unwrap_or(u));
                        mods.work_errors.push(format!(
                            "cannot load module {} listed in go.work file: open {}: {}",
                            shown.display(),
                            shown.join("go.mod").display(),
                            io_error_text(&e)
                        ));
                    }
                }
            }
            // Workspace replacements win over module ones.
            let mut r = w.replace.clone();
            r.append(&mut mods.replace);
            mods.replace = r;
            if go_minor(&w.go) > 0 {
                mods.go_minor = go_minor(&w.go);
            }
        } else if let Some((d, m)) = &gomod {
            add_main(&mut mods, d, m);
        }
        mods
    }

    fn in_goroot_src(&self, dir: &Path) -> Option<ImportCtx> {
        let rel = dir.strip_prefix(self.env.goroot.join("src")).ok()?;
        Some(if rel.starts_with("cmd") { ImportCtx::Cmd } else { ImportCtx::Std })
    }

    /// The import path of a directory, from GOROOT or the main modules.
    fn dir_import_path(&self, dir: &Path) -> Option<String> {
        let src = self.env.goroot.join("src");
        if let Ok(rel) = dir.strip_prefix(&src) {
            return Some(rel.to_string_lossy().into_owned());
        }
        let mut best: Option<(usize, String)> = None;
        for m in &self.mods.mains {
            if let Ok(rel) = dir.strip_prefix(&m.dir) {
                let depth = m.dir.components().count();
                if best.as_ref().is_none_or(|(d, _)| depth > *d) {
                    let r = rel.to_string_lossy();
                    let p = if r.is_empty() { m.path.clone() } else { format!("{}/{}", m.path, r) };
                    best = Some((depth, p));
                }
            }
        }
        best.map(|(_, p)| p)
    }

    /// The version of a module: the main go.mod files' requirement, else the module graph's.
    fn required_version(&self, module: &str) -> Option<&String> {
        self.mods.require.get(module).or_else(|| self.module_graph().get(module))
    }

    fn module_graph(&self) -> &FxHashMap<String, String> {
        self.mods.graph.get_or_init(|| self.select_versions())
    }

    fn module_dir(&self, mpath: &str, version: &str) -> PathBuf {
        self.env.gomodcache.join(format!("{}@{}", escape_path(mpath), escape_path(version)))
    }

    /// Resolves an import path seen in a package with context `ctx` to (canonical path, directory).
    fn resolve(&self, ctx: &ImportCtx, path: &str) -> Option<(String, PathBuf)> {
        let src = self.env.goroot.join("src");
        match ctx {
            ImportCtx::Std => {
                let v = src.join("vendor").join(path);
                if !is_std_path(path) && v.is_dir() {
                    return Some((format!("vendor/{path}"), v));
                }
            }
            ImportCtx::Cmd => {
                let v = src.join("cmd/vendor").join(path);
                if !is_std_path(path) && v.is_dir() {
                    return Some((format!("cmd/vendor/{path}"), v));
                }
            }
            ImportCtx::Plain => {}
        }
        if is_std_path(path) {
            let d = src.join(path);
            if d.is_dir() {
                return Some((path.to_string(), d));
            }
        }
        // The one module whose tree holds the package; when none does (or several), the longest
        // module-path prefix below gives the directory that the error message names.
        match self.lookup_in_modules(path) {
            Lookup::Found(dir) => return Some((path.to_string(), dir)),
            Lookup::Ambiguous(_) => return None,
            Lookup::Missing => {}
        }
        // Main modules (longest prefix).
        let mut best: Option<&Module> = None;
        for m in &self.mods.mains {
            if (path == m.path || path.starts_with(&format!("{}/", m.path)))
                && best.is_none_or(|b| m.path.len() > b.path.len())
            {
                best = Some(m);
            }
        }
        if let Some(m) = best {
            let rel = path[m.path.len()..].trim_start_matches('/');
            return Some((path.to_string(), m.dir.join(rel)));
        }
        for m in &self.mods.mains {
            if m.vendor {
                let d = m.dir.join("vendor").join(path);
                if d.is_dir() {
                    return Some((path.to_string(), d));
                }
            }
        }
        // Replacements, then requirements, by longest module-path prefix.
        let prefixes = |p: &str| {
            let mut v = vec![p.to_string()];
            let mut s = p;
            while let Some(i) = s.rfind('/') {
                s = &s[..i];
                v.push(s.to_string());
            }
            v
        };
        for mp in prefixes(path) {
            let rel = path[mp.len()..].trim_start_matches('/');
            let version = self.mods.require.get(&mp);
            // A module only the graph names: looked up only when the main requirements fail,
            // and only where it can provide the package.
            let version = version.or_else(|| {
                let v = self.module_graph().get(&mp)?;
                self.module_dir(&mp, v).join(rel).is_dir().then_some(v)
            });
            if let Some(target) = self.replacement(&mp, version.map(String::as_str)) {
                let d = match target {
                    ReplaceTarget::Dir(d) => d.join(rel),
                    ReplaceTarget::Module { path: p, version: v } => {
                        self.module_dir(p, v).join(rel)
                    }
                };
                return Some((path.to_string(), d));
            }
            if let Some(v) = version {
                return Some((path.to_string(), self.module_dir(&mp, v).join(rel)));
            }
        }
        None
    }

    /// Where a module (at a version, if selected) is replaced to: the first `replace` for its path
    /// that names no version or that version.
    fn replacement(&self, module: &str, version: Option<&str>) -> Option<&ReplaceTarget> {
        let r = self.mods.replace.iter().find(|r| {
            r.old_path == module && r.old_version.as_deref().is_none_or(|v| Some(v) == version)
        })?;
        Some(&r.target)
    }

    /// Why an import path does not resolve to a package, in the go command's words.
    fn why_unresolved(&self, ctx: &ImportCtx, path: &str) -> String {
        if is_std_path(path) {
            let dir = self.env.goroot.join("src").join(path);
            return format!("package {path} is not in std ({})", dir.display());
        }
        if let Lookup::Ambiguous(message) = self.lookup_in_modules(path) {
            return message;
        }
        let Some((_, dir)) = self.resolve(ctx, path) else {
            return format!("no required module provides package {path}");
        };
        if dir.is_dir() {
            return format!("no Go files in {}", dir.display());
        }
        // A required module: either not downloaded, or without that package.
        let mut module = path;
        loop {
            if let Some(version) = self.required_version(module) {
                let root = self.module_dir(module, version);
                return if root.is_dir() {
                    format!("module {module}@{version} found, but does not contain package {path}")
                } else {
                    format!(
                        "module {module}@{version} is not in the module cache: run go mod download"
                    )
                };
            }
            match module.rfind('/') {
                Some(i) => module = &module[..i],
                None => return format!("cannot find package {path} in {}", dir.display()),
            }
        }
    }

    /// Lists and selects the Go files of a directory; returns (go, test, xtest-candidates) file paths.
    fn select_files(&self, dir: &Path, with_tests: bool) -> Option<Vec<(PathBuf, bool, Vec<u8>)>> {
        let rd = std::fs::read_dir(dir).ok()?;
        let mut names: Vec<String> = rd
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file() || t.is_symlink()))
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| n.ends_with(".go") && !n.starts_with('_') && !n.starts_with('.'))
            .collect();
        names.sort();
        let mut out = Vec::new();
        for n in names {
            let is_test = n.ends_with("_test.go");
            if is_test && !with_tests {
                continue;
            }
            if !self.env.build.good_os_arch_file(&n) {
                continue;
            }
            let p = dir.join(&n);
            let Ok(bytes) = std::fs::read(&p) else { continue };
            if !self.env.build.good_header(&bytes) {
                continue;
            }
            out.push((p, is_test, bytes));
        }
        Some(out)
    }

    /// Loads (reads, selects, parses) a batch of package directories in parallel.
    fn load_batch(&mut self, batch: Vec<(String, PathBuf, bool)>) -> Vec<usize> {
        let selected: Vec<_> = batch
            .par_iter()
            .map(|(_, dir, root)| {
                let files = self.select_files(dir, *root && self.env.tests);
                let parsed: Vec<(PathBuf, bool, File, Vec<SyntaxError>)> = files
                    .unwrap_or_default()
                    .into_par_iter()
                    .map(|(p, t, bytes)| {
                        let parse = mapscope_syntax::parse_file(&bytes);
                        (p, t, parse.file, parse.errors)
                    })
                    // `import "C"` files need cgo: without CGO_ENABLED the go command leaves them out.
                    .filter(|(_, _, f, _)| {
                        self.env.build.cgo_enabled || !file_imports(f).iter().any(|i| i == "C")
                    })
                    .collect();
                parsed
            })
            .collect();
        let mut new = Vec::new();
        for ((path, dir, root), files) in batch.into_iter().zip(selected) {
            let ctx = self.in_goroot_src(&dir).unwrap_or_default();
            let mut pkg = Pkg {
                path,
                dir: dir.clone(),
                root,
                go_minor: if ctx == ImportCtx::Plain {
                    self.mods.go_minor
                } else {
                    self.env.build.go_minor
                },
                ctx,
                ..Default::default()
            };
            if files.is_empty() {
                self.notes.push(note(
                    self.env.display(&dir),
                    format!("no Go files for package {} in {}", pkg.path, dir.display()),
                ));
            }
            // Package name of the non-test files decides which _test files are external.
            let name = files
                .iter()
                .find(|(_, t, _, _)| !t)
                .map(|(_, _, f, _)| f.name(f.name.name).to_string())
                .or_else(|| {
                    // Only test files: as go/build, a `p_test` first file names package p.
                    files.first().map(|(_, _, f, _)| {
                        let n = f.name(f.name.name);
                        n.strip_suffix("_test").unwrap_or(n).to_string()
                    })
                })
                .unwrap_or_default();
            for (p, is_test, ast, errors) in files {
                let id = FileId(self.files.len() as u32);
                let fname = ast.name(ast.name.name).to_string();
                let xtest = is_test && fname != name && fname.ends_with("_test");
                for imp in file_imports(&ast) {
                    if is_test {
                        pkg.test_imports.insert(imp.clone());
                    }
                    pkg.imports.entry(imp).or_insert(None);
                }
                if xtest {
                    pkg.xtest_files.push(id);
                } else if is_test {
                    pkg.test_files.push(id);
                } else {
                    pkg.go_files.push(id);
                }
                let file = SourceFile::new(p, ast, |p| self.env.display(p));
                for e in errors {
                    self.diagnostics.push(file.diagnostic(e.offset, e.message));
                }
                self.files.push(file);
            }
            let idx = self.pkgs.len();
            self.by_dir.insert(dir, idx);
            self.pkgs.push(pkg);
            new.push(idx);
        }
        new
    }

    /// Loads roots and, level by level, everything they import.
    fn load_all(&mut self, roots: Vec<(String, PathBuf)>) {
        let mut batch: Vec<(String, PathBuf, bool)> = Vec::new();
        let mut seen: FxHashSet<PathBuf> = FxHashSet::default();
        for (p, d) in roots {
            if seen.insert(d.clone()) {
                batch.push((p, d, true));
            }
        }
        while !batch.is_empty() {
            let new = self.load_batch(batch);
            batch = Vec::new();
            for idx in new {
                let imports: Vec<String> = self.pkgs[idx].imports.keys().cloned().collect();
                for imp in imports {
                    if imp == "C" || imp == "unsafe" {
                        continue;
                    }
                    if let Some((canon, dir)) = self.resolve(&self.pkgs[idx].ctx, &imp) {
                        if dir.is_dir() && seen.insert(dir.clone()) {
                            // With `all`, every package is matched, with its tests.
                            batch.push((canon, dir, self.all));
                        }
                    }
                }
            }
        }
        // Resolve import edges to package indices.
        for i in 0..self.pkgs.len() {
            let imports: Vec<String> = self.pkgs[i].imports.keys().cloned().collect();
            for imp in imports {
                if imp == "C" || imp == "unsafe" {
                    continue;
                }
                let target = self
                    .resolve(&self.pkgs[i].ctx, &imp)
                    .and_then(|(_, d)| self.by_dir.get(&d).copied());
                let target = target.filter(|&t| !self.pkgs[t].go_files.is_empty());
                // An import path that is not one (`"\nbogus"`, `"a!"`) is the checker's to report.
                if target.is_none() && valid_import_path(&imp) {
                    let why = self.why_unresolved(&self.pkgs[i].ctx, &imp);
                    let message = format!("could not import {imp} ({why})");
                    let pkg = &self.pkgs[i];
                    for f in pkg.go_files.iter().chain(&pkg.test_files).chain(&pkg.xtest_files) {
                        let file = &self.files[f.0 as usize];
                        for spec in file.ast.imports.iter().filter_map(|&s| file.ast.import(s)) {
                            if file_imports_one(&file.ast, spec).as_deref() == Some(imp.as_str()) {
                                let at = file.ast[spec.path].span.start;
                                self.diagnostics.push(file.diagnostic(at, message.clone()));
                            }
                        }
                    }
                }
                self.pkgs[i].imports.insert(imp, target);
            }
        }
    }

    /// Turns packages into check units, in dependency order.
    fn units(&mut self) -> Vec<Unit> {
        // Unit index per (pkg, kind).
        let n = self.pkgs.len();
        let mut normal: Vec<Option<usize>> = vec![None; n];
        let mut testv: Vec<Option<usize>> = vec![None; n];
        let mut order: Vec<usize> = Vec::new();
        let mut state = vec![Visit::New; n];
        // Iterative DFS over non-test imports for a topological order of packages.
        for start in 0..n {
            if state[start] != Visit::New {
                continue;
            }
            let mut stack: Vec<(usize, Vec<usize>)> = vec![(start, self.deps(start, false))];
            state[start] = Visit::OnStack;
            while let Some((p, rest)) = stack.last_mut() {
                if let Some(d) = rest.pop() {
                    match state[d] {
                        Visit::New => {
                            state[d] = Visit::OnStack;
                            let dd = self.deps(d, false);
                            stack.push((d, dd));
                        }
                        Visit::OnStack => {
                            // Import cycle: drop the edge, note it.
                            let p = *p;
                            let imp: Vec<String> = self.pkgs[p]
                                .imports
                                .iter()
                                .filter(|(_, t)| **t == Some(d))
                                .map(|(k, _)| k.clone())
                                .collect();
                            for k in imp {
                                self.pkgs[p].imports.insert(k.clone(), None);
                                self.notes.push(note(
                                    self.env.display(&self.pkgs[p].dir),
                                    format!(
                                        "import cycle not allowed: {} imports {k}",
                                        self.pkgs[p].path
                                    ),
                                ));
                            }
                        }
                        Visit::Done => {}
                    }
                } else {
                    let p = *p;
                    state[p] = Visit::Done;
                    order.push(p);
                    stack.pop();
                }
            }
        }
        let mut units: Vec<Unit> = Vec::new();
        for &p in &order {
            let pk = &self.pkgs[p];
            if pk.go_files.is_empty()
                && !(pk.root && (!pk.test_files.is_empty() || !pk.xtest_files.is_empty()))
            {
                continue;
            }
            let has_test = pk.root && !pk.test_files.is_empty();
            normal[p] = Some(units.len());
            units.push(Unit {
                path: pk.path.clone(),
                dir: pk.dir.clone(),
                kind: UnitKind::Normal,
                files: pk.go_files.clone(),
                imports: FxHashMap::default(),
                root: pk.root && !has_test,
                check_bodies: pk.root && !has_test,
                go_minor: pk.go_minor,
            });
        }
        // Test variants and external tests come after all normal units (they import only normal units,
        // or the test variant of their own package).
        for &p in &order {
            let pk = &self.pkgs[p];
            if pk.root && !pk.test_files.is_empty() {
                testv[p] = Some(units.len());
                // go list's CompiledGoFiles order: the package's files, then its in-package test
                // files; go/types declares in that order and go/ssa numbers `init#N` by it.
                let mut files = pk.go_files.clone();
                files.extend(&pk.test_files);
                units.push(Unit {
                    path: pk.path.clone(),
                    dir: pk.dir.clone(),
                    kind: UnitKind::TestVariant,
                    files,
                    imports: FxHashMap::default(),
                    root: true,
                    check_bodies: true,
                    go_minor: pk.go_minor,
                });
            }
        }
        // go list's "q [p.test]": packages imported by p's external tests that themselves import p are
        // re-checked against p's test variant, so the external test sees one p (API only, no bodies).
        let mut for_test: Vec<Option<usize>> = vec![None; units.len()];
        let mut recomp: FxHashMap<(usize, usize), usize> = FxHashMap::default();
        for &p in &order {
            let pk = &self.pkgs[p];
            if !(pk.root && !pk.test_files.is_empty() && !pk.xtest_files.is_empty()) {
                continue;
            }
            let mut stack: Vec<usize> = Vec::new();
            for f in &pk.xtest_files {
                for imp in file_imports(&self.files[f.0 as usize].ast) {
                    if let Some(Some(t)) = pk.imports.get(&imp) {
                        if *t != p {
                            stack.push(*t);
                        }
                    }
                }
            }
            let mut closure = FxHashSet::default();
            while let Some(q) = stack.pop() {
                if q != p && closure.insert(q) {
                    stack.extend(self.deps(q, false));
                }
            }
            let mut reaches: FxHashSet<usize> = FxHashSet::default();
            for &q in &order {
                if closure.contains(&q)
                    && self.deps(q, false).iter().any(|d| *d == p || reaches.contains(d))
                {
                    reaches.insert(q);
                    let qk = &self.pkgs[q];
                    recomp.insert((q, p), units.len());
                    for_test.push(Some(p));
                    units.push(Unit {
                        path: qk.path.clone(),
                        dir: qk.dir.clone(),
                        kind: UnitKind::Normal,
                        files: qk.go_files.clone(),
                        imports: FxHashMap::default(),
                        root: false,
                        check_bodies: false,
                        go_minor: qk.go_minor,
                    });
                }
            }
        }
        for &p in &order {
            let pk = &self.pkgs[p];
            if pk.root && !pk.xtest_files.is_empty() {
                units.push(Unit {
                    path: format!("{}_test", pk.path),
                    dir: pk.dir.clone(),
                    kind: UnitKind::XTest,
                    files: pk.xtest_files.clone(),
                    imports: FxHashMap::default(),
                    root: true,
                    check_bodies: true,
                    go_minor: pk.go_minor,
                });
            }
        }
        // Import maps.
        let mut pkg_of_unit: Vec<usize> = Vec::with_capacity(units.len());
        for u in &units {
            pkg_of_unit.push(self.by_dir[&u.dir]);
        }
        for (ui, u) in units.iter_mut().enumerate() {
            let p = pkg_of_unit[ui];
            let pk = &self.pkgs[p];
            for f in &u.files {
                for imp in file_imports(&self.files[f.0 as usize].ast) {
                    let target = match imp.as_str() {
                        "C" | "unsafe" => None,
                        _ => pk.imports.get(&imp).copied().flatten().and_then(|t| {
                            let ft = if u.kind == UnitKind::XTest {
                                Some(p)
                            } else {
                                for_test.get(ui).copied().flatten()
                            };
                            match ft {
                                Some(tp) if t == tp => testv[t].or(normal[t]),
                                Some(tp) => recomp.get(&(t, tp)).copied().or(normal[t]),
                                None => normal[t],
                            }
                        }),
                    };
                    u.imports.insert(imp, target.map(|t| UnitId(t as u32)));
                }
            }
            // Units only ever point back (dependency order); anything else would be a loader bug.
            u.imports.retain(|_, t| t.is_none_or(|t| (t.0 as usize) < ui));
        }
        units
    }

    fn deps(&self, p: usize, tests: bool) -> Vec<usize> {
        let pk = &self.pkgs[p];
        let mut v: Vec<usize> = pk
            .imports
            .iter()
            .filter(|(k, _)| tests || !pk.test_imports.contains(*k) || self.non_test_import(p, k))
            .filter_map(|(_, t)| *t)
            .filter(|&t| t != p)
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    fn non_test_import(&self, p: usize, imp: &str) -> bool {
        let imports = self
            .non_test_imports
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .entry(p)
            .or_insert_with(|| {
                let files = self.pkgs[p].go_files.iter();
                std::sync::Arc::new(
                    files.flat_map(|f| file_imports(&self.files[f.0 as usize].ast)).collect(),
                )
            })
            .clone();
        imports.contains(imp)
    }

    /// Expands the patterns to (import path, directory) roots, plus an ad-hoc package for `.go`
    /// file arguments and whether `all` was asked for. A pattern that cannot be loaded adds a
    /// pattern error in the go command's words and matches nothing.
    fn expand(&mut self, patterns: &[String]) -> Expansion {
        let mut out = Expansion::default();
        let src = self.env.goroot.join("src");
        for pat in patterns {
            if pat.ends_with(".go") {
                out.files.push(self.env.cwd.join(pat));
                continue;
            }
            if pat == "std" {
                walk(&src, true, &mut out.roots, &src, self, &|d| self.dir_import_path(d));
                continue;
            }
            if pat == "cmd" {
                walk(&src.join("cmd"), false, &mut out.roots, &src, self, &|d| {
                    self.dir_import_path(d)
                });
                continue;
            }
            if pat == "all" {
                // The main modules' packages, then (once loaded) everything they import.
                out.all = true;
                let mains: Vec<PathBuf> = self.mods.mains.iter().map(|m| m.dir.clone()).collect();
                for dir in mains {
                    walk(&dir, false, &mut out.roots, &src, self, &|d| self.dir_import_path(d));
                }
                continue;
            }
            let (base, recursive) = match pat.strip_suffix("/...") {
                Some(b) => (b, true),
                None if pat == "..." => ("", true),
                None => (pat.as_str(), false),
            };
            let local = base.is_empty()
                || base == "."
                || base == ".."
                || base.starts_with("./")
                || base.starts_with("../")
                || Path::new(base).is_absolute();
            if local {
                let shown = clean_pattern_dir(base);
                let dir = normalize(&self.env.cwd.join(if base.is_empty() { "." } else { base }));
                if !dir.is_dir() {
                    out.errors.push(if recursive {
                        format!("pattern {pat}: lstat {base}/: no such file or directory")
                    } else {
                        format!("stat {}: directory not found", dir.display())
                    });
                    continue;
                }
                if !self.in_module_or_goroot(&dir) {
                    let owner = if self.mods.workspace {
                        "modules listed in go.work or their selected dependencies"
                    } else {
                        "main module or its selected dependencies"
                    };
                    out.errors.push(if recursive {
                        format!("pattern {pat}: directory prefix {shown} does not contain {owner}")
                    } else {
                        format!("directory {shown} outside {owner}")
                    });
                    continue;
                }
                if recursive {
                    let found = self.walk_matched(pat, &dir, &|d| self.dir_import_path(d));
                    out.roots.extend(found.unwrap_or_else(|e| {
                        out.errors.push(e);
                        Vec::new()
                    }));
                } else if let Some(e) = self.no_go_files(&dir) {
                    out.errors.push(e);
                } else {
                    let p = self
                        .dir_import_path(&dir)
                        .unwrap_or_else(|| dir.to_string_lossy().into_owned());
                    out.roots.push((p, dir));
                }
                continue;
            }
            // An import path (or import path pattern): resolved as an import from the main modules.
            let resolved = self.resolve(&ImportCtx::Plain, base).map(|(_, d)| normalize(&d));
            if recursive {
                let found = match &resolved {
                    Some(dir) if dir.is_dir() => {
                        // Below a dependency's directory, import paths continue the pattern's.
                        let path_of = |d: &Path| {
                            let rel = d.strip_prefix(dir).ok()?.to_string_lossy().into_owned();
                            Some(if rel.is_empty() {
                                base.to_string()
                            } else {
                                format!("{base}/{rel}")
                            })
                        };
                        self.walk_matched(pat, dir, &path_of)
                    }
                    _ => Err(format!("\"{pat}\" matched no packages")),
                };
                out.roots.extend(found.unwrap_or_else(|e| {
                    out.errors.push(e);
                    Vec::new()
                }));
                continue;
            }
            match resolved {
                Some(dir) if dir.is_dir() => match self.no_go_files(&dir) {
                    Some(e) => out.errors.push(e),
                    None => out.roots.push((base.to_string(), dir)),
                },
                _ if is_std_path(base) => out
                    .errors
                    .push(format!("package {base} is not in std ({})", src.join(base).display())),
                _ => out.errors.push(match self.lookup_in_modules(base) {
                    Lookup::Ambiguous(message) => message,
                    _ => format!(
                        "no required module provides package {base}; to add it:\n\tgo get {base}"
                    ),
                }),
            }
        }
        out
    }

    /// The packages below `dir` for a `/...` pattern, or the go command's complaint that it
    /// matched none.
    fn walk_matched(
        &self,
        pat: &str,
        dir: &Path,
        path_of: &dyn Fn(&Path) -> Option<String>,
    ) -> Result<Vec<(String, PathBuf)>, String> {
        let mut found = Vec::new();
        walk(dir, false, &mut found, &self.env.goroot.join("src"), self, path_of);
        if found.is_empty() { Err(format!("\"{pat}\" matched no packages")) } else { Ok(found) }
    }

    /// Whether a directory named by a local pattern is one the go command loads: inside a main
    /// module, GOROOT/src, the module cache or a main module's vendor tree. Outside any module (no
    /// go.mod found), every directory is accepted.
    fn in_module_or_goroot(&self, dir: &Path) -> bool {
        self.mods.mains.is_empty()
            || dir.starts_with(self.env.goroot.join("src"))
            || dir.starts_with(&self.env.gomodcache)
            || self.mods.mains.iter().any(|m| dir.starts_with(&m.dir))
    }

    /// The go command's complaint about a package directory without Go files for this build, if any.
    fn no_go_files(&self, dir: &Path) -> Option<String> {
        let any_go = std::fs::read_dir(dir).ok()?.filter_map(|e| e.ok()).any(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.ends_with(".go") && !name.starts_with('.') && !name.starts_with('_')
        });
        if !any_go {
            return Some(format!("no Go files in {}", dir.display()));
        }
        match self.select_files(dir, self.env.tests) {
            Some(files) if files.is_empty() => {
                Some(format!("build constraints exclude all Go files in {}", dir.display()))
            }
            _ => None,
        }
    }
}

/// The patterns' expansion.
#[derive(Default)]
struct Expansion {
    /// (import path, directory) of each matched package.
    roots: Vec<(String, PathBuf)>,
    /// `.go` files named on the command line: one ad-hoc package.
    files: Vec<PathBuf>,
    /// `all` was asked for: every loaded package is a root.
    all: bool,
    /// Patterns that could not be loaded.
    errors: Vec<String>,
}

/// The directory of a local pattern as the go command names it in errors (`filepath.Clean`).
fn clean_pattern_dir(base: &str) -> String {
    if base.is_empty() {
        return ".".to_string();
    }
    let cleaned = normalize(Path::new(base));
    let text = cleaned.to_string_lossy();
    if text.is_empty() { ".".to_string() } else { text.into_owned() }
}

fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}

/// Collects package directories below `dir` as `./...` does: skips `testdata`, `vendor` (unless `std`),
/// names starting with `.` or `_`, and nested modules.
fn walk(
    dir: &Path,
    std_all: bool,
    out: &mut Vec<(String, PathBuf)>,
    goroot_src: &Path,
    l: &Loader<'_>,
    path_of: &dyn Fn(&Path) -> Option<String>,
) {
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        let mut has_go = false;
        let mut subdirs = Vec::new();
        for e in rd.filter_map(|e| e.ok()) {
            let name = e.file_name().to_string_lossy().into_owned();
            let Ok(ft) = e.file_type() else { continue };
            if ft.is_dir() {
                if name == "testdata" || name.starts_with('.') || name.starts_with('_') {
                    continue;
                }
                if name == "vendor" && !std_all {
                    continue;
                }
                let p = e.path();
                if std_all && d == goroot_src && name == "cmd" {
                    continue;
                }
                // Nested modules are skipped, except workspace modules (the go command refuses `./...`
                // at a go.work root; walking into the `use`d modules is what users mean).
                let is_main = l.mods.mains.iter().any(|m| m.dir == p);
                if p.join("go.mod").is_file() && !(std_all && name == "vendor") && !is_main {
                    continue;
                }
                subdirs.push(p);
            } else if name.ends_with(".go") && !name.starts_with('.') && !name.starts_with('_') {
                has_go = true;
            }
        }
        if has_go {
            let path = path_of(&d).unwrap_or_else(|| d.to_string_lossy().into_owned());
            // The go command's wildcards skip the documentation-only pseudo-package.
            if path != "builtin" {
                out.push((path, d.clone()));
            }
        }
        subdirs.sort();
        stack.extend(subdirs.into_iter().rev());
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
}

/// Loads the packages matched by `patterns` and everything they import.
pub fn load(env: &Env, patterns: &[String]) -> Loaded {
    let mut mods = Loader::find_modules(env, &env.cwd);
    if mods.mains.is_empty() {
        // Outside any module: use the module of the first directory or file named on the command line
        // (the go command would refuse; `mapscope types --at path/in/module/x.go:1:2` should just work).
        let first = patterns.iter().find(|p| {
            p.starts_with('.')
                || p.starts_with('/')
                || p.ends_with(".go")
                || env.cwd.join(p).is_dir()
        });
        if let Some(p) = first {
            let p = p.trim_end_matches("/...");
            let mut dir = normalize(&env.cwd.join(p));
            if p.ends_with(".go") {
                dir.pop();
            }
            mods = Loader::find_modules(env, &dir);
        }
    }
    let mut l = Loader {
        env,
        mods,
        files: Vec::new(),
        pkgs: Vec::new(),
        by_dir: FxHashMap::default(),
        diagnostics: Vec::new(),
        notes: Vec::new(),
        pattern_errors: Vec::new(),
        all: false,
        non_test_imports: Default::default(),
    };
    if !l.mods.work_errors.is_empty() {
        // The go command refuses to run in a workspace it cannot load; so do we.
        return Loaded {
            pattern_errors: std::mem::take(&mut l.mods.work_errors),
            ..Loaded::default()
        };
    }
    let Expansion { mut roots, files: adhoc, all, errors } = l.expand(patterns);
    l.pattern_errors = errors;
    l.all = all;
    if !adhoc.is_empty() {
        // `go vet a.go b.go`: one package from the listed files, named command-line-arguments.
        let dir = adhoc[0].parent().map(Path::to_path_buf).unwrap_or_default();
        roots.push(("command-line-arguments".into(), dir.clone()));
        l.load_all(roots);
        if let Some(&i) = l.by_dir.get(&dir) {
            let keep: FxHashSet<PathBuf> = adhoc.iter().map(|p| normalize(p)).collect();
            let files = &l.files;
            let pk = &mut l.pkgs[i];
            pk.path = "command-line-arguments".into();
            for list in [&mut pk.go_files, &mut pk.test_files, &mut pk.xtest_files] {
                list.retain(|f| keep.contains(&normalize(&files[f.0 as usize].path)));
            }
        }
    } else {
        l.load_all(roots);
    }
    let units = l.units();
    let by_position = |a: &Diagnostic, b: &Diagnostic| {
        (&a.path, a.line, a.col, &a.message).cmp(&(&b.path, b.line, b.col, &b.message))
    };
    let mut diagnostics = l.diagnostics;
    // Not deduplicated: go/parser reports an error as often as its recovery meets it (a file
    // cut short says `expected ';', found 'EOF'` once per construct left open), and each file
    // is parsed once.
    diagnostics.sort_by(by_position);
    let mut notes = l.notes;
    notes.sort_by(by_position);
    notes.dedup();
    Loaded { files: l.files, units, diagnostics, notes, pattern_errors: l.pattern_errors }
}
