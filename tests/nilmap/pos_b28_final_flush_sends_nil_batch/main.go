// A click-stream collector aggregates counts per page and hands each full batch to an uploader
// goroutine over a channel, dropping its own reference (pending = nil) so add makes a fresh map.
// Close flushes whatever is pending without checking, so when the last add filled a batch the
// final flush sends a nil map, and the uploader's sequence stamp writes into it.
package main

import (
	"fmt"
	"sort"
)

type collector struct {
	pending map[string]int
	size    int
	limit   int
	out     chan map[string]int
}

func (c *collector) add(page string) {
	if c.pending == nil {
		c.pending = make(map[string]int)
	}
	c.pending[page]++
	c.size++
	if c.size >= c.limit {
		c.flush()
	}
}

func (c *collector) flush() {
	c.out <- c.pending
	c.pending, c.size = nil, 0
}

func (c *collector) Close() {
	c.flush()
	close(c.out)
}

func upload(batches <-chan map[string]int, done chan<- []string) {
	var sent []string
	seq := 0
	for b := range batches {
		seq++
		b["__seq"] = seq // want "nil map"
		keys := make([]string, 0, len(b))
		for k := range b {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sent = append(sent, fmt.Sprint(keys))
	}
	done <- sent
}

func main() {
	c := &collector{limit: 3, out: make(chan map[string]int)}
	done := make(chan []string)
	go upload(c.out, done)
	for _, page := range []string{"/", "/pricing", "/", "/docs", "/docs/api", "/"} {
		c.add(page)
	}
	c.Close()
	for _, b := range <-done {
		fmt.Println("uploaded", b)
	}
}
