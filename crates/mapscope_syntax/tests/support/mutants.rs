//! Deterministic mutants of the fixtures: the same files on every run, so go/parser's verdict
//! on them can be committed (`tests/mutants.hash`) and compared without Go.
//!
//! `tests/golden.rs` generates them in memory; `examples/write_mutants.rs` writes them to disk
//! for `scripts/parse-fixtures-oracle.sh`, which runs go/parser on them.

/// How many mutants are generated: enough for several hundred rejected and some dozens of
/// accepted files, few enough that go/parser and mapscope go through them in seconds.
pub const COUNT: usize = 1500;

/// The generator's seed (any non-zero value; this one is the 64-bit golden ratio).
const RNG_SEED: u64 = 0x9E3779B97F4A7C15;

/// One generated file: `name` (`mNNNN-HASH.go`, HASH being the FNV-1a 64 of `src`, so a stale
/// golden file is detected by name) and its contents.
pub struct Mutant {
    pub name: String,
    pub src: Vec<u8>,
}

/// The [`COUNT`] mutants of `seeds`, each a seed with one to three random edits.
pub fn mutants(seeds: &[Vec<u8>]) -> Vec<Mutant> {
    let mut rng = Rng(RNG_SEED);
    (0..COUNT)
        .map(|i| {
            let seed = &seeds[rng.below(seeds.len())];
            let src = mutate(&mut rng, seed);
            let name = format!("m{i:04}-{:016x}.go", mapscope_syntax::dump::fnv1a64(&src));
            Mutant { name, src }
        })
        .collect()
}

/// A small deterministic generator (xorshift64*), so the mutants are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Rough token boundaries: identifier/number runs, white space runs, single other bytes.
fn token_at(src: &[u8], at: usize) -> std::ops::Range<usize> {
    let class = |b: u8| match b {
        b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | 0x80..=0xff => 0,
        b' ' | b'\t' | b'\n' | b'\r' => 1,
        _ => 2,
    };
    let c = class(src[at]);
    if c == 2 {
        return at..at + 1;
    }
    let (mut i, mut j) = (at, at + 1);
    while i > 0 && class(src[i - 1]) == c {
        i -= 1;
    }
    while j < src.len() && class(src[j]) == c {
        j += 1;
    }
    i..j
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
    "~",
    "|",
    "func",
    "type",
    "var",
    "if",
    "for",
    "range",
    "switch",
    "case",
    "go",
    "chan",
    "map",
    "struct",
    "interface",
    "\n",
    "//",
    "/*",
    "\"",
    "'",
    "`",
    "0x",
    "_",
];

/// One to three edits: overwrite a byte, delete or duplicate a token, insert a snippet, truncate.
fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut s = seed.to_vec();
    for _ in 0..1 + rng.below(3) {
        if s.is_empty() {
            break;
        }
        let at = rng.below(s.len());
        match rng.below(5) {
            0 => s[at] = rng.next() as u8,
            1 => {
                let r = token_at(&s, at);
                s.drain(r);
            }
            2 => {
                let r = token_at(&s, at);
                let t = s[r.clone()].to_vec();
                s.splice(r.end..r.end, t);
            }
            3 => {
                let snip = SNIPPETS[rng.below(SNIPPETS.len())];
                s.splice(at..at, snip.bytes());
            }
            _ => s.truncate(at),
        }
    }
    s
}
