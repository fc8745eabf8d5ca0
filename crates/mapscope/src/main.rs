//! The `mapscope` binary: argument parsing and dispatch to one module per subcommand.

mod check_cmd;
mod escape_cmd;
mod packages;
mod parse_cmd;
mod sim;
mod ssa_cmd;
mod ssa_html;
mod types_cmd;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// mapscope: Go maps, inside out.
#[derive(Debug, Parser)]
#[command(name = "mapscope", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Parse Go files and directory trees and report syntax errors.
    Parse(parse_cmd::ParseArgs),
    /// Load and type-check packages; print map-typed expressions or the type at a position.
    Types(types_cmd::TypesArgs),
    /// Replay a workload on Go's classic map (gomap) and watch it grow.
    Sim(sim::SimArgs),
    /// Build the SSA IR of packages; print it, count map operations, or verify it.
    Ssa(ssa_cmd::SsaArgs),
    /// Run the checks (writes to nil maps) over packages and report what they find.
    Check(check_cmd::CheckArgs),
    /// Report where Go puts allocations, in gc's words (`go build -gcflags='-m -l'`).
    Escape(escape_cmd::EscapeArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Parse(args) => parse_cmd::run(args),
        Command::Types(args) => types_cmd::run(args),
        Command::Sim(args) => sim::run(args),
        Command::Ssa(args) => ssa_cmd::run(args),
        Command::Check(args) => check_cmd::run(args),
        Command::Escape(args) => escape_cmd::run(args),
    }
}
