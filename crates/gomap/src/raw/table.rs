//! The `hmap` state machine (runtime/map.go of Go 1.19): the table's fields, Go's sizing rules
//! (`overLoadFactor`, `tooManyOverflowBuckets`, `makemap`'s hint), lookups (`mapaccess`),
//! writes (`mapassign`, `mapdelete` with its emptyRest fix-up, `newoverflow`), `mapclear`,
//! opt-in shrinking and cloning. Growth and evacuation are in `evacuate.rs`.
//!
//! A lookup reads one chain: the old bucket while it is not evacuated, else the new one
//! (`read_bucket`). In the main bucket it tests the tophash bytes and the chain filter with one
//! load and one mask (`group::match_main`); past it, it follows Go's emptyRest rule. A write
//! first does growth work for the bucket it is about to use (`prepare_write`, Go's `growWork`
//! call at the start of `mapassign`/`mapdelete`), so a new bucket is only written once the old
//! bucket(s) feeding it are evacuated.

use core::marker::PhantomData;
use core::mem;
use std::sync::atomic::{AtomicU64, Ordering};

use super::array::{BucketArray, Footprint, alloc_heap_bucket};
use super::bucket::{
    BUCKET_CNT, BucketLayout, BucketPtr, MAIN_PROBE, add_to_chain_filter, copy_chain_filter,
    evacuated, key_ptr, overflow, prefetch_block, set_overflow, set_tag, tag_at, tag_word, val_ptr,
    zero_control_word,
};
use super::iter::RawIter;
use super::tag::{TOP_BYTE_SHIFT, Tag, splat_from_hash};
use crate::group::{match_chain, match_empty, match_empty_rest, match_main, match_top};
use crate::observe::{GrowthKind, Observer, TraceState};

/// Go's load factor 6.5 as `LOAD_FACTOR_NUM / LOAD_FACTOR_DEN` (`loadFactorNum`/`Den`).
pub(super) const LOAD_FACTOR_NUM: usize = 13;
pub(super) const LOAD_FACTOR_DEN: usize = 2;

/// Go's `tooManyOverflowBuckets` caps B at 15 (`noverflow` is a `uint16`); from B = 16
/// `incrnoverflow` counts only a random sample.
pub(super) const NOVERFLOW_MAX_B: u8 = 15;
/// Go's `maxAlloc` on 64-bit Linux.
#[cfg(target_pointer_width = "64")]
pub(super) const MAX_ALLOC: usize = 1 << 48;
#[cfg(not(target_pointer_width = "64"))]
pub(super) const MAX_ALLOC: usize = usize::MAX >> 1;

/// `flags`: the running evacuation keeps B (Go's `sameSizeGrow`).
pub(super) const FLAG_SAME_SIZE: u8 = 1;
/// `flags`: the running evacuation halves the table (not in Go).
pub(super) const FLAG_SHRINK: u8 = 2;

/// Go's `overLoadFactor`: count items in 2^b buckets exceed the load factor 6.5.
#[inline]
pub(crate) fn over_load_factor(count: usize, b: u8) -> bool {
    count > BUCKET_CNT && count > LOAD_FACTOR_NUM.saturating_mul(bucket_shift(b) / LOAD_FACTOR_DEN)
}

/// The smallest count that is over the load factor for 2^b buckets.
pub(super) fn grow_limit(b: u8) -> usize {
    let limit = BUCKET_CNT.max(LOAD_FACTOR_NUM.saturating_mul(bucket_shift(b) / LOAD_FACTOR_DEN));
    debug_assert!(!over_load_factor(limit, b) && over_load_factor(limit.saturating_add(1), b));
    limit
}

/// Go's `tooManyOverflowBuckets(noverflow, b)` is `noverflow >= overflow_limit(b)`.
pub(super) fn overflow_limit(b: u8) -> u16 {
    1u16 << b.min(NOVERFLOW_MAX_B)
}

#[inline]
pub(super) fn bucket_shift(b: u8) -> usize {
    1usize.checked_shl(u32::from(b)).unwrap_or(usize::MAX)
}

/// `makemap`'s choice of B for a size hint, for buckets of `bucket_size` bytes.
pub(crate) fn hint_to_b(hint: usize, bucket_size: usize) -> u8 {
    let hint = match hint.checked_mul(bucket_size) {
        Some(mem) if mem <= MAX_ALLOC => hint,
        _ => 0,
    };
    let mut b = 0u8;
    while over_load_factor(hint, b) {
        b += 1;
    }
    b
}

/// Marks the path that calls it as unlikely (stable Rust has no `likely` intrinsic).
#[cold]
#[inline(always)]
pub(super) fn cold_path() {}

/// `b`, telling the optimiser that it is usually true. In a lookup a tophash match is usually
/// the key: with that weight LLVM saves the registers that must survive a key comparison's
/// call (`bcmp` for strings) on the match path only; without it, it saved them before every
/// bucket test, which a miss paid for too (1e3 string misses: 76 -> 68 instructions,
/// 3.87 -> 3.10 ns). For keys compared inline (u64) the hint only made misses slower, and so
/// did marking the end of a chain likely.
#[inline(always)]
pub(super) fn likely(b: bool) -> bool {
    if !b {
        cold_path();
    }
    b
}

/// The whole hmap, minus the hasher.
pub(crate) struct RawTable<K, V> {
    pub(crate) count: usize,
    pub(crate) b: u8,
    /// 2^b - 1, kept with `b` so a lookup masks the hash with one load.
    pub(super) mask: usize,
    pub(super) old_b: u8,
    /// `count` at which the next new key is over the load factor: max(8, 6.5 * 2^B).
    pub(super) grow_limit: usize,
    /// `noverflow` that counts as too many overflow buckets: 2^min(B, 15).
    pub(super) overflow_limit: u16,
    pub(super) flags: u8,
    pub(crate) noverflow: u16,
    pub(crate) hash0: u64,
    pub(super) cur: BucketArray<K, V>,
    pub(super) old: BucketArray<K, V>,
    pub(crate) nevacuate: usize,
    pub(super) shrink_target: Option<u8>,
    pub(crate) auto_shrink: bool,
    pub(super) rng: AtomicU64,
    pub(super) mem: Footprint,
    pub(super) writes: u64,
    pub(super) generation: u32,
    pub(crate) observer: Option<Box<dyn Observer + Send + Sync>>,
    pub(super) trace: TraceState,
    pub(super) marker: PhantomData<(K, V)>,
}

pub(super) fn wyrand(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0xa076_1d64_78bd_642f);
    let t = u128::from(*state) * u128::from(*state ^ 0xe703_7ed1_a0b4_28db);
    (t >> 64) as u64 ^ t as u64
}

impl<K, V> RawTable<K, V> {
    /// A table sized for `hint` entries as Go's `makemap` would; B = 0 stays unallocated.
    pub(crate) fn new(hint: usize, seed: u64) -> Self {
        let mut rng = seed;
        let hash0 = wyrand(&mut rng);
        let b = hint_to_b(hint, BucketLayout::<K, V>::BUCKET_BYTES);
        let mut t = RawTable {
            count: 0,
            b,
            mask: bucket_shift(b) - 1,
            old_b: 0,
            grow_limit: grow_limit(b),
            overflow_limit: overflow_limit(b),
            flags: 0,
            noverflow: 0,
            hash0,
            cur: BucketArray::null(),
            old: BucketArray::null(),
            nevacuate: 0,
            shrink_target: None,
            auto_shrink: false,
            rng: AtomicU64::new(rng),
            mem: Footprint::default(),
            writes: 0,
            generation: 0,
            observer: None,
            trace: TraceState::default(),
            marker: PhantomData,
        };
        if b != 0 {
            t.cur = BucketArray::alloc(b, &mut t.mem);
            for s in 0..BucketArray::<K, V>::segment_count(b) {
                // SAFETY: `t.cur` was just allocated and `s < segment_count`.
                unsafe { t.cur.alloc_segment(s, &mut t.mem) };
            }
        }
        t
    }

    pub(crate) fn next_rand(&mut self) -> u64 {
        wyrand(self.rng.get_mut())
    }

    /// A random number through a shared reference (iterator start). Not atomic as a whole:
    /// concurrent iterators may draw the same number, which is harmless.
    pub(crate) fn rand_shared(&self) -> u64 {
        let mut s = self.rng.load(Ordering::Relaxed);
        let r = wyrand(&mut s);
        self.rng.store(s, Ordering::Relaxed);
        r
    }

    #[inline]
    pub(crate) fn growing(&self) -> bool {
        !self.old.is_null()
    }

    pub(crate) fn same_size_grow(&self) -> bool {
        self.flags & FLAG_SAME_SIZE != 0
    }

    pub(crate) fn shrinking(&self) -> bool {
        self.flags & FLAG_SHRINK != 0
    }

    pub(crate) fn kind(&self) -> GrowthKind {
        if self.same_size_grow() {
            GrowthKind::SameSize
        } else if self.shrinking() {
            GrowthKind::Shrink
        } else {
            GrowthKind::Double
        }
    }

    pub(crate) fn allocated(&self) -> bool {
        !self.cur.is_null()
    }

    pub(crate) fn old_buckets(&self) -> usize {
        if self.growing() { 1 << self.old_b } else { 0 }
    }

    pub(crate) fn bytes(&self) -> usize {
        self.mem.bytes
    }

    pub(crate) fn reserved_bytes(&self) -> usize {
        self.mem.reserved_bytes
    }

    #[inline]
    pub(super) fn new_mask(&self) -> usize {
        debug_assert_eq!(self.mask, (1usize << self.b) - 1);
        self.mask
    }

    #[inline]
    pub(super) fn old_mask(&self) -> usize {
        (1usize << self.old_b) - 1
    }

    /// Go's `incrnoverflow`: exact below B = 16, then incremented with probability 1/2^(B-15).
    pub(super) fn incr_noverflow(&mut self) {
        if self.b <= NOVERFLOW_MAX_B {
            self.noverflow = self.noverflow.wrapping_add(1);
        } else {
            let mask = (1u64 << (self.b - NOVERFLOW_MAX_B).min(63)) - 1;
            if self.next_rand() & mask == 0 {
                self.noverflow = self.noverflow.wrapping_add(1);
            }
        }
    }

    /// Go's `newoverflow`: links a fresh overflow bucket after `last`, the tail of the chain of
    /// current bucket `idx`. Takes from a preallocated pool first: the segment's own, else that
    /// of one of the next `POOL_LEND` segments in use, so that spare pool buckets of one
    /// segment serve its neighbours' overflow as Go's array-wide pool does.
    pub(super) fn new_overflow(&mut self, idx: usize, last: BucketPtr<K, V>) -> BucketPtr<K, V> {
        let s = idx >> BucketLayout::<K, V>::SEGMENT_BITS;
        // SAFETY: `cur` is allocated and `idx < 2^B`, so `s < segment_count`.
        let overflow_bucket = match unsafe { self.cur.take_pool_bucket(s) } {
            Some(bucket) => bucket,
            None => alloc_heap_bucket(&mut self.mem),
        };
        self.incr_noverflow();
        // SAFETY: `last` is a live bucket of the current array (the tail of `idx`'s chain) and
        // `overflow_bucket` an empty overflow bucket.
        unsafe { set_overflow(last, overflow_bucket) };
        overflow_bucket
    }

    /// Brings the segment of current bucket `idx` into use if it is not yet.
    #[inline]
    pub(super) fn ensure_segment(&mut self, idx: usize) {
        let s = idx >> BucketLayout::<K, V>::SEGMENT_BITS;
        // SAFETY: `cur` is allocated and `idx < 2^B`, so `s < segment_count`.
        unsafe {
            if !self.cur.has_segment(s) {
                self.cur.alloc_segment(s, &mut self.mem);
            }
        }
    }

    /// Allocates the single bucket of a B = 0 map on its first write (Go's lazy allocation).
    #[cold]
    #[inline(never)]
    pub(super) fn alloc_initial(&mut self) {
        debug_assert!(self.b == 0 && !self.growing());
        self.cur = BucketArray::alloc(0, &mut self.mem);
        // SAFETY: `cur` was just allocated and has one segment.
        unsafe { self.cur.alloc_segment(0, &mut self.mem) };
    }

    // ---- lookups ----------------------------------------------------------------------------

    /// The chain a read of `hash` must search: the old bucket while it is not evacuated.
    ///
    /// # Safety
    /// The table is allocated.
    #[inline]
    pub(super) unsafe fn read_bucket(&self, hash: u64) -> BucketPtr<K, V> {
        if self.growing() {
            // SAFETY: the table is growing (checked just above).
            if let Some(ob) = unsafe { self.unevacuated_old_bucket(hash) } {
                return ob;
            }
        }
        // SAFETY: the table is allocated and the hash is masked to `2^B`; the old bucket(s) feeding
        // this bucket are evacuated, so its segment is in use and the bucket is live.
        unsafe { self.cur.bucket(hash as usize & self.new_mask()) }
    }

    /// During a growth, the old bucket of `hash` if it is not evacuated yet. Out of line: it
    /// runs only while growing, and keeping it out of `find` lets callers inline lookups.
    ///
    /// # Safety
    /// The table is growing.
    #[cold]
    #[inline(never)]
    pub(super) unsafe fn unevacuated_old_bucket(&self, hash: u64) -> Option<BucketPtr<K, V>> {
        let o = hash as usize & self.old_mask();
        if o < self.nevacuate {
            return None;
        }
        // SAFETY: the table is growing, `o < 2^old_b`, and `o >= nevacuate`, so its old segment is
        // still in use: the bucket is live (see BucketPtr).
        let ob = unsafe { self.old.bucket(o) };
        // SAFETY: `ob` is a live bucket (see BucketPtr).
        (!unsafe { evacuated(ob) }).then_some(ob)
    }

    /// Go's `mapaccess`: finds the slot holding a key equal under `eq`.
    ///
    /// `eq_calls_out`: whether `eq` may call out of line (string keys: `bcmp`); see [`likely`].
    #[inline(always)]
    pub(crate) fn find(
        &self,
        hash: u64,
        eq_calls_out: bool,
        mut eq: impl FnMut(&K) -> bool,
    ) -> Option<(BucketPtr<K, V>, usize)> {
        if self.count == 0 {
            return None;
        }
        // SAFETY: `count > 0` implies the table is allocated.
        let b = unsafe { self.read_bucket(hash) };
        prefetch_block(b);
        let probe = &MAIN_PROBE[(hash >> TOP_BYTE_SHIFT) as usize];
        // SAFETY: `b` is a live main bucket (see BucketPtr): its 16-byte control word is
        // initialised.
        let (mut b, mut m) = (b, unsafe { match_main(b.control.cast(), probe) });
        // One loop for the main bucket and its chain, so that a hit leaves through one exit.
        loop {
            // Not a `for` loop: the next candidate is computed only after a failed comparison,
            // which a hit rarely has.
            let mut candidates = m.candidates();
            while candidates.is_nonempty() {
                let i = candidates.lowest();
                // SAFETY: `b` is a live bucket, `i < BUCKET_CNT` is a candidate, and a candidate's
                // tag equals a live tophash, so the cell holds an initialised key.
                let equal = eq(unsafe { &*key_ptr(b, i) });
                let equal = if eq_calls_out { likely(equal) } else { equal };
                if equal {
                    return Some((b, i));
                }
                candidates = candidates.remove_lowest();
            }
            if !m.walk() {
                return None;
            }
            // SAFETY: `b` is a live bucket (see BucketPtr).
            b = unsafe { overflow(b) };
            if b.is_null() {
                return None;
            }
            // SAFETY: `b` is a live bucket of the chain.
            m = match_chain(unsafe { tag_word(b) }, probe.needle());
        }
    }

    // ---- writes -----------------------------------------------------------------------------

    /// The start of Go's `mapassign`/`mapdelete`: allocate lazily, then do growth work for the
    /// bucket about to be used. `hasher` may panic; the table stays consistent.
    #[inline]
    pub(crate) fn prepare_write<H: Fn(&K) -> u64>(&mut self, hash: u64, hasher: &H) {
        if self.cur.is_null() {
            self.alloc_initial();
        }
        if self.growing() {
            self.grow_work(hash, hasher);
        }
    }

    /// Searches the current bucket's chain for a write (after `prepare_write`).
    #[inline]
    pub(crate) fn write_search(
        &mut self,
        hash: u64,
        mut eq: impl FnMut(&K) -> bool,
    ) -> Search<K, V> {
        let idx = hash as usize & self.new_mask();
        // SAFETY: `prepare_write` allocated the table and evacuated the old bucket(s) feeding
        // this one (growWork), so its segment is in use: the bucket is live (see BucketPtr).
        let orig = unsafe { self.cur.bucket(idx) };
        prefetch_block(orig);
        let needle = splat_from_hash(hash);
        let top = Tag::lane(needle, 0);
        let mut b = orig;
        let mut free = None;
        loop {
            // SAFETY: `b` is a live bucket of the chain.
            let t = unsafe { tag_word(b) };
            for i in match_top(t, needle) {
                // SAFETY: the bucket is live (see BucketPtr), `i < BUCKET_CNT`, and its tag is
                // live, so the cell holds an initialised key.
                if eq(unsafe { &*key_ptr(b, i) }) {
                    return Search { top, orig, found: Some((b, i)), free, last: b };
                }
            }
            if free.is_none() {
                let e = match_empty(t);
                if e.is_nonempty() {
                    free = Some((b, e.lowest()));
                }
            }
            // SAFETY: `b` is a live bucket (see BucketPtr).
            let next = unsafe { overflow(b) };
            if match_empty_rest(t).is_nonempty() || next.is_null() {
                return Search { top, orig, found: None, free, last: b };
            }
            b = next;
        }
    }

    /// The end of Go's `mapassign` for a key known to be absent: maybe start a growth (then
    /// redo growth work and find a fresh slot), then store the entry.
    ///
    /// Returns the slot. `hasher` may panic (in the growth work) before anything is stored;
    /// `key` and `value` are then dropped with this frame, and the table stays consistent.
    pub(crate) fn insert_new<H: Fn(&K) -> u64>(
        &mut self,
        hash: u64,
        search: Search<K, V>,
        key: K,
        value: V,
        hasher: &H,
    ) -> (BucketPtr<K, V>, usize) {
        let (mut free, mut last, mut main) = (search.free, search.last, search.orig);
        // Go's `overLoadFactor(count+1, B) || tooManyOverflowBuckets(noverflow, B)`, with the
        // two thresholds precomputed when B changes.
        if !self.growing()
            && (self.count >= self.grow_limit || self.noverflow >= self.overflow_limit)
        {
            self.hash_grow();
            self.grow_work(hash, hasher);
            let s = self.write_search(hash, |_| false);
            (free, last, main) = (s.free, s.last, s.orig);
        }
        let (b, i) = match free {
            Some(slot) => slot,
            None => (self.new_overflow(hash as usize & self.new_mask(), last), 0),
        };
        // SAFETY: (b, i) is an empty slot of the chain of main bucket `main` of the current
        // array, which has a link when `b` is not `main`.
        unsafe {
            key_ptr(b, i).write(key);
            val_ptr(b, i).write(value);
            set_tag(b, i, search.top);
            if b != main {
                add_to_chain_filter(main, search.top);
            }
        }
        self.count += 1;
        (b, i)
    }

    /// Go's `mapdelete` after the search: takes the entry out, marks the cell emptyOne and turns
    /// a trailing run of emptyOne cells into emptyRest, reseeds `hash0` when the map empties.
    ///
    /// # Safety
    /// `(b, i)` is a live slot in the chain that starts at `orig`, a bucket of the current array.
    pub(crate) unsafe fn remove_at(
        &mut self,
        orig: BucketPtr<K, V>,
        b: BucketPtr<K, V>,
        i: usize,
    ) -> (K, V) {
        // SAFETY: `(b, i)` is a live cell of the chain that starts at `orig` (the caller's
        // guarantee): every bucket of that chain is live (see BucketPtr), `i < BUCKET_CNT`, and
        // the cell's key and value are initialised and read out exactly once here.
        unsafe {
            let kv = (key_ptr(b, i).read(), val_ptr(b, i).read());
            set_tag(b, i, Tag::EMPTY_ONE);
            let next_is_rest = if i == BUCKET_CNT - 1 {
                let o = overflow(b);
                o.is_null() || tag_at(o, 0) == Tag::EMPTY_REST
            } else {
                tag_at(b, i + 1) == Tag::EMPTY_REST
            };
            if next_is_rest {
                let (mut b, mut i) = (b, i);
                loop {
                    set_tag(b, i, Tag::EMPTY_REST);
                    if i == 0 {
                        if b == orig {
                            break;
                        }
                        let c = b;
                        b = orig;
                        while overflow(b) != c {
                            b = overflow(b);
                        }
                        i = BUCKET_CNT - 1;
                    } else {
                        i -= 1;
                    }
                    if tag_at(b, i) != Tag::EMPTY_ONE {
                        break;
                    }
                }
            }
            self.count -= 1;
            if self.count == 0 {
                // Go reseeds so attackers cannot keep a colliding key set (golang/go#25237).
                self.hash0 = self.next_rand();
            }
            kv
        }
    }

    /// Takes a live entry out without the emptyRest fix-up (bulk removal: retain, drain).
    ///
    /// # Safety
    /// `(b, i)` is a live slot of this table.
    pub(crate) unsafe fn take_at(&mut self, b: BucketPtr<K, V>, i: usize) -> (K, V) {
        // SAFETY: `(b, i)` is a live cell of this table (the caller's guarantee): `b` is a live
        // bucket (see BucketPtr), `i < BUCKET_CNT`, and its key and value are initialised; they
        // are read out once and the cell is marked empty.
        let kv = unsafe {
            let kv = (key_ptr(b, i).read(), val_ptr(b, i).read());
            set_tag(b, i, Tag::EMPTY_ONE);
            kv
        };
        self.count -= 1;
        if self.count == 0 {
            self.hash0 = self.next_rand();
        }
        kv
    }

    /// Opt-in automatic shrinking, checked after a delete when no growth is running: below a
    /// quarter of the maximum load, shrink to the smallest B that is at most half full.
    #[inline]
    pub(crate) fn maybe_auto_shrink(&mut self) {
        if self.auto_shrink {
            self.auto_shrink_check();
        }
    }

    #[inline(never)]
    pub(super) fn auto_shrink_check(&mut self) {
        if self.growing() || self.b == 0 || self.cur.is_null() {
            return;
        }
        let cap = LOAD_FACTOR_NUM * (bucket_shift(self.b) / LOAD_FACTOR_DEN);
        if self.count > cap / 4 {
            return;
        }
        let target = hint_to_b(self.count.saturating_mul(2), 0);
        if target < self.b {
            self.shrink_target = Some(target);
            self.start_evacuation(self.b - 1, GrowthKind::Shrink);
        }
    }

    /// Explicit shrink: aim for the smallest B that holds the entries within the load factor.
    /// Starts one halving step now (or when the running growth ends); later steps start as
    /// each one finishes. The evacuation itself is incremental, like any growth.
    pub(crate) fn request_shrink(&mut self) {
        let target = hint_to_b(self.count, 0);
        if target >= self.b || self.cur.is_null() {
            return;
        }
        self.shrink_target = Some(target);
        if !self.growing() {
            self.start_evacuation(self.b - 1, GrowthKind::Shrink);
        }
    }

    // ---- bulk operations --------------------------------------------------------------------

    /// Drops every entry, one at a time: each is unlinked before its destructor runs, so a
    /// panicking destructor leaves a consistent (smaller) table.
    pub(super) fn drop_entries(&mut self) {
        if !(mem::needs_drop::<K>() || mem::needs_drop::<V>()) {
            self.count = 0;
            return;
        }
        if self.count == 0 {
            return;
        }
        let it = RawIter::new(self, 0);
        for (b, i) in it {
            // SAFETY: the iterator yields each live cell of this table once, and nothing else
            // touches the table meanwhile.
            let (k, v) = unsafe { self.take_at(b, i) };
            drop(k);
            drop(v);
        }
    }

    /// Go's `mapclear`: removes every entry but keeps B and the current array (zeroed), drops
    /// the old array, resets noverflow and the growth state, and reseeds hash0.
    pub(crate) fn clear(&mut self) {
        if self.count == 0 {
            return;
        }
        self.drop_entries();
        self.reset();
    }

    /// The structural part of `clear`, for a table whose entries are all gone.
    pub(crate) fn reset(&mut self) {
        debug_assert_eq!(self.count, 0);
        let old = mem::replace(&mut self.old, BucketArray::null());
        // SAFETY: `count == 0`, so no entry needs dropping; the old array is detached and nothing
        // references it.
        unsafe { old.free(&mut self.mem) };
        let cur = self.cur;
        if cur.is_null() {
            return;
        }
        for s in 0..BucketArray::<K, V>::segment_count(cur.b) {
            // SAFETY: `cur` is allocated and `s < segment_count`.
            if unsafe { cur.has_segment(s) } {
                // SAFETY: segment `s` is in use and, with `count == 0`, its chains hold no entries.
                unsafe { cur.free_segment_chains(s, &mut self.mem) };
                BucketArray::<K, V>::account_segment(cur.b, false, &mut self.mem);
            }
            // Zeroed control words make every bucket empty again; the pool starts afresh.
            // SAFETY: `cur` is allocated and `s < segment_count`.
            unsafe { cur.alloc_segment(s, &mut self.mem) };
        }
        self.flags = 0;
        self.nevacuate = 0;
        self.noverflow = 0;
        self.count = 0;
        self.shrink_target = None;
        self.hash0 = self.next_rand();
    }

    pub(super) fn free_all(&mut self) {
        let old = mem::replace(&mut self.old, BucketArray::null());
        let cur = mem::replace(&mut self.cur, BucketArray::null());
        // SAFETY: both arrays are detached and hold no entries needing a drop.
        unsafe {
            old.free(&mut self.mem);
            cur.free(&mut self.mem);
        }
    }

    // ---- clone ------------------------------------------------------------------------------

    /// A structural copy: same B, same growth state, same chains, cloned entries.
    pub(crate) fn clone_table(&self) -> Self
    where
        K: Clone,
        V: Clone,
    {
        // If an entry's clone panics, `t` is dropped holding only fully cloned (and counted)
        // entries: its destructor walks every chain, so the partial structure is enough.
        let mut t = RawTable {
            count: 0,
            b: self.b,
            mask: self.mask,
            old_b: self.old_b,
            grow_limit: self.grow_limit,
            overflow_limit: self.overflow_limit,
            flags: self.flags,
            noverflow: self.noverflow,
            hash0: self.hash0,
            cur: BucketArray::null(),
            old: BucketArray::null(),
            nevacuate: self.nevacuate,
            shrink_target: self.shrink_target,
            auto_shrink: self.auto_shrink,
            rng: AtomicU64::new(self.rand_shared()),
            mem: Footprint::default(),
            writes: self.writes,
            generation: self.generation,
            observer: None,
            trace: TraceState::default(),
            marker: PhantomData,
        };
        if !self.cur.is_null() {
            t.cur = BucketArray::alloc(self.cur.b, &mut t.mem);
            t.clone_array(self.cur, true);
        }
        if self.growing() {
            t.old = BucketArray::alloc(self.old.b, &mut t.mem);
            t.clone_array(self.old, false);
        }
        debug_assert_eq!(t.count, self.count);
        t
    }

    pub(super) fn clone_array(&mut self, src: BucketArray<K, V>, is_cur: bool)
    where
        K: Clone,
        V: Clone,
    {
        let dst = if is_cur { self.cur } else { self.old };
        // All segments first: a chain may link pool buckets of the next segments.
        for s in 0..BucketArray::<K, V>::segment_count(src.b) {
            // SAFETY: `src` is allocated and `s < segment_count` (`dst` has the same B).
            if unsafe { src.has_segment(s) } {
                // SAFETY: `dst` is allocated with `src`'s B, so `s < segment_count`.
                unsafe { dst.alloc_segment(s, &mut self.mem) };
                // SAFETY: both arrays are allocated with the same B and `s < segment_count`.
                // The pool counter (and so whether the segment lends) is copied so that pool
                // buckets map 1:1.
                unsafe {
                    dst.segment_entry(s).write(src.segment_entry(s).read());
                    dst.refresh_lendable(s);
                }
            }
        }
        for s in 0..BucketArray::<K, V>::segment_count(src.b) {
            // SAFETY: `src` is allocated and `s < segment_count`.
            if !unsafe { src.has_segment(s) } {
                continue;
            }
            let g = BucketArray::<K, V>::geometry(src.b);
            for m in 0..g.buckets_per_segment {
                let idx = (s << BucketLayout::<K, V>::SEGMENT_BITS) + m;
                // SAFETY: `idx` is a main bucket of segment `s`, in use in both arrays: both
                // buckets are live (see BucketPtr).
                let (mut sb, mut db) = unsafe { (src.bucket(idx), dst.bucket(idx)) };
                loop {
                    for i in 0..BUCKET_CNT {
                        // SAFETY: `sb` and `db` are live buckets (see BucketPtr) and
                        // `i < BUCKET_CNT`; a live tag in `sb` means an initialised key and
                        // value, and `db`'s key/value are written before its tag marks them live.
                        unsafe {
                            let top = tag_at(sb, i);
                            if top.is_live() {
                                let k = (*key_ptr(sb, i)).clone();
                                let v = (*val_ptr(sb, i)).clone();
                                key_ptr(db, i).write(k);
                                val_ptr(db, i).write(v);
                                // Counted as it lands, so a later panic drops it.
                                self.count += 1;
                            }
                            set_tag(db, i, top);
                        }
                    }
                    // SAFETY: `sb` is a live bucket of `src`'s chain (see BucketPtr).
                    let so = unsafe { overflow(sb) };
                    if so.is_null() {
                        break;
                    }
                    // SAFETY: `src` is allocated and `s < segment_count`.
                    let dob = if let Some((t, k)) = unsafe { src.pool_slot(s, so) } {
                        // SAFETY: `t` is a segment of `src`'s pool (so `t < segment_count`) and
                        // `k < pool_per_segment`; `dst` has the same geometry.
                        let b = unsafe { dst.pool_bucket(t, k) };
                        // SAFETY: `b` is a pool bucket of `dst`, inside its pool region and
                        // writable; no chain links it yet.
                        unsafe { zero_control_word(b) };
                        b
                    } else {
                        alloc_heap_bucket(&mut self.mem)
                    };
                    // SAFETY: `db` is a live bucket of `dst` and `dob` an empty overflow bucket.
                    unsafe { set_overflow(db, dob) };
                    sb = so;
                    db = dob;
                }
                // SAFETY: main buckets `idx` of both arrays are live, and their chains now match
                // (so `dst`'s link is null exactly when `src`'s is).
                unsafe { copy_chain_filter(src.bucket(idx), dst.bucket(idx)) };
            }
        }
    }
}

impl<K, V> Drop for RawTable<K, V> {
    fn drop(&mut self) {
        struct Guard<'a, K, V>(&'a mut RawTable<K, V>);
        impl<K, V> Drop for Guard<'_, K, V> {
            fn drop(&mut self) {
                // Also runs when an entry's destructor panicked: drop the rest (a second panic
                // aborts, as for Vec), then free the memory.
                self.0.drop_entries();
                self.0.free_all();
            }
        }
        let g = Guard(self);
        g.0.drop_entries();
    }
}

/// The result of a write's search of the current bucket chain.
pub(crate) struct Search<K, V> {
    pub(super) top: Tag,
    pub(crate) orig: BucketPtr<K, V>,
    pub(crate) found: Option<(BucketPtr<K, V>, usize)>,
    pub(super) free: Option<(BucketPtr<K, V>, usize)>,
    pub(super) last: BucketPtr<K, V>,
}
