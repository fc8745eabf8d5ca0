//! Quick end-to-end checks of the basic operations across growth, shrink and clear.

use gomap::GoMap;
use std::collections::HashMap;

#[test]
fn grow_lookup_remove_shrink() {
    let mut m = GoMap::with_capacity_hasher_and_seed(0, gomap::DefaultHashBuilder::default(), 7);
    let mut model = HashMap::new();
    for i in 0..50_000u64 {
        assert_eq!(m.insert(i, i + 1), model.insert(i, i + 1));
        if i % 997 == 0 {
            m.check_invariants();
        }
    }
    assert_eq!(m.len(), 50_000);
    for i in 0..60_000u64 {
        assert_eq!(m.get(&i), model.get(&i));
    }
    for i in (0..50_000u64).step_by(3) {
        assert_eq!(m.remove(&i), model.remove(&i));
    }
    m.check_invariants();
    let mut seen: Vec<u64> = m.iter().map(|(k, _)| *k).collect();
    seen.sort();
    let mut want: Vec<u64> = model.keys().copied().collect();
    want.sort();
    assert_eq!(seen, want);
    for i in 0..50_000u64 {
        if i % 3 != 0 && i % 5 != 0 {
            m.remove(&i);
            model.remove(&i);
        }
    }
    let before = m.stats();
    m.shrink_to_fit();
    m.finish_growth();
    m.check_invariants();
    let after = m.stats();
    assert!(after.b < before.b, "{before:?} -> {after:?}");
    assert!(after.allocated_bytes < before.allocated_bytes);
    for i in 0..50_000u64 {
        assert_eq!(m.get(&i), model.get(&i));
    }
    m.clear();
    m.check_invariants();
    assert!(m.is_empty());
}
