//! A copy of every bucket's tophash bytes, for tools that draw the table (`mapscope sim`): what
//! Go's runtime would show under a debugger, read without touching a key or a value.

use super::array::BucketArray;
use super::bucket::{BUCKET_CNT, BucketLayout, overflow, tag_at};
use super::table::RawTable;

/// The tophash bytes of one bucket array: for each bucket, its chain (main bucket first, then
/// its overflow buckets), or `None` while its segment is not in use (a bucket of a new array
/// that evacuation has not written yet, or of an old array that `nevacuate` has passed).
pub(crate) type ArrayTags = Vec<Option<Vec<[u8; BUCKET_CNT]>>>;

/// An allocated array's `B` and tags.
pub(crate) type SizedTags = Option<(u8, ArrayTags)>;

fn array_tags<K, V>(array: BucketArray<K, V>) -> SizedTags {
    if array.is_null() {
        return None;
    }
    let buckets = (0..1usize << array.b)
        .map(|idx| {
            // SAFETY: the array is allocated (checked above) and `idx < 2^b`.
            if !unsafe { array.has_segment(idx >> BucketLayout::<K, V>::SEGMENT_BITS) } {
                return None;
            }
            // SAFETY: the segment is in use (checked above), so the bucket is live (see BucketPtr).
            let mut bucket = unsafe { array.bucket(idx) };
            let mut chain = Vec::new();
            while !bucket.is_null() {
                let mut tags = [0u8; BUCKET_CNT];
                for (i, tag) in tags.iter_mut().enumerate() {
                    // SAFETY: `bucket` is a live bucket (see BucketPtr) and `i < BUCKET_CNT`.
                    *tag = unsafe { tag_at(bucket, i) }.byte();
                }
                chain.push(tags);
                // SAFETY: `bucket` is a live bucket (see BucketPtr).
                bucket = unsafe { overflow(bucket) };
            }
            Some(chain)
        })
        .collect();
    Some((array.b, buckets))
}

impl<K, V> RawTable<K, V> {
    /// The current array's tags and, during a growth, the old array's, each with its `B`.
    pub(crate) fn tags(&self) -> (SizedTags, SizedTags) {
        (array_tags(self.cur), array_tags(self.old))
    }
}
