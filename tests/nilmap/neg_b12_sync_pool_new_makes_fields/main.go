// A log formatter reuses scratch records through a sync.Pool to save allocations. The pool's New
// makes the fields map along with the record, and format calls reset (which makes a new map) on
// the way back into the pool, so every record taken from the pool, fresh or reused, has a map.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type record struct {
	level  string
	msg    string
	fields map[string]string
}

func (r *record) reset() {
	r.level, r.msg = "", ""
	r.fields = make(map[string]string, 8)
}

var records = sync.Pool{New: func() any { return &record{fields: make(map[string]string, 8)} }}

func format(level, msg string, kv ...string) string {
	r := records.Get().(*record)
	defer func() {
		r.reset()
		records.Put(r)
	}()
	r.level, r.msg = level, msg
	for i := 0; i+1 < len(kv); i += 2 {
		r.fields[kv[i]] = kv[i+1]
	}
	keys := make([]string, 0, len(r.fields))
	for k := range r.fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "level=%s msg=%q", r.level, r.msg)
	for _, k := range keys {
		fmt.Fprintf(&b, " %s=%s", k, r.fields[k])
	}
	return b.String()
}

func main() {
	fmt.Println(format("info", "request served", "path", "/orders", "status", "200"))
	fmt.Println(format("warn", "slow upstream", "upstream", "billing", "ms", "870"))
}
