//! Hand-written summaries of standard-library functions whose source the analysis does not
//! build: only what they do to map arguments, from their documentation.
//!
//! A model's facts have no source site (its `path` is empty): a finding through one is placed
//! at the call.

use crate::summary::{Access, ParamWrite, Site, Summary};
use std::sync::LazyLock;

/// go/ssa's name of each modelled function, the parameter whose map it writes into, and how
/// the argument is spelt in messages.
const WRITES_PARAM: &[(&str, u32, &str)] = &[
    // maps.Copy(dst, src) sets every key of src in dst.
    ("maps.Copy", 0, "dst"),
    // maps.Insert(m, seq) adds the pairs of seq to m.
    ("maps.Insert", 0, "m"),
];

static MODELS: LazyLock<Vec<(&'static str, Summary)>> = LazyLock::new(|| {
    WRITES_PARAM
        .iter()
        .map(|&(name, param, expr)| {
            let summary = Summary {
                writes: vec![ParamWrite {
                    param,
                    access: Access::value(),
                    expr: expr.to_string(),
                    site: Site::nowhere(),
                    end: Site::nowhere(),
                }],
                ..Summary::default()
            };
            (name, summary)
        })
        .collect()
});

/// The model of the function go/ssa names `name`, if there is one.
pub fn model(name: &str) -> Option<&'static Summary> {
    MODELS.iter().find(|(n, _)| *n == name).map(|(_, s)| s)
}
