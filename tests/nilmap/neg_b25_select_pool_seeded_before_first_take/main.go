// A metrics batcher recycles its batch maps through a buffered channel. Taking a batch is a
// select whose default for the empty pool only logs; the constructor seeds the pool with a
// made map and every flush returns its map, so no take finds the pool empty.
package main

import (
	"fmt"
	"log"
	"sort"
)

type batcher struct {
	pool    chan map[string]float64
	size    int
	flushed []string
}

func newBatcher(size int) *batcher {
	b := &batcher{pool: make(chan map[string]float64, 4), size: size}
	b.pool <- make(map[string]float64, size)
	return b
}

func (b *batcher) take() map[string]float64 {
	var batch map[string]float64
	select {
	case batch = <-b.pool:
	default:
		log.Print("batch pool empty, allocating")
	}
	return batch
}

func (b *batcher) flush(batch map[string]float64) {
	keys := make([]string, 0, len(batch))
	for k := range batch {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b.flushed = append(b.flushed, fmt.Sprint(keys))
	clear(batch)
	select {
	case b.pool <- batch:
	default:
	}
}

func (b *batcher) run(samples []string) {
	batch := b.take()
	for i, name := range samples {
		batch[name] += float64(i)
		if len(batch) == b.size {
			b.flush(batch)
			batch = b.take()
		}
	}
	if len(batch) > 0 {
		b.flush(batch)
	}
}

func main() {
	b := newBatcher(2)
	b.run([]string{"cpu", "mem", "disk", "net", "cpu"})
	for _, f := range b.flushed {
		fmt.Println(f)
	}
}
