// A session store keeps its sessions in a sync.Map and reports, per owner, how many are
// open. Two report endpoints run at once; each walks the sessions with Range and tallies into
// a map of its own, made for that report, so the callbacks never share a plain map.
package main

import (
	"fmt"
	"sync"
)

type session struct{ owner string }

type store struct {
	sessions sync.Map // id -> *session
}

func (s *store) report(ready *sync.WaitGroup) map[string]int {
	tally := make(map[string]int) // owner -> open sessions, this report's own
	first := true
	s.sessions.Range(func(_, v any) bool {
		if first {
			first = false
			ready.Done()
			ready.Wait() // both reports are walking at once
		}
		tally[v.(*session).owner]++
		return true
	})
	return tally
}

func main() {
	s := &store{}
	s.sessions.Store("a1", &session{owner: "ann"})
	s.sessions.Store("b1", &session{owner: "bob"})
	var ready, wg sync.WaitGroup
	ready.Add(2)
	results := make([]map[string]int, 2)
	for i := range 2 {
		wg.Go(func() { results[i] = s.report(&ready) })
	}
	wg.Wait()
	fmt.Println(results[0]["ann"], results[1]["bob"])
}
