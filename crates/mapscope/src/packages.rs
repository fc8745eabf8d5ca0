//! What every package-loading subcommand shares: the Go environment from `-C`, `--tests` and
//! `--tags`, and running per-package work over the matched packages in parallel, a panic costing
//! only its own package.

use mapscope_types::Program;
use mapscope_types::load::Env;
use rayon::prelude::*;
use std::path::PathBuf;

/// Stack of the threads that build and analyse packages: the SSA builder recurses over syntax
/// trees, as the checker does.
const WORKER_STACK: usize = 64 << 20;

/// The flags that choose how packages load: `--tests`, `--tags` and `-C`.
#[derive(Debug, clap::Args)]
pub struct PackageArgs {
    /// Include the packages' test files, as go vet does (`--tests=false` leaves them out).
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    tests: bool,

    /// Build tags to consider satisfied, comma-separated (the go command's `-tags`).
    #[arg(long, value_name = "LIST")]
    tags: Option<String>,

    /// Run as if started in DIR.
    #[arg(short = 'C', value_name = "DIR")]
    dir: Option<PathBuf>,
}

impl PackageArgs {
    /// The Go environment these flags ask for.
    pub fn env(&self) -> Env {
        env(self.dir.as_ref(), self.tests, self.tags.as_deref())
    }
}

/// The Go environment as the go command would see it, run in `dir` (the working directory when
/// `None`), with or without test files and with extra build tags.
pub fn env(dir: Option<&PathBuf>, tests: bool, tags: Option<&str>) -> Env {
    let cwd = match dir {
        Some(d) => std::fs::canonicalize(d).unwrap_or_else(|_| d.clone()),
        None => std::env::current_dir().unwrap_or_default(),
    };
    let mut env = Env::from_host(cwd);
    env.tests = tests;
    if let Some(tags) = tags {
        env.add_tags(tags);
    }
    env
}

/// Runs `work` on every package the patterns matched (the root units), in parallel on threads
/// with large stacks, and gives each unit with its result; a package whose work panics gives
/// `Err(its path)` and the others go on.
pub fn for_each_root<T: Send>(
    program: &Program,
    work: impl Fn(usize) -> T + Sync,
) -> Vec<(usize, Result<T, String>)> {
    let roots: Vec<usize> =
        (0..program.units.len()).filter(|&u| program.loaded.units[u].root).collect();
    let run_all = || -> Vec<(usize, Result<T, String>)> {
        roots
            .par_iter()
            .map(|&unit| {
                let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(unit)))
                    .map_err(|_| program.units[unit].path.clone());
                (unit, result)
            })
            .collect()
    };
    match rayon::ThreadPoolBuilder::new().stack_size(WORKER_STACK).build() {
        Ok(pool) => pool.install(run_all),
        Err(_) => run_all(),
    }
}
