// Reduced from alexedwards/scs v2.9.0, memstore/memstore_test.go:12 (TestFind), where mapscope
// check reported the test's unlocked write to `m.items` racing with the range of the cleanup
// goroutine (memstore.go:135, started at memstore.go:36). The constructor starts the cleanup
// goroutine only when its interval is positive, and the test builds the store with
// NewWithCleanupInterval(0), so no goroutine exists to race with the test's write. A near miss:
// the same store built with a positive interval and then written without the lock would race.
// Our own rewrite.
package main

import (
	"fmt"
	"sync"
	"time"
)

type item struct {
	data    []byte
	expires int64
}

type store struct {
	mu    sync.RWMutex
	items map[string]item
	stop  chan struct{}
}

// newStore starts a goroutine that drops expired items every interval; zero disables it.
func newStore(interval time.Duration) *store {
	s := &store{items: make(map[string]item), stop: make(chan struct{})}
	if interval > 0 {
		go s.cleanup(interval)
	}
	return s
}

func (s *store) cleanup(interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			now := time.Now().UnixNano()
			s.mu.Lock()
			for k, it := range s.items {
				if now > it.expires {
					delete(s.items, k)
				}
			}
			s.mu.Unlock()
		case <-s.stop:
			return
		}
	}
}

func (s *store) find(token string) ([]byte, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	it, ok := s.items[token]
	if !ok || time.Now().UnixNano() > it.expires {
		return nil, false
	}
	return it.data, true
}

func main() {
	s := newStore(0)
	s.items["session_token"] = item{data: []byte("encoded"), expires: time.Now().Add(time.Second).UnixNano()}
	b, found := s.find("session_token")
	fmt.Println(string(b), found)
}
