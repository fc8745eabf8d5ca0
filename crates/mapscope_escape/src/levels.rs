//! The order in which packages are analysed: by dependency level, so that a package's imports
//! are analysed, and their tags known, before it is (gc reads them from export data).

use mapscope_types::Program;

/// The matched packages (the loader's root units) grouped so that each group imports only
/// packages of earlier groups; the packages of one group can be analysed in parallel.
pub fn dependency_levels(program: &Program) -> Vec<Vec<usize>> {
    let units = &program.loaded.units;
    let mut level = vec![0usize; units.len()];
    let mut levels: Vec<Vec<usize>> = Vec::new();
    // Units come in dependency order, so every import's level is known when a unit is reached.
    for (u, unit) in units.iter().enumerate() {
        let depth = unit
            .imports
            .values()
            .flatten()
            .map(|dep| level.get(dep.0 as usize).map_or(0, |l| l + 1))
            .max()
            .unwrap_or(0);
        level[u] = depth;
        if unit.root && u < program.units.len() {
            if levels.len() <= depth {
                levels.resize(depth + 1, Vec::new());
            }
            levels[depth].push(u);
        }
    }
    levels.retain(|l| !l.is_empty());
    levels
}
