//! `--html`: one self-contained report page (inline SVG, CSS and a few lines of script; nothing is
//! fetched when it is viewed) with the trajectory, the growths, the latency against hashbrown, where
//! a key goes at each growth and, with `--compare-go`, Go 1.19's own trajectory.

use super::Described;
use super::go_oracle::GoState;
use super::replay::{Growth, State, Trace};
use super::terminal::{kind_name, latency_quantiles, load_factor, micros};
use gomap::GrowthKind;
use std::fmt::Write;

/// Points per chart line: enough for a wide screen, few enough to keep the page small.
const MAX_POINTS: usize = 1200;
const CHART_WIDTH: f64 = 960.0;
const CHART_HEIGHT: f64 = 120.0;
/// Room for the axis labels left of a chart.
const MARGIN_LEFT: f64 = 70.0;

/// Escapes text for HTML.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The operations split into at most `MAX_POINTS` consecutive stretches, as (first, end) pairs.
fn stretches(n: usize) -> Vec<(usize, usize)> {
    let bins = n.min(MAX_POINTS);
    (0..bins).map(|i| (i * n / bins, (i + 1) * n / bins)).filter(|(a, b)| a < b).collect()
}

fn x_of(op: usize, n: usize) -> f64 {
    MARGIN_LEFT + op as f64 / n.max(1) as f64 * CHART_WIDTH
}

/// One series of a chart: a value per stretch of operations.
struct Series {
    name: &'static str,
    class: &'static str,
    values: Vec<f64>,
}

/// An SVG chart over the operations, with the growths shaded behind its lines.
fn chart(
    title: &str,
    id: &str,
    n: usize,
    bins: &[(usize, usize)],
    series: &[Series],
    growths: &[Growth],
    log: bool,
) -> String {
    let y_of = |v: f64, max: f64| {
        let frac = if log {
            if v <= 1.0 { 0.0 } else { v.ln() / max.ln().max(1e-9) }
        } else if max > 0.0 {
            v / max
        } else {
            0.0
        };
        CHART_HEIGHT - frac.clamp(0.0, 1.0) * (CHART_HEIGHT - 10.0)
    };
    let max = series.iter().flat_map(|s| s.values.iter().copied()).fold(0.0f64, f64::max);
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<figure><figcaption>{}</figcaption><svg id="{id}" class="chart" viewBox="0 0 {} {}" data-ops="{n}" data-growths="{}">"#,
        escape(title),
        MARGIN_LEFT + CHART_WIDTH + 10.0,
        CHART_HEIGHT + 20.0,
        growths.len()
    );
    for g in growths {
        let x0 = x_of(g.start_op, n);
        let x1 = x_of(g.end_op.map_or(n, |e| e + 1), n).max(x0 + 1.0);
        let _ = write!(
            svg,
            r#"<rect class="growth {}" x="{x0:.1}" y="0" width="{:.1}" height="{CHART_HEIGHT}" data-kind="{}"><title>{} growth B {}→{} from op {} to {}</title></rect>"#,
            kind_name(g.kind),
            x1 - x0,
            kind_name(g.kind),
            kind_name(g.kind),
            g.old_b,
            g.new_b,
            g.start_op,
            g.end_op.map_or_else(|| "the end".into(), |e| e.to_string())
        );
    }
    let _ = write!(
        svg,
        r#"<line class="axis" x1="{MARGIN_LEFT}" y1="{CHART_HEIGHT}" x2="{}" y2="{CHART_HEIGHT}"/><text class="label" x="{}" y="14" text-anchor="end">{}</text><text class="label" x="{}" y="{CHART_HEIGHT}" text-anchor="end">{}</text>"#,
        MARGIN_LEFT + CHART_WIDTH,
        MARGIN_LEFT - 6.0,
        escape(&axis_label(max, log)),
        MARGIN_LEFT - 6.0,
        if log { "1" } else { "0" }
    );
    for s in series {
        let mut d = String::new();
        for (i, (&(first, _), &v)) in bins.iter().zip(&s.values).enumerate() {
            let _ = write!(
                d,
                "{}{:.1},{:.1} ",
                if i == 0 { 'M' } else { 'L' },
                x_of(first, n),
                y_of(v, max)
            );
        }
        let _ = write!(
            svg,
            r#"<path class="line {}" d="{}"><title>{}</title></path>"#,
            s.class,
            d.trim_end(),
            s.name
        );
    }
    svg += "</svg><div class=\"legend\">";
    for s in series {
        let _ = write!(svg, r#"<span class="key {}">{}</span>"#, s.class, escape(s.name));
    }
    svg += "</div></figure>\n";
    svg
}

fn axis_label(max: f64, log: bool) -> String {
    if log {
        micros(max.min(f64::from(u32::MAX)) as u32)
    } else if max >= 100.0 {
        format!("{max:.0}")
    } else {
        format!("{max:.2}")
    }
}

/// The largest value of each stretch.
fn per_bin<T>(bins: &[(usize, usize)], items: &[T], value: impl Fn(&T) -> f64) -> Vec<f64> {
    bins.iter()
        .map(|&(a, b)| {
            items
                .get(a..b.min(items.len()))
                .unwrap_or_default()
                .iter()
                .map(&value)
                .fold(0.0, f64::max)
        })
        .collect()
}

/// Where `key` lives at each doubling: its bucket before, its bucket after, and whether that is
/// the X half (same index) or the Y half (index + 2^oldB). Buckets come from Go's hash, as the
/// runtime computes them (`hash & bucketMask(B)`).
fn key_moves(key: u64, growths: &[Growth]) -> String {
    let hash = gomap::go_memhash64(key, 0);
    let mut rows = String::new();
    for g in growths.iter().filter(|g| g.kind != GrowthKind::Shrink) {
        let before = hash & ((1u64 << g.old_b) - 1);
        let after = hash & ((1u64 << g.new_b) - 1);
        let half = if g.kind == GrowthKind::SameSize {
            "same index (same-size growth)".to_string()
        } else if after == before {
            "X: keeps its index".to_string()
        } else {
            format!("Y: index + 2^{} = {before} + {}", g.old_b, 1u64 << g.old_b)
        };
        let _ = write!(
            rows,
            "<tr><td>{}→{}</td><td>{}</td><td>{before}</td><td>{after}</td><td>{half}</td></tr>",
            g.old_b, g.new_b, g.start_op
        );
    }
    format!(
        "<table class=\"moves\"><caption>Key {key} (hash {hash:#018x}, tophash {}): its bucket before and after each growth</caption>\
         <tr><th>B</th><th>growth starts at op</th><th>old bucket</th><th>new bucket</th><th>half</th></tr>{rows}</table>",
        tophash(hash)
    )
}

/// Side of one tophash cell in the bucket pictures, in pixels.
const CELL: f64 = 7.0;

/// The class (colour) of a tophash byte in the bucket pictures.
fn cell_class(tag: u8) -> &'static str {
    use gomap::tophash::*;
    match tag {
        EMPTY_REST => "empty-rest",
        EMPTY_ONE => "empty-one",
        EVACUATED_X => "evac-x",
        EVACUATED_Y => "evac-y",
        EVACUATED_EMPTY => "evac-empty",
        _ => "live",
    }
}

/// One bucket array as columns of 8 cells per bucket, its overflow buckets stacked below.
fn array_picture(label: &str, array: &gomap::TophashArray, nevacuate: Option<usize>) -> String {
    let n = array.buckets.len();
    let chain_max = array.buckets.iter().flatten().map(Vec::len).max().unwrap_or(1).max(1);
    let (w, h) =
        (n as f64 * (CELL + 2.0) + MARGIN_LEFT, chain_max as f64 * (8.0 * CELL + 4.0) + 4.0);
    let mut svg = format!(
        r#"<div class="array"><span class="label">{}</span><svg class="buckets" width="{w:.0}" height="{h:.0}" data-buckets="{n}">"#,
        escape(label)
    );
    for (i, bucket) in array.buckets.iter().enumerate() {
        let x = MARGIN_LEFT + i as f64 * (CELL + 2.0);
        let Some(chain) = bucket else {
            let _ = write!(
                svg,
                r#"<rect class="unused" x="{x:.1}" y="0" width="{CELL}" height="{:.1}"><title>bucket {i}: memory not in use</title></rect>"#,
                8.0 * CELL
            );
            continue;
        };
        for (depth, tags) in chain.iter().enumerate() {
            let y0 = depth as f64 * (8.0 * CELL + 4.0);
            for (slot, &tag) in tags.iter().enumerate() {
                let _ = write!(
                    svg,
                    r#"<rect class="cell {}" x="{x:.1}" y="{:.1}" width="{CELL}" height="{CELL}"><title>bucket {i}{} slot {slot}: tophash {tag:#04x}</title></rect>"#,
                    cell_class(tag),
                    y0 + slot as f64 * CELL,
                    if depth == 0 { String::new() } else { format!(" overflow {depth}") }
                );
            }
        }
    }
    if let Some(nev) = nevacuate.filter(|&v| v <= n) {
        let x = MARGIN_LEFT + nev as f64 * (CELL + 2.0) - 1.0;
        let _ = write!(
            svg,
            r#"<line class="nevacuate" x1="{x:.1}" y1="0" x2="{x:.1}" y2="{h:.0}"><title>nevacuate = {nev}</title></line>"#
        );
    }
    svg += "</svg></div>";
    svg
}

/// The old and new arrays at each moment of one growth.
fn bucket_panel(growth: &Growth, snapshots: &[(usize, gomap::TophashSnapshot)]) -> String {
    let mut out = format!(
        "<h2>Inside a growth</h2>\n<p>The {} growth B {}→{} that starts at operation {}: every bucket's 8 tophash bytes (overflow buckets below their main bucket), the old array above the new one. \
         <span class=\"cell live\">■</span> a key's tophash, <span class=\"cell empty-one\">■</span> emptyOne, <span class=\"cell empty-rest\">■</span> emptyRest, \
         <span class=\"cell evac-x\">■</span> evacuatedX, <span class=\"cell evac-y\">■</span> evacuatedY, <span class=\"cell evac-empty\">■</span> evacuatedEmpty, \
         <span class=\"unused\">■</span> not written yet or already released; the red line is nevacuate.</p>\n",
        kind_name(growth.kind),
        growth.old_b,
        growth.new_b,
        growth.start_op
    );
    for (op, snap) in snapshots {
        let _ = write!(
            out,
            "<figure class=\"moment\"><figcaption>after operation {op} (nevacuate {})</figcaption>",
            snap.nevacuate
        );
        if let Some(old) = &snap.old {
            out += &array_picture(&format!("old, 2^{}", old.b), old, Some(snap.nevacuate));
        }
        if let Some(cur) = &snap.current {
            out += &array_picture(&format!("new, 2^{}", cur.b), cur, None);
        }
        out += "</figure>\n";
    }
    out
}

/// Go's tophash of a hash: its top byte, moved above the reserved marks.
fn tophash(hash: u64) -> u8 {
    const MIN_TOP_HASH: u8 = 5;
    let top = (hash >> 56) as u8;
    if top < MIN_TOP_HASH { top + MIN_TOP_HASH } else { top }
}

const STYLE: &str = r#"
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em auto; max-width: 1060px; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 2em; }
figure { margin: 1em 0; } figcaption { font-weight: 600; }
svg.chart { width: 100%; height: auto; background: #fafafa; }
rect.growth.double { fill: #dbe9ff; } rect.growth.same-size { fill: #ffe7c7; } rect.growth.shrink { fill: #e5f5e0; }
path.line { fill: none; stroke-width: 1.5; }
.count { stroke: #1f77b4; color: #1f77b4; } .b { stroke: #d62728; color: #d62728; }
.load { stroke: #2ca02c; color: #2ca02c; } .overflow { stroke: #9467bd; color: #9467bd; }
.evac { stroke: #ff7f0e; color: #ff7f0e; } .gomap { stroke: #1f77b4; color: #1f77b4; }
.hashbrown { stroke: #d62728; color: #d62728; } .go { stroke: #000; color: #000; stroke-dasharray: 4 3; }
line.axis { stroke: #999; } text.label { font-size: 11px; fill: #555; }
.legend .key { margin-right: 1.5em; } .legend .key::before { content: "━ "; }
table { border-collapse: collapse; margin: 1em 0; } td, th { padding: 2px 10px; text-align: right; border-bottom: 1px solid #eee; }
caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
#readout { font-family: ui-monospace, monospace; min-height: 1.4em; }
.array { display: flex; align-items: flex-start; margin: 4px 0; } .array .label { width: 70px; font-size: 12px; color: #555; }
svg.buckets { flex: none; } .nevacuate { stroke: #d62728; stroke-width: 2; }
.cell.live, rect.live { fill: #2ca02c; color: #2ca02c; } .cell.empty-one, rect.empty-one { fill: #ddd; color: #bbb; }
.cell.empty-rest, rect.empty-rest { fill: #fff; stroke: #eee; color: #eee; } .cell.evac-x, rect.evac-x { fill: #1f77b4; color: #1f77b4; }
.cell.evac-y, rect.evac-y { fill: #ff7f0e; color: #ff7f0e; } .cell.evac-empty, rect.evac-empty { fill: #c7d7ea; color: #c7d7ea; }
rect.unused, span.unused { fill: url(#hatch); fill: #f3f3f3; color: #ccc; }
"#;

/// Shows the state under the pointer: the page carries one state per stretch of operations.
const SCRIPT: &str = r#"
// What the browser laid out, for tests and curious readers: growth bands with a width on screen in
// the first chart, and chart lines with a length.
const first = document.querySelector('svg.chart');
document.body.dataset.renderedGrowths = first ? [...first.querySelectorAll('rect.growth')]
  .filter((r) => r.getBoundingClientRect().width > 0).length : 0;
document.body.dataset.renderedLines = [...document.querySelectorAll('path.line')]
  .filter((p) => p.getTotalLength() > 0).length;
const data = JSON.parse(document.getElementById('states').textContent);
const readout = document.getElementById('readout');
for (const svg of document.querySelectorAll('svg.chart')) {
  svg.addEventListener('mousemove', (e) => {
    const box = svg.getBoundingClientRect();
    const vb = svg.viewBox.baseVal;
    const x = (e.clientX - box.left) / box.width * vb.width;
    const frac = Math.min(Math.max((x - data.left) / data.width, 0), 0.9999);
    const s = data.states[Math.floor(frac * data.states.length)];
    readout.textContent = `op ${s[0]}: count ${s[1]}, B ${s[2]}, noverflow ${s[3]}, ` +
      (s[4] ? `growing (nevacuate ${s[5]} of ${s[6]})` : 'not growing');
  });
}
"#;

pub fn report(
    w: &Described,
    trace: &Trace,
    go: Option<&[GoState]>,
    inside: Option<(&Growth, &[(usize, gomap::TophashSnapshot)])>,
) -> String {
    let n = trace.states.len();
    let bins = stretches(n);
    let growths = trace.growths();
    let at_end = |f: &dyn Fn(&State) -> f64| -> Vec<f64> {
        bins.iter().map(|&(_, b)| trace.states.get(b - 1).map_or(0.0, f)).collect()
    };
    let mut page = String::new();
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>mapscope sim: {}</title><style>{STYLE}</style></head><body>\n",
        escape(&w.title)
    );
    let _ = writeln!(page, "<h1>mapscope sim</h1><p>{}</p>", escape(&w.title));
    let last = trace.states.last().copied();
    if let Some(s) = last {
        let count = |k: GrowthKind| growths.iter().filter(|g| g.kind == k).count();
        let _ = writeln!(
            page,
            "<p id=\"summary\" data-doubling=\"{}\" data-same-size=\"{}\" data-shrink=\"{}\">{} operations; at the end {} entries in 2^{} buckets (load factor {:.2}), {} overflow buckets. {} doubling, {} same-size and {} shrinking growths.</p>",
            count(GrowthKind::Double),
            count(GrowthKind::SameSize),
            count(GrowthKind::Shrink),
            n,
            s.count,
            s.b,
            load_factor(&s),
            s.noverflow,
            count(GrowthKind::Double),
            count(GrowthKind::SameSize),
            count(GrowthKind::Shrink)
        );
    }
    page +=
        "<p id=\"readout\">Point at a chart to read the map's state.</p>\n<h2>Trajectory</h2>\n";
    page += "<p>Shaded: a growth in progress (blue doubling, orange same-size, green shrinking), from the insert that starts it to the write that evacuates the last old bucket.</p>\n";
    let mut count_series =
        vec![Series { name: "count (gomap)", class: "count", values: at_end(&|s| s.count as f64) }];
    let mut b_series =
        vec![Series { name: "B (gomap)", class: "b", values: at_end(&|s| f64::from(s.b)) }];
    let mut evac_series = vec![Series {
        name: "nevacuate (gomap)",
        class: "evac",
        values: at_end(&|s| if s.growing { s.nevacuate as f64 } else { 0.0 }),
    }];
    if let Some(go) = go {
        let go_at_end = |f: &dyn Fn(&GoState) -> f64| -> Vec<f64> {
            bins.iter().map(|&(_, b)| go.get(b - 1).map_or(0.0, f)).collect()
        };
        count_series.push(Series {
            name: "count (Go 1.19)",
            class: "go",
            values: go_at_end(&|s| s.count as f64),
        });
        b_series.push(Series {
            name: "B (Go 1.19)",
            class: "go",
            values: go_at_end(&|s| f64::from(s.b)),
        });
        evac_series.push(Series {
            name: "nevacuate (Go 1.19)",
            class: "go",
            values: go_at_end(&|s| if s.growing { s.nevacuate as f64 } else { 0.0 }),
        });
    }
    page += &chart("Entries (count)", "chart-count", n, &bins, &count_series, &growths, false);
    page += &chart(
        "Bucket array size (B: 2^B buckets)",
        "chart-b",
        n,
        &bins,
        &b_series,
        &growths,
        false,
    );
    page += &chart(
        "Load factor (entries per bucket; a growth starts above 6.5)",
        "chart-load",
        n,
        &bins,
        &[Series { name: "load factor", class: "load", values: at_end(&|s| load_factor(s)) }],
        &growths,
        false,
    );
    page += &chart(
        "Overflow buckets (noverflow)",
        "chart-overflow",
        n,
        &bins,
        &[Series { name: "noverflow", class: "overflow", values: at_end(&|s| s.noverflow as f64) }],
        &growths,
        false,
    );
    page += &chart(
        "Evacuation progress (nevacuate, old buckets evacuated in order)",
        "chart-evac",
        n,
        &bins,
        &evac_series,
        &growths,
        false,
    );

    page += "<h2>Latency per operation</h2>\n<p>The slowest operation in each stretch, on a log scale. gomap evacuates at most two old buckets per write; hashbrown rehashes its whole table inside the insert that outgrows it.</p>\n";
    let mut latency = vec![Series {
        name: "gomap",
        class: "gomap",
        values: per_bin(&bins, &trace.gomap_ns, |&v| f64::from(v)),
    }];
    if !trace.hashbrown_ns.is_empty() {
        latency.push(Series {
            name: "hashbrown",
            class: "hashbrown",
            values: per_bin(&bins, &trace.hashbrown_ns, |&v| f64::from(v)),
        });
    }
    page += &chart(
        "Slowest operation per stretch",
        "chart-latency",
        n,
        &bins,
        &latency,
        &growths,
        true,
    );
    page += "<table class=\"latency\"><tr><th></th><th>p50</th><th>p99</th><th>p99.9</th><th>max</th></tr>";
    for (name, ns) in [("gomap", &trace.gomap_ns), ("hashbrown", &trace.hashbrown_ns)] {
        if ns.is_empty() {
            continue;
        }
        let [p50, p99, p999, max] = latency_quantiles(ns).map(micros);
        let _ = write!(
            page,
            "<tr><th>{name}</th><td>{p50}</td><td>{p99}</td><td>{p999}</td><td>{max}</td></tr>"
        );
    }
    page += "</table>\n<h2>Growths</h2>\n<table id=\"growths\"><tr><th>#</th><th>kind</th><th>B</th><th>count at start</th><th>started at op</th><th>finished at op</th><th>writes</th><th>entries to X</th><th>entries to Y</th></tr>";
    for (i, g) in growths.iter().enumerate() {
        let _ = write!(
            page,
            "<tr class=\"growth-row\"><td>{}</td><td>{}</td><td>{}→{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            i + 1,
            kind_name(g.kind),
            g.old_b,
            g.new_b,
            g.count,
            g.start_op,
            g.end_op.map_or_else(|| "-".into(), |e| e.to_string()),
            g.writes,
            g.to_x,
            g.to_y
        );
    }
    page += "</table>\n";
    if let Some((growth, snapshots)) = inside {
        page += &bucket_panel(growth, snapshots);
    }
    if let Some(key) = w.ops.iter().find_map(|op| match op {
        super::workload::Op::Insert(k) => Some(*k),
        _ => None,
    }) {
        page += "<h2>Where a key goes</h2>\n<p>A doubling splits old bucket i into new buckets i (the X half) and i + 2^oldB (the Y half); the hash bit oldB decides. The first key inserted:</p>\n";
        page += &key_moves(key, &growths);
    }
    let states: Vec<String> = bins
        .iter()
        .filter_map(|&(_, b)| {
            let s = trace.states.get(b - 1)?;
            Some(format!(
                "[{},{},{},{},{},{},{}]",
                b - 1,
                s.count,
                s.b,
                s.noverflow,
                u8::from(s.growing),
                s.nevacuate,
                s.old_buckets
            ))
        })
        .collect();
    let _ = write!(
        page,
        "\n<script type=\"application/json\" id=\"states\">{{\"left\":{MARGIN_LEFT},\"width\":{CHART_WIDTH},\"states\":[{}]}}</script>\n<script>{SCRIPT}</script>\n</body></html>\n",
        states.join(",")
    );
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stretches_cover_every_operation_once() {
        for n in [1, 7, 1200, 1201, 100_000] {
            let s = stretches(n);
            assert_eq!(s.first().map(|p| p.0), Some(0));
            assert_eq!(s.last().map(|p| p.1), Some(n));
            assert!(s.windows(2).all(|w| w[0].1 == w[1].0));
            assert!(s.len() <= MAX_POINTS);
        }
    }

    #[test]
    fn tophash_skips_the_marks() {
        assert_eq!(tophash(0), 5);
        assert_eq!(tophash(0xff << 56), 0xff);
    }
}
