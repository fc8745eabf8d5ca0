// Reduced from prometheus/prometheus v0.316.0, tsdb/agent/series.go:98 and :111
// (seriesHashmap.Set), where mapscope check reported the writes to a stripe's `unique` and
// `conflicts` maps by the goroutines of TestNoDeadlock that add series (series_test.go:49)
// racing with the ranges over those maps by the goroutines that collect garbage (:40). The
// series set keeps its hash maps and their locks in two slices of the same length: a writer
// takes `s.locks[i]` for the stripe `i` its hash picks and writes `s.hashes[i]`; the collector
// takes `s.locks[i]` for each `i` in turn and ranges over `s.hashes[i]`. Every access to a
// stripe's maps holds that stripe's lock. A near miss: one lock per stripe, always taken.
// Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type series struct {
	ref  int
	name string
}

type hashmap struct {
	unique    map[uint64]*series
	conflicts map[uint64][]*series
}

func (m *hashmap) set(hash uint64, s *series) {
	if existing, found := m.unique[hash]; !found || existing.name == s.name {
		m.unique[hash] = s
		return
	}
	if m.conflicts == nil {
		m.conflicts = make(map[uint64][]*series)
	}
	m.conflicts[hash] = append(m.conflicts[hash], s)
}

type stripeSeries struct {
	size   int
	hashes []hashmap
	locks  []sync.RWMutex
}

func newStripeSeries(size int) *stripeSeries {
	s := &stripeSeries{size: size, hashes: make([]hashmap, size), locks: make([]sync.RWMutex, size)}
	for i := range s.hashes {
		s.hashes[i] = hashmap{unique: map[uint64]*series{}}
	}
	return s
}

func (s *stripeSeries) add(hash uint64, ser *series) {
	i := int(hash % uint64(s.size))
	s.locks[i].Lock()
	s.hashes[i].set(hash, ser)
	s.locks[i].Unlock()
}

// count walks every stripe under its lock, as the garbage collection does.
func (s *stripeSeries) count() int {
	n := 0
	for i := 0; i < s.size; i++ {
		s.locks[i].Lock()
		for _, all := range s.hashes[i].conflicts {
			n += len(all)
		}
		for range s.hashes[i].unique {
			n++
		}
		s.locks[i].Unlock()
	}
	return n
}

func main() {
	s := newStripeSeries(3)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() { _ = s.count() })
	}
	for i := range 12 {
		wg.Go(func() { s.add(uint64(i%5), &series{ref: i, name: fmt.Sprint("s", i)}) })
	}
	wg.Wait()
	fmt.Println(s.count())
}
