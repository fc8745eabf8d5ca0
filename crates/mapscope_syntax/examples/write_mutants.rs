//! Writes the deterministic fixture mutants that `tests/golden.rs` checks to a directory, one
//! file each, so that `scripts/parse-fixtures-oracle.sh` can run go/parser on them.
//!
//! Usage: `cargo run -p mapscope_syntax --example write_mutants -- DIR`

#[path = "../tests/support/fixtures.rs"]
mod fixtures;
#[path = "../tests/support/mutants.rs"]
mod mutants;

fn main() {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: write_mutants DIR");
        std::process::exit(2);
    };
    let dir = std::path::PathBuf::from(dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for m in mutants::mutants(&fixtures::seeds()) {
        let path = dir.join(&m.name);
        std::fs::write(&path, &m.src).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}
