//! `mapscope check`: run mapscope_analysis's checks over packages and print the findings as text
//! or in go vet -json's shape.
//!
//! The analysis sees the whole main module: besides the packages the patterns name, every
//! package of the module that holds the working directory is loaded and built, so that calls
//! into them are summarised; findings are reported only in the named packages.

use clap::{Args, ValueEnum};
use mapscope_analysis::module::{BuiltUnit, UnitIr};
use mapscope_analysis::{Check, Diagnostic, ModuleAnalysis};
use mapscope_ssa::ProgramTypeInfo;
use mapscope_types::Program;
use mapscope_types::load::Env;
use serde_json::json;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
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

    /// Also run a check that is off by default (`redundant-map-lookup`); repeat for several.
    #[arg(long, value_name = "CHECK")]
    enable: Vec<String>,

    /// Do not run a check (by name or code); repeat for several.
    #[arg(long, value_name = "CHECK")]
    disable: Vec<String>,

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
    let checks = match enabled_checks(&args.enable, &args.disable) {
        Ok(checks) => checks,
        Err(unknown) => {
            eprintln!("mapscope check: unknown check {unknown:?} for --enable or --disable");
            return ExitCode::from(EXIT_ERRORS);
        }
    };
    let env = args.packages.env();
    let (program, named) = load_with_module(&env, &args.patterns);
    // Each unit's field table needs the ProgramTypeInfo that built it.
    let built: Vec<(usize, Result<UnitIr, String>)> =
        crate::packages::for_each_root(&program, |unit| {
            UnitIr::build(&program, unit, &ProgramTypeInfo::new(&program))
        });
    let units: Vec<BuiltUnit<'_>> =
        built.iter().filter_map(|(_, r)| Some(r.as_ref().ok()?.as_built())).collect();
    let analysis = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        ModuleAnalysis::new(&program, &units)
    }));
    let outputs: Vec<UnitOutput> = match &analysis {
        Ok(analysis) => crate::packages::for_each_root(&program, |unit| {
            if !named.contains(&unit) {
                return None;
            }
            let Some((_, Ok(ir))) = built.iter().find(|(u, _)| *u == unit) else {
                panic!("the IR builder panicked");
            };
            Some(analysis.check_unit(unit, &checks, &ir.types(&program)))
        }),
        Err(_) => named.iter().map(|&u| (u, Err(program.units[u].path.clone()))).collect(),
    }
    .into_iter()
    .filter_map(|(unit, result)| {
        let package = program.units[unit].path.clone();
        // No input may take the run down: a panic is reported for its package only.
        match result {
            Ok(Some(diagnostics)) => Some(UnitOutput { package, diagnostics, panicked: false }),
            Ok(None) => None,
            Err(_) => Some(UnitOutput { package, diagnostics: Vec::new(), panicked: true }),
        }
    })
    .collect();
    let mut errors = false;
    // Syntax, import and type errors: printed, and the run goes on with what was checked.
    for d in &program.loaded.diagnostics {
        eprintln!("{d}");
        errors = true;
    }
    // A part of an error (`other declaration of x`) follows it on a line of its own,
    // indented by a tab, as the go command prints them.
    for (e, parts) in program.errors_with_parts() {
        eprintln!("{e}");
        for part in parts {
            let message = part.message.trim_start_matches('\t');
            eprintln!("\t{}", mapscope_types::Diagnostic { message: message.to_string(), ..part });
        }
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
            // A callee's write that calls from several packages reach is printed once.
            all.dedup_by(|b, a| {
                (&a.path, a.start.offset, a.check) == (&b.path, b.start.offset, b.check)
            });
            for d in all {
                let _ = writeln!(
                    out,
                    "{}:{}:{}: {} [{}]",
                    d.path, d.start.line, d.start.col, d.message, d.check
                );
                for r in &d.related {
                    let (at, note) = (&r.position, &r.note);
                    let _ = writeln!(out, "  note: {}:{}:{}: {note}", r.path, at.line, at.col);
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
        .map(|r| {
            let at = format!("{}:{}:{}", r.path, r.position.line, r.position.col);
            json!({ "posn": at, "end": at, "message": r.note })
        })
        .collect();
    json!({
        "posn": posn(d.start.line, d.start.col),
        "end": posn(d.end.line, d.end.col),
        "message": format!("{} [{} {}]", d.message, d.code, d.check),
        "related": related,
    })
}

/// The default checks with those `--enable` names and without those `--disable` names; `Err`
/// with the first unknown name.
fn enabled_checks(enable: &[String], disable: &[String]) -> Result<Vec<&'static Check>, String> {
    let find = |name: &String| {
        mapscope_analysis::checks::CHECKS
            .iter()
            .find(|c| c.name == name || c.code == name)
            .ok_or_else(|| name.clone())
    };
    let mut checks = mapscope_analysis::default_checks();
    for name in enable {
        let check = find(name)?;
        if !checks.iter().any(|c| c.code == check.code) {
            checks.push(check);
        }
    }
    for name in disable {
        let check = find(name)?;
        checks.retain(|c| c.code != check.code);
    }
    Ok(checks)
}

/// Loads and checks the packages `patterns` name together with every package of the main
/// module (the go.mod above the working directory), and returns the program with the units the
/// patterns named.
fn load_with_module(env: &Env, patterns: &[String]) -> (Program, BTreeSet<usize>) {
    let module = main_module(&env.cwd);
    let whole_module_named = module.as_ref().is_some_and(|(root, _)| {
        *root == env.cwd && patterns.iter().all(|p| p == "./...") && !patterns.is_empty()
    });
    let Some((_, module_path)) = module.filter(|_| !whole_module_named) else {
        let program = mapscope_types::load_and_check(env, patterns);
        let named = (0..program.units.len()).filter(|&u| program.loaded.units[u].root).collect();
        return (program, named);
    };
    // Which units the patterns name, by path, directory and kind: loading the module as well
    // makes all of its units roots.
    let key =
        |u: &mapscope_types::load::Unit| (u.path.clone(), u.dir.clone(), format!("{:?}", u.kind));
    let named_keys: BTreeSet<(String, PathBuf, String)> = mapscope_types::load::load(env, patterns)
        .units
        .iter()
        .filter(|u| u.root)
        .map(key)
        .collect();
    let mut all = patterns.to_vec();
    // GOROOT/src is module `std`, whose packages the meta-pattern `std` names (`std/...`
    // names none: its import paths do not start with `std/`).
    all.push(if module_path == "std" { "std".to_string() } else { format!("{module_path}/...") });
    let program = mapscope_types::load_and_check(env, &all);
    let named = (0..program.units.len())
        .filter(|&u| {
            let unit = &program.loaded.units[u];
            unit.root && named_keys.contains(&key(unit))
        })
        .collect();
    (program, named)
}

/// The directory and module path of the go.mod at or above `dir`.
fn main_module(dir: &Path) -> Option<(PathBuf, String)> {
    let mut at = Some(dir);
    while let Some(d) = at {
        if let Ok(text) = std::fs::read_to_string(d.join("go.mod")) {
            let module = mapscope_types::load::gomod::GoMod::parse(&text, d).module;
            return (!module.is_empty()).then(|| (d.to_path_buf(), module));
        }
        at = d.parent();
    }
    None
}
