//! Growth and incremental evacuation, after runtime/map.go of Go 1.19: `hashGrow`, `growWork`,
//! `evacuate` (X/Y split by hash bit), `advanceEvacuationMark` (skip at most
//! [`EVAC_SCAN_LIMIT`]), plus the shrink steps Go does not have.
//!
//! It differs from Go in three ways. `evacuate` hashes every key of a chain before it moves
//! anything, so a panicking `Hash` leaves the bucket untouched and the map usable. A write
//! prefetches the old bucket it is about to evacuate (its whole key/value block) and both
//! destination buckets before it reads that bucket's control word, so an evacuation's cache
//! misses overlap instead of following one another. And an old segment goes back (its entry
//! freed, its reserved pages released) as soon as `nevacuate` passes its last bucket: Rust's
//! borrows forbid writes while an iterator lives, so none of Go's `oldIterator` bookkeeping is
//! needed.

use core::mem;
use core::ptr;

use super::array::BucketArray;
use super::bucket::{
    BUCKET_CNT, BucketLayout, BucketPtr, add_to_chain_filter, evacuated, key_ptr, overflow,
    prefetch_destination, prefetch_whole_block, set_tag, set_tag_word, tag_word, val_ptr,
};
use super::table::{
    FLAG_SAME_SIZE, FLAG_SHRINK, RawTable, bucket_shift, grow_limit, over_load_factor,
    overflow_limit,
};
use super::tag::Tag;
use crate::group::{SlotMask, match_empty, match_full};
use crate::observe::{BucketEvacuated, GrowthFinished, GrowthKind, GrowthStarted, trace_enabled};

/// `advanceEvacuationMark` looks at most this many already-evacuated buckets ahead.
pub(super) const EVAC_SCAN_LIMIT: usize = 1024;

/// Where the next evacuated entry goes (Go's `evacDst`): bucket `b`, cell `i`, of the chain
/// of current bucket `idx`.
pub(super) struct EvacDst<K, V> {
    b: BucketPtr<K, V>,
    i: usize,
    idx: usize,
}

impl<K, V> RawTable<K, V> {
    /// Go's `hashGrow`: double when over the load factor, else a same-size growth.
    pub(super) fn hash_grow(&mut self) {
        if over_load_factor(self.count + 1, self.b) {
            self.start_evacuation(self.b + 1, GrowthKind::Double);
        } else {
            self.start_evacuation(self.b, GrowthKind::SameSize);
        }
    }

    /// Installs a new, empty array of 2^new_b buckets and makes the current one old. Only the
    /// new segment entries are allocated and the address space reserved here; segments come
    /// into use when evacuation first writes them.
    pub(super) fn start_evacuation(&mut self, new_b: u8, kind: GrowthKind) {
        debug_assert!(!self.growing() && !self.cur.is_null());
        let new = BucketArray::alloc(new_b, &mut self.mem);
        self.old = mem::replace(&mut self.cur, new);
        self.old_b = self.b;
        self.b = new_b;
        self.mask = bucket_shift(new_b) - 1;
        self.grow_limit = grow_limit(new_b);
        self.overflow_limit = overflow_limit(new_b);
        self.nevacuate = 0;
        self.noverflow = 0;
        self.writes = 0;
        self.generation = self.generation.wrapping_add(1);
        self.flags = match kind {
            GrowthKind::Double => 0,
            GrowthKind::SameSize => FLAG_SAME_SIZE,
            GrowthKind::Shrink => FLAG_SHRINK,
        };
        if trace_enabled() {
            self.trace.start();
        }
        if let Some(obs) = &mut self.observer {
            obs.growth_started(&GrowthStarted {
                old_b: self.old_b,
                new_b,
                same_size: kind == GrowthKind::SameSize,
                kind,
                count: self.count,
            });
        }
    }

    /// Go's `growWork`: evacuate the old bucket behind the one about to be used, then one more.
    #[inline(never)]
    pub(super) fn grow_work<H: Fn(&K) -> u64>(&mut self, hash: u64, hasher: &H) {
        self.writes += 1;
        let mut generation = self.generation;
        self.prefetch_evacuation(hash as usize & self.old_mask());
        self.evacuate(hash as usize & self.old_mask(), hasher);
        if self.growing() {
            self.evacuate(self.nevacuate, hasher);
        }
        // Finishing a growth may start the next step of a pending shrink (not in Go). The bucket
        // about to be used then lives in the new array: evacuate its source too. Each round
        // either does that or finishes a (tiny) step, so this runs at most once per level.
        while self.growing() && self.generation != generation {
            generation = self.generation;
            self.evacuate(hash as usize & self.old_mask(), hasher);
        }
    }

    /// Starts loading what evacuating old bucket `j` reads and writes (its key/value block and
    /// its destination buckets), so that those cache misses overlap the one on its control word
    /// instead of following it one by one.
    #[inline(always)]
    pub(super) fn prefetch_evacuation(&self, j: usize) {
        if j < self.nevacuate {
            return;
        }
        // SAFETY: j < 2^old_b and the indices below are < 2^b: the addresses are in bounds of
        // their arrays, and prefetching them neither faults nor has a visible effect.
        unsafe {
            prefetch_whole_block(self.old.bucket(j));
            let (xi, yi) = self.evacuation_dsts(j);
            prefetch_destination(self.cur.bucket(xi));
            if self.kind() == GrowthKind::Double {
                prefetch_destination(self.cur.bucket(yi));
            }
        }
    }

    /// Old bucket `j`'s destinations in the current array: X, its own index (its image in the
    /// smaller array when shrinking), and Y, `j + 2^old_b`, which only a doubling uses.
    #[inline(always)]
    pub(super) fn evacuation_dsts(&self, j: usize) -> (usize, usize) {
        (j & self.new_mask(), j + (1usize << self.old_b))
    }

    /// Evacuates old bucket `nevacuate` (explicit growth work without a write). Returns whether
    /// an evacuation is still running afterwards.
    pub(crate) fn step<H: Fn(&K) -> u64>(&mut self, hasher: &H) -> bool {
        if self.growing() {
            self.writes += 1;
            self.evacuate(self.nevacuate, hasher);
        }
        self.growing()
    }

    pub(super) fn evacuate<H: Fn(&K) -> u64>(&mut self, j: usize, hasher: &H) {
        if j < self.nevacuate {
            // Already evacuated; its segment may be gone.
            return;
        }
        // SAFETY: `j < 2^old_b` and `j >= nevacuate`, so its old segment is still in use: the
        // bucket is live (see BucketPtr).
        let ob = unsafe { self.old.bucket(j) };
        // SAFETY: `ob` is a live bucket (see BucketPtr).
        if !unsafe { evacuated(ob) } {
            self.evacuate_chain(j, ob, hasher);
        }
        if j == self.nevacuate {
            self.advance_evacuation_mark();
        }
    }

    /// Go's `evacuate` for a bucket that is not yet evacuated.
    pub(super) fn evacuate_chain<H: Fn(&K) -> u64>(
        &mut self,
        j: usize,
        ob: BucketPtr<K, V>,
        hasher: &H,
    ) {
        let kind = self.kind();

        // Pass 1 (doubling only): the X/Y decision for every live entry. This is the only user
        // code in an evacuation; if it panics nothing has moved yet.
        let mut ybits = YBits::new();
        if kind == GrowthKind::Double {
            let mut bk = ob;
            while !bk.is_null() {
                let mut bits = 0u8;
                // SAFETY: `bk` is a live bucket of the old chain.
                for i in match_full(unsafe { tag_word(bk) }) {
                    // SAFETY: the bucket is live (see BucketPtr), `i < BUCKET_CNT`, and its tag is
                    // live, so the cell holds an initialised key.
                    let h = hasher(unsafe { &*key_ptr(bk, i) });
                    // Branch-free: the X/Y choice is a coin flip the predictor cannot learn.
                    bits |= (((h >> self.old_b) & 1) as u8) << i;
                }
                ybits.push(bits);
                // SAFETY: `bk` is a live bucket (see BucketPtr).
                bk = unsafe { overflow(bk) };
            }
        }

        // Pass 2: move. No user code runs from here on.
        let (xi, yi) = self.evacuation_dsts(j);
        self.ensure_segment(xi);
        if kind == GrowthKind::Double {
            self.ensure_segment(yi);
        }
        // SAFETY: `xi` and `yi` are < 2^B and their segments were just brought into use.
        let x = EvacDst { b: unsafe { self.cur.bucket(xi) }, i: 0, idx: xi };
        let mut y = EvacDst { b: BucketPtr::null(), i: 0, idx: yi };
        if kind == GrowthKind::Double {
            // SAFETY: `yi < 2^B` and its segment was just brought into use.
            y.b = unsafe { self.cur.bucket(yi) };
        }
        // Go's `xy [2]evacDst`, indexed by the Y bit (no branch on a coin flip).
        let mut xy = [x, y];
        // Growing (double or same-size) fills new buckets that nothing has written yet, so
        // slots are taken in order; a shrink merges into buckets that may hold entries.
        let fresh = kind != GrowthKind::Shrink;
        let mut moved = [0usize; 2];
        let mut bk = ob;
        let mut c = 0;
        while !bk.is_null() {
            let bits = ybits.get(c);
            // SAFETY: `bk` is a live bucket (see BucketPtr).
            let t = unsafe { tag_word(bk) };
            debug_assert!(match_full(t).0 | match_empty(t).0 == SlotMask::ALL.0, "bad map state");
            // The bucket's new tophash word: evacuatedEmpty, or evacuatedX/Y where an entry left.
            let mut marks = Tag::EVACUATED_EMPTY.splat();
            for i in match_full(t) {
                let use_y = usize::from((bits >> i) & 1);
                let dst = &mut xy[use_y];
                let (db, di) = if fresh {
                    if dst.i == BUCKET_CNT {
                        dst.b = self.new_overflow(dst.idx, dst.b);
                        dst.i = 0;
                    }
                    (dst.b, dst.i)
                } else {
                    self.dst_slot(dst)
                };
                let top = Tag::lane(t, i);
                // SAFETY: (bk, i) is live, (db, di) is a free slot of the new array; the entry is
                // moved bitwise and the old cell is marked below, so it is never read or dropped
                // again.
                unsafe {
                    set_tag(db, di, top);
                    ptr::copy_nonoverlapping(key_ptr(bk, i), key_ptr(db, di), 1);
                    ptr::copy_nonoverlapping(val_ptr(bk, i), val_ptr(db, di), 1);
                    // `db` past main bucket `idx` means that bucket has a link; its chain filter
                    // records the entry.
                    let main = self.cur.bucket(dst.idx);
                    if db != main {
                        add_to_chain_filter(main, top);
                    }
                }
                marks ^=
                    u64::from(Tag::evacuated_to(use_y as u8).byte() ^ Tag::EVACUATED_EMPTY.byte())
                        << (8 * i);
                dst.i = di + 1;
                moved[use_y] += 1;
            }
            // SAFETY: `bk` is a live bucket (see BucketPtr).
            unsafe { set_tag_word(bk, marks) };
            // SAFETY: `bk` is a live bucket (see BucketPtr).
            bk = unsafe { overflow(bk) };
            c += 1;
        }
        let [nx, ny] = moved;

        // Release the old chain's heap overflow buckets now; pool buckets go with the segment.
        let s = j >> BucketLayout::<K, V>::SEGMENT_BITS;
        // SAFETY: old segment `s` is in use (`j >= nevacuate`) and `ob` is its live main bucket
        // `j`; every entry of the chain was moved out above and its cells marked evacuated, so
        // nothing drops or reads them again (an evacuated bucket is read only for its first
        // tophash byte).
        unsafe { self.old.cut_chain(s, ob, &mut self.mem) };

        if let Some(obs) = &mut self.observer {
            obs.bucket_evacuated(&BucketEvacuated { index: j, to_x: nx, to_y: ny });
        }
    }

    /// The next free cell at or after the destination cursor, extending the chain if needed.
    pub(super) fn dst_slot(&mut self, d: &mut EvacDst<K, V>) -> (BucketPtr<K, V>, usize) {
        loop {
            if d.i < BUCKET_CNT {
                // SAFETY: `d.b` is a live bucket of the new array.
                let free = match_empty(unsafe { tag_word(d.b) }).at_or_after(d.i);
                if free.is_nonempty() {
                    d.i = free.lowest();
                    return (d.b, d.i);
                }
            }
            // SAFETY: `d.b` is a live bucket of the new array (see BucketPtr).
            let next = unsafe { overflow(d.b) };
            d.b = if next.is_null() { self.new_overflow(d.idx, d.b) } else { next };
            d.i = 0;
        }
    }

    /// Go's `advanceEvacuationMark`, plus releasing each old segment once passed.
    pub(super) fn advance_evacuation_mark(&mut self) {
        let nold = 1usize << self.old_b;
        self.nevacuate += 1;
        self.release_passed_segment();
        let stop = (self.nevacuate + EVAC_SCAN_LIMIT).min(nold);
        // SAFETY: `nevacuate < nold` while the loop runs, and old buckets at or after `nevacuate`
        // are in segments still in use: the bucket is live (see BucketPtr).
        while self.nevacuate != stop && unsafe { evacuated(self.old.bucket(self.nevacuate)) } {
            self.nevacuate += 1;
            self.release_passed_segment();
        }
        if self.nevacuate == nold {
            self.finish_evacuation();
        }
    }

    pub(super) fn release_passed_segment(&mut self) {
        let per = BucketArray::<K, V>::buckets_per_segment(self.old_b);
        if self.nevacuate % per == 0 {
            let s = (self.nevacuate - 1) >> BucketLayout::<K, V>::SEGMENT_BITS;
            // SAFETY: every bucket of segment `s` is below nevacuate, hence evacuated, and the
            // evacuated buckets own nothing (their heap overflow buckets are already freed);
            // nothing reads an old bucket below nevacuate again.
            unsafe {
                self.old.free_segment(s, &mut self.mem);
                self.old.release_segment_pages(s);
            }
        }
    }

    pub(super) fn finish_evacuation(&mut self) {
        // SAFETY: the old array is allocated, every old segment was freed as `nevacuate` passed it,
        // and nothing references the old array any more.
        unsafe { self.old.dealloc(&mut self.mem) };
        self.old = BucketArray::null();
        let kind = self.kind();
        self.flags = 0;
        let ev = GrowthFinished {
            old_b: self.old_b,
            b: self.b,
            kind,
            count: self.count,
            writes: self.writes,
        };
        if trace_enabled() {
            self.trace.finish(&ev, self.noverflow);
        }
        if let Some(obs) = &mut self.observer {
            obs.growth_finished(&ev);
        }
        match self.shrink_target {
            Some(t) if t < self.b && !over_load_factor(self.count, self.b - 1) => {
                self.start_evacuation(self.b - 1, GrowthKind::Shrink);
            }
            _ => self.shrink_target = None,
        }
    }
}

/// Chains up to this many buckets keep their Y bits inline.
pub(super) const INLINE_CHAIN_LEN: usize = 32;

/// Per-bucket Y bits of one chain; chains are short, so usually no heap allocation.
pub(super) struct YBits {
    inline: [u8; INLINE_CHAIN_LEN],
    len: usize,
    spill: Vec<u8>,
}

impl YBits {
    pub(super) fn new() -> Self {
        YBits { inline: [0; INLINE_CHAIN_LEN], len: 0, spill: Vec::new() }
    }

    pub(super) fn push(&mut self, bits: u8) {
        if self.len < self.inline.len() {
            self.inline[self.len] = bits;
        } else {
            self.spill.push(bits);
        }
        self.len += 1;
    }

    pub(super) fn get(&self, c: usize) -> u8 {
        if c >= self.len {
            0
        } else if c < self.inline.len() {
            self.inline[c]
        } else {
            self.spill[c - self.inline.len()]
        }
    }
}
