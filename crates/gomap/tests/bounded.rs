//! The bounded-work guarantee, checked deterministically (timings on a shared machine are not):
//! while a map grows from empty to 10^6 entries, no single insert takes from the global
//! allocator more than one small-table array (at most 4 MiB, whatever the table), brings into
//! use or hands back more than a few segments' worth of a large table, and no write evacuates
//! more than two old buckets. Go 1.19 allocates the whole doubled array (37 MiB at this size)
//! inside one insert.
//!
//! Arrays over 4 MiB live in OS reservations that the global allocator does not see; for them
//! the map's own accounting (`Stats::reserved_bytes`, which counts a segment when evacuation
//! first writes it and uncounts it when `nevacuate` passes it) is checked.

use gomap::{BucketEvacuated, GoMap, Observer};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

thread_local! {
    static ALLOCATED: Cell<usize> = const { Cell::new(0) };
    static FREED: Cell<usize> = const { Cell::new(0) };
    static LARGEST: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards to the system allocator; the counters are const-initialised thread-locals,
// which never allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let _ = ALLOCATED.try_with(|a| a.set(a.get() + l.size()));
        let _ = LARGEST.try_with(|a| a.set(a.get().max(l.size())));
        // SAFETY: same contract as ours.
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        let _ = FREED.try_with(|a| a.set(a.get() + l.size()));
        // SAFETY: same contract as ours.
        unsafe { System.dealloc(p, l) }
    }
}

#[global_allocator]
static A: Counting = Counting;

#[derive(Default)]
struct Evacs(Arc<AtomicUsize>);

impl Observer for Evacs {
    fn bucket_evacuated(&mut self, _: &BucketEvacuated) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}

#[test]
fn every_insert_does_bounded_work_while_growing_to_a_million() {
    // scripts/valgrind-gomap.sh lowers this; the bounds below do not depend on it.
    let n: u64 =
        std::env::var("GOMAP_BOUNDED_N").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000_000);
    let mut m: GoMap<u64, u64> = GoMap::new();
    let evacs = Evacs::default();
    let count = Arc::clone(&evacs.0);
    m.set_observer(Some(Box::new(evacs)));
    let (mut max_alloc, mut max_free, mut max_evac, mut growths) = (0, 0, 0, 0);
    let (mut max_used, mut max_returned, mut big_allocs) = (0, 0, 0);
    let mut was_growing = false;
    for i in 0..n {
        let (a0, f0, e0) = (ALLOCATED.get(), FREED.get(), count.load(Ordering::Relaxed));
        LARGEST.set(0);
        let held0 = m.stats().reserved_bytes;
        m.insert(i.wrapping_mul(0x9e37_79b9_7f4a_7c15), i);
        let held1 = m.stats().reserved_bytes;
        max_used = max_used.max(held1.saturating_sub(held0));
        max_returned = max_returned.max(held0.saturating_sub(held1));
        let largest = LARGEST.get();
        let (allocated, freed) = (ALLOCATED.get() - a0, FREED.get() - f0);
        max_alloc = max_alloc.max(allocated);
        max_free = max_free.max(freed);
        big_allocs += usize::from(allocated > 80 * 1024);
        max_evac = max_evac.max(count.load(Ordering::Relaxed) - e0);
        assert!(largest <= 4 << 20, "insert #{i} made a {largest}-byte allocation");
        let g = m.stats().growing;
        growths += usize::from(g && !was_growing);
        was_growing = g;
    }
    let s = m.stats();
    eprintln!(
        "max per insert: allocated {max_alloc} B ({big_allocs} inserts over 80 KiB), freed \
         {max_free} B, reserved +{max_used}/-{max_returned} B, evacuated {max_evac} buckets; \
         table {} B ({} B reserved)",
        s.allocated_bytes, s.reserved_bytes
    );
    assert_eq!(s.b, gomap::hint_to_b::<u64, u64>(n as usize));
    assert!(growths >= usize::from(s.b) - 3);
    // A write evacuates the old bucket it needs and one more (Go's growWork).
    assert!(max_evac <= 2, "a write evacuated {max_evac} buckets");
    // From the global allocator: at most one block array (4 MiB at most; the largest here is
    // the B = 14 one, 2.4 MiB, of which only control words are written as segments come into
    // use), a directory (2 bytes per 256 buckets) and overflow buckets. Only the inserts that
    // start the growths to B = 10..=14 take more than 80 KiB (B = 9's array is 72 KiB);
    // measured 2,497,664 bytes each way.
    assert!(max_alloc <= (4 << 20) + 80 * 1024, "an insert allocated {max_alloc} bytes");
    assert!(max_free <= (4 << 20) + 80 * 1024, "an insert freed {max_free} bytes");
    assert!(big_allocs <= 5, "{big_allocs} inserts allocated over 80 KiB");
    // Brought into use in reservations: at most four segments (the X and Y halves of both
    // evacuated buckets, 39 KiB each); measured 156,096 bytes. The table is about 40 MB.
    assert!(max_used <= 200 * 1024, "an insert brought {max_used} bytes into use");
    // Handed back: the old segments that `nevacuate` passes (its scan is capped at 1024
    // buckets) and their heap overflow buckets; measured 39,024 bytes.
    assert!(max_returned <= 400 * 1024, "an insert handed back {max_returned} bytes");
    assert!(s.reserved_bytes > s.allocated_bytes / 2, "large arrays live in reservations");
    assert!(s.allocated_bytes as u64 > n * 16, "the table holds at least the keys and values");
}
