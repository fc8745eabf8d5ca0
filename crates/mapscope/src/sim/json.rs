//! `--json`: the event trace of a replay (every growth event with the operation that caused it and
//! the map's state after that operation), for other tools to draw.

use super::Described;
use super::replay::{Event, State, Trace};
use super::terminal::kind_name;
use serde_json::{Value, json};

fn state(s: &State) -> Value {
    json!({
        "count": s.count,
        "B": s.b,
        "noverflow": s.noverflow,
        "growing": s.growing,
        "sameSizeGrow": s.same_size,
        "nevacuate": s.nevacuate,
        "oldbuckets": s.old_buckets,
    })
}

pub fn trace(w: &Described, trace: &Trace) -> String {
    let events: Vec<Value> = trace
        .events
        .iter()
        .map(|e| {
            let mut v = match *e {
                Event::Started { op, event } => json!({
                    "op": op,
                    "event": "growth_started",
                    "kind": kind_name(event.kind),
                    "oldB": event.old_b,
                    "newB": event.new_b,
                    "count": event.count,
                }),
                Event::Evacuated { op, event } => json!({
                    "op": op,
                    "event": "bucket_evacuated",
                    "bucket": event.index,
                    "toX": event.to_x,
                    "toY": event.to_y,
                }),
                Event::Finished { op, event } => json!({
                    "op": op,
                    "event": "growth_finished",
                    "kind": kind_name(event.kind),
                    "oldB": event.old_b,
                    "B": event.b,
                    "count": event.count,
                    "writes": event.writes,
                }),
            };
            if let Some(s) = trace.states.get(e.op()) {
                v["after"] = state(s);
            }
            v
        })
        .collect();
    let doc = json!({
        "workload": w.title,
        "operations": w.ops.len(),
        "final": trace.states.last().map(state),
        "events": events,
    });
    let mut text = serde_json::to_string(&doc).unwrap_or_default();
    text.push('\n');
    text
}
