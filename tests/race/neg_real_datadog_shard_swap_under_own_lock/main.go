// Reduced from DataDog/datadog-go v5.9.1, statsd/aggregator.go:375, :466 and :556 (the count,
// gauge and set writers) against aggregator.go:226, :210 and :194 (flushMetrics), where mapscope
// check reported each writer's map write racing with the flush's range, both run by the
// goroutines of TestAggregatorFlushConcurrency. The aggregator keeps its maps in a slice of
// shards, each with its own embedded RWMutex. A writer picks a shard by the metric's hash, locks
// it and writes its map (making it first when nil), a reader looks under the read lock; the
// flush locks every shard in turn, takes its map, sets the field to nil and ranges over the
// taken map after unlocking. The writer and the flush of one shard take that shard's lock, and a
// taken map is no longer reachable through the field, so no write ever meets the range. A near
// miss; our own rewrite. (An earlier version tested nil-ness with a lookup made under the read
// lock, and a flush between the two locks left the writer a nil map: CI caught it once in five
// runs.)
package main

import (
	"fmt"
	"sync"
)

type shardState struct {
	sync.RWMutex
	counts map[string]int64
}

// shard pads its state so that neighbouring shards do not share a cache line.
type shard struct {
	shardState
	_ [64]byte
}

type aggregator struct {
	shards []shard
}

func hash(name string) int {
	h := 0
	for _, c := range name {
		h = h*31 + int(c)
	}
	return h
}

func (a *aggregator) count(name string, v int64) {
	s := &a.shards[hash(name)%len(a.shards)]
	s.Lock()
	// The nil test is made under the write lock: a flush may take the map at any moment
	// before it, so a lookup made earlier under the read lock would not do.
	if s.counts == nil {
		s.counts = map[string]int64{}
	}
	s.counts[name] += v
	s.Unlock()
}

func (a *aggregator) seen(name string) bool {
	s := &a.shards[hash(name)%len(a.shards)]
	s.RLock()
	defer s.RUnlock()
	_, found := s.counts[name]
	return found
}

func (a *aggregator) flush() int64 {
	var total int64
	for i := range a.shards {
		s := &a.shards[i]
		s.Lock()
		counts := s.counts
		if len(counts) == 0 {
			s.Unlock()
			continue
		}
		s.counts = nil
		s.Unlock()
		for _, v := range counts {
			total += v
		}
	}
	return total
}

func main() {
	a := &aggregator{shards: make([]shard, 4)}
	flushed := make([]int64, 3)
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Go(func() {
			a.count("requests", 1)
			a.count("errors", 2)
			if !a.seen("requests") {
				a.count("misses", 1)
			}
		})
		wg.Go(func() { flushed[i] = a.flush() })
	}
	wg.Wait()
	total := a.flush()
	for _, f := range flushed {
		total += f
	}
	fmt.Println("counted", total)
}
