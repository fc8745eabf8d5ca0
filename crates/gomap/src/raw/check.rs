//! `check_invariants`: every structural invariant of the table, checked (a `#[doc(hidden)]`
//! test hook of `GoMap`). Go has no counterpart; the rules are runtime/map.go's (Go 1.19)
//! plus this crate's segments, lending bitmap and chain filter.

use super::array::BucketArray;
use super::bucket::{
    BUCKET_CNT, BucketLayout, BucketPtr, LINK_FILTER, evacuated, filter_bit, key_ptr, link_filter,
    link_target, overflow, tag_at,
};
use super::table::RawTable;
use super::tag::Tag;
use crate::observe::GrowthKind;

impl<K, V> RawTable<K, V> {
    /// Checks every structural invariant; panics with a description on the first violation.
    pub(crate) fn check_invariants(&self, hasher: &dyn Fn(&K) -> u64) {
        let mut live = 0usize;
        if self.cur.is_null() {
            assert_eq!(self.count, 0, "unallocated table with entries");
            assert!(!self.growing());
            return;
        }
        assert_eq!(self.cur.b, self.b);
        for arr in [self.cur, self.old].into_iter().filter(|a| !a.is_null()) {
            for s in 0..BucketArray::<K, V>::segment_count(arr.b) {
                // SAFETY: s < segment_count of an allocated array.
                let (bit, lends) = unsafe { (arr.is_lendable(s), arr.segment_lends(s)) };
                assert_eq!(bit, lends, "lendable bit of segment {s} is stale");
            }
        }
        let nold = self.old_buckets();
        if self.growing() {
            assert!(self.nevacuate < nold, "growth not finished at nevacuate == noldbuckets");
            match self.kind() {
                GrowthKind::Double => assert_eq!(self.b, self.old_b + 1),
                GrowthKind::SameSize => assert_eq!(self.b, self.old_b),
                GrowthKind::Shrink => assert_eq!(self.b + 1, self.old_b),
            }
            for j in self.nevacuate..nold {
                // SAFETY: `j >= nevacuate`, so the old segment of `j` is still in use: the bucket
                // is live (see BucketPtr).
                let ob = unsafe { self.old.bucket(j) };
                // SAFETY: the bucket is live (see BucketPtr): its segment is in use.
                if unsafe { evacuated(ob) } {
                    continue;
                }
                // SAFETY: the bucket is live (see BucketPtr): its segment is in use.
                live += unsafe { self.check_chain(ob, hasher, j, self.old_mask()) };
            }
        }
        for idx in 0..(1usize << self.b) {
            // SAFETY: the current array is allocated and `idx < 2^b`.
            if !unsafe { self.cur.has_segment(idx >> BucketLayout::<K, V>::SEGMENT_BITS) } {
                assert!(self.growing(), "missing segment outside growth");
                continue;
            }
            // SAFETY: the segment is in use (checked above), so the bucket is live (see BucketPtr).
            let b = unsafe { self.cur.bucket(idx) };
            // SAFETY: the bucket is live (see BucketPtr): its segment is in use.
            let n = unsafe { self.check_chain(b, hasher, idx, self.new_mask()) };
            if n > 0 && self.growing() {
                // A new bucket only fills after the old bucket(s) feeding it are evacuated.
                let src = idx & self.old_mask();
                // SAFETY: evaluated only when `src >= nevacuate`, when its old segment is still in
                // use: the bucket is live (see BucketPtr).
                let done = src < self.nevacuate || unsafe { evacuated(self.old.bucket(src)) };
                assert!(
                    done || self.shrinking(),
                    "new bucket {idx} filled before its source {src}"
                );
            }
            live += n;
        }
        assert_eq!(live, self.count, "count does not match live cells");
    }

    /// # Safety
    /// `b` is the first bucket of a live chain.
    unsafe fn check_chain(
        &self,
        mut b: BucketPtr<K, V>,
        hasher: &dyn Fn(&K) -> u64,
        idx: usize,
        mask: usize,
    ) -> usize {
        let mut n = 0;
        let mut rest = false;
        // SAFETY: `b` heads a chain of this table: a live bucket (see BucketPtr).
        let link = unsafe { (*b.control).overflow };
        let (main, filter) = (b, link_filter(link));
        if link_target(link).is_null() {
            assert!(!LINK_FILTER || filter == 0, "chain filter without a chain");
        }
        while !b.is_null() {
            for i in 0..BUCKET_CNT {
                // SAFETY: `b` is a live bucket of the chain (see BucketPtr) and `i < BUCKET_CNT`.
                let top = unsafe { tag_at(b, i) };
                if rest {
                    assert_eq!(top, Tag::EMPTY_REST, "cell after emptyRest is not emptyRest");
                }
                if top == Tag::EMPTY_REST {
                    rest = true;
                }
                assert!(!top.is_evacuated(), "evacuation marker in a live chain");
                if top.is_live() {
                    // SAFETY: the bucket is live (see BucketPtr), `i < BUCKET_CNT`, and its tag is
                    // live, so the cell holds an initialised key.
                    let h = hasher(unsafe { &*key_ptr(b, i) });
                    assert_eq!(h as usize & mask, idx, "entry in the wrong bucket");
                    assert_eq!(Tag::from_hash(h), top, "wrong tophash");
                    assert!(
                        b == main || filter & filter_bit(top) != 0,
                        "overflow entry missing from its chain filter"
                    );
                    n += 1;
                }
            }
            // SAFETY: `b` is a live bucket of the chain (see BucketPtr).
            b = unsafe { overflow(b) };
        }
        n
    }
}
