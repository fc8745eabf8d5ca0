//! mapscope_analysis: the checks of `mapscope check`, run over the SSA IR of checked packages.
//!
//! A check is one file under `checks/` ([`checks::CHECKS`] registers them all). It looks at one
//! [`Function`] at a time through a [`FunctionContext`], which also knows the function's source
//! file, and returns [`Finding`]s: byte spans inside that file with a message and related notes.
//! [`check_unit`] runs every check over every function of a unit and turns findings into
//! [`Diagnostic`]s with paths and line:column positions. Nothing here formats for people beyond
//! the message text or serialises: the CLI does (`mapscope check`).
//!
//! The checks are intraprocedural for now: what a function cannot see (parameters, call results,
//! globals, memory a callee may write) is assumed to be fine, so that every report is a real path.

pub mod checks;
pub mod concurrency;
pub mod docs;

use mapscope_ssa::{Function, ProgramTypeInfo, Span};
use mapscope_syntax::File;
use mapscope_syntax::ast::Decl;
use mapscope_types::Program;
use mapscope_types::check::FileInfo;

/// A position in a source file: the byte offset and its 1-based line and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Position {
    pub offset: u32,
    pub line: u32,
    pub col: u32,
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
    /// Other places that explain the finding (where a nil comes from), with a note each; they are
    /// in the same file as the finding, since checks see one function at a time.
    pub related: Vec<(Position, String)>,
}

/// What a check reports inside one function's file, before positions are resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub span: Span,
    pub message: String,
    pub related: Vec<(Span, String)>,
}

/// One function with the source and checker records of the file it was lowered from.
#[derive(Debug)]
pub struct FunctionContext<'a> {
    pub function: &'a Function,
    pub file: &'a File,
    pub info: &'a FileInfo,
    pub program: &'a Program,
}

impl FunctionContext<'_> {
    /// The source text of `span`, or "" when it is not valid UTF-8 or out of range.
    pub fn text(&self, span: Span) -> &str {
        self.file
            .source
            .get(span.start as usize..span.end as usize)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("")
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
    pub run: CheckRun,
}

/// How a check looks at a unit: one function at a time, or all of its functions at once (a
/// check about goroutines needs every function a goroutine may run).
#[derive(Debug, Clone, Copy)]
pub enum CheckRun {
    Function(fn(&FunctionContext<'_>) -> Vec<Finding>),
    Unit(UnitCheck),
}

/// A check over all functions of a unit, given each function's file (see [`CheckRun::Unit`]).
pub type UnitCheck = fn(&[Function], &ProgramTypeInfo<'_>, &[Option<usize>]) -> Vec<UnitFinding>;

/// What a unit check reports: positions as (function index, span), and a message in which `{0}`,
/// `{1}`, ... stand for the positions of `related`, in order, and `{map}` for the map operand's
/// source at `at`.
#[derive(Debug, Clone)]
pub struct UnitFinding {
    pub at: (usize, Span),
    pub message: String,
    pub related: Vec<((usize, Span), String)>,
}

/// Runs every registered check over `functions`, the result of `build_unit(program, unit, _)`,
/// and returns the diagnostics sorted by file and position.
pub fn check_unit(
    program: &Program,
    unit: usize,
    functions: &[Function],
    types: &ProgramTypeInfo<'_>,
) -> Vec<Diagnostic> {
    let result = &program.units[unit];
    // The built files, in the order the builder walks them (a file without records is not built).
    let files: Vec<(&File, &FileInfo, &str)> = result
        .records
        .iter()
        .enumerate()
        .filter_map(|(index, (fid, _))| {
            let info = result.info.get(index)?;
            let source = &program.loaded.files[fid.0 as usize];
            Some((&source.ast, info, source.display.as_str()))
        })
        .collect();
    let mut diagnostics = Vec::new();
    let file_of = function_files(functions, &files);
    let at = |file: &File, offset: u32| {
        let lc = file.line_col(offset);
        Position { offset, line: lc.line, col: lc.col }
    };
    for (function, file_index) in functions.iter().zip(&file_of) {
        let Some(&(file, info, path)) = file_index.and_then(|i| files.get(i)) else { continue };
        let cx = FunctionContext { function, file, info, program };
        for check in checks::CHECKS {
            let CheckRun::Function(run) = check.run else { continue };
            for finding in run(&cx) {
                diagnostics.push(Diagnostic {
                    check: check.name,
                    code: check.code,
                    path: path.to_string(),
                    start: at(file, finding.span.start),
                    end: at(file, finding.span.end),
                    message: finding.message,
                    related: finding
                        .related
                        .into_iter()
                        .map(|(s, n)| (at(file, s.start), n))
                        .collect(),
                });
            }
        }
    }
    for check in checks::CHECKS {
        let CheckRun::Unit(run) = check.run else { continue };
        for finding in run(functions, types, &file_of) {
            let place = |(func, span): (usize, Span)| {
                let &(file, _, path) = files.get(file_of[func]?)?;
                Some((path, at(file, span.start), at(file, span.end)))
            };
            let Some((path, start, end)) = place(finding.at) else { continue };
            let operand = files
                .get(file_of[finding.at.0].unwrap_or(usize::MAX))
                .and_then(|(file, _, _)| {
                    let span = finding.at.1;
                    file.source.get(span.start as usize..span.end as usize)
                })
                .and_then(|bytes| std::str::from_utf8(bytes).ok())
                .and_then(checks::concurrent_map_access::map_operand)
                .map_or_else(|| "the map".to_string(), |m| format!("`{m}`"));
            let mut message = finding.message.replace("{map}", &operand);
            let mut related = Vec::new();
            for (n, (site, note)) in finding.related.into_iter().enumerate() {
                let Some((rpath, rstart, _)) = place(site) else { continue };
                message = message.replace(
                    &format!("{{{n}}}"),
                    &format!("{rpath}:{}:{}", rstart.line, rstart.col),
                );
                related.push((rstart, note));
            }
            diagnostics.push(Diagnostic {
                check: check.name,
                code: check.code,
                path: path.to_string(),
                start,
                end,
                message,
                related,
            });
        }
    }
    diagnostics.sort_by(|a, b| (&a.path, a.start.offset).cmp(&(&b.path, b.start.offset)));
    diagnostics.dedup();
    diagnostics
}

/// The file of each function, as an index into `files`: functions come file by file in
/// declaration order, each function literal after the function that holds it, so a declared
/// function moves the cursor and a literal stays in its file. The package initializer gathers
/// initializers from every file: its spans name no file.
fn function_files(
    functions: &[Function],
    files: &[(&File, &FileInfo, &str)],
) -> Vec<Option<usize>> {
    let mut cursor = 0;
    functions
        .iter()
        .map(|function| {
            if function.synthetic == Some("package initializer") {
                return None;
            }
            if function.synthetic.is_none() && !function.name.contains('$') {
                let declared_in = |file: &File| {
                    file.decls
                        .iter()
                        .any(|&d| matches!(&file[d], Decl::Func(fd) if fd.span == function.span))
                };
                cursor = (cursor..files.len()).find(|&i| declared_in(files[i].0))?;
            }
            Some(cursor)
        })
        .collect()
}
