//! Hashers and helpers shared by the integration tests.

use std::hash::{BuildHasher, Hasher};

/// Go's `memhash64Fallback` with `runtime.hashkey[0] = GO_HASHKEY0` and seed 0: the hash the
/// Go oracle makes its runtime use, so both maps place every key identically.
pub const GO_HASHKEY0: u64 = 0x0123_4567_89ab_cdef;

fn mix(a: u64, b: u64) -> u64 {
    let r = u128::from(a) * u128::from(b);
    (r >> 64) as u64 ^ r as u64
}

pub fn go_memhash64_fallback(k: u64, seed: u64) -> u64 {
    const M1: u64 = 0xa076_1d64_78bd_642f;
    const M2: u64 = 0xe703_7ed1_a0b4_28db;
    const M5: u64 = 0x1d8e_4e27_c47d_124f;
    mix(M5 ^ 8, mix(k ^ M2, k ^ seed ^ GO_HASHKEY0 ^ M1))
}

/// BuildHasher for `u64` keys reproducing the oracle's Go hash. The map's own seed (the second
/// `write_u64`, after the key) is ignored because the oracle pins Go's `hash0` to 0.
#[derive(Clone, Copy, Default, Debug)]
pub struct GoFallback;

#[derive(Default)]
pub struct GoFallbackHasher {
    writes: u32,
    key: u64,
}

impl Hasher for GoFallbackHasher {
    fn write(&mut self, _: &[u8]) {
        panic!("GoFallback only hashes u64 keys");
    }
    fn write_u64(&mut self, v: u64) {
        if self.writes == 0 {
            self.key = v;
        }
        self.writes += 1;
    }
    fn finish(&self) -> u64 {
        go_memhash64_fallback(self.key, 0)
    }
}

impl BuildHasher for GoFallback {
    type Hasher = GoFallbackHasher;
    fn build_hasher(&self) -> GoFallbackHasher {
        GoFallbackHasher::default()
    }
}

/// A deliberately bad hasher: only `bits` low bits vary and the top byte is 0 (every tophash
/// is minTopHash), which forces long overflow chains and same-size growth. It still mixes in
/// the map's seed so reseeding is exercised.
#[derive(Clone, Copy, Debug)]
pub struct Weak {
    pub bits: u32,
}

pub struct WeakHasher {
    bits: u32,
    h: u64,
}

impl Hasher for WeakHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.h = (self.h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        let x = self.h ^ (self.h >> 29);
        x & ((1u64 << self.bits) - 1)
    }
}

impl BuildHasher for Weak {
    type Hasher = WeakHasher;
    fn build_hasher(&self) -> WeakHasher {
        WeakHasher { bits: self.bits, h: 0xcbf2_9ce4_8422_2325 }
    }
}

/// splitmix64, for deterministic pseudo-random keys.
pub fn splitmix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A tiny deterministic RNG for workload generation.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(1);
        splitmix(self.0)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

thread_local! {
    /// Ids of the tracked test values alive on this test's thread.
    static LIVE: std::cell::RefCell<std::collections::HashSet<u64>> = Default::default();
    static NEXT: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Registers a new live test value and returns its id; pair with [`release`] in its `Drop`.
pub fn register() -> u64 {
    let id = NEXT.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    LIVE.with(|l| assert!(l.borrow_mut().insert(id)));
    id
}

/// Marks the value `id` dropped; a second drop of the same value fails the test.
pub fn release(id: u64) {
    LIVE.with(|l| assert!(l.borrow_mut().remove(&id), "double drop of #{id}"));
}

/// How many registered test values are alive on this thread: 0 after a map is gone means nothing leaked.
pub fn live() -> usize {
    LIVE.with(|l| l.borrow().len())
}
