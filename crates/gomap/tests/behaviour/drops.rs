//! Drop accounting: every key and value ever created is dropped exactly once, whatever path
//! removes it (remove, replace, clear, drain, into_iter, retain, clone, drop mid-growth).

use crate::common::{live, register, release};
use gomap::GoMap;
use std::hash::{Hash, Hasher};

/// A value that registers itself while alive; dropping twice or never is detected.
#[derive(Debug)]
struct Tracked {
    id: u64,
    key: u64,
}

impl Tracked {
    fn new(key: u64) -> Self {
        Tracked { id: register(), key }
    }
}

impl Clone for Tracked {
    fn clone(&self) -> Self {
        Tracked::new(self.key)
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        release(self.id);
    }
}

impl PartialEq for Tracked {
    fn eq(&self, o: &Self) -> bool {
        self.key == o.key
    }
}
impl Eq for Tracked {}
impl Hash for Tracked {
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.key.hash(h);
    }
}

type M = GoMap<Tracked, Tracked>;

/// A map of `n` entries, stopped in the middle of a growth when `mid_growth`.
fn build(n: u64, mid_growth: bool) -> M {
    let mut m = M::with_capacity_hasher_and_seed(0, Default::default(), n);
    for i in 0..n {
        m.insert(Tracked::new(i), Tracked::new(i));
        if mid_growth && i > n / 2 && m.stats().growing {
            break;
        }
    }
    m
}

#[test]
fn every_path_drops_once() {
    for &mid in &[false, true] {
        for &n in &[0u64, 1, 9, 100, 3000] {
            assert_eq!(live(), 0);
            // Drop of a full map.
            drop(build(n, mid));
            assert_eq!(live(), 0, "drop n={n} mid={mid}");

            // Replace and remove.
            let mut m = build(n, mid);
            let len = m.len() as u64;
            for i in 0..len {
                let old = m.insert(Tracked::new(i), Tracked::new(i + 1));
                assert!(old.is_some());
            }
            for i in (0..len).step_by(2) {
                assert!(m.remove(&Tracked::new(i)).is_some());
            }
            assert_eq!(live(), 2 * m.len());
            m.check_invariants();
            drop(m);
            assert_eq!(live(), 0);

            // Entry API.
            let mut m = build(n, mid);
            for i in 0..n + 10 {
                match m.entry(Tracked::new(i)) {
                    gomap::Entry::Occupied(o) => {
                        o.remove_entry();
                    }
                    gomap::Entry::Vacant(v) => {
                        v.insert(Tracked::new(i));
                    }
                }
            }
            drop(m);
            assert_eq!(live(), 0);

            // Clear keeps the map usable.
            let mut m = build(n, mid);
            m.clear();
            assert_eq!(live(), 0);
            m.insert(Tracked::new(1), Tracked::new(1));
            m.check_invariants();
            drop(m);
            assert_eq!(live(), 0);

            // Partially consumed drain and into_iter.
            let mut m = build(n, mid);
            let half = m.len() / 2;
            m.drain().take(half).for_each(drop);
            assert!(m.is_empty());
            assert_eq!(live(), 0);
            m.check_invariants();
            let m = build(n, mid);
            let half = m.len() / 2;
            let mut it = m.into_iter();
            it.by_ref().take(half).for_each(drop);
            assert_eq!(live(), 2 * it.len());
            drop(it);
            assert_eq!(live(), 0);

            // Retain, clone, shrink.
            let mut m = build(n, mid);
            m.retain(|k, _| k.key % 3 == 0);
            m.check_invariants();
            let c = m.clone();
            c.check_invariants();
            assert_eq!(live(), 4 * m.len());
            m.shrink_to_fit();
            for i in 0..n {
                m.remove(&Tracked::new(i));
            }
            drop(c);
            drop(m);
            assert_eq!(live(), 0);
        }
    }
}

#[test]
fn zero_sized_and_copy_types() {
    let mut m: GoMap<(), ()> = GoMap::new();
    assert_eq!(m.insert((), ()), None);
    assert_eq!(m.insert((), ()), Some(()));
    assert_eq!(m.len(), 1);
    assert_eq!(m.remove(&()), Some(()));
    let mut m: GoMap<u8, [u8; 0]> = GoMap::new();
    for i in 0..=255 {
        m.insert(i, []);
    }
    assert_eq!(m.len(), 256);
    m.check_invariants();
    let mut big: GoMap<u64, [u64; 64]> = GoMap::new();
    for i in 0..5000 {
        big.insert(i, [i; 64]);
    }
    for i in 0..5000 {
        assert_eq!(big[&i][63], i);
    }
}

/// Hashes keys so that bits 7..12 of the bucket index are zero: a few segments (of 128
/// buckets for `Tracked` pairs) get all the entries, use up their overflow pools and borrow
/// from the pools of later segments, which evacuation, clone, clear, shrink and drop must then
/// walk without touching freed memory (valgrind runs this binary).
#[derive(Clone, Copy, Default)]
struct Skewed;

/// std's SipHash with fixed keys (deterministic), with bits 7..12 cleared.
struct SkewedHasher(std::hash::DefaultHasher);

impl Hasher for SkewedHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0.write(bytes);
    }
    fn finish(&self) -> u64 {
        self.0.finish() & !(0x3f << 7)
    }
}

impl std::hash::BuildHasher for Skewed {
    type Hasher = SkewedHasher;
    fn build_hasher(&self) -> SkewedHasher {
        SkewedHasher(std::hash::DefaultHasher::new())
    }
}

#[test]
fn borrowed_pool_buckets_survive_growth_clone_clear_and_shrink() {
    assert_eq!(live(), 0);
    let mut m: GoMap<Tracked, Tracked, Skewed> = GoMap::with_capacity_hasher_and_seed(0, Skewed, 7);
    let mut grown_while_skewed = 0;
    for i in 0..12_000u64 {
        m.insert(Tracked::new(i), Tracked::new(i));
        if m.stats().growing {
            grown_while_skewed += 1;
        }
        if i % 997 == 0 {
            m.check_invariants();
        }
    }
    assert!(grown_while_skewed > 0);
    assert!(m.stats().b >= 9, "several segments: {:?}", m.stats());
    assert!(m.stats().noverflow > 64, "pools used up: {:?}", m.stats());
    // Deletes and re-inserts churn the chains (same-size growth from the overflow count).
    for i in (0..12_000u64).step_by(3) {
        assert!(m.remove(&Tracked::new(i)).is_some());
    }
    for i in 12_000..14_000u64 {
        m.insert(Tracked::new(i), Tracked::new(i));
    }
    m.check_invariants();
    let c = m.clone();
    c.check_invariants();
    assert_eq!(c.len(), m.len());
    for i in 12_000..14_000u64 {
        assert_eq!(c[&Tracked::new(i)].key, i);
    }
    m.shrink_to_fit();
    m.finish_growth();
    m.check_invariants();
    m.clear();
    for i in 0..3_000u64 {
        m.insert(Tracked::new(i), Tracked::new(i));
    }
    m.check_invariants();
    drop(m);
    drop(c);
    assert_eq!(live(), 0);
}

#[test]
fn spare_pool_buckets_serve_neighbouring_segments() {
    // At about 4.6 entries per bucket a table needs fewer overflow buckets than the 2^(B-4)
    // preallocated with it, but not evenly per segment: without lending, the segments that run
    // out allocate 18 overflow buckets on the heap here while others leave theirs unused.
    let mut m: GoMap<u64, u64, gomap::GoUint64Hash> =
        GoMap::with_capacity_hasher_and_seed(0, gomap::GoUint64Hash, 1);
    for i in 0..150_000u64 {
        m.insert(crate::common::splitmix(i), i);
    }
    let s = m.stats();
    assert_eq!((s.b, s.growing), (15, false));
    let bucket = 8 + 8 * 16 + 8;
    // 128 segments of 256 buckets, each with a pool of 15 (Go's share of 16, less one).
    let arrays = ((1 << 15) + 128 * 15) * bucket;
    // A 2-byte entry per segment, then the lendable bitmap (a bit per segment).
    let directory = (1 << 15) / 256 * 2 + (1 << 15) / 256 / 8;
    let heap_buckets = (s.allocated_bytes - arrays - directory) / bucket;
    assert!(s.noverflow > 1000, "{s:?}");
    assert!(heap_buckets <= 4, "{heap_buckets} heap overflow buckets");
}
