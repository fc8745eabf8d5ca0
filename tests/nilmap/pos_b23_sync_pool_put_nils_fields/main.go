// A structured logger reuses its entries through a sync.Pool whose New makes the fields
// map; free drops the fields by setting the map to nil before putting the entry back, so
// the next log call gets a recycled entry whose first field writes a nil map.
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
	msg    string
	fields map[string]string
}

var entries = sync.Pool{
	New: func() any { return &entry{fields: make(map[string]string)} },
}

func (e *entry) free() {
	e.level, e.msg = "", ""
	e.fields = nil
	entries.Put(e)
}

func (e *entry) render() string {
	keys := make([]string, 0, len(e.fields))
	for k := range e.fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "level=%s msg=%q", e.level, e.msg)
	for _, k := range keys {
		fmt.Fprintf(&b, " %s=%s", k, e.fields[k])
	}
	return b.String()
}

func logf(level, msg string, kv ...string) {
	e := entries.Get().(*entry)
	defer e.free()
	e.level, e.msg = level, msg
	for i := 0; i+1 < len(kv); i += 2 {
		e.fields[kv[i]] = kv[i+1] // want "nil map"
	}
	fmt.Fprintln(os.Stdout, e.render())
}

func main() {
	logf("info", "listening", "addr", ":8080")
	for i, path := range []string{"/", "/login", "/static/app.js", "/api/items"} {
		logf("debug", "request", "path", path, "seq", fmt.Sprint(i))
	}
}
