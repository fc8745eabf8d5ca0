// Reduced from open-telemetry/opentelemetry-collector-contrib's receiver/kafkareceiver
// (v0.165.1), partition_worker.go:642, where mapscope check reported `delete(p.skipConsume, off)`
// in dropSkipConsume, reached from the test's last direct processPartitionBatch call
// (TestPartitionWindowSkipAcrossFetches, partition_worker_test.go:966), as racing with the
// read `pc.skipConsume[msg.Offset]` (partition_worker.go:401) of the goroutine the test starts
// at :943 (`go func() { done <- consumer.processPartitionBatch(...) }()`). The test receives
// that goroutine's result (`result := <-done`) before it stores a new channel in `done` for a
// second goroutine and receives from that one too, so the goroutine had sent, and so finished
// its read, before the last call. A near miss: a goroutine that sends its result on a captured
// channel variable, after an atomic store, and a caller that receives it and then reuses the
// variable for the next goroutine before touching the map. Our own rewrite.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type entry struct {
	offset int64
	done   bool
}

type window struct {
	mu         sync.Mutex
	wg         sync.WaitGroup
	pc         *partition
	entries    []*entry
	lastMarked int64
}

type partition struct {
	currentOffset atomic.Int64
	window        *window
	skip          map[int64]struct{}
}

type result struct{ marked int64 }

type consumer struct{}

func (w *window) push(offset int64) *entry {
	e := &entry{offset: offset}
	w.mu.Lock()
	w.entries = append(w.entries, e)
	w.mu.Unlock()
	return e
}

func (w *window) complete(e *entry) {
	w.mu.Lock()
	defer w.mu.Unlock()
	e.done = true
	for len(w.entries) > 0 && w.entries[0].done {
		w.lastMarked = w.entries[0].offset
		w.entries = w.entries[1:]
	}
}

func (w *window) start(e *entry) {
	w.wg.Go(func() {
		w.complete(e)
	})
}

func (c *consumer) processBatch(p *partition, offsets []int64) result {
	w := p.window
	for _, off := range offsets {
		p.currentOffset.Store(off)
		if _, ok := p.skip[off]; ok {
			w.complete(w.push(off))
			continue
		}
		w.start(w.push(off))
	}
	w.wg.Wait()
	w.mu.Lock()
	defer w.mu.Unlock()
	p.dropSkip(w.lastMarked)
	return result{marked: w.lastMarked}
}

func (p *partition) dropSkip(marked int64) {
	if p.skip == nil {
		return
	}
	for off := range p.skip {
		if off <= marked {
			delete(p.skip, off)
		}
	}
	if len(p.skip) == 0 {
		p.skip = nil
	}
}

func newPartition() *partition {
	p := &partition{}
	p.window = &window{pc: p}
	return p
}

// replay makes a partition that skips the records already done.
func replay(done []int64) *partition {
	p := newPartition()
	p.skip = make(map[int64]struct{})
	for _, off := range done {
		p.skip[off] = struct{}{}
	}
	return p
}

func main() {
	c := &consumer{}
	// Offsets 1 to 3 and 9 finished before a rewind: the replay skips them.
	p := replay([]int64{1, 2, 3, 9})
	done := make(chan result, 1)
	go func() { done <- c.processBatch(p, []int64{1, 2, 3, 4, 5}) }()
	r := <-done
	fmt.Println(r.marked)
	done = make(chan result, 1)
	go func() { done <- result{} }()
	fmt.Println((<-done).marked)
	c.processBatch(p, []int64{9, 10})
	fmt.Println(len(p.skip))
}
