// A log formatter reuses scratch records through a sync.Pool to save allocations. The pool's New
// returns a bare &record{}, the fields map is only made by reset(), and format calls reset after
// using the record, on the way back into the pool; the first record ever taken from the pool is
// fresh from New, so its first field goes into a nil map.
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

var records = sync.Pool{New: func() any { return &record{} }}

func format(level, msg string, kv ...string) string {
	r := records.Get().(*record)
	defer func() {
		r.reset()
		records.Put(r)
	}()
	r.level, r.msg = level, msg
	for i := 0; i+1 < len(kv); i += 2 {
		r.fields[kv[i]] = kv[i+1] // want "nil map"
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
