//! The hmap state machine: flat bucket arrays kept by segment, overflow chains, growth and incremental evacuation.
//!
//! This file follows runtime/map.go of Go 1.19 rule for rule (constants, triggers, `growWork`,
//! `evacuate`, `advanceEvacuationMark`, delete's emptyRest fix-up). It differs from Go in memory
//! management only, so that no single operation does work proportional to the table size:
//!
//! - A bucket array is flat (bucket `i` at `ctrl + i`, `kv + i * size`) but kept by fixed-size
//!   *segments* (at most 64 KiB each). An array of over [`BLOCK_MAX`] (4 MiB) is an OS
//!   reservation (see [`crate::vm`]): starting a growth reserves the new array's address space
//!   and allocates its 2-byte-per-segment bookkeeping; a segment comes into use (its control
//!   words zeroed, its pages committed by the kernel) when evacuation first writes into it, and
//!   an old segment's pages are handed back as soon as `nevacuate` has passed its last bucket.
//!   A smaller array is one global-allocator block, written only as its segments come into use
//!   and freed whole when its growth ends, so that the allocator's warm memory is reused. Go
//!   allocates and zeroes the whole new array in `hashGrow` and frees the old one in one piece.
//! - Each segment carries its own preallocated overflow buckets (2^(B-4) per 2^B buckets in all,
//!   as in Go's `makeBucketArray`). A segment whose pool is used up borrows from the pools of
//!   the next few segments (freed after it), so spare buckets serve neighbours as Go's one
//!   array-wide pool does; beyond those, overflow buckets are single heap allocations, freed as
//!   soon as their old chain is evacuated.
//! - A main bucket's control word (tophash bytes + overflow link) lives in a dense array apart
//!   from its 8 key/value slots (see [`ControlWord`]); a segment coming into use initialises only
//!   those 16-byte control words.
//! - Before anything is moved, `evacuate` hashes every key of the chain: a panicking `Hash` then
//!   leaves the bucket untouched and the map usable.
//!
//! Rust's borrow rules forbid writes while an iterator is alive, so none of Go's
//! iterator/oldIterator bookkeeping is needed: old buckets can be released right after evacuation.

use core::alloc::Layout;
use core::marker::PhantomData;
use core::mem::{self, MaybeUninit};
use core::ptr::{self, NonNull};
use std::alloc::{alloc, alloc_zeroed, dealloc, handle_alloc_error};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::group::{
    MainProbe, SlotMask, match_chain, match_empty, match_empty_rest, match_full, match_main,
    match_top, splat,
};
use crate::observe::{
    BucketEvacuated, GrowthFinished, GrowthKind, GrowthStarted, Observer, TraceState, trace_enabled,
};

/// Slots per bucket (Go's `bucketCnt`).
pub(crate) const BUCKET_CNT: usize = 8;
/// This cell and every later cell of the chain are empty.
pub(crate) const EMPTY_REST: u8 = 0;
/// This cell is empty.
pub(crate) const EMPTY_ONE: u8 = 1;
/// The entry moved to the X (first) half of the new array.
pub(crate) const EVACUATED_X: u8 = 2;
/// The entry moved to the Y (second) half of the new array.
pub(crate) const EVACUATED_Y: u8 = 3;
/// The cell was empty when its bucket was evacuated.
pub(crate) const EVACUATED_EMPTY: u8 = 4;
// evacuate relies on X and Y differing only in their low bit (X + useY).
const _: () = assert!(EVACUATED_X + 1 == EVACUATED_Y && EVACUATED_X ^ 1 == EVACUATED_Y);
/// Smallest tophash of a live cell.
pub(crate) const MIN_TOP_HASH: u8 = 5;

const LOAD_FACTOR_NUM: usize = 13;
const LOAD_FACTOR_DEN: usize = 2;
/// `advanceEvacuationMark` looks at most this many already-evacuated buckets ahead.
const EVAC_SCAN_LIMIT: usize = 1024;
/// A segment whose pool is used up borrows overflow buckets from the pools of at most this
/// many later segments. A later segment is freed later (old segments are freed in `nevacuate`
/// order, and a segment's chains are all evacuated before `nevacuate` passes it), so a
/// borrowed bucket outlives every chain that links it. 32 rather than 8: at 10^7 string keys
/// a window of 8 still sent 83 overflow buckets to the heap (17 KiB), 32 sends none, and a
/// search only goes past the first lender when that one is used up.
const POOL_LEND: usize = 32;
/// Arrays up to this size are one global-allocator block; larger ones are OS reservations.
///
/// The allocator takes a freed block back and hands it out again, so maps built one after
/// another reuse warm memory (glibc keeps freed blocks below its dynamic mmap threshold). A
/// fresh reservation's pages are each committed by the kernel on first touch, about 2 us per
/// 4 KiB page on the benchmark machine: with every array reserved, inserting 10^5 u64 keys
/// took 42 ns each against 19 now. The cap keeps the bounded-work guarantee: taking or freeing
/// one block is bounded by 4 MiB whatever the table, a block is written only as its segments
/// come into use (their control words), and it is not released page by page.
const BLOCK_MAX: usize = 4 << 20;
/// Upper bound on the bytes of one segment (main buckets only).
const SEGMENT_MAX_BYTES: usize = 64 * 1024;
/// Go's `maxAlloc` on 64-bit Linux.
#[cfg(target_pointer_width = "64")]
const MAX_ALLOC: usize = 1 << 48;
#[cfg(not(target_pointer_width = "64"))]
const MAX_ALLOC: usize = usize::MAX >> 1;

const CACHE_LINE: usize = 64;

const FLAG_SAME_SIZE: u8 = 1;
const FLAG_SHRINK: u8 = 2;

/// Go's `tophash`: the top byte of the hash, moved above the markers.
#[inline]
pub(crate) fn tophash(hash: u64) -> u8 {
    tophash_splat(hash) as u8
}

/// [`tophash`] in all 8 byte lanes, the operand of [`match_top`].
#[inline]
fn tophash_splat(hash: u64) -> u64 {
    TOPHASH_SPLAT[(hash >> 56) as usize]
}

/// Go's tophash of every top byte, already broadcast: a lookup loads its match operand in one
/// instruction from this hot 2 KiB table instead of a compare, a select and a 4-instruction
/// byte broadcast (3 % fewer instructions per lookup in cache, 8-10 % less time at 1e3).
static TOPHASH_SPLAT: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut i = 0;
    while i < 256 {
        let top = i as u8;
        let top = if top < MIN_TOP_HASH { top + MIN_TOP_HASH } else { top };
        t[i] = splat(top);
        i += 1;
    }
    t
};

/// [`MainProbe`] of every top byte: its tophash, and its chain-filter bit (see
/// [`chain_filter_mask`]). 8 KiB, one entry read per lookup. The entry holds the lane mask
/// too, so that the and and the compare take their operands straight from memory; a 4 KiB
/// table and an `or` per lookup measured the same.
static MAIN_PROBE: [MainProbe; 256] = {
    let mut t = [MainProbe::new(MIN_TOP_HASH, chain_filter_mask(MIN_TOP_HASH)); 256];
    let mut i = 0;
    while i < 256 {
        let top = (TOPHASH_SPLAT[i] & 0xff) as u8;
        t[i] = MainProbe::new(top, chain_filter_mask(top));
        i += 1;
    }
    t
};

/// Go's `overLoadFactor`: count items in 2^b buckets exceed the load factor 6.5.
#[inline]
pub(crate) fn over_load_factor(count: usize, b: u8) -> bool {
    count > BUCKET_CNT && count > LOAD_FACTOR_NUM.saturating_mul(bucket_shift(b) / LOAD_FACTOR_DEN)
}

/// The smallest count that is over the load factor for 2^b buckets.
fn grow_limit(b: u8) -> usize {
    let limit = BUCKET_CNT.max(LOAD_FACTOR_NUM.saturating_mul(bucket_shift(b) / LOAD_FACTOR_DEN));
    debug_assert!(!over_load_factor(limit, b) && over_load_factor(limit.saturating_add(1), b));
    limit
}

/// Go's `tooManyOverflowBuckets(noverflow, b)` is `noverflow >= overflow_limit(b)`.
fn overflow_limit(b: u8) -> u16 {
    1u16 << b.min(15)
}

#[inline]
fn bucket_shift(b: u8) -> usize {
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

const fn segment_bits(bucket_size: usize) -> u32 {
    let mut s = 12;
    while s > 4 && bucket_size > (SEGMENT_MAX_BYTES >> s) {
        s -= 1;
    }
    s
}

/// One Go `bmap`, split in two: the control word (8 tophash bytes and the overflow link) and
/// the key/value block (8 slots).
///
/// Main buckets keep their control words in one dense array per bucket array, apart from their
/// key/value blocks, so that a miss reads only control words (16 bytes per bucket, which stay
/// in cache far longer than whole 144-byte buckets) and a hit reads one control word and one
/// slot. Keys and values are interleaved per slot when that needs no padding (a hit then
/// touches one line of the block); otherwise they are packed as Go packs them, 8 keys then 8
/// values ("to eliminate padding, e.g. `map[int64]int8`"). Overflow buckets keep Go's
/// contiguous layout: control word, then block.
#[repr(C)]
pub(crate) struct ControlWord<K, V> {
    tophash: [u8; BUCKET_CNT],
    overflow: *mut ControlWord<K, V>,
    marker: PhantomData<(K, V)>,
}

#[repr(C)]
struct Pair<K, V> {
    k: MaybeUninit<K>,
    v: MaybeUninit<V>,
}

#[repr(C)]
struct Split<K, V> {
    k: [MaybeUninit<K>; BUCKET_CNT],
    v: [MaybeUninit<V>; BUCKET_CNT],
}

const fn round_up(n: usize, align: usize) -> usize {
    (n + align - 1) & !(align - 1)
}

const fn max(a: usize, b: usize) -> usize {
    if a > b { a } else { b }
}

/// Compile-time layout of the buckets of a `GoMap<K, V>`.
pub(crate) struct BucketLayout<K, V>(PhantomData<(K, V)>);

impl<K, V> BucketLayout<K, V> {
    const PAIRED: bool = mem::size_of::<Pair<K, V>>() == mem::size_of::<K>() + mem::size_of::<V>();
    const KV: Layout = if Self::PAIRED {
        Layout::new::<[Pair<K, V>; BUCKET_CNT]>()
    } else {
        Layout::new::<Split<K, V>>()
    };
    const KV_SIZE: usize = Self::KV.size();
    const KV_ALIGN: usize = Self::KV.align();
    const CONTROL_SIZE: usize = mem::size_of::<ControlWord<K, V>>();
    /// An overflow bucket: control word, then the block.
    const OVERFLOW_KV_OFFSET: usize = round_up(Self::CONTROL_SIZE, Self::KV_ALIGN);
    const OVERFLOW_ALIGN: usize = max(mem::align_of::<ControlWord<K, V>>(), Self::KV_ALIGN);
    const OVERFLOW_STRIDE: usize =
        round_up(Self::OVERFLOW_KV_OFFSET + Self::KV_SIZE, Self::OVERFLOW_ALIGN);
    const OVERFLOW: Layout =
        match Layout::from_size_align(Self::OVERFLOW_STRIDE, Self::OVERFLOW_ALIGN) {
            Ok(l) => l,
            Err(_) => panic!("bucket too large"),
        };
    /// Bytes of one bucket, as Go's `t.bucket.size` (used by the hint rule and segment sizing).
    pub(crate) const BUCKET_BYTES: usize = Self::CONTROL_SIZE + Self::KV_SIZE;
    /// log2 of the main buckets per segment once B is at least this large.
    pub(crate) const SEGMENT_BITS: u32 = segment_bits(Self::BUCKET_BYTES);
}

/// A bucket: its control word and its key/value block. Null when `c` is null.
pub(crate) struct BucketPtr<K, V> {
    control: *mut ControlWord<K, V>,
    kv: *mut u8,
}

impl<K, V> Clone for BucketPtr<K, V> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<K, V> Copy for BucketPtr<K, V> {}

impl<K, V> PartialEq for BucketPtr<K, V> {
    fn eq(&self, o: &Self) -> bool {
        self.control == o.control
    }
}

impl<K, V> BucketPtr<K, V> {
    #[inline]
    pub(crate) fn null() -> Self {
        BucketPtr { control: ptr::null_mut(), kv: ptr::null_mut() }
    }

    #[inline]
    pub(crate) fn is_null(self) -> bool {
        self.control.is_null()
    }

    /// The bucket of an overflow link (which points at an overflow bucket's control word).
    #[inline]
    fn from_link(o: *mut ControlWord<K, V>) -> Self {
        // The block follows the control word at a fixed offset; a null link stays null.
        BucketPtr {
            control: o,
            kv: o.cast::<u8>().wrapping_add(BucketLayout::<K, V>::OVERFLOW_KV_OFFSET),
        }
    }
}

// Raw accessors. Each requires `b` to be a live bucket; the key and value accessors only
// compute addresses.

/// # Safety
/// `b` is a live bucket.
#[inline]
pub(crate) unsafe fn tag_word<K, V>(b: BucketPtr<K, V>) -> u64 {
    // SAFETY: the caller guarantees `b` is live; tophash is always initialised.
    u64::from_le_bytes(unsafe { (*b.control).tophash })
}

/// # Safety
/// `b` is a live bucket and `i < 8`.
#[inline]
pub(crate) unsafe fn tag_at<K, V>(b: BucketPtr<K, V>, i: usize) -> u8 {
    // SAFETY: caller contract.
    unsafe { *(*b.control).tophash.get_unchecked(i) }
}

/// # Safety
/// `b` is a live bucket and `i < 8`.
#[inline]
pub(crate) unsafe fn set_tag<K, V>(b: BucketPtr<K, V>, i: usize, top: u8) {
    // SAFETY: caller contract.
    unsafe { *(*b.control).tophash.get_unchecked_mut(i) = top }
}

/// The next bucket of the chain (null at the end).
///
/// # Safety
/// `b` is a live bucket.
#[inline]
pub(crate) unsafe fn overflow<K, V>(b: BucketPtr<K, V>) -> BucketPtr<K, V> {
    // SAFETY: caller contract.
    BucketPtr::from_link(link_target(unsafe { (*b.control).overflow }))
}

/// Links `o` after `b` (or ends the chain at `b` when `o` is null, which also clears `b`'s
/// chain filter: nothing follows it any more). A non-null link keeps `b`'s filter.
///
/// # Safety
/// `b` is a live bucket; `o` is null or an overflow bucket.
#[inline]
unsafe fn set_overflow<K, V>(b: BucketPtr<K, V>, o: BucketPtr<K, V>) {
    // SAFETY: caller contract.
    unsafe {
        let old = (*b.control).overflow;
        (*b.control).overflow = if o.is_null() {
            ptr::null_mut()
        } else {
            o.control.map_addr(|a| a | (old.addr() & !LINK_ADDR_MASK))
        };
    }
}

// The chain filter. A main bucket's link carries, in its top byte, one bit per value of
// `tophash & 7` among the keys stored in its overflow buckets. A lookup that does not find its
// key in the main bucket walks the chain only when the bit of its own tophash is set, and it
// reads that bit in the same load and mask as the tophash bytes (`group::match_main`). At 10^7
// u64 keys about 5% of main buckets have overflow buckets and 11% are full; with the filter a
// miss walks a chain about 1% of the time (estimated from the bucket occupancy: 5.4% of main
// buckets with about 1.4 keys past them, each setting one of 8 bits) and never branches on the
// emptyRest mark of a main bucket. Bits are set as keys land in overflow buckets (insert and evacuation) and cleared only
// when the chain is cut, so a stale bit costs a walk, never a wrong answer. Overflow buckets'
// own links carry no filter.
//
// x86-64 only: user-space addresses there are below 2^56 (2^47 with 4-level paging), so the
// top byte of a pointer is free. Elsewhere (aarch64 memory tagging uses the top byte), and on
// x86-64 built with `--cfg gomap_portable` (how CI tests that path), the filter is off: a
// lookup walks every non-null link and nothing is stored.

/// Whether links carry a chain filter.
const LINK_FILTER: bool = cfg!(all(target_arch = "x86_64", not(gomap_portable)));
/// The address bits of a link.
const LINK_ADDR_MASK: usize = if LINK_FILTER { (1 << 56) - 1 } else { !0 };

/// The address a (possibly filtered) link points to.
#[inline(always)]
fn link_target<K, V>(link: *mut ControlWord<K, V>) -> *mut ControlWord<K, V> {
    link.map_addr(|a| a & LINK_ADDR_MASK)
}

/// The filter bit of a tophash byte.
#[inline(always)]
const fn filter_bit(top: u8) -> u8 {
    1 << (top & 7)
}

/// The bits of a main bucket's link that say its chain may hold a key with tophash `top`:
/// the filter bit, or the whole link (not null) when filters are off.
const fn chain_filter_mask(top: u8) -> u64 {
    if LINK_FILTER { (filter_bit(top) as u64) << 56 } else { !0 }
}

/// The chain filter of a main bucket's link (all bits set when filters are off).
#[inline(always)]
fn link_filter<K, V>(link: *mut ControlWord<K, V>) -> u8 {
    if LINK_FILTER { (link.addr() >> 56) as u8 } else { !0 }
}

/// Records in main bucket `main`'s chain filter that a key with tophash `top` now lives in one
/// of its overflow buckets.
///
/// # Safety
/// `main` is a live main bucket whose link is not null.
#[inline]
unsafe fn add_to_chain_filter<K, V>(main: BucketPtr<K, V>, top: u8) {
    if LINK_FILTER {
        // SAFETY: caller contract.
        unsafe {
            let l = (*main.control).overflow;
            debug_assert!(!link_target(l).is_null(), "filter on a chain without overflow");
            (*main.control).overflow = l.map_addr(|a| a | (usize::from(filter_bit(top)) << 56));
        }
    }
}

/// Gives `to` (a main bucket whose chain is a copy of `from`'s) `from`'s chain filter.
///
/// # Safety
/// Both are live main buckets, and `to`'s link is null exactly when `from`'s is.
#[inline]
unsafe fn copy_chain_filter<K, V>(from: BucketPtr<K, V>, to: BucketPtr<K, V>) {
    // SAFETY: caller contract.
    unsafe {
        let f = (*from.control).overflow.addr() & !LINK_ADDR_MASK;
        (*to.control).overflow = (*to.control).overflow.map_addr(|a| a | f);
    }
}

/// # Safety
/// `b` is a live bucket and `i < 8`.
#[inline]
pub(crate) unsafe fn key_ptr<K, V>(b: BucketPtr<K, V>, i: usize) -> *mut K {
    // SAFETY: in bounds of the block by the caller contract.
    unsafe {
        if BucketLayout::<K, V>::PAIRED {
            b.kv.cast::<Pair<K, V>>().add(i).cast::<K>()
        } else {
            b.kv.cast::<K>().add(i)
        }
    }
}

/// # Safety
/// `b` is a live bucket and `i < 8`.
#[inline]
pub(crate) unsafe fn val_ptr<K, V>(b: BucketPtr<K, V>, i: usize) -> *mut V {
    // SAFETY: in bounds of the block by the caller contract.
    unsafe {
        if BucketLayout::<K, V>::PAIRED {
            b.kv.cast::<Pair<K, V>>().add(i).byte_add(mem::offset_of!(Pair<K, V>, v)).cast::<V>()
        } else {
            b.kv.byte_add(mem::offset_of!(Split<K, V>, v)).cast::<V>().add(i)
        }
    }
}

/// Starts loading the cache line holding `p`, for writing if `WRITE`. `p` need not point at
/// anything: a prefetch never faults and has no visible effect.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn prefetch_line<const WRITE: bool>(p: *const u8) {
    use core::arch::x86_64::{_MM_HINT_ET0, _MM_HINT_T0, _mm_prefetch};
    // SAFETY: `prefetch` is a hint: it never faults, whatever `p` is, and does not read or
    // write memory in the language's sense (SSE is part of x86-64).
    unsafe {
        if WRITE {
            _mm_prefetch::<_MM_HINT_ET0>(p.cast());
        } else {
            _mm_prefetch::<_MM_HINT_T0>(p.cast());
        }
    }
}

/// Without a prefetch instruction the hint is dropped.
#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
fn prefetch_line<const WRITE: bool>(_line: *const u8) {}

/// Starts loading the first line of a main bucket's key/value block (the first two for blocks
/// of more than two lines) while its control word is read: the two live apart, so a cold hit
/// would otherwise take two cache misses one after the other. Inserts fill a bucket from slot
/// 0, so these lines hold most hits (slots 0-3 of a 16-byte slot, 0-4 of a 24-byte one).
/// Measured against prefetching the whole block: hits as fast, misses (which never read the
/// block) cheaper; the second line made 1e7 string-key hits 6 % faster.
#[inline(always)]
fn prefetch_block<K, V>(b: BucketPtr<K, V>) {
    prefetch_line::<false>(b.kv);
    // Wider slots (24 bytes for `&str` -> u64) put slots 2-4 on the second line.
    if BucketLayout::<K, V>::KV_SIZE > 2 * CACHE_LINE {
        prefetch_line::<false>(b.kv.wrapping_add(CACHE_LINE));
    }
}

/// Starts loading every line of a bucket's key/value block (an evacuation reads all its keys).
#[inline(always)]
fn prefetch_whole_block<K, V>(b: BucketPtr<K, V>) {
    for off in (0..BucketLayout::<K, V>::KV_SIZE).step_by(CACHE_LINE) {
        prefetch_line::<false>(b.kv.wrapping_add(off));
    }
}

/// Starts loading, for writing, a destination bucket's control word and the first line of its
/// key/value block.
#[inline(always)]
fn prefetch_destination<K, V>(b: BucketPtr<K, V>) {
    prefetch_line::<true>(b.control.cast());
    prefetch_line::<true>(b.kv);
}

/// Marks the path that calls it as unlikely (stable Rust has no `likely` intrinsic).
#[cold]
#[inline(always)]
fn cold_path() {}

/// `b`, telling the optimiser that it is usually true. In a lookup a tophash match is usually
/// the key: with that weight LLVM saves the registers that must survive a key comparison's
/// call (`bcmp` for strings) on the match path only; without it, it saved them before every
/// bucket test, which a miss paid for too (1e3 string misses: 76 -> 68 instructions,
/// 3.87 -> 3.10 ns). For keys compared inline (u64) the hint only made misses slower, and so
/// did marking the end of a chain likely.
#[inline(always)]
fn likely(b: bool) -> bool {
    if !b {
        cold_path();
    }
    b
}

/// Makes `b`'s control word an empty bucket: all emptyRest, no overflow.
///
/// # Safety
/// `b.control` points to writable memory for a control word.
#[inline]
unsafe fn zero_control_word<K, V>(b: BucketPtr<K, V>) {
    // SAFETY: caller contract.
    unsafe {
        b.control.write(ControlWord {
            tophash: [EMPTY_REST; BUCKET_CNT],
            overflow: ptr::null_mut(),
            marker: PhantomData,
        })
    };
}

/// Go's `evacuated`: the first tophash byte holds an evacuation marker.
///
/// # Safety
/// `b` is a live bucket.
#[inline]
unsafe fn evacuated<K, V>(b: BucketPtr<K, V>) -> bool {
    // SAFETY: caller contract.
    let h = unsafe { tag_at(b, 0) };
    h > EMPTY_ONE && h < MIN_TOP_HASH
}

/// Bookkeeping of one segment in two bytes: whether its buckets exist yet, and how much of its
/// share of the preallocated overflow pool is handed out (Go's `nextOverflow`). Zero, what a
/// zeroed directory holds, means not allocated; `1 + k` means allocated with `k` pool buckets
/// handed out. Every segment's pool has the same length (`ArrayGeometry::pool`, at most 256), so it is
/// not stored. Two bytes rather than a struct of three fields is what keeps the map's memory
/// at Go's: at 10^7 string keys the directory is 16 KiB, not 96.
#[derive(Clone, Copy)]
struct SegmentEntry(u16);

impl SegmentEntry {
    const ABSENT: SegmentEntry = SegmentEntry(0);

    fn fresh() -> SegmentEntry {
        SegmentEntry(1)
    }

    fn in_use(self) -> bool {
        self.0 != 0
    }

    /// Pool buckets handed out; only meaningful for a live segment.
    fn pool_next(self) -> usize {
        usize::from(self.0) - 1
    }

    fn with_pool_next(k: usize) -> SegmentEntry {
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
struct ArrayGeometry {
    /// Main buckets per segment.
    buckets_per_segment: usize,
    /// Pool buckets per segment.
    pool_per_segment: usize,
    kv_offset: usize,
    pool_offset: usize,
    layout: Layout,
    /// Whether the storage is an OS reservation (else one global-allocator block).
    reserved: bool,
}

/// A flat bucket array of 2^b buckets: bucket `i` is control word `ctrl[i]` and block
/// `kv + i * KV_SIZE`. Segments are the unit of bookkeeping (which buckets exist, whose pool an
/// overflow bucket comes from, what is handed back when `nevacuate` passes). `ctrl` is null
/// when unallocated.
pub(crate) struct BucketArray<K, V> {
    controls: *mut ControlWord<K, V>,
    kv: *mut u8,
    pool: *mut u8,
    directory: *mut SegmentEntry,
    /// One bit per segment, in the same allocation as `dir`: set while the segment is allocated
    /// and has pool buckets left to hand out (a pool, once dry, stays dry until its segment is
    /// freed). `new_overflow` finds a lender with a word scan instead of reading up to 33
    /// directory entries: at high load, before a doubling, most pools are dry, and that walk cost
    /// about 600 instructions per overflow bucket.
    lendable: *mut u64,
    /// Pool buckets per segment (`ArrayGeometry::pool`), kept so that hot paths need not recompute the
    /// geometry.
    pool_per_segment: usize,
    b: u8,
}

impl<K, V> Clone for BucketArray<K, V> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<K, V> Copy for BucketArray<K, V> {}

impl<K, V> BucketArray<K, V> {
    const fn null() -> Self {
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
    fn is_null(self) -> bool {
        self.controls.is_null()
    }

    fn segment_shift(b: u8) -> u32 {
        u32::from(b).min(BucketLayout::<K, V>::SEGMENT_BITS)
    }

    /// Main buckets per segment.
    fn buckets_per_segment(b: u8) -> usize {
        1 << Self::segment_shift(b)
    }

    fn segment_count(b: u8) -> usize {
        1 << (u32::from(b) - Self::segment_shift(b))
    }

    fn geometry(b: u8) -> ArrayGeometry {
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
        let go_share = if b >= 4 { per >> 4 } else { 0 };
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
    fn layout_regions(n: usize, pool: usize, region: usize) -> ArrayGeometry {
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
    fn segment_bytes(g: &ArrayGeometry) -> usize {
        g.buckets_per_segment * BucketLayout::<K, V>::BUCKET_BYTES
            + g.pool_per_segment * BucketLayout::<K, V>::OVERFLOW_STRIDE
    }

    /// The directory (a [`SegmentEntry`] per segment), then the lendable bitmap, and the bitmap's offset.
    fn directory_layout(b: u8) -> (Layout, usize) {
        let n = Self::segment_count(b);
        let segs = Layout::array::<SegmentEntry>(n).expect("directory size overflow");
        let bits = Layout::array::<u64>(n.div_ceil(64)).expect("directory size overflow");
        let (layout, off) = segs.extend(bits).expect("directory size overflow");
        (layout.pad_to_align(), off)
    }

    /// Sets segment `s`'s lendable bit.
    ///
    /// # Safety
    /// The array is allocated and `s < segment_count`.
    #[inline]
    unsafe fn set_lendable(self, s: usize, lendable: bool) {
        // SAFETY: caller contract: the bitmap has a bit for every segment.
        let w = unsafe { &mut *self.lendable.add(s / 64) };
        let bit = 1u64 << (s % 64);
        if lendable { *w |= bit } else { *w &= !bit }
    }

    /// Segment `s`'s lendable bit.
    ///
    /// # Safety
    /// The array is allocated and `s < segment_count`.
    unsafe fn is_lendable(self, s: usize) -> bool {
        // SAFETY: caller contract.
        unsafe { *self.lendable.add(s / 64) >> (s % 64) & 1 == 1 }
    }

    /// What segment `s`'s lendable bit must say, from its directory entry: allocated, with pool
    /// buckets left to hand out.
    ///
    /// # Safety
    /// The array is allocated and `s < segment_count`.
    #[inline]
    unsafe fn segment_lends(self, s: usize) -> bool {
        // SAFETY: caller contract.
        let entry = unsafe { self.segment_entry(s).read() };
        entry.in_use() && entry.pool_next() < self.pool_per_segment
    }

    /// Brings segment `s`'s lendable bit in line with its directory entry, after the entry
    /// changed.
    ///
    /// # Safety
    /// The array is allocated and `s < segment_count`.
    #[inline]
    unsafe fn refresh_lendable(self, s: usize) {
        // SAFETY: caller contract.
        unsafe { self.set_lendable(s, self.segment_lends(s)) };
    }

    /// The first segment in `lenders(s)` with pool buckets to lend.
    ///
    /// # Safety
    /// The array is allocated and `s < segment_count`.
    #[inline]
    unsafe fn first_lender(self, s: usize) -> Option<usize> {
        let last = (s + POOL_LEND).min(Self::segment_count(self.b) - 1);
        let mut t = s;
        while t <= last {
            // SAFETY: t < segment_count, so its word exists.
            let w = unsafe { *self.lendable.add(t / 64) } >> (t % 64);
            if w != 0 {
                let found = t + w.trailing_zeros() as usize;
                return (found <= last).then_some(found);
            }
            t = (t / 64 + 1) * 64;
        }
        None
    }

    /// # Safety
    /// The array is allocated and `s < segment_count`.
    #[inline]
    unsafe fn segment_entry(self, s: usize) -> *mut SegmentEntry {
        // SAFETY: caller contract.
        unsafe { self.directory.add(s) }
    }

    /// Whether segment `s` is allocated.
    ///
    /// # Safety
    /// The array is allocated and `s < segment_count`.
    #[inline]
    unsafe fn has_segment(self, s: usize) -> bool {
        // SAFETY: caller contract.
        unsafe { (*self.segment_entry(s)).in_use() }
    }

    /// Bucket `idx` of the array.
    ///
    /// # Safety
    /// The array is allocated, `idx < 2^b`, and the segment holding `idx` is allocated.
    #[inline]
    unsafe fn bucket(self, idx: usize) -> BucketPtr<K, V> {
        // SAFETY: caller contract; both regions hold 2^b entries.
        unsafe {
            BucketPtr {
                control: self.controls.add(idx),
                kv: self.kv.add(idx * BucketLayout::<K, V>::KV_SIZE),
            }
        }
    }

    /// The segments whose pools may hold the overflow buckets of segment `s`'s chains: `s`
    /// itself and the next [`POOL_LEND`] segments.
    fn lenders(self, s: usize) -> core::ops::RangeInclusive<usize> {
        s..=(s + POOL_LEND).min(Self::segment_count(self.b) - 1)
    }

    /// If overflow bucket `p` of one of segment `s`'s chains is a preallocated pool bucket,
    /// the segment that owns it and its pool index (else it is a heap allocation of its own).
    ///
    /// # Safety
    /// The array is allocated and `s < segment_count`.
    unsafe fn pool_slot(self, s: usize, p: BucketPtr<K, V>) -> Option<(usize, usize)> {
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
    unsafe fn in_pool(self, s: usize, p: BucketPtr<K, V>) -> bool {
        // SAFETY: caller contract.
        unsafe { self.pool_slot(s, p) }.is_some()
    }

    /// Pool bucket `k` of segment `s`.
    ///
    /// # Safety
    /// The array is allocated, `s < segment_count` and `k` < the pool size of a segment.
    unsafe fn pool_bucket(self, s: usize, k: usize) -> BucketPtr<K, V> {
        // SAFETY: caller contract: inside the pool region.
        let c = unsafe {
            self.pool.add((s * self.pool_per_segment + k) * BucketLayout::<K, V>::OVERFLOW_STRIDE)
        };
        BucketPtr::from_link(c.cast())
    }
}

/// Where the next evacuated entry goes (Go's `evacDst`).
struct EvacDst<K, V> {
    b: BucketPtr<K, V>,
    i: usize,
    idx: usize,
}

/// The whole hmap, minus the hasher.
pub(crate) struct RawTable<K, V> {
    pub(crate) count: usize,
    pub(crate) b: u8,
    /// 2^b - 1, kept with `b` so a lookup masks the hash with one load.
    mask: usize,
    old_b: u8,
    /// `count` at which the next new key is over the load factor: max(8, 6.5 * 2^B).
    grow_limit: usize,
    /// `noverflow` that counts as too many overflow buckets: 2^min(B, 15).
    overflow_limit: u16,
    flags: u8,
    pub(crate) noverflow: u16,
    pub(crate) hash0: u64,
    cur: BucketArray<K, V>,
    old: BucketArray<K, V>,
    pub(crate) nevacuate: usize,
    shrink_target: Option<u8>,
    pub(crate) auto_shrink: bool,
    rng: AtomicU64,
    bytes: usize,
    /// The part of `bytes` in OS reservations rather than the global allocator.
    reserved_bytes: usize,
    writes: u64,
    generation: u32,
    pub(crate) observer: Option<Box<dyn Observer + Send + Sync>>,
    trace: TraceState,
    marker: PhantomData<(K, V)>,
}

fn wyrand(state: &mut u64) -> u64 {
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
            bytes: 0,
            reserved_bytes: 0,
            writes: 0,
            generation: 0,
            observer: None,
            trace: TraceState::default(),
            marker: PhantomData,
        };
        if b != 0 {
            t.cur = t.alloc_array(b);
            for s in 0..BucketArray::<K, V>::segment_count(b) {
                t.alloc_segment(t.cur, s);
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
        self.bytes
    }

    pub(crate) fn reserved_bytes(&self) -> usize {
        self.reserved_bytes
    }

    #[inline]
    fn new_mask(&self) -> usize {
        debug_assert_eq!(self.mask, (1usize << self.b) - 1);
        self.mask
    }

    #[inline]
    fn old_mask(&self) -> usize {
        (1usize << self.old_b) - 1
    }

    // ---- allocation -------------------------------------------------------------------------

    /// Allocates an array of 2^b buckets with no segment allocated yet: its bookkeeping
    /// (one 2-byte entry per segment) and its storage. An array of at most [`BLOCK_MAX`] is one
    /// global-allocator block; a larger one is an OS reservation, one system call whatever its
    /// size, whose pages the kernel commits as evacuation first writes them.
    fn alloc_array(&mut self, b: u8) -> BucketArray<K, V> {
        let (layout, bits_off) = BucketArray::<K, V>::directory_layout(b);
        // SAFETY: the layout has a non-zero size (at least one entry).
        let dir = unsafe { alloc_zeroed(layout) };
        if dir.is_null() {
            handle_alloc_error(layout);
        }
        self.bytes += layout.size();
        let g = BucketArray::<K, V>::geometry(b);
        let base = if g.reserved {
            crate::vm::reserve(g.layout).map_or(ptr::null_mut(), |p| p.as_ptr())
        } else {
            // SAFETY: the layout has a non-zero size (at least one control word).
            unsafe { alloc(g.layout) }
        };
        if base.is_null() {
            handle_alloc_error(g.layout);
        }
        if !g.reserved {
            self.bytes += g.layout.size();
        }
        // SAFETY: the offsets lie inside the storage's and the directory's layouts.
        unsafe {
            BucketArray {
                controls: base.cast(),
                kv: base.add(g.kv_offset),
                pool: base.add(g.pool_offset),
                directory: dir.cast(),
                lendable: dir.add(bits_off).cast(),
                pool_per_segment: g.pool_per_segment,
                b,
            }
        }
    }

    /// Brings segment `s` into use: its control words are zeroed (empty buckets, no overflow)
    /// and its pool is handed out afresh. The blocks stay uninitialised and pool buckets are
    /// zeroed when handed out, so this touches 16 bytes per bucket, not the whole segment.
    fn alloc_segment(&mut self, arr: BucketArray<K, V>, s: usize) {
        let g = BucketArray::<K, V>::geometry(arr.b);
        // SAFETY: `arr` is allocated and `s < segment_count` (callers iterate or index within it), so
        // the segment's control words lie inside the control region.
        unsafe {
            ptr::write_bytes(arr.controls.add(s * g.buckets_per_segment), 0, g.buckets_per_segment);
            arr.segment_entry(s).write(SegmentEntry::fresh());
            arr.refresh_lendable(s);
        }
        self.account_segment(arr.b, true);
    }

    /// Counts a reservation's segment in or out of use. A block array is counted whole from
    /// allocation to free ([`Self::alloc_array`], [`Self::dealloc_array`]): the allocator holds all
    /// of it.
    fn account_segment(&mut self, b: u8, live: bool) {
        let g = BucketArray::<K, V>::geometry(b);
        if !g.reserved {
            return;
        }
        let n = BucketArray::<K, V>::segment_bytes(&g);
        if live {
            self.bytes += n;
            self.reserved_bytes += n;
        } else {
            self.bytes -= n;
            self.reserved_bytes -= n;
        }
    }

    #[inline]
    fn ensure_segment(&mut self, idx: usize) {
        let s = idx >> BucketLayout::<K, V>::SEGMENT_BITS;
        // SAFETY: `cur` is allocated and idx < 2^b.
        if !unsafe { self.cur.has_segment(s) } {
            self.alloc_segment(self.cur, s);
        }
    }

    /// Takes segment `s` out of use.
    ///
    /// # Safety
    /// Segment `s` of `arr` is allocated and no longer referenced.
    unsafe fn free_segment(&mut self, arr: BucketArray<K, V>, s: usize) {
        // SAFETY: caller contract.
        unsafe {
            arr.segment_entry(s).write(SegmentEntry::ABSENT);
            arr.refresh_lendable(s);
        }
        self.account_segment(arr.b, false);
    }

    /// Hands the whole pages of segment `s` of a reserved array back to the OS. Only for an old
    /// segment that `nevacuate` has passed, while the rest of its array stays in use: a whole
    /// array goes back in one `unreserve`, which makes a per-segment release redundant.
    ///
    /// # Safety
    /// Segment `s` of `arr` is freed, and nothing reads its buckets again.
    unsafe fn release_segment_pages(arr: BucketArray<K, V>, s: usize) {
        let g = BucketArray::<K, V>::geometry(arr.b);
        if !g.reserved {
            return;
        }
        let base = NonNull::new(arr.controls.cast::<u8>()).expect("allocated array");
        let (ctrl, kv, pool) = (
            BucketLayout::<K, V>::CONTROL_SIZE,
            BucketLayout::<K, V>::KV_SIZE,
            BucketLayout::<K, V>::OVERFLOW_STRIDE,
        );
        // SAFETY: the segment's ranges of the three regions of the reservation (caller
        // contract).
        unsafe {
            crate::vm::release(
                base,
                g.layout,
                s * g.buckets_per_segment * ctrl,
                g.buckets_per_segment * ctrl,
            );
            crate::vm::release(
                base,
                g.layout,
                g.kv_offset + s * g.buckets_per_segment * kv,
                g.buckets_per_segment * kv,
            );
            crate::vm::release(
                base,
                g.layout,
                g.pool_offset + s * g.pool_per_segment * pool,
                g.pool_per_segment * pool,
            );
        }
    }

    /// # Safety
    /// `arr` is allocated and all its segments are freed.
    unsafe fn dealloc_array(&mut self, arr: BucketArray<K, V>) {
        let (layout, _) = BucketArray::<K, V>::directory_layout(arr.b);
        let g = BucketArray::<K, V>::geometry(arr.b);
        // SAFETY: caller contract; the storage and directory were allocated with these layouts.
        unsafe {
            dealloc(arr.directory.cast(), layout);
            if g.reserved {
                crate::vm::unreserve(NonNull::new_unchecked(arr.controls.cast()), g.layout);
            } else {
                dealloc(arr.controls.cast(), g.layout);
            }
        }
        self.bytes -= layout.size();
        if !g.reserved {
            self.bytes -= g.layout.size();
        }
    }

    fn alloc_heap_bucket(&mut self) -> BucketPtr<K, V> {
        let layout = BucketLayout::<K, V>::OVERFLOW;
        // SAFETY: non-zero size.
        let p = unsafe { alloc(layout) };
        if p.is_null() {
            handle_alloc_error(layout);
        }
        self.bytes += layout.size();
        let b = BucketPtr::from_link(p.cast());
        // SAFETY: a fresh control word: make it an empty bucket.
        unsafe { zero_control_word(b) };
        b
    }

    /// # Safety
    /// `p` came from `alloc_heap_bucket` and is no longer referenced.
    unsafe fn free_heap_bucket(&mut self, p: BucketPtr<K, V>) {
        // SAFETY: caller contract.
        unsafe { dealloc(p.control.cast(), BucketLayout::<K, V>::OVERFLOW) };
        self.bytes -= BucketLayout::<K, V>::OVERFLOW.size();
    }

    /// Go's `incrnoverflow`: exact below B = 16, then incremented with probability 1/2^(B-15).
    fn incr_noverflow(&mut self) {
        if self.b < 16 {
            self.noverflow = self.noverflow.wrapping_add(1);
        } else {
            let mask = (1u64 << (self.b - 15).min(63)) - 1;
            if self.next_rand() & mask == 0 {
                self.noverflow = self.noverflow.wrapping_add(1);
            }
        }
    }

    /// Go's `newoverflow`: links a fresh overflow bucket after `last`, the tail of the chain of
    /// current bucket `idx`. Takes from a preallocated pool first: the segment's own, else that
    /// of one of the next [`POOL_LEND`] allocated segments, so that spare pool buckets of one
    /// segment serve its neighbours' overflow as Go's array-wide pool does.
    fn new_overflow(&mut self, idx: usize, last: BucketPtr<K, V>) -> BucketPtr<K, V> {
        let s = idx >> BucketLayout::<K, V>::SEGMENT_BITS;
        let cur = self.cur;
        // SAFETY: `cur` is allocated and s < segment_count.
        let overflow_bucket = if let Some(t) = unsafe { cur.first_lender(s) } {
            // SAFETY: t < segment_count; a lendable segment is allocated and has pool buckets left.
            unsafe {
                debug_assert!(cur.segment_lends(t));
                let k = (*cur.segment_entry(t)).pool_next();
                cur.segment_entry(t).write(SegmentEntry::with_pool_next(k + 1));
                cur.refresh_lendable(t);
                // k indexes an unused pool bucket of segment t; each is handed out once.
                let overflow_bucket = cur.pool_bucket(t, k);
                zero_control_word(overflow_bucket);
                overflow_bucket
            }
        } else {
            self.alloc_heap_bucket()
        };
        self.incr_noverflow();
        // SAFETY: `last` is a live bucket of the current array.
        unsafe { set_overflow(last, overflow_bucket) };
        overflow_bucket
    }

    /// Allocates the single bucket of a B = 0 map on its first write (Go's lazy allocation).
    #[cold]
    #[inline(never)]
    fn alloc_initial(&mut self) {
        debug_assert!(self.b == 0 && !self.growing());
        self.cur = self.alloc_array(0);
        self.alloc_segment(self.cur, 0);
    }

    // ---- lookups ----------------------------------------------------------------------------

    /// The chain a read of `hash` must search: the old bucket while it is not evacuated.
    ///
    /// # Safety
    /// The table is allocated.
    #[inline]
    unsafe fn read_bucket(&self, hash: u64) -> BucketPtr<K, V> {
        if self.growing() {
            // SAFETY: caller contract.
            if let Some(ob) = unsafe { self.unevacuated_old_bucket(hash) } {
                return ob;
            }
        }
        // SAFETY: the new bucket's source is evacuated, so its segment is allocated.
        unsafe { self.cur.bucket(hash as usize & self.new_mask()) }
    }

    /// During a growth, the old bucket of `hash` if it is not evacuated yet. Out of line: it
    /// runs only while growing, and keeping it out of `find` lets callers inline lookups.
    ///
    /// # Safety
    /// The table is growing.
    #[cold]
    #[inline(never)]
    unsafe fn unevacuated_old_bucket(&self, hash: u64) -> Option<BucketPtr<K, V>> {
        let o = hash as usize & self.old_mask();
        if o < self.nevacuate {
            return None;
        }
        // SAFETY: o < 2^old_b and its segment is not freed (o >= nevacuate).
        let ob = unsafe { self.old.bucket(o) };
        // SAFETY: `ob` is live.
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
        // SAFETY: count > 0 implies the table is allocated.
        let b = unsafe { self.read_bucket(hash) };
        prefetch_block(b);
        let probe = &MAIN_PROBE[(hash >> 56) as usize];
        // SAFETY: a main bucket's control word is always initialised.
        let (mut b, mut m) = (b, unsafe { match_main(b.control.cast(), probe) });
        // One loop for the main bucket and its chain, so that a hit leaves through one exit.
        loop {
            // Not a `for` loop: the next candidate is computed only after a failed comparison,
            // which a hit rarely has.
            let mut candidates = m.candidates();
            while candidates.is_nonempty() {
                let i = candidates.lowest();
                // SAFETY: a slot with a live tophash holds an initialised key.
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
            // SAFETY: `b` is live.
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
        // SAFETY: allocated by `prepare_write`; the bucket's source is evacuated (growWork).
        let orig = unsafe { self.cur.bucket(idx) };
        prefetch_block(orig);
        let needle = tophash_splat(hash);
        let top = needle as u8;
        let mut b = orig;
        let mut free = None;
        loop {
            // SAFETY: `b` is a live bucket of the chain.
            let t = unsafe { tag_word(b) };
            for i in match_top(t, needle) {
                // SAFETY: live slot.
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
            // SAFETY: `b` is live.
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
        // SAFETY: caller contract: the slot is live and the chain is well formed.
        unsafe {
            let kv = (key_ptr(b, i).read(), val_ptr(b, i).read());
            set_tag(b, i, EMPTY_ONE);
            let next_is_rest = if i == BUCKET_CNT - 1 {
                let o = overflow(b);
                o.is_null() || tag_at(o, 0) == EMPTY_REST
            } else {
                tag_at(b, i + 1) == EMPTY_REST
            };
            if next_is_rest {
                let (mut b, mut i) = (b, i);
                loop {
                    set_tag(b, i, EMPTY_REST);
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
                    if tag_at(b, i) != EMPTY_ONE {
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
        // SAFETY: caller contract.
        let kv = unsafe {
            let kv = (key_ptr(b, i).read(), val_ptr(b, i).read());
            set_tag(b, i, EMPTY_ONE);
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
    fn auto_shrink_check(&mut self) {
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

    // ---- growth -----------------------------------------------------------------------------

    /// Go's `hashGrow`: double when over the load factor, else a same-size growth.
    fn hash_grow(&mut self) {
        if over_load_factor(self.count + 1, self.b) {
            self.start_evacuation(self.b + 1, GrowthKind::Double);
        } else {
            self.start_evacuation(self.b, GrowthKind::SameSize);
        }
    }

    /// Installs a new, empty array of 2^new_b buckets and makes the current one old. Only the
    /// new segment entries are allocated and the address space reserved here; segments come
    /// into use when evacuation first writes them.
    fn start_evacuation(&mut self, new_b: u8, kind: GrowthKind) {
        debug_assert!(!self.growing() && !self.cur.is_null());
        let new = self.alloc_array(new_b);
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
    fn grow_work<H: Fn(&K) -> u64>(&mut self, hash: u64, hasher: &H) {
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
    fn prefetch_evacuation(&self, j: usize) {
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
    fn evacuation_dsts(&self, j: usize) -> (usize, usize) {
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

    fn evacuate<H: Fn(&K) -> u64>(&mut self, j: usize, hasher: &H) {
        if j < self.nevacuate {
            // Already evacuated; its segment may be gone.
            return;
        }
        // SAFETY: j < 2^old_b and j >= nevacuate, so its segment is allocated.
        let ob = unsafe { self.old.bucket(j) };
        // SAFETY: `ob` is live.
        if !unsafe { evacuated(ob) } {
            self.evacuate_chain(j, ob, hasher);
        }
        if j == self.nevacuate {
            self.advance_evacuation_mark();
        }
    }

    /// Go's `evacuate` for a bucket that is not yet evacuated.
    fn evacuate_chain<H: Fn(&K) -> u64>(&mut self, j: usize, ob: BucketPtr<K, V>, hasher: &H) {
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
                    // SAFETY: live slot.
                    let h = hasher(unsafe { &*key_ptr(bk, i) });
                    // Branch-free: the X/Y choice is a coin flip the predictor cannot learn.
                    bits |= (((h >> self.old_b) & 1) as u8) << i;
                }
                ybits.push(bits);
                // SAFETY: `bk` is live.
                bk = unsafe { overflow(bk) };
            }
        }

        // Pass 2: move. No user code runs from here on.
        let (xi, yi) = self.evacuation_dsts(j);
        self.ensure_segment(xi);
        if kind == GrowthKind::Double {
            self.ensure_segment(yi);
        }
        // SAFETY: segments just ensured.
        let x = EvacDst { b: unsafe { self.cur.bucket(xi) }, i: 0, idx: xi };
        let mut y = EvacDst { b: BucketPtr::null(), i: 0, idx: yi };
        if kind == GrowthKind::Double {
            // SAFETY: segment just ensured.
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
        const EVAC_EMPTY_ALL: u64 = u64::from_le_bytes([EVACUATED_EMPTY; BUCKET_CNT]);
        while !bk.is_null() {
            let bits = ybits.get(c);
            // SAFETY: `bk` is live.
            let t = unsafe { tag_word(bk) };
            debug_assert!(match_full(t).0 | match_empty(t).0 == SlotMask::ALL.0, "bad map state");
            // The bucket's new tophash word: evacuatedEmpty, or evacuatedX/Y where an entry left.
            let mut marks = EVAC_EMPTY_ALL;
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
                let top = (t >> (8 * i)) as u8;
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
                marks ^= u64::from((EVACUATED_X + use_y as u8) ^ EVACUATED_EMPTY) << (8 * i);
                dst.i = di + 1;
                moved[use_y] += 1;
            }
            // SAFETY: `bk` is live.
            unsafe { (*bk.control).tophash = marks.to_le_bytes() };
            // SAFETY: `bk` is live.
            bk = unsafe { overflow(bk) };
            c += 1;
        }
        let [nx, ny] = moved;

        // Release the old chain's heap overflow buckets now; pool buckets go with the segment.
        // SAFETY: `ob` is live; nothing reads an evacuated chain beyond its first tophash byte.
        let mut o = unsafe { overflow(ob) };
        // SAFETY: as above.
        unsafe { set_overflow(ob, BucketPtr::null()) };
        let s = j >> BucketLayout::<K, V>::SEGMENT_BITS;
        while !o.is_null() {
            // SAFETY: `o` is a live overflow bucket of the old chain.
            let next = unsafe { overflow(o) };
            // SAFETY: old segment `s` is allocated (j >= nevacuate).
            if !unsafe { self.old.in_pool(s, o) } {
                // SAFETY: a heap overflow bucket, now unreachable.
                unsafe { self.free_heap_bucket(o) };
            }
            o = next;
        }

        if let Some(obs) = &mut self.observer {
            obs.bucket_evacuated(&BucketEvacuated { index: j, to_x: nx, to_y: ny });
        }
    }

    /// The next free cell at or after the destination cursor, extending the chain if needed.
    fn dst_slot(&mut self, d: &mut EvacDst<K, V>) -> (BucketPtr<K, V>, usize) {
        loop {
            if d.i < BUCKET_CNT {
                // SAFETY: `d.b` is a live bucket of the new array.
                let free = match_empty(unsafe { tag_word(d.b) }).at_or_after(d.i);
                if free.is_nonempty() {
                    d.i = free.lowest();
                    return (d.b, d.i);
                }
            }
            // SAFETY: `d.b` is live.
            let next = unsafe { overflow(d.b) };
            d.b = if next.is_null() { self.new_overflow(d.idx, d.b) } else { next };
            d.i = 0;
        }
    }

    /// Go's `advanceEvacuationMark`, plus releasing each old segment once passed.
    fn advance_evacuation_mark(&mut self) {
        let nold = 1usize << self.old_b;
        self.nevacuate += 1;
        self.release_passed_segment();
        let stop = (self.nevacuate + EVAC_SCAN_LIMIT).min(nold);
        // SAFETY: nevacuate < nold, so the bucket's segment is allocated.
        while self.nevacuate != stop && unsafe { evacuated(self.old.bucket(self.nevacuate)) } {
            self.nevacuate += 1;
            self.release_passed_segment();
        }
        if self.nevacuate == nold {
            self.finish_evacuation();
        }
    }

    fn release_passed_segment(&mut self) {
        let per = BucketArray::<K, V>::buckets_per_segment(self.old_b);
        if self.nevacuate % per == 0 {
            let s = (self.nevacuate - 1) >> BucketLayout::<K, V>::SEGMENT_BITS;
            // SAFETY: every bucket of segment `s` is below nevacuate, hence evacuated, and the
            // evacuated buckets own nothing (their heap overflow buckets are already freed);
            // nothing reads an old bucket below nevacuate again.
            unsafe {
                self.free_segment(self.old, s);
                Self::release_segment_pages(self.old, s);
            }
        }
    }

    fn finish_evacuation(&mut self) {
        // SAFETY: all old segments were released as nevacuate passed them.
        unsafe { self.dealloc_array(self.old) };
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

    // ---- bulk operations --------------------------------------------------------------------

    /// Drops every entry, one at a time: each is unlinked before its destructor runs, so a
    /// panicking destructor leaves a consistent (smaller) table.
    fn drop_entries(&mut self) {
        if !(mem::needs_drop::<K>() || mem::needs_drop::<V>()) {
            self.count = 0;
            return;
        }
        if self.count == 0 {
            return;
        }
        let it = RawIter::new(self, 0);
        for (b, i) in it {
            // SAFETY: the iterator yields live slots of this table.
            let (k, v) = unsafe { self.take_at(b, i) };
            drop(k);
            drop(v);
        }
    }

    /// Frees every bucket of `arr` (entries must already be gone or be trivially droppable).
    ///
    /// # Safety
    /// `arr` is an array of this table that nothing references any more.
    unsafe fn free_array(&mut self, arr: BucketArray<K, V>) {
        if arr.is_null() {
            return;
        }
        for s in 0..BucketArray::<K, V>::segment_count(arr.b) {
            // SAFETY: s < segment_count.
            if !unsafe { arr.has_segment(s) } {
                continue;
            }
            // SAFETY: segment allocated.
            unsafe { self.free_segment_chains(arr, s) };
            // SAFETY: nothing references the segment any more.
            unsafe { self.free_segment(arr, s) };
        }
        // SAFETY: all segments freed.
        unsafe { self.dealloc_array(arr) };
    }

    /// Frees the heap overflow buckets hanging off segment `s` and unlinks its chains.
    ///
    /// # Safety
    /// Segment `s` of `arr` is allocated and holds no live entries that need dropping.
    unsafe fn free_segment_chains(&mut self, arr: BucketArray<K, V>, s: usize) {
        let per = BucketArray::<K, V>::buckets_per_segment(arr.b);
        for m in 0..per {
            // SAFETY: m indexes a main bucket of the allocated segment.
            let main = unsafe { arr.bucket((s << BucketLayout::<K, V>::SEGMENT_BITS) + m) };
            // SAFETY: live bucket.
            let mut o = unsafe { overflow(main) };
            // SAFETY: as above.
            unsafe { set_overflow(main, BucketPtr::null()) };
            while !o.is_null() {
                // SAFETY: live overflow bucket.
                let next = unsafe { overflow(o) };
                // SAFETY: segment allocated.
                if !unsafe { arr.in_pool(s, o) } {
                    // SAFETY: heap bucket, unlinked above.
                    unsafe { self.free_heap_bucket(o) };
                }
                o = next;
            }
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
        // SAFETY: no entries remain; the old array is detached.
        unsafe { self.free_array(old) };
        let cur = self.cur;
        if cur.is_null() {
            return;
        }
        for s in 0..BucketArray::<K, V>::segment_count(cur.b) {
            // SAFETY: s < segment_count.
            if unsafe { cur.has_segment(s) } {
                // SAFETY: the segment holds no entries.
                unsafe { self.free_segment_chains(cur, s) };
                self.account_segment(cur.b, false);
            }
            // Zeroed control words make every bucket empty again; the pool starts afresh.
            self.alloc_segment(cur, s);
        }
        self.flags = 0;
        self.nevacuate = 0;
        self.noverflow = 0;
        self.count = 0;
        self.shrink_target = None;
        self.hash0 = self.next_rand();
    }

    fn free_all(&mut self) {
        let old = mem::replace(&mut self.old, BucketArray::null());
        let cur = mem::replace(&mut self.cur, BucketArray::null());
        // SAFETY: both arrays are detached and hold no entries needing a drop.
        unsafe {
            self.free_array(old);
            self.free_array(cur);
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
            bytes: 0,
            reserved_bytes: 0,
            writes: self.writes,
            generation: self.generation,
            observer: None,
            trace: TraceState::default(),
            marker: PhantomData,
        };
        if !self.cur.is_null() {
            t.cur = t.alloc_array(self.cur.b);
            t.clone_array(self.cur, true);
        }
        if self.growing() {
            t.old = t.alloc_array(self.old.b);
            t.clone_array(self.old, false);
        }
        debug_assert_eq!(t.count, self.count);
        t
    }

    fn clone_array(&mut self, src: BucketArray<K, V>, is_cur: bool)
    where
        K: Clone,
        V: Clone,
    {
        let dst = if is_cur { self.cur } else { self.old };
        // All segments first: a chain may link pool buckets of the next segments.
        for s in 0..BucketArray::<K, V>::segment_count(src.b) {
            // SAFETY: s < segment_count of both arrays (same b).
            if unsafe { src.has_segment(s) } {
                self.alloc_segment(dst, s);
                // SAFETY: both segments allocated; pool counters (and so whether the segment
                // lends) copied so pool buckets map 1:1.
                unsafe {
                    dst.segment_entry(s).write(src.segment_entry(s).read());
                    dst.refresh_lendable(s);
                }
            }
        }
        for s in 0..BucketArray::<K, V>::segment_count(src.b) {
            // SAFETY: s < segment_count.
            if !unsafe { src.has_segment(s) } {
                continue;
            }
            let g = BucketArray::<K, V>::geometry(src.b);
            for m in 0..g.buckets_per_segment {
                let idx = (s << BucketLayout::<K, V>::SEGMENT_BITS) + m;
                // SAFETY: idx is a main bucket of both allocated segments.
                let (mut sb, mut db) = unsafe { (src.bucket(idx), dst.bucket(idx)) };
                loop {
                    for i in 0..BUCKET_CNT {
                        // SAFETY: live buckets, i < 8; the key/value are written before the
                        // tophash marks them live.
                        unsafe {
                            let top = tag_at(sb, i);
                            if top >= MIN_TOP_HASH {
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
                    // SAFETY: live bucket.
                    let so = unsafe { overflow(sb) };
                    if so.is_null() {
                        break;
                    }
                    // SAFETY: segments allocated; a pool bucket maps to the same pool slot.
                    let dob = if let Some((t, k)) = unsafe { src.pool_slot(s, so) } {
                        // SAFETY: segment t of `dst` is allocated (first loop) and k < its
                        // pool size.
                        let b = unsafe { dst.pool_bucket(t, k) };
                        // SAFETY: an unused pool bucket of the new segment.
                        unsafe { zero_control_word(b) };
                        b
                    } else {
                        self.alloc_heap_bucket()
                    };
                    // SAFETY: `db` is live; `dob` is an empty bucket.
                    unsafe { set_overflow(db, dob) };
                    sb = so;
                    db = dob;
                }
                // SAFETY: main buckets `idx` of both arrays, whose chains now match.
                unsafe { copy_chain_filter(src.bucket(idx), dst.bucket(idx)) };
            }
        }
    }

    // ---- introspection ----------------------------------------------------------------------

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
                // SAFETY: j >= nevacuate: segment allocated.
                let ob = unsafe { self.old.bucket(j) };
                // SAFETY: live bucket.
                if unsafe { evacuated(ob) } {
                    continue;
                }
                // SAFETY: live bucket.
                live += unsafe { self.check_chain(ob, hasher, j, self.old_mask()) };
            }
        }
        for idx in 0..(1usize << self.b) {
            // SAFETY: idx < 2^b.
            if !unsafe { self.cur.has_segment(idx >> BucketLayout::<K, V>::SEGMENT_BITS) } {
                assert!(self.growing(), "missing segment outside growth");
                continue;
            }
            // SAFETY: segment allocated.
            let b = unsafe { self.cur.bucket(idx) };
            // SAFETY: live bucket.
            let n = unsafe { self.check_chain(b, hasher, idx, self.new_mask()) };
            if n > 0 && self.growing() {
                // A new bucket only fills after the old bucket(s) feeding it are evacuated.
                let src = idx & self.old_mask();
                // SAFETY: segment allocated when src >= nevacuate.
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
        // SAFETY: caller contract.
        let link = unsafe { (*b.control).overflow };
        let (main, filter) = (b, link_filter(link));
        if link_target(link).is_null() {
            assert!(!LINK_FILTER || filter == 0, "chain filter without a chain");
        }
        while !b.is_null() {
            for i in 0..BUCKET_CNT {
                // SAFETY: caller contract.
                let top = unsafe { tag_at(b, i) };
                if rest {
                    assert_eq!(top, EMPTY_REST, "cell after emptyRest is not emptyRest");
                }
                if top == EMPTY_REST {
                    rest = true;
                }
                assert!(
                    top <= EMPTY_ONE || top >= MIN_TOP_HASH,
                    "evacuation marker in a live chain"
                );
                if top >= MIN_TOP_HASH {
                    // SAFETY: live slot.
                    let h = hasher(unsafe { &*key_ptr(b, i) });
                    assert_eq!(h as usize & mask, idx, "entry in the wrong bucket");
                    assert_eq!(tophash(h), top, "wrong tophash");
                    assert!(
                        b == main || filter & filter_bit(top) != 0,
                        "overflow entry missing from its chain filter"
                    );
                    n += 1;
                }
            }
            // SAFETY: live bucket.
            b = unsafe { overflow(b) };
        }
        n
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
    top: u8,
    pub(crate) orig: BucketPtr<K, V>,
    pub(crate) found: Option<(BucketPtr<K, V>, usize)>,
    free: Option<(BucketPtr<K, V>, usize)>,
    last: BucketPtr<K, V>,
}

/// Per-bucket Y bits of one chain; chains are short, so usually no heap allocation.
struct YBits {
    inline: [u8; 32],
    len: usize,
    spill: Vec<u8>,
}

impl YBits {
    fn new() -> Self {
        YBits { inline: [0; 32], len: 0, spill: Vec::new() }
    }

    fn push(&mut self, bits: u8) {
        if self.len < self.inline.len() {
            self.inline[self.len] = bits;
        } else {
            self.spill.push(bits);
        }
        self.len += 1;
    }

    fn get(&self, c: usize) -> u8 {
        if c >= self.len {
            0
        } else if c < self.inline.len() {
            self.inline[c]
        } else {
            self.spill[c - self.inline.len()]
        }
    }
}

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
            offset: ((r >> b) & 7) as u32,
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
                        // SAFETY: idx < 2^b.
                        if !unsafe {
                            self.cur.has_segment(idx >> BucketLayout::<K, V>::SEGMENT_BITS)
                        } {
                            let per = BucketArray::<K, V>::buckets_per_segment(self.cur.b);
                            self.pos += per - (idx & (per - 1));
                            continue;
                        }
                        self.pos += 1;
                        // SAFETY: segment allocated.
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
                        // SAFETY: segment allocated.
                        let ob = unsafe { self.old.bucket(j) };
                        // SAFETY: live bucket.
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
                // SAFETY: `b` is live.
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
            // SAFETY: `b` is live.
            self.mask = match_full(unsafe { tag_word(self.b) }).rotate(self.offset);
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tophash_table_is_gos_rule_broadcast() {
        // runtime/map.go: top := uint8(hash >> 56); if top < minTopHash { top += minTopHash }
        for byte in 0..=255u64 {
            let go = if byte < 5 { byte as u8 + 5 } else { byte as u8 };
            for low in [0u64, 1, 0x00ff_ffff_ffff_ffff] {
                let hash = byte << 56 | low;
                assert_eq!(tophash(hash), go, "top byte {byte:#x}");
                assert_eq!(tophash_splat(hash), u64::from_le_bytes([go; 8]), "top byte {byte:#x}");
            }
        }
    }

    #[test]
    fn first_lender_matches_a_scan_of_the_bits() {
        // 256 segments (four bitmap words): lenders that straddle word boundaries, the last
        // segment's short window, and sparse, dense and empty bitmaps.
        let mut t = RawTable::<u64, u64>::new(0, 7);
        let b = 16;
        let arr = t.alloc_array(b);
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
                // SAFETY: as above.
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
            // SAFETY: as above.
            assert_eq!(unsafe { arr.first_lender(s) }, want, "segment {s}, lender {p}");
            // SAFETY: as above.
            unsafe { arr.set_lendable(p, false) };
        }
        // SAFETY: no segment was allocated.
        unsafe { t.dealloc_array(arr) };
    }
}
