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

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
use sse2 as imp;
#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
use swar as imp;

pub(crate) use imp::{match_empty, match_empty_rest, match_full, match_top};

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
    all(target_arch = "x86_64", target_feature = "sse2", not(test)),
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
        SlotMask(!bytes_below(tags, crate::raw::MIN_TOP_HASH).0 & HI)
    }

    #[inline]
    pub(crate) fn rotate(m: SlotMask, offset: u32) -> SlotMask {
        SlotMask(m.0.rotate_right(offset * 8))
    }
}

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
mod sse2 {
    use super::SlotMask;
    use core::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_cvtsi64_si128, _mm_max_epu8, _mm_min_epu8, _mm_movemask_epi8,
        _mm_set1_epi8, _mm_setzero_si128,
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
            _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(crate::raw::MIN_TOP_HASH as i8)), v)
        })
    }

    #[inline]
    pub(crate) fn rotate(m: SlotMask, offset: u32) -> SlotMask {
        SlotMask(u64::from((m.0 as u8).rotate_right(offset)))
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
