// A session store runs every mutation as a closure on its own executor goroutine; a "fast
// path" for touching a session bypasses the executor and writes the map from the caller's
// goroutine, racing with the executor.
package main

import (
	"fmt"
	"sync"
)

type sessionStore struct {
	ops      chan func()
	lastSeen map[string]int64
	stopped  chan struct{}
}

func newSessionStore() *sessionStore {
	s := &sessionStore{ops: make(chan func()), lastSeen: make(map[string]int64), stopped: make(chan struct{})}
	go func() {
		defer close(s.stopped)
		for op := range s.ops {
			op()
		}
	}()
	return s
}

func (s *sessionStore) login(id string, now int64, arrived *sync.WaitGroup) {
	s.ops <- func() {
		arrived.Done()
		arrived.Wait()
		s.lastSeen[id] = now // want "concurrent map write"
	}
}

func (s *sessionStore) touch(id string, now int64, arrived *sync.WaitGroup) {
	arrived.Done()
	arrived.Wait()
	s.lastSeen[id] = now // other access
}

func main() {
	s := newSessionStore()
	var arrived, callers sync.WaitGroup
	arrived.Add(2)
	callers.Go(func() { s.login("s1", 100, &arrived) })
	callers.Go(func() { s.touch("s0", 101, &arrived) })
	callers.Wait()
	close(s.ops)
	<-s.stopped
	fmt.Println(len(s.lastSeen))
}
