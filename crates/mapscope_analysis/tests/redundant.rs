//! redundant-map-lookup on packages given as source text: repeated lookups with nothing in
//! between, and the writes and calls that make a second lookup necessary.

mod common;

use common::check_one;

#[test]
fn repeated_lookups_with_nothing_in_between() {
    let src = r#"package app

func use(int) {}

func present(m map[string]int, k string) {
	if _, ok := m[k]; ok {
		use(m[k])
	}
}

func twice(m map[string]int, k string) int {
	return m[k] + m[k]
}
"#;
    assert_eq!(
        check_one(src, &["redundant-map-lookup"]),
        vec![
            "app.go:7: [redundant-map-lookup] redundant map lookup: `m[k]` repeats the lookup on \
             line 6, and nothing in between can change the map",
            "app.go:12: [redundant-map-lookup] redundant map lookup: `m[k]` repeats the lookup on \
             line 12, and nothing in between can change the map",
        ]
    );
}

#[test]
fn lookups_after_a_write_or_a_call_are_needed() {
    let src = r#"package app

func change(m map[string]int) { m["a"] = 2 }

func written(m map[string]int, k string) int {
	a := m[k]
	m[k] = a + 1
	return m[k]
}

func called(m map[string]int, k string) int {
	a := m[k]
	change(m)
	return a + m[k]
}

func other_key(m map[string]int, k, j string) int {
	return m[k] + m[j]
}
"#;
    assert_eq!(check_one(src, &["redundant-map-lookup"]), Vec::<String>::new());
}

#[test]
fn off_by_default() {
    let default: Vec<_> = mapscope_analysis::default_checks().iter().map(|c| c.name).collect();
    assert!(!default.contains(&"redundant-map-lookup"), "{default:?}");
    assert!(default.contains(&"nil-map-write") && default.contains(&"nested-map-write"));
}
