//! Go 1.19's portable hash of 8-byte keys (`memhash64Fallback`, runtime/hash64.go), so that gomap can
//! place `u64` keys exactly where Go's runtime places them.

use std::hash::{BuildHasher, Hasher};

/// The value tools/gomap_oracle writes to `runtime.hashkey[0]`, which makes Go's runtime hash keys
/// with its portable function and this key on every machine.
pub const GO_HASHKEY0: u64 = 0x0123_4567_89ab_cdef;

/// runtime/hash64.go's multiply-and-fold step.
fn mix(a: u64, b: u64) -> u64 {
    let r = u128::from(a) * u128::from(b);
    (r >> 64) as u64 ^ r as u64
}

/// Go's `memhash64Fallback(k, seed)` with `hashkey[0] = GO_HASHKEY0`.
pub fn go_memhash64(k: u64, seed: u64) -> u64 {
    const M1: u64 = 0xa076_1d64_78bd_642f;
    const M2: u64 = 0xe703_7ed1_a0b4_28db;
    const M5: u64 = 0x1d8e_4e27_c47d_124f;
    mix(M5 ^ 8, mix(k ^ M2, k ^ seed ^ GO_HASHKEY0 ^ M1))
}

/// A [`BuildHasher`] for `u64` keys that reproduces the hash tools/gomap_oracle makes Go 1.19's
/// runtime use: a `GoMap<u64, V, GoUint64Hash>` then puts every key in the same bucket with the
/// same tophash as the real runtime, which is how gomap's trajectory is compared with Go's.
///
/// The map's own seed is ignored (the oracle pins Go's `hash0` to 0), so this hasher is for
/// comparisons and demonstrations, not for maps that face untrusted keys.
#[derive(Clone, Copy, Default, Debug)]
pub struct GoUint64Hash;

/// The [`Hasher`] of [`GoUint64Hash`]: the first `u64` written is the key.
#[derive(Clone, Copy, Default, Debug)]
pub struct GoUint64Hasher {
    writes: u32,
    key: u64,
}

impl Hasher for GoUint64Hasher {
    fn write(&mut self, _: &[u8]) {
        panic!("GoUint64Hash hashes only u64 keys");
    }

    fn write_u64(&mut self, v: u64) {
        // The first write is the key; the second is the map's hash0, which Go's oracle pins to 0.
        if self.writes == 0 {
            self.key = v;
        }
        self.writes += 1;
    }

    fn finish(&self) -> u64 {
        go_memhash64(self.key, 0)
    }
}

impl BuildHasher for GoUint64Hash {
    type Hasher = GoUint64Hasher;

    fn build_hasher(&self) -> GoUint64Hasher {
        GoUint64Hasher::default()
    }
}
