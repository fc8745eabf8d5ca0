// A structured logger recycles its log entries through a sync.Pool and clears their field map
// when they go back. The pool's New makes the field map along with the entry, and clearing keeps
// it made, so With always writes into a made map. The near miss of
// pos_b14_sync_pool_new_without_map.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
)

type entry struct {
	level  string
	fields map[string]string
}

var entries = sync.Pool{
	New: func() any { return &entry{fields: make(map[string]string, 8)} },
}

func getEntry(level string) *entry {
	e := entries.Get().(*entry)
	e.level = level
	return e
}

func putEntry(e *entry) {
	clear(e.fields)
	entries.Put(e)
}

func (e *entry) With(k, v string) *entry {
	e.fields[k] = v
	return e
}

func (e *entry) Msg(msg string) {
	keys := make([]string, 0, len(e.fields))
	for k := range e.fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "level=%s msg=%q", e.level, msg)
	for _, k := range keys {
		fmt.Fprintf(&b, " %s=%s", k, e.fields[k])
	}
	fmt.Fprintln(os.Stdout, b.String())
	putEntry(e)
}

func handleOrder(id string, items int) {
	getEntry("info").With("order", id).With("items", fmt.Sprint(items)).Msg("order accepted")
}

func main() {
	handleOrder("ord-1001", 3)
	handleOrder("ord-1002", 1)
}
