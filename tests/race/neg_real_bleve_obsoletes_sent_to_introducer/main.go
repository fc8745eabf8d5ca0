// Reduced from blevesearch/bleve/v2 v2.6.3, index/scorch/scorch.go:670, where mapscope check
// reported prepareSegment writing `introduction.obsoletes` in the calling goroutine while the
// introducer loop (started at scorch.go:348) reads it (introducer.go:137). Each call makes its
// own introduction, fills its obsoletes map, and only then sends it on `s.introductions`; the
// loop reads the map after receiving it, and the caller waits on `applied` before it returns,
// so the next call's introduction is a new one. A near miss: a map filled before the send that
// hands its owner to the loop. Our own rewrite.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type segment struct {
	id   uint64
	docs []string
}

func (s *segment) docNumbers(ids []string) []int {
	var found []int
	for i, doc := range s.docs {
		for _, id := range ids {
			if doc == id {
				found = append(found, i)
			}
		}
	}
	return found
}

type snapshot struct {
	segments []*segment
	deleted  map[uint64][]int
}

type introduction struct {
	id        uint64
	data      *segment
	ids       []string
	obsoletes map[uint64][]int
	applied   chan error
}

type index struct {
	rootLock      sync.RWMutex
	root          *snapshot
	nextSegmentID uint64
	introductions chan *introduction
	closeCh       chan struct{}
	asyncTasks    sync.WaitGroup
}

func open() *index {
	s := &index{
		root:          &snapshot{deleted: make(map[uint64][]int)},
		introductions: make(chan *introduction),
		closeCh:       make(chan struct{}),
	}
	s.asyncTasks.Add(1)
	go s.introducerLoop()
	return s
}

func (s *index) introducerLoop() {
	defer s.asyncTasks.Done()
	for {
		select {
		case <-s.closeCh:
			return
		case next := <-s.introductions:
			s.introduceSegment(next)
		}
	}
}

func (s *index) introduceSegment(next *introduction) {
	s.rootLock.Lock()
	root := s.root
	newSnapshot := &snapshot{deleted: make(map[uint64][]int)}
	for _, seg := range root.segments {
		delta, ok := next.obsoletes[seg.id]
		if !ok {
			delta = seg.docNumbers(next.ids)
		}
		newSnapshot.deleted[seg.id] = append(root.deleted[seg.id], delta...)
		newSnapshot.segments = append(newSnapshot.segments, seg)
	}
	newSnapshot.segments = append(newSnapshot.segments, next.data)
	s.root = newSnapshot
	s.rootLock.Unlock()
	close(next.applied)
}

func (s *index) prepareSegment(data *segment, ids []string) error {
	intro := &introduction{
		id:      atomic.AddUint64(&s.nextSegmentID, 1),
		data:    data,
		ids:     ids,
		applied: make(chan error),
	}
	data.id = intro.id

	s.rootLock.RLock()
	root := s.root
	s.rootLock.RUnlock()

	intro.obsoletes = make(map[uint64][]int, len(root.segments))
	for _, seg := range root.segments {
		intro.obsoletes[seg.id] = seg.docNumbers(ids)
	}

	s.introductions <- intro
	return <-intro.applied
}

func (s *index) batch(docs []string) error {
	return s.prepareSegment(&segment{docs: docs}, docs)
}

func (s *index) close() {
	close(s.closeCh)
	s.asyncTasks.Wait()
}

func main() {
	s := open()
	for _, docs := range [][]string{{"a", "b"}, {"b", "c"}, {"c", "d"}} {
		if err := s.batch(docs); err != nil {
			panic(err)
		}
	}
	s.close()
	fmt.Println("segments:", len(s.root.segments))
}
