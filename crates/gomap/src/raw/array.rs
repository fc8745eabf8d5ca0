//! Bucket arrays: a flat array of 2^B buckets kept by segment, its segment directory and
//! lending bitmap, where its memory comes from (one global-allocator block or an OS
//! reservation) and the overflow buckets it hands out (pool or heap). Go's counterpart is
//! `makeBucketArray` and `newoverflow`'s pool in runtime/map.go of Go 1.19, which allocate and
//! zero a whole array at once; here no single operation touches more than a segment.
//!
//! A bucket array is three regions indexed by bucket number: the main buckets' 16-byte control
//! words, their key/value blocks, and the preallocated overflow pool (2^(B-4) per 2^B buckets
//! as in Go; the segments of a multi-segment array keep 15 of every 16, which pays for their
//! bookkeeping). Bucket `i` is control word `controls + i` and block `kv + i * KV_SIZE`, with
//! nothing in between, so a lookup does no directory walk.
//!
//! Segments (at most [`SEGMENT_MAX_BYTES`] of main buckets) are the unit of bookkeeping. A
//! 2-byte [`SegmentEntry`] per segment says whether its buckets are in use and how much of its
//! pool share is handed out. A segment whose pool is dry borrows from the next [`POOL_LEND`]
//! segments' pools (which are freed after it) before an overflow bucket goes to the heap;
//! beside the entries, a bit per segment says whether it still has pool buckets to lend, so
//! finding a lender is a word scan (`check_invariants` checks every bit against its entry).
//!
//! An array of at most [`BLOCK_MAX`] is one global-allocator block, written only as its
//! segments come into use, so that maps built one after another reuse the allocator's warm
//! memory. A larger one is an OS reservation (`crate::vm`: one `mmap` whatever its size) whose
//! pages the kernel commits as evacuation first writes them; a passed old segment's whole pages
//! go back with `madvise(MADV_DONTNEED)`.

use core::alloc::Layout;
use core::ptr::{self, NonNull};
use std::alloc::{alloc, alloc_zeroed, dealloc, handle_alloc_error};

use super::bucket::ControlWord;
use super::bucket::{
    BucketLayout, BucketPtr, CACHE_LINE, max, overflow, round_up, set_overflow, zero_control_word,
};
use super::table::bucket_shift;

/// A segment whose pool is used up borrows overflow buckets from the pools of at most this
/// many later segments. A later segment is freed later (old segments are freed in `nevacuate`
/// order, and a segment's chains are all evacuated before `nevacuate` passes it), so a
/// borrowed bucket outlives every chain that links it. 32 rather than 8: at 10^7 string keys
/// a window of 8 still sent 83 overflow buckets to the heap (17 KiB), 32 sends none, and a
/// search only goes past the first lender when that one is used up.
pub(super) const POOL_LEND: usize = 32;
/// Arrays up to this size are one global-allocator block; larger ones are OS reservations.
///
/// The allocator takes a freed block back and hands it out again, so maps built one after
/// another reuse warm memory (glibc keeps freed blocks below its dynamic mmap threshold). A
/// fresh reservation's pages are each committed by the kernel on first touch, about 2 us per
/// 4 KiB page on the benchmark machine: with every array reserved, inserting 10^5 u64 keys
/// took 42 ns each against 19 now. The cap keeps the bounded-work guarantee: taking or freeing
/// one block is bounded by 4 MiB whatever the table, a block is written only as its segments
/// come into use (their control words), and it is not released page by page.
pub(super) const BLOCK_MAX: usize = 4 << 20;
/// Upper bound on the bytes of one segment (main buckets only).
pub(super) const SEGMENT_MAX_BYTES: usize = 64 * 1024;
/// At most 4096 main buckets per segment, so a segment's pool share is at most 2^(12-4) = 256
/// buckets and its count of handed-out pool buckets fits a [`SegmentEntry`].
pub(super) const MAX_SEGMENT_BITS: u32 = 12;
/// At least 16 main buckets per segment: Go's pool share, 2^(B-4), is then at least one.
pub(super) const MIN_SEGMENT_BITS: u32 = POOL_SHIFT;
/// Go's `makeBucketArray` preallocates 2^(B-[`POOL_SHIFT`]) overflow buckets from B = 4.
pub(super) const POOL_SHIFT: u32 = 4;
/// Bits per word of the lendable bitmap.
pub(super) const WORD_BITS: usize = u64::BITS as usize;

/// log2 of the main buckets per segment, for buckets of `bucket_size` bytes: as many as fit in
/// [`SEGMENT_MAX_BYTES`], between 2^[`MIN_SEGMENT_BITS`] and 2^[`MAX_SEGMENT_BITS`].
pub(super) const fn segment_bits(bucket_size: usize) -> u32 {
    let mut s = MAX_SEGMENT_BITS;
    while s > MIN_SEGMENT_BITS && bucket_size > (SEGMENT_MAX_BYTES >> s) {
        s -= 1;
    }
    s
}

/// Bookkeeping of one segment in two bytes: whether its buckets are in use, and how much of its
/// share of the preallocated overflow pool is handed out (Go's `nextOverflow`). Zero, what a
/// zeroed directory holds, means not in use; `1 + k` means in use with `k` pool buckets handed
/// out. Every segment's pool has the same length (`ArrayGeometry::pool_per_segment`, at most
/// 256), so it is not stored. Two bytes rather than a struct of three fields is what keeps the
/// map's memory at Go's: at 10^7 string keys the directory is 16 KiB, not 96.
#[derive(Clone, Copy)]
pub(super) struct SegmentEntry(u16);

impl SegmentEntry {
    pub(super) const ABSENT: SegmentEntry = SegmentEntry(0);

    pub(super) fn fresh() -> SegmentEntry {
        SegmentEntry(1)
    }

    pub(super) fn in_use(self) -> bool {
        self.0 != 0
    }

    /// Pool buckets handed out; only meaningful for a live segment.
    pub(super) fn pool_next(self) -> usize {
        usize::from(self.0) - 1
    }

    pub(super) fn with_pool_next(k: usize) -> SegmentEntry {
        SegmentEntry(u16::try_from(k + 1).expect("segment pool index fits in u16"))
    }
}

/// Byte geometry of an array with 2^b buckets.
///
/// An array of at most [`BLOCK_MAX`] bytes is one global-allocator block laid out as control
/// words, then blocks, then pool, like Go's. A larger one is an OS reservation (see
/// [`crate::vm`]) with the same three regions, each starting on a page so that a passed
/// segment's pages can be handed back.
#[derive(Clone, Copy)]
pub(super) struct ArrayGeometry {
    /// Main buckets per segment.
    pub(super) buckets_per_segment: usize,
    /// Pool buckets per segment.
    pub(super) pool_per_segment: usize,
    pub(super) kv_offset: usize,
    pub(super) pool_offset: usize,
    pub(super) layout: Layout,
    /// Whether the storage is an OS reservation (else one global-allocator block).
    pub(super) reserved: bool,
}

/// A flat bucket array of 2^b buckets: bucket `i` is control word `controls[i]` and block
/// `kv + i * KV_SIZE`. Segments are the unit of bookkeeping (which buckets are in use, whose
/// pool an overflow bucket comes from, what is handed back when `nevacuate` passes).
/// `controls` is null when unallocated. A `Copy` handle: the table owns the memory and frees
/// it explicitly ([`BucketArray::free`]).
pub(crate) struct BucketArray<K, V> {
    pub(super) controls: *mut ControlWord<K, V>,
    pub(super) kv: *mut u8,
    pub(super) pool: *mut u8,
    pub(super) directory: *mut SegmentEntry,
    /// One bit per segment, in the same allocation as `dir`: set while the segment is allocated
    /// and has pool buckets left to hand out (a pool, once dry, stays dry until its segment is
    /// freed). `new_overflow` finds a lender with a word scan instead of reading up to 33
    /// directory entries: at high load, before a doubling, most pools are dry, and that walk cost
    /// about 600 instructions per overflow bucket.
    pub(super) lendable: *mut u64,
    /// Pool buckets per segment (`ArrayGeometry::pool_per_segment`), kept so that hot paths need not recompute
    /// the geometry.
    pub(super) pool_per_segment: usize,
    pub(super) b: u8,
}

impl<K, V> Clone for BucketArray<K, V> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<K, V> Copy for BucketArray<K, V> {}

impl<K, V> BucketArray<K, V> {
    pub(super) const fn null() -> Self {
        BucketArray {
            controls: ptr::null_mut(),
            kv: ptr::null_mut(),
            pool: ptr::null_mut(),
            directory: ptr::null_mut(),
            lendable: ptr::null_mut(),
            pool_per_segment: 0,
            b: 0,
        }
    }

    #[inline]
    pub(super) fn is_null(self) -> bool {
        self.controls.is_null()
    }

    pub(super) fn segment_shift(b: u8) -> u32 {
        u32::from(b).min(BucketLayout::<K, V>::SEGMENT_BITS)
    }

    /// Main buckets per segment.
    pub(super) fn buckets_per_segment(b: u8) -> usize {
        1 << Self::segment_shift(b)
    }

    pub(super) fn segment_count(b: u8) -> usize {
        1 << (u32::from(b) - Self::segment_shift(b))
    }

    pub(super) fn geometry(b: u8) -> ArrayGeometry {
        let per = Self::buckets_per_segment(b);
        let n = bucket_shift(b);
        let segment_count = Self::segment_count(b);
        // Preallocated overflow buckets: 2^(B-4) in all for B >= 4, like Go, except that the
        // segments of a multi-segment array keep one bucket fewer when their share is 16 or
        // more. Lending (see POOL_LEND) spreads spare pool buckets across segments, so 15/16 of
        // Go's pool still serves the load after a doubling (at 10^7 string keys, 44 overflow
        // buckets of about 110,000 go to the heap), and the saved bucket pays for the segment's
        // 2-byte directory entry about a hundred times over. With Go's full share, the
        // directory alone put the map 16 KiB above Go's bucket arrays.
        let go_share = if u32::from(b) >= POOL_SHIFT { per >> POOL_SHIFT } else { 0 };
        let pool = if segment_count > 1 && go_share >= 16 { go_share - 1 } else { go_share };
        let line = max(CACHE_LINE, BucketLayout::<K, V>::KV_ALIGN);
        let block = Self::layout_regions(n, segment_count * pool, line);
        let reserved = block.layout.size() > BLOCK_MAX;
        if !reserved {
            return ArrayGeometry {
                buckets_per_segment: per,
                pool_per_segment: pool,
                reserved,
                ..block
            };
        }
        // In a reservation every region starts on a page, so a segment's pages can be handed back.
        let region = max(crate::vm::ALIGN, line);
        ArrayGeometry {
            buckets_per_segment: per,
            pool_per_segment: pool,
            reserved,
            ..Self::layout_regions(n, segment_count * pool, region)
        }
    }

    /// The three regions of an array of `n` main and `pool` preallocated overflow buckets, each
    /// starting on a multiple of `region` (a power of two).
    pub(super) fn layout_regions(n: usize, pool: usize, region: usize) -> ArrayGeometry {
        // Regions start at least on a cache line, so a 16-byte slot never straddles two lines
        // and a 128-byte block spans exactly two.
        let overflow = || panic!("bucket array size overflow");
        let ctrl_len = n.checked_mul(BucketLayout::<K, V>::CONTROL_SIZE).unwrap_or_else(overflow);
        let kv_len = n.checked_mul(BucketLayout::<K, V>::KV_SIZE).unwrap_or_else(overflow);
        let pool_len =
            pool.checked_mul(BucketLayout::<K, V>::OVERFLOW_STRIDE).unwrap_or_else(overflow);
        let kv_offset = round_up(ctrl_len, region);
        let pool_offset =
            round_up(kv_offset + kv_len, max(region, BucketLayout::<K, V>::OVERFLOW_ALIGN));
        let size = round_up(pool_offset + pool_len, region);
        let align = max(BucketLayout::<K, V>::OVERFLOW_ALIGN, region);
        let layout = Layout::from_size_align(size, align).expect("bucket array size overflow");
        ArrayGeometry {
            buckets_per_segment: 0,
            pool_per_segment: 0,
            kv_offset,
            pool_offset,
            layout,
            reserved: false,
        }
    }

    /// Bytes one segment of a reservation accounts for while in use: its buckets and its pool.
    pub(super) fn segment_bytes(g: &ArrayGeometry) -> usize {
        g.buckets_per_segment * BucketLayout::<K, V>::BUCKET_BYTES
            + g.pool_per_segment * BucketLayout::<K, V>::OVERFLOW_STRIDE
    }

    /// The directory (a [`SegmentEntry`] per segment), then the lendable bitmap, and the bitmap's
    /// offset.
    pub(super) fn directory_layout(b: u8) -> (Layout, usize) {
        let n = Self::segment_count(b);
        let segs = Layout::array::<SegmentEntry>(n).expect("directory size overflow");
        let bits = Layout::array::<u64>(n.div_ceil(WORD_BITS)).expect("directory size overflow");
        let (layout, off) = segs.extend(bits).expect("directory size overflow");
        (layout.pad_to_align(), off)
    }

    /// Sets segment `s`'s lendable bit.
    ///
    /// # Safety
    /// The array is allocated and `s < segment_count`.
    #[inline]
    pub(super) unsafe fn set_lendable(self, s: usize, lendable: bool) {
        // SAFETY: the array is allocated and `s < segment_count`: the bitmap has a bit for every
        // segment.
        let w = unsafe { &mut *self.lendable.add(s / WORD_BITS) };
        let bit = 1u64 << (s % WORD_BITS);
        if lendable { *w |= bit } else { *w &= !bit }
    }

    /// Segment `s`'s lendable bit.
    ///
    /// # Safety
    /// The array is allocated and `s < segment_count`.
    pub(super) unsafe fn is_lendable(self, s: usize) -> bool {
        // SAFETY: the array is allocated and `s < segment_count`, so the bitmap word of `s` exists.
        unsafe { *self.lendable.add(s / WORD_BITS) >> (s % WORD_BITS) & 1 == 1 }
    }

    /// What segment `s`'s lendable bit must say, from its directory entry: allocated, with pool
    /// buckets left to hand out.
    ///
    /// # Safety
    /// The array is allocated and `s < segment_count`.
    #[inline]
    pub(super) unsafe fn segment_lends(self, s: usize) -> bool {
        // SAFETY: the array is allocated and `s < segment_count`, so entry `s` exists.
        let entry = unsafe { self.segment_entry(s).read() };
        entry.in_use() && entry.pool_next() < self.pool_per_segment
    }

    /// Brings segment `s`'s lendable bit in line with its directory entry, after the entry
    /// changed.
    ///
    /// # Safety
    /// The array is allocated and `s < segment_count`.
    #[inline]
    pub(super) unsafe fn refresh_lendable(self, s: usize) {
        // SAFETY: the array is allocated and `s < segment_count`, so entry `s` and its bit exist.
        unsafe { self.set_lendable(s, self.segment_lends(s)) };
    }

    /// The first segment in `lenders(s)` with pool buckets to lend.
    ///
    /// # Safety
    /// The array is allocated and `s < segment_count`.
    #[inline]
    pub(super) unsafe fn first_lender(self, s: usize) -> Option<usize> {
        let last = (s + POOL_LEND).min(Self::segment_count(self.b) - 1);
        let mut t = s;
        while t <= last {
            // SAFETY: t < segment_count, so its word exists.
            let w = unsafe { *self.lendable.add(t / WORD_BITS) } >> (t % WORD_BITS);
            if w != 0 {
                let found = t + w.trailing_zeros() as usize;
                return (found <= last).then_some(found);
            }
            t = (t / WORD_BITS + 1) * WORD_BITS;
        }
        None
    }

    /// # Safety
    /// The array is allocated and `s < segment_count`.
    #[inline]
    pub(super) unsafe fn segment_entry(self, s: usize) -> *mut SegmentEntry {
        // SAFETY: the array is allocated and `s < segment_count`: the directory has `segment_count`
        // entries.
        unsafe { self.directory.add(s) }
    }

    /// Whether segment `s` is allocated.
    ///
    /// # Safety
    /// The array is allocated and `s < segment_count`.
    #[inline]
    pub(super) unsafe fn has_segment(self, s: usize) -> bool {
        // SAFETY: the array is allocated and `s < segment_count`, so entry `s` exists.
        unsafe { (*self.segment_entry(s)).in_use() }
    }

    /// Bucket `idx` of the array.
    ///
    /// # Safety
    /// The array is allocated, `idx < 2^b`, and the segment holding `idx` is allocated.
    #[inline]
    pub(super) unsafe fn bucket(self, idx: usize) -> BucketPtr<K, V> {
        // SAFETY: the array is allocated and `idx < 2^b`: both regions hold 2^b entries, so both
        // addresses are in bounds (the bucket is live only if its segment is in use, see
        // BucketPtr).
        unsafe {
            BucketPtr {
                control: self.controls.add(idx),
                kv: self.kv.add(idx * BucketLayout::<K, V>::KV_SIZE),
            }
        }
    }

    /// The segments whose pools may hold the overflow buckets of segment `s`'s chains: `s`
    /// itself and the next [`POOL_LEND`] segments.
    pub(super) fn lenders(self, s: usize) -> core::ops::RangeInclusive<usize> {
        s..=(s + POOL_LEND).min(Self::segment_count(self.b) - 1)
    }

    /// If overflow bucket `p` of one of segment `s`'s chains is a preallocated pool bucket,
    /// the segment that owns it and its pool index (else it is a heap allocation of its own).
    ///
    /// # Safety
    /// The array is allocated and `s < segment_count`.
    pub(super) unsafe fn pool_slot(self, s: usize, p: BucketPtr<K, V>) -> Option<(usize, usize)> {
        let pool_bytes = self.pool_per_segment * BucketLayout::<K, V>::OVERFLOW_STRIDE;
        let off = (p.control as usize).wrapping_sub(self.pool as usize);
        if off >= pool_bytes * Self::segment_count(self.b) {
            return None;
        }
        let (t, k) = (off / pool_bytes, off % pool_bytes / BucketLayout::<K, V>::OVERFLOW_STRIDE);
        debug_assert!(self.lenders(s).contains(&t), "pool bucket of segment {t} in chain of {s}");
        Some((t, k))
    }

    /// Whether overflow bucket `p` of one of segment `s`'s chains is a pool bucket.
    ///
    /// # Safety
    /// As for [`BucketArray::pool_slot`].
    pub(super) unsafe fn in_pool(self, s: usize, p: BucketPtr<K, V>) -> bool {
        // SAFETY: the array is allocated and `s < segment_count` (the caller's guarantee).
        unsafe { self.pool_slot(s, p) }.is_some()
    }

    /// Pool bucket `k` of segment `s`.
    ///
    /// # Safety
    /// The array is allocated, `s < segment_count` and `k` < the pool size of a segment.
    pub(super) unsafe fn pool_bucket(self, s: usize, k: usize) -> BucketPtr<K, V> {
        // SAFETY: the array is allocated, `s < segment_count` and `k < pool_per_segment`: the
        // bucket lies inside the pool region.
        let c = unsafe {
            self.pool.add((s * self.pool_per_segment + k) * BucketLayout::<K, V>::OVERFLOW_STRIDE)
        };
        BucketPtr::from_link(c.cast())
    }
}
/// The bytes of bucket memory a table holds (`Stats::allocated_bytes`), and the part of them
/// in OS reservations (`Stats::reserved_bytes`). Every allocation and free below updates it.
#[derive(Clone, Copy, Default)]
pub(super) struct Footprint {
    pub(super) bytes: usize,
    pub(super) reserved_bytes: usize,
}

impl<K, V> BucketArray<K, V> {
    /// Allocates an array of 2^b buckets with no segment in use yet: its bookkeeping (one
    /// 2-byte entry per segment, and the lendable bitmap) and its storage. An array of at most
    /// [`BLOCK_MAX`] is one global-allocator block; a larger one is an OS reservation, one
    /// system call whatever its size, whose pages the kernel commits as evacuation first writes
    /// them.
    pub(super) fn alloc(b: u8, mem: &mut Footprint) -> Self {
        let (layout, bits_offset) = Self::directory_layout(b);
        // SAFETY: the layout has a non-zero size: it holds at least one segment entry.
        let directory = unsafe { alloc_zeroed(layout) };
        if directory.is_null() {
            handle_alloc_error(layout);
        }
        mem.bytes += layout.size();
        let g = Self::geometry(b);
        let base = if g.reserved {
            crate::vm::reserve(g.layout).map_or(ptr::null_mut(), |p| p.as_ptr())
        } else {
            // SAFETY: the layout has a non-zero size: it holds at least one control word.
            unsafe { alloc(g.layout) }
        };
        if base.is_null() {
            handle_alloc_error(g.layout);
        }
        if !g.reserved {
            mem.bytes += g.layout.size();
        }
        // SAFETY: `kv_offset` and `pool_offset` are within `g.layout`, the storage's layout, and
        // `bits_offset` within the directory's layout (both computed for this `b`).
        unsafe {
            BucketArray {
                controls: base.cast(),
                kv: base.add(g.kv_offset),
                pool: base.add(g.pool_offset),
                directory: directory.cast(),
                lendable: directory.add(bits_offset).cast(),
                pool_per_segment: g.pool_per_segment,
                b,
            }
        }
    }

    /// Brings segment `s` into use: its control words are zeroed (empty buckets, no overflow)
    /// and its pool is handed out afresh. The blocks stay uninitialised and pool buckets are
    /// zeroed when handed out, so this touches 16 bytes per bucket, not the whole segment.
    ///
    /// # Safety
    /// The array is allocated and `s < segment_count`.
    pub(super) unsafe fn alloc_segment(self, s: usize, mem: &mut Footprint) {
        let g = Self::geometry(self.b);
        // SAFETY: the array is allocated and `s < segment_count` (the caller's guarantee), so
        // the segment's `buckets_per_segment` control words lie inside the control region and
        // its entry and lendable bit exist. Zero bytes are a valid empty control word.
        unsafe {
            ptr::write_bytes(
                self.controls.add(s * g.buckets_per_segment),
                0,
                g.buckets_per_segment,
            );
            self.segment_entry(s).write(SegmentEntry::fresh());
            self.refresh_lendable(s);
        }
        Self::account_segment(self.b, true, mem);
    }

    /// Counts a reservation's segment in or out of use. A block array is counted whole from
    /// allocation to free ([`Self::alloc`], [`Self::dealloc`]): the allocator holds all of it.
    pub(super) fn account_segment(b: u8, in_use: bool, mem: &mut Footprint) {
        let g = Self::geometry(b);
        if !g.reserved {
            return;
        }
        let n = Self::segment_bytes(&g);
        if in_use {
            mem.bytes += n;
            mem.reserved_bytes += n;
        } else {
            mem.bytes -= n;
            mem.reserved_bytes -= n;
        }
    }

    /// Takes segment `s` out of use.
    ///
    /// # Safety
    /// The array is allocated, `s < segment_count`, segment `s` is in use, and none of its
    /// buckets is referenced any more.
    pub(super) unsafe fn free_segment(self, s: usize, mem: &mut Footprint) {
        // SAFETY: the array is allocated and `s < segment_count` (the caller's guarantee), so
        // the entry and the lendable bit exist.
        unsafe {
            self.segment_entry(s).write(SegmentEntry::ABSENT);
            self.refresh_lendable(s);
        }
        Self::account_segment(self.b, false, mem);
    }

    /// Hands the whole pages of segment `s` of a reserved array back to the OS. Only for an old
    /// segment that `nevacuate` has passed, while the rest of its array stays in use: a whole
    /// array goes back in one `unreserve`, which makes a per-segment release redundant.
    ///
    /// # Safety
    /// The array is allocated, `s < segment_count`, segment `s` is out of use (freed), and
    /// nothing reads its buckets again.
    pub(super) unsafe fn release_segment_pages(self, s: usize) {
        let g = Self::geometry(self.b);
        if !g.reserved {
            return;
        }
        let base = NonNull::new(self.controls.cast::<u8>()).expect("allocated array");
        let per = g.buckets_per_segment;
        let (control, kv, pool) = (
            BucketLayout::<K, V>::CONTROL_SIZE,
            BucketLayout::<K, V>::KV_SIZE,
            BucketLayout::<K, V>::OVERFLOW_STRIDE,
        );
        // SAFETY: `base` and `g.layout` are this reservation's; the three ranges are segment
        // `s`'s share of the control, key/value and pool regions (`s < segment_count`), so
        // they lie inside it, and nothing reads them again (the caller's guarantee).
        unsafe {
            crate::vm::release(base, g.layout, s * per * control, per * control);
            crate::vm::release(base, g.layout, g.kv_offset + s * per * kv, per * kv);
            crate::vm::release(
                base,
                g.layout,
                g.pool_offset + s * g.pool_per_segment * pool,
                g.pool_per_segment * pool,
            );
        }
    }

    /// Frees the array's storage and bookkeeping.
    ///
    /// # Safety
    /// The array is allocated, all its segments are out of use, and nothing references it.
    pub(super) unsafe fn dealloc(self, mem: &mut Footprint) {
        let (layout, _) = Self::directory_layout(self.b);
        let g = Self::geometry(self.b);
        // SAFETY: the array is allocated (the caller's guarantee): `directory` and `controls`
        // were allocated by `alloc` with exactly these layouts, computed from the same `b`, and
        // nothing uses them any more.
        unsafe {
            dealloc(self.directory.cast(), layout);
            if g.reserved {
                crate::vm::unreserve(NonNull::new_unchecked(self.controls.cast()), g.layout);
            } else {
                dealloc(self.controls.cast(), g.layout);
            }
        }
        mem.bytes -= layout.size();
        if !g.reserved {
            mem.bytes -= g.layout.size();
        }
    }

    /// Takes an unused pool bucket for an overflow of segment `s`'s chains, from the first
    /// segment of [`Self::lenders`] with one left, and makes it an empty bucket. `None` when
    /// every lender's pool is dry.
    ///
    /// # Safety
    /// The array is allocated and `s < segment_count`.
    #[inline]
    pub(super) unsafe fn take_pool_bucket(self, s: usize) -> Option<BucketPtr<K, V>> {
        // SAFETY: the array is allocated and `s < segment_count` (the caller's guarantee).
        let t = unsafe { self.first_lender(s) }?;
        // SAFETY: `t < segment_count` (a lender of `s`), and a segment whose lendable bit is set
        // is in use with `pool_next < pool_per_segment`: pool bucket `k` is inside its pool and
        // has not been handed out (each index is handed out once until the segment is freed).
        unsafe {
            debug_assert!(self.segment_lends(t));
            let k = (*self.segment_entry(t)).pool_next();
            self.segment_entry(t).write(SegmentEntry::with_pool_next(k + 1));
            self.refresh_lendable(t);
            let bucket = self.pool_bucket(t, k);
            zero_control_word(bucket);
            Some(bucket)
        }
    }

    /// Unlinks main bucket `main`'s chain and frees its heap overflow buckets (pool buckets go
    /// back with their segment).
    ///
    /// # Safety
    /// The array is allocated, `s < segment_count`, `main` is a live main bucket of segment
    /// `s`, and no entry of its overflow buckets needs dropping or is read again.
    pub(super) unsafe fn cut_chain(self, s: usize, main: BucketPtr<K, V>, mem: &mut Footprint) {
        // SAFETY: `main` is a live bucket (the caller's guarantee).
        let mut o = unsafe { overflow(main) };
        // SAFETY: `main` is a live bucket; a null link ends its chain and clears its filter.
        unsafe { set_overflow(main, BucketPtr::null()) };
        while !o.is_null() {
            // SAFETY: `o` is a live overflow bucket of `main`'s former chain: its buckets stay
            // allocated until freed just below, after their link is read.
            let next = unsafe { overflow(o) };
            // SAFETY: the array is allocated and `s < segment_count`.
            if !unsafe { self.in_pool(s, o) } {
                // SAFETY: `o` is a heap overflow bucket (not in any pool), unreachable since the
                // chain was cut above.
                unsafe { free_heap_bucket(o, mem) };
            }
            o = next;
        }
    }

    /// Frees every bucket of the array (entries must already be gone or be trivially
    /// droppable), then the array itself.
    ///
    /// # Safety
    /// The array is allocated or null, holds no entry that needs dropping, and nothing
    /// references it any more.
    pub(super) unsafe fn free(self, mem: &mut Footprint) {
        if self.is_null() {
            return;
        }
        for s in 0..Self::segment_count(self.b) {
            // SAFETY: the array is allocated and `s < segment_count`.
            if !unsafe { self.has_segment(s) } {
                continue;
            }
            // SAFETY: segment `s` is in use; nothing references its buckets (the caller's
            // guarantee) and their entries need no drop.
            unsafe {
                self.free_segment_chains(s, mem);
                self.free_segment(s, mem);
            }
        }
        // SAFETY: every segment is now out of use and nothing references the array.
        unsafe { self.dealloc(mem) };
    }

    /// Frees the heap overflow buckets hanging off segment `s` and unlinks its chains.
    ///
    /// # Safety
    /// The array is allocated, `s < segment_count`, segment `s` is in use, and its chains hold
    /// no entry that needs dropping.
    pub(super) unsafe fn free_segment_chains(self, s: usize, mem: &mut Footprint) {
        for m in 0..Self::buckets_per_segment(self.b) {
            // SAFETY: `m < buckets_per_segment`, so the index is a main bucket of segment `s`,
            // which is in use: the bucket is live.
            let main = unsafe { self.bucket((s << BucketLayout::<K, V>::SEGMENT_BITS) + m) };
            // SAFETY: `main` is a live main bucket of segment `s`; its entries need no drop.
            unsafe { self.cut_chain(s, main, mem) };
        }
    }
}

/// A heap overflow bucket, for when no pool has one left: an empty bucket of its own
/// allocation, with Go's contiguous layout.
pub(super) fn alloc_heap_bucket<K, V>(mem: &mut Footprint) -> BucketPtr<K, V> {
    let layout = BucketLayout::<K, V>::OVERFLOW;
    // SAFETY: an overflow bucket's layout has a non-zero size (a control word at least).
    let p = unsafe { alloc(layout) };
    if p.is_null() {
        handle_alloc_error(layout);
    }
    mem.bytes += layout.size();
    let b = BucketPtr::from_link(p.cast());
    // SAFETY: `b.control` points at the fresh allocation, writable for a control word.
    unsafe { zero_control_word(b) };
    b
}

/// Frees a heap overflow bucket.
///
/// # Safety
/// `p` came from [`alloc_heap_bucket`], holds no entry that needs dropping, and is no longer
/// referenced.
pub(super) unsafe fn free_heap_bucket<K, V>(p: BucketPtr<K, V>, mem: &mut Footprint) {
    // SAFETY: `p.control` is the start of an allocation of this layout (the caller's
    // guarantee), which nothing references any more.
    unsafe { dealloc(p.control.cast(), BucketLayout::<K, V>::OVERFLOW) };
    mem.bytes -= BucketLayout::<K, V>::OVERFLOW.size();
}

#[cfg(test)]
mod tests {
    use super::super::table::wyrand;
    use super::*;

    #[test]
    pub(super) fn first_lender_matches_a_scan_of_the_bits() {
        // 256 segments (four bitmap words): lenders that straddle word boundaries, the last
        // segment's short window, and sparse, dense and empty bitmaps.
        let mut mem = Footprint::default();
        let b = 16;
        let arr = BucketArray::<u64, u64>::alloc(b, &mut mem);
        let segment_count = BucketArray::<u64, u64>::segment_count(b);
        assert_eq!(segment_count, 256);
        let mut rng = 99u64;
        for density in [0u64, 1, 4, 32, 64] {
            let mut bits = vec![false; segment_count];
            for (s, bit) in bits.iter_mut().enumerate() {
                // Out of 64: never, rarely, sometimes, half, always.
                *bit = wyrand(&mut rng) % 64 < density;
                // SAFETY: s < segment_count of an allocated array.
                unsafe { arr.set_lendable(s, *bit) };
            }
            for s in 0..segment_count {
                let want = arr.lenders(s).find(|&t| bits[t]);
                // SAFETY: s < segment_count of an allocated array.
                assert_eq!(unsafe { arr.first_lender(s) }, want, "segment {s}, density {density}");
            }
        }
        for s in 0..segment_count {
            // SAFETY: s < segment_count of an allocated array.
            unsafe { arr.set_lendable(s, false) };
        }
        // One lender at a time, at every position: each word's first and last bit included.
        for (s, p) in (0..segment_count).flat_map(|s| (0..segment_count).map(move |p| (s, p))) {
            for q in [s, p] {
                // SAFETY: q < segment_count of an allocated array.
                unsafe { arr.set_lendable(q, q == p) };
            }
            let want = arr.lenders(s).contains(&p).then_some(p);
            // SAFETY: s and p are < segment_count of an allocated array.
            assert_eq!(unsafe { arr.first_lender(s) }, want, "segment {s}, lender {p}");
            // SAFETY: s and p are < segment_count of an allocated array.
            unsafe { arr.set_lendable(p, false) };
        }
        // SAFETY: no segment was allocated.
        unsafe { arr.dealloc(&mut mem) };
    }
}
