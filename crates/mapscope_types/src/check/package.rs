//! Checking one package given as source text, with no file system and no Go installation: the
//! [`Importer`] that resolves its imports, [`MemoryImporter`], and [`Program::check_package`].
//!
//! Types and objects live in per-unit arenas numbered by a unit's position in its [`Program`], so
//! a package can import only packages checked earlier in the same program; an importer names them
//! by [`UnitId`].

use super::{Program, UnitResult, Universe, check_unit};
use crate::Diagnostic;
use crate::load::{FileId, Loaded, SourceFile, Unit, UnitId, UnitKind};
use crate::types::ObjId;
use rustc_hash::FxHashMap;
use std::path::PathBuf;
use std::sync::OnceLock;

/// Resolves the import paths of a package being checked to packages checked before it.
///
/// `unsafe` and `C` never reach an importer: the checker knows `unsafe`, and `C` (cgo) is not
/// supported.
pub trait Importer {
    /// The already-checked unit that `path` names, or `None` when the package cannot be found
    /// (its uses then get invalid types and no further errors).
    fn import(&self, path: &str) -> Option<UnitId>;
}

/// The loader's resolution of one unit's imports ([`Unit::imports`]).
impl Importer for FxHashMap<String, Option<UnitId>> {
    fn import(&self, path: &str) -> Option<UnitId> {
        self.get(path).copied().flatten()
    }
}

/// An importer over packages checked with [`Program::check_package`]: import path to unit.
#[derive(Debug, Default)]
pub struct MemoryImporter {
    by_path: FxHashMap<String, UnitId>,
}

impl MemoryImporter {
    /// Makes `path` import `unit`, a unit of the program later packages are checked in.
    pub fn insert(&mut self, path: &str, unit: UnitId) {
        self.by_path.insert(path.to_string(), unit);
    }
}

impl Importer for MemoryImporter {
    fn import(&self, path: &str) -> Option<UnitId> {
        self.by_path.get(path).copied()
    }
}

impl Default for Program {
    fn default() -> Self {
        Program::new()
    }
}

impl UnitResult {
    /// The package-level object named `name` (`None` for blank and unknown names).
    pub fn lookup(&self, name: &str) -> Option<ObjId> {
        self.scope.get(name).copied()
    }
}

impl Program {
    /// The result of checking `unit`.
    pub fn unit(&self, unit: UnitId) -> &UnitResult {
        &self.units[unit.0 as usize]
    }

    /// A program with no packages, only the universe (and `unsafe`).
    pub fn new() -> Program {
        Program {
            loaded: Loaded::default(),
            universe: Universe::new(),
            units: Vec::new(),
            load_time: Default::default(),
            check_time: Default::default(),
        }
    }

    /// Parses and type-checks one package from `(file name, source)` pairs, resolving its
    /// imports through `importer` to units of this program, and adds it to the program as a
    /// root unit (function bodies checked, every expression recorded).
    ///
    /// Returns the new unit and its diagnostics: syntax errors, then imports the importer cannot
    /// find, then type errors, each with the file name as its path. Never fails: a package with
    /// errors is still added, with invalid types where its code is wrong.
    pub fn check_package(
        &mut self,
        path: &str,
        files: &[(&str, &str)],
        importer: &dyn Importer,
    ) -> (UnitId, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        let mut file_ids = Vec::with_capacity(files.len());
        let mut imports = FxHashMap::default();
        let mut missing = Vec::new();
        for &(name, source) in files {
            let parse = mapscope_syntax::parse_file(source.as_bytes());
            let file = SourceFile::new(PathBuf::from(name), parse.file, |p| {
                p.to_string_lossy().into_owned()
            });
            for e in parse.errors {
                diagnostics.push(file.diagnostic(e.offset, e.message));
            }
            for import in file.ast.imports.iter().filter_map(|&i| file.ast.import(i)) {
                let Some(import_path) = crate::load::file_imports_one(&file.ast, import) else {
                    continue;
                };
                let unit = match import_path.as_str() {
                    "unsafe" | "C" => None,
                    p => importer.import(p),
                };
                if unit.is_none() && !matches!(import_path.as_str(), "unsafe" | "C") {
                    missing.push(file.diagnostic(
                        file.ast[import.path].span.start,
                        format!("cannot find package {import_path:?}"),
                    ));
                }
                imports.insert(import_path, unit);
            }
            file_ids.push(FileId(self.loaded.files.len() as u32));
            self.loaded.files.push(file);
        }
        diagnostics.append(&mut missing);
        let unit = UnitId(self.loaded.units.len() as u32);
        self.loaded.units.push(Unit {
            path: path.to_string(),
            dir: PathBuf::new(),
            kind: UnitKind::Normal,
            files: file_ids,
            imports,
            root: true,
            check_bodies: true,
            // No go.mod says which Go version; the checker does not read it.
            go_minor: 0,
        });
        // The checker reads finished units through `OnceLock`s, as units of one dependency level
        // do while loading; the program's units move there and back.
        let done: Vec<OnceLock<UnitResult>> = std::mem::take(&mut self.units)
            .into_iter()
            .map(OnceLock::from)
            .chain(std::iter::once(OnceLock::new()))
            .collect();
        let result = check_unit(&self.loaded, &self.universe, &done, unit.0 as usize, importer);
        self.units = done.into_iter().filter_map(OnceLock::into_inner).collect();
        diagnostics.extend(result.errors.iter().cloned());
        self.units.push(result);
        (unit, diagnostics)
    }
}
