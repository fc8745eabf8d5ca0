//! The packages a command (a `main` package) imports, directly or not: the only packages whose
//! types its values can have, since nothing imports a command to hand it others.

use mapscope_types::Program;
use rustc_hash::{FxHashMap, FxHashSet};

/// For each unit of `commands`, the units it imports transitively.
pub fn closures(
    program: &Program,
    commands: &FxHashSet<usize>,
) -> FxHashMap<usize, FxHashSet<usize>> {
    let units = &program.loaded.units;
    commands
        .iter()
        .map(|&command| {
            let mut seen = FxHashSet::default();
            let mut work = vec![command];
            while let Some(unit) = work.pop() {
                let Some(loaded) = units.get(unit) else { continue };
                for imported in loaded.imports.values().flatten() {
                    let imported = imported.0 as usize;
                    if seen.insert(imported) {
                        work.push(imported);
                    }
                }
            }
            (command, seen)
        })
        .collect()
}
