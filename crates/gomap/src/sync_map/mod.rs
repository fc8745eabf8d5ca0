//! [`SyncMap`]: Go's `sync.Map` contract (`src/sync/map.go`) on a concurrent hash trie like Go
//! 1.24's (`src/internal/sync/hashtriemap.go`), with nodes reclaimed by `seize`.
//!
//! # Design
//!
//! The map is a trie over the 64 bits of each key's hash, four bits a level from the top. An
//! *indirect* node has 16 child slots, each empty, an *entry* (key, value, hash and an
//! `overflow` link to the next entry of the same full hash), or another indirect node. A slot's
//! pointer carries a tag bit saying which.
//!
//! - **Loads take no lock and write nothing shared**: they enter a seize guard, follow at most
//!   16 acquire loads down the trie and compare the entry they reach.
//! - **Writes lock one node**: the indirect node whose slot holds (or would hold) the key. A
//!   writer descends without locks, locks that node, and starts again from the root if the node
//!   has left the trie (its `dead` flag, kept inside the mutex) or the slot now holds an
//!   indirect node. Under the lock it inserts the entry in the empty slot, puts it in front of
//!   the chain of an equal full hash, replaces an entry by a new one (entries are immutable, so a
//!   reader never sees a torn value), or *expands*: a slot whose entry has a different hash
//!   becomes a chain of new indirect nodes down to the first level where the two hashes differ,
//!   built privately and published with one release store.
//! - **Nothing is ever rehashed or copied**: there is no resize. A delete unlinks the entry and
//!   *prunes*: while its node is empty and not the root, it locks the parent (child before
//!   parent, the only order in which two locks are held, so there is no deadlock), marks the
//!   node dead and clears the parent's slot.
//! - **`clear` swaps in a fresh root**, then walks the old trie locking each node once to mark
//!   it dead and retire it with its entries, never holding two locks or one lock for long. A
//!   writer that locked an old node first finishes there and its entry is collected by the walk,
//!   one that comes later sees `dead` and retries in the new trie. (Go's `Clear` just drops the
//!   root and lets the garbage collector sort it out.)
//! - **Memory**: an unlinked entry or node is retired to the map's seize collector and freed
//!   once no guard that could have seen it remains; dropping the map frees the rest.
//!
//! # Invariants
//!
//! 1. A slot, and the overflow links of the chain it holds, are written only by the holder of
//!    the lock of the node they belong to, and only while that node is not dead.
//! 2. An entry at depth `d` has the hash digits of the path to it; the entries of one chain have
//!    the same full hash and different keys. A key is in at most one entry reachable from the
//!    root.
//! 3. A node is marked dead only while locked, and only once it is unreachable from the root or
//!    about to be (pruning clears the parent's slot under the parent's lock, `clear` has already
//!    swapped the root); a dead node is never written again. A non-root live node is non-empty
//!    except between a delete and its pruning.
//! 4. Every node or entry that leaves the trie is retired exactly once, by the thread that
//!    unlinked it (the pruner, the writer that replaced or deleted it, or `clear`'s walk), and
//!    nothing is freed while a guard entered before its retirement is alive.
//! 5. User code (`Hash`, `Eq`, `Clone`, `PartialEq` of values) runs before a write or with no
//!    write begun, so a panic there leaves the trie as it was; the mutex's poisoning is ignored
//!    for that reason. Key `Eq`, the value `Clone` of `swap`, the value `PartialEq` of the
//!    compare operations and the closure of `load_or_store_with` run with a node locked, so
//!    they must not use the same map (the lock is not reentrant).
//!
//! # Against Go
//!
//! Go's classic `sync.Map` copies its whole read-only map into a new dirty map under its mutex
//! the first time a new key is stored after a promotion: an O(n) pause for one `Store`. Go 1.24's
//! trie has no such pause; this is the same structure with Rust ownership: values are returned
//! by clone ([`load`](SyncMap::load)) or lent to a closure ([`load_with`](SyncMap::load_with)),
//! since a reference could outlive the entry's reclamation.
//!
//! ```
//! use gomap::SyncMap;
//! use std::thread;
//!
//! let m = SyncMap::new();
//! thread::scope(|s| {
//!     for t in 0..4u64 {
//!         let m = &m;
//!         s.spawn(move || {
//!             for i in 0..100 {
//!                 m.store(t * 100 + i, i);
//!             }
//!         });
//!     }
//! });
//! assert_eq!(m.len(), 400);
//! assert_eq!(m.load(&205), Some(5));
//! assert_eq!(m.load_or_store(205, 0), Some(5));
//! assert_eq!(m.load_and_delete(&205), Some(5));
//! assert!(!m.contains_key(&205));
//! ```

mod node;
mod reclaim;

use core::borrow::Borrow;
use core::fmt;
use core::hash::{BuildHasher, Hash};
use core::ptr;
use std::sync::PoisonError;

use node::{
    Child, Entry, FANOUT, FANOUT_LOG2, HASH_BITS, Indirect, Link, digit, tag_entry, tag_indirect,
};
use reclaim::{AtomicPtr, Collector, Counter, Guard, MutexGuard, Ordering};

use crate::{DefaultHashBuilder, key_eq};

/// The deepest a trie gets: one level per hash digit.
const MAX_DEPTH: usize = (HASH_BITS / FANOUT_LOG2) as usize;

/// A concurrent map with Go's `sync.Map` operations, all through `&self`: a hash trie like Go
/// 1.24's, with lock-free loads and no resize. Its design and invariants are documented in
/// `src/sync_map/mod.rs`.
///
/// | Go | `SyncMap` |
/// |---|---|
/// | `Load(k) (v, ok)` | [`load`](Self::load) `-> Option<V>`, [`load_with`](Self::load_with) |
/// | `Store(k, v)` | [`store`](Self::store) |
/// | `LoadOrStore(k, v) (actual, loaded)` | [`load_or_store`](Self::load_or_store) `-> Option<V>`: `Some(existing)` when loaded |
/// | `LoadAndDelete(k) (v, loaded)` | [`load_and_delete`](Self::load_and_delete) |
/// | `Delete(k)` | [`delete`](Self::delete) `-> bool` |
/// | `Swap(k, v) (previous, loaded)` | [`swap`](Self::swap) `-> Option<V>` |
/// | `CompareAndSwap(k, old, new) bool` | [`compare_and_swap`](Self::compare_and_swap) |
/// | `CompareAndDelete(k, old) bool` | [`compare_and_delete`](Self::compare_and_delete) |
/// | `Range(f)` | [`range`](Self::range) |
/// | `Clear()` | [`clear`](Self::clear) |
///
/// Every operation is linearizable except `range` (like Go's: each key at most once, with any
/// value it had during the call) and `len` (exact when no write runs concurrently).
pub struct SyncMap<K, V, S = DefaultHashBuilder> {
    /// The current root; replaced only by `clear`.
    root: AtomicPtr<Indirect<K, V>>,
    count: Counter,
    hash_builder: S,
    /// Declared last: dropped after `Drop::drop` has freed the live trie, it frees what was
    /// retired.
    collector: Collector,
}

// SAFETY: the map owns its keys and values (through raw pointers into its nodes); sending the
// map sends them, so `K: Send, V: Send` suffice, as for std's `HashMap`.
unsafe impl<K: Send, V: Send, S: Send> Send for SyncMap<K, V, S> {}
// SAFETY: `&SyncMap` lets many threads read keys and values at once (`Sync`) and insert,
// replace and drop them on any thread, including seize freeing a retired entry on whichever
// thread reclaims its batch (`Send`); all shared mutation goes through atomics and node mutexes.
unsafe impl<K: Send + Sync, V: Send + Sync, S: Sync> Sync for SyncMap<K, V, S> {}

/// A key's entry in a locked chain, and the link that points at it.
type Found<'g, K, V> = (Link<'g, K, V>, &'g Entry<K, V>);

/// A key's slot with its node's lock held.
struct Locked<'g, K, V> {
    node: &'g Indirect<K, V>,
    lock: MutexGuard<'g, bool>,
    slot: &'g AtomicPtr<()>,
    /// The shift of the node's digit (`digit(hash, shift)` is the slot's index).
    shift: u32,
    /// The chain in the slot, or null.
    head: *mut Entry<K, V>,
}

impl<K, V> SyncMap<K, V, DefaultHashBuilder> {
    /// An empty map.
    pub fn new() -> Self {
        Self::with_hasher(DefaultHashBuilder::default())
    }
}

impl<K, V, S: Default> Default for SyncMap<K, V, S> {
    fn default() -> Self {
        Self::with_hasher(S::default())
    }
}

impl<K, V, S> SyncMap<K, V, S> {
    /// An empty map using `hash_builder`.
    pub fn with_hasher(hash_builder: S) -> Self {
        SyncMap {
            root: AtomicPtr::new(Box::into_raw(Box::new(Indirect::new(ptr::null())))),
            count: Counter::new(),
            hash_builder,
            collector: Collector::new(),
        }
    }

    /// The map's hasher builder.
    pub fn hasher(&self) -> &S {
        &self.hash_builder
    }

    /// Number of entries: exact when no write runs concurrently, otherwise a value the count
    /// had or will have while the call runs.
    pub fn len(&self) -> usize {
        self.count.sum()
    }

    /// Whether [`len`](Self::len) is 0.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Calls `f` on each key and value until it returns `false` (Go's `Range`). Takes no lock,
    /// so `f` may use the map. Like Go's, it is no snapshot: each key is visited at most once,
    /// with any value it had during the call; a key stored or deleted concurrently may or may
    /// not be visited.
    pub fn range(&self, mut f: impl FnMut(&K, &V) -> bool) {
        let guard = self.collector.enter();
        let root = guard.load(&self.root);
        // A node and the next child index to visit, per level.
        let mut stack: [(*const Indirect<K, V>, usize); MAX_DEPTH] = [(ptr::null(), 0); MAX_DEPTH];
        stack[0] = (root, 0);
        let mut depth = 0;
        loop {
            let (node, i) = stack[depth];
            if i == FANOUT {
                if depth == 0 {
                    return;
                }
                depth -= 1;
                continue;
            }
            stack[depth].1 = i + 1;
            // SAFETY: `node` was loaded through `guard` (the root, or a child of a node loaded
            // so), so it is not freed while `guard` lives.
            let node = unsafe { &*node };
            match Child::decode(guard.load(&node.children[i])) {
                Child::Empty => {}
                Child::Indirect(child) => {
                    depth += 1;
                    stack[depth] = (child, 0);
                }
                Child::Entry(mut e) => {
                    while !e.is_null() {
                        // SAFETY: loaded through `guard` from a slot or an overflow link, so
                        // not freed while `guard` lives; entries are immutable once published.
                        let entry = unsafe { &*e };
                        if !f(&entry.key, &entry.value) {
                            return;
                        }
                        e = guard.load(&entry.overflow);
                    }
                }
            }
        }
    }

    /// Deletes every entry (Go's `Clear`): swaps in an empty trie, then retires the old one.
    /// Linearizable: a write that reached the old trie before it was marked dead is ordered
    /// before the swap, and its entry is retired with the rest.
    pub fn clear(&self) {
        let guard = self.collector.enter();
        let fresh = Box::into_raw(Box::new(Indirect::new(ptr::null())));
        let old = self.root.swap(fresh, Ordering::AcqRel);
        let mut removed = 0isize;
        let mut pending = vec![old];
        while let Some(n) = pending.pop() {
            // SAFETY: `old` was the root and the others were its descendants when read below;
            // `guard` was entered before `old` left the trie, so none of them is freed yet.
            let node = unsafe { &*n };
            let mut dead = node.lock.lock().unwrap_or_else(PoisonError::into_inner);
            // A node reached from the old root cannot have been pruned: a pruner leaves a node
            // whose parent is dead to this walk (invariant 3).
            debug_assert!(!*dead);
            *dead = true;
            let retire = |e| {
                // SAFETY: `e` is unreachable from the new root and its node is now dead, so no
                // later guard can reach it and nobody else retires it.
                unsafe { guard.retire(e) };
                removed += 1;
            };
            // SAFETY: the node is dead, so no one writes it, and nothing of it is freed before
            // `guard` drops.
            unsafe { node.take_children(&mut pending, retire) };
            drop(dead);
            // SAFETY: unreachable from the new root, dead, and retired only here (invariant 4).
            unsafe { guard.retire(n) };
        }
        self.count.add(guard.stripe(), -removed);
    }
}

impl<K, V, S> SyncMap<K, V, S>
where
    K: Hash + Eq,
    S: BuildHasher,
{
    #[inline]
    fn hash<Q: Hash + ?Sized>(&self, key: &Q) -> u64 {
        self.hash_builder.hash_one(key)
    }

    /// The entry of `key`, found without locks.
    #[inline]
    fn find<'g, Q>(&self, hash: u64, key: &Q, guard: &'g Guard<'_>) -> Option<&'g Entry<K, V>>
    where
        K: Borrow<Q>,
        Q: Eq + ?Sized,
    {
        // SAFETY: the root is loaded through `guard`, so it lives while `guard` does.
        let mut node = unsafe { &*guard.load(&self.root) };
        let mut shift = HASH_BITS;
        loop {
            shift -= FANOUT_LOG2;
            match Child::decode(guard.load(&node.children[digit(hash, shift)])) {
                Child::Empty => return None,
                // SAFETY: loaded through `guard`.
                Child::Indirect(child) => node = unsafe { &*child },
                Child::Entry(mut e) => {
                    // SAFETY: loaded through `guard`.
                    if unsafe { (*e).hash } != hash {
                        return None;
                    }
                    while !e.is_null() {
                        // SAFETY: loaded through `guard`; entries are immutable once published.
                        let entry = unsafe { &*e };
                        if key_eq(&entry.key, key) {
                            return Some(entry);
                        }
                        e = guard.load(&entry.overflow);
                    }
                    return None;
                }
            }
        }
    }

    /// Locks the node whose slot holds, or would hold, the entries of `hash`.
    fn lock_slot<'g>(&self, hash: u64, guard: &'g Guard<'_>) -> Locked<'g, K, V> {
        'retry: loop {
            // SAFETY: loaded through `guard`.
            let mut node = unsafe { &*guard.load(&self.root) };
            let mut shift = HASH_BITS;
            loop {
                shift -= FANOUT_LOG2;
                let slot = &node.children[digit(hash, shift)];
                match Child::<K, V>::decode(guard.load(slot)) {
                    // SAFETY: loaded through `guard`.
                    Child::Indirect(child) => node = unsafe { &*child },
                    Child::Empty | Child::Entry(_) => {
                        let lock = node.lock.lock().unwrap_or_else(PoisonError::into_inner);
                        if *lock {
                            continue 'retry;
                        }
                        let head = match Child::decode(slot.load(Ordering::Acquire)) {
                            Child::Empty => ptr::null_mut(),
                            Child::Entry(e) => e,
                            // Expanded since we looked: its subtree has its own locks.
                            Child::Indirect(_) => continue 'retry,
                        };
                        return Locked { node, lock, slot, shift, head };
                    }
                }
            }
        }
    }

    /// Finds `key` in the locked slot's chain: the link that points at its entry, and the entry.
    fn find_locked<'g, Q>(locked: &Locked<'g, K, V>, hash: u64, key: &Q) -> Option<Found<'g, K, V>>
    where
        K: Borrow<Q>,
        Q: Eq + ?Sized,
    {
        let mut link = Link::Slot(locked.slot);
        let mut e = locked.head;
        while !e.is_null() {
            // SAFETY: an entry of the chain of a node we hold locked and alive: it is in the
            // trie, so not retired, and the guard behind `locked` keeps it from being freed.
            let entry: &'g Entry<K, V> = unsafe { &*e };
            if entry.hash != hash {
                return None;
            }
            if key_eq(&entry.key, key) {
                return Some((link, entry));
            }
            link = Link::Overflow(&entry.overflow);
            e = entry.overflow.load(Ordering::Acquire);
        }
        None
    }

    /// The common write: under the slot's lock, `decide` sees the current value (if any) and
    /// says whether `(key, value)` goes in, and what to return.
    fn put<R>(&self, key: K, value: V, decide: impl FnOnce(Option<&V>) -> (bool, R)) -> R {
        let hash = self.hash(&key);
        let guard = self.collector.enter();
        let locked = self.lock_slot(hash, &guard);
        let found = Self::find_locked(&locked, hash, &key);
        let (put, out) = decide(found.as_ref().map(|(_, e)| &e.value));
        if !put {
            return out;
        }
        let new = Box::into_raw(Box::new(Entry::new(hash, key, value)));
        match found {
            Some((link, old)) => {
                // SAFETY: `new` is ours until published by `link.set`.
                unsafe { &*new }
                    .overflow
                    .store(old.overflow.load(Ordering::Acquire), Ordering::Relaxed);
                link.set(new);
                // SAFETY: `old` was just unlinked under its node's lock; only this thread did
                // so, and no guard entered from now on can reach it.
                unsafe { guard.retire(ptr::from_ref(old).cast_mut()) };
            }
            None => {
                self.insert_new(&locked, new);
                self.count.add(guard.stripe(), 1);
            }
        }
        drop(locked);
        out
    }

    /// Links a new entry whose key is not in the locked slot.
    fn insert_new(&self, locked: &Locked<'_, K, V>, new: *mut Entry<K, V>) {
        let head = locked.head;
        // SAFETY: `new` is ours until published below.
        let new_hash = unsafe { (*new).hash };
        if head.is_null() {
            locked.slot.store(tag_entry(new), Ordering::Release);
            return;
        }
        // SAFETY: the head of a locked, live node's chain (see `find_locked`).
        let head_hash = unsafe { (*head).hash };
        if head_hash == new_hash {
            // SAFETY: `new` is unpublished.
            unsafe { &*new }.overflow.store(head, Ordering::Relaxed);
            locked.slot.store(tag_entry(new), Ordering::Release);
            return;
        }
        // Expand: new nodes down to the first digit where the two hashes differ. They are built
        // privately and published by one release store, so readers see them whole.
        let top = Box::into_raw(Box::new(Indirect::new(ptr::from_ref(locked.node))));
        let mut node = top;
        let mut shift = locked.shift;
        loop {
            // The digits at `locked.shift` and above are equal (the two share the slot), and
            // the hashes differ, so a differing digit comes before the bits run out.
            shift -= FANOUT_LOG2;
            let (old_digit, new_digit) = (digit(head_hash, shift), digit(new_hash, shift));
            // SAFETY: `node` is one of the nodes built here, not yet published.
            let n = unsafe { &*node };
            if old_digit != new_digit {
                n.children[old_digit].store(tag_entry(head), Ordering::Relaxed);
                n.children[new_digit].store(tag_entry(new), Ordering::Relaxed);
                break;
            }
            let child = Box::into_raw(Box::new(Indirect::new(node.cast_const())));
            n.children[old_digit].store(tag_indirect(child), Ordering::Relaxed);
            node = child;
        }
        locked.slot.store(tag_indirect(top), Ordering::Release);
    }

    /// The common delete: without a lock, returns `None` if `key` is absent; otherwise under the
    /// slot's lock `decide` sees the value and says whether to delete it, and what to return.
    fn remove_if<Q, R>(&self, key: &Q, decide: impl FnOnce(&V) -> (bool, R)) -> Option<R>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let hash = self.hash(key);
        let guard = self.collector.enter();
        self.find(hash, key, &guard)?;
        let locked = self.lock_slot(hash, &guard);
        let (link, entry) = Self::find_locked(&locked, hash, key)?;
        let (remove, out) = decide(&entry.value);
        if remove {
            link.set(entry.overflow.load(Ordering::Acquire));
            // SAFETY: unlinked just now under its node's lock, by this thread only.
            unsafe { guard.retire(ptr::from_ref(entry).cast_mut()) };
            self.count.add(guard.stripe(), -1);
            if locked.slot.load(Ordering::Relaxed).is_null() {
                Self::prune(locked, hash, &guard);
            }
        }
        Some(out)
    }

    /// Removes empty nodes from the locked one up towards the root (Go's delete loop).
    fn prune(locked: Locked<'_, K, V>, hash: u64, guard: &Guard<'_>) {
        let Locked { mut node, mut lock, mut shift, .. } = locked;
        while !node.parent.is_null() && node.is_empty() {
            // SAFETY: a live node's parent is alive or dead-but-unfreed: it is retired only
            // after this node left it, and our guard predates that.
            let parent = unsafe { &*node.parent };
            let parent_lock = parent.lock.lock().unwrap_or_else(PoisonError::into_inner);
            if *parent_lock {
                // `clear` is collecting the parent, and will collect this node too.
                return;
            }
            *lock = true;
            let parent_slot = &parent.children[digit(hash, shift + FANOUT_LOG2)];
            debug_assert_eq!(
                parent_slot.load(Ordering::Relaxed),
                tag_indirect(ptr::from_ref(node).cast_mut())
            );
            parent_slot.store(ptr::null_mut(), Ordering::Release);
            drop(lock);
            // SAFETY: just unlinked from its live parent under both locks and marked dead, so
            // only this thread retires it and no later guard reaches it.
            unsafe { guard.retire(ptr::from_ref(node).cast_mut()) };
            node = parent;
            lock = parent_lock;
            shift += FANOUT_LOG2;
        }
    }

    /// A clone of `key`'s value (Go's `Load`).
    #[inline]
    pub fn load<Q>(&self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
        V: Clone,
    {
        self.load_with(key, V::clone)
    }

    /// `f` applied to `key`'s value, which it may only borrow for the call.
    #[inline]
    pub fn load_with<Q, R>(&self, key: &Q, f: impl FnOnce(&V) -> R) -> Option<R>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let hash = self.hash(key);
        let guard = self.collector.enter();
        self.find(hash, key, &guard).map(|e| f(&e.value))
    }

    /// Whether `key` has a value.
    pub fn contains_key<Q>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.load_with(key, |_| ()).is_some()
    }

    /// Sets `key`'s value (Go's `Store`). An existing entry keeps nothing: the new key and value
    /// replace it.
    pub fn store(&self, key: K, value: V) {
        self.put(key, value, |_| (true, ()));
    }

    /// Sets `key`'s value and returns a clone of the previous one (Go's `Swap`).
    pub fn swap(&self, key: K, value: V) -> Option<V>
    where
        V: Clone,
    {
        self.put(key, value, |old| (true, old.cloned()))
    }

    /// Returns a clone of `key`'s value if it has one; otherwise stores `value` and returns
    /// `None` (Go's `LoadOrStore`: `Some` is `loaded`). A key that is present costs no lock.
    pub fn load_or_store(&self, key: K, value: V) -> Option<V>
    where
        V: Clone,
    {
        self.load_or_store_with(key, || value)
    }

    /// Like [`load_or_store`](Self::load_or_store), calling `make` for the value only if the key
    /// is absent (under the slot's lock, so at most one caller's `make` runs and it must not
    /// use this map).
    pub fn load_or_store_with(&self, key: K, make: impl FnOnce() -> V) -> Option<V>
    where
        V: Clone,
    {
        let hash = self.hash(&key);
        let guard = self.collector.enter();
        if let Some(e) = self.find(hash, &key, &guard) {
            return Some(e.value.clone());
        }
        let locked = self.lock_slot(hash, &guard);
        if let Some((_, e)) = Self::find_locked(&locked, hash, &key) {
            return Some(e.value.clone());
        }
        let new = Box::into_raw(Box::new(Entry::new(hash, key, make())));
        self.insert_new(&locked, new);
        self.count.add(guard.stripe(), 1);
        None
    }

    /// Deletes `key` and returns a clone of its value (Go's `LoadAndDelete`).
    pub fn load_and_delete<Q>(&self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
        V: Clone,
    {
        self.remove_if(key, |v| (true, v.clone()))
    }

    /// Deletes `key`; returns whether it was present (Go's `Delete`, which returns nothing).
    pub fn delete<Q>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.remove_if(key, |_| (true, ())).is_some()
    }

    /// Sets `key`'s value to `new` if it is present and equal to `old` (Go's `CompareAndSwap`).
    /// On success the entry takes `key` and `new`; otherwise both are dropped.
    pub fn compare_and_swap(&self, key: K, old: &V, new: V) -> bool
    where
        V: PartialEq,
    {
        self.put(key, new, |current| {
            let swap = current == Some(old);
            (swap, swap)
        })
    }

    /// Deletes `key` if its value equals `old` (Go's `CompareAndDelete`).
    pub fn compare_and_delete<Q>(&self, key: &Q, old: &V) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
        V: PartialEq,
    {
        self.remove_if(key, |v| {
            let delete = v == old;
            (delete, delete)
        })
        .unwrap_or(false)
    }

    /// Checks the structural invariants 2 and 3 of the module documentation and that `len` is
    /// the number of entries; panics if one is broken. For tests, with no concurrent writer.
    #[doc(hidden)]
    pub fn check_invariants(&self) {
        let guard = self.collector.enter();
        let root = guard.load(&self.root);
        let mut entries = 0;
        // (node, its parent, the hash prefix of its path, the shift of its digit)
        let mut pending =
            vec![(root, ptr::null_mut::<Indirect<K, V>>(), 0u64, HASH_BITS - FANOUT_LOG2)];
        while let Some((n, parent, prefix, shift)) = pending.pop() {
            // SAFETY: loaded through `guard`.
            let node = unsafe { &*n };
            assert_eq!(node.parent, parent.cast_const(), "parent link");
            assert!(
                !*node.lock.lock().unwrap_or_else(PoisonError::into_inner),
                "dead node in the trie"
            );
            assert!(parent.is_null() || !node.is_empty(), "empty non-root node");
            for (i, slot) in node.children.iter().enumerate() {
                let path = prefix | ((i as u64) << shift);
                match Child::decode(guard.load(slot)) {
                    Child::Empty => {}
                    Child::Indirect(child) => {
                        assert!(shift >= FANOUT_LOG2, "indirect node below the last digit");
                        pending.push((child, n, path, shift - FANOUT_LOG2));
                    }
                    Child::Entry(mut e) => {
                        // SAFETY: loaded through `guard`.
                        let hash = unsafe { (*e).hash };
                        let mask = u64::MAX << shift;
                        assert_eq!(hash & mask, path, "entry off its hash path");
                        let mut keys: Vec<&K> = Vec::new();
                        while !e.is_null() {
                            // SAFETY: loaded through `guard`.
                            let entry = unsafe { &*e };
                            assert_eq!(entry.hash, hash, "chain of different hashes");
                            assert_eq!(self.hash(&entry.key), hash, "stale hash");
                            assert!(!keys.contains(&&entry.key), "key twice in a chain");
                            keys.push(&entry.key);
                            entries += 1;
                            e = guard.load(&entry.overflow);
                        }
                    }
                }
            }
        }
        assert_eq!(self.len(), entries, "len against the entries in the trie");
    }
}

impl<K, V, S> Drop for SyncMap<K, V, S> {
    fn drop(&mut self) {
        // `&mut self`: no guard is alive, so the live trie can be freed at once; the collector,
        // dropped after this, frees what was retired.
        let free = |e| {
            // SAFETY: as for nodes: a live entry, owned by the trie alone.
            drop(unsafe { Box::from_raw(e) });
        };
        let mut pending = vec![self.root.load(Ordering::Acquire)];
        while let Some(n) = pending.pop() {
            // SAFETY: every node reachable from the root is a live `Box` owned by the trie alone
            // (invariant 4: retired nodes are unreachable), freed once here.
            let node = unsafe { Box::from_raw(n) };
            // SAFETY: `&mut self`: no one else touches the trie; each entry is freed once, by the
            // closure, after its link was read.
            unsafe { node.take_children(&mut pending, free) };
        }
    }
}

impl<K: fmt::Debug, V: fmt::Debug, S> fmt::Debug for SyncMap<K, V, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        self.range(|k, v| {
            map.entry(k, v);
            true
        });
        map.finish()
    }
}

impl<K: Hash + Eq, V, S: BuildHasher + Default> FromIterator<(K, V)> for SyncMap<K, V, S> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let m = Self::default();
        for (k, v) in iter {
            m.store(k, v);
        }
        m
    }
}

impl<K: Hash + Eq, V, S: BuildHasher> Extend<(K, V)> for SyncMap<K, V, S> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.store(k, v);
        }
    }
}
