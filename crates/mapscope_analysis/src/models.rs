//! Hand-written summaries of standard-library functions whose source the analysis does not
//! build: only what they do to map arguments, from their documentation.
//!
//! A model's facts have no source site (its `path` is empty): a finding through one is placed
//! at the call. The functions that never return (`os.Exit`, `log.Fatal`, `t.Fatal`) end the
//! paths that call them.

use crate::summary::{Access, ParamWrite, Site, Summary};
use mapscope_ssa::{BlockId, Callee, Function, InstrKind, ValueDef};
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
                    certain: true,
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

/// Functions that never return to their caller, by go/ssa name, and methods of `testing`'s
/// types by their bare name (they stop the test's goroutine).
const NO_RETURN: &[&str] = &[
    "os.Exit",
    "runtime.Goexit",
    "log.Fatal",
    "log.Fatalf",
    "log.Fatalln",
    "log.Panic",
    "log.Panicf",
    "log.Panicln",
    "(*log.Logger).Fatal",
    "(*log.Logger).Fatalf",
    "(*log.Logger).Fatalln",
];

/// `testing.TB` methods that stop the test's goroutine.
const TESTING_STOPS: &[&str] = &["Fatal", "Fatalf", "FailNow", "Skip", "Skipf", "SkipNow"];

/// Whether `block` calls a function that never returns, so control never leaves it.
pub fn never_returns(f: &Function, block: BlockId) -> bool {
    f[block].instrs().iter().any(|&i| {
        let InstrKind::Call { call } = &f[i].kind else { return false };
        match &call.callee {
            Callee::Static(v) => match &f[*v].def {
                ValueDef::Function { name } => {
                    NO_RETURN.contains(&&**name)
                        || name.starts_with("(*testing.")
                            && name
                                .rsplit_once(").")
                                .is_some_and(|(_, m)| TESTING_STOPS.contains(&m))
                }
                _ => false,
            },
            Callee::Invoke { method, .. } => TESTING_STOPS.contains(&&**method),
            _ => false,
        }
    })
}
