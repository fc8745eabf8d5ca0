// Reduced from segmentio/kafka-go v0.4.51, writer.go:720 (Writer.batchMessages), where mapscope
// check reported a nil-map write: the writer makes its map of batches only when it is synchronous,
// then copies into it every batch a partition writer returns; a partition writer returns batches
// only when the same writer is synchronous (it returns nil otherwise), so the copy loop never runs
// while the map is nil. A near miss; this program is our own rewrite.
package main

import "fmt"

type batch struct{ n int }

type writer struct {
	async   bool
	writers map[string]*partitionWriter
}

type partitionWriter struct {
	w     *writer
	queue []*batch
}

func (p *partitionWriter) writeMessages(indexes []int) map[*batch][]int {
	b := &batch{n: len(indexes)}
	p.queue = append(p.queue, b)
	if p.w.async {
		return nil
	}
	return map[*batch][]int{b: indexes}
}

func (w *writer) batchMessages(assignments map[string][]int) map[*batch][]int {
	var batches map[*batch][]int
	if !w.async {
		batches = make(map[*batch][]int, len(assignments))
	}
	if w.writers == nil {
		w.writers = map[string]*partitionWriter{}
	}
	for key, indexes := range assignments {
		pw := w.writers[key]
		if pw == nil {
			pw = &partitionWriter{w: w}
			w.writers[key] = pw
		}
		for b, idxs := range pw.writeMessages(indexes) {
			batches[b] = idxs
		}
	}
	return batches
}

func main() {
	assignments := map[string][]int{"orders-0": {0, 2}, "orders-1": {1}}
	for _, async := range []bool{false, true} {
		w := &writer{async: async}
		fmt.Println(async, len(w.batchMessages(assignments)), len(w.writers))
	}
}
