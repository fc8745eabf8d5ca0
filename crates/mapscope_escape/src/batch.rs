//! The order of analysis: a unit's functions in batches, callees before callers, as gc's
//! `ir.VisitFuncsBottomUp` orders them.
//!
//! A batch is a strongly connected component of the static reference graph between declared
//! functions, each with all its function literals: mutually recursive functions must be solved
//! together, and a closure shares its variables with the function that creates it.

use mapscope_ssa::{Function, ValueDef};
use rustc_hash::FxHashMap;

/// The name of the declared function that holds `name` (itself when it is declared).
pub fn group_name(name: &str) -> &str {
    name.split_once('$').map_or(name, |(outer, _)| outer)
}

/// The name of the function whose body holds function literal `name` (`f$1$2` is in `f$1`).
pub fn parent_name(name: &str) -> Option<&str> {
    let (parent, last) = name.rsplit_once('$')?;
    last.bytes().all(|b| b.is_ascii_digit()).then_some(parent)
}

/// The unit's functions in batches, each a list of indices into `functions`, callees' batches
/// first.
pub fn batches(functions: &[Function]) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of_name: FxHashMap<&str, usize> = FxHashMap::default();
    for (index, f) in functions.iter().enumerate() {
        let key = group_name(&f.name);
        let group = *group_of_name.entry(key).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[group].push(index);
    }
    let mut successors: Vec<Vec<usize>> = vec![Vec::new(); groups.len()];
    for (group, members) in groups.iter().enumerate() {
        for &m in members {
            let f = &functions[m];
            // gc builds its batches after dropping constant-false branches: a reference that
            // only dead code makes does not join two functions.
            let live = crate::loops::live_blocks(f);
            let used_live = |v: mapscope_ssa::ValueId| {
                f[v].referrers().iter().any(|&i| {
                    f[i].block().is_some_and(|b| live.get(b.index()).copied().unwrap_or(true))
                })
            };
            for index in 0..f.value_count() {
                let v = mapscope_ssa::ValueId(index as u32);
                if let ValueDef::Function { name } = &f[v].def {
                    if !used_live(v) {
                        continue;
                    }
                    if let Some(&callee) = group_of_name.get(group_name(name)) {
                        if callee != group {
                            successors[group].push(callee);
                        }
                    }
                }
            }
        }
        successors[group].sort_unstable();
        successors[group].dedup();
    }
    mapscope_ssa::scc::strongly_connected_components(&successors)
        .into_iter()
        .map(|component| {
            let mut members: Vec<usize> =
                component.into_iter().flat_map(|g| groups[g].iter().copied()).collect();
            members.sort_unstable();
            members
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_come_callees_first() {
        // 0 → 1 ⇄ 2 → 3
        let successors = vec![vec![1], vec![2], vec![1, 3], vec![]];
        let components = mapscope_ssa::scc::strongly_connected_components(&successors);
        let mut sorted: Vec<Vec<usize>> = components
            .iter()
            .map(|c| {
                let mut c = c.clone();
                c.sort();
                c
            })
            .collect();
        assert_eq!(sorted.remove(0), vec![3]);
        assert_eq!(sorted.remove(0), vec![1, 2]);
        assert_eq!(sorted.remove(0), vec![0]);
    }

    #[test]
    fn literal_names_nest() {
        assert_eq!(group_name("p.f$1$2"), "p.f");
        assert_eq!(parent_name("p.f$1$2"), Some("p.f$1"));
        assert_eq!(parent_name("p.f"), None);
        assert_eq!(parent_name("(*p.T).M$bound"), None);
    }
}
