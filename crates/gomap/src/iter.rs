//! Iterators: borrowed, mutable, owning and draining, all over the raw bucket walk.

use core::fmt;
use core::iter::FusedIterator;
use core::marker::PhantomData;

use crate::GoMap;
use crate::raw::{RawIter, RawTable, key_ptr, val_ptr};

/// Iterator over `(&K, &V)`, in Go's randomised order.
pub struct Iter<'a, K, V> {
    raw: RawIter<K, V>,
    marker: PhantomData<&'a (K, V)>,
}

impl<K, V> Iter<'_, K, V> {
    pub(crate) fn new(raw: RawIter<K, V>) -> Self {
        Iter { raw, marker: PhantomData }
    }
}

impl<'a, K, V> Iterator for Iter<'a, K, V> {
    type Item = (&'a K, &'a V);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        // SAFETY: live slot of a table borrowed shared for 'a.
        self.raw.next().map(|(b, i)| unsafe { (&*key_ptr(b, i), &*val_ptr(b, i)) })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.raw.size_hint()
    }
}

impl<K, V> ExactSizeIterator for Iter<'_, K, V> {}
impl<K, V> FusedIterator for Iter<'_, K, V> {}

impl<K, V> Clone for Iter<'_, K, V> {
    fn clone(&self) -> Self {
        Iter { raw: self.raw.clone(), marker: PhantomData }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for Iter<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

// SAFETY: an `Iter` is a shared borrow of the map's keys and values.
unsafe impl<K: Sync, V: Sync> Send for Iter<'_, K, V> {}
// SAFETY: an `Iter` is a shared borrow of the map's keys and values.
unsafe impl<K: Sync, V: Sync> Sync for Iter<'_, K, V> {}

/// Iterator over `(&K, &mut V)`.
pub struct IterMut<'a, K, V> {
    raw: RawIter<K, V>,
    marker: PhantomData<(&'a K, &'a mut V)>,
}

impl<K, V> IterMut<'_, K, V> {
    pub(crate) fn new(raw: RawIter<K, V>) -> Self {
        IterMut { raw, marker: PhantomData }
    }
}

impl<'a, K, V> Iterator for IterMut<'a, K, V> {
    type Item = (&'a K, &'a mut V);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        // SAFETY: live slot of an exclusively borrowed table; each slot is yielded once.
        self.raw.next().map(|(b, i)| unsafe { (&*key_ptr(b, i), &mut *val_ptr(b, i)) })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.raw.size_hint()
    }
}

impl<K, V> ExactSizeIterator for IterMut<'_, K, V> {}
impl<K, V> FusedIterator for IterMut<'_, K, V> {}

impl<K, V> fmt::Debug for IterMut<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IterMut").field("remaining", &self.raw.len()).finish()
    }
}

// SAFETY: shares keys and hands out values exclusively, like std's IterMut.
unsafe impl<K: Sync, V: Send> Send for IterMut<'_, K, V> {}
// SAFETY: shares keys and hands out values exclusively, like std's IterMut.
unsafe impl<K: Sync, V: Sync> Sync for IterMut<'_, K, V> {}

/// Owning iterator over `(K, V)`.
pub struct IntoIter<K, V> {
    table: RawTable<K, V>,
    raw: RawIter<K, V>,
}

impl<K, V> Iterator for IntoIter<K, V> {
    type Item = (K, V);

    #[inline]
    fn next(&mut self) -> Option<(K, V)> {
        let (b, i) = self.raw.next()?;
        // SAFETY: live slot of the owned table, marked empty as it is taken.
        Some(unsafe { self.table.take_at(b, i) })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.raw.size_hint()
    }
}

impl<K, V> ExactSizeIterator for IntoIter<K, V> {}
impl<K, V> FusedIterator for IntoIter<K, V> {}

impl<K, V> fmt::Debug for IntoIter<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IntoIter").field("remaining", &self.raw.len()).finish()
    }
}

// SAFETY: owns the keys and values.
unsafe impl<K: Send, V: Send> Send for IntoIter<K, V> {}
// SAFETY: owns the keys and values.
unsafe impl<K: Sync, V: Sync> Sync for IntoIter<K, V> {}

/// Draining iterator; whatever is not consumed is dropped, and the map is left empty.
pub struct Drain<'a, K, V> {
    table: &'a mut RawTable<K, V>,
    raw: RawIter<K, V>,
}

impl<'a, K, V> Drain<'a, K, V> {
    pub(crate) fn new(table: &'a mut RawTable<K, V>, raw: RawIter<K, V>) -> Self {
        Drain { table, raw }
    }
}

impl<K, V> Iterator for Drain<'_, K, V> {
    type Item = (K, V);

    #[inline]
    fn next(&mut self) -> Option<(K, V)> {
        let (b, i) = self.raw.next()?;
        // SAFETY: live slot of the exclusively borrowed table, marked empty as it is taken.
        Some(unsafe { self.table.take_at(b, i) })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.raw.size_hint()
    }
}

impl<K, V> Drop for Drain<'_, K, V> {
    fn drop(&mut self) {
        for kv in self.by_ref() {
            drop(kv);
        }
        self.table.reset();
    }
}

impl<K, V> ExactSizeIterator for Drain<'_, K, V> {}
impl<K, V> FusedIterator for Drain<'_, K, V> {}

impl<K, V> fmt::Debug for Drain<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Drain").field("remaining", &self.raw.len()).finish()
    }
}

// SAFETY: moves keys and values out of an exclusively borrowed map.
unsafe impl<K: Send, V: Send> Send for Drain<'_, K, V> {}
// SAFETY: moves keys and values out of an exclusively borrowed map.
unsafe impl<K: Sync, V: Sync> Sync for Drain<'_, K, V> {}

macro_rules! adapter {
    ($(#[$doc:meta])* $name:ident<$($lt:lifetime,)? K, V> wraps $inner:ty => $item:ty, |$x:pat_param| $e:expr) => {
        $(#[$doc])*
        pub struct $name<$($lt,)? K, V> {
            pub(crate) inner: $inner,
        }

        impl<$($lt,)? K, V> Iterator for $name<$($lt,)? K, V> {
            type Item = $item;

            #[inline]
            fn next(&mut self) -> Option<Self::Item> {
                self.inner.next().map(|$x| $e)
            }

            fn size_hint(&self) -> (usize, Option<usize>) {
                self.inner.size_hint()
            }
        }

        impl<$($lt,)? K, V> ExactSizeIterator for $name<$($lt,)? K, V> {}
        impl<$($lt,)? K, V> FusedIterator for $name<$($lt,)? K, V> {}

        impl<$($lt,)? K, V> fmt::Debug for $name<$($lt,)? K, V> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct(stringify!($name)).field("remaining", &self.inner.len()).finish()
            }
        }
    };
}

adapter!(
    /// Iterator over `&K`.
    Keys<'a, K, V> wraps Iter<'a, K, V> => &'a K, |(k, _)| k
);
adapter!(
    /// Iterator over `&V`.
    Values<'a, K, V> wraps Iter<'a, K, V> => &'a V, |(_, v)| v
);
adapter!(
    /// Iterator over `&mut V`.
    ValuesMut<'a, K, V> wraps IterMut<'a, K, V> => &'a mut V, |(_, v)| v
);
adapter!(
    /// Owning iterator over the keys.
    IntoKeys<K, V> wraps IntoIter<K, V> => K, |(k, _)| k
);
adapter!(
    /// Owning iterator over the values.
    IntoValues<K, V> wraps IntoIter<K, V> => V, |(_, v)| v
);

impl<K, V> Clone for Keys<'_, K, V> {
    fn clone(&self) -> Self {
        Keys { inner: self.inner.clone() }
    }
}

impl<K, V> Clone for Values<'_, K, V> {
    fn clone(&self) -> Self {
        Values { inner: self.inner.clone() }
    }
}

impl<'a, K, V, S> IntoIterator for &'a GoMap<K, V, S> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;

    fn into_iter(self) -> Iter<'a, K, V> {
        self.iter()
    }
}

impl<'a, K, V, S> IntoIterator for &'a mut GoMap<K, V, S> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = IterMut<'a, K, V>;

    fn into_iter(self) -> IterMut<'a, K, V> {
        self.iter_mut()
    }
}

impl<K, V, S> IntoIterator for GoMap<K, V, S> {
    type Item = (K, V);
    type IntoIter = IntoIter<K, V>;

    fn into_iter(self) -> IntoIter<K, V> {
        let raw = self.raw_iter();
        let GoMap { table, .. } = self;
        IntoIter { table, raw }
    }
}
