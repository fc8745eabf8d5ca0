//! The primitives `SyncMap` is built on: std's atomics and mutex with `seize` reclaiming retired
//! nodes, or loom's atomics and mutex with a collector that frees at drop under `--cfg loom`.
//!
//! Everything the trie touches concurrently goes through this module, so the loom model
//! (`tests/sync_map_loom.rs`) checks the very protocol the real map runs. Under loom, retired
//! nodes are kept until the map is dropped: reclamation is seize's job and is not modelled, the
//! trie protocol is.

#[cfg(loom)]
pub(super) use loom::sync::{
    Mutex, MutexGuard,
    atomic::{AtomicIsize, AtomicPtr, Ordering},
};
#[cfg(not(loom))]
pub(super) use std::sync::{
    Mutex, MutexGuard,
    atomic::{AtomicIsize, AtomicPtr, Ordering},
};

/// Counter stripes: writers on different threads add to different cache lines, so `len` costs
/// no shared write on the insert path.
const STRIPES: usize = 8;

#[repr(align(128))]
struct Stripe(AtomicIsize);

/// The entry count, striped by thread (`len` sums the stripes).
pub(super) struct Counter {
    stripes: [Stripe; STRIPES],
}

impl Counter {
    pub(super) fn new() -> Self {
        Counter { stripes: core::array::from_fn(|_| Stripe(AtomicIsize::new(0))) }
    }

    pub(super) fn add(&self, stripe: usize, delta: isize) {
        self.stripes[stripe % STRIPES].0.fetch_add(delta, Ordering::Relaxed);
    }

    /// The sum of the stripes; a concurrent insert and delete on two threads can make the
    /// sum of a torn read negative for a moment, which reads as 0.
    pub(super) fn sum(&self) -> usize {
        let total: isize = self.stripes.iter().map(|s| s.0.load(Ordering::Relaxed)).sum();
        usize::try_from(total).unwrap_or(0)
    }
}

/// Frees one `Box<T>` given as a pointer.
///
/// # Safety
///
/// `ptr` came from `Box::<T>::into_raw` and nothing uses it afterwards.
#[cfg(loom)]
unsafe fn drop_box<T>(ptr: *mut ()) {
    // SAFETY: the caller passes a pointer from `Box::<T>::into_raw`, used by no one any more.
    drop(unsafe { Box::from_raw(ptr.cast::<T>()) });
}

/// A retired allocation and the function that frees it.
#[cfg(loom)]
struct Retired(*mut (), unsafe fn(*mut ()));

#[cfg(loom)]
// SAFETY: a retired pointer is owned by the collector alone (the trie unlinked it first), and
// `SyncMap` is shared only when `K: Send, V: Send`, so freeing it on any thread is sound.
unsafe impl Send for Retired {}

/// Under loom: keeps every retired node until the map is dropped.
#[cfg(loom)]
pub(super) struct Collector {
    retired: std::sync::Mutex<Vec<Retired>>,
}

#[cfg(loom)]
impl Collector {
    pub(super) fn new() -> Self {
        Collector { retired: std::sync::Mutex::new(Vec::new()) }
    }

    pub(super) fn enter(&self) -> Guard<'_> {
        Guard { collector: self }
    }
}

#[cfg(loom)]
impl Drop for Collector {
    fn drop(&mut self) {
        let retired = self.retired.get_mut().unwrap_or_else(std::sync::PoisonError::into_inner);
        for Retired(ptr, free) in retired.drain(..) {
            // SAFETY: `retire`'s contract: the pointer came from `Box::into_raw`, was unlinked
            // before it was retired, and the map is being dropped, so no thread reads it.
            unsafe { free(ptr) };
        }
    }
}

/// Under loom: a guard that protects nothing, since nothing is freed before the map drops.
#[cfg(loom)]
pub(super) struct Guard<'a> {
    collector: &'a Collector,
}

#[cfg(loom)]
impl Guard<'_> {
    #[inline]
    pub(super) fn load<T>(&self, ptr: &AtomicPtr<T>) -> *mut T {
        ptr.load(Ordering::Acquire)
    }

    /// Frees `ptr` once no thread can still be reading it.
    ///
    /// # Safety
    ///
    /// `ptr` came from `Box::<T>::into_raw`, is retired once, and no thread that enters after
    /// this call can reach it.
    pub(super) unsafe fn retire<T>(&self, ptr: *mut T) {
        let mut retired =
            self.collector.retired.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        retired.push(Retired(ptr.cast(), drop_box::<T>));
    }

    pub(super) fn stripe(&self) -> usize {
        0
    }
}

/// The map's seize collector: retired nodes are freed once every thread that might hold them
/// has left its guard, and all of them when the map drops.
#[cfg(not(loom))]
pub(super) struct Collector(seize::Collector);

#[cfg(not(loom))]
impl Collector {
    pub(super) fn new() -> Self {
        Collector(seize::Collector::new())
    }

    #[inline]
    pub(super) fn enter(&self) -> Guard<'_> {
        Guard(self.0.enter())
    }
}

/// An operation's protection: no node retired after the guard was entered is freed before it is
/// dropped.
#[cfg(not(loom))]
pub(super) struct Guard<'a>(seize::LocalGuard<'a>);

#[cfg(not(loom))]
impl Guard<'_> {
    /// Loads a pointer that stays valid while the guard lives (acquire or stronger).
    #[inline]
    pub(super) fn load<T>(&self, ptr: &AtomicPtr<T>) -> *mut T {
        use seize::Guard as _;
        self.0.protect(ptr, Ordering::Acquire)
    }

    /// Frees `ptr` once no thread can still be reading it.
    ///
    /// # Safety
    ///
    /// `ptr` came from `Box::<T>::into_raw`, is retired once, and no thread that enters after
    /// this call can reach it.
    #[inline]
    pub(super) unsafe fn retire<T>(&self, ptr: *mut T) {
        use seize::Guard as _;
        // SAFETY: the caller guarantees the pointer is a `Box<T>`, retired once and unreachable
        // for later guards; `seize::reclaim::boxed` frees exactly such a pointer.
        unsafe { self.0.defer_retire(ptr, seize::reclaim::boxed::<T>) };
    }

    /// A small number that differs between the threads running at once (seize's thread id).
    #[inline]
    pub(super) fn stripe(&self) -> usize {
        use seize::Guard as _;
        self.0.thread_id()
    }
}
