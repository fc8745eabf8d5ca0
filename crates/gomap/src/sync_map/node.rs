//! The hash trie's two node kinds (Go's `indirect` and `entry` of
//! `src/internal/sync/hashtriemap.go`) and the tagged child pointer that tells them apart.

use core::marker::PhantomData;
use core::ptr;

use super::reclaim::{AtomicPtr, Mutex, Ordering};

/// log2 of an indirect node's fan-out: 16 children, Go's choice (fewer cost lookups a level
/// more, more buy little and cost memory).
pub(super) const FANOUT_LOG2: u32 = 4;
pub(super) const FANOUT: usize = 1 << FANOUT_LOG2;

/// Bits of the hash; the root consumes the top `FANOUT_LOG2` of them.
pub(super) const HASH_BITS: u32 = u64::BITS;

/// The tag bit of a child pointer that points at an `Indirect` (both node kinds are aligned to at
/// least 8 bytes, so the bit is free).
const INDIRECT_TAG: usize = 1;

/// The child index of `hash` in a node whose slots are chosen by the bits at `shift`.
#[inline(always)]
pub(super) fn digit(hash: u64, shift: u32) -> usize {
    ((hash >> shift) as usize) & (FANOUT - 1)
}

/// An inner node: 16 children, each empty, an entry chain or an indirect node.
pub(super) struct Indirect<K, V> {
    /// Tagged pointers (`Child::decode`). Written only under `lock` while the node is alive,
    /// read by anyone holding a guard.
    pub(super) children: [AtomicPtr<()>; FANOUT],
    /// Serialises writes to `children` and to the entry chains hanging from them. The flag is
    /// `dead`: set once the node has left the trie (pruned or cleared); a writer that finds it
    /// set after locking starts again from the root.
    pub(super) lock: Mutex<bool>,
    /// The node whose child this is, or null for a root. Fixed at creation.
    pub(super) parent: *const Indirect<K, V>,
    /// The children are `Entry<K, V>`s and `Indirect<K, V>`s behind type-erased pointers.
    _children: PhantomData<*const Entry<K, V>>,
}

impl<K, V> Indirect<K, V> {
    pub(super) fn new(parent: *const Indirect<K, V>) -> Self {
        Indirect {
            children: core::array::from_fn(|_| AtomicPtr::new(ptr::null_mut())),
            lock: Mutex::new(false),
            parent,
            _children: PhantomData,
        }
    }

    /// Pushes each indirect child on `pending` and passes each entry of each chain to `entry`,
    /// reading an entry's overflow link before `entry` sees it (so `entry` may free it).
    ///
    /// # Safety
    ///
    /// No thread writes this node's slots or chains any more (it is dead, or the map is being
    /// dropped), and its entries stay allocated until `entry` is called on them.
    pub(super) unsafe fn take_children(
        &self,
        pending: &mut Vec<*mut Indirect<K, V>>,
        mut entry: impl FnMut(*mut Entry<K, V>),
    ) {
        for slot in &self.children {
            match Child::decode(slot.load(Ordering::Acquire)) {
                Child::Empty => {}
                Child::Indirect(child) => pending.push(child),
                Child::Entry(mut e) => {
                    while !e.is_null() {
                        // SAFETY: the caller keeps the chain's entries allocated until `entry`
                        // has them, and no one relinks them.
                        let next = unsafe { &*e }.overflow.load(Ordering::Acquire);
                        entry(e);
                        e = next;
                    }
                }
            }
        }
    }

    /// Whether every child is empty (called with `lock` held).
    pub(super) fn is_empty(&self) -> bool {
        self.children.iter().all(|c| c.load(Ordering::Relaxed).is_null())
    }
}

/// A key and its value. Immutable once published: a new value is a new entry that replaces this
/// one in its chain, so a reader that holds `&Entry` never sees a torn or dropped value.
pub(super) struct Entry<K, V> {
    pub(super) hash: u64,
    /// The next entry with the same full hash (Go's `overflow`), written under the owning
    /// indirect node's lock.
    pub(super) overflow: AtomicPtr<Entry<K, V>>,
    pub(super) key: K,
    pub(super) value: V,
}

impl<K, V> Entry<K, V> {
    pub(super) fn new(hash: u64, key: K, value: V) -> Self {
        Entry { hash, overflow: AtomicPtr::new(ptr::null_mut()), key, value }
    }
}

/// What a child slot holds.
pub(super) enum Child<K, V> {
    Empty,
    Entry(*mut Entry<K, V>),
    Indirect(*mut Indirect<K, V>),
}

impl<K, V> Child<K, V> {
    #[inline(always)]
    pub(super) fn decode(p: *mut ()) -> Self {
        if p.is_null() {
            Child::Empty
        } else if p.addr() & INDIRECT_TAG != 0 {
            Child::Indirect(p.map_addr(|a| a & !INDIRECT_TAG).cast())
        } else {
            Child::Entry(p.cast())
        }
    }
}

pub(super) fn tag_entry<K, V>(e: *mut Entry<K, V>) -> *mut () {
    e.cast()
}

pub(super) fn tag_indirect<K, V>(i: *mut Indirect<K, V>) -> *mut () {
    i.cast::<()>().map_addr(|a| a | INDIRECT_TAG)
}

/// The pointer that leads to an entry: its indirect node's slot (the chain head) or the previous
/// entry's `overflow`.
pub(super) enum Link<'a, K, V> {
    Slot(&'a AtomicPtr<()>),
    Overflow(&'a AtomicPtr<Entry<K, V>>),
}

impl<K, V> Link<'_, K, V> {
    /// Points the link at `e` (null for none); called with the node's lock held.
    pub(super) fn set(&self, e: *mut Entry<K, V>) {
        match self {
            Link::Slot(s) => s.store(tag_entry(e), Ordering::Release),
            Link::Overflow(o) => o.store(e, Ordering::Release),
        }
    }
}
