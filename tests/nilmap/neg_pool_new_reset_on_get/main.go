// A log formatter reuses scratch records through a sync.Pool whose New returns a bare
// &record{}; the fields map is made only by reset(), which format calls on every record it
// takes from the pool before using it, so the first field always goes into a made map.
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
	r.reset()
	defer records.Put(r)
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
