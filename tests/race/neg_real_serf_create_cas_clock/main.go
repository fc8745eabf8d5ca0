// Reduced from hashicorp/serf v0.11.0, serf/serf.go:355 (Create), where mapscope check reported
// the write to serf.coordCache as racing with the reaper goroutine started at serf.go:427. Create
// writes the map, then witnesses its Lamport clocks (a CompareAndSwap retry loop, lamport.go),
// then starts `go serf.handleReap()`; a test creates two agents in a row (TestSerf_eventsFailed,
// the one test function left by delta-debugging). Each agent's reaper touches its own map only,
// and the go statement orders the write before it. Without the CAS loop, or with one Create,
// nothing is reported. A near miss; this program is our own rewrite.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type lamportClock struct{ counter atomic.Uint64 }

func (l *lamportClock) Witness(v uint64) {
WITNESS:
	cur := l.counter.Load()
	if v < cur {
		return
	}
	if !l.counter.CompareAndSwap(cur, v+1) {
		goto WITNESS
	}
}

type agent struct {
	clock      lamportClock
	coordLock  sync.RWMutex
	coordCache map[string]int
	reapCh     chan string
	reaped     chan struct{}
}

func create(name string, oldClock uint64) *agent {
	a := &agent{reapCh: make(chan string, 1), reaped: make(chan struct{})}
	a.coordCache = make(map[string]int)
	a.coordCache[name] = 1
	a.clock.Witness(oldClock)
	go a.handleReap()
	return a
}

func (a *agent) handleReap() {
	defer close(a.reaped)
	for name := range a.reapCh {
		a.coordLock.Lock()
		delete(a.coordCache, name)
		a.coordLock.Unlock()
	}
}

func (a *agent) shutdown() {
	close(a.reapCh)
	<-a.reaped
}

func main() {
	s1 := create("node1", 4)
	s2 := create("node2", 7)
	s1.reapCh <- "node1"
	s2.reapCh <- "gone"
	s1.shutdown()
	s2.shutdown()
	fmt.Println(len(s1.coordCache), len(s2.coordCache), s1.clock.counter.Load())
}
