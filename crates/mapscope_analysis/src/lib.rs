//! mapscope_analysis: the checks of `mapscope check`, run over the SSA IR of checked packages.
//!
//! A check is one file under `checks/` ([`checks::CHECKS`] registers them all). Most look at one
//! [`Function`] at a time through a [`FunctionContext`], which also knows the function's source
//! file and the module around it, and return [`Finding`]s: byte spans inside that file with a
//! message and related notes, which may point into other files. A check about goroutines looks
//! at all functions of a unit at once ([`CheckRun::Unit`]), with the model in [`concurrency`].
//!
//! The module is every package the analysis is given (the CLI gives it every package of the main
//! module): [`module`] indexes its functions by go/ssa name and resolves calls, [`summarize`]
//! computes a [`summary::Summary`] per function bottom-up over the call graph, and [`nilness`]
//! is the search for nil maps that both the summaries and the checks use.
//! [`ModuleAnalysis::check_unit`] runs the checks over one unit and turns findings into
//! [`Diagnostic`]s with paths and line:column positions. Nothing here formats for people beyond
//! the message text: the CLI does (`mapscope check`). Summaries derive serde's traits so a later
//! run can cache them.
//!
//! What the module does not show (parameters of functions nothing in the module calls with nil,
//! results of functions without source, memory that unknown code can reach) is assumed to be
//! fine, so that every report is a real path.

pub mod appended_elements;
pub mod appended_values;
pub mod array_slots;
pub mod atomic_stores;
pub mod bool_params;
pub mod boxed_literals;
pub mod boxed_nils;
pub mod callback_locals;
pub mod called_closures;
pub mod captured_elements;
pub mod captured_variables;
pub mod checks;
pub mod cleared_slots;
pub mod closed_unsent;
pub mod closure_factories;
pub mod command_imports;
pub mod concrete_types;
pub mod concurrency;
pub mod context_keys;
pub mod dead_methods;
pub mod decoded_arguments;
pub mod decoder_sources;
pub mod deferred_calls;
pub mod deferred_resets;
pub mod deferred_writes;
pub mod dispatch_tables;
pub mod docs;
pub mod drained_maps;
pub mod element_keys;
pub mod embedded_unset;
pub mod empty_loops;
pub mod empty_options;
pub mod enum_ranges;
pub mod env_guards;
pub mod equal_guards;
pub mod error_fields;
pub mod error_values;
pub mod evicted_inner;
pub mod failure_exits;
pub mod field_pointers;
pub mod fields;
pub mod first_turn_keys;
pub mod flag_fields;
pub mod flag_guards;
pub mod flag_values;
pub mod flagged_allocations;
pub mod foreign_keys;
pub mod fresh_decoders;
pub mod fresh_pointer_keys;
pub mod getter_calls;
pub mod global_literals;
pub mod globals;
pub mod gob_decoded;
pub mod grown_copies;
pub mod guarding_edges;
pub mod helper_upserts;
pub mod http_forms;
pub mod init_order;
pub mod inner_on_miss;
pub mod json_elements;
pub mod json_encoded;
pub mod json_null_inner;
pub mod json_pointees;
pub mod json_raw_members;
pub mod json_texts;
pub mod kept_slices;
pub mod key_correlation;
pub mod key_free_guards;
pub mod key_sources;
pub mod key_transforms;
pub mod key_values;
pub mod length_guards;
pub mod literal_entries;
pub mod literal_interfaces;
pub mod literal_pointers;
pub mod literal_tables;
pub mod main_globals;
pub mod method_values;
pub mod missing_keys;
pub mod models;
pub mod module;
pub mod nil_stored_inner;
pub mod nilness;
pub mod once_keyed;
pub mod once_panics;
pub mod once_resets;
pub mod option_loops;
pub mod overwritten_slots;
pub mod param_cases;
pub mod param_conditions;
pub mod param_copies;
pub mod param_keys;
pub mod passed_callbacks;
pub mod passed_lengths;
pub mod pointer_tables;
pub mod pool_news;
pub mod recover_fallbacks;
pub mod reflect_created;
pub mod reflect_zeroes;
pub mod repeated_asserts;
pub mod repeated_resets;
pub mod repeated_tests;
pub mod reset_drops;
pub mod resliced;
pub mod respelled_keys;
pub mod result_flags;
pub mod seeded_inner;
pub mod self_copies;
pub mod shrunk_slices;
pub mod skipped_creation;
pub mod skipped_sends;
pub mod stale_guards;
pub mod summarize;
pub mod summary;
pub mod transport_clones;
pub mod unfilled_flags;
pub mod write_free;
pub mod xml_decoded;
pub mod zero_decoded;
pub mod zero_generic;

use mapscope_ssa::{Function, ProgramTypeInfo, Span, TypeInfo};
use mapscope_syntax::File;
use mapscope_types::Program;
use mapscope_types::check::FileInfo;
use module::{BuiltUnit, Module};
use nilness::Globals;
use summary::{Site, Summary};

/// A position in a source file: the byte offset and its 1-based line and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Position {
    pub offset: u32,
    pub line: u32,
    pub col: u32,
}

/// A place that explains a finding, in any file of the module, with its note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    pub path: String,
    pub position: Position,
    pub note: String,
}

/// One finding of one check, with everything a reader needs to act on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The check's kebab-case name (`nil-map-write`).
    pub check: &'static str,
    /// The check's stable code (`MS1001`).
    pub code: &'static str,
    /// The file, as diagnostics print it.
    pub path: String,
    pub start: Position,
    pub end: Position,
    pub message: String,
    /// Other places that explain the finding (where a nil comes from, where a callee writes).
    pub related: Vec<Related>,
}

/// Where a note of a finding points: a span of the function's own file, or a site elsewhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoteAt {
    Here(Span),
    Site(Site),
}

/// What a check reports inside one function's file, before positions are resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub span: Span,
    /// Where the finding is when that is not `span` in the function's own file: a write in a
    /// callee, which is where Go panics (start and end).
    pub elsewhere: Option<(Site, Site)>,
    pub message: String,
    pub related: Vec<(NoteAt, String)>,
}

/// One function with the source and checker records of the file it was lowered from, and what
/// the analysis knows about the module around it.
pub struct FunctionContext<'a> {
    pub function: &'a Function,
    pub file: &'a File,
    pub info: &'a FileInfo,
    pub program: &'a Program,
    pub analysis: nilness::Context<'a>,
    pub types: &'a dyn TypeInfo,
}

impl std::fmt::Debug for FunctionContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FunctionContext")
            .field("function", &self.function.name)
            .finish_non_exhaustive()
    }
}

impl FunctionContext<'_> {
    /// The source text of `span`, or "" when it is not valid UTF-8 or out of range.
    pub fn text(&self, span: Span) -> &str {
        source_text(self.file, span)
    }

    /// The function's value numbering, with calls of the module's functions that write
    /// nothing its reads could see kept ([`crate::write_free`]).
    pub fn value_numbering(&self) -> mapscope_ssa::gvn::ValueNumbering {
        let f = self.function;
        let dominators = mapscope_ssa::dom::DomTree::new(f);
        mapscope_ssa::gvn::ValueNumbering::compute_with_calls(f, self.types, &dominators, &|call| {
            self.analysis.module.call_writes_nothing(f, call)
        })
    }
}

/// A registered check: its names, its documentation and the function that runs it.
#[derive(Debug, Clone, Copy)]
pub struct Check {
    /// Kebab-case name, as printed after each finding.
    pub name: &'static str,
    /// Stable code, never reused.
    pub code: &'static str,
    /// The check's doc comment (What it does / Why is this bad / Example / Fix safety).
    pub doc: &'static str,
    /// Whether `mapscope check` runs it without being asked (`--enable NAME` runs the others).
    pub default_enabled: bool,
    pub run: CheckRun,
}

/// How a check looks at a unit: one function at a time, or all of its functions at once (a
/// check about goroutines needs every function a goroutine may run).
#[derive(Debug, Clone, Copy)]
pub enum CheckRun {
    Function(fn(&FunctionContext<'_>) -> Vec<Finding>),
    Unit(UnitCheck),
    /// One file at a time, from its syntax and the checker's records; it also runs where a
    /// type error kept a function from being built.
    File(fn(&FileContext<'_>) -> Vec<Finding>),
}

/// The source text of `span` in `file`, or "" when it is not valid UTF-8 or out of range.
fn source_text(file: &File, span: Span) -> &str {
    file.source
        .get(span.start as usize..span.end as usize)
        .and_then(|b| std::str::from_utf8(b).ok())
        .unwrap_or("")
}

/// One file of a checked unit, with the checker's records for it.
#[derive(Debug)]
pub struct FileContext<'a> {
    pub file: &'a File,
    pub info: &'a FileInfo,
    pub program: &'a Program,
    pub unit: usize,
}

impl FileContext<'_> {
    /// The source text of `span`, or "" when it is not valid UTF-8 or out of range.
    pub fn text(&self, span: Span) -> &str {
        source_text(self.file, span)
    }
}

/// A check over all functions of a unit (the result of `build_unit`), given for each function
/// the rank of its file in path order (`None` for the package initializer), so that findings
/// can follow source order.
pub type UnitCheck = fn(&[Function], &dyn TypeInfo, &[Option<usize>]) -> Vec<UnitFinding>;

/// What a unit check reports: positions as (function index in the unit, span), and a message in
/// which `{0}`, `{1}`, ... stand for the positions of `related`, in order, and `{map}` for the map
/// operand's source at `at`.
#[derive(Debug, Clone)]
pub struct UnitFinding {
    pub at: (usize, Span),
    pub message: String,
    pub related: Vec<((usize, Span), String)>,
}

/// The checks that run by default.
pub fn default_checks() -> Vec<&'static Check> {
    checks::CHECKS.iter().filter(|c| c.default_enabled).collect()
}

/// The functions of a module with their summaries, ready to check unit by unit.
#[derive(Debug)]
pub struct ModuleAnalysis<'a> {
    pub module: Module<'a>,
    /// Each unit's functions, as built, for the checks that look at a unit at once.
    pub units: Vec<(usize, &'a [Function])>,
    /// By the module's function index.
    pub summaries: Vec<Summary>,
    pub globals: Globals,
    pub fields: fields::FieldFacts,
}

impl<'a> ModuleAnalysis<'a> {
    /// Indexes the functions of `units` (every package of the module) and summarises them.
    pub fn new(program: &'a Program, units: &[BuiltUnit<'a>]) -> ModuleAnalysis<'a> {
        let module = Module::new(program, units);
        let globals = Globals::new(program, units);
        let fields = fields::FieldFacts::new(&module, units);
        let summaries = summarize::summarize(&module, &globals, &fields);
        let units = units.iter().map(|u| (u.unit, u.functions)).collect();
        ModuleAnalysis { module, units, summaries, globals, fields }
    }

    /// The summary of the function named `name` (go/ssa's `Function.String()`).
    pub fn summary(&self, name: &str) -> Option<&Summary> {
        self.summaries.get(self.module.lookup(name)?)
    }

    /// Runs `checks` over every function of `unit` and returns the diagnostics sorted by file
    /// and position.
    pub fn check_unit(
        &self,
        unit: usize,
        checks: &[&Check],
        types: &dyn TypeInfo,
    ) -> Vec<Diagnostic> {
        let analysis = nilness::Context {
            module: &self.module,
            summaries: &self.summaries,
            globals: &self.globals,
            fields: &self.fields,
        };
        let mut diagnostics = Vec::new();
        for mf in self.module.functions.iter().filter(|m| m.unit == unit) {
            let cx = FunctionContext {
                function: mf.function,
                file: mf.file,
                info: mf.info,
                program: self.module.program,
                analysis,
                types,
            };
            let at = |offset: u32| {
                let lc = mf.file.line_col(offset);
                Position { offset, line: lc.line, col: lc.col }
            };
            for check in checks {
                let CheckRun::Function(run) = check.run else { continue };
                for finding in run(&cx) {
                    let related = finding
                        .related
                        .into_iter()
                        .map(|(place, note)| match place {
                            NoteAt::Here(span) => Related {
                                path: mf.path.to_string(),
                                position: at(span.start),
                                note,
                            },
                            NoteAt::Site(site) => {
                                Related { position: position(&site), path: site.path, note }
                            }
                        })
                        .collect();
                    let (path, start, end) = match finding.elsewhere {
                        Some((start, end)) => {
                            (start.path.clone(), position(&start), position(&end))
                        }
                        None => (mf.path.to_string(), at(finding.span.start), at(finding.span.end)),
                    };
                    diagnostics.push(Diagnostic {
                        check: check.name,
                        code: check.code,
                        path,
                        start,
                        end,
                        message: finding.message,
                        related,
                    });
                }
            }
        }
        for check in checks {
            let CheckRun::Unit(run) = check.run else { continue };
            diagnostics.extend(self.run_unit_check(unit, check, run, types));
        }
        for check in checks {
            let CheckRun::File(run) = check.run else { continue };
            diagnostics.extend(self.run_file_check(unit, check, run));
        }
        diagnostics.sort_by(|a, b| (&a.path, a.start.offset).cmp(&(&b.path, b.start.offset)));
        // A callee's write reached by several calls is one finding, explained by the first.
        diagnostics.dedup_by(|b, a| {
            (&a.path, a.start.offset, a.check) == (&b.path, b.start.offset, b.check)
        });
        diagnostics
    }
}

impl ModuleAnalysis<'_> {
    /// Runs one file check over every file of `unit` and resolves its positions.
    fn run_file_check(
        &self,
        unit: usize,
        check: &Check,
        run: fn(&FileContext<'_>) -> Vec<Finding>,
    ) -> Vec<Diagnostic> {
        let program = self.module.program;
        let Some(result) = program.units.get(unit) else { return Vec::new() };
        let mut diagnostics = Vec::new();
        for ((fid, _), info) in result.records.iter().zip(&result.info) {
            let source = &program.loaded.files[fid.0 as usize];
            let cx = FileContext { file: &source.ast, info, program, unit };
            let at = |offset: u32| {
                let lc = source.ast.line_col(offset);
                Position { offset, line: lc.line, col: lc.col }
            };
            for finding in run(&cx) {
                let related = finding
                    .related
                    .into_iter()
                    .map(|(place, note)| match place {
                        NoteAt::Here(span) => {
                            Related { path: source.display.clone(), position: at(span.start), note }
                        }
                        NoteAt::Site(site) => {
                            Related { position: position(&site), path: site.path, note }
                        }
                    })
                    .collect();
                diagnostics.push(Diagnostic {
                    check: check.name,
                    code: check.code,
                    path: source.display.clone(),
                    start: at(finding.span.start),
                    end: at(finding.span.end),
                    message: finding.message,
                    related,
                });
            }
        }
        diagnostics
    }

    /// Runs one unit check over `unit` and resolves its positions to files.
    fn run_unit_check(
        &self,
        unit: usize,
        check: &Check,
        run: UnitCheck,
        types: &dyn TypeInfo,
    ) -> Vec<Diagnostic> {
        let Some(&(_, functions)) = self.units.iter().find(|(u, _)| *u == unit) else {
            return Vec::new();
        };
        // Each function of the unit with its place in the module (the initializer has none).
        let mut module_index = vec![None; functions.len()];
        for (index, mf) in self.module.functions.iter().enumerate() {
            if mf.unit == unit {
                if let Some(slot) = module_index.get_mut(mf.index_in_unit) {
                    *slot = Some(index);
                }
            }
        }
        let mut paths: Vec<&str> =
            module_index.iter().flatten().map(|&i| self.module.functions[i].path).collect();
        paths.sort_unstable();
        paths.dedup();
        let file_rank: Vec<Option<usize>> = module_index
            .iter()
            .map(|m| m.and_then(|i| paths.binary_search(&self.module.functions[i].path).ok()))
            .collect();
        let place = |(func, span): (usize, Span)| {
            let mf = &self.module.functions[(*module_index.get(func)?)?];
            let at = |offset: u32| {
                let lc = mf.file.line_col(offset);
                Position { offset, line: lc.line, col: lc.col }
            };
            Some((mf, at(span.start), at(span.end)))
        };
        let mut diagnostics = Vec::new();
        for finding in run(functions, types, &file_rank) {
            let Some((mf, start, end)) = place(finding.at) else { continue };
            let operand = mf
                .file
                .source
                .get(start.offset as usize..end.offset as usize)
                .and_then(|bytes| std::str::from_utf8(bytes).ok())
                .and_then(checks::concurrent_map_access::map_operand)
                .map_or_else(|| "the map".to_string(), |m| format!("`{m}`"));
            let mut message = finding.message.replace("{map}", &operand);
            let mut related = Vec::new();
            for (n, (site, note)) in finding.related.into_iter().enumerate() {
                let Some((rf, rstart, _)) = place(site) else { continue };
                message = message.replace(
                    &format!("{{{n}}}"),
                    &format!("{}:{}:{}", rf.path, rstart.line, rstart.col),
                );
                related.push(Related { path: rf.path.to_string(), position: rstart, note });
            }
            diagnostics.push(Diagnostic {
                check: check.name,
                code: check.code,
                path: mf.path.to_string(),
                start,
                end,
                message,
                related,
            });
        }
        diagnostics
    }
}

fn position(site: &Site) -> Position {
    Position { offset: site.offset, line: site.line, col: site.col }
}

/// Runs the default checks over `functions`, the result of `build_unit(program, unit, _)`, with
/// that unit alone as the module, and returns the diagnostics sorted by file and position.
pub fn check_unit(
    program: &Program,
    unit: usize,
    functions: &[Function],
    types: &ProgramTypeInfo<'_>,
) -> Vec<Diagnostic> {
    let fields = fields::FieldTable::new(functions, types);
    let analysis = ModuleAnalysis::new(program, &[BuiltUnit { unit, functions, fields: &fields }]);
    analysis.check_unit(unit, &default_checks(), types)
}
