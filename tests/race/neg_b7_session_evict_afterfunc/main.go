// A login service keeps sessions in a map under a mutex and expires each one with
// time.AfterFunc. The eviction callback runs on its own goroutine when the timer fires, and it
// takes the store's mutex around the delete, releasing it before it reports the eviction.
package main

import (
	"fmt"
	"sync"
	"time"
)

type store struct {
	mu       sync.Mutex
	sessions map[string]string
	evicted  chan string
}

func (s *store) evict(id string) {
	s.mu.Lock()
	delete(s.sessions, id)
	s.mu.Unlock()
	s.evicted <- id
}

func (s *store) Login(id, user string, ttl time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sessions[id] = user
	if ttl > 0 {
		time.AfterFunc(ttl, func() { s.evict(id) })
	}
}

func (s *store) Count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.sessions)
}

func main() {
	s := &store{sessions: make(map[string]string), evicted: make(chan string, 1)}
	s.Login("guest-1", "guest", time.Millisecond)
	time.Sleep(2 * time.Millisecond)
	s.Login("sess-2", "alice", 0)
	s.Login("sess-3", "bob", 0)
	fmt.Println("evicted:", <-s.evicted)
	fmt.Println("sessions:", s.Count())
}
