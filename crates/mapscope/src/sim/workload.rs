//! `mapscope sim`'s workloads: generated from flags, or read from a file of operations.
//!
//! The file format is the one `tools/gomap_oracle script` reads, one operation per line
//! (`m HINT`, `i K`, `d K`, `g K`, `c`), plus `s` for gomap's `shrink_to_fit`, which Go lacks.
//! Blank lines and lines starting with `#` are skipped.

use std::fmt;

/// One map operation on `map[uint64]uint64`; an insert stores the key as its own value, as the
/// Go oracle does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// A new map, made with this size hint.
    Make(u64),
    /// `m[k] = k`: an insert of a new key or an update of a present one.
    Insert(u64),
    /// `delete(m, k)`.
    Delete(u64),
    /// `_ = m[k]`.
    Get(u64),
    /// `clear(m)`.
    Clear,
    /// gomap's `shrink_to_fit` (not in Go; skipped when comparing with Go).
    Shrink,
}

impl Op {
    /// The line of the oracle's script format for this operation.
    pub fn script_line(self) -> Option<String> {
        Some(match self {
            Op::Make(h) => format!("m {h}"),
            Op::Insert(k) => format!("i {k}"),
            Op::Delete(k) => format!("d {k}"),
            Op::Get(k) => format!("g {k}"),
            Op::Clear => "c".to_string(),
            Op::Shrink => return None,
        })
    }

    /// A short name for tables and traces.
    pub fn name(self) -> &'static str {
        match self {
            Op::Make(_) => "make",
            Op::Insert(_) => "insert",
            Op::Delete(_) => "delete",
            Op::Get(_) => "get",
            Op::Clear => "clear",
            Op::Shrink => "shrink",
        }
    }
}

/// How keys are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum KeyOrder {
    /// New keys are 64-bit pseudo-random numbers (splitmix64 of a counter).
    Random,
    /// New keys are 0, 1, 2, ...
    Sequential,
}

/// A generated workload's parameters; every ratio is per insert.
#[derive(Clone, Debug)]
pub struct Mix {
    /// Inserts of new keys.
    pub inserts: u64,
    /// Deletes of present keys per insert (after the first `live` inserts).
    pub deletes: f64,
    /// Lookups per insert (hits, unless `misses` says otherwise).
    pub lookups: f64,
    /// Fraction of lookups that look for an absent key.
    pub misses: f64,
    /// Updates of present keys per insert.
    pub updates: f64,
    /// The first `live` inserts run alone, so that deletes then churn a map of about this size.
    pub live: u64,
    /// The make hint.
    pub hint: u64,
    /// Skew of the key picked for lookups, updates and deletes among the present keys: the key at
    /// index `n * u^(1 + skew)` in insertion order, for `u` uniform in [0, 1); 0 is uniform.
    pub skew: f64,
    /// How new keys are drawn.
    pub keys: KeyOrder,
    /// The seed of every random choice.
    pub seed: u64,
}

/// splitmix64: the key generator and the source of every random choice, so that a seed names a
/// workload on every machine.
pub fn splitmix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A deterministic stream of uniform numbers.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(1);
        splitmix(self.0 ^ 0x5851_f42d_4c95_7f2d)
    }

    /// Uniform in [0, 1), from the top 53 bits.
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// How many times an event with this mean happens now: its integer part, plus one more with
    /// the probability of its fractional part.
    fn count(&mut self, mean: f64) -> u64 {
        let whole = mean.floor();
        whole as u64 + u64::from(self.unit() < mean - whole)
    }
}

impl Mix {
    /// `inserts` random new keys and nothing else: the base the tests vary.
    #[cfg(test)]
    pub fn inserts_only(inserts: u64, seed: u64) -> Mix {
        Mix {
            inserts,
            deletes: 0.0,
            lookups: 0.0,
            misses: 0.0,
            updates: 0.0,
            live: 0,
            hint: 0,
            skew: 0.0,
            keys: KeyOrder::Random,
            seed,
        }
    }

    /// Checks the parameters, naming the flag that is wrong.
    pub fn validate(&self) -> Result<(), String> {
        for (flag, v) in [
            ("--deletes", self.deletes),
            ("--lookups", self.lookups),
            ("--updates", self.updates),
            ("--skew", self.skew),
        ] {
            if !v.is_finite() || v < 0.0 {
                return Err(format!("{flag} must be a finite number >= 0, got {v}"));
            }
        }
        for (flag, v) in
            [("--deletes", self.deletes), ("--lookups", self.lookups), ("--updates", self.updates)]
        {
            if v > MAX_PER_INSERT {
                return Err(format!("{flag} is per insert and at most {MAX_PER_INSERT}, got {v}"));
            }
        }
        if !(0.0..=1.0).contains(&self.misses) {
            return Err(format!(
                "--misses is a fraction of lookups in [0, 1], got {}",
                self.misses
            ));
        }
        if self.inserts > MAX_INSERTS {
            return Err(format!("--inserts is at most {MAX_INSERTS}, got {}", self.inserts));
        }
        if self.hint > MAX_INSERTS {
            return Err(format!("--hint is at most {MAX_INSERTS}, got {}", self.hint));
        }
        Ok(())
    }

    /// The operations, starting with the `make`.
    pub fn generate(&self) -> Vec<Op> {
        let mut rng = Rng(self.seed);
        let mut ops = vec![Op::Make(self.hint)];
        // Present keys in insertion order; a delete swaps the last key into the hole, which keeps
        // deletes O(1) and the skew roughly "oldest keys are hottest".
        let mut present: Vec<u64> = Vec::new();
        let new_key = |i: u64| match self.keys {
            KeyOrder::Random => splitmix(i ^ self.seed.rotate_left(32)),
            KeyOrder::Sequential => i,
        };
        let pick = |rng: &mut Rng, n: usize| {
            let u = rng.unit().powf(1.0 + self.skew);
            ((u * n as f64) as usize).min(n - 1)
        };
        for i in 0..self.inserts {
            let key = new_key(i);
            ops.push(Op::Insert(key));
            present.push(key);
            for _ in 0..rng.count(self.lookups) {
                if rng.unit() < self.misses || present.is_empty() {
                    ops.push(Op::Get(!new_key(rng.next_u64())));
                } else {
                    ops.push(Op::Get(present[pick(&mut rng, present.len())]));
                }
            }
            for _ in 0..rng.count(self.updates) {
                ops.push(Op::Insert(present[pick(&mut rng, present.len())]));
            }
            if i >= self.live {
                for _ in 0..rng.count(self.deletes) {
                    if present.is_empty() {
                        break;
                    }
                    let j = pick(&mut rng, present.len());
                    ops.push(Op::Delete(present.swap_remove(j)));
                }
            }
        }
        ops
    }
}

/// Bounds that keep a mistyped flag from asking for terabytes.
const MAX_INSERTS: u64 = 100_000_000;
const MAX_PER_INSERT: f64 = 1000.0;

/// A malformed line of a workload file.
#[derive(Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.message)
    }
}

/// Reads a workload file's text. A workload that does not start with `m` gets a `make` with no
/// hint first.
pub fn parse(text: &str) -> Result<Vec<Op>, ParseError> {
    let mut ops = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let indent = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let err = |col: usize, message: String| ParseError { line, col: indent + col, message };
        let mut words = trimmed.split_whitespace();
        let verb = words.next().unwrap_or_default();
        let arg_col = trimmed
            .find(char::is_whitespace)
            .map_or(trimmed.len(), |i| i + trimmed[i..].len() - trimmed[i..].trim_start().len())
            + 1;
        let arg = |words: &mut std::str::SplitWhitespace<'_>| -> Result<u64, ParseError> {
            let word =
                words.next().ok_or_else(|| err(arg_col, format!("{verb:?} needs a number")))?;
            word.parse::<u64>()
                .map_err(|_| err(arg_col, format!("{word:?} is not an unsigned 64-bit integer")))
        };
        let op = match verb {
            "m" => Op::Make(arg(&mut words)?),
            "i" => Op::Insert(arg(&mut words)?),
            "d" => Op::Delete(arg(&mut words)?),
            "g" => Op::Get(arg(&mut words)?),
            "c" => Op::Clear,
            "s" => Op::Shrink,
            _ => {
                return Err(err(
                    1,
                    format!("unknown operation {verb:?} (want m HINT, i K, d K, g K, c or s)"),
                ));
            }
        };
        if let Some(extra) = words.next() {
            let col = trimmed.rfind(extra).map_or(1, |i| i + 1);
            return Err(err(col, format!("unexpected {extra:?} after the operation")));
        }
        ops.push(op);
    }
    if !matches!(ops.first(), Some(Op::Make(_))) {
        ops.insert(0, Op::Make(0));
    }
    Ok(ops)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mix() -> Mix {
        Mix::inserts_only(1000, 1)
    }

    #[test]
    fn ratios_are_per_insert() {
        let ops = Mix { deletes: 0.5, lookups: 2.0, updates: 0.25, ..mix() }.generate();
        let count = |name: &str| ops.iter().filter(|o| o.name() == name).count();
        assert_eq!(count("make"), 1);
        assert_eq!(count("get"), 2000);
        // Updates are inserts of present keys: 1000 new keys plus about 250 updates.
        assert!((1200..1300).contains(&count("insert")), "{}", count("insert"));
        assert!((450..550).contains(&count("delete")), "{}", count("delete"));
    }

    #[test]
    fn churn_keeps_the_live_set() {
        let ops = Mix { inserts: 5000, deletes: 1.0, live: 300, ..mix() }.generate();
        let mut live = std::collections::HashSet::new();
        for op in &ops {
            match op {
                Op::Insert(k) => {
                    live.insert(*k);
                }
                Op::Delete(k) => assert!(live.remove(k), "a delete names a present key"),
                _ => {}
            }
        }
        assert_eq!(live.len(), 300);
    }

    #[test]
    fn seeds_name_workloads() {
        assert_eq!(
            Mix { lookups: 1.0, ..mix() }.generate(),
            Mix { lookups: 1.0, ..mix() }.generate()
        );
        assert_ne!(mix().generate(), Mix { seed: 2, ..mix() }.generate());
        let seq = Mix { keys: KeyOrder::Sequential, inserts: 3, ..mix() }.generate();
        assert_eq!(seq, [Op::Make(0), Op::Insert(0), Op::Insert(1), Op::Insert(2)]);
    }

    #[test]
    fn bad_flags_name_the_flag() {
        assert!(Mix { deletes: -1.0, ..mix() }.validate().unwrap_err().contains("--deletes"));
        assert!(Mix { misses: 2.0, ..mix() }.validate().unwrap_err().contains("--misses"));
        assert!(Mix { skew: f64::NAN, ..mix() }.validate().unwrap_err().contains("--skew"));
        assert!(Mix { inserts: u64::MAX, ..mix() }.validate().unwrap_err().contains("--inserts"));
        assert!(mix().validate().is_ok());
    }

    #[test]
    fn files_parse_with_positions() {
        let ops = parse("# churn\ni 1\n  d 1\n\ng 2\nc\ns\n").expect("valid");
        assert_eq!(
            ops,
            [Op::Make(0), Op::Insert(1), Op::Delete(1), Op::Get(2), Op::Clear, Op::Shrink]
        );
        assert_eq!(parse("m 8\ni 1\n").expect("valid")[0], Op::Make(8));
        let e = parse("i 1\n  x 2\n").unwrap_err();
        assert_eq!((e.line, e.col), (2, 3), "{e}");
        let e = parse("i -4\n").unwrap_err();
        assert_eq!((e.line, e.col), (1, 3), "{e}");
        assert!(e.message.contains("\"-4\""), "{e}");
        let e = parse("d\n").unwrap_err();
        assert_eq!((e.line, e.col), (1, 2), "{e}");
        let e = parse("g 1 2\n").unwrap_err();
        assert_eq!((e.line, e.col), (1, 5), "{e}");
    }
}
