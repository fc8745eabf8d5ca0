// Reduced from segmentio/kafka-go v0.4.51, writer.go:1059 (partitionWriter.writeMessages), where
// mapscope check reported a nil-map write: the map of batches is made only when the writer is
// synchronous (`if !w.Async`), and every write to it sits under the same `if !w.Async`; the flag
// is a configuration field nobody changes while messages are written. A near miss: the map is
// nil only on the asynchronous path, which never writes it. This program is our own rewrite.
package main

import "fmt"

type message struct{ value string }

type batch struct {
	msgs []message
}

func (b *batch) add(m message, limit int) bool {
	if len(b.msgs) >= limit {
		return false
	}
	b.msgs = append(b.msgs, m)
	return true
}

type writer struct {
	async     bool
	batchSize int
}

type partitionWriter struct {
	w     *writer
	curr  *batch
	queue []*batch
}

func (p *partitionWriter) writeMessages(msgs []message, indexes []int) map[*batch][]int {
	var batches map[*batch][]int
	if !p.w.async {
		batches = make(map[*batch][]int, 1)
	}
	for _, i := range indexes {
	assign:
		b := p.curr
		if b == nil {
			b = &batch{}
			p.curr = b
		}
		if !b.add(msgs[i], p.w.batchSize) {
			p.queue = append(p.queue, b)
			p.curr = nil
			goto assign
		}
		if !p.w.async {
			batches[b] = append(batches[b], i)
		}
	}
	return batches
}

func main() {
	msgs := []message{{"a"}, {"b"}, {"c"}}
	for _, async := range []bool{false, true} {
		p := &partitionWriter{w: &writer{async: async, batchSize: 2}}
		got := p.writeMessages(msgs, []int{0, 1, 2})
		fmt.Println(async, len(got), len(p.queue))
	}
}
