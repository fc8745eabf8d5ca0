//! cargo-fuzz target: any bytes parse without panicking, with in-range error positions and spans.
//!
//! Run with `cargo +nightly fuzz run parse -- -max_total_time=300` from the repository root
//! (seed corpus: `crates/mapscope_syntax/tests/fixtures`, `examples`). The bounded in-tree
//! equivalent is `crates/mapscope_syntax/tests/robustness.rs`, run by `cargo test`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let parse = mapscope_syntax::parse_file(data);
    let len = data.len() as u32;
    for e in &parse.errors {
        assert!(e.offset <= len, "error offset {} past end {len}", e.offset);
    }
    for x in &parse.file.exprs {
        assert!(x.span.start <= x.span.end && x.span.end <= len + 1);
    }
    for s in &parse.file.stmts {
        assert!(s.span.start <= s.span.end && s.span.end <= len + 1);
    }
    let mut out = Vec::new();
    mapscope_syntax::dump::write_dump(&parse, &mut out);
});
