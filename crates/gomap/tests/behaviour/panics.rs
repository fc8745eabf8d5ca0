//! Panic safety: a `Hash`, `Eq`, `Clone`, `Drop` or predicate that panics in the middle of a map
//! operation (including the middle of an evacuation) leaves a usable, consistent map and never
//! drops anything twice or leaks it.

use crate::common::{live, register, release};
use gomap::GoMap;
use std::cell::Cell;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::panic::{AssertUnwindSafe, catch_unwind};

thread_local! {
    /// Hashing any key below this panics.
    static HASH_PANIC_BELOW: Cell<u64> = const { Cell::new(0) };
    /// Comparing against this key panics.
    static EQ_PANIC_ON: Cell<Option<u64>> = const { Cell::new(None) };
    /// Cloning fails after this many more clones.
    static CLONES_LEFT: Cell<Option<u32>> = const { Cell::new(None) };
    /// Dropping this key panics (once).
    static DROP_PANIC_ON: Cell<Option<u64>> = const { Cell::new(None) };
}

#[derive(Debug)]
struct Key {
    id: u64,
    k: u64,
}

impl Key {
    fn new(k: u64) -> Self {
        Key { id: register(), k }
    }
}

impl Drop for Key {
    fn drop(&mut self) {
        release(self.id);
        if DROP_PANIC_ON.with(|d| d.get()) == Some(self.k) {
            DROP_PANIC_ON.with(|d| d.set(None));
            panic!("drop of {}", self.k);
        }
    }
}

impl Clone for Key {
    fn clone(&self) -> Self {
        CLONES_LEFT.with(|c| match c.get() {
            Some(0) => panic!("clone"),
            Some(n) => c.set(Some(n - 1)),
            None => {}
        });
        Key::new(self.k)
    }
}

impl Hash for Key {
    fn hash<H: Hasher>(&self, h: &mut H) {
        if self.k < HASH_PANIC_BELOW.with(|c| c.get()) {
            panic!("hash of {}", self.k);
        }
        self.k.hash(h);
    }
}

impl PartialEq for Key {
    fn eq(&self, o: &Self) -> bool {
        let bad = EQ_PANIC_ON.with(|c| c.get());
        if bad == Some(self.k) || bad == Some(o.k) {
            panic!("eq on {}", self.k);
        }
        self.k == o.k
    }
}
impl Eq for Key {}

fn quiet() {
    // Keep the deliberate panics out of the output; report every other one.
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let msg = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or(info.payload().downcast_ref::<&str>().copied());
        let deliberate = msg.is_some_and(|m| {
            ["hash of", "eq on", "clone", "drop of", "predicate"].iter().any(|p| m.starts_with(p))
        });
        if !deliberate {
            default(info);
        }
    }));
}

fn same<S: std::hash::BuildHasher>(m: &GoMap<Key, u64, S>, model: &HashMap<u64, u64>) {
    assert_eq!(m.len(), model.len());
    for (k, v) in m.iter() {
        assert_eq!(model.get(&k.k), Some(v));
    }
    for (k, v) in model {
        assert_eq!(m.get(&Key::new(*k)), Some(v));
    }
    m.check_invariants();
}

#[test]
fn panicking_hash_mid_evacuation() {
    quiet();
    let mut m: GoMap<Key, u64, _> =
        GoMap::with_capacity_hasher_and_seed(0, foldhash::fast::FixedState::with_seed(1), 1);
    let mut model = HashMap::new();
    let mut n = 0u64;
    // Grow until a doubling is running with most buckets still to evacuate.
    loop {
        m.insert(Key::new(n), n);
        model.insert(n, n);
        n += 1;
        let s = m.stats();
        if s.growing && s.old_buckets >= 64 {
            break;
        }
    }
    let mut panics = 0;
    for round in 0..200u64 {
        // Every key already in the map now panics when hashed; only evacuation hashes them.
        HASH_PANIC_BELOW.with(|c| c.set(n));
        let k = n + round;
        let r = catch_unwind(AssertUnwindSafe(|| m.insert(Key::new(k), k)));
        HASH_PANIC_BELOW.with(|c| c.set(0));
        match r {
            Ok(_) => {
                model.insert(k, k);
            }
            Err(_) => panics += 1,
        }
        same(&m, &model);
        if !m.stats().growing {
            break;
        }
    }
    assert!(panics > 0, "no evacuation ever hashed a key");
    m.finish_growth();
    same(&m, &model);
    drop(m);
    assert_eq!(live(), 0);
}

#[test]
fn panicking_hash_in_the_insert_that_starts_growth() {
    quiet();
    let mut m: GoMap<Key, u64, _> =
        GoMap::with_capacity_hasher_and_seed(0, foldhash::fast::FixedState::with_seed(2), 2);
    let mut model = HashMap::new();
    // 6.5 * 2^6 = 416 entries fill B = 6; the 417th insert starts a doubling.
    for k in 0..416u64 {
        m.insert(Key::new(k), k);
        model.insert(k, k);
    }
    m.finish_growth();
    assert!(!m.stats().growing);
    HASH_PANIC_BELOW.with(|c| c.set(416));
    let r = catch_unwind(AssertUnwindSafe(|| m.insert(Key::new(1000), 1000)));
    HASH_PANIC_BELOW.with(|c| c.set(0));
    assert!(r.is_err());
    let s = m.stats();
    assert!(s.growing && s.b == 7, "the growth started before the panic: {s:?}");
    same(&m, &model);
    assert_eq!(m.get(&Key::new(1000)), None, "the key whose insert panicked is not in the map");
    m.insert(Key::new(1000), 1000);
    model.insert(1000, 1000);
    m.finish_growth();
    same(&m, &model);
    drop(m);
    assert_eq!(live(), 0);
}

#[test]
fn panicking_eq_in_long_chains() {
    quiet();
    let mut m: GoMap<Key, u64, _> =
        GoMap::with_capacity_hasher_and_seed(0, crate::common::Weak { bits: 2 }, 3);
    let mut model = HashMap::new();
    for k in 0..300u64 {
        m.insert(Key::new(k), k);
        model.insert(k, k);
    }
    for bad in [5u64, 77, 299] {
        EQ_PANIC_ON.with(|c| c.set(Some(bad)));
        let ins = catch_unwind(AssertUnwindSafe(|| m.insert(Key::new(bad), 0)));
        let rem = catch_unwind(AssertUnwindSafe(|| m.remove(&Key::new(bad))));
        let get = catch_unwind(AssertUnwindSafe(|| m.get(&Key::new(bad)).copied()));
        let ent = catch_unwind(AssertUnwindSafe(|| {
            m.entry(Key::new(bad)).or_insert(0);
        }));
        EQ_PANIC_ON.with(|c| c.set(None));
        assert!(ins.is_err() && rem.is_err() && get.is_err() && ent.is_err());
        same(&m, &model);
    }
    drop(m);
    assert_eq!(live(), 0);
}

#[test]
fn panicking_clone_and_drop_and_predicate() {
    quiet();
    let mut m: GoMap<Key, u64> = GoMap::new();
    let mut model = HashMap::new();
    for k in 0..2000u64 {
        m.insert(Key::new(k), k);
        model.insert(k, k);
        if k > 1500 && m.stats().growing {
            break;
        }
    }
    assert!(m.stats().growing);
    let before = live();

    // Fail early (in the current array) and late (in the old array of the growth).
    for budget in [10, 700, m.len() as u32 - 3] {
        CLONES_LEFT.with(|c| c.set(Some(budget)));
        let r = catch_unwind(AssertUnwindSafe(|| m.clone()));
        CLONES_LEFT.with(|c| c.set(None));
        assert!(r.is_err());
        assert_eq!(live(), before, "a failed clone leaks or double-drops nothing");
    }
    let c = m.clone();
    assert!(c == m);
    drop(c);

    let r = catch_unwind(AssertUnwindSafe(|| {
        m.retain(|k, _| if k.k == 901 { panic!("predicate") } else { k.k % 2 == 0 })
    }));
    assert!(r.is_err());
    model.retain(|k, _| m.contains_key(&Key::new(*k)));
    same(&m, &model);

    DROP_PANIC_ON.with(|d| d.set(Some(1200)));
    let r = catch_unwind(AssertUnwindSafe(|| m.clear()));
    assert!(r.is_err());
    model.retain(|k, _| m.contains_key(&Key::new(*k)));
    same(&m, &model);
    assert_eq!(live(), m.len(), "nothing leaked by the interrupted clear");
    m.clear();
    assert!(m.is_empty());
    for k in 0..100u64 {
        m.insert(Key::new(k), k);
    }
    DROP_PANIC_ON.with(|d| d.set(Some(50)));
    let r = catch_unwind(AssertUnwindSafe(move || drop(m)));
    assert!(r.is_err());
    assert_eq!(live(), 0, "a panicking destructor in drop still drops the rest");
}
