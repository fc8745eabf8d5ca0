//! The parser fixtures (`tests/fixtures/*.go`), shared by the test binaries and the mutant writer.

use std::path::{Path, PathBuf};

/// The directory holding the fixtures and their golden dumps.
pub fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Every fixture, sorted by path so that runs and generated mutants are reproducible.
pub fn paths() -> Vec<PathBuf> {
    let dir = dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();
    files
}

/// The contents of the fixtures that make good mutation seeds: all but the deep-nesting ones,
/// whose mutants would only exercise the nesting limit (and take long to dump).
pub fn seeds() -> Vec<Vec<u8>> {
    paths()
        .iter()
        .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().contains("deep")))
        .map(|p| std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
        .collect()
}
