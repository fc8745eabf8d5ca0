//! `mapscope escape`: gc's escape analysis verdicts (`go build -gcflags=-m`, or with `-l`
//! `-gcflags='-m -l'`) for packages, from mapscope_escape, and `--explain` for one allocation's
//! path to the heap.
//!
//! Packages are analysed in dependency order, a level of packages at a time in parallel, so that
//! a call into an imported package that was analysed too uses its tags, as gc uses export data.

use clap::Args;
use mapscope_escape::report::{Message, UnitSource, gc_function_name};
use mapscope_escape::{Place, Step, Tags, UnitEscape};
use mapscope_ssa::build::build_unit;
use mapscope_ssa::{Function, ProgramTypeInfo};
use mapscope_types::Program;
use mapscope_types::load::UnitKind;
use rayon::prelude::*;
use std::io::{self, Write};
use std::process::ExitCode;

/// Stack of the analysis threads: the SSA builder recurses over syntax trees.
const ANALYSIS_STACK: usize = 64 << 20;

#[derive(Debug, Args)]
pub struct EscapeArgs {
    /// Package patterns as for the go command (`./...`, directories, import paths, `std`).
    #[arg(default_value = "./...")]
    patterns: Vec<String>,

    /// Verbosity as gc's `-m`: 1 prints the verdicts, 2 adds the flow that made each allocation
    /// escape.
    #[arg(short = 'm', default_value_t = 1, value_parser = clap::value_parser!(u8).range(1..=2))]
    verbosity: u8,

    /// Inlining off, as gc's `-l`: without it the calls gc inlines are analysed in their callers,
    /// as plain `-m` reports them.
    #[arg(short = 'l')]
    no_inlining: bool,

    /// Explain the verdicts at `path:line:col`: the chain of assignments from the allocation to
    /// what it reaches, and the rule that decided.
    #[arg(long, value_name = "PATH:LINE:COL")]
    explain: Option<String>,

    /// Analyse the packages the matched ones import too, so that calls into them use their
    /// verdicts as gc uses export data (`--deps=false` assumes such calls leak every argument).
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    deps: bool,

    #[command(flatten)]
    packages: crate::packages::PackageArgs,
}

/// A message, the function it is about (as gc names it), and the lines that explain it (empty
/// unless asked for).
type Explained = (Message, String, Vec<String>);

/// What one package gave.
#[derive(Default)]
struct UnitOutput {
    messages: Vec<Explained>,
    /// The package's syntax and type errors: gc compiles no package that has one, so it gets
    /// no messages.
    errors: Vec<String>,
    tags: Tags,
    panicked: Option<String>,
}

pub fn run(args: EscapeArgs) -> ExitCode {
    let env = args.packages.env();
    let program = mapscope_types::load_and_check(&env, &args.patterns);
    let explain = args.verbosity >= 2 || args.explain.is_some();
    let options = mapscope_escape::Options { inlining: !args.no_inlining, ..Default::default() };
    let mut tags = Tags::default();
    let mut messages = Vec::new();
    let mut status = ExitCode::SUCCESS;
    let mut analyse_all = || {
        let mut panics = Vec::new();
        if args.deps {
            // The loader checks the bodies of matched packages only: the imported ones are
            // loaded again as patterns of their own, and analysed first for their tags.
            // A package matched with its tests is a dependency only as its importers see it; its
            // test variant, which holds the same functions, is analysed already.
            let matched: std::collections::HashSet<&str> =
                program.loaded.units.iter().filter(|u| u.root).map(|u| u.path.as_str()).collect();
            let dependencies: Vec<String> = program
                .loaded
                .units
                .iter()
                .filter(|u| !u.root && u.kind == UnitKind::Normal && !matched.contains(&*u.path))
                .map(|u| u.path.clone())
                .collect();
            if !dependencies.is_empty() {
                let mut dependency_env = env.clone();
                dependency_env.tests = false;
                let imported = mapscope_types::load_and_check(&dependency_env, &dependencies);
                panics.extend(analyse_levels(&imported, &mut tags, None, options));
            }
        }
        panics.extend(analyse_levels(&program, &mut tags, Some((explain, &mut messages)), options));
        panics
    };
    let panics = match rayon::ThreadPoolBuilder::new().stack_size(ANALYSIS_STACK).build() {
        Ok(pool) => pool.install(analyse_all),
        Err(_) => analyse_all(),
    };
    for p in panics {
        // An empty name stands for a package with errors, which were printed already.
        if p.is_empty() {
            status = ExitCode::from(2);
        } else {
            eprintln!("mapscope escape: the analysis panicked on package {p}");
            status = ExitCode::from(1);
        }
    }
    let messages = in_gc_order(messages);
    let mut out = io::BufWriter::new(io::stdout().lock());
    match &args.explain {
        Some(at) => {
            let chosen: Vec<_> = messages.iter().filter(|(m, ..)| position(m) == *at).collect();
            if chosen.is_empty() {
                eprintln!("mapscope escape: no verdict at {at}");
                status = ExitCode::from(1);
            }
            for (m, _, explanation) in chosen {
                let _ = writeln!(out, "{}: {}", position(m), m.text);
                for line in explanation {
                    let _ = writeln!(out, "  {line}");
                }
            }
        }
        None => {
            for (m, function, explanation) in &messages {
                if args.verbosity >= 2 && !explanation.is_empty() {
                    let _ = writeln!(out, "{}: {} in {function}:", position(m), m.text);
                    for line in explanation {
                        let _ = writeln!(out, "{}:   {line}", position(m));
                    }
                }
                let _ = writeln!(out, "{}: {}", position(m), m.text);
            }
        }
    }
    if !program.loaded.pattern_errors.is_empty() {
        for e in &program.loaded.pattern_errors {
            eprintln!("{e}");
        }
        status = ExitCode::from(2);
    }
    let _ = out.flush();
    status
}

/// `messages` in gc's order (by file, then position; messages at one position in the order they
/// were made), each line once: a callee inlined at several calls gives the same line several
/// times, and gc prints it once.
///
/// The sort is on numbers (a file's rank among the paths, the offset, the order made), not on
/// the messages, which are large and whose paths repeat: on all of GOROOT/src it sorts 200,000.
fn in_gc_order(messages: Vec<Explained>) -> Vec<Explained> {
    let mut paths: Vec<&str> = messages.iter().map(|(m, ..)| m.path.as_str()).collect();
    paths.sort_unstable();
    paths.dedup();
    let mut order: Vec<(u32, u32, u32)> = messages
        .iter()
        .enumerate()
        .map(|(made, (m, ..))| {
            let rank = paths.binary_search(&m.path.as_str()).unwrap_or_default();
            (rank as u32, m.offset, made as u32)
        })
        .collect();
    order.sort_unstable();
    let mut slots: Vec<Option<Explained>> = messages.into_iter().map(Some).collect();
    let mut sorted: Vec<Explained> = Vec::with_capacity(slots.len());
    // Where the messages at the current position start in `sorted`: a repeated line is one of
    // them, and there are few at one position.
    let mut at_position = 0;
    for (i, &(file, offset, made)) in order.iter().enumerate() {
        if i > 0 && (order[i - 1].0, order[i - 1].1) != (file, offset) {
            at_position = sorted.len();
        }
        let Some(message) = slots[made as usize].take() else { continue };
        if !sorted[at_position..].iter().any(|(m, ..)| m.text == message.0.text) {
            sorted.push(message);
        }
    }
    sorted
}

fn position(m: &Message) -> String {
    format!("{}:{}:{}", m.path, m.line, m.col)
}

/// Analyses the matched packages of `program`, a dependency level at a time, adding their tags
/// to `tags`; with `report`, also their messages (and explanations when asked for). Gives the
/// packages whose analysis panicked.
fn analyse_levels(
    program: &Program,
    tags: &mut Tags,
    mut report: Option<(bool, &mut Vec<Explained>)>,
    options: mapscope_escape::Options,
) -> Vec<String> {
    let mut panics = Vec::new();
    let explain = report.as_ref().is_some_and(|(explain, _)| *explain);
    for level in mapscope_escape::dependency_levels(program) {
        let outputs: Vec<UnitOutput> = level
            .par_iter()
            .map(|&unit| {
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    analyse(program, unit, tags, report.is_some(), explain, options)
                }))
                .unwrap_or_else(|_| UnitOutput {
                    panicked: Some(program.units[unit].path.clone()),
                    ..UnitOutput::default()
                })
            })
            .collect();
        for o in outputs {
            tags.extend(o.tags);
            if let Some((_, messages)) = report.as_mut() {
                messages.extend(o.messages);
            }
            if !o.errors.is_empty() {
                panics.push(String::new());
                for e in o.errors {
                    eprintln!("{e}");
                }
            }
            panics.extend(o.panicked);
        }
    }
    panics
}

fn analyse(
    program: &Program,
    unit: usize,
    imported: &Tags,
    report: bool,
    explain: bool,
    options: mapscope_escape::Options,
) -> UnitOutput {
    let types = ProgramTypeInfo::new(program);
    let functions = build_unit(program, unit, &types);
    let bodyless = mapscope_escape::bodyless_tags(program, unit);
    let mut hints = mapscope_escape::source_hints(program, unit);
    if options.inlining {
        hints.shapes = mapscope_escape::inline_shapes(program, unit);
    }
    // Bodies kept for inlining belong to one program: its address tells programs apart.
    let options =
        mapscope_escape::Options { program: std::ptr::from_ref(program) as usize, unit, ..options };
    let escape = mapscope_escape::analyze_unit_with(
        &functions, &types, imported, &bodyless, &hints, options,
    );
    if !report {
        return UnitOutput { tags: escape.tags, ..UnitOutput::default() };
    }
    let errors = package_errors(program, unit);
    if !errors.is_empty() {
        return UnitOutput { tags: escape.tags, errors, ..UnitOutput::default() };
    }
    let mut source = UnitSource::new(program, unit);
    source.set_inlined_calls(&escape);
    let messages = mapscope_escape::report::messages(&source, &functions, &escape);
    let messages = messages
        .into_iter()
        .map(|m| {
            let lines =
                if explain { explanation(&source, &functions, &escape, &m) } else { Vec::new() };
            // Only `-m=2` prints the function a message is about.
            let function = escape
                .verdicts
                .get(m.verdict)
                .filter(|_| explain)
                .and_then(|v| functions.get(v.function))
                .map(|f| gc_function_name(&f.name, source.package()))
                .unwrap_or_default();
            (m, function, lines)
        })
        .collect();
    UnitOutput { messages, tags: escape.tags, ..UnitOutput::default() }
}

/// The syntax and type errors in unit `unit`'s files.
fn package_errors(program: &Program, unit: usize) -> Vec<String> {
    let files: std::collections::HashSet<&str> = program.loaded.units[unit]
        .files
        .iter()
        .map(|id| program.loaded.files[id.0 as usize].display.as_str())
        .collect();
    let syntax = program.loaded.diagnostics.iter().filter(|d| files.contains(d.path.as_str()));
    syntax.chain(&program.units[unit].errors).map(ToString::to_string).collect()
}

/// The flow that decided a verdict, from the allocation outwards, in `-m=2`'s shape: a `flow:`
/// line per assignment and where it happens, then the rule that decided.
fn explanation(
    source: &UnitSource<'_>,
    functions: &[Function],
    escape: &UnitEscape,
    message: &Message,
) -> Vec<String> {
    let Some(verdict) = escape.verdicts.get(message.verdict) else { return Vec::new() };
    let mut lines = Vec::new();
    if let Some(reason) = verdict.heap_alloc_reason {
        lines.push(format!("rule: {reason} (gc allocates it on the heap whatever flows where)"));
    }
    let describe = |place: &Place| describe(source, functions, place);
    for Step { to, from, derefs, why, function, instr } in &verdict.explanation {
        let ops = if *derefs < 0 { "&".to_string() } else { "*".repeat(*derefs as usize) };
        lines.push(format!("flow: {} ← {ops}{}:", describe(to), describe(from)));
        let Some(span) = functions.get(*function).and_then(|f| f.get_instr(*instr)).map(|i| i.span)
        else {
            continue;
        };
        let at = span_position(source, functions, *function, span);
        match source.expression(functions, *function, span) {
            Some(what) => lines.push(format!("  from {what} ({why}) at {at}")),
            None => lines.push(format!("  ({why}) at {at}")),
        }
    }
    if verdict.escapes && verdict.heap_alloc_reason.is_none() {
        let rule = match verdict.explanation.last().map(|s| &s.to) {
            Some(Place::Heap) | None => "its address reaches the heap",
            Some(Place::Result { .. }) => {
                "its address is returned, and a result outlives the frame"
            }
            Some(_) => {
                "its address reaches a location that outlives it (an enclosing loop or function)"
            }
        };
        lines.push(format!("rule: {rule}"));
    }
    lines
}

/// A location in a flow, as gc names them: `{heap}`, a variable or parameter, a result,
/// `{storage for X}`, or the expression that computes a value.
fn describe(source: &UnitSource<'_>, functions: &[Function], place: &Place) -> String {
    let expression = |f: usize, span| source.expression(functions, f, span);
    match place {
        Place::Heap => "{heap}".into(),
        Place::Mutator => "{mutator}".into(),
        Place::Result { index, .. } => format!("~r{index}"),
        Place::Value { function: f, value } => {
            let Some(func) = functions.get(*f) else { return "{temp}".into() };
            match &func[*value].def {
                mapscope_ssa::ValueDef::Param { name, .. }
                | mapscope_ssa::ValueDef::FreeVar { name, .. } => name.to_string(),
                mapscope_ssa::ValueDef::Result { instr, .. } => match &func[*instr].kind {
                    mapscope_ssa::InstrKind::Phi { comment, .. } if !comment.is_empty() => {
                        comment.to_string()
                    }
                    _ => expression(*f, func[*instr].span).unwrap_or_else(|| "{temp}".into()),
                },
                _ => "{temp}".into(),
            }
        }
        Place::Alloc { function: f, instr } => {
            let Some(func) = functions.get(*f) else { return "{storage}".into() };
            match &func[*instr].kind {
                mapscope_ssa::InstrKind::Alloc { name, .. }
                    if mapscope_escape::is_variable_name(name) && !name.is_empty() =>
                {
                    name.to_string()
                }
                _ => match expression(*f, func[*instr].span) {
                    Some(what) => format!("{{storage for {what}}}"),
                    None => "{storage}".into(),
                },
            }
        }
        Place::Literal { .. } => "{storage for func literal}".into(),
    }
}

/// `path:line:col` of `span`'s start in the file of unit function `function`.
fn span_position(
    source: &UnitSource<'_>,
    functions: &[Function],
    function: usize,
    span: mapscope_ssa::Span,
) -> String {
    source
        .position(functions, function, span)
        .map(|(path, line, col)| format!("{path}:{line}:{col}"))
        .unwrap_or_default()
}
