//! Hashers and helpers shared by the integration tests.

use std::hash::{BuildHasher, Hasher};

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
