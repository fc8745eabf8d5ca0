// A trace exporter batches spans in a slice of rows whose attribute maps it reuses between
// flushes to save allocations: the constructor makes a map in every preallocated row, and add
// takes the next slot in place with slices.Grow and a reslice, clearing the slot's map. A batch
// longer than the preallocated rows makes Grow move to a new array whose extra slot is a zero
// row, so the fifth span's attribute goes into a nil map.
package main

import (
	"fmt"
	"slices"
	"strings"
)

type row struct {
	name  string
	attrs map[string]string
}

type batch struct {
	rows []row
}

func newBatch(capacity int) *batch {
	rows := make([]row, capacity)
	for i := range rows {
		rows[i].attrs = make(map[string]string, 8)
	}
	return &batch{rows: rows[:0]}
}

func (b *batch) add(name string, kv ...string) {
	n := len(b.rows)
	b.rows = slices.Grow(b.rows, 1)[:n+1] // reuse the slot and its map when there is one
	r := &b.rows[n]
	r.name = name
	clear(r.attrs)
	for i := 0; i+1 < len(kv); i += 2 {
		r.attrs[kv[i]] = kv[i+1] // want "nil map"
	}
}

func (b *batch) flush() string {
	var out strings.Builder
	for _, r := range b.rows {
		fmt.Fprintf(&out, "%s %v; ", r.name, r.attrs)
	}
	b.rows = b.rows[:0]
	return out.String()
}

func main() {
	b := newBatch(4)
	for _, span := range []string{"GET /cart", "db.query", "cache.get", "render"} {
		b.add(span, "service", "shop")
	}
	fmt.Println(b.flush())
	for _, span := range []string{"POST /checkout", "db.begin", "db.insert", "db.commit", "queue.publish"} {
		b.add(span, "service", "shop", "tx", "yes")
	}
	fmt.Println(b.flush())
}
