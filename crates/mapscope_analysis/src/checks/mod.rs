//! The registry of checks: one file per check, each declared with `declare_check!`.

pub mod concurrent_map_access;
pub mod map_elem_addr;
pub mod nested_map_write;
pub mod nil_map_write;
pub mod redundant_map_lookup;

use crate::{Check, CheckRun};

/// Declares a check's documentation once, as the doc comment of its marker type and as a `DOC`
/// constant that docs/checks.md is generated from, so the two cannot drift apart.
macro_rules! declare_check {
    ($(#[doc = $doc:literal])* pub struct $name:ident;) => {
        $(#[doc = $doc])*
        #[derive(Debug)]
        pub struct $name;

        /// The check's documentation, the same text as the doc comment of the marker type.
        pub const DOC: &str = concat!($($doc, "\n"),*);
    };
}
pub(crate) use declare_check;

/// Every check, in the order of their codes.
pub const CHECKS: &[Check] = &[
    Check {
        name: "nil-map-write",
        code: "MS1001",
        doc: nil_map_write::DOC,
        default_enabled: true,
        run: CheckRun::Function(nil_map_write::run),
    },
    Check {
        name: "nested-map-write",
        code: "MS1002",
        doc: nested_map_write::DOC,
        default_enabled: true,
        run: CheckRun::Function(nested_map_write::run),
    },
    Check {
        name: "redundant-map-lookup",
        code: "MS1003",
        doc: redundant_map_lookup::DOC,
        default_enabled: false,
        run: CheckRun::Function(redundant_map_lookup::run),
    },
    Check {
        name: "map-elem-addr",
        code: "MS1004",
        doc: map_elem_addr::DOC,
        default_enabled: true,
        run: CheckRun::File(map_elem_addr::run),
    },
    Check {
        name: "concurrent-map-access",
        code: "MS2001",
        doc: concurrent_map_access::DOC,
        default_enabled: true,
        run: CheckRun::Unit(concurrent_map_access::run_unit),
    },
];
