//! `mapscope ssa`: build the SSA IR of packages; print it, count map operations per function (the
//! lines of tools/ssamapops, go/ssa's oracle), or verify every function.

use clap::Args;
use mapscope_ssa::{Function, FunctionTable, InstrKind, ProgramTypeInfo, TypeInfo};
use mapscope_types::Program;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Args)]
pub struct SsaArgs {
    /// Package patterns as for the go command (`./...`, directories, import paths, `std`).
    #[arg(default_value = "./...")]
    patterns: Vec<String>,

    /// Print `NAME: make=N lookup=N commaok=N update=N delete=N range=N clear=N` for every
    /// function with a map operation, sorted (the lines of tools/ssamapops).
    #[arg(long)]
    map_ops: bool,

    /// Run the verifier over every function and report `verified F functions: V violations`.
    #[arg(long)]
    verify: bool,

    /// Print only the function with this name (go/ssa's `Function.String()`).
    #[arg(long, value_name = "NAME")]
    func: Option<String>,

    /// Write a self-contained page for the `--func` function to FILE: its source beside its IR,
    /// blocks, dominator tree, φs and map operations highlighted, uses lit up on hover.
    #[arg(long, value_name = "FILE", requires = "func")]
    html: Option<PathBuf>,

    /// Run escape analysis first and show its verdicts on the IR: an `Alloc` prints `new`
    /// (heap) or `local` (stack), a `make map` notes `(escapes)` or `(does not escape)`. Calls
    /// into other packages are taken to leak their arguments, as `mapscope escape --deps=false`.
    #[arg(long)]
    escape: bool,

    #[command(flatten)]
    packages: crate::packages::PackageArgs,
}

/// What one unit's functions gave.
#[derive(Default)]
struct UnitOutput {
    lines: Vec<String>,
    functions: usize,
    violations: Vec<String>,
    panicked: Option<String>,
    /// The `--html` page, when the `--func` function is in this unit.
    page: Option<String>,
    /// Whether the `--func` function is in this unit.
    found_func: bool,
}

pub fn run(args: SsaArgs) -> ExitCode {
    let env = args.packages.env();
    let program = mapscope_types::load_and_check(&env, &args.patterns);
    let outputs: Vec<UnitOutput> = crate::packages::for_each_root(&program, |unit| {
        let types = ProgramTypeInfo::new(&program);
        let functions = if args.escape {
            with_escape_verdicts(&program, unit, &types)
        } else {
            FunctionTable::build(&program, [unit], &types)
        };
        let mut output = unit_output(&args, &functions, &types);
        let wanted = args.func.as_deref().and_then(|name| functions.get(name));
        output.found_func = wanted.is_some();
        if args.html.is_some() {
            output.page = wanted
                .map(|f| crate::ssa_html::page(f, &types, function_source(&program, unit, f)));
        }
        output
    })
    .into_iter()
    .map(|(_, result)| {
        result.unwrap_or_else(|package| UnitOutput {
            panicked: Some(package),
            ..UnitOutput::default()
        })
    })
    .collect();
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut status = ExitCode::SUCCESS;
    let (mut functions, mut violations, mut panics) = (0, 0, 0);
    let mut lines = Vec::new();
    let mut page = None;
    let mut found_func = false;
    for o in outputs {
        page = page.or(o.page);
        found_func |= o.found_func;
        functions += o.functions;
        violations += o.violations.len();
        for v in &o.violations {
            eprintln!("{v}");
        }
        if let Some(p) = o.panicked {
            eprintln!("mapscope ssa: the builder panicked on package {p}");
            panics += 1;
        }
        lines.extend(o.lines);
    }
    lines.sort();
    for l in lines {
        let _ = writeln!(out, "{l}");
    }
    if let Some(name) = args.func.as_deref().filter(|_| !found_func) {
        eprintln!("mapscope ssa: no function named {name} in the matched packages");
        status = ExitCode::from(1);
    }
    if let (Some(path), Some(page)) = (&args.html, page) {
        if let Err(e) = std::fs::write(path, page) {
            eprintln!("mapscope ssa: {}: {e}", path.display());
            status = ExitCode::from(1);
        }
    }
    if args.verify {
        let _ = writeln!(out, "verified {functions} functions: {violations} violations");
        if violations > 0 {
            status = ExitCode::from(1);
        }
    }
    if panics > 0 {
        status = ExitCode::from(1);
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

/// The unit's functions with escape analysis's verdicts recorded on their allocations.
fn with_escape_verdicts<'a>(
    program: &'a Program,
    unit: usize,
    types: &'a ProgramTypeInfo<'a>,
) -> FunctionTable {
    let mut functions = mapscope_ssa::build::build_unit(program, unit, types);
    let bodyless = mapscope_escape::bodyless_tags(program, unit);
    let hints = mapscope_escape::source_hints(program, unit);
    let imported = mapscope_escape::Tags::default();
    let escape = mapscope_escape::analyze_unit(&functions, types, &imported, &bodyless, &hints);
    for verdict in &escape.verdicts {
        if let mapscope_escape::Subject::Alloc { instr, .. } = verdict.subject {
            if let Some(f) = functions.get_mut(verdict.function) {
                f.record_escape(instr, verdict.escapes);
            }
        }
    }
    let mut table = FunctionTable::new();
    for f in functions {
        table.insert(f);
    }
    table
}

fn unit_output(
    args: &SsaArgs,
    functions: &FunctionTable,
    types: &ProgramTypeInfo<'_>,
) -> UnitOutput {
    let mut o = UnitOutput { functions: functions.len(), ..UnitOutput::default() };
    let print = !args.map_ops && !args.verify && args.html.is_none();
    if let (true, Some(name)) = (print, args.func.as_deref()) {
        // One function, by name.
        o.lines.extend(functions.get(name).map(|f| mapscope_ssa::print::print_function(f, types)));
        return o;
    }
    for f in functions {
        if args.verify {
            for v in mapscope_ssa::verify::verify(f, types) {
                o.violations.push(format!("{}: {v}", f.name));
            }
        }
        // As the oracle: synthetic functions other than package initializers are left out.
        let counted = f.synthetic.is_none_or(|why| why == "package initializer");
        if args.map_ops {
            if !counted {
                continue;
            }
            if let Some(line) = map_ops_line(f, types) {
                o.lines.push(line);
            }
        } else if print {
            o.lines.push(mapscope_ssa::print::print_function(f, types));
        }
    }
    o
}

/// The source text of a function's declaration or literal and its first line, found among its
/// unit's files: the file whose text at the function's span starts with `func` and holds the
/// function's own name (`(*T).m` is declared as `m`; a literal `f$1` is just `func`).
fn function_source<'p>(
    program: &'p mapscope_types::Program,
    unit: usize,
    f: &Function,
) -> Option<(&'p str, u32)> {
    if f.synthetic.is_some() {
        return None;
    }
    // A function literal (`f$1`) has no name of its own to look for.
    let short = f.name.rsplit(['.', ')']).next().unwrap_or(&f.name);
    let short = if short.contains('$') { "func" } else { short };
    let range = f.span.start as usize..f.span.end as usize;
    program.loaded.units[unit].files.iter().find_map(|id| {
        let file = &program.loaded.files[id.0 as usize].ast;
        let text = std::str::from_utf8(file.source.get(range.clone())?).ok()?;
        (text.starts_with("func") && text.contains(short))
            .then(|| (text, file.line_col(f.span.start).line))
    })
}

/// The function's line of counts, if it has a map operation.
fn map_ops_line(f: &Function, types: &dyn TypeInfo) -> Option<String> {
    let mut counts = [0usize; 7];
    for block in f.block_ids() {
        for &i in f[block].instrs() {
            let slot = match &f[i].kind {
                InstrKind::MakeMap { .. } => 0,
                InstrKind::MapLookup { comma_ok: false, map, .. } if types.is_map(f[*map].ty) => 1,
                InstrKind::MapLookup { comma_ok: true, map, .. } if types.is_map(f[*map].ty) => 2,
                InstrKind::MapUpdate { .. } => 3,
                InstrKind::MapDelete { .. } => 4,
                InstrKind::MapRange { .. } => 5,
                InstrKind::MapClear { .. } => 6,
                _ => continue,
            };
            counts[slot] += 1;
        }
    }
    if counts.iter().all(|&c| c == 0) {
        return None;
    }
    let [make, lookup, commaok, update, delete, range, clear] = counts;
    Some(format!(
        "{}: make={make} lookup={lookup} commaok={commaok} update={update} delete={delete} range={range} clear={clear}",
        f.name
    ))
}
