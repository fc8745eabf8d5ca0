//! Matching a bucket's 8 tophash bytes in one step.
//!
//! Go scans `tophash[0..8]` one byte at a time. Here the 8 bytes are one little-endian `u64`
//! and each query answers for all 8 slots at once: with SSE2 on x86-64 (a byte compare and a
//! `pmovmskb`, one bit per slot), elsewhere with exact SWAR integer arithmetic (bit `8i + 7`
//! per slot). Every mask is exact (no false positives), which matters: a false positive would
//! let a lookup compare against an uninitialised key slot.

/// A set of slots of one bucket, in the layout of the active implementation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SlotMask(pub(crate) u64);

// `gomap_portable` selects the portable version on x86-64 too (CI tests it that way).
#[cfg(all(target_arch = "x86_64", target_feature = "sse2", not(gomap_portable)))]
use sse2 as imp;
#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2", not(gomap_portable))))]
use swar as imp;

pub(crate) use imp::{
    MainProbe, match_chain, match_empty, match_empty_rest, match_full, match_main, match_top,
};

/// What a lookup learns from a main bucket's 16-byte control word (8 tophash bytes, then the
/// overflow link) in one mask: the slots whose tophash matches, and whether the chain past the
/// main bucket may hold the key (the link has a bit selected by [`MainProbe`]).
///
/// A miss ends on two tests of this one mask, both nearly always predicted right. At 10^7 keys
/// a miss waits about 100 ns for its control word, and the CPU keeps more lookups in flight
/// the fewer instructions wait on that word and the fewer branches on it mispredict: Go's own
/// sequence (a second mask for emptyRest, a branch on it that goes the unexpected way for
/// every full bucket, then a null test of the link) made a miss there 18% slower.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MainMatch {
    /// Candidates at `candidate_bits`, the walk flag at `walk_bit`, other bits meaningless
    /// (they are masked off where read, not where made). The two masks are the
    /// implementation's constants, kept here so that tests can read the portable version's
    /// answers on x86-64; they fold away when inlined.
    bits: u64,
    candidate_bits: u64,
    walk_bit: u64,
}

impl MainMatch {
    #[inline(always)]
    pub(crate) fn candidates(self) -> SlotMask {
        SlotMask(self.bits & self.candidate_bits)
    }

    /// Whether the chain past the main bucket may hold the key.
    #[inline(always)]
    pub(crate) fn walk(self) -> bool {
        self.bits & self.walk_bit != 0
    }
}

impl SlotMask {
    /// All 8 slots.
    pub(crate) const ALL: SlotMask = imp::ALL;

    #[inline]
    pub(crate) fn is_nonempty(self) -> bool {
        self.0 != 0
    }

    /// The lowest slot in the set. Only meaningful when the set is not empty.
    #[inline]
    pub(crate) fn lowest(self) -> usize {
        (self.0.trailing_zeros() >> imp::SHIFT) as usize
    }

    #[inline]
    pub(crate) fn remove_lowest(self) -> SlotMask {
        SlotMask(self.0 & self.0.wrapping_sub(1))
    }

    /// The slots at index `i` or later (`i <= 8`).
    #[inline]
    pub(crate) fn at_or_after(self, i: usize) -> SlotMask {
        SlotMask(self.0 & (!0u64).checked_shl((i as u32) << imp::SHIFT).unwrap_or(0))
    }

    /// Rotates so that slot `offset` becomes position 0 (Go's per-iterator start offset);
    /// position `p` of the result is slot `(p + offset) & 7`.
    #[inline]
    pub(crate) fn rotate(self, offset: u32) -> SlotMask {
        imp::rotate(self, offset)
    }
}

impl Iterator for SlotMask {
    type Item = usize;
    #[inline]
    fn next(&mut self) -> Option<usize> {
        if self.0 != 0 {
            let i = self.lowest();
            *self = self.remove_lowest();
            Some(i)
        } else {
            None
        }
    }
}

/// Broadcasts a byte to all 8 lanes of a `u64`.
#[inline]
pub(crate) const fn splat(b: u8) -> u64 {
    0x0101_0101_0101_0101u64 * b as u64
}

#[cfg_attr(
    all(target_arch = "x86_64", target_feature = "sse2", not(test), not(gomap_portable)),
    expect(dead_code, reason = "the portable fallback; on x86-64 only its tests use it")
)]
pub(crate) mod swar {
    use super::{SlotMask, splat};

    pub(crate) const SHIFT: u32 = 3;
    pub(crate) const ALL: SlotMask = SlotMask(HI);
    const LO7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HI: u64 = 0x8080_8080_8080_8080;

    /// Bytes of `x` that are < `bound` (bound in 1..=0x80). Exact: the addition never carries
    /// across a byte because each byte is at most 0x7f + 0x7f.
    #[inline]
    fn bytes_below(x: u64, bound: u8) -> SlotMask {
        SlotMask(!(x | ((x & LO7) + splat(0x80 - bound))) & HI)
    }

    /// `needle`: a live tophash in all 8 lanes.
    #[inline]
    pub(crate) fn match_top(tags: u64, needle: u64) -> SlotMask {
        bytes_below(tags ^ needle, 1)
    }

    #[inline]
    pub(crate) fn match_empty_rest(tags: u64) -> SlotMask {
        bytes_below(tags, 1)
    }

    #[inline]
    pub(crate) fn match_empty(tags: u64) -> SlotMask {
        bytes_below(tags, 2)
    }

    #[inline]
    pub(crate) fn match_full(tags: u64) -> SlotMask {
        SlotMask(!bytes_below(tags, crate::raw::Tag::MIN_TOP_HASH.byte()).0 & HI)
    }

    #[inline]
    pub(crate) fn rotate(m: SlotMask, offset: u32) -> SlotMask {
        SlotMask(m.0.rotate_right(offset * 8))
    }

    /// The operand of [`match_main`] for one tophash.
    #[derive(Clone, Copy, Debug)]
    pub(crate) struct MainProbe {
        needle: u64,
        walk_bits: u64,
    }

    impl MainProbe {
        /// `top` is a live tophash; the chain is walked when the link has any of `walk_bits`.
        pub(crate) const fn new(top: u8, walk_bits: u64) -> MainProbe {
            MainProbe { needle: splat(top), walk_bits }
        }

        /// The tophash in all 8 lanes (the operand of [`match_top`]).
        #[inline(always)]
        pub(crate) fn needle(&self) -> u64 {
            self.needle
        }
    }

    /// # Safety
    /// `ctrl` points to an initialised control word.
    #[inline(always)]
    pub(crate) unsafe fn match_main(ctrl: *const [u8; 16], probe: &MainProbe) -> super::MainMatch {
        // SAFETY: `ctrl` points at an initialised 16-byte control word (the caller's guarantee),
        // 8-aligned, so its halves are two aligned u64 loads.
        let (tags, link) = unsafe {
            let w = ctrl.cast::<u64>();
            (u64::from_le(w.read()), w.add(1).read())
        };
        // Candidates are the high bit of each byte; the walk flag is bit 0, which none uses.
        let walk = u64::from(link & probe.walk_bits != 0);
        super::MainMatch {
            bits: match_top(tags, probe.needle).0 | walk,
            candidate_bits: HI,
            walk_bit: 1,
        }
    }

    /// An overflow bucket's answer in [`match_main`]'s form: walk on unless it has an emptyRest
    /// slot (Go's rule past the main bucket; the caller tests the link for null).
    #[inline(always)]
    pub(crate) fn match_chain(tags: u64, needle: u64) -> super::MainMatch {
        let walk = u64::from(!match_empty_rest(tags).is_nonempty());
        super::MainMatch { bits: match_top(tags, needle).0 | walk, candidate_bits: HI, walk_bit: 1 }
    }
}

#[cfg(all(target_arch = "x86_64", target_feature = "sse2", not(gomap_portable)))]
mod sse2 {
    use super::SlotMask;
    use core::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_cvtsi64_si128, _mm_load_si128, _mm_loadu_si128,
        _mm_max_epu8, _mm_min_epu8, _mm_movemask_epi8, _mm_set1_epi8, _mm_setzero_si128,
    };

    pub(crate) const SHIFT: u32 = 0;
    pub(crate) const ALL: SlotMask = SlotMask(0xff);

    #[inline]
    fn load(tags: u64) -> __m128i {
        // SAFETY: SSE2 is enabled for this target (cfg above); a register move.
        unsafe { _mm_cvtsi64_si128(tags as i64) }
    }

    #[inline]
    fn mask(v: __m128i) -> SlotMask {
        // SAFETY: SSE2 is enabled. Only the low 8 lanes hold tophash bytes.
        SlotMask(unsafe { _mm_movemask_epi8(v) } as u64 & 0xff)
    }

    /// `needle` is a live tophash (>= `MIN_TOP_HASH`) in all 8 lanes, loaded ready-made by the
    /// caller; the 8 upper lanes of both vectors are zero, so the mask keeps the low 8 bits.
    /// Per bucket this is a move, a compare, a `pmovmskb` and a byte extension.
    #[inline]
    pub(crate) fn match_top(tags: u64, needle: u64) -> SlotMask {
        debug_assert!(needle != 0 && needle == super::splat(needle as u8));
        // SAFETY: SSE2 is enabled.
        mask(unsafe { _mm_cmpeq_epi8(load(tags), load(needle)) })
    }

    #[inline]
    pub(crate) fn match_empty_rest(tags: u64) -> SlotMask {
        // SAFETY: SSE2 is enabled.
        mask(unsafe { _mm_cmpeq_epi8(load(tags), _mm_setzero_si128()) })
    }

    #[inline]
    pub(crate) fn match_empty(tags: u64) -> SlotMask {
        let v = load(tags);
        // Bytes <= 1: min(b, 1) == b.
        // SAFETY: SSE2 is enabled.
        mask(unsafe { _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(1)), v) })
    }

    #[inline]
    pub(crate) fn match_full(tags: u64) -> SlotMask {
        let v = load(tags);
        // Bytes >= 5: max(b, 5) == b.
        // SAFETY: SSE2 is enabled.
        mask(unsafe {
            _mm_cmpeq_epi8(
                _mm_max_epu8(v, _mm_set1_epi8(crate::raw::Tag::MIN_TOP_HASH.byte() as i8)),
                v,
            )
        })
    }

    #[inline]
    pub(crate) fn rotate(m: SlotMask, offset: u32) -> SlotMask {
        SlotMask(u64::from((m.0 as u8).rotate_right(offset)))
    }

    /// Lane 15 of the control word: the top byte of the link.
    const WALK_BIT: u64 = 1 << 15;

    /// The operands of [`match_main`] for one tophash: the value a control word must equal
    /// (the tophash in lanes 0-7, in lane 15 the one bit of the link's top byte that sends the
    /// lookup down the chain) once masked to the lanes to keep (0-7, and that bit). Both in one
    /// 32-byte entry, so that the and and the compare take them straight from memory.
    #[derive(Clone, Copy, Debug)]
    #[repr(C, align(32))]
    pub(crate) struct MainProbe {
        needle: [u8; 16],
        care: [u8; 16],
    }

    impl MainProbe {
        /// `top` is a live tophash; `walk_bits` is one bit of the link's top byte.
        pub(crate) const fn new(top: u8, walk_bits: u64) -> MainProbe {
            let bit = (walk_bits >> 56) as u8;
            assert!(bit.is_power_of_two() && walk_bits == (bit as u64) << 56);
            let (mut needle, mut care) = ([0; 16], [0; 16]);
            let mut i = 0;
            while i < 8 {
                (needle[i], care[i]) = (top, 0xff);
                i += 1;
            }
            (needle[15], care[15]) = (bit, bit);
            MainProbe { needle, care }
        }

        /// The tophash in all 8 lanes (the operand of [`match_top`]).
        #[inline(always)]
        pub(crate) fn needle(&self) -> u64 {
            let mut low = [0; 8];
            low.copy_from_slice(&self.needle[..8]);
            u64::from_le_bytes(low)
        }
    }

    /// One load, an and, a compare and a `pmovmskb`: lane `i < 8` is set when tophash `i`
    /// equals the probe's, lane 15 when the link has the probe's bit (`(l & bit) == bit`);
    /// lanes 8-14 are always set and never read.
    ///
    /// # Safety
    /// `ctrl` points to an initialised control word.
    #[inline(always)]
    pub(crate) unsafe fn match_main(ctrl: *const [u8; 16], probe: &MainProbe) -> super::MainMatch {
        // SAFETY: SSE2 is enabled; `ctrl` is readable for 16 bytes (the caller's guarantee) and the
        // probe's halves are 16-aligned.
        let bits = unsafe {
            let word = _mm_loadu_si128(ctrl.cast());
            let care = _mm_load_si128(probe.care.as_ptr().cast());
            let needle = _mm_load_si128(probe.needle.as_ptr().cast());
            _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(word, care), needle)) as u32
        };
        super::MainMatch { bits: u64::from(bits), candidate_bits: 0xff, walk_bit: WALK_BIT }
    }

    /// An overflow bucket's answer in [`match_main`]'s form: walk on unless it has an emptyRest
    /// slot (Go's rule past the main bucket; the caller tests the link for null).
    #[inline(always)]
    pub(crate) fn match_chain(tags: u64, needle: u64) -> super::MainMatch {
        let walk = if match_empty_rest(tags).is_nonempty() { 0 } else { WALK_BIT };
        super::MainMatch {
            bits: match_top(tags, needle).0 | walk,
            candidate_bits: 0xff,
            walk_bit: WALK_BIT,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slow(tags: [u8; 8], f: impl Fn(u8) -> bool) -> Vec<usize> {
        (0..8).filter(|&i| f(tags[i])).collect()
    }

    fn slots(m: SlotMask, shift: u32) -> Vec<usize> {
        let mut v = Vec::new();
        let mut x = m.0;
        while x != 0 {
            v.push((x.trailing_zeros() >> shift) as usize);
            x &= x - 1;
        }
        v
    }

    #[test]
    fn masks_are_exact_for_all_byte_patterns() {
        // Every byte value in every position, with tricky neighbours (0, 1, 0x80, 0xff), for
        // the active implementation and for the portable SWAR one.
        let fill = [0u8, 1, 2, 4, 5, 0x7f, 0x80, 0xfe, 0xff];
        for &n in &fill {
            for pos in 0..8 {
                for v in 0..=255u8 {
                    let mut tags = [n; 8];
                    tags[pos] = v;
                    let w = u64::from_le_bytes(tags);
                    for top in [5u8, 6, 0x80, 0xff, v.max(5)] {
                        assert_eq!(
                            match_top(w, splat(top)).collect::<Vec<_>>(),
                            slow(tags, |b| b == top)
                        );
                        assert_eq!(
                            slots(swar::match_top(w, splat(top)), swar::SHIFT),
                            slow(tags, |b| b == top)
                        );
                    }
                    assert_eq!(match_empty_rest(w).collect::<Vec<_>>(), slow(tags, |b| b == 0));
                    assert_eq!(match_empty(w).collect::<Vec<_>>(), slow(tags, |b| b <= 1));
                    assert_eq!(match_full(w).collect::<Vec<_>>(), slow(tags, |b| b >= 5));
                    assert_eq!(
                        slots(swar::match_empty_rest(w), swar::SHIFT),
                        slow(tags, |b| b == 0)
                    );
                    assert_eq!(slots(swar::match_empty(w), swar::SHIFT), slow(tags, |b| b <= 1));
                    assert_eq!(slots(swar::match_full(w), swar::SHIFT), slow(tags, |b| b >= 5));
                }
            }
        }
    }

    #[test]
    fn main_matches_are_exact() {
        // Tophash bytes with tricky neighbours and links whose bytes echo the tophash, for each
        // filter bit: the one-test answer of the active and the portable implementation against
        // a byte loop and a bit test.
        let fill = [0u8, 1, 5, 0x7f, 0x80, 0xff];
        let mut links = vec![0u64, 0x0000_7f12_3456_7890];
        for f in 0..8 {
            links.push((1u64 << (56 + f)) | 0x0000_5555_5555_5550);
            links.push((0xffu64 << 56) ^ (1 << (56 + f)) | 0x0000_0505_0505_0500);
        }
        for &n in &fill {
            for pos in 0..8 {
                for v in [0u8, 1, 4, 5, 6, 0x80, 0xff] {
                    let mut tags = [n; 8];
                    tags[pos] = v;
                    for &link in &links {
                        let mut word = [0u8; 16];
                        word[..8].copy_from_slice(&tags);
                        word[8..].copy_from_slice(&link.to_ne_bytes());
                        for top in [5u8, 6, 0x80, 0xff, v.max(5)] {
                            let want: Vec<usize> = slow(tags, |b| b == top);
                            for f in 0..8 {
                                let walk_bits = 1u64 << (56 + f);
                                let walk = link & walk_bits != 0;
                                // SAFETY: `word` is a 16-byte control word.
                                let m =
                                    unsafe { match_main(&word, &MainProbe::new(top, walk_bits)) };
                                assert_eq!(m.candidates().collect::<Vec<_>>(), want);
                                assert_eq!(m.walk(), walk);
                                // SAFETY: `word` is a 16-byte control word.
                                let m = unsafe {
                                    swar::match_main(&word, &swar::MainProbe::new(top, walk_bits))
                                };
                                assert_eq!(slots(m.candidates(), swar::SHIFT), want);
                                assert_eq!(m.walk(), walk);
                            }
                            let chain = match_chain(u64::from_le_bytes(tags), splat(top));
                            assert_eq!(chain.candidates().collect::<Vec<_>>(), want);
                            assert_eq!(chain.walk(), !tags.contains(&0));
                            let chain = swar::match_chain(u64::from_le_bytes(tags), splat(top));
                            assert_eq!(slots(chain.candidates(), swar::SHIFT), want);
                            assert_eq!(chain.walk(), !tags.contains(&0));
                            let bit = 1u64 << (56 + (top & 7));
                            assert_eq!(MainProbe::new(top, bit).needle(), splat(top));
                            assert_eq!(swar::MainProbe::new(top, bit).needle(), splat(top));
                            // Without filters the portable version walks every non-null link.
                            // SAFETY: `word` is a 16-byte control word.
                            let m =
                                unsafe { swar::match_main(&word, &swar::MainProbe::new(top, !0)) };
                            assert_eq!(m.walk(), link != 0);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn rotate_and_at_or_after() {
        let w = u64::from_le_bytes([9, 0, 9, 0, 9, 9, 0, 9]);
        let order: Vec<usize> = match_full(w).rotate(3).map(|p| (p + 3) & 7).collect();
        assert_eq!(order, vec![4, 5, 7, 0, 2]);
        let order: Vec<usize> = slots(swar::rotate(swar::match_full(w), 3), swar::SHIFT)
            .iter()
            .map(|p| (p + 3) & 7)
            .collect();
        assert_eq!(order, vec![4, 5, 7, 0, 2]);
        assert_eq!(match_full(w).at_or_after(3).collect::<Vec<_>>(), vec![4, 5, 7]);
        assert_eq!(match_full(w).at_or_after(8).collect::<Vec<_>>(), Vec::<usize>::new());
        assert_eq!(SlotMask::ALL.collect::<Vec<_>>(), (0..8).collect::<Vec<_>>());
        assert_eq!(slots(swar::ALL, swar::SHIFT), (0..8).collect::<Vec<_>>());
    }
}
