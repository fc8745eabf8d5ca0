//! One bucket: Go's `bmap` (runtime/map.go of Go 1.19) split into a 16-byte control word (8
//! tophash bytes and the overflow link) and a key/value block of 8 slots; the pointer type
//! [`BucketPtr`] that defines a *live bucket*; the chain filter carried by a main bucket's
//! link; and the prefetches of a bucket's lines.
//!
//! Main buckets keep their control words in one dense region apart from their blocks, so that
//! a miss reads only control words and a hit one control word and one slot; a lookup prefetches
//! the block's first line(s) beside the control word so that a hit's two reads overlap.
//! Overflow buckets keep Go's contiguous layout: control word, then block.
//!
//! The chain filter (x86-64 only): user-space addresses are below 2^56, so a main bucket's link
//! carries in its top byte one bit per value of `tophash % 8` among the keys stored past the
//! main bucket. Bits are set as keys land there (insert and evacuation) and cleared only when
//! the chain is cut, so a stale bit costs a walk, never a wrong answer. A lookup reads the
//! control word with one load and one masked compare (`group::match_main`): candidates and
//! "the chain may hold the key" come out of one `pmovmskb`, so a miss ends on two nearly always
//! predicted tests of one mask. Elsewhere, and with `--cfg gomap_portable` (how the tests run
//! that path on x86-64), links carry no filter and a lookup walks every non-null link.

use core::alloc::Layout;
use core::marker::PhantomData;
use core::mem::{self, MaybeUninit};
use core::ptr;

use super::array::segment_bits;
use super::tag::Tag;
use crate::group::MainProbe;

/// Slots per bucket (Go's `bucketCnt`).
pub(crate) const BUCKET_CNT: usize = 8;

/// Bytes of a cache line on the targets measured (x86-64, aarch64).
pub(super) const CACHE_LINE: usize = 64;

/// [`MainProbe`] of every top byte: its tophash, and its chain-filter bit (see
/// [`chain_filter_mask`]). 8 KiB, one entry read per lookup. The entry holds the lane mask
/// too, so that the and and the compare take their operands straight from memory; a 4 KiB
/// table and an `or` per lookup measured the same.
pub(super) static MAIN_PROBE: [MainProbe; 256] = {
    let min = Tag::MIN_TOP_HASH;
    let mut t = [MainProbe::new(min.byte(), chain_filter_mask(min)); 256];
    let mut i = 0;
    while i < 256 {
        let top = Tag::from_top_byte(i as u8);
        t[i] = MainProbe::new(top.byte(), chain_filter_mask(top));
        i += 1;
    }
    t
};

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
    pub(super) tophash: [Tag; BUCKET_CNT],
    pub(super) overflow: *mut ControlWord<K, V>,
    pub(super) marker: PhantomData<(K, V)>,
}

#[repr(C)]
pub(super) struct Pair<K, V> {
    pub(super) k: MaybeUninit<K>,
    pub(super) v: MaybeUninit<V>,
}

#[repr(C)]
pub(super) struct Split<K, V> {
    pub(super) k: [MaybeUninit<K>; BUCKET_CNT],
    pub(super) v: [MaybeUninit<V>; BUCKET_CNT],
}

pub(super) const fn round_up(n: usize, align: usize) -> usize {
    (n + align - 1) & !(align - 1)
}

pub(super) const fn max(a: usize, b: usize) -> usize {
    if a > b { a } else { b }
}

/// Compile-time layout of the buckets of a `GoMap<K, V>`.
pub(crate) struct BucketLayout<K, V>(PhantomData<(K, V)>);

impl<K, V> BucketLayout<K, V> {
    pub(super) const PAIRED: bool =
        mem::size_of::<Pair<K, V>>() == mem::size_of::<K>() + mem::size_of::<V>();
    pub(super) const KV: Layout = if Self::PAIRED {
        Layout::new::<[Pair<K, V>; BUCKET_CNT]>()
    } else {
        Layout::new::<Split<K, V>>()
    };
    pub(super) const KV_SIZE: usize = Self::KV.size();
    pub(super) const KV_ALIGN: usize = Self::KV.align();
    pub(super) const CONTROL_SIZE: usize = mem::size_of::<ControlWord<K, V>>();
    /// An overflow bucket: control word, then the block.
    pub(super) const OVERFLOW_KV_OFFSET: usize = round_up(Self::CONTROL_SIZE, Self::KV_ALIGN);
    pub(super) const OVERFLOW_ALIGN: usize =
        max(mem::align_of::<ControlWord<K, V>>(), Self::KV_ALIGN);
    pub(super) const OVERFLOW_STRIDE: usize =
        round_up(Self::OVERFLOW_KV_OFFSET + Self::KV_SIZE, Self::OVERFLOW_ALIGN);
    pub(super) const OVERFLOW: Layout =
        match Layout::from_size_align(Self::OVERFLOW_STRIDE, Self::OVERFLOW_ALIGN) {
            Ok(l) => l,
            Err(_) => panic!("bucket too large"),
        };
    /// Bytes of one bucket, as Go's `t.bucket.size` (used by the hint rule and segment sizing).
    pub(crate) const BUCKET_BYTES: usize = Self::CONTROL_SIZE + Self::KV_SIZE;
    /// log2 of the main buckets per segment once B is at least this large.
    pub(crate) const SEGMENT_BITS: u32 = segment_bits(Self::BUCKET_BYTES);
}

/// A bucket: its control word and its key/value block. Null when `control` is null.
///
/// A *live bucket* is a non-null `BucketPtr` that points at a bucket of a table:
/// - a main bucket `i < 2^b` of an allocated [`BucketArray`](super::array::BucketArray) whose
///   segment holding `i` is in use (its control word was zeroed or written since it came
///   into use, so its tags and link are initialised), or
/// - an overflow bucket reached through such a bucket's chain (a pool bucket handed out by
///   that array, or a heap overflow bucket), whose control word is initialised when handed out.
///
/// `control` then points at an initialised [`ControlWord`], and `kv` at that bucket's
/// key/value block of `BUCKET_CNT` slots (uninitialised except where a tag is live). Both are
/// valid for reads and writes as long as the array it belongs to is allocated and its segment
/// is in use: until `nevacuate` passes an old bucket's segment, the chain is cut, or the array
/// is freed. A slot of a live bucket holds an initialised key and value exactly when its tag is
/// live ([`Tag::is_live`]). Every `unsafe` accessor below requires a live bucket; the
/// table's `&`/`&mut` borrows are what keep one live while it is used.
pub(crate) struct BucketPtr<K, V> {
    pub(super) control: *mut ControlWord<K, V>,
    pub(super) kv: *mut u8,
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
    pub(super) fn from_link(o: *mut ControlWord<K, V>) -> Self {
        // The block follows the control word at a fixed offset; a null link stays null.
        BucketPtr {
            control: o,
            kv: o.cast::<u8>().wrapping_add(BucketLayout::<K, V>::OVERFLOW_KV_OFFSET),
        }
    }
}

// Raw accessors. Each requires `b` to be a live bucket (see BucketPtr); the key and value
// accessors only compute addresses.

/// # Safety
/// `b` is a live bucket.
#[inline]
pub(crate) unsafe fn tag_word<K, V>(b: BucketPtr<K, V>) -> u64 {
    // SAFETY: `b` is a live bucket (see BucketPtr), so its control word is readable and its
    // tophash bytes initialised; `Tag` is `repr(transparent)` over `u8`, so `[Tag; 8]` has
    // the layout of `[u8; 8]`.
    u64::from_le_bytes(unsafe { (&raw const (*b.control).tophash).cast::<[u8; 8]>().read() })
}

/// Sets all 8 tags of `b` from a tophash word (lane `i` is cell `i`).
///
/// # Safety
/// `b` is a live bucket.
#[inline]
pub(crate) unsafe fn set_tag_word<K, V>(b: BucketPtr<K, V>, word: u64) {
    // SAFETY: `b` is a live bucket (see BucketPtr), so its control word is writable; any byte
    // is a valid `Tag`, and `[Tag; 8]` has the layout of `[u8; 8]` (`repr(transparent)`).
    unsafe { (&raw mut (*b.control).tophash).cast::<[u8; 8]>().write(word.to_le_bytes()) }
}

/// # Safety
/// `b` is a live bucket and `i < 8`.
#[inline]
pub(crate) unsafe fn tag_at<K, V>(b: BucketPtr<K, V>, i: usize) -> Tag {
    // SAFETY: `b` is a live bucket (see BucketPtr), so its control word is valid for reads; `i <
    // BUCKET_CNT`.
    unsafe { *(*b.control).tophash.get_unchecked(i) }
}

/// # Safety
/// `b` is a live bucket and `i < 8`.
#[inline]
pub(crate) unsafe fn set_tag<K, V>(b: BucketPtr<K, V>, i: usize, top: Tag) {
    // SAFETY: `b` is a live bucket (see BucketPtr), so its control word is valid for writes; `i <
    // BUCKET_CNT`.
    unsafe { *(*b.control).tophash.get_unchecked_mut(i) = top }
}

/// The next bucket of the chain (null at the end).
///
/// # Safety
/// `b` is a live bucket.
#[inline]
pub(crate) unsafe fn overflow<K, V>(b: BucketPtr<K, V>) -> BucketPtr<K, V> {
    // SAFETY: `b` is a live bucket (see BucketPtr), so its control word is readable.
    BucketPtr::from_link(link_target(unsafe { (*b.control).overflow }))
}

/// Links `o` after `b` (or ends the chain at `b` when `o` is null, which also clears `b`'s
/// chain filter: nothing follows it any more). A non-null link keeps `b`'s filter.
///
/// # Safety
/// `b` is a live bucket; `o` is null or an overflow bucket.
#[inline]
pub(super) unsafe fn set_overflow<K, V>(b: BucketPtr<K, V>, o: BucketPtr<K, V>) {
    // SAFETY: `b` is a live bucket (see BucketPtr), so its control word is writable.
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
// emptyRest mark of a main bucket. Bits are set as keys land in overflow buckets (insert and
// evacuation) and cleared only
// when the chain is cut, so a stale bit costs a walk, never a wrong answer. Overflow buckets'
// own links carry no filter.
//
// x86-64 only: user-space addresses there are below 2^56 (2^47 with 4-level paging), so the
// top byte of a pointer is free. Elsewhere (aarch64 memory tagging uses the top byte), and on
// x86-64 built with `--cfg gomap_portable` (how CI tests that path), the filter is off: a
// lookup walks every non-null link and nothing is stored.

/// Whether links carry a chain filter.
pub(super) const LINK_FILTER: bool = cfg!(all(target_arch = "x86_64", not(gomap_portable)));
/// The address bits of a link.
pub(super) const LINK_ADDR_MASK: usize =
    if LINK_FILTER { (1 << LINK_FILTER_SHIFT) - 1 } else { !0 };
/// Where the filter byte starts in a link: user-space addresses are below 2^56.
pub(super) const LINK_FILTER_SHIFT: u32 = usize::BITS - u8::BITS;
/// One filter bit per value of `tophash % FILTER_BITS`: the filter is one byte.
pub(super) const FILTER_BITS: u8 = u8::BITS as u8;

/// The address a (possibly filtered) link points to.
#[inline(always)]
pub(super) fn link_target<K, V>(link: *mut ControlWord<K, V>) -> *mut ControlWord<K, V> {
    link.map_addr(|a| a & LINK_ADDR_MASK)
}

/// The filter bit of a tophash byte.
#[inline(always)]
pub(super) const fn filter_bit(top: Tag) -> u8 {
    1 << (top.byte() % FILTER_BITS)
}

/// The bits of a main bucket's link that say its chain may hold a key with tophash `top`:
/// the filter bit, or the whole link (not null) when filters are off.
pub(super) const fn chain_filter_mask(top: Tag) -> u64 {
    if LINK_FILTER { (filter_bit(top) as u64) << LINK_FILTER_SHIFT } else { !0 }
}

/// The chain filter of a main bucket's link (all bits set when filters are off).
#[inline(always)]
pub(super) fn link_filter<K, V>(link: *mut ControlWord<K, V>) -> u8 {
    if LINK_FILTER { (link.addr() >> LINK_FILTER_SHIFT) as u8 } else { !0 }
}

/// Records in main bucket `main`'s chain filter that a key with tophash `top` now lives in one
/// of its overflow buckets.
///
/// # Safety
/// `main` is a live main bucket whose link is not null.
#[inline]
pub(super) unsafe fn add_to_chain_filter<K, V>(main: BucketPtr<K, V>, top: Tag) {
    if LINK_FILTER {
        // SAFETY: `main` is a live main bucket (see BucketPtr), so its control word is writable.
        unsafe {
            let l = (*main.control).overflow;
            debug_assert!(!link_target(l).is_null(), "filter on a chain without overflow");
            (*main.control).overflow =
                l.map_addr(|a| a | (usize::from(filter_bit(top)) << LINK_FILTER_SHIFT));
        }
    }
}

/// Gives `to` (a main bucket whose chain is a copy of `from`'s) `from`'s chain filter.
///
/// # Safety
/// Both are live main buckets, and `to`'s link is null exactly when `from`'s is.
#[inline]
pub(super) unsafe fn copy_chain_filter<K, V>(from: BucketPtr<K, V>, to: BucketPtr<K, V>) {
    // SAFETY: `from` and `to` are live main buckets (see BucketPtr): both control words are
    // readable and writable.
    unsafe {
        let f = (*from.control).overflow.addr() & !LINK_ADDR_MASK;
        (*to.control).overflow = (*to.control).overflow.map_addr(|a| a | f);
    }
}

/// # Safety
/// `b` is a live bucket and `i < 8`.
#[inline]
pub(crate) unsafe fn key_ptr<K, V>(b: BucketPtr<K, V>, i: usize) -> *mut K {
    // SAFETY: `b` is a live bucket (see BucketPtr), so `b.kv` starts a block of `BUCKET_CNT` slots,
    // and `i < BUCKET_CNT`: the slot address stays inside it.
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
    // SAFETY: `b` is a live bucket (see BucketPtr), so `b.kv` starts a block of `BUCKET_CNT` slots,
    // and `i < BUCKET_CNT`: the slot address stays inside it.
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
pub(super) fn prefetch_line<const WRITE: bool>(p: *const u8) {
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
pub(super) fn prefetch_line<const WRITE: bool>(_line: *const u8) {}

/// Starts loading the first line of a main bucket's key/value block (the first two for blocks
/// of more than two lines) while its control word is read: the two live apart, so a cold hit
/// would otherwise take two cache misses one after the other. Inserts fill a bucket from slot
/// 0, so these lines hold most hits (slots 0-3 of a 16-byte slot, 0-4 of a 24-byte one).
/// Measured against prefetching the whole block: hits as fast, misses (which never read the
/// block) cheaper; the second line made 1e7 string-key hits 6 % faster.
#[inline(always)]
pub(super) fn prefetch_block<K, V>(b: BucketPtr<K, V>) {
    prefetch_line::<false>(b.kv);
    // Wider slots (24 bytes for `&str` -> u64) put slots 2-4 on the second line.
    if BucketLayout::<K, V>::KV_SIZE > 2 * CACHE_LINE {
        prefetch_line::<false>(b.kv.wrapping_add(CACHE_LINE));
    }
}

/// Starts loading every line of a bucket's key/value block (an evacuation reads all its keys).
#[inline(always)]
pub(super) fn prefetch_whole_block<K, V>(b: BucketPtr<K, V>) {
    for off in (0..BucketLayout::<K, V>::KV_SIZE).step_by(CACHE_LINE) {
        prefetch_line::<false>(b.kv.wrapping_add(off));
    }
}

/// Starts loading, for writing, a destination bucket's control word and the first line of its
/// key/value block.
#[inline(always)]
pub(super) fn prefetch_destination<K, V>(b: BucketPtr<K, V>) {
    prefetch_line::<true>(b.control.cast());
    prefetch_line::<true>(b.kv);
}

/// Makes `b`'s control word an empty bucket: all emptyRest, no overflow.
///
/// # Safety
/// `b.control` points to writable memory for a control word.
#[inline]
pub(super) unsafe fn zero_control_word<K, V>(b: BucketPtr<K, V>) {
    // SAFETY: `b.control` points at memory writable for a control word (the caller's guarantee).
    unsafe {
        b.control.write(ControlWord {
            tophash: [Tag::EMPTY_REST; BUCKET_CNT],
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
pub(super) unsafe fn evacuated<K, V>(b: BucketPtr<K, V>) -> bool {
    // SAFETY: `b` is a live bucket (see BucketPtr), and cell 0 exists.
    unsafe { tag_at(b, 0) }.is_evacuated()
}
