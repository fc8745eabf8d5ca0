// A session store keeps its sessions in a sync.Map and reports, per owner, how many are
// open. Two report endpoints run at once, and each walks the sessions with Range and tallies
// into the store's shared scratch map: sync.Map makes the walk safe, not the map the callback
// writes.
package main

import (
	"fmt"
	"sync"
)

type session struct{ owner string }

type store struct {
	sessions sync.Map       // id -> *session
	tally    map[string]int // owner -> open sessions, reused by every report
}

func (s *store) report(ready *sync.WaitGroup) int {
	first := true
	s.sessions.Range(func(_, v any) bool {
		if first {
			first = false
			ready.Done()
			ready.Wait() // both reports are walking before either tallies
		}
		s.tally[v.(*session).owner]++ // want "concurrent map write"
		return true
	})
	return len(s.tally)
}

func main() {
	s := &store{tally: make(map[string]int)}
	s.sessions.Store("a1", &session{owner: "ann"})
	s.sessions.Store("b1", &session{owner: "bob"})
	var ready, wg sync.WaitGroup
	ready.Add(2)
	for range 2 {
		wg.Go(func() { s.report(&ready) })
	}
	wg.Wait()
	fmt.Println(s.tally["ann"] > 0)
}
