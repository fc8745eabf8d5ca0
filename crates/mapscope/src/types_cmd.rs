//! `mapscope types`: load and type-check packages; print map-typed expressions, what identifiers denote, the type at a position, or type errors.

use clap::Args;
use mapscope_types::check::Mode;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Exit status when a pattern cannot be loaded.
const EXIT_BAD_PATTERN: u8 = 2;

#[derive(Debug, Args)]
pub struct TypesArgs {
    /// Package patterns as for the go command (`./...`, directories, import paths, `std`, `.go` files).
    #[arg(default_value = "./...")]
    patterns: Vec<String>,

    /// Print `path:line:col: TYPE` for every expression whose type is a map (the lines of tools/mapexprs).
    #[arg(long)]
    map_exprs: bool,

    /// Print every value expression with its type (tools/mapexprs -all).
    #[arg(long)]
    all_exprs: bool,

    /// Print what every identifier and selector denotes (go/types' Defs, Uses, Implicits and
    /// Selections: the lines of tools/typesobjects).
    #[arg(long)]
    objects: bool,

    /// Print the type of the innermost expression at `path:line:col`.
    #[arg(long, value_name = "PATH:LINE:COL")]
    at: Option<String>,

    /// Build tags to consider satisfied, comma-separated (the go command's `-tags`).
    #[arg(long, value_name = "LIST")]
    tags: Option<String>,

    /// Run as if started in DIR.
    #[arg(short = 'C', value_name = "DIR")]
    dir: Option<PathBuf>,

    /// Do not load `_test.go` files of matched packages.
    #[arg(long)]
    no_tests: bool,

    /// Print package-level loader notes (and, with --map-exprs, --all-exprs, --objects or --at, syntax and
    /// type errors) to stderr.
    #[arg(long, short = 'v')]
    verbose: bool,

    /// Print a timing summary to stderr.
    #[arg(long)]
    time: bool,
}

pub fn run(args: TypesArgs) -> ExitCode {
    let start = Instant::now();
    let env = crate::packages::env(args.dir.as_ref(), !args.no_tests, args.tags.as_deref());
    let mut patterns = args.patterns.clone();
    let at = match &args.at {
        Some(spec) => {
            let mut it = spec.rsplitn(3, ':');
            let (col, line, path) = (it.next(), it.next(), it.next());
            let (Some(Ok(col)), Some(Ok(line)), Some(path)) =
                (col.map(str::parse::<u32>), line.map(str::parse::<u32>), path)
            else {
                eprintln!("mapscope types: --at wants PATH:LINE:COL, got {spec:?}");
                return ExitCode::from(2);
            };
            // Check the package of the file (its directory) unless patterns were given explicitly.
            if args.patterns == ["./..."] {
                let dir =
                    std::path::Path::new(path).parent().map(|p| p.to_string_lossy().into_owned());
                let dir = dir.filter(|d| !d.is_empty()).unwrap_or_else(|| ".".into());
                patterns = vec![if dir.starts_with('/') || dir.starts_with('.') {
                    dir
                } else {
                    format!("./{dir}")
                }];
            }
            Some((path.to_string(), line, col))
        }
        None => None,
    };
    let program = mapscope_types::load_and_check(&env, &patterns);
    let checked = start.elapsed();
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut status = ExitCode::SUCCESS;
    if let Some((path, line, col)) = at {
        match program.expr_at(&path, line, col) {
            Some(at) => {
                let what = match at.mode {
                    Mode::TypeExpr => "type",
                    Mode::Builtin => "builtin",
                    Mode::NoValue => "no value",
                    _ => "value",
                };
                let _ = writeln!(out, "{} ({what}): {}", at.text, program.type_string(at.ty));
            }
            None => {
                eprintln!("mapscope types: no typed expression at {path}:{line}:{col}");
                status = ExitCode::from(1);
            }
        }
    } else if args.objects {
        for l in program.object_lines(&env.goroot) {
            let _ = writeln!(out, "{l}");
        }
    } else if args.map_exprs || args.all_exprs {
        for l in program.expr_lines(args.all_exprs) {
            let _ = writeln!(out, "{l}");
        }
    }
    let listing_errors = args.at.is_none() && !args.map_exprs && !args.all_exprs && !args.objects;
    // Syntax errors and imports that cannot be resolved: listed with the type errors (first, as
    // go/types lists a package's errors), or on stderr beside other output, which they make
    // incomplete; either way the command fails.
    let load_errors = &program.loaded.diagnostics;
    if listing_errors {
        for d in load_errors {
            let _ = writeln!(out, "{d}");
        }
        let errors = program.errors();
        for e in &errors {
            let _ = writeln!(out, "{e}");
        }
        if !errors.is_empty() || !load_errors.is_empty() {
            status = ExitCode::from(1);
        }
    } else if !load_errors.is_empty() {
        for d in load_errors {
            eprintln!("{d}");
        }
        status = ExitCode::from(1);
    }
    let _ = out.flush();
    if args.verbose {
        for d in &program.loaded.notes {
            eprintln!("{d}");
        }
        if !listing_errors {
            for e in program.errors() {
                eprintln!("{e}");
            }
        }
    }
    // Patterns that cannot be loaded: as the go command, on stderr, and the command fails, with the
    // usage-error status since the request itself was wrong.
    for e in &program.loaded.pattern_errors {
        eprintln!("mapscope types: {e}");
    }
    if !program.loaded.pattern_errors.is_empty() {
        status = ExitCode::from(EXIT_BAD_PATTERN);
    }
    if args.time {
        let files = program.loaded.files.len();
        let bytes: usize = program.loaded.files.iter().map(|f| f.size).sum();
        eprintln!(
            "types: {} units, {files} files ({:.1} MB) loaded, parsed and checked in {:.2} s (load+parse {:.2} s, check {:.2} s)",
            program.units.len(),
            bytes as f64 / 1e6,
            checked.as_secs_f64(),
            program.load_time.as_secs_f64(),
            program.check_time.as_secs_f64(),
        );
    }
    status
}
