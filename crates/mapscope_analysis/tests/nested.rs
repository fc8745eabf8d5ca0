//! nested-map-write on packages given as source text: inner maps never created, and the ways
//! of creating them that must stay quiet.

mod common;

use common::check_one;

#[test]
fn inner_map_never_created() {
    let src = r#"package app

type Event struct{ User, Kind string }

func count(events []Event) map[string]map[string]int {
	byUser := map[string]map[string]int{}
	for _, e := range events {
		byUser[e.User][e.Kind]++
	}
	return byUser
}

func literal() {
	m := map[string]map[string]int{"a": {}}
	m["a"]["x"] = 1
	m["b"]["x"] = 1
}

func through_variable(k string) {
	m := make(map[string]map[string]bool)
	inner := m[k]
	inner["x"] = true
}
"#;
    assert_eq!(
        check_one(src, &[]),
        vec![
            "app.go:8: [nested-map-write] assignment to entry in nil map: `byUser[e.User]` is nil \
             when the key is missing, and nothing creates it",
            "app.go:16: [nested-map-write] assignment to entry in nil map: `m[\"b\"]` is nil when \
             the key is missing, and nothing creates it",
            "app.go:22: [nested-map-write] assignment to entry in nil map: `inner` is nil when the \
             key is missing, and nothing creates it",
        ]
    );
}

#[test]
fn created_inner_maps_are_quiet() {
    let src = r#"package app

type Event struct{ User, Kind string }

func comma_ok(events []Event) {
	byUser := map[string]map[string]int{}
	for _, e := range events {
		inner, ok := byUser[e.User]
		if !ok {
			inner = map[string]int{}
			byUser[e.User] = inner
		}
		inner[e.Kind]++
	}
}

func nil_guard(events []Event) {
	byUser := map[string]map[string]int{}
	for _, e := range events {
		if byUser[e.User] == nil {
			byUser[e.User] = map[string]int{}
		}
		byUser[e.User][e.Kind]++
	}
}

func created_before(k string) {
	m := map[string]map[string]int{}
	m[k] = map[string]int{}
	m[k]["x"] = 1
}

func only_if_present(k string) {
	m := map[string]map[string]int{}
	if inner, ok := m[k]; ok {
		inner["x"] = 1
	}
	if inner := m[k]; inner != nil {
		inner["y"] = 1
	}
}

func from_elsewhere(m map[string]map[string]int, k string) {
	m[k]["x"] = 1
}

func given_away(k string) {
	m := map[string]map[string]int{}
	fill(m)
	m[k]["x"] = 1
}

func fill(m map[string]map[string]int) {}
"#;
    assert_eq!(check_one(src, &[]), Vec::<String>::new());
}

#[test]
fn write_on_the_branch_where_the_key_is_missing() {
    let src = r#"package app

var quotas = map[string]map[string]int{"acme": {"cpu": 4}}

func log(string) {}

func raise(tenant, resource string, by int) {
	q, ok := quotas[tenant]
	if !ok {
		log(tenant)
	}
	q[resource] += by
}

func raise_checked(tenant, resource string, by int) {
	q, ok := quotas[tenant]
	if !ok {
		log(tenant)
		return
	}
	q[resource] += by
}

func unknown_key(tenant, resource string) {
	quotas[tenant][resource] = 1
}
"#;
    assert_eq!(
        check_one(src, &[]),
        vec![
            "app.go:12: [nested-map-write] assignment to entry in nil map: `q` is nil on the path \
             where the key is missing"
        ]
    );
}

#[test]
fn field_whose_inner_maps_no_code_creates() {
    let src = r#"package app

type acl struct {
	grants map[string]map[string]bool
}

func newACL() *acl { return &acl{grants: map[string]map[string]bool{}} }

func (a *acl) grant(user, action string) { a.grants[user][action] = true }

type lazy struct {
	byUser map[string]map[string]int
}

func newLazy() *lazy { return &lazy{byUser: map[string]map[string]int{}} }

func (l *lazy) add(user, k string) {
	if l.byUser[user] == nil {
		l.byUser[user] = map[string]int{}
	}
	l.byUser[user][k]++
}

type seeded struct {
	routes map[string]map[string]int
}

func newSeeded() *seeded {
	s := &seeded{routes: map[string]map[string]int{}}
	s.routes["GET"] = map[string]int{}
	return s
}

func (s *seeded) handle(method, path string) { s.routes[method][path] = 1 }
"#;
    assert_eq!(
        check_one(src, &[]),
        vec![
            "app.go:9: [nested-map-write] assignment to entry in nil map: `a.grants[user]` is nil: \
             no code of the module puts an inner map into `grants`"
        ]
    );
}

#[test]
fn three_levels_with_the_middle_one_missing() {
    let src = r#"package app

type host struct{ region, zone, name string }

func index(hosts []host) map[string]map[string]map[string]bool {
	idx := map[string]map[string]map[string]bool{}
	for _, h := range hosts {
		if _, ok := idx[h.region]; !ok {
			idx[h.region] = map[string]map[string]bool{}
		}
		idx[h.region][h.zone][h.name] = true
	}
	return idx
}

func index_full(hosts []host) map[string]map[string]map[string]bool {
	idx := map[string]map[string]map[string]bool{}
	for _, h := range hosts {
		if _, ok := idx[h.region]; !ok {
			idx[h.region] = map[string]map[string]bool{}
		}
		if _, ok := idx[h.region][h.zone]; !ok {
			idx[h.region][h.zone] = map[string]bool{}
		}
		idx[h.region][h.zone][h.name] = true
	}
	return idx
}

func prefilled(hosts []host) {
	idx := map[string]map[string]map[string]bool{}
	for _, h := range hosts {
		zones := map[string]map[string]bool{h.zone: {}}
		idx[h.region] = zones
		idx[h.region][h.zone][h.name] = true
	}
}
"#;
    assert_eq!(
        check_one(src, &[]),
        vec![
            "app.go:11: [nested-map-write] assignment to entry in nil map: `idx[h.region][h.zone]` \
             is nil when the key is missing, and nothing creates it"
        ]
    );
}

#[test]
fn a_branch_between_the_missing_key_and_the_write_is_not_followed() {
    // The shape of go/types' check_test: the list is empty when the inner map is missing, so
    // the loop that writes never runs on that path.
    let src = r#"package app

func drop(errmap map[string]map[int][]string, file string, line int) {
	filemap := errmap[file]
	var list []string
	if filemap != nil {
		list = filemap[line]
	}
	for range list {
		filemap[line] = list[1:]
	}
}
"#;
    assert_eq!(check_one(src, &[]), Vec::<String>::new());
}

#[test]
fn field_made_lazily_without_inner_maps() {
    // From the nil-map corpus: the outer map is made on first use, the inner ones never.
    let src = r#"package app

type meter struct {
	usage map[string]map[string]int64
}

func (m *meter) record(tenant, api string, n int64) {
	if m.usage == nil {
		m.usage = make(map[string]map[string]int64)
	}
	m.usage[tenant][api] += n
}

func run() {
	var m meter
	m.record("acme", "/upload", 1)
}
"#;
    assert_eq!(
        check_one(src, &[]),
        vec![
            "app.go:11: [nested-map-write] assignment to entry in nil map: `m.usage[tenant]` is \
             nil: no code of the module puts an inner map into `usage`"
        ]
    );
}
