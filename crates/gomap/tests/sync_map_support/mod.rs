//! Helpers shared by the `SyncMap` test binaries: a hasher that makes `u64` keys collide, and
//! the `GOMAP_SYNC_N` test scale.

use std::hash::{BuildHasher, Hasher};

/// The scale of the stress tests (`GOMAP_SYNC_N`, default 2,000; the valgrind run sets 200).
pub fn scale() -> u64 {
    std::env::var("GOMAP_SYNC_N").ok().and_then(|s| s.parse().ok()).unwrap_or(2_000)
}

/// Hashes a `u64` key to a value with few distinct bits, so that keys share long hash prefixes
/// (the trie expands many levels deep) and many have the same full hash (overflow chains).
///
/// Key k: the top digit is k % 3, the last digit (k / 3) % 2, the 14 digits between are the
/// same for every key. So k and k + 6 collide fully, and 0 and 3 differ only in the last digit.
#[derive(Clone, Copy, Default)]
pub struct Colliding;

pub struct CollidingHasher(u64);

impl Hasher for CollidingHasher {
    fn finish(&self) -> u64 {
        let k = self.0;
        ((k % 3) << 60) | 0x0012_3456_789a_bcd0 | ((k / 3) % 2)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.wrapping_mul(31).wrapping_add(u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

impl BuildHasher for Colliding {
    type Hasher = CollidingHasher;
    fn build_hasher(&self) -> CollidingHasher {
        CollidingHasher(0)
    }
}
