// Reduced from nats-io/nats-server v2.15.3, server/sublist.go:539 (Sublist.removeFromCache),
// where mapscope check reported a race between a time.AfterFunc callback registered at
// server/gateway.go:2468 (`sl.Remove(sub)`) and Sublist.Insert: Remove calls
// remove(sub, true, true), which locks only `if shouldLock { s.Lock(); defer s.Unlock() }`;
// every caller passing false holds the lock already. The cache is always written under the
// lock; a near miss. This program is our own rewrite.
package main

import (
	"fmt"
	"sync"
	"time"
)

type sublist struct {
	sync.RWMutex
	subs  map[string]int
	cache map[string]int
}

func (s *sublist) Insert(subject string) {
	s.Lock()
	defer s.Unlock()
	s.subs[subject]++
	if n, ok := s.cache[subject]; ok {
		s.cache[subject] = n + 1
	}
}

func (s *sublist) remove(subject string, shouldLock bool) {
	if shouldLock {
		s.Lock()
		defer s.Unlock()
	}
	if s.subs[subject] == 0 {
		return
	}
	s.subs[subject]--
	delete(s.cache, subject)
}

func (s *sublist) Remove(subject string) { s.remove(subject, true) }

func (s *sublist) RemoveBatch(subjects []string) {
	s.Lock()
	defer s.Unlock()
	for _, subj := range subjects {
		s.remove(subj, false)
	}
}

func main() {
	sl := &sublist{subs: map[string]int{"$G.orders": 1}, cache: map[string]int{"$G.orders": 1}}
	done := make(chan struct{})
	time.AfterFunc(time.Millisecond, func() {
		defer close(done)
		sl.Remove("$G.orders")
	})
	sl.Insert("$G.orders")
	sl.RemoveBatch([]string{"$G.orders", "$G.missing"})
	<-done
	fmt.Println(len(sl.subs), len(sl.cache))
}
