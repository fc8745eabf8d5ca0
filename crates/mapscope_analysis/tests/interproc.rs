//! Interprocedural nil-map-write findings on packages given as source text: constructors in
//! other packages, helpers returning nil, nil arguments, zero-valued receivers and globals, each
//! beside the near miss that must stay quiet.

mod common;

use common::{check, check_one, first_lines, load};
use mapscope_analysis::ModuleAnalysis;
use mapscope_analysis::module::UnitIr;
use mapscope_ssa::ProgramTypeInfo;

const CACHE: &str = r#"package cache

type Cache struct {
	names map[string]int
	items map[string]int
}

func New() *Cache {
	return &Cache{names: map[string]int{}}
}

func NewFull() *Cache {
	return &Cache{names: map[string]int{}, items: map[string]int{}}
}

func (c *Cache) Put(k string, v int) {
	c.items[k] = v
}

func (c *Cache) PutLazily(k string, v int) {
	if c.items == nil {
		c.items = map[string]int{}
	}
	c.items[k] = v
}

func (c *Cache) Init() { c.items = map[string]int{} }
"#;

#[test]
fn constructor_in_another_package_that_forgets_a_field() {
    let main = r#"package main

import "example.com/cache"

func main() {
	c := cache.New()
	c.Put("a", 1)
}
"#;
    let found = check(
        &[("example.com/cache", &[("cache.go", CACHE)]), ("example.com/app", &[("main.go", main)])],
        &[],
    );
    assert_eq!(
        found,
        vec![
            "cache.go:17: [nil-map-write] assignment to entry in nil map: `c.items` is nil when \
             main calls Cache.Put\n  \
             note: main.go:6: `c.items` is nil: New at cache.go:9 does not set `items`\n  \
             note: cache.go:9: New leaves `items` nil here\n  \
             note: main.go:7: `c.items` is nil when Cache.Put is called here"
        ]
    );
}

#[test]
fn constructors_that_set_the_field_and_methods_that_make_it_are_quiet() {
    let main = r#"package main

import "example.com/cache"

func main() {
	a := cache.NewFull()
	a.Put("a", 1)
	b := cache.New()
	b.PutLazily("b", 2)
	c := cache.New()
	c.Init()
	c.Put("c", 3)
}
"#;
    let found = check(
        &[("example.com/cache", &[("cache.go", CACHE)]), ("example.com/app", &[("main.go", main)])],
        &[],
    );
    assert_eq!(found, Vec::<String>::new());
}

#[test]
fn zero_valued_struct_whose_method_writes_its_field() {
    let main = r#"package main

import "example.com/cache"

func main() {
	var c cache.Cache
	c.Put("a", 1)
	var d cache.Cache
	d.Init()
	d.Put("b", 2)
	var e cache.Cache
	e.PutLazily("c", 3)
}
"#;
    let found = check(
        &[("example.com/cache", &[("cache.go", CACHE)]), ("example.com/app", &[("main.go", main)])],
        &[],
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with("cache.go:17: [nil-map-write]"), "{found:#?}");
    assert!(
        found[0].contains("note: main.go:6: `c.items` is nil: its struct is declared"),
        "{found:#?}"
    );
    assert!(found[0].contains("note: main.go:7: `c.items` is nil when Cache.Put is called here"));
}

const LOAD: &str = r#"package load

type Error struct{}

func (*Error) Error() string { return "failed" }

func Load(ok bool) (map[string]int, error) {
	if !ok {
		return nil, &Error{}
	}
	return map[string]int{}, nil
}

func Maybe(ok bool) map[string]int {
	if ok {
		return map[string]int{}
	}
	return nil
}

func Always() map[string]int { return map[string]int{} }

type H map[string]int

// Clone is nil only for a nil receiver: the caller's business.
func (h H) Clone() H {
	if h == nil {
		return nil
	}
	return H{}
}
"#;

#[test]
fn helper_returning_nil_on_some_path() {
    let main = r#"package main

import "example.com/load"

func ignores() {
	m, _ := load.Load(false)
	m["a"] = 1
}

func checks() {
	m, err := load.Load(false)
	if err != nil {
		return
	}
	m["a"] = 1
}

func maybe() {
	m := load.Maybe(false)
	m["a"] = 1
}

// Maybe returns nil only for false: passing true gets a made map.
func maybeMade() {
	m := load.Maybe(true)
	m["a"] = 1
}

func guarded() {
	m := load.Maybe(true)
	if m == nil {
		m = map[string]int{}
	}
	m["a"] = 1
}

func always() {
	m := load.Always()
	m["a"] = 1
}

func cloned(h load.H) {
	c := h.Clone()
	c["a"] = 1
}
"#;
    let found = check(
        &[("example.com/load", &[("load.go", LOAD)]), ("example.com/app", &[("main.go", main)])],
        &[],
    );
    assert_eq!(
        found,
        vec![
            "main.go:7: [nil-map-write] assignment to entry in nil map: `m` is nil on a path to \
             this write\n  \
             note: main.go:6: `m` is nil: it comes from this call to Load\n  \
             note: load.go:9: Load returns a nil map here",
            "main.go:20: [nil-map-write] assignment to entry in nil map: `m` is nil on a path to \
             this write\n  \
             note: main.go:19: `m` is nil: it comes from this call to Maybe\n  \
             note: load.go:18: Maybe returns a nil map here",
        ]
    );
}

#[test]
fn nil_passed_to_a_function_that_writes_its_parameter() {
    let lib = r#"package lib

func Fill(m map[string]int) { m["a"] = 1 }

func FillSafely(m map[string]int) {
	if m == nil {
		return
	}
	m["a"] = 1
}

func Forward(m map[string]int) { Fill(m) }
"#;
    let main = r#"package main

import "example.com/lib"

func main() {
	lib.Fill(nil)
	lib.FillSafely(nil)
	lib.Fill(map[string]int{})
	lib.Forward(nil)
}
"#;
    let found = check(
        &[("example.com/lib", &[("lib.go", lib)]), ("example.com/app", &[("main.go", main)])],
        &[],
    );
    // Fill's write is one finding however many calls reach it with nil; the first explains it.
    assert_eq!(
        found,
        vec![
            "lib.go:3: [nil-map-write] assignment to entry in nil map: `m` is nil when main calls \
             Fill\n  \
             note: main.go:6: nil is passed to Fill here"
        ]
    );
    let forward_only = main.replace("\tlib.Fill(nil)\n", "");
    let found = check(
        &[
            ("example.com/lib", &[("lib.go", lib)]),
            ("example.com/app", &[("main.go", &forward_only)]),
        ],
        &[],
    );
    assert_eq!(
        found,
        vec![
            "lib.go:3: [nil-map-write] assignment to entry in nil map: `m` is nil when main calls \
             Forward\n  \
             note: main.go:8: nil is passed to Forward here"
        ]
    );
}

#[test]
fn exported_parameter_that_nothing_passes_nil_to_is_quiet() {
    let lib = r#"package lib

func Fill(m map[string]int) { m["a"] = 1 }

// Code outside the module may fill an exported field.
type Store struct{ ByID map[int]string }

func (s *Store) Add(id int, name string) { s.ByID[id] = name }
"#;
    assert_eq!(check_one(lib, &[]), Vec::<String>::new());
}

#[test]
fn package_level_map_never_made() {
    let src = r#"package app

var registry map[string]int

var made map[string]int

var lazily map[string]int

func init() { made = map[string]int{} }

func setup() {
	do := func() { lazily = make(map[string]int) }
	do()
}

func Register(name string) {
	registry[name] = 1
	made[name] = 1
	lazily[name] = 1
}
"#;
    let found = check(&[("example.com/app", &[("app.go", src)])], &[]);
    assert_eq!(
        found,
        vec![
            "app.go:17: [nil-map-write] assignment to entry in nil map: `registry` is nil on a \
             path to this write\n  \
             note: app.go:3: `registry` is declared here without a value, and no code of the \
             module makes it"
        ]
    );
}

#[test]
fn interface_call_reports_only_when_every_implementation_writes() {
    let src = r#"package app

type Sink interface{ Add(m map[string]int) }

type A struct{}

func (A) Add(m map[string]int) { m["a"] = 1 }

type B struct{}

func (B) Add(m map[string]int) {
	if m != nil {
		m["b"] = 1
	}
}

type C struct{}

func (*C) Add(m map[string]int) { m["c"] = 1 }

func use(s Sink) { s.Add(nil) }
"#;
    assert_eq!(check(&[("example.com/app", &[("app.go", src)])], &[]), Vec::<String>::new());
    let all_write = src.replace("if m != nil {", "{");
    let found = check(&[("example.com/app", &[("app.go", &all_write)])], &[]);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with("app.go:7: [nil-map-write]"), "{found:#?}");
    assert!(found[0].contains("note: app.go:21: nil is passed to A.Add here"), "{found:#?}");
}

#[test]
fn summaries_say_what_callers_rely_on() {
    let (program, units) = load(&[("example.com/cache", &[("cache.go", CACHE)])]);
    let types = ProgramTypeInfo::new(&program);
    let ir = UnitIr::build(&program, units[0], &types);
    let analysis = ModuleAnalysis::new(&program, &[ir.as_built()]);
    let put = analysis.summary("(*example.com/cache.Cache).Put").expect("Put is summarised");
    assert_eq!(put.writes.len(), 1);
    assert_eq!((put.writes[0].param, put.writes[0].access.deref), (0, true));
    assert_eq!(put.writes[0].access.fields, vec![1]);
    let lazy = analysis.summary("(*example.com/cache.Cache).PutLazily").unwrap();
    assert!(lazy.writes.is_empty() && lazy.initialises_field(0, &[1]), "{lazy:?}");
    let init = analysis.summary("(*example.com/cache.Cache).Init").unwrap();
    assert!(init.initialises_field(0, &[1]) && !init.initialises_field(0, &[0]), "{init:?}");
    let new = analysis.summary("example.com/cache.New").unwrap();
    assert_eq!(new.nil_result_fields.len(), 1, "{new:?}");
    assert_eq!(new.nil_result_fields[0].names, "items");
    let full = analysis.summary("example.com/cache.NewFull").unwrap();
    assert!(full.nil_result_fields.is_empty(), "{full:?}");
}

#[test]
fn unexported_field_that_no_code_makes() {
    let src = r#"package app

import "example.com/out"

type counter struct {
	name   string
	series map[string]int
}

func (c *counter) inc(label string) { c.series[label]++ }

type registry struct{ counters map[string]*counter }

func (r *registry) get(name string) *counter {
	c, ok := r.counters[name]
	if !ok {
		c = &counter{name: name}
		r.counters[name] = c
	}
	return c
}

type guarded struct{ seen map[string]bool }

func (g *guarded) mark(k string) {
	if g.seen == nil {
		return
	}
	g.seen[k] = true
}

type decoded struct{ opts map[string]string }

func (d *decoded) set(k, v string) { d.opts[k] = v }

func load(d *decoded) { out.Decode(d) }

func newRegistry() *registry { return &registry{counters: map[string]*counter{}} }

type mapper struct{ active map[*byte][]byte }

// Made by the package initializer, as syscall's mapper is.
var global = &mapper{active: make(map[*byte][]byte)}

func (m *mapper) add(p *byte) { m.active[p] = nil }
"#;
    let out = "package out\n\nfunc Decode(v any) {}\n";
    let found = check(
        &[("example.com/out", &[("out.go", out)]), ("example.com/app", &[("app.go", src)])],
        &[],
    );
    assert_eq!(
        found,
        vec![
            "app.go:10: [nil-map-write] assignment to entry in nil map: `c.series` is nil on a \
             path to this write\n  \
             note: app.go:7: `series` is declared here, and no code of the module makes it"
        ]
    );
}

#[test]
fn reset_that_drops_the_map_then_a_write() {
    let src = r#"package app

type lru struct {
	items map[string]int
}

func newLRU() *lru { return &lru{items: map[string]int{}} }

func (c *lru) reset() { c.items = nil }

func (c *lru) clear() { c.items = map[string]int{} }

func (c *lru) put(k string) { c.items[k] = 1 }

func dropped() {
	c := newLRU()
	c.put("a")
	c.reset()
	c.put("b")
}

func remade() {
	c := newLRU()
	c.reset()
	c.clear()
	c.put("b")
}
"#;
    let found = check(&[("example.com/app", &[("app.go", src)])], &[]);
    assert_eq!(
        found,
        vec![
            "app.go:13: [nil-map-write] assignment to entry in nil map: `c.items` is nil when \
             dropped calls lru.put\n  \
             note: app.go:9: lru.reset sets it to nil here\n  \
             note: app.go:18: `c.items` is nil after this call to lru.reset\n  \
             note: app.go:19: `c.items` is nil when lru.put is called here"
        ]
    );
}

#[test]
fn struct_returned_by_value_from_another_package() {
    let config = r#"package config

type Config struct {
	Addr string
	Env  map[string]string
}

func Parse(addr string) Config {
	var c Config
	c.Addr = addr
	return c
}

func Full(addr string) Config {
	return Config{Addr: addr, Env: map[string]string{}}
}
"#;
    let main = r#"package main

import "example.com/config"

func main() {
	cfg := config.Parse(":80")
	cfg.Env["A"] = "1"
	full := config.Full(":80")
	full.Env["A"] = "1"
}
"#;
    let found = check(
        &[
            ("example.com/config", &[("config.go", config)]),
            ("example.com/app", &[("main.go", main)]),
        ],
        &[],
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with(
            "main.go:7: [nil-map-write] assignment to entry in nil map: `cfg.Env` is nil on a path \
             to this write\n  note: main.go:6: `cfg.Env` is nil: Parse at config.go:9 does not set \
             `Env`"
        ),
        "{found:#?}"
    );
}

#[test]
fn nil_stored_on_one_branch_only_is_not_a_reset() {
    // The shape of internal/trace's converter: the map is dropped when a phase ends, and the
    // write is guarded by the flag that the phase sets.
    let src = r#"package app

type conv struct {
	pre     bool
	created map[int]bool
}

func (c *conv) step(id int) bool {
	if c.pre {
		c.created[id] = true
		return true
	}
	if id < 0 {
		c.pre = false
		c.created = nil
	}
	return false
}

func (c *conv) run(ids []int) {
	for _, id := range ids {
		c.step(id)
	}
	c.step(1)
}

func newConv() *conv { return &conv{pre: true, created: map[int]bool{}} }
"#;
    assert_eq!(check(&[("example.com/app", &[("app.go", src)])], &[]), Vec::<String>::new());
}

#[test]
fn zero_value_of_a_failed_assertion_or_a_closed_channel() {
    let src = r#"package app

func ignored(v any) {
	m, _ := v.(map[string]any)
	m["seen"] = true
}

func checked(v any) {
	m, ok := v.(map[string]any)
	if !ok {
		return
	}
	m["seen"] = true
}

func logged(v any) {
	m, ok := v.(map[string]any)
	if !ok {
		println("not a map")
	}
	m["seen"] = true
}

func received(ch chan map[string]int) {
	for {
		batch, ok := <-ch
		if !ok {
			return
		}
		batch["n"]++
	}
}

func received_unchecked(ch chan map[string]int) {
	batch, _ := <-ch
	batch["n"]++
}
"#;
    let lines = check_one(src, &[]);
    assert_eq!(
        lines,
        vec![
            "app.go:5: [nil-map-write] assignment to entry in nil map: `m` is nil on a path to \
             this write",
            "app.go:21: [nil-map-write] assignment to entry in nil map: `m` is nil on a path to \
             this write",
            "app.go:36: [nil-map-write] assignment to entry in nil map: `batch` is nil on a path \
             to this write",
        ]
    );
}

#[test]
fn failed_assertion_replaced_by_a_fresh_map_is_quiet() {
    let src = r#"package app

func fresh(doc map[string]any) {
	meta, ok := doc["meta"].(map[string]any)
	if !ok {
		meta = map[string]any{}
		doc["meta"] = meta
	}
	meta["seen"] = true
}
"#;
    assert_eq!(check(&[("example.com/app", &[("app.go", src)])], &[]), Vec::<String>::new());
}

#[test]
fn slices_and_arrays_of_maps() {
    let src = r#"package app

func rows(n int, cols []string) []map[string]int {
	out := make([]map[string]int, n)
	for i := range out {
		for j, c := range cols {
			out[i][c] = j
		}
	}
	return out
}

func rows_made(n int, cols []string) []map[string]int {
	out := make([]map[string]int, n)
	for i := range out {
		out[i] = map[string]int{}
	}
	for i := range out {
		for j, c := range cols {
			out[i][c] = j
		}
	}
	return out
}

type index struct {
	shards [4]map[uint32]string
}

func (ix *index) put(id uint32, name string) { ix.shards[id%4][id] = name }

func (ix *index) init() {
	for i := range ix.shards {
		ix.shards[i] = map[uint32]string{}
	}
}

func zero() {
	var ix index
	ix.put(42, "answer")
}

func initialised() {
	var ix index
	ix.init()
	ix.put(42, "answer")
}
"#;
    let lines = check_one(src, &[]);
    assert_eq!(
        lines,
        vec![
            "app.go:7: [nil-map-write] assignment to entry in nil map: `out[i]` is nil on a path \
             to this write",
            "app.go:30: [nil-map-write] assignment to entry in nil map: `ix.shards[id%4]` is nil \
             when zero calls index.put",
        ]
    );
}

#[test]
fn standard_library_models() {
    // The module has no source for maps.Copy; its model says it writes into dst.
    let maps = "package maps\n\nfunc Copy[M1 ~map[K]V, M2 ~map[K]V, K comparable, V any](dst M1, src M2) {}\n";
    let src = r#"package app

import "maps"

type span struct {
	name    string
	baggage map[string]string
}

func childOf(parent *span, name string) *span {
	child := &span{name: name}
	maps.Copy(child.baggage, parent.baggage)
	return child
}

func childOfMade(parent *span, name string) *span {
	child := &span{name: name, baggage: map[string]string{}}
	maps.Copy(child.baggage, parent.baggage)
	return child
}
"#;
    let (program, units) =
        load(&[("maps", &[("maps.go", maps)]), ("example.com/app", &[("app.go", src)])]);
    let types = ProgramTypeInfo::new(&program);
    // Only the application is the module: maps stays a package without source for it.
    let ir = UnitIr::build(&program, units[1], &types);
    let analysis = ModuleAnalysis::new(&program, &[ir.as_built()]);
    let checks = mapscope_analysis::default_checks();
    let found: Vec<String> = analysis
        .check_unit(units[1], &checks, &types)
        .iter()
        .map(|d| format!("{}:{}: {}", d.path, d.start.line, d.message))
        .collect();
    assert_eq!(
        found,
        vec![
            "app.go:12: assignment to entry in nil map: `dst` is nil when childOf calls maps.Copy"
        ]
    );
}

#[test]
fn copies_of_zero_valued_package_level_defaults() {
    let src = r#"package app

type config struct {
	base    string
	headers map[string]string
}

var defaultConfig config

var seeded = config{base: "x", headers: map[string]string{}}

var partial = config{base: "y"}

func newConfig(base string) config {
	cfg := defaultConfig
	cfg.base = base
	return cfg
}

func withHeader(c config, k, v string) config {
	c.headers[k] = v
	return c
}

func use() {
	cfg := newConfig("http://x")
	cfg.headers["a"] = "b"
	_ = withHeader(seeded, "k", "v")
	_ = withHeader(partial, "k", "v")
}
"#;
    assert_eq!(
        check_one(src, &[]),
        vec![
            "app.go:21: [nil-map-write] assignment to entry in nil map: `c.headers` is nil when \
             use calls withHeader",
            "app.go:27: [nil-map-write] assignment to entry in nil map: `cfg.headers` is nil on a \
             path to this write",
        ]
    );
}

#[test]
fn goroutines_and_interface_methods_of_another_arity() {
    let src = r#"package app

type filler interface{ Fill(m map[string]int) }

type a struct{}

func (a) Fill(m map[string]int) { m["a"] = 1 }

// Not an implementation of filler: another arity.
type b struct{}

func (b) Fill(m map[string]int, n int) {}

func viaInterface(f filler) { f.Fill(nil) }

func fill(m map[string]int) { m["x"] = 1 }

func spawn() { go fill(nil) }
"#;
    assert_eq!(
        check_one(src, &[]),
        vec![
            "app.go:7: [nil-map-write] assignment to entry in nil map: `m` is nil when viaInterface \
             calls a.Fill",
            "app.go:16: [nil-map-write] assignment to entry in nil map: `m` is nil when spawn calls \
             fill",
        ]
    );
}

#[test]
fn struct_never_created_has_no_real_receiver() {
    // From the nil-map corpus: an implementation that would write a nil map exists, but no
    // value of it is ever created.
    let src = r#"package app

type sink interface{ count(name string) }

type legacySink struct{ counts map[string]int }

func (s *legacySink) count(name string) { s.counts[name]++ }

type mapSink struct{ counts map[string]int }

func (s *mapSink) count(name string) { s.counts[name]++ }

var _ sink = (*legacySink)(nil)

func run() {
	var s sink = &mapSink{counts: map[string]int{}}
	s.count("hit")
}
"#;
    assert_eq!(check_one(src, &[]), Vec::<String>::new());
}

#[test]
fn shapes_from_real_modules_that_stay_quiet() {
    // grpc: `(nil, false)` with the caller testing ok; x/net hpack: a sibling field tested for
    // nil guards the write; testify's spew: a callee writes only on some paths; grpc's tests:
    // log.Fatal ends the path.
    let log = "package log\n\nfunc Fatal(v ...any) {}\n";
    let src = r#"package app

import "log"

type md map[string][]string

func fromContext(ok bool) (md, bool) {
	if !ok {
		return nil, false
	}
	return md{}, true
}

func tested() {
	m, ok := fromContext(false)
	if !ok {
		return
	}
	m["a"] = nil
}

func fatal() {
	m, ok := fromContext(false)
	if !ok {
		log.Fatal("no metadata")
	}
	m["a"] = nil
}

type table struct {
	byName  map[string]int
	byValue map[string]int
}

func (t *table) add(k string) {
	if t.byName != nil {
		t.byName[k] = 1
		t.byValue[k] = 1
	}
}

func sibling() {
	var t table
	t.add("x")
}

type state struct{ pointers map[int]int }

func (s *state) dump(kind int) {
	if kind == 0 {
		return
	}
	s.pointers[kind] = 1
}

func conditional() {
	s := state{}
	s.dump(0)
}

// Other code makes the maps, as hpack's encoder and spew's config do.
func newTable() *table { return &table{byName: map[string]int{}, byValue: map[string]int{}} }

func newState() *state { return &state{pointers: map[int]int{}} }
"#;
    let found = check(&[("log", &[("log.go", log)]), ("example.com/app", &[("app.go", src)])], &[]);
    assert_eq!(found, Vec::<String>::new());
}

#[test]
fn writes_in_a_loop_over_an_argument_count_at_the_call() {
    let src = r#"package app

func tally(words []string, hist map[string]int) {
	for _, w := range words {
		hist[w]++
	}
}

func run() { tally([]string{"a"}, nil) }
"#;
    assert_eq!(
        check_one(src, &[]),
        vec![
            "app.go:5: [nil-map-write] assignment to entry in nil map: `hist` is nil when run calls tally"
        ]
    );
}

/// encoding/json as the analysis sees it: a function without source, so only its model counts.
const JSON: &str = r#"package json

func Unmarshal(data []byte, v any) error
"#;

/// The first lines of the findings on package main made of `body`, which imports [`JSON`].
fn check_with_json(body: &str) -> Vec<String> {
    let main = format!("package main\n\nimport \"encoding/json\"\n{body}");
    first_lines(
        &[("encoding/json", &[("json.go", JSON)]), ("example.com/app", &[("main.go", &main)])],
        &[],
    )
}

#[test]
fn json_unmarshal_of_constant_data_without_the_key_or_with_null() {
    let main = r#"
type Static struct {
	Root string            `json:"root"`
	Mime map[string]string `json:"mime,omitempty"`
}

type Server struct {
	Listen string
	Static Static `json:"static"`
	Labels map[string]string
}

const absent = `{"Listen": ":80", "static": {"root": "/srv"}}`

func load() (Server, error) {
	var s Server
	if err := json.Unmarshal([]byte(absent), &s); err != nil {
		return s, err
	}
	return s, nil
}

func nested() {
	s, err := load()
	if err != nil {
		panic(err)
	}
	s.Static.Mime["a"] = "b"
}

func null() {
	s := &Server{Labels: map[string]string{}}
	if err := json.Unmarshal([]byte(`{"labels": null}`), s); err != nil {
		panic(err)
	}
	s.Labels["a"] = "b"
}

func present() {
	var s Server
	if err := json.Unmarshal([]byte(`{"static": {"MIME": {}}}`), &s); err != nil {
		panic(err)
	}
	s.Static.Mime["a"] = "b"
}

func madeBefore() {
	s := Server{Labels: map[string]string{}}
	if err := json.Unmarshal([]byte(absent), &s); err != nil {
		panic(err)
	}
	s.Labels["a"] = "b"
}

func unknown(data []byte) {
	var s Server
	if err := json.Unmarshal(data, &s); err != nil {
		panic(err)
	}
	s.Labels["a"] = "b"
}

func intoMap() {
	var m map[string]int
	if err := json.Unmarshal([]byte(`{"a": 1}`), &m); err != nil {
		panic(err)
	}
	m["b"] = 2
}

func nullMap() {
	m := map[string]int{}
	if err := json.Unmarshal([]byte(`null`), &m); err != nil {
		panic(err)
	}
	m["b"] = 2
}

func guarded() (Server, error) {
	var s Server
	err := json.Unmarshal([]byte(absent), &s)
	if err != nil {
		return s, err
	}
	if s.Labels == nil {
		s.Labels = map[string]string{}
	}
	return s, nil
}

func main() {
	s, err := guarded()
	if err != nil {
		panic(err)
	}
	s.Labels["a"] = "b"
}
"#;
    assert_eq!(
        check_with_json(main),
        vec![
            "main.go:31: [nil-map-write] assignment to entry in nil map: `s.Static.Mime` is nil \
             on a path to this write",
            "main.go:39: [nil-map-write] assignment to entry in nil map: `s.Labels` is nil on a \
             path to this write",
            // Data that is not a constant may lack the key: the zero value's nil map stays.
            "main.go:63: [nil-map-write] assignment to entry in nil map: `s.Labels` is nil on a \
             path to this write",
            "main.go:79: [nil-map-write] assignment to entry in nil map: `m` is nil on a path to \
             this write",
        ]
    );
}

#[test]
fn receive_from_a_closed_unbuffered_channel() {
    let src = r#"package app

func plain() {
	ch := make(chan map[string]int)
	close(ch)
	m := <-ch
	m["a"] = 1
}

func selected(done chan struct{}) {
	ch := make(chan map[string]int)
	close(ch)
	select {
	case m := <-ch:
		m["a"] = 1
	case <-done:
	}
}

func checked() {
	ch := make(chan map[string]int)
	close(ch)
	select {
	case m, ok := <-ch:
		if ok {
			m["a"] = 1
		}
	default:
	}
}

func buffered() {
	ch := make(chan map[string]int, 1)
	ch <- map[string]int{}
	close(ch)
	m := <-ch
	m["a"] = 1
}

func notYetClosed(flag bool) {
	ch := make(chan map[string]int)
	go func() { ch <- map[string]int{} }()
	m := <-ch
	m["a"] = 1
	if flag {
		close(ch)
	}
}

func closedOnOneBranch(flag bool) {
	ch := make(chan map[string]int)
	go func() { ch <- map[string]int{} }()
	if flag {
		close(ch)
		return
	}
	m := <-ch
	m["a"] = 1
}
"#;
    assert_eq!(
        check_one(src, &[]),
        vec![
            "app.go:7: [nil-map-write] assignment to entry in nil map: `m` is nil on a path to \
             this write",
            "app.go:15: [nil-map-write] assignment to entry in nil map: `m` is nil on a path to \
             this write",
        ]
    );
}

#[test]
fn http_header_set_writes_into_its_map() {
    let http = r#"package http

type Header map[string][]string

func (h Header) Set(key, value string)

func (h Header) Get(key string) string
"#;
    let main = r#"package main

import "net/http"

type reply struct {
	status int
	header http.Header
}

func unset() *reply {
	r := &reply{status: 200}
	r.header.Set("a", "b")
	return r
}

func made() *reply {
	r := &reply{header: http.Header{}}
	r.header.Set("a", "b")
	return r
}

func read() string {
	var r reply
	return r.header.Get("a")
}
"#;
    let found = first_lines(
        &[("net/http", &[("http.go", http)]), ("example.com/app", &[("main.go", main)])],
        &[],
    );
    assert_eq!(
        found,
        vec![
            "main.go:12: [nil-map-write] assignment to entry in nil map: `r.header` is nil when \
             unset calls Header.Set",
        ]
    );
}

#[test]
fn json_unmarshal_of_a_parameter_decided_by_the_callers_constant() {
    let main = r#"
type Upstream struct {
	URL     string            `json:"url"`
	Headers map[string]string `json:"headers"`
}

func withDefaults(data string) (*Upstream, error) {
	u := &Upstream{Headers: map[string]string{}}
	if err := json.Unmarshal([]byte(data), u); err != nil {
		return nil, err
	}
	return u, nil
}

func bare(data string) (*Upstream, error) {
	u := &Upstream{}
	if err := json.Unmarshal([]byte(data), u); err != nil {
		return nil, err
	}
	return u, nil
}

func null() {
	u, _ := withDefaults(`{"headers": null}`)
	u.Headers["a"] = "b"
}

func absentButMade() {
	u, _ := withDefaults(`{"url": "x"}`)
	u.Headers["a"] = "b"
}

func absent() {
	u, _ := bare(`{"url": "x"}`)
	u.Headers["a"] = "b"
}

func present() {
	u, _ := bare(`{"HEADERS": {}}`)
	u.Headers["a"] = "b"
}

func unknown(data string) {
	u, _ := bare(data)
	u.Headers["a"] = "b"
}
"#;
    assert_eq!(
        check_with_json(main),
        vec![
            "main.go:28: [nil-map-write] assignment to entry in nil map: `u.Headers` is nil on a \
             path to this write",
            "main.go:38: [nil-map-write] assignment to entry in nil map: `u.Headers` is nil on a \
             path to this write",
        ]
    );
}
