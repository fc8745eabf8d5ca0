//! `mapscope check`: run mapscope_analysis's checks over packages and print the findings as text
//! or in go vet -json's shape.

use clap::{Args, ValueEnum};
use mapscope_analysis::Diagnostic;
use mapscope_ssa::ProgramTypeInfo;
use mapscope_ssa::build::build_unit;
use serde_json::json;
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::process::ExitCode;

/// Exit status when a check reports something.
const EXIT_FINDINGS: u8 = 1;
/// Exit status when packages could not be loaded, checked or analysed.
const EXIT_ERRORS: u8 = 2;
/// The analyzer name under which go vet -json groups our findings.
const VET_ANALYZER: &str = "unsafemap";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// `path:line:col: message [check]`, then `  note: path:line:col: ...` lines.
    Text,
    /// go vet -json's shape: `{"pkg": {"unsafemap": [{"posn", "end", "message", "related"}]}}`.
    Json,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Package patterns as for the go command (`./...`, directories, import paths, `std`).
    #[arg(default_value = "./...")]
    patterns: Vec<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,

    #[command(flatten)]
    packages: crate::packages::PackageArgs,
}

/// What one unit gave: its package path and findings, or that the analysis panicked.
struct UnitOutput {
    package: String,
    diagnostics: Vec<Diagnostic>,
    panicked: bool,
}

pub fn run(args: CheckArgs) -> ExitCode {
    let env = args.packages.env();
    let program = mapscope_types::load_and_check(&env, &args.patterns);
    let outputs: Vec<UnitOutput> = crate::packages::for_each_root(&program, |unit| {
        let types = ProgramTypeInfo::new(&program);
        let functions = build_unit(&program, unit, &types);
        mapscope_analysis::check_unit(&program, unit, &functions, &types)
    })
    .into_iter()
    .map(|(unit, result)| {
        let package = program.units[unit].path.clone();
        // No input may take the run down: a panic is reported for its package only.
        match result {
            Ok(diagnostics) => UnitOutput { package, diagnostics, panicked: false },
            Err(_) => UnitOutput { package, diagnostics: Vec::new(), panicked: true },
        }
    })
    .collect();
    let mut errors = false;
    // Syntax, import and type errors: printed, and the run goes on with what was checked.
    for d in &program.loaded.diagnostics {
        eprintln!("{d}");
        errors = true;
    }
    for e in program.errors() {
        eprintln!("{e}");
        errors = true;
    }
    for e in &program.loaded.pattern_errors {
        eprintln!("mapscope check: {e}");
        errors = true;
    }
    let mut findings = 0;
    let mut by_package: BTreeMap<String, Vec<Diagnostic>> = BTreeMap::new();
    for o in outputs {
        if o.panicked {
            eprintln!("mapscope check: the analysis panicked on package {}", o.package);
            errors = true;
        }
        findings += o.diagnostics.len();
        by_package.entry(o.package).or_default().extend(o.diagnostics);
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    match args.format {
        Format::Text => {
            let mut all: Vec<&Diagnostic> = by_package.values().flatten().collect();
            all.sort_by(|a, b| (&a.path, a.start.offset).cmp(&(&b.path, b.start.offset)));
            all.dedup();
            for d in all {
                let _ = writeln!(
                    out,
                    "{}:{}:{}: {} [{}]",
                    d.path, d.start.line, d.start.col, d.message, d.check
                );
                for (at, note) in &d.related {
                    let _ = writeln!(out, "  note: {}:{}:{}: {note}", d.path, at.line, at.col);
                }
            }
        }
        Format::Json => {
            let mut root = serde_json::Map::new();
            for (package, diagnostics) in &by_package {
                if diagnostics.is_empty() {
                    continue;
                }
                let list: Vec<_> = diagnostics.iter().map(vet_json).collect();
                root.insert(package.clone(), json!({ VET_ANALYZER: list }));
            }
            let text = serde_json::to_string_pretty(&serde_json::Value::Object(root));
            let _ = writeln!(out, "{}", text.unwrap_or_default());
        }
    }
    let _ = out.flush();
    if errors {
        ExitCode::from(EXIT_ERRORS)
    } else if findings > 0 {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    }
}

/// One finding as go vet -json prints a diagnostic (`posn`, `end`, `message`, `related`), with
/// the check's name and code in front of the message as vet has no field for them.
fn vet_json(d: &Diagnostic) -> serde_json::Value {
    let posn = |line: u32, col: u32| format!("{}:{line}:{col}", d.path);
    let related: Vec<_> = d
        .related
        .iter()
        .map(|(at, note)| {
            json!({ "posn": posn(at.line, at.col), "end": posn(at.line, at.col), "message": note })
        })
        .collect();
    json!({
        "posn": posn(d.start.line, d.start.col),
        "end": posn(d.end.line, d.end.col),
        "message": format!("{} [{} {}]", d.message, d.code, d.check),
        "related": related,
    })
}
