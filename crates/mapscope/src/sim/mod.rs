//! `mapscope sim`: replays a workload on gomap (Go 1.19's map) and shows how the map grows.
//!
//! The map is a `GoMap<u64, u64>` hashed with Go's own portable hash ([`gomap::GoUint64Hash`]), so
//! every key sits in the bucket the real runtime would put it in, and `--compare-go` can draw
//! Go 1.19's own trajectory over gomap's.

mod buckets;
mod go_oracle;
mod html;
mod json;
mod replay;
mod terminal;
mod workload;

use clap::Args;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use workload::{KeyOrder, Mix, Op};

#[derive(Debug, Args)]
pub struct SimArgs {
    /// Inserts of new keys.
    #[arg(long, default_value_t = 100_000)]
    inserts: u64,

    /// Deletes of present keys per insert (0.3: three deletes for every ten inserts).
    #[arg(long, default_value_t = 0.0)]
    deletes: f64,

    /// Lookups per insert.
    #[arg(long, default_value_t = 0.0)]
    lookups: f64,

    /// Fraction of lookups that look for an absent key.
    #[arg(long, default_value_t = 0.0)]
    misses: f64,

    /// Updates of present keys per insert.
    #[arg(long, default_value_t = 0.0)]
    updates: f64,

    /// Run the first N inserts without deletes, so that deletes then churn a map of about N keys
    /// (`--live 3000 --deletes 1` is the delete-heavy churn that triggers same-size growth).
    #[arg(long, default_value_t = 0)]
    live: u64,

    /// The make hint (`make(map[uint64]uint64, HINT)`).
    #[arg(long, default_value_t = 0)]
    hint: u64,

    /// Skew of the present key that lookups, updates and deletes pick: 0 is uniform, larger
    /// values favour the oldest keys (index n·u^(1+SKEW)).
    #[arg(long, default_value_t = 0.0)]
    skew: f64,

    /// How new keys are drawn.
    #[arg(long, value_enum, default_value_t = KeyOrder::Random)]
    keys: KeyOrder,

    /// Seed of every random choice.
    #[arg(long, default_value_t = 1)]
    seed: u64,

    /// Let the map shrink when it empties (gomap's opt-in automatic shrinking; not in Go).
    #[arg(long)]
    shrink: bool,

    /// Read the operations from FILE instead (one per line: `m HINT`, `i K`, `d K`, `g K`, `c`,
    /// `s` for shrink_to_fit; `#` starts a comment); the mix flags are then ignored.
    #[arg(long, value_name = "FILE")]
    workload: Option<PathBuf>,

    /// Write a self-contained HTML report to FILE.
    #[arg(long, value_name = "FILE")]
    html: Option<PathBuf>,

    /// Write the event trace (every growth event and the state after it) as JSON to FILE.
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,

    /// Run the same workload on Go 1.19's real runtime (tools/gomap_oracle; needs
    /// /usr/lib/go-1.19/bin/go or GOMAP_GO119) and compare the trajectories.
    #[arg(long)]
    compare_go: bool,

    /// Do not time the operations on hashbrown (the all-at-once rehash the report compares with).
    #[arg(long)]
    no_hashbrown: bool,

    /// Never draw a progress bar.
    #[arg(long)]
    no_progress: bool,
}

/// Exit status for bad input (flags, workload files), as the go command uses it.
const EXIT_BAD_INPUT: u8 = 2;

/// The workload's description, shown by every output.
pub struct Described {
    pub ops: Vec<Op>,
    pub title: String,
    pub auto_shrink: bool,
}

fn workload(args: &SimArgs) -> Result<Described, String> {
    if let Some(path) = &args.workload {
        let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            format!("{}: not UTF-8 (at byte {})", path.display(), e.utf8_error().valid_up_to())
        })?;
        let ops = workload::parse(&text).map_err(|e| format!("{}:{e}", path.display()))?;
        let title = format!("{} ({} operations)", path.display(), ops.len());
        return Ok(Described { ops, title, auto_shrink: args.shrink });
    }
    let mix = Mix {
        inserts: args.inserts,
        deletes: args.deletes,
        lookups: args.lookups,
        misses: args.misses,
        updates: args.updates,
        live: args.live,
        hint: args.hint,
        skew: args.skew,
        keys: args.keys,
        seed: args.seed,
    };
    mix.validate()?;
    let ops = mix.generate();
    let mut title = format!("{} inserts", mix.inserts);
    for (name, v) in [("deletes", mix.deletes), ("lookups", mix.lookups), ("updates", mix.updates)]
    {
        if v > 0.0 {
            title += &format!(", {v} {name}/insert");
        }
    }
    if mix.live > 0 {
        title += &format!(", live {}", mix.live);
    }
    title += &format!(", hint {}, {:?} keys, seed {}", mix.hint, mix.keys, mix.seed).to_lowercase();
    if args.shrink {
        title += ", auto-shrink";
    }
    Ok(Described { ops, title, auto_shrink: args.shrink })
}

pub fn run(args: SimArgs) -> ExitCode {
    let described = match workload(&args) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("mapscope sim: {e}");
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    let go = if args.compare_go {
        match go_oracle::trajectory(&described.ops, described.auto_shrink) {
            Ok(go) => Some(go),
            Err(e) => {
                eprintln!("mapscope sim: --compare-go: {e}");
                return ExitCode::from(EXIT_BAD_INPUT);
            }
        }
    } else {
        None
    };
    let progress =
        (!args.no_progress && std::io::stderr().is_terminal() && described.ops.len() > 200_000)
            .then(|| terminal::progress_bar(described.ops.len()));
    let mut trace =
        replay::replay_gomap(&described.ops, gomap::GoUint64Hash, described.auto_shrink, |n| {
            if let Some(p) = &progress {
                p.set_position(n as u64);
            }
        });
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    if !args.no_hashbrown {
        trace.hashbrown_ns = replay::replay_hashbrown(&described.ops);
    }
    let comparison = go.as_ref().map(|go| go_oracle::compare(&trace, go));

    let mut stdout = std::io::stdout().lock();
    if let Err(e) = terminal::print(&mut stdout, &described, &trace, comparison.as_ref()) {
        eprintln!("mapscope sim: writing to stdout: {e}");
        return ExitCode::FAILURE;
    }
    if let Some(path) = &args.json {
        if let Err(e) = std::fs::write(path, json::trace(&described, &trace)) {
            eprintln!("mapscope sim: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    if let Some(path) = &args.html {
        let growths = trace.growths();
        let inside = buckets::moments(&growths).map(|(growth, at)| {
            (growth, buckets::snapshots(&described.ops, described.auto_shrink, &at))
        });
        let page = html::report(
            &described,
            &trace,
            go.as_deref(),
            inside.as_ref().map(|(g, s)| (g, s.as_slice())),
        );
        if let Err(e) = std::fs::write(path, page) {
            eprintln!("mapscope sim: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    match comparison {
        Some(c) if c.first_difference.is_some() => ExitCode::FAILURE,
        _ => ExitCode::SUCCESS,
    }
}
