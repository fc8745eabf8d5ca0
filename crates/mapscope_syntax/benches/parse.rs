//! Criterion benchmarks: lexing+parsing throughput on the fixture and example Go files.
//!
//! `cargo bench -p mapscope_syntax`. The corpus-wide comparison with go/parser is
//! `scripts/bench-parse.sh`; this bench tracks regressions on a fixed small input.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;

fn inputs() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [
        root.join("tests/fixtures"),
        root.join("../../examples/cache"),
        root.join("../../examples/wordfreq"),
    ] {
        let Ok(rd) = std::fs::read_dir(&dir) else { continue };
        let mut paths: Vec<_> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            if name.ends_with(".go") && !name.starts_with("err_") && !name.contains("deep") {
                files.push(std::fs::read(&p).expect("readable"));
            }
        }
    }
    files
}

fn parse(c: &mut Criterion) {
    let files = inputs();
    let bytes: usize = files.iter().map(Vec::len).sum();
    let mut g = c.benchmark_group("parse");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("fixtures+examples", |b| {
        b.iter(|| {
            for f in &files {
                black_box(mapscope_syntax::parse_file(black_box(f)));
            }
        })
    });
    let deep =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/deep_ok.go"))
            .expect("deep_ok.go");
    g.throughput(Throughput::Bytes(deep.len() as u64));
    g.bench_function("deep_nesting", |b| {
        b.iter(|| black_box(mapscope_syntax::parse_file(black_box(&deep))))
    });
    g.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
