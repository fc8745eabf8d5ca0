//! Which module provides an imported package, as cmd/go/internal/modload/import.go's
//! `importFromModules` decides: among the main modules and the selected modules whose path is a
//! prefix of the import path, the one whose tree holds the package's directory.
//!
//! The longest module path is not enough: a module that requires a module nested below its own
//! path (`go.opentelemetry.io/otel/sdk` requiring `go.opentelemetry.io/otel/sdk/metric`) gets that
//! package from the nested module, since its own tree has no such directory.

use super::Loader;
use super::gomod::ReplaceTarget;
use std::path::{Path, PathBuf};

/// What looking an import path up in the modules found.
#[derive(Debug)]
pub(super) enum Lookup {
    /// Exactly one module holds the package: its directory.
    Found(PathBuf),
    /// No module holds it; the caller reports what is missing.
    Missing,
    /// Several modules hold it: the go command's error, in its words.
    Ambiguous(String),
}

/// A module whose tree holds the package's directory.
struct Provider {
    module: String,
    /// The selected version; empty for a main module (which the go command prints without one).
    version: String,
    dir: PathBuf,
}

impl Loader<'_> {
    /// Looks a non-standard import path up in the main modules and the modules they select.
    pub(super) fn lookup_in_modules(&self, path: &str) -> Lookup {
        if self.mods.mains.iter().any(|m| m.vendor) {
            return self.lookup_vendored(path);
        }
        // The go command first tries the main go.mod files' requirements and reads the whole
        // module graph only when none of them holds the package.
        let mut found = self.providers(path, false);
        if found.is_empty() {
            found = self.providers(path, true);
        }
        match found.as_slice() {
            [] => Lookup::Missing,
            [only] => Lookup::Found(only.dir.clone()),
            _ => {
                // Listed from the shortest module path, as the go command lists them.
                let mut message =
                    format!("ambiguous import: found package {path} in multiple modules:");
                for p in found.iter().rev() {
                    message.push_str("\n\t");
                    message.push_str(&p.module);
                    if !p.version.is_empty() {
                        message.push(' ');
                        message.push_str(&p.version);
                    }
                    message.push_str(&format!(" ({})", p.dir.display()));
                }
                Lookup::Ambiguous(message)
            }
        }
    }

    /// In vendor mode the go command looks only at the main modules and the vendor directory.
    /// A package both hold stays the main module's, as it always was here.
    fn lookup_vendored(&self, path: &str) -> Lookup {
        let main = self.mods.mains.iter().find_map(|m| dir_in_module(path, &m.path, &m.dir, true));
        let vendored = || {
            self.mods.mains.iter().filter(|m| m.vendor).find_map(|m| {
                let dir = m.dir.join("vendor").join(path);
                is_go_dir(&dir).then_some(dir)
            })
        };
        match main.or_else(vendored) {
            Some(dir) => Lookup::Found(dir),
            None => Lookup::Missing,
        }
    }

    /// The modules whose path is a prefix of `path` and whose tree holds its directory, longest
    /// module path first: the main modules and the main go.mod files' requirements, or, with
    /// `graph`, the modules only the module graph selects.
    fn providers(&self, path: &str, graph: bool) -> Vec<Provider> {
        let mut found = Vec::new();
        let mut prefix = path;
        loop {
            let main = self.mods.mains.iter().find(|m| m.path == prefix);
            let required = self.mods.require.get(prefix);
            let selected = match (main, required) {
                (Some(m), _) if !graph => Some((String::new(), m.dir.clone(), true)),
                (None, Some(v)) if !graph => Some(self.module_root(prefix, v)),
                (None, None) if graph => {
                    self.module_graph().get(prefix).map(|v| self.module_root(prefix, v))
                }
                _ => None,
            };
            if let Some((version, root, local)) = selected {
                if let Some(dir) = dir_in_module(path, prefix, &root, local) {
                    found.push(Provider { module: prefix.to_string(), version, dir });
                }
            }
            match prefix.rfind('/') {
                Some(i) => prefix = &prefix[..i],
                None => break,
            }
        }
        found
    }

    /// A selected module's version, the root of its tree (its replacement's, if replaced), and
    /// whether that tree is a local directory rather than the module cache's.
    fn module_root(&self, module: &str, version: &str) -> (String, PathBuf, bool) {
        match self.replacement(module, Some(version)) {
            Some(ReplaceTarget::Dir(d)) => (version.to_string(), d.clone(), true),
            Some(ReplaceTarget::Module { path, version: v }) => {
                (version.to_string(), self.module_dir(path, v), false)
            }
            None => (version.to_string(), self.module_dir(module, version), false),
        }
    }
}

/// Where the package `path` sits in the tree of module `module` rooted at `root`, and whether that
/// directory holds Go files (cmd/go's `dirInModule`): `None` when the module path is no prefix of
/// the import path, when a nested module's go.mod claims the directory (checked only in local
/// trees: the module cache has no nested modules), or when the directory has no `.go` file.
fn dir_in_module(path: &str, module: &str, root: &Path, local: bool) -> Option<PathBuf> {
    let dir = if path == module {
        root.to_path_buf()
    } else {
        root.join(path.strip_prefix(module)?.strip_prefix('/')?)
    };
    if local {
        let mut d = dir.as_path();
        while d != root && d.starts_with(root) {
            if d.join("go.mod").is_file() {
                return None;
            }
            d = d.parent()?;
        }
    }
    is_go_dir(&dir).then_some(dir)
}

/// Whether a directory holds a `.go` file (cmd/go's `fsys.IsGoDir`): any regular file, or symbolic
/// link to one, with that suffix, whatever its build constraints.
fn is_go_dir(dir: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else { return false };
    entries.filter_map(Result::ok).any(|e| {
        e.file_name().to_string_lossy().ends_with(".go")
            && e.file_type().is_ok_and(|t| {
                t.is_file()
                    || (t.is_symlink() && std::fs::metadata(e.path()).is_ok_and(|m| m.is_file()))
            })
    })
}
