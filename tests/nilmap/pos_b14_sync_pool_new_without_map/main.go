// A structured logger recycles its log entries through a sync.Pool and clears their field map
// when they go back. The pool's New returns new(entry), so an entry fresh from the pool has a
// nil field map, and the first With on it writes into a nil map.
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
	New: func() any { return new(entry) },
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
	e.fields[k] = v // want "nil map"
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
