//! The public API surface: std-like methods and traits, borrowed lookups, the entry API,
//! Send/Sync parity with std's HashMap, the observer and the GOMAP_TRACE switch.

use gomap::{Entry, GoMap, GrowthKind, Observer, Stats};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

#[test]
fn std_like_methods_and_traits() {
    let mut m: GoMap<String, u32> = GoMap::default();
    assert!(m.is_empty());
    assert_eq!(m.stats().buckets, 0, "B = 0 maps allocate lazily");
    m.insert("one".to_string(), 1);
    m.insert("two".to_string(), 2);
    assert_eq!(m.stats().buckets, 1);
    // Borrowed-key lookups, as in std.
    assert_eq!(m.get("one"), Some(&1));
    assert_eq!(m["two"], 2);
    assert!(m.contains_key("two"));
    assert_eq!(m.get_key_value("one"), Some((&"one".to_string(), &1)));
    *m.get_mut("one").unwrap() += 10;
    assert_eq!(m.remove("one"), Some(11));
    assert_eq!(m.remove_entry("two"), Some(("two".to_string(), 2)));
    assert_eq!(m.remove("two"), None);

    let m: GoMap<u64, u64> = (0..100).map(|i| (i, i * 2)).collect();
    let mut n = GoMap::new();
    n.extend((0..100).map(|i| (i, i * 2)));
    assert_eq!(m, n);
    n.insert(0, 1);
    assert_ne!(m, n);
    let mut e: GoMap<u64, u64> = GoMap::with_capacity(10);
    e.extend(m.iter());
    assert_eq!(e, m);
    assert_eq!(e.stats().b, 4, "make(map, 10) gives B = 1; 100 entries fit B = 4 (<= 104)");

    let small: GoMap<u8, &str> = GoMap::from([(1, "a")]);
    assert_eq!(format!("{small:?}"), r#"{1: "a"}"#);
    let std_map: HashMap<u64, u64> = m.clone().into_iter().collect();
    assert_eq!(std_map.len(), 100);
    let mut vals: Vec<u64> = m.clone().into_values().collect();
    vals.sort_unstable();
    assert_eq!(vals[99], 198);
    let mut total = 0;
    for (k, v) in &m {
        total += k + v;
    }
    assert_eq!(total, (0..100).map(|i| i * 3).sum::<u64>());
    let mut m2 = m.clone();
    for (_, v) in &mut m2 {
        *v = 0;
    }
    assert!(m2.values().all(|v| *v == 0));
    assert!(format!("{:?}", m2.iter_mut()).contains("remaining"));
}

/// A slice element whose comparisons are counted.
struct Counted(u64);

impl std::hash::Hash for Counted {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

thread_local! {
    static COMPARISONS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

impl PartialEq for Counted {
    fn eq(&self, other: &Self) -> bool {
        COMPARISONS.with(|c| c.set(c.get() + 1));
        self.0 == other.0
    }
}
impl Eq for Counted {}

#[test]
fn same_memory_unsized_key_is_equal_without_comparing_bytes() {
    // Go's mapaccess1_faststr: `k.str == key.str || memequal(...)`. A borrowed unsized key
    // (here a slice, as `str` would be) at the very address and length of the stored one
    // matches without element comparisons; a copy elsewhere is compared element by element.
    let storage: Vec<Vec<Counted>> = (0..200).map(|i| vec![Counted(i), Counted(i + 1)]).collect();
    // A fixed hasher and seed: the bound below counts tophash false positives, and with
    // randomly seeded foldhash::fast about 1 map in 100 gives these keys (a u64 seed, a length
    // and two i32s: one folded multiply of the key) hundreds of tophash collisions.
    let mut m: GoMap<&[Counted], usize, _> =
        GoMap::with_capacity_hasher_and_seed(0, foldhash::quality::FixedState::with_seed(11), 11);
    for (i, k) in storage.iter().enumerate() {
        m.insert(k.as_slice(), i);
    }
    COMPARISONS.with(|c| c.set(0));
    for (i, k) in storage.iter().enumerate() {
        assert_eq!(m.get(k.as_slice()), Some(&i));
    }
    let after_same = COMPARISONS.with(|c| c.get());
    let copy = [Counted(7), Counted(8)];
    assert_eq!(m.get(&copy[..]), Some(&7));
    let after_copy = COMPARISONS.with(|c| c.get());
    // Tophash false positives may compare a few other keys (first element differs: 1 call).
    assert!(after_same < 20, "same-address lookups compared {after_same} elements");
    assert!(after_copy - after_same >= 2, "a copy must be compared element by element");
    // A same-length slice at another address inside a stored key is not mistaken for it.
    assert_eq!(m.get(&storage[7][..1]), None);
}

#[test]
fn entry_api() {
    let mut m: GoMap<&str, Vec<u32>> = GoMap::new();
    m.entry("a").or_default().push(1);
    m.entry("a").or_default().push(2);
    m.entry("b").or_insert_with(|| vec![9]);
    m.entry("c").or_insert_with_key(|k| vec![k.len() as u32]);
    assert_eq!(m["a"], vec![1, 2]);
    assert_eq!(m["c"], vec![1]);
    match m.entry("a") {
        Entry::Occupied(mut o) => {
            assert_eq!(o.key(), &"a");
            o.get_mut().push(3);
            let old = o.insert(vec![0]);
            assert_eq!(old, vec![1, 2, 3]);
            assert_eq!(o.remove(), vec![0]);
        }
        Entry::Vacant(_) => unreachable!(),
    }
    match m.entry("z") {
        Entry::Vacant(v) => {
            assert_eq!(v.key(), &"z");
            assert_eq!(v.into_key(), "z");
        }
        Entry::Occupied(_) => unreachable!(),
    }
    assert!(!m.contains_key("z"));
    assert_eq!(m.entry("b").key(), &"b");
    let v = m.entry("b").and_modify(|v| v.push(10)).or_insert(vec![]);
    assert_eq!(v, &vec![9, 10]);
    assert_eq!(m.len(), 2);
}

#[test]
fn stats_follow_go_trajectory() {
    let mut m: GoMap<u64, u64> = GoMap::with_capacity(0);
    let s = m.stats();
    assert_eq!((s.b, s.count, s.buckets, s.growing), (0, 0, 0, false));
    for i in 0..8 {
        m.insert(i, i);
    }
    assert_eq!(m.stats().b, 0, "8 entries fit B = 0");
    m.insert(8, 8);
    let s: Stats = m.stats();
    assert_eq!(s.b, 1, "overLoadFactor(9, 0): the 9th insert doubles");
    assert_eq!(s.count, 9);
    m.insert(9, 9);
    // Go 1.19: 13 entries fit B = 1; the 14th insert doubles.
    for i in 10..13 {
        m.insert(i, i);
    }
    assert_eq!(m.stats().b, 1);
    m.insert(13, 13);
    assert_eq!(m.stats().b, 2);
}

#[derive(Default)]
struct Log(Arc<Mutex<Vec<String>>>);

impl Observer for Log {
    fn growth_started(&mut self, e: &gomap::GrowthStarted) {
        self.0
            .lock()
            .unwrap()
            .push(format!("start {}->{} {:?} {}", e.old_b, e.new_b, e.kind, e.same_size));
    }
    fn bucket_evacuated(&mut self, e: &gomap::BucketEvacuated) {
        self.0.lock().unwrap().push(format!("evac {} {} {}", e.index, e.to_x, e.to_y));
    }
    fn growth_finished(&mut self, e: &gomap::GrowthFinished) {
        self.0
            .lock()
            .unwrap()
            .push(format!("finish {}->{} {:?} {} {}", e.old_b, e.b, e.kind, e.count, e.writes));
    }
}

#[test]
fn observer_sees_every_growth() {
    let log = Log::default();
    let events = Arc::clone(&log.0);
    let mut m: GoMap<u64, u64> = GoMap::new();
    m.set_observer(Some(Box::new(log)));
    for i in 0..=416u64 {
        m.insert(i, i);
    }
    // 417 entries: B went 0 -> 1 -> ... -> 7 (417 > 6.5 * 2^6).
    let ev = events.lock().unwrap().clone();
    let starts: Vec<&String> = ev.iter().filter(|e| e.starts_with("start")).collect();
    assert_eq!(starts.len(), 7, "{starts:?}");
    assert_eq!(starts[0], "start 0->1 Double false");
    assert_eq!(starts[6], "start 6->7 Double false");
    // Every growth but the running one finished; evacuations of one growth move every entry.
    let finishes = ev.iter().filter(|e| e.starts_with("finish")).count();
    assert_eq!(finishes, if m.stats().growing { 6 } else { 7 });
    let (mut moved, mut in_growth) = (0usize, false);
    for e in &ev {
        if e.starts_with("start 5->6") {
            in_growth = true;
        } else if e.starts_with("finish 5->6") {
            // Only inserts ran: every entry present at the start was moved exactly once.
            // 6.5 * 2^5 = 208: the 209th insert starts the growth and lands in the new array.
            assert_eq!(moved, 208, "{e}");
            in_growth = false;
        } else if in_growth && e.starts_with("evac") {
            let f: Vec<usize> = e.split(' ').skip(2).map(|x| x.parse().unwrap()).collect();
            moved += f[0] + f[1];
        }
    }
    m.set_observer(None);

    // Shrinking is reported too.
    let log = Log::default();
    let events = Arc::clone(&log.0);
    m.set_observer(Some(Box::new(log)));
    for i in 0..400 {
        m.remove(&i);
    }
    m.shrink_to_fit();
    m.finish_growth();
    let ev = events.lock().unwrap().clone();
    assert!(ev.iter().any(|e| e.starts_with("start 7->6 Shrink")), "{ev:?}");
    assert!(ev.iter().any(|e| e.contains("Shrink") && e.starts_with("finish")));
    assert_eq!(m.stats().b, 2, "17 entries fit B = 2");
    for i in 400..=416 {
        assert_eq!(m[&i], i);
    }
}

#[test]
fn gomap_trace_prints_one_line_per_growth() {
    if std::env::var_os("GOMAP_TRACE_CHILD").is_some() {
        let mut m = GoMap::new();
        for i in 0..1000u64 {
            m.insert(i, i);
        }
        return;
    }
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "gomap_trace_prints_one_line_per_growth",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("GOMAP_TRACE", "1")
        .env("GOMAP_TRACE_CHILD", "1")
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = err.lines().filter(|l| l.starts_with("gomap: grow ")).collect();
    // 1000 entries: B = 0 -> 8, eight growths; the last one may still be running.
    assert!(lines.len() == 7 || lines.len() == 8, "{err}");
    assert!(lines[0].contains(" double B 0->1 "), "{}", lines[0]);
    assert!(lines[0].contains("ms"));
}

#[test]
fn send_and_sync_exactly_like_std_hashmap() {
    use std::cell::Cell;
    use std::rc::Rc;
    use std::sync::MutexGuard;

    fn send<T: Send>() {}
    fn sync<T: Sync>() {}
    // Positive cases, mirrored on std's HashMap so the two cannot drift apart silently.
    send::<HashMap<u64, String>>();
    send::<GoMap<u64, String>>();
    sync::<GoMap<u64, String>>();
    send::<GoMap<Cell<u8>, u8>>();
    send::<HashMap<Cell<u8>, u8>>();
    sync::<GoMap<MutexGuard<'static, u8>, u8>>();
    sync::<HashMap<MutexGuard<'static, u8>, u8>>();
    send::<gomap::Iter<'static, u8, u8>>();
    sync::<gomap::IntoIter<u8, u8>>();
    send::<gomap::IterMut<'static, u8, Cell<u8>>>();
    send::<gomap::Drain<'static, u8, u8>>();

    // Negative cases via the ambiguity trick: `some_item` resolves only when the bound fails.
    trait AmbiguousIfSend<A> {
        fn some_item() {}
    }
    impl<T: ?Sized> AmbiguousIfSend<()> for T {}
    impl<T: ?Sized + Send> AmbiguousIfSend<u8> for T {}
    trait AmbiguousIfSync<A> {
        fn some_item() {}
    }
    impl<T: ?Sized> AmbiguousIfSync<()> for T {}
    impl<T: ?Sized + Sync> AmbiguousIfSync<u8> for T {}

    <GoMap<Rc<u8>, u8> as AmbiguousIfSend<_>>::some_item();
    <GoMap<u8, Rc<u8>> as AmbiguousIfSync<_>>::some_item();
    <GoMap<Cell<u8>, u8> as AmbiguousIfSync<_>>::some_item();
    <GoMap<MutexGuard<'static, u8>, u8> as AmbiguousIfSend<_>>::some_item();
    <GoMap<u8, u8, Rc<std::hash::RandomState>> as AmbiguousIfSend<_>>::some_item();
    <HashMap<Cell<u8>, u8> as AmbiguousIfSync<_>>::some_item();
    <gomap::Iter<'static, Cell<u8>, u8> as AmbiguousIfSend<_>>::some_item();
    <gomap::IterMut<'static, Cell<u8>, u8> as AmbiguousIfSend<_>>::some_item();
}

#[test]
fn growth_kinds_are_distinct() {
    assert_ne!(GrowthKind::Double, GrowthKind::SameSize);
    let mut m: GoMap<u32, u32> = GoMap::with_capacity(100_000);
    assert_eq!(m.stats().b, 14);
    m.insert(1, 1);
    m.shrink_to_fit();
    assert!(m.stats().shrinking);
    assert!(m.grow_work(1));
    m.finish_growth();
    assert_eq!(m.stats().b, 0);
    assert_eq!(m[&1], 1);
}

#[test]
fn tophash_snapshot_shows_every_entry_once_during_growth() {
    use gomap::tophash::{EVACUATED_EMPTY, EVACUATED_X, MIN_TOP_HASH};
    let mut m: GoMap<u64, u64> = GoMap::new();
    assert_eq!(m.tophash_snapshot().current, None, "B = 0 allocates lazily");
    let mut saw_growth = false;
    for k in 0..5000u64 {
        m.insert(k, k);
        let snap = m.tophash_snapshot();
        let live = |array: &gomap::TophashArray, from: usize| {
            array.buckets[from..]
                .iter()
                .flatten()
                .flatten()
                .flat_map(|tags| tags.iter())
                .filter(|&&t| t >= MIN_TOP_HASH)
                .count()
        };
        let current = snap.current.as_ref().expect("allocated");
        assert_eq!(current.buckets.len(), 1 << current.b);
        let old = snap.old.as_ref().map_or(0, |old| {
            saw_growth = true;
            // Buckets before nevacuate are evacuated: no live tag, only evacuation marks.
            let evacuated = old.buckets[..snap.nevacuate].iter().flatten().flatten();
            assert!(
                evacuated
                    .flat_map(|t| t.iter())
                    .all(|t| (EVACUATED_X..=EVACUATED_EMPTY).contains(t))
            );
            live(old, snap.nevacuate)
        });
        assert_eq!(live(current, 0) + old, m.len(), "after {k}");
    }
    assert!(saw_growth);
}
