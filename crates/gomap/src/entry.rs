//! The entry API (`Entry`, `OccupiedEntry`, `VacantEntry`), shaped like std's.

use core::fmt;
use core::hash::{BuildHasher, Hash};
use core::mem;

use crate::GoMap;
use crate::raw::{BucketPtr, Search, key_ptr, val_ptr};

/// A view into one key's slot of a [`GoMap`], from [`GoMap::entry`].
pub enum Entry<'a, K, V, S> {
    /// The key is present.
    Occupied(OccupiedEntry<'a, K, V, S>),
    /// The key is absent.
    Vacant(VacantEntry<'a, K, V, S>),
}

/// A present key.
pub struct OccupiedEntry<'a, K, V, S> {
    map: &'a mut GoMap<K, V, S>,
    orig: BucketPtr<K, V>,
    b: BucketPtr<K, V>,
    i: usize,
}

/// An absent key; inserting may start a growth, exactly where Go's `mapassign` would.
pub struct VacantEntry<'a, K, V, S> {
    map: &'a mut GoMap<K, V, S>,
    hash: u64,
    search: Search<K, V>,
    key: K,
}

// SAFETY: the raw pointers point into the exclusively borrowed map; the entry is as thread-safe
// as `&mut GoMap` plus an owned key.
unsafe impl<K: Send, V: Send, S: Send> Send for OccupiedEntry<'_, K, V, S> {}
// SAFETY: the raw pointers point into the exclusively borrowed map; the entry is as
// thread-safe as `&mut GoMap` (std's entries make the same choice).
unsafe impl<K: Sync, V: Sync, S: Sync> Sync for OccupiedEntry<'_, K, V, S> {}
// SAFETY: the raw pointers point into the exclusively borrowed map; the entry is as
// thread-safe as `&mut GoMap` (std's entries make the same choice).
unsafe impl<K: Send, V: Send, S: Send> Send for VacantEntry<'_, K, V, S> {}
// SAFETY: the raw pointers point into the exclusively borrowed map; the entry is as
// thread-safe as `&mut GoMap` (std's entries make the same choice).
unsafe impl<K: Sync, V: Sync, S: Sync> Sync for VacantEntry<'_, K, V, S> {}

impl<'a, K, V, S> OccupiedEntry<'a, K, V, S> {
    pub(crate) fn new(
        map: &'a mut GoMap<K, V, S>,
        orig: BucketPtr<K, V>,
        b: BucketPtr<K, V>,
        i: usize,
    ) -> Self {
        OccupiedEntry { map, orig, b, i }
    }

    /// The key stored in the map.
    pub fn key(&self) -> &K {
        // SAFETY: live slot of the exclusively borrowed map.
        unsafe { &*key_ptr(self.b, self.i) }
    }

    /// The value.
    pub fn get(&self) -> &V {
        // SAFETY: `(b, i)` is a live cell found by `write_search`; the entry borrows the map
        // exclusively, so it stays live and nothing else aliases it.
        unsafe { &*val_ptr(self.b, self.i) }
    }

    /// The value, mutably.
    pub fn get_mut(&mut self) -> &mut V {
        // SAFETY: `(b, i)` is a live cell found by `write_search`; the entry borrows the map
        // exclusively, so it stays live and nothing else aliases it.
        unsafe { &mut *val_ptr(self.b, self.i) }
    }

    /// The value, mutably, for the lifetime of the map borrow.
    pub fn into_mut(self) -> &'a mut V {
        // SAFETY: live slot; the map stays borrowed for 'a.
        unsafe { &mut *val_ptr(self.b, self.i) }
    }

    /// Replaces the value, returning the old one.
    pub fn insert(&mut self, value: V) -> V {
        mem::replace(self.get_mut(), value)
    }
}

impl<'a, K: Eq + Hash, V, S: BuildHasher> OccupiedEntry<'a, K, V, S> {
    /// Removes the entry (Go's `delete`), returning the value.
    pub fn remove(self) -> V {
        self.remove_entry().1
    }

    /// Removes the entry, returning the stored key and the value.
    pub fn remove_entry(self) -> (K, V) {
        self.map.remove_slot(self.orig, self.b, self.i)
    }
}

impl<'a, K, V, S> VacantEntry<'a, K, V, S> {
    pub(crate) fn new(
        map: &'a mut GoMap<K, V, S>,
        hash: u64,
        search: Search<K, V>,
        key: K,
    ) -> Self {
        VacantEntry { map, hash, search, key }
    }

    /// The key that would be inserted.
    pub fn key(&self) -> &K {
        &self.key
    }

    /// Gives the key back.
    pub fn into_key(self) -> K {
        self.key
    }
}

impl<'a, K: Eq + Hash, V, S: BuildHasher> VacantEntry<'a, K, V, S> {
    /// Inserts the value, returning a reference to it.
    pub fn insert(self, value: V) -> &'a mut V {
        self.map.insert_vacant(self.hash, self.search, self.key, value)
    }
}

impl<'a, K: Eq + Hash, V, S: BuildHasher> Entry<'a, K, V, S> {
    /// The value, inserting `default` if absent.
    pub fn or_insert(self, default: V) -> &'a mut V {
        match self {
            Entry::Occupied(o) => o.into_mut(),
            Entry::Vacant(v) => v.insert(default),
        }
    }

    /// The value, inserting `default()` if absent.
    pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V {
        match self {
            Entry::Occupied(o) => o.into_mut(),
            Entry::Vacant(v) => v.insert(default()),
        }
    }

    /// The value, inserting `default(&key)` if absent.
    pub fn or_insert_with_key<F: FnOnce(&K) -> V>(self, default: F) -> &'a mut V {
        match self {
            Entry::Occupied(o) => o.into_mut(),
            Entry::Vacant(v) => {
                let value = default(&v.key);
                v.insert(value)
            }
        }
    }

    /// The value, inserting `V::default()` if absent.
    pub fn or_default(self) -> &'a mut V
    where
        V: Default,
    {
        self.or_insert_with(V::default)
    }

    /// Applies `f` to the value if present.
    pub fn and_modify<F: FnOnce(&mut V)>(mut self, f: F) -> Self {
        if let Entry::Occupied(o) = &mut self {
            f(o.get_mut());
        }
        self
    }

    /// The entry's key.
    pub fn key(&self) -> &K {
        match self {
            Entry::Occupied(o) => o.key(),
            Entry::Vacant(v) => v.key(),
        }
    }
}

impl<K: fmt::Debug, V: fmt::Debug, S> fmt::Debug for Entry<'_, K, V, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Entry::Occupied(o) => f.debug_tuple("Entry").field(o).finish(),
            Entry::Vacant(v) => f.debug_tuple("Entry").field(v).finish(),
        }
    }
}

impl<K: fmt::Debug, V: fmt::Debug, S> fmt::Debug for OccupiedEntry<'_, K, V, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OccupiedEntry").field("key", self.key()).field("value", self.get()).finish()
    }
}

impl<K: fmt::Debug, V, S> fmt::Debug for VacantEntry<'_, K, V, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("VacantEntry").field(self.key()).finish()
    }
}
