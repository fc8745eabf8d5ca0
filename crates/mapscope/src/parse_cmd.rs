//! `mapscope parse`: parse files and trees in parallel, print syntax errors, dumps or timings.

use clap::{Args, ValueEnum};
use mapscope_syntax::{Parse, dump, parse_file};
use rayon::prelude::*;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

#[derive(Debug, Args)]
pub struct ParseArgs {
    /// Go files, or directories searched recursively for `.go` files.
    #[arg(required_unless_present = "list")]
    paths: Vec<PathBuf>,

    /// Print the canonical AST dump of every file to stdout (the format of tools/astdump);
    /// `--dump-ast=hash` prints a hash of each dump instead.
    #[arg(long, value_enum, num_args = 0..=1, default_missing_value = "full", require_equals = true)]
    dump_ast: Option<DumpFormat>,

    /// Read more paths from FILE, one per line (`-` for stdin).
    #[arg(long, value_name = "FILE")]
    list: Option<PathBuf>,

    /// Number of threads (default: all cores).
    #[arg(short = 'j', long)]
    threads: Option<usize>,

    /// Read all files first, then time parsing alone, best of `--rounds`.
    #[arg(long)]
    bench: bool,

    /// Rounds for `--bench`.
    #[arg(long, default_value_t = 3)]
    rounds: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DumpFormat {
    Full,
    Hash,
}

/// Files are parsed in chunks so output stays in path order without holding every dump at once.
const CHUNK: usize = 256;

pub fn run(args: ParseArgs) -> ExitCode {
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.threads {
        pool = pool.num_threads(n.max(1));
    }
    let pool = match pool.build() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("mapscope: cannot start threads: {e}");
            return ExitCode::from(2);
        }
    };
    pool.install(|| run_in_pool(&args))
}

/// What parsing one file produced, rendered for output.
struct FileReport {
    bytes: u64,
    errors: usize,
    diagnostics: String,
    dump: Vec<u8>,
}

/// Where output goes: dumps own stdout when requested, diagnostics then go to stderr.
struct Output<'a> {
    out: io::BufWriter<io::StdoutLock<'a>>,
    dump_to_stdout: bool,
}

impl Output<'_> {
    fn diagnostics(&mut self, text: &str) {
        if self.dump_to_stdout {
            let _ = self.out.flush();
            eprint!("{text}");
        } else {
            let _ = self.out.write_all(text.as_bytes());
        }
    }
}

fn run_in_pool(args: &ParseArgs) -> ExitCode {
    let start = Instant::now();
    let mut diags = Vec::new();
    let mut paths = args.paths.clone();
    if let Some(list) = &args.list {
        match read_list(list) {
            Ok(more) => paths.extend(more),
            Err(e) => diags.push(format!("{}: cannot read list: {e}", list.display())),
        }
    }
    let files = collect_files(&paths, &mut diags);
    if args.bench {
        return bench(&files, args.rounds, &diags);
    }

    let mut out = Output {
        out: io::BufWriter::with_capacity(1 << 20, io::stdout().lock()),
        dump_to_stdout: args.dump_ast.is_some(),
    };
    for d in &diags {
        out.diagnostics(&format!("{d}\n"));
    }
    let (mut n_files, mut n_bytes, mut n_errors) = (0u64, 0u64, diags.len());
    for chunk in files.chunks(CHUNK) {
        let reports: Vec<FileReport> =
            chunk.par_iter().map(|p| parse_one(p, args.dump_ast)).collect();
        for r in reports {
            n_files += 1;
            n_bytes += r.bytes;
            n_errors += r.errors;
            let _ = out.out.write_all(&r.dump);
            out.diagnostics(&r.diagnostics);
        }
    }
    let summary = summary_line(n_files, n_bytes, start.elapsed(), n_errors);
    out.diagnostics(&format!("{summary}\n"));
    let _ = out.out.flush();
    if n_errors > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

fn summary_line(files: u64, bytes: u64, elapsed: Duration, errors: usize) -> String {
    let secs = elapsed.as_secs_f64().max(1e-9);
    format!(
        "parsed {files} files ({bytes} bytes) in {secs:.3} s: {errors} errors, {:.1} MB/s",
        bytes as f64 / 1e6 / secs
    )
}

fn parse_one(path: &Path, dump_format: Option<DumpFormat>) -> FileReport {
    let shown = path.display();
    let src = match std::fs::read(path) {
        Ok(s) => s,
        Err(e) => {
            let mut dump = Vec::new();
            if dump_format.is_some() {
                dump = format!("== {shown}\nunreadable\n").into_bytes();
            }
            return FileReport {
                bytes: 0,
                errors: 1,
                diagnostics: format!("{shown}: cannot read: {e}\n"),
                dump,
            };
        }
    };
    let parse: Parse = parse_file(&src);
    let mut diagnostics = String::new();
    for e in &parse.errors {
        let lc = parse.file.line_col(e.offset);
        diagnostics.push_str(&format!("{shown}:{}:{}: {}\n", lc.line, lc.col, e.message));
    }
    let mut dump = Vec::new();
    if let Some(fmt) = dump_format {
        dump.extend_from_slice(format!("== {shown}\n").as_bytes());
        match fmt {
            DumpFormat::Full => dump::write_dump(&parse, &mut dump),
            DumpFormat::Hash => dump::write_dump_hash(&parse, &mut dump),
        }
    }
    FileReport { bytes: src.len() as u64, errors: parse.errors.len(), diagnostics, dump }
}

fn read_list(list: &Path) -> io::Result<Vec<PathBuf>> {
    let text = if list == Path::new("-") {
        io::read_to_string(io::stdin())?
    } else {
        std::fs::read_to_string(list)?
    };
    Ok(text.lines().map(str::trim).filter(|l| !l.is_empty()).map(PathBuf::from).collect())
}

/// Expands directories (recursively, sorted, symlinked directories not followed) into `.go` files.
fn collect_files(paths: &[PathBuf], diags: &mut Vec<String>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for p in paths {
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => walk(p, &mut files, diags),
            Ok(_) => files.push(p.clone()),
            Err(e) => diags.push(format!("{}: cannot read: {e}", p.display())),
        }
    }
    files
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, diags: &mut Vec<String>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            diags.push(format!("{}: cannot read directory: {e}", dir.display()));
            return;
        }
    };
    let mut entries: Vec<_> = entries
        .filter_map(|e| e.map_err(|e| diags.push(format!("{}: {e}", dir.display()))).ok())
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        let Ok(ft) = e.file_type() else {
            diags.push(format!("{}: cannot read file type", path.display()));
            continue;
        };
        if ft.is_dir() {
            walk(&path, files, diags);
        } else if path.extension().is_some_and(|x| x == "go") && (ft.is_file() || ft.is_symlink()) {
            files.push(path);
        }
    }
}

fn bench(files: &[PathBuf], rounds: u32, diags: &[String]) -> ExitCode {
    for d in diags {
        eprintln!("{d}");
    }
    let mut srcs = Vec::with_capacity(files.len());
    for f in files {
        match std::fs::read(f) {
            Ok(s) => srcs.push(s),
            Err(e) => eprintln!("{}: cannot read: {e}", f.display()),
        }
    }
    let bytes: u64 = srcs.iter().map(|s| s.len() as u64).sum();
    let mut best = Duration::MAX;
    let mut errors = 0;
    for _ in 0..rounds.max(1) {
        let start = Instant::now();
        errors = srcs.par_iter().map(|s| parse_file(s).errors.len()).sum::<usize>();
        best = best.min(start.elapsed());
    }
    let threads = rayon::current_num_threads();
    println!(
        "{} (best of {} rounds, {threads} threads, parse only)",
        summary_line(srcs.len() as u64, bytes, best, errors),
        rounds.max(1)
    );
    if errors + diags.len() > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}
