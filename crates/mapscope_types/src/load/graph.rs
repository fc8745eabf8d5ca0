//! The module graph: minimal version selection over the go.mod files in the module cache, pruned
//! as cmd/go/internal/modload's `readModGraph` prunes it.
//!
//! Minimal version selection picks, for each module path, the highest version that any module
//! version in the graph requires, whether or not that requiring version is itself selected: an
//! older version reached through one path still contributes its requirements. So the walk visits
//! every module version it reaches, once, rather than only the versions that raise a selection.
//!
//! Graph pruning (Go 1.17): the go.mod of a module at `go 1.17` or later lists every module its
//! packages need, so below such a module only its own requirements enter the graph, not theirs.
//! Below a module that predates pruning (or a main module that does) everything reachable is read.

use super::Loader;
use super::gomod::{GoMod, ReplaceTarget, compare_versions, escape_path, go_minor};
use rustc_hash::{FxHashMap, FxHashSet};
use std::path::Path;
use std::rc::Rc;

/// How far below a module the walk reads requirements (cmd/go's `modPruning`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Pruning {
    /// `go 1.17` or later: the module's requirements enter the graph, not theirs.
    Pruned,
    /// Before `go 1.17`: everything reachable.
    Unpruned,
    /// A requirement of a go.work file's main modules, or a module version that the workspace
    /// selects above what they require: its requirements are read whatever its go version.
    Workspace,
}

/// The graph pruning a go.mod's `go` directive asks for; no directive means before Go 1.17.
fn pruning_for(go: &str) -> Pruning {
    if go_minor(go) >= 17 { Pruning::Pruned } else { Pruning::Unpruned }
}

/// What the walk needs of one module version's go.mod.
struct Summary {
    require: Vec<(String, String)>,
    pruning: Pruning,
}

/// One module version and how far below it the walk reads.
type Visit = (String, String, Pruning);

/// The state of one walk of the module graph.
struct Walk<'l, 'e> {
    loader: &'l Loader<'e>,
    /// The main go.mod files' `exclude`d module versions: requirements on them are dropped.
    exclude: &'l FxHashSet<(String, String)>,
    /// go.mod summaries by module version (`None`: no go.mod in the module cache).
    summaries: FxHashMap<(String, String), Option<Rc<Summary>>>,
    /// The highest version of each module path that some module version in the graph requires.
    selected: FxHashMap<String, String>,
    queued: FxHashSet<Visit>,
    queue: Vec<Visit>,
}

impl Walk<'_, '_> {
    /// The summary of a module version's go.mod, read through its replacement as the go command
    /// reads it; `None` when the module cache holds no go.mod for it.
    fn summary(&mut self, module: &str, version: &str) -> Option<Rc<Summary>> {
        let key = (module.to_string(), version.to_string());
        if let Some(s) = self.summaries.get(&key) {
            return s.clone();
        }
        let loader = self.loader;
        let text = match loader.replacement(module, Some(version)) {
            Some(ReplaceTarget::Dir(d)) => std::fs::read_to_string(d.join("go.mod")),
            Some(ReplaceTarget::Module { path, version }) => {
                std::fs::read_to_string(loader.cached_mod_file(path, version))
            }
            None => std::fs::read_to_string(loader.cached_mod_file(module, version)),
        };
        let summary = text.ok().map(|text| {
            let parsed = GoMod::parse(&text, Path::new(""));
            let pruning = pruning_for(&parsed.go);
            let require =
                parsed.require.into_iter().filter(|r| !self.exclude.contains(r)).collect();
            Rc::new(Summary { require, pruning })
        });
        self.summaries.insert(key, summary.clone());
        summary
    }

    /// Raises the selected version of `module` to `version` if that is higher.
    fn select(&mut self, module: &str, version: &str) {
        match self.selected.get_mut(module) {
            Some(v) if compare_versions(version, v).is_gt() => *v = version.to_string(),
            Some(_) => {}
            None => {
                self.selected.insert(module.to_string(), version.to_string());
            }
        }
    }

    /// Adds the requirements of a module version (a main module's, or one read from the cache) to
    /// the graph, and queues those whose own requirements the pruning of `below` lets in.
    fn require(&mut self, summary: &Summary, below: Pruning) {
        for (module, version) in &summary.require {
            self.select(module, version);
        }
        // cmd/go's readModGraph: a pruned module's requirements are leaves unless it predates
        // pruning; below an unpruned module nothing is pruned again.
        let follow = below != Pruning::Pruned || summary.pruning == Pruning::Unpruned;
        let next = if below == Pruning::Unpruned { Pruning::Unpruned } else { summary.pruning };
        if follow {
            for (module, version) in &summary.require {
                self.enqueue(module, version, next);
            }
        }
    }

    fn enqueue(&mut self, module: &str, version: &str, pruning: Pruning) {
        let visit = (module.to_string(), version.to_string(), pruning);
        if !self.queued.contains(&visit) {
            self.queued.insert(visit.clone());
            self.queue.push(visit);
        }
    }

    /// Reads every queued module version's requirements, and those they queue in turn.
    fn drain(&mut self) {
        while let Some((module, version, pruning)) = self.queue.pop() {
            if let Some(summary) = self.summary(&module, &version) {
                self.require(&summary, pruning);
            }
        }
    }
}

impl Loader<'_> {
    /// The go.mod file of a module version as `go mod download` leaves it in the module cache.
    fn cached_mod_file(&self, module: &str, version: &str) -> std::path::PathBuf {
        self.env
            .gomodcache
            .join("cache/download")
            .join(escape_path(module))
            .join("@v")
            .join(format!("{}.mod", escape_path(version)))
    }

    /// The version minimal version selection picks for every module path the module graph
    /// reaches (module versions whose go.mod is not in the module cache add nothing).
    pub(super) fn select_versions(&self) -> FxHashMap<String, String> {
        let mut walk = Walk {
            loader: self,
            exclude: &self.mods.exclude,
            summaries: FxHashMap::default(),
            selected: FxHashMap::default(),
            queued: FxHashSet::default(),
            queue: Vec::new(),
        };
        let mains: Vec<Summary> = self
            .mods
            .mains
            .iter()
            .map(|m| Summary {
                require: m.require.iter().filter(|r| !walk.exclude.contains(*r)).cloned().collect(),
                pruning: pruning_for(&m.go),
            })
            .collect();
        if self.mods.workspace {
            // The main modules are the roots: each one's requirements are read whatever its
            // pruning, and below them each module's own pruning applies.
            for s in &mains {
                walk.require(s, Pruning::Workspace);
            }
            walk.drain();
            walk.reload_workspace_upgrades(&mains);
        } else if let Some(main) = mains.first() {
            // The main go.mod's requirements are the roots, read with the main module's pruning.
            for (module, version) in &main.require {
                walk.select(module, version);
                walk.enqueue(module, version, main.pruning);
            }
            walk.drain();
        }
        walk.selected
    }
}

impl Walk<'_, '_> {
    /// cmd/go's workspace reload: when the workspace selects a module above the version that a
    /// main module (or a module so reloaded) requires, that requirement's go.mod does not describe
    /// the selected version, so the selected version's requirements are read too, whatever its
    /// pruning, until no selection rises above a version whose requirements were read.
    fn reload_workspace_upgrades(&mut self, mains: &[Summary]) {
        let main_paths: FxHashSet<&str> =
            self.loader.mods.mains.iter().map(|m| m.path.as_str()).collect();
        // Module versions read this way, and the module paths whose selected version is checked.
        let mut seen: FxHashSet<(String, String)> = FxHashSet::default();
        let mut reloaded: Vec<String> = Vec::new();
        loop {
            let mut upgrades: Vec<(String, String)> = Vec::new();
            let check = |reqs: &[(String, String)], upgrades: &mut Vec<(String, String)>| {
                for (module, version) in reqs {
                    // A main module outranks every version of its path.
                    if main_paths.contains(module.as_str()) {
                        continue;
                    }
                    let Some(sel) = self.selected.get(module) else { continue };
                    let up = (module.clone(), sel.clone());
                    if compare_versions(sel, version).is_gt() && !seen.contains(&up) {
                        upgrades.push(up);
                    }
                }
            };
            for s in mains {
                check(&s.require, &mut upgrades);
            }
            for module in &reloaded {
                let Some(sel) = self.selected.get(module) else { continue };
                let at = (module.clone(), sel.clone());
                if !seen.contains(&at) {
                    upgrades.push(at);
                } else if let Some(Some(s)) = self.summaries.get(&at) {
                    check(&s.require, &mut upgrades);
                }
            }
            upgrades.sort();
            upgrades.dedup();
            if upgrades.is_empty() {
                break;
            }
            for (module, version) in upgrades {
                self.enqueue(&module, &version, Pruning::Workspace);
                if !reloaded.contains(&module) {
                    reloaded.push(module.clone());
                }
                seen.insert((module, version));
            }
            self.drain();
        }
    }
}
