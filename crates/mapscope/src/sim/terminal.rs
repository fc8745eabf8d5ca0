//! `mapscope sim`'s terminal view: the growths as a table, the trajectory as sparklines, the
//! latency side by side with hashbrown, and a progress bar for long replays.

use super::Described;
use super::go_oracle::Comparison;
use super::replay::{State, Trace};
use gomap::GrowthKind;
use std::io::{self, Write};

/// Width of a sparkline, in characters.
const SPARK_WIDTH: usize = 64;
const SPARKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

pub fn progress_bar(len: usize) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("replaying {bar:40} {pos}/{len} ops ({eta})")
    {
        bar.set_style(style);
    }
    bar
}

pub fn kind_name(kind: GrowthKind) -> &'static str {
    match kind {
        GrowthKind::Double => "double",
        GrowthKind::SameSize => "same-size",
        GrowthKind::Shrink => "shrink",
    }
}

/// One sparkline of `value` over the operations: each character is the largest value in its
/// stretch of operations.
fn sparkline(values: impl Iterator<Item = f64> + Clone, len: usize) -> String {
    let max = values.clone().fold(0.0f64, f64::max);
    let width = SPARK_WIDTH.min(len.max(1));
    let mut cells = vec![0.0f64; width];
    for (i, v) in values.enumerate() {
        let cell = &mut cells[i * width / len.max(1)];
        *cell = cell.max(v);
    }
    cells
        .iter()
        .map(|&v| if max <= 0.0 { SPARKS[0] } else { SPARKS[((v / max) * 7.0).round() as usize] })
        .collect()
}

/// Go's load factor: entries per bucket.
pub fn load_factor(s: &State) -> f64 {
    s.count as f64 / (gomap_bucket_count(s.b) as f64 * 8.0)
}

pub fn gomap_bucket_count(b: u8) -> usize {
    1usize << b
}

/// The quantiles both views report, in the order of their columns: p50, p99, p99.9 and max.
pub const LATENCY_QUANTILES: [f64; 4] = [0.5, 0.99, 0.999, 1.0];

/// The [`LATENCY_QUANTILES`] of latencies, in nanoseconds, from one sort of a copy (a replay holds
/// one latency per operation, millions for long workloads).
pub fn latency_quantiles(ns: &[u32]) -> [u32; 4] {
    let mut sorted = ns.to_vec();
    sorted.sort_unstable();
    LATENCY_QUANTILES.map(|q| quantile(&sorted, q))
}

/// The `q`-quantile of already sorted latencies, in nanoseconds.
fn quantile(sorted: &[u32], q: f64) -> u32 {
    if sorted.is_empty() {
        return 0;
    }
    sorted[((sorted.len() - 1) as f64 * q).round() as usize]
}

pub fn micros(ns: u32) -> String {
    if ns >= 1_000_000 {
        format!("{:.2} ms", f64::from(ns) / 1e6)
    } else {
        format!("{:.2} µs", f64::from(ns) / 1e3)
    }
}

pub fn print(
    out: &mut impl Write,
    w: &Described,
    trace: &Trace,
    go: Option<&Comparison>,
) -> io::Result<()> {
    let last = trace.states.last().copied();
    writeln!(out, "mapscope sim: {}", w.title)?;
    let mut by_kind: Vec<(&str, usize)> = Vec::new();
    for op in &w.ops {
        match by_kind.iter_mut().find(|(name, _)| *name == op.name()) {
            Some((_, n)) => *n += 1,
            None => by_kind.push((op.name(), 1)),
        }
    }
    let kinds: Vec<String> = by_kind.iter().map(|(name, n)| format!("{n} {name}")).collect();
    writeln!(out, "operations: {} ({})", w.ops.len(), kinds.join(", "))?;
    if let Some(s) = last {
        writeln!(
            out,
            "end: count {}, B {} ({} buckets), load factor {:.2}, {} overflow buckets{}",
            s.count,
            s.b,
            gomap_bucket_count(s.b),
            load_factor(&s),
            s.noverflow,
            if s.growing { ", growing" } else { "" }
        )?;
    }
    let growths = trace.growths();
    let count = |k: GrowthKind| growths.iter().filter(|g| g.kind == k).count();
    writeln!(
        out,
        "growths: {} doubling, {} same-size, {} shrinking",
        count(GrowthKind::Double),
        count(GrowthKind::SameSize),
        count(GrowthKind::Shrink)
    )?;
    if !growths.is_empty() {
        writeln!(
            out,
            "\n  #  kind       B      count at start  started at op  finished at op  writes    to X    to Y"
        )?;
        for (i, g) in growths.iter().enumerate() {
            writeln!(
                out,
                "{:>3}  {:<9} {:>2}->{:<2} {:>15} {:>14} {:>15} {:>7} {:>7} {:>7}",
                i + 1,
                kind_name(g.kind),
                g.old_b,
                g.new_b,
                g.count,
                g.start_op,
                g.end_op.map_or_else(|| "-".to_string(), |o| o.to_string()),
                g.writes,
                g.to_x,
                g.to_y
            )?;
        }
    }
    let n = trace.states.len();
    if n > 0 {
        writeln!(out, "\nover {n} operations (each character the largest value in its stretch):")?;
        let st = &trace.states;
        writeln!(out, "  count       {}", sparkline(st.iter().map(|s| s.count as f64), n))?;
        writeln!(out, "  B           {}", sparkline(st.iter().map(|s| f64::from(s.b)), n))?;
        writeln!(out, "  load        {}", sparkline(st.iter().map(load_factor), n))?;
        writeln!(out, "  overflow    {}", sparkline(st.iter().map(|s| s.noverflow as f64), n))?;
        writeln!(
            out,
            "  evacuated   {}",
            sparkline(
                st.iter().map(|s| if s.growing && s.old_buckets > 0 {
                    s.nevacuate as f64 / s.old_buckets as f64
                } else {
                    0.0
                }),
                n
            )
        )?;
        writeln!(
            out,
            "  gomap ns    {}",
            sparkline(trace.gomap_ns.iter().map(|&v| f64::from(v)), n)
        )?;
        if !trace.hashbrown_ns.is_empty() {
            writeln!(
                out,
                "  hashbrown   {}",
                sparkline(trace.hashbrown_ns.iter().map(|&v| f64::from(v)), n)
            )?;
        }
        writeln!(out, "\nlatency per operation     p50        p99      p99.9        max")?;
        let mut row = |name: &str, ns: &[u32]| {
            let [p50, p99, p999, max] = latency_quantiles(ns).map(micros);
            writeln!(out, "  {name:<12} {p50:>12} {p99:>10} {p999:>10} {max:>10}")
        };
        row("gomap", &trace.gomap_ns)?;
        if !trace.hashbrown_ns.is_empty() {
            row("hashbrown", &trace.hashbrown_ns)?;
        }
    }
    if let Some(c) = go {
        match c.first_difference {
            None => writeln!(out, "\nGo 1.19: the same state after all {} operations", c.ops)?,
            Some((op, ours, theirs)) => writeln!(
                out,
                "\nGo 1.19: the states differ after operation {op}:\n  gomap  {ours:?}\n  go1.19 {theirs:?}"
            )?,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparklines_scale_to_the_largest_value() {
        assert_eq!(sparkline([0.0, 1.0, 2.0, 4.0].into_iter(), 4), "▁▃▅█");
        assert_eq!(sparkline([0.0, 0.0].into_iter(), 2), "▁▁");
        assert_eq!(sparkline((0..1000).map(f64::from), 1000).chars().count(), SPARK_WIDTH);
    }

    #[test]
    fn quantiles_and_units() {
        let ns: Vec<u32> = (1..=1000).collect();
        assert_eq!(quantile(&ns, 0.5), 501);
        assert_eq!(quantile(&ns, 1.0), 1000);
        let shuffled: Vec<u32> = (1..=1000).rev().collect();
        assert_eq!(latency_quantiles(&shuffled), [501, 990, 999, 1000]);
        assert_eq!(latency_quantiles(&[]), [0; 4]);
        assert_eq!(micros(1500), "1.50 µs");
        assert_eq!(micros(2_500_000), "2.50 ms");
    }
}
