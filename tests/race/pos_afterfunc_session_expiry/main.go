// A session store expires sessions with time.AfterFunc; the callback deletes without the
// store's lock while a login adds a session under it.
package main

import (
	"fmt"
	"sync"
	"time"
)

type store struct {
	mu       sync.Mutex
	sessions map[string]string
	expired  sync.WaitGroup
}

func (s *store) login(id, user string, ttl time.Duration) {
	s.mu.Lock()
	s.sessions[id] = user // other access
	s.mu.Unlock()
	s.expired.Add(1)
	time.AfterFunc(ttl, func() {
		defer s.expired.Done()
		delete(s.sessions, id) // want "concurrent map write"
	})
}

func main() {
	s := &store{sessions: make(map[string]string)}
	s.login("s1", "ada", time.Millisecond)
	s.login("s2", "grace", time.Millisecond)
	s.expired.Wait()
	fmt.Println(len(s.sessions))
}
