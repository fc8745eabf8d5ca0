//! `redundant-map-lookup` (MS1003, off by default): the same key looked up again in the same
//! map with nothing in between that can change the answer.

use crate::checks::declare_check;
use crate::{Finding, FunctionContext, NoteAt};
use mapscope_ssa::{InstrKind, ValueDef, ValueId};

declare_check! {
    /// Reports a map lookup `m[k]` that repeats an earlier lookup of the same key in the same
    /// map when nothing in between can have changed the map.
    ///
    /// # What it does
    ///
    /// It numbers the function's values (mapscope_ssa's value numbering, which keeps a lookup's
    /// number only while no update, delete or clear of a map that may be the same one, and no
    /// call, lies on a path between the two) and reports each lookup whose results all have the
    /// number of an earlier lookup that dominates it, as in
    /// `if _, ok := m[k]; ok { use(m[k]) }`.
    /// It is off by default (`mapscope check --enable redundant-map-lookup`): the repeated lookup
    /// is correct code, only slower.
    ///
    /// What it does not see: lookups separated by a call, even one that cannot touch the map,
    /// and lookups whose keys are equal only at run time.
    ///
    /// # Why is this bad
    ///
    /// Each lookup hashes the key and walks a bucket chain again; in a hot loop the second
    /// lookup doubles the cost of the map access for nothing.
    ///
    /// # Example
    ///
    /// ```go
    /// if _, ok := counts[name]; ok {
    ///     total += counts[name]
    /// }
    /// ```
    ///
    /// Use instead:
    ///
    /// ```go
    /// if n, ok := counts[name]; ok {
    ///     total += n
    /// }
    /// ```
    ///
    /// # Fix safety
    ///
    /// There is no automatic fix yet.
    /// Reusing the first lookup's value is safe: the numbering proves that the map cannot have
    /// changed in between.
    pub struct RedundantMapLookup;
}

pub fn run(cx: &FunctionContext<'_>) -> Vec<Finding> {
    let f = cx.function;
    let has_lookup = f
        .block_ids()
        .any(|b| f[b].instrs().iter().any(|&i| matches!(f[i].kind, InstrKind::MapLookup { .. })));
    if !has_lookup {
        return Vec::new();
    }
    let numbering = cx.value_numbering();
    // The earlier lookup whose result `v` repeats, if `v`'s number leads to one.
    let earlier_lookup = |v: ValueId| {
        let leader = numbering.number(v);
        if leader == v {
            return None;
        }
        let ValueDef::Result { instr, .. } = f[leader].def else { return None };
        matches!(f[instr].kind, InstrKind::MapLookup { .. }).then_some(instr)
    };
    let mut findings = Vec::new();
    for block in f.block_ids() {
        for &lookup in f[block].instrs() {
            if !matches!(f[lookup].kind, InstrKind::MapLookup { .. }) {
                continue;
            }
            let earlier: Vec<_> = f[lookup].results().map(earlier_lookup).collect();
            let Some(Some(first)) = earlier.first().copied() else { continue };
            if earlier.iter().any(|e| e.is_none()) {
                continue;
            }
            let span = f[lookup].span;
            let shown = match cx.text(span) {
                "" => "this lookup".to_string(),
                text => format!("`{text}`"),
            };
            let line = cx.file.line_col(f[first].span.start).line;
            findings.push(Finding {
                span,
                elsewhere: None,
                message: format!(
                    "redundant map lookup: {shown} repeats the lookup on line {line}, and nothing \
                     in between can change the map"
                ),
                related: vec![(
                    NoteAt::Here(f[first].span),
                    "the same key is looked up here".into(),
                )],
            });
        }
    }
    findings
}
