//! Go's classic runtime map (Go 1.0–1.23, `runtime/map.go`) as a Rust map whose every insert,
//! update and delete does a bounded amount of work.
//!
//! [`GoMap`] keeps Go's state machine: an `hmap` with `count`, `B`, `noverflow`, a per-map hash
//! seed `hash0` (reseeded when the map becomes empty), `buckets`, `oldbuckets` and `nevacuate`;
//! buckets of 8 slots with tophash bytes and Go's markers; overflow chains with preallocated
//! overflow buckets from B >= 4; growth at load factor 6.5 (doubling) or when there are about as
//! many overflow buckets as buckets (same-size growth), both checked only when a new key is
//! inserted and no growth is running; incremental evacuation of two old buckets per write; and
//! `make`'s hint-to-B rule. [`GoMap::stats`] exposes that state, an [`Observer`] or
//! `GOMAP_TRACE=1` reports each growth.
//!
//! It improves on Go in three ways:
//!
//! - **Bounded worst case.** Go allocates and zeroes the whole doubled bucket array in the insert
//!   that starts a growth. Here a large bucket array is address space reserved from the OS in
//!   one call; its fixed-size segments come into use when evacuation first writes them and go
//!   back to the OS as soon as evacuation has passed them, so no single operation allocates,
//!   zeroes or frees memory in proportion to the table, and a lookup still indexes one flat
//!   array.
//! - **Shrinking.** Go maps never shrink (golang/go#20135). [`GoMap::shrink_to_fit`] and the
//!   opt-in [`GoMap::set_auto_shrink`] halve the table with the same incremental evacuation.
//! - **One-step tophash matching.** A bucket's 8 tophash bytes are compared at once (SSE2 on
//!   x86-64, exact SWAR on a `u64` elsewhere), and on x86-64 a main bucket's overflow link
//!   carries a chain filter, so a lookup learns its candidate slots and whether the chain past
//!   the main bucket may hold its key from one load and one mask.
//!
//! The layout and memory management are described where they live: `raw/bucket.rs` (control
//! words, the chain filter, prefetches), `raw/array.rs` (segments, pools and lending, blocks and
//! OS reservations), `raw/table.rs` and `raw/evacuate.rs` (Go's state machine), `group.rs`
//! (matching) and `vm.rs` (reservations). Keys are hashed as the map's `BuildHasher` fed the
//! key, then the map's `hash0` (see `make_hash`).
//!
//! ```
//! use gomap::GoMap;
//!
//! let mut m = GoMap::new();
//! for i in 0..1000u64 {
//!     m.insert(i, i * i);
//! }
//! assert_eq!(m.get(&30), Some(&900));
//! let s = m.stats();
//! assert_eq!(s.count, 1000);
//! assert_eq!(s.b, 8); // 1000 > 6.5 * 2^7, so B = 8 as in Go
//! ```
//!
//! References into the map borrow it, so they cannot survive a write that might move entries
//! (in a naive port of Go's C-like layout, a use-after-free):
//!
//! ```compile_fail,E0502
//! use gomap::GoMap;
//!
//! let mut m = GoMap::new();
//! m.insert(0u64, String::from("zero"));
//! let first: &String = m.get(&0).unwrap();
//! for i in 1..1000 {
//!     m.insert(i, i.to_string()); // may start a growth and evacuate `first`'s bucket
//! }
//! println!("{first}");
//! ```

mod entry;
mod gohash;
mod group;
mod iter;
mod observe;
mod raw;
mod sync_map;
mod vm;

use core::borrow::Borrow;
use core::fmt;
use core::hash::{BuildHasher, Hash, Hasher};
use core::mem;
use core::ops::Index;
use core::ptr;

pub use entry::{Entry, OccupiedEntry, VacantEntry};
pub use gohash::{GO_HASHKEY0, GoUint64Hash, GoUint64Hasher, go_memhash64};
pub use iter::{Drain, IntoIter, IntoKeys, IntoValues, Iter, IterMut, Keys, Values, ValuesMut};
pub use observe::{BucketEvacuated, GrowthFinished, GrowthKind, GrowthStarted, Observer};
pub use sync_map::SyncMap;

use raw::{RawIter, RawTable, key_ptr, val_ptr};

/// The default hasher: foldhash's fast, randomly keyed hasher (what hashbrown uses).
///
/// Each map also feeds its own `hash0` into the hasher after the key, so two maps built
/// from the same `BuildHasher` still place keys differently, and a map reseeds when it empties.
pub type DefaultHashBuilder = foldhash::fast::RandomState;

/// Go's tophash marks, as [`TophashSnapshot`] shows them: a byte below `MIN_TOP_HASH` is one of
/// these, a byte at or above it is the top byte of a stored key's hash.
pub mod tophash {
    /// This cell and every later cell of the chain are empty (`emptyRest`).
    pub const EMPTY_REST: u8 = 0;
    /// This cell is empty (`emptyOne`).
    pub const EMPTY_ONE: u8 = 1;
    /// The entry was evacuated to the X half of the new array (`evacuatedX`).
    pub const EVACUATED_X: u8 = 2;
    /// The entry was evacuated to the Y half (`evacuatedY`).
    pub const EVACUATED_Y: u8 = 3;
    /// An empty cell of an evacuated bucket (`evacuatedEmpty`).
    pub const EVACUATED_EMPTY: u8 = 4;
    /// The smallest tophash of a stored key (`minTopHash`).
    pub const MIN_TOP_HASH: u8 = 5;
}

/// One bucket array's tophash bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TophashArray {
    /// The array holds 2^b buckets.
    pub b: u8,
    /// For each bucket, its chain's tophash bytes (main bucket first, then its overflow buckets),
    /// or `None` while its memory is not in use: a new array's bucket that evacuation has not
    /// written yet, or an old array's bucket whose memory went back after `nevacuate` passed it.
    pub buckets: Vec<Option<Vec<[u8; 8]>>>,
}

/// Every bucket's tophash bytes at one moment ([`GoMap::tophash_snapshot`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TophashSnapshot {
    /// The current array (`None` before the first insert allocates it).
    pub current: Option<TophashArray>,
    /// The old array during a growth.
    pub old: Option<TophashArray>,
    /// Old buckets below this index are evacuated.
    pub nevacuate: usize,
}

/// A snapshot of the `hmap` fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Stats {
    /// log2 of the number of buckets (Go's `B`).
    pub b: u8,
    /// Live entries (Go's `count`).
    pub count: usize,
    /// Buckets in the current array, `2^B`, or 0 before the lazy first allocation.
    pub buckets: usize,
    /// Buckets in the old array while growing, else 0 (Go's `oldbuckets != nil`).
    pub old_buckets: usize,
    /// Go's `nevacuate`: old buckets below this index are all evacuated.
    pub nevacuate: usize,
    /// Go's `noverflow`: overflow buckets in the current array (approximate from B = 16).
    pub noverflow: usize,
    /// Whether an evacuation is running (growth, same-size growth or shrink).
    pub growing: bool,
    /// Go's `sameSizeGrow` flag.
    pub same_size_grow: bool,
    /// Whether the running evacuation is a shrink (not in Go).
    pub shrinking: bool,
    /// Bytes of bucket memory the map holds: its bucket arrays (buckets and preallocated
    /// overflow pool; of an array over 4 MiB, only the segments in use), the segment
    /// directories and heap overflow buckets.
    pub allocated_bytes: usize,
    /// The part of `allocated_bytes` in address space reserved from the OS (the arrays over
    /// 4 MiB) rather than taken from the global allocator.
    pub reserved_bytes: usize,
}

/// Go's classic map. See the [crate documentation](crate).
pub struct GoMap<K, V, S = DefaultHashBuilder> {
    hash_builder: S,
    table: RawTable<K, V>,
}

// SAFETY: the map owns its keys and values through raw pointers, exactly as std's HashMap does
// through hashbrown; sending it sends them. The observer is `Send + Sync` by construction.
unsafe impl<K: Send, V: Send, S: Send> Send for GoMap<K, V, S> {}
// SAFETY: `&GoMap` only gives out `&K`/`&V` and mutates nothing but the iteration RNG, which is
// an atomic.
unsafe impl<K: Sync, V: Sync, S: Sync> Sync for GoMap<K, V, S> {}

/// A fresh random seed for a map's own RNG (hash0 and iteration starts).
fn random_seed() -> u64 {
    use std::cell::Cell;
    thread_local! {
        static STATE: Cell<u64> = Cell::new(std::collections::hash_map::RandomState::new().hash_one(0x6d61_7073_636f_7065u64));
    }
    STATE.with(|s| {
        let x = s.get().wrapping_add(0x9e37_79b9_7f4a_7c15);
        s.set(x);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    })
}

/// Whether a stored key equals a borrowed one.
///
/// Like Go's `mapaccess1_faststr` (`k.str == key.str || memequal(...)`), a borrowed key of an
/// unsized type (`str`, `[T]`, `Path`, ...) that is the very same memory as the stored key's
/// borrow (same address and length) is equal without reading its bytes: `Eq` is reflexive. This
/// saves the key-bytes cache miss when lookups use the keys the map was built from (interned or
/// borrowed strings). For sized keys the test is compiled out.
#[inline(always)]
fn key_eq<K: Borrow<Q>, Q: Eq + ?Sized>(stored: &K, key: &Q) -> bool {
    let stored = stored.borrow();
    (mem::size_of::<&Q>() > mem::size_of::<usize>() && ptr::eq(stored, key)) || stored == key
}

#[inline]
fn make_hash<Q: Hash + ?Sized, S: BuildHasher>(hash_builder: &S, hash0: u64, key: &Q) -> u64 {
    let mut h = hash_builder.build_hasher();
    // The key first: foldhash buffers 128 bits before it multiplies, and with `hash0` first a
    // small key (a length and two i32s) met only the final multiply, against a constant: for
    // about 1 seed in 100 its tophash bytes collapsed. Written last, `hash0` costs the same.
    key.hash(&mut h);
    h.write_u64(hash0);
    h.finish()
}

impl<K, V> GoMap<K, V, DefaultHashBuilder> {
    /// An empty map (Go's `make(map[K]V)`): B = 0, no buckets until the first insert.
    pub fn new() -> Self {
        Self::with_hasher(DefaultHashBuilder::default())
    }

    /// An empty map sized for `hint` entries like Go's `make(map[K]V, hint)`.
    pub fn with_capacity(hint: usize) -> Self {
        Self::with_capacity_and_hasher(hint, DefaultHashBuilder::default())
    }
}

impl<K, V, S> GoMap<K, V, S> {
    /// An empty map using `hash_builder`.
    pub fn with_hasher(hash_builder: S) -> Self {
        Self::with_capacity_and_hasher(0, hash_builder)
    }

    /// An empty map sized for `hint` entries, using `hash_builder`.
    pub fn with_capacity_and_hasher(hint: usize, hash_builder: S) -> Self {
        Self::with_capacity_hasher_and_seed(hint, hash_builder, random_seed())
    }

    /// Like [`with_capacity_and_hasher`](Self::with_capacity_and_hasher), with a fixed seed for
    /// the map's own random numbers (`hash0` and its reseeds, iteration start points, the
    /// sampled `noverflow` increments from B = 16). With a deterministic hasher too, everything
    /// the map does is reproducible: meant for tests.
    pub fn with_capacity_hasher_and_seed(hint: usize, hash_builder: S, seed: u64) -> Self {
        GoMap { hash_builder, table: RawTable::new(hint, seed) }
    }

    /// The map's hasher builder.
    pub fn hasher(&self) -> &S {
        &self.hash_builder
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.table.count
    }

    /// Whether the map has no entries.
    pub fn is_empty(&self) -> bool {
        self.table.count == 0
    }

    /// The `hmap` state.
    pub fn stats(&self) -> Stats {
        let t = &self.table;
        Stats {
            b: t.b,
            count: t.count,
            buckets: if t.allocated() { 1 << t.b } else { 0 },
            old_buckets: t.old_buckets(),
            nevacuate: t.nevacuate,
            noverflow: usize::from(t.noverflow),
            growing: t.growing(),
            same_size_grow: t.same_size_grow(),
            shrinking: t.shrinking(),
            allocated_bytes: t.bytes(),
            reserved_bytes: t.reserved_bytes(),
        }
    }

    /// Every bucket's tophash bytes, in the current array and, during a growth, the old one: what
    /// a picture of Go's map draws (O(buckets); keys and values are not read).
    pub fn tophash_snapshot(&self) -> TophashSnapshot {
        let (current, old) = self.table.tags();
        let view = |tags: raw::SizedTags| tags.map(|(b, buckets)| TophashArray { b, buckets });
        TophashSnapshot { current: view(current), old: view(old), nevacuate: self.table.nevacuate }
    }

    /// Installs (or removes) the growth observer.
    pub fn set_observer(&mut self, observer: Option<Box<dyn Observer + Send + Sync>>) {
        self.table.observer = observer;
    }

    /// Opt-in automatic shrinking: after a delete, when no growth is running and the map is
    /// below a quarter of its maximum load, start shrinking to the smallest B at most half full.
    /// Off by default, as in Go.
    pub fn set_auto_shrink(&mut self, on: bool) {
        self.table.auto_shrink = on;
    }

    /// Whether automatic shrinking is on.
    pub fn auto_shrink(&self) -> bool {
        self.table.auto_shrink
    }

    pub(crate) fn raw_iter(&self) -> RawIter<K, V> {
        let r = if self.table.count == 0 { 0 } else { self.table.rand_shared() };
        RawIter::new(&self.table, r)
    }

    /// Iterates over `(&K, &V)` from a random bucket and in-bucket offset, as Go's `range`.
    pub fn iter(&self) -> Iter<'_, K, V> {
        Iter::new(self.raw_iter())
    }

    /// Iterates over `(&K, &mut V)`.
    pub fn iter_mut(&mut self) -> IterMut<'_, K, V> {
        IterMut::new(self.raw_iter())
    }

    /// Iterates over the keys.
    pub fn keys(&self) -> Keys<'_, K, V> {
        Keys { inner: self.iter() }
    }

    /// Iterates over the values.
    pub fn values(&self) -> Values<'_, K, V> {
        Values { inner: self.iter() }
    }

    /// Iterates over mutable references to the values.
    pub fn values_mut(&mut self) -> ValuesMut<'_, K, V> {
        ValuesMut { inner: self.iter_mut() }
    }

    /// Consumes the map into its keys.
    pub fn into_keys(self) -> IntoKeys<K, V> {
        IntoKeys { inner: self.into_iter() }
    }

    /// Consumes the map into its values.
    pub fn into_values(self) -> IntoValues<K, V> {
        IntoValues { inner: self.into_iter() }
    }

    /// Removes every entry, yielding them; the map keeps its buckets (like `clear`).
    pub fn drain(&mut self) -> Drain<'_, K, V> {
        let it = self.raw_iter();
        Drain::new(&mut self.table, it)
    }

    /// Removes every entry like Go's `mapclear`: B and the current bucket array stay (zeroed),
    /// a running growth is dropped, `noverflow` resets and `hash0` is reseeded. O(buckets).
    pub fn clear(&mut self) {
        self.table.clear();
    }

    /// Keeps only the entries for which `f` returns true. Removal never moves other entries.
    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, mut f: F) {
        let it = RawIter::new(&self.table, 0);
        for (b, i) in it {
            // SAFETY: the iterator yields live slots; nothing else touches the table meanwhile.
            let keep = unsafe { f(&*key_ptr(b, i), &mut *val_ptr(b, i)) };
            if !keep {
                // SAFETY: the slot is still live (`f` cannot reach the map).
                let (k, v) = unsafe { self.table.take_at(b, i) };
                drop(k);
                drop(v);
            }
        }
        self.table.maybe_auto_shrink();
    }
}

impl<K, V, S> GoMap<K, V, S>
where
    K: Eq + Hash,
    S: BuildHasher,
{
    #[inline]
    fn hash<Q: Hash + ?Sized>(&self, key: &Q) -> u64 {
        make_hash(&self.hash_builder, self.table.hash0, key)
    }

    /// Inserts `value` under `key` (Go's `m[k] = v`), returning the previous value.
    /// The key already in the map is kept, as in std.
    #[inline]
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        let hash = self.hash(&key);
        let Self { hash_builder, table } = self;
        let h0 = table.hash0;
        let hasher = |k: &K| make_hash(hash_builder, h0, k);
        table.prepare_write(hash, &hasher);
        let s = table.write_search(hash, |k| *k == key);
        if let Some((b, i)) = s.found {
            // SAFETY: a found slot is live.
            return Some(core::mem::replace(unsafe { &mut *val_ptr(b, i) }, value));
        }
        table.insert_new(hash, s, key, value, &hasher);
        None
    }

    /// Go's `mapaccess`: the slot holding `key`. Reads do no growth work.
    #[inline(always)]
    fn find_slot<Q>(&self, key: &Q) -> Option<(raw::BucketPtr<K, V>, usize)>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        if self.table.count == 0 {
            return None;
        }
        // Unsized borrowed keys (`str`, slices) compare with an out-of-line `bcmp`.
        let eq_calls_out = mem::size_of::<&Q>() > mem::size_of::<usize>();
        self.table.find(self.hash(key), eq_calls_out, |k| key_eq(k, key))
    }

    /// The value for `key`.
    #[inline(always)]
    pub fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        // SAFETY: a found slot is live; the borrow of `self` keeps it in place.
        self.find_slot(key).map(|(b, i)| unsafe { &*val_ptr(b, i) })
    }

    /// The key and value for `key`.
    pub fn get_key_value<Q>(&self, key: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        // SAFETY: a found slot is live (its key and value are initialised, see BucketPtr); the
        // borrow of `self` keeps it in place.
        self.find_slot(key).map(|(b, i)| unsafe { (&*key_ptr(b, i), &*val_ptr(b, i)) })
    }

    /// A mutable reference to the value for `key`. Like a Go read, this does no growth work.
    pub fn get_mut<Q>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        // SAFETY: a found slot is live; the exclusive borrow of `self` keeps it in place.
        self.find_slot(key).map(|(b, i)| unsafe { &mut *val_ptr(b, i) })
    }

    /// Whether the map holds `key`.
    pub fn contains_key<Q>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.get(key).is_some()
    }

    /// Removes `key` (Go's `delete(m, k)`), returning its value.
    pub fn remove<Q>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.remove_entry(key).map(|(_, v)| v)
    }

    /// Removes `key`, returning the stored key and value.
    pub fn remove_entry<Q>(&mut self, key: &Q) -> Option<(K, V)>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        if self.table.count == 0 {
            return None;
        }
        let hash = self.hash(key);
        let Self { hash_builder, table } = self;
        let h0 = table.hash0;
        table.prepare_write(hash, &|k: &K| make_hash(hash_builder, h0, k));
        let s = table.write_search(hash, |k| key_eq(k, key));
        let (b, i) = s.found?;
        // SAFETY: a found slot is live and in the chain starting at `orig`.
        let kv = unsafe { table.remove_at(s.orig, b, i) };
        table.maybe_auto_shrink();
        Some(kv)
    }

    /// The entry for `key`, for in-place insert-or-update. Counts as a write: growth work for
    /// the key's bucket is done here, as Go's `mapassign` does before its search.
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V, S> {
        let hash = self.hash(&key);
        let Self { hash_builder, table } = self;
        let h0 = table.hash0;
        table.prepare_write(hash, &|k: &K| make_hash(hash_builder, h0, k));
        let s = table.write_search(hash, |k| *k == key);
        match s.found {
            Some((b, i)) => Entry::Occupied(OccupiedEntry::new(self, s.orig, b, i)),
            None => Entry::Vacant(VacantEntry::new(self, hash, s, key)),
        }
    }

    pub(crate) fn insert_vacant(
        &mut self,
        hash: u64,
        s: raw::Search<K, V>,
        key: K,
        value: V,
    ) -> &mut V {
        let Self { hash_builder, table } = self;
        let h0 = table.hash0;
        let (b, i) = table.insert_new(hash, s, key, value, &|k: &K| make_hash(hash_builder, h0, k));
        // SAFETY: just written.
        unsafe { &mut *val_ptr(b, i) }
    }

    pub(crate) fn remove_slot(
        &mut self,
        orig: raw::BucketPtr<K, V>,
        b: raw::BucketPtr<K, V>,
        i: usize,
    ) -> (K, V) {
        // SAFETY: callers pass a live slot found by `write_search` under an exclusive borrow.
        let kv = unsafe { self.table.remove_at(orig, b, i) };
        self.table.maybe_auto_shrink();
        kv
    }

    /// Starts shrinking to the smallest B that holds the entries within the load factor (Go
    /// maps never shrink). Like a growth, the evacuation is incremental: it is carried by the
    /// following writes, or by [`grow_work`](Self::grow_work) / [`finish_growth`](Self::finish_growth).
    /// If a growth is running, the shrink starts when it ends.
    pub fn shrink_to_fit(&mut self) {
        self.table.request_shrink();
    }

    /// Evacuates up to `buckets` old buckets without a write (for idle time). Returns whether an
    /// evacuation (growth or shrink) is still running.
    pub fn grow_work(&mut self, buckets: usize) -> bool {
        let Self { hash_builder, table } = self;
        let h0 = table.hash0;
        let hasher = |k: &K| make_hash(hash_builder, h0, k);
        for _ in 0..buckets {
            if !table.step(&hasher) {
                break;
            }
        }
        table.growing()
    }

    /// Completes any running growth or shrink now (including pending shrink steps). O(n).
    pub fn finish_growth(&mut self) {
        while self.grow_work(usize::MAX) {}
    }

    /// Checks the structural invariants (every entry in the right bucket with the right
    /// tophash, emptyRest discipline, count, growth bookkeeping). Panics on a violation.
    #[doc(hidden)]
    pub fn check_invariants(&self) {
        let h0 = self.table.hash0;
        self.table.check_invariants(&|k: &K| make_hash(&self.hash_builder, h0, k));
    }
}

#[doc(hidden)]
/// Go's `makemap` hint -> B rule for a map of `GoMap<K, V>`, without building the map.
pub fn hint_to_b<K, V>(hint: usize) -> u8 {
    raw::hint_to_b(hint, raw::BucketLayout::<K, V>::BUCKET_BYTES)
}

impl<K, V, S: Default> Default for GoMap<K, V, S> {
    fn default() -> Self {
        Self::with_hasher(S::default())
    }
}

impl<K: Clone, V: Clone, S: Clone> Clone for GoMap<K, V, S> {
    /// A structural copy: same B, growth state and chains. The observer is not cloned.
    fn clone(&self) -> Self {
        GoMap { hash_builder: self.hash_builder.clone(), table: self.table.clone_table() }
    }
}

impl<K: fmt::Debug, V: fmt::Debug, S> fmt::Debug for GoMap<K, V, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K, V, S> PartialEq for GoMap<K, V, S>
where
    K: Eq + Hash,
    V: PartialEq,
    S: BuildHasher,
{
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

impl<K: Eq + Hash, V: Eq, S: BuildHasher> Eq for GoMap<K, V, S> {}

impl<K, Q, V, S> Index<&Q> for GoMap<K, V, S>
where
    K: Eq + Hash + Borrow<Q>,
    Q: Eq + Hash + ?Sized,
    S: BuildHasher,
{
    type Output = V;

    /// Panics if the key is absent.
    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("key not found in GoMap")
    }
}

impl<K: Eq + Hash, V, S: BuildHasher> Extend<(K, V)> for GoMap<K, V, S> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<'a, K: Eq + Hash + Copy, V: Copy, S: BuildHasher> Extend<(&'a K, &'a V)> for GoMap<K, V, S> {
    fn extend<I: IntoIterator<Item = (&'a K, &'a V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(*k, *v);
        }
    }
}

impl<K: Eq + Hash, V, S: BuildHasher + Default> FromIterator<(K, V)> for GoMap<K, V, S> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut m = Self::default();
        m.extend(iter);
        m
    }
}

impl<K: Eq + Hash, V, const N: usize> From<[(K, V); N]> for GoMap<K, V> {
    fn from(arr: [(K, V); N]) -> Self {
        arr.into_iter().collect()
    }
}
