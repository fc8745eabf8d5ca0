//! Address space for large bucket arrays: reserved whole, committed by the OS page by page on first
//! touch, and handed back a segment at a time.
//!
//! A flat array lets a lookup find bucket `i` at `base + i * size`, with no directory in between
//! (the directory cost about a quarter of a lookup's instructions in cache). Arrays up to 4 MiB
//! come from the global allocator (see `BLOCK_MAX` in `raw/array.rs`); a larger one from the global
//! allocator would break the bounded-work guarantee, since `dealloc` returns it in one piece
//! and nothing hands back the pages of the part already evacuated. An anonymous mapping costs
//! one system call whatever its size; the kernel supplies zeroed pages as evacuation first
//! writes them, and `release` returns a passed segment's pages while the rest of the array
//! stays in use.
//!
//! On targets without `mmap` the reservation falls back to the global allocator's
//! `alloc_zeroed`, which keeps every other property but not the bound on a growth's first insert.

use core::alloc::Layout;
use core::ptr::NonNull;
use std::alloc::{alloc_zeroed, dealloc};

/// The alignment an OS reservation has (a page on every `mmap` target). A layout that asks for
/// more is served by the global allocator.
pub(crate) const ALIGN: usize = 4096;

fn mapped(l: Layout) -> bool {
    cfg!(unix) && l.align() <= ALIGN
}

/// Reserves zero-filled memory for `l` (non-zero size). `None` if it is not available.
pub(crate) fn reserve(l: Layout) -> Option<NonNull<u8>> {
    debug_assert!(l.size() > 0);
    if mapped(l) {
        sys::reserve(l.size())
    } else {
        // SAFETY: non-zero size.
        NonNull::new(unsafe { alloc_zeroed(l) })
    }
}

/// Hands the whole pages inside `[base + off, base + off + len)` back to the OS, where the
/// reservation is an OS mapping. The range's contents are then unspecified.
///
/// # Safety
/// The range lies inside the reservation `base` of layout `l`, and nothing reads it before
/// writing it.
pub(crate) unsafe fn release(base: NonNull<u8>, l: Layout, off: usize, len: usize) {
    debug_assert!(off + len <= l.size());
    if mapped(l) {
        // SAFETY: the caller guarantees the range lies inside reservation `base` of layout `l` and
        // is not read before it is written again.
        unsafe { sys::release(base, off, len) }
    }
}

/// Returns a whole reservation.
///
/// # Safety
/// `base` and `l` are those of one [`reserve`] call, and nothing uses the memory any more.
pub(crate) unsafe fn unreserve(base: NonNull<u8>, l: Layout) {
    if mapped(l) {
        // SAFETY: `base` and `l` are those of one `reserve` call and nothing uses the memory any
        // more (the caller's guarantee).
        unsafe { sys::unreserve(base, l.size()) }
    } else {
        // SAFETY: without a mapping, `reserve` allocated `base` by `alloc_zeroed` with layout `l`
        // (the caller passes one reservation's `base` and `l`).
        unsafe { dealloc(base.as_ptr(), l) }
    }
}

#[cfg(unix)]
mod sys {
    use core::ptr::NonNull;
    use std::sync::atomic::{AtomicUsize, Ordering};

    pub(super) fn reserve(len: usize) -> Option<NonNull<u8>> {
        // SAFETY: a fresh private anonymous mapping aliases nothing.
        let p = unsafe {
            libc::mmap(
                core::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANON,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            return None;
        }
        NonNull::new(p.cast())
    }

    pub(super) fn page_size() -> usize {
        static PAGE: AtomicUsize = AtomicUsize::new(0);
        let mut p = PAGE.load(Ordering::Relaxed);
        if p == 0 {
            // SAFETY: sysconf has no preconditions.
            let r = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
            p = usize::try_from(r).ok().filter(|p| p.is_power_of_two()).unwrap_or(4096);
            PAGE.store(p, Ordering::Relaxed);
        }
        p
    }

    /// Hands back the whole pages inside `[base + off, base + off + len)`.
    ///
    /// # Safety
    /// The range lies inside one mapping made by [`reserve`], and nothing reads it before
    /// writing it.
    pub(super) unsafe fn release(base: NonNull<u8>, off: usize, len: usize) {
        let page = page_size();
        let start = (base.as_ptr() as usize + off).next_multiple_of(page);
        let end = (base.as_ptr() as usize + off + len) & !(page - 1);
        if start < end {
            // SAFETY: whole pages of a private anonymous mapping (the caller's guarantee). The
            // pages read as zero afterwards and the mapping stays valid until `unreserve`. A
            // failure leaves the memory as it was, which is harmless.
            unsafe { libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTNEED) };
        }
    }

    /// Unmaps a whole reservation.
    ///
    /// # Safety
    /// `base` and `len` are exactly one mapping made by [`reserve`], and nothing uses it any
    /// more.
    pub(super) unsafe fn unreserve(base: NonNull<u8>, len: usize) {
        // SAFETY: `base` and `len` are exactly one mapping of `reserve` (the caller's guarantee).
        // munmap only fails on bad arguments.
        let r = unsafe { libc::munmap(base.as_ptr().cast(), len) };
        debug_assert_eq!(r, 0, "munmap failed");
    }
}

/// Without `mmap`, [`mapped`] is false and the global allocator serves every reservation.
#[cfg(not(unix))]
mod sys {
    use core::ptr::NonNull;

    pub(super) fn reserve(_: usize) -> Option<NonNull<u8>> {
        unreachable!("no OS reservations on this target")
    }

    /// Never called: without `mmap` every reservation is a global-allocator block.
    ///
    /// # Safety
    /// None needed; it does nothing.
    pub(super) unsafe fn release(_: NonNull<u8>, _: usize, _: usize) {}

    /// Never called: without `mmap` every reservation is a global-allocator block.
    ///
    /// # Safety
    /// None needed; it does nothing.
    pub(super) unsafe fn unreserve(_: NonNull<u8>, _: usize) {}

    #[cfg(test)]
    pub(super) fn page_size() -> usize {
        4096
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserved_memory_is_zeroed_and_released_pages_read_back_as_zero() {
        let page = sys::page_size();
        let l = Layout::from_size_align(64 * page, ALIGN).unwrap();
        let p = reserve(l).expect("reservation");
        // SAFETY: inside the reservation; written before `release` and read within it.
        unsafe {
            let s = core::slice::from_raw_parts_mut(p.as_ptr(), l.size());
            assert!(s.iter().all(|&b| b == 0), "fresh reservation not zeroed");
            s.fill(0xa5);
            // Pages 1..3 entirely, plus a partial page on either side that must be kept.
            release(p, l, page - 8, 2 * page + 16);
            let s = core::slice::from_raw_parts(p.as_ptr(), l.size());
            assert!(s[..page].iter().all(|&b| b == 0xa5), "partial page released");
            if cfg!(unix) {
                assert!(s[page..3 * page].iter().all(|&b| b == 0), "released pages kept");
            }
            assert!(s[3 * page..].iter().all(|&b| b == 0xa5), "partial page released");
            unreserve(p, l);
        }
    }

    #[test]
    fn over_aligned_layouts_use_the_global_allocator() {
        let l = Layout::from_size_align(8192, 8192).unwrap();
        let p = reserve(l).expect("allocation");
        assert_eq!(p.as_ptr() as usize % 8192, 0);
        // SAFETY: one reservation of layout `l`.
        unsafe { unreserve(p, l) };
    }
}
