//! Garbage and mutation testing: no input makes the parser panic or hang, and every reported
//! position and node span lies inside the file.
//!
//! Inputs are real Go files (the fixtures) with byte flips, truncations, token deletions and
//! duplications, plus generated deep nesting. Bounded so `cargo test` stays fast.

#[path = "support/fixtures.rs"]
mod fixtures;

use mapscope_syntax::ast::{Decl, Spec};
use mapscope_syntax::{Parse, parse_file};
use proptest::prelude::*;
use std::sync::mpsc;
use std::time::Duration;

/// Splits source into rough tokens: identifier/number runs, white space runs, single other bytes.
fn rough_tokens(src: &[u8]) -> Vec<std::ops::Range<usize>> {
    let class = |b: u8| match b {
        b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | 0x80..=0xff => 0,
        b' ' | b'\t' | b'\n' | b'\r' => 1,
        _ => 2,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < src.len() {
        let c = class(src[i]);
        let mut j = i + 1;
        if c != 2 {
            while j < src.len() && class(src[j]) == c {
                j += 1;
            }
        }
        out.push(i..j);
        i = j;
    }
    out
}

#[derive(Clone, Debug)]
enum Mutation {
    FlipByte { at: usize, value: u8 },
    Truncate { at: usize },
    DeleteToken { at: usize },
    DuplicateToken { at: usize },
    SwapTokens { a: usize, b: usize },
    Insert { at: usize, text: &'static str },
}

const SNIPPETS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ";",
    ",",
    ":",
    ":=",
    "=",
    ".",
    "...",
    "<-",
    "*",
    "&",
    "~",
    "|",
    "func",
    "type",
    "var",
    "const",
    "if",
    "for",
    "range",
    "switch",
    "case",
    "default",
    "select",
    "go",
    "defer",
    "return",
    "goto",
    "chan",
    "map",
    "struct",
    "interface",
    "import",
    "package",
    "\n",
    "//",
    "/*",
    "*/",
    "\"",
    "'",
    "`",
    "0x",
    "1e",
    "_",
    "\u{FEFF}",
    "\0",
    "\u{FFFD}",
    "\u{201C}",
];

fn apply(src: &[u8], muts: &[Mutation]) -> Vec<u8> {
    let mut s = src.to_vec();
    for m in muts {
        let toks = rough_tokens(&s);
        match *m {
            Mutation::FlipByte { at, value } if !s.is_empty() => {
                let i = at % s.len();
                s[i] = value;
            }
            Mutation::Truncate { at } => s.truncate(at % (s.len() + 1)),
            Mutation::DeleteToken { at } if !toks.is_empty() => {
                let r = toks[at % toks.len()].clone();
                s.drain(r);
            }
            Mutation::DuplicateToken { at } if !toks.is_empty() => {
                let r = toks[at % toks.len()].clone();
                let t = s[r.clone()].to_vec();
                s.splice(r.end..r.end, t);
            }
            Mutation::SwapTokens { a, b } if !toks.is_empty() => {
                let (ra, rb) = (toks[a % toks.len()].clone(), toks[b % toks.len()].clone());
                let (first, second) = if ra.start <= rb.start { (ra, rb) } else { (rb, ra) };
                if first.end <= second.start {
                    let mut out = s[..first.start].to_vec();
                    out.extend_from_slice(&s[second.clone()]);
                    out.extend_from_slice(&s[first.end..second.start]);
                    out.extend_from_slice(&s[first.clone()]);
                    out.extend_from_slice(&s[second.end..]);
                    s = out;
                }
            }
            Mutation::Insert { at, text } => {
                let i = at % (s.len() + 1);
                s.splice(i..i, text.bytes());
            }
            _ => {}
        }
    }
    s
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, value)| Mutation::FlipByte { at, value }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
        any::<usize>().prop_map(|at| Mutation::DeleteToken { at }),
        any::<usize>().prop_map(|at| Mutation::DuplicateToken { at }),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapTokens { a, b }),
        (any::<usize>(), prop::sample::select(SNIPPETS))
            .prop_map(|(at, text)| Mutation::Insert { at, text }),
    ]
}

/// Parses on a separate thread and fails if it takes longer than a generous bound (a hang).
fn parse_bounded(src: Vec<u8>) -> Parse {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let p = parse_file(&src);
            let _ = tx.send(p);
        })
        .expect("spawn parser thread");
    match rx.recv_timeout(Duration::from_secs(20)) {
        Ok(p) => p,
        Err(e) => panic!("parser did not finish (hang or panic): {e}"),
    }
}

/// Every error offset and node span is inside the file, and the dump walks the whole tree.
fn check_invariants(src: &[u8], p: &Parse) {
    check_spans(src, p);
    let mut out = Vec::new();
    mapscope_syntax::dump::write_dump(p, &mut out);
    assert!(out.starts_with(b"errors "));
}

/// The position checks alone (the dump indents by depth, so it is quadratic on deep trees).
fn check_spans(src: &[u8], p: &Parse) {
    let len = src.len() as u32;
    for e in &p.errors {
        assert!(e.offset <= len, "error offset {} past end {len}: {}", e.offset, e.message);
        assert!(!e.message.is_empty());
    }
    // Without `//line` directives, go/parser's order is the offset order.
    if !src.windows(5).any(|w| w == b"line ") {
        assert!(p.errors.windows(2).all(|w| w[0].offset <= w[1].offset), "errors not sorted");
    }
    let f = &p.file;
    for e in &f.exprs {
        assert!(
            e.span.start <= e.span.end && e.span.end <= len + 1,
            "bad expr span {:?} (len {len})",
            e.span
        );
    }
    for s in &f.stmts {
        assert!(
            s.span.start <= s.span.end && s.span.end <= len + 1,
            "bad stmt span {:?} (len {len})",
            s.span
        );
    }
    for &d in &f.decls {
        if let Decl::Gen(g) = &f[d] {
            for s in &g.specs {
                if let Spec::Import(i) = s {
                    assert!(i.span.end <= len);
                }
            }
        }
    }
    for g in &f.comments {
        for c in &g.list {
            assert!(c.span.start < c.span.end && c.span.end <= len);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_go_never_panics(seed in any::<prop::sample::Index>(), muts in prop::collection::vec(mutation(), 1..8)) {
        let seeds = fixtures::seeds();
        let src = apply(&seeds[seed.index(seeds.len())], &muts);
        let p = parse_bounded(src.clone());
        check_invariants(&src, &p);
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let mut src = b"package p\n".to_vec();
        src.extend_from_slice(&bytes);
        let p = parse_bounded(src.clone());
        check_invariants(&src, &p);
        let p = parse_bounded(bytes.clone());
        check_invariants(&bytes, &p);
    }

    #[test]
    fn random_token_soup_never_panics(toks in prop::collection::vec(prop::sample::select(SNIPPETS), 0..400)) {
        let mut src = b"package p\nfunc f() {\n".to_vec();
        for t in toks {
            src.extend_from_slice(t.as_bytes());
            src.push(b' ');
        }
        let p = parse_bounded(src.clone());
        check_invariants(&src, &p);
    }
}

/// Deep nesting of every recursive construct, below and above go/parser's limit.
#[test]
fn deep_nesting_is_bounded() {
    let shapes: &[(&str, &str, &str)] = &[
        ("var x = ", "(", ")"),
        ("var x = ", "[]int{", "}"),
        ("var x = ", "- ", ""),
        ("var x = ", "*", ""),
        ("var x = ", "<-", ""),
        ("var x ", "[]", "int"),
        ("var x ", "*", "int"),
        ("var x ", "chan ", "int"),
        ("var x ", "map[int]", "int"),
        ("var x ", "func() ", "int"),
        ("var x ", "struct{ f ", " }"),
        ("func f() ", "{", "}"),
        ("func f() { ", "if x {", "}"),
        ("func f() { ", "for {", "}"),
        ("func f() { ", "switch { case 1: ", "}"),
        ("func f() { ", "func() {", "}()"),
        ("func f() { ", "L: ", ""),
        ("var x = a", ".b", ""),
        ("var x = a", "[0]", ""),
        ("var x = a", "(0)", ""),
        ("var x = 1", " + 1", ""),
    ];
    for &(prefix, open, close) in shapes {
        for depth in [1_000usize, 120_000] {
            let mut src = format!("package p\n{prefix}");
            src.push_str(&open.repeat(depth));
            src.push('x');
            src.push_str(&close.repeat(depth));
            src.push('\n');
            let p = parse_bounded(src.clone().into_bytes());
            check_invariants(src.as_bytes(), &p);
            if depth > 100_000 {
                assert!(
                    p.errors.iter().any(|e| e.message == "exceeded max nesting depth"),
                    "{prefix}{open}...: no nesting error at depth {depth}: {:?}",
                    p.errors.first()
                );
            }
        }
    }
}

/// Long chains just below the nesting limit through the parser's helper recursions
/// (type parameter constraints are re-analysed after parsing, as go/parser's `extractName`).
#[test]
fn long_constraint_chains() {
    for (prefix, unit, suffix) in [
        ("package p\ntype T[P *int", "|int", "] int\n"),
        ("package p\ntype T[P int", "|~int", "] int\n"),
        ("package p\ntype T[P *", "*", "int] int\n"),
        ("package p\nfunc f[P interface{ int", " | int", " }]() {}\n"),
    ] {
        let src = format!("{prefix}{}{suffix}", unit.repeat(90_000));
        let p = parse_bounded(src.clone().into_bytes());
        check_spans(src.as_bytes(), &p);
        assert!(p.errors.is_empty(), "{:?}", p.errors.first());
        assert!(p.file.exprs.len() > 90_000);
    }
}
