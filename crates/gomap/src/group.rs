//! SWAR matching of a bucket's 8 tophash bytes in one step.
//!
//! Go scans `tophash[0..8]` one byte at a time. Here the 8 bytes are one little-endian `u64`
//! and each query answers for all 8 slots at once with a handful of integer operations.
//! Every mask is exact (no false positives), which matters: a false positive would let a lookup
//! compare against an uninitialised key slot.

/// A set of slots of one bucket: bit `8 * i + 7` is set when slot `i` is in the set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SlotMask(pub(crate) u64);

const LO7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
const HI: u64 = 0x8080_8080_8080_8080;
const ONES: u64 = 0x0101_0101_0101_0101;

impl SlotMask {
    #[inline]
    pub(crate) fn is_nonempty(self) -> bool {
        self.0 != 0
    }

    /// The lowest slot in the set. Only meaningful when the set is not empty.
    #[inline]
    pub(crate) fn lowest(self) -> usize {
        (self.0.trailing_zeros() / 8) as usize
    }

    #[inline]
    pub(crate) fn remove_lowest(self) -> SlotMask {
        SlotMask(self.0 & self.0.wrapping_sub(1))
    }

    /// Rotates so that slot `offset` becomes position 0 (Go's per-iterator start offset).
    #[inline]
    pub(crate) fn rotate(self, offset: u32) -> SlotMask {
        SlotMask(self.0.rotate_right(offset * 8))
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

/// Bytes of `x` that are < `bound` (bound in 1..=0x80), as a mask. Exact: the addition never
/// carries across a byte because each byte is at most 0x7f + 0x7f.
#[inline]
fn bytes_below(x: u64, bound: u8) -> SlotMask {
    let add = ONES * u64::from(0x80 - bound);
    SlotMask(!(x | ((x & LO7) + add)) & HI)
}

/// Slots whose tophash equals `top`.
#[inline]
pub(crate) fn match_top(tags: u64, top: u8) -> SlotMask {
    bytes_below(tags ^ (ONES * u64::from(top)), 1)
}

/// Slots marked emptyRest (0).
#[inline]
pub(crate) fn match_empty_rest(tags: u64) -> SlotMask {
    bytes_below(tags, 1)
}

/// Slots that are empty (emptyRest or emptyOne), Go's `isEmpty`.
#[inline]
pub(crate) fn match_empty(tags: u64) -> SlotMask {
    bytes_below(tags, 2)
}

/// Slots holding a live entry (tophash >= minTopHash).
#[inline]
pub(crate) fn match_full(tags: u64) -> SlotMask {
    SlotMask(!bytes_below(tags, crate::raw::MIN_TOP_HASH).0 & HI)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slow(tags: [u8; 8], f: impl Fn(u8) -> bool) -> Vec<usize> {
        (0..8).filter(|&i| f(tags[i])).collect()
    }

    #[test]
    fn masks_are_exact_for_all_byte_patterns() {
        // Every byte value in every position, with tricky neighbours (0, 1, 0x80, 0xff).
        let fill = [0u8, 1, 2, 4, 5, 0x7f, 0x80, 0xfe, 0xff];
        for &n in &fill {
            for pos in 0..8 {
                for v in 0..=255u8 {
                    let mut tags = [n; 8];
                    tags[pos] = v;
                    let w = u64::from_le_bytes(tags);
                    for top in [5u8, 6, 0x80, 0xff, v.max(5)] {
                        assert_eq!(match_top(w, top).collect::<Vec<_>>(), slow(tags, |b| b == top));
                    }
                    assert_eq!(match_empty_rest(w).collect::<Vec<_>>(), slow(tags, |b| b == 0));
                    assert_eq!(match_empty(w).collect::<Vec<_>>(), slow(tags, |b| b <= 1));
                    assert_eq!(match_full(w).collect::<Vec<_>>(), slow(tags, |b| b >= 5));
                }
            }
        }
    }

    #[test]
    fn rotate_orders_from_offset() {
        let m = match_full(u64::from_le_bytes([9, 0, 9, 0, 9, 9, 0, 9]));
        let order: Vec<usize> = m.rotate(3).map(|p| (p + 3) & 7).collect();
        assert_eq!(order, vec![4, 5, 7, 0, 2]);
    }
}
