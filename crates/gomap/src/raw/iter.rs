//! The raw walk over every live cell, after `mapiterinit`/`mapiternext` in runtime/map.go of
//! Go 1.19: from a random bucket and in-bucket offset, the current array, then the old buckets
//! not yet evacuated. The borrow of the map keeps it from changing meanwhile, so none of Go's
//! checks for a growth during iteration is needed.

use super::array::BucketArray;
use super::bucket::{BUCKET_CNT, BucketLayout, BucketPtr, evacuated, overflow, tag_word};
use super::table::RawTable;
use crate::group::{SlotMask, match_full};

/// Walks every live cell once: first the current array from a random bucket and in-bucket
/// offset (as Go's `mapiterinit`), then the old buckets that are not evacuated yet.
pub(crate) struct RawIter<K, V> {
    cur: BucketArray<K, V>,
    old: BucketArray<K, V>,
    nevacuate: usize,
    phase: u8,
    start: usize,
    offset: u32,
    pos: usize,
    b: BucketPtr<K, V>,
    mask: SlotMask,
    remaining: usize,
}

impl<K, V> Clone for RawIter<K, V> {
    fn clone(&self) -> Self {
        RawIter { ..*self }
    }
}

impl<K, V> RawIter<K, V> {
    /// `r` is Go's random number `r`: start bucket `r & (2^B-1)`, offset `(r >> B) & 7`.
    pub(crate) fn new(t: &RawTable<K, V>, r: u64) -> Self {
        let b = t.b;
        RawIter {
            cur: t.cur,
            old: t.old,
            nevacuate: t.nevacuate,
            phase: if t.cur.is_null() { 2 } else { 0 },
            start: r as usize & ((1usize << b) - 1),
            offset: ((r >> b) & (BUCKET_CNT as u64 - 1)) as u32,
            pos: 0,
            b: BucketPtr::null(),
            mask: SlotMask(0),
            remaining: t.count,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.remaining
    }

    /// The next main bucket of the walk, or null when both phases are done.
    fn next_main(&mut self) -> BucketPtr<K, V> {
        loop {
            match self.phase {
                0 => {
                    let n = 1usize << self.cur.b;
                    while self.pos < n {
                        let idx = (self.start + self.pos) & (n - 1);
                        // SAFETY: the array is allocated (phase 0) and `idx < 2^b`.
                        if !unsafe {
                            self.cur.has_segment(idx >> BucketLayout::<K, V>::SEGMENT_BITS)
                        } {
                            let per = BucketArray::<K, V>::buckets_per_segment(self.cur.b);
                            self.pos += per - (idx & (per - 1));
                            continue;
                        }
                        self.pos += 1;
                        // SAFETY: the segment is in use (checked above), so the bucket is live (see
                        // BucketPtr).
                        return unsafe { self.cur.bucket(idx) };
                    }
                    self.phase = if self.old.is_null() { 2 } else { 1 };
                    self.pos = 0;
                }
                1 => {
                    let n = 1usize << self.old.b;
                    while self.pos < n {
                        let j = (self.start + self.pos) & (n - 1);
                        self.pos += 1;
                        if j < self.nevacuate {
                            continue;
                        }
                        // SAFETY: j < 2^old_b. (The segment is allocated in a live table; it can
                        // be missing only in a partial clone being dropped after a panic.)
                        if unsafe { !self.old.has_segment(j >> BucketLayout::<K, V>::SEGMENT_BITS) }
                        {
                            continue;
                        }
                        // SAFETY: the segment is in use (checked above), so the bucket is live (see
                        // BucketPtr).
                        let ob = unsafe { self.old.bucket(j) };
                        // SAFETY: `ob` is a live bucket (see BucketPtr): its segment is in use.
                        if !unsafe { evacuated(ob) } {
                            return ob;
                        }
                    }
                    self.phase = 2;
                }
                _ => return BucketPtr::null(),
            }
        }
    }
}

impl<K, V> Iterator for RawIter<K, V> {
    type Item = (BucketPtr<K, V>, usize);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.remaining == 0 {
                return None;
            }
            if self.mask.is_nonempty() {
                let p = self.mask.lowest();
                self.mask = self.mask.remove_lowest();
                self.remaining -= 1;
                return Some((self.b, (p + self.offset as usize) & (BUCKET_CNT - 1)));
            }
            if !self.b.is_null() {
                // SAFETY: `b` is a live bucket (see BucketPtr).
                self.b = unsafe { overflow(self.b) };
            }
            if self.b.is_null() {
                self.b = self.next_main();
                if self.b.is_null() {
                    // Only reachable if `remaining` disagrees with the table; stop safely.
                    self.remaining = 0;
                    return None;
                }
            }
            // SAFETY: `b` is a live bucket (see BucketPtr).
            self.mask = match_full(unsafe { tag_word(self.b) }).rotate(self.offset);
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}
