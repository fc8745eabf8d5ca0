//! Package-level variables as the whole module uses them: the places inside each (the variable,
//! or a field path in a struct variable) that some code may make a map in.
//!
//! Any function may run before any other, so a global's map is nil at a write only when no code
//! of the module ever stores a map there: not a package initializer, an `init` function, a
//! `sync.Once` callback or any other code.

use crate::module::BuiltUnit;
use crate::nilness::{ELEMENT, is_nil_constant, location, strip_conversions};
use crate::summary::{Site, overlaps};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{ConstValue, Function, InstrId, InstrKind, ValueDef, ValueId};
use mapscope_types::Program;
use mapscope_types::types::TypeView;
use rustc_hash::{FxHashMap, FxHashSet, FxHasher};
use std::hash::{Hash, Hasher};

/// What the module does to its package-level variables.
#[derive(Debug, Default)]
pub struct Globals {
    /// By [`global_key`].
    vars: FxHashMap<u64, GlobalVar>,
    /// The tables set only by their declaration's literal ([`crate::literal_tables`]).
    tables: FxHashMap<u64, crate::literal_tables::TableElements>,
    /// The functions a package initializer calls on every path (`var _ = Register(...)`),
    /// which run before every `init` function of the package.
    var_init_callees: FxHashSet<String>,
    /// The variables that a package initializer or an `init` function uses at all.
    used_at_init: FxHashSet<u64>,
}

/// One package-level variable of the module.
#[derive(Debug)]
struct GlobalVar {
    name: String,
    decl: Option<Site>,
    /// The field paths some code stores a non-nil value into; `None` when its address goes
    /// where the analysis cannot follow.
    made: Option<Vec<Vec<u32>>>,
    /// The package initializer (`var v = ...`, which runs before every `init`) stores into it.
    initialized: bool,
    /// How many stores into it the module makes.
    stores: usize,
    /// The fields that the composite literal the package initializer stores into it sets
    /// ([`crate::global_literals`]).
    literal: Option<Vec<u32>>,
}

/// The key of a package-level variable's go/ssa name.
pub fn global_key(name: &str) -> u64 {
    let mut hasher = FxHasher::default();
    name.hash(&mut hasher);
    hasher.finish()
}

impl Globals {
    /// Scans every function of `units` (package initializers included) for what they store into
    /// the module's package-level variables.
    pub fn new(program: &Program, units: &[BuiltUnit<'_>]) -> Globals {
        let packages: FxHashSet<&str> =
            units.iter().map(|u| program.units[u.unit].path.as_str()).collect();
        let mut vars: FxHashMap<u64, GlobalVar> = FxHashMap::default();
        let mut var_init_callees = FxHashSet::default();
        let mut used_at_init = FxHashSet::default();
        for unit in units {
            for f in unit.functions {
                let package = program.units[unit.unit].path.as_str();
                if *f.name == format!("{package}.init") {
                    var_init_callees.extend(crate::init_order::called_on_every_path(f));
                }
                for v in 0..f.value_count() {
                    let v = ValueId(v as u32);
                    let ValueDef::Global { name } = &f[v].def else { continue };
                    let Some((package, var)) = name.rsplit_once('.') else { continue };
                    if !packages.contains(package) {
                        continue;
                    }
                    if *f.name == format!("{package}.init")
                        || crate::env_guards::is_init_function(f)
                    {
                        used_at_init.insert(global_key(name));
                    }
                    let entry = vars.entry(global_key(name)).or_insert_with(|| GlobalVar {
                        name: name.to_string(),
                        decl: declaration_site(program, package, var),
                        made: Some(Vec::new()),
                        initialized: false,
                        stores: 0,
                        literal: None,
                    });
                    let (stores, literal) = crate::global_literals::stored_literal(f, v);
                    entry.stores += stores;
                    if *f.name == format!("{package}.init") && literal.is_some() {
                        entry.literal = literal;
                    }
                    // A store an `init` makes only for some environments makes nothing the
                    // rest of the module can count on.
                    let mut dominators = None;
                    let env_init = crate::env_guards::is_init_function(f);
                    let mut skip = |i| {
                        env_init
                            && crate::env_guards::env_guarded(
                                f,
                                dominators.get_or_insert_with(|| DomTree::new(f)),
                                i,
                            )
                    };
                    let made = stores_into(f, v, &mut skip);
                    if *f.name == format!("{package}.init")
                        && made.as_ref().is_none_or(|paths| !paths.is_empty())
                    {
                        entry.initialized = true;
                    }
                    entry.made = match (entry.made.take(), made) {
                        (Some(mut paths), Some(more)) => {
                            paths.extend(more);
                            Some(paths)
                        }
                        _ => None,
                    };
                }
            }
        }
        Globals {
            vars,
            tables: crate::literal_tables::scan(program, units),
            var_init_callees,
            used_at_init,
        }
    }

    /// What each element of the table `key` fills, when its declaration's literal alone sets
    /// it and all code only reads its elements.
    pub fn table(&self, key: u64) -> Option<&crate::literal_tables::TableElements> {
        self.tables.get(&key)
    }

    /// Whether every use of the global `key`'s address is a load, a store or a field selection
    /// that the scan followed: no pointer to it goes where code could store through it unseen.
    pub fn address_followed(&self, key: u64) -> bool {
        self.vars.get(&key).is_some_and(|var| var.made.is_some())
    }

    /// Whether a package initializer or an `init` function uses the global `key` at all.
    pub fn used_at_init(&self, key: u64) -> bool {
        self.used_at_init.contains(&key)
    }

    /// Whether a package initializer calls the function named `name` on every path: it runs
    /// before the package's `init` functions.
    pub fn called_by_variable_initializer(&self, name: &str) -> bool {
        self.var_init_callees.contains(name)
    }

    /// Whether the package initializer (the variable declarations' values) stores into the
    /// global `key`.
    pub fn initialized(&self, key: u64) -> bool {
        self.vars.get(&key).is_some_and(|var| var.initialized)
    }

    /// The fields set by the composite literal that the pointer global `key` is declared with,
    /// with its name and declaration, when that is the only store into it and every use of its
    /// address is followed.
    pub fn pointer_literal(&self, key: u64) -> Option<(&[u32], &str, &Option<Site>)> {
        let var = self.vars.get(&key)?;
        let literal = var.literal.as_deref().filter(|_| var.stores == 1 && var.made.is_some())?;
        Some((literal, var.name.as_str(), &var.decl))
    }

    /// The name and declaration of the global `key` when no code of the module stores a map
    /// The name and declaration of the global `key`.
    pub fn declared(&self, key: u64) -> Option<(&str, &Option<Site>)> {
        self.vars.get(&key).map(|var| (var.name.as_str(), &var.decl))
    }

    /// into `fields` of it, nor anywhere that holds it.
    pub fn never_made_at(&self, key: u64, fields: &[u32]) -> Option<(&str, &Option<Site>)> {
        let var = self.vars.get(&key)?;
        let made = var.made.as_ref()?;
        (!made.iter().any(|path| overlaps(path, fields))).then_some((var.name.as_str(), &var.decl))
    }
}

/// The field paths of the global at address `global` that `f` stores a non-nil value into;
/// `None` when the address goes anywhere but loads, stores and field selections.
fn stores_into(
    f: &Function,
    global: ValueId,
    skip: &mut dyn FnMut(InstrId) -> bool,
) -> Option<Vec<Vec<u32>>> {
    let mut made = Vec::new();
    let mut addresses = vec![(global, Vec::new())];
    while let Some((addr, path)) = addresses.pop() {
        for &user in f[addr].referrers() {
            match &f[user].kind {
                InstrKind::Load { .. } => {}
                InstrKind::Store { addr: a, value } if *a == addr && *value != addr => {
                    if skip(user) {
                        continue;
                    }
                    made.extend(stored_paths(f, strip_conversions(f, *value), &path));
                }
                InstrKind::FieldAddr { field, .. } => {
                    let mut p = path.clone();
                    p.push(*field);
                    addresses.push((f[user].result()?, p));
                }
                InstrKind::IndexAddr { base, index } if *base == addr && *index != addr => {
                    let mut p = path.clone();
                    p.push(ELEMENT);
                    addresses.push((f[user].result()?, p));
                }
                _ => return None,
            }
        }
    }
    Some(made)
}

/// The paths under `at` that storing `value` there makes non-nil: none for nil or a zero
/// struct; for a struct copied from a local composite literal, the paths its stores filled;
/// `at` itself for anything else.
fn stored_paths(f: &Function, value: ValueId, at: &[u32]) -> Vec<Vec<u32>> {
    if is_nil_constant(f, value) || matches!(f[value].def, ValueDef::Const(ConstValue::Zero)) {
        return Vec::new();
    }
    let whole = vec![at.to_vec()];
    let Some(load) = f.defining_instr(value) else { return whole };
    let InstrKind::Load { addr } = &f[load].kind else { return whole };
    let Some(source) = location(f, *addr) else { return whole };
    if !matches!(source.root, crate::nilness::Root::Alloc(_)) || !source.fields.is_empty() {
        return whole;
    }
    let mut paths = Vec::new();
    for b in f.block_ids() {
        for &i in f[b].instrs() {
            // Any other use of the literal's address: assume it filled everything.
            let mut uses_root = false;
            f[i].kind.for_each_operand(|o| {
                uses_root |= location(f, o).is_some_and(|l| l.root == source.root)
            });
            if !uses_root {
                continue;
            }
            match &f[i].kind {
                InstrKind::Store { addr: a, value: v } => {
                    let Some(target) = location(f, *a) else { return whole };
                    if target.root != source.root {
                        return whole;
                    }
                    let v = strip_conversions(f, *v);
                    let zero = is_nil_constant(f, v)
                        || matches!(f[v].def, ValueDef::Const(ConstValue::Zero));
                    if !zero {
                        let mut p = at.to_vec();
                        p.extend(target.fields);
                        paths.push(p);
                    }
                }
                InstrKind::Load { .. }
                | InstrKind::FieldAddr { .. }
                | InstrKind::IndexAddr { .. } => {}
                _ => return whole,
            }
        }
    }
    paths
}

fn declaration_site(program: &Program, package: &str, var: &str) -> Option<Site> {
    let unit = program.units.iter().find(|u| u.path == package)?;
    let obj = program.obj(unit.lookup(var)?);
    let file = &program.loaded.files[obj.file?.0 as usize];
    let lc = file.ast.line_col(obj.pos);
    Some(Site { path: file.display.clone(), offset: obj.pos, line: lc.line, col: lc.col })
}
